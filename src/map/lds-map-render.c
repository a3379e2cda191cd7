/* lds-map-render.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lds-map"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "lds-format.h"
#include "lds-map-render-private.h"
#include "lds-score.h"

#define RADIUS 8.0
#define EDGE_WIDTH 1.6
#define MAX_CACHED 6000
#define MAX_DOTS_SIDE 4096
#define MAX_DASHES 400

/* Below these scales (device pixels per point), draw less. Titles from
 * where the largest summary font (52 points) comes out at
 * LDS_MAP_TITLE_MIN_PX: a map the size of a team's or a small company's
 * fits a projector with its titles readable. */
#define SCALE_BOXES  0.03
#define SCALE_TITLES 0.185
#define SCALE_FULL   0.48

/* Colours */

static void
set_hex (double  rgba[4],
         guint32 rgb,
         double  alpha)
{
  rgba[0] = ((rgb >> 16) & 0xff) / 255.0;
  rgba[1] = ((rgb >> 8) & 0xff) / 255.0;
  rgba[2] = (rgb & 0xff) / 255.0;
  rgba[3] = alpha;
}

void
_lds_map_mix (double        out[4],
              const double  a[4],
              const double  b[4],
              double        t)
{
  for (int i = 0; i < 3; i++)
    out[i] = a[i] * (1 - t) + b[i] * t;
  out[3] = 1;
}

/* Score bands, as in the rest of Lodestar (style.css): chosen to read on
 * light and dark backgrounds and through a projector. */
void
lds_map_band_color (LdsScoreBand  band,
                    gboolean      dark,
                    double        rgba[4])
{
  static const guint32 light[] = { 0x9a9996, 0xc01c28, 0xe5a50a, 0x26a269 };
  static const guint32 night[] = { 0x77767b, 0xe01b24, 0xf5c211, 0x33d17a };

  set_hex (rgba, (dark ? night : light)[CLAMP (band, 0, 3)], 1);
}

void
lds_map_canvas_color (gboolean dark,
                      double   rgba[4])
{
  set_hex (rgba, dark ? 0x1e1e1e : 0xf6f5f4, 1);
}

void
lds_map_accent_color (gboolean dark,
                      double   rgba[4])
{
  set_hex (rgba, dark ? 0x78aeed : 0x1c71d8, 1);
}

void
_lds_map_make_palette (Palette  *p,
                       gboolean  dark)
{
  lds_map_canvas_color (dark, p->canvas);
  lds_map_accent_color (dark, p->accent);
  set_hex (p->node, dark ? 0x303030 : 0xffffff, 1);
  set_hex (p->shadow, 0x000000, dark ? 0.35 : 0.10);
  set_hex (p->border, dark ? 0x4f4f4f : 0xd4d2cf, 1);
  set_hex (p->text, dark ? 0xffffff : 0x241f31, 1);
  set_hex (p->dim, dark ? 0xc0bfbc : 0x5e5c64, 1);
  set_hex (p->edge, dark ? 0x8b8a8f : 0x9a9996, 1);
  set_hex (p->depends, dark ? 0xc061cb : 0x813d9c, 1);
  set_hex (p->track, dark ? 0x4a4a4a : 0xe6e5e3, 1);
  set_hex (p->match, 0xf6d32d, 1);
  set_hex (p->warning, dark ? 0xff7b63 : 0xc01c28, 1);
  set_hex (p->chip, dark ? 0x3d3d3d : 0xefeeec, 1);
  set_hex (p->badge, 0xe66100, 1);
  set_hex (p->white, 0xffffff, 1);
  _lds_map_mix (p->context, p->node, p->canvas, 0.55);
  /* A chip's words in its colour, darkened (lightened when dark), on a
   * wash of it: 5:1 or more for each, in both appearances */
  for (int k = 0; k < N_CHIP_KINDS; k++)
    {
      double colour[4], black[4] = { 0, 0, 0, 1 };

      set_hex (colour, _lds_map_chips[k].colour, 1);
      _lds_map_mix (p->chip_ink[k], colour, dark ? p->white : black, dark ? 0.62 : 0.3);
      _lds_map_mix (p->chip_fill[k], p->node, colour, dark ? 0.2 : 0.12);
    }
  for (int b = 0; b < 4; b++)
    {
      lds_map_band_color (b, dark, p->band[b]);
      _lds_map_mix (p->tint[b], p->node, p->band[b], dark ? 0.45 : 0.35);
    }
}

static void
source (cairo_t      *cr,
        const double  rgba[4])
{
  cairo_set_source_rgba (cr, rgba[0], rgba[1], rgba[2], rgba[3]);
}

/* The cache */

LdsMapRenderCache *
lds_map_render_cache_new (void)
{
  LdsMapRenderCache *cache = g_new0 (LdsMapRenderCache, 1);

  cache->texts = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  cache->shared = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  for (int i = 0; i < 2; i++)
    cache->by_text[i] = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  return cache;
}

void
lds_map_render_cache_clear (LdsMapRenderCache *cache)
{
  g_return_if_fail (cache != NULL);

  g_hash_table_remove_all (cache->texts);
  g_hash_table_remove_all (cache->shared);
  for (int i = 0; i < 2; i++)
    g_hash_table_remove_all (cache->by_text[i]);
  g_clear_object (&cache->model);
}

