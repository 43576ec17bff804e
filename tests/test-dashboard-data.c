/* test-dashboard-data.c — the dashboard's figures from the register, stations and
 * teams, for a year
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <math.h>

#include "vd-test-utils.h"

static gint64
add (VdDatabase *db,
     const char *name,
     const char *first17,
     const char *registered_on)
{
  g_autoptr(VdVolunteer) v = vd_test_new_volunteer (name, first17, NULL);
  g_autoptr(GError) error = NULL;

  g_free (v->registered_on);
  v->registered_on = g_strdup (registered_on);
  vd_register_insert (db, v, &error);
  g_assert_no_error (error);
  return v->id;
}

static void
exec (VdDatabase *db,
      const char *sql)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (vd_database_exec (db, sql, &error));
  g_assert_no_error (error);
}

/* Six volunteers, four stations, four teams around 2024 (dates in the future are refused). */
static void
fill (VdDatabase *db)
{
  gint64 id;
  g_autofree char *sql = NULL;

  exec (db, "UPDATE settings SET population = 1000, target_volunteer_share = 16");
  add (db, "甲", "11010119880101001", "2023-03-10");     /* male, 36 in 2024 */
  add (db, "乙", "11010119980505002", "2024-03-15");     /* female, 26 */
  id = add (db, "丙", "11010119480202003", "2024-03-20"); /* male, 76; 700 h: 3 stars */
  sql = g_strdup_printf ("UPDATE volunteers SET approved_minutes = 700 * 60 WHERE id = %" G_GINT64_FORMAT, id);
  exec (db, sql);
  g_clear_pointer (&sql, g_free);
  id = add (db, "丁", "11010119850707004", "2024-11-30"); /* left the register */
  sql = g_strdup_printf ("UPDATE volunteers SET status = 'inactive' WHERE id = %" G_GINT64_FORMAT, id);
  exec (db, sql);
  g_clear_pointer (&sql, g_free);
  add (db, "戊", "11010120030101005", "2025-01-05");     /* after the year */
  id = add (db, "己", "11010119681010006", "2022-12-31"); /* female, 56; 150 h: 1 star */
  sql = g_strdup_printf ("UPDATE volunteers SET approved_minutes = 150 * 60 WHERE id = %" G_GINT64_FORMAT, id);
  exec (db, sql);

  exec (db, "INSERT INTO subdistricts (id, name) VALUES (1, '东城街道')");
  exec (db, "INSERT INTO communities (id, subdistrict_id, name) VALUES (1, 1, '幸福社区')");
  exec (db, "INSERT INTO stations (name, type, subdistrict_id, community_id, established_on) "
            "VALUES ('幸福社区站', 'community', 1, 1, '2018-01-01')");
  exec (db, "INSERT INTO stations (name, type, subdistrict_id, established_on) "
            "VALUES ('政务中心站', 'window', 1, '2024-05-01')");
  exec (db, "INSERT INTO stations (name, type, subdistrict_id, established_on, status, archived_on) "
            "VALUES ('老车站', 'public', 1, '2017-01-01', 'archived', '2023-06-01')");
  exec (db, "INSERT INTO stations (name, type, subdistrict_id, established_on) "
            "VALUES ('新公园站', 'public', 1, '2025-01-01')");

  exec (db, "INSERT INTO teams (name, category_id, founded_on) VALUES "
            "('一队', (SELECT min(id) FROM categories WHERE domain = 'team'), '2018-01-01'), "
            "('二队', (SELECT min(id) FROM categories WHERE domain = 'team'), NULL), "
            "('三队', (SELECT max(id) FROM categories WHERE domain = 'team'), '2025-02-01')");
  exec (db, "INSERT INTO teams (name, category_id, founded_on, status) VALUES "
            "('四队', (SELECT max(id) FROM categories WHERE domain = 'team'), '2018-01-01', 'archived')");
}

