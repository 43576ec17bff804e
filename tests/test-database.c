/* test-database.c — opening, file modes, refusing newer or foreign files,
 * constraints and transactions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "vd-test-utils.h"

static void
test_new_database_is_private (VdTestFixture *fx,
                              gconstpointer  data)
{
  g_autofree char *wal = g_strconcat (fx->path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (fx->path, "-shm", NULL);
  g_autofree char *folder = g_path_get_dirname (fx->path);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (vd_database_get_schema_version (fx->db), ==, VD_SCHEMA_VERSION);
  g_assert_cmpstr (vd_database_get_path (fx->db), ==, fx->path);

  /* A write makes sure the WAL and shared-memory files exist. */
  g_assert_true (vd_database_exec (fx->db, "UPDATE settings SET population = 10", &error));
  g_assert_no_error (error);

  g_assert_cmpuint (vd_test_file_mode (fx->path), ==, 0600);
  g_assert_cmpuint (vd_test_file_mode (wal), ==, 0600);
  g_assert_cmpuint (vd_test_file_mode (shm), ==, 0600);
  g_assert_cmpuint (vd_test_file_mode (folder), ==, 0700);
}

static void
test_existing_file_made_private (void)
{
  g_autofree char *dir = g_dir_make_tmp ("vd-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "shared.db", NULL);
  g_autoptr(VdDatabase) db = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, "", 0, NULL));
  g_assert_cmpint (g_chmod (path, 0644), ==, 0);
  db = vd_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (vd_test_file_mode (path), ==, 0600);
  g_clear_object (&db);
  vd_test_remove_tree (dir);
}

static void
test_pragmas (VdTestFixture *fx,
              gconstpointer  data)
{
  g_autofree char *mode = vd_test_query_text (fx->db, "PRAGMA journal_mode");

  g_assert_cmpstr (mode, ==, "wal");
  g_assert_cmpint (vd_test_query_int (fx->db, "PRAGMA foreign_keys"), ==, 1);
  g_assert_cmpint (vd_test_query_int (fx->db, "PRAGMA busy_timeout"), >=, 1000);
  /* FULL = 2: commits survive a power cut. */
  g_assert_cmpint (vd_test_query_int (fx->db, "PRAGMA synchronous"), ==, 2);
}

static void
test_reopen_is_idempotent (VdTestFixture *fx,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 tables, categories;
  g_autoptr(VdDatabase) again = NULL;

  g_assert_true (vd_database_exec (fx->db,
                                   "INSERT INTO subdistricts (name) VALUES ('东城街道')", &error));
  tables = vd_test_query_int (fx->db, "SELECT count(*) FROM sqlite_schema");
  categories = vd_test_query_int (fx->db, "SELECT count(*) FROM categories");
  g_clear_object (&fx->db);

  for (guint i = 0; i < 3; i++)
    {
      g_clear_object (&again);
      again = vd_database_open (fx->path, &error);
      g_assert_no_error (error);
    }
  g_assert_cmpint (vd_database_get_schema_version (again), ==, VD_SCHEMA_VERSION);
  g_assert_cmpint (vd_test_query_int (again, "SELECT count(*) FROM sqlite_schema"), ==, tables);
  g_assert_cmpint (vd_test_query_int (again, "SELECT count(*) FROM categories"), ==, categories);
  g_assert_cmpint (vd_test_query_int (again, "SELECT count(*) FROM subdistricts"), ==, 1);
  g_assert_cmpint (vd_test_query_int (again, "SELECT count(*) FROM settings"), ==, 1);
}

