/* lds-coach-private.h: what the coach's own files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "lds-coach.h"

G_BEGIN_DECLS

/* A snapshot with its records found by id, built once per check. */
typedef struct
{
  const LdsCoachSnapshot *snapshot;
  LdsId                   cycle_id;      /* the cycle checked; 0: every cycle */
  GHashTable             *units;         /* id → LdsUnit */
  GHashTable             *people;        /* id → LdsPerson */
  GHashTable             *cycles;        /* id → LdsCycle */
  GHashTable             *objectives;    /* id → LdsObjective */
  GHashTable             *krs_of;        /* objective id → GPtrArray of LdsKeyResult */
  GHashTable             *aligned;       /* ids of objectives that align to something */
  GHashTable             *paths;         /* unit id → its path, as they are asked for */
  GPtrArray              *findings;
} LdsCoachIndex;

#define LDS_COACH_DAY ((gint64) 86400)

LdsCoachIndex *_lds_coach_index_new       (const LdsCoachSnapshot *snapshot,
                                           LdsId                   cycle_id);
void           _lds_coach_index_free      (LdsCoachIndex          *index);
gpointer       _lds_coach_lookup          (GHashTable             *table,
                                           LdsId                   id);
const char    *_lds_coach_unit_path       (LdsCoachIndex          *index,
                                           LdsId                   unit_id);
gboolean       _lds_coach_checks          (LdsCoachIndex          *index,
                                           const LdsObjective     *objective);
GPtrArray     *_lds_coach_krs_of          (LdsCoachIndex          *index,
                                           LdsId                   objective_id);
const char    *_lds_coach_cycle_name      (LdsCoachIndex          *index,
                                           LdsId                   cycle_id);
void           _lds_coach_add             (LdsCoachIndex          *index,
                                           LdsCoachRule            rule,
                                           LdsRecordType           type,
                                           gconstpointer           record,
                                           const LdsObjective     *objective,
                                           LdsId                   cycle_id,
                                           char                   *message);

/* lds-coach-rules.c: each rule adds its findings to the index */
void           _lds_coach_run_rules       (LdsCoachIndex          *index);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LdsCoachIndex, _lds_coach_index_free)

G_END_DECLS
