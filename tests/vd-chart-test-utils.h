/* vd-chart-test-utils.h — rendering chart fixtures and reading their pixels, for
 * the chart tests (no display)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * VD_CHART_DUMP_DIR=DIR keeps the rendered fixtures there as PNG files, to look at.
 */

#pragma once

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "vd-chart-draw.h"
#include "vd-chart-export.h"

#define W 400
#define H 300

typedef struct
{
  cairo_surface_t *surface;
  VdChartLayout   *layout;
  VdChartStyle     style;
} Render;

static inline void
render_clear (Render *r)
{
  g_clear_pointer (&r->surface, cairo_surface_destroy);
  g_clear_pointer (&r->layout, vd_chart_layout_free);
}

static inline void
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
static inline void
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

static inline gboolean
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
static inline int
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

static inline int
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

static inline VdChartData *
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
