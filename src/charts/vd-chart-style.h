/* vd-chart-style.h — colours, font and number style of a chart
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define VD_CHART_PALETTE_SIZE 8

typedef struct
{
  double red, green, blue, alpha;
} VdChartColor;

typedef enum
{
  VD_CHART_NUMBERS_MYRIAD,   /* 10万, 1.5亿: Chinese readers group by 10⁴ */
  VD_CHART_NUMBERS_WESTERN,  /* 100k, 1.5M */
} VdChartNumbers;

typedef struct
{
  gboolean       dark;
  VdChartColor   background;   /* alpha 0: transparent (on screen, the card shows) */
  VdChartColor   foreground;   /* labels */
  VdChartColor   muted;        /* axis labels, legend text */
  VdChartColor   grid;
  VdChartColor   track;        /* gauge and bullet background */
  VdChartColor   good;         /* at or above target */
  VdChartColor   bad;          /* below target */
  VdChartColor   palette[VD_CHART_PALETTE_SIZE];
  char           font_family[64];
  double         font_size;    /* in points at 96 dpi */
  VdChartNumbers numbers;
  /* The highlighted item (keyboard focus or hover); -1 for none. */
  int            highlight_series;
  int            highlight_category;
} VdChartStyle;

/* Okabe–Ito colours (distinguishable with the common colour-vision deficiencies),
 * adjusted in lightness for a dark background; "Noto Sans CJK SC"; the number style
 * of the UI language. */
void vd_chart_style_init     (VdChartStyle       *style,
                              gboolean            dark);
/* Series colour i (wraps around the palette). */
const VdChartColor *vd_chart_style_series_color (const VdChartStyle *style,
                                                 guint               i);
/* The number style the translation asks for (zh_CN: myriad). */
VdChartNumbers vd_chart_numbers_for_locale (void);

G_END_DECLS
