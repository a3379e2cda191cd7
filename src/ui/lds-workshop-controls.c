/* lds-workshop-controls.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Built in code: a picture of the stage with the entry and the phase below
 * it, and beside them the countdown, the card in focus and its steps, the
 * coach. The buttons name actions of the session's group "ws", which are
 * enabled in the phases where they apply.
 */

#define G_LOG_DOMAIN "lds-workshop"

#include "config.h"

#include <glib/gi18n.h>

#include "lds-date.h"
#include "lds-widgets.h"
#include "lds-workshop-controls.h"
#include "lds-workshop-stage.h"

struct _LdsWorkshopControls
{
  GtkWindow            parent_instance;

  LdsWorkshopSession  *session;
  GtkWidget           *entry;
  GtkWidget           *phase_label;
  GtkWidget           *instruction_label;
  GtkWidget           *timer_label;
  GtkWidget           *card_label;
  GtkWidget           *card_state_label;
  GtkWidget           *hint_label;
  GtkWidget           *message_label;
};

G_DEFINE_FINAL_TYPE (LdsWorkshopControls, lds_workshop_controls, GTK_TYPE_WINDOW)

static GtkWidget *
action_button (const char *label,
               const char *action,
               GVariant   *target)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  if (target != NULL)
    gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), target);
  return button;
}

static GtkWidget *
heading (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_set_margin_top (label, 12);
  return label;
}

static GtkWidget *
wrapping_label (void)
{
  GtkWidget *label = lds_wrapped_label_new (NULL, NULL);

  gtk_label_set_max_width_chars (GTK_LABEL (label), 36);
  return label;
}

static GtkWidget *
button_row (GtkWidget *first,
            ...)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  va_list args;

  gtk_box_set_homogeneous (GTK_BOX (box), TRUE);
  va_start (args, first);
  for (GtkWidget *w = first; w != NULL; w = va_arg (args, GtkWidget *))
    gtk_box_append (GTK_BOX (box), w);
  va_end (args);
  return box;
}

static void
update_timer (LdsWorkshopControls *self)
{
  const LdsWorkshop *w = lds_workshop_session_get_data (self->session)->workshop;
  gboolean running;
  int left = lds_workshop_timer_left (w, lds_now (), &running);
  g_autofree char *text = NULL;

  if (w->timer_seconds == 0 || w->phase == LDS_WORKSHOP_PHASE_DONE)
    text = g_strdup (_("No countdown"));
  else if (running)
    /* Translators: a countdown running, as "4:59" */
    text = g_strdup_printf (_("%d:%02d left"), left / 60, left % 60);
  else
    /* Translators: a countdown paused, %d:%02d is the time left of %d minutes */
    text = g_strdup_printf (_("%d:%02d, paused (%d min)"), left / 60, left % 60,
                            w->timer_seconds / 60);
  gtk_label_set_label (GTK_LABEL (self->timer_label), text);
}

