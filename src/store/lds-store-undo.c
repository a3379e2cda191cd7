/* lds-store-undo.c: actions, and undoing and redoing them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An action is one transaction watched by an SQLite session. When it
 * commits, the session's changeset (every row inserted, updated or deleted,
 * cascades included) goes on the undo stack. Undo applies the inverse
 * changeset; redo applies the changeset again. Both run in a transaction of
 * their own and stop, changing nothing, if a record has meanwhile been
 * changed in another way (by another window or another program).
 */

#define G_LOG_DOMAIN "lds-store"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "lds-store-private.h"

/* The tables an action's session watches: every record table and the
 * settings. The search index is left out: the store brings it up to date
 * from each changeset itself (lds-store-search.c), after actions and after
 * undo and redo alike. */
static gboolean
attach_tables (sqlite3_session *session)
{
  for (guint i = 0; i < LDS_N_RECORD_TYPES; i++)
    if (sqlite3session_attach (session, lds_record_info (i)->table) != SQLITE_OK)
      return FALSE;
  return sqlite3session_attach (session, "settings") == SQLITE_OK;
}

void
_lds_undo_entry_free (LdsUndoEntry *entry)
{
  if (entry == NULL)
    return;
  g_free (entry->name);
  sqlite3_free (entry->changeset);
  g_free (entry);
}

LdsChanges *
_lds_changes_from_changeset (int   size,
                             void *changeset)
{
  LdsChanges *changes = _lds_changes_new ();
  sqlite3_changeset_iter *iter = NULL;

  if (sqlite3changeset_start (&iter, size, changeset) != SQLITE_OK)
    {
      changes->everything = TRUE;
      return changes;
    }

  while (sqlite3changeset_next (iter) == SQLITE_ROW)
    {
      const LdsRecordInfo *info;
      sqlite3_value *pk = NULL;
      const char *table;
      int n_columns, op, indirect;
      LdsChange change;

      sqlite3changeset_op (iter, &table, &n_columns, &op, &indirect);
      info = lds_record_info_for_table (table);
      if (info == NULL)
        {
          changes->settings = TRUE;
          continue;
        }

      change.type = info->type;
      change.op = op == SQLITE_INSERT ? LDS_CHANGE_INSERT
                : op == SQLITE_DELETE ? LDS_CHANGE_DELETE : LDS_CHANGE_UPDATE;
      if (op == SQLITE_INSERT)
        sqlite3changeset_new (iter, 0, &pk);
      else
        sqlite3changeset_old (iter, 0, &pk);
      change.id = pk != NULL ? sqlite3_value_int64 (pk) : 0;

      changes->types |= 1u << info->type;
      g_array_append_val (changes->changes, change);
    }
  sqlite3changeset_finalize (iter);
  return changes;
}

static void
end_session (LdsStore *self)
{
  g_clear_pointer (&self->session, sqlite3session_delete);
  g_clear_pointer (&self->action_name, g_free);
  self->action_depth = 0;
  self->action_failed = FALSE;
  self->action_untracked = FALSE;
  self->settings_touched = FALSE;
}

/**
 * lds_store_begin:
 * @action_name: (nullable): the action as the Undo menu names it ("Delete
 *   Objective"), or %NULL for an action that cannot be undone (generating
 *   a sample organisation, an import into a new file)
 *
 * Starts an action, or a step inside the action under way (then the outer
 * action's name is the one kept). Every successful begin is matched by one
 * lds_store_commit() or one lds_store_rollback().
 */
