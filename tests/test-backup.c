/* test-backup.c — daily backups, pruning and restore
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "vd-test-utils.h"

static gint64
population (VdDatabase *db)
{
  return vd_test_query_int (db, "SELECT population FROM settings");
}

static void
set_population (VdDatabase *db,
                gint64      value)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VdSettings) s = vd_settings_load (db, &error);

  s->population = value;
  g_assert_true (vd_settings_save (db, s, &error));
  g_assert_no_error (error);
}

static void
test_backup_file (VdTestFixture *fx,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dest = g_build_filename (fx->dir, "copy.db", NULL);
  g_autoptr(VdDatabase) copy = NULL;

  set_population (fx->db, 4242);
  g_assert_true (vd_backup_to_file (fx->db, dest, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (vd_test_file_mode (dest), ==, 0600);

  copy = vd_database_open (dest, &error);
  g_assert_no_error (error);
  g_assert_cmpint (population (copy), ==, 4242);
}

static void
test_daily (VdTestFixture *fx,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) start = g_date_time_new_local (2026, 11, 1, 8, 30, 0);
  g_autoptr(GPtrArray) list = NULL;
  g_autofree char *first = NULL;
  g_autofree char *again = NULL;
  g_autofree char *dir = vd_backup_get_dir (fx->db);

  first = vd_backup_run_daily (fx->db, start, VD_BACKUP_KEEP, &error);
  g_assert_no_error (error);
  g_assert_nonnull (first);
  g_assert_true (g_str_has_prefix (first, dir));
  g_assert_cmpuint (vd_test_file_mode (dir), ==, 0700);

  /* Later the same day: nothing new. */
  {
    g_autoptr(GDateTime) evening = g_date_time_add_hours (start, 10);
    again = vd_backup_run_daily (fx->db, evening, VD_BACKUP_KEEP, &error);
    g_assert_no_error (error);
    g_assert_null (again);
  }

  /* Twenty more days: only the newest 14 stay. */
  for (int day = 1; day <= 20; day++)
    {
      g_autoptr(GDateTime) when = g_date_time_add_days (start, day);
      g_autofree char *path = vd_backup_run_daily (fx->db, when, VD_BACKUP_KEEP, &error);

      g_assert_no_error (error);
      g_assert_nonnull (path);
    }
  list = vd_backup_list (fx->db, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, VD_BACKUP_KEEP);
  {
    g_autoptr(GDateTime) newest = vd_backup_get_time (g_ptr_array_index (list, 0));
    g_autoptr(GDateTime) oldest = vd_backup_get_time (g_ptr_array_index (list, list->len - 1));

    g_assert_cmpint (g_date_time_get_day_of_month (newest), ==, 21);
    g_assert_cmpint (g_date_time_get_day_of_month (oldest), ==, 8);
  }
}

static void
on_async_done_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static char *
run_daily_in_thread (VdDatabase  *db,
                     GDateTime   *when,
                     GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  vd_backup_run_daily_async (db, when, VD_BACKUP_KEEP, NULL, on_async_done_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  return vd_backup_run_daily_finish (db, result, error);
}

/* The worker reads through a connection of its own: the backup holds what was
 * committed, and the window's connection goes on writing meanwhile. */
static void
test_daily_async (VdTestFixture *fx,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) start = g_date_time_new_local (2026, 11, 2, 8, 30, 0);
  g_autoptr(GDateTime) later = g_date_time_add_hours (start, 3);
  g_autoptr(VdDatabase) copy = NULL;
  g_autofree char *first = NULL;
  g_autofree char *again = NULL;

  g_assert_true (vd_database_exec (fx->db, "UPDATE settings SET population = 4242", &error));
  first = run_daily_in_thread (fx->db, start, &error);
  g_assert_no_error (error);
  g_assert_nonnull (first);
  g_assert_cmpuint (vd_test_file_mode (first), ==, 0600);
  g_assert_true (vd_database_exec (fx->db, "UPDATE settings SET population = 1", &error));

  copy = vd_database_open (first, &error);
  g_assert_no_error (error);
  g_assert_cmpint (population (copy), ==, 4242);

  again = run_daily_in_thread (fx->db, later, &error);
  g_assert_no_error (error);
  g_assert_null (again);
}

