/* vd-chart-ticks.h — "nice" axis ticks and short number labels
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vd-chart-style.h"

G_BEGIN_DECLS

#define VD_CHART_MAX_TICKS 16

typedef struct
{
  double min;      /* first tick, ≤ the data's minimum */
  double max;      /* last tick, ≥ the data's maximum */
  double step;     /* 1, 2 or 5 × 10ⁿ */
  guint  n;        /* ticks from min to max inclusive, ≤ VD_CHART_MAX_TICKS */
} VdChartTicks;

/* Ticks covering [lo, hi] with at most max_ticks ticks (3..VD_CHART_MAX_TICKS), steps
 * of 1, 2 or 5 × 10ⁿ. Equal bounds widen to a unit range around them (0 → 0..1);
 * NaN/inf are treated as 0. */
void  vd_chart_nice_ticks   (double        lo,
                             double        hi,
                             guint         max_ticks,
                             VdChartTicks *ticks);
double vd_chart_ticks_value (const VdChartTicks *ticks,
                             guint               i);

/* A short label for tick value v of an axis with these ticks: with the myriad style
 * an axis reaching 10万 is labelled in 万 (and from 1亿 in 亿), with the western style
 * from 10k in k and from 1M in M; decimals follow the step ("0.5", "2.5万"). */
char *vd_chart_format_tick  (const VdChartTicks *ticks,
                             double              v,
                             VdChartNumbers      numbers);
/* A short label for a single value (value labels on bars), same scales. */
char *vd_chart_format_short (double              v,
                             VdChartNumbers      numbers);

G_END_DECLS
