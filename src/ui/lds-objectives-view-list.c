/* lds-objectives-view-list.c: the workspace's list of objectives, and its people
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The list is rebuilt from the store after every change (an owner has a
 * handful of objectives) and the keyboard is put back where it was; a page
 * that is not shown is rebuilt when it is.
 */

#define G_LOG_DOMAIN "lds-objectives-view"

#include "config.h"

#include <glib/gi18n.h>

#include "lds-objectives-view-private.h"
#include "lds-date.h"
#include "lds-format.h"
#include "lds-record-object.h"
#include "lds-store-checkin.h"
#include "lds-store-history.h"
#include "lds-store-align.h"
#include "lds-tracking.h"
#include "lds-widgets.h"

#define ID_KEY(id) GSIZE_TO_POINTER ((gsize) (id))

/* People */

GtkWidget *
_lds_objectives_view_create_person_row (gpointer item,
                   gpointer user_data)
{
  LdsPerson *person = lds_record_object_get_record (item);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *name = gtk_label_new (person->name);
  GtkWidget *role = lds_pill_new (lds_enum_label (lds_role_get_type (), person->role), NULL);
  GtkWidget *champion = person->champion ? lds_pill_new (_("Champion"), "lds-champion") : NULL;
  GtkWidget *row;

  gtk_widget_add_css_class (box, "lds-person");
  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name ("avatar-default-symbolic"));
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_widget_set_hexpand (name, TRUE);
  gtk_box_append (GTK_BOX (box), name);
  if (champion != NULL)
    gtk_box_append (GTK_BOX (box), champion);
  gtk_box_append (GTK_BOX (box), role);

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data (G_OBJECT (row), "lds-id", ID_KEY (person->id));
  gtk_widget_set_tooltip_text (row, _("Show this person’s objectives"));
  /* Screen readers say who it is, and what Enter does */
  if (champion != NULL)
    gtk_accessible_update_relation (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                    name, role, champion, NULL, -1);
  else
    gtk_accessible_update_relation (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                    name, role, NULL, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Show this person’s objectives"), -1);
  return row;
}

void
_lds_objectives_view_person_activated_cb (LdsObjectivesView *self,
                     GtkListBoxRow     *row)
{
  LdsId id = (LdsId) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "lds-id"));

  lds_context_set_owner (self->context, LDS_RECORD_PERSON, id);
}

/* The list */

/* The rows of the page left are taken apart once the new page is on
 * screen, one at a time while the window is idle: a row takes about as
 * long to take apart as to make, and the person waits for the new page,
 * not for that. The new rows line their columns up in size groups of
 * their own; the old rows keep theirs until they go. */
static gboolean
retire_cb (gpointer data)
{
  LdsObjectivesView *self = data;

  if (self->retired->len > 0)
    g_ptr_array_remove_index (self->retired, self->retired->len - 1);
  if (self->retired->len > 0)
    return G_SOURCE_CONTINUE;
  self->retire_id = 0;
  return G_SOURCE_REMOVE;
}

static void
clear_list (LdsObjectivesView *self)
{
  GtkListBox *list = self->objectives_list;
  GtkWidget *child;

  if (gtk_widget_get_first_child (GTK_WIDGET (list)) == NULL)
    return;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    {
      g_ptr_array_add (self->retired, g_object_ref (child));
      gtk_list_box_remove (list, child);
    }
  if (self->retire_id == 0)
    self->retire_id = g_idle_add_full (G_PRIORITY_LOW, retire_cb, self, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (self->columns); i++)
    {
      g_object_unref (self->columns[i]);
      self->columns[i] = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);
    }
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

/* What tracking adds to the rows: the key results whose check-in is
 * overdue (on the day shown) and the steps of their action plans. */
