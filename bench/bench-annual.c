/* bench-annual.c — the annual work summary at city scale: gathering a year's figures
 * and writing the PDF (with its charts), and the JSON and .xlsx
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   bench-annual DATABASE [YEAR]
 *
 * The database is opened as it is (its tallies may be brought up to date by the first
 * run, which is reported apart): give it a copy, not a shared cache. Prints table rows
 * in the format of bench/run (medians of 7 runs).
 */

#include "config.h"

#include <glib/gstdio.h>

#include "vd-annual-document.h"
#include "vd-core.h"

#define RUNS 7

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (double *v,
        guint   n)
{
  qsort (v, n, sizeof *v, (GCompareFunc) compare_doubles);
  return v[n / 2];
}

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
  int year = 0, first;
  gint64 volunteers;
  double first_run;

  if (argc < 2)
    {
      g_printerr ("usage: bench-annual DATABASE [YEAR]\n");
      return 2;
    }
  db = vd_database_open (argv[1], &error);
  if (db == NULL)
    g_error ("%s: %s", argv[1], error->message);
  if (argc > 2)
    year = atoi (argv[2]);
  else if (!vd_annual_years (db, &first, &year, &error))
    g_error ("%s", error->message);
  volunteers = vd_database_count_rows (db, "volunteers");
  dir = g_dir_make_tmp ("bench-annual-XXXXXX", &error);
  g_assert_no_error (error);

  first_run = run_once (db, year, dir, "pdf");
  g_print ("| annual summary %d, first run (%" G_GINT64_FORMAT " volunteers) | %9.1f ms | — |\n",
           year, volunteers, first_run * 1000);
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      double t[RUNS];
      g_autofree char *path = g_strdup_printf ("%s/annual.%s", dir, kinds[k]);

      for (guint i = 0; i < RUNS; i++)
        t[i] = run_once (db, year, dir, kinds[k]);
      g_print ("| annual summary %d as %-4s (figures + file) | %9.1f ms | %s |\n",
               year, kinds[k], median (t, RUNS) * 1000,
               g_str_equal (kinds[k], "pdf") ? "≤ 2000 ms" : "—");
      g_unlink (path);
    }
  g_rmdir (dir);
  return 0;
}
