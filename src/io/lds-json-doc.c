/* lds-json-doc.c: a JSON document read member by member, element by element
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The scanner knows only plain JSON's structure: white space, strings with
 * their escapes, brackets and braces, commas and colons. Where it meets
 * anything else it gives up and the document is read whole by json-glib,
 * which reads a few things beyond JSON (comments, single quotes, "var x =",
 * more than one document) and must stay the judge of what a document
 * holds. Each value the scanner finds is read by json-glib as the element
 * of an array ("[" value "]"), which succeeds only when json-glib too
 * reads exactly one value there, ending where the scanner says; read on
 * its own later, it gives the same value as in the whole document.
 */

#define G_LOG_DOMAIN "lds-json-doc"

#include "config.h"

#include <string.h>

#include "lds-json-doc.h"

/* Where a value lies in the document: bytes start to end, end excluded */
typedef struct
{
  gsize start;
  gsize end;
} Span;

typedef struct
{
  JsonNode *node;       /* the value; an array read element by element holds none */
  Span      span;       /* where the value lies, once it read well; else 0, 0 */
  GArray   *elements;   /* Span: where each element lies, for such an array; else NULL */
} Member;

struct _LdsJsonDoc
{
  GBytes     *bytes;
  const char *data;
  gsize       length;
  GHashTable *members;  /* name → Member, when read member by member */
  JsonNode   *root;     /* when read whole */
  JsonParser *parser;   /* reads elements */
};

static void
member_free (gpointer data)
{
  Member *member = data;

  g_clear_pointer (&member->node, json_node_unref);
  g_clear_pointer (&member->elements, g_array_unref);
  g_free (member);
}

/* Scanning */

static inline gboolean
is_space (char c)
{
  return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

static gsize
skip_space (const char *d,
            gsize       i,
            gsize       n)
{
  while (i < n && is_space (d[i]))
    i++;
  return i;
}

/* Past the closing quote of the string that opens at @i; 0 when it does not end. */
static gsize
string_end (const char *d,
            gsize       i,
            gsize       n)
{
  for (i++; i < n; i++)
    {
      if (d[i] == '\\')
        i++;
      else if (d[i] == '"')
        return i + 1;
    }
  return 0;
}

/* Past a member's name that opens at @i: a string without escapes or
 * control characters (json-glib reads escapes its own way); 0 when it is
 * none. */
static gsize
name_end (const char *d,
          gsize       i,
          gsize       n)
{
  if (i >= n || d[i] != '"')
    return 0;
  for (i++; i < n; i++)
    {
      guchar c = d[i];

      if (c == '"')
        return i + 1;
      if (c == '\\' || c < 0x20)
        return 0;
    }
  return 0;
}

/* Past the value that starts at @i; 0 when the scanner cannot tell. */
static gsize
value_end (const char *d,
           gsize       i,
           gsize       n)
{
  gsize start = i, depth = 0;

  if (i >= n)
    return 0;
  switch (d[i])
    {
    case '"':
      return string_end (d, i, n);

    case '{':
    case '[':
      for (; i < n; i++)
        switch (d[i])
          {
          case '"':
            i = string_end (d, i, n);
            if (i == 0)
              return 0;
            i--;
            break;
          case '{':
          case '[':
            depth++;
            break;
          case '}':
          case ']':
            if (--depth == 0)
              return i + 1;
            break;
          case '\'':
          case '/':
            return 0;
          default:
            break;
          }
      return 0;

    default:
      /* A number or a word */
      for (; i < n; i++)
        {
          char c = d[i];

          if (is_space (c) || c == ',' || c == '}' || c == ']')
            break;
          if (c == '"' || c == '\'' || c == '/' || c == '{' || c == '[')
            return 0;
        }
      return i > start ? i : 0;
    }
}

/* json-glib's reading of @span as an array's only element; NULL unless it
 * reads as exactly one value there. The node lives until @parser reads
 * again. */
static JsonNode *
read_alone (JsonParser *parser,
            GString    *scratch,
            const char *d,
            Span        span)
{
  JsonNode *root;

  g_string_truncate (scratch, 0);
  g_string_append_c (scratch, '[');
  g_string_append_len (scratch, d + span.start, (gssize) (span.end - span.start));
  g_string_append_c (scratch, ']');
  if (!json_parser_load_from_data (parser, scratch->str, (gssize) scratch->len, NULL))
    return NULL;
  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_ARRAY (root) ||
      json_array_get_length (json_node_get_array (root)) != 1)
    return NULL;
  return json_array_get_element (json_node_get_array (root), 0);
}

