/* bench-common.c — what every benchmark shares
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <stdlib.h>
#include <time.h>

#include "bench-common.h"

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return (x > y) - (x < y);
}

double
bench_median (double *values,
              guint   n)
{
  qsort (values, n, sizeof *values, compare_doubles);
  return values[n / 2];
}

/* printf pads by bytes; the labels hold Chinese examples (张伟, two columns wide on a
 * terminal) and the targets "≤". */
static void
print_padded (const char *text,
              glong       width)
{
  glong pad = width;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    pad -= g_unichar_iswide (g_utf8_get_char (p)) ? 2 : 1;

  g_print ("%s%*s", text, (int)MAX (pad, 0), "");
}

void
bench_text_row (const char *what,
           const char *measured,
           const char *target)
{
  g_print ("| ");
  print_padded (what, BENCH_LABEL_WIDTH);
  g_print (" | %15s | ", measured);
  print_padded (target, 12);
  g_print (" |\n");
}

void
bench_row (const char *what,
           double      value,
           const char *unit,
           const char *target)
{
  g_autofree char *measured = g_strdup_printf ("%.1f %s", value, unit);

  bench_text_row (what, measured, target);
}

void
bench_count_row (const char *what,
                 gint64      n,
                 const char *target)
{
  g_autofree char *measured = g_strdup_printf ("%" G_GINT64_FORMAT, n);

  bench_text_row (what, measured, target);
}

void
bench_header (void)
{
  g_autofree char *rule = g_strnfill (BENCH_LABEL_WIDTH + 2, '-');

  bench_text_row ("figure (median of the runs)", "measured", "target");
  g_print ("|%s|-----------------|--------------|\n", rule);
}

double
bench_ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

VdDatabase *
bench_open_city (const char *path)
{
  g_autoptr(GError) error = NULL;
  VdDatabase *db;

  setlocale (LC_ALL, "");
  vd_core_init_i18n (NULL);
  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_printerr ("%s: no such database; bench/run builds the city once "
                  "(volunteer-desk-cli sample --scale city)\n", path);
      exit (2);
    }
  db = vd_database_open (path, &error);
  if (db == NULL)
    {
      g_printerr ("%s: %s\n", path, error->message);
      exit (3);
    }
  return db;
}

int
bench_city_year (VdDatabase *db)
{
  g_autoptr(GError) error = NULL;
  int year = 0;

  if (!vd_stats_latest_year (db, VD_STATS_DISTRICT, 0, &year, &error) || year == 0)
    {
      g_printerr ("the city has no approved hours: %s\n", error != NULL ? error->message : "no year");
      exit (3);
    }
  return year;
}

static double
thread_seconds (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

double
bench_import_file (const char      *path,
                   gboolean         fresh,
                   const char      *csv,
                   double          *cpu,
                   VdImportResult **result)
{
  g_autoptr(VdDatabase) db = NULL;
  g_autoptr(VdImport) import = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start;
  double cpu_start;
  double seconds;

  if (fresh)
    {
      g_autofree char *wal = g_strconcat (path, "-wal", NULL);
      g_autofree char *shm = g_strconcat (path, "-shm", NULL);

      g_unlink (path);
      g_unlink (wal);
      g_unlink (shm);
    }
  db = vd_database_open (path, &error);
  if (db == NULL)
    g_error ("%s", error->message);

  start = g_get_monotonic_time ();
  cpu_start = thread_seconds ();
  import = vd_import_open (csv, &error);
  if (import == NULL || !vd_import_run (import, db, FALSE, VD_DUPLICATES_SKIP, NULL, NULL, NULL,
                                       result, &error))
    g_error ("%s", error->message);
  seconds = (g_get_monotonic_time () - start) / 1e6;
  if (cpu != NULL)
    *cpu = thread_seconds () - cpu_start;
  return seconds;
}
