/* vd-training-attendance.c — registrations, check-in and the check-in lookup
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "vd-audit.h"
#include "vd-date.h"
#include "vd-identity.h"
#include "vd-lookup.h"
#include "vd-pinyin.h"
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

typedef struct
{
  gboolean            exists;
  VdAttendanceStatus  status;
  char               *checked_in_at;
} Registration;

static gboolean
read_registration (VdDatabase    *db,
                   gint64         training_id,
                   gint64         volunteer_id,
                   Registration  *out,
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
static char *
volunteer_name (VdDatabase *db,
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

static gboolean
audit_change (VdDatabase          *db,
              gint64               training_id,
              gint64               volunteer_id,
              const char          *action,
              const Registration  *before,
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
static gboolean
sync_service_record (VdDatabase  *db,
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

static gboolean
write_status (VdDatabase          *db,
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
static gboolean
add_registrations (VdDatabase    *db,
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
      Registration reg;
      gboolean active = FALSE;
      g_autofree char *name = NULL;

      if (g_hash_table_contains (seen, &ids[i]))
        continue;
      g_hash_table_add (seen, (gpointer)&ids[i]);
      if (!read_registration (db, t->id, ids[i], &reg, error))
        return FALSE;
      g_free (reg.checked_in_at);
      if (reg.exists)
        continue;
      name = volunteer_name (db, ids[i], &active);
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
  if (!add_registrations (db, t, volunteer_ids, n_ids, at, added, error))
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
  Registration before;

  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);

  t = vd_training_get (db, training_id, error);
  if (t == NULL || !read_registration (db, training_id, volunteer_id, &before, error))
    return FALSE;
  if (!before.exists)
    {
      g_set_error_literal (error, VD_TRAINING_ERROR, VD_TRAINING_ERROR_NOT_FOUND,
                           _("This volunteer is not registered for the session."));
      return FALSE;
    }
  if (!vd_database_begin (db, error))
    goto fail_free;
  if (sync_service_record (db, t, volunteer_id, FALSE, NULL, error))
    {
      sqlite3_stmt *stmt = vd_database_prepare_cached (db,
        "DELETE FROM training_attendance WHERE training_id = ?1 AND volunteer_id = ?2", error);

      if (stmt != NULL)
        {
          sqlite3_bind_int64 (stmt, 1, training_id);
          sqlite3_bind_int64 (stmt, 2, volunteer_id);
          if (vd_training_step_done (db, stmt, error) &&
              audit_change (db, training_id, volunteer_id, "unregister", &before, NULL, NULL, error) &&
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

/* ---- check-in ---- */

static char *
clock_of (const char *stored)
{
  /* "2026-03-05 09:07:30" → "09:07" */
  return stored != NULL && strlen (stored) >= 16 ? g_strndup (stored + 11, 5) : g_strdup ("");
}

