/* vd-training-attendance.c — registrations, and what check-in and registration share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "vd-audit.h"
#include "vd-identity.h"
#include "vd-lookup.h"
#include "vd-settings.h"
#include "vd-training-private.h"

G_DEFINE_FINAL_TYPE (VdAttendance, vd_attendance, G_TYPE_OBJECT)

static void
vd_attendance_finalize (GObject *object)
{
  VdAttendance *self = VD_ATTENDANCE (object);

  g_free (self->volunteer_no);
  g_free (self->name);
  g_free (self->phone_masked);
  g_free (self->registered_at);
  g_free (self->checked_in_at);

  G_OBJECT_CLASS (vd_attendance_parent_class)->finalize (object);
}

static void
vd_attendance_class_init (VdAttendanceClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = vd_attendance_finalize;
}

static void
vd_attendance_init (VdAttendance *self)
{
}

void
vd_check_in_free (VdCheckIn *self)
{
  if (self == NULL)
    return;
  g_free (self->name);
  g_free (self->at);
  g_free (self);
}

void
vd_check_in_match_free (VdCheckInMatch *self)
{
  if (self == NULL)
    return;
  g_free (self->name);
  g_free (self->phone_masked);
  g_free (self->checked_in_at);
  g_free (self);
}

/* ---- small readers ---- */

gboolean
vd_training_read_registration (VdDatabase    *db,
                   gint64         training_id,
                   gint64         volunteer_id,
                   VdRegistration  *out,
                   GError       **error)
{
  sqlite3_stmt *stmt;
  int rc;

  memset (out, 0, sizeof *out);
  stmt = vd_database_prepare_cached (db, "SELECT status, checked_in_at FROM training_attendance "
                                         "WHERE training_id = ?1 AND volunteer_id = ?2", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, training_id);
  sqlite3_bind_int64 (stmt, 2, volunteer_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      out->exists = TRUE;
      vd_attendance_status_from_code ((const char *)sqlite3_column_text (stmt, 0), &out->status);
      out->checked_in_at = g_strdup ((const char *)sqlite3_column_text (stmt, 1));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
  return TRUE;
}

/* The volunteer's name, and whether they are active; NULL when not found. */
char *
vd_training_volunteer_name (VdDatabase *db,
                gint64      volunteer_id,
                gboolean   *active)
{
  sqlite3_stmt *stmt = vd_database_prepare_cached (db, "SELECT name, status FROM volunteers "
                                                       "WHERE id = ?1", NULL);
  char *name = NULL;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, volunteer_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      name = g_strdup ((const char *)sqlite3_column_text (stmt, 0));
      if (active != NULL)
        *active = g_strcmp0 ((const char *)sqlite3_column_text (stmt, 1), "active") == 0;
    }
  sqlite3_reset (stmt);
  return name;
}

gboolean
vd_training_audit_change (VdDatabase          *db,
              gint64               training_id,
              gint64               volunteer_id,
              const char          *action,
              const VdRegistration  *before,
              const char          *status_after,
              const char          *checked_in_after,
              GError             **error)
{
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, volunteer_id);
  g_autofree char *before_json = NULL;
  g_autofree char *after_json = NULL;

  if (before != NULL && before->exists)
    before_json = vd_audit_json_object ("volunteer_id", id,
                                        "status", vd_attendance_status_to_code (before->status),
                                        "checked_in_at", before->checked_in_at, NULL);
  if (status_after != NULL)
    after_json = vd_audit_json_object ("volunteer_id", id, "status", status_after,
                                       "checked_in_at", checked_in_after, NULL);
  return vd_audit_log (db, "training_attendance", training_id, action, before_json, after_json,
                       error);
}

/* ---- service records written by attendance ---- */

/* Present or late: an approved record when training counts as service time (an
 * existing one is kept); otherwise: no record. */
