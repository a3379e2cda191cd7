/* lds-store-okr.h: edits of the OKR workspace that take several writes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each function is one action (one entry in the Undo menu, named after
 * what the person did) however many rows it writes, and leaves nothing
 * written when any part fails.
 */

#pragma once

#include "lds-store.h"

G_BEGIN_DECLS

/* What becomes of the objectives of a unit or person that is deleted. */
typedef enum
{
  LDS_OKR_FATE_MOVE,     /* they go to the unit above (a person's: to their unit) */
  LDS_OKR_FATE_DELETE,   /* they are deleted with their key results and check-ins */
} LdsOkrFate;

/* What a unit or person holds, to say what deleting it takes with it. */
typedef struct
{
  guint n_units;         /* units below it */
  guint n_people;        /* people in it and below it */
  guint n_objectives;    /* objectives owned by it and by everyone below, in every cycle */
} LdsBranchCounts;

gboolean   lds_store_check_record          (LdsStore           *store,
                                            LdsRecordType       type,
                                            gconstpointer       record,
                                            const char        **field,
                                            GError            **error);
gboolean   lds_store_append                (LdsStore           *store,
                                            LdsRecordType       type,
                                            gpointer            record,
                                            GError            **error);
gboolean   lds_store_reorder               (LdsStore           *store,
                                            LdsRecordType       type,
                                            LdsId               id,
                                            guint               index,
                                            GError            **error);

gboolean   lds_store_duplicate_objective   (LdsStore           *store,
                                            LdsId               objective_id,
                                            LdsId              *copy_id,
                                            GError            **error);
gboolean   lds_store_move_objective        (LdsStore           *store,
                                            LdsId               objective_id,
                                            LdsRecordType       owner_type,
                                            LdsId               owner_id,
                                            LdsId               cycle_id,
                                            GError            **error);

gboolean   lds_store_move_unit             (LdsStore           *store,
                                            LdsId               unit_id,
                                            LdsId               parent_id,
                                            GError            **error);
gboolean   lds_store_move_person           (LdsStore           *store,
                                            LdsId               person_id,
                                            LdsId               unit_id,
                                            GError            **error);
gboolean   lds_store_count_branch          (LdsStore           *store,
                                            LdsRecordType       type,
                                            LdsId               id,
                                            LdsBranchCounts    *counts,
                                            GError            **error);
gboolean   lds_store_delete_unit           (LdsStore           *store,
                                            LdsId               unit_id,
                                            LdsOkrFate          fate,
                                            GError            **error);
gboolean   lds_store_delete_person         (LdsStore           *store,
                                            LdsId               person_id,
                                            LdsOkrFate          fate,
                                            GError            **error);

gboolean   lds_store_delete_cycle          (LdsStore           *store,
                                            LdsId               cycle_id,
                                            GError            **error);
gboolean   lds_store_close_cycle           (LdsStore           *store,
                                            LdsId               cycle_id,
                                            GError            **error);
LdsCycle  *lds_store_next_cycle            (LdsStore           *store,
                                            LdsId               cycle_id);
GPtrArray *lds_store_list_unfinished       (LdsStore           *store,
                                            LdsId               cycle_id,
                                            GError            **error);
gboolean   lds_store_copy_unfinished       (LdsStore           *store,
                                            LdsId               from_cycle_id,
                                            LdsId               to_cycle_id,
                                            guint              *n_copied,
                                            GError            **error);

G_END_DECLS
