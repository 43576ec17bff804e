/* vd-walk-in-dialog.h — the short form for a walk-in who is not in the register
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vd-training.h"

G_BEGIN_DECLS

#define VD_TYPE_WALK_IN_DIALOG (vd_walk_in_dialog_get_type ())

G_DECLARE_FINAL_TYPE (VdWalkInDialog, vd_walk_in_dialog, VD, WALK_IN_DIALOG, AdwWindow)

/* Emits "checked-in" (a VdCheckIn *, owned by the dialog for the time of the signal)
 * after the person is registered and checked in, then closes. */
VdWalkInDialog *vd_walk_in_dialog_new (GtkWindow  *parent,
                                       VdDatabase *database,
                                       gint64      training_id);
/* The fields as if typed (for tests). */
void            vd_walk_in_dialog_set_fields (VdWalkInDialog *self,
                                              const char     *name,
                                              const char     *phone,
                                              const char     *id_number);
/* As the accept button; FALSE when something is wrong (shown in the form). */
gboolean        vd_walk_in_dialog_accept     (VdWalkInDialog *self);

G_END_DECLS