gboolean
lds_store_begin (LdsStore    *self,
                 const char  *action_name,
                 GError     **error)
{
  int rc;

  g_return_val_if_fail (LDS_IS_STORE (self), FALSE);

  if (self->read_only)
    {
      g_autofree char *name = g_filename_display_name (self->path);
      g_set_error (error, LDS_STORE_ERROR, LDS_STORE_ERROR_READ_ONLY,
                   _("“%s” was opened read-only; nothing can be changed."), name);
      return FALSE;
    }

  if (self->action_depth > 0)
    {
      self->action_depth++;
      return TRUE;
    }

  /* Nothing is written to a file before its pages have been checked. */
  if (!_lds_store_check_passed (self, error))
    return FALSE;

  rc = sqlite3_exec (self->db, "BEGIN IMMEDIATE;", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      _lds_store_set_sqlite_error (self, error, rc, _("Could not start the change."));
      return FALSE;
    }

  if (action_name != NULL)
    {
      if (sqlite3session_create (self->db, "main", &self->session) != SQLITE_OK ||
          !attach_tables (self->session))
        {
          g_clear_pointer (&self->session, sqlite3session_delete);
          sqlite3_exec (self->db, "ROLLBACK;", NULL, NULL, NULL);
          g_set_error_literal (error, LDS_STORE_ERROR, LDS_STORE_ERROR_FAILED,
                               _("Could not start recording the change for undo."));
          return FALSE;
        }
    }

  self->action_depth = 1;
  self->action_name = g_strdup (action_name);
  self->action_untracked = action_name == NULL;
  return TRUE;
}

gboolean
lds_store_in_action (LdsStore *self)
{
  g_return_val_if_fail (LDS_IS_STORE (self), FALSE);

  return self->action_depth > 0;
}

/**
 * lds_store_rollback:
 *
 * Gives up the step under way. When it is the outermost one, nothing of the
 * action is kept; inside another action, the whole action will fail.
 */
void
lds_store_rollback (LdsStore *self)
{
  g_return_if_fail (LDS_IS_STORE (self));
  g_return_if_fail (self->action_depth > 0);

  if (self->action_depth > 1)
    {
      self->action_depth--;
      self->action_failed = TRUE;
      return;
    }

  sqlite3_exec (self->db, "ROLLBACK;", NULL, NULL, NULL);
  end_session (self);
}

gboolean
lds_store_commit (LdsStore  *self,
                  GError   **error)
{
  g_autoptr(LdsChanges) changes = NULL;
  void *changeset = NULL;
  int size = 0;
  int rc;

  g_return_val_if_fail (LDS_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->action_depth > 0, FALSE);

  if (self->action_depth > 1)
    {
      self->action_depth--;
      return TRUE;
    }

  if (self->action_failed)
    {
      sqlite3_exec (self->db, "ROLLBACK;", NULL, NULL, NULL);
      end_session (self);
      g_set_error_literal (error, LDS_STORE_ERROR, LDS_STORE_ERROR_FAILED,
                           _("A part of the change failed, so none of it was saved."));
      return FALSE;
    }

  if (self->session != NULL)
    {
      rc = sqlite3session_changeset (self->session, &size, &changeset);
      if (rc != SQLITE_OK)
        {
          sqlite3_exec (self->db, "ROLLBACK;", NULL, NULL, NULL);
          end_session (self);
          _lds_store_set_sqlite_error (self, error, rc, _("Could not record the change for undo."));
          return FALSE;
        }
      if (size > 0)
        changes = _lds_changes_from_changeset (size, changeset);
    }
  else
    {
      changes = _lds_changes_new ();
      changes->everything = TRUE;
    }

  /* The search index follows the records, in the same transaction. */
  if ((self->action_untracked && !_lds_store_rebuild_index (self, error)) ||
      (!self->action_untracked && changes != NULL &&
       !_lds_store_index_changes (self, changes, error)))
    {
      sqlite3_free (changeset);
      sqlite3_exec (self->db, "ROLLBACK;", NULL, NULL, NULL);
      end_session (self);
      return FALSE;
    }

  rc = sqlite3_exec (self->db, "COMMIT;", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      sqlite3_free (changeset);
      _lds_store_set_sqlite_error (self, error, rc, _("Could not save the change."));
      sqlite3_exec (self->db, "ROLLBACK;", NULL, NULL, NULL);
      end_session (self);
      return FALSE;
    }

  if (self->action_untracked)
    {
      end_session (self);
      /* What the history says can no longer be applied safely. */
      lds_store_clear_history (self);
    }
  else if (size > 0)
    {
      LdsUndoEntry *entry = g_new0 (LdsUndoEntry, 1);

      entry->name = g_steal_pointer (&self->action_name);
      entry->changeset = changeset;
      entry->size = size;
      end_session (self);
      g_ptr_array_add (self->undo_stack, entry);
      g_ptr_array_set_size (self->redo_stack, 0);
      _lds_store_notify_history (self);
    }
  else
    {
      /* Nothing changed: nothing to undo, nobody to tell. */
      sqlite3_free (changeset);
      end_session (self);
      return TRUE;
    }

  _lds_store_emit_changed (self, changes);
  return TRUE;
}

