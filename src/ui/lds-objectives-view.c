/* lds-objectives-view.c: the editing workspace
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For the unit or person chosen in the organisation tree, the objectives
 * of the chosen cycle, each with its key results, what it serves and who
 * serves it; titles edit in place, and an editor panel on the right holds
 * every other field. New objectives and key results are typed into entries
 * at the end of the lists, so that a team can write its OKRs as fast as it
 * talks. The list is rebuilt from the store after every change (an owner
 * has a handful of objectives), and the keyboard focus is put back where it
 * was. The actions are in lds-objectives-view-actions.c.
 */

#define G_LOG_DOMAIN "lds-objectives-view"

#include "config.h"

#include <glib/gi18n.h>

#include "lds-key-result-editor.h"
#include "lds-objective-editor.h"
#include "lds-objectives-view-private.h"
#include "lds-record-object.h"
#include "lds-resources-private.h"
#include "lds-store-align.h"
#include "lds-widgets.h"

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static void lds_objectives_view_view_init (LdsViewInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LdsObjectivesView, lds_objectives_view, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (LDS_TYPE_VIEW,
                                                      lds_objectives_view_view_init))

#define ID_KEY(id) GSIZE_TO_POINTER ((gsize) (id))

/* Messages */

void
_lds_objectives_view_show_message (LdsObjectivesView *self,
                                   const char        *message,
                                   gboolean           offer_undo)
{
  gtk_label_set_label (self->banner_label, message);
  gtk_widget_set_visible (self->banner_button, offer_undo);
  gtk_revealer_set_reveal_child (self->banner, TRUE);
}

void
_lds_objectives_view_show_error (LdsObjectivesView *self,
                                 const GError      *error)
{
  _lds_objectives_view_show_message (self, error->message, FALSE);
  gtk_widget_error_bell (GTK_WIDGET (self));
}

/* The editor panel */

/* The editors are made the first time they are needed: a window opens
 * sooner without them. */
static void
ensure_editor (LdsObjectivesView *self,
               LdsRecordType      type)
{
  if (type == LDS_RECORD_KEY_RESULT && self->key_result_editor == NULL)
    {
      self->key_result_editor = lds_key_result_editor_new (self->context);
      gtk_stack_add_named (self->editor_stack, self->key_result_editor, "key-result");
    }
  if (type == LDS_RECORD_OBJECTIVE && self->objective_editor == NULL)
    {
      self->objective_editor = lds_objective_editor_new (self->context);
      gtk_stack_add_named (self->editor_stack, self->objective_editor, "objective");
    }
}

/* Making the editors takes a few tens of milliseconds, too long to add to
 * the first click on an objective: they are made once the window has been
 * on screen a moment, while nobody waits for it. */
#define PREPARE_DELAY_MS 500

static gboolean
prepare_editors_cb (gpointer data)
{
  LdsObjectivesView *self = data;

  self->prepare_id = 0;
  ensure_editor (self, LDS_RECORD_OBJECTIVE);
  ensure_editor (self, LDS_RECORD_KEY_RESULT);
  return G_SOURCE_REMOVE;
}

void
_lds_objectives_view_open_editor (LdsObjectivesView *self,
                                  LdsRecordType      type,
                                  LdsId              id)
{
  ensure_editor (self, type);
  if (type == LDS_RECORD_KEY_RESULT)
    {
      lds_key_result_editor_set_key_result (LDS_KEY_RESULT_EDITOR (self->key_result_editor), id);
      gtk_stack_set_visible_child (self->editor_stack, self->key_result_editor);
    }
  else
    {
      lds_objective_editor_set_objective (LDS_OBJECTIVE_EDITOR (self->objective_editor), id);
      gtk_stack_set_visible_child (self->editor_stack, self->objective_editor);
    }
  gtk_revealer_set_reveal_child (self->editor_revealer, TRUE);
  if (self->restoring)
    ;
  else if (type == LDS_RECORD_KEY_RESULT)
    lds_key_result_editor_focus (LDS_KEY_RESULT_EDITOR (self->key_result_editor));
  else
    lds_objective_editor_focus (LDS_OBJECTIVE_EDITOR (self->objective_editor));
  _lds_objectives_view_update_actions (self);
}

