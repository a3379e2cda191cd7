/* lds-store.c: opening an organisation file without trusting it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lds-store"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "lds-store-private.h"

enum {
  PROP_0,
  PROP_PATH,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_UNDO_NAME,
  PROP_REDO_NAME,
  PROP_DAMAGED,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (LdsStore, lds_store, G_TYPE_OBJECT)
G_DEFINE_QUARK (lds-store-error-quark, lds_store_error)

#define SQLITE_HEADER "SQLite format 3"

/* How long a write waits for another process's lock before giving up. */
#define BUSY_TIMEOUT_MS 3000

static LdsChanges *
changes_copy (const LdsChanges *changes)
{
  LdsChanges *copy = _lds_changes_new ();

  copy->types = changes->types;
  copy->settings = changes->settings;
  copy->everything = changes->everything;
  g_array_append_vals (copy->changes, changes->changes->data, changes->changes->len);
  return copy;
}

G_DEFINE_BOXED_TYPE (LdsChanges, lds_changes, changes_copy, _lds_changes_free)

LdsChanges *
_lds_changes_new (void)
{
  LdsChanges *changes = g_new0 (LdsChanges, 1);

  changes->changes = g_array_new (FALSE, FALSE, sizeof (LdsChange));
  return changes;
}

void
_lds_changes_free (LdsChanges *changes)
{
  if (changes == NULL)
    return;
  g_array_unref (changes->changes);
  g_free (changes);
}

gboolean
lds_changes_has_type (const LdsChanges *changes,
                      LdsRecordType     type)
{
  g_return_val_if_fail (changes != NULL, FALSE);

  return changes->everything || (changes->types & (1u << type)) != 0;
}

void
_lds_store_emit_changed (LdsStore   *self,
                         LdsChanges *changes)
{
  g_signal_emit (self, signals[CHANGED], 0, changes);
}

void
_lds_store_notify_history (LdsStore *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNDO_NAME]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REDO_NAME]);
}

void
_lds_store_notify_damaged (LdsStore *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DAMAGED]);
}

/* Errors */

static char *
display_name (const char *path)
{
  return path != NULL ? g_filename_display_name (path) : g_strdup (_("the organisation"));
}

/* @failed: a whole sentence saying what could not be done, used when no
 * more specific message fits. */
void
_lds_store_set_sqlite_error (LdsStore    *self,
                             GError     **error,
                             int          rc,
                             const char  *failed)
{
  g_autofree char *name = display_name (self->path);
  const char *message = self->db != NULL ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc);

  switch (rc & 0xff)
    {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, LDS_STORE_ERROR, LDS_STORE_ERROR_BUSY,
                   /* Translators: %s is a file name */
                   _("“%s” is being changed by another program. Wait a moment and try again."),
                   name);
      break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      g_set_error (error, LDS_STORE_ERROR, LDS_STORE_ERROR_DAMAGED,
                   _("“%s” is damaged and cannot be read."), name);
      break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
      g_set_error (error, LDS_STORE_ERROR, LDS_STORE_ERROR_READ_ONLY,
                   _("“%s” cannot be changed: the file is read-only."), name);
      break;
    case SQLITE_FULL:
      g_set_error (error, LDS_STORE_ERROR, LDS_STORE_ERROR_FAILED,
                   _("The disk holding “%s” is full. Nothing was changed."), name);
      break;
    case SQLITE_CONSTRAINT:
      if (rc == SQLITE_CONSTRAINT_FOREIGNKEY)
        g_set_error_literal (error, LDS_STORE_ERROR, LDS_STORE_ERROR_CONSTRAINT,
                             _("This record is still in use, or refers to one that no longer exists."));
      else if (rc == SQLITE_CONSTRAINT_UNIQUE || rc == SQLITE_CONSTRAINT_PRIMARYKEY)
        g_set_error_literal (error, LDS_STORE_ERROR, LDS_STORE_ERROR_CONSTRAINT,
                             _("This record exists already."));
      else
        g_set_error (error, LDS_STORE_ERROR, LDS_STORE_ERROR_INVALID,
                     /* Translators: %s is SQLite's own description of the rule */
                     _("A value is not allowed here (%s)."), message);
      break;
    default:
      g_set_error (error, LDS_STORE_ERROR, LDS_STORE_ERROR_FAILED,
                   /* Translators: %1$s is a sentence saying what failed, %2$s the file's
                    * name, %3$s the database's own explanation (in English) */
                   _("%1$s (“%2$s”: %3$s)"), failed, name, message);
      break;
    }
}

