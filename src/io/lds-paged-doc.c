/* lds-paged-doc.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lds-paged-doc"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "lds-export.h"
#include "lds-paged-doc.h"

#define MARGIN_SIDE   54.0
#define MARGIN_TOP    64.0
#define MARGIN_BOTTOM 60.0
#define BAR_WIDTH     110.0
#define BAR_HEIGHT    7.0
/* Chinese punctuation wants the CJK font first, Latin text the Latin one. */
#define FONT_LATIN    "Noto Sans, DejaVu Sans, Noto Sans CJK SC, Sans"
#define FONT_CHINESE  "Noto Sans CJK SC, Noto Sans, DejaVu Sans, Sans"

typedef enum
{
  BLOCK_HEADING,
  BLOCK_TEXT,
  BLOCK_ROW,
  BLOCK_BAR,
  BLOCK_SPACE,
} BlockKind;

typedef struct
{
  BlockKind          kind;
  int                level;
  LdsPagedTextFlags  flags;
  double             indent;
  double             space_before;
  double             space_after;
  GPtrArray         *layouts;       /* PangoLayout; one, or one per cell */
  GArray            *x;             /* double, per layout */
  double             fraction;      /* bars */
  double             rgb[3];
  double             height;
  /* Lines of a one-layout block, in points from its top */
  GArray            *line_tops;
  GArray            *line_heights;
  GArray            *baselines;
} Block;

typedef struct
{
  Block  *block;
  guint   first_line;
  guint   n_lines;      /* 0: the whole block */
  double  y;            /* from the top of the text area */
} Placement;

struct _LdsPagedDoc
{
  const char    *family;
  double         width;
  double         height;
  char          *title;
  PangoContext  *context;
  GPtrArray     *blocks;
  GPtrArray     *pages;   /* GArray of Placement, per page */
};

static void
block_free (gpointer data)
{
  Block *b = data;

  g_clear_pointer (&b->layouts, g_ptr_array_unref);
  g_clear_pointer (&b->x, g_array_unref);
  g_clear_pointer (&b->line_tops, g_array_unref);
  g_clear_pointer (&b->line_heights, g_array_unref);
  g_clear_pointer (&b->baselines, g_array_unref);
  g_free (b);
}

/**
 * lds_paged_doc_new:
 * @page_width: in points
 * @page_height: in points
 * @title: (nullable): shown small at the top of every page
 */
LdsPagedDoc *
lds_paged_doc_new (double      page_width,
                   double      page_height,
                   const char *title)
{
  LdsPagedDoc *doc = g_new0 (LdsPagedDoc, 1);
  cairo_font_options_t *options = cairo_font_options_create ();

  doc->family = FONT_LATIN;
  for (const char * const *l = g_get_language_names (); *l != NULL; l++)
    if (g_str_has_prefix (*l, "zh"))
      {
        doc->family = FONT_CHINESE;
        break;
      }
    else if (g_str_has_prefix (*l, "en"))
      break;
  doc->width = page_width;
  doc->height = page_height;
  doc->title = g_strdup (title);
  doc->blocks = g_ptr_array_new_with_free_func (block_free);
  doc->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);

  /* Measured in points, without hinting, so that the same layout fits
   * the same way on a PDF page and on a printer's. */
  doc->context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  pango_cairo_context_set_resolution (doc->context, 72);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (doc->context, options);
  cairo_font_options_destroy (options);
  return doc;
}

void
lds_paged_doc_free (LdsPagedDoc *doc)
{
  if (doc == NULL)
    return;
  g_ptr_array_unref (doc->pages);
  g_ptr_array_unref (doc->blocks);
  g_object_unref (doc->context);
  g_free (doc->title);
  g_free (doc);
}

static double
text_width (LdsPagedDoc *doc)
{
  return doc->width - 2 * MARGIN_SIDE;
}

