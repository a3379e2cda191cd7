/* lds-map-render-nodes.c: one node, at each level of detail
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Everything goes into the batch (see lds-map-render-private.h).
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
/* A node seen from afar: the strip in the colour of its score over it,
 * and the room around its title (half the usual: a pixel or two) */
#define SUMMARY_STRIP   14.0
#define SUMMARY_PADDING (LDS_MAP_NODE_PADDING / 2)

/* Text on amber, which is too light for white */
static const double dark_ink[4] = { 0.14, 0.12, 0.19, 1 };

/* The marks a node may carry, in the order they are shown. Those that are
 * the words of a status, a type or a visibility take the enum's label. */
const struct _LdsMapChip _lds_map_chips[N_CHIP_KINDS] = {
  { LDS_MAP_NODE_UNALIGNED, N_("Aligns to nothing"), 0xc01c28 },
  { LDS_MAP_NODE_SELF_DRIVEN, N_("Self-driven"), 0x26a269 },
  { LDS_MAP_NODE_OVERDUE, N_("Check-in overdue"), 0xc64600 },
  { LDS_MAP_NODE_DRAFT, NULL, 0x5e5c64 },
  { LDS_MAP_NODE_CANCELLED, NULL, 0x5e5c64 },
  { LDS_MAP_NODE_CLOSED, NULL, 0x5e5c64 },
  { LDS_MAP_NODE_ASPIRATIONAL, NULL, 0x9141ac },
  { LDS_MAP_NODE_MID_CYCLE, N_("Added mid-cycle"), 0x1c71d8 },
  { LDS_MAP_NODE_PRIVATE, NULL, 0x5e5c64 },
  { 0, NULL, 0x5e5c64 },    /* the cycle of a parent from another cycle */
};

static const char *
chip_label (guint i)
{
  switch (_lds_map_chips[i].flag)
    {
    case LDS_MAP_NODE_DRAFT:
      return lds_enum_label (LDS_TYPE_OBJECTIVE_STATUS, LDS_OBJECTIVE_STATUS_DRAFT);
    case LDS_MAP_NODE_CANCELLED:
      return lds_enum_label (LDS_TYPE_OBJECTIVE_STATUS, LDS_OBJECTIVE_STATUS_CANCELLED);
    case LDS_MAP_NODE_CLOSED:
      return lds_enum_label (LDS_TYPE_OBJECTIVE_STATUS, LDS_OBJECTIVE_STATUS_CLOSED);
    case LDS_MAP_NODE_ASPIRATIONAL:
      return lds_enum_label (LDS_TYPE_OBJECTIVE_TYPE, LDS_OBJECTIVE_TYPE_ASPIRATIONAL);
    case LDS_MAP_NODE_PRIVATE:
      return lds_enum_label (LDS_TYPE_VISIBILITY, LDS_VISIBILITY_PRIVATE);
    default:
      return _lds_map_chips[i].label != NULL ? _(_lds_map_chips[i].label) : NULL;
    }
}

/* Text in a rounded pill, @height high; returns its width. */
static double
pill (Ctx          *c,
      PangoLayout  *layout,
      double        x,
      double        y,
      double        height,
      Paint         paint,
      const double  ink[4])
{
  double w = _lds_map_layout_width (layout) + 14;

  _lds_map_batch_capsule (c->batch, paint, x + height / 2, y + height / 2, x + w - height / 2,
                          y + height / 2, height);
  _lds_map_batch_text (c, layout, x + 7, y + (height - _lds_map_layout_height (layout)) / 2, ink);
  return w;
}

