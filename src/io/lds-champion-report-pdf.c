/* lds-champion-report-pdf.c: the champion report on A4 pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The report's blocks, laid out by the shared paged document writer
 * (lds-paged-doc.h), as the cycle report is: headings kept with what
 * follows, long paragraphs split between lines, objectives with a score
 * bar coloured by the organisation's bands, tables of key results.
 */

#define G_LOG_DOMAIN "lds-report"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "lds-champion-report-private.h"
#include "lds-format.h"
#include "lds-paged-doc.h"
#include "lds-score.h"

/* Score bands and severities, as the window colours them. */
static const double band_rgb[][3] = {
  { 0.60, 0.60, 0.60 },   /* none */
  { 0.75, 0.11, 0.16 },   /* red */
  { 0.90, 0.65, 0.04 },   /* amber */
  { 0.15, 0.64, 0.41 },   /* green */
};

static const char * const severity_colours[] = { "#c01c28", "#c64600", "#1c71d8" };

static char *
escape (const char *text)
{
  return g_markup_escape_text (text != NULL ? text : "", -1);
}

static char *
coloured (const double  rgb[3],
          const char   *text)
{
  g_autofree char *escaped = escape (text);

  return g_strdup_printf ("<span foreground=\"#%02x%02x%02x\"><b>%s</b></span>",
                          (int) (rgb[0] * 255), (int) (rgb[1] * 255), (int) (rgb[2] * 255),
                          escaped);
}

static void
add_objective (LdsPagedDoc          *doc,
               LdsReport            *report,
               const LdsReportBlock *block)
{
  g_autofree char *title = escape (block->text);
  g_autofree char *score = lds_format_score (block->score, report->settings.scale);
  g_autofree char *label = g_strdup_printf ("<b>%s</b>", score);
  LdsScoreBand band = lds_file_settings_band (&report->settings, block->score);

  lds_paged_doc_add_space (doc, 6);
  lds_paged_doc_add_paragraph (doc, title, LDS_PAGED_TEXT_BOLD | LDS_PAGED_KEEP_WITH_NEXT, 0);
  lds_paged_doc_add_bar (doc, isnan (block->score) ? 0 : block->score, band_rgb[band], label);
}

static void
add_rows (LdsPagedDoc          *doc,
          LdsReport            *report,
          const LdsReportBlock *block,
          gboolean              header)
{
  for (guint r = 0; r < block->rows->len; r++)
    {
      char **row = g_ptr_array_index (block->rows, r);
      g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
      LdsPagedTextFlags flags = LDS_PAGED_TEXT_SMALL;

      for (guint c = 0; c < block->n_columns; c++)
        {
          if (header && r > 0 && (int) c == block->score_column)
            {
              double score = g_array_index (block->scores, double, r - 1);
              LdsScoreBand band = lds_file_settings_band (&report->settings, score);
              g_ptr_array_add (cells, coloured (band_rgb[band], row[c]));
            }
          else
            g_ptr_array_add (cells, escape (row[c]));
        }
      if (header && r == 0)
        flags |= LDS_PAGED_TEXT_DIM | LDS_PAGED_KEEP_WITH_NEXT;
      lds_paged_doc_add_row (doc, (const char * const *) cells->pdata, block->widths,
                             block->n_columns, flags);
    }
}

static void
add_facts (LdsPagedDoc          *doc,
           const LdsReportBlock *block)
{
  static const double widths[] = { 0.35, 0.65 };

  for (guint r = 0; r < block->rows->len; r++)
    {
      char **row = g_ptr_array_index (block->rows, r);
      g_autofree char *label = escape (row[0]);
      g_autofree char *value = escape (row[1]);
      g_autofree char *bold = g_strdup_printf ("<b>%s</b>", value);
      const char *cells[] = { label, bold };

      lds_paged_doc_add_row (doc, cells, widths, 2, LDS_PAGED_TEXT_NORMAL);
    }
  lds_paged_doc_add_space (doc, 6);
}

static void
add_finding (LdsPagedDoc          *doc,
             const LdsReportBlock *block)
{
  g_autofree char *line = escape (block->text);
  g_autofree char *detail = escape (block->detail);
  g_autofree char *markup = g_strdup_printf ("<span foreground=\"%s\">●</span>  <b>%s</b>",
                                             severity_colours[block->severity], line);

  lds_paged_doc_add_paragraph (doc, markup, LDS_PAGED_KEEP_WITH_NEXT, 0);
  lds_paged_doc_add_paragraph (doc, detail, LDS_PAGED_TEXT_SMALL | LDS_PAGED_TEXT_DIM, 16);
  lds_paged_doc_add_space (doc, 4);
}

/* Writes the report as a PDF; the error names the file. */
gboolean
_lds_report_write_pdf (LdsReport   *report,
                       const char  *path,
                       GError     **error)
{
  g_autoptr(LdsPagedDoc) doc = lds_paged_doc_new (LDS_PAGED_A4_WIDTH, LDS_PAGED_A4_HEIGHT,
                                                  report->title);

  for (guint i = 0; i < report->blocks->len; i++)
    {
      LdsReportBlock *block = g_ptr_array_index (report->blocks, i);
      g_autofree char *text = escape (block->text);

      switch (block->kind)
        {
        case LDS_REPORT_TITLE:
          lds_paged_doc_add_heading (doc, 1, text);
          break;
        case LDS_REPORT_SUBTITLE:
          lds_paged_doc_add_paragraph (doc, text, LDS_PAGED_TEXT_DIM, 0);
          lds_paged_doc_add_space (doc, 6);
          break;
        case LDS_REPORT_HEADING:
          lds_paged_doc_add_heading (doc, 2, text);
          break;
        case LDS_REPORT_OWNER:
          lds_paged_doc_add_heading (doc, 3, text);
          break;
        case LDS_REPORT_OBJECTIVE:
          add_objective (doc, report, block);
          break;
        case LDS_REPORT_PARAGRAPH:
          lds_paged_doc_add_paragraph (doc, text, LDS_PAGED_TEXT_NORMAL, 0);
          break;
        case LDS_REPORT_FACTS:
          add_facts (doc, block);
          break;
        case LDS_REPORT_TABLE:
          add_rows (doc, report, block, TRUE);
          lds_paged_doc_add_space (doc, 4);
          break;
        case LDS_REPORT_FINDING:
          add_finding (doc, block);
          break;
        default:
          g_assert_not_reached ();
        }
    }
  return lds_paged_doc_write_pdf (doc, path, error);
}
