/* vd-dashboard-page.h — the district's figures at a glance
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vd-page.h"

G_BEGIN_DECLS

#define VD_TYPE_DASHBOARD_PAGE (vd_dashboard_page_get_type ())

G_DECLARE_FINAL_TYPE (VdDashboardPage, vd_dashboard_page, VD, DASHBOARD_PAGE, VdPage)

G_END_DECLS
