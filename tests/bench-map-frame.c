/* bench-map-frame.c: one 1920×1080 frame of the map, from afar and close up
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The 10,000- and 100,000-objective synthetic organisations (written once
 * per run into a temporary folder), drawn as the view draws them, through
 * lds_map_render() onto a cairo image surface: the whole map (fit), the
 * furthest zoom where titles show (the most of them on screen), a medium
 * zoom, and close up where every key result shows, 40 frames each, as
 * when panning. Fails unless each median is under 8 ms. The furthest zoom
 * that draws boxes and links (the most links on screen, passed through
 * when zooming out) is measured and reported too, not judged.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "lds-demo.h"
#include "lds-map-render.h"
#include "lds-test-utils.h"

#define WIDTH 1920
#define HEIGHT 1080
#define FRAMES 40
#define BUDGET_MS 8.0

static double
median (double *values,
        guint   n)
{
  for (guint i = 0; i < n; i++)
    for (guint j = i + 1; j < n; j++)
      if (values[j] < values[i])
        {
          double t = values[i];
          values[i] = values[j];
          values[j] = t;
        }
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

/* Frames of the view with @scale, centred on (@cx, @cy); returns the median. */
static double
frames (LdsMapLayout      *layout,
        LdsMapRenderCache *cache,
        double             scale,
        double             cx,
        double             cy,
        double            *first)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  double times[FRAMES];

  lds_map_render_cache_clear (cache);
  for (int i = 0; i < FRAMES; i++)
    {
      cairo_t *cr = cairo_create (surface);
      LdsMapRenderOptions options;
      /* Panning a little each frame, as a person does */
      double x = cx + (i % 4) * 3 / scale, ox = x - WIDTH / 2.0 / scale, oy = cy - HEIGHT / 2.0 / scale;
      LdsMapRect area = { ox, oy, WIDTH / scale, HEIGHT / scale };
      gint64 t0;

      lds_map_render_options_init (&options, &area);
      options.scale = scale;
      options.background = TRUE;
      options.cache = cache;
      t0 = g_get_monotonic_time ();
      cairo_scale (cr, scale, scale);
      cairo_translate (cr, -ox, -oy);
      lds_map_render (layout, cr, &options);
      cairo_surface_flush (surface);
      times[i] = (g_get_monotonic_time () - t0) / 1000.0;
      cairo_destroy (cr);
    }
  cairo_surface_destroy (surface);
  *first = times[0];
  return median (times, FRAMES);
}

static gboolean
bench_map (const char *dir,
           guint       n_objectives)
{
  g_autofree char *name = g_strdup_printf ("synthetic-%u.lodestar", n_objectives);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(LdsStore) store = NULL;
  g_autoptr(LdsMapModel) model = NULL;
  g_autoptr(LdsMapLayout) layout = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LdsMapRenderCache) cache = lds_map_render_cache_new ();
  const LdsMapRect *bounds;
  const LdsMapRect *box;
  gint64 t0, t1, t2;
  double fit, first, ms[5];
  const char *names[5] = { "fit", "titles", "medium", "close", "boxes" };
  double scales[5];
  gboolean ok = TRUE;

  t0 = g_get_monotonic_time ();
  store = lds_store_open (path, LDS_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  /* One check-in per key result: the map is the same, the file quicker to write. */
  g_assert_true (lds_demo_write_synthetic (store, n_objectives, 1, &error));
  g_assert_no_error (error);
  t1 = g_get_monotonic_time ();
  model = lds_map_model_new_from_store (store, NULL, NULL, &error);
  g_assert_no_error (error);
  layout = lds_map_layout_new (model, NULL);
  t2 = g_get_monotonic_time ();
  printf ("%u objectives: written in %.1f s, read and laid out in %.0f ms\n", n_objectives,
          (t1 - t0) / 1e6, (t2 - t1) / 1e3);

  bounds = lds_map_layout_get_bounds (layout);
  fit = MIN ((WIDTH - 48) / bounds->width, (HEIGHT - 48) / bounds->height);
  scales[0] = fit;
  scales[1] = lds_map_render_detail_scale (LDS_MAP_DETAIL_TITLES);
  scales[2] = 0.3;
  scales[3] = 1.0;
  scales[4] = lds_map_render_detail_scale (LDS_MAP_DETAIL_BOXES);
  /* Close views look at an objective in the middle of the organisation. */
  box = lds_map_layout_get_box (layout, lds_map_model_get_n_nodes (model) / 2);
  g_assert_nonnull (box);

  for (int z = 0; z < 5; z++)
    {
      double cx = z == 0 ? bounds->x + bounds->width / 2 : box->x + box->width / 2;
      double cy = z == 0 ? bounds->y + bounds->height / 2 : box->y + box->height / 2;

      ms[z] = frames (layout, cache, scales[z], cx, cy, &first);
      if (z == 4)
        {
          printf ("  %-7s scale %-8.4f median %6.2f ms (reported), first frame %6.2f ms\n", names[z],
                  scales[z], ms[z], first);
          continue;
        }
      printf ("  %-7s scale %-8.4f median %6.2f ms (%4.1f× under %.0f ms), first frame %6.2f ms\n",
              names[z], scales[z], ms[z], BUDGET_MS / ms[z], BUDGET_MS, first);
      if (ms[z] >= BUDGET_MS)
        ok = FALSE;
    }
  g_clear_object (&store);
  g_unlink (path);
  return ok;
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *dir = lds_test_make_dir ();
  gboolean ok;

  /* bench-map-frame [N]: one size only, for profiling */
  if (argc > 1)
    ok = bench_map (dir, atoi (argv[1]));
  else
    {
      ok = bench_map (dir, 10000);
      ok = bench_map (dir, 100000) && ok;
    }
  lds_test_remove_dir (dir);
  if (!ok)
    printf ("FAILED: a median frame took %.0f ms or more\n", BUDGET_MS);
  return ok ? 0 : 1;
}
