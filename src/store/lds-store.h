/* lds-store.h: one organisation's OKRs in one SQLite file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An LdsStore is an open ".lodestar" file. Every change is an *action*: one
 * transaction, committed at once, recorded with SQLite's session extension so
 * that it can be undone and redone. Callers group several writes into one
 * action with lds_store_begin() / lds_store_commit(); a write made outside an
 * action is an action of its own. After each action (and each undo or redo)
 * the store emits ::changed with what changed.
 */

#pragma once

#include <gio/gio.h>

#include "lds-file-settings.h"
#include "lds-records.h"

G_BEGIN_DECLS

#define LDS_STORE_ERROR (lds_store_error_quark ())

typedef enum
{
  LDS_STORE_ERROR_NOT_FOUND,      /* the file does not exist */
  LDS_STORE_ERROR_EMPTY,          /* the file is empty */
  LDS_STORE_ERROR_NOT_SQLITE,     /* not an SQLite database at all */
  LDS_STORE_ERROR_NOT_LODESTAR,   /* an SQLite database of another program */
  LDS_STORE_ERROR_TOO_NEW,        /* made by a newer Lodestar */
  LDS_STORE_ERROR_DAMAGED,        /* truncated, corrupt or altered */
  LDS_STORE_ERROR_READ_ONLY,      /* cannot be written */
  LDS_STORE_ERROR_BUSY,           /* locked by another program for too long */
  LDS_STORE_ERROR_INVALID,        /* a value the store refuses */
  LDS_STORE_ERROR_CONSTRAINT,     /* a record still in use, a missing reference */
  LDS_STORE_ERROR_NO_RECORD,      /* no record with that id or uuid */
  LDS_STORE_ERROR_UNDO,           /* nothing to undo, or undo would overwrite other changes */
  LDS_STORE_ERROR_FAILED,
} LdsStoreError;

typedef enum
{
  LDS_STORE_OPEN_DEFAULT   = 0,
  LDS_STORE_OPEN_CREATE    = 1 << 0,  /* create the file when it does not exist */
  LDS_STORE_OPEN_READ_ONLY = 1 << 1,  /* never write: check, export, reports; each
                                       * table's pages are checked when first read */
  LDS_STORE_OPEN_CHECK_IN_BACKGROUND = 1 << 2,  /* check the pages in a thread after opening
                                                 * (the first change waits for it) */
} LdsStoreOpenFlags;

/* The schema version this build writes. */
#define LDS_SCHEMA_VERSION 3

/* PRAGMA application_id of every Lodestar file: "LDST". */
#define LDS_APPLICATION_ID 0x4c445354

typedef enum
{
  LDS_CHANGE_INSERT,
  LDS_CHANGE_UPDATE,
  LDS_CHANGE_DELETE,
} LdsChangeOp;

typedef struct
{
  LdsRecordType type;
  LdsChangeOp   op;
  LdsId         id;
} LdsChange;

/* What one action, undo, redo or outside writer changed. */
typedef struct
{
  guint    types;       /* a bit (1 << LdsRecordType) per type touched */
  gboolean settings;    /* the file's settings changed */
  gboolean everything;  /* anything may have changed (another process wrote) */
  GArray  *changes;     /* LdsChange, in the order they happened */
} LdsChanges;

typedef struct
{
  LdsRecordType  type;
  LdsId          id;
  char          *text;   /* the record's title or name */
} LdsSearchHit;

typedef struct
{
  int     schema_version;
  gint64  counts[LDS_N_RECORD_TYPES];
} LdsStoreSummary;

#define LDS_TYPE_STORE (lds_store_get_type ())

G_DECLARE_FINAL_TYPE (LdsStore, lds_store, LDS, STORE, GObject)

GQuark       lds_store_error_quark      (void);
GType        lds_changes_get_type       (void) G_GNUC_CONST;
gboolean     lds_changes_has_type       (const LdsChanges   *changes,
                                         LdsRecordType       type);

LdsStore    *lds_store_open             (const char         *path,
                                         LdsStoreOpenFlags   flags,
                                         GError            **error);
LdsStore    *lds_store_new_in_memory    (GError            **error);
const char  *lds_store_get_path         (LdsStore           *self);
gboolean     lds_store_is_read_only     (LdsStore           *self);
gboolean     lds_store_verify           (LdsStore           *self,
                                         GError            **error);
gboolean     lds_store_get_summary      (LdsStore           *self,
                                         LdsStoreSummary    *summary,
                                         GError            **error);
char        *lds_store_get_backup_path  (LdsStore           *self);
gboolean     lds_store_is_checking      (LdsStore           *self);
void         lds_store_start_background_check (LdsStore     *self);
gboolean     lds_store_wait_for_check   (LdsStore           *self,
                                         GError            **error);
const GError *lds_store_get_damage      (LdsStore           *self);
void         lds_store_watch_others     (LdsStore           *self,
                                         gboolean            watch);
gboolean     lds_store_check_others     (LdsStore           *self);

/* Actions */
gboolean     lds_store_begin            (LdsStore           *self,
                                         const char         *action_name,
                                         GError            **error);
gboolean     lds_store_commit           (LdsStore           *self,
                                         GError            **error);
void         lds_store_rollback         (LdsStore           *self);
gboolean     lds_store_in_action        (LdsStore           *self);

/* Undo and redo */
gboolean     lds_store_can_undo         (LdsStore           *self);
gboolean     lds_store_can_redo         (LdsStore           *self);
const char  *lds_store_get_undo_name    (LdsStore           *self);
const char  *lds_store_get_redo_name    (LdsStore           *self);
gboolean     lds_store_undo             (LdsStore           *self,
                                         GError            **error);
gboolean     lds_store_redo             (LdsStore           *self,
                                         GError            **error);
void         lds_store_clear_history    (LdsStore           *self);

/* Records, generically (see lds-records.h for the types) */
gboolean     lds_store_insert           (LdsStore           *self,
                                         LdsRecordType       type,
                                         gpointer            record,
                                         GError            **error);
gboolean     lds_store_update           (LdsStore           *self,
                                         LdsRecordType       type,
                                         gpointer            record,
                                         GError            **error);
gboolean     lds_store_delete           (LdsStore           *self,
                                         LdsRecordType       type,
                                         LdsId               id,
                                         GError            **error);
gpointer     lds_store_get              (LdsStore           *self,
                                         LdsRecordType       type,
                                         LdsId               id,
                                         GError            **error);
gpointer     lds_store_get_by_uuid      (LdsStore           *self,
                                         LdsRecordType       type,
                                         const char         *uuid,
                                         GError            **error);
GPtrArray   *lds_store_list             (LdsStore           *self,
                                         LdsRecordType       type,
                                         GError            **error);
GPtrArray   *lds_store_list_by          (LdsStore           *self,
                                         LdsRecordType       type,
                                         const char         *ref_field,
                                         LdsId               ref_id,
                                         GError            **error);
gint64       lds_store_count            (LdsStore           *self,
                                         LdsRecordType       type);

/* Settings of the organisation file */
void         lds_store_get_file_settings (LdsStore              *self,
                                          LdsFileSettings       *settings);
gboolean     lds_store_set_file_settings (LdsStore              *self,
                                          const LdsFileSettings *settings,
                                          GError               **error);

/* Full-text search over names, titles, descriptions and notes */
GPtrArray   *lds_store_search           (LdsStore           *self,
                                         const char         *query,
                                         guint               limit,
                                         GError            **error);
void         lds_search_hit_free        (LdsSearchHit       *hit);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LdsSearchHit, lds_search_hit_free)

G_END_DECLS
