/* test-store-undo.c: every action can be undone and redone
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "lds-test-utils.h"

/* The whole content of a store as text, to compare states. */
static char *
snapshot (LdsStore *store)
{
  GString *out = g_string_new (NULL);

  for (guint t = 0; t < LDS_N_RECORD_TYPES; t++)
    {
      const LdsRecordInfo *info = lds_record_info (t);
      g_autoptr(GPtrArray) records = lds_store_list (store, t, NULL);

      g_assert_nonnull (records);
      for (guint r = 0; r < records->len; r++)
        {
          LdsRecord *record = g_ptr_array_index (records, r);

          g_string_append_printf (out, "%s %" G_GINT64_FORMAT " %s", info->table, record->id,
                                  record->uuid);
          for (guint i = 0; i < info->n_fields; i++)
            {
              g_autofree char *value = lds_record_field_to_string (&info->fields[i], record);
              g_string_append_printf (out, " %s=%s", info->fields[i].name, value ? value : "∅");
            }
          g_string_append_c (out, '\n');
        }
    }
  return g_string_free (out, FALSE);
}

static guint
count_hits (LdsStore   *store,
            const char *query)
{
  g_autoptr(GPtrArray) hits = lds_store_search (store, query, 0, NULL);

  g_assert_nonnull (hits);
  return hits->len;
}

static void
test_insert_update_delete (void)
{
  g_autoptr(LdsStore) store = lds_test_new_store ();
  LdsId company = lds_test_add_unit (store, 0, LDS_UNIT_KIND_COMPANY, "Acme");
  g_autoptr(LdsUnit) unit = lds_store_get (store, LDS_RECORD_UNIT, company, NULL);
  g_autoptr(LdsUnit) read = NULL;
  g_autoptr(GError) error = NULL;

  lds_set_text (&unit->name, "Acme Robotics");
  g_assert_true (lds_store_update (store, LDS_RECORD_UNIT, unit, NULL));
  g_assert_true (lds_store_delete (store, LDS_RECORD_UNIT, company, NULL));
  g_assert_cmpstr (lds_store_get_undo_name (store), ==, "Delete Unit");

  g_assert_true (lds_store_undo (store, &error));
  g_assert_no_error (error);
  read = lds_store_get (store, LDS_RECORD_UNIT, company, NULL);
  g_assert_cmpstr (read->name, ==, "Acme Robotics");
  g_assert_cmpstr (lds_store_get_undo_name (store), ==, "Change Unit");
  g_assert_cmpstr (lds_store_get_redo_name (store), ==, "Delete Unit");

  g_assert_true (lds_store_undo (store, NULL));
  g_clear_pointer (&read, lds_unit_free);
  read = lds_store_get (store, LDS_RECORD_UNIT, company, NULL);
  g_assert_cmpstr (read->name, ==, "Acme");

  g_assert_true (lds_store_undo (store, NULL));
  g_assert_cmpint (lds_store_count (store, LDS_RECORD_UNIT), ==, 0);
  g_assert_false (lds_store_can_undo (store));
  g_assert_false (lds_store_undo (store, &error));
  g_assert_error (error, LDS_STORE_ERROR, LDS_STORE_ERROR_UNDO);

  g_assert_true (lds_store_redo (store, NULL));
  g_assert_true (lds_store_redo (store, NULL));
  g_assert_true (lds_store_redo (store, NULL));
  g_assert_cmpint (lds_store_count (store, LDS_RECORD_UNIT), ==, 0);
  g_assert_false (lds_store_can_redo (store));
}

/* Deleting an objective removes its key results, check-ins and links by
 * cascade; undo brings every one of them back as it was. */
