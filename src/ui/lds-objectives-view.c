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

/* People */

static GtkWidget *
create_person_row (gpointer item,
                   gpointer user_data)
{
  LdsPerson *person = lds_record_object_get_record (item);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *name = gtk_label_new (person->name);
  GtkWidget *row;

  gtk_widget_add_css_class (box, "lds-person");
  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name ("avatar-default-symbolic"));
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_widget_set_hexpand (name, TRUE);
  gtk_box_append (GTK_BOX (box), name);
  if (person->champion)
    gtk_box_append (GTK_BOX (box), lds_pill_new (_("Champion"), "lds-champion"));
  gtk_box_append (GTK_BOX (box),
                  lds_pill_new (lds_enum_label (lds_role_get_type (), person->role), NULL));

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data (G_OBJECT (row), "lds-id", ID_KEY (person->id));
  gtk_widget_set_tooltip_text (row, _("Show this person’s objectives"));
  return row;
}

static void
person_activated_cb (LdsObjectivesView *self,
                     GtkListBoxRow     *row)
{
  LdsId id = (LdsId) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "lds-id"));

  lds_context_set_owner (self->context, LDS_RECORD_PERSON, id);
}

static char *
owner_subtitle (LdsStore      *store,
                LdsRecordType  type,
                gpointer       record)
{
  if (type == LDS_RECORD_UNIT)
    return g_strdup (lds_enum_label (lds_unit_kind_get_type (), ((LdsUnit *) record)->kind));
  else
    {
      LdsPerson *person = record;
      g_autoptr(LdsUnit) unit = lds_store_get (store, LDS_RECORD_UNIT, person->unit_id, NULL);

      /* Translators: a person's role and unit, as in "Manager · Sales" */
      return g_strdup_printf (_("%1$s · %2$s"), lds_enum_label (lds_role_get_type (), person->role),
                              unit != NULL ? unit->name : "");
    }
}

/* The list */

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

/* Remembers where the keyboard is, unless an action said where it goes. */
static void
capture_focus (LdsObjectivesView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *row;

  if (self->pending || focus == NULL)
    return;
  if (focus == GTK_WIDGET (self->new_objective_entry) ||
      gtk_widget_is_ancestor (focus, GTK_WIDGET (self->new_objective_entry)))
    {
      self->pending = TRUE;
      self->pending_new_entry = TRUE;
      return;
    }
  row = gtk_widget_get_ancestor (focus, LDS_TYPE_OBJECTIVE_ROW);
  if (row == NULL || !gtk_widget_is_ancestor (row, GTK_WIDGET (self->objectives_list)))
    return;
  self->pending = TRUE;
  self->pending_objective = lds_objective_row_get_id (LDS_OBJECTIVE_ROW (row));
  self->pending_part = lds_objective_row_find_part (LDS_OBJECTIVE_ROW (row), focus,
                                                    &self->pending_key_result);
}

static void
restore_focus (LdsObjectivesView *self,
               GArray            *old_order)
{
  LdsObjectiveRow *row;

  if (!self->pending)
    return;
  self->pending = FALSE;

  if (self->pending_new_entry)
    {
      self->pending_new_entry = FALSE;
      if (gtk_widget_get_visible (GTK_WIDGET (self->new_objective_entry)))
        gtk_widget_grab_focus (GTK_WIDGET (self->new_objective_entry));
      return;
    }

  row = g_hash_table_lookup (self->rows, ID_KEY (self->pending_objective));
  if (row == NULL)
    {
      /* The objective went away: the keyboard goes to the one after it, or
       * before it, or to the entry of a new one. */
      for (guint i = 0; old_order != NULL && i < old_order->len && row == NULL; i++)
        if (g_array_index (old_order, LdsId, i) == self->pending_objective)
          for (guint d = 1; d < old_order->len && row == NULL; d++)
            {
              if (i + d < old_order->len)
                row = g_hash_table_lookup (self->rows,
                                           ID_KEY (g_array_index (old_order, LdsId, i + d)));
              if (row == NULL && i >= d)
                row = g_hash_table_lookup (self->rows,
                                           ID_KEY (g_array_index (old_order, LdsId, i - d)));
            }
      if (row != NULL)
        gtk_widget_grab_focus (GTK_WIDGET (row));
      else if (gtk_widget_get_visible (GTK_WIDGET (self->new_objective_entry)))
        gtk_widget_grab_focus (GTK_WIDGET (self->new_objective_entry));
      return;
    }
  if (row != NULL)
    lds_objective_row_focus_part (row, self->pending_part, self->pending_key_result);
}

