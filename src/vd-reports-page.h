/* vd-reports-page.h — annual summaries, charts and certificates
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vd-page.h"

G_BEGIN_DECLS

#define VD_TYPE_REPORTS_PAGE (vd_reports_page_get_type ())

G_DECLARE_FINAL_TYPE (VdReportsPage, vd_reports_page, VD, REPORTS_PAGE, VdPage)

G_END_DECLS
