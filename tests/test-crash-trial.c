/* test-crash-trial.c — a child process imports spreadsheets and edits volunteers
 * through the core; it is killed with SIGKILL at a random moment, and the database
 * it leaves must be whole: intact, every import all there or not at all, every edit
 * it reported done present, the audit log in agreement with the rows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The short form (meson test) runs 10 trials with imports of 5,000 rows. The long
 * form, with the 100,000-row imports:
 *
 *   VD_CRASH_TRIALS=200 VD_CRASH_ROWS=100000 build/tests/test-crash-trial
 *
 * VD_CRASH_SEED=N repeats a run (the seed is printed). Each trial's child runs
 * VD_CRASH_IMPORTS imports (default 2), each followed by a batch of VD_CRASH_EDITS
 * edits (default 100, one transaction each); a first, unkilled run measures how long
 * that takes, and each trial's kill comes at a uniformly random moment within it.
 */

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "vd-test-utils.h"

typedef struct
{
  guint   trials;
  guint   rows;
  guint   imports;
  guint   edits;
  guint32 seed;
  char   *dir;
  char  **csv;        /* one file per import, import-K.csv */
} Plan;

typedef struct
{
  guint trials;
  guint failed;
  guint imports_whole;
  guint imports_absent;
  guint edits_checked;
  guint killed_in_import;  /* the log shows an import started and not reported */
} Figures;

static guint
env_uint (const char *name,
          guint       fallback)
{
  const char *value = g_getenv (name);

  return value != NULL && *value != '\0' ? (guint) g_ascii_strtoull (value, NULL, 10) : fallback;
}

/* Row i of the whole run (over all imports) has a resident ID of its own: area
 * 110105, a birth day counted from 1950-01-01, a sequence number. */
static char *
row_id_number (guint i)
{
  g_autoptr(GDate) birth = g_date_new_dmy (1, G_DATE_JANUARY, 1950);
  g_autofree char *first17 = NULL;

  g_date_add_days (birth, i / 999);
  first17 = g_strdup_printf ("110105%04u%02u%02u%03u", g_date_get_year (birth),
                             g_date_get_month (birth), g_date_get_day (birth), i % 999 + 1);
  return vd_test_make_id (first17);
}

static void
write_import_csv (const char *path,
                  guint       import,
                  guint       rows)
{
  static const char * const surnames[] = { "张", "王", "李", "赵", "刘", "陈", "杨", "黄" };
  static const char * const given[] = { "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋" };
  g_autoptr(GString) csv = g_string_new ("姓名,身份证号码,手机号,工作单位,备注\n");
  g_autoptr(GError) error = NULL;

  for (guint r = 0; r < rows; r++)
    {
      guint i = import * rows + r;
      g_autofree char *id = row_id_number (i);

      g_string_append_printf (csv, "%s%s%s,%s,1%010u,第%u单位,import-%u\n",
                              surnames[i % G_N_ELEMENTS (surnames)],
                              given[(i / 8) % G_N_ELEMENTS (given)],
                              given[(i / 80) % G_N_ELEMENTS (given)], id,
                              3800000000u + i, i % 97, import);
    }
  g_file_set_contents (path, csv->str, csv->len, &error);
  g_assert_no_error (error);
}

static void
log_line (int         fd,
          const char *format,
          ...) G_GNUC_PRINTF (2, 3);

/* One write () per line: what the kernel has is kept when the process is killed. */
static void
log_line (int         fd,
          const char *format,
          ...)
{
  g_autofree char *line = NULL;
  va_list args;
  gsize done = 0;

  va_start (args, format);
  line = g_strdup_vprintf (format, args);
  va_end (args);
  while (done < strlen (line))
    {
      gssize n = write (fd, line + done, strlen (line) - done);

      if (n < 0 && errno != EINTR)
        _exit (3);
      if (n > 0)
        done += n;
    }
}

