/* vd-station-columns.h — the columns of the stations list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "vd-stations.h"

G_BEGIN_DECLS

typedef enum
{
  VD_STATION_COLUMN_NAME,
  VD_STATION_COLUMN_TYPE,
  VD_STATION_COLUMN_SUBDISTRICT,
  VD_STATION_COLUMN_COMMUNITY,
  VD_STATION_COLUMN_ESTABLISHED,
  VD_STATION_COLUMN_STATUS,
  VD_STATION_COLUMN_PROJECTS,
  VD_STATION_COLUMN_CHECKLIST,
  VD_STATION_COLUMN_EQUIPMENT,
  VD_STATION_N_COLUMNS
} VdStationColumn;

/* Appends the columns to a view of VdStation items, each with a sorter for its header. */
void vd_station_columns_add (GtkColumnView *view);

G_END_DECLS
