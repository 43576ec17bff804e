/* vd-stats.c — the year's figures of service, from the summary tables
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "vd-audit.h"
#include "vd-settings.h"
#include "vd-stats.h"

void
vd_stats_row_free (VdStatsRow *row)
{
  if (row == NULL)
    return;
  g_free (row->name);
  g_free (row->kind);
  g_free (row);
}

static const char *
station_type_label (const char *code)
{
  if (g_strcmp0 (code, "community") == 0)
    return _("Community stations");
  if (g_strcmp0 (code, "window") == 0)
    return _("Service window stations");
  if (g_strcmp0 (code, "public") == 0)
    return _("Public place stations");
  return _("Not at a station");
}

/* Runs sql with ?1 = first month (YYYY01) and ?2 = last (YYYY12), ?3 = year; each row
 * gives the columns named in the layout string: i id, n name, k kind, m month,
 * M minutes, r records, e events, p people. */
static GPtrArray *
query_rows (VdDatabase  *db,
            const char  *sql,
            int          year,
            const char  *layout,
            GError     **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify)vd_stats_row_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = vd_database_prepare_cached (db, sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, year * 100 + 1);
  sqlite3_bind_int (stmt, 2, year * 100 + 12);
  if (sqlite3_bind_parameter_count (stmt) >= 3)
    sqlite3_bind_int (stmt, 3, year);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      VdStatsRow *row = g_new0 (VdStatsRow, 1);

      for (int col = 0; layout[col] != '\0'; col++)
        switch (layout[col])
          {
          case 'i': row->id = sqlite3_column_int64 (stmt, col); break;
          case 'n': row->name = g_strdup ((const char *)sqlite3_column_text (stmt, col)); break;
          case 'k': row->kind = g_strdup ((const char *)sqlite3_column_text (stmt, col)); break;
          case 'm': row->month = sqlite3_column_int (stmt, col) % 100; break;
          case 'M': row->minutes = sqlite3_column_int64 (stmt, col); break;
          case 'r': row->records = sqlite3_column_int64 (stmt, col); break;
          case 'e': row->events = sqlite3_column_int64 (stmt, col); break;
          case 'p': row->people = sqlite3_column_int64 (stmt, col); break;
          default: g_assert_not_reached ();
          }
      if (row->name == NULL)
        row->name = g_strdup ("");
      g_ptr_array_add (rows, row);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
      return NULL;
    }
  return g_steal_pointer (&rows);
}

GPtrArray *
vd_stats_hours_by_month_category (VdDatabase  *db,
                                  int          year,
                                  GError     **error)
{
  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);
  return query_rows (db,
                     "SELECT s.month, s.category_id, coalesce (c.name, ''), sum (s.minutes), sum (s.records) "
                     "FROM stats_month_category s LEFT JOIN categories c ON c.id = s.category_id "
                     "WHERE s.month BETWEEN ?1 AND ?2 GROUP BY s.month, s.category_id "
                     "HAVING sum (s.records) > 0 ORDER BY s.month, c.sort_order, s.category_id",
                     year, "minMr", error);
}

gboolean
vd_stats_hours_by_month (VdDatabase  *db,
                         int          year,
                         gint64       minutes[12],
                         gint64       records[12],
                         GError     **error)
{
  g_autoptr(GPtrArray) rows = NULL;

  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);

  rows = query_rows (db,
                     "SELECT month, sum (minutes), sum (records) FROM stats_month_category "
                     "WHERE month BETWEEN ?1 AND ?2 GROUP BY month",
                     year, "mMr", error);
  if (rows == NULL)
    return FALSE;
  if (minutes != NULL)
    memset (minutes, 0, 12 * sizeof (gint64));
  if (records != NULL)
    memset (records, 0, 12 * sizeof (gint64));
  for (guint i = 0; i < rows->len; i++)
    {
      VdStatsRow *row = g_ptr_array_index (rows, i);

      if (row->month < 1 || row->month > 12)
        continue;
      if (minutes != NULL)
        minutes[row->month - 1] = row->minutes;
      if (records != NULL)
        records[row->month - 1] = row->records;
    }
  return TRUE;
}

GPtrArray *
vd_stats_hours_by_category (VdDatabase  *db,
                            int          year,
                            GError     **error)
{
  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);
  return query_rows (db,
                     "SELECT s.category_id, coalesce (c.name, ''), sum (s.minutes), sum (s.records) "
                     "FROM stats_month_category s LEFT JOIN categories c ON c.id = s.category_id "
                     "WHERE s.month BETWEEN ?1 AND ?2 GROUP BY s.category_id "
                     "HAVING sum (s.records) > 0 ORDER BY 3 DESC, c.sort_order",
                     year, "inMr", error);
}

