/* lds-widgets.h: small widgets every view uses
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lds-file-settings.h"
#include "lds-store.h"

G_BEGIN_DECLS

GtkWidget *lds_score_badge_new (double                 score,
                                const LdsFileSettings *settings);
GtkWidget *lds_pill_new        (const char            *text,
                                const char            *css_class);
GtkWidget *lds_wrapped_label_new (const char         *text,
                                  const char         *css_class);
char      *lds_owner_subtitle  (LdsStore              *store,
                                LdsRecordType          type,
                                gconstpointer          owner);

G_END_DECLS
