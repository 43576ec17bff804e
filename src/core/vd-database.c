/* vd-database.c — the SQLite database of a district office
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "vd-database.h"
#include "vd-import-rows.h"
#include "vd-migrations.h"
#include "vd-search.h"

struct _VdDatabase
{
  GObject  parent_instance;

  char       *path;
  sqlite3    *handle;
  guint       transaction_depth;
  GHashTable *cached;   /* SQL text → sqlite3_stmt */
  gboolean    read_only;
  gint64      data_version;  /* PRAGMA data_version when last looked at */
};

G_DEFINE_FINAL_TYPE (VdDatabase, vd_database, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PATH,
  N_PROPS
};

enum {
  RELOADED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_QUARK (vd-database-error-quark, vd_database_error)

static void
vd_database_finalize (GObject *object)
{
  VdDatabase *self = (VdDatabase *)object;

  g_clear_pointer (&self->cached, g_hash_table_unref);
  if (self->handle != NULL)
    sqlite3_close_v2 (self->handle);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (vd_database_parent_class)->finalize (object);
}

static void
vd_database_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  VdDatabase *self = VD_DATABASE (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vd_database_class_init (VdDatabaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = vd_database_finalize;
  object_class->get_property = vd_database_get_property;

  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Emitted when the whole content may have changed (restore, import, a write by another
   * program seen by vd_database_check_external_changes): views reload. */
  signals[RELOADED] =
    g_signal_new ("reloaded",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
finalize_statement (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

static void
vd_database_init (VdDatabase *self)
{
  self->cached = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, finalize_statement);
}

char *
vd_database_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "volunteer-desk", "volunteer-desk.db", NULL);
}

/* The command line wins, then VOLUNTEER_DESK_DB, then the per-user default. */
char *
vd_database_resolve_path (const char *command_line_path)
{
  const char *env;

  if (command_line_path != NULL && command_line_path[0] != '\0')
    return g_canonicalize_filename (command_line_path, NULL);

  env = g_getenv ("VOLUNTEER_DESK_DB");
  if (env != NULL && env[0] != '\0')
    return g_canonicalize_filename (env, NULL);

  return vd_database_default_path ();
}

static VdDatabaseError
error_code_from_sqlite (int rc)
{
  switch (rc & 0xff)
    {
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_AUTH:
      return VD_DATABASE_ERROR_OPEN;
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
      return VD_DATABASE_ERROR_NOT_DATABASE;
    case SQLITE_READONLY:
      return VD_DATABASE_ERROR_READ_ONLY;
    case SQLITE_FULL:
      return VD_DATABASE_ERROR_FULL;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return VD_DATABASE_ERROR_BUSY;
    case SQLITE_CONSTRAINT:
      return VD_DATABASE_ERROR_CONSTRAINT;
    default:
      return VD_DATABASE_ERROR_FAILED;
    }
}

static const char *
describe_sqlite (int rc)
{
  switch (rc & 0xff)
    {
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
      return _("The file cannot be opened.");
    case SQLITE_NOTADB:
      return _("The file is not a Volunteer Desk database.");
    case SQLITE_CORRUPT:
      return _("The database file is damaged.");
    case SQLITE_READONLY:
      return _("The database cannot be written to.");
    case SQLITE_FULL:
      return _("The disk is full: the change was not saved, and what was saved before is "
               "kept. Free some space, then try again.");
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return _("Another program is using the database.");
    case SQLITE_CONSTRAINT:
      return _("The change breaks a rule of the register.");
    case SQLITE_IOERR:
      return _("The disk could not be read or written.");
    default:
      return _("The database reported an error.");
    }
}

/* Always returns FALSE so that callers can `return vd_database_set_error (...)`. The
 * message is a sentence for the user followed by SQLite's own words for the log. */
gboolean
vd_database_set_error (GError     **error,
                       sqlite3     *db,
                       int          rc,
                       const char  *context)
{
  const char *detail = db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc);

  if (context != NULL)
    g_set_error (error, VD_DATABASE_ERROR, error_code_from_sqlite (rc),
                 "%s %s (%s)", context, describe_sqlite (rc), detail);
  else
    g_set_error (error, VD_DATABASE_ERROR, error_code_from_sqlite (rc),
                 "%s (%s)", describe_sqlite (rc), detail);
  return FALSE;
}

/* The file and its folder are private to their owner (志愿服务条例 Art. 20). SQLite
 * gives the -wal and -shm files the mode of the database file. */
static gboolean
ensure_private_file (const char  *path,
                     GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  int fd;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;
      g_set_error (error, VD_DATABASE_ERROR,
                   saved == ENOSPC ? VD_DATABASE_ERROR_FULL : VD_DATABASE_ERROR_OPEN,
                   _("Cannot create the folder “%s”: %s"), dir, g_strerror (saved));
      return FALSE;
    }

