/* lds-store-align-targets.c: where an objective may align or depend
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The alignment picker offers every objective and key result of the
 * objective's cycle and of the cycles around it (a quarter's objective may
 * serve its year's), but not the objective itself, nor, for alignment, the
 * objectives that already serve it (that would make a circle). The units
 * above the objective's owner come first, nearest first, so that the usual
 * choice is at the top; then the rest of the organisation from the company
 * down.
 */

#define G_LOG_DOMAIN "lds-store"

#include "config.h"

#include <glib/gi18n.h>

#include "lds-store-align.h"
#include "lds-store-private.h"

#define OBJECTIVES_SQL                                                                    \
  "SELECT o.id, o.title, ifnull (o.owner_unit_id, 0), ifnull (o.owner_person_id, 0),"    \
  "  coalesce (u.name, p.name, ''), ifnull (p.unit_id, 0), o.position"                    \
  " FROM objectives o LEFT JOIN units u ON u.id = o.owner_unit_id"                        \
  " LEFT JOIN people p ON p.id = o.owner_person_id WHERE o.cycle_id = ?1"

#define KEY_RESULTS_SQL                                                                   \
  "SELECT k.id, k.objective_id, k.title FROM key_results k"                               \
  " JOIN objectives o ON o.id = k.objective_id WHERE o.cycle_id = ?1"                     \
  " ORDER BY k.position, k.id"

#define COUNTS_SQL                                                                        \
  "SELECT ifnull (to_objective_id, 0), ifnull (to_key_result_id, 0), count (*)"          \
  " FROM links WHERE kind = 'aligns' GROUP BY 1, 2"

#define DESCENDANTS_SQL                                                                   \
  "WITH RECURSIVE d (id) AS (SELECT ?1"                                                    \
  "  UNION SELECT l.from_id FROM d JOIN links l"                                          \
  "    ON l.to_objective_id = d.id AND l.kind = 'aligns'"                                 \
  "  UNION SELECT l.from_id FROM d JOIN key_results k ON k.objective_id = d.id"           \
  "    JOIN links l ON l.to_key_result_id = k.id AND l.kind = 'aligns')"                  \
  " SELECT id FROM d"

#define ID_KEY(id) GSIZE_TO_POINTER ((gsize) (id))
#define KEY_ID(p)  ((LdsId) GPOINTER_TO_SIZE (p))

typedef struct
{
  LdsStore    *store;
  GHashTable  *unit_names;     /* id → name */
  GHashTable  *unit_parents;   /* id → parent id */
  GHashTable  *chains;         /* unit id → "A → B → C" */
  GHashTable  *ranks;          /* unit id → distance above the asking owner, 1 = just above */
  GHashTable  *counts_o;       /* objective id → objectives aligned to it */
  GHashTable  *counts_kr;      /* key result id → objectives aligned to it */
  GHashTable  *linked_o;       /* already linked from the asking objective */
  GHashTable  *linked_kr;
  GHashTable  *excluded;       /* objective ids */
} Targets;

typedef struct
{
  LdsAlignTarget *target;
  int             rank;
  int             position;
} Sortable;

static const char *
unit_chain (Targets *t,
            LdsId    unit_id)
{
  GString *chain;
  GPtrArray *names;
  const char *cached = g_hash_table_lookup (t->chains, ID_KEY (unit_id));

  if (cached != NULL)
    return cached;

  names = g_ptr_array_new ();
  for (LdsId id = unit_id; id != 0 && names->len < 64;
       id = KEY_ID (g_hash_table_lookup (t->unit_parents, ID_KEY (id))))
    g_ptr_array_insert (names, 0, g_hash_table_lookup (t->unit_names, ID_KEY (id)));
  chain = g_string_new (NULL);
  for (guint i = 0; i < names->len; i++)
    g_string_append_printf (chain, "%s%s", i > 0 ? " → " : "",
                            names->pdata[i] != NULL ? (char *) names->pdata[i] : "");
  g_ptr_array_unref (names);
  g_hash_table_insert (t->chains, ID_KEY (unit_id), chain->str);
  return g_string_free (chain, FALSE);
}