gboolean
vd_training_sync_record (VdDatabase  *db,
                     VdTraining  *t,
                     gint64       volunteer_id,
                     gboolean     attended,
                     gboolean    *wrote,
                     GError     **error)
{
  g_autoptr(VdSettings) settings = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *reviewed_at = NULL;
  sqlite3_stmt *stmt;
  int minutes;

  if (wrote != NULL)
    *wrote = FALSE;
  if (!attended)
    {
      stmt = vd_database_prepare_cached (db, "DELETE FROM service_records WHERE training_id = ?1 "
                                             "AND volunteer_id = ?2", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, t->id);
      sqlite3_bind_int64 (stmt, 2, volunteer_id);
      return vd_training_step_done (db, stmt, error);
    }

  settings = vd_settings_load (db, error);
  if (settings == NULL)
    return FALSE;
  if (!settings->training_counts)
    return TRUE;
  minutes = MIN (t->minutes, settings->daily_cap_minutes);
  minutes -= minutes % settings->rounding_minutes;
  if (minutes <= 0)
    return TRUE;   /* shorter than one rounding unit: nothing counts */

  now = g_date_time_new_now_local ();
  reviewed_at = vd_training_format_time (now);
  stmt = vd_database_prepare_cached (db,
    "INSERT OR IGNORE INTO service_records (volunteer_id, training_id, service_date, minutes, "
    "status, reviewed_by, reviewed_at, note) VALUES (?1, ?2, substr (?3, 1, 10), ?4, "
    "'approved', ?5, ?6, ?7)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, volunteer_id);
  sqlite3_bind_int64 (stmt, 2, t->id);
  sqlite3_bind_text (stmt, 3, t->starts_at, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 4, minutes);
  sqlite3_bind_text (stmt, 5, g_get_user_name (), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, reviewed_at, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 7, t->topic, -1, SQLITE_STATIC);
  if (!vd_training_step_done (db, stmt, error))
    return FALSE;
  if (wrote != NULL)
    *wrote = sqlite3_changes (vd_database_get_handle (db)) > 0;
  return TRUE;
}

gboolean
vd_training_write_status (VdDatabase          *db,
              gint64               training_id,
              gint64               volunteer_id,
              VdAttendanceStatus   status,
              const char          *checked_in_at,
              GError             **error)
{
  sqlite3_stmt *stmt = vd_database_prepare_cached (db,
    "UPDATE training_attendance SET status = ?3, checked_in_at = ?4 "
    "WHERE training_id = ?1 AND volunteer_id = ?2", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, training_id);
  sqlite3_bind_int64 (stmt, 2, volunteer_id);
  sqlite3_bind_text (stmt, 3, vd_attendance_status_to_code (status), -1, SQLITE_STATIC);
  if (checked_in_at != NULL)
    sqlite3_bind_text (stmt, 4, checked_in_at, -1, SQLITE_STATIC);
  return vd_training_step_done (db, stmt, error);
}

/* ---- registrations ---- */

static gboolean
refuse_if_full (VdTraining  *t,
                guint        taken,
                guint        adding,
                GError     **error)
{
  if (t->capacity <= 0 || taken + adding <= (guint)t->capacity)
    return TRUE;
  if (taken >= (guint)t->capacity)
    g_set_error (error, VD_TRAINING_ERROR, VD_TRAINING_ERROR_FULL,
                 ngettext ("The session is full: its capacity is %d person. Raise the capacity to add more.",
                           "The session is full: its capacity is %d people. Raise the capacity to add more.",
                           t->capacity),
                 t->capacity);
  else
    g_set_error (error, VD_TRAINING_ERROR, VD_TRAINING_ERROR_FULL,
                 /* Translators: the capacity, the places left, the people to add */
                 _("The capacity of the session is %d and %u places are left: %u people do not fit."),
                 t->capacity, t->capacity - taken, adding);
  return FALSE;
}

/* Registers inside the caller's transaction; no audit. */
gboolean
vd_training_add_registrations (VdDatabase    *db,
                   VdTraining    *t,
                   const gint64  *ids,
                   guint          n_ids,
                   const char    *at,
                   GArray        *added,
                   GError       **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_int64_hash, g_int64_equal);
  sqlite3_stmt *stmt;

  for (guint i = 0; i < n_ids; i++)
    {
      VdRegistration reg;
      gboolean active = FALSE;
      g_autofree char *name = NULL;

      if (g_hash_table_contains (seen, &ids[i]))
        continue;
      g_hash_table_add (seen, (gpointer)&ids[i]);
      if (!vd_training_read_registration (db, t->id, ids[i], &reg, error))
        return FALSE;
      g_free (reg.checked_in_at);
      if (reg.exists)
        continue;
      name = vd_training_volunteer_name (db, ids[i], &active);
      if (name == NULL)
        {
          g_set_error_literal (error, VD_TRAINING_ERROR, VD_TRAINING_ERROR_NOT_FOUND,
                               _("This volunteer is not in the register any more."));
          return FALSE;
        }
      if (!active)
        {
          g_set_error (error, VD_TRAINING_ERROR, VD_TRAINING_ERROR_INACTIVE,
                       _("%s is marked inactive and cannot be registered."), name);
          return FALSE;
        }
      g_array_append_val (added, ids[i]);
    }

  if (!refuse_if_full (t, vd_training_count_registered (t), added->len, error))
    return FALSE;

  stmt = vd_database_prepare_cached (db, "INSERT INTO training_attendance (training_id, "
                                         "volunteer_id, registered_at) VALUES (?1, ?2, ?3)",
                                     error);
  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < added->len; i++)
    {
      sqlite3_bind_int64 (stmt, 1, t->id);
      sqlite3_bind_int64 (stmt, 2, g_array_index (added, gint64, i));
      sqlite3_bind_text (stmt, 3, at, -1, SQLITE_STATIC);
      if (!vd_training_step_done (db, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static char *
ids_text (GArray *ids)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < ids->len; i++)
    g_string_append_printf (s, "%s%" G_GINT64_FORMAT, i > 0 ? "," : "",
                            g_array_index (ids, gint64, i));
  return g_string_free (s, FALSE);
}

gboolean
vd_training_register (VdDatabase    *db,
                      gint64         training_id,
                      const gint64  *volunteer_ids,
                      guint          n_ids,
                      guint         *n_added,
                      GError       **error)
{
  g_autoptr(VdTraining) t = NULL;
  g_autoptr(GArray) added = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *at = vd_training_format_time (now);
  g_autofree char *list = NULL;
  g_autofree char *json = NULL;

  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);

  if (n_added != NULL)
    *n_added = 0;
  t = vd_training_get (db, training_id, error);
  if (t == NULL || !vd_database_begin (db, error))
    return FALSE;
  if (!vd_training_add_registrations (db, t, volunteer_ids, n_ids, at, added, error))
    goto fail;
  if (added->len > 0)
    {
      list = ids_text (added);
      json = vd_audit_json_object ("volunteer_ids", list, NULL);
      if (!vd_audit_log (db, "training_attendance", training_id, "register", NULL, json, error))
        goto fail;
    }
  if (!vd_database_commit (db, error))
    goto fail;
  if (n_added != NULL)
    *n_added = added->len;
  return TRUE;

fail:
  vd_database_rollback (db);
  return FALSE;
}

