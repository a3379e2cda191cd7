/* bench-startup.c: how soon `lodestar FILE` shows a large organisation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   bench-startup LODESTAR         (a benchmark: meson test --benchmark)
 *   bench-startup --bare           (the reference: a bare GTK 4 window)
 *
 * Writes the synthetic organisation of 10,000 objectives, then starts, in
 * turn, the bare window (this program with --bare) and `lodestar FILE`,
 * each as a new process, and times each from its start to the end of its
 * first frame (both print a line then; LODESTAR_EXIT_WHEN_SHOWN makes
 * Lodestar do so and quit). The target: Lodestar within 1.5 times the bare
 * window's time, comparing medians of several runs made in the same
 * conditions.
 */

#include "config.h"

#include <gtk/gtk.h>
#include <stdlib.h>

#include "lds-demo.h"
#include "lds-test-utils.h"

/* Runs of each, in turn. On a shared machine one run of either can take
 * half as long again as the next, so each median is taken over more runs
 * than a quiet machine would need. */
#define RUNS 15
#define OBJECTIVES 10000
#define TARGET_RATIO 1.5

static void
bare_painted_cb (GdkFrameClock *clock,
                 gpointer       data)
{
  g_print ("bare: window shown\n");
  fflush (stdout);
  exit (0);
}

static void
bare_realize_cb (GtkWidget *window)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (bare_painted_cb), NULL);
}

static int
bare_window (void)
{
  GtkWidget *window;

  gtk_init ();
  window = gtk_window_new ();
  gtk_window_set_title (GTK_WINDOW (window), "Bare");
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_set_child (GTK_WINDOW (window), gtk_label_new ("GTK 4"));
  g_signal_connect (window, "realize", G_CALLBACK (bare_realize_cb), NULL);
  gtk_window_present (GTK_WINDOW (window));
  while (TRUE)
    g_main_context_iteration (NULL, TRUE);
  return 0;
}

/* Starts @argv and returns the seconds until it prints a line containing
 * "shown"; waits for it to end. */
static double
time_until_shown (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GDataInputStream) lines = NULL;
  gint64 start = g_get_monotonic_time ();
  double elapsed = -1;
  char *line;

  process = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                     G_SUBPROCESS_FLAGS_STDERR_SILENCE, &error);
  g_assert_no_error (error);
  lines = g_data_input_stream_new (g_subprocess_get_stdout_pipe (process));
  while ((line = g_data_input_stream_read_line (lines, NULL, NULL, NULL)) != NULL)
    {
      gboolean shown = strstr (line, "shown") != NULL;

      g_free (line);
      if (shown)
        {
          elapsed = (g_get_monotonic_time () - start) / 1e6;
          break;
        }
    }
  if (!g_subprocess_wait (process, NULL, NULL))
    g_subprocess_force_exit (process);
  return elapsed;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof *values, compare_doubles);
  return values[n / 2];
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *self = NULL;
  g_autoptr(LdsStore) store = NULL;
  g_autoptr(GError) error = NULL;
  double bare[RUNS], lodestar[RUNS];
  double bare_median, lodestar_median, ratio;

  if (argc == 2 && g_str_equal (argv[1], "--bare"))
    return bare_window ();
  if (argc != 2)
    {
      g_printerr ("usage: %s LODESTAR | --bare\n", argv[0]);
      return 2;
    }

  /* A connection to the display, held while the programs come and go: an
   * X server left without clients resets itself, and a program starting
   * at that moment cannot open it (or waits for it). */
  if (!gtk_init_check ())
    {
      printf ("SKIP: no display\n");
      return 77;
    }
  lds_i18n_init ();
  dir = lds_test_make_dir ();
  path = g_build_filename (dir, "synthetic.lodestar", NULL);
  store = lds_store_open (path, LDS_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_assert_true (lds_demo_write_synthetic (store, OBJECTIVES, LDS_DEMO_CHECKINS_PER_KEY_RESULT, &error));
  g_assert_no_error (error);
  g_clear_object (&store);

  self = g_canonicalize_filename (argv[0], NULL);
  g_setenv ("LODESTAR_EXIT_WHEN_SHOWN", "1", TRUE);

  /* One run of each first, not counted: the file and the libraries in the
   * page cache, as they are for a person who opens it a second time. */
  {
    const char *warm_bare[] = { self, "--bare", NULL };
    const char *warm_lodestar[] = { argv[1], path, NULL };

    time_until_shown (warm_bare);
    time_until_shown (warm_lodestar);
  }
  for (int i = 0; i < RUNS; i++)
    {
      const char *bare_argv[] = { self, "--bare", NULL };
      const char *lodestar_argv[] = { argv[1], path, NULL };

      bare[i] = time_until_shown (bare_argv);
      lodestar[i] = time_until_shown (lodestar_argv);
      g_assert_cmpfloat (bare[i], >, 0);
      g_assert_cmpfloat (lodestar[i], >, 0);
      g_print ("run %d: bare window %.0f ms, lodestar %.0f ms\n", i + 1, bare[i] * 1000,
               lodestar[i] * 1000);
    }

  bare_median = median (bare, RUNS);
  lodestar_median = median (lodestar, RUNS);
  ratio = lodestar_median / bare_median;
  g_print ("Opening %d objectives: bare GTK window %.0f ms, lodestar %.0f ms (medians of %d): "
           "ratio %.2f (target %.1f) — %s\n", OBJECTIVES, bare_median * 1000,
           lodestar_median * 1000, RUNS, ratio, TARGET_RATIO,
           ratio <= TARGET_RATIO ? "met" : "MISSED");

  lds_test_remove_dir (dir);
  return ratio <= TARGET_RATIO ? 0 : 1;
}
