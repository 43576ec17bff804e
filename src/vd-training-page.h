/* vd-training-page.h — training sessions and attendance
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vd-page.h"

G_BEGIN_DECLS

#define VD_TYPE_TRAINING_PAGE (vd_training_page_get_type ())

G_DECLARE_FINAL_TYPE (VdTrainingPage, vd_training_page, VD, TRAINING_PAGE, VdPage)

/* Selects the session in the list and shows it (for tests and after a save). */
gboolean vd_training_page_select (VdTrainingPage *self,
                                  gint64          training_id);
/* The window of attendance mode while it is open, for tests. */
GtkWindow *vd_training_page_get_attendance_window (VdTrainingPage *self);

G_END_DECLS
