/* vd-team-categories-dialog.h — the editable list of team categories
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vd-database.h"

G_BEGIN_DECLS

#define VD_TYPE_TEAM_CATEGORIES_DIALOG (vd_team_categories_dialog_get_type ())

G_DECLARE_FINAL_TYPE (VdTeamCategoriesDialog, vd_team_categories_dialog, VD, TEAM_CATEGORIES_DIALOG, AdwWindow)

/* Emits "changed" after each change to the list. */
GtkWidget *vd_team_categories_dialog_new (GtkWindow  *parent,
                                          VdDatabase *db);

G_END_DECLS