/* The child: only core calls, and a line in the log after each success. */
G_GNUC_NORETURN static void
run_child (const Plan *plan,
           const char *db_path,
           const char *log_path,
           guint32     seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(VdDatabase) db = NULL;
  int fd = open (log_path, O_WRONLY | O_CREAT | O_APPEND, 0600);
  guint edit = 0;

  if (fd < 0)
    _exit (3);
  db = vd_database_open (db_path, NULL);
  if (db == NULL)
    _exit (4);

  for (guint k = 0; k < plan->imports; k++)
    {
      g_autoptr(VdImport) import = NULL;
      g_autoptr(VdImportResult) result = NULL;

      log_line (fd, "S %u\n", k);
      import = vd_import_open (plan->csv[k], NULL);
      if (import == NULL)
        _exit (5);
      if (vd_import_run (import, db, FALSE, VD_DUPLICATES_SKIP, NULL, NULL, NULL, &result, NULL)
          && result->committed && result->imported == plan->rows)
        log_line (fd, "I %u\n", k);
      else
        _exit (6);

      for (guint e = 0; e < plan->edits; e++)
        {
          guint row = g_rand_int_range (rand, 0, (k + 1) * plan->rows);
          g_autofree char *id_number = row_id_number (row);
          gint64 id = vd_register_find_id_number (db, "resident", id_number);
          g_autoptr(VdVolunteer) v = NULL;
          g_autofree char *value = g_strdup_printf ("edit-%u", edit++);

          if (id <= 0)
            _exit (7);
          v = vd_register_get (db, id, NULL);
          if (v == NULL)
            _exit (8);
          g_free (v->employer);
          v->employer = g_strdup (value);
          log_line (fd, "A %" G_GINT64_FORMAT " %s\n", id, value);
          if (!vd_register_update (db, v, NULL))
            _exit (9);
          log_line (fd, "E %" G_GINT64_FORMAT " %s\n", id, value);
        }
    }
  log_line (fd, "D\n");
  _exit (0);
}

typedef struct
{
  GHashTable *started;     /* import → TRUE */
  GHashTable *imported;    /* import → TRUE */
  GHashTable *done_value;  /* id → value of its last reported edit */
  GHashTable *done_count;  /* id → edits reported */
  gint64      pending_id;  /* an edit begun and not reported: it may or may not be in */
  char       *pending_value;
  gboolean    finished;
} Log;

static void
log_clear (Log *log)
{
  g_clear_pointer (&log->started, g_hash_table_unref);
  g_clear_pointer (&log->imported, g_hash_table_unref);
  g_clear_pointer (&log->done_value, g_hash_table_unref);
  g_clear_pointer (&log->done_count, g_hash_table_unref);
  g_clear_pointer (&log->pending_value, g_free);
}

static void
read_log (const char *path,
          Log        *log)
{
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GError) error = NULL;

  log->started = g_hash_table_new (NULL, NULL);
  log->imported = g_hash_table_new (NULL, NULL);
  log->done_value = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  log->done_count = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  if (!g_file_get_contents (path, &contents, NULL, &error))
    return;  /* killed before the first line */

  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) f = g_strsplit (lines[i], " ", 3);
      guint n = g_strv_length (f);

      /* A line cut short by the kill has no newline: it is the last, and ignored
       * unless whole (split gives an empty last element after a whole line). */
      if (n == 0 || (lines[i + 1] == NULL))
        continue;
      if (f[0][0] == 'S' && n == 2)
        g_hash_table_add (log->started, GUINT_TO_POINTER (atoi (f[1]) + 1));
      else if (f[0][0] == 'I' && n == 2)
        g_hash_table_add (log->imported, GUINT_TO_POINTER (atoi (f[1]) + 1));
      else if (f[0][0] == 'A' && n == 3)
        {
          log->pending_id = g_ascii_strtoll (f[1], NULL, 10);
          g_free (log->pending_value);
          log->pending_value = g_strdup (f[2]);
        }
      else if (f[0][0] == 'E' && n == 3)
        {
          gint64 id = g_ascii_strtoll (f[1], NULL, 10);
          guint count = GPOINTER_TO_UINT (g_hash_table_lookup (log->done_count, &id));

          g_assert_cmpint (id, ==, log->pending_id);
          g_hash_table_insert (log->done_value, g_memdup2 (&id, sizeof id), g_strdup (f[2]));
          g_hash_table_insert (log->done_count, g_memdup2 (&id, sizeof id),
                               GUINT_TO_POINTER (count + 1));
          log->pending_id = 0;
          g_clear_pointer (&log->pending_value, g_free);
        }
      else if (f[0][0] == 'D')
        log->finished = TRUE;
      else
        g_error ("unexpected line in the child's log: %s", lines[i]);
    }
}

static gint64
query_int (VdDatabase *db,
           const char *sql,
           const char *text,
           gint64      value)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = vd_database_prepare (db, sql, &error);
  gint64 result;

  g_assert_no_error (error);
  if (text != NULL)
    sqlite3_bind_text (stmt, 1, text, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_int64 (stmt, 1, value);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  result = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return result;
}

static char *
query_text (VdDatabase *db,
            const char *sql,
            gint64      value)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = vd_database_prepare (db, sql, &error);
  char *result = NULL;

  g_assert_no_error (error);
  sqlite3_bind_int64 (stmt, 1, value);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    result = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return result;
}

