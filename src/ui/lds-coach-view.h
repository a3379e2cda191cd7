/* lds-coach-view.h: the OKR coach for the chosen team or person
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "lds-view.h"

G_BEGIN_DECLS

#define LDS_TYPE_COACH_VIEW (lds_coach_view_get_type ())

G_DECLARE_FINAL_TYPE (LdsCoachView, lds_coach_view, LDS, COACH_VIEW, GtkWidget)

GtkWidget *lds_coach_view_new         (LdsContext    *context);
gboolean   lds_coach_view_show_record (LdsCoachView  *self,
                                       LdsRecordType  type,
                                       LdsId          id);

G_END_DECLS
