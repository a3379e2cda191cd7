/* test-coach-model.c: the window's coach findings, checked in a worker
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * On the sample company in a file, with checks in the background: a change
 * leaves the last findings in place (never half of new ones) until the
 * worker is done; then the new findings are those the coach finds in the
 * file, and ::changed says so once. Two quick changes give one ::changed,
 * with the findings of the second: the worker's findings for the first are
 * thrown away. An organisation not in a file is checked at once, on the
 * main thread, as before, and so is a small one by default; one of 2,000
 * objectives goes to the worker by itself. A model whose window goes away while a check
 * runs is freed when the check ends.
 */

#include "config.h"

#include "lds-coach-model.h"
#include "lds-demo.h"
#include "lds-store-coach.h"
#include "lds-store-lookup.h"
#include "lds-test-utils.h"

typedef struct
{
  char        *dir;
  LdsStore    *store;
  LdsContext  *context;
  LdsCycle    *current;
  LdsId        unit_id;
  guint        n_changed;
  guint        last_len;     /* how many findings ::changed found */
} Fixture;

static void
changed_cb (LdsCoachModel *model,
            Fixture       *f)
{
  f->n_changed++;
  f->last_len = lds_coach_model_get_findings (model)->len;
}

static void
setup (Fixture  *f,
       gboolean  in_file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) units = NULL;

  if (in_file)
    {
      g_autofree char *path = NULL;

      f->dir = lds_test_make_dir ();
      path = g_build_filename (f->dir, "sample.lodestar", NULL);
      f->store = lds_store_open (path, LDS_STORE_OPEN_CREATE, &error);
    }
  else
    f->store = lds_test_new_store ();
  g_assert_no_error (error);
  g_assert_true (lds_demo_write_sample (f->store, "en", LDS_DEMO_DEFAULT, &error));
  g_assert_no_error (error);
  f->current = lds_store_current_cycle (f->store, NULL);
  g_assert_nonnull (f->current);
  units = lds_store_list (f->store, LDS_RECORD_UNIT, NULL);
  g_assert_cmpuint (units->len, >, 0);
  f->unit_id = ((LdsUnit *) units->pdata[units->len - 1])->id;

  f->context = lds_context_new (f->store);
  lds_context_set_cycle_id (f->context, f->current->id);
}

static void
fixture_setup_file (Fixture       *f,
                    gconstpointer  data)
{
  setup (f, TRUE);
}

static void
fixture_setup_memory (Fixture       *f,
                      gconstpointer  data)
{
  setup (f, FALSE);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->context);
  g_clear_object (&f->store);
  g_clear_pointer (&f->current, lds_cycle_free);
  if (f->dir != NULL)
    lds_test_remove_dir (f->dir);
  g_free (f->dir);
}

/* The findings the coach finds in the file now, on this thread. */
static GPtrArray *
expected (Fixture *f)
{
  LdsCoachScope scope = { f->current->id, LDS_RECORD_UNIT, 0 };
  g_autoptr(GError) error = NULL;
  GPtrArray *findings = lds_coach_check_store (f->store, &scope, &error);

  g_assert_no_error (error);
  return findings;
}

static void
assert_same (GPtrArray *findings,
             GPtrArray *wanted)
{
  g_assert_cmpuint (findings->len, ==, wanted->len);
  for (guint i = 0; i < wanted->len; i++)
    {
      const LdsCoachFinding *a = findings->pdata[i], *b = wanted->pdata[i];

      g_assert_cmpint (a->rule, ==, b->rule);
      g_assert_cmpint (a->record_type, ==, b->record_type);
      g_assert_cmpint (a->record_id, ==, b->record_id);
      g_assert_cmpstr (a->message, ==, b->message);
    }
}

