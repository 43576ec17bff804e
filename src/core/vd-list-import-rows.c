/* vd-list-import-rows.c — checking and writing one imported row of teams, stations,
 * events with participants, or trainings with attendance
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "vd-date.h"
#include "vd-import.h"
#include "vd-list-import-private.h"
#include "vd-service-private.h"


#define S(slot) (slots[VD_SLOT_##slot])
#define HAS(slot) (S (slot)[0] != '\0')

VdListImportRun *
vd_list_import_run_new (VdDatabase  *db,
                        VdListKind   kind,
                        GError     **error)
{
  g_autoptr(VdSettings) settings = vd_settings_load (db, error);
  VdListImportRun *run;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  if (settings == NULL)
    return NULL;
  run = g_new0 (VdListImportRun, 1);
  run->settings = g_steal_pointer (&settings);
  run->db = db;
  run->kind = kind;
  run->today = g_date_time_format (now, "%Y-%m-%d");
  run->approved = g_array_new (FALSE, FALSE, sizeof (gint64));
  return run;
}

void
vd_list_import_run_free (VdListImportRun *run)
{
  if (run == NULL)
    return;
  g_free (run->today);
  g_array_unref (run->approved);
  vd_settings_free (run->settings);
  g_free (run);
}

gboolean
vd_list_import_run_check_slots (VdListImportRun *run,
                                const int       *mapping,
                                guint            n_columns,
                                GError         **error)
{
  gboolean seen[VD_N_SLOTS] = { FALSE, };
  gboolean ok;

  for (guint c = 0; c < n_columns; c++)
    if (mapping[c] >= 0)
      seen[mapping[c]] = TRUE;

  switch (run->kind)
    {
    case VD_LIST_TEAMS:
      ok = seen[VD_SLOT_NAME] && seen[VD_SLOT_CATEGORY];
      if (!ok)
        g_set_error_literal (error, VD_IMPORT_ERROR, VD_IMPORT_ERROR_MAPPING,
                             _("The file needs columns for the team's name and category."));
      return ok;
    case VD_LIST_STATIONS:
      ok = seen[VD_SLOT_NAME] && seen[VD_SLOT_TYPE] && seen[VD_SLOT_DATE];
      if (!ok)
        g_set_error_literal (error, VD_IMPORT_ERROR, VD_IMPORT_ERROR_MAPPING,
                             _("The file needs columns for the station's name, type and "
                               "establishment date."));
      return ok;
    case VD_LIST_EVENTS:
    case VD_LIST_TRAININGS:
    default:
      ok = seen[VD_SLOT_NAME] && seen[VD_SLOT_CATEGORY] && seen[VD_SLOT_STARTS] &&
           seen[VD_SLOT_ENDS];
      if (!ok)
        g_set_error_literal (error, VD_IMPORT_ERROR, VD_IMPORT_ERROR_MAPPING,
                             run->kind == VD_LIST_EVENTS
                             ? _("The file needs columns for the event's title, category, "
                                 "start and end.")
                             : _("The file needs columns for the training's topic, category, "
                                 "start and end."));
      return ok;
    }
}

#define STATION_BY_NAME "SELECT id FROM stations WHERE name = ?1"
#define TEAM_BY_NAME "SELECT id FROM teams WHERE name = ?1"
#define VOLUNTEER_BY_NO "SELECT id FROM volunteers WHERE volunteer_no = ?1"

/* --- the kinds --- */

/* A team already there: only its missing leader is set (the second import of a
 * file whose leaders were not registered the first time). */
