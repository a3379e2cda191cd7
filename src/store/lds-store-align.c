/* lds-store-align.c: what an objective serves, who serves it, and where it may align
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Alignment is vertical (an objective serves a key result or objective a
 * level up) and horizontal (it depends on another team's objective). The
 * store refuses a vertical link that would make a circle, and a link that
 * exists already, with a message that names the records concerned.
 */

#define G_LOG_DOMAIN "lds-store"

#include "config.h"

#include <glib/gi18n.h>

#include "lds-enum-types.h"
#include "lds-store-align.h"
#include "lds-store-private.h"

#define LINK_SELECT                                                                       \
  "SELECT l.id, l.kind, l.from_id, f.title, coalesce (fu.name, fp.name, ''),"             \
  "  t.id, ifnull (l.to_key_result_id, 0), coalesce (k.title, t.title),"                  \
  "  coalesce (tu.name, tp.name, '')"                                                      \
  " FROM links l"                                                                         \
  " JOIN objectives f ON f.id = l.from_id"                                                \
  " LEFT JOIN units fu ON fu.id = f.owner_unit_id"                                        \
  " LEFT JOIN people fp ON fp.id = f.owner_person_id"                                     \
  " LEFT JOIN key_results k ON k.id = l.to_key_result_id"                                 \
  " JOIN objectives t ON t.id = coalesce (l.to_objective_id, k.objective_id)"             \
  " LEFT JOIN units tu ON tu.id = t.owner_unit_id"                                        \
  " LEFT JOIN people tp ON tp.id = t.owner_person_id"

#define DESCENDANTS_SQL                                                                   \
  "WITH RECURSIVE d (id) AS (SELECT ?1"                                                    \
  "  UNION SELECT l.from_id FROM d JOIN links l"                                          \
  "    ON l.to_objective_id = d.id AND l.kind = 'aligns'"                                 \
  "  UNION SELECT l.from_id FROM d JOIN key_results k ON k.objective_id = d.id"           \
  "    JOIN links l ON l.to_key_result_id = k.id AND l.kind = 'aligns')"                  \
  " SELECT id FROM d"

#define ID_KEY(id) GSIZE_TO_POINTER ((gsize) (id))

void
lds_link_info_free (LdsLinkInfo *info)
{
  if (info == NULL)
    return;
  g_free (info->from_title);
  g_free (info->from_owner);
  g_free (info->to_title);
  g_free (info->to_owner);
  g_free (info);
}

void
lds_align_target_free (LdsAlignTarget *target)
{
  if (target == NULL)
    return;
  g_free (target->title);
  g_free (target->objective_title);
  g_free (target->owner);
  g_free (target->owner_chain);
  g_free (target);
}

static char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return g_strdup (text != NULL ? text : "");
}

