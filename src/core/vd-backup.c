/* vd-backup.c — daily backups through the SQLite backup API, and restore
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "vd-audit.h"
#include "vd-backup.h"
#include "vd-migrations.h"

/* The page cache of each connection of a backup, in KiB. */
#define BACKUP_CACHE_KIB "128"

#define BACKUP_PREFIX "volunteer-desk-"
#define BACKUP_SUFFIX ".db"

char *
vd_backup_get_dir (VdDatabase *db)
{
  g_autofree char *dir = NULL;

  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);

  dir = g_path_get_dirname (vd_database_get_path (db));
  return g_build_filename (dir, "backups", NULL);
}

static gboolean set_errno_error (GError     **error,
                                 int          saved_errno,
                                 const char  *format,
                                 ...) G_GNUC_PRINTF (3, 4);

static gboolean
set_errno_error (GError     **error,
                 int          saved_errno,
                 const char  *format,
                 ...)
{
  g_autofree char *what = NULL;
  va_list args;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, VD_DATABASE_ERROR,
               saved_errno == ENOSPC ? VD_DATABASE_ERROR_FULL : VD_DATABASE_ERROR_BACKUP,
               "%s: %s", what, g_strerror (saved_errno));
  return FALSE;
}

/* Copies every page of src's "main" into dst's "main" in one step. */
static int
copy_database (sqlite3 *dst,
               sqlite3 *src)
{
  sqlite3_backup *backup;
  int rc;

  backup = sqlite3_backup_init (dst, "main", src, "main");
  if (backup == NULL)
    return sqlite3_errcode (dst);
  rc = sqlite3_backup_step (backup, -1);
  sqlite3_backup_finish (backup);
  if (rc == SQLITE_DONE)
    rc = SQLITE_OK;
  return rc != SQLITE_OK ? rc : sqlite3_errcode (dst);
}

static gboolean
backup_handle_to_file (sqlite3     *src,
                       const char  *dest,
                       GError     **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *part = NULL;
  sqlite3 *out = NULL;
  int fd;
  int rc;

  dir = g_path_get_dirname (dest);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    return set_errno_error (error, errno, _("Cannot create the backup folder “%s”"), dir);

  /* Created private before SQLite writes into it; renamed only once complete, so a
   * crash never leaves a half backup under a backup's name. */
  part = g_strconcat (dest, ".part", NULL);
  g_unlink (part);
  fd = g_open (part, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0)
    return set_errno_error (error, errno, _("Cannot create the backup “%s”"), part);
  close (fd);

  rc = sqlite3_open_v2 (part, &out, SQLITE_OPEN_READWRITE, NULL);
  /* Every page is written once: a page cache only holds memory (see daily_thread). */
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (out, "PRAGMA cache_size = -" BACKUP_CACHE_KIB, NULL, NULL, NULL);
  if (rc == SQLITE_OK)
    rc = copy_database (out, src);
  if (rc != SQLITE_OK)
    {
      g_autoptr(GError) local_error = NULL;

      vd_database_set_error (&local_error, out, rc, NULL);
      sqlite3_close_v2 (out);
      g_unlink (part);
      g_set_error (error, VD_DATABASE_ERROR,
                   local_error->code == VD_DATABASE_ERROR_FULL
                     ? VD_DATABASE_ERROR_FULL : VD_DATABASE_ERROR_BACKUP,
                   _("The backup could not be written. %s"), local_error->message);
      return FALSE;
    }
  sqlite3_close_v2 (out);

  if (g_rename (part, dest) != 0)
    {
      int saved = errno;
      g_unlink (part);
      return set_errno_error (error, saved, _("Cannot finish the backup “%s”"), dest);
    }
  return TRUE;
}

gboolean
vd_backup_to_file (VdDatabase  *db,
                   const char  *dest,
                   GError     **error)
{
  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (dest != NULL, FALSE);

  return backup_handle_to_file (vd_database_get_handle (db), dest, error);
}

/* Backup names carry their time: volunteer-desk-YYYYMMDD-HHMMSS.db (local time). */
GDateTime *
vd_backup_get_time (const char *path)
{
  g_autofree char *base = NULL;
  int y, mo, d, h, mi, s;
  char tail[8] = { 0 };

  g_return_val_if_fail (path != NULL, NULL);

  base = g_path_get_basename (path);
  if (!g_str_has_prefix (base, BACKUP_PREFIX) || !g_str_has_suffix (base, BACKUP_SUFFIX))
    return NULL;
  if (strlen (base) != strlen (BACKUP_PREFIX "YYYYMMDD-HHMMSS" BACKUP_SUFFIX))
    return NULL;
  if (sscanf (base + strlen (BACKUP_PREFIX), "%4d%2d%2d-%2d%2d%2d%3s",
              &y, &mo, &d, &h, &mi, &s, tail) != 7 ||
      strcmp (tail, BACKUP_SUFFIX) != 0)
    return NULL;

  return g_date_time_new_local (y, mo, d, h, mi, s);
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  /* The names sort by time. */
  return -g_strcmp0 (*(const char * const *)a, *(const char * const *)b);
}