/* Inside the caller's transaction: the registration exists. */
static VdCheckIn *
check_in_registered (VdDatabase  *db,
                     VdTraining  *t,
                     gint64       volunteer_id,
                     GDateTime   *at,
                     gboolean     registered_now,
                     GError     **error)
{
  g_autoptr(VdSettings) settings = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) starts = NULL;
  g_autoptr(VdCheckIn) result = NULL;
  Registration before;

  if (!read_registration (db, t->id, volunteer_id, &before, error))
    return NULL;
  result = g_new0 (VdCheckIn, 1);
  result->training_id = t->id;
  result->volunteer_id = volunteer_id;
  result->registered_now = registered_now;
  result->name = volunteer_name (db, volunteer_id, NULL);
  if (result->name == NULL)
    result->name = g_strdup ("");

  if (!before.exists)
    {
      g_set_error (error, VD_TRAINING_ERROR, VD_TRAINING_ERROR_NOT_REGISTERED,
                   _("%s is not registered for this session."), result->name);
      return NULL;
    }
  if (before.status == VD_ATTENDANCE_PRESENT || before.status == VD_ATTENDANCE_LATE)
    {
      g_autofree char *clock = clock_of (before.checked_in_at);

      g_set_error (error, VD_TRAINING_ERROR, VD_TRAINING_ERROR_ALREADY_CHECKED_IN,
                   /* Translators: a name and the time of the first check-in */
                   _("%s already checked in at %s."), result->name, clock);
      g_free (before.checked_in_at);
      return NULL;
    }

  settings = vd_settings_load (db, error);
  starts = vd_training_parse_time (t->starts_at);
  if (settings == NULL || starts == NULL)
    {
      if (settings != NULL)
        g_set_error_literal (error, VD_TRAINING_ERROR, VD_TRAINING_ERROR_INVALID,
                             _("The start of this session is not a valid time."));
      g_free (before.checked_in_at);
      return NULL;
    }
  if (at == NULL)
    at = now = g_date_time_new_now_local ();
  {
    g_autoptr(GDateTime) deadline = g_date_time_add_minutes (starts, settings->training_grace_minutes);

    result->status = g_date_time_compare (at, deadline) > 0 ? VD_ATTENDANCE_LATE
                                                            : VD_ATTENDANCE_PRESENT;
  }
  result->at = vd_training_format_time (at);

  if (!write_status (db, t->id, volunteer_id, result->status, result->at, error) ||
      !sync_service_record (db, t, volunteer_id, TRUE, &result->wrote_record, error) ||
      !audit_change (db, t->id, volunteer_id, registered_now ? "walk-in" : "check-in", &before,
                     vd_attendance_status_to_code (result->status), result->at, error))
    {
      g_free (before.checked_in_at);
      return NULL;
    }
  g_free (before.checked_in_at);
  return g_steal_pointer (&result);
}

static VdCheckIn *
check_in (VdDatabase  *db,
          gint64       training_id,
          gint64       volunteer_id,
          GDateTime   *at,
          gboolean     walk_in,
          GError     **error)
{
  g_autoptr(VdTraining) t = NULL;
  VdCheckIn *result = NULL;
  gboolean registered_now = FALSE;

  t = vd_training_get (db, training_id, error);
  if (t == NULL || !vd_database_begin (db, error))
    return NULL;

  if (walk_in)
    {
      Registration reg;

      if (!read_registration (db, training_id, volunteer_id, &reg, error))
        goto fail;
      g_free (reg.checked_in_at);
      if (!reg.exists)
        {
          g_autoptr(GArray) added = g_array_new (FALSE, FALSE, sizeof (gint64));
          g_autofree char *at_text = NULL;
          g_autoptr(GDateTime) now = g_date_time_new_now_local ();

          at_text = vd_training_format_time (at != NULL ? at : now);
          if (!add_registrations (db, t, &volunteer_id, 1, at_text, added, error))
            goto fail;
          registered_now = TRUE;
        }
    }
  result = check_in_registered (db, t, volunteer_id, at, registered_now, error);
  if (result != NULL && vd_database_commit (db, error))
    return result;

fail:
  vd_check_in_free (result);
  vd_database_rollback (db);
  return NULL;
}

VdCheckIn *
vd_training_check_in (VdDatabase  *db,
                      gint64       training_id,
                      gint64       volunteer_id,
                      GDateTime   *at,
                      GError     **error)
{
  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);

  return check_in (db, training_id, volunteer_id, at, FALSE, error);
}

VdCheckIn *
vd_training_check_in_walk_in (VdDatabase  *db,
                              gint64       training_id,
                              gint64       volunteer_id,
                              GDateTime   *at,
                              GError     **error)
{
  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);

  return check_in (db, training_id, volunteer_id, at, TRUE, error);
}

