/* vd-wishes-page.h — residents' micro-wishes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vd-database.h"

G_BEGIN_DECLS

#define VD_TYPE_WISHES_PAGE (vd_wishes_page_get_type ())

G_DECLARE_FINAL_TYPE (VdWishesPage, vd_wishes_page, VD, WISHES_PAGE, AdwBin)

VdDatabase *vd_wishes_page_get_database (VdWishesPage *self);
void        vd_wishes_page_set_database (VdWishesPage *self,
                                         VdDatabase   *database);

G_END_DECLS
