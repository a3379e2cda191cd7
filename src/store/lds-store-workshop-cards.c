/* lds-store-workshop-cards.c: proposals, their votes and owners
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

/* Proposals */

static int
next_card_position (LdsWorkshopData *data)
{
  int position = 0;

  for (guint i = 0; i < data->cards->len; i++)
    position = MAX (position, ((LdsWorkshopCard *) data->cards->pdata[i])->position + 1);
  return position;
}

/**
 * lds_store_add_card:
 * @parent_id: 0 for a proposed objective; for a key result, its objective card
 *
 * Adds a proposal as a card ("Add Proposal"): an objective while the
 * workshop proposes objectives, a key result under a chosen objective while
 * it proposes key results.
 */
gboolean
lds_store_add_card (LdsStore    *store,
                    LdsId        workshop_id,
                    LdsId        unit_id,
                    LdsId        parent_id,
                    const char  *title,
                    LdsId       *card_id,
                    GError     **error)
{
  g_autoptr(LdsWorkshopData) data = lds_store_load_workshop (store, workshop_id, error);
  g_autoptr(LdsWorkshopCard) card = lds_workshop_card_new ();
  g_autofree char *stripped = g_strstrip (g_strdup (title != NULL ? title : ""));

  if (data == NULL)
    return FALSE;
  if (!lds_workshop_check_op (data, parent_id == 0 ? LDS_WORKSHOP_OP_PROPOSE_OBJECTIVE
                                                   : LDS_WORKSHOP_OP_PROPOSE_KEY_RESULT, error))
    return FALSE;
  if (!lds_workshop_data_is_team (data, unit_id))
    return _lds_workshop_refuse (error, _("This team does not take part in the workshop."));
  if (parent_id != 0)
    {
      LdsWorkshopCard *parent = lds_workshop_data_get_card (data, parent_id);

      if (parent == NULL || parent->kind != LDS_CARD_KIND_OBJECTIVE ||
          parent->state != LDS_CARD_STATE_CHOSEN)
        return _lds_workshop_refuse (error, _("Key results are proposed for a chosen objective."));
      unit_id = parent->unit_id;
    }

  card->workshop_id = workshop_id;
  card->unit_id = unit_id;
  card->kind = parent_id == 0 ? LDS_CARD_KIND_OBJECTIVE : LDS_CARD_KIND_KEY_RESULT;
  card->parent_id = parent_id;
  lds_set_text (&card->title, stripped);
  card->state = LDS_CARD_STATE_PROPOSED;
  card->position = next_card_position (data);
  if (!lds_store_begin (store, _("Add Proposal"), error))
    return FALSE;
  if (!lds_store_insert (store, LDS_RECORD_WORKSHOP_CARD, card, error))
    {
      lds_store_rollback (store);
      return FALSE;
    }
  if (card_id != NULL)
    *card_id = card->id;
  return lds_store_commit (store, error);
}

gboolean
lds_store_edit_card (LdsStore    *store,
                     LdsId        card_id,
                     const char  *title,
                     GError     **error)
{
  g_autoptr(LdsWorkshopData) data = NULL;
  g_autofree char *stripped = g_strstrip (g_strdup (title != NULL ? title : ""));
  LdsWorkshopCard *card = NULL;

  data = _lds_workshop_load_for_card (store, card_id, &card, error);
  if (data == NULL || !lds_workshop_check_op (data, LDS_WORKSHOP_OP_EDIT, error))
    return FALSE;
  if (g_str_equal (card->title, stripped))
    return TRUE;
  lds_set_text (&card->title, stripped);
  if (!lds_store_begin (store, _("Edit Proposal"), error))
    return FALSE;
  return _lds_store_finish (store, _lds_workshop_update_card (store, card, error), error);
}