void
lds_map_render_cache_free (LdsMapRenderCache *cache)
{
  if (cache == NULL)
    return;
  lds_map_render_cache_clear (cache);
  g_hash_table_unref (cache->texts);
  g_hash_table_unref (cache->shared);
  for (int i = 0; i < 2; i++)
    g_hash_table_unref (cache->by_text[i]);
  g_free (cache);
}

static PangoLayout *
shared_layout (Ctx        *c,
               LdsMapFont  font,
               const char *text,
               double      width,
               int         lines)
{
  g_autofree char *key = g_strdup_printf ("%d|%.0f|%d|%s", font, width, lines, text);
  PangoLayout *layout = g_hash_table_lookup (c->cache->shared, key);

  if (layout == NULL)
    {
      layout = lds_map_text_layout (c->text, font, text, width, lines);
      g_hash_table_insert (c->cache->shared, g_steal_pointer (&key), layout);
    }
  return layout;
}

/* A node's text, kept for the next frames. Key results' titles and owners'
 * names repeat across nodes (every objective of a team names the team), and
 * the model keeps one copy of each: those are kept by that copy, and laid
 * out once. A one-off drawing (paper) keeps the rest only while the node is
 * drawn. */
PangoLayout *
_lds_map_node_text (Ctx        *c,
                    guint       kind,
                    guint       index,
                    LdsMapFont  font,
                    const char *text,
                    double      width,
                    int         lines)
{
  gpointer key = GSIZE_TO_POINTER (((gsize) index << 3) | kind);
  PangoLayout *layout;

  if (kind == TEXT_KR || kind == TEXT_OWNER)
    {
      GHashTable *table = c->cache->by_text[kind == TEXT_KR];

      layout = g_hash_table_lookup (table, text);
      if (layout == NULL)
        {
          layout = lds_map_text_layout (c->text, font, text, width, lines);
          g_hash_table_insert (table, (gpointer) text, layout);
        }
      return layout;
    }
  if (c->scratch != NULL)
    {
      layout = lds_map_text_layout (c->text, font, text, width, lines);
      g_ptr_array_add (c->scratch, layout);
      return layout;
    }

  layout = g_hash_table_lookup (c->cache->texts, key);
  if (layout == NULL)
    {
      layout = lds_map_text_layout (c->text, font, text, width, lines);
      g_hash_table_insert (c->cache->texts, key, layout);
    }
  return layout;
}

/* A short text many nodes show: a score, a mark, a number. */
PangoLayout *
_lds_map_shared_text (Ctx        *c,
                      LdsMapFont  font,
                      const char *text,
                      double      width)
{
  return shared_layout (c, font, text, width, 1);
}

double
_lds_map_layout_width (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return logical.width / (double) PANGO_SCALE;
}

double
_lds_map_layout_height (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return logical.height / (double) PANGO_SCALE;
}

/**
 * lds_map_render_show_text:
 * @text_func: (nullable): where to hand the text instead of drawing it
 *
 * Draws @layout with its top left at (@x, @y), as the map draws its texts.
 */
