/* bench-import.c — the register's import alone: 100,000 rows of a GBK CSV (the file
 * bench-register times, written by vd_sample_write_csv) into a new database, checked
 * and indexed for search, several times. bench/run compares bench-register's figure
 * with the sqlite3 shell; this program is for working on the import itself.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   bench-import WORKDIR [RUNS [TARGET.db]]
 *
 * With TARGET.db (e.g. a copy of the city), the rows go into that database instead,
 * which keeps them: one run per copy.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <stdlib.h>
#include <time.h>

#include "bench-common.h"

/* CPU time of the calling thread: the database's thread, which bounds the import */
static double
thread_seconds (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *csv = NULL;
  g_autofree char *path = NULL;
  g_autofree char *wal = NULL;
  g_autofree char *shm = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree double *times = NULL;
  guint runs;

  if (argc < 2 || argc > 4)
    {
      g_printerr ("usage: %s WORKDIR [RUNS [TARGET.db]]\n", argv[0]);
      return 2;
    }
  setlocale (LC_ALL, "");
  vd_core_init_i18n (NULL);
  runs = argc >= 3 ? (guint)MAX (1, atoi (argv[2])) : 5;
  times = g_new (double, runs);

  csv = g_build_filename (argv[1], "import-100k-gbk.csv", NULL);
  if (!g_file_test (csv, G_FILE_TEST_EXISTS) &&
      !vd_sample_write_csv (csv, 100000, 7, TRUE, &error))
    g_error ("%s", error->message);
  path = argc == 4 ? g_strdup (argv[3]) : g_build_filename (argv[1], "import-target.db", NULL);
  wal = g_strconcat (path, "-wal", NULL);
  shm = g_strconcat (path, "-shm", NULL);

  for (guint i = 0; i < runs; i++)
    {
      g_autoptr(VdDatabase) db = NULL;
      g_autoptr(VdImport) import = NULL;
      g_autoptr(VdImportResult) result = NULL;
      gint64 start;
      double cpu;

      if (argc < 4)
        {
          g_unlink (path);
          g_unlink (wal);
          g_unlink (shm);
        }
      db = vd_database_open (path, &error);
      if (db == NULL)
        g_error ("%s", error->message);

      /* the same span as bench-register's figure: open, read, check, write, commit */
      start = g_get_monotonic_time ();
      cpu = thread_seconds ();
      import = vd_import_open (csv, &error);
      if (import == NULL || !vd_import_run (import, db, FALSE, VD_DUPLICATES_SKIP, NULL, NULL,
                                           NULL, &result, &error))
        g_error ("%s", error->message);
      times[i] = (g_get_monotonic_time () - start) / 1e6;
      cpu = thread_seconds () - cpu;
      g_print ("run %u: %.3f s, %.3f s CPU on this thread (%u read, %u imported, %u rejected)\n",
               i + 1, times[i], cpu, result->read, result->imported, result->rejected);
    }
  g_print ("IMPORT_SECONDS=%.3f\n", bench_median (times, runs));
  return 0;
}
