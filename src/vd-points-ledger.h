/* vd-points-ledger.h — one volunteer's points ledger, adjustments and its export
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vd-database.h"

G_BEGIN_DECLS

#define VD_TYPE_POINTS_LEDGER (vd_points_ledger_get_type ())

G_DECLARE_FINAL_TYPE (VdPointsLedger, vd_points_ledger, VD, POINTS_LEDGER, AdwBin)

void   vd_points_ledger_set_database  (VdPointsLedger *self,
                                       VdDatabase     *database);
/* 0 shows nobody. */
void   vd_points_ledger_set_volunteer (VdPointsLedger *self,
                                       gint64          volunteer_id);
gint64 vd_points_ledger_get_volunteer (VdPointsLedger *self);
void   vd_points_ledger_refresh       (VdPointsLedger *self);

G_END_DECLS
