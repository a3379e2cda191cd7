/* lds-map-batch.c: shapes and glyphs gathered, then drawn at once
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lds-map"

#include "config.h"

#include <math.h>
#include <string.h>

#include "lds-map-render-private.h"

typedef enum
{
  SHAPE_RECT,
  SHAPE_TOP,          /* the top of a rounded rectangle: its corners rounded, its bottom straight */
  SHAPE_CIRCLE,
  SHAPE_DIAMOND,
  SHAPE_CAPSULE,      /* a line (x, y)–(w, h) stroked r wide with round ends: pills, bars, discs */
  SHAPE_ROUND_BOX,    /* the rectangle (x, y, w, h) grown by r, its corners rounded by r */
  SHAPE_ROUND_RING,   /* the same, where what lies inside it does not matter */
} ShapeKind;

typedef struct
{
  ShapeKind  kind;
  double     x, y, w, h, r;
} Shape;

/* Glyphs of one font and colour. Where the target keeps text (PDF), the
 * text they show goes with them, cluster by cluster, so that a PDF reader
 * copies and finds the words that were written, not what the font's
 * character map guesses back from the glyphs (for Chinese, often radicals). */
typedef struct
{
  cairo_scaled_font_t  *font;
  double                rgba[4];
  gboolean              with_text;
  GArray               *glyphs;   /* cairo_glyph_t */
  GString              *utf8;
  GArray               *clusters; /* cairo_text_cluster_t */
} GlyphRun;

struct _Batch
{
  GArray     *shapes[N_PAINTS];
  GPtrArray  *runs;               /* GlyphRun, in order of first use */
  gboolean    keep_text;          /* the target can keep text with glyphs */
  double      x0, y0, x1, y1;     /* where a glyph's origin may lie and show */
};

/* How far outside what is shown a glyph's origin may lie and the glyph
 * still show, in model units: more than the widest glyph of the map's
 * fonts. Glyphs further out are left out (cairo would leave them out of a
 * page too, but mark the text they show with a span of its own). */
#define GLYPH_MARGIN 32.0

static void
glyph_run_free (GlyphRun *run)
{
  cairo_scaled_font_destroy (run->font);
  g_array_unref (run->glyphs);
  g_string_free (run->utf8, TRUE);
  g_array_unref (run->clusters);
  g_free (run);
}

/* @target: what the batch is drawn on, to know whether it keeps text */
Batch *
_lds_map_batch_new (cairo_t *target)
{
  Batch *batch = g_new0 (Batch, 1);

  batch->keep_text = cairo_surface_has_show_text_glyphs (cairo_get_target (target));
  cairo_clip_extents (target, &batch->x0, &batch->y0, &batch->x1, &batch->y1);
  batch->x0 -= GLYPH_MARGIN;
  batch->y0 -= GLYPH_MARGIN;
  batch->x1 += GLYPH_MARGIN;
  batch->y1 += GLYPH_MARGIN;
  for (int p = 0; p < N_PAINTS; p++)
    batch->shapes[p] = g_array_new (FALSE, FALSE, sizeof (Shape));
  batch->runs = g_ptr_array_new_with_free_func ((GDestroyNotify) glyph_run_free);
  return batch;
}

void
_lds_map_batch_free (Batch *batch)
{
  if (batch == NULL)
    return;
  for (int p = 0; p < N_PAINTS; p++)
    g_array_unref (batch->shapes[p]);
  g_ptr_array_unref (batch->runs);
  g_free (batch);
}

static void
add (Batch     *batch,
     Paint      paint,
     ShapeKind  kind,
     double     x,
     double     y,
     double     w,
     double     h,
     double     r)
{
  Shape shape = { kind, x, y, w, h, r };

  g_array_append_val (batch->shapes[paint], shape);
}

/* A rectangle, its corners rounded by @radius (0: square). */
void
_lds_map_batch_rect (Batch  *batch,
                     Paint   paint,
                     double  x,
                     double  y,
                     double  w,
                     double  h,
                     double  radius)
{
  add (batch, paint, SHAPE_RECT, x, y, w, h, radius);
}

