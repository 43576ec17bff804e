/* test-cli.c — volunteer-desk-cli: exit codes, summaries, --help
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <sys/wait.h>

#include "vd-test-utils.h"

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

static void
run_cli (Run        *run,
         const char *first,
         ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  int wait_status = 0;
  const char *arg;
  va_list args;

  g_ptr_array_add (argv, (gpointer)g_getenv ("VD_CLI"));
  va_start (args, first);
  for (arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer)arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **)argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &run->out, &run->err, &wait_status, &error);
  g_assert_no_error (error);
  run->status = WIFEXITED (wait_status) ? WEXITSTATUS (wait_status) : -1;
}

static char *
write_file (VdTestFixture *fx,
            const char    *name,
            const char    *text)
{
  char *path = g_build_filename (fx->dir, name, NULL);

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  return path;
}

static void
test_import_exit_codes (VdTestFixture *fx,
                        gconstpointer  data)
{
  g_autofree char *good = write_file (fx, "good.csv",
    "姓名,身份证号码,手机号码\n张伟,11010519491231002X,13800138000\n");
  g_autofree char *mixed = write_file (fx, "mixed.csv",
    "姓名,身份证号码\n李娜,410105198503071231\n李四,110105194912310021\n");
  Run run = { 0, };

  /* The fixture's connection stays open: the CLI shares the file through WAL. */
  run_cli (&run, "import", "volunteers", "--database", fx->path, good, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "1"));
  run_clear (&run);

  run_cli (&run, "import", "volunteers", "--database", fx->path, mixed, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.out, "3"));   /* the rejected row's number */
  run_clear (&run);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count(*) FROM volunteers"), ==, 2);

  /* strict: the bad row stops everything */
  run_cli (&run, "import", "volunteers", "--strict", "--database", fx->path, mixed, NULL);
  g_assert_cmpint (run.status, ==, 1);
  run_clear (&run);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count(*) FROM volunteers"), ==, 2);
}

static void
test_usage_and_errors (VdTestFixture *fx,
                       gconstpointer  data)
{
  g_autofree char *future = g_build_filename (fx->dir, "future.db", NULL);
  g_autofree char *good = write_file (fx, "good.csv", "姓名,身份证号码\n张伟,11010519491231002X\n");
  sqlite3 *raw = NULL;
  Run run = { 0, };

  run_cli (&run, NULL);
  g_assert_cmpint (run.status, ==, 2);
  run_clear (&run);
  run_cli (&run, "import", "volunteers", NULL);
  g_assert_cmpint (run.status, ==, 2);
  run_clear (&run);
  run_cli (&run, "import", "volunteers", "--no-such-option", good, NULL);
  g_assert_cmpint (run.status, ==, 2);
  run_clear (&run);

  run_cli (&run, "import", "volunteers", "--help", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "--strict"));
  g_assert_nonnull (strstr (run.out, "--database"));
  run_clear (&run);

  g_assert_cmpint (sqlite3_open (future, &raw), ==, SQLITE_OK);
  sqlite3_exec (raw, "PRAGMA user_version = 999", NULL, NULL, NULL);
  sqlite3_close (raw);
  run_cli (&run, "import", "volunteers", "--database", future, good, NULL);
  g_assert_cmpint (run.status, ==, 3);
  run_clear (&run);

  run_cli (&run, "import", "volunteers", "--database", fx->path, "/nonexistent/file.csv", NULL);
  g_assert_cmpint (run.status, ==, 3);
  run_clear (&run);
}

static void
test_export (VdTestFixture *fx,
             gconstpointer  data)
{
  g_autofree char *good = write_file (fx, "good.csv",
    "姓名,身份证号码,手机号码\n张伟,11010519491231002X,13800138000\n");
  g_autofree char *out = g_build_filename (fx->dir, "out.csv", NULL);
  g_autofree char *contents = NULL;
  Run run = { 0, };

  run_cli (&run, "import", "volunteers", "--database", fx->path, good, NULL);
  run_clear (&run);
  run_cli (&run, "export", "volunteers", "--database", fx->path, out, NULL);
  g_assert_cmpint (run.status, ==, 0);
  run_clear (&run);
  g_assert_true (g_file_get_contents (out, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "110105********002X"));
  g_assert_null (strstr (contents, "13800138000"));
}

