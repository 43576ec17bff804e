/* vd-attendance-window.h — attendance mode: checking people in at the door
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vd-training.h"

G_BEGIN_DECLS

#define VD_TYPE_ATTENDANCE_WINDOW (vd_attendance_window_get_type ())

G_DECLARE_FINAL_TYPE (VdAttendanceWindow, vd_attendance_window, VD, ATTENDANCE_WINDOW, AdwWindow)

/* A window over parent that fills the screen. It shows names and masked phones
 * only; leaving asks for a confirmation, and for the PIN of the settings when one
 * is set. */
VdAttendanceWindow *vd_attendance_window_new            (GtkWindow          *parent,
                                                         VdDatabase         *database,
                                                         gint64              training_id);
/* The matches shown, for tests: their number, and the selected one. */
guint               vd_attendance_window_get_n_matches  (VdAttendanceWindow *self);
gint64              vd_attendance_window_get_selected_id (VdAttendanceWindow *self);
/* The counters as shown. */
guint               vd_attendance_window_get_present    (VdAttendanceWindow *self);

G_END_DECLS
