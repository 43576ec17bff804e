/* vd-places-view.h — the district's sub-districts and communities, and the coverage of
 * its communities by stations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vd-database.h"

G_BEGIN_DECLS

#define VD_TYPE_PLACES_VIEW (vd_places_view_get_type ())

G_DECLARE_FINAL_TYPE (VdPlacesView, vd_places_view, VD, PLACES_VIEW, AdwBin)

void vd_places_view_set_database (VdPlacesView *self,
                                  VdDatabase   *database);
/* Reads the places and the figures again. */
void vd_places_view_refresh      (VdPlacesView *self);

G_END_DECLS
