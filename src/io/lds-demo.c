/* lds-demo.c: choosing the sample
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lds-demo"

#include "config.h"

#include <glib/gi18n.h>

#include "lds-demo-private.h"

gboolean
lds_demo_language_is_known (const char *language)
{
  return g_strcmp0 (language, "en") == 0 || g_strcmp0 (language, "zh_CN") == 0;
}

/* The sample's language that suits the interface's: Chinese for a Chinese
 * interface, English for every other. */
const char *
lds_demo_language_for_locale (void)
{
  const char * const *names = g_get_language_names ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      if (g_str_has_prefix (names[i], "zh"))
        return "zh_CN";
      if (g_str_has_prefix (names[i], "en") || g_str_equal (names[i], "C"))
        return "en";
    }
  return "en";
}

/**
 * lds_demo_write_sample:
 * @language: "en" or "zh_CN": the language of the company's own texts
 * @flags: %LDS_DEMO_CLEAN for a company that follows every rule of the method
 *
 * Writes the hand-written sample company into @store (which should be
 * empty), as one action that cannot be undone.
 */
gboolean
lds_demo_write_sample (LdsStore     *store,
                       const char   *language,
                       LdsDemoFlags  flags,
                       GError      **error)
{
  gboolean ok;

  g_return_val_if_fail (LDS_IS_STORE (store), FALSE);

  if (!lds_demo_language_is_known (language))
    {
      g_set_error (error, LDS_STORE_ERROR, LDS_STORE_ERROR_INVALID,
                   /* Translators: %s is a language code the user gave */
                   _("There is no sample company in “%s”; choose “en” or “zh_CN”."), language);
      return FALSE;
    }

  if (!lds_store_begin (store, NULL, error))
    return FALSE;
  ok = _lds_demo_write_sample_company (store, g_str_equal (language, "zh_CN"),
                                       (flags & LDS_DEMO_CLEAN) == 0, error);
  if (!ok)
    {
      lds_store_rollback (store);
      return FALSE;
    }
  return lds_store_commit (store, error);
}
