/* lds-key-result-editor.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The editor panel of one key result: its metric (number, percent,
 * currency, or a milestone that is done or not), start, target and current
 * values, unit, direction, weight, owner, confidence, the owner's own score
 * and why, and the warning flags. Saved as the objective editor saves: as
 * soon as a value is given, never while the rules refuse it.
 */

#define G_LOG_DOMAIN "lds-key-result-editor"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "lds-format.h"
#include "lds-key-result-editor.h"
#include "lds-key-result-tracking.h"
#include "lds-pickers.h"
#include "lds-revision-dialog.h"
#include "lds-score.h"
#include "lds-store-okr.h"

struct _LdsKeyResultEditor
{
  GtkWidget        parent_instance;

  LdsContext      *context;
  LdsId            id;
  LdsId            objective_id;
  gboolean         loading;
  LdsFileSettings  settings;

  GtkWidget       *box;
  GtkWidget       *back;
  GtkWidget       *summary;
  LdsForm         *form;
  GtkWidget       *title;
  GtkWidget       *owner;
  GtkWidget       *metric;
  GtkWidget       *start;
  GtkWidget       *target;
  GtkWidget       *current;
  GtkWidget       *done;
  GtkWidget       *unit_label;
  GtkWidget       *direction;
  GtkWidget       *weight;
  GtkWidget       *confidence;
  GtkWidget       *score;
  GtkWidget       *score_note;
  GtkWidget       *tied;
  GtkWidget       *mid_cycle;
  GtkWidget       *tracking;
  GtkWidget       *delete;
  gboolean         asking;       /* the reason for a revision is being asked */
};

G_DEFINE_FINAL_TYPE (LdsKeyResultEditor, lds_key_result_editor, GTK_TYPE_WIDGET)

static LdsStore *
store_of (LdsKeyResultEditor *self)
{
  return lds_context_get_store (self->context);
}

static void
set_entry_text (LdsKeyResultEditor *self,
                GtkWidget          *entry,
                const char         *field,
                const char         *text)
{
  /* What was typed and refused stays, with its message, until put right;
   * what is being typed stays too. */
  lds_form_load_text (self->form, field, text);
}

static void
set_number (LdsKeyResultEditor *self,
            GtkWidget          *entry,
            const char         *field,
            double              value)
{
  g_autofree char *text = lds_number_text (value);

  set_entry_text (self, entry, field, text);
}

static gboolean
percent_scale (LdsKeyResultEditor *self)
{
  return self->settings.scale == LDS_SCORE_SCALE_PERCENT;
}

static void
show_metric (LdsKeyResultEditor *self,
             LdsMetric           metric)
{
  gboolean milestone = metric == LDS_METRIC_MILESTONE;

  lds_form_set_visible (self->form, "start_value", !milestone);
  lds_form_set_visible (self->form, "target_value", !milestone);
  lds_form_set_visible (self->form, "current_value", !milestone);
  lds_form_set_visible (self->form, "unit_label", !milestone);
  lds_form_set_visible (self->form, "direction", !milestone);
  lds_form_set_visible (self->form, "done", milestone);
}