static gboolean
move_votes (LdsStore         *store,
            LdsWorkshopData  *data,
            LdsWorkshopCard  *from,
            LdsWorkshopCard  *into,
            GError          **error)
{
  LdsWorkshopVote *from_dots = lds_workshop_data_get_dots_vote (data, from->id);
  LdsWorkshopVote *into_dots = lds_workshop_data_get_dots_vote (data, into->id);
  gboolean hidden_arrive = FALSE;

  /* The dots add up; the people who voted for either wanted the idea. */
  if (from_dots != NULL && into_dots != NULL)
    {
      into_dots->value += from_dots->value;
      if (!lds_store_update (store, LDS_RECORD_WORKSHOP_VOTE, into_dots, error) ||
          !lds_store_delete (store, LDS_RECORD_WORKSHOP_VOTE, from_dots->id, error))
        return FALSE;
    }
  else if (from_dots != NULL)
    {
      from_dots->card_id = into->id;
      if (!lds_store_update (store, LDS_RECORD_WORKSHOP_VOTE, from_dots, error))
        return FALSE;
    }

  for (guint i = 0; i < data->votes->len; i++)
    {
      LdsWorkshopVote *vote = data->votes->pdata[i];

      if (vote->card_id != from->id || vote->kind != LDS_VOTE_KIND_CONFIDENCE)
        continue;
      vote->card_id = into->id;
      hidden_arrive |= !from->revealed;
      if (!lds_store_update (store, LDS_RECORD_WORKSHOP_VOTE, vote, error))
        return FALSE;
    }
  /* Votes that were hidden stay hidden: the card's votes are revealed
   * again together. */
  if (hidden_arrive && into->revealed)
    into->revealed = FALSE;
  return TRUE;
}

/**
 * lds_store_merge_cards:
 *
 * Merges the card @card_id into @into_id ("Merge Proposals"): the first is
 * marked merged, its dots and votes, key results, decisions and notes go to
 * the second, which is chosen when either was. The second keeps its words;
 * edit them to say what both meant.
 */
gboolean
lds_store_merge_cards (LdsStore  *store,
                       LdsId      card_id,
                       LdsId      into_id,
                       GError   **error)
{
  g_autoptr(LdsWorkshopData) data = NULL;
  LdsWorkshopCard *from = NULL;
  LdsWorkshopCard *into;
  gboolean ok;

  data = _lds_workshop_load_for_card (store, card_id, &from, error);
  if (data == NULL || !lds_workshop_check_op (data, LDS_WORKSHOP_OP_EDIT, error))
    return FALSE;
  into = lds_workshop_data_get_card (data, into_id);
  if (into == NULL || into == from)
    return _lds_workshop_refuse (error, _("Choose two different proposals to merge."));
  if (into->kind != from->kind)
    return _lds_workshop_refuse (error, _("An objective merges with an objective, a key result with a key "
                            "result."));
  if (into->unit_id != from->unit_id)
    return _lds_workshop_refuse (error, _("Proposals of two teams cannot be merged; agree a dependency "
                            "between them instead."));
  if ((from->state != LDS_CARD_STATE_PROPOSED && from->state != LDS_CARD_STATE_CHOSEN) ||
      (into->state != LDS_CARD_STATE_PROPOSED && into->state != LDS_CARD_STATE_CHOSEN))
    return _lds_workshop_refuse (error, _("Only proposals on the board can be merged; bring a parked one "
                            "back first."));

  if (!lds_store_begin (store, _("Merge Proposals"), error))
    return FALSE;
  ok = move_votes (store, data, from, into, error);
  for (guint i = 0; ok && i < data->cards->len; i++)
    {
      LdsWorkshopCard *child = data->cards->pdata[i];
      if (child->parent_id == from->id)
        {
          child->parent_id = into->id;
          ok = _lds_workshop_update_card (store, child, error);
        }
    }
  for (guint i = 0; ok && i < data->decisions->len; i++)
    {
      LdsWorkshopDecision *d = data->decisions->pdata[i];
      gboolean same = FALSE;

      if (d->card_id != from->id && d->to_card_id != from->id)
        continue;
      for (guint j = 0; j < data->decisions->len; j++)
        {
          LdsWorkshopDecision *e = data->decisions->pdata[j];
          same |= e != d && e->kind == d->kind &&
                  e->card_id == (d->card_id == from->id ? into->id : d->card_id) &&
                  e->to_card_id == (d->to_card_id == from->id ? into->id : d->to_card_id) &&
                  e->to_objective_id == d->to_objective_id &&
                  e->to_key_result_id == d->to_key_result_id;
        }
      if (same || (d->card_id == from->id ? into->id : d->card_id) ==
                  (d->to_card_id == from->id ? into->id : d->to_card_id))
        ok = lds_store_delete (store, LDS_RECORD_WORKSHOP_DECISION, d->id, error);
      else
        {
          if (d->card_id == from->id)
            d->card_id = into->id;
          if (d->to_card_id == from->id)
            d->to_card_id = into->id;
          ok = lds_store_update (store, LDS_RECORD_WORKSHOP_DECISION, d, error);
        }
    }
  for (guint i = 0; ok && i < data->notes->len; i++)
    {
      LdsWorkshopNote *note = data->notes->pdata[i];
      if (note->card_id == from->id)
        {
          note->card_id = into->id;
          ok = lds_store_update (store, LDS_RECORD_WORKSHOP_NOTE, note, error);
        }
    }
  if (ok)
    {
      if (from->state == LDS_CARD_STATE_CHOSEN)
        into->state = LDS_CARD_STATE_CHOSEN;
      from->state = LDS_CARD_STATE_MERGED;
      from->merged_into_id = into->id;
      from->revealed = FALSE;
      ok = _lds_workshop_update_card (store, into, error) && _lds_workshop_update_card (store, from, error);
    }
  return _lds_store_finish (store, ok, error);
}

