/* lds-checkin-view.h: the weekly round of check-ins of a team
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "lds-page.h"

G_BEGIN_DECLS

#define LDS_TYPE_CHECKIN_VIEW (lds_checkin_view_get_type ())

G_DECLARE_FINAL_TYPE (LdsCheckinView, lds_checkin_view, LDS, CHECKIN_VIEW, LdsPage)

GtkWidget *lds_checkin_view_new           (LdsContext     *context);
gboolean   lds_checkin_view_focus_first   (LdsCheckinView *self);

G_END_DECLS