static void
load (LdsKeyResultEditor *self)
{
  g_autoptr(LdsKeyResult) kr = NULL;
  g_autofree char *progress = NULL;
  g_autofree char *score = NULL;
  g_autofree char *summary = NULL;
  double computed;

  if (self->id == 0)
    return;
  kr = lds_store_get (store_of (self), LDS_RECORD_KEY_RESULT, self->id, NULL);
  if (kr == NULL)
    return;
  lds_store_get_file_settings (store_of (self), &self->settings);
  self->objective_id = kr->objective_id;
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->back), "x", kr->objective_id);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->delete), "x", kr->id);

  self->loading = TRUE;
  set_entry_text (self, self->title, "title", kr->title);
  if (!lds_record_dropdown_select (self->owner, LDS_RECORD_PERSON, kr->owner_id))
    lds_record_dropdown_select (self->owner, LDS_RECORD_PERSON, 0);
  lds_enum_dropdown_set (self->metric, kr->metric);
  set_number (self, self->start, "start_value", kr->start_value);
  set_number (self, self->target, "target_value", kr->target_value);
  set_number (self, self->current, "current_value", kr->current_value);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (self->done), kr->current_value == 1.0);
  set_entry_text (self, self->unit_label, "unit_label", kr->unit_label);
  lds_enum_dropdown_set (self->direction, kr->direction);
  set_number (self, self->weight, "weight", kr->weight);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->confidence), kr->confidence + 1);
  set_number (self, self->score, "score",
              isnan (kr->score) ? NAN : percent_scale (self) ? kr->score * 100.0 : kr->score);
  set_entry_text (self, self->score_note, "score_note", kr->score_note);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (self->tied), kr->tied_to_compensation);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (self->mid_cycle), kr->mid_cycle);
  show_metric (self, kr->metric);
  self->loading = FALSE;
  lds_key_result_tracking_set_key_result (LDS_KEY_RESULT_TRACKING (self->tracking), kr->id);

  progress = lds_format_kr_progress (kr);
  computed = lds_key_result_progress (kr);
  score = lds_format_score (lds_key_result_score (kr), self->settings.scale);
  summary = isnan (computed)
    /* Translators: %s is a key result's score, such as "0.6" */
    ? g_strdup_printf (_("Not measured yet · score %s"), score)
    /* Translators: %1$s is a key result's progress ("30 / 40"), %2$s its score ("0.6") */
    : g_strdup_printf (_("%1$s · score %2$s"), progress, score);
  gtk_label_set_label (GTK_LABEL (self->summary), summary);
}

static void
reload_people (LdsKeyResultEditor *self)
{
  self->loading = TRUE;
  gtk_drop_down_set_model (GTK_DROP_DOWN (self->owner),
                           lds_owner_model_new (store_of (self),
                                                LDS_OWNERS_PEOPLE | LDS_OWNERS_NONE, 0));
  g_object_unref (gtk_drop_down_get_model (GTK_DROP_DOWN (self->owner)));
  self->loading = FALSE;
}

/* Saving */

static gboolean
read_number (LdsKeyResultEditor *self,
             GtkWidget          *entry,
             const char         *field,
             double             *value)
{
  g_autoptr(GError) error = NULL;

  if (lds_parse_number (gtk_editable_get_text (GTK_EDITABLE (entry)), value, &error))
    return TRUE;
  lds_form_set_error (self->form, field, error->message);
  return FALSE;
}

static gboolean
read_draft (LdsKeyResultEditor *self,
            LdsKeyResult       *draft)
{
  LdsRecordObject *owner = lds_record_dropdown_get (self->owner);
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title))));
  gboolean ok = TRUE;

  lds_set_text (&draft->title, title);
  draft->owner_id = owner != NULL ? lds_record_object_get_id (owner) : 0;
  draft->metric = lds_enum_dropdown_get (self->metric);
  if (draft->metric == LDS_METRIC_MILESTONE)
    {
      draft->start_value = 0.0;
      draft->target_value = 1.0;
      draft->current_value = gtk_check_button_get_active (GTK_CHECK_BUTTON (self->done)) ? 1.0 : 0.0;
      draft->direction = LDS_DIRECTION_INCREASE;
    }
  else
    {
      ok &= read_number (self, self->start, "start_value", &draft->start_value);
      ok &= read_number (self, self->target, "target_value", &draft->target_value);
      ok &= read_number (self, self->current, "current_value", &draft->current_value);
      draft->direction = lds_enum_dropdown_get (self->direction);
    }
  lds_set_text (&draft->unit_label, gtk_editable_get_text (GTK_EDITABLE (self->unit_label)));
  ok &= read_number (self, self->weight, "weight", &draft->weight);
  if (ok && isnan (draft->weight))
    draft->weight = 1.0;
  draft->confidence = (int) gtk_drop_down_get_selected (GTK_DROP_DOWN (self->confidence)) - 1;
  ok &= read_number (self, self->score, "score", &draft->score);
  if (ok && !isnan (draft->score) && percent_scale (self))
    draft->score /= 100.0;
  lds_set_text (&draft->score_note, gtk_editable_get_text (GTK_EDITABLE (self->score_note)));
  draft->tied_to_compensation = gtk_check_button_get_active (GTK_CHECK_BUTTON (self->tied));
  draft->mid_cycle = gtk_check_button_get_active (GTK_CHECK_BUTTON (self->mid_cycle));
  return ok;
}

