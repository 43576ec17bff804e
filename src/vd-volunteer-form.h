/* vd-volunteer-form.h — the fields of a volunteer, judged by the register as typed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vd-database.h"
#include "vd-volunteer.h"

G_BEGIN_DECLS

#define VD_TYPE_VOLUNTEER_FORM (vd_volunteer_form_get_type ())

G_DECLARE_FINAL_TYPE (VdVolunteerForm, vd_volunteer_form, VD, VOLUNTEER_FORM, AdwPreferencesPage)

/* Fills the fields from volunteer, or with a new volunteer's defaults when NULL.
 * Properties: "valid" (the register would take the form), "hint" (why not, when the
 * reason is in a field the user has not been to yet). Signals: "activate" (Enter in
 * a field), "open-volunteer" (gint64 id: the volunteer who has the ID number typed). */
void         vd_volunteer_form_load            (VdVolunteerForm *self,
                                                VdDatabase      *db,
                                                VdVolunteer     *volunteer);
/* The volunteer as typed (a new object; the edited one keeps its id and the fields
 * the form does not show). vd_register_check normalizes it. */
VdVolunteer *vd_volunteer_form_read            (VdVolunteerForm *self);
/* Judges the form now rather than after the typing pause; TRUE when valid. */
gboolean     vd_volunteer_form_check           (VdVolunteerForm *self);
/* Shows every field's message, as after pressing Save, and focuses the first. */
void         vd_volunteer_form_reveal_messages (VdVolunteerForm *self);
gboolean     vd_volunteer_form_get_valid       (VdVolunteerForm *self);
/* TRUE while a check waits for the user to pause typing. */
gboolean     vd_volunteer_form_is_checking     (VdVolunteerForm *self);
const char  *vd_volunteer_form_get_hint        (VdVolunteerForm *self);
/* Whether closing now would lose anything typed since the load. */
gboolean     vd_volunteer_form_has_changes     (VdVolunteerForm *self);

G_END_DECLS
