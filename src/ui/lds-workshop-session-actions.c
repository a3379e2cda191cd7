/* lds-workshop-session-actions.c: what every key of a workshop does
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One table lists the keys: the windows' shortcuts are made from it, the
 * help on the audience view shows it, and the shortcuts window lists the
 * same keys. A key whose step does not apply now (a digit while a proposal
 * is being typed, an arrow inside the words) passes on to the entry.
 */

#define G_LOG_DOMAIN "lds-workshop"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lds-workshop-session-private.h"

#define PHASE(p) (1u << LDS_WORKSHOP_PHASE_##p)
#define VOTES (PHASE (OBJECTIVE_VOTE) | PHASE (KEY_RESULT_VOTE))
#define OPEN (LDS_WORKSHOP_ALL_PHASES & ~PHASE (DONE))
#define ALIGNING (PHASE (ALIGN) | PHASE (CONFIRM))

static const LdsWorkshopKey keys[] = {
  { "add", "Return|KP_Enter", NULL, PHASE (OBJECTIVES) | PHASE (KEY_RESULTS),
    N_("Add the proposal typed") },
  { "next-phase", "Page_Down|<Alt>Right", NULL, OPEN, N_("Next phase") },
  { "previous-phase", "Page_Up|<Alt>Left", NULL, OPEN, N_("Previous phase") },
  { "left", "Left", "←", LDS_WORKSHOP_ALL_PHASES, NULL },
  { "right", "Right", "→", LDS_WORKSHOP_ALL_PHASES, NULL },
  { "up", "Up", "↑", LDS_WORKSHOP_ALL_PHASES, NULL },
  { "down", "Down", "↓", LDS_WORKSHOP_ALL_PHASES, N_("Move between the cards") },
  { "edit", "F2", NULL, OPEN, N_("Edit the card") },
  { "merge", "<Control>m", NULL, OPEN, N_("Merge: mark a card, then the card it goes into") },
  { "park", "<Control>p|Delete", NULL, OPEN, N_("Park the card, or bring it back") },
  { "parking", "<Control>l", NULL, OPEN, N_("Show the parking lot") },
  { "number", NULL, "0 … 9", VOTES, N_("Set the card’s dots") },
  { "dot-add", "plus|KP_Add|equal", NULL, VOTES, N_("One dot more") },
  { "dot-remove", "minus|KP_Subtract", NULL, VOTES, N_("One dot fewer") },
  { "choose", "space", NULL, VOTES, N_("Choose the card, or put it back") },
  { "confidence", "<Control>k", NULL, PHASE (KEY_RESULT_VOTE),
    N_("Take hidden confidence votes on the key result") },
  { "reveal", "<Control>r", NULL, PHASE (KEY_RESULT_VOTE), N_("Show the votes, all together") },
  { "clear-votes", "<Control><Shift>r", NULL, PHASE (KEY_RESULT_VOTE),
    N_("Clear the confidence votes") },
  { "align", NULL, "1 … 9", ALIGNING, N_("Align to the key result above with that number") },
  { "self-driven", NULL, "0", ALIGNING, N_("Mark the objective self-driven") },
  { "depends", NULL, "A … Z", ALIGNING, N_("Depend on the objective beside with that letter") },
  { "owner-next", "<Control>o", NULL, PHASE (KEY_RESULT_VOTE) | ALIGNING,
    N_("Next owner for the key result") },
  { "owner-previous", "<Control><Shift>o", NULL, PHASE (KEY_RESULT_VOTE) | ALIGNING,
    N_("Previous owner") },
  { "confirm", "<Control>Return|<Control>KP_Enter", NULL, PHASE (CONFIRM),
    N_("Confirm: make the draft OKRs") },
  { "note", "<Control>n", NULL, LDS_WORKSHOP_ALL_PHASES, N_("Write a note") },
  { "timer", "<Control>t", NULL, OPEN, N_("Start or pause the countdown") },
  { "timer-reset", "<Control><Shift>t", NULL, OPEN, N_("Reset the countdown") },
  { "timer-longer", "<Control>Up", NULL, OPEN, N_("One minute more on the countdown") },
  { "timer-shorter", "<Control>Down", NULL, OPEN, N_("One minute less on the countdown") },
  { "team-next", "F6", NULL, LDS_WORKSHOP_ALL_PHASES, N_("Next team") },
  { "team-previous", "<Shift>F6", NULL, LDS_WORKSHOP_ALL_PHASES, N_("Previous team") },
  { "undo", "<Control>z", NULL, LDS_WORKSHOP_ALL_PHASES, N_("Undo") },
  { "redo", "<Control><Shift>z|<Control>y", NULL, LDS_WORKSHOP_ALL_PHASES, N_("Redo") },
  { "export", "<Control>e", NULL, LDS_WORKSHOP_ALL_PHASES,
    N_("Save the summary (PDF and Markdown)") },
  { "controls", "F12", NULL, LDS_WORKSHOP_ALL_PHASES, N_("Show or hide the facilitator’s controls") },
  { "fullscreen", "F11", NULL, LDS_WORKSHOP_ALL_PHASES, N_("Full screen on or off") },
  { "help", "F1", NULL, LDS_WORKSHOP_ALL_PHASES, NULL },
  { "help-key", "question", NULL, LDS_WORKSHOP_ALL_PHASES, N_("Show or hide these keys") },
  { "escape", "Escape", NULL, LDS_WORKSHOP_ALL_PHASES, N_("Cancel: editing, merging, the help") },
  { "close", "<Control>w", NULL, LDS_WORKSHOP_ALL_PHASES, N_("Leave the workshop (it is saved)") },
};

