/* vd-points-exchanges.h — the list of exchanges: hand over by pickup code, cancel
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vd-database.h"

G_BEGIN_DECLS

#define VD_TYPE_POINTS_EXCHANGES (vd_points_exchanges_get_type ())

G_DECLARE_FINAL_TYPE (VdPointsExchanges, vd_points_exchanges, VD, POINTS_EXCHANGES, AdwBin)

void vd_points_exchanges_set_database (VdPointsExchanges *self,
                                       VdDatabase        *database);
void vd_points_exchanges_refresh      (VdPointsExchanges *self);

G_END_DECLS