GPtrArray *
vd_stats_hours_by_team (VdDatabase  *db,
                        int          year,
                        GError     **error)
{
  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);
  return query_rows (db,
                     "SELECT s.team_id, coalesce (t.name, ''), sum (s.minutes), sum (s.records) "
                     "FROM stats_month_team s LEFT JOIN teams t ON t.id = s.team_id "
                     "WHERE s.month BETWEEN ?1 AND ?2 GROUP BY s.team_id "
                     "HAVING sum (s.records) > 0 ORDER BY 3 DESC, 2",
                     year, "inMr", error);
}

GPtrArray *
vd_stats_hours_by_station (VdDatabase  *db,
                           int          year,
                           GError     **error)
{
  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);
  return query_rows (db,
                     "SELECT s.station_id, coalesce (st.name, ''), st.type, sum (s.minutes), sum (s.records) "
                     "FROM stats_month_station s LEFT JOIN stations st ON st.id = s.station_id "
                     "WHERE s.month BETWEEN ?1 AND ?2 GROUP BY s.station_id "
                     "HAVING sum (s.records) > 0 ORDER BY 4 DESC, 2",
                     year, "inkMr", error);
}

GPtrArray *
vd_stats_hours_by_station_type (VdDatabase  *db,
                                int          year,
                                GError     **error)
{
  g_autoptr(GPtrArray) rows = NULL;

  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);
  rows = query_rows (db,
                     "SELECT st.type, sum (s.minutes), sum (s.records) "
                     "FROM stats_month_station s LEFT JOIN stations st ON st.id = s.station_id "
                     "WHERE s.month BETWEEN ?1 AND ?2 GROUP BY st.type "
                     "HAVING sum (s.records) > 0 ORDER BY 2 DESC",
                     year, "kMr", error);
  if (rows == NULL)
    return NULL;
  for (guint i = 0; i < rows->len; i++)
    {
      VdStatsRow *row = g_ptr_array_index (rows, i);

      g_free (row->name);
      row->name = g_strdup (station_type_label (row->kind));
    }
  return g_steal_pointer (&rows);
}

gboolean
vd_stats_active_by_month (VdDatabase  *db,
                          int          year,
                          gint64       all[12],
                          gint64       party[12],
                          GError     **error)
{
  g_autoptr(GPtrArray) rows = NULL;

  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);

  /* id carries the party flag here. */
  rows = query_rows (db,
                     "SELECT month, party, volunteers FROM stats_month_active "
                     "WHERE month BETWEEN ?1 AND ?2",
                     year, "mir", error);
  if (rows == NULL)
    return FALSE;
  if (all != NULL)
    memset (all, 0, 12 * sizeof (gint64));
  if (party != NULL)
    memset (party, 0, 12 * sizeof (gint64));
  for (guint i = 0; i < rows->len; i++)
    {
      VdStatsRow *row = g_ptr_array_index (rows, i);

      if (row->month < 1 || row->month > 12)
        continue;
      if (all != NULL)
        all[row->month - 1] += row->records;
      if (party != NULL && row->id == 1)
        party[row->month - 1] += row->records;
    }
  return TRUE;
}

GPtrArray *
vd_stats_events_by_category (VdDatabase  *db,
                             int          year,
                             GError     **error)
{
  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);
  return query_rows (db,
                     "SELECT s.category_id, coalesce (c.name, ''), sum (s.events), sum (s.people) "
                     "FROM stats_month_events s LEFT JOIN categories c ON c.id = s.category_id "
                     "WHERE s.month BETWEEN ?1 AND ?2 GROUP BY s.category_id "
                     "HAVING sum (s.events) > 0 ORDER BY 3 DESC, c.sort_order",
                     year, "inep", error);
}

static gint64
count_int (VdDatabase  *db,
           const char  *sql,
           int          year,
           gint64       arg,
           gboolean    *ok,
           GError     **error)
{
  sqlite3_stmt *stmt;
  gint64 value = 0;
  int rc;

  if (!*ok)
    return 0;
  stmt = vd_database_prepare_cached (db, sql, error);
  if (stmt == NULL)
    {
      *ok = FALSE;
      return 0;
    }
  if (sqlite3_bind_parameter_count (stmt) >= 1)
    sqlite3_bind_int (stmt, 1, year);
  if (sqlite3_bind_parameter_count (stmt) >= 2)
    sqlite3_bind_int64 (stmt, 2, arg);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  else
    *ok = vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
  sqlite3_reset (stmt);
  return value;
}