static GHashTable *
names_of_owners (LdsStore  *store,
                 GPtrArray *all_krs)
{
  GHashTable *names = g_hash_table_new_full (NULL, NULL, NULL, g_free);

  for (guint i = 0; i < all_krs->len; i++)
    {
      GPtrArray *krs = g_ptr_array_index (all_krs, i);

      for (guint j = 0; krs != NULL && j < krs->len; j++)
        {
          LdsKeyResult *kr = g_ptr_array_index (krs, j);
          g_autoptr(LdsPerson) person = NULL;

          if (kr->owner_id == 0 || g_hash_table_contains (names, ID_KEY (kr->owner_id)))
            continue;
          person = lds_store_get (store, LDS_RECORD_PERSON, kr->owner_id, NULL);
          if (person != NULL)
            g_hash_table_insert (names, ID_KEY (kr->owner_id), g_strdup (person->name));
        }
    }
  return names;
}

static gboolean
needs_parent (const LdsObjective *o,
              GPtrArray          *links_from,
              gboolean            company_owned)
{
  if (o->self_driven || company_owned)
    return FALSE;
  for (guint i = 0; links_from != NULL && i < links_from->len; i++)
    if (((LdsLinkInfo *) g_ptr_array_index (links_from, i))->kind == LDS_LINK_KIND_ALIGNS)
      return FALSE;
  return TRUE;
}

static void
fill_objectives (LdsObjectivesView *self,
                 GPtrArray         *objectives,
                 gboolean           company_owned)
{
  LdsStore *store = lds_context_get_store (self->context);
  g_autoptr(GPtrArray) all_krs = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GHashTable) people = NULL;

  for (guint i = 0; i < objectives->len; i++)
    {
      LdsObjective *o = g_ptr_array_index (objectives, i);
      GPtrArray *krs = lds_store_list_by (store, LDS_RECORD_KEY_RESULT, "objective_id", o->id, NULL);

      g_ptr_array_add (all_krs, krs != NULL ? krs : g_ptr_array_new ());
    }
  people = names_of_owners (store, all_krs);

  for (guint i = 0; i < objectives->len; i++)
    {
      LdsObjective *o = g_ptr_array_index (objectives, i);
      g_autoptr(GPtrArray) from = lds_store_list_links_from (store, o->id, NULL);
      g_autoptr(GPtrArray) to = lds_store_list_links_to (store, LDS_RECORD_OBJECTIVE, o->id, NULL);
      LdsObjectiveRowData data = {
        .objective = o,
        .key_results = g_ptr_array_index (all_krs, i),
        .links_from = from,
        .links_to = to,
        .people = people,
        .needs_parent = needs_parent (o, from, company_owned),
        .settings = &self->settings,
        .value_group = self->value_group,
      };
      GtkWidget *row = lds_objective_row_new (&data);

      gtk_list_box_append (self->objectives_list, row);
      g_hash_table_insert (self->rows, ID_KEY (o->id), row);
    }
}

static void
select_context_objective (LdsObjectivesView *self)
{
  LdsObjectiveRow *row = g_hash_table_lookup (self->rows,
                                              ID_KEY (lds_context_get_objective_id (self->context)));

  self->selecting = TRUE;
  if (row != NULL)
    gtk_list_box_select_row (self->objectives_list, GTK_LIST_BOX_ROW (row));
  else
    gtk_list_box_unselect_all (self->objectives_list);
  self->selecting = FALSE;
}