  fd = g_open (path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved = errno;
      VdDatabaseError code = VD_DATABASE_ERROR_OPEN;

      if (saved == EACCES || saved == EROFS)
        code = VD_DATABASE_ERROR_READ_ONLY;
      else if (saved == ENOSPC)
        code = VD_DATABASE_ERROR_FULL;
      g_set_error (error, VD_DATABASE_ERROR, code,
                   _("Cannot open “%s” for writing: %s"), path, g_strerror (saved));
      return FALSE;
    }

  if (fchmod (fd, 0600) != 0)
    g_debug ("Cannot make %s private: %s", path, g_strerror (errno));
  close (fd);
  return TRUE;
}

/* A file that exists and must not be written: its mode has no write permission (even
 * root, who could write anyway, respects that), the system refuses writing (a
 * read-only mount, another owner), or its folder cannot take the journal files
 * beside it. Such a database is opened read-only rather than refused. */
static gboolean
file_is_read_only (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  GStatBuf st;

  if (g_stat (path, &st) != 0 || !S_ISREG (st.st_mode))
    return FALSE;
  if ((st.st_mode & 0222) == 0 || access (path, W_OK) != 0)
    return TRUE;
  if (g_stat (dir, &st) == 0 && (st.st_mode & 0222) == 0)
    return TRUE;
  return access (dir, W_OK) != 0;
}

static int
query_int (sqlite3    *db,
           const char *sql,
           int        *out)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          *out = sqlite3_column_int (stmt, 0);
          rc = SQLITE_OK;
        }
    }
  sqlite3_finalize (stmt);
  return rc;
}

static int
open_handle (VdDatabase *self,
             gboolean    immutable)
{
  int rc;

  if (self->handle != NULL)
    sqlite3_close_v2 (self->handle);
  self->handle = NULL;
  if (immutable)
    {
      g_autofree char *escaped = g_uri_escape_string (self->path, "/", FALSE);
      g_autofree char *uri = g_strdup_printf ("file:%s?immutable=1", escaped);

      rc = sqlite3_open_v2 (uri, &self->handle, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);
    }
  else
    rc = sqlite3_open_v2 (self->path, &self->handle,
                          self->read_only ? SQLITE_OPEN_READONLY
                                          : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                          NULL);
  if (rc != SQLITE_OK)
    return rc;
  sqlite3_extended_result_codes (self->handle, TRUE);
  /* Another program's write transaction is waited for this long, then reported. */
  sqlite3_busy_timeout (self->handle, 5000);
  rc = vd_search_register_tokenizer (self->handle);
  if (rc == SQLITE_OK)
    rc = vd_import_rows_register (self->handle);
  return rc;
}

static int
query_data_version (VdDatabase *self,
                    gint64     *version)
{
  sqlite3_stmt *stmt = vd_database_prepare_cached (self, "PRAGMA data_version", NULL);
  int rc;

  if (stmt == NULL)
    return SQLITE_ERROR;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *version = sqlite3_column_int64 (stmt, 0);
      rc = SQLITE_OK;
    }
  sqlite3_reset (stmt);
  return rc;
}