static void
revised_cb (gpointer      user_data,
            gboolean      written,
            const GError *error)
{
  g_autoptr(LdsKeyResultEditor) self = user_data;

  self->asking = FALSE;
  if (!written)
    {
      /* Not written: the fields show what is stored again. */
      lds_form_clear_errors (self->form);
      load (self);
    }
  if (error != NULL)
    lds_form_set_error (self->form, NULL, error->message);
}

static void
commit_cb (gpointer    user_data,
           const char *field)
{
  LdsKeyResultEditor *self = user_data;
  g_autoptr(LdsKeyResult) stored = NULL;
  g_autoptr(LdsKeyResult) draft = NULL;
  g_autoptr(GError) error = NULL;
  const char *at = NULL;
  gboolean renamed;

  if (self->context == NULL || self->loading || self->asking || self->id == 0)
    return;
  stored = lds_store_get (store_of (self), LDS_RECORD_KEY_RESULT, self->id, NULL);
  if (stored == NULL)
    return;
  draft = lds_key_result_copy (stored);
  show_metric (self, lds_enum_dropdown_get (self->metric));

  lds_form_clear_errors (self->form);
  if (!read_draft (self, draft))
    return;
  if (!lds_store_check_record (store_of (self), LDS_RECORD_KEY_RESULT, draft, &at, &error))
    {
      lds_form_set_error (self->form, at, error->message);
      return;
    }
  if (lds_record_equal (LDS_RECORD_KEY_RESULT, draft, stored))
    return;

  renamed = g_strcmp0 (draft->title, stored->title) != 0;
  lds_set_text (&stored->title, draft->title);
  renamed = renamed && lds_record_equal (LDS_RECORD_KEY_RESULT, draft, stored);
  /* In a running cycle a new target, start, title or metric is a revision:
   * the reason is asked for, then the change and its revisions are written. */
  self->asking = TRUE;
  lds_revise_record (GTK_WIDGET (self), store_of (self), LDS_RECORD_KEY_RESULT, draft,
                     renamed ? _("Rename Key Result") : _("Change Key Result"), revised_cb,
                     g_object_ref (self));
}

static void
store_changed_cb (LdsKeyResultEditor *self,
                  LdsChanges         *changes)
{
  if (lds_changes_has_type (changes, LDS_RECORD_PERSON))
    reload_people (self);
  load (self);
}

/* Building */

static GtkWidget *
number_entry (void)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_entry_set_input_purpose (GTK_ENTRY (entry), GTK_INPUT_PURPOSE_NUMBER);
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 8);
  gtk_entry_set_alignment (GTK_ENTRY (entry), 1.0);
  return entry;
}

static GtkWidget *
confidence_dropdown (void)
{
  g_autoptr(GtkStringList) levels = gtk_string_list_new (NULL);

  gtk_string_list_append (levels, C_("confidence", "Not set"));
  for (int i = 0; i <= 10; i++)
    {
      g_autofree char *text = g_strdup_printf ("%d", i);
      gtk_string_list_append (levels, text);
    }
  return gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&levels)), NULL);
}

static gboolean
check_in_cb (GtkWidget *widget,
             GVariant  *arguments,
             gpointer   user_data)
{
  LdsKeyResultEditor *self = user_data;

  return gtk_widget_activate_action (self->tracking, "kr-tracking.check-in", NULL);
}