void
_lds_objectives_view_close_editor (LdsObjectivesView *self)
{
  gboolean on_kr = gtk_stack_get_visible_child (self->editor_stack) == self->key_result_editor;
  LdsId objective = 0, kr = 0;
  LdsObjectiveRow *row = NULL;

  if (!gtk_revealer_get_reveal_child (self->editor_revealer))
    return;
  gtk_revealer_set_reveal_child (self->editor_revealer, FALSE);
  if (self->objective_editor != NULL)
    {
      objective = lds_objective_editor_get_objective (LDS_OBJECTIVE_EDITOR (self->objective_editor));
      lds_objective_editor_set_objective (LDS_OBJECTIVE_EDITOR (self->objective_editor), 0);
    }
  if (self->key_result_editor != NULL)
    {
      kr = lds_key_result_editor_get_key_result (LDS_KEY_RESULT_EDITOR (self->key_result_editor));
      lds_key_result_editor_set_key_result (LDS_KEY_RESULT_EDITOR (self->key_result_editor), 0);
    }

  /* Back to where the editor was opened from. */
  if (on_kr && kr != 0)
    {
      g_autoptr(LdsKeyResult) record = lds_store_get (lds_context_get_store (self->context),
                                                      LDS_RECORD_KEY_RESULT, kr, NULL);
      row = record != NULL ? _lds_objectives_view_get_row (self, record->objective_id) : NULL;
      if (row != NULL)
        lds_objective_row_focus_part (row, LDS_ROW_PART_KEY_RESULT, kr);
    }
  else if ((row = _lds_objectives_view_get_row (self, objective)) != NULL)
    lds_objective_row_focus_part (row, LDS_ROW_PART_ROW, 0);
  _lds_objectives_view_update_actions (self);
}

/* Signal callbacks */

/* A cycle and an owner chosen together notify twice: the second finds its
 * page built already. */
static void
context_owner_changed_cb (LdsObjectivesView *self)
{
  const LdsPageKey *built = &self->built;

  if (!self->stale && built->owner_type == lds_context_get_owner_type (self->context) &&
      built->owner_id == lds_context_get_owner_id (self->context) &&
      built->cycle_id == lds_context_get_cycle_id (self->context) &&
      built->at == lds_context_get_at (self->context))
    return;
  _lds_objectives_view_refresh (self);
}

/* Another day: its OKRs, read only */
static void
context_day_changed_cb (LdsObjectivesView *self)
{
  if (lds_context_get_at (self->context) != 0)
    _lds_objectives_view_close_editor (self);
  _lds_objectives_view_refresh (self);
  _lds_objectives_view_update_actions (self);
}

static void
context_objective_changed_cb (LdsObjectivesView *self)
{
  _lds_objectives_view_select_context_objective (self);
  _lds_objectives_view_update_actions (self);
}

static void
store_changed_cb (LdsObjectivesView *self,
                  LdsChanges        *changes)
{
  LdsStore *store = lds_context_get_store (self->context);
  /* What the rows show; a workshop's cards or a review do not change them. */
  const guint shown = (1 << LDS_RECORD_UNIT) | (1 << LDS_RECORD_PERSON) |
                      (1 << LDS_RECORD_CYCLE) | (1 << LDS_RECORD_OBJECTIVE) |
                      (1 << LDS_RECORD_KEY_RESULT) | (1 << LDS_RECORD_LINK) |
                      (1 << LDS_RECORD_CHECKIN) | (1 << LDS_RECORD_ACTION_PLAN) |
                      (1 << LDS_RECORD_REVISION);

  if (!changes->everything && !changes->settings && (changes->types & shown) == 0)
    return;

  _lds_objectives_view_refresh (self);

  /* An editor whose record went away closes. */
  if (gtk_revealer_get_reveal_child (self->editor_revealer))
    {
      gboolean on_kr = gtk_stack_get_visible_child (self->editor_stack) == self->key_result_editor;
      LdsId id = on_kr
        ? lds_key_result_editor_get_key_result (LDS_KEY_RESULT_EDITOR (self->key_result_editor))
        : lds_objective_editor_get_objective (LDS_OBJECTIVE_EDITOR (self->objective_editor));
      gpointer record = lds_store_get (store, on_kr ? LDS_RECORD_KEY_RESULT : LDS_RECORD_OBJECTIVE,
                                       id, NULL);

      if (record == NULL)
        _lds_objectives_view_close_editor (self);
      else
        lds_record_free (on_kr ? LDS_RECORD_KEY_RESULT : LDS_RECORD_OBJECTIVE, record);
    }
}

