/* test-import-json.c: reading JSON documents, odd, broken and large
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the import says of a document (the error of loading it, or of
 * planning it with every problem, or what it would bring in) is pinned here
 * to the word and to the line and column, for every kind of broken input:
 * the document is read record by record, and must say what reading it
 * whole said.
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "lds-demo.h"
#include "lds-export-data.h"
#include "lds-import.h"
#include "lds-json-doc.h"
#include "lds-store-exchange.h"
#include "lds-test-utils.h"

/* A small document, with the quotes, backslashes, braces, brackets and
 * Chinese text inside strings that a reader of its structure must step
 * over. */
static const char document[] =
  "{\n"
  "  \"lodestar\" : 1,\n"
  "  \"exported\" : { \"at\" : \"2026-11-22T10:00:00Z\", \"file\" : \"a \\\"b\\\" {c} [d].lodestar\" },\n"
  "  \"settings\" : { \"cadence_days\" : 14, \"max_objectives\" : 5 },\n"
  "  \"units\" : [\n"
  "    { \"uuid\" : \"11111111-1111-4111-8111-111111111111\", \"kind\" : \"company\", \"name\" : \"Acme \\\"{[\\\\\" },\n"
  "    { \"uuid\" : \"22222222-2222-4222-8222-222222222222\", \"kind\" : \"department\", \"name\" : \"销售部 \\u00e9\",\n"
  "      \"parent_id\" : \"11111111-1111-4111-8111-111111111111\" },\n"
  "    { \"uuid\" : \"33333333-3333-4333-8333-333333333333\", \"kind\" : \"team\", \"name\" : \"华东 ]}\",\n"
  "      \"parent_id\" : \"22222222-2222-4222-8222-222222222222\" }\n"
  "  ],\n"
  "  \"people\" : [\n"
  "    { \"uuid\" : \"44444444-4444-4444-8444-444444444444\", \"name\" : \"张伟\",\n"
  "      \"unit_id\" : \"22222222-2222-4222-8222-222222222222\" }\n"
  "  ],\n"
  "  \"links\" : []\n"
  "}\n";

/* @text up to where @mark is, and @extra bytes of it */
static char *
cut_at (const char *text,
        const char *mark,
        gsize       extra)
{
  const char *at = strstr (text, mark);

  g_assert_nonnull (at);
  return g_strndup (text, (gsize) (at - text) + extra);
}

/* What importing @data into an empty organisation says: the error of
 * loading or of planning it, with every problem, or what would come in. */
static char *
what_import_says (const char *name,
                  const char *data,
                  gsize       length)
{
  g_autoptr(LdsStore) store = lds_test_new_store ();
  g_autoptr(LdsImport) import = lds_import_new ();
  g_autoptr(GError) error = NULL;
  GString *said = g_string_new (NULL);

  if (!lds_import_load_data (import, name, LDS_IMPORT_FORMAT_UNKNOWN, data, length, &error))
    {
      g_assert_null (lds_import_get_problems (import));
      g_string_append_printf (said, "load: %s", error->message);
    }
  else if (!lds_import_prepare (import, store, &error))
    {
      GPtrArray *problems = lds_import_get_problems (import);

      g_string_append_printf (said, "prepare: %s", error->message);
      for (guint i = 0; i < problems->len; i++)
        {
          g_autofree char *text = lds_import_format_problem (import, problems->pdata[i]);
          g_string_append_printf (said, "\n%s", text);
        }
    }
  else
    {
      g_string_append (said, "ok:");
      for (guint i = 0; i < lds_import_get_n_entries (import); i++)
        {
          LdsImportEntry entry;

          g_assert_true (lds_import_get_entry (import, i, &entry));
          g_string_append_printf (said, " %s=%s", entry.where, entry.title);
        }
    }
  return g_string_free (said, FALSE);
}

/* What the import says of the document as written, or of one changed in
 * a way that means the same */
#define READ_AS_WRITTEN \
  "ok: $.units[0]=Acme \"{[\\ $.units[1]=销售部 é $.units[2]=华东 ]} $.people[0]=张伟"

typedef struct
{
  const char *label;
  char       *text;       /* NUL-terminated unless length says otherwise */
  gsize       length;
  const char *expected;
} Case;

static void
check_cases (Case  *cases,
             guint  n_cases)
{
  gboolean failed = FALSE;

  for (guint i = 0; i < n_cases; i++)
    {
      gsize length = cases[i].length != 0 ? cases[i].length : strlen (cases[i].text);
      g_autofree char *said = what_import_says ("doc.json", cases[i].text, length);

      if (g_strcmp0 (said, cases[i].expected) != 0)
        {
          g_test_message ("%s:\n  said     %s\n  expected %s", cases[i].label, said,
                          cases[i].expected);
          failed = TRUE;
        }
      g_free (cases[i].text);
    }
  if (failed)
    g_test_fail ();
}

