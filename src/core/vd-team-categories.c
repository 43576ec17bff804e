/* vd-team-categories.c — the editable list of team categories (党员, 环境保护, …)
 *
 * Categories are never deleted: teams and the annual figures refer to them. An
 * archived one is no longer offered for new teams.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vd-audit.h"
#include "vd-teams-private.h"

#define MAX_CATEGORY_CHARS 64

void
vd_team_category_free (VdTeamCategory *category)
{
  if (category == NULL)
    return;
  g_free (category->name);
  g_free (category);
}

GPtrArray *
vd_team_categories_list (VdDatabase  *db,
                         gboolean     with_archived,
                         GError     **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify)vd_team_category_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);

  stmt = vd_database_prepare (db,
                              "SELECT c.id, c.name, c.archived, "
                              "(SELECT count (*) FROM teams t WHERE t.category_id = c.id) "
                              "FROM categories c WHERE c.domain = 'team' AND (?1 OR c.archived = 0) "
                              "ORDER BY c.sort_order, c.id",
                              error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, with_archived ? 1 : 0);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      VdTeamCategory *category = g_new0 (VdTeamCategory, 1);

      category->id = sqlite3_column_int64 (stmt, 0);
      category->name = g_strdup ((const char *)sqlite3_column_text (stmt, 1));
      category->archived = sqlite3_column_int (stmt, 2) != 0;
      category->n_teams = sqlite3_column_int (stmt, 3);
      g_ptr_array_add (list, category);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
      return NULL;
    }
  return g_steal_pointer (&list);
}

/* The trimmed name, or NULL with error set. */
static char *
checked_name (VdDatabase  *db,
              const char  *name,
              gint64       id,
              GError     **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (name != NULL ? name : ""));
  sqlite3_stmt *stmt;
  gint64 other = 0;

  if (trimmed[0] == '\0')
    {
      g_set_error_literal (error, VD_TEAMS_ERROR, VD_TEAMS_ERROR_INVALID,
                           _("Enter the category's name."));
      return NULL;
    }
  if (g_utf8_strlen (trimmed, -1) > MAX_CATEGORY_CHARS)
    {
      g_set_error_literal (error, VD_TEAMS_ERROR, VD_TEAMS_ERROR_INVALID,
                           _("A category's name can have at most 64 characters."));
      return NULL;
    }
  stmt = vd_database_prepare (db, "SELECT id FROM categories WHERE domain = 'team' AND name = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, trimmed, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    other = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  if (other != 0 && other != id)
    {
      g_set_error (error, VD_TEAMS_ERROR, VD_TEAMS_ERROR_DUPLICATE,
                   _("There is already a team category called “%s”."), trimmed);
      return NULL;
    }
  return g_steal_pointer (&trimmed);
}

gint64
vd_team_categories_add (VdDatabase  *db,
                        const char  *name,
                        GError     **error)
{
  g_autoptr(VdAuditRow) audit = NULL;
  g_autofree char *trimmed = NULL;
  sqlite3_stmt *stmt;
  gint64 id;

  g_return_val_if_fail (VD_IS_DATABASE (db), 0);

  trimmed = checked_name (db, name, 0, error);
  if (trimmed == NULL || !vd_database_begin (db, error))
    return 0;
  audit = vd_audit_row_begin (db, "categories", 0, error);
  if (audit == NULL)
    goto fail;
  /* At the end of the list. */
  stmt = vd_database_prepare (db,
                              "INSERT INTO categories (domain, name, sort_order) VALUES ('team', ?1, "
                              "(SELECT coalesce (max (sort_order), 0) + 1 FROM categories WHERE domain = 'team'))",
                              error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_text (stmt, 1, trimmed, -1, SQLITE_STATIC);
  if (!vd_teams_step_done (db, stmt, error))
    goto fail;
  id = sqlite3_last_insert_rowid (vd_database_get_handle (db));
  if (!vd_audit_row_finish (audit, "insert", id, error))
    goto fail;
  return vd_database_commit (db, error) ? id : 0;

fail:
  vd_database_rollback (db);
  return 0;
}

static gboolean
update_category (VdDatabase  *db,
                 gint64       id,
                 const char  *sql,
                 const char  *text,
                 int          number,
                 const char  *action,
                 GError     **error)
{
  g_autoptr(VdAuditRow) audit = NULL;
  sqlite3_stmt *stmt;

  if (vd_teams_query_int (db, "SELECT id FROM categories WHERE id = ?1 AND domain = 'team'", id, 0) == 0)
    {
      g_set_error_literal (error, VD_TEAMS_ERROR, VD_TEAMS_ERROR_NOT_FOUND,
                           _("This team category does not exist."));
      return FALSE;
    }
  if (!vd_database_begin (db, error))
    return FALSE;
  audit = vd_audit_row_begin (db, "categories", id, error);
  if (audit == NULL)
    goto fail;
  stmt = vd_database_prepare (db, sql, error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, id);
  if (text != NULL)
    sqlite3_bind_text (stmt, 2, text, -1, SQLITE_STATIC);
  else
    sqlite3_bind_int (stmt, 2, number);
  if (!vd_teams_step_done (db, stmt, error) || !vd_audit_row_finish (audit, action, id, error))
    goto fail;
  return vd_database_commit (db, error);

fail:
  vd_database_rollback (db);
  return FALSE;
}

gboolean
vd_team_categories_rename (VdDatabase  *db,
                           gint64       id,
                           const char  *name,
                           GError     **error)
{
  g_autofree char *trimmed = NULL;

  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);

  trimmed = checked_name (db, name, id, error);
  if (trimmed == NULL)
    return FALSE;
  return update_category (db, id, "UPDATE categories SET name = ?2 WHERE id = ?1",
                          trimmed, 0, "rename", error);
}

gboolean
vd_team_categories_set_archived (VdDatabase  *db,
                                 gint64       id,
                                 gboolean     archived,
                                 GError     **error)
{
  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);

  return update_category (db, id, "UPDATE categories SET archived = ?2 WHERE id = ?1",
                          NULL, archived ? 1 : 0, archived ? "archive" : "restore", error);
}