/* Statements */

sqlite3_stmt *
_lds_store_prepare (LdsStore    *self,
                    const char  *sql,
                    GError     **error)
{
  sqlite3_stmt *stmt;

  stmt = g_hash_table_lookup (self->statements, sql);
  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  stmt = _lds_store_prepare_new (self, sql, SQLITE_PREPARE_PERSISTENT,
                                 _("Could not read the organisation."), error);
  if (stmt == NULL)
    return NULL;
  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

/* A statement the caller keeps (sqlite3_finalize() it), prepared with
 * sqlite3_prepare_v3() @flags. In a file opened read-only, the tables it
 * reads are checked first, if they were not yet (lds-store-check.c).
 * @failed: what to say when it cannot be prepared, as for
 * _lds_store_set_sqlite_error(). */
sqlite3_stmt *
_lds_store_prepare_new (LdsStore      *self,
                        const char    *sql,
                        unsigned int   flags,
                        const char    *failed,
                        GError       **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  for (;;)
    {
      rc = sqlite3_prepare_v3 (self->db, sql, -1, flags, &stmt, NULL);
      if (rc == SQLITE_OK || self->refused == NULL || self->refused->len == 0)
        break;
      if (!_lds_store_check_refused (self, error))
        return NULL;
    }
  if (rc != SQLITE_OK)
    {
      _lds_store_set_sqlite_error (self, error, rc, failed);
      return NULL;
    }
  return stmt;
}

gboolean
_lds_store_exec (LdsStore    *self,
                 const char  *sql,
                 GError     **error)
{
  int rc;

  for (;;)
    {
      rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);
      if (rc == SQLITE_OK || self->refused == NULL || self->refused->len == 0)
        break;
      if (!_lds_store_check_refused (self, error))
        return FALSE;
    }
  if (rc != SQLITE_OK)
    {
      _lds_store_set_sqlite_error (self, error, rc, _("Could not change the organisation."));
      return FALSE;
    }
  return TRUE;
}

/* Looking at a file before SQLite does */

typedef struct
{
  gboolean wal_pending;   /* a -wal file holds changes the header may not show yet */
  gboolean wal_mode;      /* the file is in WAL mode already */
  goffset size;
  int     page_size;
  guint32 page_count;
  gboolean page_count_valid;
  guint32 user_version;
  guint32 application_id;
} FileHeader;

static guint32
be32 (const guint8 *p)
{
  return ((guint32) p[0] << 24) | ((guint32) p[1] << 16) | ((guint32) p[2] << 8) | p[3];
}

