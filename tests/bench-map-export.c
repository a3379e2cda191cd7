/* bench-map-export.c: the 10,000-objective map as PDF, against Graphviz
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   bench-map-export LODESTAR
 *
 * Writes the synthetic organisation of `lodestar demo --objectives 10000`
 * into a temporary folder, and its DOT with `lodestar export --format dot`;
 * then times, side by side, `lodestar export --format pdf` (the whole
 * command: opening and checking the file, reading, laying out, drawing)
 * and `dot -Tpdf` on that DOT, measuring each one's elapsed time, processor
 * time and peak memory. Fails unless Lodestar is at least 20 times faster
 * (in processor time, which other programs on the machine do not stretch;
 * elapsed time is reported too) and uses less memory. Skipped without
 * Graphviz.
 */

#include "config.h"

#include <stdio.h>

#include "lds-bench-utils.h"
#include "lds-test-utils.h"

#define OBJECTIVES 10000
#define TARGET 20.0

int
main (int    argc,
      char **argv)
{
  g_autofree char *dir = NULL, *file = NULL, *dot = NULL, *pdf = NULL, *dot_pdf = NULL;
  g_autofree char *graphviz = g_find_program_in_path ("dot");
  g_autofree char *objectives = g_strdup_printf ("%d", OBJECTIVES);
  LdsBenchUsage ours[3], theirs, best;
  double cpu_ratio, wall_ratio;
  gboolean ok;

  if (argc != 2)
    {
      g_printerr ("bench-map-export LODESTAR\n");
      return 2;
    }
  if (graphviz == NULL)
    {
      printf ("SKIP: Graphviz (dot) is not installed\n");
      return 77;
    }

  dir = lds_test_make_dir ();
  file = g_build_filename (dir, "synthetic.lodestar", NULL);
  dot = g_build_filename (dir, "map.dot", NULL);
  pdf = g_build_filename (dir, "map.pdf", NULL);
  dot_pdf = g_build_filename (dir, "dot.pdf", NULL);

  lds_bench_run ((const char *[]) { argv[1], "demo", "--objectives", objectives, "--out", file,
                                    NULL });
  lds_bench_run ((const char *[]) { argv[1], "export", file, "--format", "dot", "-o", dot, NULL });

  /* Ours three times (the median), dot once (it takes long enough). */
  for (int i = 0; i < 3; i++)
    ours[i] = lds_bench_run ((const char *[]) { argv[1], "export", file, "--format", "pdf", "-o",
                                                pdf, NULL });
  theirs = lds_bench_run ((const char *[]) { graphviz, "-Tpdf", dot, "-o", dot_pdf, NULL });

  /* The median of three times, the largest of three memories */
  best.wall = lds_bench_median3 (ours[0].wall, ours[1].wall, ours[2].wall);
  best.cpu = lds_bench_median3 (ours[0].cpu, ours[1].cpu, ours[2].cpu);
  best.memory = MAX (ours[0].memory, MAX (ours[1].memory, ours[2].memory));
  cpu_ratio = theirs.cpu / best.cpu;
  wall_ratio = theirs.wall / best.wall;

  printf ("The map of %d objectives as PDF:\n", OBJECTIVES);
  printf ("  %-28s %8.2f s elapsed %8.2f s processor %8.0f MiB\n", "lodestar export --format pdf",
          best.wall, best.cpu, best.memory);
  printf ("  %-28s %8.2f s elapsed %8.2f s processor %8.0f MiB\n", "dot -Tpdf", theirs.wall,
          theirs.cpu, theirs.memory);
  printf ("  Lodestar is %.1f times faster in processor time (%.1f times elapsed), "
          "and uses %.1f times less memory\n", cpu_ratio, wall_ratio, theirs.memory / best.memory);

  ok = cpu_ratio >= TARGET && best.memory < theirs.memory;
  if (!ok)
    printf ("FAILED: wanted at least %.0f times faster, with less memory\n", TARGET);
  lds_test_remove_dir (dir);
  return ok ? 0 : 1;
}
