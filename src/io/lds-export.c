/* lds-export.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lds-export"

#include "config.h"

#include <glib/gi18n.h>

#include "lds-champion-report.h"
#include "lds-export.h"
#include "lds-export-data.h"
#include "lds-report.h"

G_DEFINE_QUARK (lds-export-error-quark, lds_export_error)

/* The formats, in the order they are offered. */
static const LdsExportFormat formats[] = {
  { "json", "json", N_("JSON: every record, for scripts and for merging"), FALSE, lds_export_json },
  { "csv", "csv", N_("CSV spreadsheet: one row per key result"), FALSE, lds_export_csv },
  { "report-pdf", "pdf", N_("Cycle report (PDF)"), TRUE, lds_export_report_pdf },
  { "report-html", "html", N_("Cycle report (web page)"), FALSE, lds_export_report_html },
  { "report-md", "md", N_("Cycle report (Markdown)"), FALSE, lds_export_report_markdown },
  { "champion-pdf", "pdf", N_("Champion report (PDF)"), FALSE, lds_champion_report_export_pdf },
  { "champion-md", "md", N_("Champion report (Markdown)"), FALSE,
    lds_champion_report_export_markdown },
  { NULL }
};

/**
 * lds_export_get_formats:
 *
 * Returns: (array length=n_formats): every export format
 */
const LdsExportFormat *
lds_export_get_formats (guint *n_formats)
{
  guint n = 0;

  while (formats[n].name != NULL)
    n++;
  if (n_formats != NULL)
    *n_formats = n;
  return formats;
}

const LdsExportFormat *
lds_export_find_format (const char *name)
{
  g_return_val_if_fail (name != NULL, NULL);

  for (guint i = 0; formats[i].name != NULL; i++)
    if (g_ascii_strcasecmp (formats[i].name, name) == 0)
      return &formats[i];
  return NULL;
}

gboolean
lds_export_page_from_name (const char    *name,
                           LdsExportPage *page)
{
  static const char * const names[] = { NULL, "a4", "a3", "a2", "a1", "a0" };

  g_return_val_if_fail (page != NULL, FALSE);

  if (name == NULL)
    {
      *page = LDS_EXPORT_PAGE_NONE;
      return TRUE;
    }
  for (guint i = 1; i < G_N_ELEMENTS (names); i++)
    if (g_ascii_strcasecmp (name, names[i]) == 0)
      {
        *page = i;
        return TRUE;
      }
  return FALSE;
}

/**
 * lds_export:
 * @format: a format's name
 *
 * Writes the organisation (or the part @options choose) to @path.
 */
gboolean
lds_export (LdsStore                *store,
            const char              *format,
            const LdsExportOptions  *options,
            const char              *path,
            GError                 **error)
{
  const LdsExportFormat *f;
  LdsExportOptions defaults = { 0 };

  g_return_val_if_fail (LDS_IS_STORE (store), FALSE);
  g_return_val_if_fail (format != NULL && path != NULL, FALSE);

  f = lds_export_find_format (format);
  if (f == NULL)
    {
      g_set_error (error, LDS_EXPORT_ERROR, LDS_EXPORT_ERROR_UNKNOWN_FORMAT,
                   /* Translators: %s is the format someone asked for */
                   _("Lodestar cannot export to “%s”."), format);
      return FALSE;
    }
  return f->write (store, options != NULL ? options : &defaults, path, error);
}