/* SQLite counts its memory under one global mutex on every allocation; nothing here
 * reads the counts (no soft heap limit), and an import spent a tenth of its database
 * thread's time on them. Only possible before SQLite starts: later it is refused. */
static void
configure_sqlite (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      sqlite3_config (SQLITE_CONFIG_MEMSTATUS, 0);
      g_once_init_leave (&done, 1);
    }
}

VdDatabase *
vd_database_open (const char  *path,
                  GError     **error)
{
  g_autoptr(VdDatabase) self = NULL;
  int version = 0;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);

  configure_sqlite ();

  self = g_object_new (VD_TYPE_DATABASE, NULL);
  self->path = g_strdup (path);
  self->read_only = file_is_read_only (path);

  if (!self->read_only && !ensure_private_file (path, error))
    return NULL;

  /* A read-only file that was closed cleanly (no WAL beside it) is read as it is,
   * without locks: SQLite would otherwise leave a -wal and a -shm file behind that
   * it cannot remove. With a WAL (another program has it open), read through it;
   * if the folder cannot take the shared-memory file, read the file alone. */
  if (self->read_only)
    {
      g_autofree char *wal = g_strconcat (path, "-wal", NULL);

      rc = open_handle (self, !g_file_test (wal, G_FILE_TEST_EXISTS));
      if (rc == SQLITE_OK)
        rc = query_int (self->handle, "PRAGMA user_version", &version);
      if ((rc & 0xff) == SQLITE_READONLY || (rc & 0xff) == SQLITE_CANTOPEN)
        rc = open_handle (self, TRUE);
    }
  else
    rc = open_handle (self, FALSE);
  if (rc != SQLITE_OK)
    {
      vd_database_set_error (error, self->handle, rc, NULL);
      return NULL;
    }

  /* Read the version before anything writes: a newer file must stay untouched. */
  rc = query_int (self->handle, "PRAGMA user_version", &version);
  if (rc != SQLITE_OK)
    {
      vd_database_set_error (error, self->handle, rc, NULL);
      return NULL;
    }
  if (version > VD_SCHEMA_VERSION)
    {
      g_set_error (error, VD_DATABASE_ERROR, VD_DATABASE_ERROR_TOO_NEW,
                   _("The database was written by a newer version of Volunteer Desk "
                     "(schema %d; this version knows up to %d). It was not changed."),
                   version, VD_SCHEMA_VERSION);
      return NULL;
    }
  if (self->read_only || sqlite3_db_readonly (self->handle, "main") == 1)
    {
      self->read_only = TRUE;
      if (version < VD_SCHEMA_VERSION)
        {
          g_set_error (error, VD_DATABASE_ERROR, VD_DATABASE_ERROR_READ_ONLY,
                       _("The database “%s” can only be read, and this version of Volunteer "
                         "Desk must upgrade it before it can be used."), path);
          return NULL;
        }
      if (!vd_database_exec (self, "PRAGMA foreign_keys = ON; PRAGMA temp_store = FILE;",
                             error))
        return NULL;
      query_data_version (self, &self->data_version);
      return g_steal_pointer (&self);
    }

  /* WAL lets the CLI read while the app writes. synchronous stays FULL on purpose:
   * service records are statutory, and a commit must survive a power cut.
   * temp_store stays FILE: SQLite then keeps a savepoint's journal in memory up to
   * 64 KiB and only a larger one in a temporary file. With MEMORY it never spills,
   * and its in-memory journal finds an offset by walking a list of 1 KiB chunks from
   * the start: a long savepoint (the approvals at the end of a records import) went
   * quadratic, 8,000 records 234 s instead of 5.3 s. */
  if (!vd_database_exec (self,
                         "PRAGMA journal_mode = WAL;"
                         "PRAGMA synchronous = FULL;"
                         "PRAGMA foreign_keys = ON;"
                         "PRAGMA temp_store = FILE;",
                         error))
    return NULL;

  if (!vd_migrations_run (self, error))
    return NULL;

  query_data_version (self, &self->data_version);
  return g_steal_pointer (&self);
}

