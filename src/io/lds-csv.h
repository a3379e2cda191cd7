/* lds-csv.h: comma- and tab-separated values (RFC 4180)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The reader takes a whole file's bytes: UTF-8 with or without a byte-order
 * mark, comma or tab separated (told from the first line), fields quoted
 * with '"' where they hold a separator, a quote or a line break, lines
 * ended by CRLF or LF. It knows nothing of OKRs; lds-import-csv.c gives the
 * columns their meaning. Every row remembers the line it starts on, so that
 * problems can be reported where a person will find them.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  guint   line;      /* 1-based line of the file where the row starts */
  guint   n_fields;
  char  **fields;    /* n_fields strings, NULL-terminated */
  guint  *lines;     /* the line each field starts on (a quoted field may span lines) */
} LdsCsvRow;

typedef struct
{
  char        separator;   /* ',' or '\t' */
  gboolean    had_bom;
  GPtrArray  *rows;        /* LdsCsvRow, the header first */
} LdsCsvTable;

/* Where a reading error lies; line and column (a field's number) are 1-based,
 * 0 when not known. */
typedef struct
{
  guint line;
  guint column;
} LdsCsvPosition;

void         lds_csv_table_free    (LdsCsvTable     *table);
LdsCsvTable *lds_csv_parse         (const char      *data,
                                    gsize            length,
                                    LdsCsvPosition  *position,
                                    GError         **error);

gboolean     lds_csv_cut_character (const guchar    *p,
                                    gsize            n);

void         lds_csv_append_field  (GString         *out,
                                    const char      *text,
                                    char             separator);
void         lds_csv_append_row    (GString         *out,
                                    const char * const *fields,
                                    guint            n_fields,
                                    char             separator);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LdsCsvTable, lds_csv_table_free)

G_END_DECLS
