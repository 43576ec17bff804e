/* vd-stats-year.c — a year's totals, and hours per month of one volunteer, team or
 * station, from the summary tables
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "vd-stats.h"

/* Runs sql with ?1..?3 bound to a, b, c (as many as it has) and returns the first
 * column of the first row (0 for NULL or no row). */
static gboolean
query_int (VdDatabase  *db,
           const char  *sql,
           gint64       a,
           gint64       b,
           gint64       c,
           gint64      *value,
           GError     **error)
{
  sqlite3_stmt *stmt = vd_database_prepare_cached (db, sql, error);
  int n, rc;

  if (stmt == NULL)
    return FALSE;
  n = sqlite3_bind_parameter_count (stmt);
  if (n >= 1)
    sqlite3_bind_int64 (stmt, 1, a);
  if (n >= 2)
    sqlite3_bind_int64 (stmt, 2, b);
  if (n >= 3)
    sqlite3_bind_int64 (stmt, 3, c);
  *value = 0;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *value = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
  return TRUE;
}

gboolean
vd_stats_monthly_minutes (VdDatabase    *db,
                          VdStatsOwner   owner,
                          gint64         id,
                          int            year,
                          gint64         minutes[12],
                          GError       **error)
{
  /* Each reads at most twelve rows per key through the summaries' primary keys. */
  static const char *const sql[] = {
    [VD_STATS_DISTRICT] = "SELECT month, sum (minutes) FROM stats_month_category "
                          "WHERE month BETWEEN ?1 AND ?2 GROUP BY month",
    [VD_STATS_VOLUNTEER] = "SELECT month, sum (minutes) FROM stats_volunteer_month "
                           "WHERE volunteer_id = ?3 AND month BETWEEN ?1 AND ?2 GROUP BY month",
    [VD_STATS_TEAM] = "SELECT month, minutes FROM stats_month_team "
                      "WHERE month BETWEEN ?1 AND ?2 AND team_id = ?3",
    [VD_STATS_STATION] = "SELECT month, minutes FROM stats_month_station "
                         "WHERE month BETWEEN ?1 AND ?2 AND station_id = ?3",
  };
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (owner <= VD_STATS_STATION, FALSE);

  memset (minutes, 0, 12 * sizeof (gint64));
  stmt = vd_database_prepare_cached (db, sql[owner], error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, year * 100 + 1);
  sqlite3_bind_int (stmt, 2, year * 100 + 12);
  if (sqlite3_bind_parameter_count (stmt) >= 3)
    sqlite3_bind_int64 (stmt, 3, id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int month = sqlite3_column_int (stmt, 0) % 100;

      if (month >= 1 && month <= 12)
        minutes[month - 1] += sqlite3_column_int64 (stmt, 1);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
  return TRUE;
}

gboolean
vd_stats_latest_year (VdDatabase    *db,
                      VdStatsOwner   owner,
                      gint64         id,
                      int           *year,
                      GError       **error)
{
  /* ?1 = December of the current year; a planned event of next year does not count.
   * The district's year is that of its events: the hours counted all belong to
   * events, and an event running over New Year gives the new year a few records but
   * nothing else to show. The team and station tables are keyed by month first:
   * read backwards from the newest month until the first row of the key. */
  static const char *const sql[] = {
    [VD_STATS_DISTRICT] = "SELECT max (month) FROM stats_month_events WHERE month <= ?1 AND events > 0",
    [VD_STATS_VOLUNTEER] = "SELECT max (month) FROM stats_volunteer_month "
                           "WHERE volunteer_id = ?2 AND month <= ?1",
    [VD_STATS_TEAM] = "SELECT month FROM stats_month_team WHERE month <= ?1 AND team_id = ?2 "
                      "AND records > 0 ORDER BY month DESC LIMIT 1",
    [VD_STATS_STATION] = "SELECT month FROM stats_month_station WHERE month <= ?1 AND station_id = ?2 "
                         "AND records > 0 ORDER BY month DESC LIMIT 1",
  };
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  gint64 month = 0;

  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (owner <= VD_STATS_STATION, FALSE);

  *year = 0;
  if (!query_int (db, sql[owner], g_date_time_get_year (now) * 100 + 12, id, 0, &month, error))
    return FALSE;
  *year = (int) (month / 100);
  return TRUE;
}

gboolean
vd_stats_year (VdDatabase   *db,
               int           year,
               VdStatsYear  *out,
               GError      **error)
{
  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);

  memset (out, 0, sizeof *out);
  /* A volunteer whose party status changed during the year has a row of each kind
   * there and counts twice: rare, and cheaper than a distinct count over millions. */
  return query_int (db, "SELECT coalesce (sum (volunteers), 0) FROM stats_year_hours WHERE year = ?1",
                    year, 0, 0, &out->volunteers, error) &&
         query_int (db, "SELECT coalesce (sum (minutes), 0) FROM stats_month_category "
                        "WHERE month BETWEEN ?1 AND ?2", year * 100 + 1, year * 100 + 12, 0,
                    &out->minutes, error) &&
         query_int (db, "SELECT coalesce (sum (records), 0) FROM stats_month_category "
                        "WHERE month BETWEEN ?1 AND ?2", year * 100 + 1, year * 100 + 12, 0,
                    &out->records, error) &&
         query_int (db, "SELECT coalesce (sum (events), 0) FROM stats_month_events "
                        "WHERE month BETWEEN ?1 AND ?2", year * 100 + 1, year * 100 + 12, 0,
                    &out->events, error) &&
         query_int (db, "SELECT coalesce (sum (people), 0) FROM stats_month_events "
                        "WHERE month BETWEEN ?1 AND ?2", year * 100 + 1, year * 100 + 12, 0,
                    &out->people, error);
}
