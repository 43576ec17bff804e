/* vd-station-forms.h — the small forms of a station's pane
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vd-stations.h"

G_BEGIN_DECLS

/* Called with the owner once a form has written its change. */
typedef void (*VdStationFormsDone) (GtkWidget *owner);

/* project NULL adds one. */
void vd_station_forms_edit_project   (GtkWidget              *owner,
                                      VdDatabase             *database,
                                      VdStation              *station,
                                      const VdStationProject *project,
                                      VdStationFormsDone      done);
void vd_station_forms_end_project    (GtkWidget              *owner,
                                      VdDatabase             *database,
                                      VdStation              *station,
                                      const VdStationProject *project,
                                      VdStationFormsDone      done);
void vd_station_forms_edit_checklist (GtkWidget              *owner,
                                      VdDatabase             *database,
                                      VdStation              *station,
                                      const VdChecklistEntry *entry,
                                      VdStationFormsDone      done);
void vd_station_forms_add_equipment  (GtkWidget              *owner,
                                      VdDatabase             *database,
                                      VdStation              *station,
                                      VdStationFormsDone      done);

G_END_DECLS
