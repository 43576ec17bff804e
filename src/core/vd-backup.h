/* vd-backup.h — daily backups through the SQLite backup API, and restore
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vd-database.h"

G_BEGIN_DECLS

#define VD_BACKUP_KEEP 14

char      *vd_backup_get_dir      (VdDatabase  *db);
/* Copies the open database into dest (written to a temporary file, then renamed;
 * mode 0600). */
gboolean   vd_backup_to_file      (VdDatabase  *db,
                                   const char  *dest,
                                   GError     **error);
/* Writes backups/volunteer-desk-YYYYMMDD-HHMMSS.db unless a backup of that day
 * exists, then keeps the newest `keep`. Returns the new file's path, or NULL with
 * no error when today's backup already exists. */
char      *vd_backup_run_daily    (VdDatabase  *db,
                                   GDateTime   *now,
                                   guint        keep,
                                   GError     **error);
/* The same in a worker thread with its own read connection, so that a large
 * database does not hold up the window. _finish returns the new file's path, NULL
 * with no error when today's backup exists, or NULL with the error. */
void       vd_backup_run_daily_async  (VdDatabase          *db,
                                       GDateTime           *now,
                                       guint                keep,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data);
char      *vd_backup_run_daily_finish (VdDatabase          *db,
                                       GAsyncResult        *result,
                                       GError             **error);
/* The backups in the folder, newest first (full paths). */
GPtrArray *vd_backup_list         (VdDatabase  *db,
                                   GError     **error);
/* When the backup file at path was taken, read from its name; NULL if not ours. */
GDateTime *vd_backup_get_time     (const char  *path);
/* Replaces the open database's content with the backup's, after checking the backup
 * (a SQLite file, integrity ok, not newer than this app) and backing up the current
 * content first. The database is migrated if the backup is older. */
gboolean   vd_backup_restore      (VdDatabase  *db,
                                   const char  *backup_path,
                                   GError     **error);

G_END_DECLS
