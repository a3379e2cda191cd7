/* lds-store-undo-names.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Actions are named in the interface's language when they are made
 * ("Delete Objective"); when the language changes, the names already in
 * the undo and redo history are given in the new one.
 */

#define G_LOG_DOMAIN "lds-store"

#include "config.h"

#include "lds-store-undo-names.h"
#include "lds-store-private.h"

static void
rename_stack (GPtrArray          *stack,
              LdsStoreRenameFunc  rename,
              gpointer            user_data)
{
  for (guint i = 0; i < stack->len; i++)
    {
      LdsUndoEntry *entry = g_ptr_array_index (stack, i);
      char *name;

      if (entry->name == NULL)
        continue;
      name = rename (entry->name, user_data);
      if (name != NULL)
        {
          g_free (entry->name);
          entry->name = name;
        }
    }
}

/**
 * lds_store_rename_actions:
 * @rename: given each action's name, returns its new one (or %NULL to keep it)
 *
 * Renames every action of the undo and redo history. Nothing else changes,
 * and no signal is emitted.
 */
void
lds_store_rename_actions (LdsStore           *self,
                          LdsStoreRenameFunc  rename,
                          gpointer            user_data)
{
  g_return_if_fail (LDS_IS_STORE (self));
  g_return_if_fail (rename != NULL);

  rename_stack (self->undo_stack, rename, user_data);
  rename_stack (self->redo_stack, rename, user_data);
}
