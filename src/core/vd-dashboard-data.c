/* vd-dashboard-data.c — the dashboard's figures that the register, the stations and
 * the teams already hold, for one year
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "vd-dashboard-data.h"

static gboolean
step_failed (VdDatabase   *db,
             sqlite3_stmt *stmt,
             int           rc,
             GError      **error)
{
  vd_database_set_error (error, vd_database_get_handle (db), rc, _("Reading the dashboard’s figures"));
  sqlite3_finalize (stmt);
  return FALSE;
}

/* A statement with ?1 = first day of the previous year, ?2 = first day of the year,
 * ?3 = last day of the year bound; or, for the tallies, the months: ?1 = January of
 * the previous year, ?2 = January, ?3 = December ('YYYY-MM'). */
static sqlite3_stmt *
prepare_year (VdDatabase  *db,
              const char  *sql,
              int          year,
              gboolean     months,
              GError     **error)
{
  sqlite3_stmt *stmt = vd_database_prepare (db, sql, error);
  char buf[16];

  if (stmt == NULL)
    return NULL;
  g_snprintf (buf, sizeof buf, months ? "%04d-01" : "%04d-01-01", year - 1);
  sqlite3_bind_text (stmt, 1, buf, -1, SQLITE_TRANSIENT);
  g_snprintf (buf, sizeof buf, months ? "%04d-01" : "%04d-01-01", year);
  sqlite3_bind_text (stmt, 2, buf, -1, SQLITE_TRANSIENT);
  g_snprintf (buf, sizeof buf, months ? "%04d-12" : "%04d-12-31", year);
  sqlite3_bind_text (stmt, 3, buf, -1, SQLITE_TRANSIENT);
  return stmt;
}