static void
test_cascade_round_trip (void)
{
  g_autoptr(LdsStore) store = lds_test_new_store ();
  LdsId company = lds_test_add_unit (store, 0, LDS_UNIT_KIND_COMPANY, "Acme");
  LdsId team = lds_test_add_unit (store, company, LDS_UNIT_KIND_TEAM, "Team");
  LdsId cycle = lds_test_add_cycle (store, "Q4", "2026-10-01", "2026-12-31");
  LdsId parent = lds_test_add_objective (store, cycle, company, "Delight customers");
  LdsId kr = lds_test_add_key_result (store, parent, "NPS", 20, 50, 30);
  LdsId child = lds_test_add_objective (store, cycle, team, "提升客户满意度");
  LdsId child_kr = lds_test_add_key_result (store, child, "Tickets solved", 0, 100, 40);
  g_autoptr(LdsLink) link = lds_link_new ();
  g_autoptr(LdsCheckin) checkin = lds_checkin_new ();
  g_autofree char *before = NULL, *after_undo = NULL, *after_redo = NULL, *deleted = NULL;

  link->from_id = child;
  link->to_key_result_id = kr;
  g_assert_true (lds_store_insert (store, LDS_RECORD_LINK, link, NULL));
  checkin->key_result_id = child_kr;
  checkin->at = lds_now ();
  checkin->value = 40;
  lds_set_text (&checkin->note, "客户回访完成一半");
  g_assert_true (lds_store_insert (store, LDS_RECORD_CHECKIN, checkin, NULL));

  before = snapshot (store);
  g_assert_cmpuint (count_hits (store, "客户"), ==, 2);

  g_assert_true (lds_store_delete (store, LDS_RECORD_OBJECTIVE, parent, NULL));
  g_assert_true (lds_store_delete (store, LDS_RECORD_OBJECTIVE, child, NULL));
  g_assert_cmpint (lds_store_count (store, LDS_RECORD_LINK), ==, 0);
  g_assert_cmpint (lds_store_count (store, LDS_RECORD_CHECKIN), ==, 0);
  g_assert_cmpuint (count_hits (store, "客户"), ==, 0);
  deleted = snapshot (store);

  g_assert_true (lds_store_undo (store, NULL));
  g_assert_true (lds_store_undo (store, NULL));
  after_undo = snapshot (store);
  g_assert_cmpstr (after_undo, ==, before);
  /* The search index follows undo too. */
  g_assert_cmpuint (count_hits (store, "客户"), ==, 2);

  g_assert_true (lds_store_redo (store, NULL));
  g_assert_true (lds_store_redo (store, NULL));
  after_redo = snapshot (store);
  g_assert_cmpstr (after_redo, ==, deleted);
  g_assert_cmpuint (count_hits (store, "客户"), ==, 0);
}

/* Deleting a person clears them as the owner of key results (SET NULL);
 * undo restores the owner, redo clears it again. */
static void
test_set_null_round_trip (void)
{
  g_autoptr(LdsStore) store = lds_test_new_store ();
  LdsId company = lds_test_add_unit (store, 0, LDS_UNIT_KIND_COMPANY, "Acme");
  LdsId person = lds_test_add_person (store, company, "李娜");
  LdsId cycle = lds_test_add_cycle (store, "Q4", "2026-10-01", "2026-12-31");
  LdsId o = lds_test_add_objective (store, cycle, company, "Grow");
  LdsId krid = lds_test_add_key_result (store, o, "Revenue", 1, 2, 1);
  g_autoptr(LdsKeyResult) kr = lds_store_get (store, LDS_RECORD_KEY_RESULT, krid, NULL);
  g_autoptr(LdsKeyResult) read = NULL;
  g_autoptr(GError) error = NULL;

  kr->owner_id = person;
  g_assert_true (lds_store_update (store, LDS_RECORD_KEY_RESULT, kr, NULL));
  g_assert_true (lds_store_delete (store, LDS_RECORD_PERSON, person, NULL));
  read = lds_store_get (store, LDS_RECORD_KEY_RESULT, krid, NULL);
  g_assert_cmpint (read->owner_id, ==, 0);

  g_assert_true (lds_store_undo (store, &error));
  g_assert_no_error (error);
  g_clear_pointer (&read, lds_key_result_free);
  read = lds_store_get (store, LDS_RECORD_KEY_RESULT, krid, NULL);
  g_assert_cmpint (read->owner_id, ==, person);

  g_assert_true (lds_store_redo (store, &error));
  g_assert_no_error (error);
  g_clear_pointer (&read, lds_key_result_free);
  read = lds_store_get (store, LDS_RECORD_KEY_RESULT, krid, NULL);
  g_assert_cmpint (read->owner_id, ==, 0);
  g_assert_cmpint (lds_store_count (store, LDS_RECORD_PERSON), ==, 0);
}

