/* lds-map-paper.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lds-map"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "lds-format.h"
#include "lds-map-paper.h"

#define MARGIN 28.0
#define LEGEND 38.0
#define PADDING 16.0

/* ISO 216, portrait, in points */
static const double a_sizes[][2] = {
  { 2383.94, 3370.39 },   /* A0 */
  { 1683.78, 2383.94 },
  { 1190.55, 1683.78 },
  { 841.89, 1190.55 },
  { 595.28, 841.89 },     /* A4 */
};

/**
 * lds_map_paper_size:
 * @a_size: 0 for A0 … 4 for A4
 *
 * Returns: whether @a_size is one Lodestar knows
 */
gboolean
lds_map_paper_size (int       a_size,
                    gboolean  landscape,
                    double   *width,
                    double   *height)
{
  g_return_val_if_fail (width != NULL && height != NULL, FALSE);

  if (a_size < 0 || a_size >= (int) G_N_ELEMENTS (a_sizes))
    return FALSE;
  *width = a_sizes[a_size][landscape ? 1 : 0];
  *height = a_sizes[a_size][landscape ? 0 : 1];
  return TRUE;
}

/**
 * lds_map_paper_plan:
 * @page_width: the page's width in points, or 0 for one page made to fit
 *   the map at its own size (or, past %LDS_MAP_PAPER_MAX_SIDE and when
 *   @may_tile, pages of that size)
 * @may_tile: whether a large map may take several pages (PDF, printing);
 *   else it is scaled onto one (SVG)
 * @paper: (out): the plan
 */
void
lds_map_paper_plan (LdsMapLayout *layout,
                    double        page_width,
                    double        page_height,
                    gboolean      may_tile,
                    LdsMapPaper  *paper)
{
  const LdsMapRect *bounds;
  double usable_w, usable_h, fit;

  g_return_if_fail (LDS_IS_MAP_LAYOUT (layout));
  g_return_if_fail (paper != NULL);

  bounds = lds_map_layout_get_bounds (layout);
  paper->content = (LdsMapRect) { bounds->x - PADDING, bounds->y - PADDING,
                                  MAX (bounds->width, 1) + 2 * PADDING,
                                  MAX (bounds->height, 1) + 2 * PADDING };
  paper->margin = MARGIN;
  paper->legend_height = LEGEND;
  paper->columns = paper->rows = 1;

  if (page_width <= 0 || page_height <= 0)
    {
      /* One page, the map at its own size; never narrower than the legend. */
      paper->scale = 1;
      paper->page_width = MAX (paper->content.width, 640) + 2 * MARGIN;
      paper->page_height = paper->content.height + 2 * MARGIN + LEGEND;
      if (!may_tile ||
          (paper->page_width <= LDS_MAP_PAPER_MAX_SIDE && paper->page_height <= LDS_MAP_PAPER_MAX_SIDE))
        return;

      /* Too large for a page: pages as large as they may be, still at the
       * map's own size. */
      paper->page_width = MIN (paper->page_width, LDS_MAP_PAPER_MAX_SIDE);
      paper->page_height = MIN (paper->page_height, LDS_MAP_PAPER_MAX_SIDE);
      paper->columns = (guint) ceil (paper->content.width / (paper->page_width - 2 * MARGIN) - 1e-9);
      paper->rows = (guint) ceil (paper->content.height / (paper->page_height - 2 * MARGIN - LEGEND) - 1e-9);
      return;
    }

  paper->page_width = page_width;
  paper->page_height = page_height;
  usable_w = page_width - 2 * MARGIN;
  usable_h = page_height - 2 * MARGIN - LEGEND;
  fit = MIN (usable_w / paper->content.width, usable_h / paper->content.height);
  if (fit >= LDS_MAP_PAPER_MIN_SCALE || !may_tile)
    {
      paper->scale = MIN (fit, 1.5);
      return;
    }

  paper->scale = LDS_MAP_PAPER_TILE_SCALE;
  paper->columns = (guint) ceil (paper->content.width * paper->scale / usable_w - 1e-9);
  paper->rows = (guint) ceil (paper->content.height * paper->scale / usable_h - 1e-9);
}

guint
lds_map_paper_n_pages (const LdsMapPaper *paper)
{
  g_return_val_if_fail (paper != NULL, 0);

  return paper->columns * paper->rows;
}

static void
swatch (cairo_t      *cr,
        double        x,
        double        y,
        const double  rgba[4])
{
  cairo_set_source_rgba (cr, rgba[0], rgba[1], rgba[2], rgba[3]);
  cairo_rectangle (cr, x, y, 10, 10);
  cairo_fill (cr);
}