void
_lds_map_batch_top (Batch  *batch,
                    Paint   paint,
                    double  x,
                    double  y,
                    double  w,
                    double  h,
                    double  radius)
{
  add (batch, paint, SHAPE_TOP, x, y, w, h, radius);
}

/* A pill, bar or disc: (@x0, @y0) to (@x1, @y1), @width wide, with round
 * ends (a negative @width: square ends, a plain bar). On paper this is two points and a line width, where a rounded
 * rectangle is eight curves: PDFs of large maps come out smaller and
 * faster. */
void
_lds_map_batch_capsule (Batch  *batch,
                        Paint   paint,
                        double  x0,
                        double  y0,
                        double  x1,
                        double  y1,
                        double  width)
{
  add (batch, paint, SHAPE_CAPSULE, x0, y0, x1, y1, width);
}

/* The area of @box, its corners rounded by @radius, grown by @grow (shrunk
 * when negative): the rectangle @radius in from its edges, stroked with
 * round corners @radius + @grow wide on each side, and filled. On paper
 * that is eight numbers where a rounded rectangle takes some thirty, with
 * no curve for the PDF writer to flatten, and exactly the same shape.
 * @hollow: whether what lies more than @radius + @grow within its edges may
 * be left as it is (something else covers it): then it is not filled. */
void
_lds_map_batch_round_box (Batch            *batch,
                          Paint             paint,
                          const LdsMapRect *box,
                          double            radius,
                          double            grow,
                          gboolean          hollow)
{
  radius = MIN (radius, MIN (box->width, box->height) / 2);
  add (batch, paint, hollow ? SHAPE_ROUND_RING : SHAPE_ROUND_BOX, box->x + radius,
       box->y + radius, box->width - 2 * radius, box->height - 2 * radius, radius + grow);
}

void
_lds_map_batch_circle (Batch  *batch,
                       Paint   paint,
                       double  cx,
                       double  cy,
                       double  r)
{
  add (batch, paint, SHAPE_CIRCLE, cx, cy, 0, 0, r);
}

/* The level of an owner: a diamond (company), a square (department), a
 * disc (team), a ring (individual). */
void
_lds_map_batch_marker (Batch       *batch,
                       LdsMapLevel  level,
                       double       cx,
                       double       cy,
                       double       size)
{
  double r = size / 2;

  switch (level)
    {
    case LDS_MAP_LEVEL_COMPANY:
      add (batch, PAINT_MARKER, SHAPE_DIAMOND, cx, cy, 0, 0, r * 1.2);
      break;
    case LDS_MAP_LEVEL_DEPARTMENT:
      add (batch, PAINT_MARKER, SHAPE_RECT, cx - r, cy - r, size, size, 0);
      break;
    case LDS_MAP_LEVEL_TEAM:
      add (batch, PAINT_MARKER, SHAPE_CAPSULE, cx, cy, cx, cy, size);
      break;
    case LDS_MAP_LEVEL_PERSON:
    default:
      /* A ring: a disc with the node's colour inside */
      add (batch, PAINT_MARKER, SHAPE_CAPSULE, cx, cy, cx, cy, size);
      add (batch, PAINT_MARKER_RING, SHAPE_CAPSULE, cx, cy, cx, cy, size * 0.5);
      break;
    }
}

static GlyphRun *
run_for (Batch               *batch,
         cairo_scaled_font_t *font,
         const double         rgba[4],
         gboolean             with_text)
{
  GlyphRun *run;

  with_text = with_text && batch->keep_text;
  /* Few fonts and colours: a short list, searched from the most recent. */
  for (guint i = batch->runs->len; i-- > 0;)
    {
      run = g_ptr_array_index (batch->runs, i);
      if (run->font == font && run->with_text == with_text &&
          memcmp (run->rgba, rgba, sizeof run->rgba) == 0)
        return run;
    }
  run = g_new0 (GlyphRun, 1);
  run->font = cairo_scaled_font_reference (font);
  memcpy (run->rgba, rgba, sizeof run->rgba);
  run->with_text = with_text;
  run->glyphs = g_array_sized_new (FALSE, FALSE, sizeof (cairo_glyph_t), 4096);
  run->utf8 = g_string_sized_new (4096);
  run->clusters = g_array_sized_new (FALSE, FALSE, sizeof (cairo_text_cluster_t), 4096);
  g_ptr_array_add (batch->runs, run);
  return run;
}

