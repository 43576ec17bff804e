/* vd-teams-page.h — volunteer teams and their members
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vd-database.h"

G_BEGIN_DECLS

#define VD_TYPE_TEAMS_PAGE (vd_teams_page_get_type ())

G_DECLARE_FINAL_TYPE (VdTeamsPage, vd_teams_page, VD, TEAMS_PAGE, AdwBin)

VdDatabase *vd_teams_page_get_database (VdTeamsPage *self);
void        vd_teams_page_set_database (VdTeamsPage *self,
                                        VdDatabase  *database);

G_END_DECLS
