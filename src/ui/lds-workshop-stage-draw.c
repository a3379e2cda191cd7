/* lds-workshop-stage-draw.c: laying out and drawing the stage
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every size is a multiple of the unit, a fortieth of the height, and no
 * text is smaller than one unit: what reads at the back of a room at 1080
 * lines reads the same at 2160. The cards take the largest type that lets
 * all of them fit; when even the smallest does not, the board scrolls to
 * keep the card in focus in view. Colours are light on near-black, with
 * yellow for what is in focus and what to press, green for what is chosen,
 * amber for what is missing and cyan for the coach.
 */

#define G_LOG_DOMAIN "lds-workshop"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "lds-date.h"
#include "lds-i18n.h"
#include "lds-map-render.h"
#include "lds-workshop-stage-private.h"

typedef struct { double r, g, b; } Rgb;

static const Rgb BG = { 0.043, 0.055, 0.071 };
static const Rgb PANEL = { 0.086, 0.106, 0.133 };
static const Rgb CARD = { 0.145, 0.176, 0.212 };
static const Rgb CARD_CHOSEN = { 0.055, 0.231, 0.141 };
static const Rgb CARD_PARKED = { 0.165, 0.165, 0.165 };
static const Rgb TEXT = { 1.0, 1.0, 1.0 };
static const Rgb DIM = { 0.79, 0.82, 0.85 };
static const Rgb ACCENT = { 1.0, 0.84, 0.04 };
static const Rgb GREEN = { 0.25, 0.86, 0.51 };
static const Rgb AMBER = { 1.0, 0.75, 0.28 };
static const Rgb CYAN = { 0.36, 0.82, 1.0 };
static const Rgb TOAST = { 0.60, 0.11, 0.09 };
static const Rgb NEWS = { 0.07, 0.34, 0.20 };

#define FONT "Sans"

/* Type sizes, in units */
#define SIZE_SMALL   1.0
/* A coach's hint is whole sentences: room for them, not a clipped half. */
#define HINT_LINES   3
#define SIZE_BODY    1.15
#define SIZE_PHASE   1.6
#define SIZE_TIMER   2.2

typedef struct
{
  LdsWorkshopStage       *stage;
  LdsWorkshopSession     *session;
  const LdsWorkshopData  *data;
  cairo_t                *cr;
  PangoContext           *pango;
  double                  u;
  double                  w;
  double                  h;
  LdsWorkshopPhase        phase;
  gboolean                paint;     /* FALSE: only measure */
} Draw;

typedef struct
{
  double x, y, w, h;
} Box;

/* Text */

static PangoLayout *
text_layout (Draw       *d,
             const char *text,
             double      size,
             gboolean    bold,
             double      width,
             int         max_lines)
{
  PangoLayout *layout = pango_layout_new (d->pango);
  PangoFontDescription *font = pango_font_description_from_string (FONT);

  g_assert (size >= SIZE_SMALL);
  pango_font_description_set_absolute_size (font, size * d->u * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_height (layout, max_lines > 0 ? -max_lines : -100);
    }
  pango_layout_set_text (layout, text != NULL ? text : "", -1);
  d->stage->smallest = MIN (d->stage->smallest, size * d->u);
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int w, h;

  pango_layout_get_pixel_size (layout, &w, &h);
  return h;
}

static double
layout_width (PangoLayout *layout)
{
  int w, h;

  pango_layout_get_pixel_size (layout, &w, &h);
  return w;
}

static void
set_rgb (cairo_t   *cr,
         const Rgb *c)
{
  cairo_set_source_rgb (cr, c->r, c->g, c->b);
}

/* WCAG's relative luminance and contrast ratio. */
static double
luminance (double r,
           double g,
           double b)
{
  double c[3] = { r, g, b };

  for (int i = 0; i < 3; i++)
    c[i] = c[i] <= 0.03928 ? c[i] / 12.92 : pow ((c[i] + 0.055) / 1.055, 2.4);
  return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
}

/* Drawn into an image (a test's, a screenshot's), the colour already under
 * the start of the words is read back, and the lowest contrast of words
 * against their ground is kept: what a washed-out projector leaves. */
static void
note_contrast (Draw        *d,
               PangoLayout *layout,
               double       x,
               double       y,
               const Rgb   *colour)
{
  cairo_surface_t *target = cairo_get_target (d->cr);
  double dx = x, dy = y + layout_height (layout) / 2, fg, bg;
  const guint8 *pixel;
  guint32 argb;
  int stride;

  if (cairo_surface_get_type (target) != CAIRO_SURFACE_TYPE_IMAGE ||
      (cairo_image_surface_get_format (target) != CAIRO_FORMAT_RGB24 &&
       cairo_image_surface_get_format (target) != CAIRO_FORMAT_ARGB32))
    return;
  cairo_user_to_device (d->cr, &dx, &dy);
  if (dx < 0 || dy < 0 || dx >= cairo_image_surface_get_width (target) ||
      dy >= cairo_image_surface_get_height (target))
    return;
  cairo_surface_flush (target);
  stride = cairo_image_surface_get_stride (target);
  pixel = cairo_image_surface_get_data (target) + (int) dy * stride + 4 * (int) dx;
  memcpy (&argb, pixel, sizeof argb);
  fg = luminance (colour->r, colour->g, colour->b);
  bg = luminance (((argb >> 16) & 0xff) / 255.0, ((argb >> 8) & 0xff) / 255.0,
                  (argb & 0xff) / 255.0);
  d->stage->lowest_contrast = MIN (d->stage->lowest_contrast,
                                   (MAX (fg, bg) + 0.05) / (MIN (fg, bg) + 0.05));
}

static void
paint_layout (Draw        *d,
              PangoLayout *layout,
              double       x,
              double       y,
              const Rgb   *colour)
{
  if (!d->paint)
    return;
  g_ptr_array_add (d->stage->texts, g_strdup (pango_layout_get_text (layout)));
  if (pango_layout_is_ellipsized (layout))
    g_ptr_array_add (d->stage->cut, g_strdup (pango_layout_get_text (layout)));
  note_contrast (d, layout, x, y, colour);
  set_rgb (d->cr, colour);
  cairo_move_to (d->cr, x, y);
  pango_cairo_show_layout (d->cr, layout);
}