static void
add_service (VdDatabase *db)
{
  g_autoptr(GError) error = NULL;

  vd_test_add_six_volunteers (db);
  g_assert_true (vd_database_exec (db,
    "INSERT INTO service_records (volunteer_id, service_date, minutes, status, reviewed_at, note) "
    "SELECT id, '2026-03-05', 150, 'approved', '2026-03-06 10:00:00', '社区敬老' FROM volunteers",
    &error));
  g_assert_no_error (error);
}

/* Certificates from several processes at once never share a number. */
static void
test_certificate (VdTestFixture *fx,
                  gconstpointer  data)
{
  g_autofree char *pdf = g_build_filename (fx->dir, "c.pdf", NULL);
  GPid pids[6];
  Run run = { 0, };

  add_service (fx->db);
  run_cli (&run, "certificate", "--database", fx->path, "--volunteer", "V00000001",
           "--from", "2026-01-01", "--to", "2026-06-30", "--issuer", "东城区文明办",
           "--responsible", "王芳", "--handler", "李明", "--contact", "0371-12345678", pdf, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_test (pdf, G_FILE_TEST_EXISTS));
  run_clear (&run);

  /* The rest of the fields come from the last certificate. */
  for (guint i = 0; i < G_N_ELEMENTS (pids); i++)
    {
      g_autofree char *out = g_strdup_printf ("%s/p%u.pdf", fx->dir, i);
      g_autofree char *number = g_strdup_printf ("V%08u", i % 6 + 1);
      const char *argv[] = { g_getenv ("VD_CLI"), "certificate", "--database", fx->path,
                             "--volunteer", number, "--from", "2026-01-01", "--to", "2026-06-30",
                             out, NULL };
      g_autoptr(GError) error = NULL;

      g_spawn_async (NULL, (char **)argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD |
                     G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, &pids[i], &error);
      g_assert_no_error (error);
    }
  for (guint i = 0; i < G_N_ELEMENTS (pids); i++)
    {
      int status = 0;

      g_assert_cmpint (waitpid (pids[i], &status, 0), ==, pids[i]);
      g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);
    }
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count(*) FROM certificates"), ==, 7);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count(DISTINCT number) FROM certificates"), ==, 7);
  g_assert_cmpint (vd_test_query_int (fx->db,
                   "SELECT count(*) FROM certificates WHERE handler = '李明'"), ==, 7);

  /* A copy of an issued one; unknown numbers and periods without hours are rejected. */
  run_cli (&run, "certificate", "--database", fx->path, "--copy-of",
           "NOPE-1", pdf, NULL);
  g_assert_cmpint (run.status, ==, 1);
  run_clear (&run);
  run_cli (&run, "certificate", "--database", fx->path, "--volunteer", "V99999999", pdf, NULL);
  g_assert_cmpint (run.status, ==, 1);
  run_clear (&run);
  run_cli (&run, "certificate", "--database", fx->path, "--volunteer", "V00000001",
           "--from", "2025-01-01", "--to", "2025-12-31", pdf, NULL);
  g_assert_cmpint (run.status, ==, 1);
  run_clear (&run);
  run_cli (&run, "certificate", "--database", fx->path, "--volunteer", "V00000001",
           "--from", "2026-06-30", "--to", "2026-01-01", pdf, NULL);
  g_assert_cmpint (run.status, ==, 1);
  run_clear (&run);
  run_cli (&run, "certificate", "--database", fx->path, pdf, NULL);
  g_assert_cmpint (run.status, ==, 2);
  run_clear (&run);
  run_cli (&run, "certificate", "--help", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "--copy-of"));
  run_clear (&run);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count(*) FROM certificates"), ==, 7);
}