static void
track (LdsObjectivesView *self,
       GPtrArray         *objectives,
       GPtrArray         *all_krs,
       const LdsHistory  *history,
       gint64             at,
       GHashTable        *overdue,
       GHashTable        *steps)
{
  LdsStore *store = lds_context_get_store (self->context);
  g_autoptr(LdsCycle) cycle = lds_store_get (store, LDS_RECORD_CYCLE,
                                             lds_context_get_cycle_id (self->context), NULL);

  for (guint i = 0; i < objectives->len; i++)
    {
      LdsObjective *o = g_ptr_array_index (objectives, i);
      GPtrArray *krs = g_ptr_array_index (all_krs, i);

      for (guint j = 0; j < krs->len; j++)
        {
          LdsKeyResult *kr = g_ptr_array_index (krs, j);
          gint64 last = history != NULL ? lds_history_last_checkin (history, kr->id, at)
                                        : lds_store_last_checkin (store, kr->id, G_MAXINT64);
          guint done = 0, n = 0;

          if (lds_key_result_is_overdue (cycle, o->status, kr, last, self->settings.cadence_days,
                                         at != 0 ? at : lds_now (), NULL))
            g_hash_table_add (overdue, ID_KEY (kr->id));
          if (history == NULL && lds_store_count_steps (store, kr->id, &done, &n) && n > 0)
            g_hash_table_insert (steps, ID_KEY (kr->id), GUINT_TO_POINTER (MIN (done, 0xFFFF) << 16 |
                                                                           MIN (n, 0xFFFF)));
        }
    }
}

/* A day looked back at: the objectives and key results that existed then,
 * as they stood. */
static void
travel (LdsObjectivesView *self,
        GPtrArray         *objectives,
        GPtrArray         *all_krs,
        const LdsHistory  *history,
        gint64             at)
{
  for (guint i = objectives->len; i > 0; i--)
    {
      LdsObjective *o = g_ptr_array_index (objectives, i - 1);
      GPtrArray *krs = g_ptr_array_index (all_krs, i - 1);

      if (!lds_history_objective_at (history, o, at))
        {
          g_ptr_array_remove_index (objectives, i - 1);
          g_ptr_array_remove_index (all_krs, i - 1);
          continue;
        }
      for (guint j = krs->len; j > 0; j--)
        if (!lds_history_key_result_at (history, g_ptr_array_index (krs, j - 1), at))
          g_ptr_array_remove_index (krs, j - 1);
    }
}

static void
fill_objectives (LdsObjectivesView *self,
                 GPtrArray         *objectives,
                 gboolean           company_owned)
{
  LdsStore *store = lds_context_get_store (self->context);
  g_autoptr(GPtrArray) all_krs = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GHashTable) people = NULL;
  g_autoptr(GHashTable) overdue = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) steps = g_hash_table_new (NULL, NULL);
  g_autoptr(LdsHistory) history = NULL;
  gint64 at = lds_context_get_at (self->context);

  for (guint i = 0; i < objectives->len; i++)
    {
      LdsObjective *o = g_ptr_array_index (objectives, i);
      GPtrArray *krs = lds_store_list_by (store, LDS_RECORD_KEY_RESULT, "objective_id", o->id, NULL);

      g_ptr_array_add (all_krs, krs != NULL ? krs : g_ptr_array_new ());
    }
  if (at != 0)
    {
      g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (LdsId));

      for (guint i = 0; i < objectives->len; i++)
        g_array_append_val (ids, ((LdsObjective *) objectives->pdata[i])->id);
      history = lds_store_history_of_objectives (store, (const LdsId *) (gpointer) ids->data,
                                                 ids->len, NULL);
      if (history != NULL)
        travel (self, objectives, all_krs, history, at);
    }
  people = names_of_owners (store, all_krs);
  track (self, objectives, all_krs, history, history != NULL ? at : 0, overdue, steps);

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
        .owner_group = self->columns[0],
        .value_group = self->columns[1],
        .served_group = self->columns[2],
        .confidence_group = self->columns[3],
        .coach = at == 0 ? self->coach : NULL,
        .overdue = overdue,
        .steps = steps,
        .past = at != 0,
      };
      GtkWidget *row = lds_objective_row_new (&data);

      gtk_list_box_append (self->objectives_list, row);
      g_hash_table_insert (self->rows, ID_KEY (o->id), row);
    }
}