gboolean
vd_training_register_team (VdDatabase  *db,
                           gint64       training_id,
                           gint64       team_id,
                           guint       *n_added,
                           GError     **error)
{
  g_autoptr(GArray) ids = NULL;

  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);

  ids = vd_lookup_team_member_ids (db, team_id, error);
  if (ids == NULL)
    return FALSE;
  return vd_training_register (db, training_id, (const gint64 *)ids->data, ids->len,
                               n_added, error);
}

gboolean
vd_training_unregister (VdDatabase  *db,
                        gint64       training_id,
                        gint64       volunteer_id,
                        GError     **error)
{
  g_autoptr(VdTraining) t = NULL;
  VdRegistration before;

  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);

  t = vd_training_get (db, training_id, error);
  if (t == NULL || !vd_training_read_registration (db, training_id, volunteer_id, &before, error))
    return FALSE;
  if (!before.exists)
    {
      g_set_error_literal (error, VD_TRAINING_ERROR, VD_TRAINING_ERROR_NOT_FOUND,
                           _("This volunteer is not registered for the session."));
      return FALSE;
    }
  if (!vd_database_begin (db, error))
    goto fail_free;
  if (vd_training_sync_record (db, t, volunteer_id, FALSE, NULL, error))
    {
      sqlite3_stmt *stmt = vd_database_prepare_cached (db,
        "DELETE FROM training_attendance WHERE training_id = ?1 AND volunteer_id = ?2", error);

      if (stmt != NULL)
        {
          sqlite3_bind_int64 (stmt, 1, training_id);
          sqlite3_bind_int64 (stmt, 2, volunteer_id);
          if (vd_training_step_done (db, stmt, error) &&
              vd_training_audit_change (db, training_id, volunteer_id, "unregister", &before, NULL, NULL, error) &&
              vd_database_commit (db, error))
            {
              g_free (before.checked_in_at);
              return TRUE;
            }
        }
    }
  vd_database_rollback (db);
fail_free:
  g_free (before.checked_in_at);
  return FALSE;
}

GPtrArray *
vd_training_list_attendance (VdDatabase  *db,
                             gint64       training_id,
                             GError     **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);

  stmt = vd_database_prepare (db,
    "SELECT v.id, v.volunteer_no, v.name, v.phone, a.status, a.registered_at, a.checked_in_at "
    "FROM training_attendance a JOIN volunteers v ON v.id = a.volunteer_id "
    "WHERE a.training_id = ?1 ORDER BY v.name_sort, v.id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, training_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      VdAttendance *a = g_object_new (VD_TYPE_ATTENDANCE, NULL);

      a->training_id = training_id;
      a->volunteer_id = sqlite3_column_int64 (stmt, 0);
      a->volunteer_no = g_strdup ((const char *)sqlite3_column_text (stmt, 1));
      a->name = g_strdup ((const char *)sqlite3_column_text (stmt, 2));
      a->phone_masked = vd_mask_phone ((const char *)sqlite3_column_text (stmt, 3));
      vd_attendance_status_from_code ((const char *)sqlite3_column_text (stmt, 4), &a->status);
      a->registered_at = g_strdup ((const char *)sqlite3_column_text (stmt, 5));
      a->checked_in_at = g_strdup ((const char *)sqlite3_column_text (stmt, 6));
      g_ptr_array_add (list, a);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
      return NULL;
    }
  return g_steal_pointer (&list);
}
