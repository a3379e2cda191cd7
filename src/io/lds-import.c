/* lds-import.c: the plan of an import, its checks, and writing it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The readers (lds-import-csv.c, lds-import-json.c) turn a file into items:
 * records in UUID space, each remembering where in the file it came from.
 * Here every item's references are resolved (to a record of the plan or of
 * the store), every record is validated as the store would, alignment loops
 * are looked for, and each item gets its operation. For a JSON document the
 * operation compares fingerprints three ways, the export's base being the
 * common ancestor:
 *
 *   mine = theirs              nothing to do
 *   base = mine                changed there only: update
 *   base = theirs              changed here only: keep
 *   otherwise (or no base)     a conflict, for a person to resolve
 *
 * A merge adds and updates records; it never deletes one.
 */

#define G_LOG_DOMAIN "lds-import"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lds-date.h"
#include "lds-import-private.h"
#include "lds-store-exchange.h"
#include "lds-validate.h"

G_DEFINE_QUARK (lds-import-error-quark, lds_import_error)

G_DEFINE_FINAL_TYPE (LdsImport, lds_import, G_TYPE_OBJECT)

/* At most this many problems are kept: past that a file is simply wrong. */
#define MAX_PROBLEMS 200

static void
item_free (gpointer data)
{
  LdsImportItem *item = data;
  const LdsRecordInfo *info = lds_record_info (item->type);

  lds_record_free (item->type, item->record);
  for (guint i = 0; i < info->n_fields; i++)
    g_free (item->refs[i]);
  g_free (item->refs);
  g_free (item->columns);
  g_clear_pointer (&item->json, json_object_unref);
  g_free (item->theirs);
  g_free (item->mine);
  g_free (item);
}

static void
problem_free (gpointer data)
{
  LdsImportProblem *problem = data;

  g_free (problem->path);
  g_free (problem->message);
  g_free (problem);
}

void
lds_import_difference_free (LdsImportDifference *difference)
{
  if (difference == NULL)
    return;
  g_free (difference->mine);
  g_free (difference->theirs);
  g_free (difference);
}

static void
clear_plan (LdsImport *self)
{
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->problems, g_ptr_array_unref);
  g_clear_pointer (&self->conflicts, g_ptr_array_unref);
  g_clear_pointer (&self->wheres, g_hash_table_unref);
  for (guint t = 0; t < LDS_N_RECORD_TYPES; t++)
    {
      g_clear_pointer (&self->item_by_uuid[t], g_hash_table_unref);
      g_clear_pointer (&self->local_by_uuid[t], g_hash_table_unref);
    }
  g_clear_pointer (&self->local, lds_snapshot_free);
  g_clear_pointer (&self->settings, json_object_unref);
  g_clear_pointer (&self->their_base, json_object_unref);
  g_clear_pointer (&self->exported, json_object_unref);
  self->prepared = FALSE;
}

static void
lds_import_finalize (GObject *object)
{
  LdsImport *self = (LdsImport *) object;

  clear_plan (self);
  g_clear_pointer (&self->csv, lds_csv_table_free);
  g_clear_pointer (&self->json, lds_json_doc_free);
  g_free (self->name);

  G_OBJECT_CLASS (lds_import_parent_class)->finalize (object);
}

static void
lds_import_class_init (LdsImportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = lds_import_finalize;
}

static void
lds_import_init (LdsImport *self)
{
}

LdsImport *
lds_import_new (void)
{
  return g_object_new (LDS_TYPE_IMPORT, NULL);
}

/* Reading */

/**
 * lds_import_format_for_name:
 * @data: (nullable): the file's first bytes, to look at when the name says nothing
 *
 * Tells the format from the file name's extension, else from its content.
 */
LdsImportFormat
lds_import_format_for_name (const char *filename,
                            const char *data,
                            gsize       length)
{
  if (filename != NULL)
    {
      g_autofree char *lower = g_ascii_strdown (filename, -1);
      if (g_str_has_suffix (lower, ".json"))
        return LDS_IMPORT_FORMAT_JSON;
      if (g_str_has_suffix (lower, ".csv") || g_str_has_suffix (lower, ".tsv") ||
          g_str_has_suffix (lower, ".tab") || g_str_has_suffix (lower, ".txt"))
        return LDS_IMPORT_FORMAT_CSV;
    }
  if (data != NULL)
    {
      gsize i = 0;
      if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
        i = 3;
      while (i < length && g_ascii_isspace (data[i]))
        i++;
      if (i < length)
        return data[i] == '{' ? LDS_IMPORT_FORMAT_JSON : LDS_IMPORT_FORMAT_CSV;
    }
  return LDS_IMPORT_FORMAT_UNKNOWN;
}

/* json-glib says "<data>:LINE:COLUMN: Parse error: …"; take the position out. */
static void
json_error_position (const char *message,
                     guint      *line,
                     guint      *column,
                     const char **rest)
{
  const char *p = message;
  guint64 l = 0, c = 0;
  char *end;

  *line = *column = 0;
  *rest = message;
  p = strchr (p, ':');
  if (p == NULL)
    return;
  l = g_ascii_strtoull (p + 1, &end, 10);
  if (end == p + 1 || *end != ':')
    return;
  c = g_ascii_strtoull (end + 1, &end, 10);
  if (*end != ':')
    return;
  *line = (guint) l;
  *column = (guint) c;
  *rest = end + 1;
  while (**rest == ' ')
    (*rest)++;
}

