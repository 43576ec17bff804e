/* bench-charts.c — the dashboard at city scale: reading its figures for a year, and
 * drawing all its charts at 1200 × 800
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   bench-charts CITY.db
 *
 * CITY.db is the city bench/run builds once (volunteer-desk-cli sample --scale city);
 * the year is the one the dashboard opens on. Prints table rows (medians of 7 runs).
 */

#include "config.h"

#include <math.h>

#include "bench-common.h"
#include "vd-chart-draw.h"
#include "vd-dashboard-charts.h"

#define RUNS BENCH_RUNS

/* Every dashboard chart's data, built as the page builds it (timed in load_all). */
static GPtrArray *
build_all (VdDatabase            *db,
           const VdDashboardData *d)
{
  GPtrArray *charts = g_ptr_array_new_with_free_func ((GDestroyNotify)vd_chart_data_unref);

  for (guint i = 0; i < vd_dashboard_n_charts; i++)
    {
      g_autofree char *subtitle = NULL;
      g_autoptr(GError) error = NULL;
      VdChartData *data = vd_dashboard_charts[i].build (db, d, &subtitle, &error);

      if (data == NULL)
        g_error ("%s: %s", vd_dashboard_charts[i].id, error->message);
      g_ptr_array_add (charts, data);
    }
  return charts;
}

/* Every dashboard chart drawn at 1200 × 800 into one image: what the page's snapshots
 * do once the data is there; milliseconds. */
static double
draw_all (GPtrArray          *charts,
          cairo_surface_t    *surface,
          const VdChartStyle *style)
{
  gint64 start = g_get_monotonic_time ();

  for (guint i = 0; i < charts->len; i++)
    {
      cairo_t *cr = cairo_create (surface);

      vd_chart_draw (cr, 1200, 800, g_ptr_array_index (charts, i), style);
      cairo_destroy (cr);
    }
  cairo_surface_flush (surface);
  return bench_ms_since (start);
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
  return bench_ms_since (start);
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
  return bench_ms_since (start);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(VdDatabase) db = NULL;
  g_autoptr(VdDashboardData) d = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *what = NULL;
  g_autoptr(GPtrArray) charts = NULL;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1200, 800);
  VdChartStyle style;
  double times[RUNS];
  gint64 start;
  int year;

  if (argc != 2)
    {
      g_printerr ("usage: %s CITY.db\n", argv[0]);
      return 2;
    }
  vd_chart_style_init (&style, FALSE);
  db = bench_open_city (argv[1]);
  year = bench_city_year (db);

  /* the first load after new volunteers folds them into the tallies */
  start = g_get_monotonic_time ();
  d = vd_dashboard_data_load (db, year, &error);
  if (d == NULL)
    g_error ("%s", error->message);
  bench_row ("dashboard figures, first load", bench_ms_since (start), "ms", "—");
  for (guint i = 0; i < RUNS; i++)
    {
      start = g_get_monotonic_time ();
      g_clear_pointer (&d, vd_dashboard_data_free);
      d = vd_dashboard_data_load (db, year, &error);
      if (d == NULL)
        g_error ("%s", error->message);
      times[i] = bench_ms_since (start);
    }
  what = g_strdup_printf ("dashboard figures for %d (cards)", year);
  bench_row (what, bench_median (times, RUNS), "ms", "≤ 200 ms");
  for (guint i = 0; i < RUNS; i++)
    times[i] = load_all (db, year);
  g_clear_pointer (&what, g_free);
  what = g_strdup_printf ("all the dashboard's data for %d (%u charts)", year, vd_dashboard_n_charts);
  bench_row (what, bench_median (times, RUNS), "ms", "≤ 200 ms");

  /* the first drawing loads the CJK font (cold); then the steady state */
  charts = build_all (db, d);
  bench_row ("draw all dashboard charts, first time", draw_all (charts, surface, &style), "ms", "—");
  for (guint i = 0; i < RUNS; i++)
    times[i] = draw_all (charts, surface, &style);
  g_clear_pointer (&what, g_free);
  what = g_strdup_printf ("draw all %u dashboard charts, 1200×800", vd_dashboard_n_charts);
  bench_row (what, bench_median (times, RUNS), "ms", "≤ 100 ms");
  for (guint i = 0; i < RUNS; i++)
    times[i] = draw_dense_line (10000, surface, &style);
  bench_row ("draw a line of 10,000 points, 1200×800", bench_median (times, RUNS), "ms", "—");

  cairo_surface_destroy (surface);
  return 0;
}
