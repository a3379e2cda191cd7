/* lds-store-workshop-confirm.c: decisions, and turning the cards into OKRs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lds-store"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "lds-date.h"
#include "lds-store-align.h"
#include "lds-store-okr.h"
#include "lds-store-private.h"
#include "lds-store-workshop-private.h"

/* Decisions */

static gboolean
same_target (const LdsWorkshopDecision *d,
             LdsRecordType              to_type,
             LdsId                      to_id)
{
  switch (to_type)
    {
    case LDS_RECORD_KEY_RESULT:
      return d->to_key_result_id == to_id;
    case LDS_RECORD_OBJECTIVE:
      return d->to_objective_id == to_id;
    case LDS_RECORD_WORKSHOP_CARD:
      return d->to_card_id == to_id;
    default:
      return d->to_key_result_id == 0 && d->to_objective_id == 0 && d->to_card_id == 0;
    }
}

/**
 * lds_store_toggle_decision:
 * @kind: aligns (to a parent key result or objective), self-driven (no
 *   target), depends (on a neighbour's objective, or on another team's
 *   objective card in the workshop)
 * @to_type: %LDS_RECORD_KEY_RESULT, %LDS_RECORD_OBJECTIVE or
 *   %LDS_RECORD_WORKSHOP_CARD; ignored for self-driven
 *
 * Takes a decision about a chosen objective card, or takes it back when it
 * was taken already. Aligning an objective takes back "self-driven", and
 * marking it self-driven takes back its alignments.
 */
gboolean
lds_store_toggle_decision (LdsStore         *store,
                           LdsId             card_id,
                           LdsDecisionKind   kind,
                           LdsRecordType     to_type,
                           LdsId             to_id,
                           GError          **error)
{
  g_autoptr(LdsWorkshopData) data = NULL;
  g_autoptr(GPtrArray) decisions = NULL;
  g_autoptr(LdsWorkshopDecision) decision = lds_workshop_decision_new ();
  LdsWorkshopCard *card = NULL;
  gboolean ok = TRUE;
  const char *name;

  data = _lds_workshop_load_for_card (store, card_id, &card, error);
  if (data == NULL || !lds_workshop_check_op (data, LDS_WORKSHOP_OP_DECIDE, error))
    return FALSE;
  if (card->kind != LDS_CARD_KIND_OBJECTIVE || card->state != LDS_CARD_STATE_CHOSEN)
    return _lds_workshop_refuse (error, _("Alignment is decided for a chosen objective."));
  if (kind == LDS_DECISION_KIND_SELF_DRIVEN)
    to_type = LDS_N_RECORD_TYPES;
  else if (to_type != LDS_RECORD_KEY_RESULT && to_type != LDS_RECORD_OBJECTIVE &&
           to_type != LDS_RECORD_WORKSHOP_CARD)
    return _lds_workshop_refuse (error, _("An alignment or a dependency leads to one key result or one "
                            "objective."));
  if (to_type == LDS_RECORD_WORKSHOP_CARD)
    {
      LdsWorkshopCard *other = lds_workshop_data_get_card (data, to_id);

      if (kind != LDS_DECISION_KIND_DEPENDS || other == NULL || other == card ||
          other->kind != LDS_CARD_KIND_OBJECTIVE || other->unit_id == card->unit_id)
        return _lds_workshop_refuse (error, _("An objective depends on another team’s objective."));
    }

  decisions = lds_workshop_data_decisions_of (data, card_id);
  for (guint i = 0; i < decisions->len; i++)
    {
      LdsWorkshopDecision *d = decisions->pdata[i];
      if (d->kind == kind && same_target (d, to_type, to_id))
        {
          if (!lds_store_begin (store, _("Take Back Decision"), error))
            return FALSE;
          return _lds_store_finish (store,
                                    lds_store_delete (store, LDS_RECORD_WORKSHOP_DECISION, d->id,
                                                      error),
                                    error);
        }
    }

  name = kind == LDS_DECISION_KIND_ALIGNS ? _("Decide Alignment")
         : kind == LDS_DECISION_KIND_SELF_DRIVEN ? _("Mark Self-driven")
         : _("Add Dependency");
  if (!lds_store_begin (store, name, error))
    return FALSE;
  for (guint i = 0; ok && i < decisions->len; i++)
    {
      LdsWorkshopDecision *d = decisions->pdata[i];
      if ((kind == LDS_DECISION_KIND_ALIGNS && d->kind == LDS_DECISION_KIND_SELF_DRIVEN) ||
          (kind == LDS_DECISION_KIND_SELF_DRIVEN && d->kind == LDS_DECISION_KIND_ALIGNS))
        ok = lds_store_delete (store, LDS_RECORD_WORKSHOP_DECISION, d->id, error);
    }
  decision->card_id = card_id;
  decision->kind = kind;
  if (to_type == LDS_RECORD_KEY_RESULT)
    decision->to_key_result_id = to_id;
  else if (to_type == LDS_RECORD_OBJECTIVE)
    decision->to_objective_id = to_id;
  else if (to_type == LDS_RECORD_WORKSHOP_CARD)
    decision->to_card_id = to_id;
  ok = ok && lds_store_insert (store, LDS_RECORD_WORKSHOP_DECISION, decision, error);
  return _lds_store_finish (store, ok, error);
}

