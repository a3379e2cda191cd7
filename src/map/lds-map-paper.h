/* lds-map-paper.h: an alignment map on pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A map goes on paper (PDF, SVG, printing) through lds_map_render(), with
 * margins and a legend along the bottom of each page: what the map shows,
 * what its colours mean, and, when a large map is tiled over several pages,
 * which page this is and where it lies in the whole.
 *
 * A map that reads well scaled onto one page goes on one page; a larger
 * one is cut into tiles at a readable scale, row by row.
 */

#pragma once

#include "lds-map-render.h"

G_BEGIN_DECLS

typedef struct
{
  double      page_width;     /* points */
  double      page_height;
  double      margin;
  double      legend_height;
  double      scale;          /* paper points per model unit */
  guint       columns;
  guint       rows;
  LdsMapRect  content;        /* the part of the map on paper, in model units */
} LdsMapPaper;

/* A map on one page is never shrunk below this; beyond, it is tiled. */
#define LDS_MAP_PAPER_MIN_SCALE   0.55
/* The scale of tiles: 11-point text comes out near 8 points. */
#define LDS_MAP_PAPER_TILE_SCALE  0.72
/* The largest side of a page, in points: the limit PDF readers keep to
 * (200 inches); a map without a paper size that is larger takes pages of
 * at most this size, at its own size. */
#define LDS_MAP_PAPER_MAX_SIDE    14400.0

void     lds_map_paper_plan        (LdsMapLayout        *layout,
                                    double               page_width,
                                    double               page_height,
                                    gboolean             may_tile,
                                    LdsMapPaper         *paper);
guint    lds_map_paper_n_pages     (const LdsMapPaper   *paper);
void     lds_map_paper_render_page (LdsMapLayout        *layout,
                                    const LdsMapPaper   *paper,
                                    guint                page,
                                    cairo_t             *cr,
                                    LdsMapTextFunc       text_func,
                                    gpointer             text_data);
gboolean lds_map_paper_size        (int                  a_size,
                                    gboolean             landscape,
                                    double              *width,
                                    double              *height);

G_END_DECLS
