/* lds-export-json.c: the whole organisation (or a part) as one JSON document
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The document (README.md, "JSON files"):
 *
 *   {
 *     "lodestar": 1,
 *     "exported": { "at", "file", "unit", "unit_path", "cycle" },
 *     "settings": { "cadence_days", … },
 *     "base": { … }                       only when the file has one
 *     "units": [ … ], "people": [ … ], …  one array per record type, in the
 *                                         order of lds-records.h
 *   }
 *
 * The same organisation gives the same bytes: records in a fixed order
 * (units and cycles parents first), members in field-table order, times in
 * UTC.
 */

#define G_LOG_DOMAIN "lds-export"

#include "config.h"

#include <glib/gi18n.h>

#include "lds-date.h"
#include "lds-export-data.h"
#include "lds-interchange.h"
#include "lds-store-exchange.h"

static const char *
uuid_for_id (LdsRecordType type,
             LdsId         id,
             gpointer      data)
{
  LdsRecord *r = lds_snapshot_get (data, type, id);

  return r != NULL ? r->uuid : NULL;
}

static JsonNode *
settings_node (LdsStore *store)
{
  LdsFileSettings s;
  JsonObject *o = json_object_new ();
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);

  lds_store_get_file_settings (store, &s);
  json_object_set_int_member (o, "cadence_days", s.cadence_days);
  json_object_set_int_member (o, "max_objectives", s.max_objectives);
  json_object_set_int_member (o, "max_key_results", s.max_key_results);
  json_object_set_double_member (o, "score_red_below", s.bands.red_below);
  json_object_set_double_member (o, "score_green_from", s.bands.green_from);
  json_object_set_string_member (o, "score_scale",
                                 s.scale == LDS_SCORE_SCALE_PERCENT ? "percent" : "decimal");
  json_node_take_object (node, o);
  return node;
}

static void
set_string_or_null (JsonObject *o,
                    const char *name,
                    const char *value)
{
  if (value != NULL)
    json_object_set_string_member (o, name, value);
  else
    json_object_set_null_member (o, name);
}

/**
 * lds_export_json_to_data:
 *
 * Returns: (transfer full): the document, UTF-8, ending with a line break
 */
char *
lds_export_json_to_data (LdsStore                *store,
                         const LdsExportOptions  *options,
                         gsize                   *length,
                         GError                 **error)
{
  g_autoptr(LdsSnapshot) snapshot = NULL;
  g_autoptr(JsonGenerator) generator = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *base = NULL;
  g_autofree char *at = NULL;
  g_autofree char *text = NULL;
  JsonObject *doc, *exported;
  const char *path;

  g_return_val_if_fail (LDS_IS_STORE (store), NULL);
  g_return_val_if_fail (options != NULL, NULL);

  if (options->at != 0)
    {
      g_set_error_literal (error, LDS_EXPORT_ERROR, LDS_EXPORT_ERROR_INVALID,
                           _("JSON and CSV exports hold the organisation as it is now; "
                             "leave out the date."));
      return NULL;
    }

  snapshot = lds_snapshot_new (store, options->unit_id, options->cycle_id, error);
  if (snapshot == NULL)
    return NULL;

  doc = json_object_new ();
  root = json_node_init_object (json_node_alloc (), doc);
  json_object_unref (doc);

  json_object_set_int_member (doc, "lodestar", LDS_INTERCHANGE_FORMAT);

  exported = json_object_new ();
  at = lds_interchange_time_to_iso (lds_now ());
  json_object_set_string_member (exported, "at", at);
  path = lds_store_get_path (store);
  if (path != NULL)
    {
      g_autofree char *name = g_path_get_basename (path);
      g_autofree char *display = g_filename_display_name (name);
      json_object_set_string_member (exported, "file", display);
    }
  else
    json_object_set_null_member (exported, "file");
  if (options->unit_id != 0)
    {
      LdsRecord *unit = lds_snapshot_get (snapshot, LDS_RECORD_UNIT, options->unit_id);
      g_autofree char *unit_path = lds_snapshot_unit_path (snapshot, options->unit_id);
      set_string_or_null (exported, "unit", unit != NULL ? unit->uuid : NULL);
      set_string_or_null (exported, "unit_path", unit_path);
    }
  else
    {
      json_object_set_null_member (exported, "unit");
      json_object_set_null_member (exported, "unit_path");
    }
  {
    LdsRecord *cycle = lds_snapshot_get (snapshot, LDS_RECORD_CYCLE, options->cycle_id);
    set_string_or_null (exported, "cycle", cycle != NULL ? cycle->uuid : NULL);
  }
  json_object_set_object_member (doc, "exported", exported);

  json_object_set_member (doc, "settings", settings_node (store));

  base = lds_store_get_exchange_base (store);
  if (base != NULL)
    {
      g_autoptr(JsonNode) node = json_from_string (base, NULL);
      if (node != NULL && JSON_NODE_HOLDS_OBJECT (node))
        json_object_set_member (doc, "base", g_steal_pointer (&node));
    }

  for (guint t = 0; t < LDS_N_RECORD_TYPES; t++)
    {
      JsonArray *array = json_array_new ();
      GPtrArray *records = snapshot->selected[t];

      for (guint i = 0; i < records->len; i++)
        json_array_add_object_element (array,
                                       lds_interchange_to_json (t, records->pdata[i],
                                                                uuid_for_id, snapshot));
      json_object_set_array_member (doc, lds_record_info (t)->table, array);
    }

  generator = json_generator_new ();
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, NULL);
  {
    char *data = g_strconcat (text, "\n", NULL);
    if (length != NULL)
      *length = strlen (data);
    return data;
  }
}

gboolean
lds_export_json (LdsStore                *store,
                 const LdsExportOptions  *options,
                 const char              *path,
                 GError                 **error)
{
  g_autofree char *data = NULL;
  g_autoptr(GError) local = NULL;
  gsize length = 0;

  data = lds_export_json_to_data (store, options, &length, error);
  if (data == NULL)
    return FALSE;
  if (!g_file_set_contents (path, data, length, &local))
    {
      g_set_error_literal (error, LDS_EXPORT_ERROR, LDS_EXPORT_ERROR_WRITE, local->message);
      return FALSE;
    }
  return TRUE;
}
