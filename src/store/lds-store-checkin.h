/* lds-store-checkin.h: check-ins, the weekly act of tracking
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A check-in is one action ("Check In"): the LdsCheckin is added and, when
 * it is the key result's latest, the key result takes its value and
 * confidence. A KPI's update works the same way on the KPI. Deleting a
 * key result's latest check-in gives the key result back the values of the
 * one before it. Each is one step of Undo.
 */

#pragma once

#include "lds-store.h"

G_BEGIN_DECLS

gboolean   lds_store_check_in             (LdsStore        *store,
                                           LdsCheckin      *checkin,
                                           GError         **error);
gboolean   lds_store_delete_checkin       (LdsStore        *store,
                                           LdsId            checkin_id,
                                           GError         **error);
gboolean   lds_store_check_in_kpi         (LdsStore        *store,
                                           LdsKpiCheckin   *checkin,
                                           GError         **error);
gint64     lds_store_last_checkin         (LdsStore        *store,
                                           LdsId            key_result_id,
                                           gint64           at);
gboolean   lds_store_set_step_done        (LdsStore        *store,
                                           LdsId            step_id,
                                           gboolean         done,
                                           GError         **error);
gboolean   lds_store_count_steps          (LdsStore        *store,
                                           LdsId            key_result_id,
                                           guint           *n_done,
                                           guint           *n_steps);

G_END_DECLS
