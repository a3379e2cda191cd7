/* lds-champion-report-pdf.c: the champion report on A4 pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A small paged writer of the report's blocks with Pango on a cairo PDF
 * surface: text is laid out and broken into lines by Pango (so Chinese
 * works), drawn line by line so that a page can end anywhere, headings are
 * kept with what follows them, table rows are never split. Each page has
 * a footer with the report's title and the page number. It is written to a
 * temporary file beside @path and renamed, so that a failure leaves no
 * half-written report.
 *
 * When the shared paged document writer of src/io lands, this file is the
 * one to replace by it.
 */

#define G_LOG_DOMAIN "lds-report"

#include "config.h"

#include <cairo-pdf.h>
#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <unistd.h>

#ifdef __SANITIZE_ADDRESS__
#include <sanitizer/lsan_interface.h>
#endif

#include "lds-champion-report-private.h"
#include "lds-score.h"

#define PAGE_WIDTH    595.276   /* A4, in points */
#define PAGE_HEIGHT   841.890
#define MARGIN_X      50.0
#define MARGIN_TOP    54.0
#define MARGIN_BOTTOM 64.0
#define CONTENT_WIDTH (PAGE_WIDTH - 2 * MARGIN_X)
#define BOTTOM        (PAGE_HEIGHT - MARGIN_BOTTOM)
#define CELL_PAD      4.0

typedef struct
{
  double r, g, b;
} Rgb;

static const Rgb INK = { 0.14, 0.12, 0.19 };
static const Rgb GREY = { 0.37, 0.36, 0.39 };
static const Rgb RULE = { 0.87, 0.87, 0.85 };
static const Rgb SHADE = { 0.95, 0.95, 0.94 };
static const Rgb BANDS[] = {
  { 0.60, 0.60, 0.60 },   /* none */
  { 0.75, 0.11, 0.16 },   /* red */
  { 0.90, 0.65, 0.04 },   /* amber */
  { 0.15, 0.64, 0.41 },   /* green */
};
static const Rgb SEVERITIES[] = {
  { 0.75, 0.11, 0.16 },   /* error */
  { 0.90, 0.65, 0.04 },   /* warning */
  { 0.11, 0.44, 0.85 },   /* hint */
};

typedef struct
{
  LdsReport *report;
  cairo_t   *cr;
  double     y;
  int        page;
} Pdf;

static void
set_colour (Pdf       *pdf,
            const Rgb *colour)
{
  cairo_set_source_rgb (pdf->cr, colour->r, colour->g, colour->b);
}

static PangoLayout *
layout_new (Pdf        *pdf,
            const char *text,
            const char *font,
            double      width)
{
  PangoLayout *layout = pango_cairo_create_layout (pdf->cr);
  PangoFontDescription *description = pango_font_description_from_string (font);

  pango_layout_set_font_description (layout, description);
  pango_font_description_free (description);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  if (width > 0)
    pango_layout_set_width (layout, pango_units_from_double (width));
  pango_layout_set_text (layout, text != NULL ? text : "", -1);
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return pango_units_to_double (height);
}

static void
footer (Pdf *pdf)
{
  g_autoptr(PangoLayout) title = layout_new (pdf, pdf->report->title, "Sans 8",
                                             CONTENT_WIDTH * 0.75);
  g_autofree char *number = NULL;
  g_autoptr(PangoLayout) page = NULL;

  /* Translators: the page number at the foot of a report's page */
  number = g_strdup_printf (_("Page %d"), pdf->page);
  page = layout_new (pdf, number, "Sans 8", CONTENT_WIDTH * 0.25);
  pango_layout_set_alignment (page, PANGO_ALIGN_RIGHT);
  pango_layout_set_ellipsize (title, PANGO_ELLIPSIZE_END);

  set_colour (pdf, &GREY);
  cairo_move_to (pdf->cr, MARGIN_X, PAGE_HEIGHT - MARGIN_BOTTOM + 24);
  pango_cairo_show_layout (pdf->cr, title);
  cairo_move_to (pdf->cr, MARGIN_X + CONTENT_WIDTH * 0.75, PAGE_HEIGHT - MARGIN_BOTTOM + 24);
  pango_cairo_show_layout (pdf->cr, page);
}