static gboolean
load_json (LdsImport   *self,
           GBytes      *bytes,
           GError     **error)
{
  g_autoptr(GBytes) body = NULL;
  g_autoptr(GError) local = NULL;
  const char *data, *end = NULL;
  gsize length;

  data = g_bytes_get_data (bytes, &length);
  body = length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0
           ? g_bytes_new_from_bytes (bytes, 3, length - 3)
           : g_bytes_ref (bytes);
  data = g_bytes_get_data (body, &length);
  if (length == 0)
    {
      g_set_error_literal (error, LDS_IMPORT_ERROR, LDS_IMPORT_ERROR_SYNTAX, _("The file is empty."));
      return FALSE;
    }
  if (!g_utf8_validate_len (data, length, &end) || memchr (data, '\0', length) != NULL)
    {
      guint line = 1;
      if (end == NULL)
        end = memchr (data, '\0', length);
      for (const char *p = data; p < end; p++)
        line += *p == '\n';
      if (lds_csv_cut_character ((const guchar *) end, length - (gsize) (end - data)))
        {
          g_set_error (error, LDS_IMPORT_ERROR, LDS_IMPORT_ERROR_SYNTAX,
                       /* Translators: %u is a line number */
                       _("Line %u: the file ends in the middle of a character: it may have been "
                         "cut short."), line);
          return FALSE;
        }
      g_set_error (error, LDS_IMPORT_ERROR, LDS_IMPORT_ERROR_ENCODING,
                   /* Translators: %u is a line number */
                   _("Line %u: the file is not UTF-8 text, as JSON must be."), line);
      return FALSE;
    }

  /* Read value by value, and record by record when it is planned */
  self->json = lds_json_doc_new (body, &local);
  if (self->json == NULL)
    {
      guint line, column, last_line = 1;
      const char *rest;

      json_error_position (local->message, &line, &column, &rest);
      for (gsize i = 0; i < length; i++)
        last_line += data[i] == '\n';
      /* A document is one object: one that does not end with its closing
       * brace was most likely cut short. */
      gsize tail = length;
      while (tail > 0 && g_ascii_isspace (data[tail - 1]))
        tail--;
      if (tail > 0 && data[tail - 1] != '}')
        {
          guint column_at_end = 1;
          for (gsize i = tail; i > 0 && data[i - 1] != '\n'; i--)
            column_at_end += ((guchar) data[i - 1] & 0xc0) != 0x80;
          g_set_error (error, LDS_IMPORT_ERROR, LDS_IMPORT_ERROR_SYNTAX,
                       /* Translators: %1$u is a line, %2$u a column */
                       _("Line %1$u, column %2$u: the file ends in the middle of the document; it "
                         "may have been cut short."), last_line, column_at_end);
        }
      else if (line > 0)
        g_set_error (error, LDS_IMPORT_ERROR, LDS_IMPORT_ERROR_SYNTAX,
                     /* Translators: %1$u is a line, %2$u a column, %3$s the JSON reader's own message */
                     _("Line %1$u, column %2$u: this is not valid JSON (%3$s)."), line, column, rest);
      else
        g_set_error (error, LDS_IMPORT_ERROR, LDS_IMPORT_ERROR_SYNTAX,
                     /* Translators: %s is the JSON reader's own message */
                     _("This is not valid JSON (%s)."), local->message);
      return FALSE;
    }

  if (!lds_json_doc_holds_object (self->json))
    {
      g_clear_pointer (&self->json, lds_json_doc_free);
      g_set_error_literal (error, LDS_IMPORT_ERROR, LDS_IMPORT_ERROR_SYNTAX,
                           _("This JSON is not a Lodestar export: it should be one object with "
                             "a “lodestar” member."));
      return FALSE;
    }
  return TRUE;
}

static gboolean
load_csv (LdsImport   *self,
          const char  *data,
          gsize        length,
          GError     **error)
{
  g_autoptr(GError) local = NULL;
  LdsCsvPosition position;

  self->csv = lds_csv_parse (data, length, &position, &local);
  if (self->csv != NULL)
    return TRUE;

  if (position.line > 0 && position.column > 0)
    g_set_error (error, LDS_IMPORT_ERROR, local->code,
                 /* Translators: %1$u is a line, %2$u a column (a field's number), %3$s what is wrong */
                 _("Line %1$u, column %2$u: %3$s"), position.line, position.column, local->message);
  else if (position.line > 0)
    g_set_error (error, LDS_IMPORT_ERROR, local->code,
                 /* Translators: %1$u is a line, %2$s what is wrong */
                 _("Line %1$u: %2$s"), position.line, local->message);
  else
    g_propagate_error (error, g_steal_pointer (&local));
  return FALSE;
}

static gboolean
load_bytes (LdsImport        *self,
            const char       *name,
            LdsImportFormat   format,
            GBytes           *bytes,
            GError          **error)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  clear_plan (self);
  g_clear_pointer (&self->csv, lds_csv_table_free);
  g_clear_pointer (&self->json, lds_json_doc_free);
  g_free (self->name);
  self->name = g_strdup (name != NULL ? name : "");

  if (format == LDS_IMPORT_FORMAT_UNKNOWN)
    format = lds_import_format_for_name (name, data, length);
  if (format == LDS_IMPORT_FORMAT_UNKNOWN)
    {
      g_set_error_literal (error, LDS_IMPORT_ERROR, LDS_IMPORT_ERROR_SYNTAX, _("The file is empty."));
      return FALSE;
    }
  self->format = format;
  if (data == NULL)
    data = "";

  return format == LDS_IMPORT_FORMAT_JSON ? load_json (self, bytes, error)
                                          : load_csv (self, data, length, error);
}

/**
 * lds_import_load_data:
 * @name: the file's name, for messages (and to tell the format)
 * @format: the format, or %LDS_IMPORT_FORMAT_UNKNOWN to tell it from @name and @data
 *
 * Reads the file's bytes: its encoding and its syntax. Problems of content
 * are found by lds_import_prepare().
 */
gboolean
lds_import_load_data (LdsImport        *self,
                      const char       *name,
                      LdsImportFormat   format,
                      const char       *data,
                      gsize             length,
                      GError          **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (LDS_IS_IMPORT (self), FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);

  /* A JSON document is read again, record by record, when it is planned:
   * it keeps a copy. */
  if (format == LDS_IMPORT_FORMAT_UNKNOWN)
    format = lds_import_format_for_name (name, data, length);
  bytes = format == LDS_IMPORT_FORMAT_JSON ? g_bytes_new (data, length)
                                           : g_bytes_new_static (data, length);
  return load_bytes (self, name, format, bytes, error);
}

