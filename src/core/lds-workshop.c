/* lds-workshop.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lds-workshop"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "lds-workshop.h"

G_DEFINE_QUARK (lds-workshop-error-quark, lds_workshop_error)

/* Records */

LdsWorkshopData *
lds_workshop_data_new (void)
{
  LdsWorkshopData *data = g_new0 (LdsWorkshopData, 1);

  data->workshop = lds_workshop_new ();
  data->teams = g_ptr_array_new_with_free_func (lds_record_free_func (LDS_RECORD_WORKSHOP_TEAM));
  data->cards = g_ptr_array_new_with_free_func (lds_record_free_func (LDS_RECORD_WORKSHOP_CARD));
  data->votes = g_ptr_array_new_with_free_func (lds_record_free_func (LDS_RECORD_WORKSHOP_VOTE));
  data->decisions =
    g_ptr_array_new_with_free_func (lds_record_free_func (LDS_RECORD_WORKSHOP_DECISION));
  data->notes = g_ptr_array_new_with_free_func (lds_record_free_func (LDS_RECORD_WORKSHOP_NOTE));
  data->max_objectives = 5;
  data->max_key_results = 4;
  return data;
}

void
lds_workshop_data_free (LdsWorkshopData *data)
{
  if (data == NULL)
    return;
  lds_workshop_free (data->workshop);
  g_ptr_array_unref (data->teams);
  g_ptr_array_unref (data->cards);
  g_ptr_array_unref (data->votes);
  g_ptr_array_unref (data->decisions);
  g_ptr_array_unref (data->notes);
  g_clear_pointer (&data->card_index, g_hash_table_unref);
  g_free (data);
}

static int
compare_cards (gconstpointer a,
               gconstpointer b)
{
  const LdsWorkshopCard *x = *(LdsWorkshopCard * const *) a;
  const LdsWorkshopCard *y = *(LdsWorkshopCard * const *) b;

  if (x->position != y->position)
    return x->position < y->position ? -1 : 1;
  return x->id < y->id ? -1 : x->id > y->id;
}

/* Puts the cards in their order and finds them by id again; call it after
 * filling or changing the arrays by hand. */
void
lds_workshop_data_reindex (LdsWorkshopData *data)
{
  g_return_if_fail (data != NULL);

  g_ptr_array_sort (data->cards, compare_cards);
  g_clear_pointer (&data->card_index, g_hash_table_unref);
  data->card_index = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint i = 0; i < data->cards->len; i++)
    {
      LdsWorkshopCard *card = data->cards->pdata[i];
      g_hash_table_insert (data->card_index, &card->id, card);
    }
}

LdsWorkshopCard *
lds_workshop_data_get_card (const LdsWorkshopData *data,
                            LdsId                  card_id)
{
  g_return_val_if_fail (data != NULL, NULL);

  if (card_id == 0)
    return NULL;
  if (data->card_index != NULL)
    return g_hash_table_lookup (data->card_index, &card_id);
  for (guint i = 0; i < data->cards->len; i++)
    if (((LdsWorkshopCard *) data->cards->pdata[i])->id == card_id)
      return data->cards->pdata[i];
  return NULL;
}

static gboolean
card_matches (const LdsWorkshopCard *card,
              LdsId                  unit_id,
              LdsCardKind            kind,
              LdsId                  parent_id,
              guint                  states)
{
  return card->kind == kind && (unit_id == 0 || card->unit_id == unit_id) &&
         (kind == LDS_CARD_KIND_OBJECTIVE || parent_id == 0 || card->parent_id == parent_id) &&
         (states & (1u << card->state)) != 0;
}

/**
 * lds_workshop_data_list_cards:
 * @unit_id: the team, or 0 for every team
 * @parent_id: for key results: their objective card, or 0 for all
 * @states: the states wanted, one bit (1 << LdsCardState) each
 *
 * Returns: (transfer container): the cards, in their order
 */
