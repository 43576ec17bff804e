/* vd-training.c — training sessions: the record, its checks and its writes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "vd-audit.h"
#include "vd-date.h"
#include "vd-training-private.h"

G_DEFINE_QUARK (vd-training-error-quark, vd_training_error)

G_DEFINE_FINAL_TYPE (VdTraining, vd_training, G_TYPE_OBJECT)

static const char * const status_codes[VD_N_ATTENDANCE] = {
  "registered", "present", "late", "absent", "excused",
};

/* In context: "Registered" alone is the register's date of registration. */
static const char * const status_labels[VD_N_ATTENDANCE] = {
  NC_("attendance", "Registered"), NC_("attendance", "Present"), NC_("attendance", "Late"),
  NC_("attendance", "Absent"), NC_("attendance", "Excused"),
};

const char *
vd_attendance_status_to_code (VdAttendanceStatus status)
{
  g_return_val_if_fail (status < VD_N_ATTENDANCE, "registered");
  return status_codes[status];
}

gboolean
vd_attendance_status_from_code (const char         *code,
                                VdAttendanceStatus *out)
{
  for (guint i = 0; i < VD_N_ATTENDANCE; i++)
    if (g_strcmp0 (code, status_codes[i]) == 0)
      {
        *out = i;
        return TRUE;
      }
  return FALSE;
}

const char *
vd_attendance_status_get_label (VdAttendanceStatus status)
{
  g_return_val_if_fail (status < VD_N_ATTENDANCE, "");
  return g_dpgettext2 (GETTEXT_PACKAGE, "attendance", status_labels[status]);
}

/* ---- time helpers ---- */

GDateTime *
vd_training_parse_time (const char *text)
{
  g_autofree char *copy = NULL;
  char *time_part;
  GDate date;
  int h = 0, m = 0, s = 0, n;
  char tail;

  if (text == NULL)
    return NULL;
  copy = g_strstrip (g_strdup (text));
  time_part = strrchr (copy, ' ');
  if (time_part == NULL)
    time_part = strchr (copy, 'T');
  if (time_part == NULL)
    return NULL;
  *time_part++ = '\0';
  g_strstrip (time_part);
  if (!vd_date_parse (copy, &date))
    return NULL;
  n = sscanf (time_part, "%d:%d:%d%c", &h, &m, &s, &tail);
  if (n != 2 && n != 3)
    return NULL;
  if (h < 0 || h > 23 || m < 0 || m > 59 || s < 0 || s > 59)
    return NULL;
  return g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date),
                                g_date_get_day (&date), h, m, s);
}

char *
vd_training_format_time (GDateTime *time)
{
  return g_date_time_format (time, "%Y-%m-%d %H:%M:%S");
}

gboolean
vd_training_step_done (VdDatabase    *db,
                       sqlite3_stmt  *stmt,
                       GError       **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
  return TRUE;
}

/* ---- the record ---- */

static void
vd_training_finalize (GObject *object)
{
  VdTraining *self = VD_TRAINING (object);

  g_free (self->topic);
  g_free (self->trainer);
  g_free (self->starts_at);
  g_free (self->ends_at);
  g_free (self->place);
  g_free (self->notes);
  g_free (self->category_name);
  g_free (self->station_name);

  G_OBJECT_CLASS (vd_training_parent_class)->finalize (object);
}

static void
vd_training_class_init (VdTrainingClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = vd_training_finalize;
}

static void
vd_training_init (VdTraining *self)
{
  self->topic = g_strdup ("");
  self->trainer = g_strdup ("");
  self->starts_at = g_strdup ("");
  self->ends_at = g_strdup ("");
  self->place = g_strdup ("");
  self->notes = g_strdup ("");
  self->category_name = g_strdup ("");
  self->station_name = g_strdup ("");
}

VdTraining *
vd_training_new (void)
{
  return g_object_new (VD_TYPE_TRAINING, NULL);
}

static void
replace (char      **field,
         const char *value)
{
  char *copy = g_strdup (value != NULL ? value : "");

  g_free (*field);
  *field = copy;
}