void
_lds_objectives_view_refresh (LdsObjectivesView *self)
{
  LdsStore *store = lds_context_get_store (self->context);
  LdsRecordType type = lds_context_get_owner_type (self->context);
  LdsId owner_id = lds_context_get_owner_id (self->context);
  LdsId cycle_id = lds_context_get_cycle_id (self->context);
  g_autoptr(LdsCycle) cycle = cycle_id != 0 ? lds_store_get (store, LDS_RECORD_CYCLE, cycle_id, NULL)
                                            : NULL;
  g_autoptr(GPtrArray) objectives = NULL;
  g_autoptr(GArray) old_order = g_array_new (FALSE, FALSE, sizeof (LdsId));
  g_autofree char *subtitle = NULL;
  g_autofree char *heading = NULL;
  gpointer owner = NULL;
  gboolean company_owned = FALSE;
  guint n_objectives;

  /* A page nobody sees is built once it is shown (see map). */
  g_clear_handle_id (&self->fill_id, g_source_remove);
  self->stale = !gtk_widget_get_mapped (GTK_WIDGET (self));
  if (self->stale)
    return;

  capture_focus (self);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->objectives_list));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (LDS_IS_OBJECTIVE_ROW (child))
      {
        LdsId id = lds_objective_row_get_id (LDS_OBJECTIVE_ROW (child));
        g_array_append_val (old_order, id);
      }

  lds_store_get_file_settings (store, &self->settings);
  g_hash_table_remove_all (self->rows);
  clear_list (self->objectives_list);

  if (owner_id != 0)
    owner = lds_store_get (store, type, owner_id, NULL);
  if (owner == NULL)
    {
      g_list_store_remove_all (self->people);
      gtk_widget_set_visible (GTK_WIDGET (self->scroller), FALSE);
      self->pending = FALSE;
      _lds_objectives_view_update_actions (self);
      return;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->scroller), TRUE);

  gtk_label_set_label (self->owner_title, type == LDS_RECORD_UNIT ? ((LdsUnit *) owner)->name
                                                                  : ((LdsPerson *) owner)->name);
  subtitle = owner_subtitle (store, type, owner);
  gtk_label_set_label (self->owner_subtitle, subtitle);
  company_owned = type == LDS_RECORD_UNIT && ((LdsUnit *) owner)->parent_id == 0;

  objectives = lds_store_list_by (store, LDS_RECORD_OBJECTIVE,
                                  type == LDS_RECORD_UNIT ? "owner_unit_id" : "owner_person_id",
                                  owner_id, NULL);
  for (guint i = 0; objectives != NULL && i < objectives->len;)
    if (((LdsObjective *) g_ptr_array_index (objectives, i))->cycle_id != cycle_id)
      g_ptr_array_remove_index (objectives, i);
    else
      i++;
  if (objectives != NULL)
    fill_objectives (self, objectives, company_owned);

  if (type == LDS_RECORD_UNIT)
    {
      g_autoptr(GPtrArray) people = lds_store_list_by (store, LDS_RECORD_PERSON, "unit_id",
                                                       owner_id, NULL);
      g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; people != NULL && i < people->len; i++)
        g_ptr_array_add (items, lds_record_object_new (LDS_RECORD_PERSON,
                                                       lds_person_copy (people->pdata[i])));
      g_list_store_splice (self->people, 0, g_list_model_get_n_items (G_LIST_MODEL (self->people)),
                           items->pdata, items->len);
    }
  else
    g_list_store_remove_all (self->people);
  lds_record_free (type, owner);

  n_objectives = g_hash_table_size (self->rows);
  if (cycle != NULL)
    /* Translators: %s is the name of a cycle, such as "2027 Q1" */
    heading = g_strdup_printf (_("Objectives in %s"), cycle->name);
  else
    heading = g_strdup (_("Objectives"));
  gtk_label_set_label (self->objectives_heading, heading);
  gtk_widget_set_visible (GTK_WIDGET (self->objectives_list), n_objectives > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->objectives_empty), n_objectives == 0);
  gtk_label_set_label (self->objectives_empty,
                       cycle != NULL ? _("No objectives in this cycle yet. Write the first one "
                                         "below: where do you want to be at the end of the cycle?")
                                     : _("This organisation has no cycles yet. Add one with "
                                         "Edit Cycles in the sidebar, then write its objectives."));
  gtk_widget_set_visible (GTK_WIDGET (self->new_objective_entry), cycle != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->people_heading),
                          g_list_model_get_n_items (G_LIST_MODEL (self->people)) > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->people_list),
                          g_list_model_get_n_items (G_LIST_MODEL (self->people)) > 0);

  select_context_objective (self);
  restore_focus (self, old_order);
  _lds_objectives_view_update_actions (self);
}

static gboolean
fill_cb (gpointer data)
{
  LdsObjectivesView *self = data;

  self->fill_id = 0;
  _lds_objectives_view_refresh (self);
  return G_SOURCE_REMOVE;
}

/* Rebuilds a page that changed while hidden, now, when it is shown and a
 * record on it is asked for. */
static void
flush (LdsObjectivesView *self)
{
  if (self->stale && gtk_widget_get_mapped (GTK_WIDGET (self)))
    _lds_objectives_view_refresh (self);
}

/* Says where the keyboard goes once the list has been rebuilt. */
void
_lds_objectives_view_focus_after (LdsObjectivesView *self,
                                  LdsId              objective_id,
                                  LdsRowPart         part,
                                  LdsId              key_result_id)
{
  self->pending = TRUE;
  self->pending_new_entry = FALSE;
  self->pending_objective = objective_id;
  self->pending_part = part;
  self->pending_key_result = key_result_id;
}

LdsObjectiveRow *
_lds_objectives_view_get_row (LdsObjectivesView *self,
                              LdsId              objective_id)
{
  return g_hash_table_lookup (self->rows, ID_KEY (objective_id));
}

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
  if (type == LDS_RECORD_KEY_RESULT)
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

