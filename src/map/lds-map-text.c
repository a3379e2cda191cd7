/* lds-map-text.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lds-map"

#include "config.h"

#include <math.h>
#include <string.h>

#include "lds-map-text.h"

/* How much wider, and narrower, a text may really be than the sum of its
 * characters' own advances (kerning, shaping, fallback fonts): the cheap
 * bounds keep these margins. Measured on Latin, accented and Chinese
 * titles: 0.99 to 1.055. */
#define WIDER_MARGIN 1.08
#define NARROWER_MARGIN 0.97

/* Characters whose glyphs never kern or join in the map's fonts: numbers
 * and the signs around them. Texts of these alone (values, scores) are set
 * without Pango, from each character's glyph, measured once. */
#define SIMPLE_CHARS "0123456789 .,/%+-:()"

typedef struct
{
  PangoGlyph  glyph;
  double      advance;
} SimpleChar;

struct _LdsMapText
{
  gatomicrefcount        ref_count;
  PangoContext          *context;
  PangoFontDescription  *fonts[LDS_MAP_N_FONTS];
  PangoLayout           *probe[LDS_MAP_N_FONTS];   /* reused for measuring */
  double                 line_height[LDS_MAP_N_FONTS];
  float                 *ascii[LDS_MAP_N_FONTS];   /* advances of 0..127, NAN until known */
  GHashTable            *advances;                 /* (font << 21 | char) → advance */
  SimpleChar            *simple[LDS_MAP_N_FONTS];  /* for SIMPLE_CHARS, by ASCII code */
  PangoFont             *simple_font[LDS_MAP_N_FONTS];
  double                 baseline[LDS_MAP_N_FONTS];
  double                 simple_height[LDS_MAP_N_FONTS];
  gboolean               simple_ok[LDS_MAP_N_FONTS];
  PangoAttrList         *chinese;                  /* the whole text in zh-cn */
};

static const char * const font_names[LDS_MAP_N_FONTS] = {
  [LDS_MAP_FONT_TITLE] = "Sans Bold 13",
  [LDS_MAP_FONT_OWNER] = "Sans 10",
  [LDS_MAP_FONT_KR] = "Sans 11",
  [LDS_MAP_FONT_VALUE] = "Sans 10",
  [LDS_MAP_FONT_SUMMARY] = "Sans Bold 30",
  [LDS_MAP_FONT_SUMMARY_LARGER] = "Sans Bold 40",
  [LDS_MAP_FONT_SUMMARY_LARGEST] = "Sans Bold 52",
  [LDS_MAP_FONT_PAGE] = "Sans 9",
};

/* Sets @layout's text. Han characters take their Simplified Chinese shapes
 * whatever the locale (fontconfig would give Japanese ones to a text in no
 * Chinese locale); the rest, numbers alone too, keep the locale's fonts, as
 * in the rest of the window. */
static void
set_text (LdsMapText  *self,
          PangoLayout *layout,
          const char  *text,
          int          length)
{
  gboolean han = FALSE;
  const char *end;

  if (length < 0)
    length = strlen (text);
  end = text + length;
  for (const char *p = text; p < end && !han; p++)
    if ((guchar) *p >= 0x80)
      {
        han = g_unichar_get_script (g_utf8_get_char (p)) == G_UNICODE_SCRIPT_HAN;
        p = g_utf8_next_char (p) - 1;
      }
  if (pango_layout_get_attributes (layout) != (han ? self->chinese : NULL))
    pango_layout_set_attributes (layout, han ? self->chinese : NULL);
  pango_layout_set_text (layout, text, length);
}

static double
probe_width (LdsMapText *self,
             LdsMapFont  font,
             const char *text,
             int         length)
{
  PangoRectangle logical;

  pango_layout_set_width (self->probe[font], -1);
  pango_layout_set_height (self->probe[font], -1);
  set_text (self, self->probe[font], text, length);
  pango_layout_get_extents (self->probe[font], NULL, &logical);
  return logical.width / (double) PANGO_SCALE;
}