GPtrArray *
lds_workshop_data_list_cards (const LdsWorkshopData *data,
                              LdsId                  unit_id,
                              LdsCardKind            kind,
                              LdsId                  parent_id,
                              guint                  states)
{
  GPtrArray *cards = g_ptr_array_new ();

  g_return_val_if_fail (data != NULL, cards);

  for (guint i = 0; i < data->cards->len; i++)
    if (card_matches (data->cards->pdata[i], unit_id, kind, parent_id, states))
      g_ptr_array_add (cards, data->cards->pdata[i]);
  return cards;
}

guint
lds_workshop_data_count_cards (const LdsWorkshopData *data,
                               LdsId                  unit_id,
                               LdsCardKind            kind,
                               LdsId                  parent_id,
                               guint                  states)
{
  guint n = 0;

  g_return_val_if_fail (data != NULL, 0);

  for (guint i = 0; i < data->cards->len; i++)
    n += card_matches (data->cards->pdata[i], unit_id, kind, parent_id, states);
  return n;
}

LdsWorkshopVote *
lds_workshop_data_get_dots_vote (const LdsWorkshopData *data,
                                 LdsId                  card_id)
{
  g_return_val_if_fail (data != NULL, NULL);

  for (guint i = 0; i < data->votes->len; i++)
    {
      LdsWorkshopVote *vote = data->votes->pdata[i];
      if (vote->card_id == card_id && vote->kind == LDS_VOTE_KIND_DOTS)
        return vote;
    }
  return NULL;
}

int
lds_workshop_data_get_dots (const LdsWorkshopData *data,
                            LdsId                  card_id)
{
  LdsWorkshopVote *vote = lds_workshop_data_get_dots_vote (data, card_id);

  return vote != NULL ? vote->value : 0;
}

static int
compare_tally (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  const LdsWorkshopData *data = user_data;
  const LdsWorkshopCard *x = *(LdsWorkshopCard * const *) a;
  const LdsWorkshopCard *y = *(LdsWorkshopCard * const *) b;
  int dx = lds_workshop_data_get_dots (data, x->id);
  int dy = lds_workshop_data_get_dots (data, y->id);

  if (dx != dy)
    return dx > dy ? -1 : 1;
  return compare_cards (a, b);
}

/**
 * lds_workshop_data_tally:
 *
 * Returns: (transfer container): the live cards (proposed or chosen) of a
 *   kind, most dots first; equal dots keep the cards' order
 */
GPtrArray *
lds_workshop_data_tally (const LdsWorkshopData *data,
                         LdsId                  unit_id,
                         LdsCardKind            kind,
                         LdsId                  parent_id)
{
  GPtrArray *cards = lds_workshop_data_list_cards (data, unit_id, kind, parent_id,
                                                   LDS_CARD_STATES_LIVE);

  g_ptr_array_sort_with_data (cards, compare_tally, (gpointer) data);
  return cards;
}

/**
 * lds_workshop_data_confidence:
 *
 * Counts the confidence votes of a key result card. The votes themselves
 * (mean, lowest, highest, how many gave each value) are filled in only once
 * they are revealed, all together; before that only their number is known.
 *
 * Returns: whether the votes are revealed
 */
gboolean
lds_workshop_data_confidence (const LdsWorkshopData *data,
                              LdsId                  card_id,
                              LdsConfidenceTally    *tally)
{
  LdsWorkshopCard *card = lds_workshop_data_get_card (data, card_id);
  int sum = 0;

  g_return_val_if_fail (tally != NULL, FALSE);

  memset (tally, 0, sizeof *tally);
  tally->mean = NAN;
  tally->min = -1;
  tally->max = -1;
  if (card == NULL)
    return FALSE;

  tally->revealed = card->revealed;
  for (guint i = 0; i < data->votes->len; i++)
    {
      LdsWorkshopVote *vote = data->votes->pdata[i];

      if (vote->card_id != card_id || vote->kind != LDS_VOTE_KIND_CONFIDENCE)
        continue;
      tally->n_votes++;
      if (!card->revealed)
        continue;
      sum += vote->value;
      tally->counts[CLAMP (vote->value, 0, 10)]++;
      if (tally->min < 0 || vote->value < tally->min)
        tally->min = vote->value;
      if (vote->value > tally->max)
        tally->max = vote->value;
    }
  if (card->revealed && tally->n_votes > 0)
    tally->mean = (double) sum / tally->n_votes;
  return card->revealed;
}