gboolean
lds_import_load_file (LdsImport   *self,
                      const char  *path,
                      GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *display = NULL;
  g_autoptr(GError) local = NULL;
  char *data = NULL;
  gsize length = 0;

  g_return_val_if_fail (LDS_IS_IMPORT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  basename = g_path_get_basename (path);
  display = g_filename_display_name (basename);
  if (!g_file_get_contents (path, &data, &length, &local))
    {
      g_set_error (error, LDS_IMPORT_ERROR, LDS_IMPORT_ERROR_READ,
                   /* Translators: %1$s is a file name, %2$s the system's reason */
                   _("Could not read “%1$s”: %2$s"), display, local->message);
      return FALSE;
    }
  bytes = g_bytes_new_take (data, length);
  return load_bytes (self, display, LDS_IMPORT_FORMAT_UNKNOWN, bytes, error);
}

const char *
lds_import_get_name (LdsImport *self)
{
  g_return_val_if_fail (LDS_IS_IMPORT (self), NULL);

  return self->name;
}

LdsImportFormat
lds_import_get_format (LdsImport *self)
{
  g_return_val_if_fail (LDS_IS_IMPORT (self), LDS_IMPORT_FORMAT_UNKNOWN);

  return self->format;
}

/* For the readers */

LdsImportItem *
_lds_import_add_item (LdsImport     *self,
                      LdsRecordType  type,
                      gpointer       record)
{
  const LdsRecordInfo *info = lds_record_info (type);
  LdsImportItem *item = g_new0 (LdsImportItem, 1);

  item->type = type;
  item->record = record;
  if (item->record->uuid == NULL)
    item->record->uuid = g_uuid_string_random ();
  item->refs = g_new0 (char *, info->n_fields);
  item->index = self->items->len;
  g_ptr_array_add (self->items, item);
  g_hash_table_insert (self->item_by_uuid[type], item->record->uuid, item);
  return item;
}

static int
field_index (LdsRecordType  type,
             const char    *name)
{
  const LdsRecordInfo *info = lds_record_info (type);

  for (guint i = 0; i < info->n_fields; i++)
    if (g_str_equal (info->fields[i].name, name))
      return (int) i;
  g_return_val_if_reached (-1);
}

void
_lds_import_set_ref (LdsImportItem *item,
                     const char    *field,
                     const char    *uuid)
{
  int i = field_index (item->type, field);

  if (i >= 0)
    {
      g_free (item->refs[i]);
      item->refs[i] = g_strdup (uuid);
    }
}

void
_lds_import_set_column (LdsImportItem *item,
                        const char    *field,
                        guint          column)
{
  int i = field_index (item->type, field);

  if (i < 0)
    return;
  /* Only CSV rows have columns: JSON records need none. */
  if (item->columns == NULL)
    item->columns = g_new0 (guint, lds_record_info (item->type)->n_fields);
  item->columns[i] = column;
}

void
_lds_import_problem (LdsImport  *self,
                     guint       line,
                     guint       column,
                     const char *path,
                     const char *format,
                     ...)
{
  LdsImportProblem *problem;
  va_list args;

  if (self->problems->len >= MAX_PROBLEMS)
    return;
  problem = g_new0 (LdsImportProblem, 1);
  problem->line = line;
  problem->column = column;
  problem->path = g_strdup (path);
  va_start (args, format);
  problem->message = g_strdup_vprintf (format, args);
  va_end (args);
  g_ptr_array_add (self->problems, problem);
}

/* A record of @type with @uuid: in the plan (then *item is set) or in the store. */
LdsRecord *
_lds_import_find (LdsImport      *self,
                  LdsRecordType   type,
                  const char     *uuid,
                  LdsImportItem **item)
{
  LdsImportItem *found = uuid != NULL ? g_hash_table_lookup (self->item_by_uuid[type], uuid) : NULL;

  if (item != NULL)
    *item = found;
  if (found != NULL)
    return found->record;
  return uuid != NULL ? g_hash_table_lookup (self->local_by_uuid[type], uuid) : NULL;
}

/* Where a JSON record (@member NULL) or one of its members lies:
 * "$.objectives[3]", "$.objectives[3].title". Made only when a problem or
 * a person needs it. */
char *
_lds_import_json_path (LdsRecordType  type,
                       guint          element,
                       const char    *member)
{
  const char *table = lds_record_info (type)->table;

  return member != NULL ? g_strdup_printf ("$.%s[%u].%s", table, element, member)
                        : g_strdup_printf ("$.%s[%u]", table, element);
}

/* Checking the plan */

static void
item_problem (LdsImport     *self,
              LdsImportItem *item,
              const char    *field,
              const char    *message)
{
  g_autofree char *path = NULL;
  guint column = 0;

  if (field != NULL)
    {
      int i = field_index (item->type, field);
      if (i >= 0 && item->columns != NULL)
        column = item->columns[i];
    }
  if (item->from_json)
    path = _lds_import_json_path (item->type, item->element, field);
  _lds_import_problem (self, item->line, column, path, "%s", message);
}

static const char *
type_noun (LdsRecordType type)
{
  static const char * const nouns[LDS_N_RECORD_TYPES] = {
    [LDS_RECORD_UNIT] = N_("unit"),
    [LDS_RECORD_PERSON] = N_("person"),
    [LDS_RECORD_CYCLE] = N_("cycle"),
    [LDS_RECORD_OBJECTIVE] = N_("objective"),
    [LDS_RECORD_KEY_RESULT] = N_("key result"),
    [LDS_RECORD_LINK] = N_("link"),
    [LDS_RECORD_CHECKIN] = N_("check-in"),
    [LDS_RECORD_ACTION_PLAN] = N_("action plan"),
    [LDS_RECORD_KPI] = N_("KPI"),
    [LDS_RECORD_KPI_CHECKIN] = N_("KPI update"),
    [LDS_RECORD_REVIEW] = N_("OKR review"),
    [LDS_RECORD_REVISION] = N_("revision"),
    [LDS_RECORD_ROLLOUT_ITEM] = N_("roll-out item"),
    [LDS_RECORD_WORKSHOP] = N_("workshop"),
    [LDS_RECORD_WORKSHOP_TEAM] = N_("workshop team"),
    [LDS_RECORD_WORKSHOP_CARD] = N_("proposal"),
    [LDS_RECORD_WORKSHOP_VOTE] = N_("vote"),
    [LDS_RECORD_WORKSHOP_DECISION] = N_("workshop decision"),
    [LDS_RECORD_WORKSHOP_NOTE] = N_("workshop note"),
  };
  return _(nouns[type]);
}

/* The id a reference will have: a stored record's own, or a stand-in for
 * one of the plan (any non-zero value unique to it will do for checking). */
static LdsId
planned_id (LdsImport     *self,
            LdsRecordType  type,
            const char    *uuid)
{
  LdsImportItem *item = NULL;
  LdsRecord *r = _lds_import_find (self, type, uuid, &item);

  if (r == NULL)
    return 0;
  if (item != NULL)
    return item->local != NULL ? item->local->id : -(LdsId) item->index - 1;
  return r->id;
}

static void
resolve_and_validate (LdsImport     *self,
                      LdsImportItem *item)
{
  const LdsRecordInfo *info = lds_record_info (item->type);
  g_autoptr(GError) invalid = NULL;
  gpointer resolved = lds_record_copy (item->type, item->record);
  gboolean refs_ok = TRUE;
  const char *field = NULL;

  for (guint i = 0; i < info->n_fields; i++)
    {
      const LdsField *f = &info->fields[i];
      LdsId id;

      if (f->kind != LDS_FIELD_REF || item->refs[i] == NULL)
        continue;
      id = planned_id (self, f->ref_type, item->refs[i]);
      if (id == 0)
        {
          g_autofree char *message =
            /* Translators: %1$s is a kind of record ("key result"), %2$s its UUID */
            g_strdup_printf (_("This refers to a %1$s (%2$s) that is neither in the file nor "
                               "in the organisation."), type_noun (f->ref_type), item->refs[i]);
          item_problem (self, item, f->name, message);
          refs_ok = FALSE;
        }
      *LDS_FIELD_PTR (resolved, f, LdsId) = id;
    }

  if (refs_ok && !lds_record_validate (item->type, resolved, &field, &invalid))
    item_problem (self, item, field, invalid->message);
  lds_record_free (item->type, resolved);
}

static gboolean
ref_of (LdsImportItem *item,
        const char    *field)
{
  int i = field_index (item->type, field);
  return i >= 0 && item->refs[i] != NULL;
}

/* A record's parent (units and cycles), by UUID, wherever it is. */
static const char *
parent_uuid (LdsImport     *self,
             LdsRecordType  type,
             const char    *uuid)
{
  LdsImportItem *item = NULL;
  LdsRecord *r = _lds_import_find (self, type, uuid, &item);
  LdsId parent;
  LdsRecord *p;

  if (r == NULL)
    return NULL;
  if (item != NULL)
    return item->refs[field_index (type, "parent_id")];
  parent = type == LDS_RECORD_UNIT ? ((LdsUnit *) r)->parent_id : ((LdsCycle *) r)->parent_id;
  p = lds_snapshot_get (self->local, type, parent);
  return p != NULL ? p->uuid : NULL;
}

/* Whether @item refers, through a field of its own type (a unit's parent,
 * a proposal's objective or the proposal it was merged into), to an item of
 * the plan not placed yet. */
static gboolean
waits_for_own_type (LdsImport     *self,
                    LdsImportItem *item,
                    GHashTable    *placed)
{
  const LdsRecordInfo *info = lds_record_info (item->type);

  for (guint i = 0; i < info->n_fields; i++)
    {
      const char *ref = item->refs[i];

      if (info->fields[i].kind != LDS_FIELD_REF || info->fields[i].ref_type != item->type ||
          ref == NULL)
        continue;
      if (g_hash_table_lookup (self->item_by_uuid[item->type], ref) != NULL &&
          !g_hash_table_contains (placed, ref))
        return TRUE;
    }
  return FALSE;
}

static gboolean
refers_to_own_type (LdsRecordType type)
{
  const LdsRecordInfo *info = lds_record_info (type);

  for (guint i = 0; i < info->n_fields; i++)
    if (info->fields[i].kind == LDS_FIELD_REF && info->fields[i].ref_type == type)
      return TRUE;
  return FALSE;
}

/* Records that refer to others of their type (units, cycles, proposals):
 * those referred to before those that refer, and no record its own ancestor. */
static void
order_tree (LdsImport     *self,
            LdsRecordType  type,
            GPtrArray     *in,
            GPtrArray     *out)
{
  g_autoptr(GHashTable) placed = g_hash_table_new (g_str_hash, g_str_equal);
  gboolean progress = TRUE;

  while (progress)
    {
      progress = FALSE;
      for (guint i = 0; i < in->len; i++)
        {
          LdsImportItem *item = in->pdata[i];

          if (item == NULL || waits_for_own_type (self, item, placed))
            continue;
          g_ptr_array_add (out, item);
          g_hash_table_add (placed, item->record->uuid);
          in->pdata[i] = NULL;
          progress = TRUE;
        }
    }

  for (guint i = 0; i < in->len; i++)
    if (in->pdata[i] != NULL)
      {
        LdsImportItem *item = in->pdata[i];
        item_problem (self, item, "parent_id",
                      type == LDS_RECORD_UNIT
                        ? _("This unit is among its own parent units: the units form a circle.")
                        : type == LDS_RECORD_CYCLE
                        ? _("This cycle is among its own parent cycles: the cycles form a circle.")
                        : _("This proposal is among the proposals it belongs to or was merged "
                            "into: they form a circle."));
        g_ptr_array_add (out, item);
      }
}

static void
check_parent_loops_with_store (LdsImport     *self,
                               LdsRecordType  type)
{
  for (guint i = 0; i < self->items->len; i++)
    {
      LdsImportItem *item = self->items->pdata[i];
      const char *uuid;
      guint steps = 0;

      if (item->type != type)
        continue;
      uuid = item->record->uuid;
      for (uuid = parent_uuid (self, type, uuid); uuid != NULL && steps < 1000;
           uuid = parent_uuid (self, type, uuid), steps++)
        if (g_str_equal (uuid, item->record->uuid))
          {
            item_problem (self, item, "parent_id",
                          type == LDS_RECORD_UNIT
                            ? _("This unit is among its own parent units: the units form a circle.")
                            : _("This cycle is among its own parent cycles: the cycles form a circle."));
            break;
          }
    }
}

static void
sort_items (LdsImport *self)
{
  GPtrArray *by_type[LDS_N_RECORD_TYPES] = { NULL };
  GPtrArray *sorted = g_ptr_array_new_with_free_func (item_free);

  for (guint t = 0; t < LDS_N_RECORD_TYPES; t++)
    by_type[t] = g_ptr_array_new ();
  for (guint i = 0; i < self->items->len; i++)
    {
      LdsImportItem *item = self->items->pdata[i];
      g_ptr_array_add (by_type[item->type], item);
    }
  for (guint t = 0; t < LDS_N_RECORD_TYPES; t++)
    {
      if (refers_to_own_type (t))
        order_tree (self, t, by_type[t], sorted);
      else
        g_ptr_array_extend (sorted, by_type[t], NULL, NULL);
      g_ptr_array_unref (by_type[t]);
    }

  /* The items move to the sorted array, which frees them. */
  g_ptr_array_set_free_func (self->items, NULL);
  g_ptr_array_unref (self->items);
  self->items = sorted;
}

/* The objective an alignment target belongs to: itself, or a key result's. */
static const char *
target_objective (LdsImport  *self,
                  const char *objective_uuid,
                  const char *key_result_uuid)
{
  LdsImportItem *item = NULL;
  LdsRecord *kr;

  if (objective_uuid != NULL)
    return objective_uuid;
  kr = _lds_import_find (self, LDS_RECORD_KEY_RESULT, key_result_uuid, &item);
  if (kr == NULL)
    return NULL;
  if (item != NULL)
    return item->refs[field_index (LDS_RECORD_KEY_RESULT, "objective_id")];
  {
    LdsRecord *o = lds_snapshot_get (self->local, LDS_RECORD_OBJECTIVE,
                                     ((LdsKeyResult *) kr)->objective_id);
    return o != NULL ? o->uuid : NULL;
  }
}

static void
add_edge (GHashTable *edges,
          const char *from,
          const char *to)
{
  GPtrArray *list;

  if (from == NULL || to == NULL)
    return;
  list = g_hash_table_lookup (edges, from);
  if (list == NULL)
    {
      list = g_ptr_array_new ();
      g_hash_table_insert (edges, (gpointer) from, list);
    }
  g_ptr_array_add (list, (gpointer) to);
}

static gboolean
reaches (GHashTable *edges,
         const char *from,
         const char *goal,
         GHashTable *seen)
{
  GPtrArray *list;

  if (g_str_equal (from, goal))
    return TRUE;
  if (!g_hash_table_add (seen, (gpointer) from))
    return FALSE;
  list = g_hash_table_lookup (edges, from);
  for (guint i = 0; list != NULL && i < list->len; i++)
    if (reaches (edges, list->pdata[i], goal, seen))
      return TRUE;
  return FALSE;
}

/* An objective may not serve, through any chain of alignments, itself. The
 * links of the plan are added one by one to those of the store; the first
 * that closes a circle is the one reported. */
static void
check_alignment_loops (LdsImport *self)
{
  g_autoptr(GHashTable) edges = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                        (GDestroyNotify) g_ptr_array_unref);
  GPtrArray *links = self->local->all[LDS_RECORD_LINK];

  for (guint i = 0; i < links->len; i++)
    {
      LdsLink *l = links->pdata[i];
      LdsRecord *from = lds_snapshot_get (self->local, LDS_RECORD_OBJECTIVE, l->from_id);
      LdsRecord *to_o = lds_snapshot_get (self->local, LDS_RECORD_OBJECTIVE, l->to_objective_id);
      LdsRecord *to_kr = lds_snapshot_get (self->local, LDS_RECORD_KEY_RESULT, l->to_key_result_id);

      if (l->kind != LDS_LINK_KIND_ALIGNS || from == NULL ||
          g_hash_table_contains (self->item_by_uuid[LDS_RECORD_LINK], l->uuid))
        continue;
      add_edge (edges, from->uuid,
                target_objective (self, to_o != NULL ? to_o->uuid : NULL,
                                  to_kr != NULL ? to_kr->uuid : NULL));
    }

  for (guint i = 0; i < self->items->len; i++)
    {
      LdsImportItem *item = self->items->pdata[i];
      LdsLink *l = (LdsLink *) item->record;
      const char *from, *to;
      g_autoptr(GHashTable) seen = NULL;

      if (item->type != LDS_RECORD_LINK || l->kind != LDS_LINK_KIND_ALIGNS)
        continue;
      from = item->refs[field_index (LDS_RECORD_LINK, "from_id")];
      to = target_objective (self, item->refs[field_index (LDS_RECORD_LINK, "to_objective_id")],
                             item->refs[field_index (LDS_RECORD_LINK, "to_key_result_id")]);
      if (from == NULL || to == NULL)
        continue;
      seen = g_hash_table_new (g_str_hash, g_str_equal);
      if (reaches (edges, to, from, seen))
        {
          item_problem (self, item,
                        ref_of (item, "to_key_result_id") ? "to_key_result_id" : "to_objective_id",
                        _("This alignment makes a circle: the objective would end up serving "
                          "itself. Align it to a key result of a higher level instead."));
          continue;
        }
      add_edge (edges, from, to);
    }
}

