/* test-charts.c — the chart library without a display: ticks, label placement, the
 * pixels of every chart type, exports that parse
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * VD_CHART_DUMP_DIR=DIR keeps the rendered fixtures there as PNG files, to look at.
 */

#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <math.h>
#include <string.h>

#include "vd-chart-draw.h"
#include "vd-chart-export.h"
#include "vd-chart-ticks.h"

#define W 400
#define H 300

/* ---- helpers ---------------------------------------------------------------- */

typedef struct
{
  cairo_surface_t *surface;
  VdChartLayout   *layout;
  VdChartStyle     style;
} Render;

static void
render_clear (Render *r)
{
  g_clear_pointer (&r->surface, cairo_surface_destroy);
  g_clear_pointer (&r->layout, vd_chart_layout_free);
}

static void
render (Render            *r,
        const VdChartData *data,
        gboolean           dark,
        int                width,
        int                height,
        const char        *dump_name)
{
  const char *dump = g_getenv ("VD_CHART_DUMP_DIR");

  vd_chart_style_init (&r->style, dark);
  r->style.numbers = VD_CHART_NUMBERS_MYRIAD;
  r->surface = vd_chart_render_image (width, height, data, &r->style);
  r->layout = vd_chart_layout_new (width, height, data, &r->style);
  if (dump != NULL && dump_name != NULL)
    {
      g_autofree char *path = g_strdup_printf ("%s/%s%s.png", dump, dump_name, dark ? "-dark" : "");

      cairo_surface_write_to_png (r->surface, path);
    }
}

/* The pixel at (x, y) as 0..255 components. */
static void
pixel_at (cairo_surface_t *surface,
          int              x,
          int              y,
          int              rgb[3])
{
  guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint32 p = *(guint32 *) (data + y * stride + x * 4);

  rgb[0] = (p >> 16) & 0xff;
  rgb[1] = (p >> 8) & 0xff;
  rgb[2] = p & 0xff;
}

static gboolean
pixel_is (cairo_surface_t    *surface,
          int                 x,
          int                 y,
          const VdChartColor *c)
{
  int rgb[3];

  pixel_at (surface, x, y, rgb);
  return abs (rgb[0] - (int) lround (c->red * 255)) <= 8
         && abs (rgb[1] - (int) lround (c->green * 255)) <= 8
         && abs (rgb[2] - (int) lround (c->blue * 255)) <= 8;
}

/* How many pixels of colour c the column x has, in rows y0..y1. */
static int
count_in_column (cairo_surface_t    *surface,
                 int                 x,
                 int                 y0,
                 int                 y1,
                 const VdChartColor *c)
{
  int n = 0, y;

  for (y = y0; y < y1; y++)
    n += pixel_is (surface, x, y, c);
  return n;
}

static int
count_in_row (cairo_surface_t    *surface,
              int                 y,
              int                 x0,
              int                 x1,
              const VdChartColor *c)
{
  int n = 0, x;

  for (x = x0; x < x1; x++)
    n += pixel_is (surface, x, y, c);
  return n;
}

static VdChartData *
bars_fixture (VdChartKind  kind,
              guint        n_series,
              const double values[][4])
{
  VdChartData *data = vd_chart_data_new (kind);
  static const char *const names[] = { "一月", "二月", "三月", "四月" };
  guint s, c;

  vd_chart_data_set_title (data, "测试");
  vd_chart_data_set_unit (data, "人");
  for (c = 0; c < 4; c++)
    vd_chart_data_add_category (data, names[c]);
  for (s = 0; s < n_series; s++)
    {
      g_autofree char *name = g_strdup_printf ("系列%u", s + 1);

      vd_chart_data_add_series (data, name);
      vd_chart_data_set_values (data, s, values[s], 4);
    }
  return data;
}

/* ---- ticks ------------------------------------------------------------------ */

static gboolean
is_nice_step (double step)
{
  double m = step / pow (10, floor (log10 (step) + 1e-9));

  return fabs (m - 1) < 1e-6 || fabs (m - 2) < 1e-6 || fabs (m - 5) < 1e-6;
}

