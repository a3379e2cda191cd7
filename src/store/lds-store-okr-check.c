/* lds-store-okr-check.c: what only the organisation can tell about a record
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lds-store"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lds-format.h"
#include "lds-store-okr.h"
#include "lds-store-private.h"
#include "lds-validate.h"

#define FAIL(field_name, ...)                                               \
  G_STMT_START {                                                            \
    if (field != NULL)                                                      \
      *field = field_name;                                                  \
    g_set_error (error, LDS_STORE_ERROR, LDS_STORE_ERROR_INVALID, __VA_ARGS__); \
    return FALSE;                                                           \
  } G_STMT_END

static gboolean
is_below (GHashTable *parents,
          LdsId       id,
          LdsId       ancestor)
{
  for (guint guard = 0; id != 0 && guard < 256; guard++)
    {
      if (id == ancestor)
        return TRUE;
      id = GPOINTER_TO_SIZE (g_hash_table_lookup (parents, GSIZE_TO_POINTER (id)));
    }
  return FALSE;
}

/* Whether @candidate is @id or lies below it, in the units or the cycles. */
static gboolean
in_own_branch (LdsStore       *store,
               LdsRecordType   type,
               LdsId           id,
               LdsId           candidate)
{
  g_autoptr(GPtrArray) all = lds_store_list (store, type, NULL);
  g_autoptr(GHashTable) parents = g_hash_table_new (NULL, NULL);

  for (guint i = 0; all != NULL && i < all->len; i++)
    {
      LdsRecord *record = g_ptr_array_index (all, i);
      LdsId parent = type == LDS_RECORD_UNIT ? ((LdsUnit *) record)->parent_id
                                             : ((LdsCycle *) record)->parent_id;

      g_hash_table_insert (parents, GSIZE_TO_POINTER (record->id), GSIZE_TO_POINTER (parent));
    }
  return is_below (parents, candidate, id);
}

static gboolean
check_cycle (LdsStore        *store,
             const LdsCycle  *cycle,
             const char     **field,
             GError         **error)
{
  g_autoptr(GPtrArray) children = NULL;

  if (cycle->parent_id != 0)
    {
      g_autoptr(LdsCycle) parent = lds_store_get (store, LDS_RECORD_CYCLE, cycle->parent_id, NULL);

      if (parent == NULL)
        FAIL ("parent_id", _("The cycle it belongs to no longer exists."));
      if (cycle->id != 0 && in_own_branch (store, LDS_RECORD_CYCLE, cycle->id, cycle->parent_id))
        FAIL ("parent_id", _("A cycle cannot be placed inside itself or inside one of its own "
                             "cycles."));
      if (g_strcmp0 (cycle->start_date, parent->start_date) < 0)
        {
          g_autofree char *day = lds_format_date (parent->start_date);

          /* Translators: %1$s is a cycle's name, %2$s its start date ("1 Oct 2026") */
          FAIL ("start_date", _("This date is outside “%1$s”, the cycle it belongs to, which "
                                "starts on %2$s."), parent->name, day);
        }
      if (g_strcmp0 (cycle->end_date, parent->end_date) > 0)
        {
          g_autofree char *day = lds_format_date (parent->end_date);

          /* Translators: %1$s is a cycle's name, %2$s its end date ("31 Dec 2026") */
          FAIL ("end_date", _("This date is outside “%1$s”, the cycle it belongs to, which ends "
                              "on %2$s."), parent->name, day);
        }
    }

  if (cycle->id == 0)
    return TRUE;
  children = lds_store_list_by (store, LDS_RECORD_CYCLE, "parent_id", cycle->id, NULL);
  for (guint i = 0; children != NULL && i < children->len; i++)
    {
      LdsCycle *child = g_ptr_array_index (children, i);

      if (g_strcmp0 (child->start_date, cycle->start_date) < 0)
        {
          g_autofree char *day = lds_format_date (child->start_date);

          /* Translators: %1$s is a cycle's name, %2$s a date ("1 Oct 2026") */
          FAIL ("start_date", _("“%1$s”, a cycle inside this one, starts earlier, on %2$s."),
                child->name, day);
        }
      if (g_strcmp0 (child->end_date, cycle->end_date) > 0)
        {
          g_autofree char *day = lds_format_date (child->end_date);

          /* Translators: %1$s is a cycle's name, %2$s a date ("31 Dec 2026") */
          FAIL ("end_date", _("“%1$s”, a cycle inside this one, ends later, on %2$s."),
                child->name, day);
        }
    }
  return TRUE;
}