/* Draws (or measures) text at @x, @y; returns its height. */
static double
text (Draw       *d,
      const char *string,
      double      size,
      gboolean    bold,
      double      x,
      double      y,
      double      width,
      int         max_lines,
      const Rgb  *colour)
{
  g_autoptr(PangoLayout) layout = text_layout (d, string, size, bold, width, max_lines);

  paint_layout (d, layout, x, y, colour);
  return layout_height (layout);
}

static void
fill_box (Draw      *d,
          Box        b,
          const Rgb *colour,
          double     radius)
{
  if (!d->paint)
    return;
  set_rgb (d->cr, colour);
  lds_map_rounded_rect (d->cr, b.x, b.y, b.w, b.h, radius);
  cairo_fill (d->cr);
}

/* A word on a coloured pill; returns its width. */
static double
pill (Draw       *d,
      const char *word,
      double      x,
      double      y,
      const Rgb  *background,
      const Rgb  *colour)
{
  g_autoptr(PangoLayout) layout = text_layout (d, word, SIZE_SMALL, TRUE, -1, 0);
  double pad = 0.35 * d->u;
  double w = layout_width (layout) + 2 * pad, h = layout_height (layout);

  fill_box (d, (Box) { x, y, w, h }, background, h / 2);
  paint_layout (d, layout, x + pad, y, colour);
  return w;
}

/* The header: phase, team and cycle, countdown */

static void
draw_header (Draw *d,
             Box   b)
{
  const LdsWorkshop *w = d->data->workshop;
  g_autofree char *step = NULL;
  g_autofree char *where = NULL;
  g_autoptr(PangoLayout) phase = NULL;
  g_autoptr(PangoLayout) count = NULL;
  double x = b.x;
  int n_teams = d->data->teams->len;

  if (d->phase == LDS_WORKSHOP_PHASE_DONE)
    step = g_strdup ("✓");
  else
    /* Translators: the workshop's phase, as "2 / 6" */
    step = g_strdup_printf (_("%1$d / %2$d"), (int) d->phase + 1, (int) LDS_WORKSHOP_PHASE_DONE);
  count = text_layout (d, step, SIZE_PHASE, FALSE, -1, 0);
  phase = text_layout (d, lds_enum_label (LDS_TYPE_WORKSHOP_PHASE, d->phase), SIZE_PHASE, TRUE,
                       b.w * 0.45, 1);
  /* "2 / 6" on the phase's baseline, which a Chinese name sets lower. */
  paint_layout (d, count, x, b.y + (pango_layout_get_baseline (phase) -
                                    pango_layout_get_baseline (count)) / (double) PANGO_SCALE,
                &DIM);
  x += layout_width (count) + 0.8 * d->u;
  paint_layout (d, phase, x, b.y, &ACCENT);
  x += layout_width (phase) + 1.5 * d->u;

  if (n_teams > 1)
    {
      LdsId team = lds_workshop_session_get_team (d->session);
      int index = 0;

      for (int i = 0; i < n_teams; i++)
        if (((LdsWorkshopTeam *) d->data->teams->pdata[i])->unit_id == team)
          index = i;
      /* Translators: %1$s is a team, %2$d and %3$d which of the teams it is, %4$s a cycle */
      where = g_strdup_printf (_("%1$s (%2$d of %3$d) · %4$s"),
                               lds_workshop_session_get_unit_name (d->session, team),
                               index + 1, n_teams, lds_workshop_session_get_cycle_name (d->session));
    }
  else
    /* Translators: %1$s is a team, %2$s a cycle such as "2027 Q1" */
    where = g_strdup_printf (_("%1$s · %2$s"),
                             lds_workshop_session_get_unit_name (d->session,
                                                                 lds_workshop_session_get_team (d->session)),
                             lds_workshop_session_get_cycle_name (d->session));

  /* Once confirmed, the meeting is over: no countdown. */
  if (w->timer_seconds > 0 && w->phase != LDS_WORKSHOP_PHASE_DONE)
    {
      gboolean running;
      int left = lds_workshop_timer_left (w, lds_now (), &running);
      g_autofree char *clock = g_strdup_printf ("%d:%02d", left / 60, left % 60);
      g_autoptr(PangoLayout) timer = text_layout (d, clock, SIZE_TIMER, TRUE, -1, 0);
      double tw = layout_width (timer);
      const Rgb *colour = left == 0 ? &TOAST : running ? (left < 60 ? &AMBER : &TEXT) : &DIM;

      if (left == 0)
        colour = &AMBER;
      paint_layout (d, timer, b.x + b.w - tw, b.y - 0.3 * d->u, colour);
      if (!running && d->paint)
        {
          g_autoptr(PangoLayout) paused = text_layout (d, left == 0 ? _("Time is up")
                                                                    : _("Paused"),
                                                       SIZE_SMALL, FALSE, -1, 0);
          paint_layout (d, paused, b.x + b.w - tw - layout_width (paused) - 0.6 * d->u,
                        b.y + 0.5 * d->u, &DIM);
        }
      b.w -= tw + 6 * d->u;
    }
  text (d, where, SIZE_BODY, FALSE, x, b.y + 0.35 * d->u, MAX (b.x + b.w - x, d->u), 1, &TEXT);
}

/* "Up": the parent OKRs */

