/* lds-cli-coach.c: `lodestar coach FILE [--cycle NAME] [--unit PATH] [--format F]`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints what the OKR coach finds. Exits 0 when it ran, whatever it found:
 * findings are advice, not failures.
 */

#define G_LOG_DOMAIN "lds-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "lds-cli.h"
#include "lds-coach-format.h"
#include "lds-store-coach.h"
#include "lds-store-lookup.h"

int
lds_cli_coach (int    argc,
               char **argv)
{
  g_autofree char *cycle = NULL, *unit = NULL, *format_name = NULL;
  const GOptionEntry entries[] = {
    { "cycle", 0, 0, G_OPTION_ARG_STRING, &cycle,
      N_("Only this cycle, such as “2027 Q1” (default: every cycle)"), N_("NAME") },
    { "unit", 0, 0, G_OPTION_ARG_STRING, &unit,
      N_("Check only this unit and the units below it, named by its path, such as "
         "Company/Sales/East"),
      N_("PATH") },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name,
      N_("Write the findings as text (the default), json or markdown"), N_("FORMAT") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(LdsStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  g_autofree char *output = NULL;
  LdsCoachScope scope = LDS_COACH_SCOPE_ALL;
  LdsCoachFormat format = LDS_COACH_FORMAT_TEXT;
  int status;

  context = g_option_context_new (_("FILE — check OKRs against the method’s rules"));
  g_option_context_set_summary (context,
                                _("Lists what the OKR coach finds in the organisation in FILE: "
                                  "too many objectives, key results that measure nothing, "
                                  "check-ins overdue and the other rules of the method, each "
                                  "with how to fix it. Exits with 0 whatever it finds."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  status = lds_cli_parse (context, &argc, &argv);
  if (status != LDS_CLI_OK)
    return status;

  if (argc != 2)
    {
      lds_cli_error ("%s", _("Name one organisation file to check."));
      return LDS_CLI_USAGE;
    }
  if (format_name != NULL && !lds_coach_format_from_name (format_name, &format))
    {
      /* Translators: %s is what was given to --format */
      lds_cli_error (_("“%s” is not a format of the coach; choose text, json or markdown."),
                     format_name);
      return LDS_CLI_USAGE;
    }

  store = lds_cli_open_store (argv[1], LDS_STORE_OPEN_READ_ONLY);
  if (store == NULL)
    return LDS_CLI_FAILED;

  if (cycle != NULL)
    {
      g_autoptr(LdsCycle) c = lds_store_find_cycle (store, cycle, &error);
      if (c == NULL)
        {
          lds_cli_error ("%s", error->message);
          return LDS_CLI_FAILED;
        }
      scope.cycle_id = c->id;
    }
  if (unit != NULL)
    {
      g_autoptr(LdsUnit) u = lds_store_find_unit_by_path (store, unit, &error);
      if (u == NULL)
        {
          lds_cli_error ("%s", error->message);
          return LDS_CLI_FAILED;
        }
      scope.owner_type = LDS_RECORD_UNIT;
      scope.owner_id = u->id;
    }

  findings = lds_coach_check_store (store, &scope, &error);
  if (findings == NULL)
    {
      lds_cli_error ("%s", error->message);
      return LDS_CLI_FAILED;
    }
  output = lds_coach_format (findings, format);
  g_print ("%s", output);
  return LDS_CLI_OK;
}
