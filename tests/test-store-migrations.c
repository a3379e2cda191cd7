/* test-store-migrations.c: an older file is upgraded with its data intact
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * fixtures/lodestar-v1.sql is a file of schema version 1 written out as SQL,
 * fixtures/lodestar-v2.sql one of version 2 (the same records, then the
 * settings and search of version 2 and work done at that version).
 */

#include "config.h"

#include <sqlite3.h>

#include "lds-test-utils.h"

static char *
build_file (const char *dir,
            int         version)
{
  g_autofree char *name = g_strdup_printf ("lodestar-v%d.sql", version);
  g_autofree char *sql_path = g_build_filename (TEST_FIXTURES, name, NULL);
  g_autofree char *sql = NULL;
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, "old.lodestar", NULL);
  char *message = NULL;
  sqlite3 *db;

  g_file_get_contents (sql_path, &sql, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("fixture: %s", message);
  sqlite3_close (db);
  return path;
}

static char *
build_v1_file (const char *dir)
{
  return build_file (dir, 1);
}

static int
user_version_of (const char *path)
{
  sqlite3 *db;
  sqlite3_stmt *stmt;
  int version = -1;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    version = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return version;
}

static void
assert_data_intact (LdsStore *store)
{
  g_autoptr(LdsObjective) o = NULL;
  g_autoptr(LdsKeyResult) churn = NULL;
  g_autoptr(LdsKeyResult) milestone = NULL;
  g_autoptr(LdsPerson) person = NULL;
  g_autoptr(LdsRevision) revision = NULL;
  g_autoptr(GPtrArray) links = NULL;
  LdsStoreSummary summary;

  g_assert_true (lds_store_get_summary (store, &summary, NULL));
  g_assert_cmpint (summary.counts[LDS_RECORD_UNIT], ==, 3);
  g_assert_cmpint (summary.counts[LDS_RECORD_PERSON], ==, 2);
  g_assert_cmpint (summary.counts[LDS_RECORD_CYCLE], ==, 2);
  g_assert_cmpint (summary.counts[LDS_RECORD_OBJECTIVE], ==, 3);
  g_assert_cmpint (summary.counts[LDS_RECORD_KEY_RESULT], ==, 4);
  g_assert_cmpint (summary.counts[LDS_RECORD_LINK], ==, 2);
  g_assert_cmpint (summary.counts[LDS_RECORD_CHECKIN], ==, 2);
  g_assert_cmpint (summary.counts[LDS_RECORD_ACTION_PLAN], ==, 1);
  g_assert_cmpint (summary.counts[LDS_RECORD_KPI], ==, 1);
  g_assert_cmpint (summary.counts[LDS_RECORD_KPI_CHECKIN], ==, 1);
  g_assert_cmpint (summary.counts[LDS_RECORD_REVIEW], ==, 1);
  g_assert_cmpint (summary.counts[LDS_RECORD_REVISION], ==, 1);
  g_assert_cmpint (summary.counts[LDS_RECORD_ROLLOUT_ITEM], ==, 1);

  o = lds_store_get_by_uuid (store, LDS_RECORD_OBJECTIVE, "6b7c8d9e-0f1a-4b2c-8d3e-5f6a7b8c9d20",
                             NULL);
  g_assert_cmpstr (o->title, ==, "成为团队的销售教练");
  g_assert_cmpint (o->visibility, ==, LDS_VISIBILITY_PRIVATE);
  g_assert_cmpstr (o->private_reason, ==, "个人成长目标");
  g_assert_true (o->self_driven);
  g_assert_cmpint (o->status, ==, LDS_OBJECTIVE_STATUS_DRAFT);

  churn = lds_store_get_by_uuid (store, LDS_RECORD_KEY_RESULT,
                                 "8d9e0f1a-2b3c-4d4e-8f5a-7b8c9d0e1f22", NULL);
  g_assert_cmpint (churn->direction, ==, LDS_DIRECTION_DECREASE);
  g_assert_cmpfloat (churn->current_value, ==, 6.5);
  g_assert_cmpfloat (churn->score, ==, 0.4);
  g_assert_cmpint (churn->owner_id, ==, 0);

  milestone = lds_store_get_by_uuid (store, LDS_RECORD_KEY_RESULT,
                                     "0f1a2b3c-4d5e-4f6a-8b7c-9d0e1f2a3b24", NULL);
  g_assert_cmpint (milestone->metric, ==, LDS_METRIC_MILESTONE);
  g_assert_true (isnan (milestone->start_value));

  person = lds_store_get_by_uuid (store, LDS_RECORD_PERSON, "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d14",
                                  NULL);
  g_assert_cmpstr (person->name, ==, "张伟");
  g_assert_true (person->champion);

  revision = lds_store_get (store, LDS_RECORD_REVISION, 1, NULL);
  g_assert_cmpstr (revision->old_value, ==, "30");
  g_assert_cmpstr (revision->new_value, ==, "40");

  links = lds_store_list_by (store, LDS_RECORD_LINK, "from_id", 2, NULL);
  g_assert_cmpuint (links->len, ==, 1);
  g_assert_cmpint (((LdsLink *) links->pdata[0])->to_key_result_id, ==, 1);
}