/**
 * lds_store_park_card:
 * @park: %TRUE to move the card to the parking lot, %FALSE to bring it back
 *
 * Parks a proposal ("Park Proposal"), with the key results proposed under
 * it, or brings one back as a proposal ("Bring Back Proposal"), with its
 * objective if that is parked too.
 */
gboolean
lds_store_park_card (LdsStore  *store,
                     LdsId      card_id,
                     gboolean   park,
                     GError   **error)
{
  g_autoptr(LdsWorkshopData) data = NULL;
  LdsWorkshopCard *card = NULL;
  gboolean ok = TRUE;

  data = _lds_workshop_load_for_card (store, card_id, &card, error);
  if (data == NULL || !lds_workshop_check_op (data, LDS_WORKSHOP_OP_EDIT, error))
    return FALSE;
  if (card->state == LDS_CARD_STATE_MERGED)
    return _lds_workshop_refuse (error, _("This proposal was merged into another."));
  if (park == (card->state == LDS_CARD_STATE_PARKED))
    return TRUE;

  if (!lds_store_begin (store, park ? _("Park Proposal") : _("Bring Back Proposal"), error))
    return FALSE;
  if (park)
    {
      for (guint i = 0; ok && i < data->cards->len; i++)
        {
          LdsWorkshopCard *child = data->cards->pdata[i];
          if (child->parent_id == card->id &&
              (child->state == LDS_CARD_STATE_PROPOSED || child->state == LDS_CARD_STATE_CHOSEN))
            {
              child->state = LDS_CARD_STATE_PARKED;
              ok = _lds_workshop_update_card (store, child, error);
            }
        }
      card->state = LDS_CARD_STATE_PARKED;
    }
  else
    {
      LdsWorkshopCard *parent = lds_workshop_data_get_card (data, card->parent_id);

      if (parent != NULL && parent->state == LDS_CARD_STATE_PARKED)
        {
          parent->state = LDS_CARD_STATE_PROPOSED;
          ok = _lds_workshop_update_card (store, parent, error);
        }
      card->state = LDS_CARD_STATE_PROPOSED;
    }
  ok = ok && _lds_workshop_update_card (store, card, error);
  return _lds_store_finish (store, ok, error);
}

/* Votes and choices */

