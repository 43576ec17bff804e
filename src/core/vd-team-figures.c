/* vd-team-figures.c — teams in figures, for the dashboard and the annual report
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vd-teams-private.h"

void
vd_team_figure_free (VdTeamFigure *figure)
{
  if (figure == NULL)
    return;
  g_free (figure->name);
  g_free (figure);
}

static GPtrArray *
read_figures (VdDatabase  *db,
              const char  *sql,
              GError     **error)
{
  g_autoptr(GPtrArray) figures = g_ptr_array_new_with_free_func ((GDestroyNotify)vd_team_figure_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = vd_database_prepare (db, sql, error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      VdTeamFigure *figure = g_new0 (VdTeamFigure, 1);

      figure->id = sqlite3_column_int64 (stmt, 0);
      figure->name = g_strdup ((const char *)sqlite3_column_text (stmt, 1));
      figure->count = sqlite3_column_int (stmt, 2);
      g_ptr_array_add (figures, figure);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
      return NULL;
    }
  return g_steal_pointer (&figures);
}

GPtrArray *
vd_teams_count_by_category (VdDatabase  *db,
                            GError     **error)
{
  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);

  return read_figures (db,
                       "SELECT c.id, c.name, "
                       "(SELECT count (*) FROM teams t WHERE t.category_id = c.id AND t.status = 'active') AS n "
                       "FROM categories c WHERE c.domain = 'team' AND (c.archived = 0 OR n > 0) "
                       "ORDER BY c.sort_order, c.id",
                       error);
}

GPtrArray *
vd_teams_members_per_team (VdDatabase  *db,
                           GError     **error)
{
  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);

  return read_figures (db,
                       "SELECT t.id, t.name, "
                       "(SELECT count (*) FROM team_members m WHERE m.team_id = t.id) AS n "
                       "FROM teams t WHERE t.status = 'active' ORDER BY n DESC, t.name",
                       error);
}