static gboolean
read_header (const char  *path,
             FileHeader  *header,
             GError     **error)
{
  g_autofree char *name = g_filename_display_name (path);
  guint8 buf[100];
  GStatBuf st;
  FILE *fp;
  size_t n;

  memset (header, 0, sizeof *header);

  if (g_stat (path, &st) != 0)
    {
      int saved = errno;

      if (saved == ENOENT)
        g_set_error (error, LDS_STORE_ERROR, LDS_STORE_ERROR_NOT_FOUND,
                     _("“%s” does not exist."), name);
      else
        g_set_error (error, LDS_STORE_ERROR, LDS_STORE_ERROR_FAILED,
                     /* Translators: %1$s is a file name, %2$s the system's reason */
                     _("Could not read “%1$s”: %2$s"), name, g_strerror (saved));
      return FALSE;
    }
  if (!S_ISREG (st.st_mode))
    {
      g_set_error (error, LDS_STORE_ERROR, LDS_STORE_ERROR_NOT_SQLITE,
                   _("“%s” is not a file but a folder or a device."), name);
      return FALSE;
    }
  header->size = st.st_size;
  if (st.st_size == 0)
    {
      g_set_error (error, LDS_STORE_ERROR, LDS_STORE_ERROR_EMPTY,
                   _("“%s” is empty: it holds no organisation."), name);
      return FALSE;
    }

  fp = g_fopen (path, "rb");
  if (fp == NULL)
    {
      int saved = errno;

      g_set_error (error, LDS_STORE_ERROR,
                   saved == EACCES ? LDS_STORE_ERROR_READ_ONLY : LDS_STORE_ERROR_FAILED,
                   _("Could not read “%1$s”: %2$s"), name, g_strerror (saved));
      return FALSE;
    }
  n = fread (buf, 1, sizeof buf, fp);
  fclose (fp);

  if (n < sizeof buf || memcmp (buf, SQLITE_HEADER, sizeof SQLITE_HEADER) != 0)
    {
      g_set_error (error, LDS_STORE_ERROR, LDS_STORE_ERROR_NOT_SQLITE,
                   _("“%s” is not a Lodestar organisation file."), name);
      return FALSE;
    }

  header->page_size = (buf[16] << 8) | buf[17];
  if (header->page_size == 1)
    header->page_size = 65536;
  header->page_count = be32 (buf + 28);
  /* The page count in the header is valid when the change counter matches
   * the "version valid for" number (SQLite 3.7.0 and later). */
  header->page_count_valid = be32 (buf + 24) == be32 (buf + 92) && header->page_count > 0;
  header->wal_mode = buf[18] == 2 && buf[19] == 2;
  header->user_version = be32 (buf + 60);
  header->application_id = be32 (buf + 68);

  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    GStatBuf wal_st;

    header->wal_pending = g_stat (wal, &wal_st) == 0 && wal_st.st_size > 0;
  }
  return TRUE;
}

