/* fuzz-import.c: the CSV and JSON readers, and the import's planning
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The first byte chooses the format; the rest is the file. Each input is
 * read and planned against a small organisation (never written to), which
 * is where references, alignment loops and merges are worked out.
 */

#include "config.h"

#include "fuzz-common.h"
#include "lds-import.h"
#include "lds-store.h"

static LdsStore *
organisation (void)
{
  static LdsStore *store;
  LdsUnit *company, *sales;
  LdsCycle *cycle;

  if (store != NULL)
    return store;

  g_setenv ("LODESTAR_NOW", "2026-11-22T10:00:00Z", TRUE);
  store = lds_store_new_in_memory (NULL);
  company = lds_unit_new ();
  lds_set_text (&company->name, "Acme");
  lds_store_insert (store, LDS_RECORD_UNIT, company, NULL);
  sales = lds_unit_new ();
  sales->kind = LDS_UNIT_KIND_DEPARTMENT;
  sales->parent_id = company->id;
  lds_set_text (&sales->name, "Sales");
  lds_store_insert (store, LDS_RECORD_UNIT, sales, NULL);
  cycle = lds_cycle_new ();
  lds_set_text (&cycle->name, "2026 Q4");
  cycle->kind = LDS_CYCLE_KIND_QUARTER;
  cycle->start_date = g_strdup ("2026-10-01");
  cycle->end_date = g_strdup ("2026-12-31");
  lds_store_insert (store, LDS_RECORD_CYCLE, cycle, NULL);
  lds_unit_free (company);
  lds_unit_free (sales);
  lds_cycle_free (cycle);
  return store;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  LdsImport *import;
  LdsImportFormat format;

  if (size < 1)
    return 0;
  format = (data[0] & 1) ? LDS_IMPORT_FORMAT_JSON : LDS_IMPORT_FORMAT_CSV;

  import = lds_import_new ();
  if (lds_import_load_data (import, "fuzz", format, (const char *) data + 1, size - 1, NULL) &&
      lds_import_prepare (import, organisation (), NULL))
    {
      /* Walk what a preview and a merge would show. */
      for (guint i = 0; i < lds_import_get_n_entries (import); i++)
        {
          LdsImportEntry entry;
          lds_import_get_entry (import, i, &entry);
        }
      for (guint i = 0; i < lds_import_get_n_conflicts (import); i++)
        g_ptr_array_unref (lds_import_get_differences (import, i));
    }
  else if (lds_import_get_problems (import) != NULL)
    {
      GPtrArray *problems = lds_import_get_problems (import);
      for (guint i = 0; i < problems->len; i++)
        g_free (lds_import_format_problem (import, problems->pdata[i]));
    }
  g_object_unref (import);
  return 0;
}
