/* lds-map-text.h: the alignment map's text, measured and drawn alike
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One Pango context, without hinting and with unrounded glyph positions,
 * so that a text laid out once measures the same at every zoom, on screen,
 * on paper and in every export. Model units are points (1/72 inch).
 *
 Measuring every title of 100,000 objectives with Pango is the slowest
 * part of building a map, so lds_map_text_measure_lines() first bounds the
 * number of lines from the characters' own advances (each measured once),
 * with a margin on both sides; when the bounds agree, Pango is not asked.
 * A text is given a slot of whole lines, and the renderer draws it with at
 * most that many lines, so nothing can overflow its slot.
 */

#pragma once

#include <pango/pangocairo.h>

G_BEGIN_DECLS

typedef enum
{
  LDS_MAP_FONT_TITLE,       /* an objective's title */
  LDS_MAP_FONT_OWNER,       /* the owner line, chips */
  LDS_MAP_FONT_KR,          /* a key result's title */
  LDS_MAP_FONT_VALUE,       /* values, scores, numbers */
  LDS_MAP_FONT_SUMMARY,     /* titles seen from afar: large */
  LDS_MAP_FONT_SUMMARY_LARGER,   /* … from further */
  LDS_MAP_FONT_SUMMARY_LARGEST,  /* … from further still */
  LDS_MAP_FONT_PAGE,        /* page legends */
  LDS_MAP_N_FONTS
} LdsMapFont;

typedef struct _LdsMapText LdsMapText;

LdsMapText   *lds_map_text_new          (void);
LdsMapText   *lds_map_text_ref          (LdsMapText *self);
void          lds_map_text_unref        (LdsMapText *self);
PangoContext *lds_map_text_get_context  (LdsMapText *self);
double        lds_map_text_line_height  (LdsMapText *self,
                                         LdsMapFont  font);
double        lds_map_text_font_size    (LdsMapText *self,
                                         LdsMapFont  font);
PangoLayout  *lds_map_text_layout       (LdsMapText *self,
                                         LdsMapFont  font,
                                         const char *text,
                                         double      width,
                                         int         max_lines);
int           lds_map_text_measure_lines (LdsMapText *self,
                                         LdsMapFont  font,
                                         const char *text,
                                         double      width,
                                         int         max_lines);
double        lds_map_text_measure      (LdsMapText *self,
                                         LdsMapFont  font,
                                         const char *text,
                                         double      width,
                                         int         max_lines);
typedef struct
{
  PangoGlyph  glyph;
  double      x;         /* from the start of the text */
} LdsMapSimpleGlyph;

gboolean      lds_map_text_simple       (LdsMapText          *self,
                                         LdsMapFont           font,
                                         const char          *text,
                                         LdsMapSimpleGlyph   *glyphs,
                                         guint               *n_glyphs,
                                         PangoFont          **pango_font,
                                         double              *width,
                                         double              *baseline);
double        lds_map_text_simple_height (LdsMapText         *self,
                                          LdsMapFont          font);
double        lds_map_text_width        (LdsMapText *self,
                                         LdsMapFont  font,
                                         const char *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LdsMapText, lds_map_text_unref)

G_END_DECLS
