/* lds-store-history.c: what the file remembers of past days
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A history is read in two queries, whatever the size of the cycle: every
 * check-in of its key results (the values only, 360,000 of them in the
 * synthetic organisation of 10,000 objectives) and every revision of an
 * objective or a key result; LdsHistory then answers any day in memory.
 */

#define G_LOG_DOMAIN "lds-store"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "lds-store-history.h"
#include "lds-store-private.h"

static gboolean
read_failed (LdsStore  *store,
             int        rc,
             GError   **error)
{
  _lds_store_set_sqlite_error (store, error, rc, _("Could not read the organisation."));
  return FALSE;
}

/* Adds to @history the revisions @stmt reads, each a row of: whether it is
 * a key result's (else an objective's), its id, the field, the old value
 * and the time. Returns the last sqlite3_step() code. */
static int
add_revisions (sqlite3_stmt *stmt,
               LdsHistory   *history)
{
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    lds_history_add_revision (history,
                              sqlite3_column_int (stmt, 0) ? LDS_RECORD_KEY_RESULT
                                                           : LDS_RECORD_OBJECTIVE,
                              sqlite3_column_int64 (stmt, 1),
                              (const char *) sqlite3_column_text (stmt, 2),
                              (const char *) sqlite3_column_text (stmt, 3),
                              sqlite3_column_int64 (stmt, 4));
  sqlite3_reset (stmt);
  return rc;
}

/* Every record a bound statement of _lds_store_select_sql() finds. */
GPtrArray *
_lds_store_read_all (LdsStore       *self,
                     LdsRecordType   type,
                     sqlite3_stmt   *stmt,
                     GError        **error)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (lds_record_free_func (type));
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (records, _lds_store_read_row (type, stmt));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      read_failed (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&records);
}

