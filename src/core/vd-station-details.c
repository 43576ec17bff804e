/* vd-station-details.c — a station's service projects, 六个一 checklist, equipment,
 * and the volunteers, teams and events based there
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "vd-audit.h"
#include "vd-date.h"
#include "vd-places-private.h"
#include "vd-register.h"
#include "vd-stations.h"

#define MAX_PROJECT_NAME 100
#define MAX_DESCRIPTION  1000
#define MAX_QUANTITY     100000

static const char * const checklist_codes[] = { "venue", "sign", "board", "team", "roster", "ledger" };
static const char * const equipment_codes[] = { "red_cap", "red_vest", "sign", "other" };

static char *
column_dup (sqlite3_stmt *stmt,
            int           col)
{
  const char *text = (const char *)sqlite3_column_text (stmt, col);

  return text != NULL ? g_strdup (text) : NULL;
}

static char *
today_iso (void)
{
  GDate today;

  vd_date_set_today (&today);
  return vd_date_to_iso (&today);
}

static gboolean
invalid (GError     **error,
         const char  *message)
{
  g_set_error_literal (error, VD_PLACES_ERROR, VD_PLACES_ERROR_INVALID, message);
  return FALSE;
}

static gboolean
station_exists (VdDatabase  *db,
                gint64       station_id,
                GError     **error)
{
  if (vd_places_query_int (db, "SELECT id FROM stations WHERE id = ?1", station_id) != 0)
    return TRUE;
  g_set_error_literal (error, VD_PLACES_ERROR, VD_PLACES_ERROR_NOT_FOUND,
                       _("The station has been removed meanwhile."));
  return FALSE;
}

/* Service projects */

void
vd_station_project_free (VdStationProject *p)
{
  if (p == NULL)
    return;
  g_free (p->name);
  g_free (p->description);
  g_free (p->started_on);
  g_free (p->ended_on);
  g_free (p);
}

GPtrArray *
vd_stations_list_projects (VdDatabase  *db,
                           gint64       station_id,
                           GError     **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify)vd_station_project_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);

  stmt = vd_database_prepare (db,
                              "SELECT id, station_id, name, description, started_on, ended_on "
                              "FROM station_projects WHERE station_id = ?1 "
                              "ORDER BY ended_on IS NOT NULL, started_on, id",
                              error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, station_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      VdStationProject *p = g_new0 (VdStationProject, 1);

      p->id = sqlite3_column_int64 (stmt, 0);
      p->station_id = sqlite3_column_int64 (stmt, 1);
      p->name = column_dup (stmt, 2);
      p->description = column_dup (stmt, 3);
      p->started_on = column_dup (stmt, 4);
      p->ended_on = column_dup (stmt, 5);
      g_ptr_array_add (list, p);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
      return NULL;
    }
  return g_steal_pointer (&list);
}

static gboolean
check_project (VdStationProject  *p,
               GError           **error)
{
  char *clean = vd_places_trim (p->name);

  g_free (p->name);
  p->name = clean;
  clean = vd_places_trim (p->description);
  g_free (p->description);
  p->description = clean;

  if (p->name[0] == '\0')
    return invalid (error, _("Enter the project’s name."));
  if (g_utf8_strlen (p->name, -1) > MAX_PROJECT_NAME)
    return invalid (error, _("The project’s name is too long (at most 100 characters)."));
  if (g_utf8_strlen (p->description, -1) > MAX_DESCRIPTION)
    return invalid (error, _("The description is too long (at most 1000 characters)."));
  if (p->started_on == NULL || !vd_places_check_date (&p->started_on, FALSE))
    return invalid (error, _("Enter the date the project started, as 2026-03-05."));
  if (!vd_places_check_date (&p->started_on, TRUE))
    return invalid (error, _("The project’s start is in the future."));
  if (p->ended_on != NULL)
    {
      if (!vd_places_check_date (&p->ended_on, TRUE))
        return invalid (error, _("Enter a real end date, not in the future."));
      if (strcmp (p->ended_on, p->started_on) < 0)
        return invalid (error, _("A project cannot end before it started."));
    }
  return TRUE;
}

