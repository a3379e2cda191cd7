/* lds-store-coach.c: what the coach reads from the file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lds-store"

#include "config.h"

#include <glib/gi18n.h>

#include "lds-date.h"
#include "lds-store-coach.h"
#include "lds-store-private.h"

/* The objectives of one cycle (?1), or of every cycle when ?1 is 0. */
#define IN_CYCLE "(?1 = 0 OR cycle_id = ?1)"
#define OBJECTIVES_IN_CYCLE "(SELECT id FROM objectives WHERE " IN_CYCLE ")"

static gboolean
list_into (LdsStore       *self,
           GPtrArray      *records,
           LdsRecordType   type,
           const char     *where,
           LdsId           cycle_id,
           GError        **error)
{
  g_autofree char *sql = _lds_store_select_sql (type, where);
  sqlite3_stmt *stmt;
  int rc;

  stmt = _lds_store_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;
  if (where != NULL)
    sqlite3_bind_int64 (stmt, 1, cycle_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (records, _lds_store_read_row (type, stmt));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _lds_store_set_sqlite_error (self, error, rc, _("Could not read the organisation."));
      return FALSE;
    }
  return TRUE;
}

/* Calls @func for each (key result, check-in time) row of @sql, but those
 * without a time. */
static gboolean
each_checkin (LdsStore   *self,
              const char *sql,
              LdsId       cycle_id,
              void      (*func) (LdsId, gint64, gpointer),
              gpointer    data,
              GError    **error)
{
  sqlite3_stmt *stmt = _lds_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, cycle_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    if (sqlite3_column_type (stmt, 1) != SQLITE_NULL)
      func (sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1), data);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _lds_store_set_sqlite_error (self, error, rc, _("Could not read the organisation."));
      return FALSE;
    }
  return TRUE;
}

static void
set_last_checkin (LdsId    key_result_id,
                  gint64   at,
                  gpointer data)
{
  lds_coach_snapshot_set_last_checkin (data, key_result_id, at);
}

/**
 * lds_store_coach_snapshot:
 * @cycle_id: the cycle whose OKRs the coach will check; 0: every cycle
 *
 * Reads what the coach's rules need: every unit, person and cycle, the
 * cycle's objectives with their key results and links, the time of each
 * key result's latest check-in, the organisation's settings, and now.
 *
 * Returns: (transfer full): the snapshot, or %NULL with @error set
 */
LdsCoachSnapshot *
lds_store_coach_snapshot (LdsStore  *store,
                          LdsId      cycle_id,
                          GError   **error)
{
  g_autoptr(LdsCoachSnapshot) snapshot = NULL;

  g_return_val_if_fail (LDS_IS_STORE (store), NULL);

  snapshot = lds_coach_snapshot_new ();
  lds_store_get_file_settings (store, &snapshot->settings);
  snapshot->now = lds_now ();

  if (!list_into (store, snapshot->units, LDS_RECORD_UNIT, NULL, 0, error) ||
      !list_into (store, snapshot->people, LDS_RECORD_PERSON, NULL, 0, error) ||
      !list_into (store, snapshot->cycles, LDS_RECORD_CYCLE, NULL, 0, error) ||
      !list_into (store, snapshot->objectives, LDS_RECORD_OBJECTIVE, IN_CYCLE, cycle_id,
                  error) ||
      !list_into (store, snapshot->key_results, LDS_RECORD_KEY_RESULT,
                  "objective_id IN " OBJECTIVES_IN_CYCLE, cycle_id, error) ||
      !list_into (store, snapshot->links, LDS_RECORD_LINK,
                  "from_id IN " OBJECTIVES_IN_CYCLE, cycle_id, error) ||
      /* One look into the check-ins' index per key result. */
      !each_checkin (store,
                     "SELECT k.id, (SELECT MAX(at) FROM checkins WHERE key_result_id = k.id) "
                     "FROM key_results k WHERE k.objective_id IN " OBJECTIVES_IN_CYCLE,
                     cycle_id, set_last_checkin, snapshot, error))
    return NULL;

  return g_steal_pointer (&snapshot);
}

/**
 * lds_coach_check_store:
 * @scope: (nullable): the cycle, and the unit or person; %NULL: everything
 *
 * Checks the organisation's OKRs within @scope against the coach's rules
 * (see lds-coach.h).
 *
 * Returns: (transfer container) (element-type LdsCoachFinding): the
 *   findings, sorted, or %NULL with @error set when the file cannot be read
 */
GPtrArray *
lds_coach_check_store (LdsStore             *store,
                       const LdsCoachScope  *scope,
                       GError              **error)
{
  g_autoptr(LdsCoachSnapshot) snapshot = NULL;

  g_return_val_if_fail (LDS_IS_STORE (store), NULL);

  snapshot = lds_store_coach_snapshot (store, scope != NULL ? scope->cycle_id : 0, error);
  if (snapshot == NULL)
    return NULL;
  return lds_coach_check (snapshot, scope);
}

static void
add_time (LdsId    key_result_id,
          gint64   at,
          gpointer data)
{
  GHashTable *times = data;
  GArray *list = g_hash_table_lookup (times, &key_result_id);

  if (list == NULL)
    {
      list = g_array_new (FALSE, FALSE, sizeof (gint64));
      g_hash_table_insert (times, g_memdup2 (&key_result_id, sizeof key_result_id), list);
    }
  g_array_append_val (list, at);
}

/**
 * lds_store_list_checkin_times:
 * @cycle_id: the cycle; 0: every cycle
 *
 * When each key result of the cycle was checked in, for streaks.
 *
 * Returns: (transfer full): key result id (gint64) → GArray of gint64
 *   times, oldest first; %NULL with @error set on failure
 */
GHashTable *
lds_store_list_checkin_times (LdsStore  *store,
                              LdsId      cycle_id,
                              GError   **error)
{
  g_autoptr(GHashTable) times = NULL;

  g_return_val_if_fail (LDS_IS_STORE (store), NULL);

  times = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                 (GDestroyNotify) g_array_unref);
  if (!each_checkin (store,
                     "SELECT key_result_id, at FROM checkins WHERE key_result_id IN "
                     "(SELECT id FROM key_results WHERE objective_id IN " OBJECTIVES_IN_CYCLE ") "
                     "ORDER BY key_result_id, at",
                     cycle_id, add_time, times, error))
    return NULL;
  return g_steal_pointer (&times);
}