/* Runs the main loop until no check runs, for at most a minute. */
static void
wait_for_checks (LdsCoachModel *model)
{
  gint64 end = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (lds_coach_model_is_checking (model) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (lds_coach_model_is_checking (model));
  /* Whatever the end of the check queued */
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
test_background (Fixture       *f,
                 gconstpointer  data)
{
  LdsCoachModel *model = lds_coach_model_get_for_context (f->context);
  g_autoptr(GPtrArray) before = expected (f);
  g_autoptr(GPtrArray) after = NULL;
  GPtrArray *shown;
  guint n_before;

  lds_coach_model_set_background (model, TRUE);
  g_signal_connect (model, "changed", G_CALLBACK (changed_cb), f);

  /* The first findings are checked when asked for. */
  shown = lds_coach_model_get_findings (model);
  assert_same (shown, before);
  n_before = shown->len;
  g_assert_false (lds_coach_model_is_checking (model));

  /* A change: the worker checks; meanwhile the last findings show. */
  lds_test_add_objective (f->store, f->current->id, f->unit_id, "Without key results");
  g_assert_true (lds_coach_model_is_checking (model));
  shown = lds_coach_model_get_findings (model);
  assert_same (shown, before);
  g_assert_cmpuint (f->n_changed, ==, 0);

  wait_for_checks (model);
  g_assert_cmpuint (f->n_changed, ==, 1);
  after = expected (f);
  g_assert_cmpuint (after->len, >, n_before);
  g_assert_cmpuint (f->last_len, ==, after->len);
  assert_same (lds_coach_model_get_findings (model), after);
}

static void
test_newer_change_wins (Fixture       *f,
                        gconstpointer  data)
{
  LdsCoachModel *model = lds_coach_model_get_for_context (f->context);
  g_autoptr(GPtrArray) after_first = NULL, after_second = NULL;

  lds_coach_model_set_background (model, TRUE);
  lds_coach_model_get_findings (model);
  g_signal_connect (model, "changed", G_CALLBACK (changed_cb), f);

  /* The worker starts on the first change; the second comes before it ends. */
  lds_test_add_objective (f->store, f->current->id, f->unit_id, "First without key results");
  g_assert_true (lds_coach_model_is_checking (model));
  after_first = expected (f);
  lds_test_add_objective (f->store, f->current->id, f->unit_id, "Second without key results");
  after_second = expected (f);
  g_assert_cmpuint (after_second->len, >, after_first->len);

  /* Only the second's findings ever show. */
  wait_for_checks (model);
  g_assert_cmpuint (f->n_changed, ==, 1);
  g_assert_cmpuint (f->last_len, ==, after_second->len);
  assert_same (lds_coach_model_get_findings (model), after_second);

  /* A change of cycle is a change too. */
  lds_context_set_cycle_id (f->context, 0);
  g_assert_true (lds_coach_model_is_checking (model));
  wait_for_checks (model);
  g_assert_cmpuint (f->n_changed, ==, 2);
  {
    LdsCoachScope scope = { 0, LDS_RECORD_UNIT, 0 };
    g_autoptr(GPtrArray) every_cycle = lds_coach_check_store (f->store, &scope, NULL);

    assert_same (lds_coach_model_get_findings (model), every_cycle);
  }
}

static void
test_in_memory (Fixture       *f,
                gconstpointer  data)
{
  LdsCoachModel *model = lds_coach_model_get_for_context (f->context);
  g_autoptr(GPtrArray) after = NULL;

  lds_coach_model_set_background (model, TRUE);
  lds_coach_model_get_findings (model);
  lds_test_add_objective (f->store, f->current->id, f->unit_id, "Without key results");
  g_assert_false (lds_coach_model_is_checking (model));
  after = expected (f);
  assert_same (lds_coach_model_get_findings (model), after);
}

static void
test_window_goes (Fixture       *f,
                  gconstpointer  data)
{
  LdsCoachModel *model = lds_coach_model_get_for_context (f->context);
  gint64 end = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  lds_coach_model_set_background (model, TRUE);
  lds_coach_model_get_findings (model);
  lds_test_add_objective (f->store, f->current->id, f->unit_id, "Without key results");
  g_assert_true (lds_coach_model_is_checking (model));

  g_object_add_weak_pointer (G_OBJECT (model), (gpointer *) &model);
  g_clear_object (&f->context);
  while (model != NULL && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_assert_null (model);
}

/* By default: the sample company is checked on the main thread, an
 * organisation of 2,000 objectives in the worker. */
static void
test_by_size (Fixture       *f,
              gconstpointer  data)
{
  LdsCoachModel *model = lds_coach_model_get_for_context (f->context);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "large.lodestar", NULL);
  g_autoptr(LdsStore) large = NULL;
  g_autoptr(LdsContext) context = NULL;
  g_autoptr(LdsCycle) cycle = NULL;
  g_autoptr(GPtrArray) units = NULL;

  lds_coach_model_get_findings (model);
  lds_test_add_objective (f->store, f->current->id, f->unit_id, "Without key results");
  g_assert_false (lds_coach_model_is_checking (model));

  large = lds_store_open (path, LDS_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_assert_true (lds_demo_write_synthetic (large, 2000, 1, &error));
  g_assert_no_error (error);
  cycle = lds_store_current_cycle (large, NULL);
  units = lds_store_list (large, LDS_RECORD_UNIT, NULL);
  context = lds_context_new (large);
  lds_context_set_cycle_id (context, cycle->id);
  model = lds_coach_model_get_for_context (context);
  lds_coach_model_get_findings (model);
  lds_test_add_objective (large, cycle->id, ((LdsUnit *) units->pdata[0])->id, "Without key results");
  g_assert_true (lds_coach_model_is_checking (model));
  wait_for_checks (model);
}

static void
answered_first_cb (LdsCoachModel *model,
                   gint64        *when)
{
  *when = g_get_monotonic_time ();
}

/* A change is answered on screen before the worker starts reading the whole
 * organisation: on a small organisation the check takes a few
 * milliseconds, and still its findings come no sooner than the wait. */
static void
test_waits_for_window (Fixture       *f,
                       gconstpointer  data)
{
  LdsCoachModel *model = lds_coach_model_get_for_context (f->context);
  gint64 changed = 0, start;

  lds_coach_model_set_background (model, TRUE);
  lds_coach_model_get_findings (model);
  g_signal_connect (model, "changed", G_CALLBACK (answered_first_cb), &changed);

  start = g_get_monotonic_time ();
  lds_context_set_cycle_id (f->context, 0);
  g_assert_true (lds_coach_model_is_checking (model));
  wait_for_checks (model);
  g_assert_cmpint (changed, >, 0);
  g_assert_cmpint (changed - start, >=, 150 * 1000);
}

int
main (int   argc,
      char *argv[])
{
  lds_test_init (&argc, &argv);
  g_test_add ("/coach-model/background", Fixture, NULL, fixture_setup_file, test_background,
              fixture_teardown);
  g_test_add ("/coach-model/newer-change-wins", Fixture, NULL, fixture_setup_file,
              test_newer_change_wins, fixture_teardown);
  g_test_add ("/coach-model/in-memory", Fixture, NULL, fixture_setup_memory, test_in_memory,
              fixture_teardown);
  g_test_add ("/coach-model/window-goes", Fixture, NULL, fixture_setup_file, test_window_goes,
              fixture_teardown);
  g_test_add ("/coach-model/by-size", Fixture, NULL, fixture_setup_file, test_by_size,
              fixture_teardown);
  g_test_add ("/coach-model/waits-for-window", Fixture, NULL, fixture_setup_file,
              test_waits_for_window, fixture_teardown);
  return g_test_run ();
}
