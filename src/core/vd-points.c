/* vd-points.c — amounts, the ledger of a volunteer, its export and adjustments
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The catalogue and exchanges are in vd-points-exchange.c.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "vd-audit.h"
#include "vd-points.h"
#include "vd-points-private.h"
#include "vd-table-writer.h"

G_DEFINE_QUARK (vd-points-error-quark, vd_points_error)

static const char * const ledger_codes[VD_N_LEDGER_KINDS] = {
  "earn", "reverse", "spend", "refund", "adjust",
};

static const char * const ledger_labels[VD_N_LEDGER_KINDS] = {
  N_("Earned"), N_("Reversed"), N_("Exchanged"), N_("Refunded"), N_("Adjusted"),
};

char *
vd_points_format (gint64 centi)
{
  guint64 magnitude = centi < 0 ? (guint64)(-(centi + 1)) + 1 : (guint64)centi;
  const char *sign = centi < 0 ? "-" : "";
  guint64 whole = magnitude / 100;
  guint fraction = (guint)(magnitude % 100);

  if (fraction == 0)
    return g_strdup_printf ("%s%" G_GUINT64_FORMAT, sign, whole);
  if (fraction % 10 == 0)
    return g_strdup_printf ("%s%" G_GUINT64_FORMAT ".%u", sign, whole, fraction / 10);
  return g_strdup_printf ("%s%" G_GUINT64_FORMAT ".%02u", sign, whole, fraction);
}

gboolean
vd_points_parse (const char  *text,
                 gboolean     allow_negative,
                 gint64      *centi,
                 GError     **error)
{
  g_autofree char *folded = NULL;
  g_autoptr(GString) clean = g_string_new (NULL);
  const char *p;
  gboolean negative = FALSE;
  gint64 whole = 0;
  int decimals = 0;
  gint64 fraction = 0;
  gboolean any_digit = FALSE;

  if (text != NULL && g_utf8_validate (text, -1, NULL))
    folded = g_utf8_normalize (text, -1, G_NORMALIZE_ALL_COMPOSE);  /* full-width → ASCII */
  for (p = folded; p != NULL && *p != '\0'; p++)
    if (!g_ascii_isspace (*p) && *p != ',')
      g_string_append_c (clean, *p);

  p = clean->str;
  if (*p == '\0')
    {
      g_set_error (error, VD_POINTS_ERROR, VD_POINTS_ERROR_AMOUNT, _("Enter a number of points."));
      return FALSE;
    }
  if (*p == '+' || *p == '-')
    negative = *p++ == '-';
  for (; g_ascii_isdigit (*p); p++)
    {
      any_digit = TRUE;
      whole = whole * 10 + (*p - '0');
      if (whole > VD_POINTS_MAX_CENTI / 100)
        goto too_large;
    }
  if (*p == '.')
    for (p++; g_ascii_isdigit (*p); p++)
      {
        any_digit = TRUE;
        if (++decimals > 2)
          {
            g_set_error (error, VD_POINTS_ERROR, VD_POINTS_ERROR_AMOUNT,
                         _("Points have at most two decimal places."));
            return FALSE;
          }
        fraction = fraction * 10 + (*p - '0');
      }
  if (*p != '\0' || !any_digit)
    {
      g_set_error (error, VD_POINTS_ERROR, VD_POINTS_ERROR_AMOUNT,
                   _("“%s” is not a number of points."), text);
      return FALSE;
    }
  if (decimals == 1)
    fraction *= 10;
  if (negative && !allow_negative)
    {
      g_set_error (error, VD_POINTS_ERROR, VD_POINTS_ERROR_AMOUNT,
                   _("The number of points cannot be negative."));
      return FALSE;
    }
  if (whole * 100 + fraction > VD_POINTS_MAX_CENTI)
    goto too_large;
  *centi = (whole * 100 + fraction) * (negative ? -1 : 1);
  return TRUE;

too_large:
  g_set_error (error, VD_POINTS_ERROR, VD_POINTS_ERROR_AMOUNT,
               _("At most 1,000,000 points at a time."));
  return FALSE;
}

const char *
vd_ledger_kind_to_code (VdLedgerKind kind)
{
  g_return_val_if_fail (kind < VD_N_LEDGER_KINDS, NULL);
  return ledger_codes[kind];
}

