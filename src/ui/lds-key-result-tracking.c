/* lds-key-result-tracking.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lds-key-result-tracking"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "lds-checkin-dialog.h"
#include "lds-date.h"
#include "lds-dialogs.h"
#include "lds-format.h"
#include "lds-history-chart.h"
#include "lds-key-result-tracking.h"
#include "lds-revision-dialog.h"
#include "lds-store-checkin.h"
#include "lds-store-okr.h"
#include "lds-store-revision.h"

/* The latest check-ins listed; the chart shows them all. */
#define N_SHOWN 5

struct _LdsKeyResultTracking
{
  GtkWidget    parent_instance;

  LdsContext  *context;
  LdsId        id;

  GtkWidget   *box;
  GtkWidget   *chart;
  GtkWidget   *checkins;     /* a box, rebuilt */
  GtkWidget   *steps;        /* a box, rebuilt */
  GtkWidget   *step_entry;
  GtkWidget   *revisions;    /* the button, with the count */
};

G_DEFINE_FINAL_TYPE (LdsKeyResultTracking, lds_key_result_tracking, GTK_TYPE_WIDGET)

static LdsStore *
store_of (LdsKeyResultTracking *self)
{
  return lds_context_get_store (self->context);
}

static void
show_error (LdsKeyResultTracking *self,
            const char           *primary,
            const GError         *error)
{
  lds_show_error_over (GTK_WIDGET (self), primary, error);
}

static void
clear (GtkWidget *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (box)) != NULL)
    gtk_box_remove (GTK_BOX (box), child);
}

static GtkWidget *
small_button (const char *icon,
              const char *said,
              const char *action,
              LdsId       id)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, said);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, said, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x", (gint64) id);
  return button;
}

static GtkWidget *
checkin_row (const LdsKeyResult *kr,
             const LdsCheckin   *c)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  g_autofree char *day = lds_format_time_as_date (c->at);
  g_autofree char *value = kr->metric == LDS_METRIC_MILESTONE
                           ? g_strdup (isnan (c->value) ? "–" : c->value >= 1.0
                                                                ? C_("milestone", "Done")
                                                                : C_("milestone", "Not done"))
                           : lds_format_value (c->value);
  g_autofree char *line = c->confidence >= 0
    /* Translators: a check-in: its day, the value given, and the confidence, as in
     * "14 Nov 2026 · 410 · confidence 7/10" */
    ? g_strdup_printf (_("%1$s · %2$s · confidence %3$d/10"), day, value, c->confidence)
    /* Translators: a check-in without a confidence: its day and the value given */
    : g_strdup_printf (_("%1$s · %2$s"), day, value);
  GtkWidget *label = gtk_label_new (line);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "numeric");
  gtk_box_append (GTK_BOX (text), label);
  if (c->note != NULL && *c->note != '\0')
    {
      GtkWidget *note = gtk_label_new (c->note);

      gtk_label_set_xalign (GTK_LABEL (note), 0);
      gtk_label_set_wrap (GTK_LABEL (note), TRUE);
      gtk_widget_add_css_class (note, "dim-label");
      gtk_box_append (GTK_BOX (text), note);
    }
  gtk_widget_set_hexpand (text, TRUE);
  gtk_box_append (GTK_BOX (row), text);
  gtk_box_append (GTK_BOX (row), small_button ("user-trash-symbolic", _("Delete This Check-in"),
                                               "kr-tracking.delete-checkin", c->id));
  gtk_widget_add_css_class (row, "lds-checkin");
  return row;
}

static void
step_toggled_cb (GtkCheckButton       *check,
                 LdsKeyResultTracking *self)
{
  LdsId id = (LdsId) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (check), "lds-id"));
  g_autoptr(GError) error = NULL;

  if (!lds_store_set_step_done (store_of (self), id, gtk_check_button_get_active (check), &error))
    show_error (self, _("The Step Could Not Be Changed"), error);
}

static GtkWidget *
step_row (LdsKeyResultTracking *self,
          const LdsActionPlan  *step)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *title = gtk_label_new (step->title);
  g_autofree char *meta = NULL;
  g_autofree char *owner = NULL;

  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), step->done);
  g_object_set_data (G_OBJECT (check), "lds-id", GSIZE_TO_POINTER ((gsize) step->id));
  g_signal_connect_object (check, "toggled", G_CALLBACK (step_toggled_cb), self, 0);
  gtk_widget_add_css_class (check, "lds-step");
  gtk_widget_set_valign (check, GTK_ALIGN_START);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, step->title,
                                  -1);
  gtk_box_append (GTK_BOX (row), check);
  /* Long steps wrap, so that the editor keeps its width. */
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_box_append (GTK_BOX (row), title);

  if (step->owner_id != 0)
    {
      g_autoptr(LdsPerson) person = lds_store_get (store_of (self), LDS_RECORD_PERSON,
                                                   step->owner_id, NULL);
      owner = person != NULL ? g_strdup (person->name) : NULL;
    }
  if (step->due_date != NULL)
    {
      g_autofree char *due = lds_format_date (step->due_date);

      meta = owner != NULL
        /* Translators: a step of an action plan: its owner and its due day */
        ? g_strdup_printf (_("%1$s · due %2$s"), owner, due)
        /* Translators: a step of an action plan: its due day */
        : g_strdup_printf (_("due %s"), due);
    }
  else
    meta = g_steal_pointer (&owner);
  if (meta != NULL)
    {
      GtkWidget *label = gtk_label_new (meta);

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 14);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_add_css_class (label, "caption");
      gtk_box_append (GTK_BOX (row), label);
    }
  gtk_box_append (GTK_BOX (row), small_button ("user-trash-symbolic", _("Delete This Step"),
                                               "kr-tracking.delete-step", step->id));
  return row;
}