static void
test_backup_names (void)
{
  g_autoptr(GDateTime) t = vd_backup_get_time ("/x/backups/volunteer-desk-20261129-093000.db");

  g_assert_nonnull (t);
  g_assert_cmpint (g_date_time_get_year (t), ==, 2026);
  g_assert_cmpint (g_date_time_get_hour (t), ==, 9);
  g_assert_null (vd_backup_get_time ("/x/backups/volunteer-desk-20261129-093000.db.part"));
  g_assert_null (vd_backup_get_time ("/x/backups/notes.txt"));
  g_assert_null (vd_backup_get_time ("/x/backups/volunteer-desk-2026112-093000.db"));
  g_assert_null (vd_backup_get_time ("/x/backups/volunteer-desk-20261399-093000.db"));
}

static void
test_restore_round_trip (VdTestFixture *fx,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GDateTime) earlier = g_date_time_new_local (2026, 1, 5, 9, 0, 0);
  g_autofree char *backup = NULL;
  guint reloaded = 0;

  set_population (fx->db, 1000);
  backup = vd_backup_run_daily (fx->db, earlier, VD_BACKUP_KEEP, &error);
  g_assert_no_error (error);
  set_population (fx->db, 2000);

  g_signal_connect_swapped (fx->db, "reloaded", G_CALLBACK (g_atomic_int_inc), &reloaded);
  g_assert_true (vd_backup_restore (fx->db, backup, &error));
  g_assert_no_error (error);
  g_assert_cmpint (population (fx->db), ==, 1000);
  g_assert_cmpuint (reloaded, ==, 1);
  g_assert_cmpint (vd_test_query_int (fx->db,
                   "SELECT count(*) FROM audit_log WHERE action = 'restore'"), ==, 1);

  /* The data replaced by the restore was backed up first, and can be restored too. */
  list = vd_backup_list (fx->db, &error);
  g_assert_cmpuint (list->len, ==, 2);
  g_assert_true (vd_backup_restore (fx->db, g_ptr_array_index (list, 0), &error));
  g_assert_no_error (error);
  g_assert_cmpint (population (fx->db), ==, 2000);
  g_assert_true (vd_database_integrity_check (fx->db, &error));
}

static void
test_restore_refuses_bad_files (VdTestFixture *fx,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *junk = g_build_filename (fx->dir, "volunteer-desk-20260101-000000.db", NULL);
  g_autofree char *other = g_build_filename (fx->dir, "other.db", NULL);
  g_autofree char *future = g_build_filename (fx->dir, "future.db", NULL);
  sqlite3 *raw = NULL;

  set_population (fx->db, 777);

  g_assert_true (g_file_set_contents (junk, "PK\003\004 not sqlite at all, just a zip-like header",
                                      -1, NULL));
  g_assert_false (vd_backup_restore (fx->db, junk, &error));
  g_assert_error (error, VD_DATABASE_ERROR, VD_DATABASE_ERROR_BACKUP);
  g_clear_error (&error);

  g_assert_cmpint (sqlite3_open (other, &raw), ==, SQLITE_OK);
  sqlite3_exec (raw, "CREATE TABLE photos (x); PRAGMA user_version = 1;", NULL, NULL, NULL);
  sqlite3_close (raw);
  g_assert_false (vd_backup_restore (fx->db, other, &error));
  g_assert_error (error, VD_DATABASE_ERROR, VD_DATABASE_ERROR_BACKUP);
  g_clear_error (&error);

  g_assert_true (vd_backup_to_file (fx->db, future, &error));
  g_assert_cmpint (sqlite3_open (future, &raw), ==, SQLITE_OK);
  sqlite3_exec (raw, "PRAGMA user_version = 99;", NULL, NULL, NULL);
  sqlite3_close (raw);
  g_assert_false (vd_backup_restore (fx->db, future, &error));
  g_assert_error (error, VD_DATABASE_ERROR, VD_DATABASE_ERROR_TOO_NEW);
  g_clear_error (&error);

  g_assert_cmpint (population (fx->db), ==, 777);
  g_assert_cmpint (vd_test_query_int (fx->db,
                   "SELECT count(*) FROM audit_log WHERE action = 'restore'"), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add (name, VdTestFixture, NULL, vd_test_fixture_set_up, func, vd_test_fixture_tear_down)

  ADD ("/backup/to-file", test_backup_file);
  ADD ("/backup/daily", test_daily);
  ADD ("/backup/daily-async", test_daily_async);
  ADD ("/backup/restore-round-trip", test_restore_round_trip);
  ADD ("/backup/restore-refuses-bad-files", test_restore_refuses_bad_files);
  g_test_add_func ("/backup/names", test_backup_names);

  return g_test_run ();
}
