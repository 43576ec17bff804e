/* vd-events.c — service events
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "vd-audit.h"
#include "vd-events.h"
#include "vd-events-private.h"
#include "vd-lookup.h"

#define MAX_EVENT_DAYS 31
#define MAX_PEOPLE_SERVED 100000000

G_DEFINE_QUARK (vd-events-error-quark, vd_events_error)

G_DEFINE_FINAL_TYPE (VdEvent, vd_event, G_TYPE_OBJECT)

static const struct {
  const char *code;
  const char *label;
} statuses[VD_N_EVENT_STATUS] = {
  { "planned", N_("Planned") },
  { "held", N_("Held") },
  { "cancelled", N_("Cancelled") },
};

const char *
vd_event_status_to_code (VdEventStatus status)
{
  g_return_val_if_fail (status < VD_N_EVENT_STATUS, "planned");
  return statuses[status].code;
}

gboolean
vd_event_status_from_code (const char    *code,
                           VdEventStatus *out)
{
  for (guint i = 0; i < VD_N_EVENT_STATUS; i++)
    if (g_strcmp0 (code, statuses[i].code) == 0)
      {
        *out = i;
        return TRUE;
      }
  return FALSE;
}

const char *
vd_event_status_get_label (VdEventStatus status)
{
  g_return_val_if_fail (status < VD_N_EVENT_STATUS, "");
  return g_dgettext (GETTEXT_PACKAGE, statuses[status].label);
}

static void
vd_event_finalize (GObject *object)
{
  VdEvent *self = VD_EVENT (object);

  g_free (self->title);
  g_free (self->starts_at);
  g_free (self->ends_at);
  g_free (self->place);
  g_free (self->description);
  g_free (self->category_name);
  g_free (self->station_name);
  g_free (self->team_name);

  G_OBJECT_CLASS (vd_event_parent_class)->finalize (object);
}

static void
vd_event_class_init (VdEventClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = vd_event_finalize;
}

static void
vd_event_init (VdEvent *self)
{
  self->title = g_strdup ("");
  self->starts_at = g_strdup ("");
  self->ends_at = g_strdup ("");
  self->place = g_strdup ("");
  self->description = g_strdup ("");
  self->category_name = g_strdup ("");
  self->station_name = g_strdup ("");
  self->team_name = g_strdup ("");
}

VdEvent *
vd_event_new (void)
{
  return g_object_new (VD_TYPE_EVENT, NULL);
}

VdEvent *
vd_event_copy (VdEvent *self)
{
  VdEvent *copy = vd_event_new ();

#define COPY_STR(f) g_free (copy->f); copy->f = g_strdup (self->f)
  copy->id = self->id;
  COPY_STR (title);
  copy->category_id = self->category_id;
  COPY_STR (starts_at);
  COPY_STR (ends_at);
  copy->station_id = self->station_id;
  COPY_STR (place);
  copy->team_id = self->team_id;
  copy->people_served = self->people_served;
  copy->party_event = self->party_event;
  COPY_STR (description);
  copy->status = self->status;
  COPY_STR (category_name);
  COPY_STR (station_name);
  COPY_STR (team_name);
  copy->participant_count = self->participant_count;
  copy->pending_count = self->pending_count;
  copy->approved_minutes = self->approved_minutes;
#undef COPY_STR
  return copy;
}

GDateTime *
vd_event_parse_datetime (const char *text)
{
  int y, mo, d, h, mi, s = 0;
  char tail;

  if (text == NULL ||
      (sscanf (text, "%4d-%2d-%2d %2d:%2d:%2d%c", &y, &mo, &d, &h, &mi, &s, &tail) != 6 &&
       sscanf (text, "%4d-%2d-%2d %2d:%2d%c", &y, &mo, &d, &h, &mi, &tail) != 5))
    return NULL;
  if (!g_date_valid_dmy (d, mo, y) || h > 23 || mi > 59 || s > 59 || h < 0 || mi < 0 || s < 0)
    return NULL;
  return g_date_time_new_utc (y, mo, d, h, mi, s);
}

gint64
vd_event_get_duration (VdEvent *self)
{
  g_autoptr(GDateTime) a = vd_event_parse_datetime (self->starts_at);
  g_autoptr(GDateTime) b = vd_event_parse_datetime (self->ends_at);

  if (a == NULL || b == NULL)
    return 0;
  return MAX (0, g_date_time_difference (b, a) / G_TIME_SPAN_MINUTE);
}

char *
vd_event_dup_when (VdEvent *self)
{
  if (strlen (self->starts_at) < 16 || strlen (self->ends_at) < 16)
    return g_strdup (self->starts_at);
  if (strncmp (self->starts_at, self->ends_at, 10) == 0)
    return g_strdup_printf ("%.16s–%.5s", self->starts_at, self->ends_at + 11);
  return g_strdup_printf ("%.16s – %.11s", self->starts_at, self->ends_at + 5);
}

const char *
vd_event_get_where (VdEvent *self)
{
  if (self->station_name != NULL && self->station_name[0] != '\0')
    return self->station_name;
  return self->place;
}

/* Seconds are not asked for in the form: store whole minutes, 'YYYY-MM-DD HH:MM:00'. */
static char *
normalize_datetime (const char *text)
{
  g_autoptr(GDateTime) dt = NULL;
  g_autofree char *trimmed = g_strstrip (g_strdup (text != NULL ? text : ""));

  dt = vd_event_parse_datetime (trimmed);
  if (dt == NULL)
    return NULL;
  return g_date_time_format (dt, "%Y-%m-%d %H:%M:%S");
}