/* The array that opens at *@i, element by element; *@i ends past it. */
static gboolean
scan_array (LdsJsonDoc *doc,
            Member     *member,
            JsonParser *parser,
            GString    *scratch,
            gsize      *i)
{
  const char *d = doc->data;
  gsize n = doc->length;
  gsize at = skip_space (d, *i + 1, n);

  member->node = json_node_init_array (json_node_alloc (), NULL);
  json_node_take_array (member->node, json_array_new ());
  member->elements = g_array_new (FALSE, FALSE, sizeof (Span));
  if (at < n && d[at] == ']')
    {
      *i = at + 1;
      return TRUE;
    }
  for (;;)
    {
      Span span = { at, value_end (d, at, n) };

      if (span.end == 0 || read_alone (parser, scratch, d, span) == NULL)
        return FALSE;
      g_array_append_val (member->elements, span);
      at = skip_space (d, span.end, n);
      if (at < n && d[at] == ',')
        at = skip_space (d, at + 1, n);
      else if (at < n && d[at] == ']')
        {
          *i = at + 1;
          return TRUE;
        }
      else
        return FALSE;
    }
}

/* The document as one object of members; FALSE when it is not that, or
 * json-glib finds something wrong, or the scanner cannot follow it. What
 * was read so far stays in doc->members. */
static gboolean
scan (LdsJsonDoc *doc)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GString) scratch = g_string_new (NULL);
  const char *d = doc->data;
  gsize n = doc->length;
  gsize i = skip_space (d, 0, n);

  if (i >= n || d[i] != '{')
    return FALSE;
  i = skip_space (d, i + 1, n);
  if (i < n && d[i] == '}')
    return skip_space (d, i + 1, n) == n;

  for (;;)
    {
      gsize end = name_end (d, i, n);
      Member *member;

      if (end == 0)
        return FALSE;
      member = g_new0 (Member, 1);
      /* Named twice, the last one counts, as in json-glib. */
      g_hash_table_replace (doc->members, g_strndup (d + i + 1, end - i - 2), member);
      i = skip_space (d, end, n);
      if (i >= n || d[i] != ':')
        return FALSE;
      i = skip_space (d, i + 1, n);
      if (i < n && d[i] == '[')
        {
          if (!scan_array (doc, member, parser, scratch, &i))
            return FALSE;
        }
      else
        {
          Span span = { i, value_end (d, i, n) };
          JsonNode *value;

          if (span.end == 0 || (value = read_alone (parser, scratch, d, span)) == NULL)
            return FALSE;
          member->node = json_node_ref (value);
          member->span = span;
          i = span.end;
        }

      i = skip_space (d, i, n);
      if (i < n && d[i] == ',')
        i = skip_space (d, i + 1, n);
      else if (i < n && d[i] == '}')
        return skip_space (d, i + 1, n) == n;
      else
        return FALSE;
    }
}

/* Reading whole */

/* Blanks out the object or array at @span in @text, a copy of the
 * document: its brackets stay, what lies between them becomes spaces but
 * for line breaks. json-glib then reads an empty value there, and counts
 * lines and columns after it as in the document. */
static gboolean
blank (char       *text,
       const Span *span)
{
  if (span->end == 0 || (text[span->start] != '{' && text[span->start] != '['))
    return FALSE;
  for (gsize i = span->start + 1; i + 1 < span->end; i++)
    if (text[i] != '\n' && text[i] != '\r')
      text[i] = ' ';
  return TRUE;
}

/* Reads the document as one tree. A broken one is read first with what
 * the scanner read well blanked out: json-glib finds the same fault, at the
 * same line and column, without building the tree of everything before it. */
static gboolean
read_whole (LdsJsonDoc  *doc,
            GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autofree char *skeleton = g_memdup2 (doc->data, doc->length);
  gboolean blanked = FALSE;
  GHashTableIter iter;
  Member *member;

  g_hash_table_iter_init (&iter, doc->members);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &member))
    {
      blanked |= blank (skeleton, &member->span);
      for (guint i = 0; member->elements != NULL && i < member->elements->len; i++)
        blanked |= blank (skeleton, &g_array_index (member->elements, Span, i));
    }
  g_clear_pointer (&doc->members, g_hash_table_unref);

  if (blanked && !json_parser_load_from_data (parser, skeleton, (gssize) doc->length, error))
    return FALSE;
  g_clear_pointer (&skeleton, g_free);
  if (!json_parser_load_from_data (parser, doc->data, (gssize) doc->length, error))
    return FALSE;
  doc->root = json_parser_steal_root (parser);
  return TRUE;
}