gboolean
vd_ledger_kind_from_code (const char   *code,
                          VdLedgerKind *out)
{
  for (guint i = 0; code != NULL && i < VD_N_LEDGER_KINDS; i++)
    if (strcmp (code, ledger_codes[i]) == 0)
      {
        *out = i;
        return TRUE;
      }
  return FALSE;
}

const char *
vd_ledger_kind_get_label (VdLedgerKind kind)
{
  g_return_val_if_fail (kind < VD_N_LEDGER_KINDS, NULL);
  return g_dgettext (GETTEXT_PACKAGE, ledger_labels[kind]);
}

void
vd_ledger_row_free (VdLedgerRow *row)
{
  if (row == NULL)
    return;
  g_free (row->reason);
  g_free (row->created_at);
  g_free (row->created_by);
  g_free (row->link);
  g_free (row);
}

char *
vd_points_column_text (sqlite3_stmt *stmt,
                       int           column)
{
  const char *text = (const char *)sqlite3_column_text (stmt, column);

  return g_strdup (text != NULL ? text : "");
}

gboolean
vd_points_step_done (VdDatabase    *db,
                     sqlite3_stmt  *stmt,
                     GError       **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
  return TRUE;
}

gboolean
vd_points_audit_insert (VdDatabase  *db,
                        const char  *table,
                        gint64       rowid,
                        const char  *action,
                        GError     **error)
{
  g_autoptr(VdAuditRow) audit = vd_audit_row_begin (db, table, 0, error);

  return audit != NULL && vd_audit_row_finish (audit, action, rowid, error);
}

gboolean
vd_points_check_volunteer (VdDatabase  *db,
                           gint64       volunteer_id,
                           gboolean     require_active,
                           char       **name,
                           GError     **error)
{
  sqlite3_stmt *stmt;
  gboolean found = FALSE;
  gboolean active = FALSE;
  int rc;

  stmt = vd_database_prepare (db, "SELECT name, status = 'active' FROM volunteers WHERE id = ?1",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, volunteer_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      found = TRUE;
      active = sqlite3_column_int (stmt, 1);
      if (name != NULL)
        *name = vd_points_column_text (stmt, 0);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
  if (!found)
    {
      g_set_error (error, VD_POINTS_ERROR, VD_POINTS_ERROR_VOLUNTEER,
                   _("Choose a volunteer from the register."));
      return FALSE;
    }
  if (require_active && !active)
    {
      g_set_error (error, VD_POINTS_ERROR, VD_POINTS_ERROR_VOLUNTEER,
                   _("The volunteer is inactive: reactivate them in the register first."));
      if (name != NULL)
        g_clear_pointer (name, g_free);
      return FALSE;
    }
  return TRUE;
}

gboolean
vd_points_get_balance (VdDatabase  *db,
                       gint64       volunteer_id,
                       gint64      *centi,
                       GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);

  /* points_ledger_volunteer (volunteer_id, amount_centi) covers the sum */
  stmt = vd_database_prepare_cached (db, "SELECT coalesce (sum (amount_centi), 0) "
                                         "FROM points_ledger WHERE volunteer_id = ?1",
                                     error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, volunteer_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *centi = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    return vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
  return TRUE;
}

#define LEDGER_QUERY \
  "SELECT l.id, l.kind, l.amount_centi, l.reason, l.created_at, l.created_by, " \
  "       coalesce (l.service_record_id, 0), coalesce (l.exchange_id, 0), " \
  "       CASE WHEN l.exchange_id IS NOT NULL " \
  "            THEN i.name || ' × ' || x.quantity || ' · ' || x.pickup_code " \
  "            WHEN l.service_record_id IS NOT NULL " \
  "            THEN coalesce (e.title, t.topic, '') || ' · ' || s.service_date " \
  "            ELSE '' END, " \
  "       sum (l.amount_centi) OVER (ORDER BY l.id) " \
  "FROM points_ledger l " \
  "LEFT JOIN exchanges x ON x.id = l.exchange_id " \
  "LEFT JOIN exchange_items i ON i.id = x.item_id " \
  "LEFT JOIN service_records s ON s.id = l.service_record_id " \
  "LEFT JOIN events e ON e.id = s.event_id " \
  "LEFT JOIN trainings t ON t.id = s.training_id " \
  "WHERE l.volunteer_id = ?1 "

static GPtrArray *
query_ledger (VdDatabase  *db,
              gint64       volunteer_id,
              gboolean     newest_first,
              guint        limit,
              GError     **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify)vd_ledger_row_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = vd_database_prepare (db, newest_first ? LEDGER_QUERY "ORDER BY l.id DESC LIMIT ?2"
                                               : LEDGER_QUERY "ORDER BY l.id LIMIT ?2",
                              error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, volunteer_id);
  sqlite3_bind_int64 (stmt, 2, limit == 0 ? -1 : (gint64)limit);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      VdLedgerRow *row = g_new0 (VdLedgerRow, 1);

      row->id = sqlite3_column_int64 (stmt, 0);
      if (!vd_ledger_kind_from_code ((const char *)sqlite3_column_text (stmt, 1), &row->kind))
        row->kind = VD_LEDGER_ADJUST;
      row->amount_centi = sqlite3_column_int64 (stmt, 2);
      row->reason = vd_points_column_text (stmt, 3);
      row->created_at = vd_points_column_text (stmt, 4);
      row->created_by = vd_points_column_text (stmt, 5);
      row->service_record_id = sqlite3_column_int64 (stmt, 6);
      row->exchange_id = sqlite3_column_int64 (stmt, 7);
      row->link = vd_points_column_text (stmt, 8);
      row->balance_centi = sqlite3_column_int64 (stmt, 9);
      g_ptr_array_add (rows, row);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
      return NULL;
    }
  return g_steal_pointer (&rows);
}

