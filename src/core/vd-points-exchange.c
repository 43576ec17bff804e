/* vd-points-exchange.c — the exchange catalogue, exchanges and pickup codes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "vd-audit.h"
#include "vd-points.h"
#include "vd-points-private.h"

static const char * const status_codes[VD_N_EXCHANGE_STATUS] = {
  "awaiting", "picked_up", "cancelled",
};

static const char * const status_labels[VD_N_EXCHANGE_STATUS] = {
  N_("Awaiting pickup"), N_("Picked up"), N_("Cancelled"),
};

const char *
vd_exchange_status_get_label (VdExchangeStatus status)
{
  g_return_val_if_fail (status < VD_N_EXCHANGE_STATUS, NULL);
  return g_dgettext (GETTEXT_PACKAGE, status_labels[status]);
}

static VdExchangeStatus
status_from_code (const char *code)
{
  for (guint i = 0; code != NULL && i < VD_N_EXCHANGE_STATUS; i++)
    if (strcmp (code, status_codes[i]) == 0)
      return i;
  return VD_EXCHANGE_CANCELLED;
}

VdExchangeItem *
vd_exchange_item_new (void)
{
  VdExchangeItem *item = g_new0 (VdExchangeItem, 1);

  item->name = g_strdup ("");
  item->description = g_strdup ("");
  return item;
}

void
vd_exchange_item_free (VdExchangeItem *item)
{
  if (item == NULL)
    return;
  g_free (item->name);
  g_free (item->description);
  g_free (item);
}

void
vd_exchange_free (VdExchange *exchange)
{
  if (exchange == NULL)
    return;
  g_free (exchange->volunteer_name);
  g_free (exchange->volunteer_no);
  g_free (exchange->item_name);
  g_free (exchange->pickup_code);
  g_free (exchange->created_at);
  g_free (exchange->picked_up_at);
  g_free (exchange);
}

/* ---- the catalogue ---------------------------------------------------------- */

#define ITEM_COLUMNS "id, name, description, price_centi, stock, archived"

static VdExchangeItem *
item_from_row (sqlite3_stmt *stmt)
{
  VdExchangeItem *item = g_new0 (VdExchangeItem, 1);

  item->id = sqlite3_column_int64 (stmt, 0);
  item->name = vd_points_column_text (stmt, 1);
  item->description = vd_points_column_text (stmt, 2);
  item->price_centi = sqlite3_column_int64 (stmt, 3);
  item->stock = sqlite3_column_int64 (stmt, 4);
  item->archived = sqlite3_column_int (stmt, 5) != 0;
  return item;
}

GPtrArray *
vd_points_list_items (VdDatabase  *db,
                      gboolean     include_archived,
                      GError     **error)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func ((GDestroyNotify)vd_exchange_item_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);

  stmt = vd_database_prepare (db, "SELECT " ITEM_COLUMNS " FROM exchange_items "
                                  "WHERE ?1 OR archived = 0 ORDER BY archived, name, id",
                              error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, include_archived ? 1 : 0);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (items, item_from_row (stmt));
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
      return NULL;
    }
  return g_steal_pointer (&items);
}

VdExchangeItem *
vd_points_get_item (VdDatabase  *db,
                    gint64       id,
                    GError     **error)
{
  VdExchangeItem *item = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);

  stmt = vd_database_prepare (db, "SELECT " ITEM_COLUMNS " FROM exchange_items WHERE id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    item = item_from_row (stmt);
  sqlite3_finalize (stmt);
  if (rc == SQLITE_DONE)
    g_set_error (error, VD_POINTS_ERROR, VD_POINTS_ERROR_ITEM,
                 _("The item is no longer in the catalogue."));
  else if (rc != SQLITE_ROW)
    vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
  return item;
}