static void
new_page (Pdf *pdf)
{
  footer (pdf);
  cairo_show_page (pdf->cr);
  pdf->page++;
  pdf->y = MARGIN_TOP;
}

/* Starts a new page unless @height fits on this one. */
static void
need (Pdf    *pdf,
      double  height)
{
  if (pdf->y + height > BOTTOM && pdf->y > MARGIN_TOP)
    new_page (pdf);
}

/* Draws a layout at @x, line by line, turning the page where needed. */
static void
draw_lines (Pdf         *pdf,
            PangoLayout *layout,
            double       x,
            const Rgb   *colour)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  double top = -1, shift = 0;

  do
    {
      PangoRectangle logical;
      double line_top, line_height, baseline;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      line_top = pango_units_to_double (logical.y);
      line_height = pango_units_to_double (logical.height);
      baseline = pango_units_to_double (pango_layout_iter_get_baseline (iter));
      if (top < 0)
        top = line_top;
      if (pdf->y + (line_top - top) - shift + line_height > BOTTOM)
        {
          new_page (pdf);
          shift = line_top - top;
        }
      set_colour (pdf, colour);
      cairo_move_to (pdf->cr, x, pdf->y + (baseline - top) - shift);
      pango_cairo_show_layout_line (pdf->cr, pango_layout_iter_get_line_readonly (iter));
      if (!pango_layout_iter_next_line (iter))
        {
          pdf->y += (line_top - top) - shift + line_height;
          break;
        }
    }
  while (TRUE);
  pango_layout_iter_free (iter);
}

static void
text_block (Pdf        *pdf,
            const char *text,
            const char *font,
            double      space_before,
            double      space_after,
            double      keep_with_next,
            const Rgb  *colour)
{
  g_autoptr(PangoLayout) layout = layout_new (pdf, text, font, CONTENT_WIDTH);

  pdf->y += pdf->y > MARGIN_TOP ? space_before : 0;
  need (pdf, layout_height (layout) + keep_with_next);
  draw_lines (pdf, layout, MARGIN_X, colour);
  pdf->y += space_after;
}

static void
pill (Pdf        *pdf,
      double      x,
      double      y,
      const char *text,
      const Rgb  *background)
{
  g_autoptr(PangoLayout) layout = layout_new (pdf, text, "Sans Bold 8.5", -1);
  int width, height;
  double w, h;

  pango_layout_get_size (layout, &width, &height);
  w = pango_units_to_double (width) + 10;
  h = pango_units_to_double (height) + 2;
  cairo_new_sub_path (pdf->cr);
  cairo_arc (pdf->cr, x - w + h / 2, y + h / 2, h / 2, G_PI / 2, 3 * G_PI / 2);
  cairo_arc (pdf->cr, x - h / 2, y + h / 2, h / 2, -G_PI / 2, G_PI / 2);
  cairo_close_path (pdf->cr);
  cairo_set_source_rgb (pdf->cr, background->r, background->g, background->b);
  cairo_fill (pdf->cr);
  cairo_set_source_rgb (pdf->cr, 1, 1, 1);
  cairo_move_to (pdf->cr, x - w + 5, y + 1);
  pango_cairo_show_layout (pdf->cr, layout);
}

static void
objective (Pdf                  *pdf,
           const LdsReportBlock *block)
{
  g_autoptr(PangoLayout) layout = layout_new (pdf, block->text, "Sans Bold 10.5",
                                              CONTENT_WIDTH - 50);
  g_autofree char *score = NULL;
  LdsScoreBand band = lds_score_band (block->score, &pdf->report->settings.bands);
  double top;

  pdf->y += 8;
  need (pdf, layout_height (layout) + 40);
  top = pdf->y;
  draw_lines (pdf, layout, MARGIN_X, &INK);
  score = isnan (block->score) ? g_strdup ("–")
                               : g_strdup_printf (pdf->report->settings.scale ==
                                                  LDS_SCORE_SCALE_PERCENT ? "%.0f%%" : "%.1f",
                                                  pdf->report->settings.scale ==
                                                  LDS_SCORE_SCALE_PERCENT ? block->score * 100
                                                                          : block->score);
  pill (pdf, MARGIN_X + CONTENT_WIDTH, top, score, &BANDS[band]);
  pdf->y += 4;
}