static GPtrArray *
list_links (LdsStore    *store,
            const char  *sql,
            LdsId        id,
            GError     **error)
{
  g_autoptr(GPtrArray) links = g_ptr_array_new_with_free_func ((GDestroyNotify) lds_link_info_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = _lds_store_prepare (store, sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      LdsLinkInfo *info = g_new0 (LdsLinkInfo, 1);
      int kind = 0;

      info->link_id = sqlite3_column_int64 (stmt, 0);
      lds_enum_from_nick (LDS_TYPE_LINK_KIND, (const char *) sqlite3_column_text (stmt, 1), &kind);
      info->kind = kind;
      info->from_id = sqlite3_column_int64 (stmt, 2);
      info->from_title = column_text (stmt, 3);
      info->from_owner = column_text (stmt, 4);
      info->to_objective_id = sqlite3_column_int64 (stmt, 5);
      info->to_key_result_id = sqlite3_column_int64 (stmt, 6);
      info->to_title = column_text (stmt, 7);
      info->to_owner = column_text (stmt, 8);
      g_ptr_array_add (links, info);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _lds_store_set_sqlite_error (store, error, rc, _("Could not read the organisation."));
      return NULL;
    }
  return g_steal_pointer (&links);
}

/**
 * lds_store_list_links_from:
 *
 * Returns: (transfer full) (element-type LdsLinkInfo): what the objective
 *   aligns to, then what it depends on
 */
GPtrArray *
lds_store_list_links_from (LdsStore  *store,
                           LdsId      objective_id,
                           GError   **error)
{
  g_return_val_if_fail (LDS_IS_STORE (store), NULL);

  return list_links (store, LINK_SELECT " WHERE l.from_id = ?1"
                     " ORDER BY l.kind, t.position, t.id, k.position, k.id",
                     objective_id, error);
}

/**
 * lds_store_list_links_to:
 * @type: %LDS_RECORD_OBJECTIVE (links to it or to any of its key results)
 *   or %LDS_RECORD_KEY_RESULT
 *
 * Returns: (transfer full) (element-type LdsLinkInfo): the objectives that
 *   align to the record, then those that depend on it
 */
GPtrArray *
lds_store_list_links_to (LdsStore       *store,
                         LdsRecordType   type,
                         LdsId           id,
                         GError        **error)
{
  g_return_val_if_fail (LDS_IS_STORE (store), NULL);
  g_return_val_if_fail (type == LDS_RECORD_OBJECTIVE || type == LDS_RECORD_KEY_RESULT, NULL);

  if (type == LDS_RECORD_KEY_RESULT)
    return list_links (store, LINK_SELECT " WHERE l.to_key_result_id = ?1"
                       " ORDER BY l.kind, f.position, f.id", id, error);
  return list_links (store, LINK_SELECT " WHERE l.to_objective_id = ?1 OR l.to_key_result_id IN"
                     " (SELECT id FROM key_results WHERE objective_id = ?1)"
                     " ORDER BY l.kind, k.position, f.position, f.id", id, error);
}

/* The objective and every objective that serves it, however far down. */
static GHashTable *
descendants (LdsStore  *store,
             LdsId      objective_id,
             GError   **error)
{
  g_autoptr(GHashTable) set = g_hash_table_new (NULL, NULL);
  sqlite3_stmt *stmt;
  int rc;

  stmt = _lds_store_prepare (store, DESCENDANTS_SQL, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, objective_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_add (set, ID_KEY (sqlite3_column_int64 (stmt, 0)));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _lds_store_set_sqlite_error (store, error, rc, _("Could not read the organisation."));
      return NULL;
    }
  return g_steal_pointer (&set);
}

char *
lds_store_get_owner_name (LdsStore           *store,
                          const LdsObjective *objective)
{
  g_return_val_if_fail (LDS_IS_STORE (store), NULL);
  g_return_val_if_fail (objective != NULL, NULL);

  if (objective->owner_unit_id != 0)
    {
      g_autoptr(LdsUnit) unit = lds_store_get (store, LDS_RECORD_UNIT, objective->owner_unit_id,
                                               NULL);
      return g_strdup (unit != NULL ? unit->name : "");
    }
  else
    {
      g_autoptr(LdsPerson) person = lds_store_get (store, LDS_RECORD_PERSON,
                                                   objective->owner_person_id, NULL);
      return g_strdup (person != NULL ? person->name : "");
    }
}

static gboolean
find_link (LdsStore      *store,
           LdsLinkKind    kind,
           LdsId          from_id,
           LdsRecordType  to_type,
           LdsId          to_id)
{
  g_autoptr(GPtrArray) links = lds_store_list_by (store, LDS_RECORD_LINK, "from_id", from_id, NULL);

  for (guint i = 0; links != NULL && i < links->len; i++)
    {
      LdsLink *link = g_ptr_array_index (links, i);

      if (link->kind == kind &&
          (to_type == LDS_RECORD_KEY_RESULT ? link->to_key_result_id : link->to_objective_id) == to_id)
        return TRUE;
    }
  return FALSE;
}

/**
 * lds_store_link_objective:
 * @kind: aligns (serves @to_id, a level up) or depends (on another team)
 * @to_type: %LDS_RECORD_KEY_RESULT or %LDS_RECORD_OBJECTIVE
 * @link_id: (out) (optional): the new link
 *
 * Links an objective to a key result or objective, as one action ("Align
 * Objective", "Add Dependency"). Refuses a link to itself or its own key
 * results, a link that exists already, and an alignment that would make a
 * circle.
 */
gboolean
lds_store_link_objective (LdsStore       *store,
                          LdsLinkKind     kind,
                          LdsId           objective_id,
                          LdsRecordType   to_type,
                          LdsId           to_id,
                          LdsId          *link_id,
                          GError        **error)
{
  g_autoptr(LdsObjective) from = NULL;
  g_autoptr(LdsObjective) target = NULL;
  g_autoptr(LdsLink) link = NULL;
  g_autofree char *title = NULL;
  LdsId target_objective = to_id;

  g_return_val_if_fail (LDS_IS_STORE (store), FALSE);
  g_return_val_if_fail (to_type == LDS_RECORD_KEY_RESULT || to_type == LDS_RECORD_OBJECTIVE, FALSE);

  from = lds_store_get (store, LDS_RECORD_OBJECTIVE, objective_id, error);
  if (from == NULL)
    return FALSE;
  if (to_type == LDS_RECORD_KEY_RESULT)
    {
      g_autoptr(LdsKeyResult) kr = lds_store_get (store, LDS_RECORD_KEY_RESULT, to_id, error);

      if (kr == NULL)
        return FALSE;
      target_objective = kr->objective_id;
      title = g_strdup (kr->title);
    }
  target = lds_store_get (store, LDS_RECORD_OBJECTIVE, target_objective, error);
  if (target == NULL)
    return FALSE;
  if (title == NULL)
    title = g_strdup (target->title);

  if (target_objective == objective_id)
    {
      g_set_error_literal (error, LDS_STORE_ERROR, LDS_STORE_ERROR_INVALID,
                           kind == LDS_LINK_KIND_ALIGNS
                             ? _("An objective cannot align to itself or to one of its own key results.")
                             : _("An objective cannot depend on itself or on one of its own key results."));
      return FALSE;
    }
  if (find_link (store, kind, objective_id, to_type, to_id))
    {
      g_set_error (error, LDS_STORE_ERROR, LDS_STORE_ERROR_INVALID,
                   kind == LDS_LINK_KIND_ALIGNS
                     /* Translators: %s is the title of a key result or objective */
                     ? _("This objective aligns to “%s” already.")
                     /* Translators: %s is the title of a key result or objective */
                     : _("This objective depends on “%s” already."), title);
      return FALSE;
    }
  if (kind == LDS_LINK_KIND_ALIGNS)
    {
      g_autoptr(GHashTable) below = descendants (store, objective_id, error);

      if (below == NULL)
        return FALSE;
      if (g_hash_table_contains (below, ID_KEY (target_objective)))
        {
          g_set_error (error, LDS_STORE_ERROR, LDS_STORE_ERROR_INVALID,
                       /* Translators: %s is the title of an objective */
                       _("“%s” already serves this objective, directly or through others: "
                         "aligning it the other way round would make a circle."), target->title);
          return FALSE;
        }
    }

  link = lds_link_new ();
  link->kind = kind;
  link->from_id = objective_id;
  link->to_key_result_id = to_type == LDS_RECORD_KEY_RESULT ? to_id : 0;
  link->to_objective_id = to_type == LDS_RECORD_OBJECTIVE ? to_id : 0;

  if (!lds_store_begin (store, kind == LDS_LINK_KIND_ALIGNS ? _("Align Objective")
                                                           : _("Add Dependency"), error))
    return FALSE;
  if (!_lds_store_finish (store, lds_store_insert (store, LDS_RECORD_LINK, link, error), error))
    return FALSE;
  if (link_id != NULL)
    *link_id = link->id;
  return TRUE;
}

gboolean
lds_store_unlink (LdsStore  *store,
                  LdsId      link_id,
                  GError   **error)
{
  g_autoptr(LdsLink) link = NULL;

  g_return_val_if_fail (LDS_IS_STORE (store), FALSE);

  link = lds_store_get (store, LDS_RECORD_LINK, link_id, error);
  if (link == NULL)
    return FALSE;
  if (!lds_store_begin (store, link->kind == LDS_LINK_KIND_ALIGNS ? _("Remove Alignment")
                                                                 : _("Remove Dependency"), error))
    return FALSE;
  return _lds_store_finish (store, lds_store_delete (store, LDS_RECORD_LINK, link_id, error), error);
}
