/* vd-volunteer-hours-section.h — a volunteer's approved hours per month, in the
 * register's detail pane
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vd-database.h"
#include "vd-monthly-hours.h"

G_BEGIN_DECLS

#define VD_TYPE_VOLUNTEER_HOURS_SECTION (vd_volunteer_hours_section_get_type ())

G_DECLARE_FINAL_TYPE (VdVolunteerHoursSection, vd_volunteer_hours_section,
                      VD, VOLUNTEER_HOURS_SECTION, AdwBin)

/* Shows the hours of the latest year the volunteer served in; hides itself when the
 * volunteer has no approved hours. */
void            vd_volunteer_hours_section_show  (VdVolunteerHoursSection *self,
                                                  VdDatabase              *database,
                                                  gint64                   volunteer_id,
                                                  const char              *name);
VdMonthlyHours *vd_volunteer_hours_section_get_hours (VdVolunteerHoursSection *self);

G_END_DECLS