/**
 * lds_workshop_data_decisions_of:
 *
 * Returns: (transfer container): the decisions about an objective card
 */
GPtrArray *
lds_workshop_data_decisions_of (const LdsWorkshopData *data,
                                LdsId                  card_id)
{
  GPtrArray *decisions = g_ptr_array_new ();

  for (guint i = 0; i < data->decisions->len; i++)
    if (((LdsWorkshopDecision *) data->decisions->pdata[i])->card_id == card_id)
      g_ptr_array_add (decisions, data->decisions->pdata[i]);
  return decisions;
}

gboolean
lds_workshop_data_is_team (const LdsWorkshopData *data,
                           LdsId                  unit_id)
{
  for (guint i = 0; i < data->teams->len; i++)
    if (((LdsWorkshopTeam *) data->teams->pdata[i])->unit_id == unit_id)
      return TRUE;
  return FALSE;
}

/* Rules */

/* Which phases allow what. Editing, merging and parking cards stay open
 * until the workshop is confirmed: a room changes its mind. */
gboolean
lds_workshop_phase_allows (LdsWorkshopPhase phase,
                           LdsWorkshopOp    op)
{
  switch (op)
    {
    case LDS_WORKSHOP_OP_PROPOSE_OBJECTIVE:
      return phase == LDS_WORKSHOP_PHASE_OBJECTIVES;
    case LDS_WORKSHOP_OP_PROPOSE_KEY_RESULT:
      return phase == LDS_WORKSHOP_PHASE_KEY_RESULTS;
    case LDS_WORKSHOP_OP_EDIT:
      return phase != LDS_WORKSHOP_PHASE_DONE;
    case LDS_WORKSHOP_OP_DOTS:
    case LDS_WORKSHOP_OP_CHOOSE:
      return phase == LDS_WORKSHOP_PHASE_OBJECTIVE_VOTE ||
             phase == LDS_WORKSHOP_PHASE_KEY_RESULT_VOTE;
    case LDS_WORKSHOP_OP_CONFIDENCE:
      return phase == LDS_WORKSHOP_PHASE_KEY_RESULT_VOTE;
    case LDS_WORKSHOP_OP_OWNER:
      return phase == LDS_WORKSHOP_PHASE_KEY_RESULT_VOTE || phase == LDS_WORKSHOP_PHASE_ALIGN ||
             phase == LDS_WORKSHOP_PHASE_CONFIRM;
    case LDS_WORKSHOP_OP_DECIDE:
      return phase == LDS_WORKSHOP_PHASE_ALIGN || phase == LDS_WORKSHOP_PHASE_CONFIRM;
    case LDS_WORKSHOP_OP_CONFIRM:
      return phase == LDS_WORKSHOP_PHASE_CONFIRM;
    default:
      g_return_val_if_reached (FALSE);
    }
}

static const char *
phase_label (LdsWorkshopPhase phase)
{
  return lds_enum_label (LDS_TYPE_WORKSHOP_PHASE, phase);
}

/* Whether the workshop's phase allows @op; if not, the error says where to
 * go to do it. */
