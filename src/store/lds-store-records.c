/* lds-store-records.c: reading and writing records of every type
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One piece of code serves every record type, driven by the field tables of
 * lds-records.c: the SQL for a type is built once from its fields.
 */

#define G_LOG_DOMAIN "lds-store"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "lds-date.h"
#include "lds-enum-types.h"
#include "lds-store-private.h"
#include "lds-validate.h"

typedef struct
{
  char *select;     /* SELECT id, uuid, created_at, modified_at, fields… FROM table */
  char *insert;
  char *update;
  char *delete;
  char *count;
} TypeSql;

static TypeSql type_sql[LDS_N_RECORD_TYPES];

/* The names actions take in the Undo menu when a single write is an action
 * of its own. Larger actions (deleting an objective with everything under
 * it, moving a team) name themselves. */
static const char * const action_names[LDS_N_RECORD_TYPES][3] = {
  [LDS_RECORD_UNIT] = { N_("Add Unit"), N_("Change Unit"), N_("Delete Unit") },
  [LDS_RECORD_PERSON] = { N_("Add Person"), N_("Change Person"), N_("Delete Person") },
  [LDS_RECORD_CYCLE] = { N_("Add Cycle"), N_("Change Cycle"), N_("Delete Cycle") },
  [LDS_RECORD_OBJECTIVE] = { N_("Add Objective"), N_("Change Objective"), N_("Delete Objective") },
  [LDS_RECORD_KEY_RESULT] = { N_("Add Key Result"), N_("Change Key Result"),
                              N_("Delete Key Result") },
  [LDS_RECORD_LINK] = { N_("Add Link"), N_("Change Link"), N_("Remove Link") },
  [LDS_RECORD_CHECKIN] = { N_("Check In"), N_("Change Check-in"), N_("Delete Check-in") },
  [LDS_RECORD_ACTION_PLAN] = { N_("Add Step"), N_("Change Step"), N_("Delete Step") },
  [LDS_RECORD_KPI] = { N_("Add KPI"), N_("Change KPI"), N_("Delete KPI") },
  [LDS_RECORD_KPI_CHECKIN] = { N_("Update KPI"), N_("Change KPI Update"),
                               N_("Delete KPI Update") },
  [LDS_RECORD_REVIEW] = { N_("Start Review"), N_("Change Review"), N_("Delete Review") },
  [LDS_RECORD_REVISION] = { N_("Record Revision"), N_("Change Revision"),
                            N_("Delete Revision") },
  [LDS_RECORD_ROLLOUT_ITEM] = { N_("Add Roll-out Item"), N_("Change Roll-out Item"),
                                N_("Delete Roll-out Item") },
  [LDS_RECORD_WORKSHOP] = { N_("Start Workshop"), N_("Change Workshop"), N_("Delete Workshop") },
  [LDS_RECORD_WORKSHOP_TEAM] = { N_("Add Team to Workshop"), N_("Change Workshop Team"),
                                 N_("Remove Team from Workshop") },
  [LDS_RECORD_WORKSHOP_CARD] = { N_("Add Proposal"), N_("Change Proposal"),
                                 N_("Delete Proposal") },
  [LDS_RECORD_WORKSHOP_VOTE] = { N_("Vote"), N_("Change Vote"), N_("Delete Vote") },
  [LDS_RECORD_WORKSHOP_DECISION] = { N_("Decide Alignment"), N_("Change Decision"),
                                     N_("Take Back Decision") },
  [LDS_RECORD_WORKSHOP_NOTE] = { N_("Add Note"), N_("Change Note"), N_("Delete Note") },
};

enum { OP_INSERT, OP_UPDATE, OP_DELETE };

