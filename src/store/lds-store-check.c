/* lds-store-check.c: checking a file's pages while its window opens, or
 * as they are read
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reading every page of a large organisation (PRAGMA quick_check) takes
 * longer than showing its window. With LDS_STORE_OPEN_CHECK_IN_BACKGROUND,
 * and only for a file that needs no upgrade and is in WAL mode already (so
 * that opening it writes nothing), the check runs on a second, read-only
 * connection in a thread while the window appears. Nothing is written to
 * the file before the check has passed: the first action waits for it, and
 * a file found damaged refuses every change with the same message an
 * immediate check would have given; ::notify::damaged tells the window.
 * The thread starts when lds_store_start_background_check() says so (the
 * window does once its first frame is on screen), at the first action, or
 * after a second, whichever comes first: reading the whole file competes
 * with showing the window for the machine's time.
 */

#define G_LOG_DOMAIN "lds-store"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lds-store-private.h"

typedef enum
{
  CHECK_RUNNING,
  CHECK_OK,
  CHECK_DAMAGED,
  CHECK_CANCELLED,
} CheckState;

struct _LdsStoreCheck
{
  gatomicrefcount  ref_count;
  GMutex           mutex;
  GCond            cond;
  GThread         *thread;      /* NULL until started */
  guint            start_id;    /* the idle source that starts it */
  char            *uri;
  sqlite3         *db;         /* the thread's connection, while it runs; under mutex */
  CheckState       state;      /* under mutex */
  gboolean         cancelled;  /* under mutex */
  GWeakRef         store;      /* used in the main thread only */
};

static LdsStoreCheck *
check_ref (LdsStoreCheck *check)
{
  g_atomic_ref_count_inc (&check->ref_count);
  return check;
}

static void
check_unref (LdsStoreCheck *check)
{
  if (!g_atomic_ref_count_dec (&check->ref_count))
    return;
  g_weak_ref_clear (&check->store);
  g_mutex_clear (&check->mutex);
  g_cond_clear (&check->cond);
  g_free (check->uri);
  g_free (check);
}

static gboolean
check_done_idle (gpointer data)
{
  LdsStoreCheck *check = data;
  g_autoptr(LdsStore) store = g_weak_ref_get (&check->store);

  if (store != NULL && store->check == check)
    _lds_store_check_passed (store, NULL);
  return G_SOURCE_REMOVE;
}

static gpointer
check_thread (gpointer data)
{
  LdsStoreCheck *check = data;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gboolean ok = FALSE;
  int on = 1;

  if (sqlite3_open_v2 (check->uri, &db,
                       SQLITE_OPEN_URI | SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX,
                       NULL) == SQLITE_OK)
    {
      sqlite3_db_config (db, SQLITE_DBCONFIG_DEFENSIVE, 1, &on);
      sqlite3_db_config (db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, &on);

      g_mutex_lock (&check->mutex);
      check->db = check->cancelled ? NULL : db;
      g_mutex_unlock (&check->mutex);

      if (check->db != NULL &&
          sqlite3_prepare_v2 (db, "PRAGMA quick_check", -1, &stmt, NULL) == SQLITE_OK &&
          sqlite3_step (stmt) == SQLITE_ROW)
        ok = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0;
      sqlite3_finalize (stmt);
    }

  g_mutex_lock (&check->mutex);
  check->db = NULL;
  check->state = check->cancelled ? CHECK_CANCELLED : ok ? CHECK_OK : CHECK_DAMAGED;
  g_cond_broadcast (&check->cond);
  g_mutex_unlock (&check->mutex);

  sqlite3_close (db);

  /* Tell the main thread, which owns the store. */
  g_idle_add_full (G_PRIORITY_DEFAULT, check_done_idle, check_ref (check),
                   (GDestroyNotify) check_unref);
  check_unref (check);   /* the thread's own reference */
  return NULL;
}

static void
start_thread (LdsStoreCheck *check)
{
  g_clear_handle_id (&check->start_id, g_source_remove);
  if (check->thread == NULL)
    check->thread = g_thread_new ("lds-store-check", check_thread, check_ref (check));
}

static gboolean
start_idle_cb (gpointer data)
{
  LdsStoreCheck *check = data;

  check->start_id = 0;
  start_thread (check);
  return G_SOURCE_REMOVE;
}

/* Checks the pages of the file @self has open, in a thread that starts when
 * the main loop is next idle. */
void
_lds_store_start_check (LdsStore   *self,
                        const char *uri)
{
  LdsStoreCheck *check = g_new0 (LdsStoreCheck, 1);

  g_assert (self->check == NULL);

  g_atomic_ref_count_init (&check->ref_count);
  g_mutex_init (&check->mutex);
  g_cond_init (&check->cond);
  g_weak_ref_init (&check->store, self);
  check->uri = g_strdup (uri);
  check->state = CHECK_RUNNING;
  check->start_id = g_timeout_add_full (G_PRIORITY_LOW, 1000, start_idle_cb, check_ref (check),
                                       (GDestroyNotify) check_unref);
  self->check = check;
}