gboolean
lds_workshop_check_op (const LdsWorkshopData  *data,
                       LdsWorkshopOp           op,
                       GError                **error)
{
  LdsWorkshopPhase phase = data->workshop->phase;

  if (lds_workshop_phase_allows (phase, op))
    return TRUE;
  if (phase == LDS_WORKSHOP_PHASE_DONE)
    {
      g_set_error_literal (error, LDS_WORKSHOP_ERROR, LDS_WORKSHOP_ERROR_PHASE,
                           _("This workshop is confirmed: its OKRs are drafts now, to change in "
                             "the Objectives view."));
      return FALSE;
    }
  for (int p = LDS_WORKSHOP_PHASE_OBJECTIVES; p < LDS_WORKSHOP_PHASE_DONE; p++)
    if (lds_workshop_phase_allows (p, op))
      {
        g_set_error (error, LDS_WORKSHOP_ERROR, LDS_WORKSHOP_ERROR_PHASE,
                     /* Translators: %1$s and %2$s are workshop phases, such as "Propose
                      * objectives" */
                     _("This belongs to the phase “%1$s”; the workshop is at “%2$s”."),
                     phase_label (p), phase_label (phase));
        return FALSE;
      }
  g_set_error_literal (error, LDS_WORKSHOP_ERROR, LDS_WORKSHOP_ERROR_PHASE,
                       _("The workshop cannot do this now."));
  return FALSE;
}

/**
 * lds_workshop_check_choose:
 *
 * Whether @card, a proposal, may be chosen now: in the phase that votes on
 * its kind, an objective while its team has fewer chosen than the limit, a
 * key result when its objective is chosen and has fewer chosen than the
 * limit.
 */
gboolean
lds_workshop_check_choose (const LdsWorkshopData  *data,
                           const LdsWorkshopCard  *card,
                           GError                **error)
{
  LdsWorkshopPhase vote_phase = card->kind == LDS_CARD_KIND_OBJECTIVE
                                  ? LDS_WORKSHOP_PHASE_OBJECTIVE_VOTE
                                  : LDS_WORKSHOP_PHASE_KEY_RESULT_VOTE;
  guint n;

  if (data->workshop->phase != vote_phase)
    {
      if (!lds_workshop_check_op (data, LDS_WORKSHOP_OP_CHOOSE, error))
        return FALSE;
      g_set_error (error, LDS_WORKSHOP_ERROR, LDS_WORKSHOP_ERROR_PHASE,
                   /* Translators: %1$s and %2$s are workshop phases, such as "Choose
                    * objectives" */
                   _("This belongs to the phase “%1$s”; the workshop is at “%2$s”."),
                   phase_label (vote_phase), phase_label (data->workshop->phase));
      return FALSE;
    }
  if (card->state != LDS_CARD_STATE_PROPOSED)
    {
      g_set_error_literal (error, LDS_WORKSHOP_ERROR, LDS_WORKSHOP_ERROR_INVALID,
                           card->state == LDS_CARD_STATE_CHOSEN
                             ? _("This proposal is chosen already.")
                             : _("Bring this proposal back from the parking lot before choosing "
                                 "it."));
      return FALSE;
    }

  if (card->kind == LDS_CARD_KIND_OBJECTIVE)
    {
      n = lds_workshop_data_count_cards (data, card->unit_id, LDS_CARD_KIND_OBJECTIVE, 0,
                                         LDS_CARD_STATES_CHOSEN);
      if ((int) n >= data->max_objectives)
        {
          g_set_error (error, LDS_WORKSHOP_ERROR, LDS_WORKSHOP_ERROR_LIMIT,
                       g_dngettext (GETTEXT_PACKAGE,
                                    "A team keeps at most %d objective in a cycle. Put one of "
                                    "the chosen ones back before choosing this one.",
                                    "A team keeps at most %d objectives in a cycle. Put one of "
                                    "the chosen ones back before choosing this one.",
                                    data->max_objectives),
                       data->max_objectives);
          return FALSE;
        }
      return TRUE;
    }

  {
    LdsWorkshopCard *parent = lds_workshop_data_get_card (data, card->parent_id);

    if (parent == NULL || parent->state != LDS_CARD_STATE_CHOSEN)
      {
        g_set_error_literal (error, LDS_WORKSHOP_ERROR, LDS_WORKSHOP_ERROR_INVALID,
                             _("This key result’s objective is not chosen, so neither can the "
                               "key result be."));
        return FALSE;
      }
    n = lds_workshop_data_count_cards (data, 0, LDS_CARD_KIND_KEY_RESULT, parent->id,
                                       LDS_CARD_STATES_CHOSEN);
    if ((int) n >= data->max_key_results)
      {
        g_set_error (error, LDS_WORKSHOP_ERROR, LDS_WORKSHOP_ERROR_LIMIT,
                     g_dngettext (GETTEXT_PACKAGE,
                                  "An objective keeps at most %d key result. Put one of the "
                                  "chosen ones back before choosing this one.",
                                  "An objective keeps at most %d key results. Put one of the "
                                  "chosen ones back before choosing this one.",
                                  data->max_key_results),
                     data->max_key_results);
        return FALSE;
      }
  }
  return TRUE;
}

