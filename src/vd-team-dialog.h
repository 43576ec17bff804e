/* vd-team-dialog.h — the window that adds a team or changes one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vd-teams.h"

G_BEGIN_DECLS

#define VD_TYPE_TEAM_DIALOG (vd_team_dialog_get_type ())

G_DECLARE_FINAL_TYPE (VdTeamDialog, vd_team_dialog, VD, TEAM_DIALOG, AdwWindow)

/* team NULL: a new team. Emits "saved" (gint64 id) and closes once saved. */
GtkWidget *vd_team_dialog_new   (GtkWindow  *parent,
                                 VdDatabase *db,
                                 VdTeam     *team);
/* Checks now what was typed, shows every message and saves when all is right; what
 * the Save button and Ctrl+S do. */
void       vd_team_dialog_save  (VdTeamDialog *self);

G_END_DECLS
