/* lds-org-model.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A GtkTreeListModel of units and people: each unit's children are its
 * sub-units, then its people. The model reads a unit's children from the
 * store only when its row is first expanded, so that an organisation of
 * thousands opens without reading them all; reloading keeps the rows that
 * were expanded expanded. (The store's references keep every unit below
 * one that exists.)
 *
 * Given the window's coach model, it keeps each unit's coach health on its
 * item ("health"), for the row to show beside the name.
 */

#define G_LOG_DOMAIN "lds-org-model"

#include "config.h"

#include "lds-coach-model.h"
#include "lds-health-badge.h"
#include "lds-org-model.h"
#include "lds-record-object.h"

struct _LdsOrgModel
{
  GObject           parent_instance;

  LdsStore         *store;
  GListStore       *roots;
  GtkTreeListModel *tree;
  GHashTable       *children;     /* unit id → GListStore of LdsRecordObject, once expanded */
  char             *company_name;
  LdsCoachModel    *coach;
  guint             health_id;
};

G_DEFINE_FINAL_TYPE (LdsOrgModel, lds_org_model, G_TYPE_OBJECT)

#define ID_KEY(id) ((gpointer) (gintptr) (id))

static void
set_health (LdsOrgModel *self,
            GListModel  *items)
{
  guint n = g_list_model_get_n_items (items);

  /* Until the coach has looked at the organisation once (after the window
   * is on screen, see lds_org_model_set_coach()), there is no health. */
  if (self->coach == NULL || self->health_id != 0)
    return;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LdsRecordObject) item = g_list_model_get_item (items, i);
      LdsCoachHealth health;

      if (lds_record_object_get_kind (item) != LDS_RECORD_UNIT)
        continue;
      lds_coach_model_get_health (self->coach, LDS_RECORD_UNIT, lds_record_object_get_id (item),
                                  &health);
      lds_record_object_set_health (item, lds_coach_health_score (&health));
    }
}

static void
update_health (LdsOrgModel *self)
{
  GHashTableIter iter;
  gpointer children;

  if (self->coach == NULL || self->health_id != 0)
    return;
  set_health (self, G_LIST_MODEL (self->roots));
  g_hash_table_iter_init (&iter, self->children);
  while (g_hash_table_iter_next (&iter, NULL, &children))
    set_health (self, children);
}

static GListStore *
load_children (LdsOrgModel *self,
               LdsId        unit_id)
{
  GListStore *children = g_list_store_new (LDS_TYPE_RECORD_OBJECT);
  g_autoptr(GPtrArray) units = lds_store_list_by (self->store, LDS_RECORD_UNIT, "parent_id", unit_id,
                                                  NULL);
  g_autoptr(GPtrArray) people = lds_store_list_by (self->store, LDS_RECORD_PERSON, "unit_id",
                                                   unit_id, NULL);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; units != NULL && i < units->len; i++)
    g_ptr_array_add (items, lds_record_object_new (LDS_RECORD_UNIT,
                                                   lds_unit_copy (g_ptr_array_index (units, i))));
  for (guint i = 0; people != NULL && i < people->len; i++)
    g_ptr_array_add (items, lds_record_object_new (LDS_RECORD_PERSON,
                                                   lds_person_copy (g_ptr_array_index (people, i))));
  g_list_store_splice (children, 0, 0, items->pdata, items->len);
  g_hash_table_insert (self->children, ID_KEY (unit_id), children);
  set_health (self, G_LIST_MODEL (children));
  return children;
}

static GListModel *
create_children_cb (gpointer item,
                    gpointer user_data)
{
  LdsOrgModel *self = user_data;
  LdsId id;
  GListStore *children;

  if (lds_record_object_get_kind (item) != LDS_RECORD_UNIT)
    return NULL;
  id = lds_record_object_get_id (item);
  children = g_hash_table_lookup (self->children, ID_KEY (id));
  if (children == NULL)
    children = load_children (self, id);
  return g_object_ref (G_LIST_MODEL (children));
}

