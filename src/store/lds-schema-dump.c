/* lds-schema-dump.c: the latest schema as a C string, for the build
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   lds-schema-dump OUTPUT.h
 *
 * Runs every migration on a database in memory and writes what
 * _lds_store_schema_dump() says of the result as
 * `lds_store_schema_latest_dump`, which opening a file compares with the
 * file's own schema. Built from lds-store-schema.c alone (with
 * LDS_SCHEMA_GENERATOR), before the library that includes its output.
 */

#include "config.h"

#include <stdio.h>

#include "lds-store-private.h"

/* The one thing of the store's that lds-store-schema.c needs */
GQuark
lds_store_error_quark (void)
{
  return g_quark_from_static_string ("lds-store-error-quark");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GString) dump = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  if (argc != 2)
    {
      fprintf (stderr, "usage: lds-schema-dump OUTPUT.h\n");
      return 2;
    }
  dump = _lds_store_schema_reference (LDS_SCHEMA_VERSION);
  if (dump == NULL)
    return 1;

  g_string_append (out, "/* Made by lds-schema-dump from the migrations in lds-store-schema.c */\n"
                        "static const char lds_store_schema_latest_dump[] =\n  \"");
  for (const char *c = dump->str; *c != '\0'; c++)
    {
      if (*c == '"' || *c == '\\')
        g_string_append_printf (out, "\\%c", *c);
      else if (*c == '\n')
        g_string_append (out, "\\n\"\n  \"");
      else if (*c == '\t')
        g_string_append (out, "\\t");
      else if ((guchar) *c < 0x20 || (guchar) *c >= 0x7f)
        g_string_append_printf (out, "\\%03o", (guchar) *c);
      else
        g_string_append_c (out, *c);
    }
  g_string_append (out, "\";\n");

  if (!g_file_set_contents (argv[1], out->str, out->len, &error))
    {
      fprintf (stderr, "lds-schema-dump: %s\n", error->message);
      return 1;
    }
  return 0;
}