/* A pill of numbers (a score): set without Pango when it can be. */
static double
number_pill (Ctx          *c,
             const char   *text,
             double        x,
             double        y,
             double        height,
             Paint         paint,
             const double  ink[4],
             gboolean      right_aligned)
{
  double lh = lds_map_text_simple_height (c->text, LDS_MAP_FONT_VALUE);
  double w = _lds_map_simple_width (c, LDS_MAP_FONT_VALUE, text);
  PangoLayout *layout;

  if (w < 0)
    {
      layout = _lds_map_shared_text (c, LDS_MAP_FONT_VALUE, text, -1);
      if (right_aligned)
        x -= _lds_map_layout_width (layout) + 14;
      return pill (c, layout, x, y, height, paint, ink);
    }
  w += 14;
  if (right_aligned)
    x -= w;
  _lds_map_batch_capsule (c->batch, paint, x + height / 2, y + height / 2, x + w - height / 2,
                          y + height / 2, height);
  _lds_map_batch_simple (c, LDS_MAP_FONT_VALUE, text, x + 7, y + (height - lh) / 2, ink);
  return w;
}

/* A number centred on (@cx, @cy). */
static void
centred_number (Ctx          *c,
                guint         number,
                double        cx,
                double        cy,
                const double  ink[4])
{
  char text[16];
  double w, lh = lds_map_text_simple_height (c->text, LDS_MAP_FONT_VALUE);

  g_snprintf (text, sizeof text, "%u", number);
  w = _lds_map_simple_width (c, LDS_MAP_FONT_VALUE, text);
  if (w >= 0)
    _lds_map_batch_simple (c, LDS_MAP_FONT_VALUE, text, cx - w / 2, cy - lh / 2, ink);
  else
    {
      PangoLayout *digits = _lds_map_shared_text (c, LDS_MAP_FONT_VALUE, text, -1);

      _lds_map_batch_text (c, digits, cx - _lds_map_layout_width (digits) / 2,
                           cy - _lds_map_layout_height (digits) / 2, ink);
    }
}

/* Background, band strip and border: what every node has at every zoom
 * where it is more than a box. */
static void
node_frame (Ctx              *c,
            guint             v,
            const LdsMapRect *box,
            double            strip)
{
  const LdsMapNode *n = &c->nodes[v];
  gboolean context = (n->flags & LDS_MAP_NODE_CONTEXT) != 0;
  gboolean unaligned = c->options->highlight_unaligned && (n->flags & LDS_MAP_NODE_UNALIGNED);
  gboolean paper = c->options->full_detail && !c->options->background;
  /* From further away, rounded corners and shadows are a pixel or two:
   * plain cards draw faster. */
  double radius = c->detail == LDS_MAP_DETAIL_FULL ? RADIUS : 0;
  double under = 0;   /* how far the border reaches in, where the strip goes under it */
  Paint border;

  /* On screen a shadow under a white card (only its edge shows: only
   * that is drawn); paper is white and flat. */
  if (!c->options->dark && !context && !paper && radius > 0)
    _lds_map_batch_rect (c->batch, PAINT_SHADOW, box->x + 2, box->y + box->height - radius, box->width - 4,
                         radius + 1.5, radius);
  if (unaligned)
    border = PAINT_BORDER_WARNING;
  else if (context || (n->flags & LDS_MAP_NODE_DRAFT))
    border = PAINT_BORDER_DASHED;
  else
    border = PAINT_BORDER;

  /* In a PDF or SVG, a solid border is the node's area grown by half the
   * border's width, under the node's area shrunk as much: both without a
   * curve (see _lds_map_batch_round_box()). On paper the node is then
   * white, which the paper is anyway; the strip, drawn over it, stops
   * where the border would cover it. */
  if (c->vector && radius > 0 && border != PAINT_BORDER_DASHED)
    {
      under = (border == PAINT_BORDER ? MAX (1.0, c->pixel) : MAX (2.5, 2 * c->pixel)) / 2;
      _lds_map_batch_round_box (c->batch, border == PAINT_BORDER ? PAINT_FRAME : PAINT_FRAME_WARNING,
                                box, radius, under, TRUE);
      _lds_map_batch_round_box (c->batch, context ? PAINT_CONTEXT : PAINT_NODE, box, radius, -under,
                                FALSE);
      border = N_PAINTS;
    }
  else if (context || !paper)
    _lds_map_batch_rect (c->batch, context ? PAINT_CONTEXT : PAINT_NODE, box->x, box->y,
                         box->width, box->height, radius);
  /* The band's colour along the top, inside the rounded corners */
  if (radius > 0)
    _lds_map_batch_capsule (c->batch, PAINT_BAND + _lds_map_node_band (c, n), box->x + radius,
                            box->y + (strip + under) / 2, box->x + box->width - radius,
                            box->y + (strip + under) / 2, -(strip - under));
  else
    _lds_map_batch_rect (c->batch, PAINT_BAND + _lds_map_node_band (c, n), box->x, box->y,
                         box->width, strip, 0);
  if (border != N_PAINTS)
    _lds_map_batch_rect (c->batch, border, box->x, box->y, box->width, box->height, radius);
}

