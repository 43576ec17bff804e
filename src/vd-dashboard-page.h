/* vd-dashboard-page.h — the district's figures at a glance
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vd-page.h"

G_BEGIN_DECLS

#define VD_TYPE_DASHBOARD_PAGE (vd_dashboard_page_get_type ())

G_DECLARE_FINAL_TYPE (VdDashboardPage, vd_dashboard_page, VD, DASHBOARD_PAGE, VdPage)

/* The year shown; setting one outside the register's years adds it to the list. */
int        vd_dashboard_page_get_year  (VdDashboardPage *self);
void       vd_dashboard_page_set_year  (VdDashboardPage *self,
                                        int              year);
/* The chart cards, in order (VdChartCard). */
GPtrArray *vd_dashboard_page_get_cards (VdDashboardPage *self);

G_END_DECLS