/* The glyphs of @font that a PDF reader maps back to the right character
 * by itself, indexed by ASCII character (0 where it would not): a PDF
 * writer finds the text of a glyph it is not told about as the first
 * character the font's own map sends to it, so that holds for a character's
 * usual glyph when no character before it shares that glyph. Those glyphs
 * need not carry their text, which costs a PDF writer more than the glyph. */
static const guint32 *
plain_glyphs (cairo_scaled_font_t *font)
{
  static const cairo_user_data_key_t key;
  guint32 *table = cairo_scaled_font_get_user_data (font, &key);
  cairo_glyph_t *glyphs = NULL;
  int n_glyphs = 0;
  char ascii[127];

  if (table != NULL)
    return table;
  table = g_new0 (guint32, 128);
  for (int c = 1; c < 128; c++)
    ascii[c - 1] = (char) c;
  if (cairo_scaled_font_text_to_glyphs (font, 0, 0, ascii, sizeof ascii, &glyphs, &n_glyphs, NULL,
                                        NULL, NULL) == CAIRO_STATUS_SUCCESS &&
      n_glyphs == (int) sizeof ascii)
    for (int c = ' '; c < 127; c++)
      {
        gulong glyph = glyphs[c - 1].index;
        gboolean first = glyph != 0;

        for (int before = 1; before < c && first; before++)
          first = glyphs[before - 1].index != glyph;
        if (first)
          table[c] = (guint32) glyph;
      }
  cairo_glyph_free (glyphs);
  if (cairo_scaled_font_set_user_data (font, &key, table, g_free) != CAIRO_STATUS_SUCCESS)
    {
      /* Out of memory: every glyph keeps its text. */
      g_free (table);
      static const guint32 none[128];
      return none;
    }
  return table;
}

/* Whether each of @item's glyphs is a plain glyph of its one character. */
static gboolean
item_is_plain (PangoGlyphItem      *item,
               const char          *text,
               cairo_scaled_font_t *font)
{
  PangoGlyphString *glyphs = item->glyphs;
  const guint32 *plain = NULL;

  if (glyphs->num_glyphs != item->item->length)
    return FALSE;
  for (int i = 0; i < glyphs->num_glyphs; i++)
    {
      PangoGlyph glyph = glyphs->glyphs[i].glyph;
      guchar c;

      if (glyphs->log_clusters[i] != i)
        return FALSE;
      c = (guchar) text[item->item->offset + i];
      if (glyph == PANGO_GLYPH_EMPTY && (c == ' ' || c == '\n'))
        continue;
      if (c >= 128)
        return FALSE;
      if (plain == NULL)
        plain = plain_glyphs (font);
      if (plain[c] == 0 || plain[c] != glyph)
        return FALSE;
    }
  return TRUE;
}

static inline gboolean
shows (const Batch *batch,
       double       x,
       double       y)
{
  return x >= batch->x0 && x <= batch->x1 && y >= batch->y0 && y <= batch->y1;
}

static inline void
add_cluster (GlyphRun *run,
             int       num_bytes,
             int       num_glyphs)
{
  cairo_text_cluster_t cluster = { num_bytes, num_glyphs };

  g_array_append_val (run->clusters, cluster);
}

/* @layout's glyphs, its top left at (@x, @y); or the layout itself to the
 * caller's text function. */
