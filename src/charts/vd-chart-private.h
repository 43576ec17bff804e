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

#define PAD 8.0
#define GAP 6.0
#define SWATCH 10.0

/* What the layout functions share while they place a chart's parts. */
typedef struct
{
  VdChartLayout      *layout;
  const VdChartData  *data;
  const VdChartStyle *style;
  PangoContext       *context;
  PangoFontDescription *font;
  PangoFontDescription *big_font;
  double              line_h;
} VdChartBuilder;

/* A single-line text in the chart's font (big: the centre of a donut or gauge),
 * ellipsized to max_width if > 0; its size in *w, *h. */
PangoLayout *vd_chart_builder_text      (VdChartBuilder    *b,
                                         const char        *text,
                                         double             max_width,
                                         gboolean           big,
                                         double            *w,
                                         double            *h);
/* Places a label (taking pl) unless it overlaps one already placed or leaves the
 * chart; then pl is freed and FALSE returned. */
gboolean     vd_chart_builder_add_label (VdChartBuilder    *b,
                                         VdChartLabelRole   role,
                                         PangoLayout       *pl,
                                         const char        *text,
                                         double             x,
                                         double             y,
                                         double             w,
                                         double             h,
                                         int                series);
/* vd-chart-layout-round.c: the donut and the gauge. */
void         vd_chart_layout_donut      (VdChartBuilder    *b);
void         vd_chart_layout_gauge      (VdChartBuilder    *b);

/* Value → pixel on the value axis. */
double vd_chart_layout_value_to_y (const VdChartLayout *layout,
                                   double               v);
double vd_chart_layout_value_to_x (const VdChartLayout *layout,
                                   double               v);
double vd_chart_color_luminance   (const VdChartColor  *c);