void
lds_map_render_show_text (cairo_t        *cr,
                          PangoLayout    *layout,
                          double          x,
                          double          y,
                          const double    rgba[4],
                          LdsMapTextFunc  text_func,
                          gpointer        text_data)
{
  if (text_func != NULL)
    {
      text_func (layout, x, y, rgba, text_data);
      return;
    }
  source (cr, rgba);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

/* Shapes */

/**
 * lds_map_rounded_rect:
 * @r: the corners' radius, at most half the shorter side
 *
 * Adds a rectangle with round corners to @cr's path, as a sub-path.
 */
void
lds_map_rounded_rect (cairo_t *cr,
                      double   x,
                      double   y,
                      double   w,
                      double   h,
                      double   r)
{
  r = MIN (r, MIN (w, h) / 2);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - r, y + r, r, -G_PI / 2, 0);
  cairo_arc (cr, x + w - r, y + h - r, r, 0, G_PI / 2);
  cairo_arc (cr, x + r, y + h - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

void
lds_map_draw_level_marker (cairo_t     *cr,
                           LdsMapLevel  level,
                           double       cx,
                           double       cy,
                           double       size)
{
  double r = size / 2;

  switch (level)
    {
    case LDS_MAP_LEVEL_COMPANY:          /* a diamond */
      cairo_move_to (cr, cx, cy - r * 1.2);
      cairo_line_to (cr, cx + r * 1.2, cy);
      cairo_line_to (cr, cx, cy + r * 1.2);
      cairo_line_to (cr, cx - r * 1.2, cy);
      cairo_close_path (cr);
      cairo_fill (cr);
      break;
    case LDS_MAP_LEVEL_DEPARTMENT:       /* a square */
      cairo_rectangle (cr, cx - r, cy - r, size, size);
      cairo_fill (cr);
      break;
    case LDS_MAP_LEVEL_TEAM:             /* a disc */
      cairo_new_sub_path (cr);
      cairo_arc (cr, cx, cy, r, 0, 2 * G_PI);
      cairo_fill (cr);
      break;
    case LDS_MAP_LEVEL_PERSON:           /* a ring */
    default:
      cairo_new_sub_path (cr);
      cairo_arc (cr, cx, cy, r - size * 0.12, 0, 2 * G_PI);
      cairo_set_line_width (cr, size * 0.24);
      cairo_stroke (cr);
      break;
    }
}

const char *
lds_map_level_name (LdsMapLevel level)
{
  switch (level)
    {
    case LDS_MAP_LEVEL_COMPANY:
      return lds_enum_label (LDS_TYPE_UNIT_KIND, LDS_UNIT_KIND_COMPANY);
    case LDS_MAP_LEVEL_DEPARTMENT:
      return lds_enum_label (LDS_TYPE_UNIT_KIND, LDS_UNIT_KIND_DEPARTMENT);
    case LDS_MAP_LEVEL_TEAM:
      return lds_enum_label (LDS_TYPE_UNIT_KIND, LDS_UNIT_KIND_TEAM);
    case LDS_MAP_LEVEL_PERSON:
    default:
      return C_("map level", "Individual");
    }
}

/* Bands */

/* The band of @score (the node's or one of its key results'): none for a
 * draft or a cancelled objective, whatever its numbers */
LdsScoreBand
_lds_map_band (Ctx              *c,
               const LdsMapNode *n,
               double            score)
{
  if (n->flags & (LDS_MAP_NODE_DRAFT | LDS_MAP_NODE_CANCELLED))
    return LDS_SCORE_BAND_NONE;
  return lds_file_settings_band (c->settings, score);
}

LdsScoreBand
_lds_map_node_band (Ctx              *c,
                    const LdsMapNode *n)
{
  return _lds_map_band (c, n, n->score);
}

/* Edges */

/* Only the pieces of a long curve near @area: cairo would otherwise dash
 * and flatten all of a link that crosses the whole map for the few pixels
 * of it on screen. */
static void
curve_near (cairo_t           *cr,
            const LdsMapPoint  p[4],
            const LdsMapRect  *area,
            int                depth)
{
  double x0 = MIN (MIN (p[0].x, p[1].x), MIN (p[2].x, p[3].x));
  double x1 = MAX (MAX (p[0].x, p[1].x), MAX (p[2].x, p[3].x));
  double y0 = MIN (MIN (p[0].y, p[1].y), MIN (p[2].y, p[3].y));
  double y1 = MAX (MAX (p[0].y, p[1].y), MAX (p[2].y, p[3].y));
  LdsMapRect box = { x0, y0, x1 - x0, y1 - y0 };
  LdsMapPoint l[4], r[4], ab, bc, cd, abc, bcd, m;

  if (!lds_map_rect_intersects (&box, area))
    return;
  if (depth >= 14 || (box.width < area->width * 2 && box.height < area->height * 2))
    {
      cairo_move_to (cr, p[0].x, p[0].y);
      cairo_curve_to (cr, p[1].x, p[1].y, p[2].x, p[2].y, p[3].x, p[3].y);
      return;
    }

  /* de Casteljau, at the middle */
  ab = (LdsMapPoint) { (p[0].x + p[1].x) / 2, (p[0].y + p[1].y) / 2 };
  bc = (LdsMapPoint) { (p[1].x + p[2].x) / 2, (p[1].y + p[2].y) / 2 };
  cd = (LdsMapPoint) { (p[2].x + p[3].x) / 2, (p[2].y + p[3].y) / 2 };
  abc = (LdsMapPoint) { (ab.x + bc.x) / 2, (ab.y + bc.y) / 2 };
  bcd = (LdsMapPoint) { (bc.x + cd.x) / 2, (bc.y + cd.y) / 2 };
  m = (LdsMapPoint) { (abc.x + bcd.x) / 2, (abc.y + bcd.y) / 2 };
  l[0] = p[0], l[1] = ab, l[2] = abc, l[3] = m;
  r[0] = m, r[1] = bcd, r[2] = cd, r[3] = p[3];
  curve_near (cr, l, area, depth + 1);
  curve_near (cr, r, area, depth + 1);
}

/* On a screen, from afar, lines a pixel or two wide go on whole pixels:
 * cairo fills straight ones as plain rectangles, many times faster than
 * lines whose edges it must smooth, and they look sharper. Returns
 * whether @width (in model units; made a whole number of pixels) is such
 * a line, and @offset, where its middle goes: 0.5 for an odd number of
 * pixels, else 0. */
gboolean
_lds_map_pixel_line (Ctx    *c,
                     double *width,
                     double *offset)
{
  double pixels = *width * c->scale;

  if (!_lds_map_on_pixels (c) || pixels >= 2.5)
    return FALSE;
  pixels = MAX (1, round (pixels));
  *width = pixels / c->scale;
  *offset = fmod (pixels, 2) == 1 ? 0.5 : 0;
  return TRUE;
}

/* (@x, @y) moved to the nearest device point @offset past whole pixels */
void
_lds_map_snap (Ctx    *c,
               double  offset,
               double *x,
               double *y)
{
  cairo_user_to_device (c->cr, x, y);
  *x = round (*x - offset) + offset;
  *y = round (*y - offset) + offset;
  cairo_device_to_user (c->cr, x, y);
}

typedef struct
{
  Ctx      *c;
  gboolean  on;       /* see _lds_map_pixel_line() */
  double    offset;
} Snap;

static void
snap_to (const Snap *snap,
         double      x,
         double      y,
         gboolean    move)
{
  if (snap->on)
    _lds_map_snap (snap->c, snap->offset, &x, &y);
  if (move)
    cairo_move_to (snap->c->cr, x, y);
  else
    cairo_line_to (snap->c->cr, x, y);
}

/* From afar (boxes only), a link from a parent (a curve that leaves and
 * arrives along the depth axis) becomes lines along the axes, turning
 * halfway between its two bends: an organisation chart's connector, on
 * whole pixels. Diagonal lines a pixel wide are what cairo draws slowest,
 * and thousands of them, criss-crossing, read worse. A dependency, which
 * runs across the tree, becomes lines through its curve's four points:
 * up from one, across above them, down to the other, so that it shows
 * which two it joins, does not lie along the tops of a row of nodes, and
 * is not taken for part of the tree. */
static void
simple_path (const Snap       *snap,
             const LdsMapEdge *e)
{
  const LdsMapPoint *p = e->p;
  double mx = (p[1].x + p[2].x) / 2, my = (p[1].y + p[2].y) / 2;

  snap_to (snap, p[0].x, p[0].y, TRUE);
  if (e->kind == LDS_MAP_EDGE_DEPENDS)
    {
      snap_to (snap, p[1].x, p[1].y, FALSE);
      snap_to (snap, p[2].x, p[2].y, FALSE);
    }
  else if (p[0].x == p[1].x && p[2].x == p[3].x)
    {
      snap_to (snap, p[0].x, my, FALSE);
      snap_to (snap, p[3].x, my, FALSE);
    }
  else if (p[0].y == p[1].y && p[2].y == p[3].y)
    {
      snap_to (snap, mx, p[0].y, FALSE);
      snap_to (snap, mx, p[3].y, FALSE);
    }
  snap_to (snap, p[3].x, p[3].y, FALSE);
}

/* @simple: boxes only, from afar (see simple_path());
 * @tick: whether a solid line may leave the trunk to the edge below that
 * takes it on (its dashes would not follow on) */
static void
edge_path (const Snap       *snap,
           const LdsMapEdge *e,
           const LdsMapRect *area,
           gboolean          simple,
           gboolean          whole,
           gboolean          tick)
{
  if (e->shape == LDS_MAP_SHAPE_CURVE)
    {
      const LdsMapPoint *p = e->p;

      if (simple)
        simple_path (snap, e);
      /* A child right under its parent: a straight line, on pixels too */
      else if (snap->on && ((p[0].x == p[1].x && p[1].x == p[2].x && p[2].x == p[3].x) ||
                            (p[0].y == p[1].y && p[1].y == p[2].y && p[2].y == p[3].y)))
        {
          snap_to (snap, p[0].x, p[0].y, TRUE);
          snap_to (snap, p[3].x, p[3].y, FALSE);
        }
      else
        curve_near (snap->c->cr, p, area, 0);
      return;
    }

  /* Lines through p[0] … p[4], as organisation charts draw them. Leaves
   * under one port share the way down: a solid line goes the whole way to
   * the last leaf, and the others' only leave it (they cover the same,
   * with fewer points: a PDF is smaller); a dashed one, whose dashes must
   * follow on, from the leaf above on. The path to the selection goes the
   * whole way. */
  if (!whole && tick && e->trunk_goes_on)
    {
      snap_to (snap, e->p[3].x, e->p[3].y, TRUE);
      snap_to (snap, e->p[4].x, e->p[4].y, FALSE);
      return;
    }
  if (!whole && !tick && e->trunk_from > e->p[2].y)
    {
      snap_to (snap, e->p[3].x, e->trunk_from, TRUE);
      snap_to (snap, e->p[3].x, e->p[3].y, FALSE);
      snap_to (snap, e->p[4].x, e->p[4].y, FALSE);
      return;
    }
  snap_to (snap, e->p[0].x, e->p[0].y, TRUE);
  for (int i = 1; i < 5; i++)
    snap_to (snap, e->p[i].x, e->p[i].y, FALSE);
}

static inline LdsMapPoint
edge_tip (const LdsMapEdge *e)
{
  return e->shape == LDS_MAP_SHAPE_CURVE ? e->p[3] : e->p[4];
}

static void
arrow_head (cairo_t          *cr,
            const LdsMapEdge *e,
            double            size)
{
  LdsMapPoint tip = edge_tip (e);
  LdsMapPoint from = e->shape == LDS_MAP_SHAPE_CURVE ? e->p[2] : e->p[3];
  double dx = tip.x - from.x, dy = tip.y - from.y, len = hypot (dx, dy);

  if (len < 1e-6)
    return;
  dx /= len;
  dy /= len;
  cairo_move_to (cr, tip.x, tip.y);
  cairo_line_to (cr, tip.x - dx * size - dy * size * 0.55, tip.y - dy * size + dx * size * 0.55);
  cairo_line_to (cr, tip.x - dx * size + dy * size * 0.55, tip.y - dy * size - dx * size * 0.55);
  cairo_close_path (cr);
}

typedef enum
{
  STYLE_TREE,
  STYLE_PLACED,
  STYLE_UNALIGNED,
  STYLE_EXTRA,
  STYLE_DEPENDS,
  STYLE_PATH,
  N_STYLES
} EdgeStyle;

static EdgeStyle
edge_style (Ctx              *c,
            const LdsMapEdge *e)
{
  const guint8 *marks = c->options->marks;

  switch (e->kind)
    {
    case LDS_MAP_EDGE_ALIGNS:
      if (marks != NULL && (marks[e->to] & LDS_MAP_MARK_PATH) && (marks[e->from] & LDS_MAP_MARK_PATH))
        return STYLE_PATH;
      return STYLE_TREE;
    case LDS_MAP_EDGE_PLACED:
      if (c->options->highlight_unaligned && (c->nodes[e->to].flags & LDS_MAP_NODE_UNALIGNED))
        return STYLE_UNALIGNED;
      return STYLE_PLACED;
    case LDS_MAP_EDGE_EXTRA:
      return STYLE_EXTRA;
    case LDS_MAP_EDGE_DEPENDS:
    default:
      return STYLE_DEPENDS;
    }
}

/* Links across the map (dependencies, further parents) whose two ends are
 * both out of sight say nothing but "something far away": leave them out,
 * they would only cross the view as lines from nowhere to nowhere. */
static gboolean
edge_shown (Ctx              *c,
            const LdsMapEdge *e,
            const LdsMapRect *near)
{
  LdsMapRect wide;

  if (e->kind == LDS_MAP_EDGE_DEPENDS && c->options->hide_depends)
    return FALSE;
  if (e->kind != LDS_MAP_EDGE_DEPENDS && e->kind != LDS_MAP_EDGE_EXTRA)
    return TRUE;
  wide = (LdsMapRect) { near->x - near->width / 2, near->y - near->height / 2, near->width * 2,
                        near->height * 2 };
  return lds_map_rect_intersects (lds_map_layout_get_box (c->layout, e->from), &wide) ||
         lds_map_rect_intersects (lds_map_layout_get_box (c->layout, e->to), &wide);
}

static void
draw_edges (Ctx    *c,
            GArray *edges)
{
  cairo_t *cr = c->cr;
  const LdsMapEdge *all = lds_map_layout_get_edges (c->layout, NULL);
  gboolean any[N_STYLES] = { FALSE };
  gboolean simple = c->detail == LDS_MAP_DETAIL_BOXES;
  double lw = MAX (EDGE_WIDTH, c->pixel);
  LdsMapRect near = c->options->area;
  cairo_antialias_t antialias = cairo_get_antialias (cr);

  /* A margin, so that no cut shows at the edge of the area. */
  near.x -= 20 * c->pixel;
  near.y -= 20 * c->pixel;
  near.width += 40 * c->pixel;
  near.height += 40 * c->pixel;

  cairo_save (cr);

  /* One path and one stroke per style. */
  for (int style = 0; style < N_STYLES; style++)
    {
      const double *colour = c->palette.edge;
      double width = lw, dash[2] = { 0, 0 };
      gboolean round_ends;
      cairo_line_cap_t cap;
      cairo_line_join_t join;
      Snap snap = { c, FALSE, 0 };

      switch (style)
        {
        case STYLE_PLACED:
          dash[0] = 1.5 * lw, dash[1] = 3.5 * lw;
          break;
        case STYLE_UNALIGNED:
          dash[0] = 1.5 * lw, dash[1] = 3.5 * lw;
          colour = c->palette.warning;
          width = lw * 1.4;
          break;
        case STYLE_EXTRA:
          dash[0] = 10 * lw / EDGE_WIDTH, dash[1] = 5 * lw / EDGE_WIDTH;
          break;
        case STYLE_DEPENDS:
          dash[0] = 7 * lw / EDGE_WIDTH, dash[1] = 5 * lw / EDGE_WIDTH;
          colour = c->palette.depends;
          width = lw * 1.25;
          break;
        case STYLE_PATH:
          colour = c->palette.accent;
          width = lw * 2;
          break;
        default:
          break;
        }
      /* Dots and dashes have round ends. A solid link's ends lie under
       * nodes and ports, and its corners are a line's width across: plain
       * ends and corners look the same, and cost far less to a PDF, whose
       * writer works out what every round end and corner covers. */
      round_ends = dash[0] > 0;
      cap = round_ends ? CAIRO_LINE_CAP_ROUND : CAIRO_LINE_CAP_BUTT;
      join = round_ends ? CAIRO_LINE_JOIN_ROUND : CAIRO_LINE_JOIN_MITER;
      snap.on = _lds_map_pixel_line (c, &width, &snap.offset);
      if (snap.on)
        {
          /* A pixel or two wide, a round end is a square one. Square
           * ends reach as far, and whole pixels long, dashes and all,
           * keep straight links rectangles on whole pixels. */
          cap = CAIRO_LINE_CAP_SQUARE;
          join = CAIRO_LINE_JOIN_MITER;
          if (round_ends)
            {
              dash[0] = round (dash[0] * c->scale) / c->scale;
              dash[1] = MAX (1, round (dash[1] * c->scale)) / c->scale;
            }
        }
      source (cr, colour);
      /* From afar, dependencies are the only links that may cross the
       * view aslant (see simple_path()), in dashes a pixel wide.
       * Smoothing their edges takes longer than the rest of the frame; on
       * whole pixels they look as crisp. */
      cairo_set_antialias (cr, simple && snap.on && style == STYLE_DEPENDS ? CAIRO_ANTIALIAS_NONE
                                                                           : antialias);
      cairo_set_line_width (cr, width);
      _lds_map_stroke_tolerance (c, width);
      cairo_set_line_cap (cr, cap);
      cairo_set_line_join (cr, join);

      for (guint i = 0; i < edges->len; i++)
        {
          const LdsMapEdge *e = &all[g_array_index (edges, guint, i)];
          double length, stretch;

          if ((int) edge_style (c, e) != style || !edge_shown (c, e, &near))
            continue;
          any[style] = TRUE;

          /* A dashed link across a whole large map (on paper) would be
           * hundreds of thousands of dashes, which cairo's PDF surface
           * turns into polygons one by one: longer dashes instead. */
          length = MIN (hypot (e->bounds.width, e->bounds.height),
                        2 * hypot (near.width, near.height));
          stretch = dash[0] > 0 ? length / (dash[0] + dash[1]) / MAX_DASHES : 0;
          if (stretch > 1)
            {
              edge_path (&snap, e, &near, simple, FALSE, FALSE);
              cairo_set_dash (cr, (double[]) { dash[0] * stretch, dash[1] * stretch }, 2, 0);
              cairo_stroke (cr);
              continue;
            }
          edge_path (&snap, e, &near, simple, style == STYLE_PATH, dash[0] == 0);
        }
      if (!any[style])
        continue;
      if (dash[0] > 0)
        cairo_set_dash (cr, dash, 2, 0);
      else
        cairo_set_dash (cr, NULL, 0, 0);
      cairo_stroke (cr);
    }

  /* Arrow heads: what depends on what, and further parents; only those
   * near the area, though the link is drawn when its other end is. */
  if ((any[STYLE_DEPENDS] || any[STYLE_EXTRA]) && !simple)
    for (int style = STYLE_EXTRA; style <= STYLE_DEPENDS; style++)
      {
        double size = MAX (9.0, 6 * c->pixel);
        LdsMapRect heads = { near.x - size, near.y - size, near.width + 2 * size,
                             near.height + 2 * size };

        for (guint i = 0; i < edges->len; i++)
          {
            const LdsMapEdge *e = &all[g_array_index (edges, guint, i)];
            LdsMapPoint tip = edge_tip (e);

            if ((int) edge_style (c, e) == style && edge_shown (c, e, &near) &&
                tip.x >= heads.x && tip.x <= heads.x + heads.width &&
                tip.y >= heads.y && tip.y <= heads.y + heads.height)
              arrow_head (cr, e, size);
          }
        source (cr, style == STYLE_DEPENDS ? c->palette.depends : c->palette.edge);
        cairo_fill (cr);
      }
  cairo_restore (cr);
}

/* From afar: dots, written straight into pixels. */

static inline guint32
pixel_of (const double rgba[4])
{
  return 0xff000000u | ((guint32) (rgba[0] * 255) << 16) | ((guint32) (rgba[1] * 255) << 8) |
         (guint32) (rgba[2] * 255);
}

static void
draw_dots (Ctx *c)
{
  cairo_t *cr = c->cr;
  cairo_matrix_t m;
  double x0, y0, x1, y1, cx0, cy0, cx1, cy1;
  int ox, oy, w, h, stride;
  cairo_surface_t *image;
  guint32 *data;
  guint n = lds_map_model_get_n_nodes (c->model);
  const LdsMapRect *bounds = lds_map_layout_get_bounds (c->layout);
  LdsMapRect area = c->options->area;
  guint32 colours[4], context_colours[4], match = pixel_of (c->palette.match);
  guint32 warning = pixel_of (c->palette.warning);

  /* The part of the map that is to be drawn, in device pixels. */
  x0 = MAX (area.x, bounds->x);
  y0 = MAX (area.y, bounds->y);
  x1 = MIN (area.x + area.width, bounds->x + bounds->width);
  y1 = MIN (area.y + area.height, bounds->y + bounds->height);
  if (x0 >= x1 || y0 >= y1)
    return;
  cairo_user_to_device (cr, &x0, &y0);
  cairo_user_to_device (cr, &x1, &y1);
  cairo_clip_extents (cr, &cx0, &cy0, &cx1, &cy1);
  cairo_user_to_device (cr, &cx0, &cy0);
  cairo_user_to_device (cr, &cx1, &cy1);
  ox = (int) floor (MAX (MIN (x0, x1), MIN (cx0, cx1)));
  oy = (int) floor (MAX (MIN (y0, y1), MIN (cy0, cy1)));
  w = (int) ceil (MIN (MAX (x0, x1), MAX (cx0, cx1))) - ox;
  h = (int) ceil (MIN (MAX (y0, y1), MAX (cy0, cy1))) - oy;
  if (w <= 0 || h <= 0)
    return;
  w = MIN (w, MAX_DOTS_SIDE);
  h = MIN (h, MAX_DOTS_SIDE);

  image = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, w, h);
  cairo_surface_flush (image);
  data = (guint32 *) (gpointer) cairo_image_surface_get_data (image);
  stride = cairo_image_surface_get_stride (image) / 4;
  for (int b = 0; b < 4; b++)
    {
      double faded[4];

      colours[b] = pixel_of (c->palette.band[b]);
      _lds_map_mix (faded, c->palette.band[b], c->palette.canvas, 0.6);
      context_colours[b] = pixel_of (faded);
    }

  cairo_get_matrix (cr, &m);
  for (guint v = 0; v < n; v++)
    {
      const LdsMapRect *box = lds_map_layout_get_box (c->layout, v);
      const LdsMapNode *node = &c->nodes[v];
      double dx0, dy0, dx1, dy1;
      int px0, py0, px1, py1, grow = 0;
      guint32 colour;

      if (box == NULL)
        continue;
      dx0 = m.xx * box->x + m.xy * box->y + m.x0 - ox;
      dy0 = m.yx * box->x + m.yy * box->y + m.y0 - oy;
      dx1 = dx0 + m.xx * box->width + m.xy * box->height;
      dy1 = dy0 + m.yx * box->width + m.yy * box->height;
      if (v == c->options->selected)
        {
          colour = pixel_of (c->palette.accent);
          grow = 3;
        }
      else if (c->options->marks != NULL && (c->options->marks[v] & LDS_MAP_MARK_MATCH))
        {
          colour = match;
          grow = 2;
        }
      else if (c->options->highlight_unaligned && (node->flags & LDS_MAP_NODE_UNALIGNED))
        {
          colour = warning;
          grow = 1;
        }
      else if (node->flags & LDS_MAP_NODE_CONTEXT)
        colour = context_colours[_lds_map_node_band (c, node)];
      else
        colour = colours[_lds_map_node_band (c, node)];
      px0 = (int) floor (MIN (dx0, dx1)) - grow;
      py0 = (int) floor (MIN (dy0, dy1)) - grow;
      px1 = MAX ((int) ceil (MAX (dx0, dx1)), px0 + 1) + grow;
      py1 = MAX ((int) ceil (MAX (dy0, dy1)), py0 + 1) + grow;
      px0 = MAX (px0, 0);
      py0 = MAX (py0, 0);
      px1 = MIN (px1, w);
      py1 = MIN (py1, h);
      for (int y = py0; y < py1; y++)
        for (int x = px0; x < px1; x++)
          data[y * stride + x] = colour;
    }
  cairo_surface_mark_dirty (image);

  cairo_save (cr);
  cairo_identity_matrix (cr);
  cairo_set_source_surface (cr, image, ox, oy);
  cairo_paint (cr);
  cairo_restore (cr);
  cairo_surface_destroy (image);
}

/* On top */

static void
outline (Ctx              *c,
         const LdsMapRect *box,
         double            grow,
         double            width,
         const double      rgba[4])
{
  source (c->cr, rgba);
  cairo_set_line_width (c->cr, width);
  lds_map_rounded_rect (c->cr, box->x - grow, box->y - grow, box->width + 2 * grow, box->height + 2 * grow,
                RADIUS + grow);
  cairo_stroke (c->cr);
}

/* Search results, around their nodes */
static void
draw_marks (Ctx    *c,
            GArray *nodes)
{
  const LdsMapRenderOptions *o = c->options;
  double px = c->pixel;

  if (o->marks == NULL)
    return;
  for (guint i = 0; i < nodes->len; i++)
    {
      guint v = g_array_index (nodes, guint, i);

      if (o->marks[v] & LDS_MAP_MARK_MATCH)
        outline (c, lds_map_layout_get_box (c->layout, v), MAX (5, 3 * px), MAX (6, 4 * px),
                 c->palette.match);
    }
}

static void
draw_overlays (Ctx *c)
{
  const LdsMapRenderOptions *o = c->options;
  double px = c->pixel;
  double accent[4];

  memcpy (accent, c->palette.accent, sizeof accent);

  if (o->hovered != LDS_MAP_NONE && o->hovered != o->selected &&
      lds_map_layout_get_box (c->layout, o->hovered) != NULL)
    {
      accent[3] = 0.45;
      outline (c, lds_map_layout_get_box (c->layout, o->hovered), MAX (2, 1.5 * px), MAX (2, 2 * px),
               accent);
      accent[3] = 1;
    }

  if (o->selected != LDS_MAP_NONE && lds_map_layout_get_box (c->layout, o->selected) != NULL)
    outline (c, lds_map_layout_get_box (c->layout, o->selected), MAX (3, 2 * px), MAX (3, 3 * px),
             accent);

  if (o->drop_node != LDS_MAP_NONE && lds_map_layout_get_box (c->layout, o->drop_node) != NULL)
    {
      const LdsMapRect *box = lds_map_layout_get_box (c->layout, o->drop_node);
      const double *colour = o->drop_refused ? c->palette.warning : accent;

      if (o->drop_kr >= 0 && !o->drop_refused)
        {
          double top, height;
          double fill[4] = { colour[0], colour[1], colour[2], 0.18 };

          lds_map_model_kr_row (c->model, o->drop_node, o->drop_kr, &top, &height);
          source (c->cr, fill);
          lds_map_rounded_rect (c->cr, box->x + 4, box->y + top - 4, box->width - 8, height + 8, 6);
          cairo_fill_preserve (c->cr);
          source (c->cr, colour);
          cairo_set_line_width (c->cr, MAX (2, 2 * px));
          cairo_stroke (c->cr);
        }
      else
        outline (c, box, MAX (3, 2 * px), MAX (3, 3 * px), colour);
    }
}

/* The entry point */

/* The least scale each detail is drawn at */
static const double detail_scales[] = {
  [LDS_MAP_DETAIL_DOTS] = 0,
  [LDS_MAP_DETAIL_BOXES] = SCALE_BOXES,
  [LDS_MAP_DETAIL_TITLES] = SCALE_TITLES,
  [LDS_MAP_DETAIL_FULL] = SCALE_FULL,
};

LdsMapDetail
lds_map_render_detail_for (double scale)
{
  LdsMapDetail detail = LDS_MAP_DETAIL_FULL;

  while (detail > LDS_MAP_DETAIL_DOTS && scale < detail_scales[detail])
    detail--;
  return detail;
}

/* The least scale (device pixels per point) that shows @detail */
double
lds_map_render_detail_scale (LdsMapDetail detail)
{
  g_return_val_if_fail (detail <= LDS_MAP_DETAIL_FULL, 0);

  return detail_scales[detail];
}

/**
 * lds_map_render_options_init:
 * @area: (nullable): what to draw; %NULL for everything
 *
 * Fills @options with the defaults: light, nothing selected, nothing
 * marked, detail by scale.
 */
void
lds_map_render_options_init (LdsMapRenderOptions *options,
                             const LdsMapRect    *area)
{
  g_return_if_fail (options != NULL);

  memset (options, 0, sizeof *options);
  options->area = area != NULL ? *area
                               : (LdsMapRect) { -G_MAXDOUBLE / 4, -G_MAXDOUBLE / 4, G_MAXDOUBLE / 2,
                                                G_MAXDOUBLE / 2 };
  options->selected = LDS_MAP_NONE;
  options->hovered = LDS_MAP_NONE;
  options->drop_node = LDS_MAP_NONE;
  options->drop_kr = -1;
  options->highlight_unaligned = TRUE;
  options->layers = LDS_MAP_LAYER_ALL;
}

/**
 * lds_map_render:
 * @cr: where to draw; its matrix maps model units to the device
 *
 * Draws what of @layout lies in options->area.
 */
void
lds_map_render (LdsMapLayout              *layout,
                cairo_t                   *cr,
                const LdsMapRenderOptions *options)
{
  Ctx c = { 0 };
  g_autoptr(LdsMapRenderCache) own_cache = NULL;
  g_autoptr(GArray) nodes = NULL;
  g_autoptr(GArray) edges = NULL;
  double dx = 1, dy = 0;

  g_return_if_fail (LDS_IS_MAP_LAYOUT (layout));
  g_return_if_fail (cr != NULL && options != NULL);

  c.layout = layout;
  c.model = lds_map_layout_get_model (layout);
  c.text = lds_map_model_get_text (c.model);
  c.nodes = _lds_map_model_nodes (c.model);
  c.cr = cr;
  c.options = options;
  c.settings = lds_map_model_get_settings (c.model);
  _lds_map_make_palette (&c.palette, options->dark);

  c.scale = options->scale;
  if (c.scale <= 0)
    {
      cairo_user_to_device_distance (cr, &dx, &dy);
      c.scale = hypot (dx, dy);
    }
  c.scale = MAX (c.scale, 1e-9);
  c.pixel = 1 / c.scale;
  c.detail = options->full_detail ? LDS_MAP_DETAIL_FULL : lds_map_render_detail_for (c.scale);
  /* Not PostScript: what it cannot draw (transparency) it draws as
   * pictures, at the tolerance of the moment. */
  c.pdf = cairo_surface_get_type (cairo_get_target (cr)) == CAIRO_SURFACE_TYPE_PDF;
  c.vector = c.pdf || cairo_surface_get_type (cairo_get_target (cr)) == CAIRO_SURFACE_TYPE_SVG;
  c.tolerance = cairo_get_tolerance (cr);

  c.cache = options->cache;
  if (c.cache == NULL)
    {
      c.cache = own_cache = lds_map_render_cache_new ();
      c.scratch = g_ptr_array_new_with_free_func (g_object_unref);
    }
  else if (c.cache->model != c.model || g_hash_table_size (c.cache->texts) > MAX_CACHED ||
           g_hash_table_size (c.cache->shared) > MAX_CACHED)
    {
      lds_map_render_cache_clear (c.cache);
      c.cache->model = g_object_ref (c.model);
    }

  cairo_save (cr);
  if (!(options->layers & LDS_MAP_LAYER_BASE))
    {
      if (c.detail != LDS_MAP_DETAIL_DOTS)
        draw_overlays (&c);
      cairo_restore (cr);
      return;
    }
  if (options->background)
    {
      source (cr, c.palette.canvas);
      cairo_rectangle (cr, options->area.x, options->area.y, options->area.width, options->area.height);
      cairo_fill (cr);
    }

  if (c.detail == LDS_MAP_DETAIL_DOTS)
    draw_dots (&c);
  else
    {
      nodes = g_array_new (FALSE, FALSE, sizeof (guint));
      edges = g_array_new (FALSE, FALSE, sizeof (guint));
      lds_map_layout_query (layout, &options->area, nodes, edges);

      draw_edges (&c, edges);
      c.batch = _lds_map_batch_new (cr);
      for (guint i = 0; i < nodes->len; i++)
        {
          guint v = g_array_index (nodes, guint, i);

          /* Drawing a whole large map at once (paper): the batch keeps
           * glyphs, not layouts, so keep only the layouts the next nodes
           * may use. */
          if (g_hash_table_size (c.cache->texts) > MAX_CACHED)
            g_hash_table_remove_all (c.cache->texts);
          if (g_hash_table_size (c.cache->shared) > MAX_CACHED)
            g_hash_table_remove_all (c.cache->shared);
          for (int t = 0; t < 2; t++)
            if (g_hash_table_size (c.cache->by_text[t]) > MAX_CACHED)
              g_hash_table_remove_all (c.cache->by_text[t]);

          if (c.scratch != NULL)
            g_ptr_array_set_size (c.scratch, 0);
          if (c.detail == LDS_MAP_DETAIL_FULL)
            _lds_map_draw_node_full (&c, v);
          else if (c.detail == LDS_MAP_DETAIL_TITLES)
            _lds_map_draw_node_title (&c, v);
          else
            _lds_map_draw_node_box (&c, v);
          if (c.detail != LDS_MAP_DETAIL_BOXES)
            _lds_map_draw_badges (&c, v);
        }
      _lds_map_batch_flush (&c);
      _lds_map_batch_free (c.batch);
      g_clear_pointer (&c.scratch, g_ptr_array_unref);
      draw_marks (&c, nodes);
      if (options->layers & LDS_MAP_LAYER_OVERLAY)
        draw_overlays (&c);
    }
  cairo_restore (cr);
}
