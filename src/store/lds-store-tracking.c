/* lds-store-tracking.c: the OKRs of a team, or of a part of the organisation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lds-store"

#include "config.h"

#include <glib/gi18n.h>

#include "lds-store-history.h"
#include "lds-store-private.h"
#include "lds-store-tracking.h"

/* The objectives of each scope: ?1 the cycle, ?2 the owner. */
#define BELOW "(WITH RECURSIVE below (id) AS (SELECT ?2 UNION ALL" \
              " SELECT u.id FROM units u JOIN below b ON u.parent_id = b.id) SELECT id FROM below)"

static const char where_all[] = "cycle_id = ?1 AND ?2 = 0";
static const char where_person[] = "cycle_id = ?1 AND owner_person_id = ?2";
static const char where_unit[] =
  "cycle_id = ?1 AND (owner_unit_id = ?2"
  " OR owner_person_id IN (SELECT id FROM people WHERE unit_id = ?2))";
static const char where_below[] =
  "cycle_id = ?1 AND (owner_unit_id IN " BELOW
  " OR owner_person_id IN (SELECT id FROM people WHERE unit_id IN " BELOW "))";

void
lds_tracked_objective_free (LdsTrackedObjective *tracked)
{
  if (tracked == NULL)
    return;
  lds_objective_free (tracked->objective);
  g_clear_pointer (&tracked->key_results, g_ptr_array_unref);
  g_free (tracked->owner_name);
  g_free (tracked->unit_name);
  g_free (tracked);
}

static GPtrArray *
select_where (LdsStore       *store,
              LdsRecordType   type,
              const char     *where,
              LdsId           cycle_id,
              LdsId           owner_id,
              GError        **error)
{
  g_autofree char *sql = _lds_store_select_sql (type, where);
  sqlite3_stmt *stmt = _lds_store_prepare (store, sql, error);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, cycle_id);
  sqlite3_bind_int64 (stmt, 2, owner_id);
  return _lds_store_read_all (store, type, stmt, error);
}

typedef struct
{
  GHashTable *units;     /* id → LdsUnit */
  GHashTable *people;    /* id → LdsPerson */
  GHashTable *rank;      /* unit id → its place in the tree, top down */
} Org;

static void
rank_units (Org        *org,
            GHashTable *children,
            LdsId       parent,
            guint      *next)
{
  GPtrArray *kids = g_hash_table_lookup (children, &parent);

  for (guint i = 0; kids != NULL && i < kids->len; i++)
    {
      LdsUnit *unit = g_ptr_array_index (kids, i);

      g_hash_table_insert (org->rank, &unit->id, GUINT_TO_POINTER (++(*next)));
      rank_units (org, children, unit->id, next);
    }
}

static gboolean
load_org (LdsStore  *store,
          Org       *org,
          GError   **error)
{
  g_autoptr(GPtrArray) units = lds_store_list (store, LDS_RECORD_UNIT, error);
  g_autoptr(GPtrArray) people = units != NULL ? lds_store_list (store, LDS_RECORD_PERSON, error)
                                              : NULL;
  g_autoptr(GHashTable) children = NULL;
  guint next = 0;

  if (people == NULL)
    return FALSE;
  org->units = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL,
                                      (GDestroyNotify) lds_unit_free);
  org->people = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL,
                                       (GDestroyNotify) lds_person_free);
  org->rank = g_hash_table_new (g_int64_hash, g_int64_equal);
  children = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                    (GDestroyNotify) g_ptr_array_unref);

  /* lds_store_list() gives units in their order among their siblings. */
  g_ptr_array_set_free_func (units, NULL);
  for (guint i = 0; i < units->len; i++)
    {
      LdsUnit *unit = g_ptr_array_index (units, i);
      GPtrArray *kids = g_hash_table_lookup (children, &unit->parent_id);

      if (kids == NULL)
        {
          kids = g_ptr_array_new ();
          g_hash_table_insert (children, g_memdup2 (&unit->parent_id, sizeof (LdsId)), kids);
        }
      g_ptr_array_add (kids, unit);
      g_hash_table_insert (org->units, &unit->id, unit);
    }
  rank_units (org, children, 0, &next);
  g_ptr_array_set_free_func (people, NULL);
  for (guint i = 0; i < people->len; i++)
    {
      LdsPerson *person = g_ptr_array_index (people, i);
      g_hash_table_insert (org->people, &person->id, person);
    }
  return TRUE;
}

