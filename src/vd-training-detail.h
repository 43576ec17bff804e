/* vd-training-detail.h — one training session: its registrations and attendance
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vd-training.h"

G_BEGIN_DECLS

#define VD_TYPE_TRAINING_DETAIL (vd_training_detail_get_type ())

G_DECLARE_FINAL_TYPE (VdTrainingDetail, vd_training_detail, VD, TRAINING_DETAIL, AdwBin)

/* Shows the session (0: nothing). Emits "changed" after it changes registrations. */
void        vd_training_detail_show        (VdTrainingDetail *self,
                                            VdDatabase       *database,
                                            gint64            training_id);
void        vd_training_detail_reload      (VdTrainingDetail *self);
gint64      vd_training_detail_get_id      (VdTrainingDetail *self);
/* The registrations shown (VdAttendance), for tests. */
GListModel *vd_training_detail_get_model   (VdTrainingDetail *self);

G_END_DECLS
