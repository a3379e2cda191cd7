/* lds-import.h: bringing CSV and JSON files into an organisation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An import happens in three steps, so that a person (or `--check`) can see
 * what it would do before anything is written:
 *
 *   lds_import_load_*()   reads the file: encoding, CSV quoting, JSON syntax;
 *   lds_import_prepare()  plans it against a store: what will be created,
 *                         updated or left alone, every problem with its line
 *                         and column (CSV) or JSON path, and the conflicts of
 *                         a merge (records changed on both sides since the
 *                         export they share) for a person to resolve;
 *   lds_import_apply()    writes the plan as one store action: everything
 *                         or nothing.
 *
 * Both formats become the same plan (records in UUID space) and go through
 * the same checks and the same writing code.
 */

#pragma once

#include "lds-store.h"

G_BEGIN_DECLS

#define LDS_IMPORT_ERROR (lds_import_error_quark ())

typedef enum
{
  LDS_IMPORT_ERROR_READ,       /* the file cannot be read */
  LDS_IMPORT_ERROR_ENCODING,   /* not UTF-8 */
  LDS_IMPORT_ERROR_SYNTAX,     /* malformed or truncated */
  LDS_IMPORT_ERROR_INVALID,    /* well-formed, but its content has problems */
  LDS_IMPORT_ERROR_CONFLICT,   /* conflicts of a merge are not resolved yet */
  LDS_IMPORT_ERROR_FAILED,
} LdsImportError;

typedef enum
{
  LDS_IMPORT_FORMAT_UNKNOWN,
  LDS_IMPORT_FORMAT_CSV,
  LDS_IMPORT_FORMAT_JSON,
} LdsImportFormat;

/* What the import does with one record. */
typedef enum
{
  LDS_IMPORT_OP_CREATE,     /* new here */
  LDS_IMPORT_OP_UPDATE,     /* changed there only: take it */
  LDS_IMPORT_OP_SAME,       /* nothing to do (equal, or changed here only) */
  LDS_IMPORT_OP_CONFLICT,   /* changed on both sides: a person chooses */
  LDS_IMPORT_N_OPS
} LdsImportOp;

typedef enum
{
  LDS_IMPORT_UNDECIDED,
  LDS_IMPORT_KEEP_MINE,     /* keep this file's version */
  LDS_IMPORT_TAKE_THEIRS,   /* take the imported version */
} LdsImportResolution;

/* A problem, where it lies and what was expected. */
typedef struct
{
  guint  line;       /* CSV: 1-based; 0 when not known */
  guint  column;     /* CSV: the field's 1-based number; 0 when not known */
  char  *path;       /* JSON: such as "$.objectives[3].title"; NULL for CSV */
  char  *message;    /* translated */
} LdsImportProblem;

/* One record of the plan, as the preview lists it. */
typedef struct
{
  LdsRecordType  type;
  LdsImportOp    op;
  const char    *uuid;
  const char    *title;     /* the record's name or title, or a short description */
  const char    *where;     /* "line 4" or a JSON path */
} LdsImportEntry;

/* A field that differs between this file and the imported one. */
typedef struct
{
  const char *field;
  char       *mine;        /* as text, for people; "" when unset */
  char       *theirs;
} LdsImportDifference;

#define LDS_TYPE_IMPORT (lds_import_get_type ())

G_DECLARE_FINAL_TYPE (LdsImport, lds_import, LDS, IMPORT, GObject)

GQuark           lds_import_error_quark       (void);

LdsImport       *lds_import_new               (void);
LdsImportFormat  lds_import_format_for_name   (const char        *filename,
                                               const char        *data,
                                               gsize              length);
gboolean         lds_import_load_file         (LdsImport         *self,
                                               const char        *path,
                                               GError           **error);
gboolean         lds_import_load_data         (LdsImport         *self,
                                               const char        *name,
                                               LdsImportFormat    format,
                                               const char        *data,
                                               gsize              length,
                                               GError           **error);
const char      *lds_import_get_name          (LdsImport         *self);
LdsImportFormat  lds_import_get_format        (LdsImport         *self);

gboolean         lds_import_prepare           (LdsImport         *self,
                                               LdsStore          *store,
                                               GError           **error);
GPtrArray       *lds_import_get_problems      (LdsImport         *self);
char            *lds_import_format_problem    (LdsImport         *self,
                                               const LdsImportProblem *problem);
guint            lds_import_count             (LdsImport         *self,
                                               LdsRecordType      type,
                                               LdsImportOp        op);
guint            lds_import_get_n_entries     (LdsImport         *self);
gboolean         lds_import_get_entry         (LdsImport         *self,
                                               guint              index,
                                               LdsImportEntry    *entry);
GPtrArray       *lds_import_get_differences   (LdsImport         *self,
                                               guint              index);
guint            lds_import_get_n_conflicts   (LdsImport         *self);
gboolean         lds_import_get_conflict      (LdsImport         *self,
                                               guint              index,
                                               LdsImportEntry    *entry);
guint            lds_import_get_n_undecided   (LdsImport         *self);
void             lds_import_resolve           (LdsImport         *self,
                                               guint              index,
                                               LdsImportResolution resolution);
void             lds_import_resolve_all       (LdsImport         *self,
                                               LdsImportResolution resolution);
LdsImportResolution lds_import_get_resolution (LdsImport         *self,
                                               guint              index);
char            *lds_import_describe_source   (LdsImport         *self);
gboolean         lds_import_has_changes       (LdsImport         *self);

gboolean         lds_import_apply             (LdsImport         *self,
                                               LdsStore          *store,
                                               GError           **error);

void             lds_import_difference_free   (LdsImportDifference *difference);
const char      *lds_import_type_label        (LdsRecordType      type);
const char      *lds_import_field_label       (LdsRecordType      type,
                                               const char        *field);

G_END_DECLS