/**
 * lds_workshop_session_get_keys:
 *
 * Returns: the table of the workshop's keys. Entries without a
 *   description share the help line of the entry after them.
 */
const LdsWorkshopKey *
lds_workshop_session_get_keys (guint *n_keys)
{
  *n_keys = G_N_ELEMENTS (keys);
  return keys;
}

/* A key as the help shows it: as GTK names it, but the arrows as arrows
 * in every language (as the moves between cards are written, "← → ↑ ↓"),
 * and minus as the minus sign the stage's hints use ("+ or −"). */
static char *
key_name (guint           keyval,
          GdkModifierType mods)
{
  static const struct { guint keyval; const char *glyph; } glyphs[] = {
    { GDK_KEY_Left, "←" }, { GDK_KEY_Right, "→" }, { GDK_KEY_Up, "↑" }, { GDK_KEY_Down, "↓" },
    { GDK_KEY_minus, "−" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (glyphs); i++)
    if (keyval == glyphs[i].keyval)
      {
        /* The modifiers' names, as GTK writes them before a key ("Alt+") */
        g_autofree char *with_a = gtk_accelerator_get_label (GDK_KEY_a, mods);

        with_a[strlen (with_a) - 1] = '\0';
        return g_strconcat (with_a, glyphs[i].glyph, NULL);
      }
  return gtk_accelerator_get_label (keyval, mods);
}

/* The keys of an entry as people read them ("Page Down / Alt+→"). */
char *
lds_workshop_key_label (const LdsWorkshopKey *key)
{
  g_auto(GStrv) triggers = NULL;
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);

  if (key->keys != NULL)
    return g_strdup (key->keys);
  triggers = g_strsplit (key->triggers, "|", -1);
  for (guint i = 0; triggers[i] != NULL; i++)
    {
      guint keyval = 0;
      GdkModifierType mods = 0;

      if (g_str_has_prefix (triggers[i], "KP_") || g_str_equal (triggers[i], "equal"))
        continue;
      if (gtk_accelerator_parse (triggers[i], &keyval, &mods))
        g_ptr_array_add (labels, key_name (keyval, mods));
    }
  g_ptr_array_add (labels, NULL);
  return g_strjoinv (" / ", (char **) labels->pdata);
}

/* Steps */

static LdsId
team_of_focus (LdsWorkshopSession *self)
{
  return lds_workshop_session_get_team (self);
}

static void
set_mode (LdsWorkshopSession *self,
          LdsWorkshopMode     mode)
{
  self->mode = mode;
  if (mode == LDS_WORKSHOP_MODE_NORMAL)
    self->merge_from = 0;
  _lds_workshop_session_changed (self);
}

static void
clear_draft (LdsWorkshopSession *self)
{
  gtk_entry_buffer_delete_text (self->draft, 0, -1);
}

