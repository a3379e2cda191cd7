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

#include <string.h>

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

/* The document is written piece by piece, as JsonGenerator would write it
 * whole (pretty, indented by two): a tree of every record of a large
 * organisation took gigabytes. Each record is a small tree of its own,
 * written and let go at once. */
typedef struct
{
  GString        *out;
  GOutputStream  *stream;     /* where @out goes when it grows; NULL: it stays */
  JsonGenerator  *generator;
  GString        *scratch;
  GError         *error;
} Writer;

#define FLUSH_AT (1 << 20)

static void
writer_flush (Writer *w)
{
  if (w->stream != NULL && w->error == NULL && w->out->len > 0)
    g_output_stream_write_all (w->stream, w->out->str, w->out->len, NULL, NULL, &w->error);
  if (w->stream != NULL)
    g_string_truncate (w->out, 0);
}

/* @node as the generator writes it @level deep, after the indentation of
 * its first line. */
static void
writer_node (Writer   *w,
             JsonNode *node,
             guint     level)
{
  const char *p, *end, *line;

  g_string_truncate (w->scratch, 0);
  json_generator_set_root (w->generator, node);
  json_generator_to_gstring (w->generator, w->scratch);
  /* A line break never lies inside a string (JSON escapes it). */
  p = w->scratch->str;
  end = p + w->scratch->len;
  while ((line = memchr (p, '\n', end - p)) != NULL)
    {
      g_string_append_len (w->out, p, line + 1 - p);
      for (guint i = 0; i < level; i++)
        g_string_append (w->out, "  ");
      p = line + 1;
    }
  g_string_append_len (w->out, p, end - p);
  if (w->out->len >= FLUSH_AT)
    writer_flush (w);
}

/* A member of the document: "name" : value */
static void
writer_member (Writer     *w,
               const char *name,
               JsonNode   *value,
               gboolean    last)
{
  g_string_append_printf (w->out, "  \"%s\" : ", name);
  writer_node (w, value, 1);
  g_string_append (w->out, last ? "\n" : ",\n");
}

/* What the document holds, read before anything is written. */
static LdsSnapshot *
read_records (LdsStore                *store,
              const LdsExportOptions  *options,
              GError                 **error)
{
  if (options->at != 0)
    {
      g_set_error_literal (error, LDS_EXPORT_ERROR, LDS_EXPORT_ERROR_INVALID,
                           _("JSON and CSV exports hold the organisation as it is now; "
                             "leave out the date."));
      return NULL;
    }
  return lds_snapshot_new (store, options->unit_id, options->cycle_id, error);
}

/* Writes the document of @snapshot to @stream, or into @out when @stream
 * is NULL. */
