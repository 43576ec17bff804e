/* vd-service.c — participants of events and their service hours
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "vd-audit.h"
#include "vd-date.h"
#include "vd-events-private.h"
#include "vd-lookup.h"
#include "vd-service-private.h"

G_DEFINE_QUARK (vd-service-error-quark, vd_service_error)

G_DEFINE_FINAL_TYPE (VdServiceRecord, vd_service_record, G_TYPE_OBJECT)

static const struct {
  const char *code;
  const char *label;
} statuses[VD_N_RECORD_STATUS] = {
  { "pending", N_("Pending") },
  { "approved", N_("Approved") },
  { "rejected", N_("Rejected") },
};

const char *
vd_record_status_to_code (VdRecordStatus status)
{
  g_return_val_if_fail (status < VD_N_RECORD_STATUS, "pending");
  return statuses[status].code;
}

const char *
vd_record_status_get_label (VdRecordStatus status)
{
  g_return_val_if_fail (status < VD_N_RECORD_STATUS, "");
  return g_dgettext (GETTEXT_PACKAGE, statuses[status].label);
}

static VdRecordStatus
status_from_code (const char *code)
{
  for (guint i = 0; i < VD_N_RECORD_STATUS; i++)
    if (g_strcmp0 (code, statuses[i].code) == 0)
      return i;
  return VD_RECORD_PENDING;
}

static void
vd_service_record_finalize (GObject *object)
{
  VdServiceRecord *self = VD_SERVICE_RECORD (object);

  g_free (self->service_date);
  g_free (self->reject_reason);
  g_free (self->note);
  g_free (self->reviewed_by);
  g_free (self->reviewed_at);
  g_free (self->volunteer_name);
  g_free (self->volunteer_no);
  g_free (self->event_title);
  g_free (self->event_when);

  G_OBJECT_CLASS (vd_service_record_parent_class)->finalize (object);
}

static void
vd_service_record_class_init (VdServiceRecordClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = vd_service_record_finalize;
}

static void
vd_service_record_init (VdServiceRecord *self)
{
}

char *
vd_service_format_hours (gint64 minutes)
{
  if (minutes % 60 == 0)
    return g_strdup_printf ("%" G_GINT64_FORMAT, minutes / 60);
  return g_strdup_printf ("%.2f", minutes / 60.0);
}

int
vd_service_round_minutes (int minutes,
                          int unit)
{
  if (unit <= 1 || minutes <= 0)
    return MAX (minutes, 0);
  return minutes - minutes % unit;
}

void
vd_service_refusal_free (VdServiceRefusal *refusal)
{
  if (refusal == NULL)
    return;
  g_free (refusal->name);
  g_free (refusal->message);
  g_free (refusal);
}

/* ---- reading ---------------------------------------------------------------- */

#define RECORD_SELECT \
  "SELECT r.id, r.volunteer_id, coalesce (r.event_id, 0), r.service_date, r.minutes, " \
  "r.backfilled, r.status, coalesce (r.reject_reason, ''), r.note, " \
  "coalesce (r.reviewed_by, ''), coalesce (r.reviewed_at, ''), v.name, v.volunteer_no, " \
  "coalesce (e.title, tr.topic, ''), coalesce (e.starts_at, tr.starts_at, '') " \
  "FROM service_records r JOIN volunteers v ON v.id = r.volunteer_id " \
  "LEFT JOIN events e ON e.id = r.event_id LEFT JOIN trainings tr ON tr.id = r.training_id "

static VdServiceRecord *
record_from_row (sqlite3_stmt *stmt)
{
  VdServiceRecord *r = g_object_new (VD_TYPE_SERVICE_RECORD, NULL);

#define TEXT(i) g_strdup ((const char *)sqlite3_column_text (stmt, i))
  r->id = sqlite3_column_int64 (stmt, 0);
  r->volunteer_id = sqlite3_column_int64 (stmt, 1);
  r->event_id = sqlite3_column_int64 (stmt, 2);
  r->service_date = TEXT (3);
  r->minutes = sqlite3_column_int (stmt, 4);
  r->backfilled = sqlite3_column_int (stmt, 5) != 0;
  r->status = status_from_code ((const char *)sqlite3_column_text (stmt, 6));
  r->reject_reason = TEXT (7);
  r->note = TEXT (8);
  r->reviewed_by = TEXT (9);
  r->reviewed_at = TEXT (10);
  r->volunteer_name = TEXT (11);
  r->volunteer_no = TEXT (12);
  r->event_title = TEXT (13);
  r->event_when = TEXT (14);
#undef TEXT
  return r;
}

