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
 * ?3 = last day of the year bound. */
static sqlite3_stmt *
prepare_year (VdDatabase  *db,
              const char  *sql,
              int          year,
              GError     **error)
{
  sqlite3_stmt *stmt = vd_database_prepare (db, sql, error);
  char buf[16];

  if (stmt == NULL)
    return NULL;
  g_snprintf (buf, sizeof buf, "%04d-01-01", year - 1);
  sqlite3_bind_text (stmt, 1, buf, -1, SQLITE_TRANSIENT);
  g_snprintf (buf, sizeof buf, "%04d-01-01", year);
  sqlite3_bind_text (stmt, 2, buf, -1, SQLITE_TRANSIENT);
  g_snprintf (buf, sizeof buf, "%04d-12-31", year);
  sqlite3_bind_text (stmt, 3, buf, -1, SQLITE_TRANSIENT);
  return stmt;
}

static gboolean
count_one (VdDatabase  *db,
           const char  *sql,
           int          year,
           gint64       bind4,
           gint64      *out,
           GError     **error)
{
  sqlite3_stmt *stmt = prepare_year (db, sql, year, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  if (sqlite3_bind_parameter_count (stmt) >= 4)
    sqlite3_bind_int64 (stmt, 4, bind4);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return step_failed (db, stmt, rc, error);
  *out = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return TRUE;
}

static gboolean
load_registrations (VdDatabase      *db,
                    VdDashboardData *data,
                    GError         **error)
{
  sqlite3_stmt *stmt;
  gint64 before = 0;
  int rc, m;

  /* registered_on is indexed: both years' months in one range scan */
  stmt = prepare_year (db,
                       "SELECT CAST(substr(registered_on, 6, 2) AS INTEGER), registered_on >= ?2, count(*) "
                       "FROM volunteers WHERE registered_on >= ?1 AND registered_on <= ?3 "
                       "AND status = 'active' GROUP BY 1, 2",
                       data->year, error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      m = sqlite3_column_int (stmt, 0);
      if (m < 1 || m > 12)
        continue;
      if (sqlite3_column_int (stmt, 1))
        data->registrations[m - 1] = sqlite3_column_int64 (stmt, 2);
      else
        data->registrations_previous[m - 1] = sqlite3_column_int64 (stmt, 2);
    }
  if (rc != SQLITE_DONE)
    return step_failed (db, stmt, rc, error);
  sqlite3_finalize (stmt);

  if (!count_one (db, "SELECT count(*) FROM volunteers WHERE registered_on < ?1 AND status = 'active' "
                  "AND ?2 IS NOT NULL AND ?3 IS NOT NULL", data->year, 0, &before, error))
    return FALSE;
  data->registered_previous = before;
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
  gint64 at_least[VD_STAR_LEVELS + 1];
  int level;

  /* registered by the end of the year: the stars are today's, of that year's register */
  at_least[0] = data->registered;
  for (level = 1; level <= VD_STAR_LEVELS; level++)
    if (!count_one (db,
                    "SELECT count(*) FROM volunteers WHERE approved_minutes >= ?4 AND status = 'active' "
                    "AND registered_on <= ?3 AND ?1 IS NOT NULL AND ?2 IS NOT NULL",
                    data->year, (gint64) settings->star_hours[level - 1] * 60, &at_least[level], error))
      return FALSE;
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

  stmt = prepare_year (db,
                       "SELECT gender = 'male', CAST(substr(birth_date, 1, 4) AS INTEGER), count(*) "
                       "FROM volunteers WHERE status = 'active' AND registered_on <= ?3 "
                       "AND birth_date IS NOT NULL AND gender <> 'unknown' "
                       "AND ?1 IS NOT NULL AND ?2 IS NOT NULL GROUP BY 1, 2",
                       data->year, error);
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
                       data->year, error);
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
                       data->year, error);
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

  if (!load_registrations (db, data, error)
      || !load_stars (db, settings, data, error)
      || !load_pyramid (db, data, error)
      || !load_stations (db, data, error)
      || !load_teams (db, data, error))
    return NULL;
  data->share = data->population > 0 ? 100.0 * data->registered / data->population : NAN;
  return g_steal_pointer (&data);
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
