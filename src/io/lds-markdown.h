/* lds-markdown.h: writing Markdown safely
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Titles and notes are the organisation's own text: a title that starts
 * with "#" or holds "*" must come out as written, not as Markdown.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *lds_markdown_escape      (const char *text);
char *lds_markdown_table_cell  (const char *text);

G_END_DECLS