void
_lds_objectives_view_select_context_objective (LdsObjectivesView *self)
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
  g_autoptr(GVariant) drafts = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *heading = NULL;
  gpointer owner = NULL;
  gboolean company_owned = FALSE;
  guint n_objectives;

  /* A page nobody sees is built once it is shown (see map). */
  g_clear_handle_id (&self->fill_id, g_source_remove);
  self->stale = !gtk_widget_get_mapped (GTK_WIDGET (self));
  self->built = (LdsPageKey) { type, owner_id, cycle_id, lds_context_get_at (self->context) };
  if (self->stale)
    return;

  capture_focus (self);
  /* What is typed and not given yet survives the rebuilding. */
  drafts = _lds_objectives_view_save_drafts (self);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->objectives_list));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (LDS_IS_OBJECTIVE_ROW (child))
      {
        LdsId id = lds_objective_row_get_id (LDS_OBJECTIVE_ROW (child));
        g_array_append_val (old_order, id);
      }

  lds_store_get_file_settings (store, &self->settings);
  g_hash_table_remove_all (self->rows);
  clear_list (self);

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
  subtitle = lds_owner_subtitle (store, type, owner);
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
  if (cycle != NULL && lds_context_get_at (self->context) != 0)
    {
      g_autofree char *day = lds_format_time_as_date (lds_context_get_at (self->context));

      /* Translators: %1$s is a cycle, such as "2027 Q1", %2$s a day, such as "20 Oct 2026" */
      heading = g_strdup_printf (_("Objectives in %1$s as they stood on %2$s"), cycle->name, day);
    }
  else if (cycle != NULL)
    /* Translators: %s is the name of a cycle, such as "2027 Q1" */
    heading = g_strdup_printf (_("Objectives in %s"), cycle->name);
  else
    heading = g_strdup (_("Objectives"));
  gtk_label_set_label (self->objectives_heading, heading);
  gtk_widget_set_visible (GTK_WIDGET (self->objectives_list), n_objectives > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->objectives_empty), n_objectives == 0 && cycle != NULL);
  /* No cycle at all: the way to add one */
  if (cycle == NULL)
    lds_empty_state_no_cycles (self->cycles_empty);
  gtk_widget_set_visible (GTK_WIDGET (self->cycles_empty), n_objectives == 0 && cycle == NULL);
  gtk_label_set_label (self->objectives_empty,
                       cycle != NULL ? _("No objectives in this cycle yet. Write the first one "
                                         "below: where do you want to be at the end of the cycle?")
                                     : _("This organisation has no cycles yet. Add one with "
                                         "Edit Cycles in the sidebar, then write its objectives."));
  gtk_widget_set_visible (GTK_WIDGET (self->new_objective_entry),
                          cycle != NULL && lds_context_get_at (self->context) == 0);
  gtk_widget_set_visible (GTK_WIDGET (self->people_heading),
                          g_list_model_get_n_items (G_LIST_MODEL (self->people)) > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->people_list),
                          g_list_model_get_n_items (G_LIST_MODEL (self->people)) > 0);

  _lds_objectives_view_select_context_objective (self);
  restore_focus (self, old_order);
  _lds_objectives_view_restore_drafts (self, drafts);
  _lds_objectives_view_apply_pending_state (self);
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
void
_lds_objectives_view_flush (LdsObjectivesView *self)
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

/* Just after the frame that shows the window (or the page): a window
 * appears sooner when its first frame does not wait for the list. */
void
_lds_objectives_view_schedule_fill (LdsObjectivesView *self)
{
  if (self->stale && self->fill_id == 0)
    self->fill_id = g_idle_add_full (GDK_PRIORITY_REDRAW + 10, fill_cb, self, NULL);
}