static guint
count_hits (LdsStore   *store,
            const char *query)
{
  g_autoptr(GPtrArray) hits = lds_store_search (store, query, 0, NULL);

  g_assert_nonnull (hits);
  return hits->len;
}

/* Version 3 brought workshops: an upgraded file keeps one, with its cards
 * and votes. */
static void
assert_takes_workshops (LdsStore *store,
                        LdsId     cycle_id,
                        LdsId     unit_id)
{
  g_autoptr(LdsWorkshop) workshop = lds_workshop_new ();
  g_autoptr(LdsWorkshopTeam) team = lds_workshop_team_new ();
  g_autoptr(LdsWorkshopCard) card = lds_workshop_card_new ();
  g_autoptr(LdsWorkshopVote) dots = lds_workshop_vote_new ();
  g_autoptr(GError) error = NULL;

  workshop->cycle_id = cycle_id;
  workshop->phase = LDS_WORKSHOP_PHASE_OBJECTIVE_VOTE;
  g_assert_true (lds_store_insert (store, LDS_RECORD_WORKSHOP, workshop, &error));
  g_assert_no_error (error);
  team->workshop_id = workshop->id;
  team->unit_id = unit_id;
  g_assert_true (lds_store_insert (store, LDS_RECORD_WORKSHOP_TEAM, team, &error));
  card->workshop_id = workshop->id;
  card->unit_id = unit_id;
  lds_set_text (&card->title, "让华南客户主动推荐我们");
  g_assert_true (lds_store_insert (store, LDS_RECORD_WORKSHOP_CARD, card, &error));
  g_assert_no_error (error);
  dots->card_id = card->id;
  dots->value = 4;
  g_assert_true (lds_store_insert (store, LDS_RECORD_WORKSHOP_VOTE, dots, &error));
  g_assert_no_error (error);
  g_assert_cmpint (lds_store_count (store, LDS_RECORD_WORKSHOP_VOTE), ==, 1);
}