static void
build (LdsKeyResultEditor *self)
{
  GtkWidget *head = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *heading = gtk_label_new (_("Key Result"));
  GtkWidget *close = gtk_button_new_from_icon_name ("window-close-symbolic");
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  self->back = gtk_button_new_from_icon_name ("go-previous-symbolic");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->back), "workspace.edit-objective");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->back), "x", (gint64) 0);
  gtk_widget_add_css_class (self->back, "flat");
  gtk_widget_set_tooltip_text (self->back, _("Back to the Objective"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->back), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Back to the Objective"), -1);
  gtk_box_append (GTK_BOX (head), self->back);
  gtk_widget_add_css_class (heading, "title-4");
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_set_hexpand (heading, TRUE);
  gtk_box_append (GTK_BOX (head), heading);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (close), "workspace.close-editor");
  gtk_widget_add_css_class (close, "flat");
  gtk_widget_set_tooltip_text (close, _("Close the Editor (Escape)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (close), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Close the Editor"), -1);
  gtk_box_append (GTK_BOX (head), close);
  gtk_widget_add_css_class (head, "lds-editor-head");
  gtk_box_append (GTK_BOX (self->box), head);

  self->form = LDS_FORM (lds_form_new ());
  gtk_widget_add_css_class (GTK_WIDGET (self->form), "lds-editor-form");
  self->summary = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->summary), 0);
  gtk_widget_add_css_class (self->summary, "dim-label");
  gtk_widget_add_css_class (self->summary, "numeric");
  lds_form_add_widget (self->form, self->summary);

  self->title = gtk_entry_new ();
  lds_form_add (self->form, "title", _("_Title"), self->title);
  self->owner = lds_record_dropdown_new (lds_owner_model_new (store_of (self),
                                                              LDS_OWNERS_PEOPLE | LDS_OWNERS_NONE,
                                                              0));
  lds_form_add (self->form, "owner_id", _("Own_er"), self->owner);
  self->metric = lds_enum_dropdown_new (lds_metric_get_type ());
  lds_form_add (self->form, "metric", _("_Measured as"), self->metric);
  self->start = number_entry ();
  lds_form_add (self->form, "start_value", _("_Start value"), self->start);
  self->target = number_entry ();
  lds_form_add (self->form, "target_value", _("Tar_get"), self->target);
  self->current = number_entry ();
  lds_form_add (self->form, "current_value", _("C_urrent value"), self->current);
  self->done = lds_form_check_new (_("_Done"));
  lds_form_add (self->form, "done", NULL, self->done);
  self->unit_label = gtk_entry_new ();
  lds_form_add (self->form, "unit_label", _("U_nit"), self->unit_label);
  lds_form_add_caption (self->form, "unit_label", _("What the numbers count, such as "
                                                    "“customers” or “k€”."));
  self->direction = lds_enum_dropdown_new (lds_direction_get_type ());
  lds_form_add (self->form, "direction", _("Di_rection"), self->direction);
  self->weight = number_entry ();
  lds_form_add (self->form, "weight", _("_Weight"), self->weight);
  self->confidence = confidence_dropdown ();
  lds_form_add (self->form, "confidence", _("_Confidence (0 to 10)"), self->confidence);
  self->score = number_entry ();
  lds_form_add (self->form, "score", _("Sel_f-assessed score"), self->score);
  lds_form_add_caption (self->form, "score", _("Leave it empty to score by progress."));
  self->score_note = gtk_entry_new ();
  lds_form_add (self->form, "score_note", _("Why this score"), self->score_note);
  self->tied = lds_form_check_new (_("Tied to com_pensation"));
  lds_form_add (self->form, "tied_to_compensation", NULL, self->tied);
  lds_form_add_caption (self->form, "tied_to_compensation",
                        _("OKRs are not pay: a key result tied to compensation turns into a KPI, "
                          "and people stop aiming high."));
  self->mid_cycle = lds_form_check_new (_("_Added mid-cycle"));
  lds_form_add (self->form, "mid_cycle", NULL, self->mid_cycle);
  lds_form_watch (self->form, commit_cb, self);

  self->tracking = lds_key_result_tracking_new (self->context);
  lds_form_add_widget (self->form, self->tracking);
  {
    GtkEventController *keys = gtk_shortcut_controller_new ();

    gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (keys), GTK_SHORTCUT_SCOPE_LOCAL);
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
                                          gtk_shortcut_new (gtk_shortcut_trigger_parse_string (
                                                              "<Control>u"),
                                                            gtk_callback_action_new (check_in_cb,
                                                                                     self, NULL)));
    gtk_widget_add_controller (self->box, keys);
  }

  self->delete = gtk_button_new_with_mnemonic (_("De_lete"));
  gtk_widget_add_css_class (self->delete, "destructive-action");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->delete), "workspace.delete-key-result");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->delete), "x", (gint64) 0);
  gtk_widget_set_hexpand (self->delete, TRUE);
  gtk_widget_set_halign (self->delete, GTK_ALIGN_END);
  gtk_box_append (GTK_BOX (buttons), self->delete);
  gtk_widget_set_margin_top (buttons, 12);
  lds_form_add_widget (self->form, buttons);

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->form));
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_box_append (GTK_BOX (self->box), scroller);
}