static void
check_ticks (double lo,
             double hi,
             double want_min,
             double want_max,
             double want_step)
{
  VdChartTicks t;
  guint i;

  vd_chart_nice_ticks (lo, hi, 8, &t);
  g_test_message ("%g..%g → %g..%g step %g (%u)", lo, hi, t.min, t.max, t.step, t.n);
  g_assert_true (is_nice_step (t.step));
  g_assert_cmpfloat_with_epsilon (t.min, want_min, 1e-9 * MAX (1, fabs (want_min)));
  g_assert_cmpfloat_with_epsilon (t.max, want_max, 1e-9 * MAX (1, fabs (want_max)));
  g_assert_cmpfloat_with_epsilon (t.step, want_step, 1e-9 * want_step);
  g_assert_cmpuint (t.n, >=, 2);
  g_assert_cmpuint (t.n, <=, 8);
  g_assert_cmpfloat (t.min, <=, MIN (lo, hi));
  g_assert_cmpfloat (t.max, >=, MAX (lo, hi));
  g_assert_cmpfloat_with_epsilon (vd_chart_ticks_value (&t, t.n - 1), t.max, 1e-9 * MAX (1, fabs (t.max)));
  for (i = 0; i < t.n; i++)
    {
      double v = vd_chart_ticks_value (&t, i);

      /* every tick a whole multiple of the step */
      g_assert_cmpfloat (fabs (v / t.step - round (v / t.step)), <, 1e-9);
    }
}

static void
test_ticks_ranges (void)
{
  check_ticks (0, 1, 0, 1, 0.2);
  check_ticks (0, 7, 0, 7, 1);
  check_ticks (0, 95, 0, 100, 20);
  check_ticks (0, 1234567, 0, 1400000, 200000);
  check_ticks (-37, 95, -40, 100, 20);
  check_ticks (-0.3, -0.01, -0.3, 0, 0.05);
  check_ticks (0.001, 0.0042, 0.001, 0.0045, 0.0005); /* no zero forced: bars add it */
  check_ticks (16.2, 16.2, 0, 20, 5);       /* one value: from zero */
  check_ticks (0, 0, 0, 1, 0.2);            /* nothing at all */
  check_ticks (-5, -5, -5, 0, 1);
  check_ticks (95, 0, 0, 100, 20);          /* reversed bounds */
  check_ticks (NAN, 10, 0, 10, 2);
  check_ticks (1e9, 3.3e9, 1e9, 3.5e9, 5e8);
}

static void
test_ticks_many (void)
{
  double lo, hi;
  guint max;

  /* any range, any tick budget: nice steps, covering, within the budget */
  for (lo = -1000; lo <= 1000; lo += 137.5)
    for (hi = lo; hi <= lo + 5000; hi += 391.7)
      for (max = 3; max <= 10; max++)
        {
          VdChartTicks t;

          vd_chart_nice_ticks (lo, hi, max, &t);
          g_assert_true (is_nice_step (t.step));
          g_assert_cmpuint (t.n, <=, max);
          g_assert_cmpuint (t.n, >=, 2);
          g_assert_cmpfloat (t.min, <=, lo + 1e-9);
          g_assert_cmpfloat (t.max, >=, hi - 1e-9);
        }
}