static const char *
uuid_for_local (LdsRecordType type,
                LdsId         id,
                gpointer      data)
{
  LdsRecord *r = lds_snapshot_get (data, type, id);

  return r != NULL ? r->uuid : NULL;
}

static void
decide_op (LdsImport     *self,
           LdsImportItem *item)
{
  g_autoptr(JsonObject) mine_json = NULL;
  const char *base = NULL;

  if (item->local == NULL || !item->from_json)
    {
      item->op = LDS_IMPORT_OP_CREATE;
      return;
    }

  mine_json = lds_interchange_to_json (item->type, item->local, uuid_for_local, self->local);
  item->mine = lds_interchange_fingerprint (mine_json, item->type);
  if (self->their_base != NULL && json_object_has_member (self->their_base, item->record->uuid))
    base = json_object_get_string_member_with_default (self->their_base, item->record->uuid, NULL);

  if (g_str_equal (item->mine, item->theirs))
    item->op = LDS_IMPORT_OP_SAME;
  else if (base != NULL && g_str_equal (base, item->mine))
    item->op = LDS_IMPORT_OP_UPDATE;
  else if (base != NULL && g_str_equal (base, item->theirs))
    item->op = LDS_IMPORT_OP_SAME;
  else
    {
      item->op = LDS_IMPORT_OP_CONFLICT;
      item->resolution = LDS_IMPORT_UNDECIDED;
      g_ptr_array_add (self->conflicts, item);
    }
}