static GPtrArray *
list_records (VdDatabase  *db,
              const char  *sql,
              gint64       arg,
              GError     **error)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int rc;

  stmt = vd_database_prepare (db, sql, error);
  if (stmt == NULL)
    return NULL;
  if (sqlite3_bind_parameter_count (stmt) > 0)
    sqlite3_bind_int64 (stmt, 1, arg);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (records, record_from_row (stmt));
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
      return NULL;
    }
  return g_steal_pointer (&records);
}

VdServiceRecord *
vd_service_get (VdDatabase  *db,
                gint64       record_id,
                GError     **error)
{
  g_autoptr(GPtrArray) list = list_records (db, RECORD_SELECT "WHERE r.id = ?1", record_id, error);

  if (list == NULL)
    return NULL;
  if (list->len == 0)
    {
      g_set_error (error, VD_SERVICE_ERROR, VD_SERVICE_ERROR_NOT_FOUND,
                   _("The service record is no longer in the database."));
      return NULL;
    }
  return g_object_ref (g_ptr_array_index (list, 0));
}

GPtrArray *
vd_service_list_event (VdDatabase  *db,
                       gint64       event_id,
                       GError     **error)
{
  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);
  return list_records (db, RECORD_SELECT "WHERE r.event_id = ?1 ORDER BY v.name_sort, v.id",
                       event_id, error);
}

GPtrArray *
vd_service_list_volunteer (VdDatabase  *db,
                           gint64       volunteer_id,
                           GError     **error)
{
  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);
  return list_records (db, RECORD_SELECT "WHERE r.volunteer_id = ?1 "
                                         "ORDER BY r.service_date DESC, r.id DESC",
                       volunteer_id, error);
}

GPtrArray *
vd_service_list_pending (VdDatabase  *db,
                         guint        limit,
                         GError     **error)
{
  g_autofree char *sql = NULL;

  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);
  sql = g_strdup_printf (RECORD_SELECT "WHERE r.status = 'pending' "
                         "ORDER BY r.service_date, r.event_id, r.id LIMIT %u",
                         limit > 0 ? limit : G_MAXINT);
  return list_records (db, sql, 0, error);
}

gint64
vd_service_count_pending (VdDatabase *db)
{
  sqlite3_stmt *stmt = vd_database_prepare_cached (db, "SELECT count (*) FROM service_records "
                                                       "WHERE status = 'pending'", NULL);
  gint64 n = 0;

  if (stmt == NULL)
    return 0;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return n;
}

/* ---- the rules ---------------------------------------------------------------- */

static gint64
query_int (VdDatabase *db,
           const char *sql,
           gint64      a,
           const char *b,
           gint64      c)
{
  sqlite3_stmt *stmt = vd_database_prepare_cached (db, sql, NULL);
  gint64 value = 0;

  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, a);
  if (sqlite3_bind_parameter_count (stmt) >= 2)
    sqlite3_bind_text (stmt, 2, b, -1, SQLITE_STATIC);
  if (sqlite3_bind_parameter_count (stmt) >= 3)
    sqlite3_bind_int64 (stmt, 3, c);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return value;
}

/* Minutes of the event that fall on day (YYYY-MM-DD). */
static int
event_minutes_on (VdEvent    *event,
                  const char *day)
{
  g_autoptr(GDateTime) start = vd_event_parse_datetime (event->starts_at);
  g_autoptr(GDateTime) end = vd_event_parse_datetime (event->ends_at);
  g_autofree char *midnight = g_strdup_printf ("%s 00:00:00", day);
  g_autoptr(GDateTime) day_start = vd_event_parse_datetime (midnight);
  g_autoptr(GDateTime) day_end = NULL;
  GDateTime *from, *to;

  if (start == NULL || end == NULL || day_start == NULL)
    return 0;
  day_end = g_date_time_add_days (day_start, 1);
  from = g_date_time_compare (start, day_start) > 0 ? start : day_start;
  to = g_date_time_compare (end, day_end) < 0 ? end : day_end;
  if (g_date_time_compare (to, from) <= 0)
    return 0;
  return (int)(g_date_time_difference (to, from) / G_TIME_SPAN_MINUTE);
}

