/* bench-common.c — what every benchmark shares
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <stdlib.h>

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

void
bench_row (const char *what,
           double      value,
           const char *unit,
           const char *target)
{
  /* Pad by characters, not bytes: labels hold Chinese examples (张伟). */
  glong pad = 52 - g_utf8_strlen (what, -1);

  g_print ("| %s%*s | %10.1f %-4s | %-12s |\n", what, (int)MAX (pad, 0), "", value, unit, target);
}

void
bench_count_row (const char *what,
                 gint64      n,
                 const char *target)
{
  glong pad = 52 - g_utf8_strlen (what, -1);

  g_print ("| %s%*s | %15" G_GINT64_FORMAT " | %-12s |\n", what, (int)MAX (pad, 0), "", n, target);
}

void
bench_header (void)
{
  g_print ("| %-52s | %15s | %-12s |\n", "figure (median of the runs)", "measured", "target");
  g_print ("|------------------------------------------------------|-----------------|--------------|\n");
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