/**
 * lds_workshop_check_phase:
 *
 * Whether the workshop may move to @phase: back to any phase before
 * confirming, on when what the next phases need is there (the key result
 * phases need a chosen objective). "Done" is reached only by confirming.
 */
gboolean
lds_workshop_check_phase (const LdsWorkshopData  *data,
                          LdsWorkshopPhase        phase,
                          GError                **error)
{
  LdsWorkshopPhase from = data->workshop->phase;

  if (from == LDS_WORKSHOP_PHASE_DONE)
    return lds_workshop_check_op (data, LDS_WORKSHOP_OP_EDIT, error);
  if (phase == LDS_WORKSHOP_PHASE_DONE)
    {
      g_set_error_literal (error, LDS_WORKSHOP_ERROR, LDS_WORKSHOP_ERROR_PHASE,
                           _("Confirm the workshop to finish it: its chosen cards become draft "
                             "OKRs."));
      return FALSE;
    }
  if (phase <= from)
    return TRUE;

  if (phase >= LDS_WORKSHOP_PHASE_KEY_RESULTS)
    for (guint i = 0; i < data->teams->len; i++)
      {
        LdsWorkshopTeam *team = data->teams->pdata[i];

        if (lds_workshop_data_count_cards (data, team->unit_id, LDS_CARD_KIND_OBJECTIVE, 0,
                                           LDS_CARD_STATES_CHOSEN) == 0)
          {
            g_set_error_literal (error, LDS_WORKSHOP_ERROR, LDS_WORKSHOP_ERROR_INVALID,
                                 data->teams->len > 1
                                   ? _("Every team needs a chosen objective before the key "
                                       "results: choose the proposals the room wants most.")
                                   : _("Choose at least one objective before the key results: "
                                       "the proposals the room wants most."));
            return FALSE;
          }
      }
  return TRUE;
}

/* The seconds left on the countdown (never below 0), and whether it runs. */
int
lds_workshop_timer_left (const LdsWorkshop *workshop,
                         gint64             now,
                         gboolean          *running)
{
  gboolean is_running = workshop->timer_ends_at != 0;

  if (running != NULL)
    *running = is_running;
  if (is_running)
    return (int) CLAMP (workshop->timer_ends_at - now, 0, (gint64) workshop->timer_seconds);
  return workshop->timer_left;
}

/* Coaching */

void
lds_workshop_hint_free (LdsWorkshopHint *hint)
{
  if (hint == NULL)
    return;
  g_free (hint->message);
  g_free (hint);
}

static gpointer
copy_all_into (GPtrArray     *to,
               GPtrArray     *from,
               LdsRecordType  type)
{
  for (guint i = 0; i < from->len; i++)
    g_ptr_array_add (to, lds_record_copy (type, from->pdata[i]));
  return to;
}

/* The organisation the rules need, and the teams' own objectives in the
 * cycle with their key results and links (the cards are added to it). */