static gboolean
row_exists (VdDatabase *db,
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

gboolean
vd_events_check (VdDatabase *db,
                 VdEvent    *event,
                 char       *messages[VD_EVENT_N_FIELDS])
{
  char *found[VD_EVENT_N_FIELDS] = { NULL, };
  g_autofree char *starts = NULL;
  g_autofree char *ends = NULL;
  g_autofree char *title = NULL;
  gboolean ok = TRUE;

  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (VD_IS_EVENT (event), FALSE);

  title = g_strstrip (g_strdup (event->title));
  if (title[0] == '\0')
    found[VD_EVENT_FIELD_TITLE] = g_strdup (_("Enter a title for the event."));
  else if (g_utf8_strlen (title, -1) > 200)
    found[VD_EVENT_FIELD_TITLE] = g_strdup (_("The title is longer than 200 characters."));
  else
    {
      g_free (event->title);
      event->title = g_steal_pointer (&title);
    }

  if (event->category_id <= 0)
    found[VD_EVENT_FIELD_CATEGORY] = g_strdup (_("Choose a category."));
  else if (!row_exists (db, "SELECT 1 FROM categories WHERE id = ?1 AND domain = 'event'",
                        event->category_id))
    found[VD_EVENT_FIELD_CATEGORY] = g_strdup (_("This category is not in the list of event categories."));

  starts = normalize_datetime (event->starts_at);
  ends = normalize_datetime (event->ends_at);
  if (starts == NULL)
    found[VD_EVENT_FIELD_STARTS] = g_strdup (_("Enter the start as a date and time, e.g. 2026-03-05 08:30."));
  if (ends == NULL)
    found[VD_EVENT_FIELD_ENDS] = g_strdup (_("Enter the end as a date and time, e.g. 2026-03-05 11:30."));
  if (starts != NULL && ends != NULL)
    {
      g_free (event->starts_at);
      event->starts_at = g_strdup (starts);
      g_free (event->ends_at);
      event->ends_at = g_strdup (ends);
      if (strcmp (ends, starts) <= 0)
        found[VD_EVENT_FIELD_ENDS] = g_strdup (_("The end must be after the start."));
      else if (vd_event_get_duration (event) > MAX_EVENT_DAYS * 24 * 60)
        found[VD_EVENT_FIELD_ENDS] = g_strdup_printf (_("An event lasts at most %d days; record a longer project as several events."),
                                                      MAX_EVENT_DAYS);
    }

  g_strstrip (event->place);
  if (event->station_id > 0 &&
      !row_exists (db, "SELECT 1 FROM stations WHERE id = ?1", event->station_id))
    found[VD_EVENT_FIELD_PLACE] = g_strdup (_("This station is no longer in the database."));
  else if (event->station_id <= 0 && event->place[0] == '\0')
    found[VD_EVENT_FIELD_PLACE] = g_strdup (_("Choose a station or enter the place."));
  else if (g_utf8_strlen (event->place, -1) > 200)
    found[VD_EVENT_FIELD_PLACE] = g_strdup (_("The place is longer than 200 characters."));

  if (event->team_id > 0 && !row_exists (db, "SELECT 1 FROM teams WHERE id = ?1", event->team_id))
    found[VD_EVENT_FIELD_TEAM] = g_strdup (_("This team is no longer in the database."));

  if (event->people_served < 0)
    found[VD_EVENT_FIELD_PEOPLE] = g_strdup (_("People served cannot be negative."));
  else if (event->people_served > MAX_PEOPLE_SERVED)
    found[VD_EVENT_FIELD_PEOPLE] = g_strdup (_("That is more people than an event can serve; check the number."));

  if (g_utf8_strlen (event->description, -1) > 4000)
    found[VD_EVENT_FIELD_DESCRIPTION] = g_strdup (_("The description is longer than 4000 characters."));

  for (guint i = 0; i < VD_EVENT_N_FIELDS; i++)
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
check_or_error (VdDatabase  *db,
                VdEvent     *event,
                GError     **error)
{
  char *messages[VD_EVENT_N_FIELDS] = { NULL, };
  gboolean ok = vd_events_check (db, event, messages);

  for (guint i = 0; i < VD_EVENT_N_FIELDS; i++)
    {
      if (messages[i] != NULL && error != NULL && *error == NULL)
        g_set_error_literal (error, VD_EVENTS_ERROR, VD_EVENTS_ERROR_INVALID, messages[i]);
      g_free (messages[i]);
    }
  return ok;
}

static void
bind_id_or_null (sqlite3_stmt *stmt,
                 int           col,
                 gint64        id)
{
  if (id > 0)
    sqlite3_bind_int64 (stmt, col, id);
  else
    sqlite3_bind_null (stmt, col);
}

/* id 0: a new row; otherwise that id (an update, or a restore after a delete). */
static gboolean
write_row (VdDatabase  *db,
           VdEvent     *event,
           gboolean     update,
           GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = vd_database_prepare (db, update
    ? "UPDATE events SET title = ?2, category_id = ?3, starts_at = ?4, ends_at = ?5, "
      "station_id = ?6, place = ?7, team_id = ?8, people_served = ?9, party_event = ?10, "
      "description = ?11, status = ?12 WHERE id = ?1"
    : "INSERT INTO events (id, title, category_id, starts_at, ends_at, station_id, place, "
      "team_id, people_served, party_event, description, status) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
    error);
  if (stmt == NULL)
    return FALSE;
  bind_id_or_null (stmt, 1, event->id);
  sqlite3_bind_text (stmt, 2, event->title, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, event->category_id);
  sqlite3_bind_text (stmt, 4, event->starts_at, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, event->ends_at, -1, SQLITE_STATIC);
  bind_id_or_null (stmt, 6, event->station_id);
  sqlite3_bind_text (stmt, 7, event->place, -1, SQLITE_STATIC);
  bind_id_or_null (stmt, 8, event->team_id);
  sqlite3_bind_int64 (stmt, 9, event->people_served);
  sqlite3_bind_int (stmt, 10, event->party_event ? 1 : 0);
  sqlite3_bind_text (stmt, 11, event->description, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 12, vd_event_status_to_code (event->status), -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
  if (update && sqlite3_changes (vd_database_get_handle (db)) == 0)
    {
      g_set_error (error, VD_EVENTS_ERROR, VD_EVENTS_ERROR_NOT_FOUND,
                   _("The event is no longer in the database."));
      return FALSE;
    }
  if (!update)
    event->id = sqlite3_last_insert_rowid (vd_database_get_handle (db));
  return TRUE;
}

static gboolean
save (VdDatabase  *db,
      VdEvent     *event,
      gboolean     update,
      const char  *action,
      GError     **error)
{
  g_autoptr(VdAuditRow) audit = NULL;
  gint64 given_id = event->id;

  if (!check_or_error (db, event, error))
    return FALSE;
  if (!vd_database_begin (db, error))
    return FALSE;
  audit = vd_audit_row_begin (db, "events", update ? event->id : 0, error);
  if (audit == NULL || !write_row (db, event, update, error) ||
      !vd_audit_row_finish (audit, action, event->id, error))
    {
      vd_database_rollback (db);
      event->id = given_id;
      return FALSE;
    }
  if (!vd_database_commit (db, error))
    {
      event->id = given_id;
      return FALSE;
    }
  return TRUE;
}

gboolean
vd_events_insert (VdDatabase  *db,
                  VdEvent     *event,
                  GError     **error)
{
  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (VD_IS_EVENT (event), FALSE);

  event->id = 0;
  return save (db, event, FALSE, "insert", error);
}

gboolean
vd_events_update (VdDatabase  *db,
                  VdEvent     *event,
                  GError     **error)
{
  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (VD_IS_EVENT (event), FALSE);
  g_return_val_if_fail (event->id > 0, FALSE);

  return save (db, event, TRUE, "update", error);
}

gboolean
vd_events_restore (VdDatabase  *db,
                   VdEvent     *event,
                   GError     **error)
{
  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (VD_IS_EVENT (event), FALSE);

  return save (db, event, FALSE, "restore", error);
}

#define EVENT_COLUMNS \
  "e.id, e.title, e.category_id, e.starts_at, e.ends_at, coalesce (e.station_id, 0), " \
  "e.place, coalesce (e.team_id, 0), e.people_served, e.party_event, e.description, " \
  "e.status, coalesce (c.name, ''), coalesce (s.name, ''), coalesce (t.name, ''), " \
  "e.participant_count, e.pending_count, e.approved_minutes"
#define EVENT_FROM \
  "events e LEFT JOIN categories c ON c.id = e.category_id " \
  "LEFT JOIN stations s ON s.id = e.station_id LEFT JOIN teams t ON t.id = e.team_id"

/* For the list model (vd-event-list.c), which reads the same columns. */
const char *
vd_events_select_sql (void)
{
  return "SELECT " EVENT_COLUMNS " FROM " EVENT_FROM " WHERE e.id = ?1";
}

void
vd_event_read_row (VdEvent      *e,
                   sqlite3_stmt *stmt)
{
  int col = 0;

#define TEXT(f) g_free (e->f); e->f = g_strdup ((const char *)sqlite3_column_text (stmt, col++))
  e->id = sqlite3_column_int64 (stmt, col++);
  TEXT (title);
  e->category_id = sqlite3_column_int64 (stmt, col++);
  TEXT (starts_at);
  TEXT (ends_at);
  e->station_id = sqlite3_column_int64 (stmt, col++);
  TEXT (place);
  e->team_id = sqlite3_column_int64 (stmt, col++);
  e->people_served = sqlite3_column_int64 (stmt, col++);
  e->party_event = sqlite3_column_int (stmt, col++) != 0;
  TEXT (description);
  if (!vd_event_status_from_code ((const char *)sqlite3_column_text (stmt, col++), &e->status))
    e->status = VD_EVENT_PLANNED;
  TEXT (category_name);
  TEXT (station_name);
  TEXT (team_name);
  e->participant_count = sqlite3_column_int64 (stmt, col++);
  e->pending_count = sqlite3_column_int64 (stmt, col++);
  e->approved_minutes = sqlite3_column_int64 (stmt, col++);
#undef TEXT
}

VdEvent *
vd_events_get (VdDatabase  *db,
               gint64       id,
               GError     **error)
{
  g_autoptr(VdEvent) event = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);

  stmt = vd_database_prepare_cached (db, vd_events_select_sql (), error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      event = vd_event_new ();
      vd_event_read_row (event, stmt);
    }
  else if (rc == SQLITE_DONE)
    g_set_error (error, VD_EVENTS_ERROR, VD_EVENTS_ERROR_NOT_FOUND,
                 _("The event is no longer in the database."));
  else
    vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
  sqlite3_reset (stmt);
  return g_steal_pointer (&event);
}

VdEvent *
vd_events_delete (VdDatabase  *db,
                  gint64       id,
                  GError     **error)
{
  g_autoptr(VdEvent) event = NULL;
  g_autoptr(VdAuditRow) audit = NULL;

  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);

  if (!vd_database_begin (db, error))
    return NULL;
  event = vd_events_get (db, id, error);
  if (event == NULL)
    goto fail;
  if (row_exists (db, "SELECT 1 FROM service_records WHERE event_id = ?1", id))
    {
      g_set_error (error, VD_EVENTS_ERROR, VD_EVENTS_ERROR_HAS_RECORDS,
                   _("“%s” has participants with service records; remove them first, or "
                     "mark the event as cancelled."), event->title);
      goto fail;
    }
  audit = vd_audit_row_begin (db, "events", id, error);
  if (audit == NULL || !vd_database_exec_int (db, "DELETE FROM events WHERE id = ?1", id, error) ||
      !vd_audit_row_finish (audit, "delete", id, error))
    goto fail;
  if (!vd_database_commit (db, error))
    return NULL;
  return g_steal_pointer (&event);

fail:
  vd_database_rollback (db);
  return NULL;
}

GPtrArray *
vd_events_list_categories (VdDatabase  *db,
                           GError     **error)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func ((GDestroyNotify)vd_lookup_item_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = vd_database_prepare (db, "SELECT id, name FROM categories WHERE domain = 'event' "
                                  "AND archived = 0 ORDER BY sort_order, id", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      VdLookupItem *item = g_new0 (VdLookupItem, 1);

      item->id = sqlite3_column_int64 (stmt, 0);
      item->name = g_strdup ((const char *)sqlite3_column_text (stmt, 1));
      g_ptr_array_add (items, item);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
      return NULL;
    }
  return g_steal_pointer (&items);
}

gint64
vd_events_add_category (VdDatabase  *db,
                        const char  *name,
                        GError     **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (name != NULL ? name : ""));
  g_autoptr(VdAuditRow) audit = NULL;
  sqlite3_stmt *stmt;
  gint64 id = 0;
  int rc;

  g_return_val_if_fail (VD_IS_DATABASE (db), 0);

  if (trimmed[0] == '\0' || g_utf8_strlen (trimmed, -1) > 64)
    {
      g_set_error_literal (error, VD_EVENTS_ERROR, VD_EVENTS_ERROR_INVALID,
                           _("A category name has 1 to 64 characters."));
      return 0;
    }
  if (!vd_database_begin (db, error))
    return 0;
  stmt = vd_database_prepare (db, "SELECT id, archived FROM categories WHERE domain = 'event' AND name = ?1",
                              error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_text (stmt, 1, trimmed, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_int (stmt, 1) == 0)
    {
      sqlite3_finalize (stmt);
      g_set_error (error, VD_EVENTS_ERROR, VD_EVENTS_ERROR_INVALID,
                   _("“%s” is already in the list."), trimmed);
      goto fail;
    }
  id = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  audit = vd_audit_row_begin (db, "categories", id, error);
  if (audit == NULL)
    goto fail;
  if (id > 0)
    {
      /* An archived category of that name comes back rather than a second one. */
      if (!vd_database_exec_int (db, "UPDATE categories SET archived = 0 WHERE id = ?1", id, error))
        goto fail;
    }
  else
    {
      stmt = vd_database_prepare (db, "INSERT INTO categories (domain, name, sort_order) VALUES "
                                      "('event', ?1, (SELECT coalesce (max (sort_order), 0) + 1 "
                                      "FROM categories WHERE domain = 'event'))",
                                  error);
      if (stmt == NULL)
        goto fail;
      sqlite3_bind_text (stmt, 1, trimmed, -1, SQLITE_STATIC);
      rc = sqlite3_step (stmt);
      sqlite3_finalize (stmt);
      if (rc != SQLITE_DONE)
        {
          vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
          goto fail;
        }
      id = sqlite3_last_insert_rowid (vd_database_get_handle (db));
    }
  if (!vd_audit_row_finish (audit, "insert", id, error) || !vd_database_commit (db, error))
    goto fail;
  return id;

fail:
  if (vd_database_in_transaction (db))
    vd_database_rollback (db);
  return 0;
}
