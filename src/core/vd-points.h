/* vd-points.h — the points ledger (积分, time bank) and the exchange catalogue
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Amounts are in hundredths of a point (`_centi`). Ledger rows are never edited: a
 * correction is a new row. A balance never goes below zero (the schema refuses it
 * too). The `earn` and `reverse` rows come from approving and revoking service hours
 * (the events module); this one writes `spend`, `refund` and `adjust` rows.
 */

#pragma once

#include "vd-database.h"

G_BEGIN_DECLS

#define VD_POINTS_ERROR (vd_points_error_quark ())

/* One code per field or rule, so that a form shows the message next to the field. */
typedef enum
{
  VD_POINTS_ERROR_NAME,         /* item name empty, too long or taken */
  VD_POINTS_ERROR_DESCRIPTION,  /* too long */
  VD_POINTS_ERROR_PRICE,        /* not a positive amount */
  VD_POINTS_ERROR_STOCK,        /* stock out of range, or not enough in stock */
  VD_POINTS_ERROR_QUANTITY,     /* quantity out of range */
  VD_POINTS_ERROR_BALANCE,      /* not enough points */
  VD_POINTS_ERROR_AMOUNT,       /* adjustment amount zero or malformed */
  VD_POINTS_ERROR_REASON,       /* a reason is required */
  VD_POINTS_ERROR_VOLUNTEER,    /* no such volunteer, or not active */
  VD_POINTS_ERROR_ITEM,         /* no such item, or archived */
  VD_POINTS_ERROR_CODE,         /* no exchange with that pickup code */
  VD_POINTS_ERROR_STATE,        /* the exchange was already picked up or cancelled */
} VdPointsError;

GQuark vd_points_error_quark (void);

/* Largest quantity of one exchange and largest stock of an item. */
#define VD_POINTS_MAX_QUANTITY 999
#define VD_POINTS_MAX_STOCK    999999
/* 1,000,000.00 points: more than any price or adjustment an office needs. */
#define VD_POINTS_MAX_CENTI    100000000

/* "12", "12.5", "-3.25": at most two decimals, no trailing zeros. */
char     *vd_points_format     (gint64       centi);
/* Reads "12", "12.5", "12.50", "１２", "-3" (with allow_negative); sets a translated
 * VD_POINTS_ERROR_AMOUNT message otherwise. */
gboolean  vd_points_parse      (const char  *text,
                                gboolean     allow_negative,
                                gint64      *centi,
                                GError     **error);

/* ---- the ledger ------------------------------------------------------------- */

typedef enum
{
  VD_LEDGER_EARN,
  VD_LEDGER_REVERSE,
  VD_LEDGER_SPEND,
  VD_LEDGER_REFUND,
  VD_LEDGER_ADJUST,
  VD_N_LEDGER_KINDS
} VdLedgerKind;

const char *vd_ledger_kind_to_code   (VdLedgerKind  kind);
gboolean    vd_ledger_kind_from_code (const char   *code,
                                      VdLedgerKind *out);
const char *vd_ledger_kind_get_label (VdLedgerKind  kind);

typedef struct
{
  gint64        id;
  VdLedgerKind  kind;
  gint64        amount_centi;
  gint64        balance_centi;      /* the balance after this row */
  char         *reason;
  char         *created_at;         /* YYYY-MM-DD HH:MM:SS, local time */
  char         *created_by;
  gint64        service_record_id;  /* 0 when none */
  gint64        exchange_id;        /* 0 when none */
  char         *link;               /* event or training and date, or item and pickup
                                     * code; "" when none */
} VdLedgerRow;

void        vd_ledger_row_free (VdLedgerRow *row);

/* The volunteer's balance; FALSE with error when the database fails. */
gboolean    vd_points_get_balance (VdDatabase  *db,
                                   gint64       volunteer_id,
                                   gint64      *centi,
                                   GError     **error);
/* Newest first; limit 0 means every row. Elements are VdLedgerRow. */
GPtrArray  *vd_points_list_ledger (VdDatabase  *db,
                                   gint64       volunteer_id,
                                   guint        limit,
                                   GError     **error);
/* The whole ledger, oldest first, as CSV (UTF-8 with BOM) or .xlsx by the file's
 * extension, with the volunteer's name and number (never their ID or phone) in a
 * title row. Audited as an export. */
gboolean    vd_points_export_ledger (VdDatabase  *db,
                                     gint64       volunteer_id,
                                     const char  *path,
                                     GError     **error);
