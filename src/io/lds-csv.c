/* lds-csv.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lds-csv"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lds-csv.h"
#include "lds-import.h"

static void
row_free (gpointer data)
{
  LdsCsvRow *row = data;

  g_strfreev (row->fields);
  g_free (row->lines);
  g_free (row);
}

void
lds_csv_table_free (LdsCsvTable *table)
{
  if (table == NULL)
    return;
  g_ptr_array_unref (table->rows);
  g_free (table);
}

/* The line and field where byte @offset lies, counting as the parser does. */
static void
locate (const char     *data,
        gsize           offset,
        char            separator,
        LdsCsvPosition *position)
{
  gboolean quoted = FALSE;

  position->line = 1;
  position->column = 1;
  for (gsize i = 0; i < offset; i++)
    {
      char c = data[i];

      if (c == '"')
        quoted = !quoted;
      else if (c == '\n')
        {
          position->line++;
          if (!quoted)
            position->column = 1;
        }
      else if (c == separator && !quoted)
        position->column++;
    }
}

static char
guess_separator (const char *data,
                 gsize       length)
{
  guint commas = 0, tabs = 0;
  gboolean quoted = FALSE;

  for (gsize i = 0; i < length; i++)
    {
      char c = data[i];

      if (c == '"')
        quoted = !quoted;
      else if (!quoted && (c == '\n' || c == '\r'))
        break;
      else if (!quoted && c == ',')
        commas++;
      else if (!quoted && c == '\t')
        tabs++;
    }
  return tabs > commas ? '\t' : ',';
}

/* Whether the bytes from @p to the end are the start of one UTF-8 character
 * that the end cuts off: the mark of a file cut short. */
gboolean
lds_csv_cut_character (const guchar *p,
                       gsize         n)
{
  gsize need = *p >= 0xf0 && *p <= 0xf4 ? 4 : *p >= 0xe0 ? 3 : *p >= 0xc2 ? 2 : 0;

  if (need == 0 || n >= need)
    return FALSE;
  for (gsize i = 1; i < n; i++)
    if ((p[i] & 0xc0) != 0x80)
      return FALSE;
  return TRUE;
}

/* Refuses bytes that are not UTF-8 text, saying what they probably are. */
static gboolean
check_encoding (const char      *data,
                gsize            length,
                LdsCsvPosition  *position,
                GError         **error)
{
  const char *end = NULL;

  if (length >= 2 && (((guchar) data[0] == 0xff && (guchar) data[1] == 0xfe) ||
                      ((guchar) data[0] == 0xfe && (guchar) data[1] == 0xff)))
    {
      position->line = 1;
      g_set_error_literal (error, LDS_IMPORT_ERROR, LDS_IMPORT_ERROR_ENCODING,
                           _("The file is in UTF-16, not UTF-8. Save it again as “CSV UTF-8” "
                             "(comma or tab separated)."));
      return FALSE;
    }

  if (g_utf8_validate_len (data, length, &end) && memchr (data, '\0', length) == NULL)
    return TRUE;

  if (end == NULL || memchr (data, '\0', (gsize) (end - data)) != NULL)
    end = memchr (data, '\0', length);
  locate (data, (gsize) (end - data), guess_separator (data, length), position);

  if (lds_csv_cut_character ((const guchar *) end, length - (gsize) (end - data)))
    {
      g_set_error_literal (error, LDS_IMPORT_ERROR, LDS_IMPORT_ERROR_SYNTAX,
                           _("The file ends in the middle of a character: it may have been cut "
                             "short."));
      return FALSE;
    }
  if (memchr (data, '\0', length) != NULL)
    {
      g_set_error_literal (error, LDS_IMPORT_ERROR, LDS_IMPORT_ERROR_ENCODING,
                           _("The file holds binary data (zero bytes), not UTF-8 text. If it is "
                             "a spreadsheet, save it as “CSV UTF-8” first."));
      return FALSE;
    }
  else
    {
      g_autofree char *converted = g_convert (data, length, "UTF-8", "GB18030", NULL, NULL, NULL);

      if (converted != NULL)
        g_set_error_literal (error, LDS_IMPORT_ERROR, LDS_IMPORT_ERROR_ENCODING,
                             _("The file is not UTF-8: it looks like Chinese text saved as GBK "
                               "(GB18030). Save it again as “CSV UTF-8”."));
      else
        g_set_error_literal (error, LDS_IMPORT_ERROR, LDS_IMPORT_ERROR_ENCODING,
                             _("The file is not UTF-8 text. Save it again as “CSV UTF-8”."));
    }
  return FALSE;
}

static void
finish_row (LdsCsvTable *table,
            GPtrArray   *fields,
            GArray      *lines,
            guint        line)
{
  LdsCsvRow *row;

  /* A line with nothing on it is no row. */
  if (fields->len == 1 && *(char *) fields->pdata[0] == '\0')
    {
      g_ptr_array_set_size (fields, 0);
      g_array_set_size (lines, 0);
      return;
    }

  row = g_new0 (LdsCsvRow, 1);
  row->line = line;
  row->n_fields = fields->len;
  g_ptr_array_add (fields, NULL);
  row->fields = (char **) g_ptr_array_steal (fields, NULL);
  row->lines = (guint *) (gpointer) g_array_steal (lines, NULL);
  g_ptr_array_add (table->rows, row);
}