static gboolean
check_item (VdDatabase      *db,
            VdExchangeItem  *item,
            GError         **error)
{
  sqlite3_stmt *stmt;
  gboolean taken;
  char *trimmed;

  trimmed = g_strstrip (g_strdup (item->name != NULL ? item->name : ""));
  g_free (item->name);
  item->name = trimmed;
  trimmed = g_strstrip (g_strdup (item->description != NULL ? item->description : ""));
  g_free (item->description);
  item->description = trimmed;

  if (*item->name == '\0')
    {
      g_set_error (error, VD_POINTS_ERROR, VD_POINTS_ERROR_NAME, _("Enter the item’s name."));
      return FALSE;
    }
  if (g_utf8_strlen (item->name, -1) > 100)
    {
      g_set_error (error, VD_POINTS_ERROR, VD_POINTS_ERROR_NAME,
                   _("The name is longer than 100 characters."));
      return FALSE;
    }
  if (g_utf8_strlen (item->description, -1) > 500)
    {
      g_set_error (error, VD_POINTS_ERROR, VD_POINTS_ERROR_DESCRIPTION,
                   _("The description is longer than 500 characters."));
      return FALSE;
    }
  if (item->price_centi <= 0 || item->price_centi > VD_POINTS_MAX_CENTI)
    {
      g_set_error (error, VD_POINTS_ERROR, VD_POINTS_ERROR_PRICE,
                   item->price_centi <= 0 ? _("The price must be more than 0 points.")
                                          : _("At most 1,000,000 points at a time."));
      return FALSE;
    }
  if (item->stock < 0 || item->stock > VD_POINTS_MAX_STOCK)
    {
      g_set_error (error, VD_POINTS_ERROR, VD_POINTS_ERROR_STOCK,
                   _("The stock must be between 0 and 999,999."));
      return FALSE;
    }

  stmt = vd_database_prepare (db, "SELECT 1 FROM exchange_items WHERE name = ?1 AND id IS NOT ?2",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, item->name, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, item->id);
  taken = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_finalize (stmt);
  if (taken)
    {
      g_set_error (error, VD_POINTS_ERROR, VD_POINTS_ERROR_NAME,
                   _("An item called “%s” is already in the catalogue."), item->name);
      return FALSE;
    }
  return TRUE;
}

gboolean
vd_points_save_item (VdDatabase      *db,
                     VdExchangeItem  *item,
                     GError         **error)
{
  g_autoptr(VdAuditRow) audit = NULL;
  sqlite3_stmt *stmt;
  gint64 id;

  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (item != NULL, FALSE);

  if (!vd_database_begin (db, error))
    return FALSE;
  if (!check_item (db, item, error))
    goto fail;
  audit = vd_audit_row_begin (db, "exchange_items", item->id, error);
  if (audit == NULL)
    goto fail;
  if (item->id == 0)
    stmt = vd_database_prepare (db, "INSERT INTO exchange_items (name, description, price_centi, stock) "
                                    "VALUES (?2, ?3, ?4, ?5)", error);
  else
    stmt = vd_database_prepare (db, "UPDATE exchange_items SET name = ?2, description = ?3, "
                                    "price_centi = ?4, stock = ?5 WHERE id = ?1", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, item->id);
  sqlite3_bind_text (stmt, 2, item->name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, item->description, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 4, item->price_centi);
  sqlite3_bind_int64 (stmt, 5, item->stock);
  if (!vd_points_step_done (db, stmt, error))
    goto fail;
  if (item->id != 0 && sqlite3_changes (vd_database_get_handle (db)) == 0)
    {
      g_set_error (error, VD_POINTS_ERROR, VD_POINTS_ERROR_ITEM,
                   _("The item is no longer in the catalogue."));
      goto fail;
    }
  id = item->id != 0 ? item->id : sqlite3_last_insert_rowid (vd_database_get_handle (db));
  if (!vd_audit_row_finish (audit, item->id != 0 ? "update" : "insert", id, error))
    goto fail;
  if (!vd_database_commit (db, error))
    return FALSE;
  item->id = id;
  return TRUE;

fail:
  vd_database_rollback (db);
  return FALSE;
}

