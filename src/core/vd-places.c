/* vd-places.c — the district's sub-districts and communities
 *
 * Communities are the denominator of station coverage, so they are archived rather
 * than deleted once anything refers to them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdarg.h>

#include "vd-audit.h"
#include "vd-date.h"
#include "vd-places-private.h"

#define MAX_NAME 64

G_DEFINE_QUARK (vd-places-error-quark, vd_places_error)

/* Shared helpers */

gint64
vd_places_write_row (VdDatabase  *db,
                     const char  *table,
                     gint64       id,
                     const char  *action,
                     const char  *sql,
                     GError     **error,
                     const char  *format,
                     ...)
{
  g_autoptr(VdAuditRow) audit = NULL;
  sqlite3_stmt *stmt;
  va_list args;
  int rc;
  int i;

  if (!vd_database_begin (db, error))
    return 0;
  audit = vd_audit_row_begin (db, table, id, error);
  if (audit == NULL)
    goto fail;
  stmt = vd_database_prepare (db, sql, error);
  if (stmt == NULL)
    goto fail;

  va_start (args, format);
  for (i = 0; format[i] != '\0'; i++)
    {
      if (format[i] == 'i')
        sqlite3_bind_int64 (stmt, i + 1, va_arg (args, gint64));
      else if (format[i] == 'n')
        {
          gint64 value = va_arg (args, gint64);

          if (value != 0)
            sqlite3_bind_int64 (stmt, i + 1, value);
        }
      else
        sqlite3_bind_text (stmt, i + 1, va_arg (args, const char *), -1, SQLITE_TRANSIENT);
    }
  va_end (args);

  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
      goto fail;
    }
  if (id == 0)
    id = sqlite3_last_insert_rowid (vd_database_get_handle (db));
  else if (sqlite3_changes (vd_database_get_handle (db)) == 0)
    {
      g_set_error (error, VD_PLACES_ERROR, VD_PLACES_ERROR_NOT_FOUND,
                   _("It has been removed meanwhile."));
      goto fail;
    }
  /* After a delete the "after" image is empty, as it should be. */
  if (!vd_audit_row_finish (audit, action, id, error))
    goto fail;
  if (!vd_database_commit (db, error))
    return 0;
  return id;

fail:
  vd_database_rollback (db);
  return 0;
}

gint64
vd_places_query_int (VdDatabase *db,
                     const char *sql,
                     gint64      arg)
{
  sqlite3_stmt *stmt = vd_database_prepare_cached (db, sql, NULL);
  gint64 value = 0;

  if (stmt == NULL)
    return 0;
  if (sqlite3_bind_parameter_count (stmt) > 0)
    sqlite3_bind_int64 (stmt, 1, arg);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return value;
}

char *
vd_places_trim (const char *text)
{
  return g_strstrip (g_strdup (text != NULL ? text : ""));
}

gboolean
vd_places_check_date (char     **text,
                      gboolean   not_future)
{
  GDate date, today;

  if (*text == NULL || !vd_date_parse (*text, &date))
    return FALSE;
  if (not_future)
    {
      vd_date_set_today (&today);
      if (g_date_compare (&date, &today) > 0)
        return FALSE;
    }
  g_free (*text);
  *text = vd_date_to_iso (&date);
  return TRUE;
}

const char *
vd_places_first_dependent (VdDatabase        *db,
                           const VdDependent *dependents,
                           guint              n,
                           gint64             id)
{
  for (guint i = 0; i < n; i++)
    if (vd_places_query_int (db, dependents[i].sql, id) != 0)
      return g_dgettext (GETTEXT_PACKAGE, dependents[i].what);
  return NULL;
}

