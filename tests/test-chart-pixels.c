/* test-chart-pixels.c — each chart type drawn from a fixture into an image and
 * checked by its pixels: bar lengths against the values, stacked segments' colours,
 * a gauge's fill angle, a donut's slices, light against dark
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * VD_CHART_DUMP_DIR=DIR keeps the rendered fixtures there as PNG files.
 */

#include "vd-chart-test-utils.h"

/* The height of the run of colour c in column x, scanning up from the plot's bottom. */
static int
bar_height (const Render       *r,
            int                 x,
            const VdChartColor *c)
{
  VdChartRect plot;

  vd_chart_layout_get_plot (r->layout, &plot);
  return count_in_column (r->surface, x, (int) plot.y, (int) (plot.y + plot.height) + 1, c);
}

static void
test_pixels_bars (void)
{
  const double values[1][4] = { { 10, 20, 40, 80 } };
  g_autoptr(VdChartData) data = bars_fixture (VD_CHART_BAR, 1, values);
  Render r = { 0 };
  VdChartRect plot;
  int heights[4];
  guint c;

  render (&r, data, FALSE, W, H, "bars");
  vd_chart_layout_get_plot (r.layout, &plot);
  for (c = 0; c < 4; c++)
    {
      int x = (int) (plot.x + (c + 0.5) * plot.width / 4);

      heights[c] = bar_height (&r, x, &r.style.palette[0]);
    }
  /* the tallest reaches 80 on an axis to 80 (ticks 0..80) */
  g_assert_cmpint (abs (heights[3] - (int) plot.height), <=, 2);
  for (c = 0; c < 3; c++)
    g_assert_cmpint (abs (heights[c] - (int) lround (heights[3] * values[0][c] / 80)), <=, 2);
  render_clear (&r);
}

static void
test_pixels_stacked (void)
{
  const double values[2][4] = { { 30, 50, 10, 0 }, { 20, 10, 60, 40 } };
  g_autoptr(VdChartData) data = bars_fixture (VD_CHART_BAR, 2, values);
  Render r = { 0 };
  VdChartRect plot;
  double px_per_unit;
  guint c;

  vd_chart_data_set_stacking (data, VD_CHART_STACKED);
  render (&r, data, FALSE, W, H, "stacked");
  vd_chart_layout_get_plot (r.layout, &plot);
  px_per_unit = plot.height / 80; /* totals 50, 60, 70, 40: ticks 0..80 */
  for (c = 0; c < 4; c++)
    {
      VdChartRect bar;
      int x, h0, h1, bottom = (int) (plot.y + plot.height);

      /* near the bar's left edge, clear of the value label in the middle */
      g_assert_true (vd_chart_layout_item_rect (r.layout, 1, c, &bar));
      x = (int) (bar.x + 3);
      h0 = bar_height (&r, x, &r.style.palette[0]);
      h1 = bar_height (&r, x, &r.style.palette[1]);

      g_assert_cmpint (abs (h0 - (int) lround (values[0][c] * px_per_unit)), <=, 2);
      g_assert_cmpint (abs (h1 - (int) lround (values[1][c] * px_per_unit)), <=, 2);
      /* series 1 sits on top of series 0: its colour is above */
      if (h0 > 4 && h1 > 4)
        {
          g_assert_true (pixel_is (r.surface, x, bottom - h0 / 2, &r.style.palette[0]));
          g_assert_true (pixel_is (r.surface, x, bottom - h0 - h1 / 2, &r.style.palette[1]));
        }
    }
  render_clear (&r);
}

static void
test_pixels_grouped (void)
{
  const double values[2][4] = { { 30, 50, 10, 70 }, { 60, 10, 20, 35 } };
  g_autoptr(VdChartData) data = bars_fixture (VD_CHART_BAR, 2, values);
  Render r = { 0 };
  VdChartRect bar;
  guint c, s;

  render (&r, data, FALSE, W, H, "grouped");
  for (c = 0; c < 4; c++)
    for (s = 0; s < 2; s++)
      {
        int h;

        g_assert_true (vd_chart_layout_item_rect (r.layout, s, c, &bar));
        h = bar_height (&r, (int) (bar.x + bar.width / 2), &r.style.palette[s]);
        /* axis 0..80 */
        {
          VdChartRect plot;

          vd_chart_layout_get_plot (r.layout, &plot);
          g_assert_cmpint (abs (h - (int) lround (values[s][c] * plot.height / 80)), <=, 2);
        }
      }
  render_clear (&r);
}

