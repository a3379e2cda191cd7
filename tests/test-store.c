/* test-store.c: reading and writing records, actions and the change signal
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sqlite3.h>

#include "lds-test-utils.h"

typedef struct
{
  LdsStore *store;
  LdsId     company;
  LdsId     cycle;
  guint     n_changed;
  guint     last_types;
  gboolean  last_everything;
} Fixture;

static void
changed_cb (LdsStore   *store,
            LdsChanges *changes,
            Fixture    *f)
{
  f->n_changed++;
  f->last_types = changes->types;
  f->last_everything = changes->everything;
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->store = lds_test_new_store ();
  f->company = lds_test_add_unit (f->store, 0, LDS_UNIT_KIND_COMPANY, "Acme");
  f->cycle = lds_test_add_cycle (f->store, "2026 Q4", "2026-10-01", "2026-12-31");
  g_signal_connect (f->store, "changed", G_CALLBACK (changed_cb), f);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->store);
}

static void
test_insert_get (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(LdsObjective) o = lds_objective_new ();
  g_autoptr(LdsObjective) read = NULL;
  g_autoptr(LdsObjective) by_uuid = NULL;
  g_autoptr(GError) error = NULL;

  o->cycle_id = f->cycle;
  o->owner_unit_id = f->company;
  lds_set_text (&o->title, "让每位客户都满意");
  o->type = LDS_OBJECTIVE_TYPE_ASPIRATIONAL;
  o->perspective = LDS_PERSPECTIVE_CUSTOMER;
  g_assert_true (lds_store_insert (f->store, LDS_RECORD_OBJECTIVE, o, &error));
  g_assert_no_error (error);
  g_assert_cmpint (o->id, >, 0);
  g_assert_nonnull (o->uuid);
  g_assert_cmpint (strlen (o->uuid), ==, 36);
  g_assert_cmpint (o->created_at, ==, lds_now ());
  g_assert_cmpuint (f->n_changed, ==, 1);
  g_assert_cmpuint (f->last_types, ==, 1u << LDS_RECORD_OBJECTIVE);

  read = lds_store_get (f->store, LDS_RECORD_OBJECTIVE, o->id, &error);
  g_assert_no_error (error);
  g_assert_true (lds_record_equal (LDS_RECORD_OBJECTIVE, o, read));
  g_assert_cmpstr (read->uuid, ==, o->uuid);

  by_uuid = lds_store_get_by_uuid (f->store, LDS_RECORD_OBJECTIVE, o->uuid, &error);
  g_assert_no_error (error);
  g_assert_cmpint (by_uuid->id, ==, o->id);
}

static void
test_get_missing (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_null (lds_store_get (f->store, LDS_RECORD_OBJECTIVE, 999, &error));
  g_assert_error (error, LDS_STORE_ERROR, LDS_STORE_ERROR_NO_RECORD);
  g_clear_error (&error);
  g_assert_false (lds_store_delete (f->store, LDS_RECORD_OBJECTIVE, 999, &error));
  g_assert_error (error, LDS_STORE_ERROR, LDS_STORE_ERROR_NO_RECORD);
  /* A failed action leaves no step to undo. */
  g_assert_cmpstr (lds_store_get_undo_name (f->store), ==, "Add Cycle");
}

