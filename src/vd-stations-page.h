/* vd-stations-page.h — service stations and their checklists
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vd-page.h"

G_BEGIN_DECLS

#define VD_TYPE_STATIONS_PAGE (vd_stations_page_get_type ())

G_DECLARE_FINAL_TYPE (VdStationsPage, vd_stations_page, VD, STATIONS_PAGE, VdPage)

G_END_DECLS