static void
org_clear (Org *org)
{
  g_clear_pointer (&org->rank, g_hash_table_unref);
  g_clear_pointer (&org->units, g_hash_table_unref);
  g_clear_pointer (&org->people, g_hash_table_unref);
}

typedef struct
{
  guint  unit_rank;
  int    person_position;   /* -1: the unit's own */
  LdsId  person_id;
  int    position;
  LdsId  id;
} SortKey;

static int
compare_tracked (gconstpointer a,
                 gconstpointer b,
                 gpointer      data)
{
  GHashTable *keys = data;
  const LdsTrackedObjective *x = *(LdsTrackedObjective **) a, *y = *(LdsTrackedObjective **) b;
  const SortKey *p = g_hash_table_lookup (keys, x), *q = g_hash_table_lookup (keys, y);

#define CMP(f) if (p->f != q->f) return p->f < q->f ? -1 : 1
  CMP (unit_rank);
  CMP (person_position);
  CMP (person_id);
  CMP (position);
  CMP (id);
#undef CMP
  return 0;
}

/**
 * lds_store_list_tracked:
 * @cycle_id: the cycle
 * @owner_type: %LDS_RECORD_UNIT or %LDS_RECORD_PERSON
 * @owner_id: the unit or person; 0: the whole organisation
 * @depth: whether the units below a unit count too
 *
 * Returns: (transfer container) (element-type LdsTrackedObjective): the
 *   scope's objectives of the cycle, each with its key results, unit by
 *   unit down the organisation; %NULL with @error set
 */
GPtrArray *
lds_store_list_tracked (LdsStore       *store,
                        LdsId           cycle_id,
                        LdsRecordType   owner_type,
                        LdsId           owner_id,
                        LdsScopeDepth   depth,
                        GError        **error)
{
  g_autoptr(GPtrArray) objectives = NULL;
  g_autoptr(GPtrArray) krs = NULL;
  g_autoptr(GHashTable) by_id = NULL;
  g_autoptr(GHashTable) keys = NULL;
  g_autofree char *kr_where = NULL;
  GPtrArray *tracked;
  const char *where;
  Org org = { 0 };

  g_return_val_if_fail (LDS_IS_STORE (store), NULL);
  g_return_val_if_fail (owner_type == LDS_RECORD_UNIT || owner_type == LDS_RECORD_PERSON, NULL);

  if (owner_id == 0)
    where = where_all;
  else if (owner_type == LDS_RECORD_PERSON)
    where = where_person;
  else
    where = depth == LDS_SCOPE_BELOW ? where_below : where_unit;
  kr_where = g_strdup_printf ("objective_id IN (SELECT id FROM objectives WHERE %s)", where);

  objectives = select_where (store, LDS_RECORD_OBJECTIVE, where, cycle_id, owner_id, error);
  krs = objectives != NULL ? select_where (store, LDS_RECORD_KEY_RESULT, kr_where, cycle_id,
                                           owner_id, error)
                           : NULL;
  if (krs == NULL || !load_org (store, &org, error))
    {
      org_clear (&org);
      return NULL;
    }

  tracked = g_ptr_array_new_with_free_func ((GDestroyNotify) lds_tracked_objective_free);
  by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  keys = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  g_ptr_array_set_free_func (objectives, NULL);
  for (guint i = 0; i < objectives->len; i++)
    {
      LdsTrackedObjective *t = g_new0 (LdsTrackedObjective, 1);
      SortKey *key = g_new0 (SortKey, 1);
      LdsUnit *unit;

      t->objective = g_ptr_array_index (objectives, i);
      t->key_results = g_ptr_array_new_with_free_func ((GDestroyNotify) lds_key_result_free);
      if (t->objective->owner_person_id != 0)
        {
          LdsPerson *person = g_hash_table_lookup (org.people, &t->objective->owner_person_id);

          t->owner_name = g_strdup (person != NULL ? person->name : "");
          t->unit_id = person != NULL ? person->unit_id : 0;
          key->person_position = person != NULL ? person->position : 0;
          key->person_id = t->objective->owner_person_id;
        }
      else
        {
          t->unit_id = t->objective->owner_unit_id;
          key->person_position = -1;
        }
      unit = g_hash_table_lookup (org.units, &t->unit_id);
      t->unit_name = g_strdup (unit != NULL ? unit->name : "");
      if (t->owner_name == NULL)
        t->owner_name = g_strdup (t->unit_name);
      key->unit_rank = GPOINTER_TO_UINT (g_hash_table_lookup (org.rank, &t->unit_id));
      key->position = t->objective->position;
      key->id = t->objective->id;
      g_hash_table_insert (keys, t, key);
      g_hash_table_insert (by_id, &t->objective->id, t);
      g_ptr_array_add (tracked, t);
    }
  /* Key results come in their order within each objective. */
  g_ptr_array_set_free_func (krs, NULL);
  for (guint i = 0; i < krs->len; i++)
    {
      LdsKeyResult *kr = g_ptr_array_index (krs, i);
      LdsTrackedObjective *t = g_hash_table_lookup (by_id, &kr->objective_id);

      if (t != NULL)
        g_ptr_array_add (t->key_results, kr);
      else
        lds_key_result_free (kr);
    }
  g_ptr_array_sort_with_data (tracked, compare_tracked, keys);
  org_clear (&org);
  return tracked;
}

