/* lds-store-tracking.h: the OKRs of a team, or of a part of the organisation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The views that track a cycle (the weekly check-in round, the mid-cycle
 * review, what changed since last week) read the objectives of a scope
 * with their key results, in the order of the organisation: unit by unit
 * down the tree, each unit's own objectives, then its people's.
 */

#pragma once

#include "lds-store.h"

G_BEGIN_DECLS

typedef enum
{
  LDS_SCOPE_OWN,     /* the unit's own objectives and its people's; a person's own */
  LDS_SCOPE_BELOW,   /* … and those of every unit below it, and their people */
} LdsScopeDepth;

typedef struct
{
  LdsObjective *objective;
  GPtrArray    *key_results;   /* LdsKeyResult, in their order */
  char         *owner_name;    /* the unit's or the person's */
  LdsId         unit_id;       /* the owning unit, or the owning person's unit */
  char         *unit_name;
} LdsTrackedObjective;

GPtrArray *lds_store_list_tracked         (LdsStore       *store,
                                           LdsId           cycle_id,
                                           LdsRecordType   owner_type,
                                           LdsId           owner_id,
                                           LdsScopeDepth   depth,
                                           GError        **error);
GPtrArray *lds_store_list_tracked_at      (LdsStore       *store,
                                           LdsId           cycle_id,
                                           LdsRecordType   owner_type,
                                           LdsId           owner_id,
                                           LdsScopeDepth   depth,
                                           gint64          at,
                                           GHashTable    **last_checkins,
                                           GError        **error);
gint64     lds_last_checkin_lookup        (GHashTable     *last_checkins,
                                           LdsId           key_result_id);
void       lds_tracked_objective_free     (LdsTrackedObjective *tracked);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LdsTrackedObjective, lds_tracked_objective_free)

G_END_DECLS
