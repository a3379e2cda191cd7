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

static double legend_height (LdsMapLayout *layout,
                             double        page_width,
                             gboolean      grid);

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
  paper->columns = paper->rows = 1;

  if (page_width <= 0 || page_height <= 0)
    {
      /* One page, the map at its own size; never narrower than the legend. */
      paper->scale = 1;
      paper->page_width = MAX (paper->content.width, 640) + 2 * MARGIN;
      paper->legend_height = legend_height (layout, paper->page_width, FALSE);
      paper->page_height = paper->content.height + 2 * MARGIN + paper->legend_height;
      if (!may_tile ||
          (paper->page_width <= LDS_MAP_PAPER_MAX_SIDE && paper->page_height <= LDS_MAP_PAPER_MAX_SIDE))
        return;

      /* Too large for a page: pages as large as they may be, still at the
       * map's own size. */
      paper->page_width = MIN (paper->page_width, LDS_MAP_PAPER_MAX_SIDE);
      paper->legend_height = legend_height (layout, paper->page_width, TRUE);
      paper->page_height = MIN (paper->content.height + 2 * MARGIN + paper->legend_height,
                                LDS_MAP_PAPER_MAX_SIDE);
      paper->columns = (guint) ceil (paper->content.width / (paper->page_width - 2 * MARGIN) - 1e-9);
      paper->rows = (guint) ceil (paper->content.height /
                                  (paper->page_height - 2 * MARGIN - paper->legend_height) - 1e-9);
      return;
    }

  paper->page_width = page_width;
  paper->page_height = page_height;
  paper->legend_height = legend_height (layout, page_width, FALSE);
  usable_w = page_width - 2 * MARGIN;
  usable_h = page_height - 2 * MARGIN - paper->legend_height;
  fit = MIN (usable_w / paper->content.width, usable_h / paper->content.height);
  if (fit >= LDS_MAP_PAPER_MIN_SCALE || !may_tile)
    {
      paper->scale = MIN (fit, 1.5);
      return;
    }

  paper->scale = LDS_MAP_PAPER_TILE_SCALE;
  paper->legend_height = legend_height (layout, page_width, TRUE);
  usable_h = page_height - 2 * MARGIN - paper->legend_height;
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

/* Room for the page grid at the right of the legend's first lines, when a
 * map takes several pages */
#define GRID_ROOM 128.0
#define GRID_HEIGHT 24.0

/* The legend's items after its first line (colours, levels, links) flow
 * over as many lines as the page's width needs. With no cairo_t, only
 * measures. */
typedef struct
{
  cairo_t        *cr;
  LdsMapText     *text;
  LdsMapTextFunc  text_func;
  gpointer        text_data;
  double          left, right;
  double          narrow_right;   /* beside the page grid … */
  double          narrow_bottom;  /* … above this */
  double          x, y, line;
  guint           n_lines;
} Flow;

static PangoLayout *
legend_layout (LdsMapText *text,
               const char *words,
               double      width,
               double     *text_width)
{
  PangoLayout *layout = lds_map_text_layout (text, LDS_MAP_FONT_PAGE, words, width, 1);
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  *text_width = logical.width / (double) PANGO_SCALE;
  return layout;
}

/* Starts an item of @before (its mark) and @words, on this line or the
 * next; returns where its mark goes, and draws its words. */
static double
flow_item (Flow       *f,
           double      before,
           const char *words,
           double      after)
{
  double width, right, at;
  g_autoptr(PangoLayout) layout = legend_layout (f->text, words, -1, &width);
  const double dim[4] = { 0.37, 0.36, 0.39, 1 };

  right = f->y < f->narrow_bottom ? f->narrow_right : f->right;
  if (f->x > f->left && f->x + before + width > right)
    {
      f->x = f->left;
      f->y += f->line + 3;
      f->n_lines++;
    }
  at = f->x;
  if (f->cr != NULL)
    lds_map_render_show_text (f->cr, layout, at + before, f->y, dim, f->text_func, f->text_data);
  f->x = at + before + width + after;
  return at;
}