static void
test_upgrade (void)
{
  g_autofree char *dir = lds_test_make_dir ();
  g_autofree char *path = build_v1_file (dir);
  g_autofree char *backup = NULL;
  g_autofree char *expected_backup = g_build_filename (dir, "old.backup-v1.lodestar", NULL);
  g_autoptr(LdsStore) store = NULL;
  g_autoptr(LdsStore) backup_store = NULL;
  g_autoptr(GError) error = NULL;
  LdsFileSettings settings;

  g_assert_cmpint (user_version_of (path), ==, 1);

  store = lds_store_open (path, LDS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
  assert_data_intact (store);

  /* Version 2 brought search: the old records are in its index … */
  g_assert_cmpuint (count_hits (store, "销售"), ==, 3);
  /* In an objective's description; the revision's reason is not indexed. */
  g_assert_cmpuint (count_hits (store, "Hangzhou"), ==, 1);
  g_assert_cmpuint (count_hits (store, "roadshow"), ==, 1);
  g_assert_cmpuint (count_hits (store, "杭州"), ==, 1);
  /* … and the file settings, with the method's defaults. */
  lds_store_get_file_settings (store, &settings);
  g_assert_cmpint (settings.max_objectives, ==, 5);

  /* The copy taken before upgrading is still at version 1 (its records are
   * checked below). */
  backup = lds_store_get_backup_path (store);
  g_assert_cmpstr (backup, ==, expected_backup);
  g_assert_cmpint (user_version_of (backup), ==, 1);

  /* The upgraded file takes new work, workshops too (version 3). */
  lds_test_add_unit (store, 3, LDS_UNIT_KIND_TEAM, "华南销售组");
  assert_takes_workshops (store, 2, 3);
  g_assert_cmpuint (count_hits (store, "销售组"), ==, 2);
  g_clear_object (&store);
  g_assert_cmpint (user_version_of (path), ==, LDS_SCHEMA_VERSION);

  /* Opened again, it needs no upgrade and makes no backup. */
  store = lds_store_open (path, LDS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_null (lds_store_get_backup_path (store));
  g_clear_object (&store);

  /* The backup is itself an openable organisation. */
  backup_store = lds_store_open (backup, LDS_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  assert_data_intact (backup_store);
  g_clear_object (&backup_store);

  lds_test_remove_dir (dir);
}

static void
test_upgrade_v2 (void)
{
  g_autofree char *dir = lds_test_make_dir ();
  g_autofree char *path = build_file (dir, 2);
  g_autofree char *backup = NULL;
  g_autofree char *expected_backup = g_build_filename (dir, "old.backup-v2.lodestar", NULL);
  g_autoptr(LdsStore) store = NULL;
  g_autoptr(LdsObjective) shenzhen = NULL;
  g_autoptr(GPtrArray) links = NULL;
  g_autoptr(GError) error = NULL;
  LdsFileSettings settings;
  LdsStoreSummary summary;

  g_assert_cmpint (user_version_of (path), ==, 2);

  store = lds_store_open (path, LDS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);

  /* The records of version 1 … */
  g_assert_true (lds_store_get_summary (store, &summary, NULL));
  g_assert_cmpint (summary.schema_version, ==, LDS_SCHEMA_VERSION);
  g_assert_cmpint (summary.counts[LDS_RECORD_UNIT], ==, 4);
  g_assert_cmpint (summary.counts[LDS_RECORD_OBJECTIVE], ==, 4);
  g_assert_cmpint (summary.counts[LDS_RECORD_KEY_RESULT], ==, 5);
  g_assert_cmpint (summary.counts[LDS_RECORD_LINK], ==, 3);
  g_assert_cmpint (summary.counts[LDS_RECORD_CHECKIN], ==, 2);
  g_assert_cmpint (summary.counts[LDS_RECORD_WORKSHOP], ==, 0);
  /* … the work done at version 2, its settings and its search index. */
  shenzhen = lds_store_get_by_uuid (store, LDS_RECORD_OBJECTIVE,
                                    "a3b4c5d6-e7f8-4a9b-8c0d-2e3f4a5b6c37", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (shenzhen->title, ==, "Open the Shenzhen market");
  links = lds_store_list_by (store, LDS_RECORD_LINK, "from_id", shenzhen->id, NULL);
  g_assert_cmpuint (links->len, ==, 1);
  lds_store_get_file_settings (store, &settings);
  g_assert_cmpint (settings.max_objectives, ==, 4);
  g_assert_cmpint (settings.cadence_days, ==, 14);
  g_assert_cmpuint (count_hits (store, "Shenzhen"), ==, 1);
  g_assert_cmpuint (count_hits (store, "深圳签约"), ==, 1);

  backup = lds_store_get_backup_path (store);
  g_assert_cmpstr (backup, ==, expected_backup);
  g_assert_cmpint (user_version_of (backup), ==, 2);

  assert_takes_workshops (store, shenzhen->cycle_id, shenzhen->owner_unit_id);
  g_clear_object (&store);
  g_assert_cmpint (user_version_of (path), ==, LDS_SCHEMA_VERSION);

  /* Opened again: no upgrade, the workshop is there. */
  store = lds_store_open (path, LDS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_null (lds_store_get_backup_path (store));
  g_assert_cmpint (lds_store_count (store, LDS_RECORD_WORKSHOP_CARD), ==, 1);
  g_clear_object (&store);

  lds_test_remove_dir (dir);
}

static void
test_read_only_upgrade_in_memory (void)
{
  g_autofree char *dir = lds_test_make_dir ();
  g_autofree char *path = build_v1_file (dir);
  g_autoptr(GBytes) before = lds_test_read_bytes (path);
  g_autoptr(GBytes) after = NULL;
  g_autoptr(LdsStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) d = NULL;
  guint n_files = 0;

  store = lds_store_open (path, LDS_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  assert_data_intact (store);
  /* An objective title and a check-in note: two-character words are found too. */
  g_assert_cmpuint (count_hits (store, "客户"), ==, 2);
  g_clear_object (&store);

  after = lds_test_read_bytes (path);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_cmpint (user_version_of (path), ==, 1);
  /* No backup either: nothing was written. */
  d = g_dir_open (dir, 0, NULL);
  while (g_dir_read_name (d) != NULL)
    n_files++;
  g_assert_cmpuint (n_files, ==, 1);

  lds_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  lds_test_init (&argc, &argv);

  g_test_add_func ("/migrations/upgrade", test_upgrade);
  g_test_add_func ("/migrations/upgrade-v2", test_upgrade_v2);
  g_test_add_func ("/migrations/read-only", test_read_only_upgrade_in_memory);

  return g_test_run ();
}
