/* vd-training-stats.c — training statistics by category and month, and the attendance list export
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "vd-audit.h"
#include "vd-identity.h"
#include "vd-lookup.h"
#include "vd-table-writer.h"
#include "vd-training-private.h"

/* ---- statistics ---- */

void
vd_training_stat_free (VdTrainingStat *self)
{
  if (self == NULL)
    return;
  g_free (self->label);
  g_free (self);
}

GPtrArray *
vd_training_stats (VdDatabase            *db,
                   int                    year,
                   VdTrainingStatsGroup   group,
                   GError               **error)
{
  static const char * const keys[] = {
    [VD_TRAINING_STATS_TOTAL] = "''",
    [VD_TRAINING_STATS_BY_CATEGORY] = "coalesce (c.name, '')",
    [VD_TRAINING_STATS_BY_MONTH] = "substr (t.starts_at, 1, 7)",
  };
  g_autoptr(GPtrArray) stats = g_ptr_array_new_with_free_func ((GDestroyNotify)vd_training_stat_free);
  g_autofree char *sql = NULL;
  g_autoptr(GDateTime) local = g_date_time_new_now_local ();
  g_autofree char *now = g_date_time_format (local, "%Y-%m-%d %H:%M:%S");
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (group <= VD_TRAINING_STATS_BY_MONTH, NULL);

  if (group == VD_TRAINING_STATS_BY_MONTH)
    for (int m = 1; m <= 12; m++)
      {
        VdTrainingStat *s = g_new0 (VdTrainingStat, 1);

        s->label = g_strdup_printf ("%04d-%02d", year, m);
        g_ptr_array_add (stats, s);
      }

  /* One row per session first, then grouped: sessions without registrations count.
   * The rate counts only sessions that have begun (?2, now): the registrants of a
   * session still to come have not failed to attend it. */
  sql = g_strdup_printf (
    "SELECT key, count(*), sum (n), sum (came), sum (excused), min (sort), "
    "       sum (CASE WHEN begun THEN n - excused ELSE 0 END) FROM ("
    "  SELECT %s AS key, coalesce (c.sort_order, 0) AS sort, t.starts_at <= ?2 AS begun, "
    "    (SELECT count(*) FROM training_attendance a WHERE a.training_id = t.id) AS n, "
    "    (SELECT count(*) FROM training_attendance a WHERE a.training_id = t.id "
    "       AND (a.status = 'present' OR a.status = 'late')) AS came, "
    "    (SELECT count(*) FROM training_attendance a WHERE a.training_id = t.id "
    "       AND a.status = 'excused') AS excused "
    "  FROM trainings t LEFT JOIN categories c ON c.id = t.category_id "
    "  WHERE t.starts_at BETWEEN printf ('%%04d', ?1) AND printf ('%%04d-12-31 23:59:59', ?1)) "
    "GROUP BY key ORDER BY min (sort), key",
    keys[group]);
  stmt = vd_database_prepare (db, sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, year);
  sqlite3_bind_text (stmt, 2, now, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *key = (const char *)sqlite3_column_text (stmt, 0);
      VdTrainingStat *s = NULL;
      guint expected;

      if (group == VD_TRAINING_STATS_BY_MONTH)
        {
          int month = key != NULL && strlen (key) == 7 ? atoi (key + 5) : 0;

          if (month < 1 || month > 12)
            continue;
          s = g_ptr_array_index (stats, month - 1);
        }
      else
        {
          s = g_new0 (VdTrainingStat, 1);
          s->label = g_strdup (key != NULL ? key : "");
          g_ptr_array_add (stats, s);
        }
      s->sessions = sqlite3_column_int (stmt, 1);
      s->registrations = sqlite3_column_int (stmt, 2);
      s->attendances = sqlite3_column_int (stmt, 3);
      s->excused = sqlite3_column_int (stmt, 4);
      expected = sqlite3_column_int (stmt, 6);
      s->rate = expected > 0 ? (double)s->attendances / expected : 0;
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
      return NULL;
    }
  if (group == VD_TRAINING_STATS_TOTAL && stats->len == 0)
    {
      VdTrainingStat *s = g_new0 (VdTrainingStat, 1);

      s->label = g_strdup ("");
      g_ptr_array_add (stats, s);
    }
  return g_steal_pointer (&stats);
}

/* ---- export ---- */

gboolean
vd_training_export_attendance (VdDatabase  *db,
                               gint64       training_id,
                               const char  *path,
                               gboolean     full_phones,
                               GError     **error)
{
  g_autoptr(VdTableWriter) writer = NULL;
  g_autoptr(VdTraining) t = NULL;
  g_autofree char *json = NULL;
  g_autofree char *rows = NULL;
  const char *header[] = {
    _("No."), _("Volunteer number"), _("Name"), _("Mobile phone"), _("Status"),
    _("Check-in time"),
  };
  sqlite3_stmt *stmt;
  guint n = 0;
  int rc;

  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  t = vd_training_get (db, training_id, error);
  if (t == NULL)
    return FALSE;
  writer = vd_table_writer_new (path, vd_table_format_for_path (path), _("Attendance"),
                                full_phones, error);
  if (writer == NULL || !vd_table_writer_add_row (writer, header, G_N_ELEMENTS (header), error))
    return FALSE;

  stmt = vd_database_prepare (db,
    "SELECT v.volunteer_no, v.name, coalesce (v.phone, ''), a.status, "
    "coalesce (a.checked_in_at, '') FROM training_attendance a "
    "JOIN volunteers v ON v.id = a.volunteer_id WHERE a.training_id = ?1 "
    "ORDER BY v.name_sort, v.id", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, training_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autofree char *number = g_strdup_printf ("%u", ++n);
      const char *phone = (const char *)sqlite3_column_text (stmt, 2);
      g_autofree char *shown = full_phones ? g_strdup (phone) : vd_mask_phone (phone);
      VdAttendanceStatus status = VD_ATTENDANCE_REGISTERED;
      const char *cells[6];

      vd_attendance_status_from_code ((const char *)sqlite3_column_text (stmt, 3), &status);
      cells[0] = number;
      cells[1] = (const char *)sqlite3_column_text (stmt, 0);
      cells[2] = (const char *)sqlite3_column_text (stmt, 1);
      cells[3] = shown;
      cells[4] = vd_attendance_status_get_label (status);
      cells[5] = (const char *)sqlite3_column_text (stmt, 4);
      if (!vd_table_writer_add_row (writer, cells, G_N_ELEMENTS (cells), error))
        {
          sqlite3_finalize (stmt);
          return FALSE;
        }
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
  if (!vd_table_writer_finish (writer, error))
    return FALSE;

  rows = g_strdup_printf ("%u", n);
  json = vd_audit_json_object ("file", path, "rows", rows, "training", t->topic, NULL);
  return vd_audit_log (db, "trainings", training_id,
                       full_phones ? "export-attendance-full-phones" : "export-attendance",
                       NULL, json, error);
}
