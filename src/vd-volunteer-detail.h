/* vd-volunteer-detail.h — the side pane that shows one volunteer of the register
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vd-database.h"
#include "vd-volunteer.h"

G_BEGIN_DECLS

#define VD_TYPE_VOLUNTEER_DETAIL (vd_volunteer_detail_get_type ())

G_DECLARE_FINAL_TYPE (VdVolunteerDetail, vd_volunteer_detail, VD, VOLUNTEER_DETAIL, AdwBin)

VdDatabase  *vd_volunteer_detail_get_database  (VdVolunteerDetail *self);
void         vd_volunteer_detail_set_database  (VdVolunteerDetail *self,
                                                VdDatabase        *database);
VdVolunteer *vd_volunteer_detail_get_volunteer (VdVolunteerDetail *self);
void         vd_volunteer_detail_set_volunteer (VdVolunteerDetail *self,
                                                VdVolunteer       *volunteer);

G_END_DECLS