/* An action that makes a unit and then a person in it: undoing it deletes
 * the unit before the person in the changeset's order, which must work. */
static void
test_parent_and_child_in_one_action (void)
{
  g_autoptr(LdsStore) store = lds_test_new_store ();
  LdsId company = lds_test_add_unit (store, 0, LDS_UNIT_KIND_COMPANY, "Acme");
  g_autoptr(GError) error = NULL;
  LdsId team;

  g_assert_true (lds_store_begin (store, "Add Team", NULL));
  team = lds_test_add_unit (store, company, LDS_UNIT_KIND_TEAM, "Team");
  lds_test_add_person (store, team, "Wang Fang");
  g_assert_true (lds_store_commit (store, NULL));

  g_assert_true (lds_store_undo (store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (lds_store_count (store, LDS_RECORD_UNIT), ==, 1);
  g_assert_cmpint (lds_store_count (store, LDS_RECORD_PERSON), ==, 0);

  g_assert_true (lds_store_redo (store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (lds_store_count (store, LDS_RECORD_PERSON), ==, 1);
}

static void
test_long_history (void)
{
  g_autoptr(LdsStore) store = lds_test_new_store ();
  LdsId company = lds_test_add_unit (store, 0, LDS_UNIT_KIND_COMPANY, "Acme");
  LdsId cycle = lds_test_add_cycle (store, "Q4", "2026-10-01", "2026-12-31");
  g_autofree char *start = snapshot (store);
  g_autofree char *end = NULL;
  g_autofree char *back = NULL;
  g_autofree char *again = NULL;
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (LdsId));

  for (int i = 0; i < 40; i++)
    {
      g_autofree char *title = g_strdup_printf ("Objective %d", i);
      LdsId id = lds_test_add_objective (store, cycle, company, title);

      g_array_append_val (ids, id);
      if (i % 3 == 2)
        {
          g_autoptr(LdsObjective) o = lds_store_get (store, LDS_RECORD_OBJECTIVE,
                                                     g_array_index (ids, LdsId, i - 1), NULL);
          lds_set_text (&o->description, "changed");
          o->status = LDS_OBJECTIVE_STATUS_ACTIVE;
          g_assert_true (lds_store_update (store, LDS_RECORD_OBJECTIVE, o, NULL));
        }
      if (i % 5 == 4)
        g_assert_true (lds_store_delete (store, LDS_RECORD_OBJECTIVE,
                                         g_array_index (ids, LdsId, i - 2), NULL));
    }
  end = snapshot (store);

  while (lds_store_can_undo (store) &&
         lds_store_count (store, LDS_RECORD_OBJECTIVE) + lds_store_can_undo (store) > 0)
    {
      g_autoptr(GError) error = NULL;
      if (g_strcmp0 (lds_store_get_undo_name (store), "Add Cycle") == 0)
        break;
      g_assert_true (lds_store_undo (store, &error));
      g_assert_no_error (error);
    }
  back = snapshot (store);
  g_assert_cmpstr (back, ==, start);

  while (lds_store_can_redo (store))
    g_assert_true (lds_store_redo (store, NULL));
  again = snapshot (store);
  g_assert_cmpstr (again, ==, end);
  g_array_unref (ids);
}

static void
test_new_action_clears_redo (void)
{
  g_autoptr(LdsStore) store = lds_test_new_store ();

  lds_test_add_unit (store, 0, LDS_UNIT_KIND_COMPANY, "Acme");
  g_assert_true (lds_store_undo (store, NULL));
  g_assert_true (lds_store_can_redo (store));
  lds_test_add_unit (store, 0, LDS_UNIT_KIND_COMPANY, "Other");
  g_assert_false (lds_store_can_redo (store));
  g_assert_null (lds_store_get_redo_name (store));
}

static void
notify_cb (GObject    *object,
           GParamSpec *pspec,
           guint      *count)
{
  (*count)++;
}

static void
test_history_notifies (void)
{
  g_autoptr(LdsStore) store = lds_test_new_store ();
  guint can_undo = 0, undo_name = 0;

  g_signal_connect (store, "notify::can-undo", G_CALLBACK (notify_cb), &can_undo);
  g_signal_connect (store, "notify::undo-name", G_CALLBACK (notify_cb), &undo_name);
  lds_test_add_unit (store, 0, LDS_UNIT_KIND_COMPANY, "Acme");
  g_assert_cmpuint (can_undo, >=, 1);
  g_assert_cmpuint (undo_name, >=, 1);
  g_assert_true (lds_store_undo (store, NULL));
  g_assert_cmpuint (can_undo, >=, 2);
}

/* Another program changed the record since: undo refuses and changes nothing. */
static void
test_conflict_with_other_writer (void)
{
  g_autofree char *dir = lds_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "shared.lodestar", NULL);
  g_autoptr(LdsStore) mine = lds_store_open (path, LDS_STORE_OPEN_CREATE, NULL);
  g_autoptr(LdsStore) theirs = NULL;
  g_autoptr(LdsUnit) unit = NULL;
  g_autoptr(LdsUnit) read = NULL;
  g_autoptr(GError) error = NULL;
  LdsId company;

  g_assert_nonnull (mine);
  company = lds_test_add_unit (mine, 0, LDS_UNIT_KIND_COMPANY, "Acme");
  unit = lds_store_get (mine, LDS_RECORD_UNIT, company, NULL);
  lds_set_text (&unit->name, "Mine");
  g_assert_true (lds_store_update (mine, LDS_RECORD_UNIT, unit, NULL));

  theirs = lds_store_open (path, LDS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_clear_pointer (&unit, lds_unit_free);
  unit = lds_store_get (theirs, LDS_RECORD_UNIT, company, NULL);
  lds_set_text (&unit->name, "Theirs");
  g_assert_true (lds_store_update (theirs, LDS_RECORD_UNIT, unit, NULL));

  g_assert_false (lds_store_undo (mine, &error));
  g_assert_error (error, LDS_STORE_ERROR, LDS_STORE_ERROR_UNDO);
  g_assert_nonnull (strstr (error->message, "Change Unit"));
  read = lds_store_get (mine, LDS_RECORD_UNIT, company, NULL);
  g_assert_cmpstr (read->name, ==, "Theirs");
  /* The step stays, to be tried again or left. */
  g_assert_cmpstr (lds_store_get_undo_name (mine), ==, "Change Unit");

  g_clear_object (&mine);
  g_clear_object (&theirs);
  lds_test_remove_dir (dir);
}

static void
test_undo_survives_in_file (void)
{
  g_autofree char *dir = lds_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "persist.lodestar", NULL);
  g_autoptr(LdsStore) store = lds_store_open (path, LDS_STORE_OPEN_CREATE, NULL);
  g_autoptr(GPtrArray) units = NULL;

  lds_test_add_unit (store, 0, LDS_UNIT_KIND_COMPANY, "北极星科技");
  lds_test_add_unit (store, 0, LDS_UNIT_KIND_COMPANY, "Second");
  g_assert_true (lds_store_undo (store, NULL));
  g_clear_object (&store);

  /* Every action was committed at once; reopening finds the state as left. */
  store = lds_store_open (path, LDS_STORE_OPEN_DEFAULT, NULL);
  units = lds_store_list (store, LDS_RECORD_UNIT, NULL);
  g_assert_cmpuint (units->len, ==, 1);
  g_assert_cmpstr (((LdsUnit *) units->pdata[0])->name, ==, "北极星科技");
  g_assert_false (lds_store_can_undo (store));

  g_clear_object (&store);
  lds_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  lds_test_init (&argc, &argv);

  g_test_add_func ("/undo/insert-update-delete", test_insert_update_delete);
  g_test_add_func ("/undo/cascade", test_cascade_round_trip);
  g_test_add_func ("/undo/set-null", test_set_null_round_trip);
  g_test_add_func ("/undo/parent-and-child", test_parent_and_child_in_one_action);
  g_test_add_func ("/undo/long-history", test_long_history);
  g_test_add_func ("/undo/new-action-clears-redo", test_new_action_clears_redo);
  g_test_add_func ("/undo/notifies", test_history_notifies);
  g_test_add_func ("/undo/conflict", test_conflict_with_other_writer);
  g_test_add_func ("/undo/persisted", test_undo_survives_in_file);

  return g_test_run ();
}