/* Broken documents: what is wrong, and where in the whole file. */
static void
test_broken (void)
{
  g_auto(GStrv) lines = g_strsplit (document, "\n", -1);
  g_autofree char *crlf = g_strjoinv ("\r\n", lines);
  char *nul = g_strdup (document);
  Case cases[] = {
    { "empty",
      g_strdup (""), 0,
      "load: The file is empty." },
    { "only a byte-order mark",
      g_strdup ("\xef\xbb\xbf"), 0,
      "load: The file is empty." },
    { "only white space",
      g_strdup (" \n\t\n"), 0,
      "load: This JSON is not a Lodestar export: it should be one object with a “lodestar” "
      "member." },
    { "not UTF-8",
      lds_test_replace (document, "张伟", "\xd5\xc5\xce\xb0"), 0,
      "load: Line 13: the file is not UTF-8 text, as JSON must be." },
    { "a NUL byte",
      nul, sizeof document - 1,
      "load: Line 13: the file is not UTF-8 text, as JSON must be." },
    { "cut in a character",
      cut_at (document, "张伟", 1), 0,
      "load: Line 13: the file ends in the middle of a character: it may have been cut "
      "short." },
    { "cut after an element",
      cut_at (document, "  \"people\"", 0), 0,
      "load: Line 12, column 5: the file ends in the middle of the document; it may have "
      "been cut short." },
    { "cut inside an element",
      cut_at (document, "\"kind\" : \"team\"", 0), 0,
      "load: Line 9, column 55: the file ends in the middle of the document; it may have "
      "been cut short." },
    { "cut after the last array",
      cut_at (document, "  \"links\"", 0), 0,
      "load: Line 16, column 5: the file ends in the middle of the document; it may have "
      "been cut short." },
    { "cut after a header member",
      cut_at (document, "  \"units\"", 0), 0,
      "load: Line 5, column 62: the file ends in the middle of the document; it may have "
      "been cut short." },
    { "bad in a header member",
      lds_test_replace (document, "\"max_objectives\" : 5", "\"max_objectives\" :: 5"), 0,
      "load: Line 4, column 57: this is not valid JSON (Parse error: unexpected character "
      "`:', expected character `}')." },
    { "bad in an element",
      lds_test_replace (document, "\"kind\" : \"team\"", "\"kind\" \"team\""), 0,
      "load: Line 9, column 61: this is not valid JSON (Parse error: unexpected string "
      "constant \"kind\", expected character `:')." },
    { "bad at an element's end",
      lds_test_replace (document, "\"name\" : \"张伟\",\n      \"unit_id\" : \"22222222-2222-4222-8222-222222222222\" }",
                                          "\"name\" : \"张伟\",\n      \"unit_id\" : \"22222222-2222-4222-8222-222222222222\", }"), 0,
      "load: Line 14, column 57: this is not valid JSON (Parse error: unexpected character "
      "`,', expected character `]')." },
    { "no comma between elements",
      lds_test_replace (document, "111111111111\" },\n    {", "111111111111\" }\n    {"), 0,
      "load: Line 8, column 60: this is not valid JSON (Parse error: unexpected character "
      "`}', expected character `,')." },
    { "a word between elements",
      lds_test_replace (document, "111111111111\" },\n    {", "111111111111\" }, x,\n    {"), 0,
      "load: Line 8, column 63: this is not valid JSON (Parse error: unexpected identifier "
      "`x', expected value)." },
    { "a stray comma in an array",
      lds_test_replace (document, "222222222222\" }\n  ],", "222222222222\" },\n  ],"), 0,
      "load: Line 10, column 61: this is not valid JSON (Parse error: unexpected character "
      "`,', expected character `]')." },
    { "two commas between elements",
      lds_test_replace (document, "111111111111\" },\n    {", "111111111111\" },,\n    {"), 0,
      "load: Line 8, column 62: this is not valid JSON (Parse error: unexpected character "
      "`,', expected character `]')." },
    { "a stray comma between members",
      lds_test_replace (document, "\"links\" : []", ", \"links\" : []"), 0,
      "load: Line 15, column 4: this is not valid JSON (Parse error: unexpected character "
      "`,', expected string constant)." },
    { "a comma after the last member",
      lds_test_replace (document, "\"links\" : []", "\"links\" : [],"), 0,
      "load: Line 16, column 15: this is not valid JSON (Parse error: unexpected character "
      "`,', expected character `]')." },
    { "a missing bracket",
      lds_test_replace (document, "\"links\" : []", "\"links\" : ["), 0,
      "load: Line 17, column 1: this is not valid JSON (Parse error: unexpected character "
      "`}', expected character `]')." },
    { "a missing bracket before a member",
      lds_test_replace (document, "\n  ],\n  \"people\"", "\n  \n  \"people\""), 0,
      "load: Line 10, column 60: this is not valid JSON (Parse error: unexpected character "
      "`}', expected character `,')." },
    { "a missing brace in an element",
      lds_test_replace (document, "\"name\" : \"张伟\",\n", "\"name\" : \"张伟\",\n    {"), 0,
      "load: Line 13, column 73: this is not valid JSON (Parse error: unexpected character "
      "`,', expected string constant)." },
    { "a missing closing brace",
      lds_test_replace (document, "[]\n}\n", "[]\n\n"), 0,
      "load: Line 18, column 15: the file ends in the middle of the document; it may have "
      "been cut short." },
    { "a closing brace too many",
      lds_test_replace (document, "[]\n}\n", "[]\n}}\n"), 0,
      "load: Line 17, column 2: this is not valid JSON (Parse error: unexpected character "
      "`}', expected end of file)." },
    { "something after the document",
      lds_test_replace (document, "[]\n}\n", "[]\n}\nx\n"), 0,
      "load: Line 19, column 2: the file ends in the middle of the document; it may have "
      "been cut short." },
    { "a second document",
      lds_test_replace (document, "[]\n}\n", "[]\n}\n{}\n"), 0,
      READ_AS_WRITTEN },
    { "an unterminated string",
      lds_test_replace (document, "\"team\"", "\"team"), 0,
      "load: Line 9, column 72: this is not valid JSON (Parse error: invalid string constant "
      "\"team, \", expected valid string constant)." },
    { "a line break in a string",
      lds_test_replace (document, "\"华东 ]}\"", "\"华东\n]}\""), 0,
      "ok: $.units[0]=Acme \"{[\\ $.units[1]=销售部 é $.units[2]=华东\n"
      "]} $.people[0]=张伟" },
    { "bad in an unknown member",
      lds_test_replace (document, "\"links\" : []", "\"colour\" : { \"a\" : [1, 2}, \"links\" : []"), 0,
      "load: Line 16, column 26: this is not valid JSON (Parse error: unexpected number "
      "`2', expected character `,')." },
    { "bad in an element of an unknown member",
      lds_test_replace (document, "\"links\" : []", "\"colour\" : [ { \"a\" : 1 }, { \"a\" 2 } ], \"links\" : []"), 0,
      "load: Line 16, column 33: this is not valid JSON (Parse error: unexpected string "
      "constant \"a\", expected character `:')." },
    { "a member name that is no string",
      lds_test_replace (document, "\"links\" : []", "links : []"), 0,
      "load: Line 15, column 4: this is not valid JSON (Parse error: unexpected character "
      "`,', expected string constant)." },
    { "a member without a value",
      lds_test_replace (document, "\"links\" : []", "\"links\" : "), 0,
      "load: Line 17, column 1: this is not valid JSON (Parse error: unexpected character "
      "`}', expected character `}')." },
    { "a number cut short",
      lds_test_replace (document, "\"cadence_days\" : 14", "\"cadence_days\" : 1e"), 0,
      "load: Line 4, column 36: this is not valid JSON (Parse error: scanner: non digit "
      "in constant)." },
    { "a bare word as a value",
      lds_test_replace (document, "\"max_objectives\" : 5", "\"max_objectives\" : five"), 0,
      "load: Line 4, column 61: this is not valid JSON (Parse error: unexpected identifier "
      "`five', expected value)." },
    { "a comment not closed",
      lds_test_replace (document, "\"links\" : []", "\"links\" : [] /* a note"), 0,
      "load: Line 16, column 14: this is not valid JSON (Parse error: unexpected character "
      "`]', expected string constant)." },
    { "a line comment",
      lds_test_replace (document, "\"links\" : []", "\"links\" : [] // a note"), 0,
      "load: Line 16, column 14: this is not valid JSON (Parse error: unexpected character "
      "`]', expected string constant)." },
    { "cut after a backslash",
      cut_at (document, "\\\\", 1), 0,
      "load: Line 6, column 96: the file ends in the middle of the document; it may have "
      "been cut short." },
    { "bad on the first line, after a byte-order mark",
      g_strdup ("\xef\xbb\xbf{ \"lodestar\" :: 1 }"), 0,
      "load: Line 1, column 15: this is not valid JSON (Parse error: unexpected character "
      "`:', expected character `}')." },
    { "bad after lines ended by CR LF",
      lds_test_replace (crlf, "\"kind\" : \"team\"", "\"kind\" : \"team\" \"x\""), 0,
      "load: Line 9, column 70: this is not valid JSON (Parse error: unexpected string "
      "constant \"team\", expected character `,')." },
    { "bad after a tab",
      lds_test_replace (document, "\"kind\" : \"team\"", "\"kind\"\t\t\"team\""), 0,
      "load: Line 9, column 61: this is not valid JSON (Parse error: unexpected string "
      "constant \"kind\", expected character `:')." },
    { "bad after a line break in a string",
      lds_test_replace (document, "\"华东 ]}\",", "\"华\n东 ]}\" ,,"), 0,
      "load: Line 10, column 9: this is not valid JSON (Parse error: unexpected character "
      "`,', expected string constant)." },
    { "an element that is not an object, then bad",
      lds_test_replace (document, "\"links\" : []", "\"links\" : [ 1, { \"a\" } ]"), 0,
      "load: Line 16, column 22: this is not valid JSON (Parse error: unexpected string "
      "constant \"a\", expected character `:')." },
  };

  *strstr (nul, "张伟") = '\0';
  check_cases (cases, G_N_ELEMENTS (cases));
}