/* Everything the issue asks of the database a killed child left behind. Failures
 * are counted (and described) rather than asserted, so that a long run reports all
 * of them; the test fails at the end if any. */
static gboolean
check_database (const Plan *plan,
                const char *db_path,
                Log        *log,
                Figures    *figures,
                GString    *problems)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VdDatabase) db = vd_database_open (db_path, &error);
  g_autoptr(GString) problem = g_string_new (NULL);
  gint64 expected_rows = 0;
  GHashTableIter iter;
  gpointer key, value;
  sqlite3_stmt *stmt;

  if (db == NULL)
    {
      g_string_append_printf (problems, "cannot open: %s\n", error->message);
      return FALSE;
    }

  if (!vd_database_integrity_check (db, &error))
    g_string_append_printf (problem, "integrity/foreign keys: %s\n", error->message);
  g_clear_error (&error);
  /* The same two pragmas, read here directly as the issue words them. */
  {
    g_autofree char *ok = vd_test_query_text (db, "PRAGMA integrity_check");

    if (g_strcmp0 (ok, "ok") != 0)
      g_string_append_printf (problem, "PRAGMA integrity_check: %s\n", ok);
    stmt = vd_database_prepare (db, "PRAGMA foreign_key_check", NULL);
    if (stmt == NULL || sqlite3_step (stmt) != SQLITE_DONE)
      g_string_append (problem, "PRAGMA foreign_key_check reports rows\n");
    sqlite3_finalize (stmt);
  }

  for (guint k = 0; k < plan->imports; k++)
    {
      g_autofree char *marker = g_strdup_printf ("import-%u", k);
      g_autofree char *file_like = g_strdup_printf ("%%import-%u.csv%%", k);
      gint64 rows = query_int (db, "SELECT count(*) FROM volunteers WHERE notes = ?1", marker, 0);
      gint64 entries = query_int (db, "SELECT count(*) FROM audit_log WHERE entity = 'volunteers' "
                                  "AND action = 'import' AND after_json LIKE ?1", file_like, 0);
      gboolean reported = g_hash_table_contains (log->imported, GUINT_TO_POINTER (k + 1));
      gboolean started = g_hash_table_contains (log->started, GUINT_TO_POINTER (k + 1));

      if (rows != 0 && rows != plan->rows)
        g_string_append_printf (problem, "import %u is half there: %" G_GINT64_FORMAT " rows\n",
                                k, rows);
      if (reported && rows != plan->rows)
        g_string_append_printf (problem, "import %u reported done but has %" G_GINT64_FORMAT
                                " rows\n", k, rows);
      if (!started && rows != 0)
        g_string_append_printf (problem, "import %u never started but has rows\n", k);
      if (entries != (rows == plan->rows ? 1 : 0))
        g_string_append_printf (problem, "import %u: %" G_GINT64_FORMAT " rows and %"
                                G_GINT64_FORMAT " audit entries\n", k, rows, entries);
      if (rows == plan->rows)
        figures->imports_whole++;
      else
        figures->imports_absent++;
      if (started && !reported)
        figures->killed_in_import++;
      expected_rows += rows;
    }
  if (vd_database_count_rows (db, "volunteers") != expected_rows)
    g_string_append_printf (problem, "%" G_GINT64_FORMAT " volunteers, %" G_GINT64_FORMAT
                            " from imports\n", vd_database_count_rows (db, "volunteers"),
                            expected_rows);

  /* Each reported edit is there, unless the edit begun after it (not reported)
   * went in too; and the audit log has one entry per edit that went in, whose
   * "after" image is the row as it is now. */
  g_hash_table_iter_init (&iter, log->done_value);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      gint64 id = *(gint64 *) key;
      guint reported = GPOINTER_TO_UINT (g_hash_table_lookup (log->done_count, key));
      g_autofree char *employer = query_text (db, "SELECT employer FROM volunteers WHERE id = ?1", id);
      gboolean pending = log->pending_id == id;
      gboolean pending_in = pending && g_strcmp0 (employer, log->pending_value) == 0;
      gint64 entries = query_int (db, "SELECT count(*) FROM audit_log WHERE entity = 'volunteers' "
                                  "AND entity_id = ?1 AND action = 'update'", NULL, id);
      g_autofree char *last_after = query_text (db, "SELECT after_json FROM audit_log WHERE "
                                                "entity = 'volunteers' AND entity_id = ?1 "
                                                "ORDER BY id DESC LIMIT 1", id);
      g_autofree char *row_json = vd_audit_row_json (db, "volunteers", id, NULL);

      if (g_strcmp0 (employer, value) != 0 && !pending_in)
        g_string_append_printf (problem, "volunteer %" G_GINT64_FORMAT ": edit %s reported, "
                                "found %s\n", id, (char *) value, employer);
      if (entries != reported + (pending_in ? 1 : 0))
        g_string_append_printf (problem, "volunteer %" G_GINT64_FORMAT ": %u edits and %"
                                G_GINT64_FORMAT " audit entries\n", id, reported, entries);
      if (g_strcmp0 (last_after, row_json) != 0)
        g_string_append_printf (problem, "volunteer %" G_GINT64_FORMAT ": the last audit image "
                                "is not the row:\n  %s\n  %s\n", id, last_after, row_json);
      figures->edits_checked += reported;
    }
  /* An edit begun on a volunteer without a reported edit before it. */
  if (log->pending_id != 0 && !g_hash_table_contains (log->done_value, &log->pending_id))
    {
      g_autofree char *employer = query_text (db, "SELECT employer FROM volunteers WHERE id = ?1",
                                              log->pending_id);
      gint64 entries = query_int (db, "SELECT count(*) FROM audit_log WHERE entity = 'volunteers' "
                                  "AND entity_id = ?1 AND action = 'update'", NULL,
                                  log->pending_id);
      gboolean in = g_strcmp0 (employer, log->pending_value) == 0;

      if (entries != (in ? 1 : 0))
        g_string_append_printf (problem, "volunteer %" G_GINT64_FORMAT ": unreported edit %s, "
                                "%" G_GINT64_FORMAT " audit entries\n", log->pending_id,
                                in ? "in" : "not in", entries);
    }
  /* No other volunteer has an update entry. */
  {
    gint64 updated = query_int (db, "SELECT count(DISTINCT entity_id) FROM audit_log WHERE "
                                "entity = 'volunteers' AND action = 'update' AND ?1", NULL, 1);
    guint known = g_hash_table_size (log->done_value)
                  + (log->pending_id != 0 && !g_hash_table_contains (log->done_value,
                                                                     &log->pending_id) ? 1 : 0);

    if (updated > known)
      g_string_append_printf (problem, "%" G_GINT64_FORMAT " volunteers have update entries, "
                              "%u were edited\n", updated, known);
  }

  if (problem->len > 0)
    {
      g_string_append (problems, problem->str);
      return FALSE;
    }
  return TRUE;
}