static void
session_changed_cb (LdsWorkshopControls *self)
{
  const LdsWorkshopData *data = lds_workshop_session_get_data (self->session);
  LdsWorkshopCard *card = lds_workshop_data_get_card (data,
                                                      lds_workshop_session_get_selected (self->session));
  const LdsWorkshopHint *hint = card != NULL ? lds_workshop_session_hint_for (self->session, card->id)
                                             : NULL;
  g_autofree char *instruction = lds_workshop_session_get_instruction (self->session);
  g_autofree char *placeholder = lds_workshop_session_get_placeholder (self->session);
  g_autofree char *phase = NULL;
  g_autofree char *state = NULL;
  gboolean is_error = FALSE;
  const char *message = lds_workshop_session_get_message (self->session, &is_error);

  if (hint == NULL)
    hint = lds_workshop_session_hint_for (self->session, 0);
  if (data->workshop->phase == LDS_WORKSHOP_PHASE_DONE)
    phase = g_strdup (lds_enum_label (LDS_TYPE_WORKSHOP_PHASE, data->workshop->phase));
  else
    /* Translators: the phase, as "2 / 6 · Choose objectives" */
    phase = g_strdup_printf (_("%1$d / %2$d · %3$s"), (int) data->workshop->phase + 1,
                             (int) LDS_WORKSHOP_PHASE_DONE,
                             lds_enum_label (LDS_TYPE_WORKSHOP_PHASE, data->workshop->phase));
  gtk_label_set_label (GTK_LABEL (self->phase_label), phase);
  gtk_label_set_label (GTK_LABEL (self->instruction_label), instruction);
  gtk_entry_set_placeholder_text (GTK_ENTRY (self->entry), placeholder);
  gtk_entry_set_visibility (GTK_ENTRY (self->entry),
                            lds_workshop_session_get_mode (self->session) !=
                            LDS_WORKSHOP_MODE_CONFIDENCE);
  gtk_widget_set_sensitive (self->entry, lds_workshop_session_wants_typing (self->session));
  /* Once the OKRs are made, nothing more is proposed: no empty "An
   * objective" left under the picture, as the projector shows none. */
  gtk_widget_set_visible (self->entry, data->workshop->phase != LDS_WORKSHOP_PHASE_DONE);
  gtk_label_set_label (GTK_LABEL (self->card_label), card != NULL ? card->title : _("No card in focus"));
  if (card != NULL)
    {
      LdsConfidenceTally tally;
      int dots = lds_workshop_data_get_dots (data, card->id);

      lds_workshop_data_confidence (data, card->id, &tally);
      /* Translators: %1$s is a card's state ("Chosen"), %2$d its dots, %3$u its
       * confidence votes */
      state = g_strdup_printf (_("%1$s · dots: %2$d · confidence votes: %3$u"),
                               lds_enum_label (LDS_TYPE_CARD_STATE, card->state), dots,
                               tally.n_votes);
    }
  gtk_label_set_label (GTK_LABEL (self->card_state_label), state != NULL ? state : "");
  gtk_label_set_label (GTK_LABEL (self->hint_label), hint != NULL ? hint->message
                                                                  : _("Nothing to remark."));
  gtk_label_set_label (GTK_LABEL (self->message_label), message != NULL ? message : "");
  gtk_widget_set_visible (self->message_label, message != NULL);
  if (is_error)
    gtk_widget_add_css_class (self->message_label, "error");
  else
    gtk_widget_remove_css_class (self->message_label, "error");
  update_timer (self);
  if (lds_workshop_session_wants_typing (self->session) &&
      gtk_widget_get_visible (GTK_WIDGET (self)) && gtk_window_is_active (GTK_WINDOW (self)))
    gtk_widget_grab_focus (self->entry);
}

static void
entry_activate_cb (LdsWorkshopControls *self)
{
  lds_workshop_session_submit (self->session);
}

static void
lds_workshop_controls_dispose (GObject *object)
{
  LdsWorkshopControls *self = LDS_WORKSHOP_CONTROLS (object);

  g_clear_object (&self->session);

  G_OBJECT_CLASS (lds_workshop_controls_parent_class)->dispose (object);
}

static void
lds_workshop_controls_class_init (LdsWorkshopControlsClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = lds_workshop_controls_dispose;
}

static void
lds_workshop_controls_init (LdsWorkshopControls *self)
{
  gtk_widget_add_css_class (GTK_WIDGET (self), "lds-workshop-controls");
}