static LdsCoachSnapshot *
base_snapshot (const LdsWorkshopData  *data,
               const LdsCoachSnapshot *organisation)
{
  LdsCoachSnapshot *s = lds_coach_snapshot_new ();
  g_autoptr(GHashTable) kept = g_hash_table_new (g_int64_hash, g_int64_equal);

  copy_all_into (s->units, organisation->units, LDS_RECORD_UNIT);
  copy_all_into (s->people, organisation->people, LDS_RECORD_PERSON);
  copy_all_into (s->cycles, organisation->cycles, LDS_RECORD_CYCLE);
  s->settings = organisation->settings;
  s->settings.max_objectives = data->max_objectives;
  s->settings.max_key_results = data->max_key_results;
  s->now = organisation->now;

  for (guint i = 0; i < organisation->objectives->len; i++)
    {
      LdsObjective *o = organisation->objectives->pdata[i];

      if (o->cycle_id != data->workshop->cycle_id || o->owner_unit_id == 0 ||
          !lds_workshop_data_is_team (data, o->owner_unit_id))
        continue;
      o = lds_objective_copy (o);
      g_ptr_array_add (s->objectives, o);
      g_hash_table_add (kept, &o->id);
    }
  for (guint i = 0; i < organisation->key_results->len; i++)
    {
      LdsKeyResult *kr = organisation->key_results->pdata[i];
      if (g_hash_table_contains (kept, &kr->objective_id))
        g_ptr_array_add (s->key_results, lds_key_result_copy (kr));
    }
  for (guint i = 0; i < organisation->links->len; i++)
    {
      LdsLink *link = organisation->links->pdata[i];
      if (g_hash_table_contains (kept, &link->from_id))
        g_ptr_array_add (s->links, lds_link_copy (link));
    }
  return s;
}

/* A card as the objective or key result it would become. Its id is the
 * card's, negated, so that it never meets a real record's. */
static void
add_card (const LdsWorkshopData *data,
          LdsCoachSnapshot      *s,
          const LdsWorkshopCard *card)
{
  if (card->kind == LDS_CARD_KIND_OBJECTIVE)
    {
      LdsObjective *o = lds_objective_new ();
      g_autoptr(GPtrArray) decisions = lds_workshop_data_decisions_of (data, card->id);

      o->id = -card->id;
      o->cycle_id = data->workshop->cycle_id;
      o->owner_unit_id = card->unit_id;
      lds_set_text (&o->title, card->title);
      o->status = LDS_OBJECTIVE_STATUS_DRAFT;
      o->position = G_MAXINT / 2 + card->position;
      for (guint i = 0; i < decisions->len; i++)
        {
          LdsWorkshopDecision *d = decisions->pdata[i];
          LdsLink *link;

          if (d->kind == LDS_DECISION_KIND_SELF_DRIVEN)
            o->self_driven = TRUE;
          if (d->kind != LDS_DECISION_KIND_ALIGNS)
            continue;
          link = lds_link_new ();
          link->id = -d->id;
          link->kind = LDS_LINK_KIND_ALIGNS;
          link->from_id = o->id;
          link->to_objective_id = d->to_objective_id;
          link->to_key_result_id = d->to_key_result_id;
          g_ptr_array_add (s->links, link);
        }
      g_ptr_array_add (s->objectives, o);
    }
  else
    {
      LdsKeyResult *kr = lds_key_result_new ();
      g_autofree char *number = lds_coach_find_number (card->title);

      kr->id = -card->id;
      kr->objective_id = -card->parent_id;
      lds_set_text (&kr->title, card->title);
      kr->owner_id = card->owner_id;
      kr->metric = LDS_METRIC_NUMBER;
      /* A card has no metric yet: one whose words carry a number counts as
       * measurable, one without is asked for one. */
      if (number != NULL)
        {
          kr->start_value = 0;
          kr->target_value = 1;
        }
      kr->position = card->position;
      g_ptr_array_add (s->key_results, kr);
    }
}

