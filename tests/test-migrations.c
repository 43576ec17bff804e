/* test-migrations.c — the schema holds the whole domain, and a failed upgrade
 * changes nothing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "vd-test-utils.h"

static const char * const domain_tables[] = {
  "settings", "audit_log", "categories", "subdistricts", "communities", "stations",
  "station_projects", "station_checklist", "station_equipment", "volunteers",
  "volunteer_transfers", "teams", "team_members", "events", "trainings",
  "training_attendance", "service_records", "wishes", "exchange_items", "exchanges",
  "points_ledger", "commendations", "certificates",
};

static void
test_every_table (VdTestFixture *fx,
                  gconstpointer  data)
{
  for (guint i = 0; i < G_N_ELEMENTS (domain_tables); i++)
    {
      g_autofree char *sql =
        g_strdup_printf ("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = '%s'",
                         domain_tables[i]);
      if (vd_test_query_int (fx->db, sql) != 1)
        g_error ("table %s is missing", domain_tables[i]);
    }
  g_assert_cmpint (vd_test_query_int (fx->db, "PRAGMA user_version"), ==, VD_SCHEMA_VERSION);
}

static void
test_default_categories (VdTestFixture *fx,
                         gconstpointer  data)
{
  g_assert_cmpint (vd_test_query_int (fx->db,
                   "SELECT count(*) FROM categories WHERE domain = 'team'"), >=, 6);
  g_assert_cmpint (vd_test_query_int (fx->db,
                   "SELECT count(*) FROM categories WHERE domain = 'event'"), >=, 6);
  g_assert_cmpint (vd_test_query_int (fx->db,
                   "SELECT count(*) FROM categories WHERE domain = 'training'"), >=, 2);
  /* The schema's defaults are design.md §2's. */
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT daily_cap_minutes FROM settings"), ==, 480);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT rounding_minutes FROM settings"), ==, 30);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT star5_hours FROM settings"), ==, 1500);
}

/* Version 3 marks the first seeded team category, whatever the office renamed it to,
 * as the party members' category; the others stay unmarked. */
