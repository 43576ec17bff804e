/* vd-volunteer-service-section.h — a volunteer's service records in the detail pane
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vd-database.h"
#include "vd-volunteer.h"

G_BEGIN_DECLS

#define VD_TYPE_VOLUNTEER_SERVICE_SECTION (vd_volunteer_service_section_get_type ())

G_DECLARE_FINAL_TYPE (VdVolunteerServiceSection, vd_volunteer_service_section, VD, VOLUNTEER_SERVICE_SECTION, AdwBin)

void vd_volunteer_service_section_set_database  (VdVolunteerServiceSection *self,
                                                 VdDatabase                *database);
void vd_volunteer_service_section_set_volunteer (VdVolunteerServiceSection *self,
                                                 VdVolunteer               *volunteer);
/* Reads the records again. */
void vd_volunteer_service_section_reload        (VdVolunteerServiceSection *self);
/* Rows of records shown (for tests). */
guint vd_volunteer_service_section_get_n_records (VdVolunteerServiceSection *self);

G_END_DECLS
