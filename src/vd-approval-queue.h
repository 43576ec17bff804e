/* vd-approval-queue.h — pending service hours across events, to approve or reject
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vd-database.h"

G_BEGIN_DECLS

#define VD_TYPE_APPROVAL_QUEUE (vd_approval_queue_get_type ())

G_DECLARE_FINAL_TYPE (VdApprovalQueue, vd_approval_queue, VD, APPROVAL_QUEUE, AdwBin)

VdDatabase *vd_approval_queue_get_database (VdApprovalQueue *self);
void        vd_approval_queue_set_database (VdApprovalQueue *self,
                                            VdDatabase      *database);
/* Reads the queue again (after a change elsewhere). */
void        vd_approval_queue_reload       (VdApprovalQueue *self);
/* Pending records of every event, also those beyond the oldest shown. */
guint       vd_approval_queue_get_n_pending (VdApprovalQueue *self);
/* Selects every record of the queue (Ctrl+A does the same). */
void        vd_approval_queue_select_all   (VdApprovalQueue *self);
/* Approves the selected records; FALSE with a toast-worthy error shown. */
gboolean    vd_approval_queue_approve_selected (VdApprovalQueue *self);

G_END_DECLS