static void
test_pixels_hbar_and_pyramid (void)
{
  const double values[2][4] = { { 10, 25, 40, 5 }, { 20, 15, 35, 30 } };
  g_autoptr(VdChartData) hbar = bars_fixture (VD_CHART_HBAR, 1, values);
  g_autoptr(VdChartData) pyramid = bars_fixture (VD_CHART_PYRAMID, 2, values);
  Render r = { 0 };
  VdChartRect plot;
  guint c;

  render (&r, hbar, FALSE, W, H, "hbar");
  vd_chart_layout_get_plot (r.layout, &plot);
  for (c = 0; c < 4; c++)
    {
      int y = (int) (plot.y + (c + 0.5) * plot.height / 4 - plot.height / 4 * 0.3);
      int w = count_in_row (r.surface, y, (int) plot.x, (int) (plot.x + plot.width) + 1, &r.style.palette[0]);

      /* ticks 0..40 */
      g_assert_cmpint (abs (w - (int) lround (values[0][c] * plot.width / 40)), <=, 2);
    }
  render_clear (&r);

  render (&r, pyramid, FALSE, W, H, "pyramid");
  vd_chart_layout_get_plot (r.layout, &plot);
  {
    int left[4], right[4];
    int mid = (int) (plot.x + plot.width / 2);

    for (c = 0; c < 4; c++)
      {
        VdChartRect bar;
        int y;

        /* along the bar's top edge, clear of a value label inside it */
        g_assert_true (vd_chart_layout_item_rect (r.layout, 0, c, &bar));
        y = (int) (bar.y + 2);
        left[c] = count_in_row (r.surface, y, (int) plot.x, mid, &r.style.palette[0]);
        right[c] = count_in_row (r.surface, y, mid, (int) (plot.x + plot.width) + 1, &r.style.palette[1]);
      }
    /* both halves on one scale: lengths proportional to the values, the longest (40) as unit */
    for (c = 0; c < 4; c++)
      {
        g_assert_cmpint (abs (left[c] - (int) lround (left[2] * values[0][c] / 40)), <=, 2);
        g_assert_cmpint (abs (right[c] - (int) lround (left[2] * values[1][c] / 40)), <=, 2);
      }
  }
  render_clear (&r);
}

static void
test_pixels_line_dense (void)
{
  g_autoptr(VdChartData) data = vd_chart_data_new (VD_CHART_LINE);
  Render r = { 0 };
  VdChartRect plot;
  guint c;
  int x, misses = 0;

  vd_chart_data_add_series (data, "读数");
  for (c = 0; c < 10000; c++)
    {
      g_autofree char *label = g_strdup_printf ("%u", c);

      vd_chart_data_add_category (data, label);
      /* alternating extremes: a reduction that kept one value per column would lose one */
      vd_chart_data_set_value (data, 0, c, c % 2 == 0 ? 0 : 100);
    }
  render (&r, data, FALSE, W, H, "line-dense");
  vd_chart_layout_get_plot (r.layout, &plot);
  for (x = (int) plot.x + 2; x < (int) (plot.x + plot.width) - 2; x++)
    {
      int top = (int) round (plot.y);
      int bottom = (int) round (plot.y + plot.height);

      /* each column reaches both 100 (the top) and 0 (the bottom) */
      if (!(pixel_is (r.surface, x, top, &r.style.palette[0]) || pixel_is (r.surface, x, top + 1, &r.style.palette[0]))
          || !(pixel_is (r.surface, x, bottom, &r.style.palette[0]) || pixel_is (r.surface, x, bottom - 1, &r.style.palette[0])))
        misses++;
    }
  g_assert_cmpint (misses, <=, 2);
  render_clear (&r);
}

static void
test_pixels_line_and_area (void)
{
  const double values[1][4] = { { 20, 60, 40, 80 } };
  g_autoptr(VdChartData) line = bars_fixture (VD_CHART_LINE, 1, values);
  g_autoptr(VdChartData) area = bars_fixture (VD_CHART_AREA, 1, values);
  Render r = { 0 };
  VdChartRect point, plot;
  guint c;

  render (&r, line, FALSE, W, H, "line");
  for (c = 0; c < 4; c++)
    {
      g_assert_true (vd_chart_layout_item_rect (r.layout, 0, c, &point));
      /* the marker at the value's height */
      g_assert_true (pixel_is (r.surface, (int) (point.x + 4), (int) (point.y + 4), &r.style.palette[0]));
    }
  render_clear (&r);

  render (&r, area, FALSE, W, H, "area");
  vd_chart_layout_get_plot (r.layout, &plot);
  g_assert_true (vd_chart_layout_item_rect (r.layout, 0, 0, &point));
  {
    int x = (int) (point.x + 4);
    int below = (int) (point.y + 4 + (plot.y + plot.height - point.y) / 2);
    int above = (int) (plot.y + 5);
    int rgb[3];

    /* under the line: a pale tint of the series colour (blue dominates); above: background */
    pixel_at (r.surface, x, below, rgb);
    g_assert_cmpint (rgb[2], >, rgb[0] + 20);
    g_assert_true (pixel_is (r.surface, x + 1, above, &r.style.background));
  }
  render_clear (&r);
}

