/* vd-wish-card.h — one micro-wish on the board, with the actions its status allows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vd-wishes.h"

G_BEGIN_DECLS

#define VD_TYPE_WISH_CARD (vd_wish_card_get_type ())

G_DECLARE_FINAL_TYPE (VdWishCard, vd_wish_card, VD, WISH_CARD, AdwBin)

/* Copies what it shows of wish. Its buttons activate wishes.<action> with the wish's
 * id, only for the actions legal in its status. */
GtkWidget *vd_wish_card_new     (const VdWish *wish);
gint64     vd_wish_card_get_id  (VdWishCard   *self);

/* The translated label of an action button, e.g. "_Approve". */
const char *vd_wish_action_get_label  (VdWishAction action);
/* The GAction name, e.g. "wishes.approve". */
const char *vd_wish_action_get_name   (VdWishAction action);
/* Dates and who claimed, one line each, for cards and lists. */
char       *vd_wish_format_dates      (const VdWish *wish);
char       *vd_wish_format_claimant   (const VdWish *wish);

/* The columns of the wish list (rows of VdRecordItem holding a VdWish): the phone
 * masked. */
void        vd_wish_list_add_columns  (GtkColumnView *view);

G_END_DECLS
