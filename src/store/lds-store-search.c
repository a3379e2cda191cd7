/* lds-store-search.c: finding records by the words in them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The index (an FTS5 table with the trigram tokenizer, kept by triggers)
 * finds any substring of three characters or more, in English or Chinese,
 * without a word list. SQLite 3.40's trigram index cannot look up shorter
 * strings, and two-character words are common in Chinese ("客户"), so a
 * term of one or two characters is matched by scanning the indexed text.
 */

#define G_LOG_DOMAIN "lds-store"

#include "config.h"

#include <glib/gi18n.h>

#include "lds-store-private.h"

/* What the index holds of each searchable type: the same expressions as
 * migration 2, which filled the index of files made before it. */
typedef struct
{
  const char *table;
  const char *body;
} Indexed;

static const Indexed indexed[LDS_N_RECORD_TYPES] = {
  [LDS_RECORD_UNIT] = { "units", "name" },
  [LDS_RECORD_PERSON] = { "people", "name" },
  [LDS_RECORD_OBJECTIVE] = { "objectives", "title || char (10) || description" },
  [LDS_RECORD_KEY_RESULT] = { "key_results", "title || char (10) || score_note" },
  [LDS_RECORD_CHECKIN] = { "checkins", "note" },
  [LDS_RECORD_ACTION_PLAN] = { "action_plans", "title" },
  [LDS_RECORD_KPI] = { "kpis", "name" },
  [LDS_RECORD_KPI_CHECKIN] = { "kpi_checkins", "note" },
};

/* The statement that indexes the records of @type that @where picks */
static char *
index_sql (LdsRecordType  type,
           const char    *where)
{
  return g_strdup_printf ("INSERT INTO search_index (rowid, body)"
                          " SELECT id * 16 + %d, %s FROM %s WHERE %s AND %s <> ''",
                          type, indexed[type].body, indexed[type].table, where,
                          indexed[type].body);
}

static gboolean
step_index (LdsStore      *self,
            sqlite3_stmt  *stmt,
            GError       **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    return TRUE;
  _lds_store_set_sqlite_error (self, error, rc, _("Could not update the search index."));
  return FALSE;
}

static int
compare_changes (gconstpointer a,
                 gconstpointer b)
{
  const LdsChange *x = a, *y = b;

  if (x->type != y->type)
    return x->type < y->type ? -1 : 1;
  return x->id < y->id ? -1 : x->id > y->id;
}

/* Indexes the new records of @type with ids from @first to @last, one
 * statement for them all: each statement that writes to the index ends
 * with the index writing out what it holds, which for a statement per
 * record of a large import costs more than the records. */
static gboolean
index_new (LdsStore       *self,
           LdsRecordType   type,
           LdsId           first,
           LdsId           last,
           GError        **error)
{
  g_autofree char *sql = index_sql (type, "id BETWEEN ? AND ?");
  sqlite3_stmt *stmt = _lds_store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, first);
  sqlite3_bind_int64 (stmt, 2, last);
  return step_index (self, stmt, error);
}

/* Brings the index up to date for the records an action, undo or redo
 * changed, inside its transaction. */
gboolean
_lds_store_index_changes (LdsStore          *self,
                          const LdsChanges  *changes,
                          GError           **error)
{
  g_autoptr(GArray) inserted = g_array_new (FALSE, FALSE, sizeof (LdsChange));

  for (guint i = 0; i < changes->changes->len; i++)
    {
      const LdsChange *change = &g_array_index (changes->changes, LdsChange, i);
      g_autofree char *sql = NULL;
      sqlite3_stmt *stmt;

      if (indexed[change->type].table == NULL)
        continue;

      /* A new record's id has never been used (AUTOINCREMENT): nothing to
       * remove, and new records go in together, below. */
      if (change->op == LDS_CHANGE_INSERT)
        {
          g_array_append_val (inserted, *change);
          continue;
        }
      stmt = _lds_store_prepare (self, "DELETE FROM search_index WHERE rowid = ?", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, change->id * 16 + change->type);
      if (!step_index (self, stmt, error))
        return FALSE;
      if (change->op == LDS_CHANGE_DELETE)
        continue;

      sql = index_sql (change->type, "id = ?");
      stmt = _lds_store_prepare (self, sql, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, change->id);
      if (!step_index (self, stmt, error))
        return FALSE;
    }

  /* New records, a run of following ids of one type at a time */
  g_array_sort (inserted, compare_changes);
  for (guint i = 0, j; i < inserted->len; i = j)
    {
      const LdsChange *first = &g_array_index (inserted, LdsChange, i);
      const LdsChange *last = first;

      for (j = i + 1; j < inserted->len; j++)
        {
          const LdsChange *next = &g_array_index (inserted, LdsChange, j);
          if (next->type != first->type || next->id != last->id + 1)
            break;
          last = next;
        }
      if (!index_new (self, first->type, first->id, last->id, error))
        return FALSE;
    }
  return TRUE;
}

