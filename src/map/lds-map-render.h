/* lds-map-render.h: drawing an alignment map with cairo and Pango
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * lds_map_render() draws a laid-out map, or any rectangle of it, at any
 * scale, onto any cairo_t: the view's snapshot, a print page, a PDF, SVG
 * or PNG surface. What people see is what they print and export.
 *
 * The caller sets cairo's matrix so that model units (points) land where
 * they should; the renderer only draws what lies in options->area, and
 * draws less the smaller a node comes out (unless options->full_detail):
 * close up, every key result with its progress bar and value; from
 * further, boxes with large titles; further still, coloured boxes; and
 * from afar, dots written straight into an image, so that a frame costs
 * about the same however many objectives the map holds.
 */

#pragma once

#include <cairo.h>

#include "lds-map-layout.h"

G_BEGIN_DECLS

/* Titles seen from afar come out at least this large on screen: the
 * font's size in device pixels, where they are drawn at all
 * (LDS_MAP_DETAIL_TITLES and closer). */
#define LDS_MAP_TITLE_MIN_PX 9.6

typedef enum
{
  LDS_MAP_DETAIL_DOTS,      /* nodes are a few pixels: dots, no edges */
  LDS_MAP_DETAIL_BOXES,     /* coloured boxes and edges */
  LDS_MAP_DETAIL_TITLES,    /* boxes with large titles and scores */
  LDS_MAP_DETAIL_FULL,      /* everything */
} LdsMapDetail;

typedef enum
{
  LDS_MAP_MARK_MATCH = 1 << 0,   /* found by the search */
  LDS_MAP_MARK_PATH  = 1 << 1,   /* on the way from the selection to the top */
} LdsMapMark;

typedef enum
{
  LDS_MAP_LAYER_BASE    = 1 << 0,   /* the map, with search marks and the path highlight */
  LDS_MAP_LAYER_OVERLAY = 1 << 1,   /* hover, selection, drop target: what changes often */
  LDS_MAP_LAYER_ALL     = LDS_MAP_LAYER_BASE | LDS_MAP_LAYER_OVERLAY,
} LdsMapLayers;

/* Keeps laid-out text between frames; one per view. */
typedef struct _LdsMapRenderCache LdsMapRenderCache;

/* Instead of drawing a text, hand it over (the SVG export writes it as
 * real text). @x, @y: the layout's top left in model units. */
typedef void (*LdsMapTextFunc) (PangoLayout   *layout,
                                double         x,
                                double         y,
                                const double   rgba[4],
                                gpointer       user_data);

typedef struct
{
  LdsMapRect          area;                /* what to draw, in model units */
  LdsMapLayers        layers;              /* what to draw of it */
  double              scale;               /* device units per model unit; 0: from cairo's matrix */
  gboolean            dark;                /* the dark appearance */
  gboolean            background;          /* paint the canvas under area first */
  gboolean            full_detail;         /* every detail at any scale: paper and exports */
  gboolean            highlight_unaligned; /* outline what aligns to nothing unmarked */
  gboolean            hide_depends;
  guint               selected;            /* LDS_MAP_NONE: none */
  guint               hovered;
  const guint8       *marks;               /* per node, LdsMapMark; nullable */
  guint               drop_node;           /* a dragged objective would align here … */
  int                 drop_kr;             /* … to this key result */
  gboolean            drop_refused;        /* … but may not */
  LdsMapRenderCache  *cache;               /* nullable */
  LdsMapTextFunc      text_func;           /* nullable */
  gpointer            text_data;
} LdsMapRenderOptions;

void               lds_map_render_options_init (LdsMapRenderOptions *options,
                                                const LdsMapRect    *area);
void               lds_map_render              (LdsMapLayout              *layout,
                                                cairo_t                   *cr,
                                                const LdsMapRenderOptions *options);
LdsMapDetail       lds_map_render_detail_for   (double                     scale);
double             lds_map_render_detail_scale (LdsMapDetail               detail);

LdsMapRenderCache *lds_map_render_cache_new    (void);
void               lds_map_render_cache_free   (LdsMapRenderCache         *cache);
void               lds_map_render_cache_clear  (LdsMapRenderCache         *cache);

/* Colours the map uses, for legends and for the view's own overlays */
void               lds_map_band_color          (LdsScoreBand               band,
                                                gboolean                   dark,
                                                double                     rgba[4]);
void               lds_map_canvas_color        (gboolean                   dark,
                                                double                     rgba[4]);
void               lds_map_accent_color        (gboolean                   dark,
                                                double                     rgba[4]);
const char        *lds_map_level_name          (LdsMapLevel                level);
void               lds_map_render_show_text    (cairo_t                   *cr,
                                                PangoLayout               *layout,
                                                double                     x,
                                                double                     y,
                                                const double               rgba[4],
                                                LdsMapTextFunc             text_func,
                                                gpointer                   text_data);
void               lds_map_rounded_rect        (cairo_t                   *cr,
                                                double                     x,
                                                double                     y,
                                                double                     w,
                                                double                     h,
                                                double                     r);
void               lds_map_draw_level_marker   (cairo_t                   *cr,
                                                LdsMapLevel                level,
                                                double                     cx,
                                                double                     cy,
                                                double                     size);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LdsMapRenderCache, lds_map_render_cache_free)

G_END_DECLS