static int
unit_depth (Targets *t,
            LdsId    unit_id)
{
  int depth = 0;

  for (LdsId id = KEY_ID (g_hash_table_lookup (t->unit_parents, ID_KEY (unit_id)));
       id != 0 && depth < 64; id = KEY_ID (g_hash_table_lookup (t->unit_parents, ID_KEY (id))))
    depth++;
  return depth;
}

static gboolean
load_units (Targets            *t,
            const LdsObjective *asking,
            GError            **error)
{
  g_autoptr(GPtrArray) units = lds_store_list (t->store, LDS_RECORD_UNIT, error);
  LdsId unit = asking->owner_unit_id;
  int rank = 0;

  if (units == NULL)
    return FALSE;
  for (guint i = 0; i < units->len; i++)
    {
      LdsUnit *u = g_ptr_array_index (units, i);

      g_hash_table_insert (t->unit_names, ID_KEY (u->id), g_strdup (u->name));
      g_hash_table_insert (t->unit_parents, ID_KEY (u->id), ID_KEY (u->parent_id));
    }

  /* A person's objective serves their unit first: it is just above them. */
  if (unit == 0)
    {
      g_autoptr(LdsPerson) person = lds_store_get (t->store, LDS_RECORD_PERSON,
                                                   asking->owner_person_id, NULL);
      unit = person != NULL ? person->unit_id : 0;
      if (unit != 0)
        g_hash_table_insert (t->ranks, ID_KEY (unit), GINT_TO_POINTER (++rank));
    }
  else
    g_hash_table_insert (t->ranks, ID_KEY (unit), GINT_TO_POINTER (90));
  for (LdsId id = KEY_ID (g_hash_table_lookup (t->unit_parents, ID_KEY (unit)));
       id != 0 && rank < 64; id = KEY_ID (g_hash_table_lookup (t->unit_parents, ID_KEY (id))))
    g_hash_table_insert (t->ranks, ID_KEY (id), GINT_TO_POINTER (++rank));
  return TRUE;
}