static const TypeSql *
sql_for (LdsRecordType type)
{
  const LdsRecordInfo *info = lds_record_info (type);
  TypeSql *sql = &type_sql[type];
  g_autoptr(GString) columns = NULL;
  g_autoptr(GString) placeholders = NULL;
  g_autoptr(GString) assignments = NULL;

  if (sql->select != NULL)
    return sql;

  columns = g_string_new ("id, uuid, created_at, modified_at");
  placeholders = g_string_new ("?, ?, ?");
  assignments = g_string_new ("modified_at = ?");
  for (guint i = 0; i < info->n_fields; i++)
    {
      g_string_append_printf (columns, ", %s", info->fields[i].name);
      g_string_append (placeholders, ", ?");
      g_string_append_printf (assignments, ", %s = ?", info->fields[i].name);
    }

  sql->select = g_strdup_printf ("SELECT %s FROM %s", columns->str, info->table);
  /* INSERT leaves id out: SQLite assigns it. */
  sql->insert = g_strdup_printf ("INSERT INTO %s (%s) VALUES (%s)", info->table,
                                 columns->str + strlen ("id, "), placeholders->str);
  sql->update = g_strdup_printf ("UPDATE %s SET %s WHERE id = ?", info->table, assignments->str);
  sql->delete = g_strdup_printf ("DELETE FROM %s WHERE id = ?", info->table);
  sql->count = g_strdup_printf ("SELECT count(*) FROM %s", info->table);
  return sql;
}

char *
_lds_store_select_sql (LdsRecordType  type,
                       const char    *where)
{
  const LdsRecordInfo *info = lds_record_info (type);
  const TypeSql *sql = sql_for (type);

  if (where == NULL)
    return g_strdup_printf ("%s ORDER BY %s", sql->select, info->order_by);
  return g_strdup_printf ("%s WHERE %s ORDER BY %s", sql->select, where, info->order_by);
}

