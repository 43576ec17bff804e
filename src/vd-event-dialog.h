/* vd-event-dialog.h — add or edit an event, checked as you type
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vd-database.h"
#include "vd-events.h"

G_BEGIN_DECLS

#define VD_TYPE_EVENT_DIALOG (vd_event_dialog_get_type ())

G_DECLARE_FINAL_TYPE (VdEventDialog, vd_event_dialog, VD, EVENT_DIALOG, AdwWindow)

/* A modal window over parent; event NULL adds a new one. Emits "saved" (VdEvent) and
 * closes once the event is written. */
VdEventDialog *vd_event_dialog_new  (GtkWindow     *parent,
                                     VdDatabase    *db,
                                     VdEvent       *event);
/* What the Save button does; FALSE leaves the window open with the messages shown. */
gboolean       vd_event_dialog_save (VdEventDialog *self);

G_END_DECLS