/**
 * _lds_store_check_passed:
 *
 * Waits for the background check, if one runs, and says whether the file
 * may be written to. The first time the result is known, a damaged file
 * is marked so and ::notify::damaged is emitted.
 */
gboolean
_lds_store_check_passed (LdsStore  *self,
                         GError   **error)
{
  LdsStoreCheck *check = self->check;
  CheckState state;

  if (check != NULL)
    {
      start_thread (check);
      g_mutex_lock (&check->mutex);
      while (check->state == CHECK_RUNNING)
        g_cond_wait (&check->cond, &check->mutex);
      state = check->state;
      g_mutex_unlock (&check->mutex);

      g_thread_join (check->thread);
      self->check = NULL;
      check_unref (check);

      if (state == CHECK_DAMAGED)
        {
          g_autofree char *name = self->path != NULL ? g_filename_display_name (self->path)
                                                     : g_strdup (_("the organisation"));

          self->damage = g_error_new (LDS_STORE_ERROR, LDS_STORE_ERROR_DAMAGED,
                                      _("“%s” is damaged: parts of it cannot be read."), name);
          g_debug ("%s", self->damage->message);
          lds_store_clear_history (self);
          _lds_store_notify_damaged (self);
        }
    }

  if (self->damage != NULL)
    {
      if (error != NULL)
        *error = g_error_copy (self->damage);
      return FALSE;
    }
  return TRUE;
}

/* Stops the check when the store goes away before it finished. */
void
_lds_store_stop_check (LdsStore *self)
{
  LdsStoreCheck *check = g_steal_pointer (&self->check);

  if (check == NULL)
    return;

  g_clear_handle_id (&check->start_id, g_source_remove);
  g_mutex_lock (&check->mutex);
  check->cancelled = TRUE;
  if (check->db != NULL)
    sqlite3_interrupt (check->db);
  g_mutex_unlock (&check->mutex);

  if (check->thread != NULL)
    g_thread_join (check->thread);
  check_unref (check);
}

/**
 * lds_store_is_checking:
 *
 * Returns: whether the file's pages are still being checked in the
 *   background (see %LDS_STORE_OPEN_CHECK_IN_BACKGROUND)
 */
gboolean
lds_store_is_checking (LdsStore *self)
{
  gboolean running;

  g_return_val_if_fail (LDS_IS_STORE (self), FALSE);

  if (self->check == NULL)
    return FALSE;
  g_mutex_lock (&self->check->mutex);
  running = self->check->state == CHECK_RUNNING;
  g_mutex_unlock (&self->check->mutex);
  return running;
}

/**
 * lds_store_start_background_check:
 *
 * Starts the page check of a store opened with
 * %LDS_STORE_OPEN_CHECK_IN_BACKGROUND now, if it has not started yet.
 */
void
lds_store_start_background_check (LdsStore *self)
{
  g_return_if_fail (LDS_IS_STORE (self));

  if (self->check != NULL)
    start_thread (self->check);
}

/**
 * lds_store_get_damage:
 *
 * Returns: (nullable) (transfer none): why the file cannot be changed,
 *   when the check made after opening it found it damaged
 */
const GError *
lds_store_get_damage (LdsStore *self)
{
  g_return_val_if_fail (LDS_IS_STORE (self), NULL);

  return self->damage;
}

/**
 * lds_store_wait_for_check:
 *
 * Waits until the file's pages have been checked (at once when they were
 * checked on opening). Returns %FALSE, with the reason, when the file is
 * damaged.
 */
gboolean
lds_store_wait_for_check (LdsStore  *self,
                          GError   **error)
{
  g_return_val_if_fail (LDS_IS_STORE (self), FALSE);

  return _lds_store_check_passed (self, error);
}

/* Checking what is read
 *
 * A file opened read-only (export, reports, the coach, `lodestar check`)
 * is never written by Lodestar, so damage in it cannot spread; what must
 * not happen is that a damaged page is read as if it were sound. Most of a
 * large organisation's pages are check-ins and the search index, which a
 * map or a report of objectives never reads, so rather than every page of
 * the file on opening, the pages of each table (and its indexes) are
 * checked, with PRAGMA quick_check (TABLE), before a statement that reads
 * it is prepared: an authorizer refuses any statement that reads a table
 * not checked yet and names the table; the store checks it and prepares
 * the statement again. A table found damaged stays refused, with the
 * message an immediate check gives. A virtual table (the search index) is
 * checked with the tables that hold it. The schema is checked on opening,
 * and lds_store_verify() still checks every page and index of the file. */