static VdRowOutcome
existing_team (VdListImportRun     *run,
               gint64               team,
               gint64               leader,
               const char          *founded,
               const char * const  *slots,
               GString             *reasons,
               GError             **error)
{
  g_autofree char *team_text = vd_list_id_text (team);
  g_autofree char *leader_text = vd_list_id_text (leader);
  const char *values[3] = { team_text, leader_text, founded != NULL ? founded : run->today };
  gint64 current;

  current = vd_list_lookup (run, "SELECT volunteer_id FROM team_members WHERE team_id = ?1 AND role = 'leader'",
                            team_text, NULL, error);
  if (current < 0)
    return VD_ROW_REJECTED;
  if (leader == 0 || current != 0)
    {
      vd_list_problem (reasons, _("The team “%s” is already there."), S (NAME));
      return VD_ROW_SKIPPED;
    }
  /* a member already (the register's import puts volunteers in their teams): promoted */
  if (vd_list_insert (run, "INSERT INTO team_members (team_id, volunteer_id, role, joined_on) "
                           "VALUES (?1, ?2, 'leader', ?3) "
                           "ON CONFLICT (team_id, volunteer_id) DO UPDATE SET role = 'leader'",
                      3, values, error) == 0 && error != NULL && *error != NULL)
    return VD_ROW_REJECTED;
  return VD_ROW_UPDATED;
}