static GtkWidget *
make_header (LdsWorkshopControls *self)
{
  GtkWidget *header = gtk_header_bar_new ();
  GtkWidget *undo = gtk_button_new_from_icon_name ("edit-undo-symbolic");
  GtkWidget *redo = gtk_button_new_from_icon_name ("edit-redo-symbolic");
  GtkWidget *keys = gtk_button_new_with_mnemonic (_("_Keys"));
  GtkWidget *full = gtk_button_new_from_icon_name ("view-fullscreen-symbolic");

  gtk_actionable_set_action_name (GTK_ACTIONABLE (undo), "ws.undo");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (redo), "ws.redo");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (keys), "ws.help");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (full), "ws.fullscreen");
  gtk_widget_set_tooltip_text (undo, _("Undo"));
  gtk_widget_set_tooltip_text (redo, _("Redo"));
  gtk_widget_set_tooltip_text (keys, _("Show the keys on the projector"));
  gtk_widget_set_tooltip_text (full, _("Audience view full screen on or off"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (undo), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Undo"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (redo), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Redo"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (full), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Audience view full screen on or off"), -1);
  gtk_header_bar_pack_start (GTK_HEADER_BAR (header), undo);
  gtk_header_bar_pack_start (GTK_HEADER_BAR (header), redo);
  gtk_header_bar_pack_end (GTK_HEADER_BAR (header), keys);
  gtk_header_bar_pack_end (GTK_HEADER_BAR (header), full);
  return header;
}

static GtkWidget *
make_main (LdsWorkshopControls *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *frame = gtk_aspect_frame_new (0.5, 0.5, 16.0 / 9.0, FALSE);
  GtkWidget *phases = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

  gtk_widget_set_hexpand (box, TRUE);
  gtk_aspect_frame_set_child (GTK_ASPECT_FRAME (frame),
                              lds_workshop_stage_new (self->session, FALSE));
  gtk_widget_set_vexpand (frame, TRUE);
  gtk_box_append (GTK_BOX (box), frame);

  self->message_label = wrapping_label ();
  gtk_label_set_max_width_chars (GTK_LABEL (self->message_label), 80);
  gtk_box_append (GTK_BOX (box), self->message_label);

  self->entry = gtk_entry_new_with_buffer (lds_workshop_session_get_draft (self->session));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Proposal"), -1);
  gtk_widget_add_css_class (self->entry, "lds-workshop-controls-entry");
  g_signal_connect_object (self->entry, "activate", G_CALLBACK (entry_activate_cb), self,
                           G_CONNECT_SWAPPED);
  lds_workshop_session_watch_entry (self->session, self->entry);
  gtk_box_append (GTK_BOX (box), self->entry);

  self->phase_label = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->phase_label, "title-3");
  gtk_widget_set_hexpand (self->phase_label, TRUE);
  gtk_box_append (GTK_BOX (phases), action_button (_("_Previous Phase"), "ws.previous-phase", NULL));
  gtk_box_append (GTK_BOX (phases), self->phase_label);
  gtk_box_append (GTK_BOX (phases), action_button (_("_Next Phase"), "ws.next-phase", NULL));
  gtk_box_append (GTK_BOX (box), phases);

  self->instruction_label = wrapping_label ();
  gtk_label_set_max_width_chars (GTK_LABEL (self->instruction_label), 80);
  gtk_widget_add_css_class (self->instruction_label, "dim-label");
  gtk_box_append (GTK_BOX (box), self->instruction_label);
  return box;
}

