/* vd-teams-page.h — volunteer teams and their members
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vd-page.h"

G_BEGIN_DECLS

#define VD_TYPE_TEAMS_PAGE (vd_teams_page_get_type ())

G_DECLARE_FINAL_TYPE (VdTeamsPage, vd_teams_page, VD, TEAMS_PAGE, VdPage)

G_END_DECLS