static void
test_pixels_donut (void)
{
  const double values[1][4] = { { 75, 25, 0, 0 } };
  g_autoptr(VdChartData) data = bars_fixture (VD_CHART_DONUT, 1, values);
  Render r = { 0 };
  VdChartRect plot;
  double cx, cy, rm;
  int a;

  render (&r, data, FALSE, W, H, "donut");
  vd_chart_layout_get_plot (r.layout, &plot);
  cx = plot.x + plot.width / 2;
  cy = plot.y + plot.height / 2;
  rm = plot.width / 2 * 0.8;
  /* clockwise from 12 o'clock: 75% of the ring in colour 0, then 25% in colour 1 */
  for (a = 5; a < 360; a += 10)
    {
      double rad = (a - 90) * G_PI / 180;
      int x = (int) (cx + cos (rad) * rm), y = (int) (cy + sin (rad) * rm);

      if (a < 268)
        g_assert_true (pixel_is (r.surface, x, y, &r.style.palette[0]));
      else if (a > 272)
        g_assert_true (pixel_is (r.surface, x, y, &r.style.palette[1]));
    }
  /* the hole shows the background */
  g_assert_true (pixel_is (r.surface, (int) cx + (int) (plot.width * 0.2), (int) cy, &r.style.background));
  render_clear (&r);
}

/* The angle (degrees from the left end, 0..180) where a gauge's fill ends. */
static double
gauge_fill_end (const Render       *r,
                const VdChartColor *fill)
{
  VdChartRect plot;
  double cx, cy, rm, a, last = -1;

  vd_chart_layout_get_plot (r->layout, &plot);
  cx = plot.x + plot.width / 2;
  cy = plot.y + plot.height;
  rm = plot.width / 2 * 0.84;
  for (a = 0.5; a < 180; a += 0.5)
    {
      double rad = G_PI + a * G_PI / 180;

      if (pixel_is (r->surface, (int) round (cx + cos (rad) * rm), (int) round (cy + sin (rad) * rm), fill))
        last = a;
    }
  return last;
}

static void
test_pixels_gauge (void)
{
  g_autoptr(VdChartData) data = vd_chart_data_new (VD_CHART_GAUGE);
  Render r = { 0 };
  double end;

  vd_chart_data_set_unit (data, "%");
  vd_chart_data_set_decimals (data, 1);
  vd_chart_data_add_category (data, "注册志愿者占人口比例");
  vd_chart_data_add_series (data, "2026年");

  /* 40 of 100 against a target of 60: red, filled to 72° of 180° */
  vd_chart_data_set_value (data, 0, 0, 40);
  vd_chart_data_set_target (data, 60, 100);
  render (&r, data, FALSE, W, H, "gauge-below");
  end = gauge_fill_end (&r, &r.style.bad);
  g_assert_cmpfloat (fabs (end - 72), <=, 2);
  g_assert_cmpfloat (gauge_fill_end (&r, &r.style.good), <, 0);
  render_clear (&r);

  /* 75 against 60: green, to 135° */
  vd_chart_data_set_value (data, 0, 0, 75);
  render (&r, data, FALSE, W, H, "gauge-above");
  end = gauge_fill_end (&r, &r.style.good);
  g_assert_cmpfloat (fabs (end - 135), <=, 2);
  g_assert_cmpfloat (gauge_fill_end (&r, &r.style.bad), <, 0);
  render_clear (&r);

  /* exactly at target counts as met */
  vd_chart_data_set_value (data, 0, 0, 60);
  render (&r, data, TRUE, W, H, "gauge-at");
  g_assert_cmpfloat (fabs (gauge_fill_end (&r, &r.style.good) - 108), <=, 2);
  render_clear (&r);
}

