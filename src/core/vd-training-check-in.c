/* vd-training-check-in.c — check-in at the door: registered people, walk-ins, new
 * people, undo, statuses by hand and the rest after the session
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "vd-audit.h"
#include "vd-date.h"
#include "vd-settings.h"
#include "vd-training-private.h"

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
  VdRegistration before;

  if (!vd_training_read_registration (db, t->id, volunteer_id, &before, error))
    return NULL;
  result = g_new0 (VdCheckIn, 1);
  result->training_id = t->id;
  result->volunteer_id = volunteer_id;
  result->registered_now = registered_now;
  result->name = vd_training_volunteer_name (db, volunteer_id, NULL);
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

  if (!vd_training_write_status (db, t->id, volunteer_id, result->status, result->at, error) ||
      !vd_training_sync_record (db, t, volunteer_id, TRUE, &result->wrote_record, error) ||
      !vd_training_audit_change (db, t->id, volunteer_id, registered_now ? "walk-in" : "check-in", &before,
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
      VdRegistration reg;

      if (!vd_training_read_registration (db, training_id, volunteer_id, &reg, error))
        goto fail;
      g_free (reg.checked_in_at);
      if (!reg.exists)
        {
          g_autoptr(GArray) added = g_array_new (FALSE, FALSE, sizeof (gint64));
          g_autofree char *at_text = NULL;
          g_autoptr(GDateTime) now = g_date_time_new_now_local ();

          at_text = vd_training_format_time (at != NULL ? at : now);
          if (!vd_training_add_registrations (db, t, &volunteer_id, 1, at_text, added, error))
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
  VdRegistration before;
  gboolean ok = FALSE;

  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (check_in != NULL, FALSE);

  t = vd_training_get (db, check_in->training_id, error);
  if (t == NULL ||
      !vd_training_read_registration (db, check_in->training_id, check_in->volunteer_id, &before, error))
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
  if (vd_training_sync_record (db, t, check_in->volunteer_id, FALSE, NULL, error))
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
        ok = vd_training_write_status (db, check_in->training_id, check_in->volunteer_id,
                           VD_ATTENDANCE_REGISTERED, NULL, error);
    }
  ok = ok && vd_training_audit_change (db, check_in->training_id, check_in->volunteer_id, "undo-check-in",
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
  VdRegistration before;
  gboolean ok;

  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (status < VD_N_ATTENDANCE, FALSE);

  t = vd_training_get (db, training_id, error);
  if (t == NULL || !vd_training_read_registration (db, training_id, volunteer_id, &before, error))
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
  ok = ok && vd_training_write_status (db, training_id, volunteer_id, status, at, error) &&
       vd_training_sync_record (db, t, volunteer_id, attended, NULL, error) &&
       vd_training_audit_change (db, training_id, volunteer_id, "set-status", &before,
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