GPtrArray *
vd_points_list_ledger (VdDatabase  *db,
                       gint64       volunteer_id,
                       guint        limit,
                       GError     **error)
{
  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);

  return query_ledger (db, volunteer_id, TRUE, limit, error);
}

gboolean
vd_points_export_ledger (VdDatabase  *db,
                         gint64       volunteer_id,
                         const char  *path,
                         GError     **error)
{
  g_autoptr(VdTableWriter) writer = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *title = NULL;
  g_autofree char *id_text = NULL;
  g_autofree char *n_rows = NULL;
  g_autofree char *json = NULL;
  g_autofree char *name = NULL;
  g_autofree char *number = NULL;
  const char *header[8];
  const char *title_cells[1];
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  stmt = vd_database_prepare (db, "SELECT name, volunteer_no FROM volunteers WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, volunteer_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      name = vd_points_column_text (stmt, 0);
      number = vd_points_column_text (stmt, 1);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        g_set_error (error, VD_POINTS_ERROR, VD_POINTS_ERROR_VOLUNTEER,
                     _("The volunteer is no longer in the register."));
      else
        vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
      return FALSE;
    }

  rows = query_ledger (db, volunteer_id, FALSE, 0, error);
  if (rows == NULL)
    return FALSE;

  writer = vd_table_writer_new (path, vd_table_format_for_path (path), _("Points ledger"),
                                FALSE, error);
  if (writer == NULL)
    return FALSE;
  /* TRANSLATORS: the title row of an exported ledger: name (volunteer number) */
  title = g_strdup_printf (_("Points ledger of %s (%s)"), name, number);
  title_cells[0] = title;
  header[0] = _("Date");
  header[1] = _("Kind");
  /* in and out columns: a spreadsheet cell starting with "-" is escaped against
   * formula injection, and a ledger reads this way anyway */
  header[2] = _("Points in");
  header[3] = _("Points out");
  header[4] = _("Balance");
  header[5] = _("Reason");
  header[6] = _("Linked to");
  header[7] = _("Recorded by");
  if (!vd_table_writer_add_row (writer, title_cells, 1, error) ||
      !vd_table_writer_add_row (writer, header, G_N_ELEMENTS (header), error))
    return FALSE;

  for (guint i = 0; i < rows->len; i++)
    {
      VdLedgerRow *row = g_ptr_array_index (rows, i);
      g_autofree char *amount = vd_points_format (ABS (row->amount_centi));
      g_autofree char *balance = vd_points_format (row->balance_centi);
      const char *cells[8] = {
        row->created_at, vd_ledger_kind_get_label (row->kind),
        row->amount_centi > 0 ? amount : "", row->amount_centi < 0 ? amount : "", balance,
        row->reason, row->link, row->created_by,
      };

      if (!vd_table_writer_add_row (writer, cells, G_N_ELEMENTS (cells), error))
        return FALSE;
    }
  if (!vd_table_writer_finish (writer, error))
    return FALSE;

  id_text = g_strdup_printf ("%" G_GINT64_FORMAT, volunteer_id);
  n_rows = g_strdup_printf ("%u", rows->len);
  json = vd_audit_json_object ("file", path, "volunteer_id", id_text, "rows", n_rows, NULL);
  return vd_audit_log (db, "points_ledger", volunteer_id, "export", NULL, json, error);
}

