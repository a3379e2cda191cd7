/* lds-json-doc.h: a JSON document read member by member, element by element
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A Lodestar JSON document (README.md, "JSON files") is one object: a few
 * small members, and long arrays of flat records. Read as one tree it
 * takes six times its size in memory. Read with this, what stays is the
 * document's bytes, the values of its members, and where each element of
 * its arrays lies; an element is parsed when it is asked for, and freed by
 * whoever asked.
 *
 * json-glib stays the parser. A small scanner walks the document's top
 * level and its arrays, stepping over strings and nested values; each
 * value and element it finds is parsed by json-glib on its own, once, when
 * the document is read, so a document that reads is one json-glib reads
 * whole, with the same values. A document json-glib refuses gets the error
 * json-glib gives for the whole file, with its line and column: it is read
 * whole again, with every element that parsed on its own blanked out
 * (same bytes, same line breaks) so that it costs little. A document whose
 * structure the scanner does not follow (anything json-glib takes beyond
 * plain JSON: comments, single quotes, escapes in member names, a second
 * document after the first) is simply read whole, as one tree.
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

typedef struct _LdsJsonDoc LdsJsonDoc;

LdsJsonDoc *lds_json_doc_new             (GBytes      *bytes,
                                          GError     **error);
void        lds_json_doc_free            (LdsJsonDoc  *doc);
gboolean    lds_json_doc_holds_object    (LdsJsonDoc  *doc);
gboolean    lds_json_doc_is_whole        (LdsJsonDoc  *doc);
JsonNode   *lds_json_doc_get_member      (LdsJsonDoc  *doc,
                                          const char  *name);
guint       lds_json_doc_get_n_elements  (LdsJsonDoc  *doc,
                                          const char  *name);
JsonNode   *lds_json_doc_read_element    (LdsJsonDoc  *doc,
                                          const char  *name,
                                          guint        index);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LdsJsonDoc, lds_json_doc_free)

G_END_DECLS