char *
vd_service_volunteer_name (VdDatabase *db,
                           gint64      volunteer_id)
{
  sqlite3_stmt *stmt = vd_database_prepare_cached (db, "SELECT name FROM volunteers WHERE id = ?1", NULL);
  char *name = NULL;

  if (stmt == NULL)
    return g_strdup ("");
  sqlite3_bind_int64 (stmt, 1, volunteer_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    name = g_strdup ((const char *)sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return name;
}

/* The rules (vd-service-private.h): the list import applies them too. */
gboolean
vd_service_check_rules (VdDatabase        *db,
                        const VdSettings  *settings,
                        VdEvent           *event,
                        gint64             volunteer_id,
                        const char        *name,
                        const char        *given_date,
                        int                given_minutes,
                        gboolean           backfilled,
                        gint64             except_id,
                        char             **date_out,
                        int               *minutes_out,
                        GError           **error)
{
  g_autofree char *date = NULL;
  int on_day, minutes, used, left;
  gboolean defaulted = given_minutes <= 0;

  if (given_date == NULL || given_date[0] == '\0')
    date = g_strndup (event->starts_at, 10);
  else
    {
      GDate d;

      if (!vd_date_parse (given_date, &d))
        {
          g_set_error (error, VD_SERVICE_ERROR, VD_SERVICE_ERROR_INVALID,
                       _("“%s” is not a date; write it as 2026-03-05."), given_date);
          return FALSE;
        }
      date = vd_date_to_iso (&d);
    }

  on_day = event_minutes_on (event, date);
  if (on_day == 0 && !backfilled)
    {
      g_set_error (error, VD_SERVICE_ERROR, VD_SERVICE_ERROR_OUTSIDE_EVENT,
                   _("%s: the event did not take place on %s. Mark the record as back-filled "
                     "to record service outside the event's time."), name, date);
      return FALSE;
    }

  minutes = defaulted ? (on_day > 0 ? on_day : (int)MIN (vd_event_get_duration (event), 1440))
                      : given_minutes;
  if (!defaulted && minutes > 1440)
    {
      g_set_error (error, VD_SERVICE_ERROR, VD_SERVICE_ERROR_INVALID,
                   _("%s: a day has only 24 hours."), name);
      return FALSE;
    }
  if (!defaulted && minutes > on_day && !backfilled)
    {
      g_autofree char *have = vd_service_format_hours (minutes);
      g_autofree char *lasted = vd_service_format_hours (on_day);

      g_set_error (error, VD_SERVICE_ERROR, VD_SERVICE_ERROR_OUTSIDE_EVENT,
                   _("%s: %s hours is more than the event lasted on %s (%s hours). Mark the "
                     "record as back-filled to record service outside the event's time."),
                   name, have, date, lasted);
      return FALSE;
    }

  used = (int)query_int (db, "SELECT coalesce (sum (minutes), 0) FROM service_records "
                             "WHERE volunteer_id = ?1 AND service_date = ?2 "
                             "AND status <> 'rejected' AND id <> ?3",
                         volunteer_id, date, except_id);
  left = settings->daily_cap_minutes - used;
  if (defaulted && minutes > left)
    minutes = left;
  minutes = vd_service_round_minutes (minutes, settings->rounding_minutes);

  if (minutes + used > settings->daily_cap_minutes || (defaulted && minutes <= 0 && used > 0))
    {
      g_autofree char *cap = vd_service_format_hours (settings->daily_cap_minutes);
      g_autofree char *already = vd_service_format_hours (used);

      g_set_error (error, VD_SERVICE_ERROR, VD_SERVICE_ERROR_DAILY_CAP,
                   _("%s already has %s hours on %s; with these the day would exceed the "
                     "daily cap of %s hours."), name, already, date, cap);
      return FALSE;
    }
  if (minutes <= 0)
    {
      g_set_error (error, VD_SERVICE_ERROR, VD_SERVICE_ERROR_INVALID,
                   _("%s: the time is less than the rounding unit of %d minutes."),
                   name, settings->rounding_minutes);
      return FALSE;
    }

  *date_out = g_steal_pointer (&date);
  *minutes_out = minutes;
  return TRUE;
}

/* ---- adding ------------------------------------------------------------------- */

static gint64
add_one (VdDatabase                *db,
         const VdSettings          *settings,
         VdEvent                   *event,
         gint64                     volunteer_id,
         const VdServiceAddOptions *options,
         GError                   **error)
{
  static const VdServiceAddOptions defaults = { 0, NULL, FALSE, NULL };
  g_autoptr(VdAuditRow) audit = NULL;
  g_autofree char *name = NULL;
  g_autofree char *date = NULL;
  sqlite3_stmt *stmt;
  gint64 id;
  int minutes;
  int rc;

  if (options == NULL)
    options = &defaults;

  name = vd_service_volunteer_name (db, volunteer_id);
  if (name == NULL)
    {
      g_set_error (error, VD_SERVICE_ERROR, VD_SERVICE_ERROR_NOT_FOUND,
                   _("The volunteer is no longer in the register."));
      return 0;
    }
  if (query_int (db, "SELECT status = 'inactive' FROM volunteers WHERE id = ?1", volunteer_id, NULL, 0))
    {
      g_set_error (error, VD_SERVICE_ERROR, VD_SERVICE_ERROR_INACTIVE,
                   _("%s is marked inactive in the register."), name);
      return 0;
    }
  if (query_int (db, "SELECT count (*) FROM service_records WHERE event_id = ?1 AND volunteer_id = ?3",
                 event->id, NULL, volunteer_id) > 0)
    {
      g_set_error (error, VD_SERVICE_ERROR, VD_SERVICE_ERROR_DUPLICATE,
                   _("%s already takes part in this event."), name);
      return 0;
    }
  if (!vd_service_check_rules (db, settings, event, volunteer_id, name, options->service_date,
                               options->minutes, options->backfilled, 0, &date, &minutes, error))
    return 0;

  audit = vd_audit_row_begin (db, "service_records", 0, error);
  if (audit == NULL)
    return 0;
  stmt = vd_database_prepare_cached (db, "INSERT INTO service_records (volunteer_id, event_id, "
                                         "service_date, minutes, backfilled, note) "
                                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                                     error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, volunteer_id);
  sqlite3_bind_int64 (stmt, 2, event->id);
  sqlite3_bind_text (stmt, 3, date, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 4, minutes);
  sqlite3_bind_int (stmt, 5, options->backfilled ? 1 : 0);
  sqlite3_bind_text (stmt, 6, options->note != NULL ? options->note : "", -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  if (rc != SQLITE_DONE)
    {
      vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
      return 0;
    }
  id = sqlite3_last_insert_rowid (vd_database_get_handle (db));
  if (!vd_audit_row_finish (audit, "insert", id, error))
    return 0;
  return id;
}

static VdEvent *
get_open_event (VdDatabase  *db,
                gint64       event_id,
                GError     **error)
{
  g_autoptr(VdEvent) event = vd_events_get (db, event_id, error);

  if (event == NULL)
    return NULL;
  if (event->status == VD_EVENT_CANCELLED)
    {
      g_set_error (error, VD_SERVICE_ERROR, VD_SERVICE_ERROR_STATUS,
                   _("“%s” was cancelled: it has no participants."), event->title);
      return NULL;
    }
  return g_steal_pointer (&event);
}

gint64
vd_service_add (VdDatabase                 *db,
                gint64                      event_id,
                gint64                      volunteer_id,
                const VdServiceAddOptions  *options,
                GError                    **error)
{
  g_autoptr(VdSettings) settings = NULL;
  g_autoptr(VdEvent) event = NULL;
  gint64 id;

  g_return_val_if_fail (VD_IS_DATABASE (db), 0);

  settings = vd_settings_load (db, error);
  if (settings == NULL || !vd_database_begin (db, error))
    return 0;
  event = get_open_event (db, event_id, error);
  if (event == NULL || (id = add_one (db, settings, event, volunteer_id, options, error)) == 0)
    {
      vd_database_rollback (db);
      return 0;
    }
  if (!vd_database_commit (db, error))
    return 0;
  return id;
}

gboolean
vd_service_add_many (VdDatabase    *db,
                     gint64         event_id,
                     const gint64  *volunteer_ids,
                     guint          n_ids,
                     GArray        *added,
                     GPtrArray     *refused,
                     GError       **error)
{
  g_autoptr(VdSettings) settings = NULL;
  g_autoptr(VdEvent) event = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) refusals = g_ptr_array_new_with_free_func ((GDestroyNotify)vd_service_refusal_free);

  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);

  settings = vd_settings_load (db, error);
  if (settings == NULL || !vd_database_begin (db, error))
    return FALSE;
  event = get_open_event (db, event_id, error);
  if (event == NULL)
    goto fail;

  for (guint i = 0; i < n_ids; i++)
    {
      g_autoptr(GError) local_error = NULL;
      gint64 id = add_one (db, settings, event, volunteer_ids[i], NULL, &local_error);

      if (id > 0)
        g_array_append_val (ids, id);
      else if (local_error->domain == VD_SERVICE_ERROR)
        {
          VdServiceRefusal *r;

          if (local_error->code == VD_SERVICE_ERROR_DUPLICATE)
            continue;
          r = g_new0 (VdServiceRefusal, 1);
          r->volunteer_id = volunteer_ids[i];
          r->name = vd_service_volunteer_name (db, volunteer_ids[i]);
          if (r->name == NULL)
            r->name = g_strdup ("");
          r->message = g_strdup (local_error->message);
          g_ptr_array_add (refusals, r);
        }
      else
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          goto fail;
        }
    }
  if (!vd_database_commit (db, error))
    return FALSE;
  if (added != NULL)
    g_array_append_vals (added, ids->data, ids->len);
  if (refused != NULL)
    for (guint i = 0; i < refusals->len; i++)
      g_ptr_array_add (refused, g_ptr_array_steal_index (refusals, i--));
  return TRUE;

fail:
  vd_database_rollback (db);
  return FALSE;
}