/* Runs one UPDATE of an item (?1 the id, ?2 an integer), audited. */
static gboolean
update_item (VdDatabase  *db,
             gint64       item_id,
             const char  *sql,
             gint64       value,
             const char  *action,
             GError     **error)
{
  g_autoptr(VdAuditRow) audit = NULL;
  sqlite3_stmt *stmt;

  if (!vd_database_begin (db, error))
    return FALSE;
  audit = vd_audit_row_begin (db, "exchange_items", item_id, error);
  if (audit == NULL)
    goto fail;
  stmt = vd_database_prepare (db, sql, error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, item_id);
  sqlite3_bind_int64 (stmt, 2, value);
  if (!vd_points_step_done (db, stmt, error))
    goto fail;
  if (sqlite3_changes (vd_database_get_handle (db)) == 0)
    {
      g_set_error (error, VD_POINTS_ERROR, VD_POINTS_ERROR_ITEM,
                   _("The item is no longer in the catalogue."));
      goto fail;
    }
  if (!vd_audit_row_finish (audit, action, item_id, error))
    goto fail;
  return vd_database_commit (db, error);

fail:
  vd_database_rollback (db);
  return FALSE;
}

gboolean
vd_points_restock (VdDatabase  *db,
                   gint64       item_id,
                   gint64       quantity,
                   GError     **error)
{
  g_autoptr(VdExchangeItem) item = NULL;

  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);

  if (quantity <= 0)
    {
      g_set_error (error, VD_POINTS_ERROR, VD_POINTS_ERROR_STOCK,
                   _("Enter how many were added, at least 1."));
      return FALSE;
    }
  item = vd_points_get_item (db, item_id, error);
  if (item == NULL)
    return FALSE;
  if (item->stock + quantity > VD_POINTS_MAX_STOCK)
    {
      g_set_error (error, VD_POINTS_ERROR, VD_POINTS_ERROR_STOCK,
                   _("The stock must be between 0 and 999,999."));
      return FALSE;
    }
  return update_item (db, item_id, "UPDATE exchange_items SET stock = stock + ?2 WHERE id = ?1",
                      quantity, "restock", error);
}

gboolean
vd_points_set_archived (VdDatabase  *db,
                        gint64       item_id,
                        gboolean     archived,
                        GError     **error)
{
  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);

  return update_item (db, item_id, "UPDATE exchange_items SET archived = ?2 WHERE id = ?1",
                      archived ? 1 : 0, archived ? "archive" : "unarchive", error);
}

/* ---- exchanges -------------------------------------------------------------- */

char *
vd_pickup_code_normalize (const char *text)
{
  g_autofree char *folded = NULL;
  g_autoptr(GString) code = g_string_new (NULL);

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return NULL;
  folded = g_utf8_normalize (text, -1, G_NORMALIZE_ALL_COMPOSE);  /* full-width → ASCII */
  for (const char *p = folded; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p) || *p == '-')
        continue;
      /* codes from elsewhere (an import, an older register) may use any letters and
       * digits: only ours avoid 0, O, 1 and I */
      if (!g_ascii_isalnum (*p))
        return NULL;
      g_string_append_c (code, g_ascii_toupper (*p));
    }
  if (code->len < 4 || code->len > 16)
    return NULL;
  return g_string_free (g_steal_pointer (&code), FALSE);
}

#define EXCHANGE_QUERY \
  "SELECT x.id, x.volunteer_id, v.name, v.volunteer_no, x.item_id, i.name, x.quantity, " \
  "       x.points_centi, x.pickup_code, x.status, x.created_at, x.picked_up_at " \
  "FROM exchanges x JOIN volunteers v ON v.id = x.volunteer_id " \
  "JOIN exchange_items i ON i.id = x.item_id "

static VdExchange *
exchange_from_row (sqlite3_stmt *stmt)
{
  VdExchange *x = g_new0 (VdExchange, 1);

  x->id = sqlite3_column_int64 (stmt, 0);
  x->volunteer_id = sqlite3_column_int64 (stmt, 1);
  x->volunteer_name = vd_points_column_text (stmt, 2);
  x->volunteer_no = vd_points_column_text (stmt, 3);
  x->item_id = sqlite3_column_int64 (stmt, 4);
  x->item_name = vd_points_column_text (stmt, 5);
  x->quantity = sqlite3_column_int64 (stmt, 6);
  x->points_centi = sqlite3_column_int64 (stmt, 7);
  x->pickup_code = vd_points_column_text (stmt, 8);
  x->status = status_from_code ((const char *)sqlite3_column_text (stmt, 9));
  x->created_at = vd_points_column_text (stmt, 10);
  if (sqlite3_column_type (stmt, 11) != SQLITE_NULL)
    x->picked_up_at = vd_points_column_text (stmt, 11);
  return x;
}