static gboolean
change_phase (LdsWorkshopSession *self,
              int                 step)
{
  GError *error = NULL;
  int phase = (int) self->data->workshop->phase + step;

  if (phase < LDS_WORKSHOP_PHASE_OBJECTIVES || phase >= LDS_WORKSHOP_PHASE_DONE)
    return TRUE;
  self->show_parking = FALSE;
  if (self->mode != LDS_WORKSHOP_MODE_NORMAL)
    {
      clear_draft (self);
      set_mode (self, LDS_WORKSHOP_MODE_NORMAL);
    }
  /* A new phase starts clean: what was said about the last one goes. */
  _lds_workshop_session_say (self, NULL, FALSE);
  return _lds_workshop_session_check (self,
                                      lds_store_set_workshop_phase (self->store,
                                                                    self->workshop_id, phase,
                                                                    &error),
                                      error);
}

static gboolean
set_dots (LdsWorkshopSession *self,
          int                 value,
          int                 step)
{
  LdsWorkshopCard *card = _lds_workshop_session_selected_card (self);
  GError *error = NULL;
  int dots;

  if (card == NULL)
    return TRUE;
  dots = step != 0 ? lds_workshop_data_get_dots (self->data, card->id) + step : value;
  if (dots < 0)
    return TRUE;
  return _lds_workshop_session_check (self, lds_store_set_dots (self->store, card->id, dots,
                                                                &error),
                                      error);
}

static gboolean
choose (LdsWorkshopSession *self)
{
  LdsWorkshopCard *card = _lds_workshop_session_selected_card (self);
  GError *error = NULL;

  if (card == NULL)
    return TRUE;
  return _lds_workshop_session_check (self,
                                      lds_store_choose_card (self->store, card->id,
                                                             card->state != LDS_CARD_STATE_CHOSEN,
                                                             &error),
                                      error);
}

static gboolean
merge (LdsWorkshopSession *self)
{
  LdsWorkshopCard *card = _lds_workshop_session_selected_card (self);
  GError *error = NULL;
  LdsId from = self->merge_from;

  if (card == NULL)
    return TRUE;
  if (self->mode != LDS_WORKSHOP_MODE_MERGE)
    {
      clear_draft (self);
      self->merge_from = card->id;
      set_mode (self, LDS_WORKSHOP_MODE_MERGE);
      return TRUE;
    }
  if (card->id == from)
    {
      set_mode (self, LDS_WORKSHOP_MODE_NORMAL);
      return TRUE;
    }
  set_mode (self, LDS_WORKSHOP_MODE_NORMAL);
  self->selected = card->id;
  return _lds_workshop_session_check (self, lds_store_merge_cards (self->store, from, card->id,
                                                                   &error),
                                      error);
}

static gboolean
park (LdsWorkshopSession *self)
{
  LdsWorkshopCard *card = _lds_workshop_session_selected_card (self);
  GError *error = NULL;

  if (card == NULL)
    return TRUE;
  return _lds_workshop_session_check (self,
                                      lds_store_park_card (self->store, card->id,
                                                           card->state != LDS_CARD_STATE_PARKED,
                                                           &error),
                                      error);
}

static gboolean
begin_typing (LdsWorkshopSession *self,
              LdsWorkshopMode     mode)
{
  LdsWorkshopCard *card = _lds_workshop_session_selected_card (self);

  if (mode == LDS_WORKSHOP_MODE_EDIT && card == NULL)
    return TRUE;
  if (mode == LDS_WORKSHOP_MODE_CONFIDENCE)
    {
      GError *error = NULL;

      if (card == NULL || card->kind != LDS_CARD_KIND_KEY_RESULT ||
          card->state != LDS_CARD_STATE_CHOSEN)
        {
          g_set_error_literal (&error, LDS_WORKSHOP_ERROR, LDS_WORKSHOP_ERROR_INVALID,
                               _("The room votes its confidence on a chosen key result."));
          return _lds_workshop_session_check (self, FALSE, error);
        }
      if (card->revealed)
        {
          g_set_error_literal (&error, LDS_WORKSHOP_ERROR, LDS_WORKSHOP_ERROR_HIDDEN,
                               _("The votes on this key result are shown already. Clear them to "
                                 "vote again."));
          return _lds_workshop_session_check (self, FALSE, error);
        }
    }
  self->show_parking = FALSE;
  gtk_entry_buffer_set_text (self->draft, mode == LDS_WORKSHOP_MODE_EDIT ? card->title : "", -1);
  set_mode (self, mode);
  return TRUE;
}

