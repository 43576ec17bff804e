/* vd-volunteer-dialog.h — the form that adds a volunteer or changes one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vd-database.h"
#include "vd-volunteer.h"

G_BEGIN_DECLS

#define VD_TYPE_VOLUNTEER_DIALOG (vd_volunteer_dialog_get_type ())

G_DECLARE_FINAL_TYPE (VdVolunteerDialog, vd_volunteer_dialog, VD, VOLUNTEER_DIALOG, AdwWindow)

/* volunteer NULL adds a new one; otherwise the form edits a copy of it. Signals:
 * "saved" (gint64 id) after the register took the form, then the dialog closes (a
 * new volunteer's number, for a toast, is in vd_register_get (db, id));
 * "open-volunteer" (gint64 id) when the user asks for the volunteer who already has
 * the ID number typed, then the dialog closes. */
GtkWidget   *vd_volunteer_dialog_new          (GtkWindow         *parent,
                                               VdDatabase        *db,
                                               VdVolunteer       *volunteer);
VdDatabase  *vd_volunteer_dialog_get_database (VdVolunteerDialog *self);
/* The volunteer being edited, or NULL for a new one. */
VdVolunteer *vd_volunteer_dialog_get_volunteer (VdVolunteerDialog *self);

G_END_DECLS