static void
context_owner_changed_cb (LdsObjectivesView *self)
{
  _lds_objectives_view_refresh (self);
}

static void
context_objective_changed_cb (LdsObjectivesView *self)
{
  select_context_objective (self);
  _lds_objectives_view_update_actions (self);
}

static void
store_changed_cb (LdsObjectivesView *self,
                  LdsChanges        *changes)
{
  LdsStore *store = lds_context_get_store (self->context);

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

static GVariant *
lds_objectives_view_save_state (LdsView *view)
{
  LdsObjectivesView *self = LDS_OBJECTIVES_VIEW (view);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);

  return g_variant_new ("(ds)", gtk_adjustment_get_value (adjustment),
                        gtk_editable_get_text (GTK_EDITABLE (self->new_objective_entry)));
}

static void
lds_objectives_view_restore_state (LdsView  *view,
                                   GVariant *state)
{
  LdsObjectivesView *self = LDS_OBJECTIVES_VIEW (view);
  const char *typed = NULL;
  double scroll = 0;

  if (!g_variant_is_of_type (state, G_VARIANT_TYPE ("(ds)")))
    return;
  g_variant_get (state, "(d&s)", &scroll, &typed);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), scroll);
  gtk_editable_set_text (GTK_EDITABLE (self->new_objective_entry), typed);
}

static void
lds_objectives_view_view_init (LdsViewInterface *iface)
{
  iface->save_state = lds_objectives_view_save_state;
  iface->restore_state = lds_objectives_view_restore_state;
}

/* GtkWidget */

static void
lds_objectives_view_map (GtkWidget *widget)
{
  LdsObjectivesView *self = LDS_OBJECTIVES_VIEW (widget);

  GTK_WIDGET_CLASS (lds_objectives_view_parent_class)->map (widget);

  /* Just after the frame that shows the window (or the page): a window
   * appears sooner when its first frame does not wait for the list. */
  if (self->stale && self->fill_id == 0)
    self->fill_id = g_idle_add_full (GDK_PRIORITY_REDRAW + 10, fill_cb, self, NULL);
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
                           create_person_row, self, NULL);
  g_signal_connect_object (self->people_list, "row-activated", G_CALLBACK (person_activated_cb),
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
  _lds_objectives_view_refresh (self);
}

static void
lds_objectives_view_dispose (GObject *object)
{
  LdsObjectivesView *self = LDS_OBJECTIVES_VIEW (object);
  GtkWidget *child;

  g_clear_handle_id (&self->fill_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), LDS_TYPE_OBJECTIVES_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_pointer (&self->rows, g_hash_table_unref);
  g_clear_object (&self->people);
  g_clear_object (&self->value_group);
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

  g_object_class_override_property (object_class, PROP_CONTEXT, "context");

  lds_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/lds-objectives-view.ui");
  gtk_widget_class_bind_template_child (widget_class, LdsObjectivesView, banner);
  gtk_widget_class_bind_template_child (widget_class, LdsObjectivesView, banner_button);
  gtk_widget_class_bind_template_child (widget_class, LdsObjectivesView, banner_label);
  gtk_widget_class_bind_template_child (widget_class, LdsObjectivesView, editor_revealer);
  gtk_widget_class_bind_template_child (widget_class, LdsObjectivesView, editor_stack);
  gtk_widget_class_bind_template_child (widget_class, LdsObjectivesView, new_objective_button);
  gtk_widget_class_bind_template_child (widget_class, LdsObjectivesView, new_objective_entry);
  gtk_widget_class_bind_template_child (widget_class, LdsObjectivesView, objectives_empty);
  gtk_widget_class_bind_template_child (widget_class, LdsObjectivesView, objectives_heading);
  gtk_widget_class_bind_template_child (widget_class, LdsObjectivesView, objectives_list);
  gtk_widget_class_bind_template_child (widget_class, LdsObjectivesView, owner_subtitle);
  gtk_widget_class_bind_template_child (widget_class, LdsObjectivesView, owner_title);
  gtk_widget_class_bind_template_child (widget_class, LdsObjectivesView, people_heading);
  gtk_widget_class_bind_template_child (widget_class, LdsObjectivesView, people_list);
  gtk_widget_class_bind_template_child (widget_class, LdsObjectivesView, scroller);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  _lds_objectives_view_install_actions (widget_class);
}

static void
lds_objectives_view_init (LdsObjectivesView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->people = g_list_store_new (LDS_TYPE_RECORD_OBJECT);
  self->rows = g_hash_table_new (NULL, NULL);
  self->value_group = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);
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
  flush (self);
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
  if (edit)
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

  flush (self);
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