static GPtrArray *
list_in_dir (const char  *dir_path,
             GError     **error)
{
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *name;

  dir = g_dir_open (dir_path, 0, &local_error);
  if (dir == NULL)
    {
      /* No folder yet simply means no backups yet. */
      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        return g_steal_pointer (&paths);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir_path, name, NULL);
      g_autoptr(GDateTime) when = vd_backup_get_time (path);

      if (when != NULL)
        g_ptr_array_add (paths, g_steal_pointer (&path));
    }
  g_ptr_array_sort (paths, compare_newest_first);
  return g_steal_pointer (&paths);
}

GPtrArray *
vd_backup_list (VdDatabase  *db,
                GError     **error)
{
  g_autofree char *dir_path = NULL;

  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);

  dir_path = vd_backup_get_dir (db);
  return list_in_dir (dir_path, error);
}

static char *
backup_path_for (const char *dir,
                 GDateTime  *when)
{
  g_autofree char *stamp = g_date_time_format (when, "%Y%m%d-%H%M%S");
  g_autofree char *name = g_strconcat (BACKUP_PREFIX, stamp, BACKUP_SUFFIX, NULL);

  return g_build_filename (dir, name, NULL);
}

static void
prune (GPtrArray *newest_first,
       guint      keep)
{
  for (guint i = keep; i < newest_first->len; i++)
    if (g_unlink (g_ptr_array_index (newest_first, i)) != 0)
      g_warning ("Cannot remove the old backup %s: %s",
                 (const char *)g_ptr_array_index (newest_first, i), g_strerror (errno));
}

/* The daily backup of the database whose handle is src, into dir. */
static char *
run_daily (sqlite3     *src,
           const char  *dir,
           GDateTime   *now,
           guint        keep,
           GError     **error)
{
  g_autoptr(GPtrArray) existing = NULL;
  g_autoptr(GDateTime) local_now = NULL;
  g_autofree char *path = NULL;

  local_now = now != NULL ? g_date_time_to_local (now) : g_date_time_new_now_local ();
  existing = list_in_dir (dir, error);
  if (existing == NULL)
    return NULL;

  for (guint i = 0; i < existing->len; i++)
    {
      g_autoptr(GDateTime) when = vd_backup_get_time (g_ptr_array_index (existing, i));

      if (g_date_time_get_year (when) == g_date_time_get_year (local_now) &&
          g_date_time_get_day_of_year (when) == g_date_time_get_day_of_year (local_now))
        return NULL;
    }

  path = backup_path_for (dir, local_now);
  if (!backup_handle_to_file (src, path, error))
    return NULL;

  g_ptr_array_insert (existing, 0, g_strdup (path));
  g_ptr_array_sort (existing, compare_newest_first);
  prune (existing, keep);
  return g_steal_pointer (&path);
}

char *
vd_backup_run_daily (VdDatabase  *db,
                     GDateTime   *now,
                     guint        keep,
                     GError     **error)
{
  g_autofree char *dir = NULL;

  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (keep > 0, NULL);

  dir = vd_backup_get_dir (db);
  return run_daily (vd_database_get_handle (db), dir, now, keep, error);
}

typedef struct
{
  char      *db_path;
  char      *dir;
  GDateTime *now;
  guint      keep;
} DailyJob;

static void
daily_job_free (DailyJob *job)
{
  g_free (job->db_path);
  g_free (job->dir);
  g_clear_pointer (&job->now, g_date_time_unref);
  g_free (job);
}

/* In a worker thread, from a connection of its own: a read transaction of WAL sees
 * one consistent state while the window goes on reading and writing. */
static void
daily_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  DailyJob *job = task_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  sqlite3 *src = NULL;
  int rc;

  rc = sqlite3_open_v2 (job->db_path, &src, SQLITE_OPEN_READONLY, NULL);
  if (rc == SQLITE_OK)
    sqlite3_busy_timeout (src, 5000);
  /* The copy reads each page once. With the default caches of both connections the
   * app kept about 4 MB more resident after the backup (the thread's malloc arena
   * holds on to what they used). */
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (src, "PRAGMA cache_size = -" BACKUP_CACHE_KIB, NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      vd_database_set_error (&error, src, rc, NULL);
      sqlite3_close_v2 (src);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  path = run_daily (src, job->dir, job->now, job->keep, &error);
  sqlite3_close_v2 (src);
  if (error != NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, g_steal_pointer (&path), g_free);
}