void
_lds_map_batch_text (Ctx          *c,
                     PangoLayout  *layout,
                     double        x,
                     double        y,
                     const double  rgba[4])
{
  PangoLayoutIter *iter;
  gboolean keep_buffer[256], *keep;
  g_autofree gboolean *keep_heap = NULL;

  if (c->options->text_func != NULL)
    {
      c->options->text_func (layout, x, y, rgba, c->options->text_data);
      return;
    }

  /* Line by line, run by run, as Pango's own renderer goes. */
  iter = pango_layout_get_iter (layout);
  do
    {
      PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
      PangoRectangle logical;
      double base_y;
      int advance = 0;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      base_y = y + pango_layout_iter_get_baseline (iter) / (double) PANGO_SCALE;
      for (GSList *l = line->runs; l != NULL; l = l->next)
        {
          PangoGlyphItem *item = l->data;
          PangoGlyphString *glyphs = item->glyphs;
          const char *all = pango_layout_get_text (layout);
          cairo_scaled_font_t *font;
          GlyphRun *run;

          font = pango_cairo_font_get_scaled_font (PANGO_CAIRO_FONT (item->item->analysis.font));
          if (font == NULL)
            {
              for (int i = 0; i < glyphs->num_glyphs; i++)
                advance += glyphs->glyphs[i].geometry.width;
              continue;
            }
          /* Right to left runs go without their text: one call of cairo
           * cannot mix directions. */
          run = run_for (c->batch, font, rgba,
                         (item->item->analysis.level & 1) == 0 &&
                         !(c->batch->keep_text && item_is_plain (item, all, font)));

          /* Glyphs that draw nothing, or fall outside what is shown, are
           * marked to be left out. */
          if (glyphs->num_glyphs > (int) G_N_ELEMENTS (keep_buffer))
            {
              g_free (keep_heap);
              keep = keep_heap = g_new (gboolean, glyphs->num_glyphs);
            }
          else
            keep = keep_buffer;
          {
            guint first = run->glyphs->len, n = 0;
            cairo_glyph_t *out;

            g_array_set_size (run->glyphs, first + glyphs->num_glyphs);
            out = &g_array_index (run->glyphs, cairo_glyph_t, first);
            for (int i = 0; i < glyphs->num_glyphs; i++)
              {
                PangoGlyphInfo *info = &glyphs->glyphs[i];
                double gx = x + (logical.x + advance + info->geometry.x_offset) / (double) PANGO_SCALE;
                double gy = base_y + info->geometry.y_offset / (double) PANGO_SCALE;

                keep[i] = info->glyph != PANGO_GLYPH_EMPTY &&
                          !(info->glyph & PANGO_GLYPH_UNKNOWN_FLAG) && shows (c->batch, gx, gy);
                if (keep[i])
                  {
                    out[n].index = info->glyph;
                    out[n].x = gx;
                    out[n].y = gy;
                    n++;
                  }
                advance += info->geometry.width;
              }
            g_array_set_size (run->glyphs, first + n);
          }
          if (!run->with_text)
            continue;

          /* Left to right, glyphs follow the text: each cluster is the bytes
           * from its glyphs' first character to the next cluster's, with the
           * glyphs kept. Characters that draw nothing (the space where a
           * line wraps) are left out: cairo would mark each with a span of
           * its own in a PDF. */
          for (int i = 0; i < glyphs->num_glyphs;)
            {
              int start = glyphs->log_clusters[i], end, j, kept = 0;

              for (j = i; j < glyphs->num_glyphs && glyphs->log_clusters[j] == start; j++)
                if (keep[j])
                  kept++;
              end = j < glyphs->num_glyphs ? glyphs->log_clusters[j] : item->item->length;
              if (kept > 0)
                {
                  g_string_append_len (run->utf8, all + item->item->offset + start, MAX (end - start, 0));
                  add_cluster (run, MAX (end - start, 0), kept);
                }
              i = j;
            }
        }
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

/* Numbers and signs, set without Pango (see lds_map_text_simple());
 * returns FALSE when @text needs Pango, or when texts go to the caller. */
gboolean
_lds_map_batch_simple (Ctx          *c,
                       LdsMapFont    font,
                       const char   *text,
                       double        x,
                       double        y,
                       const double  rgba[4])
{
  LdsMapSimpleGlyph glyphs[64];
  PangoFont *pango_font;
  double width, baseline;
  guint n, i;
  GlyphRun *run;
  cairo_scaled_font_t *scaled;
  gboolean with_text = TRUE;

  if (c->options->text_func != NULL || strlen (text) > G_N_ELEMENTS (glyphs) ||
      !lds_map_text_simple (c->text, font, text, glyphs, &n, &pango_font, &width, &baseline))
    return FALSE;
  scaled = pango_cairo_font_get_scaled_font (PANGO_CAIRO_FONT (pango_font));
  if (c->batch->keep_text)
    {
      const guint32 *plain = plain_glyphs (scaled);

      for (i = 0; i < n && plain[(guchar) text[i]] == glyphs[i].glyph; i++)
        ;
      with_text = i < n;
    }
  run = run_for (c->batch, scaled, rgba, with_text);
  /* One glyph a character, each with its character, unless out of sight */
  for (i = 0; i < n; i++)
    {
      cairo_glyph_t g = { glyphs[i].glyph, x + glyphs[i].x, y + baseline };

      if (!shows (c->batch, g.x, g.y))
        continue;
      g_array_append_val (run->glyphs, g);
      if (run->with_text)
        {
          add_cluster (run, 1, 1);
          g_string_append_c (run->utf8, text[i]);
        }
    }
  return TRUE;
}

/* The width of a text that _lds_map_batch_simple() can set, or -1. */
double
_lds_map_simple_width (Ctx        *c,
                       LdsMapFont  font,
                       const char *text)
{
  LdsMapSimpleGlyph glyphs[64];
  PangoFont *pango_font;
  double width, baseline;
  guint n;

  if (c->options->text_func != NULL || strlen (text) > G_N_ELEMENTS (glyphs) ||
      !lds_map_text_simple (c->text, font, text, glyphs, &n, &pango_font, &width, &baseline))
    return -1;
  return width;
}

static void
shape_path (cairo_t     *cr,
            const Shape *s)
{
  double r;

  switch (s->kind)
    {
    case SHAPE_RECT:
      r = MIN (s->r, MIN (s->w, s->h) / 2);
      if (r <= 0)
        {
          cairo_rectangle (cr, s->x, s->y, s->w, s->h);
          break;
        }
      cairo_new_sub_path (cr);
      cairo_arc (cr, s->x + s->w - r, s->y + r, r, -G_PI / 2, 0);
      cairo_arc (cr, s->x + s->w - r, s->y + s->h - r, r, 0, G_PI / 2);
      cairo_arc (cr, s->x + r, s->y + s->h - r, r, G_PI / 2, G_PI);
      cairo_arc (cr, s->x + r, s->y + r, r, G_PI, 3 * G_PI / 2);
      cairo_close_path (cr);
      break;
    case SHAPE_TOP:
      r = MIN (s->r, s->w / 2);
      cairo_move_to (cr, s->x, s->y + s->h);
      cairo_arc (cr, s->x + r, s->y + r, r, G_PI, 3 * G_PI / 2);
      cairo_arc (cr, s->x + s->w - r, s->y + r, r, -G_PI / 2, 0);
      cairo_line_to (cr, s->x + s->w, s->y + s->h);
      cairo_close_path (cr);
      break;
    case SHAPE_CIRCLE:
      cairo_new_sub_path (cr);
      cairo_arc (cr, s->x, s->y, s->r, 0, 2 * G_PI);
      cairo_close_path (cr);
      break;
    case SHAPE_DIAMOND:
    default:
      cairo_move_to (cr, s->x, s->y - s->r);
      cairo_line_to (cr, s->x + s->r, s->y);
      cairo_line_to (cr, s->x, s->y + s->r);
      cairo_line_to (cr, s->x - s->r, s->y);
      cairo_close_path (cr);
      break;
    }
}

typedef struct
{
  const double  *colour;
  double         width;     /* 0: fill */
  gboolean       dashed;
} PaintStyle;

static PaintStyle
paint_style (Ctx   *c,
             Paint  paint)
{
  const Palette *p = &c->palette;
  double px = c->pixel;

  if (paint >= PAINT_TINT && paint < PAINT_TINT + 4)
    return (PaintStyle) { p->tint[paint - PAINT_TINT], 0, FALSE };
  if (paint >= PAINT_BAND && paint < PAINT_BAND + 4)
    return (PaintStyle) { p->band[paint - PAINT_BAND], 0, FALSE };
  if (paint >= PAINT_CHIP && paint < PAINT_CHIP + N_CHIP_KINDS)
    return (PaintStyle) { p->chip_fill[paint - PAINT_CHIP], 0, FALSE };

  switch (paint)
    {
    case PAINT_SHADOW:
      return (PaintStyle) { p->shadow, 0, FALSE };
    case PAINT_FRAME:
      return (PaintStyle) { p->border, 0, FALSE };
    case PAINT_FRAME_WARNING:
      return (PaintStyle) { p->warning, 0, FALSE };
    case PAINT_NODE:
      return (PaintStyle) { p->node, 0, FALSE };
    case PAINT_CONTEXT:
      return (PaintStyle) { p->context, 0, FALSE };
    case PAINT_TRACK:
      return (PaintStyle) { p->track, 0, FALSE };
    case PAINT_CHIP_BACKGROUND:
      return (PaintStyle) { p->chip, 0, FALSE };
    case PAINT_BORDER:
      return (PaintStyle) { p->border, MAX (1.0, px), FALSE };
    case PAINT_BORDER_DASHED:
      return (PaintStyle) { p->border, MAX (1.2, px), TRUE };
    case PAINT_BORDER_WARNING:
      return (PaintStyle) { p->warning, MAX (2.5, 2 * px), FALSE };
    case PAINT_MARKER:
      return (PaintStyle) { p->dim, 0, FALSE };
    case PAINT_MARKER_RING:
      return (PaintStyle) { p->node, 0, FALSE };
    case PAINT_PORT:
      return (PaintStyle) { p->node, 0, FALSE };
    case PAINT_PORT_RING:
      return (PaintStyle) { p->edge, 0, FALSE };
    case PAINT_ACCENT:
      return (PaintStyle) { p->accent, 0, FALSE };
    case PAINT_BADGE:
    default:
      return (PaintStyle) { p->badge, 0, FALSE };
    }
}

/* Strokes the capsules among @shapes, one path per width, and leaves the
 * other shapes in @shapes. */
static void
flush_capsules (Ctx     *c,
                GArray  *shapes)
{
  cairo_t *cr = c->cr;
  guint kept = 0;

  for (guint i = 0; i < shapes->len; i++)
    {
      Shape *s = &g_array_index (shapes, Shape, i);
      double width;

      if (s->kind != SHAPE_CAPSULE)
        {
          g_array_index (shapes, Shape, kept++) = *s;
          continue;
        }
      if (s->r == 0)
        continue;
      /* Every capsule of this width, from here on */
      width = s->r;
      for (guint j = i; j < shapes->len; j++)
        {
          Shape *t = &g_array_index (shapes, Shape, j);

          if (t->kind == SHAPE_CAPSULE && t->r == width)
            {
              cairo_move_to (cr, t->x, t->y);
              cairo_line_to (cr, t->w, t->h);
              if (j > i)
                t->r = 0;
            }
        }
      cairo_save (cr);
      cairo_set_line_cap (cr, width > 0 ? CAIRO_LINE_CAP_ROUND : CAIRO_LINE_CAP_BUTT);
      cairo_set_line_width (cr, fabs (width));
      _lds_map_stroke_tolerance (c, width);
      cairo_stroke (cr);
      cairo_restore (cr);
    }
  g_array_set_size (shapes, kept);
}

/* Paints the round boxes among @shapes, one path per size of corner, and
 * leaves the other shapes in @shapes. */
static void
flush_round_boxes (Ctx     *c,
                   GArray  *shapes)
{
  cairo_t *cr = c->cr;
  guint kept = 0;

  for (guint i = 0; i < shapes->len; i++)
    {
      Shape *s = &g_array_index (shapes, Shape, i);
      gboolean fill = FALSE;
      double radius;

      if (s->kind != SHAPE_ROUND_BOX && s->kind != SHAPE_ROUND_RING)
        {
          g_array_index (shapes, Shape, kept++) = *s;
          continue;
        }
      if (s->r <= 0)
        continue;
      /* Every round box with these corners, from here on */
      radius = s->r;
      for (guint j = i; j < shapes->len; j++)
        {
          Shape *t = &g_array_index (shapes, Shape, j);

          if ((t->kind == SHAPE_ROUND_BOX || t->kind == SHAPE_ROUND_RING) && t->r == radius)
            {
              cairo_rectangle (cr, t->x, t->y, t->w, t->h);
              fill |= t->kind == SHAPE_ROUND_BOX;
              if (j > i)
                t->r = 0;
            }
        }
      if (fill && c->pdf)
        {
          double x0, y0, x1, y1;

          /* cairo 1.16 writes a fill and a stroke of one path as one
           * operation, with the path once ("B"), only when it kept the
           * same clip for both; on a page that shows a tile of a large
           * map, it keeps for each what of the tile's clip it reaches,
           * and a stroke reaches further. Two points of no length past
           * the corners of the clip, which neither the fill nor the
           * stroke (with plain ends) draws, make both reach past it. */
          cairo_clip_extents (cr, &x0, &y0, &x1, &y1);
          cairo_move_to (cr, x0 - 1, y0 - 1);
          cairo_line_to (cr, x0 - 1, y0 - 1);
          cairo_move_to (cr, x1 + 1, y1 + 1);
          cairo_line_to (cr, x1 + 1, y1 + 1);
        }
      cairo_save (cr);
      if (fill)
        cairo_fill_preserve (cr);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      cairo_set_line_width (cr, 2 * radius);
      _lds_map_stroke_tolerance (c, 2 * radius);
      cairo_stroke (cr);
      cairo_restore (cr);
    }
  g_array_set_size (shapes, kept);
}

/* On a screen, from afar, a plain rectangle on whole pixels, its outline
 * along them (see _lds_map_pixel_line(); @offset 0 for a fill) */
static void
snapped_rect (Ctx         *c,
              const Shape *s,
              double       offset)
{
  double x0 = s->x, y0 = s->y, x1 = s->x + s->w, y1 = s->y + s->h;

  _lds_map_snap (c, offset, &x0, &y0);
  _lds_map_snap (c, offset, &x1, &y1);
  cairo_rectangle (c->cr, x0, y0, x1 - x0, y1 - y0);
}

/* Paints every shape, then every glyph, and empties the batch. */
void
_lds_map_batch_flush (Ctx *c)
{
  Batch *batch = c->batch;
  cairo_t *cr = c->cr;

  cairo_save (cr);
  for (int p = 0; p < N_PAINTS; p++)
    {
      GArray *shapes = batch->shapes[p];
      PaintStyle style;
      gboolean snap;
      double offset = 0;

      if (shapes->len == 0)
        continue;
      style = paint_style (c, p);
      cairo_set_source_rgba (cr, style.colour[0], style.colour[1], style.colour[2],
                             style.colour[3]);
      flush_capsules (c, shapes);
      flush_round_boxes (c, shapes);
      if (shapes->len == 0)
        continue;
      /* A fill's edges go on pixels' edges; an outline a pixel or two
       * wide along them */
      if (style.width > 0)
        snap = !style.dashed && _lds_map_pixel_line (c, &style.width, &offset);
      else
        snap = _lds_map_on_pixels (c);
      for (guint i = 0; i < shapes->len; i++)
        {
          const Shape *shape = &g_array_index (shapes, Shape, i);

          if (snap && shape->kind == SHAPE_RECT && shape->r <= 0)
            snapped_rect (c, shape, offset);
          else
            shape_path (cr, shape);
        }
      if (style.width > 0)
        {
          cairo_set_line_width (cr, style.width);
          _lds_map_stroke_tolerance (c, style.width);
          if (style.dashed)
            cairo_set_dash (cr, (double[]) { 5, 4 }, 2, 0);
          cairo_stroke (cr);
          cairo_set_dash (cr, NULL, 0, 0);
        }
      else
        cairo_fill (cr);
      g_array_set_size (shapes, 0);
    }

  for (guint i = 0; i < batch->runs->len; i++)
    {
      GlyphRun *run = g_ptr_array_index (batch->runs, i);

      if (run->glyphs->len == 0)
        continue;
      cairo_set_scaled_font (cr, run->font);
      cairo_set_source_rgba (cr, run->rgba[0], run->rgba[1], run->rgba[2], run->rgba[3]);
      if (run->with_text)
        cairo_show_text_glyphs (cr, run->utf8->str, run->utf8->len,
                                (cairo_glyph_t *) (gpointer) run->glyphs->data, run->glyphs->len,
                                (cairo_text_cluster_t *) (gpointer) run->clusters->data,
                                run->clusters->len, 0);
      else
        cairo_show_glyphs (cr, (cairo_glyph_t *) (gpointer) run->glyphs->data, run->glyphs->len);
    }
  g_ptr_array_set_size (batch->runs, 0);
  cairo_restore (cr);
}
