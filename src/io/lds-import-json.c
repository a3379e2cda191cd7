/* lds-import-json.c: a Lodestar JSON document as items of an import
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reads what lds-export-json.c writes (README.md, "JSON files"), through
 * the field tables: one piece of code for every record type. Every problem
 * names its JSON path ("$.key_results[12].target_value") and what was
 * expected there. The document (lds-json-doc.h) gives its records one at
 * a time; each is read into an item and dropped.
 */

#define G_LOG_DOMAIN "lds-import"

#include "config.h"

#include <glib/gi18n.h>

#include "lds-file-settings.h"
#include "lds-import-private.h"

static const char *
no_uuid (LdsRecordType type,
         LdsId         id,
         gpointer      data)
{
  return NULL;
}

static gboolean
is_header_member (const char *name)
{
  return g_str_equal (name, "uuid") || g_str_equal (name, "created_at") ||
         g_str_equal (name, "modified_at");
}

static void
read_time (LdsImport     *self,
           LdsRecordType  type,
           guint          element,
           JsonObject    *object,
           const char    *member,
           gint64        *t)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING ||
      !lds_interchange_time_from_iso (json_node_get_string (node), t))
    {
      g_autofree char *path = _lds_import_json_path (type, element, NULL);
      _lds_import_problem (self, 0, 0, path,
                           /* Translators: %s says what was expected */
                           _("Expected %s."), _("a time such as 2027-03-31T09:00:00Z, or null"));
    }
}

/* Element @element of the array of @type's records */
static void
read_record (LdsImport     *self,
             LdsRecordType  type,
             JsonNode      *node,
             guint          element)
{
  const LdsRecordInfo *info = lds_record_info (type);
  LdsRecord *record;
  LdsImportItem *item, *other = NULL;
  JsonObject *object, *canonical;
  JsonObjectIter iter;
  const char *member;
  JsonNode *value;
  const char *uuid = NULL;
  gboolean ok = TRUE;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_autofree char *path = _lds_import_json_path (type, element, NULL);
      _lds_import_problem (self, 0, 0, path,
                           /* Translators: %s is a kind of record, such as "objective" */
                           _("Expected an object: one %s with its members."), info->name);
      return;
    }
  object = json_node_get_object (node);

  /* Members nobody knows are most likely misspelt. */
  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &member, &value))
    if (!is_header_member (member) && lds_record_info_find_field (info, member) == NULL)
      {
        g_autofree char *p = _lds_import_json_path (type, element, member);
        _lds_import_problem (self, 0, 0, p,
                             /* Translators: %1$s is a member's name, %2$s a kind of record */
                             _("A %2$s has no member “%1$s”."), member, info->name);
        ok = FALSE;
      }

  value = json_object_get_member (object, "uuid");
  if (value != NULL && JSON_NODE_HOLDS_VALUE (value) &&
      json_node_get_value_type (value) == G_TYPE_STRING &&
      g_uuid_string_is_valid (json_node_get_string (value)))
    uuid = json_node_get_string (value);
  else if (value != NULL)
    {
      g_autofree char *uuid_path = _lds_import_json_path (type, element, "uuid");
      _lds_import_problem (self, 0, 0, uuid_path, _("Expected %s."),
                           _("a UUID such as 0f8e3c1a-5d2b-4c7e-9a41-6b2f0d9e8c17"));
      ok = FALSE;
    }

  record = lds_record_new (type);
  if (uuid != NULL)
    record->uuid = g_ascii_strdown (uuid, -1);
  read_time (self, type, element, object, "created_at", &record->created_at);
  read_time (self, type, element, object, "modified_at", &record->modified_at);

  if (record->uuid != NULL &&
      _lds_import_find (self, type, record->uuid, &other) != NULL && other != NULL)
    {
      g_autofree char *uuid_path = _lds_import_json_path (type, element, "uuid");
      g_autofree char *other_path = _lds_import_json_path (type, other->element, NULL);
      _lds_import_problem (self, 0, 0, uuid_path,
                           /* Translators: %s is a JSON path */
                           _("This UUID is taken already, by %s: every record needs its own."),
                           other_path);
      ok = FALSE;
    }

  if (!ok)
    {
      lds_record_free (type, record);
      return;
    }

  item = _lds_import_add_item (self, type, record);
  item->from_json = TRUE;
  item->element = element;

  for (guint i = 0; i < info->n_fields; i++)
    {
      const LdsField *f = &info->fields[i];
      g_autofree char *expected = NULL;

      if (!lds_interchange_read_field (f, json_object_get_member (object, f->name), record,
                                       &item->refs[i], &expected))
        {
          g_autofree char *p = _lds_import_json_path (type, element, f->name);
          _lds_import_problem (self, 0, 0, p, _("Expected %s."), expected);
        }
    }

  /* The values as this program writes them, for comparing with the store. */
  canonical = lds_interchange_to_json (type, record, no_uuid, NULL);
  for (guint i = 0; i < info->n_fields; i++)
    if (item->refs[i] != NULL)
      json_object_set_string_member (canonical, info->fields[i].name, item->refs[i]);
  item->theirs = lds_interchange_fingerprint (canonical, type);
  /* Only a record that meets a stored one may need its values again, for a
   * conflict; large imports are mostly new records. */
  if (g_hash_table_contains (self->local_by_uuid[type], record->uuid))
    item->json = canonical;
  else
    json_object_unref (canonical);
}

