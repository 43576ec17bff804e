/* bench-charts.c — the dashboard at city scale: reading its figures for a year, and
 * drawing all its charts at 1200 × 800
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   bench-charts [--upgrade] [CITY.db]
 *
 * Without a database (or one this build cannot open) the charts are drawn from the
 * figures of an empty year and the query is not measured. A database of another
 * schema version is left alone (the cache is shared with other builds) unless
 * --upgrade is given. Prints table rows in the format of bench/run (medians of 7
 * runs).
 */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>

#include "vd-chart-draw.h"
#include "vd-core.h"
#include "vd-dashboard-charts.h"

#define RUNS 7

/* PRAGMA user_version of path, read without changing the file; -1 if unreadable. */
static int
schema_version (const char *path)
{
  sqlite3 *raw = NULL;
  sqlite3_stmt *stmt = NULL;
  int version = -1;

  if (sqlite3_open_v2 (path, &raw, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK
      && sqlite3_prepare_v2 (raw, "PRAGMA user_version", -1, &stmt, NULL) == SQLITE_OK
      && sqlite3_step (stmt) == SQLITE_ROW)
    version = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (raw);
  return version;
}

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

static void
row (const char *what,
     double      ms,
     const char *target)
{
  g_print ("| %-44s | %10.1f ms   | %-12s |\n", what, ms, target);
}

/* Every dashboard chart drawn at width × height into one image; milliseconds. */
static double
draw_all (VdDatabase            *db,
          const VdDashboardData *d,
          cairo_surface_t       *surface,
          const VdChartStyle    *style)
{
  gint64 start = g_get_monotonic_time ();
  guint i;

  for (i = 0; i < vd_dashboard_n_charts; i++)
    {
      g_autofree char *subtitle = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(VdChartData) data = vd_dashboard_charts[i].build (db, d, &subtitle, &error);
      cairo_t *cr;

      if (data == NULL)
        g_error ("%s: %s", vd_dashboard_charts[i].id, error->message);
      cr = cairo_create (surface);
      vd_chart_draw (cr, 1200, 800, data, style);
      cairo_destroy (cr);
    }
  cairo_surface_flush (surface);
  return (g_get_monotonic_time () - start) / 1000.0;
}

/* Everything the dashboard page reads for a year: the register's figures, the key
 * figures' totals of the year and the one before, and every chart's data; ms. */
static double
load_all (VdDatabase *db,
          int         year)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VdDashboardData) d = NULL;
  gint64 start = g_get_monotonic_time ();
  VdStatsYear totals;
  VdWishStats wishes;
  guint covered, communities, i;

  d = vd_dashboard_data_load (db, year, &error);
  if (d == NULL)
    g_error ("%s", error->message);
  for (int y = year - 1; y <= year; y++)
    {
      g_autoptr(GPtrArray) trainings = NULL;

      if (!vd_stats_year (db, y, &totals, &error) || !vd_wishes_get_stats (db, y, &wishes, &error)
          || (trainings = vd_training_stats (db, y, VD_TRAINING_STATS_TOTAL, &error)) == NULL)
        g_error ("%s", error->message);
    }
  if (!vd_stations_coverage (db, &covered, &communities, &error))
    g_error ("%s", error->message);
  for (i = 0; i < vd_dashboard_n_charts; i++)
    {
      g_autofree char *subtitle = NULL;
      g_autoptr(VdChartData) data = vd_dashboard_charts[i].build (db, d, &subtitle, &error);

      if (data == NULL)
        g_error ("%s: %s", vd_dashboard_charts[i].id, error->message);
    }
  return (g_get_monotonic_time () - start) / 1000.0;
}