static void
facts (Pdf                  *pdf,
       const LdsReportBlock *block)
{
  for (guint r = 0; r < block->rows->len; r++)
    {
      char **row = g_ptr_array_index (block->rows, r);
      g_autoptr(PangoLayout) label = layout_new (pdf, row[0], "Sans 10", CONTENT_WIDTH * 0.35);
      g_autoptr(PangoLayout) value = layout_new (pdf, row[1], "Sans Bold 10", CONTENT_WIDTH * 0.63);
      double height = MAX (layout_height (label), layout_height (value)) + 4;

      need (pdf, height);
      set_colour (pdf, &GREY);
      cairo_move_to (pdf->cr, MARGIN_X, pdf->y);
      pango_cairo_show_layout (pdf->cr, label);
      set_colour (pdf, &INK);
      cairo_move_to (pdf->cr, MARGIN_X + CONTENT_WIDTH * 0.37, pdf->y);
      pango_cairo_show_layout (pdf->cr, value);
      pdf->y += height;
    }
  pdf->y += 6;
}

static PangoLayout *
cell_layout (Pdf                  *pdf,
             const LdsReportBlock *block,
             guint                 r,
             guint                 c)
{
  char **cells = g_ptr_array_index (block->rows, r);
  double width = block->widths[c] * CONTENT_WIDTH - 2 * CELL_PAD;
  PangoLayout *layout = layout_new (pdf, cells[c], r == 0 ? "Sans Bold 8.5" : "Sans 8.5", width);

  if ((int) c == block->score_column)
    pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
  return layout;
}

static double
row_height (Pdf                  *pdf,
            const LdsReportBlock *block,
            guint                 r)
{
  double height = 0;

  for (guint c = 0; c < block->n_columns; c++)
    {
      g_autoptr(PangoLayout) layout = cell_layout (pdf, block, r, c);
      height = MAX (height, layout_height (layout) + 2 * CELL_PAD);
    }
  return height;
}

static void
table_row (Pdf                  *pdf,
           const LdsReportBlock *block,
           guint                 r)
{
  char **cells = g_ptr_array_index (block->rows, r);
  gboolean header = r == 0;
  double height = row_height (pdf, block, r), x = MARGIN_X;

  if (header)
    {
      set_colour (pdf, &SHADE);
      cairo_rectangle (pdf->cr, MARGIN_X, pdf->y, CONTENT_WIDTH, height);
      cairo_fill (pdf->cr);
    }
  for (guint c = 0; c < block->n_columns; c++)
    {
      g_autoptr(PangoLayout) layout = cell_layout (pdf, block, r, c);
      double width = block->widths[c] * CONTENT_WIDTH;

      if (!header && (int) c == block->score_column)
        {
          double score = g_array_index (block->scores, double, r - 1);
          LdsScoreBand band = lds_score_band (score, &pdf->report->settings.bands);
          pill (pdf, x + width - CELL_PAD, pdf->y + CELL_PAD - 1, cells[c], &BANDS[band]);
        }
      else
        {
          set_colour (pdf, header ? &GREY : &INK);
          cairo_move_to (pdf->cr, x + CELL_PAD, pdf->y + CELL_PAD);
          pango_cairo_show_layout (pdf->cr, layout);
        }
      x += width;
    }
  pdf->y += height;
  set_colour (pdf, &RULE);
  cairo_set_line_width (pdf->cr, 0.5);
  cairo_move_to (pdf->cr, MARGIN_X, pdf->y);
  cairo_line_to (pdf->cr, MARGIN_X + CONTENT_WIDTH, pdf->y);
  cairo_stroke (pdf->cr);
}

/* Rows are never split; a table that goes on over a page repeats its header. */
static void
table (Pdf                  *pdf,
       const LdsReportBlock *block)
{
  pdf->y += 2;
  for (guint r = 0; r < block->rows->len; r++)
    {
      double height = row_height (pdf, block, r);

      if (r == 0)
        need (pdf, height + (block->rows->len > 1 ? row_height (pdf, block, 1) : 0));
      else if (pdf->y + height > BOTTOM)
        {
          new_page (pdf);
          table_row (pdf, block, 0);
        }
      table_row (pdf, block, r);
    }
  pdf->y += 8;
}