static GHashTable *
expanded_units (LdsOrgModel *self)
{
  GHashTable *expanded = g_hash_table_new (NULL, NULL);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->tree));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_row (self->tree, i);
      g_autoptr(GObject) item = gtk_tree_list_row_get_item (row);

      if (gtk_tree_list_row_get_expanded (row))
        g_hash_table_add (expanded, ID_KEY (lds_record_object_get_id (LDS_RECORD_OBJECT (item))));
    }
  return expanded;
}

static void
restore_expanded (LdsOrgModel *self,
                  GHashTable  *expanded)
{
  /* Rows appear under a row as it expands, so the count grows as we go. */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->tree)); i++)
    {
      g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_row (self->tree, i);
      g_autoptr(GObject) item = gtk_tree_list_row_get_item (row);
      LdsRecordObject *object = LDS_RECORD_OBJECT (item);

      if (lds_record_object_get_kind (object) == LDS_RECORD_UNIT &&
          (expanded == NULL ? gtk_tree_list_row_get_depth (row) == 0
                            : g_hash_table_contains (expanded,
                                                     ID_KEY (lds_record_object_get_id (object)))))
        gtk_tree_list_row_set_expanded (row, TRUE);
    }
}

void
lds_org_model_reload (LdsOrgModel *self)
{
  g_autoptr(GHashTable) expanded = NULL;
  g_autoptr(GPtrArray) roots = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) units = NULL;

  g_return_if_fail (LDS_IS_ORG_MODEL (self));

  if (g_list_model_get_n_items (G_LIST_MODEL (self->roots)) > 0)
    expanded = expanded_units (self);

  g_hash_table_remove_all (self->children);
  g_clear_pointer (&self->company_name, g_free);

  units = lds_store_list_by (self->store, LDS_RECORD_UNIT, "parent_id", 0, NULL);
  for (guint i = 0; units != NULL && i < units->len; i++)
    {
      LdsUnit *unit = g_ptr_array_index (units, i);

      if (self->company_name == NULL)
        self->company_name = g_strdup (unit->name);
      g_ptr_array_add (roots, lds_record_object_new (LDS_RECORD_UNIT, lds_unit_copy (unit)));
    }

  g_list_store_splice (self->roots, 0, g_list_model_get_n_items (G_LIST_MODEL (self->roots)),
                       roots->pdata, roots->len);
  set_health (self, G_LIST_MODEL (self->roots));
  restore_expanded (self, expanded);
}

static void
lds_org_model_finalize (GObject *object)
{
  LdsOrgModel *self = LDS_ORG_MODEL (object);

  g_clear_object (&self->tree);
  g_clear_pointer (&self->children, g_hash_table_unref);
  g_clear_pointer (&self->company_name, g_free);
  g_clear_handle_id (&self->health_id, g_source_remove);
  if (self->coach != NULL)
    g_signal_handlers_disconnect_by_data (self->coach, self);
  g_clear_object (&self->coach);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (lds_org_model_parent_class)->finalize (object);
}

static void
lds_org_model_class_init (LdsOrgModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = lds_org_model_finalize;
}

static void
lds_org_model_init (LdsOrgModel *self)
{
  self->children = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
}

LdsOrgModel *
lds_org_model_new (LdsStore *store)
{
  LdsOrgModel *self;

  g_return_val_if_fail (LDS_IS_STORE (store), NULL);

  g_type_ensure (LDS_TYPE_HEALTH_BADGE);

  self = g_object_new (LDS_TYPE_ORG_MODEL, NULL);
  self->store = g_object_ref (store);
  self->roots = g_list_store_new (LDS_TYPE_RECORD_OBJECT);
  /* The tree model owns the roots list. */
  self->tree = gtk_tree_list_model_new (G_LIST_MODEL (self->roots), FALSE, FALSE,
                                        create_children_cb, self, NULL);
  lds_org_model_reload (self);
  return self;
}

/**
 * lds_org_model_get_tree:
 *
 * Returns: (transfer none): the rows of the organisation tree
 */
