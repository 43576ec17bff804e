/* vd-volunteer-filter-bar.h — the drop-downs that narrow the register: station, team,
 * political status, status and star level
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vd-database.h"
#include "vd-volunteer-list.h"

G_BEGIN_DECLS

#define VD_TYPE_VOLUNTEER_FILTER_BAR (vd_volunteer_filter_bar_get_type ())

G_DECLARE_FINAL_TYPE (VdVolunteerFilterBar, vd_volunteer_filter_bar,
                      VD, VOLUNTEER_FILTER_BAR, AdwBin)

VdDatabase *vd_volunteer_filter_bar_get_database (VdVolunteerFilterBar *self);
void        vd_volunteer_filter_bar_set_database (VdVolunteerFilterBar *self,
                                                  VdDatabase           *database);
/* Reads the stations and teams again; a chosen one stays chosen if it still exists.
 * Does not emit "changed": the caller queries the list afterwards anyway. */
void        vd_volunteer_filter_bar_refresh      (VdVolunteerFilterBar *self);
/* Sets the filter's station, team, political status, status and star level. */
void        vd_volunteer_filter_bar_apply        (VdVolunteerFilterBar *self,
                                                  VdVolunteerFilter    *filter);
/* TRUE when any drop-down narrows the list. */
gboolean    vd_volunteer_filter_bar_is_active    (VdVolunteerFilterBar *self);
/* Back to "All …" everywhere, without emitting "changed". */
void        vd_volunteer_filter_bar_clear        (VdVolunteerFilterBar *self);

G_END_DECLS
