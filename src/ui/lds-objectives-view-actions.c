/* lds-objectives-view-actions.c: what can be done in the workspace
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every edit is one store action, so it is one step of Undo. The actions
 * take the record they act on as their target, so that rows, menus,
 * shortcuts and tests all reach them the same way.
 */

#define G_LOG_DOMAIN "lds-objectives-view"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lds-alignment-picker.h"
#include "lds-checkin-dialog.h"
#include "lds-dialogs.h"
#include "lds-objectives-view-private.h"
#include "lds-org-dialogs.h"
#include "lds-revision-dialog.h"
#include "lds-store-align.h"
#include "lds-store-okr.h"

static LdsStore *
store_of (LdsObjectivesView *self)
{
  return lds_context_get_store (self->context);
}

static char *
strip (const char *text)
{
  return g_strstrip (g_strdup (text != NULL ? text : ""));
}

/* Creating */

static void
new_objective_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  LdsObjectivesView *self = LDS_OBJECTIVES_VIEW (widget);

  if (lds_context_get_cycle_id (self->context) == 0)
    {
      _lds_objectives_view_show_message (self, _("Add a cycle first: objectives belong to a "
                                                 "cycle, such as a quarter."), FALSE);
      gtk_widget_activate_action (widget, "win.edit-cycles", NULL);
      return;
    }
  gtk_widget_grab_focus (GTK_WIDGET (self->new_objective_entry));
}

static void
create_objective_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  LdsObjectivesView *self = LDS_OBJECTIVES_VIEW (widget);
  g_autoptr(LdsObjective) o = lds_objective_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *title = strip (g_variant_get_string (parameter, NULL));
  LdsRecordType owner_type = lds_context_get_owner_type (self->context);
  LdsId owner = lds_context_get_owner_id (self->context);

  if (*title == '\0')
    return;
  o->cycle_id = lds_context_get_cycle_id (self->context);
  o->owner_unit_id = owner_type == LDS_RECORD_UNIT ? owner : 0;
  o->owner_person_id = owner_type == LDS_RECORD_PERSON ? owner : 0;
  lds_set_text (&o->title, title);

  /* Once it exists, the keyboard goes on to its first key result. */
  if (!lds_store_append (store_of (self), LDS_RECORD_OBJECTIVE, o, &error))
    {
      _lds_objectives_view_show_error (self, error);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->new_objective_entry), "");
  lds_context_set_objective_id (self->context, o->id);
  {
    LdsObjectiveRow *row = _lds_objectives_view_get_row (self, o->id);
    if (row != NULL)
      lds_objective_row_focus_part (row, LDS_ROW_PART_ADD_KEY_RESULT, 0);
  }
}

static void
add_key_result_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  LdsObjectivesView *self = LDS_OBJECTIVES_VIEW (widget);
  g_autoptr(LdsKeyResult) kr = lds_key_result_new ();
  g_autoptr(GError) error = NULL;
  const char *text = NULL;
  g_autofree char *title = NULL;
  gint64 objective = 0;

  g_variant_get (parameter, "(x&s)", &objective, &text);
  title = strip (text);
  if (*title == '\0')
    return;
  kr->objective_id = objective;
  lds_set_text (&kr->title, title);
  /* The owner of a person's objective owns its key results, to begin with. */
  {
    g_autoptr(LdsObjective) o = lds_store_get (store_of (self), LDS_RECORD_OBJECTIVE, objective,
                                               NULL);
    if (o != NULL)
      kr->owner_id = o->owner_person_id;
  }
  /* The keyboard stays in the entry, for the next key result. */
  _lds_objectives_view_focus_after (self, objective, LDS_ROW_PART_ADD_KEY_RESULT, 0);
  /* The entry is empty for the next one (the list keeps what is typed and
   * not given yet, when it is rebuilt); it gets its text back on failure. */
  {
    LdsObjectiveRow *row = _lds_objectives_view_get_row (self, objective);
    GtkWidget *entry = row != NULL ? lds_objective_row_get_add_entry (row) : NULL;
    g_autofree char *typed = g_strdup (text);

    if (entry != NULL)
      gtk_editable_set_text (GTK_EDITABLE (entry), "");
    if (!lds_store_append (store_of (self), LDS_RECORD_KEY_RESULT, kr, &error))
      {
        self->pending = FALSE;
        row = _lds_objectives_view_get_row (self, objective);
        entry = row != NULL ? lds_objective_row_get_add_entry (row) : NULL;
        if (entry != NULL)
          gtk_editable_set_text (GTK_EDITABLE (entry), typed);
        _lds_objectives_view_show_error (self, error);
      }
  }
}

