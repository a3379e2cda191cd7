/* lds-store-okr.c: edits of the OKR workspace that take several writes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Built on the generic record functions, so that every row written goes
 * through the same validation, search index and undo recording; each
 * function wraps its writes in one named action.
 */

#define G_LOG_DOMAIN "lds-store"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "lds-date.h"
#include "lds-store-okr.h"
#include "lds-store-private.h"
#include "lds-store-revision.h"
#include "lds-tracking.h"

/* Helpers */

gboolean
_lds_store_finish (LdsStore  *store,
                   gboolean   ok,
                   GError   **error)
{
  if (!ok)
    {
      lds_store_rollback (store);
      return FALSE;
    }
  return lds_store_commit (store, error);
}

static int *
position_of (LdsRecordType type,
             gpointer      record)
{
  const LdsField *field = lds_record_info_find_field (lds_record_info (type), "position");

  g_assert (field != NULL);
  return LDS_FIELD_PTR (record, field, int);
}

/* A record's header made new, so that inserting it makes a new record. */
void
_lds_store_reset_header (gpointer record)
{
  LdsRecord *header = record;

  header->id = 0;
  g_clear_pointer (&header->uuid, g_free);
  header->created_at = 0;
  header->modified_at = 0;
}

/* The records that share @record's place in a list, @record included when
 * it is stored, in their order. */
static GPtrArray *
siblings (LdsStore       *store,
          LdsRecordType   type,
          gconstpointer   record,
          GError        **error)
{
  switch (type)
    {
    case LDS_RECORD_OBJECTIVE:
      {
        const LdsObjective *o = record;
        GPtrArray *all = o->owner_unit_id != 0
          ? lds_store_list_by (store, type, "owner_unit_id", o->owner_unit_id, error)
          : lds_store_list_by (store, type, "owner_person_id", o->owner_person_id, error);

        for (guint i = 0; all != NULL && i < all->len;)
          {
            if (((LdsObjective *) g_ptr_array_index (all, i))->cycle_id != o->cycle_id)
              g_ptr_array_remove_index (all, i);
            else
              i++;
          }
        return all;
      }
    case LDS_RECORD_KEY_RESULT:
      return lds_store_list_by (store, type, "objective_id",
                                ((const LdsKeyResult *) record)->objective_id, error);
    case LDS_RECORD_UNIT:
      return lds_store_list_by (store, type, "parent_id", ((const LdsUnit *) record)->parent_id,
                                error);
    case LDS_RECORD_PERSON:
      return lds_store_list_by (store, type, "unit_id", ((const LdsPerson *) record)->unit_id,
                                error);
    case LDS_RECORD_CYCLE:
      return lds_store_list_by (store, type, "parent_id", ((const LdsCycle *) record)->parent_id,
                                error);
    case LDS_RECORD_ACTION_PLAN:
      return lds_store_list_by (store, type, "key_result_id",
                                ((const LdsActionPlan *) record)->key_result_id, error);
    case LDS_RECORD_KPI:
      return lds_store_list_by (store, type, "unit_id", ((const LdsKpi *) record)->unit_id, error);
    default:
      g_return_val_if_reached (NULL);
    }
}

int
_lds_store_next_position (LdsStore       *store,
               LdsRecordType   type,
               gconstpointer   record,
               GError        **error)
{
  g_autoptr(GPtrArray) others = siblings (store, type, record, error);
  int position = 0;

  if (others == NULL)
    return -1;
  for (guint i = 0; i < others->len; i++)
    {
      LdsRecord *other = g_ptr_array_index (others, i);

      if (other->id != ((const LdsRecord *) record)->id)
        position = MAX (position, *position_of (type, other) + 1);
    }
  return position;
}

/* An objective or key result added once its cycle is under way is marked
 * "added mid-cycle" (OKR-METHOD.md, "Time"). */
