/* lds-widgets.h: small widgets every view uses
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lds-file-settings.h"

G_BEGIN_DECLS

GtkWidget *lds_score_badge_new (double                 score,
                                const LdsFileSettings *settings);
GtkWidget *lds_pill_new        (const char            *text,
                                const char            *css_class);
GtkWidget *lds_wrapped_label_new (const char         *text,
                                  const char         *css_class);

G_END_DECLS
