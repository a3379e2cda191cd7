/* lds-i18n.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lds-i18n"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "lds-i18n.h"

/* Where the message catalogues are: the installed locale directory, or the
 * one LODESTAR_LOCALEDIR names (the build tree, when running tests). */
const char *
lds_i18n_locale_dir (void)
{
  const char *dir = g_getenv ("LODESTAR_LOCALEDIR");

  return (dir != NULL && *dir != '\0') ? dir : LOCALEDIR;
}

void
lds_i18n_init (void)
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, lds_i18n_locale_dir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}