static gboolean
check_action_plan (LdsStore             *store,
                   const LdsActionPlan  *plan,
                   const char          **field,
                   GError              **error)
{
  g_autoptr(LdsKeyResult) kr = NULL;
  g_autoptr(LdsObjective) o = NULL;
  g_autoptr(LdsCycle) cycle = NULL;

  if (plan->due_date == NULL)
    return TRUE;
  kr = lds_store_get (store, LDS_RECORD_KEY_RESULT, plan->key_result_id, NULL);
  o = kr != NULL ? lds_store_get (store, LDS_RECORD_OBJECTIVE, kr->objective_id, NULL) : NULL;
  cycle = o != NULL ? lds_store_get (store, LDS_RECORD_CYCLE, o->cycle_id, NULL) : NULL;
  if (cycle != NULL && (g_strcmp0 (plan->due_date, cycle->start_date) < 0 ||
                        g_strcmp0 (plan->due_date, cycle->end_date) > 0))
    {
      g_autofree char *due = lds_format_date (plan->due_date);
      g_autofree char *first = lds_format_date (cycle->start_date);
      g_autofree char *last = lds_format_date (cycle->end_date);

      /* Translators: %1$s is a date, %2$s a cycle's name, %3$s and %4$s its first and last
       * days, written as dates are ("22 Nov 2026") */
      FAIL ("due_date", _("%1$s is outside the cycle “%2$s” (%3$s to %4$s)."), due, cycle->name,
            first, last);
    }
  return TRUE;
}

static gboolean
exists (LdsStore      *store,
        LdsRecordType  type,
        LdsId          id)
{
  gpointer record = lds_store_get (store, type, id, NULL);

  if (record == NULL)
    return FALSE;
  lds_record_free (type, record);
  return TRUE;
}

/**
 * lds_store_check_record:
 * @field: (out) (optional): the field at fault
 *
 * What lds_record_validate() checks, and what only the organisation can
 * tell: that the records referred to exist, that a unit or cycle is not put
 * inside itself, that a cycle lies within the cycle it belongs to, that a
 * due date lies within its cycle. Editors call it before saving, to show
 * the message at the field.
 */
gboolean
lds_store_check_record (LdsStore       *store,
                        LdsRecordType   type,
                        gconstpointer   record,
                        const char    **field,
                        GError        **error)
{
  g_autoptr(GError) invalid = NULL;

  g_return_val_if_fail (LDS_IS_STORE (store), FALSE);
  g_return_val_if_fail (record != NULL, FALSE);

  if (!lds_record_validate (type, record, field, &invalid))
    {
      g_set_error_literal (error, LDS_STORE_ERROR, LDS_STORE_ERROR_INVALID, invalid->message);
      return FALSE;
    }

  switch (type)
    {
    case LDS_RECORD_CYCLE:
      return check_cycle (store, record, field, error);
    case LDS_RECORD_UNIT:
      {
        const LdsUnit *unit = record;

        if (unit->parent_id != 0 && !exists (store, LDS_RECORD_UNIT, unit->parent_id))
          FAIL ("parent_id", _("The unit above no longer exists."));
        if (unit->id != 0 && unit->parent_id != 0 &&
            in_own_branch (store, LDS_RECORD_UNIT, unit->id, unit->parent_id))
          FAIL ("parent_id", _("A unit cannot be placed inside itself or inside one of its own "
                               "teams."));
      }
      break;
    case LDS_RECORD_PERSON:
      if (!exists (store, LDS_RECORD_UNIT, ((const LdsPerson *) record)->unit_id))
        FAIL ("unit_id", _("The unit no longer exists."));
      break;
    case LDS_RECORD_OBJECTIVE:
      {
        const LdsObjective *o = record;

        if (!exists (store, LDS_RECORD_CYCLE, o->cycle_id))
          FAIL ("cycle_id", _("The cycle no longer exists."));
        if (o->owner_unit_id != 0 ? !exists (store, LDS_RECORD_UNIT, o->owner_unit_id)
                                  : !exists (store, LDS_RECORD_PERSON, o->owner_person_id))
          FAIL ("owner_unit_id", _("The owner no longer exists."));
      }
      break;
    case LDS_RECORD_KEY_RESULT:
      {
        const LdsKeyResult *kr = record;

        if (kr->owner_id != 0 && !exists (store, LDS_RECORD_PERSON, kr->owner_id))
          FAIL ("owner_id", _("The owner no longer exists."));
      }
      break;
    case LDS_RECORD_ACTION_PLAN:
      return check_action_plan (store, record, field, error);
    default:
      break;
    }
  return TRUE;
}