static double
draw_up (Draw   *d,
         Box     b,
         double  max_height)
{
  GPtrArray *parents = lds_workshop_session_get_parents (d->session);
  GArray *targets = lds_workshop_session_get_targets (d->session);
  gboolean numbered = d->phase >= LDS_WORKSHOP_PHASE_ALIGN;
  g_autoptr(GPtrArray) objectives = g_ptr_array_new ();
  g_autoptr(GPtrArray) units = g_ptr_array_new ();
  double label_h, tallest = 0, col_w, gap = 0.8 * d->u;
  guint target = 0;
  g_autofree char *label = NULL;

  for (guint i = 0; i < parents->len; i++)
    {
      LdsUnitOkrs *okrs = parents->pdata[i];
      for (guint j = 0; j < okrs->objectives->len; j++)
        {
          g_ptr_array_add (objectives, okrs->objectives->pdata[j]);
          g_ptr_array_add (units, okrs);
        }
    }
  if (parents->len == 0)
    return 0;

  /* Translators: above the OKRs of the unit above the team ("Up: Product") */
  label = g_strdup_printf (_("Up: %s"), ((LdsUnitOkrs *) parents->pdata[0])->unit_name);
  label_h = text (d, label, SIZE_SMALL, TRUE, b.x, b.y, b.w, 1, &DIM);
  if (objectives->len == 0)
    {
      label_h += text (d, _("No objectives above yet: the team’s will be self-driven."),
                       SIZE_SMALL, FALSE, b.x, b.y + label_h, b.w, 1, &DIM);
      return label_h + 0.4 * d->u;
    }

  col_w = (b.w - gap * (objectives->len - 1)) / objectives->len;
  for (guint i = 0; i < objectives->len; i++)
    {
      LdsObjective *o = objectives->pdata[i];
      LdsUnitOkrs *okrs = units->pdata[i];
      double x = b.x + i * (col_w + gap), y = b.y + label_h + 0.2 * d->u;
      double bottom = b.y + max_height - 0.3 * d->u;
      guint shown = 0, n_krs = 0, total = 0;
      gboolean full = FALSE;

      int title_lines = 2;

      for (guint j = 0; j < okrs->key_results->len; j++)
        total += ((LdsKeyResult *) okrs->key_results->pdata[j])->objective_id == o->id;
      /* A title on two lines that would leave no room for one key result
       * (and "and 2 more") keeps to one: what serves it matters more. */
      if (total > 0)
        {
          g_autoptr(PangoLayout) title = text_layout (d, o->title, SIZE_SMALL, TRUE, col_w, 2);
          g_autoptr(PangoLayout) one = text_layout (d, o->title, SIZE_SMALL, FALSE, 0, 1);

          if (y + layout_height (title) + layout_height (one) * (total > 1 ? 2 : 1) > bottom)
            title_lines = 1;
        }
      y += text (d, o->title, SIZE_SMALL, TRUE, x, y, col_w, title_lines, &TEXT);
      for (guint j = 0; j < okrs->key_results->len; j++)
        {
          LdsKeyResult *kr = okrs->key_results->pdata[j];
          g_autoptr(PangoLayout) layout = NULL;
          double indent = 0, line;

          if (kr->objective_id != o->id)
            continue;
          n_krs++;
          /* The numbers are those of the targets: every key result of the
           * units above, in order. */
          while (target < targets->len &&
                 g_array_index (targets, LdsAlignTargetRef, target).id != kr->id)
            target++;
          layout = text_layout (d, kr->title, SIZE_SMALL, FALSE, 0, 1);
          line = layout_height (layout);
          /* Unless it is the last, a key result leaves room below it for
           * "and 2 more"; once one is left out, so are those after it. */
          full = full || y + line * (n_krs < total ? 2 : 1) > bottom;
          if (full)
            continue;
          if (numbered && target < targets->len)
            {
              double nw = pill (d, g_array_index (targets, LdsAlignTargetRef, target).label, x, y,
                                &ACCENT, &BG);
              indent = nw + 0.3 * d->u;
            }
          else
            indent = 0;
          g_clear_object (&layout);
          y += text (d, kr->title, SIZE_SMALL, FALSE, x + indent, y, col_w - indent, 1, &DIM);
          shown++;
        }
      if (shown < n_krs)
        {
          /* With none listed (a two-line title, taller Chinese lines),
           * "and 3 more" would follow nothing: say how many there are. */
          g_autofree char *more =
            shown == 0 ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u key result",
                                                       "%u key results", n_krs), n_krs)
                       : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "and %u more",
                                                       "and %u more", n_krs - shown),
                                          n_krs - shown);
          y += text (d, more, SIZE_SMALL, FALSE, x, y, col_w, 1, &DIM);
        }
      tallest = MAX (tallest, y - b.y);
    }
  return MIN (tallest, max_height) + 0.4 * d->u;
}

/* "Left and right": the neighbours' objectives */

static gboolean
has_neighbours (Draw *d)
{
  GArray *targets = lds_workshop_session_get_targets (d->session);

  for (guint i = 0; i < targets->len; i++)
    if (g_array_index (targets, LdsAlignTargetRef, i).type != LDS_RECORD_KEY_RESULT)
      return TRUE;
  return FALSE;
}

#define SIDE_LINES 3

static void
draw_side (Draw *d,
           Box   b)
{
  GArray *targets = lds_workshop_session_get_targets (d->session);
  gboolean lettered = d->phase >= LDS_WORKSHOP_PHASE_ALIGN;
  const char *owner = NULL;
  double y = b.y, pad = 0.5 * d->u;

  fill_box (d, b, &PANEL, 0.4 * d->u);
  b.x += pad;
  b.w -= 2 * pad;
  y += pad;
  y += text (d, _("Beside us"), SIZE_SMALL, TRUE, b.x, y, b.w, 1, &DIM) + 0.2 * d->u;
  for (guint i = 0; i < targets->len; i++)
    {
      LdsAlignTargetRef *t = &g_array_index (targets, LdsAlignTargetRef, i);
      g_autoptr(PangoLayout) layout = NULL;
      double indent = 0;

      if (t->type == LDS_RECORD_KEY_RESULT)
        continue;
      if (g_strcmp0 (owner, t->owner) != 0)
        {
          owner = t->owner;
          if (y + 2.6 * d->u > b.y + b.h)
            break;
          y += 0.3 * d->u;
          y += text (d, owner, SIZE_SMALL, TRUE, b.x, y, b.w, 1, &TEXT);
        }
      /* Up to three lines: the panel is tall, and a title cut short
       * leaves the room guessing what the team beside wants. */
      layout = text_layout (d, t->title, SIZE_SMALL, FALSE, b.w, SIDE_LINES);
      if (y + layout_height (layout) > b.y + b.h - pad)
        break;
      if (lettered)
        indent = pill (d, t->label, b.x, y, &ACCENT, &BG) + 0.3 * d->u;
      g_clear_object (&layout);
      y += text (d, t->title, SIZE_SMALL, FALSE, b.x + indent, y, b.w - indent, SIDE_LINES, &DIM)
           + 0.15 * d->u;
    }
}

/* Cards */

/* The smaller type for what a card says besides its words. */
static double
detail_size (double size)
{
  return MAX (SIZE_SMALL, size * 0.8);
}