VdCheckIn *
vd_training_check_in_new_person (VdDatabase        *db,
                                 gint64             training_id,
                                 const char        *name,
                                 const char        *phone,
                                 const char        *id_number,
                                 GDateTime         *at,
                                 VdVolunteerCheck  *check,
                                 GError           **error)
{
  g_autoptr(VdVolunteer) v = vd_volunteer_new ();
  g_autoptr(VdTraining) t = NULL;
  VdVolunteerCheck local = { { NULL, }, 0, 0 };
  VdVolunteerCheck *c = check != NULL ? check : &local;
  VdCheckIn *result;
  GDate today;
  gboolean ok;

  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);

  t = vd_training_get (db, training_id, error);
  if (t == NULL)
    return NULL;

  g_free (v->name);
  v->name = g_strstrip (g_strdup (name != NULL ? name : ""));
  g_free (v->id_number);
  v->id_number = g_strdup (id_number != NULL ? id_number : "");
  v->phone = g_strdup (phone != NULL ? phone : "");
  g_free (v->registered_on);
  vd_date_set_today (&today);
  v->registered_on = vd_date_to_iso (&today);

  vd_volunteer_check_clear (c);
  ok = vd_register_check_full (db, v, &today, VD_CHECK_NO_WARNINGS, c);
  if (v->phone == NULL || v->phone[0] == '\0')
    {
      g_free (c->messages[VD_VOLUNTEER_FIELD_PHONE]);
      c->messages[VD_VOLUNTEER_FIELD_PHONE] = g_strdup (_("Enter a mobile number."));
      ok = FALSE;
    }
  if (!ok)
    {
      for (guint i = 0; i < VD_VOLUNTEER_N_FIELDS; i++)
        if (c->messages[i] != NULL)
          {
            g_set_error_literal (error, VD_REGISTER_ERROR,
                                 c->duplicate_id != 0 ? VD_REGISTER_ERROR_DUPLICATE
                                                      : VD_REGISTER_ERROR_INVALID,
                                 c->messages[i]);
            break;
          }
      vd_volunteer_check_clear (&local);
      return NULL;
    }
  vd_volunteer_check_clear (&local);

  /* One transaction: a full session leaves no new volunteer behind. */
  if (!vd_database_begin (db, error))
    return NULL;
  if (!vd_register_insert_full (db, v, VD_REGISTER_SKIP_CHECK, error))
    {
      vd_database_rollback (db);
      return NULL;
    }
  result = check_in (db, training_id, v->id, at, TRUE, error);
  if (result != NULL && vd_database_commit (db, error))
    return result;
  vd_check_in_free (result);
  vd_database_rollback (db);
  return NULL;
}

gboolean
vd_training_undo_check_in (VdDatabase       *db,
                           const VdCheckIn  *check_in,
                           GError          **error)
{
  g_autoptr(VdTraining) t = NULL;
  Registration before;
  gboolean ok = FALSE;

  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (check_in != NULL, FALSE);

  t = vd_training_get (db, check_in->training_id, error);
  if (t == NULL ||
      !read_registration (db, check_in->training_id, check_in->volunteer_id, &before, error))
    return FALSE;
  if (!before.exists || g_strcmp0 (before.checked_in_at, check_in->at) != 0)
    {
      g_set_error (error, VD_TRAINING_ERROR, VD_TRAINING_ERROR_NOT_FOUND,
                   _("The check-in of %s was changed since: nothing was undone."), check_in->name);
      g_free (before.checked_in_at);
      return FALSE;
    }
  if (!vd_database_begin (db, error))
    {
      g_free (before.checked_in_at);
      return FALSE;
    }
  if (sync_service_record (db, t, check_in->volunteer_id, FALSE, NULL, error))
    {
      if (check_in->registered_now)
        {
          sqlite3_stmt *stmt = vd_database_prepare_cached (db,
            "DELETE FROM training_attendance WHERE training_id = ?1 AND volunteer_id = ?2", error);

          if (stmt != NULL)
            {
              sqlite3_bind_int64 (stmt, 1, check_in->training_id);
              sqlite3_bind_int64 (stmt, 2, check_in->volunteer_id);
              ok = vd_training_step_done (db, stmt, error);
            }
        }
      else
        ok = write_status (db, check_in->training_id, check_in->volunteer_id,
                           VD_ATTENDANCE_REGISTERED, NULL, error);
    }
  ok = ok && audit_change (db, check_in->training_id, check_in->volunteer_id, "undo-check-in",
                           &before, check_in->registered_now ? NULL : "registered", NULL, error) &&
       vd_database_commit (db, error);
  if (!ok)
    vd_database_rollback (db);
  g_free (before.checked_in_at);
  return ok;
}