gboolean
vd_service_add_team (VdDatabase  *db,
                     gint64       event_id,
                     gint64       team_id,
                     GArray      *added,
                     GPtrArray   *refused,
                     GError     **error)
{
  g_autoptr(GArray) members = NULL;

  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);

  members = vd_lookup_team_member_ids (db, team_id, error);
  if (members == NULL)
    return FALSE;
  return vd_service_add_many (db, event_id, (const gint64 *)(gpointer)members->data, members->len,
                              added, refused, error);
}

/* ---- changing ----------------------------------------------------------------- */

/* The record's status, volunteer and event, checked to exist. */
static gboolean
read_state (VdDatabase      *db,
            gint64           record_id,
            VdRecordStatus  *status,
            gint64          *volunteer_id,
            gint64          *event_id,
            int             *minutes,
            GError         **error)
{
  sqlite3_stmt *stmt = vd_database_prepare_cached (db, "SELECT status, volunteer_id, "
                                                       "coalesce (event_id, 0), minutes "
                                                       "FROM service_records WHERE id = ?1",
                                                   error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, record_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *status = status_from_code ((const char *)sqlite3_column_text (stmt, 0));
      *volunteer_id = sqlite3_column_int64 (stmt, 1);
      *event_id = sqlite3_column_int64 (stmt, 2);
      *minutes = sqlite3_column_int (stmt, 3);
    }
  sqlite3_reset (stmt);
  if (rc == SQLITE_ROW)
    return TRUE;
  if (rc == SQLITE_DONE)
    g_set_error (error, VD_SERVICE_ERROR, VD_SERVICE_ERROR_NOT_FOUND,
                 _("The service record is no longer in the database."));
  else
    vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
  return FALSE;
}