gboolean
vd_stats_party (VdDatabase    *db,
                int            year,
                VdStatsParty  *out,
                GError       **error)
{
  g_autoptr(VdSettings) settings = NULL;
  gboolean ok = TRUE;

  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);

  memset (out, 0, sizeof *out);
  settings = vd_settings_load (db, error);
  if (settings == NULL)
    return FALSE;
  out->target_hours = settings->target_party_hours;
  out->target_community = settings->target_party_community;
  out->target_registered = settings->target_party_registered;
  out->party_member_total = settings->party_member_total;

  out->person_times = count_int (db, "SELECT coalesce (sum (records), 0) FROM stats_month_category "
                                     "WHERE month BETWEEN ?1 * 100 + 1 AND ?1 * 100 + 12 AND party = 1",
                                 year, 0, &ok, error);
  out->minutes = count_int (db, "SELECT coalesce (sum (minutes), 0) FROM stats_month_category "
                                "WHERE month BETWEEN ?1 * 100 + 1 AND ?1 * 100 + 12 AND party = 1",
                            year, 0, &ok, error);
  out->events = count_int (db, "SELECT coalesce (sum (party_events), 0) FROM stats_month_events "
                               "WHERE month BETWEEN ?1 * 100 + 1 AND ?1 * 100 + 12",
                           year, 0, &ok, error);
  out->registered = count_int (db, "SELECT count (*) FROM volunteers INDEXED BY volunteers_party "
                                   "WHERE status = 'active' AND "
                                   "(political_status = 'party_member' OR political_status = 'probationary')",
                               year, 0, &ok, error);
  out->served = count_int (db, "SELECT coalesce (sum (volunteers), 0) FROM stats_year_hours "
                               "WHERE year = ?1 AND party = 1", year, 0, &ok, error);
  out->reached_target = count_int (db, "SELECT coalesce (sum (volunteers), 0) FROM stats_year_hours "
                                       "WHERE year = ?1 AND party = 1 AND hours >= ?2",
                                   year, settings->target_party_hours, &ok, error);
  out->in_communities = count_int (db, "SELECT coalesce (sum (volunteers), 0) FROM stats_year_hours "
                                       "WHERE year = ?1 AND party = 1 AND community = 1",
                                   year, 0, &ok, error);
  if (!ok)
    return FALSE;

  if (out->registered > 0)
    out->hours_per_member = out->minutes / 60.0 / out->registered;
  if (out->served > 0)
    out->community_share = 100.0 * out->in_communities / out->served;
  if (out->party_member_total > 0)
    out->registered_share = 100.0 * out->registered / out->party_member_total;
  return TRUE;
}

