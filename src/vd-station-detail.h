/* vd-station-detail.h — the side pane that shows one service station
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vd-stations.h"

G_BEGIN_DECLS

#define VD_TYPE_STATION_DETAIL (vd_station_detail_get_type ())

G_DECLARE_FINAL_TYPE (VdStationDetail, vd_station_detail, VD, STATION_DETAIL, AdwBin)

void       vd_station_detail_set_database (VdStationDetail *self,
                                           VdDatabase      *database);
/* Shows station (NULL: nothing); reads its projects, checklist … again. */
void       vd_station_detail_set_station  (VdStationDetail *self,
                                           VdStation       *station);
VdStation *vd_station_detail_get_station  (VdStationDetail *self);

G_END_DECLS