static gboolean
check_name (const char  *name,
            GError     **error)
{
  if (name[0] == '\0')
    {
      g_set_error_literal (error, VD_PLACES_ERROR, VD_PLACES_ERROR_INVALID,
                           _("Enter a name."));
      return FALSE;
    }
  if (g_utf8_strlen (name, -1) > MAX_NAME)
    {
      g_set_error (error, VD_PLACES_ERROR, VD_PLACES_ERROR_INVALID,
                   _("The name is too long (at most %d characters)."), MAX_NAME);
      return FALSE;
    }
  return TRUE;
}

/* Chinese names sort by the locale's collation (pinyin in zh_CN), not by code point;
 * archived ones after the others. */
static int
compare_subdistricts (gconstpointer a,
                      gconstpointer b)
{
  const VdSubdistrict *x = *(VdSubdistrict * const *)a;
  const VdSubdistrict *y = *(VdSubdistrict * const *)b;

  if (x->archived != y->archived)
    return x->archived - y->archived;
  return g_utf8_collate (x->name, y->name);
}

static int
compare_communities (gconstpointer a,
                     gconstpointer b)
{
  const VdCommunity *x = *(VdCommunity * const *)a;
  const VdCommunity *y = *(VdCommunity * const *)b;
  int result;

  if (x->archived != y->archived)
    return x->archived - y->archived;
  result = g_utf8_collate (x->subdistrict_name, y->subdistrict_name);
  return result != 0 ? result : g_utf8_collate (x->name, y->name);
}

/* Records */

void
vd_subdistrict_free (VdSubdistrict *s)
{
  if (s == NULL)
    return;
  g_free (s->name);
  g_free (s);
}

void
vd_community_free (VdCommunity *c)
{
  if (c == NULL)
    return;
  g_free (c->subdistrict_name);
  g_free (c->name);
  g_free (c);
}

/* Sub-districts */

GPtrArray *
vd_places_list_subdistricts (VdDatabase  *db,
                             gboolean     include_archived,
                             GError     **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify)vd_subdistrict_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);

  stmt = vd_database_prepare (db,
                              "SELECT s.id, s.name, s.kind = 'township', s.archived, "
                              "(SELECT count (*) FROM communities c WHERE c.subdistrict_id = s.id "
                              "AND c.archived = 0) FROM subdistricts s "
                              "WHERE ?1 OR s.archived = 0 ORDER BY s.archived, s.name",
                              error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, include_archived);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      VdSubdistrict *s = g_new0 (VdSubdistrict, 1);

      s->id = sqlite3_column_int64 (stmt, 0);
      s->name = g_strdup ((const char *)sqlite3_column_text (stmt, 1));
      s->township = sqlite3_column_int (stmt, 2);
      s->archived = sqlite3_column_int (stmt, 3);
      s->n_communities = sqlite3_column_int (stmt, 4);
      g_ptr_array_add (list, s);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
      return NULL;
    }
  g_ptr_array_sort (list, compare_subdistricts);
  return g_steal_pointer (&list);
}

static gboolean
check_subdistrict (VdDatabase  *db,
                   gint64       id,
                   const char  *name,
                   GError     **error)
{
  sqlite3_stmt *stmt;
  gint64 other = 0;

  if (!check_name (name, error))
    return FALSE;
  stmt = vd_database_prepare_cached (db, "SELECT id FROM subdistricts WHERE name = ?1 AND id <> ?2",
                                     error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    other = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (other != 0)
    {
      g_set_error (error, VD_PLACES_ERROR, VD_PLACES_ERROR_DUPLICATE,
                   _("There is already a sub-district named “%s”."), name);
      return FALSE;
    }
  return TRUE;
}

gint64
vd_places_add_subdistrict (VdDatabase  *db,
                           const char  *name,
                           gboolean     township,
                           GError     **error)
{
  g_autofree char *clean = vd_places_trim (name);

  g_return_val_if_fail (VD_IS_DATABASE (db), 0);

  if (!check_subdistrict (db, 0, clean, error))
    return 0;
  return vd_places_write_row (db, "subdistricts", 0, "insert",
                              "INSERT INTO subdistricts (name, kind) VALUES (?1, ?2)", error,
                              "tt", clean, township ? "township" : "subdistrict");
}

gboolean
vd_places_update_subdistrict (VdDatabase  *db,
                              gint64       id,
                              const char  *name,
                              gboolean     township,
                              GError     **error)
{
  g_autofree char *clean = vd_places_trim (name);

  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);

  if (!check_subdistrict (db, id, clean, error))
    return FALSE;
  return vd_places_write_row (db, "subdistricts", id, "update",
                              "UPDATE subdistricts SET name = ?2, kind = ?3 WHERE id = ?1", error,
                              "itt", id, clean, township ? "township" : "subdistrict") != 0;
}

