/* lds-cli-export.c: `lodestar export FILE --format F -o OUT`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lds-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "lds-cli.h"
#include "lds-date.h"
#include "lds-export.h"
#include "lds-store-lookup.h"

static char *
format_names (void)
{
  guint n;
  const LdsExportFormat *formats = lds_export_get_formats (&n);
  GString *names = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    g_string_append_printf (names, "%s%s", i > 0 ? ", " : "", formats[i].name);
  return g_string_free (names, FALSE);
}

int
lds_cli_export (int    argc,
                char **argv)
{
  g_autofree char *format = NULL, *out = NULL, *cycle = NULL, *unit = NULL;
  g_autofree char *page = NULL, *at = NULL, *known = format_names ();
  gboolean landscape = FALSE;
  double scale = 0;
  const GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format, N_("The format to write"), N_("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &out, N_("The file to write"), N_("OUT") },
    { "cycle", 0, 0, G_OPTION_ARG_STRING, &cycle,
      N_("Only this cycle (default: the current one, where the format has one)"), N_("NAME") },
    { "unit", 0, 0, G_OPTION_ARG_STRING, &unit,
      N_("Only this unit and the units below it, as a path such as Company/Sales/East"),
      N_("PATH") },
    { "page", 0, 0, G_OPTION_ARG_STRING, &page,
      N_("Lay the result out on pages of this size: a4, a3, a2, a1 or a0"), N_("SIZE") },
    { "landscape", 0, 0, G_OPTION_ARG_NONE, &landscape, N_("Turn the pages sideways"), NULL },
    { "scale", 0, 0, G_OPTION_ARG_DOUBLE, &scale,
      N_("Pixels per point for pictures (default 1)"), N_("SCALE") },
    { "at", 0, 0, G_OPTION_ARG_STRING, &at,
      N_("The organisation as it stood on this day"), N_("YYYY-MM-DD") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(LdsStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  LdsExportOptions options = { 0 };
  const LdsExportFormat *f;
  int status;

  context = g_option_context_new (_("FILE — export an organisation"));
  /* Translators: %s lists the formats, such as "pdf, svg, png" */
  summary = g_strdup_printf (_("Writes the organisation in FILE, or a part of it, in another "
                               "format. The formats: %s."), known);
  g_option_context_set_summary (context, summary);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  status = lds_cli_parse (context, &argc, &argv);
  if (status != LDS_CLI_OK)
    return status;

  if (argc != 2 || format == NULL || out == NULL)
    {
      lds_cli_error ("%s", _("Name the file to export, with --format FORMAT and -o OUT."));
      return LDS_CLI_USAGE;
    }
  f = lds_export_find_format (format);
  if (f == NULL)
    {
      /* Translators: %1$s is the format asked for, %2$s the list of formats */
      lds_cli_error (_("Lodestar cannot export to “%1$s”; choose one of: %2$s."), format, known);
      return LDS_CLI_USAGE;
    }
  if (!lds_export_page_from_name (page, &options.page))
    {
      lds_cli_error (_("“%s” is not a page size; choose a4, a3, a2, a1 or a0."), page);
      return LDS_CLI_USAGE;
    }
  if (page != NULL && !f->uses_page)
    {
      lds_cli_error (_("--page does not apply to %s."), f->name);
      return LDS_CLI_USAGE;
    }
  if (scale < 0 || scale > 16)
    {
      lds_cli_error ("%s", _("--scale takes a number above 0 and up to 16."));
      return LDS_CLI_USAGE;
    }
  if (at != NULL && !lds_date_is_valid (at))
    {
      lds_cli_error (_("“%s” is not a date; write it as YYYY-MM-DD."), at);
      return LDS_CLI_USAGE;
    }
  options.landscape = landscape;
  options.scale = scale;
  /* The end of the day: everything that happened that day counts. */
  options.at = at != NULL ? lds_date_to_time (at) + 86399 : 0;

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
      options.cycle_id = c->id;
    }
  if (unit != NULL)
    {
      g_autoptr(LdsUnit) u = lds_store_find_unit_by_path (store, unit, &error);
      if (u == NULL)
        {
          lds_cli_error ("%s", error->message);
          return LDS_CLI_FAILED;
        }
      options.unit_id = u->id;
    }

  if (!lds_export (store, f->name, &options, out, &error))
    {
      lds_cli_error ("%s", error->message);
      return LDS_CLI_FAILED;
    }
  return LDS_CLI_OK;
}
