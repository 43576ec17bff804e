/* vd-commendations.c — 褒奖 of volunteers, teams, stations and communities
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vd-commendations.h"
#include "vd-places-private.h"

static const char * const level_codes[] = { "district", "city", "province", "national" };
static const char * const owner_columns[] = { "volunteer_id", "team_id", "station_id", "community_id" };

const char *
vd_commendation_level_get_label (VdCommendationLevel level)
{
  static const char * const labels[] = {
    NC_("commendation level", "District"),
    NC_("commendation level", "City"),
    NC_("commendation level", "Province"),
    NC_("commendation level", "National"),
  };

  g_return_val_if_fail (level < VD_N_LEVELS, NULL);
  return g_dpgettext2 (GETTEXT_PACKAGE, "commendation level", labels[level]);
}

const char *
vd_owner_kind_get_label (VdOwnerKind kind)
{
  static const char * const labels[] = {
    NC_("commendation owner", "Volunteer"),
    NC_("commendation owner", "Volunteer team"),
    NC_("commendation owner", "Station"),
    NC_("commendation owner", "Community"),
  };

  g_return_val_if_fail (kind < VD_N_OWNER_KINDS, NULL);
  return g_dpgettext2 (GETTEXT_PACKAGE, "commendation owner", labels[kind]);
}

VdCommendation *
vd_commendation_new (void)
{
  VdCommendation *c = g_new0 (VdCommendation, 1);

  c->title = g_strdup ("");
  c->issuer = g_strdup ("");
  c->notes = g_strdup ("");
  c->owner_name = g_strdup ("");
  return c;
}

VdCommendation *
vd_commendation_copy (const VdCommendation *c)
{
  VdCommendation *copy = g_new0 (VdCommendation, 1);

  *copy = *c;
  copy->title = g_strdup (c->title);
  copy->awarded_on = g_strdup (c->awarded_on);
  copy->issuer = g_strdup (c->issuer);
  copy->notes = g_strdup (c->notes);
  copy->owner_name = g_strdup (c->owner_name);
  return copy;
}

void
vd_commendation_free (VdCommendation *c)
{
  if (c == NULL)
    return;
  g_free (c->title);
  g_free (c->awarded_on);
  g_free (c->issuer);
  g_free (c->notes);
  g_free (c->owner_name);
  g_free (c);
}

static gboolean
invalid (GError     **error,
         const char  *message)
{
  g_set_error_literal (error, VD_PLACES_ERROR, VD_PLACES_ERROR_INVALID, message);
  return FALSE;
}

static void
trim_field (char **field)
{
  char *clean = vd_places_trim (*field);

  g_free (*field);
  *field = clean;
}

static gboolean
check (VdDatabase      *db,
       VdCommendation  *c,
       GError         **error)
{
  static const char * const owner_queries[] = {
    "SELECT id FROM volunteers WHERE id = ?1",
    "SELECT id FROM teams WHERE id = ?1",
    "SELECT id FROM stations WHERE id = ?1",
    "SELECT id FROM communities WHERE id = ?1",
  };

  trim_field (&c->title);
  trim_field (&c->issuer);
  trim_field (&c->notes);
  if (c->owner_kind >= VD_N_OWNER_KINDS
      || vd_places_query_int (db, owner_queries[c->owner_kind], c->owner_id) == 0)
    {
      g_set_error_literal (error, VD_PLACES_ERROR, VD_PLACES_ERROR_NOT_FOUND,
                           _("Whoever the commendation is for has been removed meanwhile."));
      return FALSE;
    }
  if (c->title[0] == '\0')
    return invalid (error, _("Enter the title of the commendation."));
  if (g_utf8_strlen (c->title, -1) > 200)
    return invalid (error, _("The title is too long (at most 200 characters)."));
  if (c->level >= VD_N_LEVELS)
    return invalid (error, _("Choose the level of the commendation."));
  if (c->awarded_on == NULL || !vd_places_check_date (&c->awarded_on, FALSE))
    return invalid (error, _("Enter the date it was awarded, as 2026-03-05."));
  if (!vd_places_check_date (&c->awarded_on, TRUE))
    return invalid (error, _("The date of the award is in the future."));
  if (g_utf8_strlen (c->issuer, -1) > 100)
    return invalid (error, _("The issuing body is too long (at most 100 characters)."));
  if (g_utf8_strlen (c->notes, -1) > 1000)
    return invalid (error, _("The note is too long (at most 1000 characters)."));
  return TRUE;
}

gboolean
vd_commendations_add (VdDatabase      *db,
                      VdCommendation  *c,
                      GError         **error)
{
  g_autofree char *sql = NULL;
  gint64 id;

  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (c != NULL, FALSE);

  if (!check (db, c, error))
    return FALSE;
  /* The column comes from our own table of four names. */
  sql = g_strdup_printf ("INSERT INTO commendations (id, title, level, awarded_on, issuer, notes, %s) "
                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", owner_columns[c->owner_kind]);
  id = vd_places_write_row (db, "commendations", 0, c->id != 0 ? "undelete" : "insert", sql, error,
                            "nttttti", c->id, c->title, level_codes[c->level], c->awarded_on,
                            c->issuer, c->notes, c->owner_id);
  if (id == 0)
    return FALSE;
  c->id = id;
  return TRUE;
}