static const char *
target_label (Draw          *d,
              LdsRecordType  type,
              LdsId          id,
              const char   **title)
{
  GArray *targets = lds_workshop_session_get_targets (d->session);

  for (guint i = 0; i < targets->len; i++)
    {
      LdsAlignTargetRef *t = &g_array_index (targets, LdsAlignTargetRef, i);
      if (t->type == type && t->id == id)
        {
          *title = t->title;
          return t->label;
        }
    }
  *title = NULL;
  return NULL;
}

/* One line of a card's details: a pill, then words. */
static double
detail_line (Draw       *d,
             const char *label,
             const Rgb  *label_colour,
             const char *words,
             const Rgb  *colour,
             double      x,
             double      y,
             double      w,
             double      size)
{
  double indent = 0;

  if (label != NULL)
    indent = pill (d, label, x, y, label_colour, &BG) + 0.3 * d->u;
  return text (d, words, size, FALSE, x + indent, y, MAX (w - indent, d->u), 1, colour);
}

static double
card_details (Draw            *d,
              LdsWorkshopCard *card,
              gboolean         header,
              double           x,
              double           y,
              double           w,
              double           size)
{
  double top = y, small = detail_size (size);
  gboolean vote_phase = (d->phase == LDS_WORKSHOP_PHASE_OBJECTIVE_VOTE &&
                         card->kind == LDS_CARD_KIND_OBJECTIVE) ||
                        (d->phase == LDS_WORKSHOP_PHASE_KEY_RESULT_VOTE &&
                         card->kind == LDS_CARD_KIND_KEY_RESULT);

  if (lds_workshop_session_get_show_parking (d->session))
    return text (d, lds_enum_label (LDS_TYPE_CARD_KIND, card->kind), small, FALSE, x, y, w, 1,
                 &DIM);

  if (vote_phase && !header)
    {
      int dots = lds_workshop_data_get_dots (d->data, card->id);
      double r = 0.28 * d->u * size, cx = x + r, line = small * d->u * 1.3;
      g_autofree char *number = g_strdup_printf ("%d", dots);

      for (int i = 0; i < MIN (dots, 10) && d->paint; i++, cx += 2.6 * r)
        {
          set_rgb (d->cr, &ACCENT);
          cairo_arc (d->cr, cx, y + line / 2, r, 0, 2 * G_PI);
          cairo_fill (d->cr);
        }
      if (dots == 0 && d->paint)
        {
          set_rgb (d->cr, &DIM);
          cairo_set_line_width (d->cr, 0.08 * d->u);
          cairo_arc (d->cr, cx, y + line / 2, r, 0, 2 * G_PI);
          cairo_stroke (d->cr);
          cx += 2.6 * r;
        }
      text (d, number, small, TRUE, cx, y, -1, 1, &ACCENT);
      if (card->state == LDS_CARD_STATE_CHOSEN)
        {
          g_autoptr(PangoLayout) chosen = text_layout (d, _("Chosen"), SIZE_SMALL, TRUE, -1, 0);
          double pw = layout_width (chosen) + 0.7 * d->u;
          pill (d, _("Chosen"), x + w - pw, y, &GREEN, &BG);
        }
      y += line;
    }

  if (card->kind == LDS_CARD_KIND_KEY_RESULT && card->state == LDS_CARD_STATE_CHOSEN &&
      d->phase == LDS_WORKSHOP_PHASE_KEY_RESULT_VOTE)
    {
      LdsConfidenceTally tally;
      g_autofree char *line = NULL;

      if (lds_workshop_data_confidence (d->data, card->id, &tally))
        /* Translators: %1$.1f is the mean confidence (0–10), %2$d–%3$d the lowest and
         * highest vote */
        line = g_strdup_printf (_("Confidence %1$.1f (%2$d–%3$d)"), tally.mean, tally.min,
                                tally.max);
      else if (tally.n_votes > 0)
        line = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u hidden vote",
                                             "%u hidden votes", tally.n_votes),
                                tally.n_votes);
      if (line != NULL)
        y += text (d, line, small, tally.revealed, x, y, w, 1, tally.revealed ? &GREEN : &DIM);
    }

  if (d->phase >= LDS_WORKSHOP_PHASE_ALIGN && header)
    {
      g_autoptr(GPtrArray) decisions = lds_workshop_data_decisions_of (d->data, card->id);
      gboolean aligned = FALSE;

      for (guint i = 0; i < decisions->len; i++)
        {
          LdsWorkshopDecision *dec = decisions->pdata[i];
          const char *title = NULL;
          const char *label;

          if (dec->kind == LDS_DECISION_KIND_SELF_DRIVEN)
            {
              aligned = TRUE;
              y += detail_line (d, NULL, NULL, lds_enum_label (LDS_TYPE_DECISION_KIND, dec->kind),
                                &GREEN, x, y, w, small);
              continue;
            }
          label = dec->to_key_result_id != 0
                    ? target_label (d, LDS_RECORD_KEY_RESULT, dec->to_key_result_id, &title)
                    : dec->to_objective_id != 0
                    ? target_label (d, LDS_RECORD_OBJECTIVE, dec->to_objective_id, &title)
                    : target_label (d, LDS_RECORD_WORKSHOP_CARD, dec->to_card_id, &title);
          aligned |= dec->kind == LDS_DECISION_KIND_ALIGNS;
          {
            /* Translators: an arrow and what an objective aligns to ("↑ Net promoter score")
             * or depends on ("→ …") */
            g_autofree char *words = g_strdup_printf (dec->kind == LDS_DECISION_KIND_ALIGNS
                                                        ? _("↑ %s") : _("→ %s"),
                                                      title != NULL ? title : "");
            y += detail_line (d, label, dec->kind == LDS_DECISION_KIND_ALIGNS ? &ACCENT : &CYAN,
                              words, &TEXT, x, y, w, small);
          }
        }
      if (!aligned)
        y += text (d, _("Not aligned yet"), small, FALSE, x, y, w, 1, &AMBER);
    }
  else if (d->phase >= LDS_WORKSHOP_PHASE_KEY_RESULT_VOTE &&
           card->kind == LDS_CARD_KIND_KEY_RESULT && card->state == LDS_CARD_STATE_CHOSEN)
    {
      const char *owner = lds_workshop_session_get_person_name (d->session, card->owner_id);

      if (owner != NULL)
        y += text (d, owner, small, FALSE, x, y, w, 1, &TEXT);
      else if (d->phase >= LDS_WORKSHOP_PHASE_ALIGN)
        y += text (d, _("No owner yet"), small, FALSE, x, y, w, 1, &AMBER);
    }
  return y - top;
}