/* Undo and redo */

static gboolean
values_equal (sqlite3_value *a,
              sqlite3_value *b)
{
  int ta, tb;

  if (a == NULL || b == NULL)
    return a == b;
  ta = sqlite3_value_type (a);
  tb = sqlite3_value_type (b);
  if (ta == SQLITE_NULL || tb == SQLITE_NULL)
    return ta == tb;
  if ((ta == SQLITE_INTEGER || ta == SQLITE_FLOAT) && (tb == SQLITE_INTEGER || tb == SQLITE_FLOAT))
    return sqlite3_value_double (a) == sqlite3_value_double (b);
  if (ta != tb)
    return FALSE;
  return sqlite3_value_bytes (a) == sqlite3_value_bytes (b) &&
         memcmp (sqlite3_value_blob (a), sqlite3_value_blob (b), sqlite3_value_bytes (a)) == 0;
}

/* Whether the row in the database already holds what the change would
 * write: then the change has happened already (a cascade or SET NULL that
 * ran when an earlier row of the changeset was applied). */
static gboolean
change_already_applied (sqlite3_changeset_iter *iter,
                        int                     n_columns)
{
  for (int i = 0; i < n_columns; i++)
    {
      sqlite3_value *wanted = NULL, *current = NULL;

      if (sqlite3changeset_new (iter, i, &wanted) != SQLITE_OK || wanted == NULL)
        continue;   /* column not changed by this update */
      if (sqlite3changeset_conflict (iter, i, &current) != SQLITE_OK)
        return FALSE;
      if (!values_equal (wanted, current))
        return FALSE;
    }
  return TRUE;
}

static int
apply_conflict_cb (void                   *user_data,
                   int                     conflict,
                   sqlite3_changeset_iter *iter)
{
  gboolean *conflicted = user_data;
  const char *table;
  int n_columns, op, indirect;

  sqlite3changeset_op (iter, &table, &n_columns, &op, &indirect);

  if (conflict == SQLITE_CHANGESET_NOTFOUND && op == SQLITE_DELETE)
    return SQLITE_CHANGESET_OMIT;        /* gone already, by a cascade */
  if ((conflict == SQLITE_CHANGESET_DATA && op == SQLITE_UPDATE) ||
      (conflict == SQLITE_CHANGESET_CONFLICT && op == SQLITE_INSERT))
    {
      if (change_already_applied (iter, n_columns))
        return SQLITE_CHANGESET_OMIT;
    }

  g_debug ("Undo/redo conflict %d on %s (op %d)", conflict, table, op);
  *conflicted = TRUE;
  return SQLITE_CHANGESET_ABORT;
}

