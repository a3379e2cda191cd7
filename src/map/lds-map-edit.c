/* lds-map-edit.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lds-map"

#include "config.h"

#include <glib/gi18n.h>

#include "lds-map-edit.h"
#include "lds-store-map.h"

G_DEFINE_QUARK (lds-map-error-quark, lds_map_error)

/**
 * lds_map_align_objective:
 * @objective_id: the objective that is to align
 * @key_result_id: the key result it is to serve
 *
 * Aligns the objective to the key result, as one action ("Align
 * Objective" in the Undo menu). An objective marked self-driven is no
 * longer so once it aligns. Refuses, leaving the file as it was, an
 * objective aligned to its own key result, an alignment that would go
 * round in a circle, and one that exists already.
 */
gboolean
lds_map_align_objective (LdsStore  *store,
                         LdsId      objective_id,
                         LdsId      key_result_id,
                         GError   **error)
{
  g_autoptr(LdsObjective) objective = NULL;
  g_autoptr(LdsObjective) target = NULL;
  g_autoptr(LdsKeyResult) kr = NULL;
  g_autoptr(GPtrArray) links = NULL;
  g_autoptr(LdsLink) link = NULL;
  gboolean circle = FALSE;

  g_return_val_if_fail (LDS_IS_STORE (store), FALSE);

  objective = lds_store_get (store, LDS_RECORD_OBJECTIVE, objective_id, error);
  if (objective == NULL)
    return FALSE;
  kr = lds_store_get (store, LDS_RECORD_KEY_RESULT, key_result_id, error);
  if (kr == NULL)
    return FALSE;

  if (kr->objective_id == objective->id)
    {
      g_set_error (error, LDS_MAP_ERROR, LDS_MAP_ERROR_ITSELF,
                   /* Translators: %1$s is an objective, %2$s one of its own key results */
                   _("“%1$s” cannot align to “%2$s”: that key result is its own."),
                   objective->title, kr->title);
      return FALSE;
    }
  target = lds_store_get (store, LDS_RECORD_OBJECTIVE, kr->objective_id, error);
  if (target == NULL)
    return FALSE;
  if (!lds_store_map_aligns_under (store, target->id, objective->id, &circle, error))
    return FALSE;
  if (circle)
    {
      g_set_error (error, LDS_MAP_ERROR, LDS_MAP_ERROR_CIRCLE,
                   /* Translators: %1$s is the objective dragged, %2$s the objective it was
                    * dropped on */
                   _("“%1$s” cannot align to “%2$s”: “%2$s” already aligns to “%1$s”, directly or "
                     "through other objectives, and the alignment would go round in a circle."),
                   objective->title, target->title);
      return FALSE;
    }

  links = lds_store_list_by (store, LDS_RECORD_LINK, "from_id", objective->id, error);
  if (links == NULL)
    return FALSE;
  for (guint i = 0; i < links->len; i++)
    {
      LdsLink *existing = g_ptr_array_index (links, i);

      if (existing->kind == LDS_LINK_KIND_ALIGNS && existing->to_key_result_id == kr->id)
        {
          g_set_error (error, LDS_MAP_ERROR, LDS_MAP_ERROR_EXISTS,
                       /* Translators: %1$s is an objective, %2$s a key result */
                       _("“%1$s” already aligns to the key result “%2$s”."), objective->title,
                       kr->title);
          return FALSE;
        }
    }

  if (!lds_store_begin (store, _("Align Objective"), error))
    return FALSE;
  link = lds_link_new ();
  link->kind = LDS_LINK_KIND_ALIGNS;
  link->from_id = objective->id;
  link->to_key_result_id = kr->id;
  if (!lds_store_insert (store, LDS_RECORD_LINK, link, error))
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