static void
test_newer_database_refused_unchanged (void)
{
  g_autofree char *dir = g_dir_make_tmp ("vd-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "future.db", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(VdDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *raw = NULL;

  g_assert_cmpint (sqlite3_open (path, &raw), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (raw, "CREATE TABLE things (x); INSERT INTO things VALUES (42);"
                                      "PRAGMA user_version = 999;", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (raw);
  before = vd_test_file_checksum (path);

  db = vd_database_open (path, &error);
  g_assert_null (db);
  g_assert_error (error, VD_DATABASE_ERROR, VD_DATABASE_ERROR_TOO_NEW);
  g_assert_nonnull (strstr (error->message, "999"));

  after = vd_test_file_checksum (path);
  g_assert_cmpstr (before, ==, after);
  vd_test_remove_tree (dir);
}

static void
test_foreign_file_refused (void)
{
  g_autofree char *dir = g_dir_make_tmp ("vd-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "letter.db", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(VdDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < 500; i++)
    g_string_append (text, "这不是数据库 — this is not a database.\n");
  g_assert_true (g_file_set_contents (path, text->str, text->len, NULL));
  before = vd_test_file_checksum (path);

  db = vd_database_open (path, &error);
  g_assert_null (db);
  g_assert_error (error, VD_DATABASE_ERROR, VD_DATABASE_ERROR_NOT_DATABASE);
  after = vd_test_file_checksum (path);
  g_assert_cmpstr (before, ==, after);
  vd_test_remove_tree (dir);
}

static void
test_unwritable_folder (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *locked = NULL;
  g_autofree char *path = NULL;
  g_autoptr(VdDatabase) db = NULL;
  g_autoptr(GError) error = NULL;

  /* root ignores permissions: nothing to test then */
  if (geteuid () == 0)
    {
      g_test_skip ("running as root: permissions are not enforced");
      return;
    }
  dir = g_dir_make_tmp ("vd-test-XXXXXX", NULL);
  locked = g_build_filename (dir, "locked", NULL);
  path = g_build_filename (locked, "volunteer-desk.db", NULL);
  g_assert_cmpint (g_mkdir (locked, 0500), ==, 0);
  db = vd_database_open (path, &error);
  g_assert_null (db);
  g_assert_error (error, VD_DATABASE_ERROR, VD_DATABASE_ERROR_READ_ONLY);
  g_chmod (locked, 0700);
  vd_test_remove_tree (dir);
}

static void
test_resolve_path (void)
{
  g_autofree char *from_cli = NULL;
  g_autofree char *from_env = NULL;
  g_autofree char *fallback = NULL;
  g_autofree char *expected = NULL;

  g_setenv ("VOLUNTEER_DESK_DB", "/tmp/from-env.db", TRUE);
  from_cli = vd_database_resolve_path ("/tmp/from-cli.db");
  from_env = vd_database_resolve_path (NULL);
  g_unsetenv ("VOLUNTEER_DESK_DB");
  fallback = vd_database_resolve_path (NULL);
  expected = g_build_filename (g_get_user_data_dir (), "volunteer-desk", "volunteer-desk.db", NULL);

  g_assert_cmpstr (from_cli, ==, "/tmp/from-cli.db");
  g_assert_cmpstr (from_env, ==, "/tmp/from-env.db");
  g_assert_cmpstr (fallback, ==, expected);
}

/* Rows the database itself must refuse, whatever code writes them. */
static const struct {
  const char *what;
  const char *sql;
} impossible_rows[] = {
  { "a community that belongs to no sub-district",
    "INSERT INTO communities (subdistrict_id, name) VALUES (9999, '幸福社区')" },
  { "a volunteer at a station that does not exist",
    "INSERT INTO volunteers (volunteer_no, name, id_number, registered_on, station_id) "
    "VALUES ('V1', '张伟', '11010519491231002X', '2026-01-01', 4242)" },
  { "an ID number of the wrong shape",
    "INSERT INTO volunteers (volunteer_no, name, id_number, registered_on) "
    "VALUES ('V2', '张伟', '1101051949123100', '2026-01-01')" },
  { "a phone that is not a mobile number",
    "INSERT INTO volunteers (volunteer_no, name, id_number, registered_on, phone) "
    "VALUES ('V3', '李娜', '11010519491231002X', '2026-01-01', '12345678901')" },
  { "a registration on 30 February",
    "INSERT INTO volunteers (volunteer_no, name, id_number, registered_on) "
    "VALUES ('V4', '王芳', '11010519491231002X', '2026-02-30')" },
  { "an empty name",
    "INSERT INTO volunteers (volunteer_no, name, id_number, registered_on) "
    "VALUES ('V5', '  ', '11010519491231002X', '2026-01-01')" },
  { "an unknown political status",
    "INSERT INTO volunteers (volunteer_no, name, id_number, registered_on, political_status) "
    "VALUES ('V6', '刘洋', '11010519491231002X', '2026-01-01', 'royalist')" },
  { "an event that ends before it starts",
    "INSERT INTO events (title, category_id, starts_at, ends_at) "
    "VALUES ('植树', 1, '2026-03-12 10:00:00', '2026-03-12 09:00:00')" },
  { "negative people served",
    "INSERT INTO events (title, category_id, starts_at, ends_at, people_served) "
    "VALUES ('植树', 1, '2026-03-12 09:00:00', '2026-03-12 11:00:00', -5)" },
  { "a community station without its community",
    "INSERT INTO stations (name, type, established_on) VALUES ('站', 'community', '2026-01-01')" },
  { "an unknown station type",
    "INSERT INTO stations (name, type, established_on) VALUES ('站', 'castle', '2026-01-01')" },
  { "a commendation with two owners",
    "INSERT INTO commendations (title, level, awarded_on, volunteer_id, team_id) "
    "VALUES ('优秀志愿者', 'city', '2026-01-01', 1, 1)" },
  { "a commendation at an unknown level",
    "INSERT INTO commendations (title, level, awarded_on, community_id) "
    "VALUES ('优秀', 'galactic', '2026-01-01', 1)" },
  { "zero equipment issued",
    "INSERT INTO station_equipment (station_id, kind, quantity, issued_on) "
    "VALUES (1, 'red_cap', 0, '2026-01-01')" },
  { "a settings row with a daily cap over 24 hours",
    "UPDATE settings SET daily_cap_minutes = 1500" },
  { "star thresholds out of order",
    "UPDATE settings SET star2_hours = 50" },
  { "a second settings row",
    "INSERT INTO settings (id) VALUES (2)" },
  { "an exchange item with negative stock",
    "INSERT INTO exchange_items (name, price_centi, stock) VALUES ('红马甲', 1000, -1)" },
};

static void
test_constraints (VdTestFixture *fx,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  /* A valid skeleton for the rows above to point at. */
  g_assert_true (vd_database_exec (fx->db,
    "INSERT INTO subdistricts (id, name) VALUES (1, '东城街道');"
    "INSERT INTO communities (id, subdistrict_id, name) VALUES (1, 1, '幸福社区');"
    "INSERT INTO stations (id, name, type, community_id, established_on) "
    "  VALUES (1, '幸福社区志愿服务站', 'community', 1, '2026-01-01');"
    "INSERT INTO teams (id, name, category_id) VALUES (1, '党员先锋队', 1);"
    "INSERT INTO volunteers (id, volunteer_no, name, id_number, registered_on) "
    "  VALUES (1, 'V0', '赵敏', '110105194912310021', '2026-01-01');", &error));
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (impossible_rows); i++)
    {
      g_autoptr(GError) row_error = NULL;
      gboolean ok = vd_database_exec (fx->db, impossible_rows[i].sql, &row_error);

      if (ok)
        g_error ("the database accepted %s", impossible_rows[i].what);
      g_assert_error (row_error, VD_DATABASE_ERROR, VD_DATABASE_ERROR_CONSTRAINT);
    }
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count(*) FROM volunteers"), ==, 1);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count(*) FROM settings"), ==, 1);
}

static void
test_append_only_tables (VdTestFixture *fx,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (vd_database_exec (fx->db,
    "INSERT INTO volunteers (id, volunteer_no, name, id_number, registered_on) "
    "  VALUES (1, 'V0', '赵敏', '110105194912310021', '2026-01-01');"
    "INSERT INTO points_ledger (volunteer_id, kind, amount_centi, reason, created_at, created_by) "
    "  VALUES (1, 'adjust', 500, '开户奖励', '2026-01-01 09:00:00', 'staff');", &error));
  g_assert_no_error (error);

  g_assert_false (vd_database_exec (fx->db, "UPDATE points_ledger SET amount_centi = 900", &error));
  g_assert_error (error, VD_DATABASE_ERROR, VD_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_false (vd_database_exec (fx->db, "DELETE FROM points_ledger", &error));
  g_clear_error (&error);
  /* A balance never goes below zero. */
  g_assert_false (vd_database_exec (fx->db,
    "INSERT INTO points_ledger (volunteer_id, kind, amount_centi, reason, created_at, created_by) "
    "  VALUES (1, 'adjust', -600, '扣减', '2026-01-02 09:00:00', 'staff')", &error));
  g_clear_error (&error);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT sum(amount_centi) FROM points_ledger"), ==, 500);
}

static void
test_wish_transitions (VdTestFixture *fx,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (vd_database_exec (fx->db,
    "INSERT INTO subdistricts (id, name) VALUES (1, '东城街道');"
    "INSERT INTO communities (id, subdistrict_id, name) VALUES (1, 1, '幸福社区');"
    "INSERT INTO wishes (id, content, requester_name, community_id, collected_on) "
    "  VALUES (1, '一副老花镜', '李奶奶', 1, '2026-03-01');", &error));
  g_assert_no_error (error);

  /* collected → fulfilled skips every step in between */
  g_assert_false (vd_database_exec (fx->db,
    "UPDATE wishes SET status = 'fulfilled', fulfilled_on = '2026-03-02' WHERE id = 1", &error));
  g_assert_error (error, VD_DATABASE_ERROR, VD_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  g_assert_true (vd_database_exec (fx->db,
    "UPDATE wishes SET status = 'approved', reviewed_on = '2026-03-02' WHERE id = 1", &error));
  g_assert_no_error (error);
  g_assert_true (vd_database_exec (fx->db,
    "UPDATE wishes SET status = 'published', published_on = '2026-03-03' WHERE id = 1", &error));
  g_assert_no_error (error);
  /* a claim needs its claimer */
  g_assert_false (vd_database_exec (fx->db,
    "UPDATE wishes SET status = 'claimed', claimed_on = '2026-03-04' WHERE id = 1", &error));
  g_clear_error (&error);
  g_assert_false (vd_database_exec (fx->db,
    "INSERT INTO wishes (content, requester_name, community_id, collected_on, status, reviewed_on) "
    "  VALUES ('书包', '小明', 1, '2026-03-01', 'approved', '2026-03-01')", &error));
  g_clear_error (&error);
  {
    g_autofree char *status = vd_test_query_text (fx->db, "SELECT status FROM wishes WHERE id = 1");
    g_assert_cmpstr (status, ==, "published");
  }
}

static void
test_nested_transactions (VdTestFixture *fx,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (vd_database_begin (fx->db, &error));
  g_assert_true (vd_database_exec (fx->db, "INSERT INTO subdistricts (name) VALUES ('甲')", &error));
  g_assert_true (vd_database_begin (fx->db, &error));
  g_assert_true (vd_database_exec (fx->db, "INSERT INTO subdistricts (name) VALUES ('乙')", &error));
  vd_database_rollback (fx->db);   /* only 乙 goes */
  g_assert_true (vd_database_in_transaction (fx->db));
  g_assert_true (vd_database_commit (fx->db, &error));
  g_assert_no_error (error);
  g_assert_false (vd_database_in_transaction (fx->db));
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count(*) FROM subdistricts"), ==, 1);

  g_assert_true (vd_database_begin (fx->db, &error));
  g_assert_true (vd_database_exec (fx->db, "INSERT INTO subdistricts (name) VALUES ('丙')", &error));
  vd_database_rollback (fx->db);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count(*) FROM subdistricts"), ==, 1);
}

static void
test_integrity_check (VdTestFixture *fx,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (vd_database_integrity_check (fx->db, &error));
  g_assert_no_error (error);

  /* A dangling reference written with the checks off is found. */
  g_assert_true (vd_database_exec (fx->db,
    "PRAGMA foreign_keys = OFF;"
    "INSERT INTO communities (subdistrict_id, name) VALUES (77, '孤岛社区');"
    "PRAGMA foreign_keys = ON;", &error));
  g_assert_false (vd_database_integrity_check (fx->db, &error));
  g_assert_error (error, VD_DATABASE_ERROR, VD_DATABASE_ERROR_NOT_DATABASE);
  g_assert_nonnull (strstr (error->message, "communities"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add (name, VdTestFixture, NULL, vd_test_fixture_set_up, func, vd_test_fixture_tear_down)

  ADD ("/database/new-is-private", test_new_database_is_private);
  ADD ("/database/pragmas", test_pragmas);
  ADD ("/database/reopen-idempotent", test_reopen_is_idempotent);
  ADD ("/database/constraints", test_constraints);
  ADD ("/database/append-only", test_append_only_tables);
  ADD ("/database/wish-transitions", test_wish_transitions);
  ADD ("/database/nested-transactions", test_nested_transactions);
  ADD ("/database/integrity-check", test_integrity_check);
  g_test_add_func ("/database/existing-file-made-private", test_existing_file_made_private);
  g_test_add_func ("/database/newer-refused-unchanged", test_newer_database_refused_unchanged);
  g_test_add_func ("/database/foreign-file-refused", test_foreign_file_refused);
  g_test_add_func ("/database/unwritable-folder", test_unwritable_folder);
  g_test_add_func ("/database/resolve-path", test_resolve_path);

  return g_test_run ();
}
