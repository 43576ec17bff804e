/* vd-stations-page.h — service stations and their checklists
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vd-database.h"

G_BEGIN_DECLS

#define VD_TYPE_STATIONS_PAGE (vd_stations_page_get_type ())

G_DECLARE_FINAL_TYPE (VdStationsPage, vd_stations_page, VD, STATIONS_PAGE, AdwBin)

VdDatabase *vd_stations_page_get_database (VdStationsPage *self);
void        vd_stations_page_set_database (VdStationsPage *self,
                                           VdDatabase     *database);

G_END_DECLS