static gboolean
confidence_step (LdsWorkshopSession *self,
                 const char         *action)
{
  LdsWorkshopCard *card = _lds_workshop_session_selected_card (self);
  GError *error = NULL;
  gboolean ok;

  if (card == NULL)
    return TRUE;
  if (self->mode == LDS_WORKSHOP_MODE_CONFIDENCE)
    {
      clear_draft (self);
      set_mode (self, LDS_WORKSHOP_MODE_NORMAL);
    }
  if (g_str_equal (action, "reveal"))
    ok = lds_store_reveal_confidence (self->store, card->id, &error);
  else
    ok = lds_store_clear_confidence (self->store, card->id, &error);
  return _lds_workshop_session_check (self, ok, error);
}

/* The team's people, in order, for choosing owners. */
static GPtrArray *
team_people (LdsWorkshopSession *self,
             LdsId               unit_id)
{
  g_autoptr(GPtrArray) people = lds_store_list_by (self->store, LDS_RECORD_PERSON, "unit_id",
                                                   unit_id, NULL);

  return people != NULL ? g_steal_pointer (&people) : g_ptr_array_new ();
}

static gboolean
next_owner (LdsWorkshopSession *self,
            int                 step)
{
  LdsWorkshopCard *card = _lds_workshop_session_selected_card (self);
  g_autoptr(GPtrArray) people = NULL;
  GError *error = NULL;
  int at = -1, n;
  LdsId owner;

  if (card == NULL || card->kind != LDS_CARD_KIND_KEY_RESULT)
    {
      g_set_error_literal (&error, LDS_WORKSHOP_ERROR, LDS_WORKSHOP_ERROR_INVALID,
                           _("A chosen key result gets an owner."));
      return _lds_workshop_session_check (self, FALSE, error);
    }
  people = team_people (self, card->unit_id);
  n = people->len;
  for (int i = 0; i < n; i++)
    if (((LdsPerson *) people->pdata[i])->id == card->owner_id)
      at = i;
  /* The people in turn, then nobody: positions 0 (nobody) to n. */
  at = ((at + 1 + step) % (n + 1) + (n + 1)) % (n + 1) - 1;
  owner = at >= 0 ? ((LdsPerson *) people->pdata[at])->id : 0;
  return _lds_workshop_session_check (self, lds_store_set_card_owner (self->store, card->id,
                                                                      owner, &error),
                                      error);
}

static gboolean
decide (LdsWorkshopSession *self,
        LdsDecisionKind     kind,
        const char         *label)
{
  LdsWorkshopCard *card = _lds_workshop_session_selected_card (self);
  GError *error = NULL;

  if (card == NULL)
    return TRUE;
  /* A key result in focus stands for its objective. */
  if (card->kind == LDS_CARD_KIND_KEY_RESULT)
    card = lds_workshop_data_get_card (self->data, card->parent_id);
  if (card == NULL)
    return TRUE;
  if (kind == LDS_DECISION_KIND_SELF_DRIVEN)
    return _lds_workshop_session_check (self,
                                        lds_store_toggle_decision (self->store, card->id, kind, 0,
                                                                   0, &error),
                                        error);
  for (guint i = 0; i < self->targets->len; i++)
    {
      LdsAlignTargetRef *target = &g_array_index (self->targets, LdsAlignTargetRef, i);

      if (g_ascii_strcasecmp (target->label, label) != 0)
        continue;
      if ((kind == LDS_DECISION_KIND_ALIGNS) != (target->type == LDS_RECORD_KEY_RESULT))
        break;
      return _lds_workshop_session_check (self,
                                          lds_store_toggle_decision (self->store, card->id, kind,
                                                                     target->type, target->id,
                                                                     &error),
                                          error);
    }
  g_set_error (&error, LDS_WORKSHOP_ERROR, LDS_WORKSHOP_ERROR_INVALID,
               /* Translators: %s is a number or letter shown beside an objective or key result */
               _("Nothing on the screen is marked “%s”."), label);
  return _lds_workshop_session_check (self, FALSE, error);
}