/**
 * lds_csv_parse:
 * @position: (out caller-allocates): where the problem lies, on failure
 *
 * Returns: (transfer full): the rows, or %NULL with an %LDS_IMPORT_ERROR
 */
LdsCsvTable *
lds_csv_parse (const char      *data,
               gsize            length,
               LdsCsvPosition  *position,
               GError         **error)
{
  g_autoptr(LdsCsvTable) table = NULL;
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) lines = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GString) field = g_string_new (NULL);
  gboolean in_field = FALSE;
  guint line = 1, row_line = 1, field_line = 1;
  gsize i = 0, field_start = 0;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (position != NULL, NULL);

  position->line = position->column = 0;

  if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    i = 3;
  if (length - i == 0)
    {
      g_set_error_literal (error, LDS_IMPORT_ERROR, LDS_IMPORT_ERROR_SYNTAX, _("The file is empty."));
      return NULL;
    }
  if (!check_encoding (data, length, position, error))
    return NULL;

  table = g_new0 (LdsCsvTable, 1);
  table->rows = g_ptr_array_new_with_free_func (row_free);
  table->had_bom = i == 3;
  table->separator = guess_separator (data + i, length - i);

  while (i < length)
    {
      char c = data[i];

      if (!in_field)
        {
          in_field = TRUE;
          field_line = line;
          field_start = i;
          g_string_truncate (field, 0);
          if (fields->len == 0)
            row_line = line;
        }

      if (c == '"' && i == field_start)
        {
          /* A quoted field: up to the quote that is not doubled. */
          gsize start_line = line;

          i++;
          for (;;)
            {
              if (i >= length)
                {
                  position->line = start_line;
                  position->column = fields->len + 1;
                  g_set_error (error, LDS_IMPORT_ERROR, LDS_IMPORT_ERROR_SYNTAX,
                               /* Translators: %u is a line number */
                               _("The file ends inside the quoted field that starts on line %u; "
                                 "it may have been cut short."), (guint) start_line);
                  return NULL;
                }
              if (data[i] == '"')
                {
                  if (i + 1 < length && data[i + 1] == '"')
                    {
                      g_string_append_c (field, '"');
                      i += 2;
                      continue;
                    }
                  i++;
                  break;
                }
              if (data[i] == '\n')
                line++;
              g_string_append_c (field, data[i]);
              i++;
            }
          if (i < length && data[i] != table->separator && data[i] != '\n' && data[i] != '\r')
            {
              position->line = line;
              position->column = fields->len + 1;
              g_set_error_literal (error, LDS_IMPORT_ERROR, LDS_IMPORT_ERROR_SYNTAX,
                                   _("A quoted field goes on after its closing quote. Inside "
                                     "quotes, write a quote mark twice (\"\")."));
              return NULL;
            }
          continue;
        }

      if (c == table->separator)
        {
          g_ptr_array_add (fields, g_strndup (field->str, field->len));
          g_array_append_val (lines, field_line);
          in_field = FALSE;
          i++;
          /* A separator at the end of a line leaves one more, empty, field. */
          if (i >= length || data[i] == '\n' || data[i] == '\r')
            {
              in_field = TRUE;
              field_line = line;
              g_string_truncate (field, 0);
            }
          continue;
        }

      if (c == '\r' || c == '\n')
        {
          g_ptr_array_add (fields, g_strndup (field->str, field->len));
          g_array_append_val (lines, field_line);
          finish_row (table, fields, lines, row_line);
          in_field = FALSE;
          if (c == '\r' && i + 1 < length && data[i + 1] == '\n')
            i++;
          i++;
          line++;
          continue;
        }

      g_string_append_c (field, c);
      i++;
    }

  if (in_field)
    {
      g_ptr_array_add (fields, g_strndup (field->str, field->len));
      g_array_append_val (lines, field_line);
      finish_row (table, fields, lines, row_line);
    }

  if (table->rows->len == 0)
    {
      g_set_error_literal (error, LDS_IMPORT_ERROR, LDS_IMPORT_ERROR_SYNTAX, _("The file is empty."));
      return NULL;
    }
  return g_steal_pointer (&table);
}

static gboolean
needs_quotes (const char *text,
              char        separator)
{
  for (const char *p = text; *p != '\0'; p++)
    if (*p == separator || *p == '"' || *p == '\n' || *p == '\r')
      return TRUE;
  /* Spaces at either end would be trimmed by some readers. */
  return *text == ' ' || (*text != '\0' && text[strlen (text) - 1] == ' ');
}

void
lds_csv_append_field (GString    *out,
                      const char *text,
                      char        separator)
{
  g_return_if_fail (out != NULL);

  if (text == NULL)
    return;
  if (!needs_quotes (text, separator))
    {
      g_string_append (out, text);
      return;
    }
  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

/* Appends one row, ended by CRLF as RFC 4180 has it. */
void
lds_csv_append_row (GString            *out,
                    const char * const *fields,
                    guint               n_fields,
                    char                separator)
{
  for (guint i = 0; i < n_fields; i++)
    {
      if (i > 0)
        g_string_append_c (out, separator);
      lds_csv_append_field (out, fields[i], separator);
    }
  g_string_append (out, "\r\n");
}
