/* lds-store-okr-cycles.c: deleting and closing cycles, carrying objectives over
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lds-store"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "lds-score.h"
#include "lds-store-okr.h"
#include "lds-store-private.h"

/* A cycle and the cycles inside it, each before the ones inside it. */
static GArray *
branch_cycles (LdsStore  *store,
               LdsId      cycle_id,
               GError   **error)
{
  g_autoptr(GPtrArray) cycles = lds_store_list (store, LDS_RECORD_CYCLE, error);
  GArray *branch;

  if (cycles == NULL)
    return NULL;
  branch = g_array_new (FALSE, FALSE, sizeof (LdsId));
  g_array_append_val (branch, cycle_id);
  for (guint i = 0; i < branch->len; i++)
    {
      LdsId parent = g_array_index (branch, LdsId, i);

      for (guint j = 0; j < cycles->len; j++)
        {
          LdsCycle *cycle = g_ptr_array_index (cycles, j);

          if (cycle->parent_id == parent && cycle->id != cycle_id && branch->len < 10000)
            g_array_append_val (branch, cycle->id);
        }
    }
  return branch;
}

/**
 * lds_store_delete_cycle:
 *
 * Deletes a cycle with the cycles inside it and every objective they hold.
 */
gboolean
lds_store_delete_cycle (LdsStore  *store,
                        LdsId      cycle_id,
                        GError   **error)
{
  g_autoptr(GArray) branch = NULL;
  gboolean ok = TRUE;

  g_return_val_if_fail (LDS_IS_STORE (store), FALSE);

  branch = branch_cycles (store, cycle_id, error);
  if (branch == NULL)
    return FALSE;
  if (!lds_store_begin (store, _("Delete Cycle"), error))
    return FALSE;
  for (guint i = branch->len; ok && i > 0; i--)
    {
      LdsId id = g_array_index (branch, LdsId, i - 1);
      g_autoptr(GPtrArray) objectives = lds_store_list_by (store, LDS_RECORD_OBJECTIVE, "cycle_id",
                                                           id, error);

      ok = objectives != NULL;
      for (guint j = 0; ok && j < objectives->len; j++)
        ok = lds_store_delete (store, LDS_RECORD_OBJECTIVE,
                               ((LdsObjective *) g_ptr_array_index (objectives, j))->id, error);
      ok = ok && lds_store_delete (store, LDS_RECORD_CYCLE, id, error);
    }
  return _lds_store_finish (store, ok, error);
}

/**
 * lds_store_close_cycle:
 *
 * Closes a cycle and the cycles inside it; their active objectives are
 * closed too (drafts stay drafts, to be carried over or dropped).
 */
gboolean
lds_store_close_cycle (LdsStore  *store,
                       LdsId      cycle_id,
                       GError   **error)
{
  g_autoptr(GArray) branch = NULL;
  gboolean ok = TRUE;

  g_return_val_if_fail (LDS_IS_STORE (store), FALSE);

  branch = branch_cycles (store, cycle_id, error);
  if (branch == NULL)
    return FALSE;
  if (!lds_store_begin (store, _("Close Cycle"), error))
    return FALSE;
  for (guint i = 0; ok && i < branch->len; i++)
    {
      LdsId id = g_array_index (branch, LdsId, i);
      g_autoptr(LdsCycle) cycle = lds_store_get (store, LDS_RECORD_CYCLE, id, error);
      g_autoptr(GPtrArray) objectives = lds_store_list_by (store, LDS_RECORD_OBJECTIVE, "cycle_id",
                                                           id, error);

      ok = cycle != NULL && objectives != NULL;
      if (ok && cycle->state != LDS_CYCLE_STATE_CLOSED)
        {
          cycle->state = LDS_CYCLE_STATE_CLOSED;
          ok = lds_store_update (store, LDS_RECORD_CYCLE, cycle, error);
        }
      for (guint j = 0; ok && j < objectives->len; j++)
        {
          LdsObjective *o = g_ptr_array_index (objectives, j);

          if (o->status != LDS_OBJECTIVE_STATUS_ACTIVE)
            continue;
          o->status = LDS_OBJECTIVE_STATUS_CLOSED;
          ok = lds_store_update (store, LDS_RECORD_OBJECTIVE, o, error);
        }
    }
  return _lds_store_finish (store, ok, error);
}