gboolean
vd_commendations_update (VdDatabase      *db,
                         VdCommendation  *c,
                         GError         **error)
{
  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (c != NULL && c->id != 0, FALSE);

  if (!check (db, c, error))
    return FALSE;
  return vd_places_write_row (db, "commendations", c->id, "update",
                              "UPDATE commendations SET title = ?2, level = ?3, awarded_on = ?4, "
                              "issuer = ?5, notes = ?6 WHERE id = ?1",
                              error, "ittttt", c->id, c->title, level_codes[c->level],
                              c->awarded_on, c->issuer, c->notes) != 0;
}

#define COMMENDATION_QUERY \
  "SELECT m.id, m.title, m.level, m.awarded_on, m.issuer, m.notes, " \
  "CASE WHEN m.volunteer_id IS NOT NULL THEN 0 WHEN m.team_id IS NOT NULL THEN 1 " \
  "WHEN m.station_id IS NOT NULL THEN 2 ELSE 3 END, " \
  "coalesce (m.volunteer_id, m.team_id, m.station_id, m.community_id), " \
  "coalesce (v.name, t.name, s.name, c.name, '') FROM commendations m " \
  "LEFT JOIN volunteers v ON v.id = m.volunteer_id LEFT JOIN teams t ON t.id = m.team_id " \
  "LEFT JOIN stations s ON s.id = m.station_id LEFT JOIN communities c ON c.id = m.community_id "

static GPtrArray *
query (VdDatabase  *db,
       const char  *sql,
       gint64       arg,
       GError     **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify)vd_commendation_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = vd_database_prepare (db, sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, arg);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      VdCommendation *c = g_new0 (VdCommendation, 1);
      const char *level = (const char *)sqlite3_column_text (stmt, 2);

      c->id = sqlite3_column_int64 (stmt, 0);
      c->title = g_strdup ((const char *)sqlite3_column_text (stmt, 1));
      for (guint i = 0; i < VD_N_LEVELS; i++)
        if (g_strcmp0 (level, level_codes[i]) == 0)
          c->level = i;
      c->awarded_on = g_strdup ((const char *)sqlite3_column_text (stmt, 3));
      c->issuer = g_strdup ((const char *)sqlite3_column_text (stmt, 4));
      c->notes = g_strdup ((const char *)sqlite3_column_text (stmt, 5));
      c->owner_kind = sqlite3_column_int (stmt, 6);
      c->owner_id = sqlite3_column_int64 (stmt, 7);
      c->owner_name = g_strdup ((const char *)sqlite3_column_text (stmt, 8));
      g_ptr_array_add (list, c);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
      return NULL;
    }
  return g_steal_pointer (&list);
}

VdCommendation *
vd_commendations_remove (VdDatabase  *db,
                         gint64       id,
                         GError     **error)
{
  g_autoptr(GPtrArray) found = NULL;

  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);

  found = query (db, COMMENDATION_QUERY "WHERE m.id = ?1", id, error);
  if (found == NULL)
    return NULL;
  if (found->len == 0)
    {
      g_set_error_literal (error, VD_PLACES_ERROR, VD_PLACES_ERROR_NOT_FOUND,
                           _("It has been removed meanwhile."));
      return NULL;
    }
  if (vd_places_write_row (db, "commendations", id, "delete",
                           "DELETE FROM commendations WHERE id = ?1", error, "i", id) == 0)
    return NULL;
  return g_ptr_array_steal_index (found, 0);
}

GPtrArray *
vd_commendations_list_for (VdDatabase   *db,
                           VdOwnerKind   kind,
                           gint64        owner_id,
                           GError      **error)
{
  g_autofree char *sql = NULL;

  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (kind < VD_N_OWNER_KINDS, NULL);

  sql = g_strdup_printf (COMMENDATION_QUERY "WHERE m.%s = ?1 ORDER BY m.awarded_on DESC, m.id DESC",
                         owner_columns[kind]);
  return query (db, sql, owner_id, error);
}

GPtrArray *
vd_commendations_list_year (VdDatabase  *db,
                            int          year,
                            GError     **error)
{
  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);

  return query (db, COMMENDATION_QUERY
                "WHERE m.awarded_on >= printf ('%04d-01-01', ?1) "
                "AND m.awarded_on <= printf ('%04d-12-31', ?1) ORDER BY m.awarded_on, m.id",
                year, error);
}

GArray *
vd_commendations_count_by_year (VdDatabase  *db,
                                GError     **error)
{
  g_autoptr(GArray) years = g_array_new (FALSE, TRUE, sizeof (VdCommendationYear));
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);

  stmt = vd_database_prepare (db,
                              "SELECT CAST (substr (awarded_on, 1, 4) AS INTEGER) AS y, level, count (*) "
                              "FROM commendations GROUP BY y, level ORDER BY y DESC",
                              error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int year = sqlite3_column_int (stmt, 0);
      const char *level = (const char *)sqlite3_column_text (stmt, 1);
      guint n = sqlite3_column_int (stmt, 2);
      VdCommendationYear *last;

      if (years->len == 0 || g_array_index (years, VdCommendationYear, years->len - 1).year != year)
        {
          VdCommendationYear fresh = { .year = year };

          g_array_append_val (years, fresh);
        }
      last = &g_array_index (years, VdCommendationYear, years->len - 1);
      last->count += n;
      for (guint i = 0; i < VD_N_LEVELS; i++)
        if (g_strcmp0 (level, level_codes[i]) == 0)
          last->by_level[i] += n;
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
      return NULL;
    }
  return g_steal_pointer (&years);
}
