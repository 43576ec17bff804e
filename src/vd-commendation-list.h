/* vd-commendation-list.h — the commendations (褒奖) of one volunteer, team, station or
 * community, with Add and Remove (undoable); for any detail pane to embed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vd-commendations.h"
#include "vd-database.h"

G_BEGIN_DECLS

#define VD_TYPE_COMMENDATION_LIST (vd_commendation_list_get_type ())

G_DECLARE_FINAL_TYPE (VdCommendationList, vd_commendation_list, VD, COMMENDATION_LIST,
                      AdwPreferencesGroup)

GtkWidget *vd_commendation_list_new       (void);
/* Shows the commendations of owner_id (0 shows nothing). */
void       vd_commendation_list_set_owner (VdCommendationList *self,
                                           VdDatabase         *database,
                                           VdOwnerKind         kind,
                                           gint64              owner_id);
void       vd_commendation_list_reload    (VdCommendationList *self);
guint      vd_commendation_list_get_count (VdCommendationList *self);

G_END_DECLS