static double
char_advance (LdsMapText *self,
              LdsMapFont  font,
              gunichar    c)
{
  char utf8[8];
  int length;
  gpointer key, stored;
  double advance;

  if (c < 128 && !isnan (self->ascii[font][c]))
    return self->ascii[font][c];

  /* Others are kept in 1/1024 of a point, rounded up, plus one so that
   * nothing stored reads as NULL. */
  key = GUINT_TO_POINTER (((guint) font << 21) | c);
  if (c >= 128 && (stored = g_hash_table_lookup (self->advances, key)) != NULL)
    return (GPOINTER_TO_UINT (stored) - 1) / 1024.0;

  length = g_unichar_to_utf8 (c, utf8);
  advance = probe_width (self, font, utf8, length);
  if (c < 128)
    self->ascii[font][c] = advance;
  else
    {
      guint fixed = (guint) ceil (advance * 1024.0);

      g_hash_table_insert (self->advances, key, GUINT_TO_POINTER (fixed + 1));
      advance = fixed / 1024.0;
    }
  return advance;
}

/* Each simple character's glyph and advance, all from one font (else the
 * font has no simple path). */
static void
setup_simple (LdsMapText *self,
              LdsMapFont  font)
{
  PangoLayout *probe = self->probe[font];

  self->simple[font] = g_new0 (SimpleChar, 128);
  self->simple_ok[font] = TRUE;
  for (const char *p = SIMPLE_CHARS; *p != '\0'; p++)
    {
      PangoLayoutLine *line;
      PangoGlyphItem *run;

      pango_layout_set_width (probe, -1);
      pango_layout_set_height (probe, -1);
      set_text (self, probe, p, 1);
      line = pango_layout_get_line_readonly (probe, 0);
      if (line == NULL || line->runs == NULL || line->runs->next != NULL)
        {
          self->simple_ok[font] = FALSE;
          return;
        }
      run = line->runs->data;
      if (run->glyphs->num_glyphs != 1 ||
          (self->simple_font[font] != NULL && self->simple_font[font] != run->item->analysis.font))
        {
          self->simple_ok[font] = FALSE;
          return;
        }
      if (self->simple_font[font] == NULL)
        {
          self->simple_font[font] = g_object_ref (run->item->analysis.font);
          PangoRectangle logical;

          self->baseline[font] = pango_layout_get_baseline (probe) / (double) PANGO_SCALE;
          pango_layout_get_extents (probe, NULL, &logical);
          self->simple_height[font] = logical.height / (double) PANGO_SCALE;
        }
      self->simple[font][(guchar) *p].glyph = run->glyphs->glyphs[0].glyph;
      self->simple[font][(guchar) *p].advance = run->glyphs->glyphs[0].geometry.width / (double) PANGO_SCALE;
    }
}

/**
 * lds_map_text_new:
 *
 * Returns: (transfer full): the fonts and measures of a map
 */
LdsMapText *
lds_map_text_new (void)
{
  LdsMapText *self = g_new0 (LdsMapText, 1);
  PangoFontMap *font_map = pango_cairo_font_map_get_default ();
  cairo_font_options_t *options = cairo_font_options_create ();

  g_atomic_ref_count_init (&self->ref_count);

  self->context = pango_font_map_create_context (font_map);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_antialias (options, CAIRO_ANTIALIAS_GRAY);
  pango_cairo_context_set_font_options (self->context, options);
  cairo_font_options_destroy (options);
  /* One model unit is one point, at every zoom. */
  pango_cairo_context_set_resolution (self->context, 72.0);
  pango_context_set_round_glyph_positions (self->context, FALSE);
  self->chinese = pango_attr_list_new ();
  pango_attr_list_insert (self->chinese, pango_attr_language_new (pango_language_from_string ("zh-cn")));

  self->advances = g_hash_table_new (NULL, NULL);
  for (int f = 0; f < LDS_MAP_N_FONTS; f++)
    {
      PangoRectangle logical;

      self->fonts[f] = pango_font_description_from_string (font_names[f]);
      self->probe[f] = pango_layout_new (self->context);
      pango_layout_set_font_description (self->probe[f], self->fonts[f]);
      self->ascii[f] = g_new (float, 128);
      for (int c = 0; c < 128; c++)
        self->ascii[f][c] = NAN;

      /* A line's height, with a Latin and a Chinese character in it. */
      set_text (self, self->probe[f], "Ag国", -1);
      pango_layout_get_extents (self->probe[f], NULL, &logical);
      /* In quarter points, rounded up: positions in the map stay on a
       * quarter-point grid, which keeps PDFs small. */
      self->line_height[f] = ceil (logical.height / (double) PANGO_SCALE * 4) / 4;
      setup_simple (self, f);
    }
  return self;
}

