/* lds-markdown.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lds-markdown"

#include "config.h"

#include <string.h>

#include "lds-markdown.h"

/**
 * lds_markdown_escape:
 *
 * @text as Markdown shows it literally, on one line: the characters that
 * mean something anywhere in a line (emphasis, code, links, HTML, tables)
 * are escaped with a backslash, and those that mean something at the start
 * of a line ("# ", "- ", "1. ") when they come first; line breaks become
 * spaces.
 *
 * Returns: (transfer full): the escaped text
 */
char *
lds_markdown_escape (const char *text)
{
  GString *out = g_string_new (NULL);
  const char *p = text != NULL ? text : "";
  const char *digits = p;

  if (*p != '\0' && strchr ("#-+=>", *p) != NULL)
    {
      g_string_append_c (out, '\\');
      g_string_append_c (out, *p++);
    }
  while (g_ascii_isdigit (*digits))
    digits++;

  for (; *p != '\0'; p++)
    {
      if (*p == '\n' || *p == '\r' || *p == '\t')
        {
          g_string_append_c (out, ' ');
          continue;
        }
      if (strchr ("\\`*_[]<>|~", *p) != NULL ||
          (p == digits && digits != text && (*p == '.' || *p == ')') &&
           (p[1] == ' ' || p[1] == '\0')))
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

/* @text escaped for a cell of a table: as lds_markdown_escape(), never empty. */
char *
lds_markdown_table_cell (const char *text)
{
  char *escaped = lds_markdown_escape (text);

  if (*escaped == '\0')
    {
      g_free (escaped);
      return g_strdup (" ");
    }
  return escaped;
}