/* The first column of the first row; ?1 bound to value if the statement has it. */
static gboolean
query_int (VdDatabase  *db,
           const char  *sql,
           gint64       value,
           gint64      *out,
           GError     **error)
{
  sqlite3_stmt *stmt = vd_database_prepare (db, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  if (sqlite3_bind_parameter_count (stmt) >= 1)
    sqlite3_bind_int64 (stmt, 1, value);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return step_failed (db, stmt, rc, error);
  *out = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return TRUE;
}

/* Counts the volunteers added since the tallies were last brought up to date (see
 * sql/004-dashboard.sql). The tallies are derived from the register, not records of
 * the office's work, so this write has no audit entry. */
gboolean
vd_dashboard_data_fold_volunteers (VdDatabase  *db,
                                   GError     **error)
{
  gint64 pending = 0;

  if (!query_int (db, "SELECT (SELECT coalesce(max(id), 0) FROM volunteers) > folded_id "
                  "FROM volunteer_tallies_state", 0, &pending, error))
    return FALSE;
  if (!pending)
    return TRUE;
  if (!vd_database_begin (db, error))
    return FALSE;
  if (!vd_database_exec (db,
                         "INSERT INTO volunteer_tallies (status, registered_month, birth_year, gender, n) "
                         "SELECT status, substr(registered_on, 1, 7), "
                         "coalesce(CAST(substr(birth_date, 1, 4) AS INTEGER), 0), gender, count(*) "
                         "FROM volunteers WHERE id > (SELECT folded_id FROM volunteer_tallies_state) "
                         "GROUP BY 1, 2, 3, 4 "
                         "ON CONFLICT (status, registered_month, birth_year, gender) DO UPDATE SET n = n + excluded.n;"
                         "UPDATE volunteer_tallies_state SET folded_id = (SELECT coalesce(max(id), 0) FROM volunteers);",
                         error)
      || !vd_database_commit (db, error))
    {
      vd_database_rollback (db);
      return FALSE;
    }
  return TRUE;
}

static gboolean
load_registrations (VdDatabase      *db,
                    VdDashboardData *data,
                    GError         **error)
{
  sqlite3_stmt *stmt;
  int rc, m;

  /* grouped in the primary key's order: no temporary b-tree (a file, by default) */
  stmt = prepare_year (db,
                       "SELECT CAST(substr(registered_month, 6, 2) AS INTEGER), registered_month >= ?2, sum(n) "
                       "FROM volunteer_tallies WHERE status = 'active' "
                       "AND registered_month >= ?1 AND registered_month <= ?3 GROUP BY registered_month",
                       data->year, TRUE, error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      m = sqlite3_column_int (stmt, 0);
      if (m < 1 || m > 12)
        continue;
      if (sqlite3_column_int (stmt, 1))
        data->registrations[m - 1] += sqlite3_column_int64 (stmt, 2);
      else
        data->registrations_previous[m - 1] += sqlite3_column_int64 (stmt, 2);
    }
  if (rc != SQLITE_DONE)
    return step_failed (db, stmt, rc, error);
  sqlite3_finalize (stmt);

  stmt = prepare_year (db,
                       "SELECT coalesce(sum(n), 0) FROM volunteer_tallies WHERE status = 'active' "
                       "AND registered_month < ?1 AND ?2 IS NOT NULL AND ?3 IS NOT NULL",
                       data->year, TRUE, error);
  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return step_failed (db, stmt, rc, error);
  data->registered_previous = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  for (m = 0; m < 12; m++)
    data->registered_previous += data->registrations_previous[m];
  data->registered = data->registered_previous;
  for (m = 0; m < 12; m++)
    data->registered += data->registrations[m];
  return TRUE;
}

static gboolean
load_stars (VdDatabase       *db,
            const VdSettings *settings,
            VdDashboardData  *data,
            GError          **error)
{
  gint64 at_least[VD_STAR_LEVELS + 1] = { 0 };
  int level, pass;

  if (!query_int (db, "SELECT coalesce(sum(n), 0) FROM volunteer_tallies WHERE status = 'active'",
                  0, &at_least[0], error))
    return FALSE;
  /* one range of the approved_minutes index from the first threshold, bucketed; less
   * the same over the small index of those not active */
  for (pass = 0; pass < 2; pass++)
    {
      sqlite3_stmt *stmt = vd_database_prepare (db, pass == 0
                                                ? "SELECT count(*), sum(approved_minutes >= ?2), "
                                                  "sum(approved_minutes >= ?3), sum(approved_minutes >= ?4), "
                                                  "sum(approved_minutes >= ?5) FROM volunteers "
                                                  "WHERE approved_minutes >= ?1"
                                                : "SELECT count(*), sum(approved_minutes >= ?2), "
                                                  "sum(approved_minutes >= ?3), sum(approved_minutes >= ?4), "
                                                  "sum(approved_minutes >= ?5) FROM volunteers "
                                                  "WHERE status <> 'active' AND approved_minutes >= ?1",
                                                error);
      int rc;

      if (stmt == NULL)
        return FALSE;
      for (level = 1; level <= VD_STAR_LEVELS; level++)
        sqlite3_bind_int64 (stmt, level, (gint64) settings->star_hours[level - 1] * 60);
      rc = sqlite3_step (stmt);
      if (rc != SQLITE_ROW)
        return step_failed (db, stmt, rc, error);
      for (level = 1; level <= VD_STAR_LEVELS; level++)
        at_least[level] += (pass == 0 ? 1 : -1) * sqlite3_column_int64 (stmt, level - 1);
      sqlite3_finalize (stmt);
    }
  for (level = 0; level < VD_STAR_LEVELS; level++)
    data->stars[level] = MAX (at_least[level] - at_least[level + 1], 0);
  data->stars[VD_STAR_LEVELS] = at_least[VD_STAR_LEVELS];
  return TRUE;
}

static gboolean
load_pyramid (VdDatabase      *db,
              VdDashboardData *data,
              GError         **error)
{
  sqlite3_stmt *stmt;
  int rc;

  /* summed here rather than by GROUP BY, whose temporary b-tree is a file */
  stmt = prepare_year (db,
                       "SELECT gender = 'male', birth_year, n FROM volunteer_tallies "
                       "WHERE status = 'active' AND registered_month <= ?3 "
                       "AND birth_year > 0 AND gender <> 'unknown' "
                       "AND ?1 IS NOT NULL AND ?2 IS NOT NULL",
                       data->year, TRUE, error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int age = data->year - sqlite3_column_int (stmt, 1);
      guint band = age < 25 ? 0 : MIN ((guint) (age - 25) / 10 + 1, VD_DASHBOARD_AGE_BANDS - 1);

      if (sqlite3_column_int (stmt, 0))
        data->age_male[band] += sqlite3_column_int64 (stmt, 2);
      else
        data->age_female[band] += sqlite3_column_int64 (stmt, 2);
    }
  if (rc != SQLITE_DONE)
    return step_failed (db, stmt, rc, error);
  sqlite3_finalize (stmt);
  return TRUE;
}

static gboolean
load_stations (VdDatabase      *db,
               VdDashboardData *data,
               GError         **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = prepare_year (db,
                       "SELECT type, count(*), sum(established_on >= ?2) FROM stations "
                       "WHERE established_on <= ?3 AND (archived_on IS NULL OR archived_on > ?3) "
                       "AND ?1 IS NOT NULL GROUP BY type",
                       data->year, FALSE, error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *type = (const char *) sqlite3_column_text (stmt, 0);
      int i = g_strcmp0 (type, "community") == 0 ? VD_DASHBOARD_STATION_COMMUNITY
              : g_strcmp0 (type, "window") == 0 ? VD_DASHBOARD_STATION_WINDOW
              : VD_DASHBOARD_STATION_PUBLIC;

      data->stations[i] += sqlite3_column_int64 (stmt, 1);
      data->stations_new += sqlite3_column_int64 (stmt, 2);
    }
  if (rc != SQLITE_DONE)
    return step_failed (db, stmt, rc, error);
  sqlite3_finalize (stmt);
  return TRUE;
}

static gboolean
load_teams (VdDatabase      *db,
            VdDashboardData *data,
            GError         **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = prepare_year (db,
                       "SELECT c.name, count(t.id) FROM categories c "
                       "JOIN teams t ON t.category_id = c.id AND t.status = 'active' "
                       "AND (t.founded_on IS NULL OR t.founded_on <= ?3) "
                       "WHERE c.domain = 'team' AND ?1 IS NOT NULL AND ?2 IS NOT NULL "
                       "GROUP BY c.id ORDER BY c.sort_order, c.id",
                       data->year, FALSE, error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 n = sqlite3_column_int64 (stmt, 1);

      g_ptr_array_add (data->team_categories, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
      g_array_append_val (data->team_counts, n);
    }
  if (rc != SQLITE_DONE)
    return step_failed (db, stmt, rc, error);
  sqlite3_finalize (stmt);
  return TRUE;
}

VdDashboardData *
vd_dashboard_data_load (VdDatabase  *db,
                        int          year,
                        GError     **error)
{
  g_autoptr(VdDashboardData) data = g_new0 (VdDashboardData, 1);
  g_autoptr(VdSettings) settings = NULL;

  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (year >= 1900 && year <= 9999, NULL);

  data->year = year;
  data->team_categories = g_ptr_array_new_with_free_func (g_free);
  data->team_counts = g_array_new (FALSE, TRUE, sizeof (gint64));

  settings = vd_settings_load (db, error);
  if (settings == NULL)
    return NULL;
  data->population = settings->population;
  data->target_share = settings->target_volunteer_share;

  if (!vd_dashboard_data_fold_volunteers (db, error)
      || !load_registrations (db, data, error)
      || !load_stars (db, settings, data, error)
      || !load_pyramid (db, data, error)
      || !load_stations (db, data, error)
      || !load_teams (db, data, error)
      || !vd_stats_party (db, year, &data->party, error))
    return NULL;
  data->share = data->population > 0 ? 100.0 * data->registered / data->population : NAN;
  return g_steal_pointer (&data);
}

gboolean
vd_dashboard_data_count_restored (VdDatabase  *db,
                                  gint64       id,
                                  GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = vd_database_prepare (db,
                              "INSERT INTO volunteer_tallies (status, registered_month, birth_year, gender, n) "
                              "SELECT status, substr(registered_on, 1, 7), "
                              "coalesce(CAST(substr(birth_date, 1, 4) AS INTEGER), 0), gender, 1 "
                              "FROM volunteers WHERE id = ?1 "
                              "AND id <= (SELECT folded_id FROM volunteer_tallies_state) "
                              "ON CONFLICT (status, registered_month, birth_year, gender) DO UPDATE SET n = n + 1",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_DONE)
    return step_failed (db, stmt, rc, error);
  sqlite3_finalize (stmt);
  return TRUE;
}

void
vd_dashboard_data_free (VdDashboardData *data)
{
  if (data == NULL)
    return;
  g_clear_pointer (&data->team_categories, g_ptr_array_unref);
  g_clear_pointer (&data->team_counts, g_array_unref);
  g_free (data);
}

gboolean
vd_dashboard_data_years (VdDatabase  *db,
                         int         *first,
                         int         *last,
                         GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  sqlite3_stmt *stmt;
  int rc;

  *first = *last = g_date_time_get_year (now);
  /* min() and max() of an indexed column: two index lookups */
  stmt = vd_database_prepare (db, "SELECT CAST(substr(min(registered_on), 1, 4) AS INTEGER), "
                              "CAST(substr(max(registered_on), 1, 4) AS INTEGER) FROM volunteers", error);
  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return step_failed (db, stmt, rc, error);
  if (sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    {
      *first = sqlite3_column_int (stmt, 0);
      *last = sqlite3_column_int (stmt, 1);
    }
  sqlite3_finalize (stmt);
  return TRUE;
}

const char *
vd_dashboard_age_band_label (guint band)
{
  static const char *const labels[VD_DASHBOARD_AGE_BANDS] = {
    N_("16–24"), N_("25–34"), N_("35–44"), N_("45–54"), N_("55–64"), N_("65–74"), N_("75 and over"),
  };

  g_return_val_if_fail (band < VD_DASHBOARD_AGE_BANDS, NULL);
  return _(labels[band]);
}

const char *
vd_dashboard_station_type_label (VdDashboardStationType type)
{
  switch (type)
    {
    case VD_DASHBOARD_STATION_COMMUNITY:
      return _("Community stations");
    case VD_DASHBOARD_STATION_WINDOW:
      return _("Service window stations");
    case VD_DASHBOARD_STATION_PUBLIC:
    default:
      return _("Public place stations");
    }
}