void
vd_backup_run_daily_async (VdDatabase          *db,
                           GDateTime           *now,
                           guint                keep,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  DailyJob *job;

  g_return_if_fail (VD_IS_DATABASE (db));
  g_return_if_fail (keep > 0);

  job = g_new0 (DailyJob, 1);
  job->db_path = g_strdup (vd_database_get_path (db));
  job->dir = vd_backup_get_dir (db);
  job->now = now != NULL ? g_date_time_ref (now) : NULL;
  job->keep = keep;

  task = g_task_new (db, cancellable, callback, user_data);
  g_task_set_source_tag (task, vd_backup_run_daily_async);
  g_task_set_task_data (task, job, (GDestroyNotify)daily_job_free);
  g_task_run_in_thread (task, daily_thread);
}

char *
vd_backup_run_daily_finish (VdDatabase    *db,
                            GAsyncResult  *result,
                            GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, db), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* A backup is restored only if it is a healthy Volunteer Desk database this version
 * can read. */
static sqlite3 *
open_checked_backup (const char  *path,
                     GError     **error)
{
  sqlite3 *src = NULL;
  sqlite3_stmt *stmt = NULL;
  int version = -1;
  gboolean ours = FALSE;
  gboolean healthy = FALSE;
  int rc;

  rc = sqlite3_open_v2 (path, &src, SQLITE_OPEN_READONLY, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2 (src, "PRAGMA quick_check", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      healthy = rc == SQLITE_ROW && g_strcmp0 ((const char *)sqlite3_column_text (stmt, 0), "ok") == 0;
      sqlite3_finalize (stmt);
      stmt = NULL;
      if (rc == SQLITE_ROW)
        rc = SQLITE_OK;
    }
  if (rc != SQLITE_OK)
    {
      g_autoptr(GError) local_error = NULL;

      vd_database_set_error (&local_error, src, rc, NULL);
      sqlite3_close_v2 (src);
      g_set_error (error, VD_DATABASE_ERROR, VD_DATABASE_ERROR_BACKUP,
                   _("“%s” cannot be read as a backup. %s"), path, local_error->message);
      return NULL;
    }

  if (sqlite3_prepare_v2 (src, "SELECT (SELECT user_version FROM pragma_user_version), "
                               "EXISTS (SELECT 1 FROM sqlite_schema WHERE name = 'settings') "
                               "AND EXISTS (SELECT 1 FROM sqlite_schema WHERE name = 'audit_log')",
                          -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    {
      version = sqlite3_column_int (stmt, 0);
      ours = sqlite3_column_int (stmt, 1);
    }
  sqlite3_finalize (stmt);

  if (!healthy || !ours || version < 1)
    {
      sqlite3_close_v2 (src);
      g_set_error (error, VD_DATABASE_ERROR, VD_DATABASE_ERROR_BACKUP,
                   healthy ? _("“%s” is not a Volunteer Desk backup.")
                           : _("The backup “%s” is damaged."),
                   path);
      return NULL;
    }
  if (version > VD_SCHEMA_VERSION)
    {
      sqlite3_close_v2 (src);
      g_set_error (error, VD_DATABASE_ERROR, VD_DATABASE_ERROR_TOO_NEW,
                   _("The backup “%s” was written by a newer version of Volunteer Desk."), path);
      return NULL;
    }
  return src;
}

gboolean
vd_backup_restore (VdDatabase  *db,
                   const char  *backup_path,
                   GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *dir = NULL;
  g_autofree char *safety = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GPtrArray) existing = NULL;
  sqlite3 *src;
  int rc;

  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (backup_path != NULL, FALSE);
  g_return_val_if_fail (!vd_database_in_transaction (db), FALSE);

  src = open_checked_backup (backup_path, error);
  if (src == NULL)
    return FALSE;
  dir = vd_backup_get_dir (db);

  /* The current content is kept first, so a restore can itself be undone. Names are
   * per second: step past one taken this very second. */
  for (;;)
    {
      GDateTime *next;

      g_free (safety);
      safety = backup_path_for (dir, now);
      if (!g_file_test (safety, G_FILE_TEST_EXISTS))
        break;
      next = g_date_time_add_seconds (now, 1);
      g_date_time_unref (now);
      now = next;
    }

  if (!vd_backup_to_file (db, safety, error))
    {
      sqlite3_close_v2 (src);
      return FALSE;
    }

  rc = copy_database (vd_database_get_handle (db), src);
  sqlite3_close_v2 (src);
  if (rc != SQLITE_OK)
    {
      g_autoptr(GError) local_error = NULL;

      vd_database_set_error (&local_error, vd_database_get_handle (db), rc, NULL);
      g_set_error (error, VD_DATABASE_ERROR, VD_DATABASE_ERROR_BACKUP,
                   _("The backup could not be restored; the current data is unchanged. %s"),
                   local_error->message);
      return FALSE;
    }

  if (!vd_migrations_run (db, error))
    return FALSE;

  after = vd_audit_json_object ("backup", backup_path, "safety_backup", safety, NULL);
  if (!vd_audit_log (db, "database", 0, "restore", NULL, after, error))
    return FALSE;

  existing = vd_backup_list (db, NULL);
  if (existing != NULL)
    prune (existing, VD_BACKUP_KEEP);

  vd_database_emit_reloaded (db);
  return TRUE;
}
