/* vd-database.h — the SQLite database of a district office
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <sqlite3.h>

G_BEGIN_DECLS

/* The schema version this build writes; a file with a higher PRAGMA user_version
 * comes from a newer Volunteer Desk and is refused untouched. */
#define VD_SCHEMA_VERSION 7

#define VD_DATABASE_ERROR (vd_database_error_quark ())

typedef enum
{
  VD_DATABASE_ERROR_OPEN,        /* cannot open or create the file */
  VD_DATABASE_ERROR_NOT_DATABASE,/* the file is not a SQLite database, or is corrupt */
  VD_DATABASE_ERROR_TOO_NEW,     /* written by a newer version of the app */
  VD_DATABASE_ERROR_READ_ONLY,   /* the file or its folder cannot be written */
  VD_DATABASE_ERROR_FULL,        /* the disk is full */
  VD_DATABASE_ERROR_BUSY,        /* another program holds a lock for too long */
  VD_DATABASE_ERROR_CONSTRAINT,  /* the row breaks a rule of the schema */
  VD_DATABASE_ERROR_MIGRATION,   /* upgrading the schema failed; nothing changed */
  VD_DATABASE_ERROR_BACKUP,      /* a backup could not be written or restored */
  VD_DATABASE_ERROR_FAILED,      /* anything else SQLite reports */
} VdDatabaseError;

GQuark vd_database_error_quark (void);

#define VD_TYPE_DATABASE (vd_database_get_type ())

G_DECLARE_FINAL_TYPE (VdDatabase, vd_database, VD, DATABASE, GObject)

char       *vd_database_default_path      (void);
char       *vd_database_resolve_path      (const char  *command_line_path);
VdDatabase *vd_database_open              (const char  *path,
                                           GError     **error);
const char *vd_database_get_path          (VdDatabase  *self);
sqlite3    *vd_database_get_handle        (VdDatabase  *self);
int         vd_database_get_schema_version (VdDatabase *self);

gboolean    vd_database_exec              (VdDatabase  *self,
                                           const char  *sql,
                                           GError     **error);
sqlite3_stmt *vd_database_prepare         (VdDatabase  *self,
                                           const char  *sql,
                                           GError     **error);

/* A statement kept prepared for the life of the connection, for lookups repeated
 * per row (an import checks 100,000 rows). Reset, with its bindings cleared; the
 * caller must not finalize it. */
sqlite3_stmt *vd_database_prepare_cached  (VdDatabase  *self,
                                           const char  *sql,
                                           GError     **error);

/* Runs a statement that returns no rows, with ?1 (if it has one) bound to value;
 * kept prepared like vd_database_prepare_cached. */
gboolean      vd_database_exec_int        (VdDatabase  *self,
                                           const char  *sql,
                                           gint64       value,
                                           GError     **error);

/* Transactions nest: the outermost is BEGIN IMMEDIATE, inner ones are savepoints. */
gboolean    vd_database_begin             (VdDatabase  *self,
                                           GError     **error);
gboolean    vd_database_commit            (VdDatabase  *self,
                                           GError     **error);
void        vd_database_rollback          (VdDatabase  *self);
gboolean    vd_database_in_transaction    (VdDatabase  *self);

/* Tells every view that the whole content changed (after a restore or an import). */
void        vd_database_emit_reloaded     (VdDatabase  *self);

/* TRUE when the file (or its folder) cannot be written: it was opened read-only, and
 * every write fails with VD_DATABASE_ERROR_READ_ONLY. */
gboolean    vd_database_is_read_only      (VdDatabase  *self);

/* Whether another connection (the command-line tool, another window, an import
 * thread) has committed since the last look; if so, emits "reloaded". Cheap
 * (PRAGMA data_version): the window calls it on a timer and when it gets focus.
 * Never inside a transaction of this connection. */
gboolean    vd_database_check_external_changes (VdDatabase *self);

gboolean    vd_database_set_error         (GError     **error,
                                           sqlite3     *db,
                                           int          rc,
                                           const char  *context);

/* Rows in a table of ours (name checked against the schema); -1 on error. */
gint64      vd_database_count_rows        (VdDatabase  *self,
                                           const char  *table);

gboolean    vd_database_integrity_check   (VdDatabase  *self,
                                           GError     **error);

G_END_DECLS