gboolean
vd_stations_add_project (VdDatabase        *db,
                         VdStationProject  *p,
                         GError           **error)
{
  gint64 id;

  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (p != NULL, FALSE);

  if (!station_exists (db, p->station_id, error) || !check_project (p, error))
    return FALSE;
  id = vd_places_write_row (db, "station_projects", 0, "insert",
                            "INSERT INTO station_projects (station_id, name, description, started_on, "
                            "ended_on) VALUES (?1, ?2, ?3, ?4, ?5)",
                            error, "itttt", p->station_id, p->name, p->description, p->started_on,
                            p->ended_on);
  if (id == 0)
    return FALSE;
  p->id = id;
  return TRUE;
}

gboolean
vd_stations_update_project (VdDatabase        *db,
                            VdStationProject  *p,
                            GError           **error)
{
  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (p != NULL && p->id != 0, FALSE);

  if (!check_project (p, error))
    return FALSE;
  return vd_places_write_row (db, "station_projects", p->id, "update",
                              "UPDATE station_projects SET name = ?2, description = ?3, "
                              "started_on = ?4, ended_on = ?5 WHERE id = ?1",
                              error, "itttt", p->id, p->name, p->description, p->started_on,
                              p->ended_on) != 0;
}

gboolean
vd_stations_end_project (VdDatabase  *db,
                         gint64       project_id,
                         const char  *ended_on,
                         GError     **error)
{
  g_autofree char *day = ended_on != NULL ? g_strdup (ended_on) : today_iso ();
  sqlite3_stmt *stmt;
  g_autofree char *started = NULL;

  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);

  if (!vd_places_check_date (&day, TRUE))
    return invalid (error, _("Enter a real end date, not in the future."));
  stmt = vd_database_prepare (db, "SELECT started_on FROM station_projects WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, project_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    started = column_dup (stmt, 0);
  sqlite3_finalize (stmt);
  if (started == NULL)
    {
      g_set_error_literal (error, VD_PLACES_ERROR, VD_PLACES_ERROR_NOT_FOUND,
                           _("The project has been removed meanwhile."));
      return FALSE;
    }
  if (strcmp (day, started) < 0)
    return invalid (error, _("A project cannot end before it started."));
  return vd_places_write_row (db, "station_projects", project_id, "end",
                              "UPDATE station_projects SET ended_on = ?2 WHERE id = ?1",
                              error, "it", project_id, day) != 0;
}

/* The 六个一 checklist */

void
vd_checklist_entry_free (VdChecklistEntry *e)
{
  if (e == NULL)
    return;
  g_free (e->checked_on);
  g_free (e->note);
  g_free (e);
}

GPtrArray *
vd_stations_get_checklist (VdDatabase  *db,
                           gint64       station_id,
                           GError     **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify)vd_checklist_entry_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);

  for (guint i = 0; i < VD_N_CHECKLIST_ITEMS; i++)
    {
      VdChecklistEntry *e = g_new0 (VdChecklistEntry, 1);

      e->item = i;
      e->note = g_strdup ("");
      g_ptr_array_add (list, e);
    }
  stmt = vd_database_prepare (db, "SELECT item, done, checked_on, note FROM station_checklist "
                                  "WHERE station_id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, station_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    for (guint i = 0; i < VD_N_CHECKLIST_ITEMS; i++)
      if (g_strcmp0 ((const char *)sqlite3_column_text (stmt, 0), checklist_codes[i]) == 0)
        {
          VdChecklistEntry *e = g_ptr_array_index (list, i);

          e->done = sqlite3_column_int (stmt, 1);
          e->checked_on = column_dup (stmt, 2);
          g_free (e->note);
          e->note = column_dup (stmt, 3);
        }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
      return NULL;
    }
  return g_steal_pointer (&list);
}

static char *
checklist_json (VdDatabase      *db,
                gint64           station_id,
                VdChecklistItem  item)
{
  sqlite3_stmt *stmt;
  char *json = NULL;

  stmt = vd_database_prepare (db, "SELECT json_object ('station_id', station_id, 'item', item, "
                                  "'done', done, 'checked_on', checked_on, 'note', note) "
                                  "FROM station_checklist WHERE station_id = ?1 AND item = ?2", NULL);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, station_id);
  sqlite3_bind_text (stmt, 2, checklist_codes[item], -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    json = column_dup (stmt, 0);
  sqlite3_finalize (stmt);
  return json;
}

