/* lds-store-okr-org.c: moving and deleting units and people with their OKRs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lds-store"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lds-store-okr.h"
#include "lds-store-private.h"

/* Units and people */

/**
 * lds_store_move_unit:
 * @parent_id: the unit to put it in
 *
 * Moves a unit, with its teams, people and their OKRs, under another unit.
 */
gboolean
lds_store_move_unit (LdsStore  *store,
                     LdsId      unit_id,
                     LdsId      parent_id,
                     GError   **error)
{
  g_autoptr(LdsUnit) unit = NULL;
  const char *field = NULL;
  int position;

  g_return_val_if_fail (LDS_IS_STORE (store), FALSE);

  unit = lds_store_get (store, LDS_RECORD_UNIT, unit_id, error);
  if (unit == NULL)
    return FALSE;
  if (unit->parent_id == parent_id)
    return TRUE;
  unit->parent_id = parent_id;
  if (!lds_store_check_record (store, LDS_RECORD_UNIT, unit, &field, error))
    return FALSE;
  position = _lds_store_next_position (store, LDS_RECORD_UNIT, unit, error);
  if (position < 0)
    return FALSE;
  unit->position = position;

  if (!lds_store_begin (store, _("Move Unit"), error))
    return FALSE;
  return _lds_store_finish (store, lds_store_update (store, LDS_RECORD_UNIT, unit, error), error);
}

gboolean
lds_store_move_person (LdsStore  *store,
                       LdsId      person_id,
                       LdsId      unit_id,
                       GError   **error)
{
  g_autoptr(LdsPerson) person = NULL;
  const char *field = NULL;
  int position;

  g_return_val_if_fail (LDS_IS_STORE (store), FALSE);

  person = lds_store_get (store, LDS_RECORD_PERSON, person_id, error);
  if (person == NULL)
    return FALSE;
  if (person->unit_id == unit_id)
    return TRUE;
  person->unit_id = unit_id;
  if (!lds_store_check_record (store, LDS_RECORD_PERSON, person, &field, error))
    return FALSE;
  position = _lds_store_next_position (store, LDS_RECORD_PERSON, person, error);
  if (position < 0)
    return FALSE;
  person->position = position;

  if (!lds_store_begin (store, _("Move Person"), error))
    return FALSE;
  return _lds_store_finish (store, lds_store_update (store, LDS_RECORD_PERSON, person, error), error);
}

/* The units of a branch, the top one first, each before the units below it. */
static GArray *
branch_units (LdsStore  *store,
              LdsId      unit_id,
              GError   **error)
{
  g_autoptr(GPtrArray) units = lds_store_list (store, LDS_RECORD_UNIT, error);
  GArray *branch;

  if (units == NULL)
    return NULL;
  branch = g_array_new (FALSE, FALSE, sizeof (LdsId));
  g_array_append_val (branch, unit_id);
  for (guint i = 0; i < branch->len; i++)
    {
      LdsId parent = g_array_index (branch, LdsId, i);

      for (guint j = 0; j < units->len; j++)
        {
          LdsUnit *unit = g_ptr_array_index (units, j);

          if (unit->parent_id == parent && unit->id != unit_id && branch->len < 100000)
            g_array_append_val (branch, unit->id);
        }
    }
  return branch;
}

