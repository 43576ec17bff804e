/* vd-exchange-item-dialog.h — adding or changing an item of the exchange catalogue
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vd-database.h"

G_BEGIN_DECLS

#define VD_TYPE_EXCHANGE_ITEM_DIALOG (vd_exchange_item_dialog_get_type ())

G_DECLARE_FINAL_TYPE (VdExchangeItemDialog, vd_exchange_item_dialog, VD, EXCHANGE_ITEM_DIALOG, AdwWindow)

/* item_id 0 adds a new item. Emits "saved" (gint64 id) and closes once saved. */
GtkWidget *vd_exchange_item_dialog_new (GtkWindow  *parent,
                                        VdDatabase *db,
                                        gint64      item_id);

G_END_DECLS