/**
 * lds_store_next_cycle:
 *
 * Returns: (transfer full) (nullable): the first cycle of the same kind
 *   that starts after @cycle_id ends (the quarter after a quarter)
 */
LdsCycle *
lds_store_next_cycle (LdsStore *store,
                      LdsId     cycle_id)
{
  g_autoptr(LdsCycle) cycle = NULL;
  g_autoptr(GPtrArray) cycles = NULL;
  LdsCycle *next = NULL;

  g_return_val_if_fail (LDS_IS_STORE (store), NULL);

  cycle = lds_store_get (store, LDS_RECORD_CYCLE, cycle_id, NULL);
  cycles = lds_store_list (store, LDS_RECORD_CYCLE, NULL);
  if (cycle == NULL || cycles == NULL)
    return NULL;
  for (guint i = 0; i < cycles->len; i++)
    {
      LdsCycle *other = g_ptr_array_index (cycles, i);

      if (other->kind == cycle->kind && g_strcmp0 (other->start_date, cycle->end_date) > 0 &&
          (next == NULL || g_strcmp0 (other->start_date, next->start_date) < 0))
        next = other;
    }
  return next != NULL ? lds_cycle_copy (next) : NULL;
}

static double
objective_score (LdsStore *store,
                 LdsId     objective_id)
{
  g_autoptr(GPtrArray) krs = lds_store_list_by (store, LDS_RECORD_KEY_RESULT, "objective_id",
                                                objective_id, NULL);

  if (krs == NULL || krs->len == 0)
    return NAN;
  return lds_objective_score ((LdsKeyResult *const *) krs->pdata, krs->len);
}

static gboolean
unfinished (double score)
{
  return isnan (score) || score < 1.0;
}

/**
 * lds_store_list_unfinished:
 *
 * Returns: (transfer full) (element-type LdsObjective): the objectives of
 *   the cycle that are not cancelled and not fully achieved (a score
 *   below 1.0, or none yet)
 */
GPtrArray *
lds_store_list_unfinished (LdsStore  *store,
                           LdsId      cycle_id,
                           GError   **error)
{
  GPtrArray *objectives;

  g_return_val_if_fail (LDS_IS_STORE (store), NULL);

  objectives = lds_store_list_by (store, LDS_RECORD_OBJECTIVE, "cycle_id", cycle_id, error);
  for (guint i = 0; objectives != NULL && i < objectives->len;)
    {
      LdsObjective *o = g_ptr_array_index (objectives, i);

      if (o->status == LDS_OBJECTIVE_STATUS_CANCELLED || !unfinished (objective_score (store, o->id)))
        g_ptr_array_remove_index (objectives, i);
      else
        i++;
    }
  return objectives;
}

/* A key result carried into the next cycle starts where it stands. */
static void
carry_over (LdsKeyResult *kr)
{
  if (kr->metric == LDS_METRIC_MILESTONE)
    kr->current_value = isnan (kr->current_value) ? NAN : 0.0;
  else
    {
      if (!isnan (kr->current_value) && kr->current_value != kr->target_value)
        kr->start_value = kr->current_value;
      kr->current_value = kr->start_value;
    }
  kr->score = NAN;
  lds_set_text (&kr->score_note, "");
  kr->confidence = -1;
  kr->mid_cycle = FALSE;
}

#define ID_KEY(id) GSIZE_TO_POINTER ((gsize) (id))
#define KEY_ID(p)  ((LdsId) GPOINTER_TO_SIZE (p))

/* The links an objective made, pointed at the copies of their targets when
 * those were copied too; links to records of the old cycle that were not
 * copied are left behind. */