/* Draws (or measures) a card; returns its height. */
static double
draw_card (Draw            *d,
           LdsWorkshopCard *card,
           gboolean         header,
           double           x,
           double           y,
           double           w,
           double           size)
{
  double pad = 0.45 * d->u, inner = w - 2 * pad, h;
  double title_w = inner - 0.9 * d->u;   /* room for the coach's dot */
  double title_h, details_h;
  LdsId selected = lds_workshop_session_get_selected (d->session);
  gboolean chosen = card->state == LDS_CARD_STATE_CHOSEN && !header;
  const Rgb *background = card->state == LDS_CARD_STATE_PARKED ? &CARD_PARKED
                          : chosen ? &CARD_CHOSEN : header ? &PANEL : &CARD;
  gboolean paint = d->paint;

  /* Measure first, then paint at the size found. */
  d->paint = FALSE;
  title_h = text (d, card->title, size, header, 0, 0, title_w, header ? 3 : 4, &TEXT);
  details_h = card_details (d, card, header, 0, 0, inner, size);
  d->paint = paint;
  h = title_h + details_h + 2 * pad + (details_h > 0 ? 0.2 * d->u : 0);
  if (!paint)
    return h;

  fill_box (d, (Box) { x, y, w, h }, background, 0.35 * d->u);
  if (chosen)
    {
      set_rgb (d->cr, &GREEN);
      cairo_rectangle (d->cr, x, y + 0.2 * d->u, 0.22 * d->u, h - 0.4 * d->u);
      cairo_fill (d->cr);
    }
  text (d, card->title, size, header, x + pad, y + pad, title_w, header ? 3 : 4, &TEXT);
  card_details (d, card, header, x + pad, y + pad + title_h + 0.2 * d->u, inner, size);

  if (lds_workshop_session_hint_for (d->session, card->id) != NULL)
    {
      double r = 0.32 * d->u;
      set_rgb (d->cr, &CYAN);
      cairo_arc (d->cr, x + w - r - 0.3 * d->u, y + r + 0.3 * d->u, r, 0, 2 * G_PI);
      cairo_fill (d->cr);
    }
  if (card->id == lds_workshop_session_get_merge_from (d->session))
    {
      double dash[] = { 0.5 * d->u, 0.3 * d->u };
      set_rgb (d->cr, &ACCENT);
      cairo_set_line_width (d->cr, 0.15 * d->u);
      cairo_set_dash (d->cr, dash, 2, 0);
      lds_map_rounded_rect (d->cr, x - 0.1 * d->u, y - 0.1 * d->u, w + 0.2 * d->u, h + 0.2 * d->u, 0.4 * d->u);
      cairo_stroke (d->cr);
      cairo_set_dash (d->cr, NULL, 0, 0);
    }
  if (card->id == selected)
    {
      set_rgb (d->cr, &ACCENT);
      cairo_set_line_width (d->cr, 0.25 * d->u);
      lds_map_rounded_rect (d->cr, x - 0.12 * d->u, y - 0.12 * d->u, w + 0.24 * d->u, h + 0.24 * d->u,
               0.45 * d->u);
      cairo_stroke (d->cr);
    }
  {
    LdsStageCardRect rect = { card->id, GRAPHENE_RECT_INIT (x, y, w, h) };
    g_array_append_val (d->stage->rects, rect);
    d->stage->n_cards++;
  }
  return h;
}

static const double card_sizes[] = { 1.9, 1.65, 1.45, 1.3, 1.15, 1.0 };

/* Lays @cards out as a grid in @b, with the largest type that fits them
 * all; draws them when @d paints. Returns the columns it used. */
static guint
draw_grid (Draw      *d,
           Box        b,
           GPtrArray *cards)
{
  double gap = 0.7 * d->u, size = SIZE_SMALL, y, total = 0;
  guint columns = 1, n = cards->len;
  gboolean fits = FALSE, paint = d->paint;
  g_autoptr(GArray) heights = g_array_new (FALSE, TRUE, sizeof (double));
  double selected_top = -1, selected_bottom = -1;

  d->paint = FALSE;
  for (guint s = 0; s < G_N_ELEMENTS (card_sizes) && !fits; s++)
    {
      size = card_sizes[s];
      /* A card holds at least some twelve characters a line. */
      for (columns = 1; columns <= 6 && !fits; columns++)
        {
          double cw = (b.w - gap * (columns - 1)) / columns;
          if (cw < 11 * size * d->u && columns > 1)
            break;
          total = 0;
          for (guint r = 0; r * columns < n; r++)
            {
              double row = 0;
              for (guint c = 0; c < columns && r * columns + c < n; c++)
                row = MAX (row, draw_card (d, cards->pdata[r * columns + c], FALSE, 0, 0, cw, size));
              total += row + (r > 0 ? gap : 0);
            }
          fits = total <= b.h;
          if (fits)
            break;
        }
      if (!fits && columns > 6)
        columns = 6;
    }
  if (!fits)
    {
      size = SIZE_SMALL;
      columns = MAX (1, MIN (6, (guint) floor ((b.w + gap) / (11 * size * d->u + gap))));
    }
  d->paint = paint;

  /* Row heights, and where the card in focus is, to scroll it into view. */
  {
    double cw = (b.w - gap * (columns - 1)) / columns, top = 0;
    LdsId selected = lds_workshop_session_get_selected (d->session);

    d->paint = FALSE;
    for (guint r = 0; r * columns < n; r++)
      {
        double row = 0;
        for (guint c = 0; c < columns && r * columns + c < n; c++)
          {
            LdsWorkshopCard *card = cards->pdata[r * columns + c];
            row = MAX (row, draw_card (d, card, FALSE, 0, 0, cw, size));
            if (card->id == selected)
              selected_top = top;
          }
        if (selected_top == top && selected_bottom < 0)
          selected_bottom = top + row;
        g_array_append_val (heights, row);
        top += row + gap;
      }
    d->paint = paint;
    total = top - gap;
    /* Scrolled by whole rows, as few as bring the card in focus into view. */
    d->stage->scroll = 0;
    if (total > b.h && selected_bottom > b.h)
      {
        double row_top = 0;
        for (guint r = 0; r < heights->len; r++)
          {
            if (selected_bottom - row_top <= b.h)
              {
                d->stage->scroll = row_top;
                break;
              }
            row_top += g_array_index (heights, double, r) + gap;
          }
      }

    if (d->paint)
      {
        double row_top = 0;
        guint shown = 0;

        y = b.y - d->stage->scroll;
        for (guint r = 0; r < heights->len; r++)
          {
            double row_h = g_array_index (heights, double, r);

            /* Only whole rows. */
            if (row_top >= d->stage->scroll && row_top + row_h <= d->stage->scroll + b.h + 1)
              for (guint c = 0; c < columns && r * columns + c < n; c++, shown++)
                draw_card (d, cards->pdata[r * columns + c], FALSE, b.x + c * (cw + gap), y, cw,
                           size);
            y += row_h + gap;
            row_top += row_h + gap;
          }
        if (shown < n)
          {
            g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                  "%u card: ↑ ↓ to see all",
                                                                  "%u cards: ↑ ↓ to see all", n),
                                                     n);
            g_autoptr(PangoLayout) layout = text_layout (d, more, SIZE_SMALL, FALSE, -1, 0);
            double lw = layout_width (layout), lh = layout_height (layout);
            fill_box (d, (Box) { b.x + b.w - lw - 0.8 * d->u, b.y + b.h - lh - 0.2 * d->u,
                                 lw + 0.8 * d->u, lh + 0.2 * d->u }, &PANEL, 0.3 * d->u);
            paint_layout (d, layout, b.x + b.w - lw - 0.4 * d->u, b.y + b.h - lh - 0.1 * d->u,
                          &DIM);
          }
      }
  }
  return columns;
}

