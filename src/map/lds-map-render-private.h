/* lds-map-render-private.h: what the renderer's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Nodes are not drawn one after the other: every shape goes into a batch
 * by its paint (node backgrounds, borders, bars of each band, …) and every
 * glyph into a batch by font and colour; each batch is then filled or
 * stroked, or shown, once. Nodes never overlap, so the picture is the
 * same; but a PDF of 10,000 objectives holds a few dozen drawing
 * operations instead of half a million (cairo's PDF surface slows down with
 * every operation it has to analyse), and the screen is faster too.
 */

#pragma once

#include <math.h>

#include "lds-map-model-private.h"
#include "lds-map-render.h"

G_BEGIN_DECLS

typedef enum
{
  PAINT_SHADOW,
  PAINT_FRAME,                /* a border, as an area under the node (on paper) */
  PAINT_FRAME_WARNING,
  PAINT_NODE,
  PAINT_CONTEXT,
  PAINT_TINT,                 /* + band: boxes seen from afar */
  PAINT_TRACK = PAINT_TINT + 4,
  PAINT_BAND,                 /* + band: strips, pills, bars */
  PAINT_CHIP_BACKGROUND = PAINT_BAND + 4,
  PAINT_CHIP,                 /* + chip kind */
  PAINT_BORDER = PAINT_CHIP + 10,
  PAINT_BORDER_DASHED,
  PAINT_BORDER_WARNING,
  PAINT_MARKER,
  PAINT_MARKER_RING,
  PAINT_PORT_RING,
  PAINT_PORT,
  PAINT_ACCENT,
  PAINT_BADGE,
  N_PAINTS
} Paint;

#define N_CHIP_KINDS 10

typedef struct
{
  double canvas[4];
  double node[4];
  double context[4];
  double shadow[4];
  double border[4];
  double text[4];
  double dim[4];
  double edge[4];
  double accent[4];
  double depends[4];
  double track[4];
  double match[4];
  double warning[4];
  double chip[4];
  double badge[4];
  double white[4];
  double band[4][4];
  double tint[4][4];
  double chip_ink[N_CHIP_KINDS][4];
  double chip_fill[N_CHIP_KINDS][4];
} Palette;

void _lds_map_make_palette (Palette  *p,
                            gboolean  dark);

typedef struct _Batch Batch;

struct _LdsMapRenderCache
{
  LdsMapModel  *model;
  GHashTable   *texts;      /* kind | index << 3 → PangoLayout */
  GHashTable   *shared;     /* "font|width|text" → PangoLayout */
  GHashTable   *by_text[2]; /* key results' titles, owners' names: the model's string → PangoLayout */
};

typedef struct
{
  LdsMapLayout               *layout;
  LdsMapModel                *model;
  LdsMapText                 *text;
  const LdsMapNode           *nodes;
  cairo_t                    *cr;
  const LdsMapRenderOptions  *options;
  LdsMapRenderCache          *cache;
  Palette                     palette;
  double                      scale;
  double                      pixel;       /* one device pixel in model units */
  LdsMapDetail                detail;
  const LdsFileSettings      *settings;
  Batch                      *batch;
  GPtrArray                  *scratch;     /* a node's texts, when nothing is kept between frames */
  gboolean                    vector;      /* the target keeps curves: PDF, SVG */
  gboolean                    pdf;         /* the target is a PDF */
  double                      tolerance;   /* the caller's */
} Ctx;

/* On a surface that keeps curves, cairo flattens a path only to find out
 * what the operation covers; a tolerance that grows with the line does as
 * well there, at a fraction of the cost. It stays well under half the
 * line's width: nearer, cairo 1.16 finds that a stroke with round ends
 * covers nothing and leaves it out. */
static inline void
_lds_map_stroke_tolerance (Ctx    *c,
                           double  width)
{
  if (c->vector)
    cairo_set_tolerance (c->cr, MAX (c->tolerance, fabs (width) * c->scale / 4));
}