/* Confirming */

static int
confidence_of (LdsWorkshopData *data,
               LdsId            card_id)
{
  LdsConfidenceTally tally;

  if (!lds_workshop_data_confidence (data, card_id, &tally) || tally.n_votes == 0)
    return -1;
  return (int) lround (tally.mean);
}

static gboolean
confirm_objective (LdsStore         *store,
                   LdsWorkshopData  *data,
                   LdsWorkshopCard  *card,
                   GError          **error)
{
  g_autoptr(LdsObjective) o = lds_objective_new ();
  g_autoptr(GPtrArray) decisions = lds_workshop_data_decisions_of (data, card->id);
  g_autoptr(GPtrArray) krs = lds_workshop_data_list_cards (data, 0, LDS_CARD_KIND_KEY_RESULT,
                                                           card->id, LDS_CARD_STATES_CHOSEN);

  o->cycle_id = data->workshop->cycle_id;
  o->owner_unit_id = card->unit_id;
  lds_set_text (&o->title, card->title);
  o->type = LDS_OBJECTIVE_TYPE_COMMITTED;
  o->status = LDS_OBJECTIVE_STATUS_DRAFT;
  for (guint i = 0; i < decisions->len; i++)
    o->self_driven |= ((LdsWorkshopDecision *) decisions->pdata[i])->kind ==
                      LDS_DECISION_KIND_SELF_DRIVEN;
  if (!lds_store_append (store, LDS_RECORD_OBJECTIVE, o, error))
    return FALSE;
  card->objective_id = o->id;
  if (!_lds_workshop_update_card (store, card, error))
    return FALSE;

  for (guint i = 0; i < krs->len; i++)
    {
      LdsWorkshopCard *kr_card = krs->pdata[i];
      g_autoptr(LdsKeyResult) kr = lds_key_result_new ();

      kr->objective_id = o->id;
      lds_set_text (&kr->title, kr_card->title);
      kr->owner_id = kr_card->owner_id;
      kr->metric = LDS_METRIC_NUMBER;
      kr->confidence = confidence_of (data, kr_card->id);
      if (!lds_store_append (store, LDS_RECORD_KEY_RESULT, kr, error))
        return FALSE;
      kr_card->key_result_id = kr->id;
      if (!_lds_workshop_update_card (store, kr_card, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
confirm_links (LdsStore         *store,
               LdsWorkshopData  *data,
               LdsWorkshopCard  *card,
               GError          **error)
{
  g_autoptr(GPtrArray) decisions = lds_workshop_data_decisions_of (data, card->id);

  for (guint i = 0; i < decisions->len; i++)
    {
      LdsWorkshopDecision *d = decisions->pdata[i];
      LdsLinkKind kind = d->kind == LDS_DECISION_KIND_ALIGNS ? LDS_LINK_KIND_ALIGNS
                                                             : LDS_LINK_KIND_DEPENDS;
      LdsWorkshopCard *other;

      if (d->kind == LDS_DECISION_KIND_SELF_DRIVEN)
        continue;
      if (d->to_key_result_id != 0 &&
          !lds_store_link_objective (store, kind, card->objective_id, LDS_RECORD_KEY_RESULT,
                                     d->to_key_result_id, NULL, error))
        return FALSE;
      if (d->to_objective_id != 0 &&
          !lds_store_link_objective (store, kind, card->objective_id, LDS_RECORD_OBJECTIVE,
                                     d->to_objective_id, NULL, error))
        return FALSE;
      other = lds_workshop_data_get_card (data, d->to_card_id);
      if (other != NULL && other->objective_id != 0 &&
          !lds_store_link_objective (store, kind, card->objective_id, LDS_RECORD_OBJECTIVE,
                                     other->objective_id, NULL, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * lds_store_confirm_workshop:
 *
 * Turns the chosen cards into draft objectives of their teams in the
 * workshop's cycle, each with its chosen key results (their owners, and
 * the mean of their revealed confidence votes), aligned and linked as
 * decided; everything else goes to the workshop's parking lot. One action
 * ("Confirm Workshop"): undo takes it all back. Refused until every chosen
 * objective has a chosen key result.
 */
gboolean
lds_store_confirm_workshop (LdsStore  *store,
                            LdsId      workshop_id,
                            GError   **error)
{
  g_autoptr(LdsWorkshopData) data = lds_store_load_workshop (store, workshop_id, error);
  g_autoptr(GPtrArray) objectives = NULL;
  gboolean ok = TRUE;

  if (data == NULL || !lds_workshop_check_op (data, LDS_WORKSHOP_OP_CONFIRM, error))
    return FALSE;

  objectives = g_ptr_array_new ();
  for (guint t = 0; t < data->teams->len; t++)
    {
      LdsWorkshopTeam *team = data->teams->pdata[t];
      g_autoptr(GPtrArray) chosen = lds_workshop_data_list_cards (data, team->unit_id,
                                                                  LDS_CARD_KIND_OBJECTIVE, 0,
                                                                  LDS_CARD_STATES_CHOSEN);
      g_ptr_array_extend (objectives, chosen, NULL, NULL);
    }
  if (objectives->len == 0)
    return _lds_workshop_refuse (error, _("No objective is chosen yet: there is nothing to confirm."));
  for (guint i = 0; i < objectives->len; i++)
    {
      LdsWorkshopCard *card = objectives->pdata[i];

      if (lds_workshop_data_count_cards (data, 0, LDS_CARD_KIND_KEY_RESULT, card->id,
                                         LDS_CARD_STATES_CHOSEN) == 0)
        {
          g_set_error (error, LDS_WORKSHOP_ERROR, LDS_WORKSHOP_ERROR_INVALID,
                       /* Translators: %s is the title of a proposed objective */
                       _("“%s” has no chosen key result. Choose one, or park the objective."),
                       card->title);
          return FALSE;
        }
    }

  if (!lds_store_begin (store, _("Confirm Workshop"), error))
    return FALSE;
  for (guint i = 0; ok && i < objectives->len; i++)
    ok = confirm_objective (store, data, objectives->pdata[i], error);
  for (guint i = 0; ok && i < objectives->len; i++)
    ok = confirm_links (store, data, objectives->pdata[i], error);
  /* What was not chosen goes to the parking lot, with what was chosen under
   * an objective that was not. */
  for (guint i = 0; ok && i < data->cards->len; i++)
    {
      LdsWorkshopCard *card = data->cards->pdata[i];
      LdsWorkshopCard *parent = lds_workshop_data_get_card (data, card->parent_id);

      if (card->state == LDS_CARD_STATE_PROPOSED ||
          (card->state == LDS_CARD_STATE_CHOSEN && parent != NULL &&
           parent->state != LDS_CARD_STATE_CHOSEN))
        {
          card->state = LDS_CARD_STATE_PARKED;
          ok = _lds_workshop_update_card (store, card, error);
        }
    }
  if (ok)
    {
      data->workshop->phase = LDS_WORKSHOP_PHASE_DONE;
      data->workshop->confirmed_at = lds_now ();
      _lds_workshop_reset_timer (data->workshop);
      ok = lds_store_update (store, LDS_RECORD_WORKSHOP, data->workshop, error);
    }
  return _lds_store_finish (store, ok, error);
}