static void
remove_database (const char *db_path)
{
  static const char * const suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *path = g_strconcat (db_path, suffixes[i], NULL);

      g_unlink (path);
    }
}

/* How long one import of plan's first file takes here, into a fresh database. */
static gint64
time_one_import (const Plan *plan)
{
  g_autofree char *path = g_build_filename (plan->dir, "timing.db", NULL);
  g_autoptr(GError) error = NULL;
  gint64 start;

  {
    g_autoptr(VdDatabase) db = vd_database_open (path, &error);
    g_autoptr(VdImport) import = NULL;
    g_autoptr(VdImportResult) result = NULL;

    g_assert_no_error (error);
    start = g_get_monotonic_time ();
    import = vd_import_open (plan->csv[0], &error);
    g_assert_no_error (error);
    g_assert_true (vd_import_run (import, db, FALSE, VD_DUPLICATES_SKIP, NULL, NULL, NULL,
                                  &result, &error));
    g_assert_no_error (error);
  }
  remove_database (path);
  return g_get_monotonic_time () - start;
}

/* Runs one child on a fresh database; kill_after_us = 0 lets it finish. Returns how
 * long it ran. */
static gint64
run_trial (const Plan *plan,
           guint       trial,
           gint64      kill_after_us,
           Figures    *figures,
           GString    *problems)
{
  g_autofree char *db_path = g_build_filename (plan->dir, "trial.db", NULL);
  g_autofree char *log_path = g_build_filename (plan->dir, "trial.log", NULL);
  g_autoptr(GError) error = NULL;
  gint64 start;
  gint64 elapsed;
  int status = 0;
  pid_t pid;
  Log log = { 0, };

  remove_database (db_path);
  g_unlink (log_path);
  {
    g_autoptr(VdDatabase) db = vd_database_open (db_path, &error);

    g_assert_no_error (error);
  }

  start = g_get_monotonic_time ();
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    run_child (plan, db_path, log_path, plan->seed + trial);

  if (kill_after_us > 0)
    {
      g_usleep (kill_after_us);
      kill (pid, SIGKILL);
    }
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  elapsed = g_get_monotonic_time () - start;
  if (kill_after_us == 0)
    {
      g_assert_true (WIFEXITED (status));
      g_assert_cmpint (WEXITSTATUS (status), ==, 0);
    }
  else if (WIFEXITED (status) && WEXITSTATUS (status) != 0)
    g_string_append_printf (problems, "trial %u: the child failed with status %d\n", trial,
                            WEXITSTATUS (status));

  read_log (log_path, &log);
  if (kill_after_us == 0)
    g_assert_true (log.finished);
  figures->trials++;
  {
    g_autoptr(GString) found = g_string_new (NULL);

    if (!check_database (plan, db_path, &log, figures, found))
      {
        figures->failed++;
        g_string_append_printf (problems, "trial %u (seed %u, killed after %.3f s):\n%s",
                                trial, plan->seed + trial, kill_after_us / 1e6, found->str);
      }
  }
  log_clear (&log);
  return elapsed;
}

