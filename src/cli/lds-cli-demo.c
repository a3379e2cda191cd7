/* lds-cli-demo.c: `lodestar demo --out FILE`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lds-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "lds-cli.h"
#include "lds-demo.h"

int
lds_cli_demo (int    argc,
              char **argv)
{
  g_autofree char *out = NULL;
  g_autofree char *language = NULL;
  int n_objectives = 0;
  gboolean clean = FALSE;
  const GOptionEntry entries[] = {
    { "out", 'o', 0, G_OPTION_ARG_FILENAME, &out,
      N_("The new file to write (it must not exist yet)"), N_("FILE") },
    { "language", 'l', 0, G_OPTION_ARG_STRING, &language,
      N_("The language of the sample company: en or zh_CN (default: the interface’s)"),
      N_("LANGUAGE") },
    { "clean", 0, 0, G_OPTION_ARG_NONE, &clean,
      N_("Leave out the sample company’s deliberate coaching problems"), NULL },
    { "objectives", 'n', 0, G_OPTION_ARG_INT, &n_objectives,
      N_("Instead of the sample company, a synthetic organisation of N objectives, for "
         "benchmarks"), "N" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(LdsStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  gboolean ok;
  int status;

  context = g_option_context_new (_("— write a sample organisation"));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  status = lds_cli_parse (context, &argc, &argv);
  if (status != LDS_CLI_OK)
    return status;

  if (out == NULL || argc > 1)
    {
      lds_cli_error ("%s", _("Say where to write the sample with --out FILE."));
      return LDS_CLI_USAGE;
    }
  if (language != NULL && !lds_demo_language_is_known (language))
    {
      lds_cli_error (_("There is no sample company in “%s”; choose “en” or “zh_CN”."), language);
      return LDS_CLI_USAGE;
    }
  if (n_objectives < 0 || n_objectives > 1000000)
    {
      lds_cli_error ("%s", _("--objectives takes a number from 1 to 1000000."));
      return LDS_CLI_USAGE;
    }

  name = g_filename_display_name (out);
  if (g_file_test (out, G_FILE_TEST_EXISTS))
    {
      lds_cli_error (_("“%s” exists already. Choose the name of a new file."), name);
      return LDS_CLI_FAILED;
    }

  store = lds_cli_open_store (out, LDS_STORE_OPEN_CREATE);
  if (store == NULL)
    return LDS_CLI_FAILED;

  if (n_objectives > 0)
    ok = lds_demo_write_synthetic (store, n_objectives, LDS_DEMO_CHECKINS_PER_KEY_RESULT, &error);
  else
    ok = lds_demo_write_sample (store, language != NULL ? language : lds_demo_language_for_locale (),
                                clean ? LDS_DEMO_CLEAN : LDS_DEMO_DEFAULT, &error);

  if (!ok)
    {
      lds_cli_error ("%s", error->message);
      g_clear_object (&store);
      g_unlink (out);
      return LDS_CLI_FAILED;
    }

  if (n_objectives > 0)
    g_print (g_dngettext (GETTEXT_PACKAGE,
                          /* Translators: %1$s is a file name, %2$d a number of objectives */
                          "Wrote a synthetic organisation of %2$d objective to “%1$s”.\n",
                          "Wrote a synthetic organisation of %2$d objectives to “%1$s”.\n",
                          n_objectives),
             name, n_objectives);
  else
    g_print (_("Wrote the sample company to “%s”. Open it with: lodestar %s\n"), name, out);
  return LDS_CLI_OK;
}
