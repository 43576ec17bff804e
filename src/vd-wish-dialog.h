/* vd-wish-dialog.h — adding or changing a micro-wish
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vd-database.h"

G_BEGIN_DECLS

#define VD_TYPE_WISH_DIALOG (vd_wish_dialog_get_type ())

G_DECLARE_FINAL_TYPE (VdWishDialog, vd_wish_dialog, VD, WISH_DIALOG, AdwWindow)

/* wish_id 0 adds a new wish. Emits "saved" (gint64 id) and closes once saved. */
GtkWidget *vd_wish_dialog_new (GtkWindow  *parent,
                               VdDatabase *db,
                               gint64      wish_id);

G_END_DECLS