const char *
vd_database_get_path (VdDatabase *self)
{
  g_return_val_if_fail (VD_IS_DATABASE (self), NULL);

  return self->path;
}

sqlite3 *
vd_database_get_handle (VdDatabase *self)
{
  g_return_val_if_fail (VD_IS_DATABASE (self), NULL);

  return self->handle;
}

int
vd_database_get_schema_version (VdDatabase *self)
{
  int version = -1;

  g_return_val_if_fail (VD_IS_DATABASE (self), -1);

  if (query_int (self->handle, "PRAGMA user_version", &version) != SQLITE_OK)
    return -1;
  return version;
}

gboolean
vd_database_exec (VdDatabase  *self,
                  const char  *sql,
                  GError     **error)
{
  int rc;

  g_return_val_if_fail (VD_IS_DATABASE (self), FALSE);

  rc = sqlite3_exec (self->handle, sql, NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    return vd_database_set_error (error, self->handle, rc, NULL);
  return TRUE;
}

sqlite3_stmt *
vd_database_prepare (VdDatabase  *self,
                     const char  *sql,
                     GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  g_return_val_if_fail (VD_IS_DATABASE (self), NULL);

  rc = sqlite3_prepare_v2 (self->handle, sql, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      vd_database_set_error (error, self->handle, rc, NULL);
      return NULL;
    }
  return stmt;
}

sqlite3_stmt *
vd_database_prepare_cached (VdDatabase  *self,
                            const char  *sql,
                            GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (VD_IS_DATABASE (self), NULL);

  stmt = g_hash_table_lookup (self->cached, sql);
  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }
  stmt = vd_database_prepare (self, sql, error);
  if (stmt != NULL)
    g_hash_table_insert (self->cached, g_strdup (sql), stmt);
  return stmt;
}

gboolean
vd_database_exec_int (VdDatabase  *self,
                      const char  *sql,
                      gint64       value,
                      GError     **error)
{
  sqlite3_stmt *stmt = vd_database_prepare_cached (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  if (sqlite3_bind_parameter_count (stmt) > 0)
    sqlite3_bind_int64 (stmt, 1, value);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_DONE)
    vd_database_set_error (error, self->handle, rc, NULL);
  sqlite3_reset (stmt);
  return rc == SQLITE_DONE;
}

gboolean
vd_database_begin (VdDatabase  *self,
                   GError     **error)
{
  g_autofree char *sql = NULL;

  g_return_val_if_fail (VD_IS_DATABASE (self), FALSE);

  if (self->read_only)
    {
      g_set_error_literal (error, VD_DATABASE_ERROR, VD_DATABASE_ERROR_READ_ONLY,
                           _("The database is open read-only, so nothing can be changed. "
                             "Make the file and its folder writable, then open it again."));
      return FALSE;
    }

  /* IMMEDIATE takes the write lock now, so a busy database fails here (after the
   * busy timeout) rather than halfway through the caller's writes. */
  if (self->transaction_depth == 0)
    sql = g_strdup ("BEGIN IMMEDIATE");
  else
    sql = g_strdup_printf ("SAVEPOINT vd_%u", self->transaction_depth);

  if (!vd_database_exec (self, sql, error))
    return FALSE;
  self->transaction_depth++;
  return TRUE;
}

