/* vd-volunteers-page.h — the register of volunteers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vd-database.h"

G_BEGIN_DECLS

#define VD_TYPE_VOLUNTEERS_PAGE (vd_volunteers_page_get_type ())

G_DECLARE_FINAL_TYPE (VdVolunteersPage, vd_volunteers_page, VD, VOLUNTEERS_PAGE, AdwBin)

VdDatabase *vd_volunteers_page_get_database (VdVolunteersPage *self);
void        vd_volunteers_page_set_database (VdVolunteersPage *self,
                                             VdDatabase       *database);

G_END_DECLS
