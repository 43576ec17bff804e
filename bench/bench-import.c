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

#include <locale.h>
#include <stdlib.h>

#include "bench-common.h"

int
main (int    argc,
      char **argv)
{
  g_autofree char *csv = NULL;
  g_autofree char *path = NULL;
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

  /* the same span as bench-register's figure: open, read, check, write, commit */
  for (guint i = 0; i < runs; i++)
    {
      g_autoptr(VdImportResult) result = NULL;
      double cpu;

      times[i] = bench_import_file (path, argc < 4, csv, &cpu, &result);
      g_print ("run %u: %.3f s, %.3f s CPU on this thread (%u read, %u imported, %u rejected)\n",
               i + 1, times[i], cpu, result->read, result->imported, result->rejected);
    }
  g_print ("IMPORT_SECONDS=%.3f\n", bench_median (times, runs));
  return 0;
}
