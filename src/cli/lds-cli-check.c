/* lds-cli-check.c: `lodestar check FILE`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lds-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "lds-cli.h"

int
lds_cli_check (int    argc,
               char **argv)
{
  static const struct { LdsRecordType type; const char *label; } shown[] = {
    { LDS_RECORD_UNIT, N_("Units") },
    { LDS_RECORD_PERSON, N_("People") },
    { LDS_RECORD_CYCLE, N_("Cycles") },
    { LDS_RECORD_OBJECTIVE, N_("Objectives") },
    { LDS_RECORD_KEY_RESULT, N_("Key results") },
    { LDS_RECORD_LINK, N_("Alignment links") },
    { LDS_RECORD_CHECKIN, N_("Check-ins") },
    { LDS_RECORD_ACTION_PLAN, N_("Action plan steps") },
    { LDS_RECORD_KPI, N_("KPIs") },
    { LDS_RECORD_REVIEW, N_("OKR reviews") },
    { LDS_RECORD_REVISION, N_("Revisions") },
    { LDS_RECORD_WORKSHOP, N_("Workshops") },
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(LdsStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  const char *labels[G_N_ELEMENTS (shown)];
  char *values[G_N_ELEMENTS (shown)];
  LdsStoreSummary summary;
  int status;

  context = g_option_context_new (_("FILE — verify an organisation file"));
  g_option_context_set_summary (context,
                                _("Checks that FILE is an intact Lodestar organisation file of a "
                                  "version this program can read, and shows what it holds. The "
                                  "file is never changed."));
  status = lds_cli_parse (context, &argc, &argv);
  if (status != LDS_CLI_OK)
    return status;
  if (argc != 2)
    {
      lds_cli_error ("%s", _("Name one file to check."));
      return LDS_CLI_USAGE;
    }

  store = lds_cli_open_store (argv[1], LDS_STORE_OPEN_READ_ONLY);
  if (store == NULL)
    return LDS_CLI_FAILED;
  if (!lds_store_verify (store, &error) || !lds_store_get_summary (store, &summary, &error))
    {
      lds_cli_error ("%s", error->message);
      return LDS_CLI_FAILED;
    }

  name = g_filename_display_name (argv[1]);
  /* Translators: %1$s is a file name, %2$d the version of the file's format */
  g_print (_("“%1$s” is an intact Lodestar organisation file (format version %2$d).\n"), name,
           summary.schema_version);
  if (summary.schema_version < LDS_SCHEMA_VERSION)
    g_print (_("It will be upgraded to format version %d when Lodestar opens it; a backup copy "
               "is kept.\n"), LDS_SCHEMA_VERSION);

  for (guint i = 0; i < G_N_ELEMENTS (shown); i++)
    {
      labels[i] = _(shown[i].label);
      values[i] = g_strdup_printf ("%" G_GINT64_FORMAT, summary.counts[shown[i].type]);
    }
  lds_cli_print_rows (labels, (const char * const *) values, G_N_ELEMENTS (shown));
  for (guint i = 0; i < G_N_ELEMENTS (shown); i++)
    g_free (values[i]);

  return LDS_CLI_OK;
}
