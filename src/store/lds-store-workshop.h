/* lds-store-workshop.h: a co-creation workshop, kept in the organisation file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Everything a workshop does is written at once, each step one action with
 * its name in the Undo menu ("Add Proposal", "Merge Proposals", "Confirm
 * Workshop"…), so that a laptop that dies in the middle of a vote loses
 * nothing and the workshop resumes where it was. The functions check the
 * rules of lds-workshop.h (phases, limits, hidden votes) and refuse, with a
 * translated message and nothing written, what the rules refuse.
 */

#pragma once

#include "lds-store.h"
#include "lds-workshop.h"

G_BEGIN_DECLS

/* A workshop as a list of them shows it. */
typedef struct
{
  LdsId             id;
  LdsId             cycle_id;
  char             *cycle_name;
  char             *teams;           /* the teams' names, in order, separated by ", " */
  LdsWorkshopPhase  phase;
  gint64            created_at;
  gint64            last_change;     /* its latest change, of its own or of a card or vote */
  guint             n_cards;         /* proposals, not counting merged ones */
} LdsWorkshopInfo;

/* A unit's objectives in a cycle with their key results: the OKRs a team
 * aligns to ("up") or works beside ("left and right"). */
typedef struct
{
  LdsId       unit_id;
  char       *unit_name;
  GPtrArray  *objectives;            /* LdsObjective, in order */
  GPtrArray  *key_results;           /* LdsKeyResult of those objectives, in order */
} LdsUnitOkrs;

typedef enum
{
  LDS_TIMER_SET,       /* set the countdown's length (stopped, full) */
  LDS_TIMER_START,     /* start or resume */
  LDS_TIMER_PAUSE,
  LDS_TIMER_RESET,     /* back to its full length, stopped */
} LdsTimerOp;

void              lds_workshop_info_free          (LdsWorkshopInfo   *info);
void              lds_unit_okrs_free              (LdsUnitOkrs       *okrs);

GPtrArray        *lds_store_list_workshops        (LdsStore          *store,
                                                   gboolean           unfinished,
                                                   GError           **error);
gboolean          lds_store_start_workshop        (LdsStore          *store,
                                                   LdsId              cycle_id,
                                                   const LdsId       *unit_ids,
                                                   guint              n_units,
                                                   LdsId             *workshop_id,
                                                   GError           **error);
LdsWorkshopData  *lds_store_load_workshop         (LdsStore          *store,
                                                   LdsId              workshop_id,
                                                   GError           **error);
GPtrArray        *lds_store_workshop_parents      (LdsStore          *store,
                                                   const LdsWorkshopData *data,
                                                   GError           **error);
GPtrArray        *lds_store_workshop_neighbours   (LdsStore          *store,
                                                   const LdsWorkshopData *data,
                                                   GError           **error);

/* Proposals */
gboolean          lds_store_add_card              (LdsStore          *store,
                                                   LdsId              workshop_id,
                                                   LdsId              unit_id,
                                                   LdsId              parent_id,
                                                   const char        *title,
                                                   LdsId             *card_id,
                                                   GError           **error);
gboolean          lds_store_edit_card             (LdsStore          *store,
                                                   LdsId              card_id,
                                                   const char        *title,
                                                   GError           **error);
gboolean          lds_store_merge_cards           (LdsStore          *store,
                                                   LdsId              card_id,
                                                   LdsId              into_id,
                                                   GError           **error);
gboolean          lds_store_park_card             (LdsStore          *store,
                                                   LdsId              card_id,
                                                   gboolean           park,
                                                   GError           **error);

/* Votes and choices */
gboolean          lds_store_set_dots              (LdsStore          *store,
                                                   LdsId              card_id,
                                                   int                dots,
                                                   GError           **error);
gboolean          lds_store_choose_card           (LdsStore          *store,
                                                   LdsId              card_id,
                                                   gboolean           chosen,
                                                   GError           **error);
gboolean          lds_store_add_confidence_vote   (LdsStore          *store,
                                                   LdsId              card_id,
                                                   int                confidence,
                                                   GError           **error);
gboolean          lds_store_reveal_confidence     (LdsStore          *store,
                                                   LdsId              card_id,
                                                   GError           **error);
gboolean          lds_store_clear_confidence      (LdsStore          *store,
                                                   LdsId              card_id,
                                                   GError           **error);

/* Alignment, owners and notes */
gboolean          lds_store_set_card_owner        (LdsStore          *store,
                                                   LdsId              card_id,
                                                   LdsId              person_id,
                                                   GError           **error);
gboolean          lds_store_toggle_decision       (LdsStore          *store,
                                                   LdsId              card_id,
                                                   LdsDecisionKind    kind,
                                                   LdsRecordType      to_type,
                                                   LdsId              to_id,
                                                   GError           **error);
gboolean          lds_store_add_workshop_note     (LdsStore          *store,
                                                   LdsId              workshop_id,
                                                   LdsId              card_id,
                                                   const char        *text,
                                                   GError           **error);

/* The meeting */
gboolean          lds_store_set_workshop_phase    (LdsStore          *store,
                                                   LdsId              workshop_id,
                                                   LdsWorkshopPhase   phase,
                                                   GError           **error);
gboolean          lds_store_set_workshop_timer    (LdsStore          *store,
                                                   LdsId              workshop_id,
                                                   LdsTimerOp         op,
                                                   int                seconds,
                                                   GError           **error);
gboolean          lds_store_confirm_workshop      (LdsStore          *store,
                                                   LdsId              workshop_id,
                                                   GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LdsWorkshopInfo, lds_workshop_info_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LdsUnitOkrs, lds_unit_okrs_free)

G_END_DECLS