/**
 * lds_store_set_dots:
 *
 * Sets how many dots the room gave a proposal ("Give Dots"), in the phase
 * that votes on its kind.
 */
gboolean
lds_store_set_dots (LdsStore  *store,
                    LdsId      card_id,
                    int        dots,
                    GError   **error)
{
  g_autoptr(LdsWorkshopData) data = NULL;
  LdsWorkshopCard *card = NULL;
  LdsWorkshopVote *vote;
  gboolean ok;

  data = _lds_workshop_load_for_card (store, card_id, &card, error);
  if (data == NULL || !_lds_workshop_check_vote_phase (data, card, LDS_WORKSHOP_OP_DOTS, error))
    return FALSE;
  if (dots < 0)
    return _lds_workshop_refuse (error, _("A proposal cannot have fewer than no dots."));
  if (dots > 999)
    return _lds_workshop_refuse (error, _("That is more dots than a room gives."));

  vote = lds_workshop_data_get_dots_vote (data, card_id);
  if (vote != NULL && vote->value == dots)
    return TRUE;
  if (!lds_store_begin (store, _("Give Dots"), error))
    return FALSE;
  if (vote != NULL)
    {
      vote->value = dots;
      ok = lds_store_update (store, LDS_RECORD_WORKSHOP_VOTE, vote, error);
    }
  else
    {
      g_autoptr(LdsWorkshopVote) added = lds_workshop_vote_new ();

      added->card_id = card_id;
      added->kind = LDS_VOTE_KIND_DOTS;
      added->value = dots;
      ok = lds_store_insert (store, LDS_RECORD_WORKSHOP_VOTE, added, error);
    }
  return _lds_store_finish (store, ok, error);
}

/**
 * lds_store_choose_card:
 *
 * Chooses a proposal ("Choose Proposal") within the limits of
 * lds_workshop_check_choose(), or puts a chosen one back among the
 * proposals ("Put Back Proposal").
 */
gboolean
lds_store_choose_card (LdsStore  *store,
                       LdsId      card_id,
                       gboolean   chosen,
                       GError   **error)
{
  g_autoptr(LdsWorkshopData) data = NULL;
  LdsWorkshopCard *card = NULL;

  data = _lds_workshop_load_for_card (store, card_id, &card, error);
  if (data == NULL)
    return FALSE;
  if (chosen)
    {
      if (!lds_workshop_check_choose (data, card, error))
        return FALSE;
    }
  else if (!_lds_workshop_check_vote_phase (data, card, LDS_WORKSHOP_OP_CHOOSE, error))
    return FALSE;
  if ((card->state == LDS_CARD_STATE_CHOSEN) == chosen)
    return TRUE;

  card->state = chosen ? LDS_CARD_STATE_CHOSEN : LDS_CARD_STATE_PROPOSED;
  if (!lds_store_begin (store, chosen ? _("Choose Proposal") : _("Put Back Proposal"), error))
    return FALSE;
  return _lds_store_finish (store, _lds_workshop_update_card (store, card, error), error);
}

static gboolean
check_confidence (LdsWorkshopData        *data,
                  const LdsWorkshopCard  *card,
                  GError                **error)
{
  if (!lds_workshop_check_op (data, LDS_WORKSHOP_OP_CONFIDENCE, error))
    return FALSE;
  if (card->kind != LDS_CARD_KIND_KEY_RESULT || card->state != LDS_CARD_STATE_CHOSEN)
    return _lds_workshop_refuse (error, _("The room votes its confidence on a chosen key result."));
  return TRUE;
}

/**
 * lds_store_add_confidence_vote:
 *
 * Records one person's confidence (0–10) in a chosen key result ("Vote
 * Confidence"). The votes stay hidden until lds_store_reveal_confidence()
 * shows them all together; once shown, no more are taken (clear them to
 * vote again).
 */