static gboolean
store_is_empty (LdsSnapshot *snapshot)
{
  for (guint t = 0; t < LDS_N_RECORD_TYPES; t++)
    if (snapshot->all[t]->len > 0)
      return FALSE;
  return TRUE;
}

/**
 * lds_import_prepare:
 *
 * Plans the import against @store without writing to it. On failure the
 * error sums up, and lds_import_get_problems() lists every problem.
 * Conflicts are no failure: they wait for lds_import_resolve().
 */
gboolean
lds_import_prepare (LdsImport  *self,
                    LdsStore   *store,
                    GError    **error)
{
  g_return_val_if_fail (LDS_IS_IMPORT (self), FALSE);
  g_return_val_if_fail (LDS_IS_STORE (store), FALSE);
  g_return_val_if_fail (self->csv != NULL || self->json != NULL, FALSE);

  clear_plan (self);
  self->local = lds_snapshot_new (store, 0, 0, error);
  if (self->local == NULL)
    return FALSE;
  self->store_was_empty = store_is_empty (self->local);
  self->items = g_ptr_array_new_with_free_func (item_free);
  self->problems = g_ptr_array_new_with_free_func (problem_free);
  self->conflicts = g_ptr_array_new ();
  for (guint t = 0; t < LDS_N_RECORD_TYPES; t++)
    {
      GPtrArray *all = self->local->all[t];
      self->item_by_uuid[t] = g_hash_table_new (g_str_hash, g_str_equal);
      self->local_by_uuid[t] = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint i = 0; i < all->len; i++)
        g_hash_table_insert (self->local_by_uuid[t], ((LdsRecord *) all->pdata[i])->uuid,
                             all->pdata[i]);
    }

  if (self->format == LDS_IMPORT_FORMAT_JSON)
    _lds_import_plan_json (self);
  else
    _lds_import_plan_csv (self);

  if (self->problems->len == 0)
    {
      sort_items (self);
      /* A CSV row names no UUID of the store: only JSON records meet stored ones. */
      for (guint i = 0; i < self->items->len; i++)
        {
          LdsImportItem *item = self->items->pdata[i];
          if (item->from_json)
            item->local = g_hash_table_lookup (self->local_by_uuid[item->type], item->record->uuid);
        }
      check_parent_loops_with_store (self, LDS_RECORD_UNIT);
      check_parent_loops_with_store (self, LDS_RECORD_CYCLE);
      for (guint i = 0; i < self->items->len; i++)
        resolve_and_validate (self, self->items->pdata[i]);
      if (self->problems->len == 0)
        check_alignment_loops (self);
      for (guint i = 0; i < self->items->len; i++)
        decide_op (self, self->items->pdata[i]);
    }

  if (self->problems->len > 0)
    {
      g_autofree char *first = lds_import_format_problem (self, self->problems->pdata[0]);

      if (self->problems->len == 1)
        g_set_error_literal (error, LDS_IMPORT_ERROR, LDS_IMPORT_ERROR_INVALID, first);
      else
        g_set_error (error, LDS_IMPORT_ERROR, LDS_IMPORT_ERROR_INVALID,
                     /* Translators: %1$s is the first problem, %2$u how many others there are */
                     g_dngettext (GETTEXT_PACKAGE, "%1$s (and %2$u more problem)",
                                  "%1$s (and %2$u more problems)", self->problems->len - 1),
                     first, self->problems->len - 1);
      return FALSE;
    }
  self->prepared = TRUE;
  return TRUE;
}

GPtrArray *
lds_import_get_problems (LdsImport *self)
{
  g_return_val_if_fail (LDS_IS_IMPORT (self), NULL);

  return self->problems;
}

/**
 * lds_import_format_problem:
 *
 * Returns: (transfer full): the problem with where it lies, as a person
 *   reads it: "Line 4, column 9 (target): …" or "$.objectives[2].title: …"
 */