GtkTreeListModel *
lds_org_model_get_tree (LdsOrgModel *self)
{
  g_return_val_if_fail (LDS_IS_ORG_MODEL (self), NULL);

  return self->tree;
}

const char *
lds_org_model_get_company_name (LdsOrgModel *self)
{
  g_return_val_if_fail (LDS_IS_ORG_MODEL (self), NULL);

  return self->company_name;
}

static guint
find_row (LdsOrgModel   *self,
          LdsRecordType  type,
          LdsId          id)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->tree));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_row (self->tree, i);
      g_autoptr(GObject) item = gtk_tree_list_row_get_item (row);

      if (lds_record_object_get_kind (LDS_RECORD_OBJECT (item)) == type &&
          lds_record_object_get_id (LDS_RECORD_OBJECT (item)) == id)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

/**
 * lds_org_model_expand_to:
 *
 * Expands the units above a unit or person so that its row is shown.
 *
 * Returns: the position of its row, or %GTK_INVALID_LIST_POSITION
 */
guint
lds_org_model_expand_to (LdsOrgModel   *self,
                         LdsRecordType  type,
                         LdsId          id)
{
  g_autoptr(GArray) chain = g_array_new (FALSE, FALSE, sizeof (LdsId));
  LdsId unit = 0;

  g_return_val_if_fail (LDS_IS_ORG_MODEL (self), GTK_INVALID_LIST_POSITION);

  if (type == LDS_RECORD_PERSON)
    {
      g_autoptr(LdsPerson) person = lds_store_get (self->store, LDS_RECORD_PERSON, id, NULL);

      unit = person != NULL ? person->unit_id : 0;
    }
  else if (type == LDS_RECORD_UNIT)
    {
      g_autoptr(LdsUnit) self_unit = lds_store_get (self->store, LDS_RECORD_UNIT, id, NULL);

      unit = self_unit != NULL ? self_unit->parent_id : 0;
    }
  else
    return GTK_INVALID_LIST_POSITION;

  /* The chain of units above, from the top down (guarding against loops). */
  for (guint guard = 0; unit != 0 && guard < 64; guard++)
    {
      g_autoptr(LdsUnit) above = lds_store_get (self->store, LDS_RECORD_UNIT, unit, NULL);

      g_array_prepend_val (chain, unit);
      unit = above != NULL ? above->parent_id : 0;
    }

  for (guint i = 0; i < chain->len; i++)
    {
      guint position = find_row (self, LDS_RECORD_UNIT, g_array_index (chain, LdsId, i));
      g_autoptr(GtkTreeListRow) row = NULL;

      if (position == GTK_INVALID_LIST_POSITION)
        return GTK_INVALID_LIST_POSITION;
      row = gtk_tree_list_model_get_row (self->tree, position);
      gtk_tree_list_row_set_expanded (row, TRUE);
    }

  return find_row (self, type, id);
}

static gboolean
first_health_cb (gpointer data)
{
  LdsOrgModel *self = data;

  self->health_id = 0;
  update_health (self);
  return G_SOURCE_REMOVE;
}

/**
 * lds_org_model_set_coach:
 * @coach: the window's coach model
 *
 * Keeps each unit's coach health (in the coach model's cycle) on its item.
 * The first health is worked out once the main loop is idle: checking a
 * large organisation takes a while, and the window is shown first.
 */
void
lds_org_model_set_coach (LdsOrgModel   *self,
                         LdsCoachModel *coach)
{
  g_return_if_fail (LDS_IS_ORG_MODEL (self));
  g_return_if_fail (LDS_IS_COACH_MODEL (coach));

  if (self->coach != NULL)
    g_signal_handlers_disconnect_by_data (self->coach, self);
  g_set_object (&self->coach, coach);
  g_signal_connect_swapped (coach, "changed", G_CALLBACK (update_health), self);
  g_clear_handle_id (&self->health_id, g_source_remove);
  self->health_id = g_idle_add_full (G_PRIORITY_LOW, first_health_cb, self, NULL);
}
