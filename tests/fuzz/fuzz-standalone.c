/* fuzz-standalone.c: runs a fuzz target over files, without libFuzzer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * fuzz-standalone DIR…: every file in each DIR goes through the target
 * once; a crash is a failed test. The normal test suite runs the seed
 * corpus and every crash the fuzzer ever found this way.
 */

#include "config.h"

#include "fuzz-common.h"

int
main (int    argc,
      char **argv)
{
  guint n = 0;

  for (int a = 1; a < argc; a++)
    {
      g_autoptr(GDir) dir = g_dir_open (argv[a], 0, NULL);
      const char *name;

      if (dir == NULL)
        continue;
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *path = g_build_filename (argv[a], name, NULL);
          g_autofree char *data = NULL;
          gsize length = 0;

          if (!g_file_get_contents (path, &data, &length, NULL))
            continue;
          LLVMFuzzerTestOneInput ((const uint8_t *) data, length);
          n++;
        }
    }
  g_print ("1..1\nok 1 - %u inputs ran through the target\n", n);
  return n > 0 ? 0 : 1;
}
