/* vd-team-detail.h — the side pane of a team: its data and its members
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vd-teams.h"

G_BEGIN_DECLS

#define VD_TYPE_TEAM_DETAIL (vd_team_detail_get_type ())

G_DECLARE_FINAL_TYPE (VdTeamDetail, vd_team_detail, VD, TEAM_DETAIL, AdwBin)

void          vd_team_detail_set_database (VdTeamDetail *self,
                                           VdDatabase   *database);
/* Shows team (copied) and reads its members; NULL shows nothing. */
void          vd_team_detail_set_team     (VdTeamDetail *self,
                                           VdTeam       *team);
/* Adds these volunteers as members, as when they are picked; FALSE on error (shown
 * in a toast). */
gboolean      vd_team_detail_add_members  (VdTeamDetail *self,
                                           const gint64 *ids,
                                           guint         n_ids);
/* The members shown (VdTeamMember), leader first. */
GListModel   *vd_team_detail_get_members  (VdTeamDetail *self);

G_END_DECLS
