/* vd-chart.h — a chart widget: the shared drawing on screen, with hover, keyboard
 * focus and a description for screen readers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "vd-chart-draw.h"

G_BEGIN_DECLS

#define VD_TYPE_CHART (vd_chart_get_type ())

G_DECLARE_FINAL_TYPE (VdChart, vd_chart, VD, CHART, GtkWidget)

GtkWidget   *vd_chart_new           (void);
VdChartData *vd_chart_get_data      (VdChart     *self);
/* Takes a reference; NULL shows nothing. */
void         vd_chart_set_data      (VdChart     *self,
                                     VdChartData *data);
/* The colours and font the chart draws with now (light or dark). */
const VdChartStyle *vd_chart_get_style (VdChart *self);
/* The highlighted item, as the arrow keys or the pointer left it; FALSE if none. */
gboolean     vd_chart_get_highlight (VdChart     *self,
                                     guint       *series,
                                     guint       *category);
/* The text the tooltip shows for an item ("3月 · 2026年", a new line, "1,234 人"). */
char        *vd_chart_describe_item (VdChart     *self,
                                     guint        series,
                                     guint        category);

G_END_DECLS