/* Lays the board out as columns, one per chosen objective: the objectives
 * stay at the top, their key results below them. A column too long for the
 * screen shows the whole cards that fit; the one in focus scrolls by whole
 * cards to keep its card in view. */
static void
draw_columns (Draw      *d,
              Box        b,
              GPtrArray *board)
{
  double gap = 0.7 * d->u, size = SIZE_SMALL, cw = (b.w - gap * (board->len - 1)) / board->len;
  gboolean paint = d->paint, hidden = FALSE;
  double headers = 0, tallest = 0;
  LdsId selected = lds_workshop_session_get_selected (d->session);
  Box cards;

  d->paint = FALSE;
  for (guint s = 0; s < G_N_ELEMENTS (card_sizes); s++)
    {
      size = card_sizes[s];
      headers = tallest = 0;
      for (guint c = 0; c < board->len; c++)
        {
          LdsBoardColumn *column = board->pdata[c];
          double y = 0;

          headers = MAX (headers, draw_card (d, column->header, TRUE, 0, 0, cw, size));
          for (guint i = 0; i < column->cards->len; i++)
            y += draw_card (d, column->cards->pdata[i], FALSE, 0, 0, cw - d->u, size) + gap * 0.6;
          tallest = MAX (tallest, y);
        }
      if (headers + gap + tallest <= b.h)
        break;
    }
  d->paint = paint;
  if (!d->paint)
    return;

  cards = (Box) { b.x, b.y + headers + gap, b.w, MAX (b.h - headers - gap, d->u) };
  /* When the cards do not all fit, the line that says so gets a strip of
   * its own below them rather than covering the lowest card. */
  if (tallest - gap * 0.6 > cards.h + 1)
    {
      g_autoptr(PangoLayout) layout = text_layout (d, _("↑ ↓ to see all"), SIZE_SMALL, FALSE, -1,
                                                   0);
      cards.h = MAX (cards.h - layout_height (layout) - 0.3 * d->u, d->u);
    }
  for (guint c = 0; c < board->len; c++)
    {
      LdsBoardColumn *column = board->pdata[c];
      double x = b.x + c * (cw + gap), offset = 0, top = 0;
      g_autoptr(GArray) tops = g_array_new (FALSE, FALSE, sizeof (double));
      double selected_bottom = -1;

      draw_card (d, column->header, TRUE, x, b.y, cw, size);
      d->paint = FALSE;
      for (guint i = 0; i < column->cards->len; i++)
        {
          LdsWorkshopCard *card = column->cards->pdata[i];
          double h = draw_card (d, card, FALSE, 0, 0, cw - d->u, size);

          g_array_append_val (tops, top);
          if (card->id == selected)
            selected_bottom = top + h;
          top += h + gap * 0.6;
        }
      d->paint = paint;
      g_array_append_val (tops, top);
      /* As few whole cards scrolled away as bring the card in focus into view. */
      if (selected_bottom > cards.h)
        for (guint i = 0; i < tops->len; i++)
          if (selected_bottom - g_array_index (tops, double, i) <= cards.h)
            {
              offset = g_array_index (tops, double, i);
              break;
            }

      if (column->cards->len == 0 && d->phase == LDS_WORKSHOP_PHASE_KEY_RESULTS)
        text (d, _("No key result yet"), SIZE_SMALL, FALSE, x + d->u, cards.y, cw - d->u, 2, &DIM);
      for (guint i = 0; i < column->cards->len; i++)
        {
          double t = g_array_index (tops, double, i), next = g_array_index (tops, double, i + 1);

          if (t < offset || next - gap * 0.6 - offset > cards.h + 1)
            {
              hidden = TRUE;
              continue;
            }
          draw_card (d, column->cards->pdata[i], FALSE, x + d->u, cards.y + t - offset, cw - d->u,
                     size);
        }
    }
  if (hidden)
    {
      g_autoptr(PangoLayout) layout = text_layout (d, _("↑ ↓ to see all"), SIZE_SMALL, FALSE, -1, 0);
      double lw = layout_width (layout), lh = layout_height (layout);

      fill_box (d, (Box) { b.x + b.w - lw - 0.8 * d->u, b.y + b.h - lh - 0.2 * d->u,
                           lw + 0.8 * d->u, lh + 0.2 * d->u }, &PANEL, 0.3 * d->u);
      paint_layout (d, layout, b.x + b.w - lw - 0.4 * d->u, b.y + b.h - lh - 0.1 * d->u, &DIM);
    }
}

