/* vd-training-dialog.h — the window that adds a training session or changes one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vd-training.h"

G_BEGIN_DECLS

#define VD_TYPE_TRAINING_DIALOG (vd_training_dialog_get_type ())

G_DECLARE_FINAL_TYPE (VdTrainingDialog, vd_training_dialog, VD, TRAINING_DIALOG, AdwWindow)

/* training NULL: a new session. Emits "saved" (gint64 id) and closes after a save. */
VdTrainingDialog *vd_training_dialog_new (GtkWindow  *parent,
                                          VdDatabase *database,
                                          VdTraining *training);

G_END_DECLS