static void
focus_add_key_result_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  LdsObjectivesView *self = LDS_OBJECTIVES_VIEW (widget);
  LdsObjectiveRow *row = _lds_objectives_view_get_row (self, g_variant_get_int64 (parameter));

  if (row != NULL)
    lds_objective_row_focus_part (row, LDS_ROW_PART_ADD_KEY_RESULT, 0);
}

/* Changing */

static void
rename_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LdsObjectivesView *self = LDS_OBJECTIVES_VIEW (widget);
  LdsObjectiveRow *row = _lds_objectives_view_get_row (self, g_variant_get_int64 (parameter));

  if (row != NULL)
    lds_objective_row_rename (row, 0);
}

static void
renamed_cb (gpointer      user_data,
            gboolean      written,
            const GError *error)
{
  g_autoptr(LdsObjectivesView) self = user_data;

  if (written)
    return;
  /* The title shown is the stored one again. */
  _lds_objectives_view_refresh (self);
  if (error != NULL)
    _lds_objectives_view_show_error (self, error);
}

/* A new title: in a running cycle, a revision, which asks why first. */
static void
rename_record (LdsObjectivesView *self,
               LdsRecordType      type,
               GVariant          *parameter)
{
  const char *text = NULL;
  g_autofree char *title = NULL;
  g_autoptr(GError) error = NULL;
  gpointer record;
  gint64 id = 0;

  g_variant_get (parameter, "(x&s)", &id, &text);
  title = strip (text);
  record = lds_store_get (store_of (self), type, id, &error);
  if (record == NULL)
    {
      _lds_objectives_view_show_error (self, error);
      return;
    }
  if (type == LDS_RECORD_OBJECTIVE)
    lds_set_text (&((LdsObjective *) record)->title, title);
  else
    lds_set_text (&((LdsKeyResult *) record)->title, title);

  lds_revise_record (GTK_WIDGET (self), store_of (self), type, record,
                     type == LDS_RECORD_OBJECTIVE ? _("Rename Objective") : _("Rename Key Result"),
                     renamed_cb, g_object_ref (self));
  lds_record_free (type, record);
}

static void
rename_objective_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  rename_record (LDS_OBJECTIVES_VIEW (widget), LDS_RECORD_OBJECTIVE, parameter);
}

static void
rename_key_result_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  rename_record (LDS_OBJECTIVES_VIEW (widget), LDS_RECORD_KEY_RESULT, parameter);
}

/* Tracking */

static void
check_in_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  LdsObjectivesView *self = LDS_OBJECTIVES_VIEW (widget);
  GtkWidget *dialog = lds_checkin_dialog_new (lds_widget_get_window (GTK_WIDGET (self)), store_of (self),
                                              g_variant_get_int64 (parameter));

  if (dialog != NULL)
    gtk_window_present (GTK_WINDOW (dialog));
}

static void
show_history_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  LdsObjectivesView *self = LDS_OBJECTIVES_VIEW (widget);
  GtkWidget *dialog = lds_revision_history_dialog_new (lds_widget_get_window (GTK_WIDGET (self)), store_of (self),
                                                       g_str_equal (action_name,
                                                                    "workspace.show-history")
                                                       ? LDS_RECORD_OBJECTIVE
                                                       : LDS_RECORD_KEY_RESULT,
                                                       g_variant_get_int64 (parameter));

  if (dialog != NULL)
    gtk_window_present (GTK_WINDOW (dialog));
}

static void
mark_self_driven_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  LdsObjectivesView *self = LDS_OBJECTIVES_VIEW (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(LdsObjective) o = lds_store_get (store_of (self), LDS_RECORD_OBJECTIVE,
                                             g_variant_get_int64 (parameter), &error);

  if (o != NULL)
    {
      o->self_driven = TRUE;
      _lds_objectives_view_focus_after (self, o->id, LDS_ROW_PART_ROW, 0);
      if (lds_store_begin (store_of (self), _("Mark Objective Self-driven"), &error))
        {
          if (!lds_store_update (store_of (self), LDS_RECORD_OBJECTIVE, o, &error))
            lds_store_rollback (store_of (self));
          else
            lds_store_commit (store_of (self), &error);
        }
    }
  if (error != NULL)
    _lds_objectives_view_show_error (self, error);
}

/* Deleting and copying */

