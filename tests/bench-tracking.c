/* bench-tracking.c: a check-in, and the map of another day, at scale
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * On the synthetic organisation of 10,000 objectives with twelve weekly
 * check-ins per key result (360,000 check-ins), written once per run in a
 * temporary folder:
 *
 *   - recording a check-in (lds_store_check_in(), the one action of the
 *     check-in dialog and the weekly round) on 40 key results spread over
 *     the organisation: target under 10 ms each (the median; the slowest
 *     is printed too);
 *   - moving the day of the whole map, as the date control does: the
 *     values of that day put into the map in place (lds_map_day_move(),
 *     laid out again when an overdue mark changed a node's height) and a
 *     1920×1080 frame drawn, as the view redraws it; one day a week for
 *     twelve weeks, back and forth: target under 100 ms (median; the
 *     first move, which reads the history, is printed apart).
 *
 * The same on the small sample company is the reference, so that the cost
 * of size shows; figures are printed as ratios to their budget.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "lds-demo.h"
#include "lds-map-day.h"
#include "lds-map-render.h"
#include "lds-store-checkin.h"
#include "lds-store-lookup.h"
#include "lds-test-utils.h"
#include "lds-tracking.h"

#define CHECKIN_BUDGET_MS 10.0
#define MOVE_BUDGET_MS 100.0
#define N_CHECKINS 40
#define N_MOVES 24
#define WIDTH 1920
#define HEIGHT 1080

static int
compare (gconstpointer a,
         gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof (double), compare);
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

static double
maximum (const double *values,
         guint         n)
{
  double m = 0;

  for (guint i = 0; i < n; i++)
    m = MAX (m, values[i]);
  return m;
}

static double
ms_since (gint64 t0)
{
  return (g_get_monotonic_time () - t0) / 1000.0;
}

/* Check-ins on key results spread over the organisation; the median time. */
static double
bench_checkins (LdsStore *store,
                double   *slowest)
{
  g_autoptr(GPtrArray) krs = lds_store_list (store, LDS_RECORD_KEY_RESULT, NULL);
  double times[N_CHECKINS];
  guint n = 0;

  g_assert_nonnull (krs);
  for (guint i = 0; i < N_CHECKINS && krs->len > 0; i++)
    {
      LdsKeyResult *kr = g_ptr_array_index (krs, (i * 7919u) % krs->len);
      g_autoptr(LdsCheckin) c = lds_checkin_new ();
      g_autoptr(GError) error = NULL;
      gint64 t0;

      c->key_result_id = kr->id;
      c->value = isnan (kr->current_value) ? 1 : kr->current_value + 1;
      c->confidence = 6;
      lds_set_text (&c->note, "Two new customers signed this week");
      t0 = g_get_monotonic_time ();
      g_assert_true (lds_store_check_in (store, c, &error));
      times[n++] = ms_since (t0);
      g_assert_no_error (error);
    }
  *slowest = maximum (times, n);
  return median (times, n);
}

static void
draw_frame (LdsMapLayout      *layout,
            LdsMapRenderCache *cache)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);
  const LdsMapRect *bounds = lds_map_layout_get_bounds (layout);
  double scale = MIN ((WIDTH - 48) / MAX (bounds->width, 1), (HEIGHT - 48) / MAX (bounds->height, 1));
  LdsMapRenderOptions options;
  LdsMapRect area = { bounds->x, bounds->y, WIDTH / scale, HEIGHT / scale };

  /* The cached picture is cleared, as the view clears it when values change. */
  lds_map_render_cache_clear (cache);
  lds_map_render_options_init (&options, &area);
  options.scale = scale;
  options.background = TRUE;
  options.cache = cache;
  cairo_scale (cr, scale, scale);
  cairo_translate (cr, -bounds->x, -bounds->y);
  lds_map_render (layout, cr, &options);
  cairo_surface_flush (surface);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* Moves the whole map from day to day; the median time of a move and its frame. */