static void
test_tick_labels (void)
{
  VdChartTicks t;
  struct { double v; const char *myriad; const char *western; } cases[] = {
    { 0, "0", "0" },
    { 200000, "20万", "0.2M" },
    { 1400000, "140万", "1.4M" },
  };
  guint i;

  vd_chart_nice_ticks (0, 1234567, 8, &t);
  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *m = vd_chart_format_tick (&t, cases[i].v, VD_CHART_NUMBERS_MYRIAD);
      g_autofree char *w = vd_chart_format_tick (&t, cases[i].v, VD_CHART_NUMBERS_WESTERN);

      g_assert_cmpstr (m, ==, cases[i].myriad);
      g_assert_cmpstr (w, ==, cases[i].western);
    }

  /* below 10万 numbers stay plain; decimals follow the step */
  vd_chart_nice_ticks (0, 45000, 8, &t);
  {
    g_autofree char *m = vd_chart_format_tick (&t, 40000, VD_CHART_NUMBERS_MYRIAD);
    g_autofree char *w = vd_chart_format_tick (&t, 40000, VD_CHART_NUMBERS_WESTERN);

    g_assert_cmpstr (m, ==, "40000");
    g_assert_cmpstr (w, ==, "40k");
  }
  /* an axis that reaches 10万 counts in 万 */
  vd_chart_nice_ticks (0, 95000, 8, &t);
  {
    g_autofree char *m = vd_chart_format_tick (&t, 80000, VD_CHART_NUMBERS_MYRIAD);

    g_assert_cmpstr (m, ==, "8万");
  }
  vd_chart_nice_ticks (0, 1, 8, &t);
  {
    g_autofree char *m = vd_chart_format_tick (&t, vd_chart_ticks_value (&t, 3), VD_CHART_NUMBERS_MYRIAD);

    g_assert_cmpstr (m, ==, "0.6");
  }
  vd_chart_nice_ticks (0, 3.3e9, 8, &t);
  {
    g_autofree char *m = vd_chart_format_tick (&t, 1.5e9, VD_CHART_NUMBERS_MYRIAD);

    g_assert_cmpstr (m, ==, "15亿");
  }

  /* single values: three significant digits at most */
  {
    g_autofree char *a = vd_chart_format_short (47312, VD_CHART_NUMBERS_MYRIAD);
    g_autofree char *b = vd_chart_format_short (1234567, VD_CHART_NUMBERS_MYRIAD);
    g_autofree char *c = vd_chart_format_short (1234567, VD_CHART_NUMBERS_WESTERN);
    g_autofree char *d = vd_chart_format_short (12.5, VD_CHART_NUMBERS_MYRIAD);

    g_assert_cmpstr (a, ==, "47312");
    g_assert_cmpstr (b, ==, "123万");
    g_assert_cmpstr (c, ==, "1.23M");
    g_assert_cmpstr (d, ==, "12.5");
  }
}

static void
test_format_value (void)
{
  g_autoptr(VdChartData) data = vd_chart_data_new (VD_CHART_BAR);
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *c = NULL;

  vd_chart_data_set_unit (data, "人");
  a = vd_chart_data_format_value (data, 1234567);
  g_assert_cmpstr (a, ==, "1,234,567 人");
  vd_chart_data_set_unit (data, "%");
  vd_chart_data_set_decimals (data, 1);
  b = vd_chart_data_format_value (data, 16.25);
  g_assert_cmpstr (b, ==, "16.2%");
  c = vd_chart_data_format_value (data, NAN);
  g_assert_cmpstr (c, ==, "—");
}

/* ---- labels ----------------------------------------------------------------- */

static void
assert_labels_apart (const VdChartLayout *layout,
                     double               width,
                     double               height)
{
  guint n = vd_chart_layout_get_n_labels (layout);
  guint i, j;

  for (i = 0; i < n; i++)
    {
      VdChartRect a;

      vd_chart_layout_get_label (layout, i, NULL, &a);
      g_assert_cmpfloat (a.x, >=, -0.5);
      g_assert_cmpfloat (a.y, >=, -0.5);
      g_assert_cmpfloat (a.x + a.width, <=, width + 0.5);
      g_assert_cmpfloat (a.y + a.height, <=, height + 0.5);
      for (j = i + 1; j < n; j++)
        {
          VdChartRect b;
          const char *ta = vd_chart_layout_get_label (layout, i, NULL, NULL);
          const char *tb = vd_chart_layout_get_label (layout, j, NULL, &b);
          gboolean overlap = a.x < b.x + b.width && b.x < a.x + a.width
                             && a.y < b.y + b.height && b.y < a.y + a.height;

          if (overlap)
            g_error ("labels “%s” and “%s” overlap at %g×%g", ta, tb, width, height);
        }
    }
}

static guint
count_labels (const VdChartLayout *layout,
              VdChartLabelRole     want)
{
  guint n = 0, i;

  for (i = 0; i < vd_chart_layout_get_n_labels (layout); i++)
    {
      VdChartLabelRole role;

      vd_chart_layout_get_label (layout, i, &role, NULL);
      n += role == want;
    }
  return n;
}

static VdChartData *
stations_fixture (VdChartKind kind,
                  guint       n)
{
  VdChartData *data = vd_chart_data_new (kind);
  guint c;

  vd_chart_data_add_series (data, "2026年");
  vd_chart_data_add_series (data, "2025年");
  for (c = 0; c < n; c++)
    {
      g_autofree char *name = g_strdup_printf ("东城街道第%u社区志愿服务站", c + 1);

      vd_chart_data_add_category (data, name);
      vd_chart_data_set_value (data, 0, c, 100 + 37 * c);
      vd_chart_data_set_value (data, 1, c, 90 + 29 * c);
    }
  return data;
}

