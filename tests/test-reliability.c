/* test-reliability.c — a full disk, a read-only file or folder, a database locked by
 * another program, and changes made by another program
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <sqlite3.h>

#include "vd-test-utils.h"

/* A CSV of n volunteers with IDs that start at first (distinct per call). */
static char *
write_csv (const char *dir,
           const char *name,
           guint       first,
           guint       n)
{
  g_autoptr(GString) csv = g_string_new ("姓名,身份证号码,手机号\n");
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);

  for (guint i = first; i < first + n; i++)
    {
      g_autofree char *first17 = g_strdup_printf ("110105198%01u%02u%02u%03u", i / 360000 % 10,
                                                  i / 30000 % 12 + 1, i / 1000 % 28 + 1,
                                                  i % 1000);
      g_autofree char *id = vd_test_make_id (first17);

      g_string_append_printf (csv, "王%s,%s,139%08u\n", i % 2 ? "芳" : "伟", id, i);
    }
  g_file_set_contents (path, csv->str, csv->len, &error);
  g_assert_no_error (error);
  return path;
}

static gboolean
import_file (VdDatabase  *db,
             const char  *path,
             GError     **error)
{
  g_autoptr(VdImport) import = vd_import_open (path, error);
  g_autoptr(VdImportResult) result = NULL;

  if (import == NULL)
    return FALSE;
  return vd_import_run (import, db, FALSE, VD_DUPLICATES_SKIP, NULL, NULL, NULL, &result, error);
}

static void
set_max_pages (VdDatabase *db,
               gint64      extra)
{
  g_autofree char *sql = NULL;
  gint64 pages = vd_test_query_int (db, "PRAGMA page_count");

  sql = g_strdup_printf ("PRAGMA max_page_count = %" G_GINT64_FORMAT, pages + extra);
  g_assert_true (vd_database_exec (db, sql, NULL));
}

/* SQLITE_FULL injected by a page limit: the import and a save fail with the disk-full
 * message, and what was saved before stays whole. */
static void
test_full_disk (VdTestFixture *fx,
                gconstpointer  data)
{
  g_autofree char *first = write_csv (fx->dir, "first.csv", 0, 200);
  g_autofree char *big = write_csv (fx->dir, "big.csv", 1000, 5000);
  g_autoptr(GError) error = NULL;
  g_autoptr(VdVolunteer) v = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 audit_before;

  g_assert_true (import_file (fx->db, first, &error));
  g_assert_no_error (error);
  g_assert_cmpint (vd_database_count_rows (fx->db, "volunteers"), ==, 200);
  before = vd_test_query_text (fx->db, "SELECT group_concat (id || name || id_number || phone) "
                                       "FROM volunteers");
  audit_before = vd_database_count_rows (fx->db, "audit_log");

  set_max_pages (fx->db, 3);
  g_assert_false (import_file (fx->db, big, &error));
  g_assert_error (error, VD_DATABASE_ERROR, VD_DATABASE_ERROR_FULL);
  g_assert_nonnull (strstr (error->message, "The disk is full"));
  g_assert_nonnull (strstr (error->message, "what was saved before is kept"));
  g_clear_error (&error);
  g_assert_false (vd_database_in_transaction (fx->db));

  /* Saves of the form on the same full disk: some fit in the free room of the pages
   * already there, then one fails whole. */
  {
    guint saved = 0;

    for (guint i = 0; i < 1000; i++)
      {
        g_autofree char *first17 = g_strdup_printf ("4101051985%02u%02u%03u", i / 28 % 12 + 1,
                                                    i % 28 + 1, i % 1000);

        g_clear_object (&v);
        v = vd_test_new_volunteer ("李娜", first17, NULL);
        if (!vd_register_insert (fx->db, v, &error))
          break;
        saved++;
      }
    g_assert_error (error, VD_DATABASE_ERROR, VD_DATABASE_ERROR_FULL);
    g_clear_error (&error);
    g_assert_false (vd_database_in_transaction (fx->db));
    /* The form's volunteer is as it was: no id, no number of a save that failed. */
    g_assert_cmpint (v->id, ==, 0);
    g_assert_cmpstr (v->volunteer_no, ==, "");
    g_assert_cmpint (vd_database_count_rows (fx->db, "volunteers"), ==, 200 + saved);
    g_assert_cmpint (vd_database_count_rows (fx->db, "audit_log"), ==, audit_before + saved);
    g_test_message ("%u saves fitted before the disk was full", saved);
  }

  after = vd_test_query_text (fx->db, "SELECT group_concat (id || name || id_number || phone) "
                                      "FROM volunteers WHERE id <= 200");
  g_assert_cmpstr (before, ==, after);
  g_assert_true (vd_database_integrity_check (fx->db, &error));
  g_assert_no_error (error);

  /* Space again: both go through, even after an import took the numbers that the
   * failed save had been about to use. */
  g_assert_true (vd_database_exec (fx->db, "PRAGMA max_page_count = 1073741823", NULL));
  g_assert_true (import_file (fx->db, big, &error));
  g_assert_no_error (error);
  g_assert_true (vd_register_insert (fx->db, v, &error));
  g_assert_no_error (error);
}