static void
lds_key_result_editor_dispose (GObject *object)
{
  LdsKeyResultEditor *self = LDS_KEY_RESULT_EDITOR (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (lds_key_result_editor_parent_class)->dispose (object);
}

static void
lds_key_result_editor_class_init (LdsKeyResultEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lds_key_result_editor_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "ldskeyresulteditor");
}

static void
lds_key_result_editor_init (LdsKeyResultEditor *self)
{
  self->settings = LDS_FILE_SETTINGS_DEFAULT;
}

GtkWidget *
lds_key_result_editor_new (LdsContext *context)
{
  LdsKeyResultEditor *self;

  g_return_val_if_fail (LDS_IS_CONTEXT (context), NULL);

  self = g_object_new (LDS_TYPE_KEY_RESULT_EDITOR, NULL);
  self->context = g_object_ref (context);
  build (self);
  g_signal_connect_object (store_of (self), "changed", G_CALLBACK (store_changed_cb), self,
                           G_CONNECT_SWAPPED);
  return GTK_WIDGET (self);
}

void
lds_key_result_editor_set_key_result (LdsKeyResultEditor *self,
                                      LdsId               key_result_id)
{
  g_return_if_fail (LDS_IS_KEY_RESULT_EDITOR (self));

  if (self->id != key_result_id)
    lds_form_forget_edits (self->form);
  self->id = key_result_id;
  lds_form_clear_errors (self->form);
  load (self);
}

LdsId
lds_key_result_editor_get_key_result (LdsKeyResultEditor *self)
{
  g_return_val_if_fail (LDS_IS_KEY_RESULT_EDITOR (self), 0);

  return self->id;
}

/**
 * lds_key_result_editor_get_form:
 *
 * Returns: (transfer none): the form, whose fields tests fill in
 */
LdsForm *
lds_key_result_editor_get_form (LdsKeyResultEditor *self)
{
  g_return_val_if_fail (LDS_IS_KEY_RESULT_EDITOR (self), NULL);

  return self->form;
}

void
lds_key_result_editor_focus (LdsKeyResultEditor *self)
{
  double target = NAN;

  g_return_if_fail (LDS_IS_KEY_RESULT_EDITOR (self));

  /* Most often one comes to set the numbers of a key result just named. */
  lds_parse_number (gtk_editable_get_text (GTK_EDITABLE (self->target)), &target, NULL);
  if (gtk_widget_get_visible (gtk_widget_get_parent (self->target)) && isnan (target))
    gtk_widget_grab_focus (self->start);
  else
    gtk_widget_grab_focus (self->title);
}
