/* vd-points-page.h — the points ledger and exchange catalogue
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vd-page.h"

G_BEGIN_DECLS

#define VD_TYPE_POINTS_PAGE (vd_points_page_get_type ())

G_DECLARE_FINAL_TYPE (VdPointsPage, vd_points_page, VD, POINTS_PAGE, VdPage)

/* The catalogue as shown (VdRecordItem of VdExchangeItem), for tests. */
GListModel *vd_points_page_get_catalogue (VdPointsPage *self);

G_END_DECLS