/* Well-formed documents that are odd: what each brings in, or why not. */
static void
test_odd (void)
{
  g_autofree char *moved = lds_test_replace (document, "  \"settings\" : { \"cadence_days\" : 14, \"max_objectives\" : 5 },\n", "");
  g_autofree char *wrong = lds_test_replace (moved, "\"links\" : []", "\"links\" : [], \"settings\" : { \"cadence_days\" : 0 }");
  Case cases[] = {
    { "as written",
      g_strdup (document), 0,
      READ_AS_WRITTEN },
    { "with a byte-order mark",
      g_strconcat ("\xef\xbb\xbf", document, NULL), 0,
      READ_AS_WRITTEN },
    { "an array",
      g_strdup ("[ { \"lodestar\" : 1 } ]"), 0,
      "load: This JSON is not a Lodestar export: it should be one object with a “lodestar” "
      "member." },
    { "a string",
      g_strdup ("\"lodestar\""), 0,
      "load: This JSON is not a Lodestar export: it should be one object with a “lodestar” "
      "member." },
    { "a number",
      g_strdup ("1"), 0,
      "load: This JSON is not a Lodestar export: it should be one object with a “lodestar” "
      "member." },
    { "null",
      g_strdup ("null"), 0,
      "load: This JSON is not a Lodestar export: it should be one object with a “lodestar” "
      "member." },
    { "an empty object",
      g_strdup ("{}"), 0,
      "prepare: $: This JSON is not a Lodestar export: it should be one object with a "
      "“lodestar” member.\n"
      "$: This JSON is not a Lodestar export: it should be one object with a “lodestar” "
      "member." },
    { "no lodestar member",
      lds_test_replace (document, "\"lodestar\" : 1,", ""), 0,
      "prepare: $: This JSON is not a Lodestar export: it should be one object with a "
      "“lodestar” member.\n"
      "$: This JSON is not a Lodestar export: it should be one object with a “lodestar” "
      "member." },
    { "a lodestar member of text",
      lds_test_replace (document, "\"lodestar\" : 1", "\"lodestar\" : \"1\""), 0,
      "prepare: $: This JSON is not a Lodestar export: it should be one object with a "
      "“lodestar” member.\n"
      "$: This JSON is not a Lodestar export: it should be one object with a “lodestar” "
      "member." },
    { "a newer format",
      lds_test_replace (document, "\"lodestar\" : 1", "\"lodestar\" : 2"), 0,
      "prepare: $.lodestar: This file was exported by a newer version of Lodestar; update "
      "Lodestar to import it.\n"
      "$.lodestar: This file was exported by a newer version of Lodestar; update Lodestar "
      "to import it." },
    { "a lodestar member twice",
      lds_test_replace (document, "\"links\" : []", "\"links\" : [], \"lodestar\" : 7"), 0,
      "prepare: $.lodestar: This file was exported by a newer version of Lodestar; update "
      "Lodestar to import it.\n"
      "$.lodestar: This file was exported by a newer version of Lodestar; update Lodestar "
      "to import it." },
    { "a table twice",
      lds_test_replace (document, "\"links\" : []", "\"links\" : [], \"units\" : [ { \"kind\" : \"company\", \"name\" : \"Again\" } ]"), 0,
      "prepare: $.people[0].unit_id: This refers to a unit (22222222-2222-4222-8222-222222222222) "
      "that is neither in the file nor in the organisation.\n"
      "$.people[0].unit_id: This refers to a unit (22222222-2222-4222-8222-222222222222) "
      "that is neither in the file nor in the organisation." },
    { "a table twice, the second null",
      lds_test_replace (document, "\"links\" : []", "\"links\" : [], \"people\" : null"), 0,
      "ok: $.units[0]=Acme \"{[\\ $.units[1]=销售部 é $.units[2]=华东 ]}" },
    { "a table that is no array",
      lds_test_replace (document, "\"links\" : []", "\"links\" : { \"a\" : 1 }"), 0,
      "prepare: $.links: Expected an array of records.\n"
      "$.links: Expected an array of records." },
    { "a table that is a number",
      lds_test_replace (document, "\"links\" : []", "\"links\" : 3"), 0,
      "prepare: $.links: Expected an array of records.\n"
      "$.links: Expected an array of records." },
    { "a table that is null",
      lds_test_replace (document, "\"links\" : []", "\"links\" : null"), 0,
      READ_AS_WRITTEN },
    { "records that are not objects",
      lds_test_replace (document, "\"links\" : []", "\"links\" : [ 1, \"two\", null, [], [ { } ], true ]"), 0,
      "prepare: $.links[0]: Expected an object: one link with its members. (and 5 more "
      "problems)\n"
      "$.links[0]: Expected an object: one link with its members.\n"
      "$.links[1]: Expected an object: one link with its members.\n"
      "$.links[2]: Expected an object: one link with its members.\n"
      "$.links[3]: Expected an object: one link with its members.\n"
      "$.links[4]: Expected an object: one link with its members.\n"
      "$.links[5]: Expected an object: one link with its members." },
    { "unknown members",
      lds_test_replace (document, "\"links\" : []", "\"links\" : [], \"colour\" : { \"a\" : [ 1, { \"b\" : \"]}\" } ] }, \"more\" : [ 1, [ 2 ] ]"), 0,
      READ_AS_WRITTEN },
    { "a member twice in a record",
      lds_test_replace (document, "\"name\" : \"张伟\",", "\"name\" : \"张伟\", \"name\" : \"李娜\","), 0,
      "ok: $.units[0]=Acme \"{[\\ $.units[1]=销售部 é $.units[2]=华东 ]} $.people[0]=李娜" },
    { "a UUID twice",
      lds_test_replace (document, "33333333-3333-4333-8333-333333333333", "11111111-1111-4111-8111-111111111111"), 0,
      "prepare: $.units[2].uuid: This UUID is taken already, by $.units[0]: every record "
      "needs its own.\n"
      "$.units[2].uuid: This UUID is taken already, by $.units[0]: every record needs "
      "its own." },
    { "a UUID twice, in upper case",
      lds_test_replace (document, "\"uuid\" : \"44444444-4444-4444-8444-444444444444\"", "\"uuid\" : \"AAAAAAAA-1111-4111-8111-111111111111\" }, { \"uuid\" : \"aaaaaaaa-1111-4111-8111-111111111111\""), 0,
      "prepare: $.people[1].uuid: This UUID is taken already, by $.people[0]: every record "
      "needs its own.\n"
      "$.people[1].uuid: This UUID is taken already, by $.people[0]: every record needs "
      "its own." },
    { "an unknown member in a record",
      lds_test_replace (document, "\"name\" : \"张伟\",", "\"name\" : \"张伟\", \"nmae\" : \"李娜\","), 0,
      "prepare: $.people[0].nmae: A person has no member “nmae”.\n"
      "$.people[0].nmae: A person has no member “nmae”." },
    { "a record with a bad value",
      lds_test_replace (document, "\"kind\" : \"team\"", "\"kind\" : \"squad\""), 0,
      "prepare: $.units[2].kind: Expected one of “company”, “department”, “team”.\n"
      "$.units[2].kind: Expected one of “company”, “department”, “team”." },
    { "settings that are no object",
      lds_test_replace (document, "{ \"cadence_days\" : 14, \"max_objectives\" : 5 }", "[ 14, 5 ]"), 0,
      "prepare: $.settings: Expected an object with the organisation’s settings.\n"
      "$.settings: Expected an object with the organisation’s settings." },
    { "settings at the end, wrong",
      lds_test_replace (wrong, "\"name\" : \"张伟\",", "\"name\" : \"张伟\", \"nmae\" : \"李娜\","), 0,
      "prepare: $.settings: The check-in cadence must be between 1 and 92 days, not 0. "
      "(and 1 more problem)\n"
      "$.settings: The check-in cadence must be between 1 and 92 days, not 0.\n"
      "$.people[0].nmae: A person has no member “nmae”." },
    { "a second table of people",
      lds_test_replace (document, "\"links\" : []", "\"links\" : [], \"people\" : [ { \"name\" : \"李娜\" } ]"), 0,
      "prepare: $.people[0].unit_id: A person belongs to a unit.\n"
      "$.people[0].unit_id: A person belongs to a unit." },
    { "what an export was made from, odd",
      lds_test_replace (document, "\"exported\" : {", "\"exported\" : [ {"), 0,
      "load: Line 4, column 12: this is not valid JSON (Parse error: unexpected string "
      "constant \"settings\", expected character `,')." },
    { "a base",
      lds_test_replace (document, "\"units\" : [", "\"base\" : { \"fingerprints\" : { \"11111111-1111-4111-8111-111111111111\" : \"x\" } }, \"units\" : ["), 0,
      READ_AS_WRITTEN },
    { "escapes of every kind",
      lds_test_replace (document, "\"华东 ]}\"", "\"\\\\\\\"\\/\\b\\f\\n\\r\\t\\u4e2d\\ud83d\\ude00 \\\\\""), 0,
      "ok: $.units[0]=Acme \"{[\\ $.units[1]=销售部 é $.units[2]=\\\"/\b\f\n"
      "\r\t中😀 \\ $.people[0]=张伟" },
    { "empty arrays, spaced",
      lds_test_replace (document, "\"links\" : []", "\"links\" : [ \n ], \"kpis\":[]"), 0,
      READ_AS_WRITTEN },
    { "a comment",
      lds_test_replace (document, "\"links\" : []", "/* the links */ \"links\" : [ /* none */ ]"), 0,
      READ_AS_WRITTEN },
    { "a comment between elements",
      lds_test_replace (document, "111111111111\" },\n    {", "111111111111\" } /* } ] */,\n    {"), 0,
      READ_AS_WRITTEN },
    { "single quotes",
      lds_test_replace (document, "\"name\" : \"张伟\"", "'name' : '张伟 \"x\" }'"), 0,
      "ok: $.units[0]=Acme \"{[\\ $.units[1]=销售部 é $.units[2]=华东 ]} $.people[0]=张伟 \"x\" "
      "}" },
    { "an escaped member name",
      lds_test_replace (document, "\"people\" : [", "\"peop\\u006ce\" : ["), 0,
      READ_AS_WRITTEN },
    { "a hexadecimal number",
      lds_test_replace (document, "\"lodestar\" : 1", "\"lodestar\" : 0x1"), 0,
      READ_AS_WRITTEN },
    { "a JavaScript statement",
      g_strconcat ("var doc = ", document, ";", NULL), 0,
      READ_AS_WRITTEN },
    { "white space of all kinds",
      lds_test_replace (document, "\"links\" : []", "\"links\"\t:\r\n[\r\n]\r\n"), 0,
      READ_AS_WRITTEN },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

/* The reader of the document itself */

static LdsJsonDoc *
read_doc (const char  *text,
          GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  return lds_json_doc_new (bytes, error);
}

/* What LdsJsonDoc reads of @text is what json-glib reads of it whole. */
static void
assert_reads_as_whole (LdsJsonDoc *doc,
                       const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = json_from_string (text, &error);
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  g_assert_no_error (error);
  g_assert_true (lds_json_doc_holds_object (doc));
  json_object_iter_init (&iter, json_node_get_object (root));
  while (json_object_iter_next (&iter, &name, &node))
    {
      JsonNode *mine = lds_json_doc_get_member (doc, name);

      g_assert_nonnull (mine);
      if (!JSON_NODE_HOLDS_ARRAY (node))
        {
          g_assert_true (json_node_equal (mine, node));
          continue;
        }
      g_assert_true (JSON_NODE_HOLDS_ARRAY (mine));
      g_assert_cmpuint (lds_json_doc_get_n_elements (doc, name), ==,
                        json_array_get_length (json_node_get_array (node)));
      for (guint i = 0; i < json_array_get_length (json_node_get_array (node)); i++)
        {
          g_autoptr(JsonNode) element = lds_json_doc_read_element (doc, name, i);
          g_assert_true (json_node_equal (element,
                                          json_array_get_element (json_node_get_array (node), i)));
        }
    }
  g_assert_null (lds_json_doc_get_member (doc, "nothing"));
  g_assert_cmpuint (lds_json_doc_get_n_elements (doc, "nothing"), ==, 0);
  g_assert_cmpuint (lds_json_doc_get_n_elements (doc, "settings"), ==, 0);
}

/* Plain JSON is read value by value, whatever its values; what json-glib
 * reads beyond plain JSON is read whole; either way, the same values. */
static void
test_doc (void)
{
  const struct
  {
    const char *from, *to;
    gboolean    whole;
  } variants[] = {
    { "\"lodestar\" : 1", "\"lodestar\" : 1", FALSE },
    { "\"links\" : []", "\"links\" : [ 1, \"two\", null, [], [ { } ], true, -0.5e3 ]", FALSE },
    { "\"links\" : []", "\"links\" : [], \"units\" : [ { \"name\" : \"Again\" } ]", FALSE },
    { "\"links\" : []", "\"links\"\t:\r\n[\r\n]\r\n", FALSE },
    { "\"lodestar\" : 1", "\"lodestar\" : 0x1", FALSE },
    { "\"华东 ]}\"", "\"\\\\\\\"\\/\\b\\f\\n\\r\\t\\u4e2d\\ud83d\\ude00 \\\\\"", FALSE },
    { "\"name\" : \"张伟\",", "\"name\" : \"张伟\", \"name\" : \"李娜\",", FALSE },
    { "\"links\" : []", "/* the links */ \"links\" : []", TRUE },
    { "\"name\" : \"张伟\"", "'name' : '张伟 \"x\" }'", TRUE },
    { "\"people\" : [", "\"peop\\u006ce\" : [", TRUE },
    { "[]\n}\n", "[]\n}\n{}\n", TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (variants); i++)
    {
      g_autofree char *text = lds_test_replace (document, variants[i].from, variants[i].to);
      g_autoptr(GError) error = NULL;
      g_autoptr(LdsJsonDoc) doc = read_doc (text, &error);

      g_assert_no_error (error);
      g_assert_cmpint (lds_json_doc_is_whole (doc), ==, variants[i].whole);
      assert_reads_as_whole (doc, text);
    }

  /* Not one object */
  for (guint i = 0; i < 4; i++)
    {
      const char *texts[] = { "[ { \"lodestar\" : 1 } ]", "\"lodestar\"", " \n", "null" };
      g_autoptr(GError) error = NULL;
      g_autoptr(LdsJsonDoc) doc = read_doc (texts[i], &error);

      g_assert_no_error (error);
      g_assert_false (lds_json_doc_holds_object (doc));
      g_assert_null (lds_json_doc_get_member (doc, "lodestar"));
    }
}

/* A large document */

/* Text that a reader of the document's structure must step over. */
static const char * const awkward[] = {
  "say \"hi\" to {everyone} in [brackets]",
  "a back\\slash, two \\\\ and one at the end \\",
  "目标：拿下华东市场 “第一” {季度} [重点]",
  "/* no comment */ // nor this, 'nor' these quotes ' \"",
  "tab\tline\nbreak, café, 😀",
  "}]},{[\"\\",
  "",
};

/* Several thousand records, with awkward text, as an export writes them,
 * with some characters written as \u escapes as other programs do. */
static char *
large_document (void)
{
  g_autoptr(LdsStore) store = lds_test_new_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) objectives = NULL;
  g_autoptr(GPtrArray) checkins = NULL;
  LdsExportOptions options = { 0 };
  g_autofree char *text = NULL;
  g_auto(GStrv) pieces = NULL;
  g_auto(GStrv) more = NULL;
  g_autofree char *escaped = NULL;

  g_assert_true (lds_demo_write_synthetic (store, 200, 12, &error));
  g_assert_no_error (error);
  objectives = lds_store_list (store, LDS_RECORD_OBJECTIVE, NULL);
  checkins = lds_store_list (store, LDS_RECORD_CHECKIN, NULL);
  g_assert_cmpuint (checkins->len, >, 5000);
  g_assert_true (lds_store_begin (store, NULL, &error));
  for (guint i = 0; i < objectives->len; i++)
    {
      LdsObjective *o = objectives->pdata[i];
      lds_take_text (&o->title, g_strdup_printf ("%s %u", awkward[i % G_N_ELEMENTS (awkward)], i));
      g_assert_true (lds_store_update (store, LDS_RECORD_OBJECTIVE, o, &error));
    }
  for (guint i = 0; i < checkins->len; i += 3)
    {
      LdsCheckin *c = checkins->pdata[i];
      lds_set_text (&c->note, awkward[(i / 3) % G_N_ELEMENTS (awkward)]);
      g_assert_true (lds_store_update (store, LDS_RECORD_CHECKIN, c, &error));
    }
  g_assert_true (lds_store_commit (store, &error));

  text = lds_export_json_to_data (store, &options, NULL, &error);
  g_assert_no_error (error);
  pieces = g_strsplit (text, "华", -1);
  escaped = g_strjoinv ("\\u534e", pieces);
  more = g_strsplit (escaped, "é", -1);
  return g_strjoinv ("\\u00E9", more);
}

/* Read record by record, a large document brings in exactly what it holds
 * as a whole, in its order, with the paths of where each record stands. */
static void
test_large (void)
{
  g_autofree char *text = large_document ();
  g_autofree char *again = NULL;
  g_autoptr(JsonNode) whole = NULL;
  g_autoptr(JsonNode) copied = NULL;
  g_autoptr(JsonNode) base = NULL;
  g_autofree char *base_text = NULL;
  JsonObject *fingerprints;
  g_autoptr(LdsStore) copy = lds_test_new_store ();
  g_autoptr(LdsImport) import = lds_import_new ();
  g_autoptr(GError) error = NULL;
  LdsExportOptions options = { 0 };
  JsonObject *doc;
  guint n = 0;

  g_assert_nonnull (strstr (text, "\\u534e"));
  {
    g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
    g_autoptr(LdsJsonDoc) read = lds_json_doc_new (bytes, &error);

    g_assert_no_error (error);
    g_assert_false (lds_json_doc_is_whole (read));
    assert_reads_as_whole (read, text);
  }
  g_assert_nonnull (strstr (text, "\\\\\\\\ and one"));
  whole = json_from_string (text, &error);
  g_assert_no_error (error);
  doc = json_node_get_object (whole);

  g_assert_true (lds_import_load_data (import, "large.json", LDS_IMPORT_FORMAT_UNKNOWN, text,
                                       strlen (text), &error));
  g_assert_no_error (error);
  g_assert_true (lds_import_prepare (import, copy, &error));
  g_assert_no_error (error);

  /* Every record, in the document's order (parents come first in it) */
  for (guint t = 0; t < LDS_N_RECORD_TYPES; t++)
    {
      const char *table = lds_record_info (t)->table;
      JsonArray *records = json_object_get_array_member (doc, table);

      for (guint i = 0; i < json_array_get_length (records); i++, n++)
        {
          JsonObject *record = json_array_get_object_element (records, i);
          g_autofree char *where = g_strdup_printf ("$.%s[%u]", table, i);
          LdsImportEntry entry;

          g_assert_true (lds_import_get_entry (import, n, &entry));
          g_assert_cmpint (entry.type, ==, t);
          g_assert_cmpstr (entry.where, ==, where);
          g_assert_cmpstr (entry.uuid, ==, json_object_get_string_member (record, "uuid"));
        }
    }
  g_assert_cmpuint (n, >, 5000);
  g_assert_cmpuint (lds_import_get_n_entries (import), ==, n);

  /* … with every value as it stands in the document */
  g_assert_true (lds_import_apply (import, copy, &error));
  g_assert_no_error (error);
  again = lds_export_json_to_data (copy, &options, NULL, &error);
  g_assert_no_error (error);
  copied = json_from_string (again, &error);
  g_assert_no_error (error);
  json_object_remove_member (json_node_get_object (copied), "base");
  g_assert_true (json_node_equal (whole, copied));

  /* … and remembers each record's fingerprint, as the base of the exchange */
  base_text = lds_store_get_exchange_base (copy);
  base = json_from_string (base_text, &error);
  g_assert_no_error (error);
  fingerprints = json_object_get_object_member (json_node_get_object (base), "fingerprints");
  g_assert_cmpuint (json_object_get_size (fingerprints), ==, n);
  for (guint t = 0; t < LDS_N_RECORD_TYPES; t++)
    {
      JsonArray *records = json_object_get_array_member (doc, lds_record_info (t)->table);

      for (guint i = 0; i < json_array_get_length (records); i++)
        {
          const char *uuid = json_object_get_string_member (
            json_array_get_object_element (records, i), "uuid");
          const char *fingerprint = json_object_get_string_member_with_default (fingerprints,
                                                                                uuid, "");
          g_assert_cmpuint (strlen (fingerprint), ==, 64);
        }
    }
  g_assert_cmpstr (json_object_get_string_member (
                     json_object_get_object_member (json_node_get_object (base), "from"), "at"),
                   ==, "2026-11-22T10:00:00Z");
}

/* @text with the @nth occurrence (from 0) of @from replaced by @to */
static char *
replace_nth (const char *text,
             const char *from,
             const char *to,
             guint       nth)
{
  const char *at = text;

  for (guint i = 0; at != NULL && i <= nth; i++)
    at = strstr (i == 0 ? at : at + 1, from);
  g_assert_nonnull (at);
  return g_strdup_printf ("%.*s%s%s", (int) (at - text), text, to, at + strlen (from));
}

/* What the JSON reader says of @text read whole, as the import says it */
static char *
said_of_whole (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) error = NULL;
  guint line, column;
  int rest = 0;

  g_assert_false (json_parser_load_from_data (parser, text, -1, &error));
  g_assert_cmpint (sscanf (error->message, "<data>:%u:%u: %n", &line, &column, &rest), ==, 2);
  g_assert_cmpint (rest, >, 0);
  return g_strdup_printf ("load: Line %u, column %u: this is not valid JSON (%s).", line, column,
                          error->message + rest);
}

/* Broken deep inside a large document: said where in the whole file. */
static void
test_large_broken (void)
{
  g_autofree char *text = large_document ();
  guint n_before = 0, n_checkins = 0;
  struct
  {
    const char *from, *to;
    guint       nth;
  } breaks[] = {
    { "\"confidence\" : ", "\"confidence\" :: ", 0 },
    { "\"confidence\" : ", "\"confidence\" :: ", 0 },
    { "\"confidence\" : ", "\"confidence\" : [ ", 0 },
    { "},\n    {", "}\n    {", 0 },
    { "},\n    {", "}, x\n    {", 0 },
    { "\n    }\n  ],\n  \"action_plans\"", "\n    },\n  ],\n  \"action_plans\"", 0 },
    { "\"note\" : \"", "\"note\" : \"\\ud800", 0 },
    { "\"workshop_notes\" : [", "\"workshop_notes\" : [ , ", 0 },
  };

  /* Key results have a confidence too, before the check-ins. */
  for (const char *p = strstr (text, "\"confidence\" : "); p != NULL;
       p = strstr (p + 1, "\"confidence\" : "))
    {
      if (p < strstr (text, "\"checkins\" : ["))
        n_before++;
      else if (p < strstr (text, "\"action_plans\" : "))
        n_checkins++;
    }
  g_assert_cmpuint (n_checkins, >, 5000);
  breaks[0].nth = n_before;
  breaks[1].nth = n_before + n_checkins / 2;
  breaks[2].nth = n_before + n_checkins - 1;
  breaks[3].nth = 4000;
  breaks[4].nth = 2500;
  breaks[6].nth = 3000;

  for (guint i = 0; i < G_N_ELEMENTS (breaks); i++)
    {
      g_autofree char *broken = replace_nth (text, breaks[i].from, breaks[i].to, breaks[i].nth);
      g_autofree char *said = what_import_says ("large.json", broken, strlen (broken));
      g_autofree char *expected = said_of_whole (broken);

      g_assert_cmpstr (said, ==, expected);
    }

  /* A problem of content names the record's place in its array. */
  {
    guint k = n_checkins - 2;
    g_autofree char *wrong = replace_nth (text, "\"confidence\" : ", "\"confidence\" : 99",
                                          n_before + k);
    g_autofree char *unknown = replace_nth (wrong, "\"confidence\" : ", "\"x\" : 1, \"confidence\" : ",
                                            n_before + k + 1);
    g_autofree char *said = what_import_says ("large.json", unknown, strlen (unknown));
    g_autofree char *expected = g_strdup_printf (
      "prepare: $.checkins[%1$u].confidence: Expected a whole number from 0 to 10, or null. "
      "(and 1 more problem)\n"
      "$.checkins[%1$u].confidence: Expected a whole number from 0 to 10, or null.\n"
      "$.checkins[%2$u].x: A checkin has no member “x”.", k, k + 1);

    g_assert_cmpstr (said, ==, expected);
  }
}

int
main (int    argc,
      char **argv)
{
  lds_test_init (&argc, &argv);

  g_test_add_func ("/import-json/broken", test_broken);
  g_test_add_func ("/import-json/odd", test_odd);
  g_test_add_func ("/import-json/doc", test_doc);
  g_test_add_func ("/import-json/large", test_large);
  g_test_add_func ("/import-json/large-broken", test_large_broken);

  return g_test_run ();
}
