/* lds-store-settings.c: the organisation file's own settings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lds-store"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "lds-store-private.h"

static char *
read_setting (LdsStore   *self,
              const char *key)
{
  sqlite3_stmt *stmt = _lds_store_prepare (self, "SELECT value FROM settings WHERE key = ?", NULL);
  char *value = NULL;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return value;
}

static int
read_int (LdsStore   *self,
          const char *key,
          int         fallback)
{
  g_autofree char *text = read_setting (self, key);
  gint64 value;

  if (text == NULL || !g_ascii_string_to_signed (text, 10, G_MININT, G_MAXINT, &value, NULL))
    return fallback;
  return (int) value;
}

static double
read_double (LdsStore   *self,
             const char *key,
             double      fallback)
{
  g_autofree char *text = read_setting (self, key);
  char *end = NULL;
  double value;

  if (text == NULL)
    return fallback;
  value = g_ascii_strtod (text, &end);
  return (end != NULL && *end == '\0') ? value : fallback;
}

/**
 * lds_store_get_file_settings:
 *
 * The organisation's settings, each one that the file does not set (or sets
 * to something unusable) taken from the method's defaults.
 */
void
lds_store_get_file_settings (LdsStore        *self,
                             LdsFileSettings *settings)
{
  LdsFileSettings defaults = LDS_FILE_SETTINGS_DEFAULT;
  g_autofree char *scale = NULL;

  g_return_if_fail (LDS_IS_STORE (self));
  g_return_if_fail (settings != NULL);

  settings->cadence_days = read_int (self, LDS_SETTING_CADENCE_DAYS, defaults.cadence_days);
  settings->max_objectives = read_int (self, LDS_SETTING_MAX_OBJECTIVES, defaults.max_objectives);
  settings->max_key_results = read_int (self, LDS_SETTING_MAX_KEY_RESULTS,
                                        defaults.max_key_results);
  settings->bands.red_below = read_double (self, LDS_SETTING_RED_BELOW, defaults.bands.red_below);
  settings->bands.green_from = read_double (self, LDS_SETTING_GREEN_FROM,
                                            defaults.bands.green_from);
  scale = read_setting (self, LDS_SETTING_SCORE_SCALE);
  settings->scale = g_strcmp0 (scale, "percent") == 0 ? LDS_SCORE_SCALE_PERCENT
                                                      : LDS_SCORE_SCALE_DECIMAL;

  if (!lds_file_settings_validate (settings, NULL))
    *settings = defaults;
}

static gboolean
write_setting (LdsStore    *self,
               const char  *key,
               const char  *value,
               GError     **error)
{
  g_autofree char *uuid = g_uuid_string_random ();
  sqlite3_stmt *stmt;
  int rc;

  stmt = _lds_store_prepare (self,
                             "INSERT INTO settings (key, uuid, value) VALUES (?, ?, ?)"
                             " ON CONFLICT (key) DO UPDATE SET value = excluded.value"
                             " WHERE value IS NOT excluded.value",
                             error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, uuid, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, value, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _lds_store_set_sqlite_error (self, error, rc, _("Could not save the settings."));
      return FALSE;
    }
  return TRUE;
}

gboolean
lds_store_set_file_settings (LdsStore               *self,
                             const LdsFileSettings  *settings,
                             GError                **error)
{
  char red[G_ASCII_DTOSTR_BUF_SIZE], green[G_ASCII_DTOSTR_BUF_SIZE];
  g_autofree char *cadence = NULL, *max_o = NULL, *max_kr = NULL;
  gboolean ok;

  g_return_val_if_fail (LDS_IS_STORE (self), FALSE);
  g_return_val_if_fail (settings != NULL, FALSE);

  if (!lds_file_settings_validate (settings, error))
    {
      if (error != NULL && *error != NULL)
        (*error)->domain = LDS_STORE_ERROR, (*error)->code = LDS_STORE_ERROR_INVALID;
      return FALSE;
    }

  cadence = g_strdup_printf ("%d", settings->cadence_days);
  max_o = g_strdup_printf ("%d", settings->max_objectives);
  max_kr = g_strdup_printf ("%d", settings->max_key_results);
  g_ascii_dtostr (red, sizeof red, settings->bands.red_below);
  g_ascii_dtostr (green, sizeof green, settings->bands.green_from);

  if (!lds_store_begin (self, _("Change Settings"), error))
    return FALSE;
  ok = write_setting (self, LDS_SETTING_CADENCE_DAYS, cadence, error) &&
       write_setting (self, LDS_SETTING_MAX_OBJECTIVES, max_o, error) &&
       write_setting (self, LDS_SETTING_MAX_KEY_RESULTS, max_kr, error) &&
       write_setting (self, LDS_SETTING_RED_BELOW, red, error) &&
       write_setting (self, LDS_SETTING_GREEN_FROM, green, error) &&
       write_setting (self, LDS_SETTING_SCORE_SCALE,
                      settings->scale == LDS_SCORE_SCALE_PERCENT ? "percent" : "decimal", error);
  if (!ok)
    {
      lds_store_rollback (self);
      return FALSE;
    }
  return lds_store_commit (self, error);
}