static void
delete_objective_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  LdsObjectivesView *self = LDS_OBJECTIVES_VIEW (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(LdsObjective) o = lds_store_get (store_of (self), LDS_RECORD_OBJECTIVE,
                                             g_variant_get_int64 (parameter), &error);
  g_autofree char *message = NULL;

  if (o == NULL || !lds_store_delete (store_of (self), LDS_RECORD_OBJECTIVE, o->id, &error))
    {
      _lds_objectives_view_show_error (self, error);
      return;
    }
  /* Translators: %s is the title of the objective just deleted */
  message = g_strdup_printf (_("“%s” was deleted, with its key results."), o->title);
  _lds_objectives_view_show_message (self, message, TRUE);
}

static void
delete_key_result_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  LdsObjectivesView *self = LDS_OBJECTIVES_VIEW (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(LdsKeyResult) kr = lds_store_get (store_of (self), LDS_RECORD_KEY_RESULT,
                                              g_variant_get_int64 (parameter), &error);
  g_autofree char *message = NULL;

  if (kr == NULL)
    {
      _lds_objectives_view_show_error (self, error);
      return;
    }
  _lds_objectives_view_focus_after (self, kr->objective_id, LDS_ROW_PART_ROW, 0);
  if (!lds_store_delete (store_of (self), LDS_RECORD_KEY_RESULT, kr->id, &error))
    {
      self->pending = FALSE;
      _lds_objectives_view_show_error (self, error);
      return;
    }
  /* Translators: %s is the title of the key result just deleted */
  message = g_strdup_printf (_("“%s” was deleted."), kr->title);
  _lds_objectives_view_show_message (self, message, TRUE);
}

static void
duplicate_objective_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  LdsObjectivesView *self = LDS_OBJECTIVES_VIEW (widget);
  g_autoptr(GError) error = NULL;
  LdsId copy = 0;

  if (!lds_store_duplicate_objective (store_of (self), g_variant_get_int64 (parameter), &copy,
                                      &error))
    {
      _lds_objectives_view_show_error (self, error);
      return;
    }
  lds_context_set_objective_id (self->context, copy);
  {
    LdsObjectiveRow *row = _lds_objectives_view_get_row (self, copy);
    if (row != NULL)
      lds_objective_row_focus_part (row, LDS_ROW_PART_ROW, 0);
  }
}

/* Order */

static void
reorder (LdsObjectivesView *self,
         LdsRecordType      type,
         LdsId              id,
         int                delta)
{
  LdsStore *store = store_of (self);
  g_autoptr(GError) error = NULL;
  gpointer record = lds_store_get (store, type, id, &error);
  g_autoptr(GPtrArray) siblings = NULL;
  LdsId objective = id;
  int index = -1;

  if (record == NULL)
    {
      _lds_objectives_view_show_error (self, error);
      return;
    }
  if (type == LDS_RECORD_KEY_RESULT)
    {
      objective = ((LdsKeyResult *) record)->objective_id;
      siblings = lds_store_list_by (store, type, "objective_id", objective, NULL);
    }
  else
    {
      /* The rows shown are the objective's siblings, in order. */
      siblings = g_ptr_array_new ();
      for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->objectives_list));
           child != NULL; child = gtk_widget_get_next_sibling (child))
        if (LDS_IS_OBJECTIVE_ROW (child))
          g_ptr_array_add (siblings, GSIZE_TO_POINTER (lds_objective_row_get_id (
                                                         LDS_OBJECTIVE_ROW (child))));
    }
  lds_record_free (type, record);

  for (guint i = 0; siblings != NULL && i < siblings->len; i++)
    {
      LdsId sibling = type == LDS_RECORD_KEY_RESULT
        ? ((LdsRecord *) g_ptr_array_index (siblings, i))->id
        : (LdsId) GPOINTER_TO_SIZE (g_ptr_array_index (siblings, i));
      if (sibling == id)
        index = i;
    }
  if (index < 0 || index + delta < 0 || index + delta >= (int) siblings->len)
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }

  _lds_objectives_view_focus_after (self, objective, type == LDS_RECORD_KEY_RESULT
                                                       ? LDS_ROW_PART_KEY_RESULT
                                                       : LDS_ROW_PART_ROW, id);
  if (!lds_store_reorder (store, type, id, index + delta, &error))
    {
      self->pending = FALSE;
      _lds_objectives_view_show_error (self, error);
    }
}

static void
move_up_down_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  reorder (LDS_OBJECTIVES_VIEW (widget),
           strstr (action_name, "key-result") != NULL ? LDS_RECORD_KEY_RESULT : LDS_RECORD_OBJECTIVE,
           g_variant_get_int64 (parameter), g_str_has_suffix (action_name, "-up") ? -1 : 1);
}