/* A database whose folder is read-only, as on a read-only share. */
static void
make_folder_read_only (VdTestFixture *fx,
                       gboolean       read_only)
{
  g_autofree char *folder = g_path_get_dirname (fx->path);

  g_assert_cmpint (g_chmod (folder, read_only ? 0500 : 0700), ==, 0);
}

static void
check_read_only (const char *path,
                 guint       n_volunteers)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VdDatabase) db = vd_database_open (path, &error);
  g_autoptr(VdVolunteer) v = vd_test_new_volunteer ("李娜", "41010519600101008", "13800138009");
  g_autoptr(VdVolunteer) first = NULL;
  g_autofree char *csv_dir = g_dir_make_tmp ("vd-test-XXXXXX", NULL);
  g_autofree char *csv = write_csv (csv_dir, "more.csv", 500, 3);

  g_assert_no_error (error);
  g_assert_nonnull (db);
  g_assert_true (vd_database_is_read_only (db));
  g_assert_cmpint (vd_database_count_rows (db, "volunteers"), ==, n_volunteers);
  first = vd_register_get (db, 1, &error);
  g_assert_no_error (error);
  g_assert_nonnull (first);

  g_assert_false (vd_register_insert (db, v, &error));
  g_assert_error (error, VD_DATABASE_ERROR, VD_DATABASE_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, "read-only"));
  g_clear_error (&error);
  g_assert_false (vd_register_set_active (db, 1, FALSE, &error));
  g_assert_error (error, VD_DATABASE_ERROR, VD_DATABASE_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_false (import_file (db, csv, &error));
  g_assert_error (error, VD_DATABASE_ERROR, VD_DATABASE_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_cmpint (vd_database_count_rows (db, "volunteers"), ==, n_volunteers);
  g_assert_true (vd_database_integrity_check (db, &error));
  g_assert_no_error (error);
  vd_test_remove_tree (csv_dir);
}

static void
test_read_only_file (VdTestFixture *fx,
                     gconstpointer  data)
{
  g_autofree char *checksum = NULL;

  vd_test_add_six_volunteers (fx->db);
  g_clear_object (&fx->db);
  checksum = vd_test_file_checksum (fx->path);
  g_assert_cmpint (g_chmod (fx->path, 0400), ==, 0);

  check_read_only (fx->path, 6);

  /* Nothing touched the file, not even its mode, and nothing was left beside it. */
  g_assert_cmpuint (vd_test_file_mode (fx->path), ==, 0400);
  {
    g_autofree char *after = vd_test_file_checksum (fx->path);

    g_assert_cmpstr (after, ==, checksum);
  }
  {
    g_autofree char *wal = g_strconcat (fx->path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (fx->path, "-shm", NULL);

    g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
    g_assert_false (g_file_test (shm, G_FILE_TEST_EXISTS));
  }

  /* Writable again, it opens for writing. */
  g_assert_cmpint (g_chmod (fx->path, 0600), ==, 0);
  fx->db = vd_database_open (fx->path, NULL);
  g_assert_nonnull (fx->db);
  g_assert_false (vd_database_is_read_only (fx->db));
}

static void
test_read_only_folder (VdTestFixture *fx,
                       gconstpointer  data)
{
  vd_test_add_six_volunteers (fx->db);
  g_clear_object (&fx->db);
  make_folder_read_only (fx, TRUE);
  check_read_only (fx->path, 6);
  make_folder_read_only (fx, FALSE);
}

/* An old file that cannot be written cannot be upgraded either: refused, untouched. */
static void
test_read_only_needs_upgrade (void)
{
  g_autofree char *dir = g_dir_make_tmp ("vd-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "old.db", NULL);
  g_autoptr(VdDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *handle = NULL;

  g_assert_cmpint (sqlite3_open (path, &handle), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (handle, "CREATE TABLE t (x); PRAGMA user_version = 1;",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (handle);
  g_assert_cmpint (g_chmod (path, 0400), ==, 0);

  db = vd_database_open (path, &error);
  g_assert_null (db);
  g_assert_error (error, VD_DATABASE_ERROR, VD_DATABASE_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, "upgrade"));
  g_assert_cmpuint (vd_test_file_mode (path), ==, 0400);
  vd_test_remove_tree (dir);
}

/* Another program holds the write lock: a save waits for it (the busy timeout). */
typedef struct
{
  sqlite3 *handle;
  gulong   hold_us;
} Holder;

static gpointer
release_later (gpointer data)
{
  Holder *holder = data;

  g_usleep (holder->hold_us);
  g_assert_cmpint (sqlite3_exec (holder->handle, "COMMIT", NULL, NULL, NULL), ==, SQLITE_OK);
  return NULL;
}

static sqlite3 *
lock_database (const char *path)
{
  sqlite3 *handle = NULL;

  g_assert_cmpint (sqlite3_open (path, &handle), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (handle, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);
  return handle;
}

static void
test_locked_waited_for (VdTestFixture *fx,
                        gconstpointer  data)
{
  Holder holder = { lock_database (fx->path), G_USEC_PER_SEC };
  g_autoptr(GError) error = NULL;
  GThread *thread;
  gint64 start = g_get_monotonic_time ();
  gint64 id;

  thread = g_thread_new ("holder", release_later, &holder);
  id = vd_test_add_volunteer (fx->db, "张伟", "41010519850307123", "13800138000");
  g_assert_cmpint (id, >, 0);
  g_assert_cmpint (g_get_monotonic_time () - start, >=, G_USEC_PER_SEC * 9 / 10);
  g_thread_join (thread);
  sqlite3_close (holder.handle);
}

static void
test_locked_reported (VdTestFixture *fx,
                      gconstpointer  data)
{
  sqlite3 *handle = lock_database (fx->path);
  g_autoptr(VdVolunteer) v = vd_test_new_volunteer ("张伟", "41010519850307123", "13800138000");
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  g_assert_false (vd_register_insert (fx->db, v, &error));
  g_assert_error (error, VD_DATABASE_ERROR, VD_DATABASE_ERROR_BUSY);
  g_assert_nonnull (strstr (error->message, "Another program is using the database"));
  /* Waited for the busy timeout (5 s) first. */
  g_assert_cmpint (g_get_monotonic_time () - start, >=, 4 * G_USEC_PER_SEC);
  g_assert_false (vd_database_in_transaction (fx->db));

  g_assert_cmpint (sqlite3_exec (handle, "ROLLBACK", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (handle), ==, SQLITE_OK);
  g_clear_error (&error);
  g_assert_true (vd_register_insert (fx->db, v, &error));
  g_assert_no_error (error);
}

static void
count_cb (gpointer  object,
          guint    *count)
{
  (*count)++;
}

/* Two connections, as the app and the CLI: each notices what the other commits, and
 * not its own writes. */
static void
test_external_changes (VdTestFixture *fx,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VdDatabase) other = vd_database_open (fx->path, &error);
  guint reloaded = 0;

  g_assert_no_error (error);
  g_signal_connect (fx->db, "reloaded", G_CALLBACK (count_cb), &reloaded);

  g_assert_false (vd_database_check_external_changes (fx->db));
  vd_test_add_volunteer (other, "张伟", "41010519850307123", "13800138000");
  g_assert_true (vd_database_check_external_changes (fx->db));
  g_assert_cmpuint (reloaded, ==, 1);
  g_assert_cmpint (vd_database_count_rows (fx->db, "volunteers"), ==, 1);
  g_assert_false (vd_database_check_external_changes (fx->db));
  g_assert_cmpuint (reloaded, ==, 1);

  /* Its own write is no news to it, but is to the other. */
  vd_test_add_volunteer (fx->db, "李娜", "41010519900101002", "13912345678");
  g_assert_false (vd_database_check_external_changes (fx->db));
  g_assert_true (vd_database_check_external_changes (other));

  /* A reload already told (the import dialog's thread) is not told twice. */
  vd_test_add_volunteer (other, "王芳", "41010519800202003", NULL);
  vd_database_emit_reloaded (fx->db);
  g_assert_cmpuint (reloaded, ==, 2);
  g_assert_false (vd_database_check_external_changes (fx->db));

  /* Not inside a transaction of its own. */
  vd_test_add_volunteer (other, "赵敏", "41010519750505004", NULL);
  g_assert_true (vd_database_begin (fx->db, NULL));
  g_assert_false (vd_database_check_external_changes (fx->db));
  vd_database_rollback (fx->db);
  g_assert_true (vd_database_check_external_changes (fx->db));
  g_assert_cmpuint (reloaded, ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add (name, VdTestFixture, NULL, vd_test_fixture_set_up, func, vd_test_fixture_tear_down)

  ADD ("/reliability/full-disk", test_full_disk);
  ADD ("/reliability/read-only/file", test_read_only_file);
  ADD ("/reliability/read-only/folder", test_read_only_folder);
  g_test_add_func ("/reliability/read-only/needs-upgrade", test_read_only_needs_upgrade);
  ADD ("/reliability/locked/waited-for", test_locked_waited_for);
  ADD ("/reliability/locked/reported", test_locked_reported);
  ADD ("/reliability/external-changes", test_external_changes);

  return g_test_run ();
}
