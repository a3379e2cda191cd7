/* lds-objective-editor.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The editor panel of one objective: every field the store keeps, its
 * alignment (what it serves, what it depends on, who serves it) and its
 * key results. A value is saved as soon as it is given (Enter, leaving the
 * field, a choice), as one action; a value the rules refuse is not saved,
 * and its message shows at the field until it is put right.
 */

#define G_LOG_DOMAIN "lds-objective-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "lds-objective-editor.h"
#include "lds-revision-dialog.h"
#include "lds-pickers.h"
#include "lds-store-align.h"
#include "lds-store-okr.h"

struct _LdsObjectiveEditor
{
  GtkWidget     parent_instance;

  LdsContext   *context;
  LdsId         id;
  gboolean      loading;
  gboolean      asking;       /* the reason for a revision is being asked */

  GtkWidget    *box;
  GtkWidget    *heading;
  GtkWidget    *actions;      /* the buttons at the bottom, acting on the objective */
  LdsForm      *form;
  GtkWidget    *title;
  GtkWidget    *description;
  GtkWidget    *owner;
  GtkWidget    *cycle;
  GtkWidget    *type;
  GtkWidget    *status;
  GtkWidget    *perspective;
  GtkWidget    *visibility;
  GtkWidget    *private_reason;
  GtkWidget    *self_driven;
  GtkWidget    *mid_cycle;
  GtkWidget    *links;
  GtkWidget    *key_results;
};

G_DEFINE_FINAL_TYPE (LdsObjectiveEditor, lds_objective_editor, GTK_TYPE_WIDGET)

static LdsStore *
store_of (LdsObjectiveEditor *self)
{
  return lds_context_get_store (self->context);
}

static char *
text_view_text (GtkWidget *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
clear_box (GtkWidget *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (box)) != NULL)
    gtk_box_remove (GTK_BOX (box), child);
}

static GtkWidget *
action_button (const char *label,
               const char *action,
               LdsId       target)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x", target);
  return button;
}

static GtkWidget *
link_row (const LdsLinkInfo *link,
          gboolean           outgoing)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  const char *kind = link->kind == LDS_LINK_KIND_ALIGNS
    ? (outgoing ? C_("alignment", "Serves") : C_("alignment", "Served by"))
    : (outgoing ? C_("alignment", "Depends on") : C_("alignment", "Needed by"));
  /* Translators: a linked record and its owner, as in "New customers · Sales" */
  g_autofree char *text = g_strdup_printf (_("%1$s · %2$s"),
                                           outgoing ? link->to_title : link->from_title,
                                           outgoing ? link->to_owner : link->from_owner);
  GtkWidget *caption = gtk_label_new (kind);
  GtkWidget *button = action_button (NULL, "workspace.show-objective",
                                     outgoing ? link->to_objective_id : link->from_id);
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (caption, "dim-label");
  gtk_label_set_width_chars (GTK_LABEL (caption), 8);
  gtk_label_set_xalign (GTK_LABEL (caption), 0);
  gtk_box_append (GTK_BOX (row), caption);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_button_set_child (GTK_BUTTON (button), label);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_hexpand (button, TRUE);
  gtk_widget_set_tooltip_text (button, text);
  /* "Serves New customers · Sales", as the row reads it */
  gtk_accessible_update_relation (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  caption, label, NULL, -1);
  gtk_box_append (GTK_BOX (row), button);
  if (outgoing)
    {
      GtkWidget *remove = action_button (NULL, "workspace.remove-link", link->link_id);
      const char *remove_text = link->kind == LDS_LINK_KIND_ALIGNS ? _("Remove Alignment")
                                                                   : _("Remove Dependency");

      gtk_button_set_icon_name (GTK_BUTTON (remove), "window-close-symbolic");
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_tooltip_text (remove, remove_text);
      gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      remove_text, -1);
      gtk_box_append (GTK_BOX (row), remove);
    }
  return row;
}

