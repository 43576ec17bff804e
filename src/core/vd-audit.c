/* vd-audit.c — the append-only audit log every write goes through
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vd-audit.h"

struct _VdAuditRow
{
  VdDatabase *db;
  char       *table;
  char       *before;
};

static gboolean
table_exists (VdDatabase *db,
              const char *table)
{
  sqlite3_stmt *stmt;
  gboolean found;

  stmt = vd_database_prepare (db,
                              "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?1",
                              NULL);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, table, -1, SQLITE_STATIC);
  found = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_finalize (stmt);
  return found;
}

/* Builds SELECT json_object('c1', "c1", …) FROM "table" WHERE rowid = ?1 from the
 * table's own column list, so every table gets its images without hand-kept lists.
 * A WITHOUT ROWID table with a one-column key is keyed by that column; one with a
 * composite key has no single id, and its writers call vd_audit_log directly. */
static char *
build_row_query (VdDatabase  *db,
                 const char  *table,
                 GError     **error)
{
  g_autoptr(GString) sql = g_string_new ("SELECT json_object(");
  g_autofree char *key = NULL;
  sqlite3_stmt *stmt;
  gboolean first = TRUE;
  guint n_keys = 0;
  int rc;

  stmt = vd_database_prepare (db, "SELECT name, pk FROM pragma_table_info(?1) ORDER BY cid",
                              error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, table, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *name = (const char *)sqlite3_column_text (stmt, 0);

      g_string_append_printf (sql, "%s'%s', \"%s\"", first ? "" : ", ", name, name);
      if (sqlite3_column_int (stmt, 1) > 0)
        {
          n_keys++;
          g_free (key);
          key = g_strdup (name);
        }
      first = FALSE;
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
      return NULL;
    }

  if (n_keys > 1)
    {
      g_set_error (error, VD_DATABASE_ERROR, VD_DATABASE_ERROR_FAILED,
                   "%s has a composite key: log its rows with vd_audit_log", table);
      return NULL;
    }

  /* An INTEGER PRIMARY KEY is the rowid itself; "rowid" also covers tables without one. */
  g_string_append_printf (sql, ") FROM \"%s\" WHERE \"%s\" = ?1", table,
                          key != NULL ? key : "rowid");
  return g_string_free (g_steal_pointer (&sql), FALSE);
}

char *
vd_audit_row_json (VdDatabase  *db,
                   const char  *table,
                   gint64       rowid,
                   GError     **error)
{
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;
  char *json = NULL;
  int rc;

  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (table != NULL, NULL);

  /* Table names come from our own code, but never paste an unknown one into SQL. */
  if (!table_exists (db, table))
    {
      g_set_error (error, VD_DATABASE_ERROR, VD_DATABASE_ERROR_FAILED,
                   "no table named %s", table);
      return NULL;
    }

  sql = build_row_query (db, table, error);
  if (sql == NULL)
    return NULL;
  stmt = vd_database_prepare (db, sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, rowid);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    json = g_strdup ((const char *)sqlite3_column_text (stmt, 0));
  else if (rc != SQLITE_DONE)
    vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
  sqlite3_finalize (stmt);
  return json;
}

gboolean
vd_audit_log (VdDatabase  *db,
              const char  *entity,
              gint64       entity_id,
              const char  *action,
              const char  *before_json,
              const char  *after_json,
              GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *at = g_date_time_format (now, "%Y-%m-%dT%H:%M:%S.%fZ");
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (entity != NULL && action != NULL, FALSE);

  stmt = vd_database_prepare (db,
                              "INSERT INTO audit_log (at, who, entity, entity_id, action, "
                              "before_json, after_json) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, at, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, g_get_user_name (), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, entity, -1, SQLITE_STATIC);
  if (entity_id != 0)
    sqlite3_bind_int64 (stmt, 4, entity_id);
  sqlite3_bind_text (stmt, 5, action, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, before_json, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 7, after_json, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
  return TRUE;
}

static void
append_json_string (GString    *out,
                    const char *text)
{
  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      guchar c = (guchar)*p;

      if (c == '"' || c == '\\')
        g_string_append_printf (out, "\\%c", c);
      else if (c < 0x20)
        g_string_append_printf (out, "\\u%04x", c);
      else
        g_string_append_c (out, (char)c);
    }
  g_string_append_c (out, '"');
}

char *
vd_audit_json_object (const char *first_key,
                      ...)
{
  g_autoptr(GString) out = g_string_new ("{");
  const char *key;
  va_list args;

  va_start (args, first_key);
  for (key = first_key; key != NULL; key = va_arg (args, const char *))
    {
      const char *value = va_arg (args, const char *);

      if (out->len > 1)
        g_string_append (out, ", ");
      append_json_string (out, key);
      g_string_append (out, ": ");
      if (value != NULL)
        append_json_string (out, value);
      else
        g_string_append (out, "null");
    }
  va_end (args);
  g_string_append_c (out, '}');
  return g_string_free (g_steal_pointer (&out), FALSE);
}

VdAuditRow *
vd_audit_row_begin (VdDatabase  *db,
                    const char  *table,
                    gint64       rowid,
                    GError     **error)
{
  g_autoptr(VdAuditRow) row = g_new0 (VdAuditRow, 1);
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);

  row->db = g_object_ref (db);
  row->table = g_strdup (table);
  if (rowid != 0)
    {
      row->before = vd_audit_row_json (db, table, rowid, &local_error);
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
    }
  return g_steal_pointer (&row);
}

gboolean
vd_audit_row_finish (VdAuditRow  *row,
                     const char  *action,
                     gint64       rowid,
                     GError     **error)
{
  g_autofree char *after = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (row != NULL, FALSE);

  after = vd_audit_row_json (row->db, row->table, rowid, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return vd_audit_log (row->db, row->table, rowid, action, row->before, after, error);
}

void
vd_audit_row_free (VdAuditRow *row)
{
  if (row == NULL)
    return;
  g_clear_object (&row->db);
  g_free (row->table);
  g_free (row->before);
  g_free (row);
}