static gboolean
load_checkins (LdsStore    *store,
               LdsHistory  *history,
               LdsId        cycle_id,
               GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = _lds_store_prepare (store,
                             "SELECT c.key_result_id, c.at, c.value, c.confidence"
                             " FROM objectives o"
                             " JOIN key_results k ON k.objective_id = o.id"
                             " JOIN checkins c ON c.key_result_id = k.id"
                             " WHERE o.cycle_id = ?1",
                             error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, cycle_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    lds_history_add_checkin (history, sqlite3_column_int64 (stmt, 0),
                             sqlite3_column_int64 (stmt, 1),
                             sqlite3_column_type (stmt, 2) == SQLITE_NULL
                             ? NAN : sqlite3_column_double (stmt, 2),
                             sqlite3_column_type (stmt, 3) == SQLITE_NULL
                             ? -1 : sqlite3_column_int (stmt, 3));
  sqlite3_reset (stmt);
  return rc == SQLITE_DONE || read_failed (store, rc, error);
}

static gboolean
load_revisions (LdsStore    *store,
                LdsHistory  *history,
                GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  /* Revisions name their record by UUID; the history by id. */
  stmt = _lds_store_prepare (store,
                             "SELECT r.record_table = 'key_results',"
                             "  coalesce (k.id, o.id), r.field, r.old_value, r.at"
                             " FROM revisions r"
                             " LEFT JOIN key_results k"
                             "  ON r.record_table = 'key_results' AND k.uuid = r.record_uuid"
                             " LEFT JOIN objectives o"
                             "  ON r.record_table = 'objectives' AND o.uuid = r.record_uuid"
                             " WHERE coalesce (k.id, o.id) IS NOT NULL",
                             error);
  if (stmt == NULL)
    return FALSE;
  rc = add_revisions (stmt, history);
  return rc == SQLITE_DONE || read_failed (store, rc, error);
}

/**
 * lds_store_history_load:
 * @cycle_ids: (array length=n_cycle_ids): the cycles whose key results'
 *   check-ins to read
 *
 * Returns: (transfer full): the history of the key results of those cycles
 *   (and the revisions of every objective and key result), finished; %NULL
 *   with @error set
 */
LdsHistory *
lds_store_history_load (LdsStore     *store,
                        const LdsId  *cycle_ids,
                        guint         n_cycle_ids,
                        GError      **error)
{
  g_autoptr(LdsHistory) history = NULL;

  g_return_val_if_fail (LDS_IS_STORE (store), NULL);
  g_return_val_if_fail (cycle_ids != NULL || n_cycle_ids == 0, NULL);

  history = lds_history_new ();
  for (guint i = 0; i < n_cycle_ids; i++)
    if (!load_checkins (store, history, cycle_ids[i], error))
      return NULL;
  if (!load_revisions (store, history, error))
    return NULL;
  lds_history_finish (history);
  return g_steal_pointer (&history);
}

static char *
json_ids (const LdsId *ids,
          guint        n)
{
  GString *text = g_string_sized_new (16 + n * 8);

  g_string_append_c (text, '[');
  for (guint i = 0; i < n; i++)
    g_string_append_printf (text, "%s%" G_GINT64_FORMAT, i > 0 ? "," : "", ids[i]);
  g_string_append_c (text, ']');
  return g_string_free (text, FALSE);
}

/**
 * lds_store_history_of_objectives:
 * @objective_ids: (array length=n_objective_ids): a few objectives
 *
 * The history of a handful of objectives (a team's list): their key
 * results' check-ins and the revisions of them all, read through the
 * indexes rather than the whole cycle's.
 *
 * Returns: (transfer full): the history, finished; %NULL with @error set
 */
LdsHistory *
lds_store_history_of_objectives (LdsStore     *store,
                                 const LdsId  *objective_ids,
                                 guint         n_objective_ids,
                                 GError      **error)
{
  g_autoptr(LdsHistory) history = lds_history_new ();
  g_autofree char *ids = json_ids (objective_ids, n_objective_ids);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (LDS_IS_STORE (store), NULL);

  stmt = _lds_store_prepare (store,
                             "SELECT c.key_result_id, c.at, c.value, c.confidence"
                             " FROM key_results k JOIN checkins c ON c.key_result_id = k.id"
                             " WHERE k.objective_id IN (SELECT value FROM json_each (?1))"
                             " ORDER BY c.key_result_id, c.at",
                             error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, ids, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    lds_history_add_checkin (history, sqlite3_column_int64 (stmt, 0),
                             sqlite3_column_int64 (stmt, 1),
                             sqlite3_column_type (stmt, 2) == SQLITE_NULL
                             ? NAN : sqlite3_column_double (stmt, 2),
                             sqlite3_column_type (stmt, 3) == SQLITE_NULL
                             ? -1 : sqlite3_column_int (stmt, 3));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      read_failed (store, rc, error);
      return NULL;
    }

  stmt = _lds_store_prepare (store,
                             "SELECT 0, o.id, r.field, r.old_value, r.at"
                             " FROM objectives o JOIN revisions r ON r.record_uuid = o.uuid"
                             " WHERE o.id IN (SELECT value FROM json_each (?1))"
                             " UNION ALL"
                             " SELECT 1, k.id, r.field, r.old_value, r.at"
                             " FROM key_results k JOIN revisions r ON r.record_uuid = k.uuid"
                             " WHERE k.objective_id IN (SELECT value FROM json_each (?1))",
                             error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, ids, -1, SQLITE_TRANSIENT);
  rc = add_revisions (stmt, history);
  if (rc != SQLITE_DONE)
    {
      read_failed (store, rc, error);
      return NULL;
    }
  lds_history_finish (history);
  return g_steal_pointer (&history);
}

/**
 * lds_store_each_last_checkin:
 * @func: called with the time of the latest check-in of each key result of
 *   the cycle that has one
 *
 * One look into the check-ins' index per key result: what the overdue
 * marks of today need, without reading the whole history.
 */
gboolean
lds_store_each_last_checkin (LdsStore            *store,
                             LdsId                cycle_id,
                             LdsLastCheckinFunc   func,
                             gpointer             user_data,
                             GError             **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (LDS_IS_STORE (store), FALSE);
  g_return_val_if_fail (func != NULL, FALSE);

  /* The check-ins' index by key result holds all this needs: in a file
   * opened read-only, only its pages are checked (lds-store-check.c). */
  stmt = _lds_store_prepare_index (store,
                                   "SELECT k.id, (SELECT max (at) FROM checkins WHERE key_result_id = k.id)"
                                   " FROM objectives o JOIN key_results k ON k.objective_id = o.id"
                                   " WHERE o.cycle_id = ?1",
                                   "checkins", "checkins_key_result", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, cycle_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    if (sqlite3_column_type (stmt, 1) != SQLITE_NULL)
      func (sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1), user_data);
  sqlite3_reset (stmt);
  return rc == SQLITE_DONE || read_failed (store, rc, error);
}

/**
 * lds_store_list_checkins_between:
 * @cycle_id: the cycle whose key results' check-ins to list
 *
 * Returns: (transfer container) (element-type LdsCheckin): the check-ins
 *   made after @from and at or before @to, oldest first; %NULL with @error set
 */
GPtrArray *
lds_store_list_checkins_between (LdsStore  *store,
                                 LdsId      cycle_id,
                                 gint64     from,
                                 gint64     to,
                                 GError   **error)
{
  g_autofree char *sql = _lds_store_select_sql (LDS_RECORD_CHECKIN,
                                                "at > ?2 AND at <= ?3 AND key_result_id IN"
                                                " (SELECT k.id FROM key_results k"
                                                "  JOIN objectives o ON o.id = k.objective_id"
                                                "  WHERE o.cycle_id = ?1)");
  sqlite3_stmt *stmt;

  g_return_val_if_fail (LDS_IS_STORE (store), NULL);

  stmt = _lds_store_prepare (store, sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, cycle_id);
  sqlite3_bind_int64 (stmt, 2, from);
  sqlite3_bind_int64 (stmt, 3, to);
  return _lds_store_read_all (store, LDS_RECORD_CHECKIN, stmt, error);
}

/**
 * lds_store_list_revisions_between:
 *
 * Returns: (transfer container) (element-type LdsRevision): the revisions
 *   made after @from and at or before @to, oldest first; %NULL with @error set
 */
GPtrArray *
lds_store_list_revisions_between (LdsStore  *store,
                                  gint64     from,
                                  gint64     to,
                                  GError   **error)
{
  g_autofree char *sql = _lds_store_select_sql (LDS_RECORD_REVISION, "at > ?1 AND at <= ?2");
  sqlite3_stmt *stmt;

  g_return_val_if_fail (LDS_IS_STORE (store), NULL);

  stmt = _lds_store_prepare (store, sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, from);
  sqlite3_bind_int64 (stmt, 2, to);
  return _lds_store_read_all (store, LDS_RECORD_REVISION, stmt, error);
}