static void
reload (LdsKeyResultTracking *self)
{
  LdsStore *store = store_of (self);
  g_autoptr(LdsKeyResult) kr = NULL;
  g_autoptr(LdsCycle) cycle = NULL;
  g_autoptr(GPtrArray) checkins = NULL;
  g_autoptr(GPtrArray) steps = NULL;
  g_autoptr(GPtrArray) revisions = NULL;
  g_autofree char *label = NULL;

  clear (self->checkins);
  clear (self->steps);
  if (self->id == 0)
    return;
  kr = lds_store_get (store, LDS_RECORD_KEY_RESULT, self->id, NULL);
  if (kr == NULL)
    return;
  cycle = lds_store_cycle_of_record (store, LDS_RECORD_KEY_RESULT, kr);
  checkins = lds_store_list_by (store, LDS_RECORD_CHECKIN, "key_result_id", kr->id, NULL);
  lds_history_chart_set_key_result (LDS_HISTORY_CHART (self->chart), kr, cycle, checkins);
  lds_history_chart_set_marker (LDS_HISTORY_CHART (self->chart), lds_context_get_at (self->context));

  for (guint i = checkins != NULL ? checkins->len : 0, shown = 0; i > 0 && shown < N_SHOWN; i--, shown++)
    gtk_box_append (GTK_BOX (self->checkins), checkin_row (kr, g_ptr_array_index (checkins, i - 1)));
  if (checkins == NULL || checkins->len == 0)
    {
      GtkWidget *none = gtk_label_new (_("No check-ins yet. Check in every week: the value, "
                                         "your confidence, and what is in the way."));

      gtk_label_set_wrap (GTK_LABEL (none), TRUE);
      gtk_label_set_xalign (GTK_LABEL (none), 0);
      gtk_widget_add_css_class (none, "dim-label");
      gtk_box_append (GTK_BOX (self->checkins), none);
    }

  steps = lds_store_list_by (store, LDS_RECORD_ACTION_PLAN, "key_result_id", kr->id, NULL);
  for (guint i = 0; steps != NULL && i < steps->len; i++)
    gtk_box_append (GTK_BOX (self->steps), step_row (self, g_ptr_array_index (steps, i)));

  revisions = lds_store_list_revisions (store, kr->uuid, NULL);
  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                        /* Translators: a button; %u is how many revisions */
                                        "Revision History (%u)",
                                        "Revision History (%u)",
                                        revisions != NULL ? revisions->len : 0),
                           revisions != NULL ? revisions->len : 0);
  gtk_button_set_label (GTK_BUTTON (self->revisions), label);
}

/* Actions */

static void
check_in_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  LdsKeyResultTracking *self = LDS_KEY_RESULT_TRACKING (widget);
  GtkWidget *dialog = lds_checkin_dialog_new (lds_widget_get_window (GTK_WIDGET (self)), store_of (self), self->id);

  if (dialog != NULL)
    gtk_window_present (GTK_WINDOW (dialog));
}

static void
delete_checkin_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  LdsKeyResultTracking *self = LDS_KEY_RESULT_TRACKING (widget);
  g_autoptr(GError) error = NULL;

  if (!lds_store_delete_checkin (store_of (self), g_variant_get_int64 (parameter), &error))
    show_error (self, _("The Check-in Could Not Be Deleted"), error);
}

static void
add_step_cb (LdsKeyResultTracking *self)
{
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->step_entry))));
  g_autoptr(LdsActionPlan) step = lds_action_plan_new ();
  g_autoptr(LdsKeyResult) kr = NULL;
  g_autoptr(GError) error = NULL;

  if (*title == '\0' || self->id == 0)
    return;
  kr = lds_store_get (store_of (self), LDS_RECORD_KEY_RESULT, self->id, NULL);
  step->key_result_id = self->id;
  step->owner_id = kr != NULL ? kr->owner_id : 0;
  lds_set_text (&step->title, title);
  if (!lds_store_append (store_of (self), LDS_RECORD_ACTION_PLAN, step, &error))
    {
      show_error (self, _("The Step Could Not Be Added"), error);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->step_entry), "");
}