char *
lds_import_format_problem (LdsImport              *self,
                           const LdsImportProblem *problem)
{
  g_return_val_if_fail (LDS_IS_IMPORT (self), NULL);
  g_return_val_if_fail (problem != NULL, NULL);

  if (problem->path != NULL)
    return g_strdup_printf ("%s: %s", problem->path, problem->message);
  if (problem->line > 0 && problem->column > 0)
    {
      const char *header = NULL;
      if (self->csv != NULL && self->csv->rows->len > 0)
        {
          LdsCsvRow *first = self->csv->rows->pdata[0];
          if (problem->column <= first->n_fields)
            header = first->fields[problem->column - 1];
        }
      if (header != NULL && *header != '\0')
        /* Translators: %1$u is a line, %2$u a column number, %3$s the column's heading, %4$s the problem */
        return g_strdup_printf (_("Line %1$u, column %2$u (%3$s): %4$s"), problem->line,
                                problem->column, header, problem->message);
      return g_strdup_printf (_("Line %1$u, column %2$u: %3$s"), problem->line, problem->column,
                              problem->message);
    }
  if (problem->line > 0)
    return g_strdup_printf (_("Line %1$u: %2$s"), problem->line, problem->message);
  return g_strdup (problem->message);
}

/* The plan, for previews */

guint
lds_import_count (LdsImport     *self,
                  LdsRecordType  type,
                  LdsImportOp    op)
{
  guint n = 0;

  g_return_val_if_fail (LDS_IS_IMPORT (self), 0);

  if (self->items == NULL)
    return 0;
  for (guint i = 0; i < self->items->len; i++)
    {
      LdsImportItem *item = self->items->pdata[i];
      n += item->type == type && item->op == op;
    }
  return n;
}

guint
lds_import_get_n_entries (LdsImport *self)
{
  g_return_val_if_fail (LDS_IS_IMPORT (self), 0);

  return self->items != NULL ? self->items->len : 0;
}

static const char *
record_title (LdsRecordType  type,
              LdsRecord     *record)
{
  const LdsRecordInfo *info = lds_record_info (type);

  for (guint i = 0; i < info->n_fields; i++)
    if (info->fields[i].kind == LDS_FIELD_TEXT &&
        (g_str_equal (info->fields[i].name, "title") || g_str_equal (info->fields[i].name, "name")))
      return *LDS_FIELD_PTR (record, &info->fields[i], char *);
  return NULL;
}

/**
 * lds_import_get_entry:
 *
 * Describes the record at @index of the plan; the strings belong to the
 * import and live until it is prepared again.
 */
gboolean
lds_import_get_entry (LdsImport      *self,
                      guint           index,
                      LdsImportEntry *entry)
{
  LdsImportItem *item;

  g_return_val_if_fail (LDS_IS_IMPORT (self), FALSE);
  g_return_val_if_fail (entry != NULL, FALSE);

  if (self->items == NULL || index >= self->items->len)
    return FALSE;
  item = self->items->pdata[index];
  entry->type = item->type;
  entry->op = item->op;
  entry->uuid = item->record->uuid;
  entry->title = record_title (item->type, item->record);
  if (entry->title == NULL || *entry->title == '\0')
    entry->title = type_noun (item->type);
  entry->where = NULL;
  if (item->from_json)
    {
      if (self->wheres == NULL)
        self->wheres = g_hash_table_new_full (NULL, NULL, NULL, g_free);
      entry->where = g_hash_table_lookup (self->wheres, item);
      if (entry->where == NULL)
        {
          char *where = _lds_import_json_path (item->type, item->element, NULL);
          g_hash_table_insert (self->wheres, item, where);
          entry->where = where;
        }
    }
  return TRUE;
}

static char *
field_display (LdsImport      *self,
               const LdsField *field,
               JsonObject     *object)
{
  JsonNode *node = json_object_get_member (object, field->name);

  if (field->kind == LDS_FIELD_REF && node != NULL && JSON_NODE_HOLDS_VALUE (node))
    {
      LdsRecord *r = _lds_import_find (self, field->ref_type, json_node_get_string (node), NULL);
      const char *title = r != NULL ? record_title (field->ref_type, r) : NULL;
      if (title != NULL)
        return g_strdup (title);
    }
  if (field->kind == LDS_FIELD_ENUM && node != NULL && JSON_NODE_HOLDS_VALUE (node))
    {
      int v;
      if (lds_enum_from_nick (field->enum_type (), json_node_get_string (node), &v))
        return g_strdup (lds_enum_label (field->enum_type (), v));
    }
  if (field->kind == LDS_FIELD_BOOL && node != NULL && JSON_NODE_HOLDS_VALUE (node))
    return g_strdup (json_node_get_boolean (node) ? _("yes") : _("no"));
  return lds_interchange_value_text (field, node);
}

/**
 * lds_import_get_differences:
 * @index: a conflict's number, from 0 to lds_import_get_n_conflicts() - 1
 *
 * Returns: (transfer full) (element-type LdsImportDifference): the fields
 *   that differ between this file's record and the imported one
 */
GPtrArray *
lds_import_get_differences (LdsImport *self,
                            guint      index)
{
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify) lds_import_difference_free);
  g_autoptr(JsonObject) mine = NULL;
  const LdsRecordInfo *info;
  LdsImportItem *item;

  g_return_val_if_fail (LDS_IS_IMPORT (self), out);
  g_return_val_if_fail (self->conflicts != NULL && index < self->conflicts->len, out);

  item = self->conflicts->pdata[index];
  info = lds_record_info (item->type);
  mine = lds_interchange_to_json (item->type, item->local, uuid_for_local, self->local);
  for (guint i = 0; i < info->n_fields; i++)
    {
      const LdsField *f = &info->fields[i];
      g_autofree char *a = lds_interchange_value_text (f, json_object_get_member (mine, f->name));
      g_autofree char *b = lds_interchange_value_text (f, json_object_get_member (item->json, f->name));
      LdsImportDifference *d;

      if (g_str_equal (a, b))
        continue;
      d = g_new0 (LdsImportDifference, 1);
      d->field = f->name;
      d->mine = field_display (self, f, mine);
      d->theirs = field_display (self, f, item->json);
      g_ptr_array_add (out, d);
    }
  return out;
}

guint
lds_import_get_n_conflicts (LdsImport *self)
{
  g_return_val_if_fail (LDS_IS_IMPORT (self), 0);

  return self->conflicts != NULL ? self->conflicts->len : 0;
}

/**
 * lds_import_get_conflict:
 *
 * Describes conflict number @index (as lds_import_get_entry() does).
 */
gboolean
lds_import_get_conflict (LdsImport      *self,
                         guint           index,
                         LdsImportEntry *entry)
{
  g_return_val_if_fail (LDS_IS_IMPORT (self), FALSE);

  if (self->conflicts == NULL || index >= self->conflicts->len)
    return FALSE;
  for (guint i = 0; i < self->items->len; i++)
    if (self->items->pdata[i] == self->conflicts->pdata[index])
      return lds_import_get_entry (self, i, entry);
  return FALSE;
}

guint
lds_import_get_n_undecided (LdsImport *self)
{
  guint n = 0;

  g_return_val_if_fail (LDS_IS_IMPORT (self), 0);

  for (guint i = 0; self->conflicts != NULL && i < self->conflicts->len; i++)
    n += ((LdsImportItem *) self->conflicts->pdata[i])->resolution == LDS_IMPORT_UNDECIDED;
  return n;
}

void
lds_import_resolve (LdsImport           *self,
                    guint                index,
                    LdsImportResolution  resolution)
{
  g_return_if_fail (LDS_IS_IMPORT (self));
  g_return_if_fail (self->conflicts != NULL && index < self->conflicts->len);

  ((LdsImportItem *) self->conflicts->pdata[index])->resolution = resolution;
}