static void
mark_mid_cycle (LdsStore      *store,
                LdsRecordType  type,
                gpointer       record)
{
  g_autoptr(LdsCycle) cycle = NULL;

  if (type != LDS_RECORD_OBJECTIVE && type != LDS_RECORD_KEY_RESULT)
    return;
  cycle = lds_store_cycle_of_record (store, type, record);
  if (!lds_cycle_is_under_way (cycle, lds_now ()))
    return;
  if (type == LDS_RECORD_OBJECTIVE)
    ((LdsObjective *) record)->mid_cycle = TRUE;
  else
    ((LdsKeyResult *) record)->mid_cycle = TRUE;
}

/**
 * lds_store_append:
 * @record: a new unit, person, cycle, objective, key result, step or KPI
 *
 * Adds @record after the others in its list (an owner's objectives in a
 * cycle, an objective's key results, a unit's teams…), as one action named
 * like lds_store_insert()'s.
 */
gboolean
lds_store_append (LdsStore       *store,
                  LdsRecordType   type,
                  gpointer        record,
                  GError        **error)
{
  const char *field = NULL;
  int position;

  g_return_val_if_fail (LDS_IS_STORE (store), FALSE);
  g_return_val_if_fail (record != NULL && ((LdsRecord *) record)->id == 0, FALSE);

  if (!lds_store_check_record (store, type, record, &field, error))
    return FALSE;
  mark_mid_cycle (store, type, record);
  position = _lds_store_next_position (store, type, record, error);
  if (position < 0)
    return FALSE;
  *position_of (type, record) = position;
  return lds_store_insert (store, type, record, error);
}

static const char *
reorder_name (LdsRecordType type)
{
  switch (type)
    {
    case LDS_RECORD_OBJECTIVE:
      return _("Reorder Objectives");
    case LDS_RECORD_KEY_RESULT:
      return _("Reorder Key Results");
    case LDS_RECORD_UNIT:
      return _("Reorder Units");
    case LDS_RECORD_PERSON:
      return _("Reorder People");
    case LDS_RECORD_CYCLE:
      return _("Reorder Cycles");
    default:
      return _("Reorder");
    }
}

/**
 * lds_store_reorder:
 * @index: where @id goes among its siblings (0 first; past the end means last)
 *
 * Moves a record within its list and numbers the list again, as one action.
 */
gboolean
lds_store_reorder (LdsStore       *store,
                   LdsRecordType   type,
                   LdsId           id,
                   guint           index,
                   GError        **error)
{
  g_autoptr(GPtrArray) list = NULL;
  gpointer record;
  gboolean ok = TRUE;
  guint from = G_MAXUINT;

  g_return_val_if_fail (LDS_IS_STORE (store), FALSE);

  record = lds_store_get (store, type, id, error);
  if (record == NULL)
    return FALSE;
  list = siblings (store, type, record, error);
  lds_record_free (type, record);
  if (list == NULL)
    return FALSE;

  for (guint i = 0; i < list->len; i++)
    if (((LdsRecord *) g_ptr_array_index (list, i))->id == id)
      from = i;
  g_assert (from != G_MAXUINT);

  index = MIN (index, list->len - 1);
  record = g_ptr_array_steal_index (list, from);
  g_ptr_array_insert (list, index, record);

  if (!lds_store_begin (store, reorder_name (type), error))
    return FALSE;
  for (guint i = 0; ok && i < list->len; i++)
    {
      gpointer sibling = g_ptr_array_index (list, i);

      if (*position_of (type, sibling) == (int) i)
        continue;
      *position_of (type, sibling) = i;
      ok = lds_store_update (store, type, sibling, error);
    }
  return _lds_store_finish (store, ok, error);
}

/* Objectives */