/* A drop: @moved goes just before or after @target. */
static void
place_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  LdsObjectivesView *self = LDS_OBJECTIVES_VIEW (widget);
  LdsRecordType type = strstr (action_name, "key-result") != NULL ? LDS_RECORD_KEY_RESULT
                                                                   : LDS_RECORD_OBJECTIVE;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) siblings = NULL;
  gpointer moved_record, target_record;
  gint64 moved = 0, target = 0;
  gboolean after = FALSE;
  int from = -1, to = -1;

  g_variant_get (parameter, "(xxb)", &moved, &target, &after);
  moved_record = lds_store_get (store_of (self), type, moved, NULL);
  target_record = lds_store_get (store_of (self), type, target, NULL);
  if (moved_record != NULL && target_record != NULL)
    {
      if (type == LDS_RECORD_KEY_RESULT &&
          ((LdsKeyResult *) moved_record)->objective_id == ((LdsKeyResult *) target_record)->objective_id)
        siblings = lds_store_list_by (store_of (self), type, "objective_id",
                                      ((LdsKeyResult *) target_record)->objective_id, NULL);
      else if (type == LDS_RECORD_OBJECTIVE)
        {
          LdsObjective *m = moved_record, *t = target_record;

          if (m->cycle_id == t->cycle_id && m->owner_unit_id == t->owner_unit_id &&
              m->owner_person_id == t->owner_person_id)
            siblings = lds_store_list_by (store_of (self), type,
                                          t->owner_unit_id != 0 ? "owner_unit_id" : "owner_person_id",
                                          t->owner_unit_id != 0 ? t->owner_unit_id : t->owner_person_id,
                                          NULL);
        }
    }
  for (guint i = 0, n = 0; siblings != NULL && i < siblings->len; i++)
    {
      LdsRecord *r = g_ptr_array_index (siblings, i);

      if (type == LDS_RECORD_OBJECTIVE &&
          ((LdsObjective *) r)->cycle_id != ((LdsObjective *) target_record)->cycle_id)
        continue;
      if (r->id == moved)
        from = n;
      if (r->id == target)
        to = n;
      n++;
    }
  if (from >= 0 && to >= 0)
    {
      /* Where it lands once taken out of the list. */
      int index = to + (after ? 1 : 0) - (from < to ? 1 : 0);
      LdsId objective = type == LDS_RECORD_KEY_RESULT ? ((LdsKeyResult *) moved_record)->objective_id
                                                      : moved;

      _lds_objectives_view_focus_after (self, objective, type == LDS_RECORD_KEY_RESULT
                                                           ? LDS_ROW_PART_KEY_RESULT
                                                           : LDS_ROW_PART_ROW, moved);
      if (index != from && !lds_store_reorder (store_of (self), type, moved, MAX (index, 0), &error))
        {
          self->pending = FALSE;
          _lds_objectives_view_show_error (self, error);
        }
    }
  if (moved_record != NULL)
    lds_record_free (type, moved_record);
  if (target_record != NULL)
    lds_record_free (type, target_record);
}

/* Dialogs and the editor */

static void
move_objective_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  LdsObjectivesView *self = LDS_OBJECTIVES_VIEW (widget);
  GtkWidget *dialog = lds_move_objective_dialog_new (lds_widget_get_window (GTK_WIDGET (self)), store_of (self),
                                                     g_variant_get_int64 (parameter));

  gtk_window_present (GTK_WINDOW (dialog));
}

static void
picker_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LdsObjectivesView *self = LDS_OBJECTIVES_VIEW (widget);
  GtkWidget *picker = lds_alignment_picker_new (lds_widget_get_window (GTK_WIDGET (self)), store_of (self),
                                                g_variant_get_int64 (parameter),
                                                g_str_equal (action_name, "workspace.add-dependency")
                                                  ? LDS_LINK_KIND_DEPENDS : LDS_LINK_KIND_ALIGNS);

  gtk_window_present (GTK_WINDOW (picker));
}

static void
remove_link_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  LdsObjectivesView *self = LDS_OBJECTIVES_VIEW (widget);
  g_autoptr(GError) error = NULL;

  if (!lds_store_unlink (store_of (self), g_variant_get_int64 (parameter), &error))
    _lds_objectives_view_show_error (self, error);
}

