/* vd-preferences-window.h — the district settings and the backups
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vd-database.h"

G_BEGIN_DECLS

#define VD_TYPE_PREFERENCES_WINDOW (vd_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (VdPreferencesWindow, vd_preferences_window,
                      VD, PREFERENCES_WINDOW, AdwPreferencesWindow)

GtkWidget  *vd_preferences_window_new          (VdDatabase          *database);
VdDatabase *vd_preferences_window_get_database (VdPreferencesWindow *self);
gboolean    vd_preferences_window_save_pending (VdPreferencesWindow *self);

G_END_DECLS