VdTraining *
vd_training_copy (VdTraining *self)
{
  VdTraining *copy;

  g_return_val_if_fail (VD_IS_TRAINING (self), NULL);

  copy = vd_training_new ();
  copy->id = self->id;
  replace (&copy->topic, self->topic);
  copy->category_id = self->category_id;
  replace (&copy->trainer, self->trainer);
  replace (&copy->starts_at, self->starts_at);
  replace (&copy->ends_at, self->ends_at);
  replace (&copy->place, self->place);
  copy->station_id = self->station_id;
  copy->capacity = self->capacity;
  copy->minutes = self->minutes;
  replace (&copy->notes, self->notes);
  replace (&copy->category_name, self->category_name);
  replace (&copy->station_name, self->station_name);
  memcpy (copy->counts, self->counts, sizeof copy->counts);
  return copy;
}

guint
vd_training_count_registered (VdTraining *self)
{
  guint n = 0;

  for (guint i = 0; i < VD_N_ATTENDANCE; i++)
    n += self->counts[i];
  return n;
}

guint
vd_training_count_attended (VdTraining *self)
{
  return self->counts[VD_ATTENDANCE_PRESENT] + self->counts[VD_ATTENDANCE_LATE];
}

double
vd_training_attendance_rate (VdTraining *self)
{
  guint expected = vd_training_count_registered (self) - self->counts[VD_ATTENDANCE_EXCUSED];

  if (expected == 0)
    return -1;
  return (double)vd_training_count_attended (self) / expected;
}

/* ---- checks ---- */

gboolean
vd_training_too_long (const char *text,
          glong       max)
{
  return !g_utf8_validate (text, -1, NULL) || g_utf8_strlen (text, -1) > max;
}

gboolean
vd_training_row_exists (VdDatabase *db,
            const char *sql,
            gint64      id)
{
  sqlite3_stmt *stmt = vd_database_prepare_cached (db, sql, NULL);
  gboolean found;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  found = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_reset (stmt);
  return found;
}

static guint
count_registrations (VdDatabase *db,
                     gint64      training_id)
{
  sqlite3_stmt *stmt = vd_database_prepare_cached (db,
    "SELECT count(*) FROM training_attendance WHERE training_id = ?1", NULL);
  guint n = 0;

  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, training_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);
  return n;
}

