/* vd-chart-ticks.c — "nice" axis ticks and short number labels
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "vd-chart-ticks.h"

/* The smallest 1, 2 or 5 × 10ⁿ that is ≥ x. */
static double
nice_step_at_least (double x)
{
  double p = pow (10, floor (log10 (x)));
  double f = x / p;

  /* tolerate rounding: 2.0000000001 is 2 */
  if (f <= 1 + 1e-9)
    return p;
  if (f <= 2 + 1e-9)
    return 2 * p;
  if (f <= 5 + 1e-9)
    return 5 * p;
  return 10 * p;
}

void
vd_chart_nice_ticks (double        lo,
                     double        hi,
                     guint         max_ticks,
                     VdChartTicks *ticks)
{
  double step;
  double first, last;

  if (!isfinite (lo))
    lo = 0;
  if (!isfinite (hi))
    hi = 0;
  if (lo > hi)
    {
      double t = lo;

      lo = hi;
      hi = t;
    }
  /* three at least: a range across zero needs one below, zero and one above */
  max_ticks = CLAMP (max_ticks, 3, VD_CHART_MAX_TICKS);

  if (hi - lo < 1e-12 * MAX (fabs (lo), fabs (hi)) || hi == lo)
    {
      /* one value: show it inside a range that starts at zero where it can */
      if (lo == 0)
        hi = 1;
      else if (lo > 0)
        lo = 0;
      else
        hi = 0;
    }

  step = nice_step_at_least ((hi - lo) / (max_ticks - 1));
  for (;;)
    {
      first = floor (lo / step + 1e-9) * step;
      last = ceil (hi / step - 1e-9) * step;
      if ((last - first) / step + 1 <= max_ticks + 0.5)
        break;
      step = nice_step_at_least (step * 1.01);
    }
  /* −0 prints as "-0" */
  ticks->min = first == 0 ? 0 : first;
  ticks->max = last == 0 ? 0 : last;
  ticks->step = step;
  ticks->n = (guint) lround ((last - first) / step) + 1;
}

double
vd_chart_ticks_value (const VdChartTicks *ticks,
                      guint               i)
{
  double v = ticks->min + i * ticks->step;

  /* 0.1 + 2 × 0.1 is 0.30000000000000004; snap to the step's precision */
  v = round (v / ticks->step) * ticks->step;
  return v == 0 ? 0 : v;
}

static void
scale_for (double           magnitude,
           VdChartNumbers   numbers,
           double          *divisor,
           const char     **suffix)
{
  *divisor = 1;
  *suffix = "";
  if (numbers == VD_CHART_NUMBERS_MYRIAD)
    {
      if (magnitude >= 1e8)
        *divisor = 1e8, *suffix = "亿";
      else if (magnitude >= 1e5)
        *divisor = 1e4, *suffix = "万";
    }
  else
    {
      if (magnitude >= 1e6)
        *divisor = 1e6, *suffix = "M";
      else if (magnitude >= 1e4)
        *divisor = 1e3, *suffix = "k";
    }
}

static char *
format_scaled (double      v,
               double      divisor,
               double      step,
               const char *suffix)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  double scaled_step = step / divisor;
  int decimals = 0;

  if (v == 0)
    return g_strdup ("0");
  while (decimals < 6 && fabs (scaled_step * pow (10, decimals)
                               - round (scaled_step * pow (10, decimals))) > 1e-6)
    decimals++;
  g_ascii_formatd (buf, sizeof buf, decimals == 0 ? "%.0f" : decimals == 1 ? "%.1f"
                   : decimals == 2 ? "%.2f" : decimals == 3 ? "%.3f" : "%.6g", v / divisor);
  return g_strconcat (buf, suffix, NULL);
}

char *
vd_chart_format_tick (const VdChartTicks *ticks,
                      double              v,
                      VdChartNumbers      numbers)
{
  double divisor;
  const char *suffix;

  scale_for (MAX (fabs (ticks->min), fabs (ticks->max)), numbers, &divisor, &suffix);
  return format_scaled (v, divisor, ticks->step, suffix);
}

char *
vd_chart_format_short (double         v,
                       VdChartNumbers numbers)
{
  double divisor;
  const char *suffix;
  double step;

  if (!isfinite (v))
    return g_strdup ("—");
  scale_for (fabs (v), numbers, &divisor, &suffix);
  /* three significant digits at most: 47312 → 4.73万 / 47.3k */
  step = divisor == 1 ? (fabs (v - round (v)) < 1e-9 ? 1 : 0.1)
         : pow (10, floor (log10 (fabs (v))) - 2);
  return format_scaled (round (v / step) * step, divisor, step, suffix);
}