static void
test_labels_apart (void)
{
  VdChartKind kinds[] = { VD_CHART_BAR, VD_CHART_LINE, VD_CHART_HBAR, VD_CHART_PYRAMID,
                          VD_CHART_BULLET, VD_CHART_DONUT, VD_CHART_GAUGE };
  guint n_cats[] = { 3, 12, 31 };
  int widths[] = { 160, 240, 400, 800 };
  guint k, n, w;

  for (k = 0; k < G_N_ELEMENTS (kinds); k++)
    for (n = 0; n < G_N_ELEMENTS (n_cats); n++)
      for (w = 0; w < G_N_ELEMENTS (widths); w++)
        {
          g_autoptr(VdChartData) data = stations_fixture (kinds[k], n_cats[n]);
          VdChartStyle style;
          g_autoptr(VdChartLayout) layout = NULL;
          double height = widths[w] * 0.6;

          vd_chart_data_set_target (data, 500, NAN);
          vd_chart_style_init (&style, FALSE);
          layout = vd_chart_layout_new (widths[w], height, data, &style);
          assert_labels_apart (layout, widths[w], height);
          /* something still says what the bars are */
          if (kinds[k] == VD_CHART_BAR || kinds[k] == VD_CHART_LINE)
            g_assert_cmpuint (count_labels (layout, VD_CHART_LABEL_X_AXIS), >=, 1);
          if (kinds[k] == VD_CHART_HBAR || kinds[k] == VD_CHART_BULLET)
            g_assert_cmpuint (count_labels (layout, VD_CHART_LABEL_Y_AXIS), >=, 1);
        }
}

static void
test_labels_skip_not_all (void)
{
  g_autoptr(VdChartData) data = stations_fixture (VD_CHART_BAR, 31);
  VdChartStyle style;
  g_autoptr(VdChartLayout) narrow = NULL;
  g_autoptr(VdChartLayout) wide = NULL;
  guint i;

  vd_chart_style_init (&style, FALSE);
  narrow = vd_chart_layout_new (240, 160, data, &style);
  wide = vd_chart_layout_new (6400, 400, data, &style);
  /* at 240 px, 31 names cannot all show: some are skipped, the rest ellipsized */
  g_assert_cmpuint (count_labels (narrow, VD_CHART_LABEL_X_AXIS), <, 31);
  g_assert_cmpuint (count_labels (narrow, VD_CHART_LABEL_X_AXIS), >=, 2);
  /* at 6400 px every name shows in full */
  g_assert_cmpuint (count_labels (wide, VD_CHART_LABEL_X_AXIS), ==, 31);
  for (i = 0; i < vd_chart_layout_get_n_labels (wide); i++)
    {
      VdChartLabelRole role;
      VdChartRect r;

      vd_chart_layout_get_label (wide, i, &role, &r);
      if (role == VD_CHART_LABEL_X_AXIS)
        g_assert_cmpfloat (r.width, >, 60);
    }
}

/* ---- pixels ----------------------------------------------------------------- */

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

/* ---- hit testing and description -------------------------------------------- */

static void
test_hit (void)
{
  const double values[2][4] = { { 30, 50, 10, 70 }, { 60, 10, 20, 35 } };
  g_autoptr(VdChartData) data = bars_fixture (VD_CHART_BAR, 2, values);
  VdChartStyle style;
  g_autoptr(VdChartLayout) layout = NULL;
  VdChartRect bar;
  guint s, c;

  vd_chart_style_init (&style, FALSE);
  layout = vd_chart_layout_new (W, H, data, &style);
  g_assert_true (vd_chart_layout_item_rect (layout, 1, 2, &bar));
  g_assert_true (vd_chart_layout_hit (layout, bar.x + bar.width / 2, bar.y + bar.height / 2, &s, &c));
  g_assert_cmpuint (s, ==, 1);
  g_assert_cmpuint (c, ==, 2);
  g_assert_false (vd_chart_layout_hit (layout, 1, 1, &s, &c));
}

static void
test_describe (void)
{
  const double values[2][4] = { { 30, 50, 10, 70 }, { 60, 10, 20, 35 } };
  g_autoptr(VdChartData) data = bars_fixture (VD_CHART_BAR, 2, values);
  g_autofree char *text = vd_chart_data_describe (data);

  g_assert_nonnull (strstr (text, "测试"));
  g_assert_nonnull (strstr (text, "三月"));
  g_assert_nonnull (strstr (text, "系列2 20 人"));
}