gboolean
vd_training_check (VdDatabase *db,
                   VdTraining *t,
                   char       *messages[VD_TRAINING_N_FIELDS])
{
  char *found[VD_TRAINING_N_FIELDS] = { NULL, };
  g_autoptr(GDateTime) starts = NULL;
  g_autoptr(GDateTime) ends = NULL;
  g_autofree char *topic = NULL;
  gboolean ok = TRUE;

  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (VD_IS_TRAINING (t), FALSE);

  topic = g_strstrip (g_strdup (t->topic));
  replace (&t->topic, topic);
  if (t->topic[0] == '\0')
    found[VD_TRAINING_FIELD_TOPIC] = g_strdup (_("Enter the topic of the session."));
  else if (vd_training_too_long (t->topic, 200))
    found[VD_TRAINING_FIELD_TOPIC] = g_strdup (_("The topic can have at most 200 characters."));

  if (t->category_id <= 0)
    found[VD_TRAINING_FIELD_CATEGORY] = g_strdup (_("Choose a category."));
  else if (!vd_training_row_exists (db, "SELECT 1 FROM categories WHERE id = ?1 AND domain = 'training'",
                        t->category_id))
    found[VD_TRAINING_FIELD_CATEGORY] = g_strdup (_("This category does not exist any more."));

  if (vd_training_too_long (t->trainer, 64))
    found[VD_TRAINING_FIELD_TRAINER] = g_strdup (_("The trainer's name can have at most 64 characters."));
  if (vd_training_too_long (t->place, 200))
    found[VD_TRAINING_FIELD_PLACE] = g_strdup (_("The place can have at most 200 characters."));
  if (vd_training_too_long (t->notes, 2000))
    found[VD_TRAINING_FIELD_NOTES] = g_strdup (_("The notes can have at most 2,000 characters."));

  starts = vd_training_parse_time (t->starts_at);
  ends = vd_training_parse_time (t->ends_at);
  if (starts == NULL)
    found[VD_TRAINING_FIELD_STARTS_AT] =
      g_strdup (_("Enter the start as a date and a time, for example 2026-03-05 09:00."));
  else
    {
      g_free (t->starts_at);
      t->starts_at = vd_training_format_time (starts);
    }
  if (ends == NULL)
    found[VD_TRAINING_FIELD_ENDS_AT] =
      g_strdup (_("Enter the end as a date and a time, for example 2026-03-05 11:30."));
  else
    {
      g_free (t->ends_at);
      t->ends_at = vd_training_format_time (ends);
    }
  if (starts != NULL && ends != NULL)
    {
      GTimeSpan span = g_date_time_difference (ends, starts);
      gint64 length = span / G_TIME_SPAN_MINUTE;

      if (span <= 0)
        found[VD_TRAINING_FIELD_ENDS_AT] = g_strdup (_("The session must end after it starts."));
      else if (length > 24 * 60)
        found[VD_TRAINING_FIELD_ENDS_AT] = g_strdup (_("A session lasts at most 24 hours."));
      else if (t->minutes == 0)
        t->minutes = (int)length;
      else if (t->minutes < 0 || t->minutes > length)
        found[VD_TRAINING_FIELD_MINUTES] =
          /* Translators: %d is the length of the session in minutes */
          g_strdup_printf (_("The training time must be between 1 and %d minutes, the length of the session."),
                           (int)length);
    }

  if (t->station_id != 0 &&
      !vd_training_row_exists (db, "SELECT 1 FROM stations WHERE id = ?1", t->station_id))
    found[VD_TRAINING_FIELD_STATION] = g_strdup (_("This station does not exist any more."));

  if (t->capacity < 0 || t->capacity > 100000)
    found[VD_TRAINING_FIELD_CAPACITY] =
      g_strdup (_("Enter a capacity from 1 to 100,000, or 0 for no limit."));
  else if (t->capacity > 0 && t->id != 0)
    {
      guint taken = count_registrations (db, t->id);

      if ((guint)t->capacity < taken)
        found[VD_TRAINING_FIELD_CAPACITY] =
          g_strdup_printf (ngettext ("%u person is already registered: the capacity cannot be lower.",
                                     "%u people are already registered: the capacity cannot be lower.",
                                     taken),
                           taken);
    }

  for (guint i = 0; i < VD_TRAINING_N_FIELDS; i++)
    {
      if (found[i] != NULL)
        ok = FALSE;
      if (messages != NULL)
        messages[i] = found[i];
      else
        g_free (found[i]);
    }
  return ok;
}

static gboolean
refuse_if_invalid (VdDatabase  *db,
                   VdTraining  *t,
                   GError     **error)
{
  char *messages[VD_TRAINING_N_FIELDS];
  gboolean ok = vd_training_check (db, t, messages);

  for (guint i = 0; i < VD_TRAINING_N_FIELDS; i++)
    {
      if (messages[i] != NULL && error != NULL && *error == NULL)
        g_set_error_literal (error, VD_TRAINING_ERROR, VD_TRAINING_ERROR_INVALID, messages[i]);
      g_free (messages[i]);
    }
  return ok;
}

/* ---- writes ---- */

static gboolean
write_row (VdDatabase  *db,
           VdTraining  *t,
           GError     **error)
{
  sqlite3_stmt *stmt;

  if (t->id == 0)
    stmt = vd_database_prepare_cached (db,
      "INSERT INTO trainings (topic, category_id, trainer, starts_at, ends_at, place, "
      "station_id, capacity, minutes, notes) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
      error);
  else
    stmt = vd_database_prepare_cached (db,
      "UPDATE trainings SET (topic, category_id, trainer, starts_at, ends_at, place, "
      "station_id, capacity, minutes, notes) = (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) "
      "WHERE id = ?11",
      error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, t->topic, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, t->category_id);
  sqlite3_bind_text (stmt, 3, t->trainer, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, t->starts_at, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, t->ends_at, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, t->place, -1, SQLITE_STATIC);
  if (t->station_id != 0)
    sqlite3_bind_int64 (stmt, 7, t->station_id);
  if (t->capacity > 0)
    sqlite3_bind_int (stmt, 8, t->capacity);
  sqlite3_bind_int (stmt, 9, t->minutes);
  sqlite3_bind_text (stmt, 10, t->notes, -1, SQLITE_STATIC);
  if (t->id != 0)
    sqlite3_bind_int64 (stmt, 11, t->id);
  if (!vd_training_step_done (db, stmt, error))
    return FALSE;
  if (t->id == 0)
    t->id = sqlite3_last_insert_rowid (vd_database_get_handle (db));
  return TRUE;
}

