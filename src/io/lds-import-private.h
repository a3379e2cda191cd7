/* lds-import-private.h: what the import's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * lds-import-csv.c and lds-import-json.c each turn their file into items of
 * one plan; lds-import.c checks the plan against the store and writes it.
 */

#pragma once

#include <json-glib/json-glib.h>

#include "lds-csv.h"
#include "lds-import.h"
#include "lds-interchange.h"
#include "lds-json-doc.h"

G_BEGIN_DECLS

/* One record to bring in, in UUID space. */
typedef struct
{
  LdsRecordType        type;
  LdsRecord           *record;       /* uuid set; reference fields left 0 */
  char               **refs;         /* per field of the type: the UUID referred to, or NULL */
  guint                line;         /* CSV: the row's line */
  guint               *columns;      /* CSV: per field, the column it came from (0: none); or NULL */
  gboolean             from_json;    /* read from a JSON document */
  guint                element;      /* JSON: its place in its array ("$.objectives[3]") */
  JsonObject          *json;         /* JSON: the record as it came, when a stored one has its UUID */
  char                *theirs;       /* JSON: fingerprint of the imported values */
  LdsImportOp          op;
  LdsRecord           *local;        /* the record of the same UUID in the store, if any */
  char                *mine;         /* fingerprint of the local record */
  LdsImportResolution  resolution;
  LdsId                new_id;       /* once written */
  guint                index;        /* the order it was read in */
} LdsImportItem;

struct _LdsImport
{
  GObject          parent_instance;

  char            *name;             /* the file's name, for messages */
  LdsImportFormat  format;
  LdsCsvTable     *csv;
  LdsJsonDoc      *json;             /* its records read one at a time, when planned */

  /* The plan, made by lds_import_prepare() */
  LdsSnapshot     *local;            /* the store, read at once */
  GHashTable      *local_by_uuid[LDS_N_RECORD_TYPES];
  GPtrArray       *items;            /* LdsImportItem, in the order they are written */
  GHashTable      *item_by_uuid[LDS_N_RECORD_TYPES];
  GPtrArray       *problems;         /* LdsImportProblem */
  GPtrArray       *conflicts;        /* LdsImportItem, those with op CONFLICT */
  GHashTable      *wheres;           /* LdsImportItem → its JSON path, as entries give it */
  JsonObject      *settings;         /* JSON: the organisation's settings, for a new file */
  JsonObject      *their_base;       /* JSON: fingerprints of the base the export carried */
  JsonObject      *exported;         /* JSON: where and when the export was made */
  gboolean         store_was_empty;
  gboolean         prepared;
};

/* lds-import.c, for the two readers */
LdsImportItem *_lds_import_add_item      (LdsImport      *self,
                                          LdsRecordType   type,
                                          gpointer        record);
void           _lds_import_set_ref       (LdsImportItem  *item,
                                          const char     *field,
                                          const char     *uuid);
void           _lds_import_set_column    (LdsImportItem  *item,
                                          const char     *field,
                                          guint           column);
void           _lds_import_problem       (LdsImport      *self,
                                          guint           line,
                                          guint           column,
                                          const char     *path,
                                          const char     *format,
                                          ...) G_GNUC_PRINTF (5, 6);
LdsRecord     *_lds_import_find          (LdsImport      *self,
                                          LdsRecordType   type,
                                          const char     *uuid,
                                          LdsImportItem **item);
char          *_lds_import_json_path     (LdsRecordType   type,
                                          guint           element,
                                          const char     *member);

/* lds-import-csv.c */
void           _lds_import_plan_csv      (LdsImport      *self);

/* lds-import-json.c */
void           _lds_import_plan_json     (LdsImport      *self);

G_END_DECLS