/* ---- exports ---------------------------------------------------------------- */

static void
test_export_files (void)
{
  const double values[2][4] = { { 30, 50, 10, 70 }, { 60, 10, 20, 35 } };
  g_autoptr(VdChartData) data = bars_fixture (VD_CHART_BAR, 2, values);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("vd-charts-XXXXXX", &error);
  g_autofree char *png = g_build_filename (dir, "图表.png", NULL);
  g_autofree char *svg = g_build_filename (dir, "图表.svg", NULL);
  g_autofree char *pdf = g_build_filename (dir, "图表.pdf", NULL);
  g_autofree char *out = NULL;
  g_autofree char *bad = g_build_filename (dir, "missing", "图表.png", NULL);
  VdChartStyle style;
  VdChartFormat format;
  cairo_surface_t *image;
  xmlDocPtr doc;
  int status;

  g_assert_no_error (error);
  vd_chart_style_init (&style, TRUE); /* exports are drawn as asked, opaque */

  g_assert_true (vd_chart_export (png, VD_CHART_FORMAT_PNG, 640, 360, data, &style, &error));
  g_assert_no_error (error);
  image = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, 640);
  g_assert_cmpint (cairo_image_surface_get_height (image), ==, 360);
  cairo_surface_destroy (image);

  g_assert_true (vd_chart_export (svg, VD_CHART_FORMAT_SVG, 640, 360, data, &style, &error));
  g_assert_no_error (error);
  doc = xmlReadFile (svg, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  g_assert_nonnull (doc);
  g_assert_cmpstr ((const char *) xmlDocGetRootElement (doc)->name, ==, "svg");
  {
    xmlChar *width = xmlGetProp (xmlDocGetRootElement (doc), (const xmlChar *) "width");

    g_assert_cmpstr ((const char *) width, ==, "640pt");
    xmlFree (width);
  }
  xmlFreeDoc (doc);

  g_assert_true (vd_chart_export (pdf, VD_CHART_FORMAT_PDF, 640, 360, data, &style, &error));
  g_assert_no_error (error);
  {
    char *argv[] = { (char *) "pdfinfo", pdf, NULL };

    g_assert_true (g_spawn_sync (NULL, argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                                 NULL, NULL, &out, NULL, &status, &error));
    g_assert_no_error (error);
    g_assert_true (g_spawn_check_wait_status (status, NULL));
    g_assert_true (g_regex_match_simple ("^Pages:\\s+1$", out, G_REGEX_MULTILINE, 0));
    g_assert_true (g_regex_match_simple ("^Page size:\\s+640 x 360 pts$", out, G_REGEX_MULTILINE, 0));
    g_assert_true (g_regex_match_simple ("^Title:\\s+测试$", out, G_REGEX_MULTILINE, 0));
  }

  g_assert_true (vd_chart_format_from_path (svg, &format));
  g_assert_cmpint (format, ==, VD_CHART_FORMAT_SVG);
  g_assert_true (vd_chart_format_from_path ("a.PDF", &format));
  g_assert_cmpint (format, ==, VD_CHART_FORMAT_PDF);
  g_assert_false (vd_chart_format_from_path ("a.jpg", &format));

  /* a size out of range or a folder that does not exist: an error, no file */
  g_assert_false (vd_chart_export (png, VD_CHART_FORMAT_PNG, 20, 360, data, &style, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_false (vd_chart_export (bad, VD_CHART_FORMAT_PDF, 640, 360, data, &style, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_FAILED);
  g_assert_false (g_file_test (bad, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  g_unlink (png);
  g_unlink (svg);
  g_unlink (pdf);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/charts/ticks/ranges", test_ticks_ranges);
  g_test_add_func ("/charts/ticks/many", test_ticks_many);
  g_test_add_func ("/charts/ticks/labels", test_tick_labels);
  g_test_add_func ("/charts/format-value", test_format_value);
  g_test_add_func ("/charts/labels/apart", test_labels_apart);
  g_test_add_func ("/charts/labels/skip", test_labels_skip_not_all);
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
  g_test_add_func ("/charts/hit", test_hit);
  g_test_add_func ("/charts/describe", test_describe);
  g_test_add_func ("/charts/export", test_export_files);

  return g_test_run ();
}
