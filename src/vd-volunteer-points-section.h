/* vd-volunteer-points-section.h — the volunteer pane's points: balance, recent rows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vd-database.h"

G_BEGIN_DECLS

#define VD_TYPE_VOLUNTEER_POINTS_SECTION (vd_volunteer_points_section_get_type ())

G_DECLARE_FINAL_TYPE (VdVolunteerPointsSection, vd_volunteer_points_section, VD, VOLUNTEER_POINTS_SECTION, AdwBin)

/* Reads the balance and the latest ledger rows of volunteer_id from db. */
void vd_volunteer_points_section_show (VdVolunteerPointsSection *self,
                                       VdDatabase               *db,
                                       gint64                    volunteer_id);

G_END_DECLS