LdsMapText *
lds_map_text_ref (LdsMapText *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
lds_map_text_unref (LdsMapText *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  for (int f = 0; f < LDS_MAP_N_FONTS; f++)
    {
      pango_font_description_free (self->fonts[f]);
      g_object_unref (self->probe[f]);
      g_free (self->ascii[f]);
      g_free (self->simple[f]);
      g_clear_object (&self->simple_font[f]);
    }
  g_hash_table_unref (self->advances);
  pango_attr_list_unref (self->chinese);
  g_object_unref (self->context);
  g_free (self);
}

/**
 * lds_map_text_get_context:
 *
 * Returns: (transfer none): the Pango context every map text is laid out in
 */
PangoContext *
lds_map_text_get_context (LdsMapText *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->context;
}

/* The height of one line of @font, tall enough for Latin and Chinese. */
double
lds_map_text_line_height (LdsMapText *self,
                          LdsMapFont  font)
{
  g_return_val_if_fail (self != NULL && font < LDS_MAP_N_FONTS, 0);

  return self->line_height[font];
}

/* The size of @font, in model units (points) */
double
lds_map_text_font_size (LdsMapText *self,
                        LdsMapFont  font)
{
  g_return_val_if_fail (self != NULL && font < LDS_MAP_N_FONTS, 0);

  return pango_font_description_get_size (self->fonts[font]) / (double) PANGO_SCALE;
}

/* Two lines without shaping them twice
 *
 * Pango wraps a paragraph by shaping it whole, finding where it breaks, and
 * shaping each line again on its own. A text that takes two lines is given
 * them as two paragraphs, "first\nsecond", not wrapped, each shaped once:
 * the same glyphs at the same places (Pango leaves out the space where it
 * wraps, and shapes each line on its own too) in two thirds of the time.
 * Where the line breaks is guessed from the characters' own advances (only
 * when they leave no doubt), then checked with the widths Pango measures:
 * the first line fits with its space, the word after it does not, the
 * second line fits, nothing breaks inside that word, nothing runs right to
 * left; with a slack for what kerning across the break could change. Else
 * Pango wraps the text as usual. */

#define BREAK_SLACK 0.1   /* of the font's size */

static double
break_slack (LdsMapText *self,
             LdsMapFont  font)
{
  return BREAK_SLACK * pango_font_description_get_size (self->fonts[font]) / PANGO_SCALE;
}

/* After which space @text breaks in two lines @width wide, by its
 * characters' advances, when they leave no doubt: the byte the second line
 * starts at, or 0. */
static gsize
guess_break (LdsMapText *self,
             LdsMapFont  font,
             const char *text,
             double      width)
{
  double sum = 0, space = char_advance (self, font, ' ');
  double first = 0, next = -1;   /* the first line's width; it and the next word's */
  double slack = break_slack (self, font);
  gsize at = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\n' || c == '\t' || c == '\r')
        return 0;
      if (c == ' ' && next < 0)
        {
          if (p == text || p[-1] == ' ' || p[1] == ' ' || p[1] == '\0')
            return 0;
          /* The checks of set_two_lines(), and half a point more */
          if (sum + space + slack + 0.5 <= width)
            {
              at = p + 1 - text;
              first = sum;
            }
          else if (sum - 2 * slack - 0.5 > width)
            next = sum;
          else
            return 0;
        }
      sum += char_advance (self, font, c);
    }
  if (next < 0)
    next = sum;
  /* Not one line; the rest in one */
  if (at == 0 || next - 2 * slack - 0.5 <= width || sum - first - space + 0.5 > width)
    return 0;
  return at;
}

/* Sets @text on @layout, which does not wrap, as two paragraphs broken
 * before byte @at, when they are the two lines Pango would wrap it in
 * (see above). */