static void
draw_chips (Ctx              *c,
            const LdsMapNode *n,
            double            x,
            double            y,
            double            right)
{
  for (guint i = 0; i < N_CHIP_KINDS; i++)
    {
      const char *label;
      PangoLayout *layout;
      double w;

      if (_lds_map_chips[i].flag != 0)
        {
          if (!(n->flags & _lds_map_chips[i].flag))
            continue;
          label = chip_label (i);
        }
      else if ((n->flags & LDS_MAP_NODE_CONTEXT) && n->cycle_name != NULL && *n->cycle_name != '\0')
        label = n->cycle_name;
      else
        continue;

      layout = _lds_map_shared_text (c, LDS_MAP_FONT_OWNER, label, -1);
      w = _lds_map_layout_width (layout) + 14;
      if (x + w > right)
        break;
      pill (c, layout, x, y, LDS_MAP_CHIP_HEIGHT, PAINT_CHIP + i, c->palette.chip_ink[i]);
      x += w + 6;
    }
}

/* A key result's value ("32 / 50 customers"), right of its bar: set
 * without Pango (@text) when it can be, else a layout */
typedef struct
{
  char        *text;
  PangoLayout *layout;
  double       width;
} Value;

static void
kr_value (Ctx       *c,
          guint      v,
          guint      i,
          double     room,
          Value     *out)
{
  const LdsMapKeyResult *kr = lds_map_model_get_key_result (c->model, v, i);
  guint global = c->nodes[v].first_kr + i;
  g_autofree char *text = NULL;

  out->text = NULL;
  out->layout = g_hash_table_lookup (c->cache->texts,
                                     GSIZE_TO_POINTER (((gsize) global << 3) | TEXT_VALUE));
  if (out->layout == NULL)
    {
      text = lds_map_model_format_value (c->model, kr);
      out->width = _lds_map_simple_width (c, LDS_MAP_FONT_VALUE, text);
      if (out->width >= 0 && out->width <= room)
        {
          out->text = g_steal_pointer (&text);
          return;
        }
      out->layout = _lds_map_node_text (c, TEXT_VALUE, global, LDS_MAP_FONT_VALUE, text, room, 1);
    }
  out->width = MIN (_lds_map_layout_width (out->layout), room);
}