static gboolean
timer_step (LdsWorkshopSession *self,
            const char         *action)
{
  LdsWorkshop *w = self->data->workshop;
  GError *error = NULL;
  LdsTimerOp op;
  int seconds = 0;

  if (g_str_equal (action, "timer"))
    {
      if (w->timer_seconds == 0)
        {
          /* A first press starts five minutes, what a round of proposals takes. */
          if (!_lds_workshop_session_check (self, lds_store_set_workshop_timer (
                                              self->store, self->workshop_id, LDS_TIMER_SET, 300,
                                              &error),
                                            error))
            return TRUE;
          /* The change reloaded the workshop: the old record is gone. */
          w = self->data->workshop;
        }
      op = w->timer_ends_at != 0 ? LDS_TIMER_PAUSE : LDS_TIMER_START;
    }
  else if (g_str_equal (action, "timer-reset"))
    op = LDS_TIMER_RESET;
  else
    {
      int step = g_str_equal (action, "timer-longer") ? 60 : -60;

      op = LDS_TIMER_SET;
      seconds = CLAMP ((w->timer_seconds / 60) * 60 + step, 0, 120 * 60);
    }
  return _lds_workshop_session_check (self, lds_store_set_workshop_timer (self->store,
                                                                          self->workshop_id, op,
                                                                          seconds, &error),
                                      error);
}

static gboolean
history_step (LdsWorkshopSession *self,
              gboolean            undo)
{
  GError *error = NULL;

  if (undo ? !lds_store_can_undo (self->store) : !lds_store_can_redo (self->store))
    return TRUE;
  return _lds_workshop_session_check (self,
                                      undo ? lds_store_undo (self->store, &error)
                                           : lds_store_redo (self->store, &error),
                                      error);
}

static gboolean
escape (LdsWorkshopSession *self)
{
  if (self->mode != LDS_WORKSHOP_MODE_NORMAL)
    {
      clear_draft (self);
      set_mode (self, LDS_WORKSHOP_MODE_NORMAL);
      return TRUE;
    }
  if (self->show_help || self->show_parking)
    {
      self->show_help = FALSE;
      self->show_parking = FALSE;
      _lds_workshop_session_changed (self);
      return TRUE;
    }
  if (self->message != NULL)
    {
      _lds_workshop_session_say (self, NULL, FALSE);
      return TRUE;
    }
  return FALSE;
}

static gboolean
toggle_fullscreen (LdsWorkshopSession *self)
{
  if (self->audience == NULL)
    return TRUE;
  if (gtk_window_is_fullscreen (self->audience))
    gtk_window_unfullscreen (self->audience);
  else
    gtk_window_fullscreen (self->audience);
  return TRUE;
}

/**
 * lds_workshop_session_activate:
 * @parameter: (nullable): a digit (int32) for "number", a letter (string)
 *   for "depends"
 *
 * Runs a step of the workshop, as its key does.
 *
 * Returns: whether the step applied now; a key whose step did not apply
 *   goes on to the entry
 */