static VdExchange *
get_exchange (VdDatabase  *db,
              const char  *where,
              gint64       id,
              const char  *code,
              GError     **error)
{
  g_autofree char *sql = g_strconcat (EXCHANGE_QUERY, where, NULL);
  VdExchange *x = NULL;
  sqlite3_stmt *stmt;
  int rc;

  stmt = vd_database_prepare (db, sql, error);
  if (stmt == NULL)
    return NULL;
  if (code != NULL)
    sqlite3_bind_text (stmt, 1, code, -1, SQLITE_STATIC);
  else
    sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    x = exchange_from_row (stmt);
  sqlite3_finalize (stmt);
  if (rc == SQLITE_DONE)
    {
      if (code != NULL)
        g_set_error (error, VD_POINTS_ERROR, VD_POINTS_ERROR_CODE,
                     _("No exchange has the pickup code %s."), code);
      else
        g_set_error (error, VD_POINTS_ERROR, VD_POINTS_ERROR_CODE,
                     _("The exchange is no longer recorded."));
    }
  else if (rc != SQLITE_ROW)
    vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
  return x;
}

GPtrArray *
vd_points_list_exchanges (VdDatabase  *db,
                          int          status,
                          gint64       volunteer_id,
                          GError     **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify)vd_exchange_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);

  stmt = vd_database_prepare (db, EXCHANGE_QUERY
                              "WHERE (?1 IS NULL OR x.status = ?1) AND (?2 = 0 OR x.volunteer_id = ?2) "
                              "ORDER BY x.id DESC",
                              error);
  if (stmt == NULL)
    return NULL;
  if (status >= 0 && status < VD_N_EXCHANGE_STATUS)
    sqlite3_bind_text (stmt, 1, status_codes[status], -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, volunteer_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (list, exchange_from_row (stmt));
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
      return NULL;
    }
  return g_steal_pointer (&list);
}

/* A code no exchange has used yet; codes of picked-up and cancelled exchanges stay
 * taken, so a code read out once always names the same exchange. */
static char *
new_pickup_code (VdDatabase  *db,
                 GError     **error)
{
  sqlite3_stmt *stmt;

  stmt = vd_database_prepare (db, "SELECT 1 FROM exchanges WHERE pickup_code = ?1", error);
  if (stmt == NULL)
    return NULL;
  for (guint attempt = 0; attempt < 100; attempt++)
    {
      char code[VD_PICKUP_CODE_LENGTH + 1];
      int rc;

      for (guint i = 0; i < VD_PICKUP_CODE_LENGTH; i++)
        code[i] = VD_PICKUP_CODE_ALPHABET[g_random_int_range (0, sizeof VD_PICKUP_CODE_ALPHABET - 1)];
      code[VD_PICKUP_CODE_LENGTH] = '\0';
      sqlite3_bind_text (stmt, 1, code, -1, SQLITE_TRANSIENT);
      rc = sqlite3_step (stmt);
      sqlite3_reset (stmt);
      if (rc == SQLITE_DONE)
        {
          sqlite3_finalize (stmt);
          return g_strdup (code);
        }
      if (rc != SQLITE_ROW)
        {
          vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
          sqlite3_finalize (stmt);
          return NULL;
        }
    }
  sqlite3_finalize (stmt);
  g_set_error (error, VD_DATABASE_ERROR, VD_DATABASE_ERROR_FAILED,
               _("No free pickup code was found; try again."));
  return NULL;
}