static gboolean
carry_links (LdsStore    *store,
             LdsId        from_cycle_id,
             GHashTable  *objectives,
             GHashTable  *krs,
             GError     **error)
{
  GHashTableIter iter;
  gpointer old_id, new_id;

  g_hash_table_iter_init (&iter, objectives);
  while (g_hash_table_iter_next (&iter, &old_id, &new_id))
    {
      g_autoptr(GPtrArray) links = lds_store_list_by (store, LDS_RECORD_LINK, "from_id",
                                                      KEY_ID (old_id), error);

      if (links == NULL)
        return FALSE;
      for (guint i = 0; i < links->len; i++)
        {
          LdsLink *link = g_ptr_array_index (links, i);
          LdsId target = link->to_objective_id;
          g_autoptr(LdsObjective) o = NULL;

          if (link->to_key_result_id != 0)
            {
              g_autoptr(LdsKeyResult) kr = lds_store_get (store, LDS_RECORD_KEY_RESULT,
                                                          link->to_key_result_id, NULL);
              target = kr != NULL ? kr->objective_id : 0;
            }
          o = target != 0 ? lds_store_get (store, LDS_RECORD_OBJECTIVE, target, NULL) : NULL;
          if (o == NULL)
            continue;
          if (o->cycle_id == from_cycle_id)
            {
              gpointer copy = link->to_key_result_id != 0
                ? g_hash_table_lookup (krs, ID_KEY (link->to_key_result_id))
                : g_hash_table_lookup (objectives, ID_KEY (link->to_objective_id));

              if (copy == NULL)
                continue;
              if (link->to_key_result_id != 0)
                link->to_key_result_id = KEY_ID (copy);
              else
                link->to_objective_id = KEY_ID (copy);
            }
          _lds_store_reset_header (link);
          link->from_id = KEY_ID (new_id);
          if (!lds_store_insert (store, LDS_RECORD_LINK, link, error))
            return FALSE;
        }
    }
  return TRUE;
}

/**
 * lds_store_copy_unfinished:
 * @n_copied: (out) (optional): how many objectives were copied
 *
 * Copies the unfinished objectives of a cycle (lds_store_list_unfinished())
 * into another, as drafts, with their unfinished key results starting from
 * where they stand, and their alignment kept where its target was carried
 * over too or lies outside the old cycle.
 */
gboolean
lds_store_copy_unfinished (LdsStore  *store,
                           LdsId      from_cycle_id,
                           LdsId      to_cycle_id,
                           guint     *n_copied,
                           GError   **error)
{
  g_autoptr(GPtrArray) objectives = NULL;
  g_autoptr(GHashTable) copied = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) copied_krs = g_hash_table_new (NULL, NULL);
  gboolean ok = TRUE;

  g_return_val_if_fail (LDS_IS_STORE (store), FALSE);

  if (n_copied != NULL)
    *n_copied = 0;
  if (from_cycle_id == to_cycle_id)
    {
      g_set_error_literal (error, LDS_STORE_ERROR, LDS_STORE_ERROR_INVALID,
                           _("Choose another cycle to copy the objectives into."));
      return FALSE;
    }
  objectives = lds_store_list_unfinished (store, from_cycle_id, error);
  if (objectives == NULL)
    return FALSE;

  if (!lds_store_begin (store, _("Copy Unfinished Objectives"), error))
    return FALSE;

  for (guint i = 0; ok && i < objectives->len; i++)
    {
      LdsObjective *o = g_ptr_array_index (objectives, i);
      g_autoptr(GPtrArray) krs = lds_store_list_by (store, LDS_RECORD_KEY_RESULT, "objective_id",
                                                    o->id, error);
      LdsId old_id = o->id;

      ok = krs != NULL;
      if (!ok)
        break;
      _lds_store_reset_header (o);
      o->cycle_id = to_cycle_id;
      o->status = LDS_OBJECTIVE_STATUS_DRAFT;
      o->mid_cycle = FALSE;
      ok = lds_store_append (store, LDS_RECORD_OBJECTIVE, o, error);
      if (ok)
        g_hash_table_insert (copied, ID_KEY (old_id), ID_KEY (o->id));

      for (guint j = 0; ok && j < krs->len; j++)
        {
          LdsKeyResult *kr = g_ptr_array_index (krs, j);
          LdsId old_kr = kr->id;

          if (!unfinished (lds_key_result_score (kr)))
            continue;
          _lds_store_reset_header (kr);
          kr->objective_id = o->id;
          carry_over (kr);
          ok = lds_store_insert (store, LDS_RECORD_KEY_RESULT, kr, error);
          if (ok)
            g_hash_table_insert (copied_krs, ID_KEY (old_kr), ID_KEY (kr->id));
        }
    }
  ok = ok && carry_links (store, from_cycle_id, copied, copied_krs, error);

  if (ok && n_copied != NULL)
    *n_copied = objectives->len;
  return _lds_store_finish (store, ok, error);
}