/* Past this many objectives, the whole cycle's history is read at once. */
#define FEW_OBJECTIVES 200

static void
remember_last (LdsId    key_result_id,
               gint64   at,
               gpointer user_data)
{
  g_hash_table_insert (user_data, g_memdup2 (&key_result_id, sizeof key_result_id),
                       g_memdup2 (&at, sizeof at));
}

/* The time of a key result's last check-in, from the table
 * lds_store_list_tracked_at() fills; 0: none. */
gint64
lds_last_checkin_lookup (GHashTable *last_checkins,
                         LdsId       key_result_id)
{
  gint64 *at = last_checkins != NULL ? g_hash_table_lookup (last_checkins, &key_result_id) : NULL;

  return at != NULL ? *at : 0;
}

/**
 * lds_store_list_tracked_at:
 * @at: the end of a past day; 0: now
 * @last_checkins: (out) (optional) (transfer full): key result id (gint64)
 *   → time of its latest check-in at @at (gint64)
 *
 * Like lds_store_list_tracked(), as it stood at @at: only the objectives
 * and key results that existed then, with that day's values, targets and
 * titles (see lds_history_key_result_at()).
 *
 * Returns: (transfer container) (element-type LdsTrackedObjective): the
 *   scope's objectives; %NULL with @error set
 */
GPtrArray *
lds_store_list_tracked_at (LdsStore       *store,
                           LdsId           cycle_id,
                           LdsRecordType   owner_type,
                           LdsId           owner_id,
                           LdsScopeDepth   depth,
                           gint64          at,
                           GHashTable    **last_checkins,
                           GError        **error)
{
  g_autoptr(GPtrArray) tracked = NULL;
  g_autoptr(GHashTable) last = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_autoptr(LdsHistory) history = NULL;

  tracked = lds_store_list_tracked (store, cycle_id, owner_type, owner_id, depth, error);
  if (tracked == NULL)
    return NULL;

  if (at == 0)
    {
      if (!lds_store_each_last_checkin (store, cycle_id, remember_last, last, error))
        return NULL;
    }
  else
    {
      if (tracked->len > FEW_OBJECTIVES)
        history = lds_store_history_load (store, &cycle_id, 1, error);
      else
        {
          g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (LdsId));

          for (guint i = 0; i < tracked->len; i++)
            g_array_append_val (ids, ((LdsTrackedObjective *) tracked->pdata[i])->objective->id);
          history = lds_store_history_of_objectives (store, (const LdsId *) (gpointer) ids->data,
                                                     ids->len, error);
        }
      if (history == NULL)
        return NULL;

      for (guint i = tracked->len; i > 0; i--)
        {
          LdsTrackedObjective *t = g_ptr_array_index (tracked, i - 1);

          if (!lds_history_objective_at (history, t->objective, at))
            {
              g_ptr_array_remove_index (tracked, i - 1);
              continue;
            }
          for (guint k = t->key_results->len; k > 0; k--)
            {
              LdsKeyResult *kr = g_ptr_array_index (t->key_results, k - 1);
              gint64 time;

              if (!lds_history_key_result_at (history, kr, at))
                {
                  g_ptr_array_remove_index (t->key_results, k - 1);
                  continue;
                }
              time = lds_history_last_checkin (history, kr->id, at);
              if (time != 0)
                remember_last (kr->id, time, last);
            }
        }
    }
  if (last_checkins != NULL)
    *last_checkins = g_steal_pointer (&last);
  return g_steal_pointer (&tracked);
}