static void
finding (Pdf                  *pdf,
         const LdsReportBlock *block)
{
  g_autoptr(PangoLayout) line = layout_new (pdf, block->text, "Sans Bold 9.5", CONTENT_WIDTH - 14);
  g_autoptr(PangoLayout) detail = layout_new (pdf, block->detail, "Sans 9", CONTENT_WIDTH - 14);

  need (pdf, layout_height (line) + layout_height (detail) + 6);
  cairo_set_source_rgb (pdf->cr, SEVERITIES[block->severity].r, SEVERITIES[block->severity].g,
                        SEVERITIES[block->severity].b);
  cairo_arc (pdf->cr, MARGIN_X + 4, pdf->y + 6.5, 3.5, 0, 2 * G_PI);
  cairo_fill (pdf->cr);
  draw_lines (pdf, line, MARGIN_X + 14, &INK);
  pdf->y += 1;
  draw_lines (pdf, detail, MARGIN_X + 14, &GREY);
  pdf->y += 8;
}

/* Writes the report; the caller names the file in its error. */
gboolean
_lds_report_write_pdf (LdsReport   *report,
                       const char  *path,
                       GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *temporary = g_build_filename (dir, ".lodestar-report-XXXXXX", NULL);
  cairo_surface_t *surface;
  cairo_status_t status;
  Pdf pdf = { report, NULL, MARGIN_TOP, 1 };
  int fd;

  fd = g_mkstemp (temporary);
  if (fd < 0)
    {
      int saved = errno;
      g_set_error_literal (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                           g_strerror (saved));
      return FALSE;
    }
  close (fd);

  surface = cairo_pdf_surface_create (temporary, PAGE_WIDTH, PAGE_HEIGHT);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, report->title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Lodestar");
  pdf.cr = cairo_create (surface);

  for (guint i = 0; i < report->blocks->len; i++)
    {
      LdsReportBlock *block = g_ptr_array_index (report->blocks, i);

      switch (block->kind)
        {
        case LDS_REPORT_TITLE:
          text_block (&pdf, block->text, "Sans Bold 20", 0, 4, 0, &INK);
          break;
        case LDS_REPORT_SUBTITLE:
          text_block (&pdf, block->text, "Sans 9.5", 0, 10, 0, &GREY);
          break;
        case LDS_REPORT_HEADING:
          text_block (&pdf, block->text, "Sans Bold 14", 14, 6, 60, &INK);
          break;
        case LDS_REPORT_OWNER:
          text_block (&pdf, block->text, "Sans Bold 12", 10, 2, 60, &GREY);
          break;
        case LDS_REPORT_OBJECTIVE:
          objective (&pdf, block);
          break;
        case LDS_REPORT_PARAGRAPH:
          text_block (&pdf, block->text, "Sans 10", 0, 6, 0, &INK);
          break;
        case LDS_REPORT_FACTS:
          facts (&pdf, block);
          break;
        case LDS_REPORT_TABLE:
          table (&pdf, block);
          break;
        case LDS_REPORT_FINDING:
          finding (&pdf, block);
          break;
        default:
          g_assert_not_reached ();
        }
    }
  footer (&pdf);
  cairo_show_page (pdf.cr);
  cairo_destroy (pdf.cr);
#ifdef __SANITIZE_ADDRESS__
  /* cairo 1.16 loses a buffer of its font subsetting (CFF fonts such as
   * Noto CJK) in every finish of a PDF surface; fixed in later cairo. The
   * sanitized build ignores what the finish itself allocates, nothing else. */
  __lsan_disable ();
#endif
  cairo_surface_finish (surface);
#ifdef __SANITIZE_ADDRESS__
  __lsan_enable ();
#endif
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_unlink (temporary);
      g_set_error_literal (error, G_FILE_ERROR, G_FILE_ERROR_IO, cairo_status_to_string (status));
      return FALSE;
    }
  if (g_rename (temporary, path) != 0)
    {
      int saved = errno;
      g_unlink (temporary);
      g_set_error_literal (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                           g_strerror (saved));
      return FALSE;
    }
  return TRUE;
}
