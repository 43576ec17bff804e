/* vd-exchange-dialog.h — a volunteer exchanges points for an item of the catalogue
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vd-database.h"

G_BEGIN_DECLS

#define VD_TYPE_EXCHANGE_DIALOG (vd_exchange_dialog_get_type ())

G_DECLARE_FINAL_TYPE (VdExchangeDialog, vd_exchange_dialog, VD, EXCHANGE_DIALOG, AdwWindow)

/* item_id preselects an item (0: the first). Emits "exchanged" (gint64 exchange id)
 * and then shows the pickup code until the user closes it. */
GtkWidget *vd_exchange_dialog_new           (GtkWindow        *parent,
                                             VdDatabase       *db,
                                             gint64            item_id);
/* As if chosen with the register's search. */
void       vd_exchange_dialog_set_volunteer (VdExchangeDialog *self,
                                             gint64            volunteer_id);

G_END_DECLS