static void
add_cards (const LdsWorkshopData *data,
           LdsCoachSnapshot      *s,
           guint                  states)
{
  for (guint i = 0; i < data->cards->len; i++)
    {
      LdsWorkshopCard *card = data->cards->pdata[i];
      LdsWorkshopCard *parent;

      if ((states & (1u << card->state)) == 0)
        continue;
      parent = lds_workshop_data_get_card (data, card->parent_id);
      if (card->kind == LDS_CARD_KIND_KEY_RESULT &&
          (parent == NULL || (states & (1u << parent->state)) == 0))
        continue;
      add_card (data, s, card);
    }
}

static void
keep_findings (GPtrArray       *hints,
               GPtrArray       *findings,
               LdsCoachRuleSet  rules)
{
  for (guint i = 0; i < findings->len; i++)
    {
      LdsCoachFinding *f = findings->pdata[i];
      LdsWorkshopHint *hint;

      if ((rules & (1u << f->rule)) == 0)
        continue;
      /* On a card (negative id), or on a whole team (too many objectives). */
      if (f->record_type != LDS_RECORD_UNIT && f->record_id >= 0)
        continue;
      hint = g_new0 (LdsWorkshopHint, 1);
      hint->card_id = f->record_type == LDS_RECORD_UNIT ? 0 : -f->record_id;
      hint->rule = f->rule;
      hint->severity = f->severity;
      hint->message = g_strdup (f->message);
      g_ptr_array_add (hints, hint);
    }
}

#define RULE(r) (1u << LDS_COACH_RULE_##r)

/**
 * lds_workshop_hints:
 * @organisation: the organisation in the workshop's cycle (people, units,
 *   the teams' objectives already there), as lds_store_coach_snapshot() reads it
 *
 * Runs the OKR coach on the cards as the objectives and key results they
 * are becoming: the wording of every live card (an objective with a number,
 * a key result worded as a task or without a number, two objectives that say
 * the same); the chosen cards with the teams' objectives already in the
 * cycle for the counts (too many objectives); from the align phase on,
 * alignment, owners and objectives left without key results.
 *
 * Returns: (transfer full) (element-type LdsWorkshopHint): the hints, on
 *   the whole workshop first, then card by card in the coach's order
 */
GPtrArray *
lds_workshop_hints (const LdsWorkshopData  *data,
                    const LdsCoachSnapshot *organisation)
{
  GPtrArray *hints = g_ptr_array_new_with_free_func ((GDestroyNotify) lds_workshop_hint_free);
  LdsCoachScope scope = { data->workshop->cycle_id, LDS_RECORD_UNIT, 0 };
  LdsWorkshopPhase phase = data->workshop->phase;
  LdsCoachRuleSet counted = RULE (TOO_MANY_OBJECTIVES) | RULE (TOO_MANY_KEY_RESULTS);
  g_autoptr(LdsCoachSnapshot) wording = NULL;
  g_autoptr(LdsCoachSnapshot) chosen = NULL;
  g_autoptr(GPtrArray) wording_findings = NULL;
  g_autoptr(GPtrArray) chosen_findings = NULL;

  g_return_val_if_fail (data != NULL && organisation != NULL, hints);

  if (phase == LDS_WORKSHOP_PHASE_DONE)
    return hints;

  chosen = base_snapshot (data, organisation);
  add_cards (data, chosen, LDS_CARD_STATES_CHOSEN);
  chosen_findings = lds_coach_check (chosen, &scope);
  if (phase >= LDS_WORKSHOP_PHASE_ALIGN)
    counted |= RULE (NOT_ALIGNED) | RULE (KEY_RESULT_WITHOUT_OWNER) |
               RULE (OBJECTIVE_WITHOUT_KEY_RESULTS);
  keep_findings (hints, chosen_findings, counted);

  wording = base_snapshot (data, organisation);
  add_cards (data, wording, LDS_CARD_STATES_LIVE);
  wording_findings = lds_coach_check (wording, &scope);
  keep_findings (hints, wording_findings,
                 RULE (OBJECTIVE_HAS_NUMBER) | RULE (KEY_RESULT_IS_TASK) |
                 RULE (KEY_RESULT_NOT_MEASURABLE) | RULE (DUPLICATE_OBJECTIVE));
  return hints;
}
