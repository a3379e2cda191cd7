/* lds-rollout-page.h: the roll-out checklist and the champions, a page of the coach view
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lds-context.h"

G_BEGIN_DECLS

#define LDS_TYPE_ROLLOUT_PAGE (lds_rollout_page_get_type ())

G_DECLARE_FINAL_TYPE (LdsRolloutPage, lds_rollout_page, LDS, ROLLOUT_PAGE, GtkWidget)

GtkWidget *lds_rollout_page_new (LdsContext *context);

G_END_DECLS
