/* lds-store-map.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lds-store"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "lds-store-map.h"
#include "lds-store-private.h"

/* Which objectives: a cycle's, all of them, or a JSON array of ids: the
 * WHERE clause of each query below. Separate texts, so that SQLite uses the
 * index that fits each. */
static const char where_cycle[] = "o.cycle_id = ?1";
static const char where_all[] = "?1 = 0";
static const char where_ids[] = "o.id IN (SELECT value FROM json_each (?2))";

static const char objectives_sql[] =
  "SELECT o.id, o.cycle_id, o.owner_unit_id, o.owner_person_id, o.title, o.type, o.status,"
  "  o.visibility, o.self_driven, o.mid_cycle, o.position,"
  "  coalesce (u.name, p.name, ''), coalesce (u.kind, 'team'), p.unit_id, c.name,"
  "  coalesce (p.position, 0), o.created_at"
  " FROM objectives o"
  " LEFT JOIN units u ON u.id = o.owner_unit_id"
  " LEFT JOIN people p ON p.id = o.owner_person_id"
  " JOIN cycles c ON c.id = o.cycle_id";
static const char objectives_order[] = " ORDER BY o.position, o.id";

static const char key_results_sql[] =
  "SELECT k.id, k.objective_id, k.title, k.metric, k.start_value, k.target_value,"
  "  k.current_value, k.unit_label, k.direction, k.weight, k.score, k.confidence, k.position,"
  "  k.owner_id, k.mid_cycle, k.created_at"
  " FROM key_results k JOIN objectives o ON o.id = k.objective_id";
static const char key_results_order[] = " ORDER BY k.objective_id, k.position, k.id";

static const char links_sql[] =
  "SELECT l.id, l.kind, l.from_id, l.to_objective_id, l.to_key_result_id, k.objective_id"
  " FROM links l JOIN objectives o ON o.id = l.from_id"
  " LEFT JOIN key_results k ON k.id = l.to_key_result_id";
static const char links_order[] = " ORDER BY l.id";

static int
column_enum (sqlite3_stmt *stmt,
             int           column,
             GType         type)
{
  int value = 0;

  lds_enum_from_nick (type, (const char *) sqlite3_column_text (stmt, column), &value);
  return value;
}

static double
column_real (sqlite3_stmt *stmt,
             int           column)
{
  if (sqlite3_column_type (stmt, column) == SQLITE_NULL)
    return NAN;
  return sqlite3_column_double (stmt, column);
}

static const char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return text != NULL ? text : "";
}

static sqlite3_stmt *
prepare_selection (LdsStore               *store,
                   const char             *select,
                   const char             *order,
                   const LdsMapSelection  *selection,
                   GError                **error)
{
  const char *where = selection->ids != NULL ? where_ids
                    : selection->cycle_id != 0 ? where_cycle : where_all;
  g_autofree char *text = NULL;
  sqlite3_stmt *stmt;

  text = g_strconcat (select, " WHERE ", where, order, NULL);
  stmt = _lds_store_prepare (store, text, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, selection->cycle_id);
  if (selection->ids != NULL)
    {
      GString *ids = g_string_sized_new (16 + selection->n_ids * 8);

      g_string_append_c (ids, '[');
      for (guint i = 0; i < selection->n_ids; i++)
        g_string_append_printf (ids, "%s%" G_GINT64_FORMAT, i > 0 ? "," : "", selection->ids[i]);
      g_string_append_c (ids, ']');
      sqlite3_bind_text (stmt, 2, g_string_free (ids, FALSE), -1, g_free);
    }
  return stmt;
}

static gboolean
finish (LdsStore      *store,
        sqlite3_stmt  *stmt,
        int            rc,
        GError       **error)
{
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  if (rc == SQLITE_DONE)
    return TRUE;
  _lds_store_set_sqlite_error (store, error, rc, _("Could not read the organisation."));
  return FALSE;
}

/**
 * lds_store_map_objectives:
 * @func: called for each objective, in the order of their positions
 *
 * Reads the selected objectives with their owner's name and kind and their
 * cycle's name.
 */