static void
test_backup_restore_check (VdTestFixture *fx,
                           gconstpointer  data)
{
  g_autofree char *backup = g_build_filename (fx->dir, "copy.db", NULL);
  Run run = { 0, };

  add_service (fx->db);
  run_cli (&run, "backup", "--database", fx->path, backup, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpuint (vd_test_file_mode (backup), ==, 0600);
  run_clear (&run);

  run_cli (&run, "check", "--database", fx->path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  run_clear (&run);

  /* Changed after the backup, then restored: the change is gone. */
  g_assert_true (vd_database_exec (fx->db, "DELETE FROM service_records", NULL));
  run_cli (&run, "restore", "--database", fx->path, backup, NULL);
  g_assert_cmpint (run.status, ==, 0);
  run_clear (&run);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count(*) FROM service_records"), ==, 6);

  run_cli (&run, "restore", "--database", fx->path, "/nonexistent.db", NULL);
  g_assert_cmpint (run.status, ==, 3);
  run_clear (&run);
  run_cli (&run, "backup", "--database", fx->path, NULL);
  g_assert_cmpint (run.status, ==, 2);
  run_clear (&run);
}

/* sample: writes a new file, prints what it wrote; refuses a register and bad options */
static void
test_sample (VdTestFixture *fx,
             gconstpointer  data)
{
  g_autofree char *out = g_build_filename (fx->dir, "sample.db", NULL);
  g_autofree char *today_out = g_build_filename (fx->dir, "sample-today.db", NULL);
  g_autofree char *bad_out = g_build_filename (fx->dir, "sample-bad.db", NULL);
  g_autofree char *line = NULL;
  Run run = { 0, };

  /* the summary is read in English, whatever the machine's language */
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  run_cli (&run, "sample", "--volunteers", "1500", "--seed", "5", "--year", "2024", out, NULL);
  g_assert_cmpint (run.status, ==, 0);
  line = g_strdup_printf ("Events held in 2024: %u,", 17u);
  g_assert_nonnull (strstr (run.out, "Volunteers: 1500 ("));
  g_assert_nonnull (strstr (run.out, "Stations: 31 (9 new in 2024)"));
  g_assert_nonnull (strstr (run.out, line));
  g_assert_nonnull (strstr (run.out, "Party events in 2024: "));
  g_assert_nonnull (strstr (run.out, "Service records: "));
  g_assert_nonnull (strstr (run.out, "Micro-wishes: "));
  run_clear (&run);

  /* a file that already holds volunteers is not overwritten */
  run_cli (&run, "sample", "--volunteers", "1500", out, NULL);
  g_assert_cmpint (run.status, ==, 2);
  run_clear (&run);

  /* by default the year is today's, with its activity up to today */
  run_cli (&run, "sample", "--volunteers", "1500", "--today", "2026-06-30", today_out, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "Events held in 2026: "));
  g_assert_nonnull (strstr (run.out, "The figures of 2026 run up to today, 2026-06-30; events still planned after it: "));
  run_clear (&run);
  /* not a date, or a year after today */
  run_cli (&run, "sample", "--today", "2026-02-30", bad_out, NULL);
  g_assert_cmpint (run.status, ==, 2);
  run_clear (&run);
  run_cli (&run, "sample", "--year", "2027", "--today", "2026-06-30", bad_out, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_false (g_file_test (bad_out, G_FILE_TEST_EXISTS));
  run_clear (&run);
  run_cli (&run, "sample", "--scale", "county", out, NULL);
  g_assert_cmpint (run.status, ==, 2);
  run_clear (&run);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add (name, VdTestFixture, NULL, vd_test_fixture_set_up, func, vd_test_fixture_tear_down)

  ADD ("/cli/import-exit-codes", test_import_exit_codes);
  ADD ("/cli/usage-and-errors", test_usage_and_errors);
  ADD ("/cli/export", test_export);
  ADD ("/cli/certificate", test_certificate);
  ADD ("/cli/backup-restore-check", test_backup_restore_check);
  ADD ("/cli/sample", test_sample);

  return g_test_run ();
}
