/* vd-wishes-page.h — residents' micro-wishes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vd-page.h"

G_BEGIN_DECLS

#define VD_TYPE_WISHES_PAGE (vd_wishes_page_get_type ())

G_DECLARE_FINAL_TYPE (VdWishesPage, vd_wishes_page, VD, WISHES_PAGE, VdPage)

G_END_DECLS
