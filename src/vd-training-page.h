/* vd-training-page.h — training sessions and attendance
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vd-page.h"

G_BEGIN_DECLS

#define VD_TYPE_TRAINING_PAGE (vd_training_page_get_type ())

G_DECLARE_FINAL_TYPE (VdTrainingPage, vd_training_page, VD, TRAINING_PAGE, VdPage)

G_END_DECLS