static void
show_objective_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  LdsObjectivesView *self = LDS_OBJECTIVES_VIEW (widget);
  LdsId id = g_variant_get_int64 (parameter);

  lds_context_show_objective (self->context, id);
  lds_objectives_view_show_record (self, LDS_RECORD_OBJECTIVE, id, FALSE);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LdsObjectivesView *self = LDS_OBJECTIVES_VIEW (widget);

  _lds_objectives_view_open_editor (self, g_str_equal (action_name, "workspace.edit-key-result")
                                            ? LDS_RECORD_KEY_RESULT : LDS_RECORD_OBJECTIVE,
                                    g_variant_get_int64 (parameter));
}

static void
close_editor_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  _lds_objectives_view_close_editor (LDS_OBJECTIVES_VIEW (widget));
}

static void
dismiss_message_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  gtk_revealer_set_reveal_child (LDS_OBJECTIVES_VIEW (widget)->banner, FALSE);
}

void
_lds_objectives_view_install_actions (GtkWidgetClass *widget_class)
{
  static const struct {
    const char *name;
    const char *type;
    GtkWidgetActionActivateFunc activate;
  } actions[] = {
    { "workspace.new-objective", NULL, new_objective_action },
    { "workspace.create-objective", "s", create_objective_action },
    { "workspace.add-key-result", "(xs)", add_key_result_action },
    { "workspace.focus-add-key-result", "x", focus_add_key_result_action },
    { "workspace.rename", "x", rename_action },
    { "workspace.rename-objective", "(xs)", rename_objective_action },
    { "workspace.rename-key-result", "(xs)", rename_key_result_action },
    { "workspace.mark-self-driven", "x", mark_self_driven_action },
    { "workspace.delete-objective", "x", delete_objective_action },
    { "workspace.delete-key-result", "x", delete_key_result_action },
    { "workspace.duplicate-objective", "x", duplicate_objective_action },
    { "workspace.move-objective-up", "x", move_up_down_action },
    { "workspace.move-objective-down", "x", move_up_down_action },
    { "workspace.move-key-result-up", "x", move_up_down_action },
    { "workspace.move-key-result-down", "x", move_up_down_action },
    { "workspace.place-objective", "(xxb)", place_action },
    { "workspace.place-key-result", "(xxb)", place_action },
    { "workspace.move-objective", "x", move_objective_action },
    { "workspace.align-objective", "x", picker_action },
    { "workspace.add-dependency", "x", picker_action },
    { "workspace.remove-link", "x", remove_link_action },
    { "workspace.show-objective", "x", show_objective_action },
    { "workspace.edit-objective", "x", edit_action },
    { "workspace.edit-key-result", "x", edit_action },
    { "workspace.close-editor", NULL, close_editor_action },
    { "workspace.dismiss-message", NULL, dismiss_message_action },
    { "workspace.check-in", "x", check_in_action },
    { "workspace.show-history", "x", show_history_action },
    { "workspace.show-key-result-history", "x", show_history_action },
  };

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    gtk_widget_class_install_action (widget_class, actions[i].name, actions[i].type,
                                     actions[i].activate);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "workspace.new-objective", NULL);
}

/* What changes the OKRs; a day looked back at changes nothing. */
static const char * const edit_actions[] = {
  "workspace.create-objective", "workspace.add-key-result", "workspace.focus-add-key-result",
  "workspace.rename", "workspace.rename-objective", "workspace.rename-key-result",
  "workspace.mark-self-driven", "workspace.delete-objective", "workspace.delete-key-result",
  "workspace.duplicate-objective", "workspace.move-objective-up", "workspace.move-objective-down",
  "workspace.move-key-result-up", "workspace.move-key-result-down", "workspace.place-objective",
  "workspace.place-key-result", "workspace.move-objective", "workspace.align-objective",
  "workspace.add-dependency", "workspace.remove-link", "workspace.edit-objective",
  "workspace.edit-key-result", "workspace.check-in",
};

void
_lds_objectives_view_update_actions (LdsObjectivesView *self)
{
  gboolean has_owner = gtk_widget_get_visible (GTK_WIDGET (self->scroller));
  gboolean past = lds_context_get_at (self->context) != 0;

  for (guint i = 0; i < G_N_ELEMENTS (edit_actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), edit_actions[i], !past);
  if (past)
    {
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "workspace.new-objective", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "workspace.close-editor",
                                     gtk_revealer_get_reveal_child (self->editor_revealer));
      return;
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "workspace.new-objective", has_owner);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "workspace.create-objective",
                                 has_owner && lds_context_get_cycle_id (self->context) != 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "workspace.close-editor",
                                 gtk_revealer_get_reveal_child (self->editor_revealer));
}
