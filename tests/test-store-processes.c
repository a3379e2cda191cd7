/* test-store-processes.c: two processes on one organisation file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The test runs itself a second time as the other process (the child is
 * chosen by LODESTAR_TEST_CHILD), as a second Lodestar or `lodestar import`
 * would be: each sees the other's committed changes, neither loses one, and
 * a write that meets the other's lock waits, then says so clearly.
 */

#include "config.h"

#include <errno.h>
#include <sys/wait.h>

#include "lds-test-utils.h"

static const char *self_path;

/* The other process */

static int
child_main (const char *mode,
            const char *path,
            const char *marker)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LdsStore) store = lds_store_open (path, LDS_STORE_OPEN_DEFAULT, &error);
  g_autoptr(GPtrArray) units = NULL;

  if (store == NULL)
    {
      g_printerr ("child: %s\n", error->message);
      return 1;
    }
  units = lds_store_list (store, LDS_RECORD_UNIT, NULL);

  if (g_str_equal (mode, "add-team"))
    {
      lds_test_add_unit (store, ((LdsUnit *) units->pdata[0])->id, LDS_UNIT_KIND_TEAM,
                         "来自另一个进程的团队");
      return 0;
    }
  if (g_str_equal (mode, "add-many"))
    {
      for (int i = 0; i < 40; i++)
        {
          g_autofree char *name = g_strdup_printf ("Child team %d", i);
          lds_test_add_unit (store, ((LdsUnit *) units->pdata[0])->id, LDS_UNIT_KIND_TEAM, name);
          g_usleep (2000);
        }
      return 0;
    }
  if (g_str_equal (mode, "hold-lock"))
    {
      if (!lds_store_begin (store, "Hold", &error))
        return 1;
      lds_test_add_unit (store, ((LdsUnit *) units->pdata[0])->id, LDS_UNIT_KIND_TEAM, "Held");
      g_file_set_contents (marker, "locked", -1, NULL);
      g_usleep (5 * G_USEC_PER_SEC);
      lds_store_rollback (store);
      return 0;
    }
  return 2;
}

/* The test's own process */

static GPid
spawn_child (const char *mode,
             const char *path,
             const char *marker)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) env = g_get_environ ();
  const char *argv[] = { self_path, NULL };
  GPid pid = 0;

  env = g_environ_setenv (env, "LODESTAR_TEST_CHILD", mode, TRUE);
  env = g_environ_setenv (env, "LODESTAR_TEST_FILE", path, TRUE);
  env = g_environ_setenv (env, "LODESTAR_TEST_MARKER", marker != NULL ? marker : "", TRUE);
  g_spawn_async (NULL, (char **) argv, env, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL, &pid, &error);
  g_assert_no_error (error);
  return pid;
}