static gboolean
apply_entry (LdsStore      *self,
             LdsUndoEntry  *entry,
             gboolean       invert,
             GError       **error)
{
  g_autoptr(LdsChanges) changes = NULL;
  g_autoptr(GError) index_error = NULL;
  void *changeset = entry->changeset;
  int size = entry->size;
  gboolean conflicted = FALSE;
  int rc;

  if (self->read_only)
    {
      g_set_error_literal (error, LDS_STORE_ERROR, LDS_STORE_ERROR_READ_ONLY,
                           _("This organisation was opened read-only."));
      return FALSE;
    }
  if (self->action_depth > 0)
    {
      g_set_error_literal (error, LDS_STORE_ERROR, LDS_STORE_ERROR_UNDO,
                           _("Finish the change under way first."));
      return FALSE;
    }
  if (!_lds_store_check_passed (self, error))
    return FALSE;

  if (invert)
    {
      rc = sqlite3changeset_invert (entry->size, entry->changeset, &size, &changeset);
      if (rc != SQLITE_OK)
        {
          _lds_store_set_sqlite_error (self, error, rc, _("Could not undo the change."));
          return FALSE;
        }
    }

  rc = sqlite3_exec (self->db, "BEGIN IMMEDIATE;", NULL, NULL, NULL);
  if (rc == SQLITE_OK)
    {
      rc = sqlite3changeset_apply (self->db, size, changeset, NULL, apply_conflict_cb, &conflicted);
      if (rc == SQLITE_OK)
        {
          changes = _lds_changes_from_changeset (size, changeset);
          if (!_lds_store_index_changes (self, changes, &index_error))
            rc = SQLITE_ERROR;
        }
      if (rc == SQLITE_OK)
        rc = sqlite3_exec (self->db, "COMMIT;", NULL, NULL, NULL);
      if (rc != SQLITE_OK)
        sqlite3_exec (self->db, "ROLLBACK;", NULL, NULL, NULL);
    }

  if (index_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&index_error));
      if (invert)
        sqlite3_free (changeset);
      return FALSE;
    }

  if (rc != SQLITE_OK)
    {
      if (conflicted || (rc & 0xff) == SQLITE_ABORT || (rc & 0xff) == SQLITE_CONSTRAINT)
        g_set_error (error, LDS_STORE_ERROR, LDS_STORE_ERROR_UNDO,
                     invert
                       /* Translators: %s is the name of an action, such as "Delete Objective" */
                       ? _("Could not undo “%s”: the records it touched have been changed since, "
                           "perhaps in another window. Nothing was changed.")
                       : _("Could not redo “%s”: the records it touched have been changed since, "
                           "perhaps in another window. Nothing was changed."),
                     entry->name);
      else
        _lds_store_set_sqlite_error (self, error, rc,
                                     invert ? _("Could not undo the change.") : _("Could not redo the change."));
      if (invert)
        sqlite3_free (changeset);
      return FALSE;
    }

  if (invert)
    sqlite3_free (changeset);
  _lds_store_emit_changed (self, changes);
  return TRUE;
}

gboolean
lds_store_can_undo (LdsStore *self)
{
  g_return_val_if_fail (LDS_IS_STORE (self), FALSE);

  return self->undo_stack->len > 0;
}

gboolean
lds_store_can_redo (LdsStore *self)
{
  g_return_val_if_fail (LDS_IS_STORE (self), FALSE);

  return self->redo_stack->len > 0;
}

const char *
lds_store_get_undo_name (LdsStore *self)
{
  LdsUndoEntry *entry;

  g_return_val_if_fail (LDS_IS_STORE (self), NULL);

  if (self->undo_stack->len == 0)
    return NULL;
  entry = g_ptr_array_index (self->undo_stack, self->undo_stack->len - 1);
  return entry->name;
}

const char *
lds_store_get_redo_name (LdsStore *self)
{
  LdsUndoEntry *entry;

  g_return_val_if_fail (LDS_IS_STORE (self), NULL);

  if (self->redo_stack->len == 0)
    return NULL;
  entry = g_ptr_array_index (self->redo_stack, self->redo_stack->len - 1);
  return entry->name;
}

static gboolean
move_entry (LdsStore   *self,
            GPtrArray  *from,
            GPtrArray  *to,
            gboolean    invert,
            GError    **error)
{
  LdsUndoEntry *entry;

  if (from->len == 0)
    {
      g_set_error_literal (error, LDS_STORE_ERROR, LDS_STORE_ERROR_UNDO,
                           invert ? _("There is nothing to undo.") : _("There is nothing to redo."));
      return FALSE;
    }

  entry = g_ptr_array_index (from, from->len - 1);
  if (!apply_entry (self, entry, invert, error))
    return FALSE;

  g_ptr_array_add (to, g_ptr_array_steal_index (from, from->len - 1));
  _lds_store_notify_history (self);
  return TRUE;
}

gboolean
lds_store_undo (LdsStore  *self,
                GError   **error)
{
  g_return_val_if_fail (LDS_IS_STORE (self), FALSE);

  return move_entry (self, self->undo_stack, self->redo_stack, TRUE, error);
}

gboolean
lds_store_redo (LdsStore  *self,
                GError   **error)
{
  g_return_val_if_fail (LDS_IS_STORE (self), FALSE);

  return move_entry (self, self->redo_stack, self->undo_stack, FALSE, error);
}

void
lds_store_clear_history (LdsStore *self)
{
  g_return_if_fail (LDS_IS_STORE (self));

  if (self->undo_stack->len == 0 && self->redo_stack->len == 0)
    return;
  g_ptr_array_set_size (self->undo_stack, 0);
  g_ptr_array_set_size (self->redo_stack, 0);
  _lds_store_notify_history (self);
}
