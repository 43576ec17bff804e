/* vd-volunteers-page.h — the register of volunteers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vd-page.h"

G_BEGIN_DECLS

#define VD_TYPE_VOLUNTEERS_PAGE (vd_volunteers_page_get_type ())

G_DECLARE_FINAL_TYPE (VdVolunteersPage, vd_volunteers_page, VD, VOLUNTEERS_PAGE, VdPage)

G_END_DECLS