static gboolean
copy_links_from (LdsStore  *store,
                 LdsId      from_id,
                 LdsId      to_id,
                 GError   **error)
{
  g_autoptr(GPtrArray) links = lds_store_list_by (store, LDS_RECORD_LINK, "from_id", from_id, error);

  if (links == NULL)
    return FALSE;
  for (guint i = 0; i < links->len; i++)
    {
      LdsLink *link = g_ptr_array_index (links, i);

      _lds_store_reset_header (link);
      link->from_id = to_id;
      if (!lds_store_insert (store, LDS_RECORD_LINK, link, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * lds_store_duplicate_objective:
 * @copy_id: (out) (optional): the new objective
 *
 * Copies an objective, with its key results and the links it makes (what
 * it aligns to, what it depends on), just after it in its owner's list.
 */
gboolean
lds_store_duplicate_objective (LdsStore  *store,
                               LdsId      objective_id,
                               LdsId     *copy_id,
                               GError   **error)
{
  g_autoptr(LdsObjective) o = NULL;
  g_autoptr(GPtrArray) krs = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autofree char *title = NULL;
  guint index = 0;
  gboolean ok = TRUE;

  g_return_val_if_fail (LDS_IS_STORE (store), FALSE);

  o = lds_store_get (store, LDS_RECORD_OBJECTIVE, objective_id, error);
  if (o == NULL)
    return FALSE;
  krs = lds_store_list_by (store, LDS_RECORD_KEY_RESULT, "objective_id", objective_id, error);
  list = siblings (store, LDS_RECORD_OBJECTIVE, o, error);
  if (krs == NULL || list == NULL)
    return FALSE;
  for (guint i = 0; i < list->len; i++)
    if (((LdsRecord *) g_ptr_array_index (list, i))->id == objective_id)
      index = i + 1;

  if (!lds_store_begin (store, _("Duplicate Objective"), error))
    return FALSE;

  _lds_store_reset_header (o);
  /* Translators: the title of a copy of an objective; %s is the original's title */
  title = g_strdup_printf (_("%s (copy)"), o->title);
  lds_set_text (&o->title, title);
  o->position = list->len;
  ok = lds_store_insert (store, LDS_RECORD_OBJECTIVE, o, error);

  for (guint i = 0; ok && i < krs->len; i++)
    {
      LdsKeyResult *kr = g_ptr_array_index (krs, i);

      _lds_store_reset_header (kr);
      kr->objective_id = o->id;
      ok = lds_store_insert (store, LDS_RECORD_KEY_RESULT, kr, error);
    }
  ok = ok && copy_links_from (store, objective_id, o->id, error);
  ok = ok && lds_store_reorder (store, LDS_RECORD_OBJECTIVE, o->id, index, error);

  if (ok && copy_id != NULL)
    *copy_id = o->id;
  return _lds_store_finish (store, ok, error);
}

/**
 * lds_store_move_objective:
 * @owner_type: %LDS_RECORD_UNIT or %LDS_RECORD_PERSON
 *
 * Gives an objective, with its key results and links, to another owner or
 * another cycle (or both); it goes at the end of its new owner's list.
 */
gboolean
lds_store_move_objective (LdsStore       *store,
                          LdsId           objective_id,
                          LdsRecordType   owner_type,
                          LdsId           owner_id,
                          LdsId           cycle_id,
                          GError        **error)
{
  g_autoptr(LdsObjective) o = NULL;
  const char *field = NULL;
  int position;

  g_return_val_if_fail (LDS_IS_STORE (store), FALSE);
  g_return_val_if_fail (owner_type == LDS_RECORD_UNIT || owner_type == LDS_RECORD_PERSON, FALSE);

  o = lds_store_get (store, LDS_RECORD_OBJECTIVE, objective_id, error);
  if (o == NULL)
    return FALSE;
  if (o->cycle_id == cycle_id &&
      (owner_type == LDS_RECORD_UNIT ? o->owner_unit_id : o->owner_person_id) == owner_id)
    return TRUE;

  o->owner_unit_id = owner_type == LDS_RECORD_UNIT ? owner_id : 0;
  o->owner_person_id = owner_type == LDS_RECORD_PERSON ? owner_id : 0;
  o->cycle_id = cycle_id;
  if (!lds_store_check_record (store, LDS_RECORD_OBJECTIVE, o, &field, error))
    return FALSE;
  position = _lds_store_next_position (store, LDS_RECORD_OBJECTIVE, o, error);
  if (position < 0)
    return FALSE;
  o->position = position;

  if (!lds_store_begin (store, _("Move Objective"), error))
    return FALSE;
  return _lds_store_finish (store, lds_store_update (store, LDS_RECORD_OBJECTIVE, o, error), error);
}