VdExchange *
vd_points_exchange (VdDatabase  *db,
                    gint64       volunteer_id,
                    gint64       item_id,
                    gint64       quantity,
                    GError     **error)
{
  g_autoptr(VdExchangeItem) item = NULL;
  g_autofree char *name = NULL;
  g_autofree char *code = NULL;
  g_autofree char *reason = NULL;
  sqlite3_stmt *stmt;
  gint64 balance = 0;
  gint64 total;
  gint64 exchange_id;
  VdExchange *result;

  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);

  if (quantity < 1 || quantity > VD_POINTS_MAX_QUANTITY)
    {
      g_set_error (error, VD_POINTS_ERROR, VD_POINTS_ERROR_QUANTITY,
                   _("The quantity must be between 1 and 999."));
      return NULL;
    }

  if (!vd_database_begin (db, error))
    return NULL;
  if (!vd_points_check_volunteer (db, volunteer_id, TRUE, &name, error))
    goto fail;
  item = vd_points_get_item (db, item_id, NULL);
  if (item == NULL || item->archived)
    {
      if (item == NULL)
        g_set_error (error, VD_POINTS_ERROR, VD_POINTS_ERROR_ITEM,
                     _("Choose an item from the catalogue."));
      else
        g_set_error (error, VD_POINTS_ERROR, VD_POINTS_ERROR_ITEM,
                     _("“%s” is no longer offered."), item->name);
      goto fail;
    }
  if (item->stock < quantity)
    {
      if (item->stock == 0)
        g_set_error (error, VD_POINTS_ERROR, VD_POINTS_ERROR_STOCK,
                     _("“%s” is out of stock."), item->name);
      else
        g_set_error (error, VD_POINTS_ERROR, VD_POINTS_ERROR_STOCK,
                     _("Only %d of “%s” left in stock."), (int)item->stock, item->name);
      goto fail;
    }
  total = item->price_centi * quantity;
  if (!vd_points_get_balance (db, volunteer_id, &balance, error))
    goto fail;
  if (balance < total)
    {
      g_autofree char *has = vd_points_format (balance);
      g_autofree char *costs = vd_points_format (total);

      /* TRANSLATORS: volunteer's name, balance, quantity, item, total price */
      g_set_error (error, VD_POINTS_ERROR, VD_POINTS_ERROR_BALANCE,
                   _("%s has %s points; %d × “%s” costs %s points."),
                   name, has, (int)quantity, item->name, costs);
      goto fail;
    }

  code = new_pickup_code (db, error);
  if (code == NULL)
    goto fail;
  if (!update_item (db, item_id, "UPDATE exchange_items SET stock = stock - ?2 WHERE id = ?1",
                    quantity, "exchange", error))
    goto fail;

  stmt = vd_database_prepare (db,
                              "INSERT INTO exchanges (volunteer_id, item_id, quantity, points_centi, "
                              "  pickup_code, created_at) "
                              "VALUES (?1, ?2, ?3, ?4, ?5, datetime ('now', 'localtime'))",
                              error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, volunteer_id);
  sqlite3_bind_int64 (stmt, 2, item_id);
  sqlite3_bind_int64 (stmt, 3, quantity);
  sqlite3_bind_int64 (stmt, 4, total);
  sqlite3_bind_text (stmt, 5, code, -1, SQLITE_STATIC);
  if (!vd_points_step_done (db, stmt, error))
    goto fail;
  exchange_id = sqlite3_last_insert_rowid (vd_database_get_handle (db));
  if (!vd_points_audit_insert (db, "exchanges", exchange_id, "insert", error))
    goto fail;

  /* TRANSLATORS: the reason of a ledger row: item × quantity */
  reason = g_strdup_printf (_("Exchange: %s × %d"), item->name, (int)quantity);
  if (vd_points_insert_row (db, volunteer_id, VD_LEDGER_SPEND, -total, reason, exchange_id, error) == 0)
    goto fail;

  result = get_exchange (db, "WHERE x.id = ?1", exchange_id, NULL, error);
  if (result == NULL)
    goto fail;
  if (!vd_database_commit (db, error))
    {
      vd_exchange_free (result);
      return NULL;
    }
  return result;

fail:
  vd_database_rollback (db);
  return NULL;
}

