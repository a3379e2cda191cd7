/* bench-workspace.c: how fast the workspace answers with 10,000 objectives
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * In a window of 1280×800 on the synthetic organisation of 10,000
 * objectives, times from a person's action to the end of the next frame
 * drawn: choosing a unit in the sidebar, switching cycles, opening the
 * editor of an objective (the first time too, when the panel is first
 * shown: it is made half a second after the window opens) and of a key
 * result. The target: under 100 ms each (the median of several
 * tries; the slowest is printed too). The same actions on the small sample
 * company are timed as a reference, so that the cost of size shows.
 *
 * Each series starts once the window has settled (the page check and the
 * coach's look at the organisation, which the cycle switches start again,
 * are done; the waits are printed): the first editor opened is in the
 * other cycle, and its own coach check runs during it, as it would for a
 * person.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "lds-coach-model.h"
#include "lds-demo.h"
#include "lds-objectives-view.h"
#include "lds-resources-private.h"
#include "lds-test-ui.h"
#include "lds-test-utils.h"
#include "lds-window.h"

#define BUDGET_MS 100.0
#define TRIES 9

static guint frames;

static void
painted_cb (GdkFrameClock *clock,
            gpointer       data)
{
  frames++;
}

/* Waits for the frame that shows what was just done; returns ms since @start. */
static double
until_drawn (gint64 start)
{
  guint seen = frames;
  gint64 deadline = g_get_monotonic_time () + 3 * G_USEC_PER_SEC;

  while (frames == seen && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  return (g_get_monotonic_time () - start) / 1000.0;
}

static int
compare (gconstpointer a,
         gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

typedef struct
{
  const char *what;
  double      times[TRIES];
  guint       n;
} Series;

static double
series_median (Series *s)
{
  double sorted[TRIES];

  memcpy (sorted, s->times, s->n * sizeof (double));
  qsort (sorted, s->n, sizeof (double), compare);
  return sorted[s->n / 2];
}

static double
series_max (Series *s)
{
  double max = 0;

  for (guint i = 0; i < s->n; i++)
    max = MAX (max, s->times[i]);
  return max;
}

/* Until the window has settled: the file's pages checked (a thread reads
 * the whole file once the window is on screen) and the coach done looking
 * at the organisation (a thread too, again after each change of cycle).
 * Both compete with the window for the machine's two cores. */
static void
settle (LdsStore   *store,
        LdsContext *context,
        const char *label,
        const char *before)
{
  LdsCoachModel *coach = lds_coach_model_get_for_context (context);
  gint64 start = g_get_monotonic_time ();
  gint64 deadline = start + 60 * G_USEC_PER_SEC;

  while ((lds_store_is_checking (store) || lds_coach_model_is_checking (coach)) &&
         g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  lds_test_ui_iterate ();
  g_print ("%s: waited %.0f ms for the page check and the coach before %s\n", label,
           (g_get_monotonic_time () - start) / 1000.0, before);
}

/* Times the actions on one organisation; returns whether all met the budget. */
static gboolean
run (const char *label,
     LdsStore   *store,
     gboolean    judge)
{
  g_autoptr(GPtrArray) units = lds_store_list (store, LDS_RECORD_UNIT, NULL);
  g_autoptr(GPtrArray) cycles = lds_store_list (store, LDS_RECORD_CYCLE, NULL);
  g_autoptr(GPtrArray) objectives = NULL;
  Series series[5] = {
    { "select a unit" }, { "switch cycles" }, { "open the objective editor, first time" },
    { "open an objective's editor" }, { "open a key result's editor" },
  };
  GtkDropDown *cycle_dropdown;
  LdsContext *context;
  LdsWindow *window;
  GtkWidget *view;
  gboolean met = TRUE;

  window = lds_window_new (NULL, store);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  /* A person starts clicking once the window has settled: the first frame,
   * the page check, the coach's first look at the organisation. */
  lds_test_ui_wait (2000);
  settle (store, lds_window_get_context (window), label, "the first action");
  g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "after-paint",
                    G_CALLBACK (painted_cb), NULL);
  context = lds_window_get_context (window);
  view = lds_test_ui_find_type (GTK_WIDGET (window), LDS_TYPE_OBJECTIVES_VIEW);
  cycle_dropdown = GTK_DROP_DOWN (lds_test_ui_find (GTK_WIDGET (window), "lds-cycle-dropdown"));
  g_assert_nonnull (cycle_dropdown);

  /* Choosing units: departments and teams all over the organisation. */
  for (guint i = 0; i < TRIES; i++)
    {
      LdsUnit *unit = g_ptr_array_index (units, (i * 7 + 1) % units->len);
      gint64 start = g_get_monotonic_time ();

      lds_window_select_owner (window, LDS_RECORD_UNIT, unit->id);
      series[0].times[series[0].n++] = until_drawn (start);
      lds_test_ui_iterate ();
    }

  /* Switching between the cycles, back and forth. */
  for (guint i = 0; i < TRIES && cycles->len > 1; i++)
    {
      guint position = (gtk_drop_down_get_selected (cycle_dropdown) + 1) % cycles->len;
      gint64 start = g_get_monotonic_time ();

      gtk_drop_down_set_selected (cycle_dropdown, position);
      series[1].times[series[1].n++] = until_drawn (start);
      lds_test_ui_iterate ();
    }

  /* Opening editors of objectives found elsewhere in the organisation. */
  settle (store, context, label, "opening editors");
  objectives = lds_store_list (store, LDS_RECORD_OBJECTIVE, NULL);
  for (guint i = 0; i < TRIES + 1; i++)
    {
      LdsObjective *o = g_ptr_array_index (objectives, (i * 997 + 3) % objectives->len);
      Series *s = i == 0 ? &series[2] : &series[3];
      gint64 start = g_get_monotonic_time ();

      lds_context_open_record (context, LDS_RECORD_OBJECTIVE, o->id);
      s->times[s->n++] = until_drawn (start);
      lds_test_ui_iterate ();
    }
  for (guint i = 0; i < TRIES; i++)
    {
      LdsObjective *o = g_ptr_array_index (objectives, (i * 389 + 11) % objectives->len);
      g_autoptr(GPtrArray) krs = lds_store_list_by (store, LDS_RECORD_KEY_RESULT, "objective_id",
                                                    o->id, NULL);
      gint64 start;

      if (krs->len == 0)
        continue;
      start = g_get_monotonic_time ();
      lds_context_open_record (context, LDS_RECORD_KEY_RESULT,
                               ((LdsKeyResult *) krs->pdata[0])->id);
      series[4].times[series[4].n++] = until_drawn (start);
      lds_test_ui_iterate ();
    }

  /* An edit: renaming an objective, to the frame that shows it, and to the
   * moment the window is idle again (others who follow the store, such as
   * the coach, recheck after it). Printed, not judged: not one of the
   * targets. */
  {
    LdsObjective *o = g_ptr_array_index (objectives, 5);
    double frame = 0, idle = 0;

    lds_context_show_objective (context, o->id);
    lds_test_ui_iterate ();
    for (guint i = 0; i < 3; i++)
      {
        g_autofree char *title = g_strdup_printf ("Renamed %u", i);
        gint64 start = g_get_monotonic_time ();

        gtk_widget_activate_action (view, "workspace.rename-objective", "(xs)", o->id, title);
        frame += until_drawn (start);
        while (g_main_context_iteration (NULL, FALSE))
          ;
        idle += (g_get_monotonic_time () - start) / 1000.0;
      }
    g_print ("%s, rename an objective: next frame %.1f ms, window idle again %.1f ms (means)\n",
             label, frame / 3, idle / 3);
  }

  for (guint i = 0; i < G_N_ELEMENTS (series); i++)
    {
      double median, max;

      if (series[i].n == 0)
        continue;
      median = series_median (&series[i]);
      max = series_max (&series[i]);
      g_print ("%s, %s: median %.1f ms, slowest %.1f ms, %.2f of the %.0f ms budget%s\n",
               label, series[i].what, median, max, median / BUDGET_MS, BUDGET_MS,
               judge ? (median <= BUDGET_MS ? " — met" : " — MISSED") : "");
      if (judge && median > BUDGET_MS)
        met = FALSE;
    }

  gtk_window_destroy (GTK_WINDOW (window));
  lds_test_ui_iterate ();
  return met;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(LdsStore) large = NULL;
  g_autoptr(LdsStore) small = NULL;
  g_autoptr(GError) error = NULL;
  gboolean met;

  lds_i18n_init ();
  gtk_init ();
  lds_test_ui_load_styles ();

  dir = lds_test_make_dir ();
  path = g_build_filename (dir, "synthetic.lodestar", NULL);
  large = lds_store_open (path, LDS_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_assert_true (lds_demo_write_synthetic (large, 10000, LDS_DEMO_CHECKINS_PER_KEY_RESULT, &error));
  g_assert_no_error (error);
  g_clear_object (&large);
  large = lds_store_open (path, LDS_STORE_OPEN_CHECK_IN_BACKGROUND, &error);
  g_assert_no_error (error);

  small = lds_store_new_in_memory (&error);
  g_assert_true (lds_demo_write_sample (small, "en", LDS_DEMO_DEFAULT, &error));
  g_assert_no_error (error);

  run ("Sample company (reference)", small, FALSE);
  met = run ("10,000 objectives", large, TRUE);

  g_clear_object (&large);
  lds_test_remove_dir (dir);
  return met ? 0 : 1;
}