static void
test_update (Fixture       *f,
             gconstpointer  data)
{
  LdsId oid = lds_test_add_objective (f->store, f->cycle, f->company, "Grow");
  LdsId krid = lds_test_add_key_result (f->store, oid, "Customers", 10, 50, 12);
  g_autoptr(LdsKeyResult) kr = lds_store_get (f->store, LDS_RECORD_KEY_RESULT, krid, NULL);
  g_autoptr(LdsKeyResult) again = NULL;
  g_autoptr(GError) error = NULL;
  guint changes_before = f->n_changed;
  gint64 modified = kr->modified_at;

  /* Changing nothing is no action. */
  g_assert_true (lds_store_update (f->store, LDS_RECORD_KEY_RESULT, kr, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (f->n_changed, ==, changes_before);
  g_assert_cmpstr (lds_store_get_undo_name (f->store), ==, "Add Key Result");

  kr->current_value = 32;
  lds_set_text (&kr->unit_label, "customers");
  g_assert_true (lds_store_update (f->store, LDS_RECORD_KEY_RESULT, kr, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (f->n_changed, ==, changes_before + 1);
  g_assert_cmpstr (lds_store_get_undo_name (f->store), ==, "Change Key Result");

  again = lds_store_get (f->store, LDS_RECORD_KEY_RESULT, krid, NULL);
  g_assert_cmpfloat (again->current_value, ==, 32);
  g_assert_cmpstr (again->unit_label, ==, "customers");
  g_assert_cmpint (again->modified_at, >=, modified);
}

static void
test_invalid_rejected (Fixture       *f,
                       gconstpointer  data)
{
  LdsId oid = lds_test_add_objective (f->store, f->cycle, f->company, "Grow");
  g_autoptr(LdsKeyResult) kr = lds_key_result_new ();
  g_autoptr(GError) error = NULL;
  gint64 before = lds_store_count (f->store, LDS_RECORD_KEY_RESULT);

  kr->objective_id = oid;
  lds_set_text (&kr->title, "Churn");
  kr->start_value = 5;
  kr->target_value = 5;
  g_assert_false (lds_store_insert (f->store, LDS_RECORD_KEY_RESULT, kr, &error));
  g_assert_error (error, LDS_STORE_ERROR, LDS_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "target"));
  g_assert_cmpint (lds_store_count (f->store, LDS_RECORD_KEY_RESULT), ==, before);
  g_assert_cmpint (kr->id, ==, 0);
  g_assert_false (lds_store_in_action (f->store));
}

static void
test_reference_errors (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(LdsObjective) o = lds_objective_new ();
  g_autoptr(GError) error = NULL;
  LdsId team = lds_test_add_unit (f->store, f->company, LDS_UNIT_KIND_TEAM, "Team");

  /* A reference to a record that does not exist */
  o->cycle_id = 4242;
  o->owner_unit_id = team;
  lds_set_text (&o->title, "Orphan");
  g_assert_false (lds_store_insert (f->store, LDS_RECORD_OBJECTIVE, o, &error));
  g_assert_error (error, LDS_STORE_ERROR, LDS_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  /* A unit that still owns objectives cannot go */
  lds_test_add_objective (f->store, f->cycle, team, "Something");
  g_assert_false (lds_store_delete (f->store, LDS_RECORD_UNIT, team, &error));
  g_assert_error (error, LDS_STORE_ERROR, LDS_STORE_ERROR_CONSTRAINT);
  g_assert_cmpint (lds_store_count (f->store, LDS_RECORD_UNIT), ==, 2);
}

static void
test_cascade (Fixture       *f,
              gconstpointer  data)
{
  LdsId oid = lds_test_add_objective (f->store, f->cycle, f->company, "Grow");
  LdsId krid = lds_test_add_key_result (f->store, oid, "Customers", 10, 50, 12);
  g_autoptr(LdsCheckin) c = lds_checkin_new ();
  g_autoptr(GError) error = NULL;

  c->key_result_id = krid;
  c->at = lds_now ();
  c->value = 20;
  g_assert_true (lds_store_insert (f->store, LDS_RECORD_CHECKIN, c, &error));
  g_assert_true (lds_store_delete (f->store, LDS_RECORD_OBJECTIVE, oid, &error));
  g_assert_no_error (error);
  g_assert_cmpint (lds_store_count (f->store, LDS_RECORD_KEY_RESULT), ==, 0);
  g_assert_cmpint (lds_store_count (f->store, LDS_RECORD_CHECKIN), ==, 0);
  /* The change names everything the cascade removed. */
  g_assert_cmpuint (f->last_types, ==, (1u << LDS_RECORD_OBJECTIVE) |
                                       (1u << LDS_RECORD_KEY_RESULT) |
                                       (1u << LDS_RECORD_CHECKIN));
}

static void
test_list (Fixture       *f,
           gconstpointer  data)
{
  LdsId a = lds_test_add_objective (f->store, f->cycle, f->company, "A");
  LdsId b = lds_test_add_objective (f->store, f->cycle, f->company, "B");
  g_autoptr(GPtrArray) krs_a = NULL;
  g_autoptr(GPtrArray) top = NULL;
  g_autoptr(GPtrArray) all = NULL;

  lds_test_add_key_result (f->store, a, "a1", 0, 1, 0);
  lds_test_add_key_result (f->store, b, "b1", 0, 1, 0);
  lds_test_add_key_result (f->store, a, "a2", 0, 1, 0);

  krs_a = lds_store_list_by (f->store, LDS_RECORD_KEY_RESULT, "objective_id", a, NULL);
  g_assert_cmpuint (krs_a->len, ==, 2);
  g_assert_cmpstr (((LdsKeyResult *) krs_a->pdata[0])->title, ==, "a1");
  g_assert_cmpstr (((LdsKeyResult *) krs_a->pdata[1])->title, ==, "a2");

  lds_test_add_unit (f->store, f->company, LDS_UNIT_KIND_DEPARTMENT, "Sales");
  top = lds_store_list_by (f->store, LDS_RECORD_UNIT, "parent_id", 0, NULL);
  g_assert_cmpuint (top->len, ==, 1);
  g_assert_cmpstr (((LdsUnit *) top->pdata[0])->name, ==, "Acme");

  all = lds_store_list (f->store, LDS_RECORD_KEY_RESULT, NULL);
  g_assert_cmpuint (all->len, ==, 3);
  g_assert_cmpint (lds_store_count (f->store, LDS_RECORD_KEY_RESULT), ==, 3);
}

static void
test_nested_action (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  guint before = f->n_changed;

  g_assert_true (lds_store_begin (f->store, "Add Two", &error));
  lds_test_add_objective (f->store, f->cycle, f->company, "One");
  lds_test_add_objective (f->store, f->cycle, f->company, "Two");
  g_assert_cmpuint (f->n_changed, ==, before);
  g_assert_true (lds_store_commit (f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (f->n_changed, ==, before + 1);
  g_assert_cmpstr (lds_store_get_undo_name (f->store), ==, "Add Two");

  g_assert_true (lds_store_undo (f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (lds_store_count (f->store, LDS_RECORD_OBJECTIVE), ==, 0);
}

static void
test_failed_step_fails_action (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(LdsObjective) bad = lds_objective_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (lds_store_begin (f->store, "Half", NULL));
  lds_test_add_objective (f->store, f->cycle, f->company, "Kept?");
  bad->cycle_id = f->cycle;
  bad->owner_unit_id = 777;
  lds_set_text (&bad->title, "Bad owner");
  g_assert_false (lds_store_insert (f->store, LDS_RECORD_OBJECTIVE, bad, NULL));
  g_assert_false (lds_store_commit (f->store, &error));
  g_assert_error (error, LDS_STORE_ERROR, LDS_STORE_ERROR_FAILED);
  /* Never half-written: the first objective is gone too. */
  g_assert_cmpint (lds_store_count (f->store, LDS_RECORD_OBJECTIVE), ==, 0);
  g_assert_false (lds_store_in_action (f->store));
}

static void
test_rollback (Fixture       *f,
               gconstpointer  data)
{
  guint before = f->n_changed;

  g_assert_true (lds_store_begin (f->store, "Abandoned", NULL));
  lds_test_add_objective (f->store, f->cycle, f->company, "Gone");
  lds_store_rollback (f->store);
  g_assert_cmpint (lds_store_count (f->store, LDS_RECORD_OBJECTIVE), ==, 0);
  g_assert_cmpuint (f->n_changed, ==, before);
  g_assert_cmpstr (lds_store_get_undo_name (f->store), ==, "Add Cycle");
}

static void
test_untracked_action (Fixture       *f,
                       gconstpointer  data)
{
  g_assert_true (lds_store_can_undo (f->store));
  g_assert_true (lds_store_begin (f->store, NULL, NULL));
  lds_test_add_objective (f->store, f->cycle, f->company, "Bulk");
  g_assert_true (lds_store_commit (f->store, NULL));
  /* An action that cannot be undone ends the history before it. */
  g_assert_false (lds_store_can_undo (f->store));
  g_assert_true (f->last_everything);
}

static void
test_settings (Fixture       *f,
               gconstpointer  data)
{
  LdsFileSettings settings;
  LdsFileSettings bad;
  g_autoptr(GError) error = NULL;

  lds_store_get_file_settings (f->store, &settings);
  g_assert_cmpint (settings.cadence_days, ==, 7);
  g_assert_cmpint (settings.max_objectives, ==, 5);
  g_assert_cmpint (settings.max_key_results, ==, 4);
  g_assert_cmpfloat (settings.bands.red_below, ==, 0.4);
  g_assert_cmpfloat (settings.bands.green_from, ==, 0.7);

  settings.cadence_days = 14;
  settings.max_objectives = 3;
  settings.bands.green_from = 0.75;
  settings.scale = LDS_SCORE_SCALE_PERCENT;
  g_assert_true (lds_store_set_file_settings (f->store, &settings, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (lds_store_get_undo_name (f->store), ==, "Change Settings");

  memset (&bad, 0, sizeof bad);
  lds_store_get_file_settings (f->store, &bad);
  g_assert_cmpint (bad.cadence_days, ==, 14);
  g_assert_cmpint (bad.max_objectives, ==, 3);
  g_assert_cmpfloat (bad.bands.green_from, ==, 0.75);
  g_assert_cmpint (bad.scale, ==, LDS_SCORE_SCALE_PERCENT);

  bad.bands.red_below = 0.9;
  g_assert_false (lds_store_set_file_settings (f->store, &bad, &error));
  g_assert_error (error, LDS_STORE_ERROR, LDS_STORE_ERROR_INVALID);

  g_assert_true (lds_store_undo (f->store, NULL));
  lds_store_get_file_settings (f->store, &settings);
  g_assert_cmpint (settings.cadence_days, ==, 7);
}

/* The field tables in core and the tables the migrations make agree. */
static void
test_fields_match_schema (void)
{
  g_autofree char *dir = lds_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "schema.lodestar", NULL);
  g_autoptr(LdsStore) store = lds_store_open (path, LDS_STORE_OPEN_CREATE, NULL);
  sqlite3 *db;

  g_assert_nonnull (store);
  g_clear_object (&store);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);

  for (guint t = 0; t < LDS_N_RECORD_TYPES; t++)
    {
      const LdsRecordInfo *info = lds_record_info (t);
      g_autofree char *sql = g_strdup_printf ("SELECT name FROM pragma_table_info ('%s')",
                                              info->table);
      g_autoptr(GPtrArray) columns = g_ptr_array_new_with_free_func (g_free);
      sqlite3_stmt *stmt;

      g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        g_ptr_array_add (columns, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
      sqlite3_finalize (stmt);

      g_assert_cmpuint (columns->len, ==, info->n_fields + 4);
      g_assert_cmpstr (columns->pdata[0], ==, "id");
      g_assert_cmpstr (columns->pdata[1], ==, "uuid");
      for (guint i = 0; i < info->n_fields; i++)
        g_assert_cmpstr (columns->pdata[i + 4], ==, info->fields[i].name);
    }
  sqlite3_close (db);
  lds_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  lds_test_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/store/insert-get", test_insert_get);
  ADD ("/store/get-missing", test_get_missing);
  ADD ("/store/update", test_update);
  ADD ("/store/invalid", test_invalid_rejected);
  ADD ("/store/references", test_reference_errors);
  ADD ("/store/cascade", test_cascade);
  ADD ("/store/list", test_list);
  ADD ("/store/action/nested", test_nested_action);
  ADD ("/store/action/failed-step", test_failed_step_fails_action);
  ADD ("/store/action/rollback", test_rollback);
  ADD ("/store/action/untracked", test_untracked_action);
  ADD ("/store/settings", test_settings);
#undef ADD
  g_test_add_func ("/store/fields-match-schema", test_fields_match_schema);

  return g_test_run ();
}