static gboolean
set_two_lines (LdsMapText  *self,
               PangoLayout *layout,
               LdsMapFont   font,
               const char  *text,
               gsize        at,
               double       width)
{
  g_autofree char *lines = g_strdup_printf ("%.*s\n%s", (int) at - 1, text, text + at);
  const char *next = text + at;
  const char *next_end = strchr (next, ' ');
  gsize next_bytes = next_end != NULL ? (gsize) (next_end - next) : strlen (next);
  glong first_chars = g_utf8_strlen (text, at - 1), next_chars = g_utf8_strlen (next, next_bytes);
  double slack = break_slack (self, font);
  double space = char_advance (self, font, ' ');
  const PangoLogAttr *attrs;
  PangoLayoutLine *line[2];
  PangoRectangle logical[2];
  double next_width = 0;
  int n_attrs;

  set_text (self, layout, lines, -1);
  if (pango_layout_get_line_count (layout) != 2)
    return FALSE;
  for (int i = 0; i < 2; i++)
    {
      line[i] = pango_layout_get_line_readonly (layout, i);
      pango_layout_line_get_extents (line[i], NULL, &logical[i]);
      for (GSList *l = line[i]->runs; l != NULL; l = l->next)
        {
          PangoGlyphItem *run = l->data;

          if (run->item->analysis.level % 2 != 0)
            return FALSE;
          /* The width of the second line's first word */
          for (int g = 0; i == 1 && g < run->glyphs->num_glyphs; g++)
            if (run->item->offset + run->glyphs->log_clusters[g] - line[1]->start_index < (int) next_bytes)
              next_width += run->glyphs->glyphs[g].geometry.width / (double) PANGO_SCALE;
        }
    }

  /* Nothing breaks inside that word */
  attrs = pango_layout_get_log_attrs_readonly (layout, &n_attrs);
  for (glong c = first_chars + 2; c < first_chars + 1 + next_chars && c < n_attrs; c++)
    if (attrs[c].is_line_break)
      return FALSE;

  return logical[0].width / (double) PANGO_SCALE + space + slack <= width &&
         logical[0].width / (double) PANGO_SCALE + space + next_width - 2 * slack > width &&
         logical[1].width / (double) PANGO_SCALE <= width;
}

/**
 * lds_map_text_layout:
 * @width: the width to wrap at, or <= 0 for one line that is not wrapped
 * @max_lines: at most this many lines, the last one ellipsized; 1 for one
 *   line ellipsized at @width
 *
 * Returns: (transfer full): @text laid out as the map draws it
 */
PangoLayout *
lds_map_text_layout (LdsMapText *self,
                     LdsMapFont  font,
                     const char *text,
                     double      width,
                     int         max_lines)
{
  PangoLayout *layout;

  g_return_val_if_fail (self != NULL && font < LDS_MAP_N_FONTS, NULL);

  layout = pango_layout_new (self->context);
  pango_layout_set_font_description (layout, self->fonts[font]);
  text = text != NULL ? text : "";
  if (width > 0 && max_lines >= 2)
    {
      gsize at = guess_break (self, font, text, width);

      if (at > 0 && set_two_lines (self, layout, font, text, at, width))
        return layout;
    }
  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_height (layout, -MAX (max_lines, 1));
    }
  set_text (self, layout, text, -1);
  return layout;
}

/* Whether Pango may break a line between two such characters (UAX #14
 * allows it between ideographs); only a subset of Pango's breaks, never
 * more. */
static inline gboolean
is_ideograph (gunichar c)
{
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0x3040 && c <= 0x30FF) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0x20000 && c <= 0x2FFFF);
}

/* Bounds on the number of lines Pango will need, from the characters' own
 * advances: a greedy fill with fewer break opportunities and wider
 * characters than Pango's can only need more lines (upper), and the total
 * width, a little narrowed, needs at least that many (lower). Returns
 * FALSE when the text needs Pango (a word longer than a line, a newline). */
static gboolean
estimate_lines (LdsMapText *self,
                LdsMapFont  font,
                const char *text,
                double      width,
                int        *lower,
                int        *upper)
{
  double line = 0, word = 0, glue = 0, sum = 0;
  int lines = 1;
  gunichar previous = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      double advance;

      if (c == '\n' || c == '\t')
        return FALSE;
      advance = char_advance (self, font, c);
      sum += advance;
      advance *= WIDER_MARGIN;

      if (c == ' ' || (is_ideograph (c) && is_ideograph (previous)))
        {
          /* A break opportunity before c: place the word before it. */
          if (line > 0 && line + glue + word > width)
            {
              lines++;
              line = word;
            }
          else
            line += glue + word;
          glue = c == ' ' ? advance : 0;
          word = c == ' ' ? 0 : advance;
        }
      else
        word += advance;
      if (word > width)
        return FALSE;
      previous = c;
    }
  if (line > 0 && line + glue + word > width)
    lines++;

  *upper = lines;
  *lower = MAX (1, (int) ceil (sum * NARROWER_MARGIN / width - 1e-9));
  return TRUE;
}