gboolean
vd_service_update (VdDatabase  *db,
                   gint64       record_id,
                   int          minutes,
                   const char  *service_date,
                   gboolean     backfilled,
                   const char  *note,
                   GError     **error)
{
  g_autoptr(VdSettings) settings = NULL;
  g_autoptr(VdEvent) event = NULL;
  g_autoptr(VdAuditRow) audit = NULL;
  g_autofree char *name = NULL;
  g_autofree char *date = NULL;
  VdRecordStatus status;
  gint64 volunteer_id, event_id;
  int old_minutes, rounded;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);

  if (minutes <= 0)
    {
      g_set_error_literal (error, VD_SERVICE_ERROR, VD_SERVICE_ERROR_INVALID,
                           _("Enter the hours served."));
      return FALSE;
    }
  settings = vd_settings_load (db, error);
  if (settings == NULL || !vd_database_begin (db, error))
    return FALSE;
  if (!read_state (db, record_id, &status, &volunteer_id, &event_id, &old_minutes, error))
    goto fail;
  name = vd_service_volunteer_name (db, volunteer_id);
  if (status == VD_RECORD_APPROVED)
    {
      g_set_error (error, VD_SERVICE_ERROR, VD_SERVICE_ERROR_STATUS,
                   _("%s's hours are approved; revoke the approval before changing them."), name);
      goto fail;
    }
  if (event_id == 0 || (event = vd_events_get (db, event_id, error)) == NULL)
    {
      if (error != NULL && *error == NULL)
        g_set_error (error, VD_SERVICE_ERROR, VD_SERVICE_ERROR_STATUS,
                     _("Only records of events are changed here."));
      goto fail;
    }
  if (!vd_service_check_rules (db, settings, event, volunteer_id, name, service_date, minutes,
                               backfilled, record_id, &date, &rounded, error))
    goto fail;

  audit = vd_audit_row_begin (db, "service_records", record_id, error);
  if (audit == NULL)
    goto fail;
  stmt = vd_database_prepare (db, "UPDATE service_records SET minutes = ?2, service_date = ?3, "
                                  "backfilled = ?4, note = ?5, status = 'pending', reviewed_by = NULL, "
                                  "reviewed_at = NULL, reject_reason = NULL WHERE id = ?1", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, record_id);
  sqlite3_bind_int (stmt, 2, rounded);
  sqlite3_bind_text (stmt, 3, date, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 4, backfilled ? 1 : 0);
  sqlite3_bind_text (stmt, 5, note != NULL ? note : "", -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
      goto fail;
    }
  if (!vd_audit_row_finish (audit, "update", record_id, error))
    goto fail;
  return vd_database_commit (db, error);

