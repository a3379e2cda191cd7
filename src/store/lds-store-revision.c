/* lds-store-revision.c: changes to a running cycle, with their reasons
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lds-store"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lds-date.h"
#include "lds-store-private.h"
#include "lds-store-revision.h"
#include "lds-tracking.h"

/**
 * lds_store_cycle_of_record:
 * @type: %LDS_RECORD_OBJECTIVE or %LDS_RECORD_KEY_RESULT
 *
 * Returns: (transfer full) (nullable): the cycle the objective, or the key
 *   result's objective, belongs to
 */
LdsCycle *
lds_store_cycle_of_record (LdsStore      *store,
                           LdsRecordType  type,
                           gconstpointer  record)
{
  LdsId objective_id, cycle_id;

  g_return_val_if_fail (LDS_IS_STORE (store), NULL);
  g_return_val_if_fail (record != NULL, NULL);

  if (type == LDS_RECORD_OBJECTIVE)
    cycle_id = ((const LdsObjective *) record)->cycle_id;
  else if (type == LDS_RECORD_KEY_RESULT)
    {
      g_autoptr(LdsObjective) o = NULL;

      objective_id = ((const LdsKeyResult *) record)->objective_id;
      o = lds_store_get (store, LDS_RECORD_OBJECTIVE, objective_id, NULL);
      if (o == NULL)
        return NULL;
      cycle_id = o->cycle_id;
    }
  else
    return NULL;
  return cycle_id != 0 ? lds_store_get (store, LDS_RECORD_CYCLE, cycle_id, NULL) : NULL;
}

/**
 * lds_store_pending_revisions:
 * @record: an objective or key result with the values it is to take
 *
 * What writing @record would revise: in an active cycle, one LdsRevision
 * (record, field, old and new values) per tracked field it changes; none
 * in a cycle that is planned, in review or closed, where changes are free.
 *
 * Returns: (transfer container) (element-type LdsRevision): the revisions,
 *   maybe none; %NULL with @error set when the record cannot be read
 */
GPtrArray *
lds_store_pending_revisions (LdsStore       *store,
                             LdsRecordType   type,
                             gconstpointer   record,
                             GError        **error)
{
  g_autoptr(LdsCycle) cycle = NULL;
  gpointer stored;
  GPtrArray *revisions;

  g_return_val_if_fail (LDS_IS_STORE (store), NULL);
  g_return_val_if_fail (type == LDS_RECORD_OBJECTIVE || type == LDS_RECORD_KEY_RESULT, NULL);
  g_return_val_if_fail (record != NULL && ((const LdsRecord *) record)->id != 0, NULL);

  stored = lds_store_get (store, type, ((const LdsRecord *) record)->id, error);
  if (stored == NULL)
    return NULL;
  cycle = lds_store_cycle_of_record (store, type, stored);
  if (cycle != NULL && cycle->state == LDS_CYCLE_STATE_ACTIVE)
    revisions = lds_revision_diff (type, stored, record);
  else
    revisions = g_ptr_array_new_with_free_func ((GDestroyNotify) lds_revision_free);
  lds_record_free (type, stored);
  return revisions;
}

/**
 * lds_store_revise:
 * @record: an objective or key result with its new values
 * @reason: (nullable): why; needed when the change is a revision
 * @action_name: (nullable): the name of the step in the Undo menu;
 *   %NULL: "Revise Objective" or "Revise Key Result"
 *
 * Writes @record and, in an active cycle, one revision of each tracked
 * field it changes (old and new value, now, @reason), as one action. A
 * revision without a reason is refused, and nothing is written.
 */
gboolean
lds_store_revise (LdsStore       *store,
                  LdsRecordType   type,
                  gpointer        record,
                  const char     *reason,
                  const char     *action_name,
                  GError        **error)
{
  g_autoptr(GPtrArray) revisions = NULL;
  g_autofree char *why = g_strstrip (g_strdup (reason != NULL ? reason : ""));
  gint64 now = lds_now ();
  gboolean ok = TRUE;

  g_return_val_if_fail (LDS_IS_STORE (store), FALSE);

  revisions = lds_store_pending_revisions (store, type, record, error);
  if (revisions == NULL)
    return FALSE;
  if (revisions->len > 0 && *why == '\0')
    {
      g_set_error_literal (error, LDS_STORE_ERROR, LDS_STORE_ERROR_INVALID,
                           _("The cycle is under way: say why this changes, so that the team "
                             "can read it later."));
      return FALSE;
    }

  if (action_name == NULL)
    action_name = type == LDS_RECORD_OBJECTIVE ? _("Revise Objective") : _("Revise Key Result");
  if (!lds_store_begin (store, action_name, error))
    return FALSE;
  for (guint i = 0; ok && i < revisions->len; i++)
    {
      LdsRevision *revision = g_ptr_array_index (revisions, i);

      lds_set_text (&revision->reason, why);
      revision->at = now;
      ok = lds_store_insert (store, LDS_RECORD_REVISION, revision, error);
    }
  ok = ok && lds_store_update (store, type, record, error);
  return _lds_store_finish (store, ok, error);
}

/**
 * lds_store_list_revisions:
 *
 * Returns: (transfer container) (element-type LdsRevision): the revisions
 *   of one record, oldest first; %NULL with @error set
 */
GPtrArray *
lds_store_list_revisions (LdsStore    *store,
                          const char  *record_uuid,
                          GError     **error)
{
  g_autofree char *sql = _lds_store_select_sql (LDS_RECORD_REVISION, "record_uuid = ?1");
  sqlite3_stmt *stmt;

  g_return_val_if_fail (LDS_IS_STORE (store), NULL);
  g_return_val_if_fail (record_uuid != NULL, NULL);

  stmt = _lds_store_prepare (store, sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, record_uuid, -1, SQLITE_TRANSIENT);
  return _lds_store_read_all (store, LDS_RECORD_REVISION, stmt, error);
}