static void
test_year (VdTestFixture *fx,
           gconstpointer  unused)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VdDashboardData) data = NULL;
  g_autofree char *category = NULL;
  gint64 total_ages = 0;
  guint i;

  fill (fx->db);
  data = vd_dashboard_data_load (fx->db, 2024, &error);
  g_assert_no_error (error);
  g_assert_nonnull (data);

  /* 甲 乙 丙 己: 丁 left, 戊 came later */
  g_assert_cmpint (data->registered, ==, 4);
  g_assert_cmpint (data->registered_previous, ==, 2);
  g_assert_cmpint (data->population, ==, 1000);
  g_assert_cmpfloat_with_epsilon (data->share, 0.4, 1e-9);
  g_assert_cmpfloat_with_epsilon (data->target_share, 16, 1e-9);

  g_assert_cmpint (data->registrations[2], ==, 2);
  g_assert_cmpint (data->registrations[10], ==, 0);   /* 丁 is not active */
  g_assert_cmpint (data->registrations_previous[2], ==, 1);
  g_assert_cmpint (data->registrations_previous[11], ==, 0); /* 己: 2022 */
  for (i = 0; i < 12; i++)
    if (i != 2)
      g_assert_cmpint (data->registrations[i], ==, 0);

  g_assert_cmpint (data->stars[0], ==, 3);  /* 甲 乙 戊: stars are today's, of the active register */
  g_assert_cmpint (data->stars[1], ==, 1);
  g_assert_cmpint (data->stars[2], ==, 0);
  g_assert_cmpint (data->stars[3], ==, 1);
  g_assert_cmpint (data->stars[5], ==, 0);

  g_assert_cmpint (data->age_male[2], ==, 1);    /* 甲 36 */
  g_assert_cmpint (data->age_female[1], ==, 1);  /* 乙 26 */
  g_assert_cmpint (data->age_male[6], ==, 1);    /* 丙 76 */
  g_assert_cmpint (data->age_female[4], ==, 1);  /* 己 56 */
  for (i = 0; i < VD_DASHBOARD_AGE_BANDS; i++)
    total_ages += data->age_male[i] + data->age_female[i];
  g_assert_cmpint (total_ages, ==, 4);

  g_assert_cmpint (data->stations[VD_DASHBOARD_STATION_COMMUNITY], ==, 1);
  g_assert_cmpint (data->stations[VD_DASHBOARD_STATION_WINDOW], ==, 1);
  g_assert_cmpint (data->stations[VD_DASHBOARD_STATION_PUBLIC], ==, 0);
  g_assert_cmpint (data->stations_new, ==, 1);

  g_assert_cmpuint (data->team_categories->len, ==, 1);
  category = vd_test_query_text (fx->db, "SELECT name FROM categories WHERE id = (SELECT min(id) FROM categories WHERE domain = 'team')");
  g_assert_cmpstr (g_ptr_array_index (data->team_categories, 0), ==, category);
  g_assert_cmpint (g_array_index (data->team_counts, gint64, 0), ==, 2);
}

static void
test_other_years (VdTestFixture *fx,
                  gconstpointer  unused)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VdDashboardData) y2025 = NULL;
  g_autoptr(VdDashboardData) y2000 = NULL;
  int first, last;

  fill (fx->db);
  g_assert_true (vd_dashboard_data_years (fx->db, &first, &last, &error));
  g_assert_no_error (error);
  g_assert_cmpint (first, ==, 2022);
  g_assert_cmpint (last, ==, 2025);

  y2025 = vd_dashboard_data_load (fx->db, 2025, &error);
  g_assert_no_error (error);
  g_assert_cmpint (y2025->registered, ==, 5);
  g_assert_cmpint (y2025->registered_previous, ==, 4);
  g_assert_cmpint (y2025->registrations[0], ==, 1);
  g_assert_cmpint (y2025->registrations_previous[2], ==, 2);
  g_assert_cmpint (y2025->stations[VD_DASHBOARD_STATION_PUBLIC], ==, 1);
  g_assert_cmpuint (y2025->team_categories->len, ==, 2);

  /* before anything: zeros, not an error */
  y2000 = vd_dashboard_data_load (fx->db, 2000, &error);
  g_assert_no_error (error);
  g_assert_cmpint (y2000->registered, ==, 0);
  g_assert_cmpint (y2000->stations[VD_DASHBOARD_STATION_COMMUNITY], ==, 0);
  g_assert_cmpuint (y2000->team_categories->len, ==, 1); /* 二队 has no founding date */
}

static void
test_empty (VdTestFixture *fx,
            gconstpointer  unused)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VdDashboardData) data = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int first, last;

  g_assert_true (vd_dashboard_data_years (fx->db, &first, &last, &error));
  g_assert_cmpint (first, ==, g_date_time_get_year (now));
  g_assert_cmpint (last, ==, first);
  data = vd_dashboard_data_load (fx->db, first, &error);
  g_assert_no_error (error);
  g_assert_cmpint (data->registered, ==, 0);
  /* no population set yet: no share */
  g_assert_true (isnan (data->share));
}

