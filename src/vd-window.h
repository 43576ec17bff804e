/* vd-window.h — the main window: a sidebar of sections and their pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vd-database.h"

G_BEGIN_DECLS

#define VD_TYPE_WINDOW (vd_window_get_type ())

G_DECLARE_FINAL_TYPE (VdWindow, vd_window, VD, WINDOW, AdwApplicationWindow)

VdWindow   *vd_window_new                 (GtkApplication *application,
                                           VdDatabase     *database);
VdDatabase *vd_window_get_database        (VdWindow       *self);
void        vd_window_set_database        (VdWindow       *self,
                                           VdDatabase     *database);
void        vd_window_show_database_error (VdWindow       *self,
                                           const char     *path,
                                           const GError   *error);
void        vd_window_run_daily_backup    (VdWindow       *self);
const char *vd_window_get_section         (VdWindow       *self);
gboolean    vd_window_set_section         (VdWindow       *self,
                                           const char     *section);
void        vd_window_add_toast           (VdWindow       *self,
                                           AdwToast       *toast);

gboolean    vd_window_welcome_if_empty (VdWindow *self);

G_END_DECLS