void
lds_import_resolve_all (LdsImport           *self,
                        LdsImportResolution  resolution)
{
  g_return_if_fail (LDS_IS_IMPORT (self));

  for (guint i = 0; self->conflicts != NULL && i < self->conflicts->len; i++)
    ((LdsImportItem *) self->conflicts->pdata[i])->resolution = resolution;
}

LdsImportResolution
lds_import_get_resolution (LdsImport *self,
                           guint      index)
{
  g_return_val_if_fail (LDS_IS_IMPORT (self), LDS_IMPORT_UNDECIDED);
  g_return_val_if_fail (self->conflicts != NULL && index < self->conflicts->len,
                        LDS_IMPORT_UNDECIDED);

  return ((LdsImportItem *) self->conflicts->pdata[index])->resolution;
}

/**
 * lds_import_has_changes:
 *
 * Whether applying the plan would change anything.
 */
gboolean
lds_import_has_changes (LdsImport *self)
{
  g_return_val_if_fail (LDS_IS_IMPORT (self), FALSE);

  for (guint i = 0; self->items != NULL && i < self->items->len; i++)
    {
      LdsImportItem *item = self->items->pdata[i];
      if (item->op == LDS_IMPORT_OP_CREATE || item->op == LDS_IMPORT_OP_UPDATE ||
          item->op == LDS_IMPORT_OP_CONFLICT)
        return TRUE;
    }
  return FALSE;
}

/**
 * lds_import_describe_source:
 *
 * Returns: (transfer full) (nullable): where a JSON export came from, as a
 *   sentence, or %NULL when the file does not say
 */
char *
lds_import_describe_source (LdsImport *self)
{
  const char *file, *at, *unit_path;
  g_autofree char *day = NULL;
  gint64 t;

  g_return_val_if_fail (LDS_IS_IMPORT (self), NULL);

  if (self->exported == NULL)
    return NULL;
  file = json_object_get_string_member_with_default (self->exported, "file", NULL);
  at = json_object_get_string_member_with_default (self->exported, "at", NULL);
  unit_path = json_object_get_string_member_with_default (self->exported, "unit_path", NULL);
  if (file == NULL || at == NULL || !lds_interchange_time_from_iso (at, &t))
    return NULL;
  day = lds_date_from_time (t);
  if (unit_path != NULL)
    /* Translators: %1$s is a unit's path, %2$s a file name, %3$s a date */
    return g_strdup_printf (_("“%1$s”, exported from “%2$s” on %3$s."), unit_path, file, day);
  /* Translators: %1$s is a file name, %2$s a date */
  return g_strdup_printf (_("The whole organisation, exported from “%1$s” on %2$s."), file, day);
}

/**
 * lds_import_type_label:
 *
 * Returns: the kind of record, plural, as a heading ("Key results")
 */
const char *
lds_import_type_label (LdsRecordType type)
{
  static const char * const labels[LDS_N_RECORD_TYPES] = {
    [LDS_RECORD_UNIT] = N_("Units"),
    [LDS_RECORD_PERSON] = N_("People"),
    [LDS_RECORD_CYCLE] = N_("Cycles"),
    [LDS_RECORD_OBJECTIVE] = N_("Objectives"),
    [LDS_RECORD_KEY_RESULT] = N_("Key results"),
    [LDS_RECORD_LINK] = N_("Alignment links"),
    [LDS_RECORD_CHECKIN] = N_("Check-ins"),
    [LDS_RECORD_ACTION_PLAN] = N_("Action plan steps"),
    [LDS_RECORD_KPI] = N_("KPIs"),
    [LDS_RECORD_KPI_CHECKIN] = N_("KPI updates"),
    [LDS_RECORD_REVIEW] = N_("OKR reviews"),
    [LDS_RECORD_REVISION] = N_("Revisions"),
    [LDS_RECORD_ROLLOUT_ITEM] = N_("Roll-out checklist"),
    [LDS_RECORD_WORKSHOP] = N_("Workshops"),
    [LDS_RECORD_WORKSHOP_TEAM] = N_("Workshop teams"),
    [LDS_RECORD_WORKSHOP_CARD] = N_("Workshop proposals"),
    [LDS_RECORD_WORKSHOP_VOTE] = N_("Workshop votes"),
    [LDS_RECORD_WORKSHOP_DECISION] = N_("Workshop decisions"),
    [LDS_RECORD_WORKSHOP_NOTE] = N_("Workshop notes"),
  };

  g_return_val_if_fail (type < LDS_N_RECORD_TYPES, "");

  return _(labels[type]);
}

/**
 * lds_import_field_label:
 *
 * Returns: a field's name as people read it, for conflicts ("Target")
 */