static void
flow_legend (Flow                  *f,
             const LdsFileSettings *settings)
{
  g_autofree char *red = lds_format_score (settings->bands.red_below, settings->scale);
  g_autofree char *green = lds_format_score (settings->bands.green_from, settings->scale);
  g_autofree char *red_text = NULL, *amber_text = NULL, *green_text = NULL;
  const char *bands[4];
  LdsMapLevel levels[] = { LDS_MAP_LEVEL_COMPANY, LDS_MAP_LEVEL_DEPARTMENT, LDS_MAP_LEVEL_TEAM,
                           LDS_MAP_LEVEL_PERSON };
  const double dim[4] = { 0.37, 0.36, 0.39, 1 };
  double colour[4], at;

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

  f->n_lines = 1;
  for (int b = LDS_SCORE_BAND_RED; b <= LDS_SCORE_BAND_GREEN + 1; b++)
    {
      int band = b <= LDS_SCORE_BAND_GREEN ? b : LDS_SCORE_BAND_NONE;

      at = flow_item (f, 14, bands[band], b <= LDS_SCORE_BAND_GREEN ? 12 : 20);
      if (f->cr != NULL)
        {
          lds_map_band_color (band, FALSE, colour);
          swatch (f->cr, at, f->y + (f->line - 10) / 2, colour);
        }
    }
  for (guint i = 0; i < G_N_ELEMENTS (levels); i++)
    {
      at = flow_item (f, 12, lds_map_level_name (levels[i]), i + 1 < G_N_ELEMENTS (levels) ? 10 : 18);
      if (f->cr != NULL)
        {
          cairo_set_source_rgba (f->cr, dim[0], dim[1], dim[2], 1);
          lds_map_draw_level_marker (f->cr, levels[i], at + 4, f->y + f->line / 2, 7);
        }
    }
  for (int link = 0; link < 2; link++)
    {
      at = flow_item (f, 22, link == 0 ? _("depends on") : _("aligns to nothing, shown with its unit"), 10);
      if (f->cr != NULL)
        {
          lds_map_band_color (LDS_SCORE_BAND_NONE, FALSE, colour);
          cairo_set_source_rgba (f->cr, colour[0], colour[1], colour[2], 1);
          cairo_set_line_width (f->cr, 1.2);
          if (link == 0)
            cairo_set_dash (f->cr, (double[]) { 3, 2.5 }, 2, 0);
          else
            cairo_set_dash (f->cr, (double[]) { 1, 2.5 }, 2, 0);
          cairo_move_to (f->cr, at, f->y + f->line / 2);
          cairo_line_to (f->cr, at + 18, f->y + f->line / 2);
          cairo_stroke (f->cr);
          cairo_set_dash (f->cr, NULL, 0, 0);
        }
    }
}

/* The legend's height on a page @page_width wide, with the page grid or
 * not: its first line, then as many as its items take. */
static double
legend_height (LdsMapLayout *layout,
               double        page_width,
               gboolean      grid)
{
  LdsMapModel *model = lds_map_layout_get_model (layout);
  Flow f = { 0 };

  f.text = lds_map_model_get_text (model);
  f.line = lds_map_text_line_height (f.text, LDS_MAP_FONT_PAGE);
  f.left = f.x = MARGIN;
  f.right = page_width - MARGIN;
  f.y = f.line + 3;
  f.narrow_right = grid ? f.right - GRID_ROOM : f.right;
  f.narrow_bottom = GRID_HEIGHT;
  flow_legend (&f, lds_map_model_get_settings (model));
  return MAX (LEGEND, 10 + (1 + f.n_lines) * (f.line + 3) + 1);
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
  double top = paper->page_height - paper->margin - paper->legend_height + 10;
  double left = paper->margin, right = paper->page_width - paper->margin;
  double ink[4] = { 0.14, 0.12, 0.19, 1 }, dim[4] = { 0.37, 0.36, 0.39, 1 };
  double line = lds_map_text_line_height (text, LDS_MAP_FONT_PAGE);
  double title_right = right, width, colour[4];
  guint n_pages = lds_map_paper_n_pages (paper);
  g_autoptr(PangoLayout) title = NULL;
  Flow f = { 0 };

  cairo_save (cr);
  cairo_set_source_rgba (cr, dim[0], dim[1], dim[2], 0.5);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, left, top - 6);
  cairo_line_to (cr, right, top - 6);
  cairo_stroke (cr);

  /* First line: which page, at the right, beside a small grid of the
   * pages with this one filled … */
  if (n_pages > 1)
    {
      g_autofree char *where = NULL;
      g_autoptr(PangoLayout) pl = NULL;
      double grid_w = CLAMP (28.0 * paper->columns / MAX (paper->rows, 1), 12, GRID_ROOM - 8);
      double cell_w, cell_h, gx = right - grid_w;
      guint column = page % paper->columns, row = page / paper->columns;

      /* Translators: where a page of a map cut into tiles belongs: "Page 2 of 6 · row 1,
       * column 2" */
      where = g_strdup_printf (_("Page %1$u of %2$u · row %3$u, column %4$u"), page + 1, n_pages,
                               row + 1, column + 1);
      pl = legend_layout (text, where, -1, &width);
      title_right = gx - 8 - width - 12;
      lds_map_render_show_text (cr, pl, gx - 8 - width, top, ink, text_func, text_data);

      cell_w = grid_w / paper->columns;
      cell_h = GRID_HEIGHT / paper->rows;
      lds_map_accent_color (FALSE, colour);
      cairo_set_source_rgba (cr, colour[0], colour[1], colour[2], 1);
      cairo_rectangle (cr, gx + column * cell_w, top + row * cell_h, MAX (cell_w, 1), MAX (cell_h, 1));
      cairo_fill (cr);
      cairo_set_source_rgba (cr, dim[0], dim[1], dim[2], 1);
      cairo_set_line_width (cr, 0.5);
      cairo_rectangle (cr, gx, top, grid_w, GRID_HEIGHT);
      cairo_stroke (cr);
    }

  /* … and what this is, at the left. */
  title = legend_layout (text, lds_map_model_get_title (model), MAX (title_right - left, 40), &width);
  lds_map_render_show_text (cr, title, left, top, ink, text_func, text_data);

  /* Then colours, levels and links. */
  f.cr = cr;
  f.text = text;
  f.text_func = text_func;
  f.text_data = text_data;
  f.left = f.x = left;
  f.right = right;
  f.y = top + line + 3;
  f.narrow_right = n_pages > 1 ? right - GRID_ROOM : right;
  f.narrow_bottom = top + GRID_HEIGHT;
  f.line = line;
  flow_legend (&f, lds_map_model_get_settings (model));
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