gboolean
vd_training_insert (VdDatabase  *db,
                    VdTraining  *t,
                    GError     **error)
{
  g_autoptr(VdAuditRow) audit = NULL;

  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (VD_IS_TRAINING (t) && t->id == 0, FALSE);

  if (!refuse_if_invalid (db, t, error) || !vd_database_begin (db, error))
    return FALSE;
  audit = vd_audit_row_begin (db, "trainings", 0, error);
  if (audit != NULL && write_row (db, t, error) &&
      vd_audit_row_finish (audit, "insert", t->id, error) &&
      vd_database_commit (db, error))
    return TRUE;
  vd_database_rollback (db);
  t->id = 0;
  return FALSE;
}

gboolean
vd_training_update (VdDatabase  *db,
                    VdTraining  *t,
                    GError     **error)
{
  g_autoptr(VdAuditRow) audit = NULL;

  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (VD_IS_TRAINING (t) && t->id != 0, FALSE);

  if (!vd_training_row_exists (db, "SELECT 1 FROM trainings WHERE id = ?1", t->id))
    {
      g_set_error_literal (error, VD_TRAINING_ERROR, VD_TRAINING_ERROR_NOT_FOUND,
                           _("This training session does not exist any more."));
      return FALSE;
    }
  if (!refuse_if_invalid (db, t, error) || !vd_database_begin (db, error))
    return FALSE;
  audit = vd_audit_row_begin (db, "trainings", t->id, error);
  if (audit != NULL && write_row (db, t, error) &&
      vd_audit_row_finish (audit, "update", t->id, error) &&
      vd_database_commit (db, error))
    return TRUE;
  vd_database_rollback (db);
  return FALSE;
}

gboolean
vd_training_delete (VdDatabase  *db,
                    gint64       id,
                    GError     **error)
{
  g_autoptr(VdAuditRow) audit = NULL;

  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);

  if (!vd_training_row_exists (db, "SELECT 1 FROM trainings WHERE id = ?1", id))
    {
      g_set_error_literal (error, VD_TRAINING_ERROR, VD_TRAINING_ERROR_NOT_FOUND,
                           _("This training session does not exist any more."));
      return FALSE;
    }
  if (!vd_database_begin (db, error))
    return FALSE;
  audit = vd_audit_row_begin (db, "trainings", id, error);
  /* the registrations go by ON DELETE CASCADE; the service records do not */
  if (audit != NULL &&
      vd_database_exec_int (db, "DELETE FROM service_records WHERE training_id = ?1", id, error) &&
      vd_database_exec_int (db, "DELETE FROM trainings WHERE id = ?1", id, error) &&
      vd_audit_row_finish (audit, "delete", id, error) &&
      vd_database_commit (db, error))
    return TRUE;
  vd_database_rollback (db);
  return FALSE;
}

#define TRAINING_COLUMNS \
  "t.id, t.topic, t.category_id, t.trainer, t.starts_at, t.ends_at, t.place, " \
  "coalesce (t.station_id, 0), coalesce (t.capacity, 0), t.minutes, t.notes, " \
  "coalesce (c.name, ''), coalesce (s.name, '')"
#define TRAINING_FROM \
  "trainings t LEFT JOIN categories c ON c.id = t.category_id " \
  "LEFT JOIN stations s ON s.id = t.station_id"