gboolean
lds_store_map_objectives (LdsStore               *store,
                          const LdsMapSelection  *selection,
                          LdsMapObjectiveFunc     func,
                          gpointer                user_data,
                          GError                **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (LDS_IS_STORE (store), FALSE);
  g_return_val_if_fail (selection != NULL && func != NULL, FALSE);

  stmt = prepare_selection (store, objectives_sql, objectives_order, selection, error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      LdsMapObjectiveRow row = { { 0 } };
      LdsObjective *o = &row.objective;

      o->id = sqlite3_column_int64 (stmt, 0);
      o->cycle_id = sqlite3_column_int64 (stmt, 1);
      o->owner_unit_id = sqlite3_column_int64 (stmt, 2);
      o->owner_person_id = sqlite3_column_int64 (stmt, 3);
      o->title = (char *) column_text (stmt, 4);
      o->description = (char *) "";
      o->private_reason = (char *) "";
      o->type = column_enum (stmt, 5, LDS_TYPE_OBJECTIVE_TYPE);
      o->status = column_enum (stmt, 6, LDS_TYPE_OBJECTIVE_STATUS);
      o->visibility = column_enum (stmt, 7, LDS_TYPE_VISIBILITY);
      o->self_driven = sqlite3_column_int (stmt, 8) != 0;
      o->mid_cycle = sqlite3_column_int (stmt, 9) != 0;
      o->position = sqlite3_column_int (stmt, 10);
      row.owner_name = column_text (stmt, 11);
      row.owner_unit_kind = column_enum (stmt, 12, LDS_TYPE_UNIT_KIND);
      row.person_unit_id = sqlite3_column_int64 (stmt, 13);
      row.cycle_name = column_text (stmt, 14);
      row.person_position = sqlite3_column_int (stmt, 15);
      o->created_at = sqlite3_column_int64 (stmt, 16);
      func (&row, user_data);
    }
  return finish (store, stmt, rc, error);
}

/**
 * lds_store_map_key_results:
 * @func: called for each key result of the selected objectives, grouped by
 *   objective, in the order of their positions
 */
gboolean
lds_store_map_key_results (LdsStore               *store,
                           const LdsMapSelection  *selection,
                           LdsMapKeyResultFunc     func,
                           gpointer                user_data,
                           GError                **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (LDS_IS_STORE (store), FALSE);
  g_return_val_if_fail (selection != NULL && func != NULL, FALSE);

  stmt = prepare_selection (store, key_results_sql, key_results_order, selection, error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      LdsKeyResult kr = { 0 };

      kr.id = sqlite3_column_int64 (stmt, 0);
      kr.objective_id = sqlite3_column_int64 (stmt, 1);
      kr.title = (char *) column_text (stmt, 2);
      kr.metric = column_enum (stmt, 3, LDS_TYPE_METRIC);
      kr.start_value = column_real (stmt, 4);
      kr.target_value = column_real (stmt, 5);
      kr.current_value = column_real (stmt, 6);
      kr.unit_label = (char *) column_text (stmt, 7);
      kr.direction = column_enum (stmt, 8, LDS_TYPE_DIRECTION);
      kr.weight = column_real (stmt, 9);
      kr.score = column_real (stmt, 10);
      kr.confidence = sqlite3_column_type (stmt, 11) == SQLITE_NULL ? -1
                                                                     : sqlite3_column_int (stmt, 11);
      kr.position = sqlite3_column_int (stmt, 12);
      kr.owner_id = sqlite3_column_int64 (stmt, 13);
      kr.mid_cycle = sqlite3_column_int (stmt, 14) != 0;
      kr.created_at = sqlite3_column_int64 (stmt, 15);
      kr.score_note = (char *) "";
      func (&kr, user_data);
    }
  return finish (store, stmt, rc, error);
}

/**
 * lds_store_map_links:
 * @func: called for each link (alignment or dependency) that starts at one
 *   of the selected objectives, oldest first
 */
gboolean
lds_store_map_links (LdsStore               *store,
                     const LdsMapSelection  *selection,
                     LdsMapLinkFunc          func,
                     gpointer                user_data,
                     GError                **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (LDS_IS_STORE (store), FALSE);
  g_return_val_if_fail (selection != NULL && func != NULL, FALSE);

  stmt = prepare_selection (store, links_sql, links_order, selection, error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      LdsMapLinkRow row = { { 0 } };

      row.link.id = sqlite3_column_int64 (stmt, 0);
      row.link.kind = column_enum (stmt, 1, LDS_TYPE_LINK_KIND);
      row.link.from_id = sqlite3_column_int64 (stmt, 2);
      row.link.to_objective_id = sqlite3_column_int64 (stmt, 3);
      row.link.to_key_result_id = sqlite3_column_int64 (stmt, 4);
      row.to_key_result_objective_id = sqlite3_column_int64 (stmt, 5);
      func (&row, user_data);
    }
  return finish (store, stmt, rc, error);
}