static void
test_crash_trials (void)
{
  Plan plan = { 0, };
  Figures figures = { 0, };
  g_autoptr(GString) problems = g_string_new (NULL);
  g_autoptr(GRand) rand = NULL;
  g_autoptr(GError) error = NULL;
  gint64 full_us, import_us;

  plan.trials = env_uint ("VD_CRASH_TRIALS", 10);
  plan.rows = env_uint ("VD_CRASH_ROWS", 5000);
  plan.imports = MAX (env_uint ("VD_CRASH_IMPORTS", 2), 1);
  plan.edits = env_uint ("VD_CRASH_EDITS", 100);
  plan.seed = env_uint ("VD_CRASH_SEED", g_test_rand_int ());
  rand = g_rand_new_with_seed (plan.seed);
  g_test_message ("crash trials: %u trials, imports of %u rows, %u imports and %u edits "
                  "a trial, seed %u (VD_CRASH_SEED)", plan.trials, plan.rows, plan.imports,
                  plan.edits, plan.seed);

  plan.dir = g_dir_make_tmp ("vd-crash-XXXXXX", &error);
  g_assert_no_error (error);
  plan.csv = g_new0 (char *, plan.imports + 1);
  for (guint k = 0; k < plan.imports; k++)
    {
      g_autofree char *name = g_strdup_printf ("import-%u.csv", k);

      plan.csv[k] = g_build_filename (plan.dir, name, NULL);
      write_import_csv (plan.csv[k], k, plan.rows);
    }

  /* A first child runs to the end: the whole workload, and the checks on it. */
  full_us = run_trial (&plan, 0, 0, &figures, problems);
  g_test_message ("one trial's whole work took %.2f s", full_us / 1e6);
  g_assert_cmpuint (figures.failed, ==, 0);
  memset (&figures, 0, sizeof figures);

  /* Half the kills aim at the first import, the rest at any moment of the whole work:
   * since the import got faster than the edits' commits, uniform moments alone left
   * all ten short trials outside an import about one run in ten. */
  import_us = time_one_import (&plan);
  g_test_message ("one import took %.2f s", import_us / 1e6);
  for (guint t = 1; t <= plan.trials; t++)
    {
      gint64 kill_after = t % 2 == 1
        ? g_rand_int_range (rand, MAX (import_us / 4, 1000), MAX (import_us * 9 / 10, 2000))
        : g_rand_int_range (rand, 1000, MAX (full_us, 2000));

      run_trial (&plan, t, kill_after, &figures, problems);
      if (g_test_verbose ())
        g_test_message ("trial %u: killed after %.3f s", t, kill_after / 1e6);
    }

  g_test_message ("crash trials: %u run, %u failed; imports found whole %u, absent %u "
                  "(killed during an import: %u); %u reported edits checked",
                  figures.trials, figures.failed, figures.imports_whole, figures.imports_absent,
                  figures.killed_in_import, figures.edits_checked);
  if (problems->len > 0)
    g_test_message ("%s", problems->str);
  g_assert_cmpuint (figures.failed, ==, 0);
  g_assert_cmpuint (figures.trials, ==, plan.trials);
  /* Kills must land inside imports as well as between them, or the trial proves
   * little: with a uniform moment over the whole work most do. */
  if (plan.trials >= 10)
    g_assert_cmpuint (figures.killed_in_import, >, 0);

  vd_test_remove_tree (plan.dir);
  g_free (plan.dir);
  g_strfreev (plan.csv);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/crash-trial/sigkill", test_crash_trials);
  return g_test_run ();
}