VdExchange *
vd_points_find_exchange (VdDatabase  *db,
                         const char  *pickup_code,
                         GError     **error)
{
  g_autofree char *code = NULL;

  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);

  code = vd_pickup_code_normalize (pickup_code);
  if (code == NULL)
    {
      g_set_error (error, VD_POINTS_ERROR, VD_POINTS_ERROR_CODE,
                   _("Type the pickup code: 6 letters and digits."));
      return NULL;
    }
  return get_exchange (db, "WHERE x.pickup_code = ?1", 0, code, error);
}

static gboolean
check_awaiting (const VdExchange  *x,
                GError           **error)
{
  if (x->status == VD_EXCHANGE_PICKED_UP)
    {
      g_set_error (error, VD_POINTS_ERROR, VD_POINTS_ERROR_STATE,
                   _("The exchange %s was already picked up on %s."), x->pickup_code, x->picked_up_at);
      return FALSE;
    }
  if (x->status == VD_EXCHANGE_CANCELLED)
    {
      g_set_error (error, VD_POINTS_ERROR, VD_POINTS_ERROR_STATE,
                   _("The exchange %s was cancelled."), x->pickup_code);
      return FALSE;
    }
  return TRUE;
}

/* Sets the status of an exchange, audited; ?1 is the id. */
static gboolean
set_exchange_status (VdDatabase  *db,
                     gint64       exchange_id,
                     const char  *sql,
                     const char  *action,
                     GError     **error)
{
  g_autoptr(VdAuditRow) audit = vd_audit_row_begin (db, "exchanges", exchange_id, error);
  sqlite3_stmt *stmt;

  if (audit == NULL)
    return FALSE;
  stmt = vd_database_prepare (db, sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, exchange_id);
  return vd_points_step_done (db, stmt, error) &&
         vd_audit_row_finish (audit, action, exchange_id, error);
}

VdExchange *
vd_points_pick_up (VdDatabase  *db,
                   const char  *pickup_code,
                   GError     **error)
{
  g_autoptr(VdExchange) x = NULL;
  VdExchange *result;

  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);

  if (!vd_database_begin (db, error))
    return NULL;
  x = vd_points_find_exchange (db, pickup_code, error);
  if (x == NULL || !check_awaiting (x, error))
    goto fail;
  if (!set_exchange_status (db, x->id,
                            "UPDATE exchanges SET status = 'picked_up', "
                            "picked_up_at = datetime ('now', 'localtime') WHERE id = ?1",
                            "pick-up", error))
    goto fail;
  result = get_exchange (db, "WHERE x.id = ?1", x->id, NULL, error);
  if (result == NULL)
    goto fail;
  if (!vd_database_commit (db, error))
    {
      vd_exchange_free (result);
      return NULL;
    }
  return result;

fail:
  vd_database_rollback (db);
  return NULL;
}

gboolean
vd_points_cancel_exchange (VdDatabase  *db,
                           gint64       exchange_id,
                           GError     **error)
{
  g_autoptr(VdExchange) x = NULL;
  g_autofree char *reason = NULL;

  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);

  if (!vd_database_begin (db, error))
    return FALSE;
  x = get_exchange (db, "WHERE x.id = ?1", exchange_id, NULL, error);
  if (x == NULL || !check_awaiting (x, error))
    goto fail;
  if (!set_exchange_status (db, x->id, "UPDATE exchanges SET status = 'cancelled' WHERE id = ?1",
                            "cancel", error))
    goto fail;
  if (!update_item (db, x->item_id, "UPDATE exchange_items SET stock = stock + ?2 WHERE id = ?1",
                    x->quantity, "exchange-cancelled", error))
    goto fail;
  /* TRANSLATORS: the reason of a ledger row: pickup code */
  reason = g_strdup_printf (_("Exchange %s cancelled"), x->pickup_code);
  if (vd_points_insert_row (db, x->volunteer_id, VD_LEDGER_REFUND, x->points_centi, reason,
                            x->id, error) == 0)
    goto fail;
  return vd_database_commit (db, error);

fail:
  vd_database_rollback (db);
  return FALSE;
}