static void
test_pixels_bullet (void)
{
  g_autoptr(VdChartData) data = vd_chart_data_new (VD_CHART_BULLET);
  Render r = { 0 };
  VdChartRect bar;

  vd_chart_data_set_unit (data, "%");
  vd_chart_data_add_category (data, "党员注册率");
  vd_chart_data_add_category (data, "社区服务率");
  vd_chart_data_add_series (data, "实际");
  vd_chart_data_add_series (data, "目标");
  vd_chart_data_set_value (data, 0, 0, 48);
  vd_chart_data_set_value (data, 1, 0, 60);
  vd_chart_data_set_value (data, 0, 1, 82);
  vd_chart_data_set_value (data, 1, 1, 70);
  vd_chart_data_set_target (data, NAN, 100);
  render (&r, data, FALSE, W, H, "bullet");
  g_assert_true (vd_chart_layout_item_rect (r.layout, 0, 0, &bar));
  g_assert_true (pixel_is (r.surface, (int) (bar.x + bar.width / 2), (int) (bar.y + bar.height / 2), &r.style.bad));
  g_assert_true (vd_chart_layout_item_rect (r.layout, 0, 1, &bar));
  g_assert_true (pixel_is (r.surface, (int) (bar.x + bar.width / 2), (int) (bar.y + bar.height / 2), &r.style.good));
  /* 82 of 100: the bar's length in pixels */
  {
    VdChartRect plot;
    int y = (int) (bar.y + bar.height / 2);

    vd_chart_layout_get_plot (r.layout, &plot);
    g_assert_cmpint (abs (count_in_row (r.surface, y, (int) plot.x, (int) (plot.x + plot.width), &r.style.good)
                          + 3 /* the target mark, 3 px wide, lies over the bar */
                          - (int) lround (plot.width * 0.82)), <=, 2);
  }
  render_clear (&r);
}

static void
test_pixels_light_dark (void)
{
  const double values[1][4] = { { 10, 20, 40, 80 } };
  g_autoptr(VdChartData) data = bars_fixture (VD_CHART_BAR, 1, values);
  Render light = { 0 }, dark = { 0 };
  VdChartRect plot, bar;
  int a[3], b[3];

  render (&light, data, FALSE, W, H, NULL);
  render (&dark, data, TRUE, W, H, "bars");
  vd_chart_layout_get_plot (light.layout, &plot);
  g_assert_true (vd_chart_layout_item_rect (light.layout, 0, 3, &bar));

  /* the background: light is light, dark is dark */
  pixel_at (light.surface, 2, 2, a);
  pixel_at (dark.surface, 2, 2, b);
  g_assert_cmpint (a[0] + a[1] + a[2], >, 600);
  g_assert_cmpint (b[0] + b[1] + b[2], <, 200);
  /* the bar: the same hue, a different shade */
  pixel_at (light.surface, (int) (bar.x + bar.width / 2), (int) (bar.y + bar.height / 2), a);
  pixel_at (dark.surface, (int) (bar.x + bar.width / 2), (int) (bar.y + bar.height / 2), b);
  g_assert_true (pixel_is (light.surface, (int) (bar.x + bar.width / 2), (int) (bar.y + bar.height / 2), &light.style.palette[0]));
  g_assert_true (pixel_is (dark.surface, (int) (bar.x + bar.width / 2), (int) (bar.y + bar.height / 2), &dark.style.palette[0]));
  g_assert_cmpint (abs (a[0] - b[0]) + abs (a[1] - b[1]) + abs (a[2] - b[2]), >, 40);
  g_assert_cmpint (b[2], >, b[0]);
  g_assert_cmpint (a[2], >, a[0]);
  render_clear (&light);
  render_clear (&dark);
}

static void
test_palette_distinct (void)
{
  VdChartStyle style;
  guint i, j;
  gboolean dark;

  for (dark = FALSE; dark <= TRUE; dark++)
    {
      vd_chart_style_init (&style, dark);
      for (i = 0; i < VD_CHART_PALETTE_SIZE; i++)
        for (j = i + 1; j < VD_CHART_PALETTE_SIZE; j++)
          {
            const VdChartColor *a = &style.palette[i], *b = &style.palette[j];

            g_assert_cmpfloat (fabs (a->red - b->red) + fabs (a->green - b->green) + fabs (a->blue - b->blue), >, 0.25);
          }
      /* good and bad are far apart */
      g_assert_cmpfloat (fabs (style.good.red - style.bad.red) + fabs (style.good.blue - style.bad.blue), >, 0.6);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/charts/pixels/bars", test_pixels_bars);
  g_test_add_func ("/charts/pixels/stacked", test_pixels_stacked);
  g_test_add_func ("/charts/pixels/grouped", test_pixels_grouped);
  g_test_add_func ("/charts/pixels/hbar-pyramid", test_pixels_hbar_and_pyramid);
  g_test_add_func ("/charts/pixels/line-dense", test_pixels_line_dense);
  g_test_add_func ("/charts/pixels/line-area", test_pixels_line_and_area);
  g_test_add_func ("/charts/pixels/donut", test_pixels_donut);
  g_test_add_func ("/charts/pixels/gauge", test_pixels_gauge);
  g_test_add_func ("/charts/pixels/bullet", test_pixels_bullet);
  g_test_add_func ("/charts/pixels/light-dark", test_pixels_light_dark);
  g_test_add_func ("/charts/palette", test_palette_distinct);

  return g_test_run ();
}
