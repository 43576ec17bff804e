/* vd-chart-private.h — the layout shared by vd-chart-layout.c and vd-chart-draw.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pangocairo.h>

#include "vd-chart-draw.h"
#include "vd-chart-ticks.h"

typedef struct
{
  VdChartLabelRole role;
  char            *text;
  PangoLayout     *layout;
  VdChartRect      rect;
  int              series;   /* legend swatch colour, or -1 */
  gboolean         inverse;  /* drawn on a coloured bar: light or dark by contrast */
  double           fill_lum; /* luminance of the colour below (inverse labels) */
} VdChartLabel;

/* One pixel column of a dense series. */
typedef struct
{
  float x, lo, hi, first, last;
} VdChartColumn;

struct _VdChartLayout
{
  VdChartData  *data;
  double        width, height;
  VdChartRect   plot;
  GPtrArray    *labels;       /* VdChartLabel * */

  /* value axis: value → pixel along the plot (y for vertical charts, x for rows) */
  VdChartTicks  ticks;
  gboolean      has_axis;
  double        vmin, vmax;

  /* categories: slot size along the category axis; bar thickness and group offset */
  double        slot;
  double        bar;          /* one bar's thickness */
  double        group;        /* all bars of a category (grouped) */

  /* line and area: reduced columns per series when dense (else NULL) */
  GPtrArray    *columns;      /* GArray of VdChartColumn, one per series */

  /* donut and gauge */
  double        cx, cy, r_out, r_in;
  double        total;
};

/* Value → pixel on the value axis. */
double vd_chart_layout_value_to_y (const VdChartLayout *layout,
                                   double               v);
double vd_chart_layout_value_to_x (const VdChartLayout *layout,
                                   double               v);
double vd_chart_color_luminance   (const VdChartColor  *c);