gboolean
lds_store_add_confidence_vote (LdsStore  *store,
                               LdsId      card_id,
                               int        confidence,
                               GError   **error)
{
  g_autoptr(LdsWorkshopData) data = NULL;
  g_autoptr(LdsWorkshopVote) vote = lds_workshop_vote_new ();
  LdsWorkshopCard *card = NULL;

  data = _lds_workshop_load_for_card (store, card_id, &card, error);
  if (data == NULL || !check_confidence (data, card, error))
    return FALSE;
  if (card->revealed)
    {
      g_set_error_literal (error, LDS_WORKSHOP_ERROR, LDS_WORKSHOP_ERROR_HIDDEN,
                           _("The votes on this key result are shown already. Clear them to "
                             "vote again."));
      return FALSE;
    }
  if (confidence < 0 || confidence > 10)
    return _lds_workshop_refuse (error, _("Confidence goes from 0 to 10."));

  vote->card_id = card_id;
  vote->kind = LDS_VOTE_KIND_CONFIDENCE;
  vote->value = confidence;
  if (!lds_store_begin (store, _("Vote Confidence"), error))
    return FALSE;
  return _lds_store_finish (store,
                            lds_store_insert (store, LDS_RECORD_WORKSHOP_VOTE, vote, error),
                            error);
}

gboolean
lds_store_reveal_confidence (LdsStore  *store,
                             LdsId      card_id,
                             GError   **error)
{
  g_autoptr(LdsWorkshopData) data = NULL;
  LdsConfidenceTally tally;
  LdsWorkshopCard *card = NULL;

  data = _lds_workshop_load_for_card (store, card_id, &card, error);
  if (data == NULL || !check_confidence (data, card, error))
    return FALSE;
  lds_workshop_data_confidence (data, card_id, &tally);
  if (tally.n_votes == 0)
    return _lds_workshop_refuse (error, _("Nobody has voted on this key result yet."));
  if (card->revealed)
    return TRUE;
  card->revealed = TRUE;
  if (!lds_store_begin (store, _("Reveal Confidence Votes"), error))
    return FALSE;
  return _lds_store_finish (store, _lds_workshop_update_card (store, card, error), error);
}

gboolean
lds_store_clear_confidence (LdsStore  *store,
                            LdsId      card_id,
                            GError   **error)
{
  g_autoptr(LdsWorkshopData) data = NULL;
  LdsWorkshopCard *card = NULL;
  gboolean ok = TRUE;

  data = _lds_workshop_load_for_card (store, card_id, &card, error);
  if (data == NULL || !check_confidence (data, card, error))
    return FALSE;
  if (!lds_store_begin (store, _("Clear Confidence Votes"), error))
    return FALSE;
  for (guint i = 0; ok && i < data->votes->len; i++)
    {
      LdsWorkshopVote *vote = data->votes->pdata[i];
      if (vote->card_id == card_id && vote->kind == LDS_VOTE_KIND_CONFIDENCE)
        ok = lds_store_delete (store, LDS_RECORD_WORKSHOP_VOTE, vote->id, error);
    }
  if (ok && card->revealed)
    {
      card->revealed = FALSE;
      ok = _lds_workshop_update_card (store, card, error);
    }
  return _lds_store_finish (store, ok, error);
}

/* Owners */

gboolean
lds_store_set_card_owner (LdsStore  *store,
                          LdsId      card_id,
                          LdsId      person_id,
                          GError   **error)
{
  g_autoptr(LdsWorkshopData) data = NULL;
  LdsWorkshopCard *card = NULL;

  data = _lds_workshop_load_for_card (store, card_id, &card, error);
  if (data == NULL || !lds_workshop_check_op (data, LDS_WORKSHOP_OP_OWNER, error))
    return FALSE;
  if (card->kind != LDS_CARD_KIND_KEY_RESULT || card->state != LDS_CARD_STATE_CHOSEN)
    return _lds_workshop_refuse (error, _("A chosen key result gets an owner."));
  if (card->owner_id == person_id)
    return TRUE;
  card->owner_id = person_id;
  if (!lds_store_begin (store, _("Choose Owner"), error))
    return FALSE;
  return _lds_store_finish (store, _lds_workshop_update_card (store, card, error), error);
}