/* A manual correction (positive or negative, never zero) with its reason. Refused
 * with VD_POINTS_ERROR_BALANCE when it would take the balance below zero. Returns
 * the new row's id, or 0. */
gint64      vd_points_adjust      (VdDatabase  *db,
                                   gint64       volunteer_id,
                                   gint64       amount_centi,
                                   const char  *reason,
                                   GError     **error);

/* ---- the catalogue ---------------------------------------------------------- */

typedef struct
{
  gint64    id;           /* 0 until saved */
  char     *name;
  char     *description;
  gint64    price_centi;
  gint64    stock;
  gboolean  archived;
} VdExchangeItem;

VdExchangeItem *vd_exchange_item_new  (void);
void            vd_exchange_item_free (VdExchangeItem *item);

/* By name; archived items too when include_archived. */
GPtrArray      *vd_points_list_items   (VdDatabase      *db,
                                        gboolean         include_archived,
                                        GError         **error);
VdExchangeItem *vd_points_get_item     (VdDatabase      *db,
                                        gint64           id,
                                        GError         **error);
/* Inserts (id 0, sets it) or updates name, description, price and stock. Trims the
 * texts. */
gboolean        vd_points_save_item    (VdDatabase      *db,
                                        VdExchangeItem  *item,
                                        GError         **error);
/* Adds quantity (> 0) to the stock. */
gboolean        vd_points_restock      (VdDatabase      *db,
                                        gint64           item_id,
                                        gint64           quantity,
                                        GError         **error);
/* Archived items stay for the history of exchanges and are not offered. */
gboolean        vd_points_set_archived (VdDatabase      *db,
                                        gint64           item_id,
                                        gboolean         archived,
                                        GError         **error);

/* ---- exchanges -------------------------------------------------------------- */

typedef enum
{
  VD_EXCHANGE_AWAITING,   /* waiting to be picked up */
  VD_EXCHANGE_PICKED_UP,
  VD_EXCHANGE_CANCELLED,
  VD_N_EXCHANGE_STATUS
} VdExchangeStatus;

const char *vd_exchange_status_get_label (VdExchangeStatus status);

/* Pickup codes: VD_PICKUP_CODE_LENGTH characters of VD_PICKUP_CODE_ALPHABET, which
 * leaves out 0, O, 1 and I so that a code read out over the counter is unambiguous. */
#define VD_PICKUP_CODE_LENGTH   6
#define VD_PICKUP_CODE_ALPHABET "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"

/* Upper case, without spaces or dashes; NULL when it cannot be a code (4 to 16 letters
 * and digits: codes of other origins are accepted as they are). */
char       *vd_pickup_code_normalize (const char *text);

typedef struct
{
  gint64            id;
  gint64            volunteer_id;
  char             *volunteer_name;
  char             *volunteer_no;
  gint64            item_id;
  char             *item_name;
  gint64            quantity;
  gint64            points_centi;   /* the total spent */
  char             *pickup_code;
  VdExchangeStatus  status;
  char             *created_at;
  char             *picked_up_at;   /* NULL unless picked up */
} VdExchange;

void        vd_exchange_free (VdExchange *exchange);

/* In one transaction: checks that the volunteer is active, the item offered, the
 * quantity in range, the stock and the balance enough (each refused with its own
 * translated message and nothing written); then lowers the stock, writes the exchange
 * with a new unique pickup code and the `spend` row. */
VdExchange *vd_points_exchange          (VdDatabase       *db,
                                         gint64            volunteer_id,
                                         gint64            item_id,
                                         gint64            quantity,
                                         GError          **error);
/* Newest first; status -1 for all; volunteer_id 0 for everyone. */
GPtrArray  *vd_points_list_exchanges    (VdDatabase       *db,
                                         int               status,
                                         gint64            volunteer_id,
                                         GError          **error);
VdExchange *vd_points_find_exchange     (VdDatabase       *db,
                                         const char       *pickup_code,
                                         GError          **error);
/* Hands the item over: by code as typed at the counter. Returns the exchange. */
VdExchange *vd_points_pick_up           (VdDatabase       *db,
                                         const char       *pickup_code,
                                         GError          **error);
/* An exchange not yet picked up: the points come back as a `refund` row and the
 * stock goes back up. */
gboolean    vd_points_cancel_exchange   (VdDatabase       *db,
                                         gint64            exchange_id,
                                         GError          **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VdLedgerRow, vd_ledger_row_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VdExchangeItem, vd_exchange_item_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VdExchange, vd_exchange_free)

G_END_DECLS
