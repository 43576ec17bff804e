/* bench-annual.c — the annual work summary at city scale: gathering a year's figures
 * and writing the PDF (with its charts), and the JSON and .xlsx
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   bench-annual CITY.db [YEAR]
 *
 * CITY.db is the city bench/run builds once; the year is the city's (the latest with
 * approved hours) unless given. The first run is reported apart (cold caches). Prints
 * table rows (medians of 7 runs).
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>

#include "bench-common.h"
#include "vd-annual-document.h"

#define RUNS BENCH_RUNS

/* One summary of year into dir; returns the seconds it took for what kind asks. */
static double
run_once (VdDatabase *db,
          int         year,
          const char *dir,
          const char *kind)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VdAnnual) annual = NULL;
  g_autofree char *path = g_strdup_printf ("%s/annual.%s", dir, kind);
  gint64 start = g_get_monotonic_time ();
  gboolean ok;

  annual = vd_annual_load (db, year, &error);
  if (annual == NULL)
    g_error ("%s", error->message);
  if (g_str_equal (kind, "pdf"))
    {
      g_autoptr(VdDoc) doc = vd_annual_document_new (annual);

      ok = vd_doc_write_pdf (doc, path, &error);
    }
  else if (g_str_equal (kind, "json"))
    ok = vd_annual_write_json (annual, path, &error);
  else
    ok = vd_annual_write_xlsx (annual, path, &error);
  if (!ok)
    g_error ("%s", error->message);
  return (g_get_monotonic_time () - start) / 1e6;
}

int
main (int    argc,
      char **argv)
{
  static const char *const kinds[] = { "pdf", "xlsx", "json" };
  g_autoptr(GError) error = NULL;
  g_autoptr(VdDatabase) db = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *what = NULL;
  int year;

  if (argc < 2)
    {
      g_printerr ("usage: bench-annual CITY.db [YEAR]\n");
      return 2;
    }
  db = bench_open_city (argv[1]);
  year = argc > 2 ? atoi (argv[2]) : bench_city_year (db);
  dir = g_dir_make_tmp ("bench-annual-XXXXXX", &error);
  g_assert_no_error (error);

  what = g_strdup_printf ("annual summary %d as pdf, first run", year);
  bench_row (what, run_once (db, year, dir, "pdf") * 1000, "ms", "—");
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      double t[RUNS];
      g_autofree char *path = g_strdup_printf ("%s/annual.%s", dir, kinds[k]);

      for (guint i = 0; i < RUNS; i++)
        t[i] = run_once (db, year, dir, kinds[k]) * 1000;
      g_clear_pointer (&what, g_free);
      what = g_strdup_printf ("annual summary %d as %s (figures + file)", year, kinds[k]);
      bench_row (what, bench_median (t, RUNS), "ms", g_str_equal (kinds[k], "pdf") ? "≤ 2,000 ms" : "—");
      g_unlink (path);
    }
  g_rmdir (dir);
  return 0;
}