static void
draw_kr_rows (Ctx                      *c,
              guint                     v,
              const LdsMapRect         *box,
              const LdsMapNodeGeometry *geometry)
{
  const LdsMapNode *n = &c->nodes[v];
  double inner = LDS_MAP_NODE_WIDTH - 2 * LDS_MAP_NODE_PADDING;
  double left = box->x + LDS_MAP_NODE_PADDING;
  double kr_lh = lds_map_text_line_height (c->text, LDS_MAP_FONT_KR);
  double value_lh = lds_map_text_simple_height (c->text, LDS_MAP_FONT_VALUE);
  double top = box->y + geometry->krs_y;
  double widest = 0, bar_w;
  g_autofree Value *values = NULL;

  if (n->n_krs == 0)
    {
      PangoLayout *none = _lds_map_shared_text (c, LDS_MAP_FONT_KR, _("No key results yet"), inner);

      _lds_map_batch_text (c, none, left, top, c->palette.dim);
      return;
    }

  /* Every bar of a node as long, whatever its value's width: the values
   * first, the bars in the room the widest leaves */
  values = g_new (Value, n->n_krs);
  for (guint i = 0; i < n->n_krs; i++)
    {
      kr_value (c, v, i, inner * 0.5, &values[i]);
      widest = MAX (widest, values[i].width);
    }
  bar_w = inner - LDS_MAP_KR_INDENT - widest - 10;

  for (guint i = 0; i < n->n_krs; i++)
    {
      const LdsMapKeyResult *kr = lds_map_model_get_key_result (c->model, v, i);
      guint global = n->first_kr + i;
      int lines = MAX (1, (int) round (kr->title_height / kr_lh));
      double bar_y, bar_x, progress;
      Value *value = &values[i];
      PangoLayout *title;

      /* The number, which the port its children hang from repeats. */
      _lds_map_batch_capsule (c->batch, PAINT_TRACK, left + 9, top + kr_lh / 2, left + 9,
                              top + kr_lh / 2, 18);
      centred_number (c, i + 1, left + 9, top + kr_lh / 2, c->palette.dim);

      title = _lds_map_node_text (c, TEXT_KR, global, LDS_MAP_FONT_KR, kr->title,
                                  inner - LDS_MAP_KR_INDENT, lines);
      _lds_map_batch_text (c, title, left + LDS_MAP_KR_INDENT, top, c->palette.text);

      /* Progress bar and value */
      bar_y = top + kr->title_height + 4;
      if (value->text != NULL)
        {
          _lds_map_batch_simple (c, LDS_MAP_FONT_VALUE, value->text, left + inner - value->width,
                                 bar_y + (LDS_MAP_BAR_HEIGHT - value_lh) / 2, c->palette.dim);
          g_free (value->text);
        }
      else
        _lds_map_batch_text (c, value->layout, left + inner - value->width,
                             bar_y + (LDS_MAP_BAR_HEIGHT - _lds_map_layout_height (value->layout)) / 2,
                             c->palette.dim);

      bar_x = left + LDS_MAP_KR_INDENT;
      if (bar_w > 8)
        {
          progress = isnan (kr->progress) ? 0 : CLAMP (kr->progress, 0, 1);
          _lds_map_batch_capsule (c->batch, PAINT_TRACK, bar_x + 3, bar_y + 7, bar_x + bar_w - 3,
                                  bar_y + 7, 6);
          if (progress > 0)
            _lds_map_batch_capsule (c->batch, PAINT_BAND + _lds_map_band (c, n, kr->score), bar_x + 3, bar_y + 7,
                                    bar_x + 3 + MAX (bar_w - 6, 0) * progress, bar_y + 7, 6);
        }
      top += kr->title_height + 4 + LDS_MAP_BAR_HEIGHT + LDS_MAP_KR_GAP;
    }
}

/* Top-down, each key result with children below shows its number where
 * their edges leave. */
static void
draw_ports (Ctx   *c,
            guint  v)
{
  const LdsMapNode *n = &c->nodes[v];
  guint32 used = 0;

  if (lds_map_layout_get_orientation (c->layout) != LDS_MAP_TOP_DOWN || n->n_krs == 0)
    return;
  for (guint ch = n->first_child; ch != LDS_MAP_NONE; ch = c->nodes[ch].next_sibling)
    if (c->nodes[ch].parent_kr >= 0 && c->nodes[ch].parent_kr < 32 &&
        lds_map_layout_is_visible (c->layout, ch))
      used |= 1u << c->nodes[ch].parent_kr;

  for (guint i = 0; i < n->n_krs && i < 32; i++)
    {
      LdsMapPoint port;

      if (!(used & (1u << i)))
        continue;
      lds_map_layout_port (c->layout, v, i, &port);
      /* A ring: a disc of the edges' colour under one of the node's */
      _lds_map_batch_capsule (c->batch, PAINT_PORT_RING, port.x, port.y, port.x, port.y, 19.2);
      _lds_map_batch_capsule (c->batch, PAINT_PORT, port.x, port.y, port.x, port.y, 16.8);
      centred_number (c, i + 1, port.x, port.y, c->palette.dim);
    }
}

