/* test-charts.c — the chart library without a display: ticks and number labels,
 * label placement, hit testing, descriptions, exports that parse (the pixels of each
 * chart type are in test-chart-pixels.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gstdio.h>
#include <libxml/parser.h>

#include "vd-chart-test-utils.h"
#include "vd-chart-ticks.h"

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
  g_test_add_func ("/charts/hit", test_hit);
  g_test_add_func ("/charts/describe", test_describe);
  g_test_add_func ("/charts/export", test_export_files);

  return g_test_run ();
}