static void
load_links (LdsObjectiveEditor *self)
{
  g_autoptr(GPtrArray) from = lds_store_list_links_from (store_of (self), self->id, NULL);
  g_autoptr(GPtrArray) to = lds_store_list_links_to (store_of (self), LDS_RECORD_OBJECTIVE,
                                                     self->id, NULL);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  clear_box (self->links);
  for (guint i = 0; from != NULL && i < from->len; i++)
    gtk_box_append (GTK_BOX (self->links), link_row (g_ptr_array_index (from, i), TRUE));
  for (guint i = 0; to != NULL && i < to->len; i++)
    gtk_box_append (GTK_BOX (self->links), link_row (g_ptr_array_index (to, i), FALSE));
  if ((from == NULL || from->len == 0) && (to == NULL || to->len == 0))
    {
      GtkWidget *none = gtk_label_new (_("Not aligned to anything yet."));

      gtk_label_set_xalign (GTK_LABEL (none), 0);
      gtk_widget_add_css_class (none, "dim-label");
      gtk_box_append (GTK_BOX (self->links), none);
    }
  gtk_box_append (GTK_BOX (buttons), action_button (_("Ali_gn To…"), "workspace.align-objective",
                                                    self->id));
  gtk_box_append (GTK_BOX (buttons), action_button (_("Add De_pendency…"),
                                                    "workspace.add-dependency", self->id));
  gtk_widget_set_margin_top (buttons, 6);
  gtk_box_append (GTK_BOX (self->links), buttons);
}

static void
load_key_results (LdsObjectiveEditor *self)
{
  g_autoptr(GPtrArray) krs = lds_store_list_by (store_of (self), LDS_RECORD_KEY_RESULT,
                                                "objective_id", self->id, NULL);

  clear_box (self->key_results);
  for (guint i = 0; krs != NULL && i < krs->len; i++)
    {
      LdsKeyResult *kr = g_ptr_array_index (krs, i);
      GtkWidget *button = action_button (NULL, "workspace.edit-key-result", kr->id);
      GtkWidget *label = gtk_label_new (kr->title);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_button_set_child (GTK_BUTTON (button), label);
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_set_tooltip_text (button, _("Edit this key result"));
      gtk_accessible_update_relation (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                      label, NULL, -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      _("Edit this key result"), -1);
      gtk_box_append (GTK_BOX (self->key_results), button);
    }
  gtk_box_append (GTK_BOX (self->key_results),
                  action_button (_("Add _Key Result"), "workspace.focus-add-key-result", self->id));
}

static void
load (LdsObjectiveEditor *self)
{
  g_autoptr(LdsObjective) o = NULL;

  if (self->id == 0)
    return;
  o = lds_store_get (store_of (self), LDS_RECORD_OBJECTIVE, self->id, NULL);
  if (o == NULL)
    return;

  self->loading = TRUE;
  /* Neither a refused value nor what is being typed is replaced. */
  lds_form_load_text (self->form, "title", o->title);
  lds_form_load_text (self->form, "description", o->description);
  lds_record_dropdown_select (self->owner,
                              o->owner_unit_id != 0 ? LDS_RECORD_UNIT : LDS_RECORD_PERSON,
                              o->owner_unit_id != 0 ? o->owner_unit_id : o->owner_person_id);
  lds_record_dropdown_select (self->cycle, LDS_RECORD_CYCLE, o->cycle_id);
  lds_enum_dropdown_set (self->type, o->type);
  lds_enum_dropdown_set (self->status, o->status);
  lds_enum_dropdown_set (self->perspective, o->perspective);
  lds_enum_dropdown_set (self->visibility, o->visibility);
  lds_form_load_text (self->form, "private_reason", o->private_reason);
  lds_form_set_visible (self->form, "private_reason", o->visibility == LDS_VISIBILITY_PRIVATE);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (self->self_driven), o->self_driven);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (self->mid_cycle), o->mid_cycle);
  self->loading = FALSE;

  load_links (self);
  load_key_results (self);
}

