/* vd-station-dialog.h — add or edit a service station, each field checked as you type
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vd-stations.h"

G_BEGIN_DECLS

#define VD_TYPE_STATION_DIALOG (vd_station_dialog_get_type ())

G_DECLARE_FINAL_TYPE (VdStationDialog, vd_station_dialog, VD, STATION_DIALOG, AdwWindow)

/* station NULL adds one; else edits a copy of it. Emits "saved" (gint64 id). */
GtkWidget *vd_station_dialog_new (GtkWindow  *parent,
                                  VdDatabase *database,
                                  VdStation  *station);

G_END_DECLS
