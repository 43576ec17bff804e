/* vd-dashboard-charts.h — the charts of the dashboard, one builder each
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * To add a chart to the dashboard: write a builder that returns the chart's data for
 * the year (figures from the core, never SQL here) and append a row to
 * vd_dashboard_charts[] in vd-dashboard-charts.c. The page makes a card for each row,
 * with Export… and Copy as Image, and calls the builder whenever the year or the
 * database changes.
 */

#pragma once

#include "vd-chart-data.h"
#include "vd-core.h"

G_BEGIN_DECLS

/* Returns the chart for dashboard->year (transfer full), or NULL with error set.
 * *subtitle may be set to a line shown under the card's title (transfer full). */
typedef VdChartData *(*VdDashboardChartBuilder) (VdDatabase            *db,
                                                 const VdDashboardData *dashboard,
                                                 char                 **subtitle,
                                                 GError               **error);

typedef struct
{
  const char             *id;     /* stable, for tests and file names */
  const char             *title;  /* N_(): translated when shown */
  VdDashboardChartBuilder build;
} VdDashboardChart;

extern const VdDashboardChart vd_dashboard_charts[];
extern const guint            vd_dashboard_n_charts;

/* "Jan" … "Dec", translated ("1月"). */
const char *vd_dashboard_month_label (guint month0);
/* A year as a series name, translated ("2026年"). */
char       *vd_dashboard_year_label  (int   year);

G_END_DECLS
