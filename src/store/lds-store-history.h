/* lds-store-history.h: what the file remembers of past days
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Check-ins and revisions are the organisation's history: from them, any
 * day of a cycle can be seen again (lds-tracking.h, LdsHistory), and the
 * weekly meeting reads what moved between two dates.
 */

#pragma once

#include "lds-store.h"
#include "lds-tracking.h"

G_BEGIN_DECLS

LdsHistory *lds_store_history_load           (LdsStore     *store,
                                              const LdsId  *cycle_ids,
                                              guint         n_cycle_ids,
                                              GError      **error);
LdsHistory *lds_store_history_of_objectives (LdsStore     *store,
                                              const LdsId  *objective_ids,
                                              guint         n_objective_ids,
                                              GError      **error);

typedef void (*LdsLastCheckinFunc) (LdsId    key_result_id,
                                    gint64   at,
                                    gpointer user_data);

gboolean    lds_store_each_last_checkin      (LdsStore           *store,
                                              LdsId               cycle_id,
                                              LdsLastCheckinFunc  func,
                                              gpointer            user_data,
                                              GError            **error);
GPtrArray  *lds_store_list_checkins_between  (LdsStore     *store,
                                              LdsId         cycle_id,
                                              gint64        from,
                                              gint64        to,
                                              GError      **error);
GPtrArray  *lds_store_list_revisions_between (LdsStore     *store,
                                              gint64        from,
                                              gint64        to,
                                              GError      **error);

G_END_DECLS