static double
bench_moves (LdsStore *store,
             double   *first,
             double   *slowest,
             guint    *n_relaid,
             guint    *n_rebuilt)
{
  g_autoptr(LdsCycle) cycle = lds_store_current_cycle (store, NULL);
  g_autoptr(LdsMapModel) model = NULL;
  g_autoptr(LdsMapLayout) layout = NULL;
  g_autoptr(LdsMapRenderCache) cache = lds_map_render_cache_new ();
  g_autoptr(GError) error = NULL;
  LdsMapFilter filter = { 0 };
  double times[N_MOVES];
  LdsMapDay *day;
  gint64 start, t0;

  g_assert_nonnull (cycle);
  filter.cycle_id = cycle->id;
  model = lds_map_model_new_from_store (store, &filter, NULL, &error);
  g_assert_no_error (error);
  layout = lds_map_layout_new (model, NULL);
  draw_frame (layout, cache);
  day = lds_map_day_get_for_model (model);
  start = lds_date_to_time (cycle->start_date);

  /* The first move reads the history of the cycle. */
  t0 = g_get_monotonic_time ();
  if (lds_map_day_move (day, store, lds_day_end (cycle->start_date) + 83 * LDS_DAY_SECONDS, &error) ==
      LDS_MAP_DAY_RESHAPED)
    g_set_object (&layout, lds_map_layout_new (model, NULL));
  g_assert_no_error (error);
  draw_frame (layout, cache);
  *first = ms_since (t0);

  *n_relaid = *n_rebuilt = 0;
  for (guint i = 0; i < N_MOVES; i++)
    {
      /* Back a week at a time, then forward again, ending of the day */
      int week = i < 12 ? 11 - (int) i : (int) i - 12;
      gint64 at = start + (gint64) week * 7 * LDS_DAY_SECONDS + LDS_DAY_SECONDS - 1 + 3 * LDS_DAY_SECONDS;
      LdsMapDayChange change;

      t0 = g_get_monotonic_time ();
      change = lds_map_day_move (day, store, at, &error);
      g_assert_no_error (error);
      if (change == LDS_MAP_DAY_REBUILD)
        {
          /* Objectives added between the two days: the map of that day is
           * built, as the map page builds it. */
          filter.at = at;
          g_set_object (&model, lds_map_model_new_from_store (store, &filter, NULL, &error));
          g_assert_no_error (error);
          day = lds_map_day_get_for_model (model);
          g_set_object (&layout, lds_map_layout_new (model, NULL));
          (*n_rebuilt)++;
        }
      else if (change == LDS_MAP_DAY_RESHAPED)
        {
          g_set_object (&layout, lds_map_layout_new (model, NULL));
          (*n_relaid)++;
        }
      draw_frame (layout, cache);
      times[i] = ms_since (t0);
    }
  *slowest = maximum (times, N_MOVES);
  return median (times, N_MOVES);
}

static LdsStore *
write_store (const char *dir,
             const char *name,
             guint       n_objectives)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;
  LdsStore *store;
  gint64 t0 = g_get_monotonic_time ();

  store = lds_store_open (path, LDS_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  if (n_objectives > 0)
    g_assert_true (lds_demo_write_synthetic (store, n_objectives, LDS_DEMO_CHECKINS_PER_KEY_RESULT,
                                             &error));
  else
    g_assert_true (lds_demo_write_sample (store, "en", LDS_DEMO_DEFAULT, &error));
  g_assert_no_error (error);
  g_clear_object (&store);
  printf ("%s written in %.1f s\n", name, ms_since (t0) / 1000.0);
  /* Opened again, as the window opens it */
  store = lds_store_open (path, LDS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  return store;
}

static gboolean
bench (const char *dir,
       const char *name,
       guint       n_objectives,
       gboolean    judged)
{
  g_autoptr(LdsStore) store = write_store (dir, name, n_objectives);
  double slowest, first, checkin, move;
  guint relaid, rebuilt;
  gboolean ok = TRUE;

  printf ("  %" G_GINT64_FORMAT " objectives, %" G_GINT64_FORMAT " check-ins\n",
          lds_store_count (store, LDS_RECORD_OBJECTIVE), lds_store_count (store, LDS_RECORD_CHECKIN));
  checkin = bench_checkins (store, &slowest);
  printf ("  check in:      median %7.2f ms (%5.1f× under %.0f ms), slowest %7.2f ms\n", checkin,
          CHECKIN_BUDGET_MS / checkin, CHECKIN_BUDGET_MS, slowest);
  move = bench_moves (store, &first, &slowest, &relaid, &rebuilt);
  printf ("  move the day:  median %7.2f ms (%5.1f× under %.0f ms), slowest %7.2f ms;\n"
          "                 laid out again %u and built anew %u of %u times; the first move "
          "(reading the history) %.0f ms\n",
          move, MOVE_BUDGET_MS / move, MOVE_BUDGET_MS, slowest, relaid, rebuilt, N_MOVES, first);
  if (judged && (checkin >= CHECKIN_BUDGET_MS || move >= MOVE_BUDGET_MS))
    ok = FALSE;
  return ok;
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *dir = lds_test_make_dir ();
  gboolean ok;

  lds_test_init (&argc, &argv);
  bench (dir, "sample.lodestar", 0, FALSE);
  ok = bench (dir, "synthetic-10000.lodestar", argc > 1 ? atoi (argv[1]) : 10000, TRUE);
  lds_test_remove_dir (dir);
  if (!ok)
    printf ("FAILED: a check-in took %.0f ms or more, or a move of the day %.0f ms or more\n",
            CHECKIN_BUDGET_MS, MOVE_BUDGET_MS);
  return ok ? 0 : 1;
}
