/* test-store-open.c: opening never trusts the file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every kind of bad file gets its own error, which names the file, and the
 * file is left exactly as it was, with nothing written beside it.
 */

#include "config.h"

#include <sqlite3.h>

#include "lds-store-history.h"
#include "lds-store-private.h"
#include "lds-test-utils.h"

typedef struct
{
  char *dir;
  char *good;    /* a real organisation file */
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(LdsStore) store = NULL;
  g_autoptr(GError) error = NULL;
  LdsId company, cycle;

  f->dir = lds_test_make_dir ();
  f->good = g_build_filename (f->dir, "good.lodestar", NULL);
  store = lds_store_open (f->good, LDS_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  company = lds_test_add_unit (store, 0, LDS_UNIT_KIND_COMPANY, "Acme");
  cycle = lds_test_add_cycle (store, "Q4", "2026-10-01", "2026-12-31");
  for (int i = 0; i < 200; i++)
    {
      g_autofree char *title = g_strdup_printf ("Objective number %d with a longer title", i);
      lds_test_add_objective (store, cycle, company, title);
    }
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *ro = g_build_filename (f->dir, "readonly.lodestar", NULL);

  g_chmod (ro, 0644);
  lds_test_remove_dir (f->dir);
  g_free (f->good);
  g_free (f->dir);
}

static char *
write_file (Fixture    *f,
            const char *name,
            const char *contents,
            gssize      length)
{
  char *path = g_build_filename (f->dir, name, NULL);

  g_assert_true (g_file_set_contents (path, contents, length, NULL));
  return path;
}

static void
assert_refused (const char    *path,
                int            code,
                const char    *words)
{
  g_autoptr(GBytes) before = lds_test_read_bytes (path);
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LdsStore) store = NULL;
  g_autofree char *basename = g_path_get_basename (path);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  for (int flags = 0; flags <= LDS_STORE_OPEN_READ_ONLY; flags += LDS_STORE_OPEN_READ_ONLY)
    {
      store = lds_store_open (path, flags, &error);
      g_assert_null (store);
      g_assert_error (error, LDS_STORE_ERROR, code);
      g_assert_nonnull (strstr (error->message, basename));
      if (words != NULL)
        g_assert_nonnull (strstr (error->message, words));
      g_clear_error (&error);
    }

  after = lds_test_read_bytes (path);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (shm, G_FILE_TEST_EXISTS));
}