/* Public API */

/**
 * lds_json_doc_new:
 * @bytes: the document, which the document keeps
 *
 * Reads the document: every value and element is parsed once.
 *
 * Returns: (transfer full) (nullable): the document, or %NULL with
 *   json-glib's error for the whole document ("<data>:LINE:COLUMN: …")
 */
LdsJsonDoc *
lds_json_doc_new (GBytes  *bytes,
                  GError **error)
{
  g_autoptr(LdsJsonDoc) doc = g_new0 (LdsJsonDoc, 1);

  g_return_val_if_fail (bytes != NULL, NULL);

  doc->bytes = g_bytes_ref (bytes);
  doc->data = g_bytes_get_data (bytes, &doc->length);
  if (doc->data == NULL)
    doc->data = "";
  doc->members = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, member_free);
  if (!scan (doc) && !read_whole (doc, error))
    return NULL;
  return g_steal_pointer (&doc);
}

void
lds_json_doc_free (LdsJsonDoc *doc)
{
  if (doc == NULL)
    return;
  g_clear_pointer (&doc->members, g_hash_table_unref);
  g_clear_pointer (&doc->root, json_node_unref);
  g_clear_object (&doc->parser);
  g_bytes_unref (doc->bytes);
  g_free (doc);
}

/* Whether the document is one object (the others hold no members) */
gboolean
lds_json_doc_holds_object (LdsJsonDoc *doc)
{
  g_return_val_if_fail (doc != NULL, FALSE);

  return doc->members != NULL || (doc->root != NULL && JSON_NODE_HOLDS_OBJECT (doc->root));
}

/* Whether the document was read as one tree (the scanner could not follow
 * it), rather than value by value */
gboolean
lds_json_doc_is_whole (LdsJsonDoc *doc)
{
  g_return_val_if_fail (doc != NULL, FALSE);

  return doc->members == NULL;
}

/**
 * lds_json_doc_get_member:
 *
 * Returns: (transfer none) (nullable): the value of the member @name of
 *   the document; an array holds no elements here: see
 *   lds_json_doc_read_element()
 */
JsonNode *
lds_json_doc_get_member (LdsJsonDoc *doc,
                         const char *name)
{
  Member *member;

  g_return_val_if_fail (doc != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  if (doc->members == NULL)
    return doc->root != NULL && JSON_NODE_HOLDS_OBJECT (doc->root)
             ? json_object_get_member (json_node_get_object (doc->root), name)
             : NULL;
  member = g_hash_table_lookup (doc->members, name);
  return member != NULL ? member->node : NULL;
}

/* How many elements the array member @name has; 0 when it is no array */
guint
lds_json_doc_get_n_elements (LdsJsonDoc *doc,
                             const char *name)
{
  JsonNode *node;
  Member *member;

  g_return_val_if_fail (doc != NULL, 0);
  g_return_val_if_fail (name != NULL, 0);

  if (doc->members == NULL)
    {
      node = lds_json_doc_get_member (doc, name);
      return node != NULL && JSON_NODE_HOLDS_ARRAY (node)
               ? json_array_get_length (json_node_get_array (node))
               : 0;
    }
  member = g_hash_table_lookup (doc->members, name);
  return member != NULL && member->elements != NULL ? member->elements->len : 0;
}

/**
 * lds_json_doc_read_element:
 * @index: below lds_json_doc_get_n_elements()
 *
 * Returns: (transfer full): element @index of the array member @name
 */
JsonNode *
lds_json_doc_read_element (LdsJsonDoc *doc,
                           const char *name,
                           guint       index)
{
  g_autoptr(GError) error = NULL;
  Member *member;
  Span *span;

  g_return_val_if_fail (doc != NULL, NULL);
  g_return_val_if_fail (index < lds_json_doc_get_n_elements (doc, name), NULL);

  if (doc->members == NULL)
    return json_node_ref (json_array_get_element (
      json_node_get_array (lds_json_doc_get_member (doc, name)), index));

  member = g_hash_table_lookup (doc->members, name);
  span = &g_array_index (member->elements, Span, index);
  if (doc->parser == NULL)
    doc->parser = json_parser_new ();
  if (!json_parser_load_from_data (doc->parser, doc->data + span->start,
                                   (gssize) (span->end - span->start), &error))
    {
      /* It was read once already: the bytes cannot have changed. */
      g_critical ("An element of “%s” no longer reads: %s", name, error->message);
      return json_node_new (JSON_NODE_NULL);
    }
  return json_parser_steal_root (doc->parser);
}
