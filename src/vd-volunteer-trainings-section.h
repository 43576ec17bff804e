/* vd-volunteer-trainings-section.h — the trainings of one volunteer, in the
 * register's detail pane
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vd-database.h"

G_BEGIN_DECLS

#define VD_TYPE_VOLUNTEER_TRAININGS_SECTION (vd_volunteer_trainings_section_get_type ())

G_DECLARE_FINAL_TYPE (VdVolunteerTrainingsSection, vd_volunteer_trainings_section,
                      VD, VOLUNTEER_TRAININGS_SECTION, AdwBin)

/* Shows the sessions the volunteer registered for, newest first, with the
 * attendance; hides itself when there are none. */
void vd_volunteer_trainings_section_show (VdVolunteerTrainingsSection *self,
                                          VdDatabase                  *database,
                                          gint64                       volunteer_id);
/* Rows shown, for tests. */
guint vd_volunteer_trainings_section_get_n_rows (VdVolunteerTrainingsSection *self);

G_END_DECLS
