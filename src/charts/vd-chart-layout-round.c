/* vd-chart-layout-round.c — placing a donut's and a gauge's parts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "vd-chart-private.h"

void
vd_chart_layout_donut (VdChartBuilder *b)
{
  VdChartLayout *layout = b->layout;
  const VdChartData *data = b->data;
  guint n_c = vd_chart_data_get_n_categories (data);
  gboolean side = layout->width >= layout->height * 1.5;
  double legend_w = side ? layout->width * 0.45 : layout->width - 2 * PAD;
  double legend_h = side ? 0 : MIN (n_c, 6) * (b->line_h + 2);
  double area_w = side ? layout->width - legend_w - PAD : layout->width;
  double area_h = layout->height - legend_h;
  double y;
  guint c;
  g_autofree char *total = NULL;
  double w, h;
  PangoLayout *pl;

  layout->total = n_c > 0 && vd_chart_data_get_n_series (data) > 0 ? vd_chart_data_series_total (data, 0) : 0;
  layout->r_out = MAX (MIN (area_w, area_h) / 2 - PAD, 4);
  layout->r_in = layout->r_out * 0.58;
  layout->cx = area_w / 2;
  layout->cy = area_h / 2;
  layout->plot = (VdChartRect) { layout->cx - layout->r_out, layout->cy - layout->r_out,
                                 2 * layout->r_out, 2 * layout->r_out };

  total = vd_chart_format_short (layout->total, b->style->numbers);
  pl = vd_chart_builder_text (b, total, layout->r_in * 1.6, TRUE, &w, &h);
  vd_chart_builder_add_label (b, VD_CHART_LABEL_CENTER, pl, total, layout->cx - w / 2, layout->cy - h / 2, w, h, -1);

  y = side ? MAX (PAD, layout->cy - n_c * (b->line_h + 4) / 2) : area_h;
  for (c = 0; c < n_c && vd_chart_data_get_n_series (data) > 0; c++)
    {
      double v = vd_chart_data_get_value (data, 0, c);
      g_autofree char *value = vd_chart_format_short (v, b->style->numbers);
      g_autofree char *text = g_strdup_printf ("%s  %s (%.0f%%)", vd_chart_data_get_category (data, c), value,
                                               layout->total > 0 ? 100 * v / layout->total : 0);
      double x = side ? area_w + PAD : PAD;

      pl = vd_chart_builder_text (b, text, legend_w - SWATCH - 4 - PAD, FALSE, &w, &h);
      vd_chart_builder_add_label (b, VD_CHART_LABEL_LEGEND, pl, text, x + SWATCH + 4, y, w, h, c);
      y += b->line_h + (side ? 4 : 2);
    }
}

void
vd_chart_layout_gauge (VdChartBuilder *b)
{
  VdChartLayout *layout = b->layout;
  const VdChartData *data = b->data;
  double value = vd_chart_data_get_n_series (data) > 0 && vd_chart_data_get_n_categories (data) > 0
                 ? vd_chart_data_get_value (data, 0, 0) : NAN;
  double target = vd_chart_data_get_target (data);
  double max = vd_chart_data_get_maximum (data);
  g_autofree char *vtext = vd_chart_data_format_value (data, value);
  double w, h, vh;
  PangoLayout *pl;

  if (!isfinite (max) || max <= 0)
    {
      VdChartTicks t;

      vd_chart_nice_ticks (0, MAX (isfinite (value) ? value : 0, isfinite (target) ? target : 0), 5, &t);
      max = t.max;
    }
  layout->vmin = 0;
  layout->vmax = max;
  layout->r_out = MAX (MIN (layout->width / 2 - PAD, layout->height - 2 * PAD - b->line_h * 1.5), 4);
  layout->r_in = layout->r_out * 0.68;
  layout->cx = layout->width / 2;
  layout->cy = PAD + layout->r_out + (layout->height - 2 * PAD - b->line_h * 1.5 - layout->r_out) / 2;
  layout->plot = (VdChartRect) { layout->cx - layout->r_out, layout->cy - layout->r_out,
                                 2 * layout->r_out, layout->r_out };

  pl = vd_chart_builder_text (b, vtext, layout->r_in * 1.8, TRUE, &w, &vh);
  vd_chart_builder_add_label (b, VD_CHART_LABEL_CENTER, pl, vtext, layout->cx - w / 2, layout->cy - vh - 2, w, vh, -1);
  if (isfinite (target))
    {
      g_autofree char *t = vd_chart_data_format_value (data, target);
      /* Translators: under a gauge's value, e.g. "target 16%" */
      g_autofree char *text = g_strdup_printf (_("target %s"), t);

      pl = vd_chart_builder_text (b, text, layout->width - 2 * PAD, FALSE, &w, &h);
      vd_chart_builder_add_label (b, VD_CHART_LABEL_CENTER, pl, text, layout->cx - w / 2, layout->cy + 4, w, h, -1);
    }
}
