/* lds-store-lookup.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lds-store"

#include "config.h"

#include <glib/gi18n.h>

#include "lds-date.h"
#include "lds-store-lookup.h"

/**
 * lds_store_find_cycle:
 * @name: a cycle's name, such as "2027 Q1"
 *
 * Returns: (transfer full): the cycle of that name (the first, if several)
 */
LdsCycle *
lds_store_find_cycle (LdsStore    *store,
                      const char  *name,
                      GError     **error)
{
  g_autoptr(GPtrArray) cycles = NULL;

  g_return_val_if_fail (LDS_IS_STORE (store), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  cycles = lds_store_list (store, LDS_RECORD_CYCLE, error);
  if (cycles == NULL)
    return NULL;
  for (guint i = 0; i < cycles->len; i++)
    {
      LdsCycle *cycle = g_ptr_array_index (cycles, i);
      if (g_strcmp0 (cycle->name, name) == 0)
        return lds_cycle_copy (cycle);
    }
  g_set_error (error, LDS_STORE_ERROR, LDS_STORE_ERROR_NO_RECORD,
               /* Translators: %s is the name of a cycle someone asked for */
               _("There is no cycle called “%s”."), name);
  return NULL;
}

/**
 * lds_store_current_cycle:
 *
 * The cycle a person means by "now": the shortest cycle that is not closed
 * and contains today (a quarter rather than its year), else the latest
 * that has started, else the first.
 *
 * Returns: (transfer full): the cycle, or %NULL with an error when the
 *   organisation has none
 */
LdsCycle *
lds_store_current_cycle (LdsStore  *store,
                         GError   **error)
{
  g_autoptr(GPtrArray) cycles = NULL;
  g_autofree char *today = lds_today ();
  LdsCycle *best = NULL, *started = NULL;
  int best_span = G_MAXINT;

  g_return_val_if_fail (LDS_IS_STORE (store), NULL);

  cycles = lds_store_list (store, LDS_RECORD_CYCLE, error);
  if (cycles == NULL)
    return NULL;
  if (cycles->len == 0)
    {
      g_set_error_literal (error, LDS_STORE_ERROR, LDS_STORE_ERROR_NO_RECORD,
                           _("The organisation has no cycles yet."));
      return NULL;
    }

  for (guint i = 0; i < cycles->len; i++)
    {
      LdsCycle *cycle = g_ptr_array_index (cycles, i);
      int span = lds_date_days_between (cycle->start_date, cycle->end_date);

      if (g_strcmp0 (cycle->start_date, today) <= 0)
        started = cycle;
      if (g_strcmp0 (cycle->start_date, today) <= 0 && g_strcmp0 (today, cycle->end_date) <= 0 &&
          cycle->state != LDS_CYCLE_STATE_CLOSED && span < best_span)
        {
          best = cycle;
          best_span = span;
        }
    }
  if (best == NULL)
    best = started != NULL ? started : g_ptr_array_index (cycles, 0);
  return lds_cycle_copy (best);
}

/**
 * lds_store_find_unit_by_path:
 * @path: unit names from the top down, separated by "/", such as
 *   "Northwind/Sales/East" (the top unit may be left out: "Sales/East")
 *
 * Returns: (transfer full): the unit
 */
LdsUnit *
lds_store_find_unit_by_path (LdsStore    *store,
                             const char  *path,
                             GError     **error)
{
  g_autoptr(GPtrArray) units = NULL;
  g_auto(GStrv) names = NULL;
  LdsId parent = 0;
  LdsUnit *found = NULL;

  g_return_val_if_fail (LDS_IS_STORE (store), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  units = lds_store_list (store, LDS_RECORD_UNIT, error);
  if (units == NULL)
    return NULL;
  names = g_strsplit (path, "/", -1);

  /* Paths may start below the company, which everybody knows. */
  if (names[0] != NULL)
    {
      gboolean top_named = FALSE;
      for (guint i = 0; i < units->len; i++)
        {
          LdsUnit *unit = g_ptr_array_index (units, i);
          if (unit->parent_id == 0 && g_strcmp0 (g_strstrip (names[0]), unit->name) == 0)
            top_named = TRUE;
        }
      if (!top_named)
        for (guint i = 0; i < units->len; i++)
          {
            LdsUnit *unit = g_ptr_array_index (units, i);
            if (unit->parent_id == 0)
              {
                parent = unit->id;
                found = unit;
                break;
              }
          }
    }

  for (guint n = 0; names[n] != NULL; n++)
    {
      const char *name = g_strstrip (names[n]);
      LdsUnit *match = NULL;

      if (*name == '\0')
        continue;
      for (guint i = 0; i < units->len && match == NULL; i++)
        {
          LdsUnit *unit = g_ptr_array_index (units, i);
          if (unit->parent_id == parent && g_strcmp0 (unit->name, name) == 0)
            match = unit;
        }
      if (match == NULL)
        {
          g_set_error (error, LDS_STORE_ERROR, LDS_STORE_ERROR_NO_RECORD,
                       /* Translators: %1$s is a unit's name, %2$s the path it was looked for in */
                       _("There is no unit “%1$s” in “%2$s”."), name, path);
          return NULL;
        }
      parent = match->id;
      found = match;
    }

  if (found == NULL)
    {
      g_set_error (error, LDS_STORE_ERROR, LDS_STORE_ERROR_NO_RECORD,
                   /* Translators: %s is what someone gave as the path of a unit */
                   _("“%s” names no unit; give a path such as Company/Sales/East."), path);
      return NULL;
    }
  return lds_unit_copy (found);
}

/**
 * lds_store_get_unit_path:
 *
 * Returns: (transfer full) (nullable): the unit's names from the top down,
 *   joined by "/", or %NULL when there is no such unit
 */
char *
lds_store_get_unit_path (LdsStore *store,
                         LdsId     unit_id)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  GString *path;

  g_return_val_if_fail (LDS_IS_STORE (store), NULL);

  for (guint guard = 0; unit_id != 0 && guard < 64; guard++)
    {
      g_autoptr(LdsUnit) unit = lds_store_get (store, LDS_RECORD_UNIT, unit_id, NULL);
      if (unit == NULL)
        break;
      g_ptr_array_insert (names, 0, g_strdup (unit->name));
      unit_id = unit->parent_id;
    }
  if (names->len == 0)
    return NULL;

  path = g_string_new (NULL);
  for (guint i = 0; i < names->len; i++)
    g_string_append_printf (path, "%s%s", i > 0 ? "/" : "", (char *) names->pdata[i]);
  return g_string_free (path, FALSE);
}