static VdRowOutcome
team_row (VdListImportRun     *run,
          const char * const  *slots,
          GString             *reasons,
          GError             **error)
{
  g_autofree char *founded = vd_list_read_date (S (DATE), reasons);
  const char *state = vd_list_read_enum (VD_LIST_ENUM_STATE, S (STATE), "active", reasons);
  gint64 station, parent, leader, category, team;
  g_autofree char *station_text = NULL;
  g_autofree char *parent_text = NULL;
  g_autofree char *category_text = NULL;
  g_autofree char *team_text = NULL;
  g_autofree char *leader_text = NULL;

  if (!HAS (NAME))
    vd_list_problem (reasons, "%s", _("The team has no name."));
  if (!HAS (CATEGORY))
    vd_list_problem (reasons, "%s", _("The team has no category."));
  station = vd_list_named (run, STATION_BY_NAME, S (STATION), _("There is no station “%s”."), reasons, error);
  parent = vd_list_named (run, TEAM_BY_NAME, S (PARENT), _("There is no team “%s”."), reasons, error);
  /* teams often come before their volunteers: an unknown leader is noted, and a
   * second import of the file after the volunteers' sets the leader */
  leader = HAS (VOLUNTEER_NO) ? vd_list_lookup (run, VOLUNTEER_BY_NO, S (VOLUNTEER_NO), NULL, error) : 0;
  if (station < 0 || parent < 0 || leader < 0)
    return VD_ROW_REJECTED;
  if (reasons->len > 0)
    return VD_ROW_REJECTED;

  team = vd_list_lookup (run, TEAM_BY_NAME, S (NAME), NULL, error);
  if (team < 0)
    return VD_ROW_REJECTED;
  if (team > 0)
    return existing_team (run, team, leader, founded, slots, reasons, error);

  category = vd_list_ensure_category (run, "team", S (CATEGORY), error);
  if (category <= 0)
    return VD_ROW_REJECTED;
  category_text = vd_list_id_text (category);
  station_text = vd_list_id_text (station);
  parent_text = vd_list_id_text (parent);
  {
    const char *values[7] = { S (NAME), category_text, parent_text, station_text, founded,
                              S (TEXT), state };

    team = vd_list_insert (run, "INSERT INTO teams (name, category_id, parent_id, station_id, founded_on, "
                                "description, status) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                           7, values, error);
  }
  if (team == 0)
    return VD_ROW_REJECTED;
  if (leader == 0 && HAS (VOLUNTEER_NO))
    {
      vd_list_problem (reasons, _("Volunteer %s is not in the register yet: import this file again "
                                  "after the volunteers to make them the leader."), S (VOLUNTEER_NO));
      return VD_ROW_IMPORTED_NOTED;
    }
  if (leader > 0)
    {
      const char *values[3];

      team_text = vd_list_id_text (team);
      leader_text = vd_list_id_text (leader);
      values[0] = team_text;
      values[1] = leader_text;
      values[2] = founded != NULL ? founded : run->today;
      if (vd_list_insert (run, "INSERT INTO team_members (team_id, volunteer_id, role, joined_on) "
                               "VALUES (?1, ?2, 'leader', ?3)", 3, values, error) == 0 &&
          error != NULL && *error != NULL)
        return VD_ROW_REJECTED;
    }
  return VD_ROW_IMPORTED;
}

static VdRowOutcome
station_row (VdListImportRun     *run,
             const char * const  *slots,
             GString             *reasons,
             GError             **error)
{
  g_autofree char *established = vd_list_read_date (S (DATE), reasons);
  g_autofree char *archived_on = vd_list_read_date (S (ARCHIVED_ON), reasons);
  const char *type = vd_list_read_enum (VD_LIST_ENUM_STATION_TYPE, S (TYPE), NULL, reasons);
  const char *state = vd_list_read_enum (VD_LIST_ENUM_STATE, S (STATE), "active", reasons);
  g_autofree char *sub_text = NULL;
  g_autofree char *community_text = NULL;
  gint64 sub = 0, community = 0, station;

  if (!HAS (NAME))
    vd_list_problem (reasons, "%s", _("The station has no name."));
  if (!HAS (TYPE))
    vd_list_problem (reasons, "%s", _("The station has no type."));
  if (!HAS (DATE))
    vd_list_problem (reasons, "%s", _("The station has no establishment date."));
  if (g_strcmp0 (type, "community") == 0 && !HAS (COMMUNITY))
    vd_list_problem (reasons, "%s", _("A community station needs its community."));
  if (HAS (COMMUNITY) && !HAS (SUBDISTRICT))
    vd_list_problem (reasons, "%s", _("A community needs its sub-district."));
  if (strchr (S (PHONE), '*') != NULL)
    vd_list_problem (reasons, "%s", _("The contact phone is masked; export with full numbers to import it."));
  if (g_str_equal (state, "archived") && archived_on == NULL)
    vd_list_problem (reasons, "%s", _("An archived station needs the date it was archived."));
  if (reasons->len > 0)
    return VD_ROW_REJECTED;

  station = vd_list_lookup (run, STATION_BY_NAME, S (NAME), NULL, error);
  if (station != 0)
    {
      if (station > 0)
        vd_list_problem (reasons, _("The station “%s” is already there."), S (NAME));
      return VD_ROW_SKIPPED;
    }

  if (HAS (SUBDISTRICT) && (sub = vd_list_ensure_subdistrict (run, S (SUBDISTRICT), error)) <= 0)
    return VD_ROW_REJECTED;
  if (HAS (COMMUNITY) && (community = vd_list_ensure_community (run, sub, S (COMMUNITY), error)) <= 0)
    return VD_ROW_REJECTED;
  sub_text = vd_list_id_text (sub);
  community_text = vd_list_id_text (community);
  {
    const char *values[11] = { S (NAME), type, sub_text, community_text, S (ADDRESS), S (CONTACT),
                               S (PHONE), established, state,
                               g_str_equal (state, "archived") ? archived_on : NULL, S (TEXT) };

    station = vd_list_insert (run, "INSERT INTO stations (name, type, subdistrict_id, community_id, address, "
                                   "contact_name, contact_phone, established_on, status, archived_on, notes) "
                                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                              11, values, error);
  }
  if (station == 0)
    return VD_ROW_REJECTED;
  return VD_ROW_IMPORTED;
}

/* The event or training a row names (title/topic, start, end), made when new. */
static gint64
find_or_make_session (VdListImportRun     *run,
                      const char * const  *slots,
                      const char          *starts,
                      const char          *ends,
                      gboolean            *made,
                      GString             *reasons,
                      GError             **error)
{
  gboolean events = run->kind == VD_LIST_EVENTS;
  sqlite3_stmt *stmt;
  g_autofree char *category_text = NULL;
  g_autofree char *station_text = NULL;
  gint64 id = 0, category, station, team = 0;
  int rc;

  stmt = vd_database_prepare_cached (run->db, events
    ? "SELECT id FROM events WHERE title = ?1 AND starts_at = ?2 AND ends_at = ?3"
    : "SELECT id FROM trainings WHERE topic = ?1 AND starts_at = ?2 AND ends_at = ?3", error);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_text (stmt, 1, S (NAME), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, starts, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, ends, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      vd_database_set_error (error, vd_database_get_handle (run->db), rc, NULL);
      return -1;
    }
  *made = FALSE;
  if (id != 0)
    return id;

  station = vd_list_named (run, STATION_BY_NAME, S (STATION), _("There is no station “%s”."), reasons, error);
  if (events)
    team = vd_list_named (run, TEAM_BY_NAME, S (TEAM), _("There is no team “%s”."), reasons, error);
  if (station < 0 || team < 0 || reasons->len > 0)
    return 0;
  category = vd_list_ensure_category (run, events ? "event" : "training", S (CATEGORY), error);
  if (category <= 0)
    return -1;
  category_text = vd_list_id_text (category);
  station_text = vd_list_id_text (station);

  if (events)
    {
      g_autofree char *team_text = vd_list_id_text (team);
      g_autofree char *people = NULL;
      gboolean party = vd_list_read_bool (S (PARTY), reasons);
      const char *status = vd_list_read_enum (VD_LIST_ENUM_EVENT_STATUS, S (STATE), NULL, reasons);
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autofree char *now_text = g_date_time_format (now, "%Y-%m-%d %H:%M:%S");
      const char *values[11];

      people = g_strdup_printf ("%" G_GINT64_FORMAT, vd_list_read_int (S (PEOPLE), 0, G_MAXINT32, 0, reasons));
      if (reasons->len > 0)
        return 0;
      if (status == NULL)
        status = strcmp (ends, now_text) < 0 ? "held" : "planned";
      values[0] = S (NAME);
      values[1] = category_text;
      values[2] = starts;
      values[3] = ends;
      values[4] = station_text;
      values[5] = S (PLACE);
      values[6] = team_text;
      values[7] = people;
      values[8] = party ? "1" : "0";
      values[9] = status;
      values[10] = S (TEXT);
      id = vd_list_insert (run, "INSERT INTO events (title, category_id, starts_at, ends_at, station_id, "
                                "place, team_id, people_served, party_event, status, description) "
                                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)", 11, values, error);
    }
  else
    {
      g_autoptr(GTimeZone) tz = g_time_zone_new_local ();
      g_autoptr(GDateTime) a = g_date_time_new_from_iso8601 (starts, tz);
      g_autoptr(GDateTime) b = g_date_time_new_from_iso8601 (ends, tz);
      gint64 span = a != NULL && b != NULL ? g_date_time_difference (b, a) / G_TIME_SPAN_MINUTE : 60;
      gint64 capacity = vd_list_read_int (S (CAPACITY), 1, 100000, 0, reasons);
      gint64 minutes = vd_list_read_int (S (MINUTES), 1, 100000, MAX (span, 1), reasons);
      g_autofree char *capacity_text = vd_list_id_text (capacity);
      g_autofree char *minutes_text = g_strdup_printf ("%" G_GINT64_FORMAT, minutes);
      const char *values[10] = { S (NAME), category_text, S (TRAINER), starts, ends, S (PLACE),
                                 station_text, capacity_text, minutes_text, S (TEXT) };

      if (reasons->len > 0)
        return 0;
      id = vd_list_insert (run, "INSERT INTO trainings (topic, category_id, trainer, starts_at, ends_at, "
                                "place, station_id, capacity, minutes, notes) "
                                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)", 10, values, error);
    }
  if (id <= 0)
    return -1;
  *made = TRUE;
  return id;
}

/* The rules of the service hours (vd-service.h), as the app applies them: the date
 * within the event unless back-filled, minutes rounded down to the unit, and the
 * daily cap over the volunteer's pending and approved records, this file's rows
 * written so far included. A rejected record counts nowhere: only rounded. */
static gboolean
service_rules (VdListImportRun  *run,
               gint64            event_id,
               gint64            volunteer_id,
               const char       *number,
               const char       *date,
               int               minutes,
               gboolean          backfilled,
               gboolean          rejected,
               char            **date_out,
               int              *minutes_out,
               GString          *reasons,
               GError          **error)
{
  g_autoptr(VdEvent) event = NULL;
  g_autoptr(GError) rule_error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *label = NULL;

  event = vd_events_get (run->db, event_id, error);
  if (event == NULL)
    return FALSE;
  if (rejected)
    {
      int rounded = vd_service_round_minutes (minutes, run->settings->rounding_minutes);

      *date_out = date != NULL ? g_strdup (date) : g_strndup (event->starts_at, 10);
      *minutes_out = rounded > 0 ? rounded : minutes;
      return TRUE;
    }

  name = vd_service_volunteer_name (run->db, volunteer_id);
  /* the volunteer by name and number: 张伟 (V00012) */
  label = g_strdup_printf (_("%s (%s)"), name != NULL ? name : "", number);
  if (vd_service_check_rules (run->db, run->settings, event, volunteer_id, label, date, minutes,
                              backfilled, 0, date_out, minutes_out, &rule_error))
    return TRUE;
  if (rule_error->domain != VD_SERVICE_ERROR)
    {
      g_propagate_error (error, g_steal_pointer (&rule_error));
      return FALSE;
    }
  vd_table_add_problem (reasons, rule_error->message);
  return FALSE;
}

static VdRowOutcome
participant (VdListImportRun     *run,
             gint64               session,
             const char          *starts,
             gint64               volunteer,
             const char * const  *slots,
             GString             *reasons,
             GError             **error)
{
  g_autofree char *session_text = vd_list_id_text (session);
  g_autofree char *volunteer_text = vd_list_id_text (volunteer);
  gint64 existing;

  existing = vd_list_lookup (run, run->kind == VD_LIST_EVENTS
                                  ? "SELECT 1 FROM service_records WHERE event_id = ?1 AND volunteer_id = ?2"
                                  : "SELECT 1 FROM training_attendance WHERE training_id = ?1 AND volunteer_id = ?2",
                             session_text, volunteer_text, error);
  if (existing < 0)
    return VD_ROW_REJECTED;
  if (existing > 0)
    {
      vd_list_problem (reasons, _("Volunteer %s is already listed there."), S (VOLUNTEER_NO));
      return VD_ROW_SKIPPED;
    }

  if (run->kind == VD_LIST_EVENTS)
    {
      g_autofree char *date = vd_list_read_date (S (SERVICE_DATE), reasons);
      gint64 minutes = vd_list_read_int (S (MINUTES), 1, 1440, 0, reasons);
      const char *status = vd_list_read_enum (VD_LIST_ENUM_RECORD_STATUS, S (RECORD_STATUS), "pending", reasons);
      gboolean backfilled = vd_list_read_bool (S (BACKFILLED), reasons);
      g_autofree char *minutes_text = NULL;
      g_autofree char *day = NULL;
      const char *values[6];
      gint64 record;
      int rounded;

      if (minutes == 0 && !HAS (MINUTES))
        vd_list_problem (reasons, "%s", _("The service minutes are missing."));
      if (g_str_equal (status, "rejected") && !HAS (REASON))
        vd_list_problem (reasons, "%s", _("A rejected record needs the reason."));
      if (reasons->len > 0)
        return VD_ROW_REJECTED;
      if (!service_rules (run, session, volunteer, S (VOLUNTEER_NO), date, (int)minutes, backfilled,
                          g_str_equal (status, "rejected"), &day, &rounded, reasons, error))
        return VD_ROW_REJECTED;
      minutes_text = g_strdup_printf ("%d", rounded);
      values[0] = volunteer_text;
      values[1] = session_text;
      values[2] = day;
      values[3] = minutes_text;
      values[4] = backfilled ? "1" : "0";
      values[5] = S (NOTE);
      record = vd_list_insert (run, "INSERT INTO service_records (volunteer_id, event_id, service_date, "
                                    "minutes, backfilled, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                               6, values, error);
      if (record == 0)
        return VD_ROW_REJECTED;
      /* through the service rules: approval earns points, both are audited; one
       * approval of them all at the end loads the settings once */
      if (g_str_equal (status, "approved"))
        g_array_append_val (run->approved, record);
      if (g_str_equal (status, "rejected") &&
          !vd_service_reject (run->db, &record, 1, S (REASON), error))
        return VD_ROW_REJECTED;
      if (rounded != minutes)
        {
          vd_list_problem (reasons, _("%s minutes rounded down to %d, the rounding unit being %d "
                                      "minutes."), S (MINUTES), rounded,
                           run->settings->rounding_minutes);
          return VD_ROW_IMPORTED_NOTED;
        }
      return VD_ROW_IMPORTED;
    }
  else
    {
      const char *status = vd_list_read_enum (VD_LIST_ENUM_ATTENDANCE, S (ATTENDANCE), "registered", reasons);
      g_autofree char *registered = vd_list_read_datetime (S (REGISTERED_AT), reasons);
      g_autofree char *checked = vd_list_read_datetime (S (CHECKED_IN_AT), reasons);
      gboolean came = g_str_equal (status, "present") || g_str_equal (status, "late");
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autofree char *now_text = g_date_time_format (now, "%Y-%m-%d %H:%M:%S");
      const char *values[5];

      if (reasons->len > 0)
        return VD_ROW_REJECTED;
      values[0] = session_text;
      values[1] = volunteer_text;
      values[2] = status;
      values[3] = registered != NULL ? registered : now_text;
      values[4] = came ? (checked != NULL ? checked : starts) : NULL;
      if (vd_list_insert (run, "INSERT INTO training_attendance (training_id, volunteer_id, status, "
                               "registered_at, checked_in_at) VALUES (?1, ?2, ?3, ?4, ?5)",
                          5, values, error) == 0 && error != NULL && *error != NULL)
        return VD_ROW_REJECTED;
      return VD_ROW_IMPORTED;
    }
}

static VdRowOutcome
session_row (VdListImportRun     *run,
             const char * const  *slots,
             GString             *reasons,
             GError             **error)
{
  g_autofree char *starts = vd_list_read_datetime (S (STARTS), reasons);
  g_autofree char *ends = vd_list_read_datetime (S (ENDS), reasons);
  gint64 volunteer = 0, session;
  gboolean made = FALSE;

  if (!HAS (NAME))
    vd_list_problem (reasons, "%s", run->kind == VD_LIST_EVENTS ? _("The event has no title.")
                                                                : _("The training has no topic."));
  if (!HAS (CATEGORY))
    vd_list_problem (reasons, "%s", _("The category is missing."));
  if (!HAS (STARTS) || !HAS (ENDS))
    vd_list_problem (reasons, "%s", _("The start and the end are both needed."));
  else if (starts != NULL && ends != NULL && strcmp (ends, starts) <= 0)
    vd_list_problem (reasons, "%s", _("The end is not after the start."));
  volunteer = vd_list_named (run, VOLUNTEER_BY_NO, S (VOLUNTEER_NO),
                             _("No volunteer has the number “%s”."), reasons, error);
  if (volunteer < 0 || reasons->len > 0)
    return VD_ROW_REJECTED;

  session = find_or_make_session (run, slots, starts, ends, &made, reasons, error);
  if (session <= 0)
    return VD_ROW_REJECTED;
  if (volunteer == 0)
    {
      if (made)
        return VD_ROW_IMPORTED;
      vd_list_problem (reasons, _("“%s” at %s is already there."), S (NAME), starts);
      return VD_ROW_SKIPPED;
    }
  return participant (run, session, starts, volunteer, slots, reasons, error);
}

VdRowOutcome
vd_list_import_run_row (VdListImportRun     *run,
                        const char * const  *slots,
                        GString             *reasons,
                        GError             **error)
{
  g_autoptr(GError) row_error = NULL;
  VdRowOutcome outcome;

  /* each row in its own savepoint: a row the database refuses leaves no trace */
  if (!vd_database_begin (run->db, error))
    return VD_ROW_REJECTED;
  switch (run->kind)
    {
    case VD_LIST_TEAMS:
      outcome = team_row (run, slots, reasons, &row_error);
      break;
    case VD_LIST_STATIONS:
      outcome = station_row (run, slots, reasons, &row_error);
      break;
    default:
      outcome = session_row (run, slots, reasons, &row_error);
      break;
    }
  if (row_error != NULL)
    {
      vd_table_add_problem (reasons, row_error->message);
      outcome = VD_ROW_REJECTED;
    }
  if (outcome == VD_ROW_SKIPPED || outcome == VD_ROW_REJECTED)
    {
      vd_database_rollback (run->db);
      return outcome;
    }
  if (!vd_database_commit (run->db, error))
    return VD_ROW_REJECTED;
  return outcome;
}

gboolean
vd_list_import_run_finish (VdListImportRun  *run,
                           GError          **error)
{
  if (run->approved->len == 0)
    return TRUE;
  return vd_service_approve (run->db, (const gint64 *)(gpointer)run->approved->data,
                             run->approved->len, error);
}
