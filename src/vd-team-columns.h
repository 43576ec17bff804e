/* vd-team-columns.h — the columns of the team list: cells, and sorting in pinyin order
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "vd-teams.h"

G_BEGIN_DECLS

/* Appends name, category, leader, members, founded, home station, parent team and
 * status to a view of VdTeam items, each sortable, and sorts by name. */
void vd_team_columns_add         (GtkColumnView *view);
/* Compact leaves out the founding date, station, parent team and status. */
void vd_team_columns_set_compact (GtkColumnView *view,
                                  gboolean       compact);

G_END_DECLS
