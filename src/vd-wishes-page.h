/* vd-wishes-page.h — residents' micro-wishes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vd-page.h"
#include "vd-wishes.h"

G_BEGIN_DECLS

#define VD_TYPE_WISHES_PAGE (vd_wishes_page_get_type ())

G_DECLARE_FINAL_TYPE (VdWishesPage, vd_wishes_page, VD, WISHES_PAGE, VdPage)

/* The board's card of a wish and the status column it is in, or NULL: for tests. */
GtkWidget *vd_wishes_page_find_card (VdWishesPage *self,
                                     gint64        wish_id,
                                     VdWishStatus *column);

G_END_DECLS