fail:
  vd_database_rollback (db);
  return FALSE;
}

VdServiceRecord *
vd_service_remove (VdDatabase  *db,
                   gint64       record_id,
                   GError     **error)
{
  g_autoptr(VdServiceRecord) record = NULL;
  g_autoptr(VdAuditRow) audit = NULL;

  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);

  if (!vd_database_begin (db, error))
    return NULL;
  record = vd_service_get (db, record_id, error);
  if (record == NULL)
    goto fail;
  if (record->status == VD_RECORD_APPROVED)
    {
      g_set_error (error, VD_SERVICE_ERROR, VD_SERVICE_ERROR_STATUS,
                   _("%s's hours are approved; revoke the approval before removing them."),
                   record->volunteer_name);
      goto fail;
    }
  if (query_int (db, "SELECT count (*) FROM points_ledger WHERE service_record_id = ?1",
                 record_id, NULL, 0) > 0)
    {
      g_set_error (error, VD_SERVICE_ERROR, VD_SERVICE_ERROR_STATUS,
                   _("%s's record was approved once and has points history, so it is kept; "
                     "reject it instead."), record->volunteer_name);
      goto fail;
    }
  audit = vd_audit_row_begin (db, "service_records", record_id, error);
  if (audit == NULL ||
      !vd_database_exec_int (db, "DELETE FROM service_records WHERE id = ?1", record_id, error) ||
      !vd_audit_row_finish (audit, "delete", record_id, error))
    goto fail;
  if (!vd_database_commit (db, error))
    return NULL;
  return g_steal_pointer (&record);

fail:
  vd_database_rollback (db);
  return NULL;
}

gboolean
vd_service_restore (VdDatabase       *db,
                    VdServiceRecord  *record,
                    GError          **error)
{
  g_autoptr(VdAuditRow) audit = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (record->status != VD_RECORD_APPROVED, FALSE);

  if (!vd_database_begin (db, error))
    return FALSE;
  audit = vd_audit_row_begin (db, "service_records", 0, error);
  if (audit == NULL)
    goto fail;
  stmt = vd_database_prepare (db, "INSERT INTO service_records (id, volunteer_id, event_id, "
                                  "service_date, minutes, backfilled, status, reviewed_by, "
                                  "reviewed_at, reject_reason, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6, "
                                  "?7, nullif (?8, ''), nullif (?9, ''), nullif (?10, ''), ?11)",
                              error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, record->id);
  sqlite3_bind_int64 (stmt, 2, record->volunteer_id);
  sqlite3_bind_int64 (stmt, 3, record->event_id);
  sqlite3_bind_text (stmt, 4, record->service_date, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 5, record->minutes);
  sqlite3_bind_int (stmt, 6, record->backfilled ? 1 : 0);
  sqlite3_bind_text (stmt, 7, vd_record_status_to_code (record->status), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 8, record->reviewed_by, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 9, record->reviewed_at, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 10, record->reject_reason, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 11, record->note, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
      goto fail;
    }
  if (!vd_audit_row_finish (audit, "restore", record->id, error))
    goto fail;
  return vd_database_commit (db, error);

fail:
  vd_database_rollback (db);
  return FALSE;
}

/* ---- review ------------------------------------------------------------------- */

