/* test-sample.c — the generated district: its shape, valid identities, the same
 * database for the same seed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "vd-test-utils.h"

static char *
dump (VdDatabase *db)
{
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);
  const char *sql = "SELECT volunteer_no || name || id_number || coalesce (phone, '') || "
                    "political_status || registered_on || coalesce (station_id, 0) FROM volunteers "
                    "ORDER BY id";
  sqlite3_stmt *stmt = vd_database_prepare (db, sql, NULL);

  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_checksum_update (sum, sqlite3_column_text (stmt, 0), -1);
  sqlite3_finalize (stmt);
  return g_strdup (g_checksum_get_string (sum));
}

static void
generate (VdDatabase *db,
          guint32     seed)
{
  g_autoptr(GError) error = NULL;
  VdSampleOptions options;

  vd_sample_options_init (&options, VD_SAMPLE_DISTRICT);
  options.seed = seed;
  options.volunteers = 3000;
  g_assert_true (vd_sample_generate (db, &options, NULL, &error));
  g_assert_no_error (error);
}

static void
test_shape (VdTestFixture *fx,
            gconstpointer  data)
{
  sqlite3_stmt *stmt;
  gint64 valid = 0;

  generate (fx->db, 7);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count(*) FROM volunteers"), ==, 3000);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count(*) FROM teams"), ==, 26);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count(*) FROM stations WHERE type = 'community'"), ==, 22);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count(*) FROM stations WHERE type = 'window'"), ==, 7);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count(*) FROM stations WHERE type = 'public'"), ==, 2);
  g_assert_cmpint (vd_test_query_int (fx->db,
                   "SELECT count(*) FROM stations WHERE established_on LIKE '2023-%'"), ==, 9);
  /* 3,000 volunteers are 16 % of the population */
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT population FROM settings"), ==, 18750);
  /* every team has exactly one leader */
  g_assert_cmpint (vd_test_query_int (fx->db,
                   "SELECT count(*) FROM team_members WHERE role = 'leader'"), ==, 26);

  /* every ID number passes the register's own check, and search finds the names */
  stmt = vd_database_prepare (fx->db, "SELECT id_number FROM volunteers", NULL);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autoptr(GError) error = NULL;
      if (vd_id_number_parse (VD_ID_TYPE_RESIDENT, (const char *)sqlite3_column_text (stmt, 0),
                              NULL, NULL, NULL, NULL, &error))
        valid++;
    }
  sqlite3_finalize (stmt);
  g_assert_cmpint (valid, ==, 3000);
  g_assert_cmpint (vd_test_query_int (fx->db,
                   "SELECT count(*) FROM volunteer_text WHERE volunteer_text MATCH 'name : \"王\"'"),
                   ==,
                   vd_test_query_int (fx->db, "SELECT count(*) FROM volunteers WHERE name LIKE '%王%'"));
  g_assert_true (vd_database_integrity_check (fx->db, NULL));
  g_assert_true (vd_sample_is_sample (fx->db));
}

static void
test_same_seed_same_data (VdTestFixture *fx,
                          gconstpointer  data)
{
  g_autofree char *other_path = g_build_filename (fx->dir, "again.db", NULL);
  g_autofree char *third_path = g_build_filename (fx->dir, "other-seed.db", NULL);
  g_autoptr(VdDatabase) again = vd_database_open (other_path, NULL);
  g_autoptr(VdDatabase) third = vd_database_open (third_path, NULL);
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *c = NULL;

  g_assert_false (vd_sample_is_sample (fx->db));
  generate (fx->db, 42);
  generate (again, 42);
  generate (third, 43);
  a = dump (fx->db);
  b = dump (again);
  c = dump (third);
  g_assert_cmpstr (a, ==, b);
  g_assert_cmpstr (a, !=, c);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/sample/shape", VdTestFixture, NULL, vd_test_fixture_set_up, test_shape,
              vd_test_fixture_tear_down);
  g_test_add ("/sample/same-seed", VdTestFixture, NULL, vd_test_fixture_set_up,
              test_same_seed_same_data, vd_test_fixture_tear_down);

  return g_test_run ();
}
