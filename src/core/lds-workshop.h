/* lds-workshop.h: the rules of a co-creation workshop, on its records in memory
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A workshop (OKR-METHOD.md, "The co-creation meeting") moves through its
 * phases in order: propose objectives → choose at most five → propose key
 * results for each chosen objective → choose at most four each → align each
 * objective up (or mark it self-driven) and left and right → confirm. An
 * LdsWorkshopData holds every record of one workshop, as the store reads it
 * (lds_store_load_workshop() in lds-store-workshop.h); the functions here
 * say what the records add up to (tallies, hidden votes, limits, what each
 * phase allows) and what the OKR coach thinks of the cards, without a store,
 * so that the store's actions, the window and the tests share one set of
 * rules.
 */

#pragma once

#include <glib.h>

#include "lds-coach.h"
#include "lds-records.h"

G_BEGIN_DECLS

#define LDS_WORKSHOP_ERROR (lds_workshop_error_quark ())

typedef enum
{
  LDS_WORKSHOP_ERROR_PHASE,    /* not in this phase */
  LDS_WORKSHOP_ERROR_LIMIT,    /* more objectives or key results than the method allows */
  LDS_WORKSHOP_ERROR_HIDDEN,   /* the confidence votes are revealed: no more hidden votes */
  LDS_WORKSHOP_ERROR_INVALID,  /* a card that cannot take this step */
} LdsWorkshopError;

/* What people do in a workshop; each phase allows some of them. */
typedef enum
{
  LDS_WORKSHOP_OP_PROPOSE_OBJECTIVE,
  LDS_WORKSHOP_OP_PROPOSE_KEY_RESULT,
  LDS_WORKSHOP_OP_EDIT,           /* edit, merge, park or bring back a card */
  LDS_WORKSHOP_OP_DOTS,
  LDS_WORKSHOP_OP_CHOOSE,
  LDS_WORKSHOP_OP_CONFIDENCE,     /* hidden confidence votes, and revealing them */
  LDS_WORKSHOP_OP_OWNER,
  LDS_WORKSHOP_OP_DECIDE,         /* alignment, self-driven, dependencies */
  LDS_WORKSHOP_OP_CONFIRM,
} LdsWorkshopOp;

/* Card states, one bit (1 << LdsCardState) each. */
#define LDS_CARD_STATES_LIVE ((1 << LDS_CARD_STATE_PROPOSED) | (1 << LDS_CARD_STATE_CHOSEN))
#define LDS_CARD_STATES_CHOSEN (1 << LDS_CARD_STATE_CHOSEN)
#define LDS_CARD_STATES_PARKED (1 << LDS_CARD_STATE_PARKED)

typedef struct
{
  LdsWorkshop  *workshop;
  GPtrArray    *teams;            /* LdsWorkshopTeam, in order */
  GPtrArray    *cards;            /* LdsWorkshopCard, by position, then as made */
  GPtrArray    *votes;            /* LdsWorkshopVote */
  GPtrArray    *decisions;        /* LdsWorkshopDecision */
  GPtrArray    *notes;            /* LdsWorkshopNote, as written */
  int           max_objectives;   /* per team (the organisation's settings) */
  int           max_key_results;  /* per objective */

  /*< private >*/
  GHashTable   *card_index;
} LdsWorkshopData;

/* The confidence votes of one key result card. */
typedef struct
{
  guint     n_votes;
  gboolean  revealed;
  /* Only when revealed: */
  double    mean;
  int       min;
  int       max;
  guint     counts[11];           /* how many votes gave 0, 1, … 10 */
} LdsConfidenceTally;

/* A coaching hint on a card (card_id 0: on the whole workshop). */
typedef struct
{
  LdsId             card_id;
  LdsCoachRule      rule;
  LdsCoachSeverity  severity;
  char             *message;      /* translated */
} LdsWorkshopHint;

GQuark            lds_workshop_error_quark       (void);

LdsWorkshopData  *lds_workshop_data_new          (void);
void              lds_workshop_data_free         (LdsWorkshopData       *data);
void              lds_workshop_data_reindex      (LdsWorkshopData       *data);
LdsWorkshopCard  *lds_workshop_data_get_card     (const LdsWorkshopData *data,
                                                  LdsId                  card_id);
GPtrArray        *lds_workshop_data_list_cards   (const LdsWorkshopData *data,
                                                  LdsId                  unit_id,
                                                  LdsCardKind            kind,
                                                  LdsId                  parent_id,
                                                  guint                  states);
guint             lds_workshop_data_count_cards  (const LdsWorkshopData *data,
                                                  LdsId                  unit_id,
                                                  LdsCardKind            kind,
                                                  LdsId                  parent_id,
                                                  guint                  states);
GPtrArray        *lds_workshop_data_tally        (const LdsWorkshopData *data,
                                                  LdsId                  unit_id,
                                                  LdsCardKind            kind,
                                                  LdsId                  parent_id);
int               lds_workshop_data_get_dots     (const LdsWorkshopData *data,
                                                  LdsId                  card_id);
LdsWorkshopVote  *lds_workshop_data_get_dots_vote (const LdsWorkshopData *data,
                                                   LdsId                  card_id);
gboolean          lds_workshop_data_confidence   (const LdsWorkshopData *data,
                                                  LdsId                  card_id,
                                                  LdsConfidenceTally    *tally);
GPtrArray        *lds_workshop_data_decisions_of (const LdsWorkshopData *data,
                                                  LdsId                  card_id);
gboolean          lds_workshop_data_is_team      (const LdsWorkshopData *data,
                                                  LdsId                  unit_id);

/* Rules */
gboolean          lds_workshop_phase_allows      (LdsWorkshopPhase       phase,
                                                  LdsWorkshopOp          op);
gboolean          lds_workshop_check_op          (const LdsWorkshopData *data,
                                                  LdsWorkshopOp          op,
                                                  GError               **error);
gboolean          lds_workshop_check_choose      (const LdsWorkshopData *data,
                                                  const LdsWorkshopCard *card,
                                                  GError               **error);
gboolean          lds_workshop_check_phase       (const LdsWorkshopData *data,
                                                  LdsWorkshopPhase       phase,
                                                  GError               **error);
const char       *lds_workshop_phase_instruction (LdsWorkshopPhase       phase);
int               lds_workshop_timer_left        (const LdsWorkshop     *workshop,
                                                  gint64                 now,
                                                  gboolean              *running);

/* Coaching */
GPtrArray        *lds_workshop_hints             (const LdsWorkshopData  *data,
                                                  const LdsCoachSnapshot *organisation);
void              lds_workshop_hint_free         (LdsWorkshopHint        *hint);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LdsWorkshopData, lds_workshop_data_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LdsWorkshopHint, lds_workshop_hint_free)

G_END_DECLS