static int
authorize_cb (void       *data,
              int         action,
              const char *table,
              const char *column,
              const char *database,
              const char *trigger)
{
  LdsStore *self = data;

  if (action != SQLITE_READ || table == NULL || self->unchecked == NULL ||
      (database != NULL && strcmp (database, "main") != 0) ||
      !g_hash_table_contains (self->unchecked, table) ||
      (self->through_index != NULL && strcmp (table, self->through_index) == 0))
    return SQLITE_OK;
  if (!g_ptr_array_find_with_equal_func (self->refused, table, g_str_equal, NULL))
    g_ptr_array_add (self->refused, g_strdup (table));
  return SQLITE_DENY;
}

/* Checks the schema now, and the tables as they are read. */
gboolean
_lds_store_check_when_read (LdsStore  *self,
                            GError   **error)
{
  g_autoptr(GPtrArray) virtual = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (!_lds_store_run_check (self, "PRAGMA quick_check (sqlite_schema)", error))
    return FALSE;

  rc = sqlite3_prepare_v2 (self->db,
                           "SELECT name, sql LIKE 'CREATE VIRTUAL TABLE%' FROM sqlite_schema"
                           " WHERE type = 'table' AND name <> 'sqlite_schema'",
                           -1, &stmt, NULL);
  while (rc == SQLITE_OK || rc == SQLITE_ROW)
    if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
      g_ptr_array_add (sqlite3_column_int (stmt, 1) ? virtual : tables,
                     g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      _lds_store_set_sqlite_error (self, error, rc, _("Could not read the organisation."));
      return FALSE;
    }

  self->unchecked = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                           (GDestroyNotify) g_strfreev);
  self->refused = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < tables->len; i++)
    {
      const char *name = g_ptr_array_index (tables, i);
      const char *owner = NULL;

      /* A virtual table's own tables are named after it. */
      for (guint v = 0; v < virtual->len && owner == NULL; v++)
        if (g_str_has_prefix (name, g_ptr_array_index (virtual, v)) &&
            name[strlen (g_ptr_array_index (virtual, v))] == '_')
          owner = g_ptr_array_index (virtual, v);
      g_hash_table_insert (self->unchecked, g_strdup (name),
                           g_strdupv ((char *[]) { (char *) (owner != NULL ? owner : name), NULL }));
    }
  for (guint v = 0; v < virtual->len; v++)
    {
      const char *name = g_ptr_array_index (virtual, v);
      g_autoptr(GStrvBuilder) own = g_strv_builder_new ();

      for (guint i = 0; i < tables->len; i++)
        if (g_str_has_prefix (g_ptr_array_index (tables, i), name) &&
            ((const char *) g_ptr_array_index (tables, i))[strlen (name)] == '_')
          g_strv_builder_add (own, g_ptr_array_index (tables, i));
      g_hash_table_insert (self->unchecked, g_strdup (name), g_strv_builder_end (own));
    }
  /* A table of a virtual table leads to its owner, which lists them all. */
  for (guint i = 0; i < tables->len; i++)
    {
      char **group = g_hash_table_lookup (self->unchecked, g_ptr_array_index (tables, i));

      if (g_strcmp0 (group[0], g_ptr_array_index (tables, i)) != 0)
        g_hash_table_insert (self->unchecked, g_strdup (g_ptr_array_index (tables, i)),
                             g_strdupv (g_hash_table_lookup (self->unchecked, group[0])));
    }

  sqlite3_set_authorizer (self->db, authorize_cb, self);
  return TRUE;
}

/* Checks the tables statements were refused for; FALSE when one is
 * damaged (it stays refused). */
gboolean
_lds_store_check_refused (LdsStore  *self,
                          GError   **error)
{
  g_autoptr(GPtrArray) refused = g_steal_pointer (&self->refused);

  self->refused = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < refused->len; i++)
    {
      g_auto(GStrv) group = NULL;
      g_autofree char *name = NULL;

      if (!g_hash_table_steal_extended (self->unchecked, g_ptr_array_index (refused, i),
                                        (gpointer *) &name, (gpointer *) &group))
        continue;
      for (guint t = 0; group[t] != NULL; t++)
        {
          char *pragma = sqlite3_mprintf ("PRAGMA quick_check (\"%w\")", group[t]);
          gboolean ok = pragma != NULL && _lds_store_run_check (self, pragma, error);

          sqlite3_free (pragma);
          if (!ok)
            {
              g_hash_table_insert (self->unchecked, g_steal_pointer (&name), g_steal_pointer (&group));
              return FALSE;
            }
          g_debug ("Checked the pages of %s", group[t]);
          if (g_strcmp0 (group[t], g_ptr_array_index (refused, i)) != 0)
            g_hash_table_remove (self->unchecked, group[t]);
        }
    }
  return TRUE;
}