gboolean
vd_stations_set_checklist (VdDatabase       *db,
                           gint64            station_id,
                           VdChecklistItem   item,
                           gboolean          done,
                           const char       *checked_on,
                           const char       *note,
                           GError          **error)
{
  g_autofree char *day = NULL;
  g_autofree char *clean_note = vd_places_trim (note);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (item < VD_N_CHECKLIST_ITEMS, FALSE);

  if (!station_exists (db, station_id, error))
    return FALSE;
  if (checked_on != NULL && checked_on[0] != '\0')
    {
      day = g_strdup (checked_on);
      if (!vd_places_check_date (&day, FALSE))
        return invalid (error, _("Not a date: write it as 2026-03-05."));
      if (!vd_places_check_date (&day, TRUE))
        return invalid (error, _("The check date is in the future."));
    }
  else if (done)
    return invalid (error, _("Enter the date the item was checked."));
  if (g_utf8_strlen (clean_note, -1) > MAX_DESCRIPTION)
    return invalid (error, _("The note is too long (at most 1000 characters)."));

  if (!vd_database_begin (db, error))
    return FALSE;
  /* Composite key: the entry carries the item in its images. */
  before = checklist_json (db, station_id, item);
  stmt = vd_database_prepare (db,
                              "INSERT INTO station_checklist (station_id, item, done, checked_on, note) "
                              "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (station_id, item) DO UPDATE "
                              "SET done = excluded.done, checked_on = excluded.checked_on, "
                              "note = excluded.note",
                              error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, station_id);
  sqlite3_bind_text (stmt, 2, checklist_codes[item], -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 3, done ? 1 : 0);
  if (day != NULL)
    sqlite3_bind_text (stmt, 4, day, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, clean_note, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
      goto fail;
    }
  after = checklist_json (db, station_id, item);
  if (!vd_audit_log (db, "station_checklist", station_id, "check", before, after, error))
    goto fail;
  return vd_database_commit (db, error);

fail:
  vd_database_rollback (db);
  return FALSE;
}

/* Equipment */

void
vd_equipment_issue_free (VdEquipmentIssue *e)
{
  if (e == NULL)
    return;
  g_free (e->description);
  g_free (e->issued_on);
  g_free (e);
}

GPtrArray *
vd_stations_list_equipment (VdDatabase  *db,
                            gint64       station_id,
                            GError     **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify)vd_equipment_issue_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);

  stmt = vd_database_prepare (db, "SELECT id, station_id, kind, description, quantity, issued_on "
                                  "FROM station_equipment WHERE station_id = ?1 "
                                  "ORDER BY issued_on DESC, id DESC", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, station_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      VdEquipmentIssue *e = g_new0 (VdEquipmentIssue, 1);
      const char *kind = (const char *)sqlite3_column_text (stmt, 2);

      e->id = sqlite3_column_int64 (stmt, 0);
      e->station_id = sqlite3_column_int64 (stmt, 1);
      e->kind = VD_EQUIPMENT_OTHER;
      for (guint k = 0; k < VD_N_EQUIPMENT_KINDS; k++)
        if (g_strcmp0 (kind, equipment_codes[k]) == 0)
          e->kind = k;
      e->description = column_dup (stmt, 3);
      e->quantity = sqlite3_column_int (stmt, 4);
      e->issued_on = column_dup (stmt, 5);
      g_ptr_array_add (list, e);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
      return NULL;
    }
  return g_steal_pointer (&list);
}

gboolean
vd_stations_add_equipment (VdDatabase        *db,
                           VdEquipmentIssue  *e,
                           GError           **error)
{
  char *clean;
  gint64 id;

  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (e != NULL && e->kind < VD_N_EQUIPMENT_KINDS, FALSE);

  if (!station_exists (db, e->station_id, error))
    return FALSE;
  clean = vd_places_trim (e->description);
  g_free (e->description);
  e->description = clean;
  if (e->kind == VD_EQUIPMENT_OTHER && e->description[0] == '\0')
    return invalid (error, _("Describe what was issued."));
  if (g_utf8_strlen (e->description, -1) > 200)
    return invalid (error, _("The description is too long (at most 200 characters)."));
  if (e->quantity <= 0 || e->quantity > MAX_QUANTITY)
    return invalid (error, _("Enter how many were issued (1 to 100,000)."));
  if (e->issued_on == NULL || !vd_places_check_date (&e->issued_on, FALSE))
    return invalid (error, _("Enter the date of issue, as 2026-03-05."));
  if (!vd_places_check_date (&e->issued_on, TRUE))
    return invalid (error, _("The date of issue is in the future."));

  id = vd_places_write_row (db, "station_equipment", 0, "insert",
                            "INSERT INTO station_equipment (station_id, kind, description, quantity, "
                            "issued_on) VALUES (?1, ?2, ?3, ?4, ?5)",
                            error, "ittit", e->station_id, equipment_codes[e->kind], e->description,
                            (gint64)e->quantity, e->issued_on);
  if (id == 0)
    return FALSE;
  e->id = id;
  return TRUE;
}