/* The text of the legend, one item after another; returns where it ends. */
static double
legend_text (cairo_t        *cr,
             LdsMapText     *text,
             const char     *words,
             double          x,
             double          y,
             const double    ink[4],
             LdsMapTextFunc  text_func,
             gpointer        text_data)
{
  g_autoptr(PangoLayout) layout = lds_map_text_layout (text, LDS_MAP_FONT_PAGE, words, -1, 1);
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  lds_map_render_show_text (cr, layout, x, y, ink, text_func, text_data);
  return x + logical.width / (double) PANGO_SCALE;
}

static void
draw_legend (LdsMapLayout      *layout,
             const LdsMapPaper *paper,
             guint              page,
             cairo_t           *cr,
             LdsMapTextFunc     text_func,
             gpointer           text_data)
{
  LdsMapModel *model = lds_map_layout_get_model (layout);
  LdsMapText *text = lds_map_model_get_text (model);
  const LdsFileSettings *settings = lds_map_model_get_settings (model);
  double top = paper->page_height - paper->margin - paper->legend_height + 10;
  double left = paper->margin, right = paper->page_width - paper->margin;
  double ink[4] = { 0.14, 0.12, 0.19, 1 }, dim[4] = { 0.37, 0.36, 0.39, 1 };
  double line = lds_map_text_line_height (text, LDS_MAP_FONT_PAGE);
  g_autofree char *red = lds_format_score (settings->bands.red_below, settings->scale);
  g_autofree char *green = lds_format_score (settings->bands.green_from, settings->scale);
  g_autofree char *red_text = NULL, *amber_text = NULL, *green_text = NULL;
  const char *bands[4];
  double x, colour[4];
  guint n_pages = lds_map_paper_n_pages (paper);
  LdsMapLevel levels[] = { LDS_MAP_LEVEL_COMPANY, LDS_MAP_LEVEL_DEPARTMENT, LDS_MAP_LEVEL_TEAM,
                           LDS_MAP_LEVEL_PERSON };

  cairo_save (cr);
  cairo_set_source_rgba (cr, dim[0], dim[1], dim[2], 0.5);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, left, top - 6);
  cairo_line_to (cr, right, top - 6);
  cairo_stroke (cr);

  /* First line: what this is, and which page. */
  legend_text (cr, text, lds_map_model_get_title (model), left, top, ink, text_func, text_data);
  if (n_pages > 1)
    {
      g_autofree char *where = NULL;
      g_autoptr(PangoLayout) pl = NULL;
      PangoRectangle logical;
      double grid_w = MIN (120, 28.0 * paper->columns / MAX (paper->rows, 1));
      double grid_h = 24, cell_w, cell_h, gx;
      guint column = page % paper->columns, row = page / paper->columns;

      /* Translators: where a page of a map cut into tiles belongs: "Page 2 of 6 · row 1,
       * column 2" */
      where = g_strdup_printf (_("Page %1$u of %2$u · row %3$u, column %4$u"), page + 1, n_pages,
                               row + 1, column + 1);
      pl = lds_map_text_layout (text, LDS_MAP_FONT_PAGE, where, -1, 1);
      pango_layout_get_extents (pl, NULL, &logical);
      grid_w = MAX (grid_w, 12);
      gx = right - grid_w;
      lds_map_render_show_text (cr, pl, gx - 8 - logical.width / (double) PANGO_SCALE, top, ink,
                                text_func, text_data);

      /* Where the page lies in the whole: a small grid, this cell filled. */
      cell_w = grid_w / paper->columns;
      cell_h = grid_h / paper->rows;
      lds_map_accent_color (FALSE, colour);
      cairo_set_source_rgba (cr, colour[0], colour[1], colour[2], 1);
      cairo_rectangle (cr, gx + column * cell_w, top + row * cell_h, MAX (cell_w, 1), MAX (cell_h, 1));
      cairo_fill (cr);
      cairo_set_source_rgba (cr, dim[0], dim[1], dim[2], 1);
      cairo_set_line_width (cr, 0.5);
      cairo_rectangle (cr, gx, top, grid_w, grid_h);
      cairo_stroke (cr);
    }

  /* Second line: colours, levels, links. */
  /* Translators: a score band in a legend; %s is a score such as "0.4" */
  red_text = g_strdup_printf (_("below %s"), red);
  /* Translators: a score band in a legend, from one score to another */
  amber_text = g_strdup_printf (_("%1$s to %2$s"), red, green);
  /* Translators: a score band in a legend; %s is a score such as "0.7" */
  green_text = g_strdup_printf (_("%s and above"), green);
  bands[LDS_SCORE_BAND_RED] = red_text;
  bands[LDS_SCORE_BAND_AMBER] = amber_text;
  bands[LDS_SCORE_BAND_GREEN] = green_text;
  bands[LDS_SCORE_BAND_NONE] = _("no score yet, or draft");

  x = left;
  top += line + 3;
  for (int b = LDS_SCORE_BAND_RED; b <= LDS_SCORE_BAND_GREEN + 1; b++)
    {
      int band = b <= LDS_SCORE_BAND_GREEN ? b : LDS_SCORE_BAND_NONE;

      lds_map_band_color (band, FALSE, colour);
      swatch (cr, x, top + (line - 10) / 2, colour);
      x = legend_text (cr, text, bands[band], x + 14, top, dim, text_func, text_data) + 12;
    }
  x += 8;
  for (guint i = 0; i < G_N_ELEMENTS (levels); i++)
    {
      cairo_set_source_rgba (cr, dim[0], dim[1], dim[2], 1);
      lds_map_draw_level_marker (cr, levels[i], x + 4, top + line / 2, 7);
      x = legend_text (cr, text, lds_map_level_name (levels[i]), x + 12, top, dim, text_func,
                       text_data) + 10;
    }
  x += 8;
  lds_map_band_color (LDS_SCORE_BAND_NONE, FALSE, colour);
  cairo_set_source_rgba (cr, colour[0], colour[1], colour[2], 1);
  cairo_set_line_width (cr, 1.2);
  cairo_set_dash (cr, (double[]) { 3, 2.5 }, 2, 0);
  cairo_move_to (cr, x, top + line / 2);
  cairo_line_to (cr, x + 18, top + line / 2);
  cairo_stroke (cr);
  x = legend_text (cr, text, _("depends on"), x + 22, top, dim, text_func, text_data) + 10;
  cairo_set_dash (cr, (double[]) { 1, 2.5 }, 2, 0);
  cairo_move_to (cr, x, top + line / 2);
  cairo_line_to (cr, x + 18, top + line / 2);
  cairo_stroke (cr);
  legend_text (cr, text, _("aligns to nothing, shown with its unit"), x + 22, top, dim, text_func,
               text_data);
  cairo_restore (cr);
}