static void
reload_choices (LdsObjectiveEditor *self)
{
  self->loading = TRUE;
  gtk_drop_down_set_model (GTK_DROP_DOWN (self->owner),
                           lds_owner_model_new (store_of (self),
                                                LDS_OWNERS_UNITS | LDS_OWNERS_PEOPLE, 0));
  g_object_unref (gtk_drop_down_get_model (GTK_DROP_DOWN (self->owner)));
  gtk_drop_down_set_model (GTK_DROP_DOWN (self->cycle), lds_cycle_model_new (store_of (self), FALSE));
  g_object_unref (gtk_drop_down_get_model (GTK_DROP_DOWN (self->cycle)));
  self->loading = FALSE;
}

/* Saving */

static void
move (LdsObjectiveEditor *self)
{
  LdsRecordObject *owner = lds_record_dropdown_get (self->owner);
  LdsRecordObject *cycle = lds_record_dropdown_get (self->cycle);
  g_autoptr(GError) error = NULL;

  if (owner == NULL || cycle == NULL)
    return;
  lds_form_set_error (self->form, "cycle_id", NULL);
  lds_form_set_error (self->form, "owner_unit_id", NULL);
  if (!lds_store_move_objective (store_of (self), self->id, lds_record_object_get_kind (owner),
                                 lds_record_object_get_id (owner), lds_record_object_get_id (cycle),
                                 &error))
    lds_form_set_error (self->form, "owner_unit_id", error->message);
  else
    /* The objective stays in focus wherever it went. */
    lds_context_show_objective (self->context, self->id);
}

static void
revised_cb (gpointer      user_data,
            gboolean      written,
            const GError *error)
{
  g_autoptr(LdsObjectiveEditor) self = user_data;

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
  LdsObjectiveEditor *self = user_data;
  g_autoptr(LdsObjective) stored = NULL;
  g_autoptr(LdsObjective) draft = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  const char *at = NULL;
  gboolean renamed;

  if (self->context == NULL || self->loading || self->asking || self->id == 0)
    return;
  if (g_str_equal (field, "owner_unit_id") || g_str_equal (field, "cycle_id"))
    {
      move (self);
      return;
    }

  stored = lds_store_get (store_of (self), LDS_RECORD_OBJECTIVE, self->id, NULL);
  if (stored == NULL)
    return;
  draft = lds_objective_copy (stored);
  title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title))));
  lds_set_text (&draft->title, title);
  lds_take_text (&draft->description, text_view_text (self->description));
  draft->type = lds_enum_dropdown_get (self->type);
  draft->status = lds_enum_dropdown_get (self->status);
  draft->perspective = lds_enum_dropdown_get (self->perspective);
  draft->visibility = lds_enum_dropdown_get (self->visibility);
  lds_set_text (&draft->private_reason, gtk_editable_get_text (GTK_EDITABLE (self->private_reason)));
  draft->self_driven = gtk_check_button_get_active (GTK_CHECK_BUTTON (self->self_driven));
  draft->mid_cycle = gtk_check_button_get_active (GTK_CHECK_BUTTON (self->mid_cycle));
  lds_form_set_visible (self->form, "private_reason", draft->visibility == LDS_VISIBILITY_PRIVATE);

  lds_form_clear_errors (self->form);
  if (!lds_store_check_record (store_of (self), LDS_RECORD_OBJECTIVE, draft, &at, &error))
    {
      lds_form_set_error (self->form, at, error->message);
      return;
    }
  if (lds_record_equal (LDS_RECORD_OBJECTIVE, draft, stored))
    return;

  renamed = g_strcmp0 (draft->title, stored->title) != 0;
  g_free (stored->title);
  stored->title = g_strdup (draft->title);
  renamed = renamed && lds_record_equal (LDS_RECORD_OBJECTIVE, draft, stored);
  /* In a running cycle a new title is a revision: the reason is asked for. */
  self->asking = TRUE;
  lds_revise_record (GTK_WIDGET (self), store_of (self), LDS_RECORD_OBJECTIVE, draft,
                     renamed ? _("Rename Objective") : _("Change Objective"), revised_cb,
                     g_object_ref (self));
}

