/* lds-store-private.h: what the store's own files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Nothing outside src/store includes this file: SQL stays in the store.
 */

#pragma once

#include <sqlite3.h>

#include "lds-store.h"

G_BEGIN_DECLS

typedef struct _LdsStoreCheck LdsStoreCheck;

typedef struct
{
  char   *name;
  void   *changeset;
  int     size;
} LdsUndoEntry;

struct _LdsStore
{
  GObject           parent_instance;

  sqlite3          *db;
  char             *path;              /* NULL in memory */
  char             *backup_path;       /* the copy taken before migrating, if one was */
  gboolean          read_only;

  /* The action under way */
  int               action_depth;
  char             *action_name;
  sqlite3_session  *session;
  gboolean          action_failed;
  gboolean          action_untracked;
  gboolean          settings_touched;

  GPtrArray        *undo_stack;        /* LdsUndoEntry, newest last */
  GPtrArray        *redo_stack;

  GHashTable       *statements;        /* SQL text → sqlite3_stmt */

  gint64            data_version;
  guint             watch_id;

  LdsStoreCheck    *check;             /* the page check running in the background */
  GError           *damage;            /* what the check found, when the file is damaged */

  /* Opened read-only: each table's pages are checked when it is first read
   * (lds-store-check.c). NULL when every page was checked on opening. */
  GHashTable       *unchecked;         /* table → GStrv: the tables to check before it is read */
  GPtrArray        *refused;           /* tables a statement was refused for, until checked */
  GHashTable       *read_indexes;      /* indexes read through alone (see _lds_store_prepare_index) */
  const char       *through_index;     /* the table a statement being prepared reads through one */
};

/* lds-store.c */
sqlite3_stmt *_lds_store_prepare        (LdsStore     *self,
                                         const char   *sql,
                                         GError      **error);
sqlite3_stmt *_lds_store_prepare_new    (LdsStore     *self,
                                         const char   *sql,
                                         unsigned int  flags,
                                         const char   *failed,
                                         GError      **error);
gboolean      _lds_store_exec           (LdsStore     *self,
                                         const char   *sql,
                                         GError      **error);
gboolean      _lds_store_run_check      (LdsStore     *self,
                                         const char   *pragma,
                                         GError      **error);
void          _lds_store_set_sqlite_error (LdsStore   *self,
                                           GError    **error,
                                           int         rc,
                                           const char *failed);
void          _lds_store_emit_changed   (LdsStore     *self,
                                         LdsChanges   *changes);
void          _lds_store_notify_history (LdsStore     *self);
void          _lds_store_notify_damaged (LdsStore     *self);
LdsChanges   *_lds_changes_new          (void);
void          _lds_changes_free         (LdsChanges   *changes);

/* lds-store-check.c */
void          _lds_store_start_check    (LdsStore     *self,
                                         const char   *uri);
gboolean      _lds_store_check_passed   (LdsStore     *self,
                                         GError      **error);
void          _lds_store_stop_check     (LdsStore     *self);
gboolean      _lds_store_check_when_read (LdsStore    *self,
                                          GError     **error);
gboolean      _lds_store_check_refused  (LdsStore     *self,
                                         GError      **error);
sqlite3_stmt *_lds_store_prepare_index  (LdsStore     *self,
                                         const char   *sql,
                                         const char   *table,
                                         const char   *index,
                                         GError      **error);
void          _lds_store_checked_all    (LdsStore     *self);

/* lds-store-okr.c */
gboolean      _lds_store_finish         (LdsStore      *store,
                                         gboolean       ok,
                                         GError       **error);
void          _lds_store_reset_header   (gpointer       record);
int           _lds_store_next_position  (LdsStore      *store,
                                         LdsRecordType  type,
                                         gconstpointer  record,
                                         GError       **error);

/* lds-store-schema.c */
int           _lds_store_schema_latest  (void);
gboolean      _lds_store_migrate        (sqlite3      *db,
                                         int           from_version,
                                         int           to_version,
                                         GError      **error);
GString      *_lds_store_schema_dump    (sqlite3      *db);
GString      *_lds_store_schema_reference (int         version);
gboolean      _lds_store_schema_matches (sqlite3      *db,
                                         int           version,
                                         char        **difference);

/* lds-store-undo.c */
void          _lds_undo_entry_free      (LdsUndoEntry *entry);
LdsChanges   *_lds_changes_from_changeset (int         size,
                                           void       *changeset);

/* lds-store-search.c */
gboolean      _lds_store_index_changes  (LdsStore          *self,
                                         const LdsChanges  *changes,
                                         GError           **error);
gboolean      _lds_store_rebuild_index  (LdsStore          *self,
                                         GError           **error);

/* lds-store-records.c */
gpointer      _lds_store_read_row       (LdsRecordType  type,
                                         sqlite3_stmt  *stmt);
char         *_lds_store_select_sql     (LdsRecordType  type,
                                         const char    *where);

/* lds-store-history.c */
GPtrArray    *_lds_store_read_all       (LdsStore      *self,
                                         LdsRecordType  type,
                                         sqlite3_stmt  *stmt,
                                         GError       **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LdsChanges, _lds_changes_free)

G_END_DECLS
