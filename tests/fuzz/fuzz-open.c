/* fuzz-open.c: opening a file that claims to be an organisation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * lds_store_open() must never trust a file: any bytes give a store or a
 * clear error, never a crash. What opens is read through as an export would.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <unistd.h>

#include "fuzz-common.h"
#include "lds-store.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static char *path;
  LdsStore *store;

  if (path == NULL)
    {
      g_autofree char *name = g_strdup_printf ("lodestar-fuzz-%d.lodestar", (int) getpid ());
      path = g_build_filename (g_get_tmp_dir (), name, NULL);
    }
  g_unlink (path);
  if (!g_file_set_contents (path, (const char *) data, (gssize) size, NULL))
    return 0;

  store = lds_store_open (path, LDS_STORE_OPEN_READ_ONLY, NULL);
  if (store != NULL)
    {
      LdsStoreSummary summary;

      lds_store_get_summary (store, &summary, NULL);
      for (guint t = 0; t < LDS_N_RECORD_TYPES; t++)
        {
          GPtrArray *records = lds_store_list (store, t, NULL);
          if (records != NULL)
            g_ptr_array_unref (records);
        }
      g_object_unref (store);
    }
  g_unlink (path);
  return 0;
}