gboolean
lds_workshop_session_activate (LdsWorkshopSession *self,
                               const char         *action,
                               GVariant           *parameter)
{
  LdsWorkshopPhase phase = self->data->workshop->phase;
  gboolean typing = lds_workshop_session_wants_typing (self);
  gboolean has_draft = gtk_entry_buffer_get_length (self->draft) > 0;
  gboolean normal = self->mode == LDS_WORKSHOP_MODE_NORMAL ||
                    self->mode == LDS_WORKSHOP_MODE_MERGE;
  gboolean voting = normal && !self->show_parking &&
                    (phase == LDS_WORKSHOP_PHASE_OBJECTIVE_VOTE ||
                     phase == LDS_WORKSHOP_PHASE_KEY_RESULT_VOTE);
  gboolean aligning = normal && !self->show_parking &&
                      (phase == LDS_WORKSHOP_PHASE_ALIGN || phase == LDS_WORKSHOP_PHASE_CONFIRM);

  g_return_val_if_fail (LDS_IS_WORKSHOP_SESSION (self), FALSE);

  /* While an input method composes a word (pinyin, say), every key is its. */
  if (self->composing)
    return FALSE;

#define IS(name) g_str_equal (action, name)
  if (IS ("add"))
    return lds_workshop_session_submit (self);
  if (IS ("left") || IS ("right"))
    {
      if (typing && has_draft)
        return FALSE;
      _lds_workshop_session_move (self, IS ("left") ? -1 : 1, 0);
      return TRUE;
    }
  if (IS ("up") || IS ("down"))
    {
      _lds_workshop_session_move (self, 0, IS ("up") ? -1 : 1);
      return TRUE;
    }
  if (IS ("number"))
    {
      int digit = parameter != NULL ? g_variant_get_int32 (parameter) : 0;
      char label[4];

      if (voting)
        return set_dots (self, digit, 0);
      if (!aligning)
        return FALSE;
      if (digit == 0)
        return decide (self, LDS_DECISION_KIND_SELF_DRIVEN, NULL);
      g_snprintf (label, sizeof label, "%d", digit);
      return decide (self, LDS_DECISION_KIND_ALIGNS, label);
    }
  if (IS ("depends"))
    return aligning ? decide (self, LDS_DECISION_KIND_DEPENDS,
                              parameter != NULL ? g_variant_get_string (parameter, NULL) : "")
                    : FALSE;
  if (IS ("dot-add") || IS ("dot-remove"))
    return voting ? set_dots (self, 0, IS ("dot-add") ? 1 : -1) : FALSE;
  if (IS ("choose"))
    return voting ? choose (self) : FALSE;
  if (IS ("park"))
    {
      /* Delete deletes letters while words are typed. */
      if (typing && has_draft)
        return FALSE;
      return park (self);
    }
  if (IS ("help-key"))
    {
      if (typing)
        return FALSE;
      action = "help";
    }
  if (IS ("escape"))
    return escape (self);

  if (IS ("next-phase") || IS ("previous-phase"))
    return change_phase (self, IS ("next-phase") ? 1 : -1);
  if (IS ("edit"))
    return begin_typing (self, LDS_WORKSHOP_MODE_EDIT);
  if (IS ("note"))
    return begin_typing (self, LDS_WORKSHOP_MODE_NOTE);
  if (IS ("confidence"))
    return begin_typing (self, LDS_WORKSHOP_MODE_CONFIDENCE);
  if (IS ("reveal") || IS ("clear-votes"))
    return confidence_step (self, action);
  if (IS ("merge"))
    return merge (self);
  if (IS ("parking"))
    {
      self->show_parking = !self->show_parking;
      if (self->mode != LDS_WORKSHOP_MODE_NORMAL)
        set_mode (self, LDS_WORKSHOP_MODE_NORMAL);
      _lds_workshop_session_move (self, 0, 0);
      return TRUE;
    }
  if (IS ("owner-next") || IS ("owner-previous"))
    return next_owner (self, IS ("owner-next") ? 1 : -1);
  if (IS ("confirm"))
    {
      GError *error = NULL;

      if (_lds_workshop_session_check (self, lds_store_confirm_workshop (self->store,
                                                                         self->workshop_id,
                                                                         &error),
                                       error))
        _lds_workshop_session_say (self, _("Confirmed: the chosen cards are draft OKRs now."),
                                   FALSE);
      return TRUE;
    }
  if (g_str_has_prefix (action, "timer"))
    return timer_step (self, action);
  if (IS ("team-next") || IS ("team-previous"))
    {
      _lds_workshop_session_switch_team (self, IS ("team-next") ? 1 : -1);
      return TRUE;
    }
  if (IS ("undo") || IS ("redo"))
    {
      /* Words half typed are undone in the entry first. */
      if (typing && has_draft)
        return FALSE;
      return history_step (self, IS ("undo"));
    }
  if (IS ("export"))
    {
      _lds_workshop_session_export (self);
      return TRUE;
    }
  if (IS ("help"))
    {
      self->show_help = !self->show_help;
      _lds_workshop_session_changed (self);
      return TRUE;
    }
  if (IS ("controls"))
    {
      _lds_workshop_session_toggle_controls (self);
      return TRUE;
    }
  if (IS ("fullscreen"))
    return toggle_fullscreen (self);
  if (IS ("close"))
    {
      lds_workshop_session_close (self);
      return TRUE;
    }
#undef IS
  g_warning ("Unknown workshop action %s", action);
  return FALSE;
}