static gboolean
set_reviewed (VdDatabase  *db,
              gint64       record_id,
              const char  *status,
              const char  *reason,
              GError     **error)
{
  sqlite3_stmt *stmt = vd_database_prepare_cached (db,
    "UPDATE service_records SET status = ?2, reject_reason = ?3, "
    "reviewed_by = CASE WHEN ?2 = 'pending' THEN NULL ELSE ?4 END, "
    "reviewed_at = CASE WHEN ?2 = 'pending' THEN NULL ELSE datetime ('now', 'localtime') END "
    "WHERE id = ?1", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, record_id);
  sqlite3_bind_text (stmt, 2, status, -1, SQLITE_STATIC);
  if (reason != NULL)
    sqlite3_bind_text (stmt, 3, reason, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, g_get_user_name (), -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  if (rc != SQLITE_DONE)
    return vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
  return TRUE;
}

static gboolean
write_points (VdDatabase  *db,
              gint64       volunteer_id,
              const char  *kind,
              gint64       amount_centi,
              const char  *reason,
              gint64       record_id,
              GError     **error)
{
  g_autoptr(VdAuditRow) audit = NULL;
  sqlite3_stmt *stmt = vd_database_prepare_cached (db,
    "INSERT INTO points_ledger (volunteer_id, kind, amount_centi, reason, service_record_id, "
    "created_at, created_by) VALUES (?1, ?2, ?3, ?4, ?5, datetime ('now', 'localtime'), ?6)", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, volunteer_id);
  sqlite3_bind_text (stmt, 2, kind, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, amount_centi);
  sqlite3_bind_text (stmt, 4, reason, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 5, record_id);
  sqlite3_bind_text (stmt, 6, g_get_user_name (), -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  if (rc == SQLITE_CONSTRAINT_TRIGGER &&
      strstr (sqlite3_errmsg (vd_database_get_handle (db)), "below zero") != NULL)
    {
      g_autofree char *name = vd_service_volunteer_name (db, volunteer_id);
      gint64 balance = query_int (db, "SELECT coalesce (sum (amount_centi), 0) FROM points_ledger "
                                      "WHERE volunteer_id = ?1", volunteer_id, NULL, 0);

      g_set_error (error, VD_SERVICE_ERROR, VD_SERVICE_ERROR_POINTS_SPENT,
                   _("%s has already spent the points these hours earned: the balance is %.2f "
                     "points and revoking would take back %.2f. The approval stays."),
                   name, balance / 100.0, -amount_centi / 100.0);
      return FALSE;
    }
  if (rc != SQLITE_DONE)
    return vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
  /* The ledger is append-only, but its rows are logged like any other write. */
  audit = vd_audit_row_begin (db, "points_ledger", 0, error);
  return audit != NULL &&
         vd_audit_row_finish (audit, kind, sqlite3_last_insert_rowid (vd_database_get_handle (db)), error);
}

static gboolean
approve_one (VdDatabase        *db,
             const VdSettings  *settings,
             gint64             record_id,
             GError           **error)
{
  g_autoptr(VdAuditRow) audit = NULL;
  g_autoptr(VdServiceRecord) record = vd_service_get (db, record_id, error);
  gint64 points;

  if (record == NULL)
    return FALSE;
  if (record->status != VD_RECORD_PENDING)
    {
      g_set_error (error, VD_SERVICE_ERROR, VD_SERVICE_ERROR_STATUS,
                   _("%s's record is already %s."), record->volunteer_name,
                   vd_record_status_get_label (record->status));
      return FALSE;
    }
  audit = vd_audit_row_begin (db, "service_records", record_id, error);
  if (audit == NULL || !set_reviewed (db, record_id, "approved", NULL, error))
    return FALSE;
  points = (gint64)record->minutes * settings->points_per_hour_centi / 60;
  if (points > 0)
    {
      g_autofree char *reason = g_strdup_printf (_("Service hours approved: %s, %s"),
                                                 record->event_title, record->service_date);
      if (!write_points (db, record->volunteer_id, "earn", points, reason, record_id, error))
        return FALSE;
    }
  return vd_audit_row_finish (audit, "approve", record_id, error);
}

gboolean
vd_service_approve (VdDatabase    *db,
                    const gint64  *record_ids,
                    guint          n_ids,
                    GError       **error)
{
  g_autoptr(VdSettings) settings = NULL;

  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);

  settings = vd_settings_load (db, error);
  if (settings == NULL || !vd_database_begin (db, error))
    return FALSE;
  for (guint i = 0; i < n_ids; i++)
    if (!approve_one (db, settings, record_ids[i], error))
      {
        vd_database_rollback (db);
        return FALSE;
      }
  return vd_database_commit (db, error);
}

gint64
vd_service_approve_event (VdDatabase  *db,
                          gint64       event_id,
                          GError     **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (VD_IS_DATABASE (db), -1);

  stmt = vd_database_prepare (db, "SELECT id FROM service_records WHERE event_id = ?1 "
                                  "AND status = 'pending' AND backfilled = 0", error);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, event_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
      return -1;
    }
  if (!vd_service_approve (db, (const gint64 *)(gpointer)ids->data, ids->len, error))
    return -1;
  return ids->len;
}