/* Signal callbacks */

static void
store_changed_cb (LdsObjectiveEditor *self,
                  LdsChanges         *changes)
{
  if (lds_changes_has_type (changes, LDS_RECORD_UNIT) ||
      lds_changes_has_type (changes, LDS_RECORD_PERSON) ||
      lds_changes_has_type (changes, LDS_RECORD_CYCLE))
    reload_choices (self);
  load (self);
}

/* GObject */

static void
build (LdsObjectiveEditor *self)
{
  GtkWidget *head = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *close = gtk_button_new_from_icon_name ("window-close-symbolic");
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *delete = gtk_button_new_with_mnemonic (_("De_lete"));

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  self->heading = gtk_label_new (_("Objective"));
  gtk_widget_add_css_class (self->heading, "title-4");
  gtk_label_set_xalign (GTK_LABEL (self->heading), 0);
  gtk_widget_set_hexpand (self->heading, TRUE);
  gtk_box_append (GTK_BOX (head), self->heading);
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

  self->title = gtk_entry_new ();
  lds_form_add (self->form, "title", _("_Title"), self->title);
  self->description = gtk_text_view_new ();
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (self->description), GTK_WRAP_WORD_CHAR);
  gtk_widget_set_size_request (self->description, -1, 72);
  gtk_widget_add_css_class (self->description, "lds-description");
  gtk_frame_set_child (GTK_FRAME (frame), self->description);
  lds_form_add (self->form, "description", _("_Description"), self->description);

  self->owner = lds_record_dropdown_new (lds_owner_model_new (store_of (self),
                                                              LDS_OWNERS_UNITS | LDS_OWNERS_PEOPLE,
                                                              0));
  lds_form_add (self->form, "owner_unit_id,owner_person_id", _("Ow_ner"), self->owner);
  self->cycle = lds_record_dropdown_new (lds_cycle_model_new (store_of (self), FALSE));
  lds_form_add (self->form, "cycle_id", _("_Cycle"), self->cycle);
  self->type = lds_enum_dropdown_new (lds_objective_type_get_type ());
  lds_form_add (self->form, "type", _("K_ind"), self->type);
  /* (In words, not in scores: the organisation may show scores as 0.0–1.0 or as percentages.) */
  lds_form_add_caption (self->form, "type", _("Committed objectives are expected to be met in "
                                              "full; aspirational ones succeed at about two "
                                              "thirds of the way."));
  self->status = lds_enum_dropdown_new (lds_objective_status_get_type ());
  lds_form_add (self->form, "status", _("_Status"), self->status);
  self->perspective = lds_enum_dropdown_new (lds_perspective_get_type ());
  lds_form_add (self->form, "perspective", _("Pe_rspective"), self->perspective);
  self->visibility = lds_enum_dropdown_new (lds_visibility_get_type ());
  lds_form_add (self->form, "visibility", _("Visi_bility"), self->visibility);
  self->private_reason = gtk_entry_new ();
  lds_form_add (self->form, "private_reason", _("_Why it is private"), self->private_reason);
  self->self_driven = lds_form_check_new (_("S_elf-driven: it serves nothing above it, on purpose"));
  lds_form_add (self->form, "self_driven", NULL, self->self_driven);
  self->mid_cycle = lds_form_check_new (_("_Added mid-cycle"));
  lds_form_add (self->form, "mid_cycle", NULL, self->mid_cycle);
  lds_form_watch (self->form, commit_cb, self);

  lds_form_add_heading (self->form, _("Alignment"));
  self->links = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_add_css_class (self->links, "lds-editor-links");
  lds_form_add_widget (self->form, self->links);
  lds_form_add_heading (self->form, _("Key Results"));
  self->key_results = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  lds_form_add_widget (self->form, self->key_results);

  gtk_box_append (GTK_BOX (buttons), action_button (_("D_uplicate"),
                                                    "workspace.duplicate-objective", 0));
  gtk_box_append (GTK_BOX (buttons), action_button (_("_Move To…"), "workspace.move-objective", 0));
  gtk_box_append (GTK_BOX (buttons), action_button (_("Re_visions"), "workspace.show-history", 0));
  gtk_widget_add_css_class (delete, "destructive-action");
  gtk_widget_set_halign (delete, GTK_ALIGN_END);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (delete), "workspace.delete-objective");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (delete), "x", (gint64) 0);
  /* Delete on a line of its own: with the other three beside it, the
   * panel was wider than a 1280-pixel window leaves it, in both languages. */
  self->actions = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_margin_top (self->actions, 12);
  gtk_widget_add_css_class (buttons, "lds-editor-buttons");
  gtk_box_append (GTK_BOX (self->actions), buttons);
  gtk_box_append (GTK_BOX (self->actions), delete);
  lds_form_add_widget (self->form, self->actions);

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->form));
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_box_append (GTK_BOX (self->box), scroller);
}