gboolean
vd_stations_delete_equipment (VdDatabase  *db,
                              gint64       issue_id,
                              GError     **error)
{
  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);

  return vd_places_write_row (db, "station_equipment", issue_id, "delete",
                              "DELETE FROM station_equipment WHERE id = ?1", error, "i",
                              issue_id) != 0;
}

/* What is based at a station */

GPtrArray *
vd_stations_list_volunteers (VdDatabase  *db,
                             gint64       station_id,
                             guint        limit,
                             guint       *total,
                             GError     **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);

  if (total != NULL)
    *total = vd_places_query_int (db, "SELECT count (*) FROM volunteers WHERE station_id = ?1 "
                                      "AND status = 'active'", station_id);
  stmt = vd_database_prepare (db,
                              "SELECT " VD_VOLUNTEER_COLUMNS " FROM " VD_VOLUNTEER_FROM
                              " WHERE v.station_id = ?1 AND v.status = 'active' "
                              "ORDER BY v.name_sort, v.id LIMIT ?2",
                              error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, station_id);
  sqlite3_bind_int64 (stmt, 2, limit > 0 ? (gint64)limit : -1);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (list, vd_volunteer_new_from_row (stmt));
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
      return NULL;
    }
  return g_steal_pointer (&list);
}

void
vd_station_team_free (VdStationTeam *t)
{
  if (t == NULL)
    return;
  g_free (t->name);
  g_free (t->category);
  g_free (t);
}

GPtrArray *
vd_stations_list_teams (VdDatabase  *db,
                        gint64       station_id,
                        GError     **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify)vd_station_team_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);

  stmt = vd_database_prepare (db,
                              "SELECT t.id, t.name, coalesce (c.name, ''), "
                              "(SELECT count (*) FROM team_members m WHERE m.team_id = t.id), "
                              "t.status = 'active' FROM teams t "
                              "LEFT JOIN categories c ON c.id = t.category_id "
                              "WHERE t.station_id = ?1 ORDER BY t.status <> 'active', t.name",
                              error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, station_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      VdStationTeam *t = g_new0 (VdStationTeam, 1);

      t->id = sqlite3_column_int64 (stmt, 0);
      t->name = column_dup (stmt, 1);
      t->category = column_dup (stmt, 2);
      t->n_members = sqlite3_column_int (stmt, 3);
      t->active = sqlite3_column_int (stmt, 4);
      g_ptr_array_add (list, t);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
      return NULL;
    }
  return g_steal_pointer (&list);
}

void
vd_station_event_free (VdStationEvent *e)
{
  if (e == NULL)
    return;
  g_free (e->title);
  g_free (e->starts_at);
  g_free (e->status);
  g_free (e);
}

GPtrArray *
vd_stations_list_events (VdDatabase  *db,
                         gint64       station_id,
                         const char  *from,
                         const char  *to,
                         GError     **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify)vd_station_event_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);

  stmt = vd_database_prepare (db,
                              "SELECT e.id, e.title, e.starts_at, e.status, e.people_served, "
                              "count (r.id), coalesce (sum (r.minutes), 0) FROM events e "
                              "LEFT JOIN service_records r ON r.event_id = e.id AND r.status = 'approved' "
                              "WHERE e.station_id = ?1 AND (?2 IS NULL OR date (e.starts_at) >= ?2) "
                              "AND (?3 IS NULL OR date (e.starts_at) <= ?3) "
                              "GROUP BY e.id ORDER BY e.starts_at DESC, e.id DESC",
                              error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, station_id);
  sqlite3_bind_text (stmt, 2, from, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, to, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      VdStationEvent *e = g_new0 (VdStationEvent, 1);

      e->id = sqlite3_column_int64 (stmt, 0);
      e->title = column_dup (stmt, 1);
      e->starts_at = column_dup (stmt, 2);
      e->status = column_dup (stmt, 3);
      e->people_served = sqlite3_column_int (stmt, 4);
      e->n_volunteers = sqlite3_column_int (stmt, 5);
      e->approved_minutes = sqlite3_column_int64 (stmt, 6);
      g_ptr_array_add (list, e);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
      return NULL;
    }
  return g_steal_pointer (&list);
}
