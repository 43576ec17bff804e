/* vd-volunteer-picker.h — choosing volunteers with the register's search, e.g. to add
 * them to a team, an event or a training
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vd-database.h"

G_BEGIN_DECLS

#define VD_TYPE_VOLUNTEER_PICKER (vd_volunteer_picker_get_type ())

G_DECLARE_FINAL_TYPE (VdVolunteerPicker, vd_volunteer_picker, VD, VOLUNTEER_PICKER, AdwWindow)

/* A modal window over @parent. The user ticks one or several active volunteers found
 * by name, pinyin, phone, ID or volunteer number; @accept_label (e.g. "_Add") names the
 * button that emits "picked" with a GArray of gint64 ids, in the order they were
 * ticked, and closes the window. Cancelling emits nothing. */
VdVolunteerPicker *vd_volunteer_picker_new          (GtkWindow         *parent,
                                                     VdDatabase        *db,
                                                     const char        *title,
                                                     const char        *accept_label);
/* Volunteers already there (members of the team…): shown ticked and not selectable. */
void               vd_volunteer_picker_set_excluded (VdVolunteerPicker *self,
                                                     const gint64      *ids,
                                                     guint              n_ids);
/* The search text, as if typed (for tests and for callers that know a name). */
void               vd_volunteer_picker_set_search   (VdVolunteerPicker *self,
                                                     const char        *text);
/* Ticks or unticks the volunteer at @position of the current result. */
void               vd_volunteer_picker_toggle       (VdVolunteerPicker *self,
                                                     guint              position);
/* The ticked ids (gint64), in order; owned by the picker. */
GArray            *vd_volunteer_picker_get_picked   (VdVolunteerPicker *self);
/* Emits "picked" when something is ticked and closes, as the accept button does. */
void               vd_volunteer_picker_accept       (VdVolunteerPicker *self);

G_END_DECLS