gboolean
vd_database_commit (VdDatabase  *self,
                    GError     **error)
{
  g_autofree char *sql = NULL;

  g_return_val_if_fail (VD_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (self->transaction_depth > 0, FALSE);

  if (self->transaction_depth == 1)
    sql = g_strdup ("COMMIT");
  else
    sql = g_strdup_printf ("RELEASE vd_%u", self->transaction_depth - 1);

  if (!vd_database_exec (self, sql, error))
    {
      /* A failed COMMIT (disk full) leaves the transaction open: undo it whole. */
      vd_database_rollback (self);
      return FALSE;
    }
  self->transaction_depth--;
  return TRUE;
}

void
vd_database_rollback (VdDatabase *self)
{
  g_autofree char *sql = NULL;

  g_return_if_fail (VD_IS_DATABASE (self));
  g_return_if_fail (self->transaction_depth > 0);

  if (self->transaction_depth == 1)
    sql = g_strdup ("ROLLBACK");
  else
    sql = g_strdup_printf ("ROLLBACK TO vd_%u; RELEASE vd_%u",
                           self->transaction_depth - 1, self->transaction_depth - 1);

  /* SQLite may already have rolled back by itself (e.g. after SQLITE_FULL). */
  if (self->transaction_depth > 1 || !sqlite3_get_autocommit (self->handle))
    sqlite3_exec (self->handle, sql, NULL, NULL, NULL);
  self->transaction_depth--;
}

gboolean
vd_database_in_transaction (VdDatabase *self)
{
  g_return_val_if_fail (VD_IS_DATABASE (self), FALSE);

  return self->transaction_depth > 0;
}

void
vd_database_emit_reloaded (VdDatabase *self)
{
  g_return_if_fail (VD_IS_DATABASE (self));

  /* Whatever another connection of ours wrote before (the import thread's) is now
   * shown: the next check need not reload for it again. */
  query_data_version (self, &self->data_version);
  g_signal_emit (self, signals[RELOADED], 0);
}

gboolean
vd_database_is_read_only (VdDatabase *self)
{
  g_return_val_if_fail (VD_IS_DATABASE (self), FALSE);

  return self->read_only;
}

gboolean
vd_database_check_external_changes (VdDatabase *self)
{
  gint64 version = 0;

  g_return_val_if_fail (VD_IS_DATABASE (self), FALSE);

  /* Inside our own transaction the snapshot is ours; look again after it. */
  if (self->transaction_depth > 0 || !sqlite3_get_autocommit (self->handle))
    return FALSE;
  if (query_data_version (self, &version) != SQLITE_OK || version == self->data_version)
    return FALSE;
  self->data_version = version;
  g_signal_emit (self, signals[RELOADED], 0);
  return TRUE;
}

gint64
vd_database_count_rows (VdDatabase *self,
                        const char *table)
{
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;
  gint64 n = -1;

  g_return_val_if_fail (VD_IS_DATABASE (self), -1);

  stmt = vd_database_prepare (self, "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?1",
                              NULL);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_text (stmt, 1, table, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      sqlite3_finalize (stmt);
      return -1;
    }
  sqlite3_finalize (stmt);

  sql = g_strdup_printf ("SELECT count(*) FROM \"%s\"", table);
  stmt = vd_database_prepare (self, sql, NULL);
  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return n;
}

gboolean
vd_database_integrity_check (VdDatabase  *self,
                             GError     **error)
{
  sqlite3_stmt *stmt;
  g_autoptr(GString) problems = g_string_new (NULL);
  int rc;

  g_return_val_if_fail (VD_IS_DATABASE (self), FALSE);

  stmt = vd_database_prepare (self, "PRAGMA integrity_check", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *line = (const char *)sqlite3_column_text (stmt, 0);
      if (g_strcmp0 (line, "ok") != 0)
        g_string_append_printf (problems, "%s\n", line);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return vd_database_set_error (error, self->handle, rc, NULL);

  stmt = vd_database_prepare (self, "PRAGMA foreign_key_check", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_string_append_printf (problems, _("Row %lld of “%s” refers to a missing row of “%s”.\n"),
                            (long long)sqlite3_column_int64 (stmt, 1),
                            (const char *)sqlite3_column_text (stmt, 0),
                            (const char *)sqlite3_column_text (stmt, 2));
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return vd_database_set_error (error, self->handle, rc, NULL);

  if (problems->len > 0)
    {
      g_set_error (error, VD_DATABASE_ERROR, VD_DATABASE_ERROR_NOT_DATABASE,
                   _("The database check found problems:\n%s"), problems->str);
      return FALSE;
    }
  return TRUE;
}