/**
 * lds_workshop_session_submit:
 *
 * What Enter does with the words typed: a new card (an objective, or a key
 * result under the objective in focus), the card's new words, a note, or
 * one hidden confidence vote.
 *
 * Returns: whether the words were taken
 */
gboolean
lds_workshop_session_submit (LdsWorkshopSession *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_entry_buffer_get_text (self->draft)));
  LdsWorkshopCard *card = _lds_workshop_session_selected_card (self);
  LdsWorkshopPhase phase = self->data->workshop->phase;
  GError *error = NULL;
  gboolean ok = TRUE;

  if (text[0] == '\0')
    {
      if (self->mode == LDS_WORKSHOP_MODE_EDIT || self->mode == LDS_WORKSHOP_MODE_NOTE)
        set_mode (self, LDS_WORKSHOP_MODE_NORMAL);
      return FALSE;
    }

  switch (self->mode)
    {
    case LDS_WORKSHOP_MODE_EDIT:
      ok = card != NULL && lds_store_edit_card (self->store, card->id, text, &error);
      if (ok)
        set_mode (self, LDS_WORKSHOP_MODE_NORMAL);
      break;
    case LDS_WORKSHOP_MODE_NOTE:
      ok = lds_store_add_workshop_note (self->store, self->workshop_id,
                                        card != NULL ? card->id : 0, text, &error);
      if (ok)
        {
          set_mode (self, LDS_WORKSHOP_MODE_NORMAL);
          _lds_workshop_session_say (self, _("The note is kept for the summary."), FALSE);
        }
      break;
    case LDS_WORKSHOP_MODE_CONFIDENCE:
      {
        char *end = NULL;
        gint64 value = g_ascii_strtoll (text, &end, 10);

        if (end == text || *end != '\0' || value < 0 || value > 10)
          {
            g_set_error_literal (&error, LDS_WORKSHOP_ERROR, LDS_WORKSHOP_ERROR_INVALID,
                                 _("Confidence goes from 0 to 10."));
            ok = FALSE;
          }
        else
          ok = card != NULL && lds_store_add_confidence_vote (self->store, card->id, value, &error);
      }
      break;
    case LDS_WORKSHOP_MODE_MERGE:
    case LDS_WORKSHOP_MODE_NORMAL:
    default:
      if (!lds_workshop_session_wants_typing (self))
        return FALSE;
      {
        LdsWorkshopCard *header = phase == LDS_WORKSHOP_PHASE_KEY_RESULTS
                                    ? _lds_workshop_session_column_header (self) : NULL;
        LdsId added = 0;

        if (phase == LDS_WORKSHOP_PHASE_KEY_RESULTS && header == NULL)
          {
            g_set_error_literal (&error, LDS_WORKSHOP_ERROR, LDS_WORKSHOP_ERROR_INVALID,
                                 _("Key results are proposed for a chosen objective."));
            ok = FALSE;
            break;
          }
        ok = lds_store_add_card (self->store, self->workshop_id, team_of_focus (self),
                                 header != NULL ? header->id : 0, text, &added, &error);
        if (ok)
          {
            self->selected = added;
            _lds_workshop_session_changed (self);
          }
      }
      break;
    }
  /* A hidden vote never stays in the entry for the next person to see. */
  if (ok || self->mode == LDS_WORKSHOP_MODE_CONFIDENCE)
    clear_draft (self);
  return _lds_workshop_session_check (self, ok, error) || TRUE;
}

/* Actions and shortcuts */

static void
preedit_changed_cb (LdsWorkshopSession *self,
                    const char         *preedit)
{
  self->composing = preedit != NULL && preedit[0] != '\0';
}

/**
 * lds_workshop_session_watch_entry:
 *
 * Follows an entry where the draft is typed, so that the workshop's keys
 * leave an input method alone while it composes a word.
 */
void
lds_workshop_session_watch_entry (LdsWorkshopSession *self,
                                  GtkWidget          *entry)
{
  GtkEditable *text = gtk_editable_get_delegate (GTK_EDITABLE (entry));

  g_signal_connect_object (text != NULL ? G_OBJECT (text) : G_OBJECT (entry), "preedit-changed",
                           G_CALLBACK (preedit_changed_cb), self, G_CONNECT_SWAPPED);
}

static void
action_activated_cb (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  lds_workshop_session_activate (user_data, g_action_get_name (G_ACTION (action)), parameter);
}