static void
lds_objective_editor_dispose (GObject *object)
{
  LdsObjectiveEditor *self = LDS_OBJECTIVE_EDITOR (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (lds_objective_editor_parent_class)->dispose (object);
}

static void
lds_objective_editor_class_init (LdsObjectiveEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lds_objective_editor_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "ldsobjectiveeditor");
}

static void
lds_objective_editor_init (LdsObjectiveEditor *self)
{
}

GtkWidget *
lds_objective_editor_new (LdsContext *context)
{
  LdsObjectiveEditor *self;

  g_return_val_if_fail (LDS_IS_CONTEXT (context), NULL);

  self = g_object_new (LDS_TYPE_OBJECTIVE_EDITOR, NULL);
  self->context = g_object_ref (context);
  build (self);
  g_signal_connect_object (store_of (self), "changed", G_CALLBACK (store_changed_cb), self,
                           G_CONNECT_SWAPPED);
  return GTK_WIDGET (self);
}

/* The buttons in @widget (the ones at the bottom) act on @objective_id */
static void
act_on (GtkWidget *widget,
        LdsId      objective_id)
{
  if (GTK_IS_ACTIONABLE (widget))
    {
      gtk_actionable_set_action_target (GTK_ACTIONABLE (widget), "x", objective_id);
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    act_on (child, objective_id);
}

/**
 * lds_objective_editor_set_objective:
 * @objective_id: the objective to edit, or 0 for none
 */
void
lds_objective_editor_set_objective (LdsObjectiveEditor *self,
                                    LdsId               objective_id)
{
  g_return_if_fail (LDS_IS_OBJECTIVE_EDITOR (self));

  if (self->id != objective_id)
    lds_form_forget_edits (self->form);
  self->id = objective_id;
  lds_form_clear_errors (self->form);
  act_on (self->actions, objective_id);
  load (self);
}

LdsId
lds_objective_editor_get_objective (LdsObjectiveEditor *self)
{
  g_return_val_if_fail (LDS_IS_OBJECTIVE_EDITOR (self), 0);

  return self->id;
}

/**
 * lds_objective_editor_get_form:
 *
 * Returns: (transfer none): the form, whose fields tests fill in
 */
LdsForm *
lds_objective_editor_get_form (LdsObjectiveEditor *self)
{
  g_return_val_if_fail (LDS_IS_OBJECTIVE_EDITOR (self), NULL);

  return self->form;
}

void
lds_objective_editor_focus (LdsObjectiveEditor *self)
{
  g_return_if_fail (LDS_IS_OBJECTIVE_EDITOR (self));

  gtk_widget_grab_focus (self->title);
}