static const char *
empty_board_text (Draw *d)
{
  if (lds_workshop_session_get_show_parking (d->session))
    return _("The parking lot is empty.");
  switch (d->phase)
    {
    case LDS_WORKSHOP_PHASE_OBJECTIVES:
      return _("No proposals yet. Type the first one below and press Enter.");
    case LDS_WORKSHOP_PHASE_OBJECTIVE_VOTE:
      return _("Nothing to vote on: go back a phase (Page Up) and propose objectives.");
    case LDS_WORKSHOP_PHASE_KEY_RESULTS:
    case LDS_WORKSHOP_PHASE_KEY_RESULT_VOTE:
    case LDS_WORKSHOP_PHASE_ALIGN:
    case LDS_WORKSHOP_PHASE_CONFIRM:
    case LDS_WORKSHOP_PHASE_DONE:
    default:
      return _("No objective is chosen for this team.");
    }
}

static void
draw_board (Draw *d,
            Box   b)
{
  g_autoptr(GPtrArray) board = lds_workshop_session_get_board (d->session);
  LdsBoardColumn *first = board->len > 0 ? board->pdata[0] : NULL;

  if (first == NULL || (first->header == NULL && first->cards->len == 0))
    {
      text (d, empty_board_text (d), SIZE_PHASE, FALSE, b.x + 2 * d->u, b.y + b.h / 3,
            b.w - 4 * d->u, 3, &DIM);
      return;
    }
  if (first->header == NULL)
    lds_workshop_session_set_grid_columns (d->session, draw_grid (d, b, first->cards));
  else
    draw_columns (d, b, board);
}

/* The bottom: the coach, the parking lot, what was refused */

static double
hint_height (Draw *d,
             double width)
{
  LdsId selected = lds_workshop_session_get_selected (d->session);
  const LdsWorkshopHint *hint = lds_workshop_session_hint_for (d->session, selected);
  gboolean paint = d->paint;
  double h, pw;

  if (hint == NULL)
    hint = lds_workshop_session_hint_for (d->session, 0);
  if (hint == NULL)
    return 0;
  d->paint = FALSE;
  /* The same width as draw_hint() gives the words, beside the pill. */
  pw = pill (d, _("Coach"), 0, 0, &CYAN, &BG);
  h = text (d, hint->message, SIZE_SMALL, FALSE, 0, 0, width - pw - 1.2 * d->u, HINT_LINES,
            &TEXT);
  d->paint = paint;
  return h + 0.6 * d->u;
}

static void
draw_hint (Draw *d,
           Box   b)
{
  LdsId selected = lds_workshop_session_get_selected (d->session);
  const LdsWorkshopHint *hint = lds_workshop_session_hint_for (d->session, selected);
  double pw;

  if (hint == NULL)
    hint = lds_workshop_session_hint_for (d->session, 0);
  if (hint == NULL || b.h <= 0)
    return;
  fill_box (d, b, &PANEL, 0.35 * d->u);
  pw = pill (d, _("Coach"), b.x + 0.4 * d->u, b.y + 0.3 * d->u, &CYAN, &BG);
  text (d, hint->message, SIZE_SMALL, FALSE, b.x + pw + 0.8 * d->u, b.y + 0.3 * d->u,
        b.w - pw - 1.2 * d->u, HINT_LINES, &TEXT);
}

static void
draw_footer (Draw *d,
             Box   b)
{
  guint parked = lds_workshop_data_count_cards (d->data, lds_workshop_session_get_team (d->session),
                                                LDS_CARD_KIND_OBJECTIVE, 0, LDS_CARD_STATES_PARKED) +
                 lds_workshop_data_count_cards (d->data, lds_workshop_session_get_team (d->session),
                                                LDS_CARD_KIND_KEY_RESULT, 0, LDS_CARD_STATES_PARKED);
  g_autofree char *parking = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                           "Parking lot: %u · F1: keys",
                                                           "Parking lot: %u · F1: keys", parked),
                                              parked);
  g_autoptr(PangoLayout) layout = text_layout (d, parking, SIZE_SMALL, FALSE, -1, 0);
  double lw = layout_width (layout);

  fill_box (d, b, &PANEL, 0);
  paint_layout (d, layout, b.x + b.w - lw - 0.8 * d->u, b.y + (b.h - layout_height (layout)) / 2,
                &DIM);
  /* Without words to type, the band says how to go on. */
  if (!lds_workshop_session_wants_typing (d->session) && d->phase < LDS_WORKSHOP_PHASE_DONE)
    text (d, d->phase == LDS_WORKSHOP_PHASE_CONFIRM ? _("Ctrl+Enter: confirm · Page Up: back")
                                                     : _("Page Down: next phase · Page Up: back"),
          SIZE_SMALL, FALSE, b.x + 0.9 * d->u, b.y + (b.h - layout_height (layout)) / 2,
          b.w - lw - 2.5 * d->u, 1, &TEXT);
}

static void
draw_message (Draw *d,
              Box   b)
{
  gboolean is_error = FALSE;
  const char *message = lds_workshop_session_get_message (d->session, &is_error);
  g_autoptr(PangoLayout) layout = NULL;
  double h;

  if (message == NULL)
    return;
  layout = text_layout (d, message, SIZE_BODY, TRUE, b.w - 2 * d->u, 2);
  h = layout_height (layout) + 0.8 * d->u;
  fill_box (d, (Box) { b.x, b.y + b.h - h, b.w, h }, is_error ? &TOAST : &NEWS, 0.35 * d->u);
  paint_layout (d, layout, b.x + d->u, b.y + b.h - h + 0.4 * d->u, &TEXT);
}

/* The keys of the phase, over everything */