enum
{
  TEXT_TITLE,
  TEXT_OWNER,
  TEXT_SUMMARY,
  TEXT_KR,
  TEXT_VALUE,
  TEXT_SUMMARY_LARGER,
  TEXT_SUMMARY_LARGEST,   /* kinds fit in three bits: see _lds_map_node_text () */
};

/* Drawn on whole pixels: on a screen, short of full detail (see
 * _lds_map_pixel_line()) */
static inline gboolean
_lds_map_on_pixels (Ctx *c)
{
  return !c->vector && c->detail != LDS_MAP_DETAIL_FULL;
}

/* lds-map-batch.c */
Batch        *_lds_map_batch_new       (cairo_t      *target);
void          _lds_map_batch_free      (Batch        *batch);
void          _lds_map_batch_rect      (Batch        *batch,
                                        Paint         paint,
                                        double        x,
                                        double        y,
                                        double        w,
                                        double        h,
                                        double        radius);
void          _lds_map_batch_top       (Batch        *batch,
                                        Paint         paint,
                                        double        x,
                                        double        y,
                                        double        w,
                                        double        h,
                                        double        radius);
void          _lds_map_batch_capsule   (Batch        *batch,
                                        Paint         paint,
                                        double        x0,
                                        double        y0,
                                        double        x1,
                                        double        y1,
                                        double        width);
void          _lds_map_batch_round_box (Batch        *batch,
                                        Paint         paint,
                                        const LdsMapRect *box,
                                        double        radius,
                                        double        grow,
                                        gboolean      hollow);
void          _lds_map_batch_circle    (Batch        *batch,
                                        Paint         paint,
                                        double        cx,
                                        double        cy,
                                        double        r);
void          _lds_map_batch_marker    (Batch        *batch,
                                        LdsMapLevel   level,
                                        double        cx,
                                        double        cy,
                                        double        size);
void          _lds_map_batch_text      (Ctx          *c,
                                        PangoLayout  *layout,
                                        double        x,
                                        double        y,
                                        const double  rgba[4]);
gboolean      _lds_map_batch_simple    (Ctx          *c,
                                        LdsMapFont    font,
                                        const char   *text,
                                        double        x,
                                        double        y,
                                        const double  rgba[4]);
double        _lds_map_simple_width    (Ctx          *c,
                                        LdsMapFont    font,
                                        const char   *text);
void          _lds_map_batch_flush     (Ctx          *c);

/* lds-map-render.c */
gboolean      _lds_map_pixel_line      (Ctx          *c,
                                        double       *width,
                                        double       *offset);
void          _lds_map_snap            (Ctx          *c,
                                        double        offset,
                                        double       *x,
                                        double       *y);
void          _lds_map_mix             (double        out[4],
                                        const double  a[4],
                                        const double  b[4],
                                        double        t);
PangoLayout  *_lds_map_node_text       (Ctx          *c,
                                        guint         kind,
                                        guint         index,
                                        LdsMapFont    font,
                                        const char   *text,
                                        double        width,
                                        int           lines);
PangoLayout  *_lds_map_shared_text     (Ctx          *c,
                                        LdsMapFont    font,
                                        const char   *text,
                                        double        width);
double        _lds_map_layout_width    (PangoLayout  *layout);
double        _lds_map_layout_height   (PangoLayout  *layout);
LdsScoreBand  _lds_map_band            (Ctx          *c,
                                        const LdsMapNode *node,
                                        double        score);
LdsScoreBand  _lds_map_node_band       (Ctx          *c,
                                        const LdsMapNode *node);

/* lds-map-render-nodes.c */
extern const struct _LdsMapChip { LdsMapNodeFlags flag; const char *label; guint32 colour; }
              _lds_map_chips[N_CHIP_KINDS];
void          _lds_map_draw_node_full  (Ctx          *c,
                                        guint         node);
void          _lds_map_draw_node_title (Ctx          *c,
                                        guint         node);
void          _lds_map_draw_node_box   (Ctx          *c,
                                        guint         node);
void          _lds_map_draw_badges     (Ctx          *c,
                                        guint         node);

G_END_DECLS
