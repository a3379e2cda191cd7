/* fuzz-import.c: the CSV and JSON readers, and the import's planning
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The first byte chooses the format; the rest is the file. Each input is
 * read and planned against a small organisation (never written to), which
 * is where references, alignment loops and merges are worked out.
 *
 * A JSON input is also read value by value, as the import reads it, and
 * whole, as json-glib reads it: both must give the same error, word for
 * word, or the same values; any difference aborts.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "fuzz-common.h"
#include "lds-import.h"
#include "lds-json-doc.h"
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

static void
same_or_abort (gboolean same)
{
  if (!same)
    abort ();
}

/* What LdsJsonDoc reads of @data is what json-glib reads of it whole. Text
 * that is not UTF-8 or holds a NUL byte never reaches either in an import. */
static void
check_json_doc (const char *data,
                size_t      size)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) whole_error = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LdsJsonDoc) doc = NULL;
  JsonObjectIter iter;
  const char *name;
  JsonNode *root, *node;

  if (size == 0 || memchr (data, '\0', size) != NULL || !g_utf8_validate_len (data, size, NULL))
    return;
  doc = lds_json_doc_new (bytes, &error);
  if (!json_parser_load_from_data (parser, data, (gssize) size, &whole_error))
    {
      same_or_abort (doc == NULL && g_str_equal (error->message, whole_error->message));
      return;
    }
  same_or_abort (doc != NULL);
  root = json_parser_get_root (parser);
  same_or_abort (lds_json_doc_holds_object (doc) == (root != NULL && JSON_NODE_HOLDS_OBJECT (root)));
  if (!lds_json_doc_holds_object (doc))
    return;

  json_object_iter_init (&iter, json_node_get_object (root));
  while (json_object_iter_next (&iter, &name, &node))
    {
      JsonNode *mine = lds_json_doc_get_member (doc, name);

      same_or_abort (mine != NULL);
      if (!JSON_NODE_HOLDS_ARRAY (node))
        {
          same_or_abort (json_node_equal (mine, node));
          continue;
        }
      same_or_abort (JSON_NODE_HOLDS_ARRAY (mine));
      same_or_abort (lds_json_doc_get_n_elements (doc, name) ==
                     json_array_get_length (json_node_get_array (node)));
      for (guint i = 0; i < json_array_get_length (json_node_get_array (node)); i++)
        {
          g_autoptr(JsonNode) element = lds_json_doc_read_element (doc, name, i);
          same_or_abort (json_node_equal (element,
                                          json_array_get_element (json_node_get_array (node), i)));
        }
    }
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

  if (format == LDS_IMPORT_FORMAT_JSON)
    check_json_doc ((const char *) data + 1, size - 1);

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