static GtkWidget *
make_side (LdsWorkshopControls *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *confirm = action_button (_("_Confirm: Make the Draft OKRs"), "ws.confirm", NULL);

  gtk_widget_set_size_request (scrolled, 340, -1);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);

  gtk_box_append (GTK_BOX (box), heading (_("Countdown")));
  self->timer_label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->timer_label), 0);
  gtk_widget_add_css_class (self->timer_label, "title-2");
  gtk_box_append (GTK_BOX (box), self->timer_label);
  gtk_box_append (GTK_BOX (box),
                  button_row (action_button (_("_Start or Pause"), "ws.timer", NULL),
                              action_button (_("_Reset"), "ws.timer-reset", NULL), NULL));
  gtk_box_append (GTK_BOX (box),
                  button_row (action_button (_("− 1 min"), "ws.timer-shorter", NULL),
                              action_button (_("+ 1 min"), "ws.timer-longer", NULL), NULL));

  gtk_box_append (GTK_BOX (box), heading (_("Card in Focus")));
  self->card_label = wrapping_label ();
  gtk_widget_add_css_class (self->card_label, "title-4");
  gtk_box_append (GTK_BOX (box), self->card_label);
  self->card_state_label = wrapping_label ();
  gtk_widget_add_css_class (self->card_state_label, "dim-label");
  gtk_box_append (GTK_BOX (box), self->card_state_label);
  gtk_box_append (GTK_BOX (box),
                  button_row (action_button (_("_Edit"), "ws.edit", NULL),
                              action_button (_("_Merge"), "ws.merge", NULL),
                              action_button (_("P_ark"), "ws.park", NULL), NULL));
  gtk_box_append (GTK_BOX (box),
                  button_row (action_button (_("Dot −"), "ws.dot-remove", NULL),
                              action_button (_("Dot +"), "ws.dot-add", NULL),
                              action_button (_("C_hoose"), "ws.choose", NULL), NULL));
  gtk_box_append (GTK_BOX (box),
                  button_row (action_button (_("Confidence _Vote"), "ws.confidence", NULL),
                              action_button (_("Revea_l"), "ws.reveal", NULL), NULL));
  gtk_box_append (GTK_BOX (box),
                  button_row (action_button (_("_Owner"), "ws.owner-next", NULL),
                              action_button (_("Self-_driven"), "ws.number",
                                             g_variant_new_int32 (0)),
                              action_button (_("No_te"), "ws.note", NULL), NULL));
  gtk_box_append (GTK_BOX (box),
                  button_row (action_button (_("Parkin_g Lot"), "ws.parking", NULL),
                              action_button (_("Ne_xt Team"), "ws.team-next", NULL), NULL));

  gtk_box_append (GTK_BOX (box), heading (_("Coach")));
  self->hint_label = wrapping_label ();
  gtk_box_append (GTK_BOX (box), self->hint_label);

  gtk_widget_set_margin_top (confirm, 18);
  gtk_widget_add_css_class (confirm, "suggested-action");
  gtk_box_append (GTK_BOX (box), confirm);
  gtk_box_append (GTK_BOX (box), action_button (_("Save S_ummary…"), "ws.export", NULL));
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), box);
  return scrolled;
}

GtkWindow *
lds_workshop_controls_new (LdsWorkshopSession *session)
{
  LdsWorkshopControls *self = g_object_new (LDS_TYPE_WORKSHOP_CONTROLS, NULL);
  GtkWidget *body = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 18);
  g_autofree char *title = NULL;

  self->session = g_object_ref (session);
  gtk_window_set_titlebar (GTK_WINDOW (self), make_header (self));
  gtk_widget_set_margin_start (body, 18);
  gtk_widget_set_margin_end (body, 18);
  gtk_widget_set_margin_top (body, 12);
  gtk_widget_set_margin_bottom (body, 12);
  gtk_box_append (GTK_BOX (body), make_main (self));
  gtk_box_append (GTK_BOX (body), make_side (self));
  gtk_window_set_child (GTK_WINDOW (self), body);
  gtk_window_set_default_size (GTK_WINDOW (self), 1200, 760);
  /* Translators: the title of the facilitator's window; %s is a cycle */
  title = g_strdup_printf (_("Workshop Controls, %s"), lds_workshop_session_get_cycle_name (session));
  gtk_window_set_title (GTK_WINDOW (self), title);

  lds_workshop_session_add_shortcuts (session, GTK_WIDGET (self));
  g_signal_connect_object (session, "changed", G_CALLBACK (session_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (session, "tick", G_CALLBACK (update_timer), self, G_CONNECT_SWAPPED);
  session_changed_cb (self);
  return GTK_WINDOW (self);
}

GtkWidget *
lds_workshop_controls_get_entry (LdsWorkshopControls *self)
{
  return self->entry;
}