/* Reading one index alone
 *
 * Some questions need only one index of a large table: the time of each
 * key result's latest check-in is in the check-ins' index by key result,
 * a tenth of the pages of the check-ins and their other indexes, which a
 * map never reads. Such a statement need not wait for the whole table's
 * check: the index's own pages are read through first, each checked as
 * SQLite loads it (with cell_size_check, every cell's place too; from then
 * on for every page this connection loads), and the statement may then
 * read the table through that index, and through it only, which SQLite's
 * own plan for the statement must show (else the table is checked as
 * usual). A damaged page of the index gives the message of a damaged
 * table; one elsewhere in the table does not stand in the way, as a
 * damaged table that is not read does not, and lds_store_verify() still
 * finds it. */

/* Whether every step of @sql's plan that reads @table reads it through
 * @index alone; the caller lets statements read @table. */
static gboolean
plan_reads_only (LdsStore   *self,
                 const char *sql,
                 const char *table,
                 const char *index)
{
  g_autofree char *explain = g_strconcat ("EXPLAIN QUERY PLAN ", sql, NULL);
  g_autofree char *covering = g_strdup_printf (" USING COVERING INDEX %s ", index);
  sqlite3_stmt *stmt = _lds_store_prepare_new (self, explain, 0, "", NULL);
  gboolean found = FALSE, other = FALSE;
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      /* "SEARCH checkins USING COVERING INDEX checkins_key_result (key_result_id=?)" */
      g_auto(GStrv) words = g_strsplit ((const char *) sqlite3_column_text (stmt, 3), " ", 3);
      g_autofree char *rest = NULL;

      if (g_strv_length (words) < 2 || g_strcmp0 (words[1], table) != 0)
        continue;
      rest = g_strconcat (" ", words[2] != NULL ? words[2] : "", " ", NULL);
      if (g_str_has_prefix (rest, covering))
        found = TRUE;
      else
        other = TRUE;
    }
  sqlite3_finalize (stmt);
  return rc == SQLITE_DONE && found && !other;
}

/* Reads every page of @index of @table, each checked as it is loaded. */
static gboolean
read_through (LdsStore    *self,
              const char  *table,
              const char  *index,
              GError     **error)
{
  char *sql;
  sqlite3_stmt *stmt;
  int rc;

  if (!_lds_store_exec (self, "PRAGMA cell_size_check = ON", error))
    return FALSE;
  /* Every entry of the index, in its order (a count alone could read
   * another index) */
  sql = sqlite3_mprintf ("SELECT count (*) FROM \"%w\" INDEXED BY \"%w\""
                         " WHERE rowid IS NOT NULL", table, index);
  stmt = _lds_store_prepare_new (self, sql, 0, _("Could not read the organisation."), error);
  sqlite3_free (sql);
  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_ROW)
    {
      _lds_store_set_sqlite_error (self, error, rc, _("Could not read the organisation."));
      return FALSE;
    }
  g_debug ("Read the pages of %s through", index);
  return TRUE;
}

/**
 * _lds_store_prepare_index:
 * @table: the table @sql reads through @index alone
 *
 * As _lds_store_prepare(); when @table was not checked yet (a file opened
 * read-only), only the pages of @index are, if SQLite's plan for @sql
 * reads @table through @index alone (see above).
 */
sqlite3_stmt *
_lds_store_prepare_index (LdsStore    *self,
                          const char  *sql,
                          const char  *table,
                          const char  *index,
                          GError     **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);
  gboolean through;

  if (stmt != NULL || self->unchecked == NULL || !g_hash_table_contains (self->unchecked, table))
    return _lds_store_prepare (self, sql, error);

  self->through_index = table;
  through = plan_reads_only (self, sql, table, index);
  if (through && (self->read_indexes == NULL || !g_hash_table_contains (self->read_indexes, index)))
    {
      if (!read_through (self, table, index, error))
        {
          self->through_index = NULL;
          return NULL;
        }
      if (self->read_indexes == NULL)
        self->read_indexes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_hash_table_add (self->read_indexes, g_strdup (index));
    }
  /* Prepared while @table may be read; once prepared, it is not asked again */
  stmt = through ? _lds_store_prepare (self, sql, error) : NULL;
  self->through_index = NULL;
  return through ? stmt : _lds_store_prepare (self, sql, error);
}

/* Every page has been checked (lds_store_verify()). */
void
_lds_store_checked_all (LdsStore *self)
{
  if (self->unchecked == NULL)
    return;
  sqlite3_set_authorizer (self->db, NULL, NULL);
  g_clear_pointer (&self->unchecked, g_hash_table_unref);
  g_clear_pointer (&self->refused, g_ptr_array_unref);
}
