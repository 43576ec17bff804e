/* vd-volunteer-commendations-section.h — a volunteer's commendations in the register's
 * detail pane
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vd-database.h"

G_BEGIN_DECLS

#define VD_TYPE_VOLUNTEER_COMMENDATIONS_SECTION (vd_volunteer_commendations_section_get_type ())

G_DECLARE_FINAL_TYPE (VdVolunteerCommendationsSection, vd_volunteer_commendations_section,
                      VD, VOLUNTEER_COMMENDATIONS_SECTION, AdwBin)

void vd_volunteer_commendations_section_show (VdVolunteerCommendationsSection *self,
                                              VdDatabase                      *database,
                                              gint64                           volunteer_id);

G_END_DECLS