static void
row_selected_cb (LdsObjectivesView *self,
                 GtkListBoxRow     *row)
{
  LdsId id;

  if (self->selecting || row == NULL || !LDS_IS_OBJECTIVE_ROW (row))
    return;
  id = lds_objective_row_get_id (LDS_OBJECTIVE_ROW (row));
  lds_context_set_objective_id (self->context, id);

  /* An open objective editor follows the selection. */
  if (gtk_revealer_get_reveal_child (self->editor_revealer) && self->objective_editor != NULL &&
      gtk_stack_get_visible_child (self->editor_stack) == self->objective_editor &&
      lds_objective_editor_get_objective (LDS_OBJECTIVE_EDITOR (self->objective_editor)) != id)
    lds_objective_editor_set_objective (LDS_OBJECTIVE_EDITOR (self->objective_editor), id);
}

static void
row_activated_cb (LdsObjectivesView *self,
                  GtkListBoxRow     *row)
{
  if (LDS_IS_OBJECTIVE_ROW (row))
    _lds_objectives_view_open_editor (self, LDS_RECORD_OBJECTIVE,
                                      lds_objective_row_get_id (LDS_OBJECTIVE_ROW (row)));
}

static void
new_objective_activate_cb (LdsObjectivesView *self,
                           GtkEntry          *entry)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "workspace.create-objective", "s",
                              gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static gboolean
editor_key_cb (LdsObjectivesView     *self,
               guint                  keyval,
               guint                  keycode,
               GdkModifierType        state,
               GtkEventControllerKey *controller)
{
  if (keyval != GDK_KEY_Escape || (state & gtk_accelerator_get_default_mod_mask ()) != 0)
    return FALSE;
  _lds_objectives_view_close_editor (self);
  return TRUE;
}

/* LdsView */

/* Both in lds-objectives-view-state.c */
static GVariant *
lds_objectives_view_save_state (LdsView *view)
{
  return _lds_objectives_view_save_state (LDS_OBJECTIVES_VIEW (view));
}

static void
lds_objectives_view_restore_state (LdsView  *view,
                                   GVariant *state)
{
  _lds_objectives_view_restore_state (LDS_OBJECTIVES_VIEW (view), state);
}

static void
lds_objectives_view_view_init (LdsViewInterface *iface)
{
  iface->save_state = lds_objectives_view_save_state;
  iface->restore_state = lds_objectives_view_restore_state;
}

/* GtkWidget */

/* Key results' bars grow with the room there is: short on a laptop beside
 * the editor, long on a projector. */
static GtkSizeRequestMode
lds_objectives_view_get_request_mode (GtkWidget *widget)
{
  return gtk_widget_get_request_mode (gtk_widget_get_first_child (widget));
}

static void
lds_objectives_view_measure (GtkWidget      *widget,
                             GtkOrientation  orientation,
                             int             for_size,
                             int            *minimum,
                             int            *natural,
                             int            *minimum_baseline,
                             int            *natural_baseline)
{
  gtk_widget_measure (gtk_widget_get_first_child (widget), orientation, for_size, minimum, natural,
                      minimum_baseline, natural_baseline);
}

static void
lds_objectives_view_size_allocate (GtkWidget *widget,
                                   int        width,
                                   int        height,
                                   int        baseline)
{
  LdsObjectivesView *self = LDS_OBJECTIVES_VIEW (widget);
  int list_width;
  gboolean wide;

  gtk_widget_allocate (gtk_widget_get_first_child (widget), width, height, baseline, NULL);
  list_width = gtk_widget_get_width (GTK_WIDGET (self->scroller));
  wide = gtk_widget_has_css_class (GTK_WIDGET (self->objectives_list), "lds-wide");
  if (!wide && list_width > 1000)
    gtk_widget_add_css_class (GTK_WIDGET (self->objectives_list), "lds-wide");
  else if (wide && list_width < 940)
    gtk_widget_remove_css_class (GTK_WIDGET (self->objectives_list), "lds-wide");
}

static void
lds_objectives_view_map (GtkWidget *widget)
{
  LdsObjectivesView *self = LDS_OBJECTIVES_VIEW (widget);

  GTK_WIDGET_CLASS (lds_objectives_view_parent_class)->map (widget);
  _lds_objectives_view_schedule_fill (self);
  if (self->objective_editor == NULL && self->prepare_id == 0)
    self->prepare_id = g_timeout_add_full (G_PRIORITY_LOW, PREPARE_DELAY_MS, prepare_editors_cb,
                                           self, NULL);
}

