/* vd-core.h — libvolunteer-desk-core: GLib/GIO and SQLite only, no GTK
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vd-annual.h"
#include "vd-audit.h"
#include "vd-backup.h"
#include "vd-certificates.h"
#include "vd-dashboard-data.h"
#include "vd-commendations.h"
#include "vd-database.h"
#include "vd-date.h"
#include "vd-events.h"
#include "vd-export.h"
#include "vd-identity.h"
#include "vd-import.h"
#include "vd-list-export.h"
#include "vd-list-import.h"
#include "vd-lookup.h"
#include "vd-points.h"
#include "vd-places.h"
#include "vd-register.h"
#include "vd-sample.h"
#include "vd-search.h"
#include "vd-service.h"
#include "vd-settings.h"
#include "vd-stations.h"
#include "vd-stats.h"
#include "vd-table-reader.h"
#include "vd-table-writer.h"
#include "vd-teams.h"
#include "vd-training.h"
#include "vd-volunteer.h"
#include "vd-volunteer-columns.h"
#include "vd-volunteer-list.h"
#include "vd-wishes.h"

G_BEGIN_DECLS

/* Binds the core's gettext domain; the app and the CLI call it once at start. */
void vd_core_init_i18n (const char *localedir);

G_END_DECLS