static void
test_party_category (VdTestFixture *fx,
                     gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fx->dir, "v1-party.db", NULL);
  g_autoptr(GBytes) sql = NULL;
  g_autoptr(VdDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  sqlite3 *raw = NULL;

  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count(*) FROM categories WHERE party = 1"), ==, 1);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT domain = 'team' AND sort_order = 0 FROM categories "
                                              "WHERE party = 1"), ==, 1);

  sql = g_resources_lookup_data ("/io/github/volunteerdesk/VolunteerDesk/core/sql/001-initial.sql",
                                 G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_open (path, &raw), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (raw, g_bytes_get_data (sql, NULL), NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (raw,
    "INSERT INTO categories (domain, name, sort_order) VALUES ('event', '植树', 0), "
    "  ('team', '党员志愿服务队', 0), ('team', '环境保护', 1);"
    "PRAGMA user_version = 1;", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (raw);

  db = vd_database_open (path, &error);
  g_assert_no_error (error);
  name = vd_test_query_text (db, "SELECT group_concat(name) FROM categories WHERE party = 1");
  g_assert_cmpstr (name, ==, "党员志愿服务队");
}

static void
test_failed_migration_changes_nothing (void)
{
  g_autofree char *dir = g_dir_make_tmp ("vd-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "half.db", NULL);
  g_autoptr(VdDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *raw = NULL;
  sqlite3_stmt *stmt = NULL;

  /* A stray table in the way makes step 1 fail halfway through its script. */
  g_assert_cmpint (sqlite3_open (path, &raw), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (raw, "CREATE TABLE certificates (old TEXT);"
                                      "INSERT INTO certificates VALUES ('keep me');",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (raw);

  db = vd_database_open (path, &error);
  g_assert_null (db);
  g_assert_error (error, VD_DATABASE_ERROR, VD_DATABASE_ERROR_MIGRATION);

  g_assert_cmpint (sqlite3_open (path, &raw), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (raw, "SELECT (SELECT user_version FROM pragma_user_version), "
                                            "(SELECT count(*) FROM sqlite_schema), "
                                            "(SELECT old FROM certificates)",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 0);
  g_assert_cmpint (sqlite3_column_int (stmt, 1), ==, 1);
  g_assert_cmpstr ((const char *)sqlite3_column_text (stmt, 2), ==, "keep me");
  sqlite3_finalize (stmt);
  sqlite3_close (raw);
  vd_test_remove_tree (dir);
}

/* A file of the first release, with a volunteer and approved hours, gains the
 * register's search index and totals when the app opens it. */
static void
test_upgrade_from_version_1 (VdTestFixture *fx,
                             gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fx->dir, "v1.db", NULL);
  g_autoptr(GBytes) sql = NULL;
  g_autoptr(VdDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VdVolunteerList) list = NULL;
  g_autoptr(GPtrArray) found = NULL;
  VdVolunteerFilter filter;
  sqlite3 *raw = NULL;

  /* fx->db's open registered the core resources. */
  sql = g_resources_lookup_data ("/io/github/volunteerdesk/VolunteerDesk/core/sql/001-initial.sql",
                                 G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_open (path, &raw), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (raw, g_bytes_get_data (sql, NULL), NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (raw,
    "INSERT INTO volunteers (id, volunteer_no, name, id_number, registered_on, phone) "
    "  VALUES (1, 'OLD-7', '王芳', '11010519491231002X', '2020-01-01', '13800138000');"
    "INSERT INTO service_records (volunteer_id, service_date, minutes, status, reviewed_at, "
    "                             reject_reason) "
    "  VALUES (1, '2020-05-01', 90, 'approved', '2020-05-02 09:00:00', NULL),"
    "         (1, '2020-05-02', 60, 'rejected', '2020-05-03 09:00:00', '重复');"
    "INSERT INTO categories (id, domain, name) VALUES (100, 'event', '植树');"
    "INSERT INTO events (id, title, category_id, starts_at, ends_at, place) "
    "  VALUES (1, '植树', 100, '2020-03-12 08:00:00', '2020-03-12 10:00:00', '公园');"
    "INSERT INTO service_records (volunteer_id, event_id, service_date, minutes, status, reviewed_at) "
    "  VALUES (1, 1, '2020-03-12', 120, 'approved', '2020-03-13 09:00:00');"
    "PRAGMA user_version = 1;", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (raw);

  db = vd_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (vd_database_get_schema_version (db), ==, VD_SCHEMA_VERSION);
  g_assert_cmpint (vd_test_query_int (db, "SELECT approved_minutes FROM volunteers"), ==, 210);
  /* Version 3 counted the old event's record into the summaries and the event. */
  g_assert_cmpint (vd_test_query_int (db, "SELECT minutes FROM stats_month_category "
                                          "WHERE month = 202003 AND category_id = 100"), ==, 120);
  g_assert_cmpint (vd_test_query_int (db, "SELECT count (*) FROM stats_volunteer_year"), ==, 1);
  g_assert_cmpint (vd_test_query_int (db, "SELECT participant_count * 1000 + approved_minutes "
                                          "FROM events"), ==, 1120);
  /* the dashboard's tallies count the old row (step 4) */
  g_assert_cmpint (vd_test_query_int (db, "SELECT sum(n) FROM volunteer_tallies WHERE status = 'active' "
                                      "AND registered_month = '2020-01' AND birth_year = 0 AND gender = 'unknown'"), ==, 1);
  g_assert_cmpint (vd_test_query_int (db, "SELECT folded_id FROM volunteer_tallies_state"), ==, 1);

  /* the old row is found by name and by phone digits */
  list = vd_volunteer_list_new (db);
  vd_volunteer_filter_init (&filter);
  filter.text = g_strdup ("王");
  g_assert_true (vd_volunteer_list_set_filter (list, &filter, &error));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  g_free (filter.text);
  filter.text = g_strdup ("0013");
  g_assert_true (vd_volunteer_list_set_filter (list, &filter, &error));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  vd_volunteer_filter_clear (&filter);

  /* and at the door of a training session by the end of the phone, through the
   * indexes of sql/007-check-in-keys.sql */
  g_assert_cmpint (vd_test_query_int (db, "SELECT count(*) FROM sqlite_schema WHERE type = 'index' "
                                          "AND name IN ('volunteers_phone_tail', 'volunteers_number_tail')"),
                   ==, 2);
  found = vd_training_lookup (db, 0, "138000", 12, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_cmpstr (((VdCheckInMatch *)g_ptr_array_index (found, 0))->name, ==, "王芳");
}

/* A file of version 2 with changed settings and a training session gains the late
 * grace period (10 minutes) and an empty attendance PIN, and keeps the rest. */
static void
test_upgrade_from_version_2 (VdTestFixture *fx,
                             gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fx->dir, "v2.db", NULL);
  g_autoptr(VdDatabase) db = NULL;
  g_autoptr(VdSettings) settings = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *raw = NULL;

  g_assert_cmpint (sqlite3_open (path, &raw), ==, SQLITE_OK);
  g_assert_cmpint (vd_search_register_tokenizer (raw), ==, SQLITE_OK);
  for (guint i = 1; i <= 2; i++)
    {
      g_autofree char *name = g_strdup_printf ("/io/github/volunteerdesk/VolunteerDesk/core/sql/%03u-%s.sql",
                                               i, i == 1 ? "initial" : "register");
      g_autoptr(GBytes) sql = g_resources_lookup_data (name, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);

      g_assert_no_error (error);
      g_assert_cmpint (sqlite3_exec (raw, g_bytes_get_data (sql, NULL), NULL, NULL, NULL), ==, SQLITE_OK);
    }
  g_assert_cmpint (sqlite3_exec (raw,
    "INSERT INTO settings (id) VALUES (1) ON CONFLICT DO NOTHING;"
    "UPDATE settings SET training_counts = 1, rounding_minutes = 15;"
    "INSERT INTO categories (id, domain, name) VALUES (90, 'training', '急救');"
    "INSERT INTO trainings (topic, category_id, starts_at, ends_at, minutes) "
    "  VALUES ('急救培训', 90, '2026-03-05 09:00:00', '2026-03-05 11:00:00', 120);"
    "PRAGMA user_version = 2;", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (raw);

  db = vd_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (vd_database_get_schema_version (db), ==, VD_SCHEMA_VERSION);
  settings = vd_settings_load (db, &error);
  g_assert_no_error (error);
  g_assert_cmpint (settings->training_grace_minutes, ==, 10);
  g_assert_false (vd_settings_has_attendance_pin (settings));
  g_assert_true (settings->training_counts);
  g_assert_cmpint (settings->rounding_minutes, ==, 15);
  g_assert_cmpint (vd_test_query_int (db, "SELECT count(*) FROM trainings"), ==, 1);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/migrations/every-table", VdTestFixture, NULL,
              vd_test_fixture_set_up, test_every_table, vd_test_fixture_tear_down);
  g_test_add ("/migrations/defaults", VdTestFixture, NULL,
              vd_test_fixture_set_up, test_default_categories, vd_test_fixture_tear_down);
  g_test_add ("/migrations/upgrade-from-1", VdTestFixture, NULL,
              vd_test_fixture_set_up, test_upgrade_from_version_1, vd_test_fixture_tear_down);
  g_test_add ("/migrations/party-category", VdTestFixture, NULL,
              vd_test_fixture_set_up, test_party_category, vd_test_fixture_tear_down);
  g_test_add ("/migrations/upgrade-from-2", VdTestFixture, NULL,
              vd_test_fixture_set_up, test_upgrade_from_version_2, vd_test_fixture_tear_down);
  g_test_add_func ("/migrations/failed-changes-nothing", test_failed_migration_changes_nothing);

  return g_test_run ();
}