static gboolean
write_document (LdsStore                *store,
                const LdsExportOptions  *options,
                LdsSnapshot             *snapshot,
                GString                 *out,
                GOutputStream           *stream,
                GError                 **error)
{
  g_autoptr(JsonGenerator) generator = NULL;
  g_autoptr(JsonNode) exported_node = NULL;
  g_autoptr(JsonNode) settings = NULL;
  g_autoptr(JsonNode) base_node = NULL;
  g_autoptr(GString) scratch = g_string_new (NULL);
  g_autofree char *base = NULL;
  g_autofree char *at = NULL;
  Writer w = { out, stream, NULL, scratch, NULL };
  JsonObject *exported;
  const char *path;

  exported = json_object_new ();
  exported_node = json_node_init_object (json_node_alloc (), exported);
  json_object_unref (exported);
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

  settings = settings_node (store);
  base = lds_store_get_exchange_base (store);
  if (base != NULL)
    {
      base_node = json_from_string (base, NULL);
      if (base_node != NULL && !JSON_NODE_HOLDS_OBJECT (base_node))
        g_clear_pointer (&base_node, json_node_unref);
    }

  generator = json_generator_new ();
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  w.generator = generator;

  g_string_append_printf (w.out, "{\n  \"lodestar\" : %d,\n", LDS_INTERCHANGE_FORMAT);
  writer_member (&w, "exported", exported_node, FALSE);
  writer_member (&w, "settings", settings, FALSE);
  if (base_node != NULL)
    writer_member (&w, "base", base_node, FALSE);

  for (guint t = 0; t < LDS_N_RECORD_TYPES && w.error == NULL; t++)
    {
      GPtrArray *records = snapshot->selected[t];
      gboolean last = t + 1 == LDS_N_RECORD_TYPES;

      if (records->len == 0)
        {
          g_autoptr(JsonNode) empty = json_node_init_array (json_node_alloc (), NULL);

          json_node_take_array (empty, json_array_new ());
          writer_member (&w, lds_record_info (t)->table, empty, last);
          continue;
        }
      g_string_append_printf (w.out, "  \"%s\" : [\n", lds_record_info (t)->table);
      for (guint i = 0; i < records->len; i++)
        {
          g_autoptr(JsonNode) record = json_node_new (JSON_NODE_OBJECT);

          json_node_take_object (record, lds_interchange_to_json (t, records->pdata[i],
                                                                  uuid_for_id, snapshot));
          g_string_append (w.out, "    ");
          writer_node (&w, record, 2);
          g_string_append (w.out, i + 1 < records->len ? ",\n" : "\n");
        }
      g_string_append (w.out, last ? "  ]\n" : "  ],\n");
    }
  g_string_append (w.out, "}\n");
  writer_flush (&w);

  if (w.error != NULL)
    {
      g_set_error_literal (error, LDS_EXPORT_ERROR, LDS_EXPORT_ERROR_WRITE, w.error->message);
      g_error_free (w.error);
      return FALSE;
    }
  return TRUE;
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
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(LdsSnapshot) snapshot = NULL;

  g_return_val_if_fail (LDS_IS_STORE (store), NULL);
  g_return_val_if_fail (options != NULL, NULL);

  snapshot = read_records (store, options, error);
  if (snapshot == NULL || !write_document (store, options, snapshot, out, NULL, error))
    return NULL;
  if (length != NULL)
    *length = out->len;
  return g_string_free (g_steal_pointer (&out), FALSE);
}

gboolean
lds_export_json (LdsStore                *store,
                 const LdsExportOptions  *options,
                 const char              *path,
                 GError                 **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GString) out = NULL;
  g_autoptr(GError) local = NULL;
  g_autoptr(GCancellable) cancellable = NULL;
  g_autoptr(LdsSnapshot) snapshot = NULL;
  gboolean ok, existed;

  g_return_val_if_fail (LDS_IS_STORE (store), FALSE);
  g_return_val_if_fail (options != NULL, FALSE);

  /* Nothing is written unless the records can be read. */
  snapshot = read_records (store, options, error);
  if (snapshot == NULL)
    return FALSE;

  /* The file is replaced when the whole document is written, or left as it was. */
  file = g_file_new_for_path (path);
  existed = g_file_query_exists (file, NULL);
  cancellable = g_cancellable_new ();
  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, cancellable, &local);
  if (stream == NULL)
    {
      g_set_error_literal (error, LDS_EXPORT_ERROR, LDS_EXPORT_ERROR_WRITE, local->message);
      return FALSE;
    }
  out = g_string_sized_new (FLUSH_AT + 64 * 1024);
  ok = write_document (store, options, snapshot, out, G_OUTPUT_STREAM (stream), error);
  if (ok && !g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, &local))
    {
      g_set_error_literal (error, LDS_EXPORT_ERROR, LDS_EXPORT_ERROR_WRITE, local->message);
      ok = FALSE;
    }
  if (!ok)
    {
      /* Closing a cancelled stream leaves a file that was there as it was;
       * a new one goes. */
      g_cancellable_cancel (cancellable);
      g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, NULL);
      if (!existed)
        g_file_delete (file, NULL, NULL);
    }
  return ok;
}