static gint64
registered_2024 (VdDatabase *db)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VdDashboardData) data = vd_dashboard_data_load (db, 2024, &error);

  g_assert_no_error (error);
  return data->registered;
}

/* The tallies follow every way the register changes, before and after a load. */
static void
test_tallies_follow_changes (VdTestFixture *fx,
                             gconstpointer  unused)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VdDeletedVolunteer) deleted = NULL;
  g_autoptr(VdDashboardData) data = NULL;
  gint64 id, last;

  fill (fx->db);
  g_assert_cmpint (registered_2024 (fx->db), ==, 4);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT folded_id FROM volunteer_tallies_state"), ==,
                   vd_test_query_int (fx->db, "SELECT max(id) FROM volunteers"));

  /* added after the tallies: folded in at the next load */
  id = add (fx->db, "庚", "11010119900606007", "2024-06-01");
  data = vd_dashboard_data_load (fx->db, 2024, &error);
  g_assert_no_error (error);
  g_assert_cmpint (data->registered, ==, 5);
  g_assert_cmpint (data->registrations[5], ==, 1);
  g_assert_cmpint (data->age_male[1], ==, 1); /* 34 in 2024 */
  g_clear_pointer (&data, vd_dashboard_data_free);

  /* deactivated, reactivated */
  g_assert_true (vd_register_set_active (fx->db, id, FALSE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (registered_2024 (fx->db), ==, 4);
  g_assert_true (vd_register_set_active (fx->db, id, TRUE, &error));
  g_assert_cmpint (registered_2024 (fx->db), ==, 5);

  /* a new registration date moves the volunteer to another month and year */
  {
    g_autofree char *sql = g_strdup_printf ("UPDATE volunteers SET registered_on = '2025-02-01' "
                                            "WHERE id = %" G_GINT64_FORMAT, id);

    g_assert_true (vd_database_exec (fx->db, sql, &error));
    g_assert_cmpint (registered_2024 (fx->db), ==, 4);
    g_clear_pointer (&sql, g_free);
    sql = g_strdup_printf ("UPDATE volunteers SET registered_on = '2024-06-01' WHERE id = %" G_GINT64_FORMAT, id);
    g_assert_true (vd_database_exec (fx->db, sql, &error));
    g_assert_cmpint (registered_2024 (fx->db), ==, 5);
  }

  /* deleted, and back with Undo under the same id */
  deleted = vd_register_delete (fx->db, id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (deleted);
  g_assert_cmpint (registered_2024 (fx->db), ==, 4);
  g_assert_true (vd_register_undelete (fx->db, deleted, &error));
  g_assert_no_error (error);
  g_assert_cmpint (registered_2024 (fx->db), ==, 5);

  /* the last row deleted: a new one may take its id, and still counts once */
  last = vd_test_query_int (fx->db, "SELECT max(id) FROM volunteers");
  g_clear_pointer (&deleted, vd_deleted_volunteer_free);
  deleted = vd_register_delete (fx->db, last, &error);
  g_assert_no_error (error);
  g_assert_cmpint (registered_2024 (fx->db), ==, 4);
  add (fx->db, "辛", "11010119900707008", "2024-07-01");
  g_assert_cmpint (registered_2024 (fx->db), ==, 5);

  /* whatever happened, the tallies equal a count from scratch */
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT sum(n) FROM volunteer_tallies"), ==,
                   vd_test_query_int (fx->db, "SELECT count(*) FROM volunteers"));
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT sum(n) FROM volunteer_tallies WHERE status = 'active' "
                                      "AND registered_month <= '2024-12'"), ==,
                   vd_test_query_int (fx->db, "SELECT count(*) FROM volunteers WHERE status = 'active' "
                                      "AND registered_on <= '2024-12-31'"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  vd_core_init_i18n (g_getenv ("VOLUNTEER_DESK_LOCALEDIR"));

#define ADD(path, func) \
  g_test_add (path, VdTestFixture, NULL, vd_test_fixture_set_up, func, vd_test_fixture_tear_down)
  ADD ("/dashboard-data/year", test_year);
  ADD ("/dashboard-data/other-years", test_other_years);
  ADD ("/dashboard-data/empty", test_empty);
  ADD ("/dashboard-data/tallies", test_tallies_follow_changes);

  return g_test_run ();
}