static void
read_settings (LdsImport *self)
{
  JsonNode *node = lds_json_doc_get_member (self->json, "settings");
  LdsFileSettings s = LDS_FILE_SETTINGS_DEFAULT;
  g_autoptr(GError) invalid = NULL;
  JsonObject *o;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      _lds_import_problem (self, 0, 0, "$.settings", _("Expected %s."),
                           _("an object with the organisation’s settings"));
      return;
    }
  o = json_node_get_object (node);
  s.cadence_days = json_object_get_int_member_with_default (o, "cadence_days", s.cadence_days);
  s.max_objectives = json_object_get_int_member_with_default (o, "max_objectives", s.max_objectives);
  s.max_key_results = json_object_get_int_member_with_default (o, "max_key_results",
                                                               s.max_key_results);
  s.bands.red_below = json_object_get_double_member_with_default (o, "score_red_below",
                                                                  s.bands.red_below);
  s.bands.green_from = json_object_get_double_member_with_default (o, "score_green_from",
                                                                   s.bands.green_from);
  if (!lds_file_settings_validate (&s, &invalid))
    {
      _lds_import_problem (self, 0, 0, "$.settings", "%s", invalid->message);
      return;
    }
  self->settings = json_object_ref (o);
}

void
_lds_import_plan_json (LdsImport *self)
{
  JsonNode *node;

  node = lds_json_doc_get_member (self->json, "lodestar");
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_INT64)
    {
      _lds_import_problem (self, 0, 0, "$",
                           _("This JSON is not a Lodestar export: it should be one object with "
                             "a “lodestar” member."));
      return;
    }
  if (json_node_get_int (node) > LDS_INTERCHANGE_FORMAT || json_node_get_int (node) < 1)
    {
      _lds_import_problem (self, 0, 0, "$.lodestar",
                           _("This file was exported by a newer version of Lodestar; update "
                             "Lodestar to import it."));
      return;
    }

  node = lds_json_doc_get_member (self->json, "exported");
  if (node != NULL && JSON_NODE_HOLDS_OBJECT (node))
    self->exported = json_object_ref (json_node_get_object (node));

  node = lds_json_doc_get_member (self->json, "base");
  if (node != NULL && JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonNode *fp = json_object_get_member (json_node_get_object (node), "fingerprints");
      if (fp != NULL && JSON_NODE_HOLDS_OBJECT (fp))
        self->their_base = json_object_ref (json_node_get_object (fp));
    }

  read_settings (self);

  /* The records, one at a time: the document is never one tree. */
  for (guint t = 0; t < LDS_N_RECORD_TYPES; t++)
    {
      const char *table = lds_record_info (t)->table;
      guint n;

      node = lds_json_doc_get_member (self->json, table);
      if (node == NULL || JSON_NODE_HOLDS_NULL (node))
        continue;
      if (!JSON_NODE_HOLDS_ARRAY (node))
        {
          g_autofree char *path = g_strdup_printf ("$.%s", table);
          _lds_import_problem (self, 0, 0, path, _("Expected %s."), _("an array of records"));
          continue;
        }
      n = lds_json_doc_get_n_elements (self->json, table);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(JsonNode) record = lds_json_doc_read_element (self->json, table, i);
          read_record (self, t, record, i);
        }
    }
}
