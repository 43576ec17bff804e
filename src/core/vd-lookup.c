/* vd-lookup.c — short lists for pickers and filters
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vd-lookup.h"

void
vd_lookup_item_free (VdLookupItem *item)
{
  if (item == NULL)
    return;
  g_free (item->name);
  g_free (item);
}

GPtrArray *
vd_lookup_list (VdDatabase    *db,
                VdLookupKind   kind,
                GError       **error)
{
  static const char * const queries[] = {
    [VD_LOOKUP_STATIONS] =
      "SELECT id, name FROM stations WHERE status = 'active' ORDER BY name",
    [VD_LOOKUP_COMMUNITIES] =
      "SELECT c.id, s.name || ' · ' || c.name FROM communities c "
      "JOIN subdistricts s ON s.id = c.subdistrict_id WHERE c.archived = 0 "
      "ORDER BY s.name, c.name",
    [VD_LOOKUP_TEAMS] =
      "SELECT id, name FROM teams WHERE status = 'active' ORDER BY name",
  };
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func ((GDestroyNotify)vd_lookup_item_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (kind <= VD_LOOKUP_TEAMS, NULL);

  stmt = vd_database_prepare (db, queries[kind], error);
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

GArray *
vd_lookup_volunteer_minutes_by_year (VdDatabase  *db,
                                     gint64       volunteer_id,
                                     GError     **error)
{
  g_autoptr(GArray) years = g_array_new (FALSE, FALSE, sizeof (VdYearMinutes));
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);

  stmt = vd_database_prepare (db,
                              "SELECT CAST (substr (service_date, 1, 4) AS INTEGER) AS y, sum (minutes) "
                              "FROM service_records WHERE volunteer_id = ?1 AND status = 'approved' "
                              "GROUP BY y ORDER BY y DESC",
                              error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, volunteer_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      VdYearMinutes ym = { sqlite3_column_int (stmt, 0), sqlite3_column_int64 (stmt, 1) };
      g_array_append_val (years, ym);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
      return NULL;
    }
  return g_steal_pointer (&years);
}

GArray *
vd_lookup_team_member_ids (VdDatabase  *db,
                           gint64       team_id,
                           GError     **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);

  stmt = vd_database_prepare (db,
                              "SELECT v.id FROM team_members m "
                              "JOIN volunteers v ON v.id = m.volunteer_id "
                              "WHERE m.team_id = ?1 AND v.status = 'active' "
                              "ORDER BY v.name_sort, v.id",
                              error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, team_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
      return NULL;
    }
  return g_steal_pointer (&ids);
}
