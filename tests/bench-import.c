/* bench-import.c: a 10,000-objective organisation's JSON export imported
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   bench-import LODESTAR
 *
 * Writes the synthetic organisation of `lodestar demo --objectives 10000`
 * into a temporary folder and exports it as JSON, timing that export (the
 * reference: the same records, the same document, written instead of
 * read); then imports the document into a new file with `lodestar import`,
 * the whole command. Reports the import's peak memory as a multiple of the
 * document's size, and its processor time as a multiple of the export's;
 * fails when either is over its target. Processor time, which other
 * programs on the machine do not stretch, is compared; elapsed time is
 * reported too.
 */

#include "config.h"

#include <stdio.h>

#include <glib/gstdio.h>

#include "lds-bench-utils.h"
#include "lds-test-utils.h"

#define OBJECTIVES 10000

/* Targets: peak memory per byte of the document, and processor time per
 * second of the export's. Reading the document as one tree, the import
 * took 9.3 times the document's size and 8 to 10 times the export's time;
 * read record by record, about 3.1 and 5 (README.md, "Benchmarks"). */
#define MEMORY_TARGET 4.0
#define TIME_TARGET 7.0

int
main (int    argc,
      char **argv)
{
  g_autofree char *dir = NULL, *file = NULL, *json = NULL, *copy = NULL;
  g_autofree char *objectives = g_strdup_printf ("%d", OBJECTIVES);
  LdsBenchUsage exports[3], imports[2], exported, imported;
  GStatBuf st;
  double size, memory_ratio, time_ratio;
  gboolean ok;

  if (argc != 2)
    {
      g_printerr ("bench-import LODESTAR\n");
      return 2;
    }

  dir = lds_test_make_dir ();
  file = g_build_filename (dir, "synthetic.lodestar", NULL);
  json = g_build_filename (dir, "synthetic.json", NULL);
  copy = g_build_filename (dir, "copy.lodestar", NULL);

  lds_bench_run ((const char *[]) { argv[1], "demo", "--objectives", objectives, "--out", file,
                                    NULL });
  for (int i = 0; i < 3; i++)
    exports[i] = lds_bench_run ((const char *[]) { argv[1], "export", file, "--format", "json",
                                                   "-o", json, NULL });
  g_assert_cmpint (g_stat (json, &st), ==, 0);
  size = st.st_size / (1024.0 * 1024.0);

  /* Each time into a new file: the whole document goes in. */
  for (int i = 0; i < 2; i++)
    {
      g_autofree char *wal = g_strconcat (copy, "-wal", NULL);
      g_autofree char *shm = g_strconcat (copy, "-shm", NULL);

      g_unlink (copy);
      g_unlink (wal);
      g_unlink (shm);
      imports[i] = lds_bench_run ((const char *[]) { argv[1], "import", copy, json, NULL });
    }

  exported.wall = lds_bench_median3 (exports[0].wall, exports[1].wall, exports[2].wall);
  exported.cpu = lds_bench_median3 (exports[0].cpu, exports[1].cpu, exports[2].cpu);
  exported.memory = MAX (exports[0].memory, MAX (exports[1].memory, exports[2].memory));
  imported.wall = MIN (imports[0].wall, imports[1].wall);
  imported.cpu = MIN (imports[0].cpu, imports[1].cpu);
  imported.memory = MAX (imports[0].memory, imports[1].memory);
  memory_ratio = imported.memory / size;
  time_ratio = imported.cpu / exported.cpu;

  printf ("The JSON export of %d objectives: %.0f MiB\n", OBJECTIVES, size);
  printf ("  %-30s %8.2f s elapsed %8.2f s processor %8.0f MiB\n", "lodestar export --format json",
          exported.wall, exported.cpu, exported.memory);
  printf ("  %-30s %8.2f s elapsed %8.2f s processor %8.0f MiB\n", "lodestar import", imported.wall,
          imported.cpu, imported.memory);
  printf ("  The import's peak memory is %.2f times the document's size (target: at most %.1f)\n",
          memory_ratio, MEMORY_TARGET);
  printf ("  It takes %.2f times the export's processor time (%.2f times elapsed; target: at "
          "most %.1f)\n", time_ratio, imported.wall / exported.wall, TIME_TARGET);

  ok = memory_ratio <= MEMORY_TARGET && time_ratio <= TIME_TARGET;
  if (!ok)
    printf ("FAILED: over a target\n");
  lds_test_remove_dir (dir);
  return ok ? 0 : 1;
}
