/* vd-training-categories.c — the editable list of training categories
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "vd-audit.h"
#include "vd-identity.h"
#include "vd-lookup.h"
#include "vd-table-writer.h"
#include "vd-training-private.h"

/* ---- categories ---- */

GPtrArray *
vd_training_list_categories (VdDatabase  *db,
                             GError     **error)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func ((GDestroyNotify)vd_lookup_item_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);

  stmt = vd_database_prepare (db, "SELECT id, name FROM categories WHERE domain = 'training' "
                                  "AND archived = 0 ORDER BY sort_order, id", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      VdLookupItem *item = g_new0 (VdLookupItem, 1);

      item->id = sqlite3_column_int64 (stmt, 0);
      item->name = g_strdup ((const char *)sqlite3_column_text (stmt, 1));
      g_ptr_array_add (items, item);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
      return NULL;
    }
  return g_steal_pointer (&items);
}

static char *
check_category_name (VdDatabase  *db,
                     const char  *name,
                     gint64       except_id,
                     GError     **error)
{
  g_autofree char *clean = g_strstrip (g_strdup (name != NULL ? name : ""));
  sqlite3_stmt *stmt;
  gboolean taken;

  if (clean[0] == '\0' || vd_training_too_long (clean, 64))
    {
      g_set_error_literal (error, VD_TRAINING_ERROR, VD_TRAINING_ERROR_INVALID,
                           _("A category name has 1 to 64 characters."));
      return NULL;
    }
  stmt = vd_database_prepare_cached (db, "SELECT 1 FROM categories WHERE domain = 'training' "
                                         "AND name = ?1 AND id <> ?2", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, clean, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, except_id);
  taken = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_reset (stmt);
  if (taken)
    {
      g_set_error (error, VD_TRAINING_ERROR, VD_TRAINING_ERROR_INVALID,
                   _("There is already a category named “%s”."), clean);
      return NULL;
    }
  return g_steal_pointer (&clean);
}

gint64
vd_training_add_category (VdDatabase  *db,
                          const char  *name,
                          GError     **error)
{
  g_autoptr(VdAuditRow) audit = NULL;
  g_autofree char *clean = NULL;
  sqlite3_stmt *stmt;
  gint64 id = 0;

  g_return_val_if_fail (VD_IS_DATABASE (db), 0);

  clean = check_category_name (db, name, 0, error);
  if (clean == NULL || !vd_database_begin (db, error))
    return 0;
  audit = vd_audit_row_begin (db, "categories", 0, error);
  stmt = audit == NULL ? NULL :
    vd_database_prepare_cached (db, "INSERT INTO categories (domain, name, sort_order) "
                                    "VALUES ('training', ?1, (SELECT coalesce (max (sort_order), 0) + 1 "
                                    "FROM categories WHERE domain = 'training'))", error);
  if (stmt != NULL)
    {
      sqlite3_bind_text (stmt, 1, clean, -1, SQLITE_STATIC);
      if (vd_training_step_done (db, stmt, error))
        id = sqlite3_last_insert_rowid (vd_database_get_handle (db));
    }
  if (id != 0 && vd_audit_row_finish (audit, "insert", id, error) &&
      vd_database_commit (db, error))
    return id;
  vd_database_rollback (db);
  return 0;
}

static gboolean
update_category (VdDatabase  *db,
                 gint64       id,
                 const char  *sql,
                 const char  *text,
                 GError     **error)
{
  g_autoptr(VdAuditRow) audit = NULL;
  sqlite3_stmt *stmt;

  if (!vd_training_row_exists (db, "SELECT 1 FROM categories WHERE id = ?1 AND domain = 'training'", id))
    {
      g_set_error_literal (error, VD_TRAINING_ERROR, VD_TRAINING_ERROR_NOT_FOUND,
                           _("This category does not exist any more."));
      return FALSE;
    }
  if (!vd_database_begin (db, error))
    return FALSE;
  audit = vd_audit_row_begin (db, "categories", id, error);
  stmt = audit == NULL ? NULL : vd_database_prepare_cached (db, sql, error);
  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      if (text != NULL)
        sqlite3_bind_text (stmt, 2, text, -1, SQLITE_STATIC);
      if (vd_training_step_done (db, stmt, error) &&
          vd_audit_row_finish (audit, "update", id, error) &&
          vd_database_commit (db, error))
        return TRUE;
    }
  vd_database_rollback (db);
  return FALSE;
}

gboolean
vd_training_rename_category (VdDatabase  *db,
                             gint64       id,
                             const char  *name,
                             GError     **error)
{
  g_autofree char *clean = NULL;

  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);

  clean = check_category_name (db, name, id, error);
  return clean != NULL &&
         update_category (db, id, "UPDATE categories SET name = ?2 WHERE id = ?1", clean, error);
}

gboolean
vd_training_archive_category (VdDatabase  *db,
                              gint64       id,
                              GError     **error)
{
  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);

  return update_category (db, id, "UPDATE categories SET archived = 1 WHERE id = ?1", NULL, error);
}