static void
bind_field (sqlite3_stmt   *stmt,
            int             index,
            const LdsField *field,
            gconstpointer   record)
{
  switch (field->kind)
    {
    case LDS_FIELD_TEXT:
      {
        const char *text = *LDS_FIELD_PTR (record, field, char *);
        sqlite3_bind_text (stmt, index, text != NULL ? text : "", -1, SQLITE_TRANSIENT);
      }
      break;
    case LDS_FIELD_DATE:
      {
        const char *text = *LDS_FIELD_PTR (record, field, char *);
        if (text != NULL)
          sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
        else
          sqlite3_bind_null (stmt, index);
      }
      break;
    case LDS_FIELD_INT:
      sqlite3_bind_int (stmt, index, *LDS_FIELD_PTR (record, field, int));
      break;
    case LDS_FIELD_LEVEL:
      {
        int level = *LDS_FIELD_PTR (record, field, int);
        if (level >= 0)
          sqlite3_bind_int (stmt, index, level);
        else
          sqlite3_bind_null (stmt, index);
      }
      break;
    case LDS_FIELD_BOOL:
      sqlite3_bind_int (stmt, index, *LDS_FIELD_PTR (record, field, gboolean) ? 1 : 0);
      break;
    case LDS_FIELD_REAL:
      {
        double value = *LDS_FIELD_PTR (record, field, double);
        if (!isnan (value))
          sqlite3_bind_double (stmt, index, value);
        else
          sqlite3_bind_null (stmt, index);
      }
      break;
    case LDS_FIELD_TIME:
    case LDS_FIELD_REF:
      {
        gint64 value = *LDS_FIELD_PTR (record, field, gint64);
        if (value != 0)
          sqlite3_bind_int64 (stmt, index, value);
        else
          sqlite3_bind_null (stmt, index);
      }
      break;
    case LDS_FIELD_ENUM:
      sqlite3_bind_text (stmt, index,
                         lds_enum_to_nick (field->enum_type (), *LDS_FIELD_PTR (record, field, int)),
                         -1, SQLITE_STATIC);
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
read_field (sqlite3_stmt   *stmt,
            int             column,
            const LdsField *field,
            gpointer        record)
{
  gboolean null = sqlite3_column_type (stmt, column) == SQLITE_NULL;

  switch (field->kind)
    {
    case LDS_FIELD_TEXT:
      g_free (*LDS_FIELD_PTR (record, field, char *));
      *LDS_FIELD_PTR (record, field, char *) =
        g_strdup (null ? "" : (const char *) sqlite3_column_text (stmt, column));
      break;
    case LDS_FIELD_DATE:
      *LDS_FIELD_PTR (record, field, char *) =
        null ? NULL : g_strdup ((const char *) sqlite3_column_text (stmt, column));
      break;
    case LDS_FIELD_INT:
    case LDS_FIELD_BOOL:
      *LDS_FIELD_PTR (record, field, int) = sqlite3_column_int (stmt, column);
      break;
    case LDS_FIELD_LEVEL:
      *LDS_FIELD_PTR (record, field, int) = null ? -1 : sqlite3_column_int (stmt, column);
      break;
    case LDS_FIELD_REAL:
      *LDS_FIELD_PTR (record, field, double) = null ? NAN : sqlite3_column_double (stmt, column);
      break;
    case LDS_FIELD_TIME:
    case LDS_FIELD_REF:
      *LDS_FIELD_PTR (record, field, gint64) = sqlite3_column_int64 (stmt, column);
      break;
    case LDS_FIELD_ENUM:
      {
        int value = 0;
        /* The schema's CHECK constraints allow only known nicks. */
        lds_enum_from_nick (field->enum_type (), (const char *) sqlite3_column_text (stmt, column),
                            &value);
        *LDS_FIELD_PTR (record, field, int) = value;
      }
      break;
    default:
      g_assert_not_reached ();
    }
}

/* A record from the current row of a statement made by _lds_store_select_sql(). */
gpointer
_lds_store_read_row (LdsRecordType  type,
                     sqlite3_stmt  *stmt)
{
  const LdsRecordInfo *info = lds_record_info (type);
  LdsRecord *record = lds_record_new (type);

  record->id = sqlite3_column_int64 (stmt, 0);
  record->uuid = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
  record->created_at = sqlite3_column_int64 (stmt, 2);
  record->modified_at = sqlite3_column_int64 (stmt, 3);
  for (guint i = 0; i < info->n_fields; i++)
    read_field (stmt, 4 + i, &info->fields[i], record);
  return record;
}

static void
set_validation_error (GError **error,
                      GError  *invalid)
{
  g_set_error_literal (error, LDS_STORE_ERROR, LDS_STORE_ERROR_INVALID, invalid->message);
  g_error_free (invalid);
}

static gboolean
step_done (LdsStore      *self,
           sqlite3_stmt  *stmt,
           const char    *doing,
           GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE)
    {
      _lds_store_set_sqlite_error (self, error, sqlite3_extended_errcode (self->db), doing);
      sqlite3_reset (stmt);
      return FALSE;
    }
  sqlite3_reset (stmt);
  return TRUE;
}

static gboolean
finish_action (LdsStore  *self,
               gboolean   ok,
               GError   **error)
{
  if (!ok)
    {
      lds_store_rollback (self);
      return FALSE;
    }
  return lds_store_commit (self, error);
}

/**
 * lds_store_insert:
 * @record: a record of @type; its id, uuid (when %NULL) and times are set
 *
 * Adds a record after checking it (lds_record_validate()).
 */
gboolean
lds_store_insert (LdsStore       *self,
                  LdsRecordType   type,
                  gpointer        record,
                  GError        **error)
{
  const LdsRecordInfo *info;
  LdsRecord *header = record;
  GError *invalid = NULL;
  sqlite3_stmt *stmt;
  gint64 now;
  gboolean ok;

  g_return_val_if_fail (LDS_IS_STORE (self), FALSE);
  g_return_val_if_fail (type < LDS_N_RECORD_TYPES, FALSE);
  g_return_val_if_fail (record != NULL, FALSE);

  if (!lds_record_validate (type, record, NULL, &invalid))
    {
      set_validation_error (error, invalid);
      return FALSE;
    }

  if (!lds_store_begin (self, _(action_names[type][OP_INSERT]), error))
    return FALSE;

  stmt = _lds_store_prepare (self, sql_for (type)->insert, error);
  if (stmt == NULL)
    return finish_action (self, FALSE, error);

  info = lds_record_info (type);
  now = lds_now ();
  if (header->uuid == NULL)
    header->uuid = g_uuid_string_random ();
  if (header->created_at == 0)
    header->created_at = now;
  if (header->modified_at == 0)
    header->modified_at = header->created_at;

  sqlite3_bind_text (stmt, 1, header->uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, header->created_at);
  sqlite3_bind_int64 (stmt, 3, header->modified_at);
  for (guint i = 0; i < info->n_fields; i++)
    bind_field (stmt, 4 + i, &info->fields[i], record);

  ok = step_done (self, stmt, _("Could not add the record."), error);
  if (ok)
    header->id = sqlite3_last_insert_rowid (self->db);
  return finish_action (self, ok, error);
}

/**
 * lds_store_update:
 * @record: the record with its new values, found by its id
 *
 * Writes the record's fields when any differs from what is stored (then
 * modified_at becomes now); an update that changes nothing is no action.
 */
gboolean
lds_store_update (LdsStore       *self,
                  LdsRecordType   type,
                  gpointer        record,
                  GError        **error)
{
  const LdsRecordInfo *info;
  LdsRecord *header = record;
  gpointer stored = NULL;
  GError *invalid = NULL;
  sqlite3_stmt *stmt;
  gboolean ok;
  guint i;

  g_return_val_if_fail (LDS_IS_STORE (self), FALSE);
  g_return_val_if_fail (type < LDS_N_RECORD_TYPES, FALSE);
  g_return_val_if_fail (record != NULL && header->id != 0, FALSE);

  if (!lds_record_validate (type, record, NULL, &invalid))
    {
      set_validation_error (error, invalid);
      return FALSE;
    }

  if (!lds_store_begin (self, _(action_names[type][OP_UPDATE]), error))
    return FALSE;

  stored = lds_store_get (self, type, header->id, error);
  if (stored == NULL)
    return finish_action (self, FALSE, error);
  if (lds_record_equal (type, stored, record))
    {
      lds_record_free (type, stored);
      return finish_action (self, TRUE, error);
    }
  lds_record_free (type, stored);

  stmt = _lds_store_prepare (self, sql_for (type)->update, error);
  if (stmt == NULL)
    return finish_action (self, FALSE, error);

  info = lds_record_info (type);
  header->modified_at = MAX (lds_now (), header->created_at);
  sqlite3_bind_int64 (stmt, 1, header->modified_at);
  for (i = 0; i < info->n_fields; i++)
    bind_field (stmt, 2 + i, &info->fields[i], record);
  sqlite3_bind_int64 (stmt, 2 + i, header->id);

  ok = step_done (self, stmt, _("Could not change the record."), error);
  return finish_action (self, ok, error);
}

gboolean
lds_store_delete (LdsStore       *self,
                  LdsRecordType   type,
                  LdsId           id,
                  GError        **error)
{
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (LDS_IS_STORE (self), FALSE);
  g_return_val_if_fail (type < LDS_N_RECORD_TYPES, FALSE);

  if (!lds_store_begin (self, _(action_names[type][OP_DELETE]), error))
    return FALSE;

  stmt = _lds_store_prepare (self, sql_for (type)->delete, error);
  if (stmt == NULL)
    return finish_action (self, FALSE, error);
  sqlite3_bind_int64 (stmt, 1, id);
  ok = step_done (self, stmt, _("Could not delete the record."), error);
  if (ok && sqlite3_changes (self->db) == 0)
    {
      g_set_error_literal (error, LDS_STORE_ERROR, LDS_STORE_ERROR_NO_RECORD,
                           _("The record no longer exists."));
      ok = FALSE;
    }
  return finish_action (self, ok, error);
}

static gpointer
get_one (LdsStore       *self,
         LdsRecordType   type,
         const char     *where,
         const char     *text_key,
         LdsId           id_key,
         GError        **error)
{
  g_autofree char *sql = _lds_store_select_sql (type, where);
  sqlite3_stmt *stmt;
  gpointer record = NULL;
  int rc;

  stmt = _lds_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;
  if (text_key != NULL)
    sqlite3_bind_text (stmt, 1, text_key, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_int64 (stmt, 1, id_key);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    record = _lds_store_read_row (type, stmt);
  else if (rc == SQLITE_DONE)
    g_set_error_literal (error, LDS_STORE_ERROR, LDS_STORE_ERROR_NO_RECORD,
                         _("The record no longer exists."));
  else
    _lds_store_set_sqlite_error (self, error, sqlite3_extended_errcode (self->db),
                                 _("Could not read the organisation."));
  sqlite3_reset (stmt);
  return record;
}

gpointer
lds_store_get (LdsStore       *self,
               LdsRecordType   type,
               LdsId           id,
               GError        **error)
{
  g_return_val_if_fail (LDS_IS_STORE (self), NULL);
  g_return_val_if_fail (type < LDS_N_RECORD_TYPES, NULL);

  return get_one (self, type, "id = ?", NULL, id, error);
}

gpointer
lds_store_get_by_uuid (LdsStore       *self,
                       LdsRecordType   type,
                       const char     *uuid,
                       GError        **error)
{
  g_return_val_if_fail (LDS_IS_STORE (self), NULL);
  g_return_val_if_fail (type < LDS_N_RECORD_TYPES, NULL);
  g_return_val_if_fail (uuid != NULL, NULL);

  return get_one (self, type, "uuid = ?", uuid, 0, error);
}

static GPtrArray *
list_where (LdsStore       *self,
            LdsRecordType   type,
            const char     *where,
            LdsId           key,
            GError        **error)
{
  g_autofree char *sql = _lds_store_select_sql (type, where);
  g_autoptr(GPtrArray) records = NULL;
  sqlite3_stmt *stmt;
  int rc;

  stmt = _lds_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;
  if (where != NULL)
    sqlite3_bind_int64 (stmt, 1, key);

  records = g_ptr_array_new_with_free_func (lds_record_free_func (type));

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (records, _lds_store_read_row (type, stmt));
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      _lds_store_set_sqlite_error (self, error, rc, _("Could not read the organisation."));
      return NULL;
    }
  return g_steal_pointer (&records);
}

/**
 * lds_store_list:
 *
 * Returns: (transfer full) (element-type gpointer): every record of @type,
 *   in its natural order (position, dates)
 */
GPtrArray *
lds_store_list (LdsStore       *self,
                LdsRecordType   type,
                GError        **error)
{
  g_return_val_if_fail (LDS_IS_STORE (self), NULL);
  g_return_val_if_fail (type < LDS_N_RECORD_TYPES, NULL);

  return list_where (self, type, NULL, 0, error);
}

/**
 * lds_store_list_by:
 * @ref_field: a reference field of @type, such as "objective_id"
 * @ref_id: the record it must point at, or 0 for "none"
 *
 * Returns: (transfer full) (element-type gpointer): the records of @type
 *   whose @ref_field is @ref_id
 */
GPtrArray *
lds_store_list_by (LdsStore       *self,
                   LdsRecordType   type,
                   const char     *ref_field,
                   LdsId           ref_id,
                   GError        **error)
{
  const LdsField *field;
  g_autofree char *where = NULL;

  g_return_val_if_fail (LDS_IS_STORE (self), NULL);
  g_return_val_if_fail (type < LDS_N_RECORD_TYPES, NULL);

  field = lds_record_info_find_field (lds_record_info (type), ref_field);
  g_return_val_if_fail (field != NULL && field->kind == LDS_FIELD_REF, NULL);

  if (ref_id == 0)
    {
      where = g_strdup_printf ("%s IS NULL AND ? = 0", field->name);
      return list_where (self, type, where, 0, error);
    }
  where = g_strdup_printf ("%s = ?", field->name);
  return list_where (self, type, where, ref_id, error);
}

/**
 * lds_store_count:
 *
 * Returns: the number of records of @type, or -1 when the file cannot be read
 */
gint64
lds_store_count (LdsStore       *self,
                 LdsRecordType   type)
{
  sqlite3_stmt *stmt;
  gint64 count = -1;

  g_return_val_if_fail (LDS_IS_STORE (self), -1);
  g_return_val_if_fail (type < LDS_N_RECORD_TYPES, -1);

  stmt = _lds_store_prepare (self, sql_for (type)->count, NULL);
  if (stmt == NULL)
    return -1;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    count = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return count;
}