/* A line of n points, drawn at 1200 × 800 (reduced per pixel column); milliseconds. */
static double
draw_dense_line (guint               n,
                 cairo_surface_t    *surface,
                 const VdChartStyle *style)
{
  g_autoptr(VdChartData) data = vd_chart_data_new (VD_CHART_LINE);
  gint64 start;
  cairo_t *cr;
  guint i;

  vd_chart_data_add_series (data, "x");
  for (i = 0; i < n; i++)
    {
      char label[16];

      g_snprintf (label, sizeof label, "%u", i);
      vd_chart_data_add_category (data, label);
      vd_chart_data_set_value (data, 0, i, 500 + 400 * sin (i / 50.0) + (i * 7919 % 101));
    }
  start = g_get_monotonic_time ();
  cr = cairo_create (surface);
  vd_chart_draw (cr, 1200, 800, data, style);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return (g_get_monotonic_time () - start) / 1000.0;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(VdDatabase) db = NULL;
  g_autoptr(VdDashboardData) d = NULL;
  g_autoptr(GError) error = NULL;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1200, 800);
  VdChartStyle style;
  double times[RUNS];
  int first, last, year;
  gboolean upgrade = FALSE;
  g_autofree char *empty_dir = NULL;
  g_autofree char *empty_path = NULL;
  guint i;

  vd_chart_style_init (&style, FALSE);

  if (argc > 1 && g_str_equal (argv[1], "--upgrade"))
    {
      upgrade = TRUE;
      argc--;
      argv++;
    }
  if (argc > 1 && g_file_test (argv[1], G_FILE_TEST_EXISTS))
    {
      int version = schema_version (argv[1]);

      if (version != VD_SCHEMA_VERSION && !upgrade)
        g_printerr ("bench-charts: %s has schema %d, this build %d: not opened "
                    "(--upgrade migrates it; dashboard query not measured)\n",
                    argv[1], version, VD_SCHEMA_VERSION);
      else
        {
          gint64 start = g_get_monotonic_time ();

          db = vd_database_open (argv[1], &error);
          if (db == NULL)
            g_printerr ("bench-charts: %s: %s (dashboard query not measured)\n", argv[1], error->message);
          else if (version != VD_SCHEMA_VERSION)
            row ("upgrade to the dashboard's tallies (once)", (g_get_monotonic_time () - start) / 1000.0, "—");
          g_clear_error (&error);
        }
    }

  if (db != NULL)
    {
      g_autofree char *what = NULL;
      gint64 n = vd_database_count_rows (db, "volunteers");

      if (!vd_dashboard_data_years (db, &first, &last, &error))
        g_error ("%s", error->message);
      year = last;
      /* the year the page opens on: the latest with events or hours */
      {
        int latest = 0;

        if (vd_stats_latest_year (db, VD_STATS_DISTRICT, 0, &latest, &error) && latest > 0)
          year = latest;
        g_clear_error (&error);
      }
      {
        gint64 start = g_get_monotonic_time ();

        /* the first load after new volunteers folds them into the tallies */
        d = vd_dashboard_data_load (db, year, &error);
        if (d == NULL)
          g_error ("%s", error->message);
        row ("dashboard figures, first load", (g_get_monotonic_time () - start) / 1000.0, "—");
      }
      for (i = 0; i < RUNS; i++)
        {
          gint64 start = g_get_monotonic_time ();

          g_clear_pointer (&d, vd_dashboard_data_free);
          d = vd_dashboard_data_load (db, year, &error);
          if (d == NULL)
            g_error ("%s", error->message);
          times[i] = (g_get_monotonic_time () - start) / 1000.0;
        }
      what = g_strdup_printf ("dashboard figures for %d, %" G_GINT64_FORMAT " volunteers", year, n);
      row (what, median (times, RUNS), "≤ 200 ms");
      for (i = 0; i < RUNS; i++)
        times[i] = load_all (db, year);
      g_clear_pointer (&what, g_free);
      what = g_strdup_printf ("all the dashboard's data for %d (%u charts)", year, vd_dashboard_n_charts);
      row (what, median (times, RUNS), "≤ 200 ms");
    }
  else
    {
      /* no city: an empty register still gives every chart its axes and labels */
      empty_dir = g_dir_make_tmp ("vd-bench-XXXXXX", NULL);
      empty_path = g_build_filename (empty_dir, "empty.db", NULL);
      db = vd_database_open (empty_path, &error);
      if (db == NULL)
        g_error ("%s", error->message);
      d = vd_dashboard_data_load (db, 2026, &error);
      if (d == NULL)
        g_error ("%s", error->message);
    }

  /* the first drawing loads the CJK font (cold); then the steady state */
  row ("draw all dashboard charts, first time", draw_all (db, d, surface, &style), "—");
  for (i = 0; i < RUNS; i++)
    times[i] = draw_all (db, d, surface, &style);
  {
    g_autofree char *what = g_strdup_printf ("draw all %u dashboard charts, 1200×800", vd_dashboard_n_charts);

    row (what, median (times, RUNS), "≤ 100 ms");
  }
  for (i = 0; i < RUNS; i++)
    times[i] = draw_dense_line (10000, surface, &style);
  row ("draw a line of 10,000 points, 1200×800", median (times, RUNS), "—");

  cairo_surface_destroy (surface);
  g_clear_pointer (&d, vd_dashboard_data_free);
  g_clear_object (&db);
  if (empty_dir != NULL)
    {
      const char *suffixes[] = { "", "-wal", "-shm" };

      for (i = 0; i < G_N_ELEMENTS (suffixes); i++)
        {
          g_autofree char *file = g_strconcat (empty_path, suffixes[i], NULL);

          g_unlink (file);
        }
      g_rmdir (empty_dir);
    }
  return 0;
}