/* GObject */

static void
lds_objectives_view_constructed (GObject *object)
{
  LdsObjectivesView *self = LDS_OBJECTIVES_VIEW (object);
  GtkEventController *key = gtk_event_controller_key_new ();

  G_OBJECT_CLASS (lds_objectives_view_parent_class)->constructed (object);

  g_assert (self->context != NULL);

  g_signal_connect_object (key, "key-pressed", G_CALLBACK (editor_key_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->editor_stack), key);

  gtk_list_box_bind_model (self->people_list, G_LIST_MODEL (self->people),
                           _lds_objectives_view_create_person_row, self, NULL);
  g_signal_connect_object (self->people_list, "row-activated", G_CALLBACK (_lds_objectives_view_person_activated_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->objectives_list, "row-selected", G_CALLBACK (row_selected_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->objectives_list, "row-activated", G_CALLBACK (row_activated_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->new_objective_entry, "activate",
                           G_CALLBACK (new_objective_activate_cb), self, G_CONNECT_SWAPPED);

  g_signal_connect_object (self->context, "notify::owner-id",
                           G_CALLBACK (context_owner_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->context, "notify::cycle-id",
                           G_CALLBACK (context_owner_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->context, "notify::objective-id",
                           G_CALLBACK (context_objective_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (lds_context_get_store (self->context), "changed",
                           G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->context, "notify::at",
                           G_CALLBACK (context_day_changed_cb), self, G_CONNECT_SWAPPED);
  self->coach = g_object_ref (lds_coach_model_get_for_context (self->context));
  lds_date_control_set_context (self->date_control, self->context);
  lds_date_control_add_shortcuts (self->date_control, GTK_WIDGET (self));
  _lds_objectives_view_refresh (self);
}

static void
lds_objectives_view_dispose (GObject *object)
{
  LdsObjectivesView *self = LDS_OBJECTIVES_VIEW (object);
  GtkWidget *child;

  g_clear_handle_id (&self->fill_id, g_source_remove);
  g_clear_handle_id (&self->prepare_id, g_source_remove);
  g_clear_handle_id (&self->retire_id, g_source_remove);
  g_clear_pointer (&self->retired, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), LDS_TYPE_OBJECTIVES_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_pointer (&self->rows, g_hash_table_unref);
  g_clear_object (&self->people);
  g_clear_object (&self->coach);
  g_clear_pointer (&self->pending_state, g_variant_unref);
  for (guint i = 0; i < G_N_ELEMENTS (self->columns); i++)
    g_clear_object (&self->columns[i]);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (lds_objectives_view_parent_class)->dispose (object);
}

static void
lds_objectives_view_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  LdsObjectivesView *self = LDS_OBJECTIVES_VIEW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lds_objectives_view_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  LdsObjectivesView *self = LDS_OBJECTIVES_VIEW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lds_objectives_view_class_init (LdsObjectivesViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = lds_objectives_view_constructed;
  object_class->dispose = lds_objectives_view_dispose;
  object_class->get_property = lds_objectives_view_get_property;
  object_class->set_property = lds_objectives_view_set_property;
  widget_class->map = lds_objectives_view_map;
  widget_class->get_request_mode = lds_objectives_view_get_request_mode;
  widget_class->measure = lds_objectives_view_measure;
  widget_class->size_allocate = lds_objectives_view_size_allocate;

  g_object_class_override_property (object_class, PROP_CONTEXT, "context");

  lds_ensure_resources ();
  g_type_ensure (LDS_TYPE_EMPTY_STATE);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/lds-objectives-view.ui");
  g_type_ensure (LDS_TYPE_DATE_CONTROL);
  gtk_widget_class_bind_template_child (widget_class, LdsObjectivesView, banner);
  gtk_widget_class_bind_template_child (widget_class, LdsObjectivesView, banner_button);
  gtk_widget_class_bind_template_child (widget_class, LdsObjectivesView, banner_label);
  gtk_widget_class_bind_template_child (widget_class, LdsObjectivesView, date_control);
  gtk_widget_class_bind_template_child (widget_class, LdsObjectivesView, editor_revealer);
  gtk_widget_class_bind_template_child (widget_class, LdsObjectivesView, editor_stack);
  gtk_widget_class_bind_template_child (widget_class, LdsObjectivesView, new_objective_button);
  gtk_widget_class_bind_template_child (widget_class, LdsObjectivesView, new_objective_entry);
  gtk_widget_class_bind_template_child (widget_class, LdsObjectivesView, cycles_empty);
  gtk_widget_class_bind_template_child (widget_class, LdsObjectivesView, objectives_empty);
  gtk_widget_class_bind_template_child (widget_class, LdsObjectivesView, objectives_heading);
  gtk_widget_class_bind_template_child (widget_class, LdsObjectivesView, objectives_list);
  gtk_widget_class_bind_template_child (widget_class, LdsObjectivesView, owner_subtitle);
  gtk_widget_class_bind_template_child (widget_class, LdsObjectivesView, owner_title);
  gtk_widget_class_bind_template_child (widget_class, LdsObjectivesView, people_heading);
  gtk_widget_class_bind_template_child (widget_class, LdsObjectivesView, people_list);
  gtk_widget_class_bind_template_child (widget_class, LdsObjectivesView, scroller);

  _lds_objectives_view_install_actions (widget_class);
}

static void
lds_objectives_view_init (LdsObjectivesView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->people = g_list_store_new (LDS_TYPE_RECORD_OBJECT);
  self->rows = g_hash_table_new (NULL, NULL);
  self->retired = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < G_N_ELEMENTS (self->columns); i++)
    self->columns[i] = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);
  self->settings = LDS_FILE_SETTINGS_DEFAULT;
}

GtkWidget *
lds_objectives_view_new (LdsContext *context)
{
  g_return_val_if_fail (LDS_IS_CONTEXT (context), NULL);

  return g_object_new (LDS_TYPE_OBJECTIVES_VIEW, "context", context, NULL);
}

/**
 * lds_objectives_view_show_record:
 * @type: %LDS_RECORD_OBJECTIVE or %LDS_RECORD_KEY_RESULT
 * @edit: whether to open the record's editor too
 *
 * Selects the record in the list and gives it the keyboard. The context's
 * owner and cycle must already be the record's (lds_context_show_objective()).
 */
void
lds_objectives_view_show_record (LdsObjectivesView *self,
                                 LdsRecordType      type,
                                 LdsId              id,
                                 gboolean           edit)
{
  LdsStore *store;
  LdsObjectiveRow *row;
  LdsId objective = id;

  g_return_if_fail (LDS_IS_OBJECTIVES_VIEW (self));

  store = lds_context_get_store (self->context);
  _lds_objectives_view_flush (self);
  if (type == LDS_RECORD_KEY_RESULT)
    {
      g_autoptr(LdsKeyResult) kr = lds_store_get (store, LDS_RECORD_KEY_RESULT, id, NULL);

      if (kr == NULL)
        return;
      objective = kr->objective_id;
    }
  row = _lds_objectives_view_get_row (self, objective);
  if (row == NULL)
    return;
  gtk_list_box_select_row (self->objectives_list, GTK_LIST_BOX_ROW (row));
  lds_objective_row_focus_part (row, type == LDS_RECORD_KEY_RESULT ? LDS_ROW_PART_KEY_RESULT
                                                                   : LDS_ROW_PART_ROW, id);
  /* A day looked back at is shown, not edited. */
  if (edit && lds_context_get_at (self->context) == 0)
    _lds_objectives_view_open_editor (self, type, id);
}

/**
 * lds_objectives_view_new_objective:
 *
 * Takes the keyboard to the entry of a new objective.
 */
void
lds_objectives_view_new_objective (LdsObjectivesView *self)
{
  g_return_if_fail (LDS_IS_OBJECTIVES_VIEW (self));

  _lds_objectives_view_flush (self);
  gtk_widget_activate_action (GTK_WIDGET (self), "workspace.new-objective", NULL);
}

/**
 * lds_objectives_view_get_editor:
 *
 * Returns: (transfer none) (nullable): the editor shown in the panel, or
 *   %NULL when the panel is closed
 */
GtkWidget *
lds_objectives_view_get_editor (LdsObjectivesView *self)
{
  g_return_val_if_fail (LDS_IS_OBJECTIVES_VIEW (self), NULL);

  if (!gtk_revealer_get_reveal_child (self->editor_revealer))
    return NULL;
  return gtk_stack_get_visible_child (self->editor_stack);
}