gboolean
vd_places_set_subdistrict_archived (VdDatabase  *db,
                                    gint64       id,
                                    gboolean     archived,
                                    GError     **error)
{
  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);

  return vd_places_write_row (db, "subdistricts", id, archived ? "archive" : "restore",
                              "UPDATE subdistricts SET archived = ?2 WHERE id = ?1", error,
                              "ii", id, (gint64)(archived ? 1 : 0)) != 0;
}

gboolean
vd_places_delete_subdistrict (VdDatabase  *db,
                              gint64       id,
                              GError     **error)
{
  static const VdDependent dependents[] = {
    { "SELECT 1 FROM communities WHERE subdistrict_id = ?1", N_("communities") },
    { "SELECT 1 FROM stations WHERE subdistrict_id = ?1", N_("stations") },
  };
  const char *what;

  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);

  what = vd_places_first_dependent (db, dependents, G_N_ELEMENTS (dependents), id);
  if (what != NULL)
    {
      g_set_error (error, VD_PLACES_ERROR, VD_PLACES_ERROR_HAS_DEPENDENTS,
                   /* Translators: %s is what refers to it, e.g. "communities" */
                   _("This sub-district cannot be removed: %s belong to it. "
                     "Archive it instead."), what);
      return FALSE;
    }
  return vd_places_write_row (db, "subdistricts", id, "delete",
                              "DELETE FROM subdistricts WHERE id = ?1", error, "i", id) != 0;
}

/* Communities */

GPtrArray *
vd_places_list_communities (VdDatabase  *db,
                            gint64       subdistrict_id,
                            gboolean     include_archived,
                            GError     **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify)vd_community_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);

  stmt = vd_database_prepare (db,
                              "SELECT c.id, c.subdistrict_id, s.name, c.name, c.kind = 'village', "
                              "c.archived, EXISTS (SELECT 1 FROM stations t WHERE t.community_id = c.id "
                              "AND t.type = 'community' AND t.status = 'active') "
                              "FROM communities c JOIN subdistricts s ON s.id = c.subdistrict_id "
                              "WHERE (?1 = 0 OR c.subdistrict_id = ?1) AND (?2 OR c.archived = 0) "
                              "ORDER BY c.archived, s.name, c.name",
                              error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, subdistrict_id);
  sqlite3_bind_int (stmt, 2, include_archived);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      VdCommunity *c = g_new0 (VdCommunity, 1);

      c->id = sqlite3_column_int64 (stmt, 0);
      c->subdistrict_id = sqlite3_column_int64 (stmt, 1);
      c->subdistrict_name = g_strdup ((const char *)sqlite3_column_text (stmt, 2));
      c->name = g_strdup ((const char *)sqlite3_column_text (stmt, 3));
      c->village = sqlite3_column_int (stmt, 4);
      c->archived = sqlite3_column_int (stmt, 5);
      c->covered = sqlite3_column_int (stmt, 6);
      g_ptr_array_add (list, c);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
      return NULL;
    }
  g_ptr_array_sort (list, compare_communities);
  return g_steal_pointer (&list);
}