static void
draw_help (Draw *d)
{
  guint n_keys;
  const LdsWorkshopKey *keys = lds_workshop_session_get_keys (&n_keys);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) pending = g_string_new (NULL);
  double margin = 2 * d->u, col_w, key_w = 0, y, x;
  guint per_column;

  set_rgb (d->cr, &BG);
  cairo_paint (d->cr);
  text (d, _("Keys of this phase"), SIZE_PHASE, TRUE, margin, margin, d->w - 2 * margin, 1,
        &ACCENT);

  /* Pairs of keys and words; keys without words join the next, as the
   * shortcuts window joins the keys of one line ("F1 / ?"). */
  for (guint i = 0; i < n_keys; i++)
    {
      g_autofree char *label = NULL;

      if ((keys[i].phases & (1u << d->phase)) == 0 ||
          (g_str_has_prefix (keys[i].action, "team-") && d->data->teams->len < 2))
        continue;
      label = lds_workshop_key_label (&keys[i]);
      if (pending->len > 0)
        g_string_append (pending, " / ");
      g_string_append (pending, label);
      if (keys[i].description == NULL)
        continue;
      g_ptr_array_add (rows, g_string_free (g_steal_pointer (&pending), FALSE));
      g_ptr_array_add (rows, g_strdup (_(keys[i].description)));
      pending = g_string_new (NULL);
    }

  per_column = (rows->len / 2 + 1) / 2;
  col_w = (d->w - 3 * margin) / 2;
  d->paint = FALSE;
  for (guint i = 0; i < rows->len; i += 2)
    {
      g_autoptr(PangoLayout) layout = text_layout (d, rows->pdata[i], SIZE_SMALL, TRUE, -1, 0);
      key_w = MAX (key_w, layout_width (layout));
    }
  d->paint = TRUE;
  key_w = MIN (key_w, col_w * 0.45);
  y = margin + 3 * d->u;
  x = margin;
  for (guint i = 0; i < rows->len; i += 2)
    {
      double h;

      if (i / 2 == per_column)
        {
          y = margin + 3 * d->u;
          x = 2 * margin + col_w;
        }
      g_autoptr(PangoLayout) key = text_layout (d, rows->pdata[i], SIZE_SMALL, TRUE, key_w, 2);
      g_autoptr(PangoLayout) words = text_layout (d, rows->pdata[i + 1], SIZE_SMALL, FALSE,
                                                  col_w - key_w - d->u, 2);
      /* The key and its words on one baseline, whatever fonts they need
       * (Chinese words sit lower than Latin keys). */
      double kb = pango_layout_get_baseline (key) / (double) PANGO_SCALE;
      double wb = pango_layout_get_baseline (words) / (double) PANGO_SCALE;
      double base = MAX (kb, wb);

      paint_layout (d, key, x, y + base - kb, &ACCENT);
      paint_layout (d, words, x + key_w + d->u, y + base - wb, &TEXT);
      h = MAX (base - kb + layout_height (key), base - wb + layout_height (words));
      y += h + 0.35 * d->u;
    }
}

/* The whole stage */

static void
chosen_count (Draw  *d,
              char **out)
{
  LdsId team = lds_workshop_session_get_team (d->session);

  if (d->phase == LDS_WORKSHOP_PHASE_OBJECTIVE_VOTE)
    {
      guint n = lds_workshop_data_count_cards (d->data, team, LDS_CARD_KIND_OBJECTIVE, 0,
                                               LDS_CARD_STATES_CHOSEN);
      /* Translators: how many objectives are chosen, of the most allowed */
      *out = g_strdup_printf (_("Chosen: %1$u of %2$d"), n, d->data->max_objectives);
    }
}

void
_lds_workshop_stage_draw (LdsWorkshopStage *self,
                          cairo_t          *cr,
                          double            width,
                          double            height)
{
  Draw draw = { self, self->session, lds_workshop_session_get_data (self->session), cr, NULL,
                self->unit, width, height, 0, TRUE };
  Draw *d = &draw;
  double m = 0.9 * d->u, y, up_h, hint_h, side_w;
  g_autofree char *instruction = lds_workshop_session_get_instruction (self->session);
  g_autofree char *count = NULL;
  Box board;

  d->pango = pango_cairo_create_context (cr);
  /* The interface's language, which the preferences may have changed since
   * start-up (Chinese text then gets Chinese glyph forms). */
  pango_context_set_language (d->pango, pango_language_from_string (lds_i18n_get_language ()));
  d->phase = d->data->workshop->phase;
  self->smallest = G_MAXDOUBLE;
  self->lowest_contrast = G_MAXDOUBLE;
  self->n_cards = 0;
  g_array_set_size (self->rects, 0);
  g_ptr_array_set_size (self->texts, 0);
  g_ptr_array_set_size (self->cut, 0);

  set_rgb (cr, &BG);
  cairo_paint (cr);

  draw_header (d, (Box) { m, m, width - 2 * m, 2.4 * d->u });
  y = m + 2.6 * d->u;
  chosen_count (d, &count);
  {
    double cw = 0;
    if (count != NULL)
      {
        g_autoptr(PangoLayout) layout = text_layout (d, count, SIZE_BODY, TRUE, -1, 0);
        cw = layout_width (layout);
        paint_layout (d, layout, width - m - cw, y, &GREEN);
        cw += d->u;
      }
    y += text (d, instruction, SIZE_BODY, FALSE, m, y, width - 2 * m - cw, 2, &DIM) + 0.5 * d->u;
  }

  /* The OKRs above matter most while objectives are proposed and aligned. */
  up_h = draw_up (d, (Box) { m, y, width - 2 * m, 0 },
                  height * (d->phase == LDS_WORKSHOP_PHASE_KEY_RESULTS ||
                            d->phase == LDS_WORKSHOP_PHASE_KEY_RESULT_VOTE ? 0.18 : 0.26));
  y += up_h;

  side_w = has_neighbours (d) ? width * 0.23 : 0;
  board = (Box) { m, y + 0.3 * d->u, width - 2 * m - (side_w > 0 ? side_w + m : 0), 0 };
  hint_h = hint_height (d, board.w);
  board.h = height - self->footer - hint_h - board.y - (hint_h > 0 ? 0.8 * d->u : 0.6 * d->u);
  if (side_w > 0)
    draw_side (d, (Box) { width - m - side_w, y, side_w, height - self->footer - y - 0.6 * d->u });
  draw_board (d, board);
  if (hint_h > 0)
    draw_hint (d, (Box) { m, board.y + board.h + 0.4 * d->u, board.w, hint_h });
  draw_footer (d, (Box) { 0, height - self->footer, width, self->footer });
  draw_message (d, (Box) { m, 0, width - 2 * m, height - self->footer - 0.3 * d->u });
  if (lds_workshop_session_get_show_help (self->session))
    draw_help (d);

  g_object_unref (d->pango);
}