/* Builds the whole index anew, after an action too large to follow row by
 * row (a sample organisation, an import into a new file). */
gboolean
_lds_store_rebuild_index (LdsStore  *self,
                          GError   **error)
{
  if (!_lds_store_exec (self, "DELETE FROM search_index;", error))
    return FALSE;
  for (guint type = 0; type < LDS_N_RECORD_TYPES; type++)
    {
      g_autofree char *sql = NULL;

      if (indexed[type].table == NULL)
        continue;
      sql = index_sql (type, "1");
      if (!_lds_store_exec (self, sql, error))
        return FALSE;
    }
  return TRUE;
}

void
lds_search_hit_free (LdsSearchHit *hit)
{
  if (hit == NULL)
    return;
  g_free (hit->text);
  g_free (hit);
}

static char *
like_pattern (const char *term)
{
  GString *pattern = g_string_new ("%");

  for (const char *p = term; *p != '\0'; p++)
    {
      if (*p == '%' || *p == '_' || *p == '\\')
        g_string_append_c (pattern, '\\');
      g_string_append_c (pattern, *p);
    }
  g_string_append_c (pattern, '%');
  return g_string_free (pattern, FALSE);
}

static char *
first_line (const char *body)
{
  const char *newline = strchr (body, '\n');

  return newline != NULL ? g_strndup (body, newline - body) : g_strdup (body);
}

/**
 * lds_store_search:
 * @query: words to find; every one must occur (as a substring, any case)
 * @limit: the most hits to return, 0 for no limit
 *
 * Returns: (transfer full) (element-type LdsSearchHit): the records whose
 *   names, titles, descriptions or notes hold every word of @query, units
 *   and people first, then objectives, key results and notes
 */
GPtrArray *
lds_store_search (LdsStore    *self,
                  const char  *query,
                  guint        limit,
                  GError     **error)
{
  g_autoptr(GPtrArray) hits = g_ptr_array_new_with_free_func ((GDestroyNotify) lds_search_hit_free);
  g_autoptr(GString) sql = g_string_new ("SELECT rowid, body FROM search_index WHERE 1");
  g_autoptr(GPtrArray) patterns = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) terms = NULL;
  sqlite3_stmt *stmt = NULL;
  int rc;

  g_return_val_if_fail (LDS_IS_STORE (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  terms = g_strsplit_set (query, " \t\n\u3000", -1);
  for (guint i = 0; terms[i] != NULL; i++)
    {
      g_autofree char *term = g_utf8_normalize (terms[i], -1, G_NORMALIZE_NFC);

      if (term == NULL || *term == '\0')
        continue;
      if (g_utf8_strlen (term, -1) >= 3)
        g_string_append (sql, " AND body LIKE ? ESCAPE '\\'");
      else
        g_string_append (sql, " AND instr (lower (body), lower (?)) > 0");
      g_ptr_array_add (patterns, g_utf8_strlen (term, -1) >= 3 ? like_pattern (term)
                                                               : g_steal_pointer (&term));
    }
  if (patterns->len == 0)
    return g_steal_pointer (&hits);

  g_string_append (sql, " ORDER BY rowid % 16, rowid");
  if (limit > 0)
    g_string_append_printf (sql, " LIMIT %u", limit);

  stmt = _lds_store_prepare_new (self, sql->str, 0, _("Could not search the organisation."), error);
  if (stmt == NULL)
    return NULL;
  for (guint i = 0; i < patterns->len; i++)
    sqlite3_bind_text (stmt, i + 1, g_ptr_array_index (patterns, i), -1, SQLITE_STATIC);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      LdsSearchHit *hit = g_new0 (LdsSearchHit, 1);
      gint64 rowid = sqlite3_column_int64 (stmt, 0);

      hit->type = rowid % 16;
      hit->id = rowid / 16;
      hit->text = first_line ((const char *) sqlite3_column_text (stmt, 1));
      g_ptr_array_add (hits, hit);
    }
  sqlite3_finalize (stmt);

  if (rc != SQLITE_DONE)
    {
      _lds_store_set_sqlite_error (self, error, rc, _("Could not search the organisation."));
      return NULL;
    }
  return g_steal_pointer (&hits);
}