static int
wait_child (GPid pid)
{
  int status = -1;

  while (waitpid (pid, &status, 0) < 0 && errno == EINTR)
    ;
  g_spawn_close_pid (pid);
  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

static char *
new_file (char **dir)
{
  g_autoptr(LdsStore) store = NULL;

  *dir = lds_test_make_dir ();
  {
    char *path = g_build_filename (*dir, "shared.lodestar", NULL);
    store = lds_store_open (path, LDS_STORE_OPEN_CREATE, NULL);
    lds_test_add_unit (store, 0, LDS_UNIT_KIND_COMPANY, "Acme");
    return path;
  }
}

static void
changed_cb (LdsStore   *store,
            LdsChanges *changes,
            gboolean   *everything)
{
  if (changes->everything)
    *everything = TRUE;
}

static gboolean
has_unit (LdsStore   *store,
          const char *name)
{
  g_autoptr(GPtrArray) units = lds_store_list (store, LDS_RECORD_UNIT, NULL);

  for (guint i = 0; i < units->len; i++)
    if (g_str_equal (((LdsUnit *) units->pdata[i])->name, name))
      return TRUE;
  return FALSE;
}

static void
test_sees_other_process (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = new_file (&dir);
  g_autoptr(LdsStore) store = lds_store_open (path, LDS_STORE_OPEN_DEFAULT, NULL);
  gboolean told = FALSE;
  gint64 deadline;

  lds_store_watch_others (store, TRUE);
  g_signal_connect (store, "changed", G_CALLBACK (changed_cb), &told);

  /* Our own writes are not news from another process. */
  lds_test_add_unit (store, 1, LDS_UNIT_KIND_DEPARTMENT, "Ours");
  g_assert_false (lds_store_check_others (store));
  told = FALSE;

  g_assert_cmpint (wait_child (spawn_child ("add-team", path, NULL)), ==, 0);
  /* Watching runs from the main loop: the news arrives within a second
   * (two looks); allow the test machine some slack. */
  deadline = g_get_monotonic_time () + 3 * G_USEC_PER_SEC;
  while (!told && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_true (told);
  g_assert_true (has_unit (store, "来自另一个进程的团队"));

  g_clear_object (&store);
  lds_test_remove_dir (dir);
}

static void
test_neither_loses (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = new_file (&dir);
  g_autoptr(LdsStore) store = lds_store_open (path, LDS_STORE_OPEN_DEFAULT, NULL);
  GPid child = spawn_child ("add-many", path, NULL);

  for (int i = 0; i < 40; i++)
    {
      g_autofree char *name = g_strdup_printf ("Parent team %d", i);
      g_autoptr(GError) error = NULL;
      g_autoptr(LdsUnit) unit = lds_unit_new ();

      unit->parent_id = 1;
      unit->kind = LDS_UNIT_KIND_TEAM;
      lds_set_text (&unit->name, name);
      g_assert_true (lds_store_insert (store, LDS_RECORD_UNIT, unit, &error));
      g_assert_no_error (error);
      g_usleep (2000);
    }
  g_assert_cmpint (wait_child (child), ==, 0);

  g_assert_cmpint (lds_store_count (store, LDS_RECORD_UNIT), ==, 81);
  g_assert_true (has_unit (store, "Child team 39"));
  g_assert_true (has_unit (store, "Parent team 39"));
  /* Our undo history is ours: undoing touches only our own last team. */
  g_assert_true (lds_store_undo (store, NULL));
  g_assert_false (has_unit (store, "Parent team 39"));
  g_assert_true (has_unit (store, "Child team 39"));

  g_clear_object (&store);
  lds_test_remove_dir (dir);
}

static void
test_lock_waits_then_reports (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = new_file (&dir);
  g_autofree char *marker = g_build_filename (dir, "locked", NULL);
  g_autoptr(LdsStore) store = lds_store_open (path, LDS_STORE_OPEN_DEFAULT, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LdsUnit) unit = lds_unit_new ();
  GPid child = spawn_child ("hold-lock", path, marker);

  while (!g_file_test (marker, G_FILE_TEST_EXISTS))
    g_usleep (10000);

  unit->parent_id = 1;
  unit->kind = LDS_UNIT_KIND_TEAM;
  lds_set_text (&unit->name, "Waiting");
  g_assert_false (lds_store_insert (store, LDS_RECORD_UNIT, unit, &error));
  g_assert_error (error, LDS_STORE_ERROR, LDS_STORE_ERROR_BUSY);
  g_assert_nonnull (strstr (error->message, "shared.lodestar"));
  g_assert_nonnull (strstr (error->message, "another program"));
  g_assert_false (lds_store_in_action (store));
  g_clear_error (&error);

  g_assert_cmpint (wait_child (child), ==, 0);
  /* Once the other is done, the same write goes through. */
  g_assert_true (lds_store_insert (store, LDS_RECORD_UNIT, unit, &error));
  g_assert_no_error (error);
  g_assert_false (has_unit (store, "Held"));

  g_clear_object (&store);
  lds_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  const char *child = g_getenv ("LODESTAR_TEST_CHILD");

  if (child != NULL)
    {
      lds_i18n_init ();
      return child_main (child, g_getenv ("LODESTAR_TEST_FILE"), g_getenv ("LODESTAR_TEST_MARKER"));
    }

  self_path = argv[0];
  lds_test_init (&argc, &argv);

  g_test_add_func ("/processes/sees-other", test_sees_other_process);
  g_test_add_func ("/processes/neither-loses", test_neither_loses);
  g_test_add_func ("/processes/lock", test_lock_waits_then_reports);

  return g_test_run ();
}