static void
test_missing (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "nowhere.lodestar", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_null (lds_store_open (path, LDS_STORE_OPEN_DEFAULT, &error));
  g_assert_error (error, LDS_STORE_ERROR, LDS_STORE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "nowhere.lodestar"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

static void
test_empty (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *path = write_file (f, "empty.lodestar", "", 0);

  assert_refused (path, LDS_STORE_ERROR_EMPTY, "empty");
  /* Not even CREATE writes into an empty file someone else made. */
  g_assert_null (lds_store_open (path, LDS_STORE_OPEN_CREATE, NULL));
}

static void
test_text_file (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = write_file (f, "passwd", "root:x:0:0:root:/root:/bin/bash\n", -1);

  assert_refused (path, LDS_STORE_ERROR_NOT_SQLITE, NULL);
}

static void
test_directory (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_null (lds_store_open (f->dir, LDS_STORE_OPEN_DEFAULT, &error));
  g_assert_error (error, LDS_STORE_ERROR, LDS_STORE_ERROR_NOT_SQLITE);
}

static void
test_foreign_sqlite (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "places.sqlite", NULL);
  sqlite3 *db;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE bookmarks (url TEXT); PRAGMA user_version = 2;"
                                     "INSERT INTO bookmarks VALUES ('https://gnome.org');",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  assert_refused (path, LDS_STORE_ERROR_NOT_LODESTAR, "another program");
}

static void
set_pragma (const char *path,
            const char *sql)
{
  sqlite3 *db;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static void
test_newer (Fixture       *f,
            gconstpointer  data)
{
  set_pragma (f->good, "PRAGMA user_version = 99;");
  assert_refused (f->good, LDS_STORE_ERROR_TOO_NEW, "newer");
}

static void
test_truncated (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GBytes) good = lds_test_read_bytes (f->good);
  gsize size = g_bytes_get_size (good);
  g_autofree char *path = NULL;

  g_assert_cmpuint (size, >, 16384);
  path = write_file (f, "truncated.lodestar", g_bytes_get_data (good, NULL), size / 2);
  assert_refused (path, LDS_STORE_ERROR_DAMAGED, NULL);
}

/* A copy of the good file with the first page of @table scribbled over */
static char *
damage_table (Fixture    *f,
              const char *table)
{
  g_autoptr(GBytes) good = lds_test_read_bytes (f->good);
  gsize size = g_bytes_get_size (good);
  g_autofree guint8 *bytes = g_memdup2 (g_bytes_get_data (good, NULL), size);
  g_autofree char *name = g_strdup_printf ("%s.lodestar", table);
  sqlite3 *db;
  sqlite3_stmt *stmt;
  gsize page_size, root;

  g_assert_cmpint (sqlite3_open_v2 (f->good, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT rootpage, (SELECT page_size FROM pragma_page_size)"
                                           " FROM sqlite_schema WHERE name = ?", -1, &stmt, NULL),
                   ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, table, -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  root = sqlite3_column_int (stmt, 0);
  page_size = sqlite3_column_int (stmt, 1);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  g_assert_cmpuint (root, >, 1);
  g_assert_cmpuint (root * page_size, <=, size);
  for (gsize i = (root - 1) * page_size + 8; i < root * page_size - 8; i++)
    bytes[i] = (guint8) (i * 7919);
  return write_file (f, name, (const char *) bytes, size);
}

static void
test_corrupt_page (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *path = damage_table (f, "objectives");
  g_autoptr(GBytes) before = lds_test_read_bytes (path);
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LdsStore) store = NULL;
  g_autoptr(GPtrArray) objectives = NULL;

  /* A file that may be written to is checked before it opens. */
  g_assert_null (lds_store_open (path, LDS_STORE_OPEN_DEFAULT, &error));
  g_assert_error (error, LDS_STORE_ERROR, LDS_STORE_ERROR_DAMAGED);
  g_assert_nonnull (strstr (error->message, "objectives.lodestar"));
  g_clear_error (&error);

  /* One opened read-only, before its objectives are read: the same words. */
  store = lds_store_open (path, LDS_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_cmpint (lds_store_count (store, LDS_RECORD_UNIT), ==, 1);
  objectives = lds_store_list (store, LDS_RECORD_OBJECTIVE, &error);
  g_assert_null (objectives);
  g_assert_error (error, LDS_STORE_ERROR, LDS_STORE_ERROR_DAMAGED);
  g_assert_nonnull (strstr (error->message, "objectives.lodestar"));
  g_assert_nonnull (strstr (error->message, "damaged"));
  g_clear_error (&error);
  /* … every time */
  g_assert_cmpint (lds_store_count (store, LDS_RECORD_OBJECTIVE), ==, -1);
  g_assert_false (lds_store_verify (store, &error));
  g_assert_error (error, LDS_STORE_ERROR, LDS_STORE_ERROR_DAMAGED);
  g_clear_object (&store);

  after = lds_test_read_bytes (path);
  g_assert_true (g_bytes_equal (before, after));
}

/* Read-only, a damaged table that is not read does not stand in the way;
 * the thorough check still finds it. */
static void
test_corrupt_unread (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *path = damage_table (f, "search_index_content");
  g_autoptr(GError) error = NULL;
  g_autoptr(LdsStore) store = NULL;
  g_autoptr(GPtrArray) hits = NULL;

  store = lds_store_open (path, LDS_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_cmpint (lds_store_count (store, LDS_RECORD_OBJECTIVE), ==, 200);

  /* The search index is checked with the tables that hold it. */
  hits = lds_store_search (store, "longer title", 10, &error);
  g_assert_null (hits);
  g_assert_error (error, LDS_STORE_ERROR, LDS_STORE_ERROR_DAMAGED);
  g_clear_error (&error);

  g_assert_false (lds_store_verify (store, &error));
  g_assert_error (error, LDS_STORE_ERROR, LDS_STORE_ERROR_DAMAGED);
  g_assert_nonnull (strstr (error->message, "search_index_content.lodestar"));
}

/* Check-ins of key results of the first objectives of the good file;
 * @latest: (out): the time of the latest check-in of each key result */
static LdsId
add_checkins (Fixture    *f,
              GHashTable *latest)
{
  g_autoptr(LdsStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) cycles = NULL;
  g_autoptr(GPtrArray) objectives = NULL;
  gint64 start = lds_now () - 100 * G_TIME_SPAN_DAY / G_TIME_SPAN_SECOND;

  store = lds_store_open (f->good, LDS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  cycles = lds_store_list (store, LDS_RECORD_CYCLE, &error);
  objectives = lds_store_list (store, LDS_RECORD_OBJECTIVE, &error);
  g_assert_no_error (error);
  g_assert_true (lds_store_begin (store, NULL, &error));
  for (guint i = 0; i < 60; i++)
    {
      LdsObjective *o = g_ptr_array_index (objectives, i);
      LdsId kr = lds_test_add_key_result (store, o->id, "Customers", 0, 100, 0);

      /* Not in order of time: the latest is not the last one written */
      for (int c = 0; c < 12; c++)
        {
          g_autoptr(LdsCheckin) checkin = lds_checkin_new ();
          gint64 at = start + ((c * 7 + (int) i) % 12) * G_TIME_SPAN_DAY / G_TIME_SPAN_SECOND;

          checkin->key_result_id = kr;
          checkin->at = at;
          checkin->value = c;
          lds_set_text (&checkin->note, "A note long enough to give the check-ins pages of their "
                                        "own, apart from their indexes.");
          g_assert_true (lds_store_insert (store, LDS_RECORD_CHECKIN, checkin, &error));
          g_assert_no_error (error);
          if ((gsize) at > GPOINTER_TO_SIZE (g_hash_table_lookup (latest, GSIZE_TO_POINTER (kr))))
            g_hash_table_insert (latest, GSIZE_TO_POINTER (kr), GSIZE_TO_POINTER (at));
        }
    }
  g_assert_true (lds_store_commit (store, &error));
  return ((LdsCycle *) g_ptr_array_index (cycles, 0))->id;
}

static void
last_checkin_cb (LdsId    key_result_id,
                 gint64   at,
                 gpointer user_data)
{
  g_hash_table_insert (user_data, GSIZE_TO_POINTER (key_result_id), GSIZE_TO_POINTER (at));
}

/* Read-only, the time of each key result's latest check-in (a map's
 * overdue marks) reads the check-ins' index by key result alone: only its
 * pages are read through and checked. Damaged, it gives the message of a
 * damaged file; damage elsewhere in the check-ins does not stand in the
 * way, and the thorough check still finds it. */
static void
test_checkin_index (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GHashTable) latest = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) found = g_hash_table_new (NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LdsStore) store = NULL;
  g_autoptr(GPtrArray) checkins = NULL;
  g_autofree char *bad_index = NULL, *bad_table = NULL;
  g_autoptr(GBytes) before = NULL, after = NULL;
  GHashTableIter iter;
  gpointer key, value;
  LdsId cycle = add_checkins (f, latest);

  bad_index = damage_table (f, "checkins_key_result");
  bad_table = damage_table (f, "checkins");

  /* A sound file: each key result's latest check-in */
  store = lds_store_open (f->good, LDS_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_true (lds_store_each_last_checkin (store, cycle, last_checkin_cb, found, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_hash_table_size (found), ==, 60);
  g_hash_table_iter_init (&iter, latest);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_assert_cmpint (GPOINTER_TO_SIZE (g_hash_table_lookup (found, key)), ==, GPOINTER_TO_SIZE (value));
  g_clear_object (&store);

  /* The index damaged: refused, every time, the file untouched */
  before = lds_test_read_bytes (bad_index);
  store = lds_store_open (bad_index, LDS_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  for (int i = 0; i < 2; i++)
    {
      g_assert_false (lds_store_each_last_checkin (store, cycle, last_checkin_cb, found, &error));
      g_assert_error (error, LDS_STORE_ERROR, LDS_STORE_ERROR_DAMAGED);
      g_assert_nonnull (strstr (error->message, "checkins_key_result.lodestar"));
      g_clear_error (&error);
    }
  g_clear_object (&store);
  after = lds_test_read_bytes (bad_index);
  g_assert_true (g_bytes_equal (before, after));

  /* The check-ins themselves damaged: the index still answers; reading the
   * check-ins is refused, and the thorough check finds the damage. */
  g_hash_table_remove_all (found);
  store = lds_store_open (bad_table, LDS_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_true (lds_store_each_last_checkin (store, cycle, last_checkin_cb, found, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_hash_table_size (found), ==, 60);
  checkins = lds_store_list (store, LDS_RECORD_CHECKIN, &error);
  g_assert_null (checkins);
  g_assert_error (error, LDS_STORE_ERROR, LDS_STORE_ERROR_DAMAGED);
  g_clear_error (&error);
  g_assert_false (lds_store_verify (store, &error));
  g_assert_error (error, LDS_STORE_ERROR, LDS_STORE_ERROR_DAMAGED);
  g_clear_error (&error);
  g_clear_object (&store);

  /* A statement that would read more of the check-ins than the index (its
   * plan says so) waits for their whole check. */
  store = lds_store_open (bad_table, LDS_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_null (_lds_store_prepare_index (store, "SELECT max (note) FROM checkins WHERE key_result_id = 1",
                                           "checkins", "checkins_key_result", &error));
  g_assert_error (error, LDS_STORE_ERROR, LDS_STORE_ERROR_DAMAGED);
}

static void
test_altered_schema (Fixture       *f,
                     gconstpointer  data)
{
  /* A trigger smuggled into the file by another program */
  set_pragma (f->good, "CREATE TRIGGER evil AFTER INSERT ON units BEGIN DELETE FROM objectives; END;");
  assert_refused (f->good, LDS_STORE_ERROR_DAMAGED, "another program");
}

/* Opening compares a file's schema with the one the build wrote down
 * (lds-schema-dump.c): it must be what the migrations make today. */
static void
test_schema_reference (void)
{
  g_autoptr(GString) built = _lds_store_schema_reference (LDS_SCHEMA_VERSION);
  g_autoptr(GString) made = NULL;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (":memory:", &db), ==, SQLITE_OK);
  g_assert_true (_lds_store_migrate (db, 0, LDS_SCHEMA_VERSION, NULL));
  made = _lds_store_schema_dump (db);
  sqlite3_close (db);

  g_assert_nonnull (built);
  g_assert_nonnull (strstr (made->str, "CREATE TABLE objectives"));
  g_assert_cmpstr (built->str, ==, made->str);
}

static void
test_read_only (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GBytes) good = lds_test_read_bytes (f->good);
  g_autofree char *path = write_file (f, "readonly.lodestar", g_bytes_get_data (good, NULL),
                                      g_bytes_get_size (good));
  g_autoptr(GError) error = NULL;
  g_autoptr(LdsStore) store = NULL;
  g_autoptr(GBytes) after = NULL;

  g_assert_cmpint (g_chmod (path, 0444), ==, 0);
  g_assert_null (lds_store_open (path, LDS_STORE_OPEN_DEFAULT, &error));
  g_assert_error (error, LDS_STORE_ERROR, LDS_STORE_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, "readonly.lodestar"));
  g_clear_error (&error);

  /* Opened read-only on purpose, it can be read but not changed. */
  store = lds_store_open (path, LDS_STORE_OPEN_READ_ONLY, NULL);
  g_assert_nonnull (store);
  g_assert_cmpint (lds_store_count (store, LDS_RECORD_OBJECTIVE), ==, 200);
  g_assert_false (lds_store_begin (store, "Nope", &error));
  g_assert_error (error, LDS_STORE_ERROR, LDS_STORE_ERROR_READ_ONLY);
  g_clear_object (&store);
  after = lds_test_read_bytes (path);
  g_assert_true (g_bytes_equal (good, after));
}

static void
test_read_only_open_writes_nothing (Fixture       *f,
                                    gconstpointer  data)
{
  g_autoptr(GBytes) before = lds_test_read_bytes (f->good);
  g_autoptr(GBytes) after = NULL;
  g_autoptr(LdsStore) store = lds_store_open (f->good, LDS_STORE_OPEN_READ_ONLY, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *wal = g_strconcat (f->good, "-wal", NULL);

  g_assert_nonnull (store);
  g_assert_true (lds_store_verify (store, &error));
  g_assert_no_error (error);
  g_clear_object (&store);
  after = lds_test_read_bytes (f->good);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
}

static void
test_good_reopens (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(LdsStore) store = NULL;
  g_autoptr(GError) error = NULL;
  LdsStoreSummary summary;

  store = lds_store_open (f->good, LDS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (lds_store_get_summary (store, &summary, &error));
  g_assert_cmpint (summary.schema_version, ==, LDS_SCHEMA_VERSION);
  g_assert_cmpint (summary.counts[LDS_RECORD_OBJECTIVE], ==, 200);
  g_assert_cmpint (summary.counts[LDS_RECORD_UNIT], ==, 1);
  g_assert_null (lds_store_get_backup_path (store));
}

int
main (int   argc,
      char *argv[])
{
  lds_test_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/open/missing", test_missing);
  ADD ("/open/empty", test_empty);
  ADD ("/open/text-file", test_text_file);
  ADD ("/open/directory", test_directory);
  ADD ("/open/foreign-sqlite", test_foreign_sqlite);
  ADD ("/open/newer", test_newer);
  ADD ("/open/truncated", test_truncated);
  ADD ("/open/corrupt", test_corrupt_page);
  ADD ("/open/corrupt-unread", test_corrupt_unread);
  ADD ("/open/checkin-index", test_checkin_index);
  ADD ("/open/altered-schema", test_altered_schema);
  ADD ("/open/read-only", test_read_only);
  ADD ("/open/read-only-flag", test_read_only_open_writes_nothing);
  ADD ("/open/good", test_good_reopens);
#undef ADD
  g_test_add_func ("/open/schema-reference", test_schema_reference);

  return g_test_run ();
}