static gboolean
check_header (const char        *path,
              const FileHeader  *header,
              GError           **error)
{
  g_autofree char *name = g_filename_display_name (path);

  if (header->application_id != LDS_APPLICATION_ID)
    {
      g_set_error (error, LDS_STORE_ERROR, LDS_STORE_ERROR_NOT_LODESTAR,
                   _("“%s” is a database of another program, not a Lodestar organisation file."),
                   name);
      return FALSE;
    }
  /* While another connection has the file open, its latest version may
   * still be in the -wal file: then SQLite tells, once the file is open. */
  if (!header->wal_pending && header->user_version > (guint32) _lds_store_schema_latest ())
    {
      g_set_error (error, LDS_STORE_ERROR, LDS_STORE_ERROR_TOO_NEW,
                   /* Translators: %s is a file name */
                   _("“%s” was saved by a newer version of Lodestar. Update Lodestar to open it."),
                   name);
      return FALSE;
    }
  if (!header->wal_pending && header->user_version == 0)
    {
      g_set_error (error, LDS_STORE_ERROR, LDS_STORE_ERROR_DAMAGED,
                   _("“%s” is damaged: it was never completely written."), name);
      return FALSE;
    }
  if (header->page_size < 512 || (header->page_size & (header->page_size - 1)) != 0 ||
      (header->page_count_valid && header->size < (goffset) header->page_size * header->page_count))
    {
      g_set_error (error, LDS_STORE_ERROR, LDS_STORE_ERROR_DAMAGED,
                   _("“%s” is damaged: the file is shorter than it should be."), name);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_writable (const char  *path,
                GError     **error)
{
  g_autofree char *name = g_filename_display_name (path);
  g_autofree char *dir = g_path_get_dirname (path);

  GStatBuf st;

  /* A file without write permission is read-only even for a user (such as
   * root) who could write it anyway: its owner marked it so. */
  if (access (path, W_OK) != 0 ||
      (g_stat (path, &st) == 0 && (st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0))
    {
      g_set_error (error, LDS_STORE_ERROR, LDS_STORE_ERROR_READ_ONLY,
                   _("“%s” is read-only. Lodestar saves every change at once, so it needs a file "
                     "it can write to: make a copy, or change the file’s permissions."), name);
      return FALSE;
    }
  if (access (dir, W_OK) != 0)
    {
      g_set_error (error, LDS_STORE_ERROR, LDS_STORE_ERROR_READ_ONLY,
                   _("“%s” is in a folder Lodestar cannot write to. Move it to a folder of "
                     "your own to open it."), name);
      return FALSE;
    }
  return TRUE;
}

/* The connection */

static gboolean
configure_connection (LdsStore  *self,
                      GError   **error)
{
  int on = 1;

  sqlite3_extended_result_codes (self->db, 1);
  sqlite3_busy_timeout (self->db, BUSY_TIMEOUT_MS);
  /* Never trust the file: no writes to the schema, no functions with side
   * effects called from it, no double-quoted strings taken for names. */
  sqlite3_db_config (self->db, SQLITE_DBCONFIG_DEFENSIVE, 1, &on);
  sqlite3_db_config (self->db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, &on);
  sqlite3_db_config (self->db, SQLITE_DBCONFIG_DQS_DDL, 0, &on);
  sqlite3_db_config (self->db, SQLITE_DBCONFIG_DQS_DML, 0, &on);
  sqlite3_db_config (self->db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 1, &on);
  sqlite3_db_config (self->db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, &on);
  return _lds_store_exec (self, "PRAGMA foreign_keys = ON;", error);
}

static int
read_user_version (sqlite3 *db)
{
  sqlite3_stmt *stmt;
  int version = -1;

  if (sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL) != SQLITE_OK)
    return -1;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    version = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  return version;
}

/* Runs a PRAGMA that checks pages, and says the file is damaged unless it
 * answers "ok". */
gboolean
_lds_store_run_check (LdsStore    *self,
                      const char  *pragma,
                      GError     **error)
{
  g_autofree char *name = display_name (self->path);
  sqlite3_stmt *stmt;
  gboolean ok = FALSE;
  int rc;

  rc = sqlite3_prepare_v2 (self->db, pragma, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      ok = rc == SQLITE_ROW && g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0;
    }
  sqlite3_finalize (stmt);

  if (!ok)
    g_set_error (error, LDS_STORE_ERROR, LDS_STORE_ERROR_DAMAGED,
                 _("“%s” is damaged: parts of it cannot be read."), name);
  return ok;
}

static gboolean
check_schema (LdsStore  *self,
              int        version,
              GError   **error)
{
  g_autofree char *difference = NULL;
  g_autofree char *name = display_name (self->path);

  if (_lds_store_schema_matches (self->db, version, &difference))
    return TRUE;

  g_debug ("Schema of %s differs from version %d at: %s", self->path, version,
           difference != NULL ? difference : "?");
  g_set_error (error, LDS_STORE_ERROR, LDS_STORE_ERROR_DAMAGED,
               _("“%s” has been changed by another program: its tables are not the ones "
                 "Lodestar made."), name);
  return FALSE;
}

static char *
make_backup_path (const char *path,
                  int         version)
{
  g_autofree char *stem = g_str_has_suffix (path, ".lodestar")
                            ? g_strndup (path, strlen (path) - strlen (".lodestar"))
                            : g_strdup (path);

  for (int i = 1; i < 1000; i++)
    {
      g_autofree char *candidate = i == 1
        ? g_strdup_printf ("%s.backup-v%d.lodestar", stem, version)
        : g_strdup_printf ("%s.backup-v%d-%d.lodestar", stem, version, i);

      if (!g_file_test (candidate, G_FILE_TEST_EXISTS))
        return g_steal_pointer (&candidate);
    }
  return NULL;
}

static gboolean
copy_database (sqlite3     *from,
               const char  *to_path,
               GError     **error)
{
  sqlite3 *to = NULL;
  sqlite3_backup *backup;
  int rc;

  rc = sqlite3_open_v2 (to_path, &to, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc == SQLITE_OK)
    {
      backup = sqlite3_backup_init (to, "main", from, "main");
      if (backup == NULL)
        rc = sqlite3_errcode (to);
      else
        {
          rc = sqlite3_backup_step (backup, -1);
          sqlite3_backup_finish (backup);
          rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
        }
    }
  sqlite3_close (to);

  if (rc != SQLITE_OK)
    {
      g_autofree char *name = g_filename_display_name (to_path);

      g_unlink (to_path);
      g_set_error (error, LDS_STORE_ERROR, LDS_STORE_ERROR_FAILED,
                   _("Could not make the backup copy “%1$s”: %2$s"), name, sqlite3_errstr (rc));
      return FALSE;
    }
  return TRUE;
}

static gboolean
upgrade (LdsStore  *self,
         int        version,
         GError   **error)
{
  if (version == _lds_store_schema_latest ())
    return TRUE;

  if (self->read_only)
    {
      /* Never write to a file opened read-only: upgrade a copy in memory. */
      sqlite3 *memory = NULL;
      sqlite3_backup *backup;

      if (sqlite3_open_v2 (":memory:", &memory, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK)
        {
          sqlite3_close (memory);
          g_set_error_literal (error, LDS_STORE_ERROR, LDS_STORE_ERROR_FAILED,
                               _("Out of memory."));
          return FALSE;
        }
      backup = sqlite3_backup_init (memory, "main", self->db, "main");
      sqlite3_backup_step (backup, -1);
      sqlite3_backup_finish (backup);
      sqlite3_close (self->db);
      self->db = memory;
      if (!configure_connection (self, error))
        return FALSE;
    }
  else
    {
      self->backup_path = make_backup_path (self->path, version);
      if (self->backup_path == NULL || !copy_database (self->db, self->backup_path, error))
        return FALSE;
    }

  return _lds_store_migrate (self->db, version, _lds_store_schema_latest (), error);
}

static gboolean
open_existing (LdsStore           *self,
               LdsStoreOpenFlags   flags,
               GError            **error)
{
  g_autofree char *uri = NULL;
  FileHeader header;
  int version;
  int rc;

  if (!read_header (self->path, &header, error) || !check_header (self->path, &header, error))
    return FALSE;
  if (!self->read_only && !check_writable (self->path, error))
    return FALSE;

  uri = g_filename_to_uri (self->path, NULL, error);
  if (uri == NULL)
    return FALSE;

  /* Read-only opens still take a read-write connection when the file
   * allows it, with query_only set: nothing can be written, and SQLite can
   * remove the -wal and -shm files it makes beside the file on closing. */
  rc = sqlite3_open_v2 (uri, &self->db,
                        SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_READWRITE, NULL);
  if (rc != SQLITE_OK && self->read_only)
    {
      g_autofree char *ro_uri = g_strconcat (uri, "?mode=ro", NULL);

      g_clear_pointer (&self->db, sqlite3_close);
      rc = sqlite3_open_v2 (ro_uri, &self->db,
                            SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_READONLY, NULL);
    }
  if (rc != SQLITE_OK)
    {
      _lds_store_set_sqlite_error (self, error, rc, _("Could not open the file."));
      return FALSE;
    }
  if (self->read_only && !_lds_store_exec (self, "PRAGMA query_only = ON;", error))
    return FALSE;
  if (!configure_connection (self, error))
    return FALSE;

  version = read_user_version (self->db);
  if (version < 1 || version > _lds_store_schema_latest ())
    {
      FileHeader seen = header;

      seen.wal_pending = FALSE;
      seen.user_version = version < 0 ? 0 : version;
      return check_header (self->path, &seen, error);
    }

  /* A file that needs no upgrade and is in WAL mode already is not written
   * to on opening: its pages may be checked while the window appears
   * (lds-store-check.c). Any other file is checked before anything else. */
  if ((flags & LDS_STORE_OPEN_CHECK_IN_BACKGROUND) && !self->read_only && header.wal_mode &&
      version == _lds_store_schema_latest ())
    {
      if (!check_schema (self, version, error))
        return FALSE;
      _lds_store_start_check (self, uri);
    }
  else if (self->read_only && version == _lds_store_schema_latest ())
    {
      /* Nothing can be written, so damage cannot spread: each table's
       * pages are checked when it is first read. */
      if (!_lds_store_check_when_read (self, error) || !check_schema (self, version, error))
        return FALSE;
    }
  else if (!_lds_store_run_check (self, "PRAGMA quick_check", error) ||
           !check_schema (self, version, error))
    return FALSE;

  if (!upgrade (self, version, error))
    return FALSE;

  if (!self->read_only && !_lds_store_exec (self, "PRAGMA journal_mode = WAL;", error))
    return FALSE;
  return TRUE;
}

static gboolean
create_new (LdsStore  *self,
            GError   **error)
{
  g_autofree char *set_id = g_strdup_printf ("PRAGMA application_id = %d;", LDS_APPLICATION_ID);
  int rc;

  rc = sqlite3_open_v2 (self->path, &self->db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_EXCLUSIVE |
                        SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      g_autofree char *name = g_filename_display_name (self->path);
      g_set_error (error, LDS_STORE_ERROR,
                   (rc == SQLITE_CANTOPEN || rc == SQLITE_READONLY) ? LDS_STORE_ERROR_READ_ONLY
                                                                    : LDS_STORE_ERROR_FAILED,
                   _("Could not create “%1$s”: %2$s"), name, sqlite3_errstr (rc));
      return FALSE;
    }

  if (!configure_connection (self, error) ||
      !_lds_store_exec (self, set_id, error) ||
      !_lds_store_exec (self, "PRAGMA journal_mode = WAL;", error) ||
      !_lds_store_migrate (self->db, 0, _lds_store_schema_latest (), error) ||
      !_lds_store_exec (self, "PRAGMA wal_checkpoint (TRUNCATE);", error))
    {
      /* A half-made file is worth nothing: remove it. */
      g_clear_pointer (&self->db, sqlite3_close);
      g_unlink (self->path);
      return FALSE;
    }
  return TRUE;
}

/* GObject */

static void
statement_free (gpointer data)
{
  sqlite3_finalize (data);
}

static void
lds_store_finalize (GObject *object)
{
  LdsStore *self = (LdsStore *) object;

  if (self->action_depth > 0)
    {
      g_warning ("Store finalized inside an action; rolling back");
      sqlite3_exec (self->db, "ROLLBACK;", NULL, NULL, NULL);
    }
  _lds_store_stop_check (self);
  g_clear_error (&self->damage);
  g_clear_pointer (&self->unchecked, g_hash_table_unref);
  g_clear_pointer (&self->refused, g_ptr_array_unref);
  g_clear_pointer (&self->read_indexes, g_hash_table_unref);
  g_clear_handle_id (&self->watch_id, g_source_remove);
  g_clear_pointer (&self->session, sqlite3session_delete);
  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->undo_stack, g_ptr_array_unref);
  g_clear_pointer (&self->redo_stack, g_ptr_array_unref);
  if (self->db != NULL)
    sqlite3_close_v2 (self->db);
  g_clear_pointer (&self->action_name, g_free);
  g_clear_pointer (&self->backup_path, g_free);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (lds_store_parent_class)->finalize (object);
}

static void
lds_store_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  LdsStore *self = LDS_STORE (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, lds_store_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, lds_store_can_redo (self));
      break;
    case PROP_UNDO_NAME:
      g_value_set_string (value, lds_store_get_undo_name (self));
      break;
    case PROP_REDO_NAME:
      g_value_set_string (value, lds_store_get_redo_name (self));
      break;
    case PROP_DAMAGED:
      g_value_set_boolean (value, self->damage != NULL);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lds_store_class_init (LdsStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = lds_store_finalize;
  object_class->get_property = lds_store_get_property;

  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_UNDO_NAME] =
    g_param_spec_string ("undo-name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_REDO_NAME] =
    g_param_spec_string ("redo-name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* Set when the check made after opening (LDS_STORE_OPEN_CHECK_IN_BACKGROUND)
   * finds the file damaged: then nothing can be changed. */
  properties[PROP_DAMAGED] =
    g_param_spec_boolean ("damaged", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LdsStore::changed:
   * @changes: (type LdsChanges): what the action, undo or redo changed
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1,
                  lds_changes_get_type () | G_SIGNAL_TYPE_STATIC_SCOPE);
}

static void
lds_store_init (LdsStore *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, statement_free);
  self->undo_stack = g_ptr_array_new_with_free_func ((GDestroyNotify) _lds_undo_entry_free);
  self->redo_stack = g_ptr_array_new_with_free_func ((GDestroyNotify) _lds_undo_entry_free);
}

/* Other writers
 *
 * Another process (a second Lodestar, `lodestar import`) may commit to the
 * same file. PRAGMA data_version changes when a connection other than this
 * one has committed; the store looks at it twice a second while watching
 * and then tells its views that anything may have changed. */

#define WATCH_INTERVAL_MS 500

static gint64
read_data_version (LdsStore *self)
{
  sqlite3_stmt *stmt = _lds_store_prepare (self, "PRAGMA data_version", NULL);
  gint64 version = -1;

  if (stmt == NULL)
    return -1;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    version = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return version;
}

/**
 * lds_store_check_others:
 *
 * Looks whether another connection has committed since the last look and,
 * if so, emits ::changed with everything set.
 *
 * Returns: whether another connection has written
 */
gboolean
lds_store_check_others (LdsStore *self)
{
  g_autoptr(LdsChanges) changes = NULL;
  gint64 version;

  g_return_val_if_fail (LDS_IS_STORE (self), FALSE);

  if (self->action_depth > 0 || self->db == NULL)
    return FALSE;
  version = read_data_version (self);
  if (version < 0 || version == self->data_version)
    return FALSE;

  self->data_version = version;
  changes = _lds_changes_new ();
  changes->everything = TRUE;
  _lds_store_emit_changed (self, changes);
  return TRUE;
}

static gboolean
watch_cb (gpointer user_data)
{
  lds_store_check_others (user_data);
  return G_SOURCE_CONTINUE;
}

/**
 * lds_store_watch_others:
 * @watch: whether to look for other writers from the main loop
 *
 * While watched, changes that another process commits to the file reach
 * this store's ::changed signal within a second.
 */
void
lds_store_watch_others (LdsStore *self,
                        gboolean  watch)
{
  g_return_if_fail (LDS_IS_STORE (self));

  if (!watch || self->path == NULL)
    {
      g_clear_handle_id (&self->watch_id, g_source_remove);
      return;
    }
  if (self->watch_id == 0)
    {
      self->data_version = read_data_version (self);
      self->watch_id = g_timeout_add_full (G_PRIORITY_LOW, WATCH_INTERVAL_MS, watch_cb, self, NULL);
      g_source_set_name_by_id (self->watch_id, "[lodestar] watch other writers");
    }
}

/* Public API */

/**
 * lds_store_open:
 * @path: a ".lodestar" file
 * @flags: whether to create it, whether never to write
 *
 * Opens an organisation file after checking, in this order, that it exists,
 * is an SQLite database, is Lodestar's (application id), is not from a newer
 * Lodestar, is not truncated or damaged, can be written to, and holds exactly
 * the tables Lodestar made. Nothing is written to a file that fails a check.
 * An older file is copied aside and upgraded (in memory when read-only).
 * Read-only, the pages of each table are checked when it is first read
 * (a read of a damaged table fails with %LDS_STORE_ERROR_DAMAGED), unless
 * the file needs an upgrade.
 */
LdsStore *
lds_store_open (const char         *path,
                LdsStoreOpenFlags   flags,
                GError            **error)
{
  g_autoptr(LdsStore) self = NULL;
  gboolean ok;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (LDS_TYPE_STORE, NULL);
  self->path = g_canonicalize_filename (path, NULL);
  self->read_only = (flags & LDS_STORE_OPEN_READ_ONLY) != 0;

  if ((flags & LDS_STORE_OPEN_CREATE) && !self->read_only &&
      !g_file_test (self->path, G_FILE_TEST_EXISTS))
    ok = create_new (self, error);
  else
    ok = open_existing (self, flags, error);

  if (!ok)
    return NULL;

  self->data_version = read_data_version (self);
  return g_steal_pointer (&self);
}

/**
 * lds_store_new_in_memory:
 *
 * A store that lives in memory only, for tests and for checking imports.
 */
LdsStore *
lds_store_new_in_memory (GError **error)
{
  g_autoptr(LdsStore) self = g_object_new (LDS_TYPE_STORE, NULL);
  int rc;

  rc = sqlite3_open_v2 (":memory:", &self->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      g_set_error_literal (error, LDS_STORE_ERROR, LDS_STORE_ERROR_FAILED, _("Out of memory."));
      return NULL;
    }
  if (!configure_connection (self, error) ||
      !_lds_store_migrate (self->db, 0, _lds_store_schema_latest (), error))
    return NULL;
  return g_steal_pointer (&self);
}

const char *
lds_store_get_path (LdsStore *self)
{
  g_return_val_if_fail (LDS_IS_STORE (self), NULL);

  return self->path;
}

gboolean
lds_store_is_read_only (LdsStore *self)
{
  g_return_val_if_fail (LDS_IS_STORE (self), TRUE);

  return self->read_only;
}

/**
 * lds_store_get_backup_path:
 *
 * Returns: (nullable): the copy of the file taken before it was upgraded
 *   when it was opened, or %NULL when it needed no upgrade
 */
char *
lds_store_get_backup_path (LdsStore *self)
{
  g_return_val_if_fail (LDS_IS_STORE (self), NULL);

  return g_strdup (self->backup_path);
}

/**
 * lds_store_verify:
 *
 * The thorough check (`lodestar check`): every page and index of the file,
 * and every reference between records.
 */
gboolean
lds_store_verify (LdsStore  *self,
                  GError   **error)
{
  g_autofree char *name = NULL;
  sqlite3_stmt *stmt;
  gboolean dangling = FALSE;

  g_return_val_if_fail (LDS_IS_STORE (self), FALSE);

  if (!_lds_store_run_check (self, "PRAGMA integrity_check", error))
    return FALSE;

  if (sqlite3_prepare_v2 (self->db, "PRAGMA foreign_key_check", -1, &stmt, NULL) == SQLITE_OK)
    {
      dangling = sqlite3_step (stmt) == SQLITE_ROW;
      sqlite3_finalize (stmt);
    }
  if (dangling)
    {
      name = display_name (self->path);
      g_set_error (error, LDS_STORE_ERROR, LDS_STORE_ERROR_DAMAGED,
                   _("“%s” is damaged: some records refer to records that no longer exist."),
                   name);
      return FALSE;
    }
  _lds_store_checked_all (self);
  return TRUE;
}

gboolean
lds_store_get_summary (LdsStore         *self,
                       LdsStoreSummary  *summary,
                       GError          **error)
{
  g_return_val_if_fail (LDS_IS_STORE (self), FALSE);
  g_return_val_if_fail (summary != NULL, FALSE);

  memset (summary, 0, sizeof *summary);
  summary->schema_version = read_user_version (self->db);
  for (guint i = 0; i < LDS_N_RECORD_TYPES; i++)
    {
      summary->counts[i] = lds_store_count (self, i);
      if (summary->counts[i] < 0)
        {
          _lds_store_set_sqlite_error (self, error, sqlite3_errcode (self->db),
                                       _("Could not read the organisation."));
          return FALSE;
        }
    }
  return TRUE;
}