static gboolean
load_links (Targets            *t,
            const LdsObjective *asking,
            LdsLinkKind         kind,
            GError            **error)
{
  g_autoptr(GPtrArray) mine = lds_store_list_by (t->store, LDS_RECORD_LINK, "from_id", asking->id,
                                                 error);
  sqlite3_stmt *stmt;
  int rc;

  if (mine == NULL)
    return FALSE;
  for (guint i = 0; i < mine->len; i++)
    {
      LdsLink *link = g_ptr_array_index (mine, i);

      if (link->kind != kind)
        continue;
      if (link->to_key_result_id != 0)
        g_hash_table_add (t->linked_kr, ID_KEY (link->to_key_result_id));
      else
        g_hash_table_add (t->linked_o, ID_KEY (link->to_objective_id));
    }

  stmt = _lds_store_prepare (t->store, COUNTS_SQL, error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      LdsId o = sqlite3_column_int64 (stmt, 0), kr = sqlite3_column_int64 (stmt, 1);
      int n = sqlite3_column_int (stmt, 2);

      if (kr != 0)
        g_hash_table_insert (t->counts_kr, ID_KEY (kr), GINT_TO_POINTER (n));
      else
        g_hash_table_insert (t->counts_o, ID_KEY (o), GINT_TO_POINTER (n));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    goto failed;

  g_hash_table_add (t->excluded, ID_KEY (asking->id));
  if (kind == LDS_LINK_KIND_ALIGNS)
    {
      stmt = _lds_store_prepare (t->store, DESCENDANTS_SQL, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, asking->id);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        g_hash_table_add (t->excluded, ID_KEY (sqlite3_column_int64 (stmt, 0)));
      sqlite3_reset (stmt);
      if (rc != SQLITE_DONE)
        goto failed;
    }
  return TRUE;

failed:
  _lds_store_set_sqlite_error (t->store, error, rc, _("Could not read the organisation."));
  return FALSE;
}

static gboolean
add_cycle (Targets  *t,
           LdsId     cycle_id,
           GArray   *out,
           GError  **error)
{
  g_autoptr(GHashTable) krs_of = g_hash_table_new_full (NULL, NULL, NULL,
                                                        (GDestroyNotify) g_ptr_array_unref);
  sqlite3_stmt *stmt;
  int rc;

  stmt = _lds_store_prepare (t->store, KEY_RESULTS_SQL, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, cycle_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      LdsId objective = sqlite3_column_int64 (stmt, 1);
      GPtrArray *list = g_hash_table_lookup (krs_of, ID_KEY (objective));
      LdsAlignTarget *target = g_new0 (LdsAlignTarget, 1);

      if (list == NULL)
        {
          list = g_ptr_array_new ();
          g_hash_table_insert (krs_of, ID_KEY (objective), list);
        }
      target->type = LDS_RECORD_KEY_RESULT;
      target->id = sqlite3_column_int64 (stmt, 0);
      target->objective_id = objective;
      target->cycle_id = cycle_id;
      target->title = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      target->n_aligned = GPOINTER_TO_INT (g_hash_table_lookup (t->counts_kr, ID_KEY (target->id)));
      target->linked = g_hash_table_contains (t->linked_kr, ID_KEY (target->id));
      g_ptr_array_add (list, target);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    goto failed;

  stmt = _lds_store_prepare (t->store, OBJECTIVES_SQL, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, cycle_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      LdsId id = sqlite3_column_int64 (stmt, 0);
      LdsId unit = sqlite3_column_int64 (stmt, 2);
      LdsId person_unit = sqlite3_column_int64 (stmt, 5);
      const char *owner = (const char *) sqlite3_column_text (stmt, 4);
      GPtrArray *krs = g_hash_table_lookup (krs_of, ID_KEY (id));
      LdsId chain_unit = unit != 0 ? unit : person_unit;
      g_autofree char *chain = NULL;
      Sortable item = { 0 };
      int rank;

      if (g_hash_table_contains (t->excluded, ID_KEY (id)))
        {
          for (guint i = 0; krs != NULL && i < krs->len; i++)
            lds_align_target_free (g_ptr_array_index (krs, i));
          continue;
        }

      chain = unit != 0 ? g_strdup (unit_chain (t, unit))
                        : g_strdup_printf ("%s → %s", unit_chain (t, person_unit), owner);
      rank = GPOINTER_TO_INT (g_hash_table_lookup (t->ranks, ID_KEY (unit)));
      if (rank == 0)
        rank = 100 + unit_depth (t, chain_unit) * 2 + (unit == 0);

      item.target = g_new0 (LdsAlignTarget, 1);
      item.target->type = LDS_RECORD_OBJECTIVE;
      item.target->id = id;
      item.target->objective_id = id;
      item.target->cycle_id = cycle_id;
      item.target->title = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      item.target->owner = g_strdup (owner);
      item.target->owner_chain = g_strdup (chain);
      item.target->n_aligned = GPOINTER_TO_INT (g_hash_table_lookup (t->counts_o, ID_KEY (id)));
      item.target->linked = g_hash_table_contains (t->linked_o, ID_KEY (id));
      item.rank = rank;
      item.position = sqlite3_column_int (stmt, 6);
      g_array_append_val (out, item);

      for (guint i = 0; krs != NULL && i < krs->len; i++)
        {
          LdsAlignTarget *kr = g_ptr_array_index (krs, i);
          Sortable kr_item = item;

          kr->objective_title = g_strdup (item.target->title);
          kr->owner = g_strdup (owner);
          kr->owner_chain = g_strdup (chain);
          kr_item.target = kr;
          g_array_append_val (out, kr_item);
        }
      if (krs != NULL)
        g_ptr_array_set_size (krs, 0);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    goto failed;
  return TRUE;

failed:
  _lds_store_set_sqlite_error (t->store, error, rc, _("Could not read the organisation."));
  return FALSE;
}

static int
compare_sortable (gconstpointer a,
                  gconstpointer b)
{
  const Sortable *x = a, *y = b;
  int c;

  if (x->rank != y->rank)
    return x->rank < y->rank ? -1 : 1;
  c = g_strcmp0 (x->target->owner_chain, y->target->owner_chain);
  if (c != 0)
    return c;
  if (x->target->cycle_id != y->target->cycle_id)
    return x->target->cycle_id < y->target->cycle_id ? -1 : 1;
  if (x->position != y->position)
    return x->position < y->position ? -1 : 1;
  if (x->target->objective_id != y->target->objective_id)
    return x->target->objective_id < y->target->objective_id ? -1 : 1;
  /* An objective before its key results, which keep their order. */
  if (x->target->type != y->target->type)
    return x->target->type == LDS_RECORD_OBJECTIVE ? -1 : 1;
  return 0;
}

/**
 * lds_store_list_align_targets:
 * @objective_id: the objective that is to align or depend
 *
 * Returns: (transfer full) (element-type LdsAlignTarget): where it may
 *   link, in the order described at the top of this file
 */
GPtrArray *
lds_store_list_align_targets (LdsStore     *store,
                              LdsId         objective_id,
                              LdsLinkKind   kind,
                              GError      **error)
{
  g_autoptr(LdsObjective) asking = NULL;
  g_autoptr(GArray) sortable = g_array_new (FALSE, FALSE, sizeof (Sortable));
  GPtrArray *result = NULL;
  Targets t = { store };
  LdsId cycle_id;
  gboolean ok;

  g_return_val_if_fail (LDS_IS_STORE (store), NULL);

  asking = lds_store_get (store, LDS_RECORD_OBJECTIVE, objective_id, error);
  if (asking == NULL)
    return NULL;

  t.unit_names = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  t.unit_parents = g_hash_table_new (NULL, NULL);
  t.chains = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  t.ranks = g_hash_table_new (NULL, NULL);
  t.counts_o = g_hash_table_new (NULL, NULL);
  t.counts_kr = g_hash_table_new (NULL, NULL);
  t.linked_o = g_hash_table_new (NULL, NULL);
  t.linked_kr = g_hash_table_new (NULL, NULL);
  t.excluded = g_hash_table_new (NULL, NULL);

  ok = load_units (&t, asking, error) && load_links (&t, asking, kind, error);

  /* The objective's cycle and the cycles it lies in. */
  cycle_id = asking->cycle_id;
  for (guint guard = 0; ok && cycle_id != 0 && guard < 16; guard++)
    {
      g_autoptr(LdsCycle) cycle = lds_store_get (store, LDS_RECORD_CYCLE, cycle_id, NULL);

      ok = add_cycle (&t, cycle_id, sortable, error);
      cycle_id = cycle != NULL ? cycle->parent_id : 0;
    }

  if (ok)
    {
      g_array_sort (sortable, compare_sortable);
      result = g_ptr_array_new_full (sortable->len, (GDestroyNotify) lds_align_target_free);
      for (guint i = 0; i < sortable->len; i++)
        g_ptr_array_add (result, g_array_index (sortable, Sortable, i).target);
    }
  else
    for (guint i = 0; i < sortable->len; i++)
      lds_align_target_free (g_array_index (sortable, Sortable, i).target);

  g_hash_table_unref (t.unit_names);
  g_hash_table_unref (t.unit_parents);
  g_hash_table_unref (t.chains);
  g_hash_table_unref (t.ranks);
  g_hash_table_unref (t.counts_o);
  g_hash_table_unref (t.counts_kr);
  g_hash_table_unref (t.linked_o);
  g_hash_table_unref (t.linked_kr);
  g_hash_table_unref (t.excluded);
  return result;
}