void
_lds_workshop_session_init_actions (LdsWorkshopSession *self)
{
  self->actions = g_simple_action_group_new ();
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      const GVariantType *type = g_str_equal (keys[i].action, "number") ? G_VARIANT_TYPE_INT32
                                 : g_str_equal (keys[i].action, "depends") ? G_VARIANT_TYPE_STRING
                                 : NULL;
      g_autoptr(GSimpleAction) action = g_simple_action_new (keys[i].action, type);

      g_signal_connect_object (action, "activate", G_CALLBACK (action_activated_cb), self, 0);
      g_action_map_add_action (G_ACTION_MAP (self->actions), G_ACTION (action));
    }
  _lds_workshop_session_update_actions (self);
}

/* Buttons show what applies in the phase. */
void
_lds_workshop_session_update_actions (LdsWorkshopSession *self)
{
  LdsWorkshopPhase phase = self->data->workshop->phase;

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self->actions), keys[i].action);
      gboolean enabled = (keys[i].phases & (1u << phase)) != 0;

      if (g_str_has_prefix (keys[i].action, "team-"))
        enabled = self->data->teams->len > 1;
      else if (g_str_equal (keys[i].action, "undo"))
        enabled = lds_store_can_undo (self->store);
      else if (g_str_equal (keys[i].action, "redo"))
        enabled = lds_store_can_redo (self->store);
      g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
    }
}

typedef struct
{
  LdsWorkshopSession *session;
  char               *action;
  GVariant           *parameter;
} KeyClosure;

static void
key_closure_free (gpointer data)
{
  KeyClosure *closure = data;

  g_free (closure->action);
  g_clear_pointer (&closure->parameter, g_variant_unref);
  g_free (closure);
}

static gboolean
key_cb (GtkWidget *widget,
        GVariant  *args,
        gpointer   user_data)
{
  KeyClosure *closure = user_data;

  return lds_workshop_session_activate (closure->session, closure->action, closure->parameter);
}

static void
add_key (GtkShortcutController *controller,
         LdsWorkshopSession    *self,
         const char            *trigger,
         const char            *action,
         GVariant              *parameter)
{
  KeyClosure *closure = g_new0 (KeyClosure, 1);

  closure->session = self;
  closure->action = g_strdup (action);
  closure->parameter = parameter != NULL ? g_variant_ref_sink (parameter) : NULL;
  gtk_shortcut_controller_add_shortcut (controller,
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string (trigger),
                                                          gtk_callback_action_new (key_cb, closure,
                                                                                   key_closure_free)));
}

/**
 * lds_workshop_session_add_shortcuts:
 *
 * Gives @widget (a window of the session) the workshop's keys. They are
 * looked at before the entry sees a key, and pass it on when their step
 * does not apply.
 */
void
lds_workshop_session_add_shortcuts (LdsWorkshopSession *self,
                                    GtkWidget          *widget)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  GtkShortcutController *shortcuts = GTK_SHORTCUT_CONTROLLER (controller);

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_set_scope (shortcuts, GTK_SHORTCUT_SCOPE_LOCAL);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      g_auto(GStrv) triggers = NULL;

      if (keys[i].triggers == NULL)
        continue;
      triggers = g_strsplit (keys[i].triggers, "|", -1);
      for (guint t = 0; triggers[t] != NULL; t++)
        add_key (shortcuts, self, triggers[t], keys[i].action, NULL);
    }
  for (int digit = 0; digit <= 9; digit++)
    {
      char trigger[8], keypad[8];

      g_snprintf (trigger, sizeof trigger, "%d", digit);
      g_snprintf (keypad, sizeof keypad, "KP_%d", digit);
      add_key (shortcuts, self, trigger, "number", g_variant_new_int32 (digit));
      add_key (shortcuts, self, keypad, "number", g_variant_new_int32 (digit));
    }
  for (char letter = 'a'; letter <= 'z'; letter++)
    {
      char trigger[2] = { letter, '\0' };
      char upper[2] = { g_ascii_toupper (letter), '\0' };

      add_key (shortcuts, self, trigger, "depends", g_variant_new_string (upper));
    }
  gtk_widget_insert_action_group (widget, "ws", G_ACTION_GROUP (self->actions));
  gtk_widget_add_controller (widget, controller);
}