gboolean
vd_service_reject (VdDatabase    *db,
                   const gint64  *record_ids,
                   guint          n_ids,
                   const char    *reason,
                   GError       **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (reason != NULL ? reason : ""));

  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);

  if (trimmed[0] == '\0')
    {
      g_set_error_literal (error, VD_SERVICE_ERROR, VD_SERVICE_ERROR_INVALID,
                           _("Give a reason for the rejection."));
      return FALSE;
    }
  if (!vd_database_begin (db, error))
    return FALSE;
  for (guint i = 0; i < n_ids; i++)
    {
      g_autoptr(VdAuditRow) audit = NULL;
      VdRecordStatus status;
      gint64 volunteer_id, event_id;
      int minutes;

      if (!read_state (db, record_ids[i], &status, &volunteer_id, &event_id, &minutes, error))
        goto fail;
      if (status != VD_RECORD_PENDING)
        {
          g_autofree char *name = vd_service_volunteer_name (db, volunteer_id);

          g_set_error (error, VD_SERVICE_ERROR, VD_SERVICE_ERROR_STATUS,
                       _("%s's record is already %s."), name, vd_record_status_get_label (status));
          goto fail;
        }
      audit = vd_audit_row_begin (db, "service_records", record_ids[i], error);
      if (audit == NULL || !set_reviewed (db, record_ids[i], "rejected", trimmed, error) ||
          !vd_audit_row_finish (audit, "reject", record_ids[i], error))
        goto fail;
    }
  return vd_database_commit (db, error);

fail:
  vd_database_rollback (db);
  return FALSE;
}

gboolean
vd_service_revoke (VdDatabase  *db,
                   gint64       record_id,
                   const char  *reason,
                   GError     **error)
{
  g_autoptr(VdAuditRow) audit = NULL;
  g_autoptr(VdServiceRecord) record = NULL;
  g_autofree char *why = NULL;
  gint64 net;

  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);

  if (!vd_database_begin (db, error))
    return FALSE;
  record = vd_service_get (db, record_id, error);
  if (record == NULL)
    goto fail;
  if (record->status != VD_RECORD_APPROVED)
    {
      g_set_error (error, VD_SERVICE_ERROR, VD_SERVICE_ERROR_STATUS,
                   _("%s's record is not approved, so there is no approval to revoke."),
                   record->volunteer_name);
      goto fail;
    }
  audit = vd_audit_row_begin (db, "service_records", record_id, error);
  if (audit == NULL || !set_reviewed (db, record_id, "pending", NULL, error))
    goto fail;
  /* What this record earned and has not yet been reversed, whatever the rate now. */
  net = query_int (db, "SELECT coalesce (sum (amount_centi), 0) FROM points_ledger "
                       "WHERE service_record_id = ?1 AND (kind = 'earn' OR kind = 'reverse')",
                   record_id, NULL, 0);
  why = reason != NULL && *reason != '\0'
    ? g_strdup_printf (_("Approval revoked: %s, %s (%s)"), record->event_title, record->service_date, reason)
    : g_strdup_printf (_("Approval revoked: %s, %s"), record->event_title, record->service_date);
  if (net > 0 && !write_points (db, record->volunteer_id, "reverse", -net, why, record_id, error))
    goto fail;
  if (!vd_audit_row_finish (audit, "revoke", record_id, error))
    goto fail;
  return vd_database_commit (db, error);

fail:
  vd_database_rollback (db);
  return FALSE;
}

/* ---- a volunteer's figures ----------------------------------------------------- */

void
vd_service_summary_clear (VdServiceSummary *summary)
{
  g_clear_pointer (&summary->years, g_array_unref);
}

gboolean
vd_service_volunteer_summary (VdDatabase        *db,
                              gint64             volunteer_id,
                              VdServiceSummary  *out,
                              GError           **error)
{
  g_autoptr(VdSettings) settings = NULL;

  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);

  memset (out, 0, sizeof *out);
  settings = vd_settings_load (db, error);
  if (settings == NULL)
    return FALSE;
  out->years = vd_lookup_volunteer_minutes_by_year (db, volunteer_id, error);
  if (out->years == NULL)
    return FALSE;
  out->approved_minutes = query_int (db, "SELECT approved_minutes FROM volunteers WHERE id = ?1",
                                     volunteer_id, NULL, 0);
  out->pending_minutes = query_int (db, "SELECT coalesce (sum (minutes), 0) FROM service_records "
                                        "WHERE volunteer_id = ?1 AND status = 'pending'",
                                    volunteer_id, NULL, 0);
  out->points_centi = query_int (db, "SELECT coalesce (sum (amount_centi), 0) FROM points_ledger "
                                     "WHERE volunteer_id = ?1", volunteer_id, NULL, 0);
  out->star_level = vd_settings_star_level (settings, out->approved_minutes);
  return TRUE;
}
