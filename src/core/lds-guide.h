/* lds-guide.h: the guide to the method, as blocks of text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The guide (data/guide/LANGUAGE.md) is written in a small part of
 * Markdown: "# " the title, "## " a section, "- " an item of a list,
 * "> " a note on doing it in Lodestar, any other line a paragraph (one
 * line each, so that Chinese needs no joining), and **bold** inside a
 * line. Lines starting with "<!--" are comments.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  LDS_GUIDE_TITLE,
  LDS_GUIDE_SECTION,
  LDS_GUIDE_PARAGRAPH,
  LDS_GUIDE_ITEM,
  LDS_GUIDE_NOTE,
} LdsGuideKind;

typedef struct
{
  LdsGuideKind  kind;
  char         *text;     /* may hold **bold** spans */
} LdsGuideBlock;

GPtrArray *lds_guide_parse (const char *text);

G_END_DECLS