void
_lds_map_draw_badges (Ctx   *c,
                      guint  v)
{
  const LdsMapNode *n = &c->nodes[v];
  const LdsMapRect *box = lds_map_layout_get_box (c->layout, v);

  /* What a collapsed node hides */
  if (lds_map_layout_is_collapsed (c->layout, v))
    {
      char text[32];
      PangoLayout *layout;
      double w, x, y;

      g_snprintf (text, sizeof text, "+%u", n->n_descendants);
      layout = _lds_map_shared_text (c, LDS_MAP_FONT_VALUE, text, -1);
      w = _lds_map_layout_width (layout) + 14;
      if (lds_map_layout_get_orientation (c->layout) == LDS_MAP_TOP_DOWN)
        {
          x = box->x + box->width / 2 - w / 2;
          y = box->y + box->height + 6;
        }
      else
        {
          x = box->x + box->width + 6;
          y = box->y + box->height / 2 - 10;
        }
      pill (c, layout, x, y, 20, PAINT_ACCENT, c->palette.white);
    }

  /* A count someone else keeps (the coach's findings) */
  if (n->badge > 0)
    {
      char text[32];
      PangoLayout *layout;
      double w;

      g_snprintf (text, sizeof text, "%u", n->badge);
      layout = _lds_map_shared_text (c, LDS_MAP_FONT_VALUE, text, -1);
      w = MAX (_lds_map_layout_width (layout) + 10, 20);
      _lds_map_batch_capsule (c->batch, PAINT_BADGE, box->x + box->width - 4 - w / 2 + 10, box->y + 2,
                              box->x + box->width - 4 + w / 2 - 10, box->y + 2, 20);
      _lds_map_batch_text (c, layout, box->x + box->width - 4 - _lds_map_layout_width (layout) / 2,
                           box->y + 2 - _lds_map_layout_height (layout) / 2, c->palette.white);
    }
}

/* Close up: owner, score, title, marks, key results with bars and values. */
void
_lds_map_draw_node_full (Ctx   *c,
                         guint  v)
{
  const LdsMapNode *n = &c->nodes[v];
  const LdsMapRect *box = lds_map_layout_get_box (c->layout, v);
  LdsMapNodeGeometry geometry;
  double inner = LDS_MAP_NODE_WIDTH - 2 * LDS_MAP_NODE_PADDING;
  double left = box->x + LDS_MAP_NODE_PADDING;
  double title_lh = lds_map_text_line_height (c->text, LDS_MAP_FONT_TITLE);
  g_autofree char *score_text = lds_format_score (n->score, c->settings->scale);
  PangoLayout *owner, *title;
  LdsScoreBand band = _lds_map_node_band (c, n);
  double score_w;
  const double *ink;

  lds_map_model_node_geometry (c->model, v, &geometry);
  node_frame (c, v, box, LDS_MAP_STRIP_HEIGHT);

  /* The owner's line: level, name, and the objective's score */
  if (band == LDS_SCORE_BAND_NONE)
    ink = c->palette.dim;
  else if (band == LDS_SCORE_BAND_AMBER)
    ink = dark_ink;
  else
    ink = c->palette.white;
  score_w = number_pill (c, score_text, left + inner, box->y + geometry.owner_y,
                         LDS_MAP_OWNER_HEIGHT,
                         band == LDS_SCORE_BAND_NONE ? PAINT_CHIP_BACKGROUND : PAINT_BAND + band,
                         ink, TRUE);

  _lds_map_batch_marker (c->batch, n->level, left + 5,
                         box->y + geometry.owner_y + LDS_MAP_OWNER_HEIGHT / 2, 9);
  /* As wide whatever the score, so that one layout serves every node of an owner */
  owner = _lds_map_node_text (c, TEXT_OWNER, v, LDS_MAP_FONT_OWNER, n->owner_name,
                              inner - 18 - MAX (score_w, 48) - 6, 1);
  _lds_map_batch_text (c, owner, left + 16,
                       box->y + geometry.owner_y +
                         (LDS_MAP_OWNER_HEIGHT - _lds_map_layout_height (owner)) / 2,
                       c->palette.dim);

  title = _lds_map_node_text (c, TEXT_TITLE, v, LDS_MAP_FONT_TITLE, n->title, inner,
                              MAX (1, (int) round (n->title_height / title_lh)));
  _lds_map_batch_text (c, title, left, box->y + geometry.title_y,
                       (n->flags & LDS_MAP_NODE_CONTEXT) ? c->palette.dim : c->palette.text);

  if (geometry.chips_y >= 0)
    draw_chips (c, n, left, box->y + geometry.chips_y, left + inner);
  draw_kr_rows (c, v, box, &geometry);
  draw_ports (c, v);
}