/**
 * lds_map_paper_render_page:
 * @page: 0 … lds_map_paper_n_pages() − 1, row by row
 * @cr: a page's cairo_t, in points from its top left
 * @text_func: (nullable): see #LdsMapRenderOptions
 *
 * Draws one page: its part of the map, and the legend.
 */
void
lds_map_paper_render_page (LdsMapLayout      *layout,
                           const LdsMapPaper *paper,
                           guint              page,
                           cairo_t           *cr,
                           LdsMapTextFunc     text_func,
                           gpointer           text_data)
{
  LdsMapRenderOptions options;
  double ax, ay, aw, ah, tile_w, tile_h;
  guint column, row;
  LdsMapRect window;

  g_return_if_fail (LDS_IS_MAP_LAYOUT (layout));
  g_return_if_fail (paper != NULL && cr != NULL);
  g_return_if_fail (page < lds_map_paper_n_pages (paper));

  ax = paper->margin;
  ay = paper->margin;
  aw = paper->page_width - 2 * paper->margin;
  ah = paper->page_height - 2 * paper->margin - paper->legend_height;
  column = page % paper->columns;
  row = page / paper->columns;

  cairo_save (cr);
  if (lds_map_paper_n_pages (paper) > 1)
    {
      /* A tile shows its part only (one page holds all of the map anyway). */
      cairo_rectangle (cr, ax, ay, aw, ah);
      cairo_clip (cr);
    }
  if (lds_map_paper_n_pages (paper) == 1)
    {
      /* Centred on its page */
      window = paper->content;
      cairo_translate (cr, ax + (aw - window.width * paper->scale) / 2,
                       ay + (ah - window.height * paper->scale) / 2);
    }
  else
    {
      tile_w = aw / paper->scale;
      tile_h = ah / paper->scale;
      window = (LdsMapRect) { paper->content.x + column * tile_w, paper->content.y + row * tile_h,
                              tile_w, tile_h };
      cairo_translate (cr, ax, ay);
    }
  cairo_scale (cr, paper->scale, paper->scale);
  cairo_translate (cr, -window.x, -window.y);

  lds_map_render_options_init (&options, &window);
  options.scale = paper->scale;
  options.full_detail = TRUE;
  options.text_func = text_func;
  options.text_data = text_data;
  lds_map_render (layout, cr, &options);
  cairo_restore (cr);

  draw_legend (layout, paper, page, cr, text_func, text_data);
}