static gboolean
rebuild (VdDatabase  *db,
         gboolean     audited,
         GError     **error)
{
  static const char sql[] =
    /* Keys of records whose writer left them out. */
    "UPDATE service_records SET "
    "  stat_party = coalesce ((SELECT political_status = 'party_member' OR political_status = 'probationary' "
    "                          FROM volunteers WHERE id = service_records.volunteer_id), 0), "
    "  stat_category_id = (SELECT category_id FROM events WHERE id = service_records.event_id), "
    "  stat_team_id = (SELECT team_id FROM events WHERE id = service_records.event_id), "
    "  stat_station_id = (SELECT station_id FROM events WHERE id = service_records.event_id), "
    "  stat_community = coalesce ((SELECT s.type = 'community' FROM events e JOIN stations s "
    "                              ON s.id = e.station_id WHERE e.id = service_records.event_id), 0), "
    "  stat_keyed = 1 "
    "WHERE stat_keyed = 0;"
    "DELETE FROM stats_month_category; DELETE FROM stats_month_team; DELETE FROM stats_month_station;"
    "DELETE FROM stats_volunteer_month; DELETE FROM stats_month_active; DELETE FROM stats_volunteer_year;"
    "DELETE FROM stats_year_hours;"
    /* One pass over the records for the event-side keys, one for the volunteer side. */
    "CREATE TEMP TABLE vd_rebuild_keys AS "
    "  SELECT CAST (substr (service_date, 1, 4) || substr (service_date, 6, 2) AS INTEGER) AS month, "
    "         stat_party AS party, coalesce (stat_category_id, 0) AS category_id, "
    "         coalesce (stat_team_id, 0) AS team_id, coalesce (stat_station_id, 0) AS station_id, "
    "         sum (minutes) AS minutes, count (*) AS records "
    "  FROM service_records WHERE status = 'approved' AND event_id IS NOT NULL "
    "  GROUP BY 1, 2, 3, 4, 5;"
    "INSERT INTO stats_month_category SELECT month, party, category_id, sum (minutes), sum (records) "
    "  FROM vd_rebuild_keys GROUP BY 1, 2, 3;"
    "INSERT INTO stats_month_team SELECT month, team_id, sum (minutes), sum (records) "
    "  FROM vd_rebuild_keys GROUP BY 1, 2;"
    "INSERT INTO stats_month_station SELECT month, station_id, sum (minutes), sum (records) "
    "  FROM vd_rebuild_keys GROUP BY 1, 2;"
    "DROP TABLE vd_rebuild_keys;"
    "INSERT INTO stats_volunteer_month "
    "  SELECT volunteer_id, CAST (substr (service_date, 1, 4) || substr (service_date, 6, 2) AS INTEGER), "
    "         stat_party, sum (minutes), count (*) "
    "  FROM service_records WHERE status = 'approved' AND event_id IS NOT NULL "
    "  GROUP BY 1, 2, 3;"
    "INSERT INTO stats_month_active SELECT month, party, count (*) FROM stats_volunteer_month GROUP BY 1, 2;"
    "INSERT INTO stats_volunteer_year "
    "  SELECT volunteer_id, CAST (substr (service_date, 1, 4) AS INTEGER), stat_party, sum (minutes), "
    "         sum (minutes * stat_community), count (*) "
    "  FROM service_records WHERE status = 'approved' AND event_id IS NOT NULL "
    "  GROUP BY 1, 2, 3;"
    /* Its triggers counted the rows one by one; count them again in one statement. */
    "DELETE FROM stats_year_hours;"
    "INSERT INTO stats_year_hours SELECT year, party, community_minutes > 0, minutes / 60, count (*) "
    "  FROM stats_volunteer_year GROUP BY 1, 2, 3, 4;"
    /* Each event's counters and each volunteer's approved total. */
    "CREATE TEMP TABLE vd_rebuild_events (id INTEGER PRIMARY KEY, n, pending, minutes, party);"
    "INSERT INTO vd_rebuild_events "
    "  SELECT event_id AS id, count (*) AS n, sum (status = 'pending') AS pending, "
    "         sum (CASE WHEN status = 'approved' THEN minutes ELSE 0 END) AS minutes, "
    "         sum (status = 'approved' AND stat_party = 1) AS party "
    "  FROM service_records WHERE event_id IS NOT NULL GROUP BY event_id;"
    "UPDATE events SET participant_count = 0, pending_count = 0, approved_minutes = 0, party_count = 0 "
    "  WHERE participant_count <> 0 OR pending_count <> 0 OR approved_minutes <> 0 OR party_count <> 0;"
    "UPDATE events SET (participant_count, pending_count, approved_minutes, party_count) = "
    "  (SELECT n, pending, minutes, party FROM temp.vd_rebuild_events r WHERE r.id = events.id) "
    "  WHERE id IN (SELECT id FROM temp.vd_rebuild_events);"
    "DROP TABLE vd_rebuild_events;"
    "DELETE FROM stats_month_events;"
    "INSERT INTO stats_month_events "
    "  SELECT CAST (substr (starts_at, 1, 4) || substr (starts_at, 6, 2) AS INTEGER), category_id, "
    "         count (*), sum (people_served), sum (party_count > 0) "
    "  FROM events WHERE status <> 'cancelled' GROUP BY 1, 2;"
    "CREATE TEMP TABLE vd_rebuild_volunteers (id INTEGER PRIMARY KEY, minutes);"
    "INSERT INTO vd_rebuild_volunteers "
    "  SELECT volunteer_id AS id, sum (minutes) AS minutes FROM service_records "
    "  WHERE status = 'approved' GROUP BY volunteer_id;"
    "UPDATE volunteers SET approved_minutes = 0 WHERE approved_minutes <> 0;"
    "UPDATE volunteers SET approved_minutes = "
    "  (SELECT minutes FROM temp.vd_rebuild_volunteers r WHERE r.id = volunteers.id) "
    "  WHERE id IN (SELECT id FROM temp.vd_rebuild_volunteers);"
    "DROP TABLE vd_rebuild_volunteers;";

  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);

  if (!vd_database_begin (db, error))
    return FALSE;
  if (!vd_database_exec (db, sql, error) ||
      (audited && !vd_audit_log (db, "statistics", 0, "rebuild", NULL, NULL, error)))
    {
      vd_database_rollback (db);
      return FALSE;
    }
  return vd_database_commit (db, error);
}

gboolean
vd_stats_rebuild_summaries (VdDatabase  *db,
                            GError     **error)
{
  return rebuild (db, TRUE, error);
}

gboolean
vd_stats_migration_hook (VdDatabase  *db,
                         GError     **error)
{
  return rebuild (db, FALSE, error);
}
