/* lds-store-exchange.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lds-store"

#include "config.h"

#include <glib/gi18n.h>

#include "lds-store-exchange.h"
#include "lds-store-private.h"

#define EXCHANGE_BASE_KEY "exchange-base"

/**
 * lds_store_get_exchange_base:
 *
 * Returns: (transfer full) (nullable): the base recorded by the last JSON
 *   import, or %NULL when the file has none
 */
char *
lds_store_get_exchange_base (LdsStore *store)
{
  sqlite3_stmt *stmt;
  char *value = NULL;

  g_return_val_if_fail (LDS_IS_STORE (store), NULL);

  stmt = _lds_store_prepare (store, "SELECT value FROM settings WHERE key = ?", NULL);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, EXCHANGE_BASE_KEY, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return value;
}

/**
 * lds_store_set_exchange_base:
 * @base: (nullable): the base as JSON text, or %NULL to forget it
 *
 * Part of the action under way when there is one (an import), so that
 * undoing the import forgets its base too.
 */
gboolean
lds_store_set_exchange_base (LdsStore    *store,
                             const char  *base,
                             GError     **error)
{
  g_autofree char *uuid = g_uuid_string_random ();
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (LDS_IS_STORE (store), FALSE);

  if (!lds_store_begin (store, _("Import"), error))
    return FALSE;
  if (base != NULL)
    stmt = _lds_store_prepare (store,
                               "INSERT INTO settings (key, uuid, value) VALUES (?, ?, ?)"
                               " ON CONFLICT (key) DO UPDATE SET value = excluded.value"
                               " WHERE value IS NOT excluded.value",
                               error);
  else
    stmt = _lds_store_prepare (store, "DELETE FROM settings WHERE key = ?", error);
  if (stmt == NULL)
    {
      lds_store_rollback (store);
      return FALSE;
    }
  sqlite3_bind_text (stmt, 1, EXCHANGE_BASE_KEY, -1, SQLITE_STATIC);
  if (base != NULL)
    {
      sqlite3_bind_text (stmt, 2, uuid, -1, SQLITE_STATIC);
      /* Not copied: a large import's base is tens of megabytes. */
      sqlite3_bind_text (stmt, 3, base, -1, SQLITE_STATIC);
    }
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  if (rc != SQLITE_DONE)
    {
      _lds_store_set_sqlite_error (store, error, rc, _("Could not save the settings."));
      lds_store_rollback (store);
      return FALSE;
    }
  return lds_store_commit (store, error);
}
