/* lds-map-edit.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lds-map"

#include "config.h"

#include <glib/gi18n.h>

#include "lds-map-edit.h"
#include "lds-store-align.h"

/**
 * lds_map_align_objective:
 * @objective_id: the objective that is to align
 * @key_result_id: the key result it is to serve
 *
 * Aligns the objective to the key result, as one action ("Align
 * Objective" in the Undo menu), through lds_store_link_objective(), which
 * refuses (%LDS_STORE_ERROR_INVALID, leaving the file as it was) an
 * objective aligned to its own key result, an alignment that would go
 * round in a circle, and one that exists already. An objective marked
 * self-driven is no longer so once it aligns: in the same action.
 */
gboolean
lds_map_align_objective (LdsStore  *store,
                         LdsId      objective_id,
                         LdsId      key_result_id,
                         GError   **error)
{
  g_autoptr(LdsObjective) objective = NULL;

  g_return_val_if_fail (LDS_IS_STORE (store), FALSE);

  objective = lds_store_get (store, LDS_RECORD_OBJECTIVE, objective_id, error);
  if (objective == NULL)
    return FALSE;
  if (!lds_store_begin (store, _("Align Objective"), error))
    return FALSE;
  if (!lds_store_link_objective (store, LDS_LINK_KIND_ALIGNS, objective_id, LDS_RECORD_KEY_RESULT,
                                 key_result_id, NULL, error))
    {
      lds_store_rollback (store);
      return FALSE;
    }
  if (objective->self_driven)
    {
      objective->self_driven = FALSE;
      if (!lds_store_update (store, LDS_RECORD_OBJECTIVE, objective, error))
        {
          lds_store_rollback (store);
          return FALSE;
        }
    }
  return lds_store_commit (store, error);
}