const char *
lds_import_field_label (LdsRecordType  type,
                        const char    *field)
{
  static const struct { const char *field; const char *label; } labels[] = {
    { "title", N_("Title") }, { "name", N_("Name") }, { "description", N_("Description") },
    { "type", N_("Type") }, { "perspective", N_("Perspective") },
    { "visibility", N_("Visibility") }, { "private_reason", N_("Why private") },
    { "self_driven", N_("Self-driven") }, { "status", N_("Status") },
    { "mid_cycle", N_("Added mid-cycle") }, { "position", N_("Position") },
    { "cycle_id", N_("Cycle") }, { "owner_unit_id", N_("Owner") },
    { "owner_person_id", N_("Owner") }, { "owner_id", N_("Owner") },
    { "objective_id", N_("Objective") }, { "metric", N_("Metric") },
    { "start_value", N_("Start value") }, { "target_value", N_("Target") },
    { "current_value", N_("Current value") }, { "unit_label", N_("Unit") },
    { "direction", N_("Direction") }, { "weight", N_("Weight") }, { "score", N_("Score") },
    { "score_note", N_("Score note") }, { "confidence", N_("Confidence") },
    { "tied_to_compensation", N_("Tied to compensation") },
    { "parent_id", N_("Parent") }, { "kind", N_("Kind") }, { "unit_id", N_("Unit") },
    { "role", N_("Role") }, { "champion", N_("Champion") }, { "email", N_("Email") },
    { "start_date", N_("Start date") }, { "end_date", N_("End date") }, { "state", N_("State") },
    { "cadence_days", N_("Check-in cadence") }, { "note", N_("Note") }, { "value", N_("Value") },
    { "done", N_("Done") }, { "due_date", N_("Due date") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_str_equal (labels[i].field, field))
      return _(labels[i].label);
  return field;
}

/* Writing */

static gboolean
write_settings (LdsImport  *self,
                LdsStore   *store,
                GError    **error)
{
  LdsFileSettings s;
  const char *scale;

  lds_store_get_file_settings (store, &s);
  s.cadence_days = json_object_get_int_member_with_default (self->settings, "cadence_days",
                                                            s.cadence_days);
  s.max_objectives = json_object_get_int_member_with_default (self->settings, "max_objectives",
                                                              s.max_objectives);
  s.max_key_results = json_object_get_int_member_with_default (self->settings, "max_key_results",
                                                               s.max_key_results);
  s.bands.red_below = json_object_get_double_member_with_default (self->settings,
                                                                  "score_red_below",
                                                                  s.bands.red_below);
  s.bands.green_from = json_object_get_double_member_with_default (self->settings,
                                                                   "score_green_from",
                                                                   s.bands.green_from);
  scale = json_object_get_string_member_with_default (self->settings, "score_scale", NULL);
  if (scale != NULL)
    s.scale = g_str_equal (scale, "percent") ? LDS_SCORE_SCALE_PERCENT : LDS_SCORE_SCALE_DECIMAL;
  return lds_store_set_file_settings (store, &s, error);
}

/* What this file will remember of the exchange: the fingerprints of the
 * records as the other file had them. Written as json_to_string() writes
 * the object, but not built as a tree first: a large import's hundreds of
 * thousands of fingerprints as JSON nodes took more memory than its
 * records. */
static char *
make_base (LdsImport *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) from = NULL;
  g_autofree char *from_text = NULL;
  GString *base;
  gboolean first = TRUE;

  json_builder_begin_object (builder);
  for (const char * const *m = (const char * const[]) { "file", "at", "unit", "unit_path", NULL };
       *m != NULL; m++)
    {
      const char *v = self->exported != NULL
                        ? json_object_get_string_member_with_default (self->exported, *m, NULL)
                        : NULL;
      json_builder_set_member_name (builder, *m);
      if (v != NULL)
        json_builder_add_string_value (builder, v);
      else
        json_builder_add_null_value (builder);
    }
  json_builder_end_object (builder);
  from = json_builder_get_root (builder);
  from_text = json_to_string (from, FALSE);

  /* Its size known beforehand, it is not copied as it grows. */
  base = g_string_sized_new (strlen (from_text) + 32 + self->items->len * (36 + 64 + 6));
  g_string_append (base, "{\"from\":");
  g_string_append (base, from_text);
  g_string_append (base, ",\"fingerprints\":{");
  for (guint i = 0; i < self->items->len; i++)
    {
      LdsImportItem *item = self->items->pdata[i];

      if (item->theirs == NULL)
        continue;
      /* A JSON record's UUID (checked, in lower case) and its fingerprint
       * (hexadecimal) need no escapes. */
      if (!first)
        g_string_append_c (base, ',');
      g_string_append_c (base, '"');
      g_string_append (base, item->record->uuid);
      g_string_append (base, "\":\"");
      g_string_append (base, item->theirs);
      g_string_append_c (base, '"');
      first = FALSE;
    }
  g_string_append (base, "}}");
  return g_string_free (base, FALSE);
}

static LdsId
written_id (LdsImport     *self,
            LdsRecordType  type,
            const char    *uuid)
{
  LdsImportItem *item = NULL;
  LdsRecord *r = _lds_import_find (self, type, uuid, &item);

  if (item != NULL)
    return item->new_id;
  return r != NULL ? r->id : 0;
}

static gboolean
write_item (LdsImport      *self,
            LdsStore       *store,
            LdsImportItem  *item,
            GError        **error)
{
  const LdsRecordInfo *info = lds_record_info (item->type);
  gpointer record;
  gboolean ok;

  switch (item->op)
    {
    case LDS_IMPORT_OP_SAME:
      item->new_id = item->local->id;
      return TRUE;
    case LDS_IMPORT_OP_CONFLICT:
      if (item->resolution != LDS_IMPORT_TAKE_THEIRS)
        {
          item->new_id = item->local->id;
          return TRUE;
        }
      break;
    case LDS_IMPORT_OP_CREATE:
    case LDS_IMPORT_OP_UPDATE:
    case LDS_IMPORT_N_OPS:
    default:
      break;
    }

  record = lds_record_copy (item->type, item->record);
  for (guint i = 0; i < info->n_fields; i++)
    if (info->fields[i].kind == LDS_FIELD_REF)
      *LDS_FIELD_PTR (record, &info->fields[i], LdsId) =
        item->refs[i] != NULL ? written_id (self, info->fields[i].ref_type, item->refs[i]) : 0;

  if (item->op == LDS_IMPORT_OP_CREATE)
    {
      ok = lds_store_insert (store, item->type, record, error);
      item->new_id = ((LdsRecord *) record)->id;
    }
  else
    {
      ((LdsRecord *) record)->id = item->local->id;
      ((LdsRecord *) record)->created_at = item->local->created_at;
      ok = lds_store_update (store, item->type, record, error);
      item->new_id = item->local->id;
    }
  lds_record_free (item->type, record);
  return ok;
}

/**
 * lds_import_apply:
 *
 * Writes the prepared plan as one action ("Import"), undoable, or nothing
 * at all. Every conflict must have been resolved.
 */
gboolean
lds_import_apply (LdsImport  *self,
                  LdsStore   *store,
                  GError    **error)
{
  g_autoptr(GError) local = NULL;

  g_return_val_if_fail (LDS_IS_IMPORT (self), FALSE);
  g_return_val_if_fail (LDS_IS_STORE (store), FALSE);
  g_return_val_if_fail (self->prepared, FALSE);

  if (lds_import_get_n_undecided (self) > 0)
    {
      guint n = lds_import_get_n_undecided (self);
      g_set_error (error, LDS_IMPORT_ERROR, LDS_IMPORT_ERROR_CONFLICT,
                   g_dngettext (GETTEXT_PACKAGE,
                                "%u record was changed both here and in the imported file; "
                                "choose which version to keep.",
                                "%u records were changed both here and in the imported file; "
                                "choose which version to keep.", n), n);
      return FALSE;
    }

  if (!lds_store_begin (store, _("Import"), error))
    return FALSE;

  for (guint i = 0; i < self->items->len; i++)
    if (!write_item (self, store, self->items->pdata[i], &local))
      {
        LdsImportItem *item = self->items->pdata[i];
        g_autofree char *where = item->from_json
                                   ? _lds_import_json_path (item->type, item->element, NULL)
                                   : g_strdup_printf (_("line %u"), item->line);
        lds_store_rollback (store);
        g_set_error (error, LDS_IMPORT_ERROR, LDS_IMPORT_ERROR_FAILED,
                     /* Translators: %1$s is where in the file (a line or a JSON path), %2$s the reason */
                     _("Nothing was imported: %1$s: %2$s"), where, local->message);
        return FALSE;
      }

  if (self->format == LDS_IMPORT_FORMAT_JSON)
    {
      g_autofree char *base = make_base (self);
      if ((self->settings != NULL && self->store_was_empty && !write_settings (self, store, &local)) ||
          (local == NULL && !lds_store_set_exchange_base (store, base, &local)))
        {
          lds_store_rollback (store);
          g_set_error (error, LDS_IMPORT_ERROR, LDS_IMPORT_ERROR_FAILED,
                       /* Translators: %s is the reason */
                       _("Nothing was imported: %s"), local->message);
          return FALSE;
        }
    }

  if (!lds_store_commit (store, &local))
    {
      g_set_error (error, LDS_IMPORT_ERROR, LDS_IMPORT_ERROR_FAILED,
                   _("Nothing was imported: %s"), local->message);
      return FALSE;
    }
  return TRUE;
}