#define TRAINING_COUNTS \
  "(SELECT group_concat (status || '=' || n) FROM (SELECT status, count(*) AS n " \
  "FROM training_attendance a WHERE a.training_id = t.id GROUP BY status))"

static VdTraining *
training_from_row (sqlite3_stmt *stmt)
{
  VdTraining *t = vd_training_new ();
  const char *counts;

  t->id = sqlite3_column_int64 (stmt, 0);
  replace (&t->topic, (const char *)sqlite3_column_text (stmt, 1));
  t->category_id = sqlite3_column_int64 (stmt, 2);
  replace (&t->trainer, (const char *)sqlite3_column_text (stmt, 3));
  replace (&t->starts_at, (const char *)sqlite3_column_text (stmt, 4));
  replace (&t->ends_at, (const char *)sqlite3_column_text (stmt, 5));
  replace (&t->place, (const char *)sqlite3_column_text (stmt, 6));
  t->station_id = sqlite3_column_int64 (stmt, 7);
  t->capacity = sqlite3_column_int (stmt, 8);
  t->minutes = sqlite3_column_int (stmt, 9);
  replace (&t->notes, (const char *)sqlite3_column_text (stmt, 10));
  replace (&t->category_name, (const char *)sqlite3_column_text (stmt, 11));
  replace (&t->station_name, (const char *)sqlite3_column_text (stmt, 12));

  /* "present=12,registered=3": one subquery instead of one per status */
  counts = (const char *)sqlite3_column_text (stmt, 13);
  if (counts != NULL)
    {
      g_auto(GStrv) pairs = g_strsplit (counts, ",", -1);

      for (guint i = 0; pairs[i] != NULL; i++)
        {
          char *eq = strchr (pairs[i], '=');
          VdAttendanceStatus status;

          if (eq == NULL)
            continue;
          *eq = '\0';
          if (vd_attendance_status_from_code (pairs[i], &status))
            t->counts[status] = (guint)g_ascii_strtoull (eq + 1, NULL, 10);
        }
    }
  return t;
}

VdTraining *
vd_training_get (VdDatabase  *db,
                 gint64       id,
                 GError     **error)
{
  sqlite3_stmt *stmt;
  VdTraining *t = NULL;
  int rc;

  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);

  stmt = vd_database_prepare_cached (db, "SELECT " TRAINING_COLUMNS ", " TRAINING_COUNTS
                                         " FROM " TRAINING_FROM " WHERE t.id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    t = training_from_row (stmt);
  else if (rc == SQLITE_DONE)
    g_set_error_literal (error, VD_TRAINING_ERROR, VD_TRAINING_ERROR_NOT_FOUND,
                         _("This training session does not exist any more."));
  else
    vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
  sqlite3_reset (stmt);
  return t;
}

static GPtrArray *
collect_trainings (VdDatabase    *db,
                   sqlite3_stmt  *stmt,
                   GError       **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (list, training_from_row (stmt));
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
      return NULL;
    }
  return g_steal_pointer (&list);
}

GPtrArray *
vd_training_list (VdDatabase  *db,
                  int          year,
                  GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);

  stmt = vd_database_prepare (db, "SELECT " TRAINING_COLUMNS ", " TRAINING_COUNTS
                                  " FROM " TRAINING_FROM
                                  " WHERE ?1 = 0 OR t.starts_at BETWEEN printf ('%04d', ?1) "
                                  "AND printf ('%04d-12-31 23:59:59', ?1) "
                                  "ORDER BY t.starts_at DESC, t.id DESC",
                              error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, year);
  return collect_trainings (db, stmt, error);
}

GPtrArray *
vd_training_list_for_volunteer (VdDatabase  *db,
                                gint64       volunteer_id,
                                GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);

  stmt = vd_database_prepare (db, "SELECT " TRAINING_COLUMNS ", a.status || '=1' FROM "
                                  TRAINING_FROM " JOIN training_attendance a "
                                  "ON a.training_id = t.id AND a.volunteer_id = ?1 "
                                  "ORDER BY t.starts_at DESC, t.id DESC",
                              error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, volunteer_id);
  return collect_trainings (db, stmt, error);
}