gboolean
vd_training_set_status (VdDatabase          *db,
                        gint64               training_id,
                        gint64               volunteer_id,
                        VdAttendanceStatus   status,
                        GError             **error)
{
  g_autoptr(VdTraining) t = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *at = NULL;
  gboolean attended = status == VD_ATTENDANCE_PRESENT || status == VD_ATTENDANCE_LATE;
  Registration before;
  gboolean ok;

  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (status < VD_N_ATTENDANCE, FALSE);

  t = vd_training_get (db, training_id, error);
  if (t == NULL || !read_registration (db, training_id, volunteer_id, &before, error))
    return FALSE;
  if (!before.exists)
    {
      g_set_error_literal (error, VD_TRAINING_ERROR, VD_TRAINING_ERROR_NOT_FOUND,
                           _("This volunteer is not registered for the session."));
      return FALSE;
    }
  /* present ↔ late keeps the time of the check-in */
  if (attended)
    at = before.checked_in_at != NULL ? g_strdup (before.checked_in_at)
                                      : vd_training_format_time (now);
  ok = vd_database_begin (db, error);
  ok = ok && write_status (db, training_id, volunteer_id, status, at, error) &&
       sync_service_record (db, t, volunteer_id, attended, NULL, error) &&
       audit_change (db, training_id, volunteer_id, "set-status", &before,
                     vd_attendance_status_to_code (status), at, error) &&
       vd_database_commit (db, error);
  if (!ok && vd_database_in_transaction (db))
    vd_database_rollback (db);
  g_free (before.checked_in_at);
  return ok;
}

gboolean
vd_training_mark_rest (VdDatabase          *db,
                       gint64               training_id,
                       VdAttendanceStatus   status,
                       guint               *n_marked,
                       GError             **error)
{
  g_autoptr(VdTraining) t = NULL;
  g_autofree char *json = NULL;
  g_autofree char *count = NULL;
  sqlite3_stmt *stmt;
  guint n = 0;

  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (status == VD_ATTENDANCE_ABSENT || status == VD_ATTENDANCE_EXCUSED, FALSE);

  if (n_marked != NULL)
    *n_marked = 0;
  t = vd_training_get (db, training_id, error);
  if (t == NULL || !vd_database_begin (db, error))
    return FALSE;
  stmt = vd_database_prepare_cached (db, "UPDATE training_attendance SET status = ?2 "
                                         "WHERE training_id = ?1 AND status = 'registered'", error);
  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, training_id);
      sqlite3_bind_text (stmt, 2, vd_attendance_status_to_code (status), -1, SQLITE_STATIC);
      if (vd_training_step_done (db, stmt, error))
        {
          n = sqlite3_changes (vd_database_get_handle (db));
          count = g_strdup_printf ("%u", n);
          json = vd_audit_json_object ("status", vd_attendance_status_to_code (status),
                                       "count", count, NULL);
          if (vd_audit_log (db, "training_attendance", training_id, "mark-rest", NULL, json, error) &&
              vd_database_commit (db, error))
            {
              if (n_marked != NULL)
                *n_marked = n;
              return TRUE;
            }
        }
    }
  vd_database_rollback (db);
  return FALSE;
}
