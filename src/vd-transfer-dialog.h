/* vd-transfer-dialog.h — moving a volunteer to another station or community (关系转接)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vd-database.h"
#include "vd-volunteer.h"

G_BEGIN_DECLS

#define VD_TYPE_TRANSFER_DIALOG (vd_transfer_dialog_get_type ())

G_DECLARE_FINAL_TYPE (VdTransferDialog, vd_transfer_dialog, VD, TRANSFER_DIALOG, AdwWindow)

/* Emits "transferred" once the register has moved the volunteer, then closes. */
GtkWidget *vd_transfer_dialog_new (GtkWindow   *parent,
                                   VdDatabase  *db,
                                   VdVolunteer *volunteer);

G_END_DECLS