/* Inserts one ledger row inside the caller's transaction; the schema's trigger refuses
 * a row that would take the balance below zero, so check before calling. */
gint64
vd_points_insert_row (VdDatabase    *db,
                      gint64         volunteer_id,
                      VdLedgerKind   kind,
                      gint64         amount_centi,
                      const char    *reason,
                      gint64         exchange_id,
                      GError       **error)
{
  sqlite3_stmt *stmt;
  gint64 id;

  stmt = vd_database_prepare (db,
                              "INSERT INTO points_ledger (volunteer_id, kind, amount_centi, reason, "
                              "  exchange_id, created_at, created_by) "
                              "VALUES (?1, ?2, ?3, ?4, ?5, datetime ('now', 'localtime'), ?6)",
                              error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, volunteer_id);
  sqlite3_bind_text (stmt, 2, vd_ledger_kind_to_code (kind), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, amount_centi);
  sqlite3_bind_text (stmt, 4, reason, -1, SQLITE_TRANSIENT);
  if (exchange_id != 0)
    sqlite3_bind_int64 (stmt, 5, exchange_id);
  sqlite3_bind_text (stmt, 6, g_get_user_name (), -1, SQLITE_STATIC);
  if (!vd_points_step_done (db, stmt, error))
    return 0;
  id = sqlite3_last_insert_rowid (vd_database_get_handle (db));
  if (!vd_points_audit_insert (db, "points_ledger", id, vd_ledger_kind_to_code (kind), error))
    return 0;
  return id;
}

gint64
vd_points_adjust (VdDatabase  *db,
                  gint64       volunteer_id,
                  gint64       amount_centi,
                  const char  *reason,
                  GError     **error)
{
  g_autofree char *clean_reason = g_strstrip (g_strdup (reason != NULL ? reason : ""));
  g_autofree char *name = NULL;
  gint64 balance = 0;
  gint64 id;

  g_return_val_if_fail (VD_IS_DATABASE (db), 0);

  if (amount_centi == 0 || amount_centi > VD_POINTS_MAX_CENTI || amount_centi < -VD_POINTS_MAX_CENTI)
    {
      g_set_error (error, VD_POINTS_ERROR, VD_POINTS_ERROR_AMOUNT,
                   amount_centi == 0 ? _("Enter the points to add, or a negative number to deduct.")
                                     : _("At most 1,000,000 points at a time."));
      return 0;
    }
  if (*clean_reason == '\0' || g_utf8_strlen (clean_reason, -1) > 200)
    {
      g_set_error (error, VD_POINTS_ERROR, VD_POINTS_ERROR_REASON,
                   *clean_reason == '\0' ? _("Give the reason for the adjustment.")
                                         : _("The reason is longer than 200 characters."));
      return 0;
    }

  if (!vd_database_begin (db, error))
    return 0;
  /* an inactive volunteer's ledger can still be corrected */
  if (!vd_points_check_volunteer (db, volunteer_id, FALSE, &name, error))
    goto fail;
  if (!vd_points_get_balance (db, volunteer_id, &balance, error))
    goto fail;
  if (balance + amount_centi < 0)
    {
      g_autofree char *has = vd_points_format (balance);
      g_autofree char *asked = vd_points_format (-amount_centi);

      g_set_error (error, VD_POINTS_ERROR, VD_POINTS_ERROR_BALANCE,
                   _("The balance is %s points: %s points cannot be deducted."), has, asked);
      goto fail;
    }
  id = vd_points_insert_row (db, volunteer_id, VD_LEDGER_ADJUST, amount_centi, clean_reason, 0, error);
  if (id == 0)
    goto fail;
  if (!vd_database_commit (db, error))
    return 0;
  return id;

fail:
  vd_database_rollback (db);
  return 0;
}