gboolean
lds_store_count_branch (LdsStore         *store,
                        LdsRecordType     type,
                        LdsId             id,
                        LdsBranchCounts  *counts,
                        GError          **error)
{
  static const char unit_sql[] =
    "WITH RECURSIVE branch (id) AS ("
    "  SELECT ?1 UNION SELECT units.id FROM units JOIN branch ON units.parent_id = branch.id)"
    " SELECT (SELECT count(*) FROM branch) - 1,"
    "  (SELECT count(*) FROM people WHERE unit_id IN branch),"
    "  (SELECT count(*) FROM objectives WHERE owner_unit_id IN branch"
    "     OR owner_person_id IN (SELECT id FROM people WHERE unit_id IN branch))";
  static const char person_sql[] =
    "SELECT 0, 0, (SELECT count(*) FROM objectives WHERE owner_person_id = ?1)";
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (LDS_IS_STORE (store), FALSE);
  g_return_val_if_fail (counts != NULL, FALSE);

  memset (counts, 0, sizeof *counts);
  stmt = _lds_store_prepare (store, type == LDS_RECORD_UNIT ? unit_sql : person_sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      counts->n_units = sqlite3_column_int (stmt, 0);
      counts->n_people = sqlite3_column_int (stmt, 1);
      counts->n_objectives = sqlite3_column_int (stmt, 2);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    {
      _lds_store_set_sqlite_error (store, error, rc, _("Could not read the organisation."));
      return FALSE;
    }
  return TRUE;
}

/* Moves or deletes the objectives of one owner. */
static gboolean
settle_objectives (LdsStore       *store,
                   const char     *owner_field,
                   LdsId           owner_id,
                   LdsOkrFate      fate,
                   LdsId           heir_unit_id,
                   GError        **error)
{
  g_autoptr(GPtrArray) objectives = lds_store_list_by (store, LDS_RECORD_OBJECTIVE, owner_field,
                                                       owner_id, error);

  if (objectives == NULL)
    return FALSE;
  for (guint i = 0; i < objectives->len; i++)
    {
      LdsObjective *o = g_ptr_array_index (objectives, i);
      gboolean ok;

      if (fate == LDS_OKR_FATE_DELETE)
        ok = lds_store_delete (store, LDS_RECORD_OBJECTIVE, o->id, error);
      else
        ok = lds_store_move_objective (store, o->id, LDS_RECORD_UNIT, heir_unit_id, o->cycle_id,
                                       error);
      if (!ok)
        return FALSE;
    }
  return TRUE;
}

/**
 * lds_store_delete_unit:
 * @fate: what becomes of the objectives of the unit, of the units below it
 *   and of their people: moved to the unit above, or deleted
 *
 * Deletes a unit with the units below it and their people.
 */
gboolean
lds_store_delete_unit (LdsStore    *store,
                       LdsId        unit_id,
                       LdsOkrFate   fate,
                       GError     **error)
{
  g_autoptr(LdsUnit) unit = NULL;
  g_autoptr(GArray) branch = NULL;
  gboolean ok = TRUE;

  g_return_val_if_fail (LDS_IS_STORE (store), FALSE);

  unit = lds_store_get (store, LDS_RECORD_UNIT, unit_id, error);
  if (unit == NULL)
    return FALSE;
  if (fate == LDS_OKR_FATE_MOVE && unit->parent_id == 0)
    {
      g_set_error_literal (error, LDS_STORE_ERROR, LDS_STORE_ERROR_INVALID,
                           _("There is no unit above the company to take its objectives."));
      return FALSE;
    }
  branch = branch_units (store, unit_id, error);
  if (branch == NULL)
    return FALSE;

  if (!lds_store_begin (store, _("Delete Unit"), error))
    return FALSE;

  for (guint i = 0; ok && i < branch->len; i++)
    {
      LdsId id = g_array_index (branch, LdsId, i);
      g_autoptr(GPtrArray) people = lds_store_list_by (store, LDS_RECORD_PERSON, "unit_id", id,
                                                       error);

      ok = people != NULL &&
           settle_objectives (store, "owner_unit_id", id, fate, unit->parent_id, error);
      for (guint j = 0; ok && j < people->len; j++)
        {
          LdsPerson *person = g_ptr_array_index (people, j);

          ok = settle_objectives (store, "owner_person_id", person->id, fate, unit->parent_id,
                                  error) &&
               lds_store_delete (store, LDS_RECORD_PERSON, person->id, error);
        }
    }
  /* The units below first: a unit is deleted once nothing refers to it. */
  for (guint i = branch->len; ok && i > 0; i--)
    ok = lds_store_delete (store, LDS_RECORD_UNIT, g_array_index (branch, LdsId, i - 1), error);

  return _lds_store_finish (store, ok, error);
}

/**
 * lds_store_delete_person:
 * @fate: what becomes of the person's objectives: moved to their unit,
 *   or deleted
 */
gboolean
lds_store_delete_person (LdsStore    *store,
                         LdsId        person_id,
                         LdsOkrFate   fate,
                         GError     **error)
{
  g_autoptr(LdsPerson) person = NULL;
  gboolean ok;

  g_return_val_if_fail (LDS_IS_STORE (store), FALSE);

  person = lds_store_get (store, LDS_RECORD_PERSON, person_id, error);
  if (person == NULL)
    return FALSE;
  if (!lds_store_begin (store, _("Delete Person"), error))
    return FALSE;
  ok = settle_objectives (store, "owner_person_id", person_id, fate, person->unit_id, error) &&
       lds_store_delete (store, LDS_RECORD_PERSON, person_id, error);
  return _lds_store_finish (store, ok, error);
}