static gboolean
check_community (VdDatabase  *db,
                 gint64       id,
                 gint64       subdistrict_id,
                 const char  *name,
                 GError     **error)
{
  sqlite3_stmt *stmt;
  gint64 other = 0;

  if (vd_places_query_int (db, "SELECT id FROM subdistricts WHERE id = ?1", subdistrict_id) == 0)
    {
      g_set_error_literal (error, VD_PLACES_ERROR, VD_PLACES_ERROR_INVALID,
                           _("Choose the sub-district the community belongs to."));
      return FALSE;
    }
  if (!check_name (name, error))
    return FALSE;
  stmt = vd_database_prepare_cached (db,
                                     "SELECT id FROM communities WHERE subdistrict_id = ?1 "
                                     "AND name = ?2 AND id <> ?3",
                                     error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, subdistrict_id);
  sqlite3_bind_text (stmt, 2, name, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    other = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (other != 0)
    {
      g_set_error (error, VD_PLACES_ERROR, VD_PLACES_ERROR_DUPLICATE,
                   _("This sub-district already has a community named “%s”."), name);
      return FALSE;
    }
  return TRUE;
}

gint64
vd_places_add_community (VdDatabase  *db,
                         gint64       subdistrict_id,
                         const char  *name,
                         gboolean     village,
                         GError     **error)
{
  g_autofree char *clean = vd_places_trim (name);

  g_return_val_if_fail (VD_IS_DATABASE (db), 0);

  if (!check_community (db, 0, subdistrict_id, clean, error))
    return 0;
  return vd_places_write_row (db, "communities", 0, "insert",
                              "INSERT INTO communities (subdistrict_id, name, kind) VALUES (?1, ?2, ?3)",
                              error, "itt", subdistrict_id, clean, village ? "village" : "community");
}

gboolean
vd_places_update_community (VdDatabase  *db,
                            gint64       id,
                            gint64       subdistrict_id,
                            const char  *name,
                            gboolean     village,
                            GError     **error)
{
  g_autofree char *clean = vd_places_trim (name);

  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);

  if (!check_community (db, id, subdistrict_id, clean, error))
    return FALSE;
  return vd_places_write_row (db, "communities", id, "update",
                              "UPDATE communities SET subdistrict_id = ?2, name = ?3, kind = ?4 "
                              "WHERE id = ?1",
                              error, "iitt", id, subdistrict_id, clean,
                              village ? "village" : "community") != 0;
}

gboolean
vd_places_set_community_archived (VdDatabase  *db,
                                  gint64       id,
                                  gboolean     archived,
                                  GError     **error)
{
  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);

  return vd_places_write_row (db, "communities", id, archived ? "archive" : "restore",
                              "UPDATE communities SET archived = ?2 WHERE id = ?1", error,
                              "ii", id, (gint64)(archived ? 1 : 0)) != 0;
}

gboolean
vd_places_delete_community (VdDatabase  *db,
                            gint64       id,
                            GError     **error)
{
  static const VdDependent dependents[] = {
    { "SELECT 1 FROM stations WHERE community_id = ?1", N_("stations") },
    { "SELECT 1 FROM volunteers WHERE community_id = ?1", N_("volunteers") },
    { "SELECT 1 FROM wishes WHERE community_id = ?1", N_("micro-wishes") },
    { "SELECT 1 FROM volunteer_transfers WHERE from_community_id = ?1 OR to_community_id = ?1",
      N_("transfers") },
    { "SELECT 1 FROM commendations WHERE community_id = ?1", N_("commendations") },
  };
  const char *what;

  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);

  what = vd_places_first_dependent (db, dependents, G_N_ELEMENTS (dependents), id);
  if (what != NULL)
    {
      g_set_error (error, VD_PLACES_ERROR, VD_PLACES_ERROR_HAS_DEPENDENTS,
                   /* Translators: %s is what refers to it, e.g. "volunteers" */
                   _("This community cannot be removed: %s refer to it. Archive it instead."),
                   what);
      return FALSE;
    }
  return vd_places_write_row (db, "communities", id, "delete",
                              "DELETE FROM communities WHERE id = ?1", error, "i", id) != 0;
}
