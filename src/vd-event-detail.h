/* vd-event-detail.h — one event: its participants, their hours and their approval
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vd-database.h"

G_BEGIN_DECLS

#define VD_TYPE_EVENT_DETAIL (vd_event_detail_get_type ())

G_DECLARE_FINAL_TYPE (VdEventDetail, vd_event_detail, VD, EVENT_DETAIL, AdwWindow)

/* A window over parent for the event; emits "changed" after each write so that the
 * lists behind it can follow. */
VdEventDetail *vd_event_detail_new          (GtkWindow     *parent,
                                             VdDatabase    *db,
                                             gint64         event_id);
gint64         vd_event_detail_get_event_id (VdEventDetail *self);
/* What the buttons do, for keyboard users' shortcuts and for tests. */
void           vd_event_detail_add_team     (VdEventDetail *self,
                                             gint64         team_id);
void           vd_event_detail_add_volunteers (VdEventDetail *self,
                                               const gint64  *ids,
                                               guint          n_ids);
void           vd_event_detail_approve_all  (VdEventDetail *self);
guint          vd_event_detail_get_n_participants (VdEventDetail *self);

G_END_DECLS