static void
delete_step_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  LdsKeyResultTracking *self = LDS_KEY_RESULT_TRACKING (widget);
  g_autoptr(GError) error = NULL;

  if (!lds_store_delete (store_of (self), LDS_RECORD_ACTION_PLAN, g_variant_get_int64 (parameter),
                         &error))
    show_error (self, _("The Step Could Not Be Deleted"), error);
}

static void
history_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  LdsKeyResultTracking *self = LDS_KEY_RESULT_TRACKING (widget);
  GtkWidget *dialog = lds_revision_history_dialog_new (lds_widget_get_window (GTK_WIDGET (self)), store_of (self),
                                                       LDS_RECORD_KEY_RESULT, self->id);

  if (dialog != NULL)
    gtk_window_present (GTK_WINDOW (dialog));
}

static void
store_changed_cb (LdsKeyResultTracking *self,
                  LdsChanges           *changes)
{
  if (changes->everything ||
      (changes->types & ((1 << LDS_RECORD_KEY_RESULT) | (1 << LDS_RECORD_CHECKIN) |
                         (1 << LDS_RECORD_ACTION_PLAN) | (1 << LDS_RECORD_REVISION) |
                         (1 << LDS_RECORD_PERSON) | (1 << LDS_RECORD_CYCLE))))
    reload (self);
}

/* Building */

static GtkWidget *
section (const char *title,
         GtkWidget  *button)
{
  GtkWidget *head = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (title);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (GTK_BOX (head), label);
  if (button != NULL)
    gtk_box_append (GTK_BOX (head), button);
  gtk_widget_set_margin_top (head, 12);
  return head;
}

static void
build (LdsKeyResultTracking *self)
{
  GtkWidget *check_in = gtk_button_new_with_mnemonic (_("Check _In…"));

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  gtk_actionable_set_action_name (GTK_ACTIONABLE (check_in), "kr-tracking.check-in");
  gtk_widget_set_tooltip_text (check_in, _("Record this week’s value, confidence and note (Ctrl+U)"));
  gtk_widget_add_css_class (check_in, "suggested-action");
  gtk_box_append (GTK_BOX (self->box), section (_("Progress"), check_in));
  self->chart = lds_history_chart_new (TRUE);
  gtk_box_append (GTK_BOX (self->box), self->chart);
  self->checkins = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_box_append (GTK_BOX (self->box), self->checkins);

  gtk_box_append (GTK_BOX (self->box), section (_("Action Plan"), NULL));
  self->steps = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_box_append (GTK_BOX (self->box), self->steps);
  self->step_entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (self->step_entry),
                                  _("Add a step that moves this key result, and press Enter"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->step_entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("New step of the action plan"), -1);
  gtk_widget_add_css_class (self->step_entry, "lds-new-step");
  g_signal_connect_swapped (self->step_entry, "activate", G_CALLBACK (add_step_cb), self);
  gtk_box_append (GTK_BOX (self->box), self->step_entry);

  self->revisions = gtk_button_new ();
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->revisions), "kr-tracking.history");
  gtk_widget_set_halign (self->revisions, GTK_ALIGN_START);
  gtk_widget_set_margin_top (self->revisions, 12);
  gtk_box_append (GTK_BOX (self->box), self->revisions);
}

static void
lds_key_result_tracking_dispose (GObject *object)
{
  LdsKeyResultTracking *self = LDS_KEY_RESULT_TRACKING (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (lds_key_result_tracking_parent_class)->dispose (object);
}

static void
lds_key_result_tracking_class_init (LdsKeyResultTrackingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lds_key_result_tracking_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_install_action (widget_class, "kr-tracking.check-in", NULL, check_in_action);
  gtk_widget_class_install_action (widget_class, "kr-tracking.delete-checkin", "x",
                                   delete_checkin_action);
  gtk_widget_class_install_action (widget_class, "kr-tracking.delete-step", "x",
                                   delete_step_action);
  gtk_widget_class_install_action (widget_class, "kr-tracking.history", NULL, history_action);
}

static void
lds_key_result_tracking_init (LdsKeyResultTracking *self)
{
  build (self);
}

GtkWidget *
lds_key_result_tracking_new (LdsContext *context)
{
  LdsKeyResultTracking *self;

  g_return_val_if_fail (LDS_IS_CONTEXT (context), NULL);

  self = g_object_new (LDS_TYPE_KEY_RESULT_TRACKING, NULL);
  self->context = g_object_ref (context);
  g_signal_connect_object (store_of (self), "changed", G_CALLBACK (store_changed_cb), self,
                           G_CONNECT_SWAPPED);
  return GTK_WIDGET (self);
}

void
lds_key_result_tracking_set_key_result (LdsKeyResultTracking *self,
                                        LdsId                 key_result_id)
{
  g_return_if_fail (LDS_IS_KEY_RESULT_TRACKING (self));

  if (self->id != key_result_id)
    gtk_editable_set_text (GTK_EDITABLE (self->step_entry), "");
  self->id = key_result_id;
  reload (self);
}