/* From further: the title, large, in the font that comes out at least
 * LDS_MAP_TITLE_MIN_PX on screen, or the largest that still gives it a
 * line inside the box. */
static const struct
{
  LdsMapFont font;
  guint      kind;
} summaries[] = {
  { LDS_MAP_FONT_SUMMARY, TEXT_SUMMARY },
  { LDS_MAP_FONT_SUMMARY_LARGER, TEXT_SUMMARY_LARGER },
  { LDS_MAP_FONT_SUMMARY_LARGEST, TEXT_SUMMARY_LARGEST },
};

void
_lds_map_draw_node_title (Ctx   *c,
                          guint  v)
{
  const LdsMapNode *n = &c->nodes[v];
  const LdsMapRect *box = lds_map_layout_get_box (c->layout, v);
  double room = box->height - SUMMARY_STRIP - 2 * SUMMARY_PADDING;
  guint s = 0;
  int lines;
  PangoLayout *title;

  while (s + 1 < G_N_ELEMENTS (summaries) &&
         lds_map_text_font_size (c->text, summaries[s].font) * c->scale < LDS_MAP_TITLE_MIN_PX)
    s++;
  while (s > 0 && lds_map_text_line_height (c->text, summaries[s].font) > room)
    s--;
  lines = MAX (1, (int) floor (room / lds_map_text_line_height (c->text, summaries[s].font)));

  node_frame (c, v, box, SUMMARY_STRIP);
  title = _lds_map_node_text (c, summaries[s].kind, v, summaries[s].font, n->title,
                              LDS_MAP_NODE_WIDTH - 2 * SUMMARY_PADDING, lines);
  _lds_map_batch_text (c, title, box->x + SUMMARY_PADDING, box->y + SUMMARY_STRIP + SUMMARY_PADDING,
                       (n->flags & LDS_MAP_NODE_CONTEXT) ? c->palette.dim : c->palette.text);
}

/* From further still: a box in the colour of its band. */
void
_lds_map_draw_node_box (Ctx   *c,
                        guint  v)
{
  const LdsMapNode *n = &c->nodes[v];
  const LdsMapRect *box = lds_map_layout_get_box (c->layout, v);
  LdsScoreBand band = _lds_map_node_band (c, n);

  _lds_map_batch_rect (c->batch, PAINT_TINT + band, box->x, box->y, box->width, box->height, 0);
  _lds_map_batch_rect (c->batch, PAINT_BAND + band, box->x, box->y, box->width,
                       MIN (box->height, 24), 0);
  _lds_map_batch_rect (c->batch,
                       c->options->highlight_unaligned && (n->flags & LDS_MAP_NODE_UNALIGNED)
                         ? PAINT_BORDER_WARNING : PAINT_BORDER,
                       box->x, box->y, box->width, box->height, 0);
}