static double
text_height (LdsPagedDoc *doc)
{
  return doc->height - MARGIN_TOP - MARGIN_BOTTOM;
}

static PangoLayout *
make_layout (LdsPagedDoc *doc,
             const char  *markup,
             const char  *style,
             double       width)
{
  PangoLayout *layout = pango_layout_new (doc->context);
  g_autofree char *font = g_strdup_printf ("%s %s", doc->family, style);
  PangoFontDescription *desc = pango_font_description_from_string (font);

  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_markup (layout, markup != NULL ? markup : "", -1);
  return layout;
}

static const char *
font_for (LdsPagedTextFlags flags,
          int               heading_level)
{
  switch (heading_level)
    {
    case 1:
      return "Bold 19";
    case 2:
      return "Bold 13.5";
    case 3:
      return "Bold 11";
    default:
      break;
    }
  if (flags & LDS_PAGED_TEXT_SMALL)
    return (flags & LDS_PAGED_TEXT_BOLD) ? "Bold 8.5" : "8.5";
  return (flags & LDS_PAGED_TEXT_BOLD) ? "Bold 10" : "10";
}

static void
measure_lines (Block *b)
{
  PangoLayout *layout = b->layouts->pdata[0];
  PangoLayoutIter *iter = pango_layout_get_iter (layout);

  b->line_tops = g_array_new (FALSE, FALSE, sizeof (double));
  b->line_heights = g_array_new (FALSE, FALSE, sizeof (double));
  b->baselines = g_array_new (FALSE, FALSE, sizeof (double));
  do
    {
      PangoRectangle logical;
      double top, height, baseline;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      top = (double) logical.y / PANGO_SCALE;
      height = (double) logical.height / PANGO_SCALE;
      baseline = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
      g_array_append_val (b->line_tops, top);
      g_array_append_val (b->line_heights, height);
      g_array_append_val (b->baselines, baseline);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

static Block *
add_block (LdsPagedDoc *doc,
           BlockKind    kind)
{
  Block *b = g_new0 (Block, 1);

  b->kind = kind;
  b->layouts = g_ptr_array_new_with_free_func (g_object_unref);
  b->x = g_array_new (FALSE, TRUE, sizeof (double));
  g_ptr_array_add (doc->blocks, b);
  return b;
}

static void
add_text_block (LdsPagedDoc       *doc,
                BlockKind          kind,
                int                level,
                const char        *markup,
                LdsPagedTextFlags  flags,
                double             indent)
{
  Block *b = add_block (doc, kind);
  double x = indent;
  int height;

  b->level = level;
  b->flags = flags;
  b->indent = indent;
  g_ptr_array_add (b->layouts, make_layout (doc, markup, font_for (flags, level),
                                            text_width (doc) - indent));
  g_array_append_val (b->x, x);
  pango_layout_get_size (b->layouts->pdata[0], NULL, &height);
  b->height = (double) height / PANGO_SCALE;
  measure_lines (b);

  if (kind == BLOCK_HEADING)
    {
      b->space_before = level == 1 ? 0 : level == 2 ? 16 : 10;
      b->space_after = level == 1 ? 8 : 5;
    }
  else
    b->space_after = (flags & LDS_PAGED_TEXT_SMALL) ? 2 : 5;
}

void
lds_paged_doc_add_heading (LdsPagedDoc *doc,
                           int          level,
                           const char  *markup)
{
  g_return_if_fail (doc != NULL);
  g_return_if_fail (level >= 1 && level <= 3);

  add_text_block (doc, BLOCK_HEADING, level, markup, LDS_PAGED_TEXT_NORMAL, 0);
}

/**
 * lds_paged_doc_add_paragraph:
 * @indent: in points from the left of the text area
 */
void
lds_paged_doc_add_paragraph (LdsPagedDoc       *doc,
                             const char        *markup,
                             LdsPagedTextFlags  flags,
                             double             indent)
{
  g_return_if_fail (doc != NULL);

  add_text_block (doc, BLOCK_TEXT, 0, markup, flags, indent);
}

/**
 * lds_paged_doc_add_row:
 * @widths: each cell's share of the text width; they should add up to 1
 *
 * A row of a table; it is never split between pages.
 */
void
lds_paged_doc_add_row (LdsPagedDoc        *doc,
                       const char * const *cells,
                       const double       *widths,
                       guint               n_cells,
                       LdsPagedTextFlags   flags)
{
  Block *b;
  double x = 0;

  g_return_if_fail (doc != NULL);

  b = add_block (doc, BLOCK_ROW);
  b->flags = flags;
  b->space_after = 3;
  for (guint i = 0; i < n_cells; i++)
    {
      double w = widths[i] * text_width (doc);
      PangoLayout *layout = make_layout (doc, cells[i], font_for (flags, 0), w - 6);
      int height;

      pango_layout_get_size (layout, NULL, &height);
      b->height = MAX (b->height, (double) height / PANGO_SCALE);
      g_ptr_array_add (b->layouts, layout);
      g_array_append_val (b->x, x);
      x += w;
    }
}

/**
 * lds_paged_doc_add_bar:
 * @fraction: how full, 0..1
 * @rgb: the bar's colour
 * @markup: (nullable): a label beside it
 */
void
lds_paged_doc_add_bar (LdsPagedDoc  *doc,
                       double        fraction,
                       const double  rgb[3],
                       const char   *markup)
{
  Block *b;
  double x = BAR_WIDTH + 8;
  int height = 0;

  g_return_if_fail (doc != NULL);

  b = add_block (doc, BLOCK_BAR);
  b->flags = LDS_PAGED_KEEP_WITH_NEXT;
  b->fraction = CLAMP (fraction, 0.0, 1.0);
  memcpy (b->rgb, rgb, sizeof b->rgb);
  b->space_after = 4;
  g_ptr_array_add (b->layouts, make_layout (doc, markup, font_for (LDS_PAGED_TEXT_SMALL, 0),
                                            text_width (doc) - x));
  g_array_append_val (b->x, x);
  pango_layout_get_size (b->layouts->pdata[0], NULL, &height);
  b->height = MAX (BAR_HEIGHT + 2, (double) height / PANGO_SCALE);
}

void
lds_paged_doc_add_space (LdsPagedDoc *doc,
                         double       points)
{
  Block *b;

  g_return_if_fail (doc != NULL);

  b = add_block (doc, BLOCK_SPACE);
  b->height = points;
}

/* Pagination */

static GArray *
new_page (LdsPagedDoc *doc)
{
  GArray *page = g_array_new (FALSE, FALSE, sizeof (Placement));

  g_ptr_array_add (doc->pages, page);
  return page;
}

static void
place (GArray *page,
       Block  *block,
       guint   first_line,
       guint   n_lines,
       double  y)
{
  Placement p = { block, first_line, n_lines, y };

  g_array_append_val (page, p);
}

/* The height of the first few lines of a block: what must fit below a
 * heading for the heading to stay on its page. */
static double
opening_height (Block *b)
{
  if (b == NULL)
    return 0;
  if (b->kind == BLOCK_TEXT && b->line_tops != NULL && b->line_tops->len > 2)
    return g_array_index (b->line_tops, double, 1) + g_array_index (b->line_heights, double, 1);
  return b->height;
}

/**
 * lds_paged_doc_paginate:
 *
 * Returns: the number of pages
 */
guint
lds_paged_doc_paginate (LdsPagedDoc *doc)
{
  double available, y = 0;
  GArray *page;

  g_return_val_if_fail (doc != NULL, 0);

  g_ptr_array_set_size (doc->pages, 0);
  available = text_height (doc);
  page = new_page (doc);

  for (guint i = 0; i < doc->blocks->len; i++)
    {
      Block *b = doc->blocks->pdata[i];
      Block *next = i + 1 < doc->blocks->len ? doc->blocks->pdata[i + 1] : NULL;
      double before = y > 0 ? b->space_before : 0;
      double needed = b->height;

      if (b->kind == BLOCK_SPACE && y == 0)
        continue;
      if ((b->kind == BLOCK_HEADING || (b->flags & LDS_PAGED_KEEP_WITH_NEXT)) && next != NULL)
        needed += next->space_before + opening_height (next);

      if (y + before + needed <= available)
        {
          place (page, b, 0, 0, y + before);
          y += before + b->height + b->space_after;
          continue;
        }
      if (b->kind != BLOCK_TEXT || b->line_tops->len < 2)
        {
          /* On a page of its own when it must; clipped if even that is too small. */
          if (y > 0)
            page = new_page (doc);
          place (page, b, 0, 0, 0);
          y = b->height + b->space_after;
          continue;
        }

      /* A paragraph runs on to the next page, line by line. */
      {
        guint line = 0, n = b->line_tops->len;

        y += before;
        while (line < n)
          {
            double top = g_array_index (b->line_tops, double, line);
            guint count = 0;

            while (line + count < n)
              {
                guint k = line + count;
                double bottom = g_array_index (b->line_tops, double, k) +
                                g_array_index (b->line_heights, double, k) - top;
                if (y + bottom > available && (count > 0 || y > 0))
                  break;
                count++;
              }
            if (count > 0)
              {
                place (page, b, line, count, y);
                line += count;
                y += g_array_index (b->line_tops, double, line - 1) +
                     g_array_index (b->line_heights, double, line - 1) - top;
              }
            if (line < n)
              {
                page = new_page (doc);
                y = 0;
              }
          }
        y += b->space_after;
      }
    }
  return doc->pages->len;
}

/* Drawing */

static void
set_text_colour (cairo_t           *cr,
                 LdsPagedTextFlags  flags)
{
  if (flags & LDS_PAGED_TEXT_DIM)
    cairo_set_source_rgb (cr, 0.38, 0.38, 0.4);
  else
    cairo_set_source_rgb (cr, 0.1, 0.1, 0.12);
}

static void
draw_placement (cairo_t         *cr,
                const Placement *p,
                double           top)
{
  Block *b = p->block;
  double y = top + p->y;

  set_text_colour (cr, b->flags);
  switch (b->kind)
    {
    case BLOCK_HEADING:
    case BLOCK_TEXT:
      {
        PangoLayout *layout = b->layouts->pdata[0];
        double x = MARGIN_SIDE + g_array_index (b->x, double, 0);
        guint first = p->first_line;
        guint n = p->n_lines > 0 ? p->n_lines : b->line_tops->len;
        double origin = g_array_index (b->line_tops, double, first);

        for (guint k = first; k < first + n; k++)
          {
            PangoLayoutLine *line = pango_layout_get_line_readonly (layout, (int) k);
            double baseline = g_array_index (b->baselines, double, k) - origin;
            if (line == NULL)
              break;
            cairo_move_to (cr, x, y + baseline);
            pango_cairo_show_layout_line (cr, line);
          }
      }
      break;
    case BLOCK_ROW:
      for (guint c = 0; c < b->layouts->len; c++)
        {
          cairo_move_to (cr, MARGIN_SIDE + g_array_index (b->x, double, c), y);
          pango_cairo_show_layout (cr, b->layouts->pdata[c]);
        }
      break;
    case BLOCK_BAR:
      {
        double bar_y = y + (b->height - BAR_HEIGHT) / 2;
        cairo_set_source_rgb (cr, 0.88, 0.88, 0.9);
        cairo_rectangle (cr, MARGIN_SIDE, bar_y, BAR_WIDTH, BAR_HEIGHT);
        cairo_fill (cr);
        cairo_set_source_rgb (cr, b->rgb[0], b->rgb[1], b->rgb[2]);
        cairo_rectangle (cr, MARGIN_SIDE, bar_y, BAR_WIDTH * b->fraction, BAR_HEIGHT);
        cairo_fill (cr);
        set_text_colour (cr, LDS_PAGED_TEXT_NORMAL);
        cairo_move_to (cr, MARGIN_SIDE + g_array_index (b->x, double, 0), y);
        pango_cairo_show_layout (cr, b->layouts->pdata[0]);
      }
      break;
    case BLOCK_SPACE:
    default:
      break;
    }
}

static void
draw_furniture (LdsPagedDoc *doc,
                cairo_t     *cr,
                guint        page)
{
  g_autofree char *number = NULL;
  g_autofree char *escaped = NULL;
  PangoLayout *layout;
  int w;

  cairo_set_source_rgb (cr, 0.45, 0.45, 0.48);
  if (doc->title != NULL)
    {
      escaped = g_markup_escape_text (doc->title, -1);
      layout = make_layout (doc, escaped, "8", text_width (doc));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      cairo_move_to (cr, MARGIN_SIDE, MARGIN_TOP / 2 - 6);
      pango_cairo_show_layout (cr, layout);
      g_object_unref (layout);
      cairo_set_line_width (cr, 0.5);
      cairo_move_to (cr, MARGIN_SIDE, MARGIN_TOP / 2 + 8);
      cairo_line_to (cr, doc->width - MARGIN_SIDE, MARGIN_TOP / 2 + 8);
      cairo_stroke (cr);
    }

  /* Translators: %1$u is a page number, %2$u the number of pages */
  number = g_strdup_printf (_("Page %1$u of %2$u"), page + 1, doc->pages->len);
  layout = make_layout (doc, number, "8", -1);
  pango_layout_set_width (layout, -1);
  pango_layout_get_size (layout, &w, NULL);
  cairo_move_to (cr, doc->width - MARGIN_SIDE - (double) w / PANGO_SCALE,
                 doc->height - MARGIN_BOTTOM / 2);
  pango_cairo_show_layout (cr, layout);
  g_object_unref (layout);
}

/**
 * lds_paged_doc_render_page:
 * @cr: a context whose unit is the point, the page's top left at 0, 0
 *
 * Draws one page of a paginated document.
 */
void
lds_paged_doc_render_page (LdsPagedDoc *doc,
                           cairo_t     *cr,
                           guint        page)
{
  GArray *placements;

  g_return_if_fail (doc != NULL && cr != NULL);

  if (doc->pages->len == 0)
    lds_paged_doc_paginate (doc);
  if (page >= doc->pages->len)
    return;

  cairo_save (cr);
  draw_furniture (doc, cr, page);
  placements = doc->pages->pdata[page];
  for (guint i = 0; i < placements->len; i++)
    draw_placement (cr, &g_array_index (placements, Placement, i), MARGIN_TOP);
  cairo_restore (cr);
}

gboolean
lds_paged_doc_write_pdf (LdsPagedDoc  *doc,
                         const char   *path,
                         GError      **error)
{
  cairo_surface_t *surface;
  cairo_status_t status;
  guint n;

  g_return_val_if_fail (doc != NULL && path != NULL, FALSE);

  n = lds_paged_doc_paginate (doc);
  surface = cairo_pdf_surface_create (path, doc->width, doc->height);
  if (doc->title != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, doc->title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Lodestar");
  for (guint i = 0; i < n; i++)
    {
      cairo_t *cr = cairo_create (surface);
      lds_paged_doc_render_page (doc, cr, i);
      cairo_show_page (cr);
      cairo_destroy (cr);
    }
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_autofree char *name = g_filename_display_name (path);
      g_unlink (path);
      g_set_error (error, LDS_EXPORT_ERROR, LDS_EXPORT_ERROR_WRITE,
                   /* Translators: %1$s is a file name, %2$s the reason */
                   _("Could not write “%1$s”: %2$s"), name, cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}