/**
 * lds_map_text_measure_lines:
 *
 * Returns: how many lines lds_map_text_layout() gives @text with the same
 *   arguments (1 … @max_lines)
 */
int
lds_map_text_measure_lines (LdsMapText *self,
                            LdsMapFont  font,
                            const char *text,
                            double      width,
                            int         max_lines)
{
  PangoLayout *probe;
  int lower, upper;

  g_return_val_if_fail (self != NULL && font < LDS_MAP_N_FONTS, 1);

  max_lines = MAX (max_lines, 1);
  if (text == NULL || *text == '\0')
    return 1;

  /* The cheap bounds, when they agree. */
  if (estimate_lines (self, font, text, width, &lower, &upper))
    {
      if (lower >= max_lines)
        return max_lines;
      if (lower == upper)
        return upper;
    }

  probe = self->probe[font];
  pango_layout_set_width (probe, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (probe, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_ellipsize (probe, PANGO_ELLIPSIZE_END);
  pango_layout_set_height (probe, -max_lines);
  set_text (self, probe, text, -1);
  return CLAMP (pango_layout_get_line_count (probe), 1, max_lines);
}

/**
 * lds_map_text_measure:
 *
 * Returns: the height of the slot @text takes: its lines (see
 *   lds_map_text_measure_lines()) times lds_map_text_line_height(), so that
 *   texts of as many lines take as much room, in any script
 */
double
lds_map_text_measure (LdsMapText *self,
                      LdsMapFont  font,
                      const char *text,
                      double      width,
                      int         max_lines)
{
  g_return_val_if_fail (self != NULL && font < LDS_MAP_N_FONTS, 0);

  return lds_map_text_measure_lines (self, font, text, width, max_lines) *
         self->line_height[font];
}

/**
 * lds_map_text_simple:
 * @glyphs: room for strlen (@text) glyphs
 * @pango_font: (out) (transfer none): the font the glyphs are from
 * @width: (out): the text's width
 * @baseline: (out): its baseline, from the top of its line
 *
 * Sets a text of numbers and signs only ("75.4 / 118", "0.7") without
 * Pango: the same glyphs at the same places as Pango would put them.
 *
 * Returns: %FALSE when @text has other characters, which need Pango
 */
gboolean
lds_map_text_simple (LdsMapText         *self,
                     LdsMapFont          font,
                     const char         *text,
                     LdsMapSimpleGlyph  *glyphs,
                     guint              *n_glyphs,
                     PangoFont         **pango_font,
                     double             *width,
                     double             *baseline)
{
  double x = 0;
  guint n = 0;

  g_return_val_if_fail (self != NULL && font < LDS_MAP_N_FONTS, FALSE);

  if (!self->simple_ok[font] || text == NULL)
    return FALSE;
  for (const char *p = text; *p != '\0'; p++)
    if ((guchar) *p >= 128 || self->simple[font][(guchar) *p].glyph == 0)
      return FALSE;
  for (const char *p = text; *p != '\0'; p++)
    {
      const SimpleChar *sc = &self->simple[font][(guchar) *p];

      glyphs[n].glyph = sc->glyph;
      glyphs[n].x = x;
      n++;
      x += sc->advance;
    }
  *n_glyphs = n;
  *pango_font = self->simple_font[font];
  *width = x;
  *baseline = self->baseline[font];
  return TRUE;
}

/* The height of a line of numbers and signs (see lds_map_text_simple()). */
double
lds_map_text_simple_height (LdsMapText *self,
                            LdsMapFont  font)
{
  g_return_val_if_fail (self != NULL && font < LDS_MAP_N_FONTS, 0);

  return self->simple_height[font];
}

/* The width of @text on one line. */
double
lds_map_text_width (LdsMapText *self,
                    LdsMapFont  font,
                    const char *text)
{
  g_return_val_if_fail (self != NULL && font < LDS_MAP_N_FONTS, 0);

  return probe_width (self, font, text != NULL ? text : "", -1);
}
