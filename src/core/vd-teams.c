/* vd-teams.c — volunteer teams: the record, its checks, and adding, changing,
 * archiving, removing and listing teams
 *
 * A team's leader is not a column of its own: it is the member whose role is leader,
 * so that the leader is always a member and there is never more than one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "vd-audit.h"
#include "vd-date.h"
#include "vd-pinyin.h"
#include "vd-teams-private.h"

G_DEFINE_QUARK (vd-teams-error-quark, vd_teams_error)

G_DEFINE_FINAL_TYPE (VdTeam, vd_team, G_TYPE_OBJECT)

#define MAX_NAME_CHARS 100
#define MAX_NOTES_CHARS 2000

/* Shared helpers */

gint64
vd_teams_query_int (VdDatabase *db,
                    const char *sql,
                    gint64      a,
                    gint64      b)
{
  sqlite3_stmt *stmt = vd_database_prepare_cached (db, sql, NULL);
  gint64 found = 0;

  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, a);
  if (sqlite3_bind_parameter_count (stmt) >= 2)
    sqlite3_bind_int64 (stmt, 2, b);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    found = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return found;
}

gboolean
vd_teams_step_done (VdDatabase    *db,
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
vd_teams_date_ok (const char  *text,
                  const GDate *today,
                  gboolean    *in_future)
{
  g_autofree char *iso = NULL;
  GDate date;
  GDate now;

  *in_future = FALSE;
  g_date_clear (&date, 1);
  /* Stored dates are exactly YYYY-MM-DD: anything else is not one. */
  if (text == NULL || strlen (text) != 10 || !vd_date_parse (text, &date))
    return FALSE;
  iso = vd_date_to_iso (&date);
  if (strcmp (iso, text) != 0)
    return FALSE;
  if (today == NULL)
    {
      vd_date_set_today (&now);
      today = &now;
    }
  *in_future = g_date_compare (&date, today) > 0;
  return !*in_future;
}

static void
replace_str (char       **field,
             const char  *value)
{
  char *copy = g_strdup (value);

  g_free (*field);
  *field = copy;
}

/* The record */

static void
vd_team_finalize (GObject *object)
{
  VdTeam *self = VD_TEAM (object);

  g_free (self->name);
  g_free (self->founded_on);
  g_free (self->notes);
  g_free (self->category_name);
  g_free (self->parent_name);
  g_free (self->station_name);
  g_free (self->leader_name);

  G_OBJECT_CLASS (vd_team_parent_class)->finalize (object);
}

static void
vd_team_class_init (VdTeamClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = vd_team_finalize;
}

static void
vd_team_init (VdTeam *self)
{
  self->name = g_strdup ("");
  self->notes = g_strdup ("");
  self->category_name = g_strdup ("");
  self->parent_name = g_strdup ("");
  self->station_name = g_strdup ("");
  self->leader_name = g_strdup ("");
}

VdTeam *
vd_team_new (void)
{
  return g_object_new (VD_TYPE_TEAM, NULL);
}

VdTeam *
vd_team_copy (VdTeam *self)
{
  VdTeam *copy;

  g_return_val_if_fail (VD_IS_TEAM (self), NULL);

  copy = vd_team_new ();
  copy->id = self->id;
  replace_str (&copy->name, self->name);
  copy->category_id = self->category_id;
  copy->parent_id = self->parent_id;
  copy->station_id = self->station_id;
  replace_str (&copy->founded_on, self->founded_on);
  replace_str (&copy->notes, self->notes);
  copy->archived = self->archived;
  replace_str (&copy->category_name, self->category_name);
  replace_str (&copy->parent_name, self->parent_name);
  replace_str (&copy->station_name, self->station_name);
  copy->leader_id = self->leader_id;
  replace_str (&copy->leader_name, self->leader_name);
  copy->member_count = self->member_count;
  return copy;
}

char *
vd_teams_sort_key (const char *text)
{
  GString *key = g_string_new (NULL);

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return g_string_free (key, FALSE);
  /* Chinese readers expect pinyin order: 安 before 张, whatever their code points. */
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      const char *reading = vd_pinyin_of (c);

      if (reading != NULL)
        g_string_append (key, reading);
      else
        g_string_append_unichar (key, g_unichar_tolower (c));
      g_string_append_c (key, ' ');
    }
  return g_string_free (key, FALSE);
}

/* Checks */

void
vd_team_check_clear (VdTeamCheck *check)
{
  for (guint i = 0; i < VD_TEAM_N_FIELDS; i++)
    g_clear_pointer (&check->messages[i], g_free);
}

static gboolean
is_descendant (VdDatabase *db,
               gint64      team_id,
               gint64      candidate)
{
  g_autoptr(GArray) below = vd_teams_dup_descendants (db, team_id, NULL);

  for (guint i = 0; below != NULL && i < below->len; i++)
    if (g_array_index (below, gint64, i) == candidate)
      return TRUE;
  return FALSE;
}

gboolean
vd_teams_check (VdDatabase  *db,
                VdTeam      *team,
                const GDate *today,
                VdTeamCheck *check)
{
  g_autofree char *name = NULL;
  g_autofree char *notes = NULL;
  gint64 other;
  gboolean in_future;

  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (VD_IS_TEAM (team), FALSE);

  memset (check, 0, sizeof *check);

  name = g_strstrip (g_strdup (team->name != NULL ? team->name : ""));
  replace_str (&team->name, name);
  other = 0;
  if (name[0] != '\0')
    {
      sqlite3_stmt *stmt = vd_database_prepare_cached (db, "SELECT id FROM teams WHERE name = ?1", NULL);

      if (stmt != NULL)
        {
          sqlite3_bind_text (stmt, 1, name, -1, SQLITE_STATIC);
          if (sqlite3_step (stmt) == SQLITE_ROW)
            other = sqlite3_column_int64 (stmt, 0);
          sqlite3_reset (stmt);
        }
    }
  if (name[0] == '\0')
    check->messages[VD_TEAM_FIELD_NAME] = g_strdup (_("Enter the team's name."));
  else if (g_utf8_strlen (name, -1) > MAX_NAME_CHARS)
    check->messages[VD_TEAM_FIELD_NAME] = g_strdup (_("A team's name can have at most 100 characters."));
  else if (other != 0 && other != team->id)
    check->messages[VD_TEAM_FIELD_NAME] = g_strdup (_("Another team already has this name."));

  if (team->category_id == 0)
    check->messages[VD_TEAM_FIELD_CATEGORY] = g_strdup (_("Choose the team's category."));
  else if (vd_teams_query_int (db, "SELECT id FROM categories WHERE id = ?1 AND domain = 'team'",
                               team->category_id, 0) == 0)
    check->messages[VD_TEAM_FIELD_CATEGORY] = g_strdup (_("This team category does not exist."));
  else if (vd_teams_query_int (db, "SELECT archived FROM categories WHERE id = ?1", team->category_id, 0) &&
           vd_teams_query_int (db, "SELECT 1 FROM teams WHERE id = ?1 AND category_id = ?2",
                               team->id, team->category_id) == 0)
    check->messages[VD_TEAM_FIELD_CATEGORY] = g_strdup (_("This category is archived: choose another one."));

  if (team->founded_on != NULL && g_strstrip (team->founded_on)[0] == '\0')
    g_clear_pointer (&team->founded_on, g_free);
  if (team->founded_on != NULL && !vd_teams_date_ok (team->founded_on, today, &in_future))
    check->messages[VD_TEAM_FIELD_FOUNDED_ON] =
      g_strdup (in_future ? _("The founding date cannot be in the future.")
                          : _("Enter the founding date as YYYY-MM-DD, e.g. 2026-03-05, or leave it empty."));

  if (team->station_id != 0 &&
      vd_teams_query_int (db, "SELECT id FROM stations WHERE id = ?1", team->station_id, 0) == 0)
    check->messages[VD_TEAM_FIELD_STATION] = g_strdup (_("This station does not exist."));

  if (team->parent_id != 0)
    {
      if (team->parent_id == team->id)
        check->messages[VD_TEAM_FIELD_PARENT] = g_strdup (_("A team cannot be its own parent team."));
      else if (vd_teams_query_int (db, "SELECT id FROM teams WHERE id = ?1", team->parent_id, 0) == 0)
        check->messages[VD_TEAM_FIELD_PARENT] = g_strdup (_("The parent team does not exist."));
      else if (team->id != 0 && is_descendant (db, team->id, team->parent_id))
        check->messages[VD_TEAM_FIELD_PARENT] =
          g_strdup (_("The parent team cannot be one of this team's own sub-teams."));
    }

  notes = g_strstrip (g_strdup (team->notes != NULL ? team->notes : ""));
  replace_str (&team->notes, notes);
  if (g_utf8_strlen (notes, -1) > MAX_NOTES_CHARS)
    check->messages[VD_TEAM_FIELD_NOTES] = g_strdup (_("The notes can have at most 2000 characters."));

  for (guint i = 0; i < VD_TEAM_N_FIELDS; i++)
    if (check->messages[i] != NULL)
      return FALSE;
  return TRUE;
}

static gboolean
refuse_if_invalid (VdDatabase  *db,
                   VdTeam      *team,
                   GError     **error)
{
  VdTeamCheck check;
  gboolean ok = vd_teams_check (db, team, NULL, &check);

  for (guint i = 0; !ok && i < VD_TEAM_N_FIELDS; i++)
    if (check.messages[i] != NULL)
      {
        g_set_error_literal (error, VD_TEAMS_ERROR,
                             i == VD_TEAM_FIELD_NAME && team->name[0] != '\0' &&
                             g_utf8_strlen (team->name, -1) <= MAX_NAME_CHARS
                               ? VD_TEAMS_ERROR_DUPLICATE : VD_TEAMS_ERROR_INVALID,
                             check.messages[i]);
        break;
      }
  vd_team_check_clear (&check);
  return ok;
}

GArray *
vd_teams_dup_descendants (VdDatabase  *db,
                          gint64       id,
                          GError     **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);

  /* UNION, not UNION ALL: a cycle written by hand elsewhere cannot loop forever. */
  stmt = vd_database_prepare (db,
                              "WITH RECURSIVE below (id) AS (SELECT ?1 "
                              "UNION SELECT t.id FROM teams t JOIN below b ON t.parent_id = b.id) "
                              "SELECT id FROM below",
                              error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 found = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, found);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
      return NULL;
    }
  return g_steal_pointer (&ids);
}

/* Reading */

#define TEAM_SELECT \
  "SELECT t.id, t.name, t.category_id, coalesce (t.parent_id, 0), coalesce (t.station_id, 0), " \
  "t.founded_on, t.description, t.status, coalesce (c.name, ''), coalesce (p.name, ''), " \
  "coalesce (s.name, ''), coalesce (l.volunteer_id, 0), coalesce (lv.name, ''), " \
  "(SELECT count (*) FROM team_members m WHERE m.team_id = t.id) " \
  "FROM teams t LEFT JOIN categories c ON c.id = t.category_id " \
  "LEFT JOIN teams p ON p.id = t.parent_id " \
  "LEFT JOIN stations s ON s.id = t.station_id " \
  "LEFT JOIN team_members l ON l.team_id = t.id AND l.role = 'leader' " \
  "LEFT JOIN volunteers lv ON lv.id = l.volunteer_id "

static VdTeam *
team_from_row (sqlite3_stmt *stmt)
{
  VdTeam *team = vd_team_new ();

  team->id = sqlite3_column_int64 (stmt, 0);
  replace_str (&team->name, (const char *)sqlite3_column_text (stmt, 1));
  team->category_id = sqlite3_column_int64 (stmt, 2);
  team->parent_id = sqlite3_column_int64 (stmt, 3);
  team->station_id = sqlite3_column_int64 (stmt, 4);
  replace_str (&team->founded_on, (const char *)sqlite3_column_text (stmt, 5));
  replace_str (&team->notes, (const char *)sqlite3_column_text (stmt, 6));
  team->archived = g_strcmp0 ((const char *)sqlite3_column_text (stmt, 7), "archived") == 0;
  replace_str (&team->category_name, (const char *)sqlite3_column_text (stmt, 8));
  replace_str (&team->parent_name, (const char *)sqlite3_column_text (stmt, 9));
  replace_str (&team->station_name, (const char *)sqlite3_column_text (stmt, 10));
  team->leader_id = sqlite3_column_int64 (stmt, 11);
  replace_str (&team->leader_name, (const char *)sqlite3_column_text (stmt, 12));
  team->member_count = sqlite3_column_int (stmt, 13);
  return team;
}

static char *
like_pattern (const char *text)
{
  GString *pattern = g_string_new ("%");

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '%' || *p == '_' || *p == '\\')
        g_string_append_c (pattern, '\\');
      g_string_append_c (pattern, *p);
    }
  g_string_append_c (pattern, '%');
  return g_string_free (pattern, FALSE);
}

GPtrArray *
vd_teams_list (VdDatabase          *db,
               const VdTeamFilter  *filter,
               GError             **error)
{
  g_autoptr(GPtrArray) teams = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *text = NULL;
  g_autofree char *pattern = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);

  if (filter != NULL && filter->text != NULL)
    text = g_strstrip (g_strdup (filter->text));
  if (text != NULL && text[0] != '\0')
    pattern = like_pattern (text);

  stmt = vd_database_prepare (db,
                              TEAM_SELECT
                              "WHERE (?1 IS NULL OR t.name LIKE ?1 ESCAPE '\\' "
                              "       OR lv.name LIKE ?1 ESCAPE '\\' OR s.name LIKE ?1 ESCAPE '\\') "
                              "AND (?2 = 0 OR t.category_id = ?2) "
                              "AND (?3 = 0 OR (?3 = 1 AND t.status = 'active') "
                              "     OR (?3 = 2 AND t.status = 'archived')) "
                              "ORDER BY t.name",
                              error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, pattern, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, filter != NULL ? filter->category_id : 0);
  sqlite3_bind_int (stmt, 3, filter != NULL ? (int)filter->status : 0);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (teams, team_from_row (stmt));
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
      return NULL;
    }
  return g_steal_pointer (&teams);
}

VdTeam *
vd_teams_get (VdDatabase  *db,
              gint64       id,
              GError     **error)
{
  sqlite3_stmt *stmt;
  VdTeam *team = NULL;
  int rc;

  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);

  stmt = vd_database_prepare (db, TEAM_SELECT "WHERE t.id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    team = team_from_row (stmt);
  else if (rc == SQLITE_DONE)
    g_set_error (error, VD_TEAMS_ERROR, VD_TEAMS_ERROR_NOT_FOUND, _("The team no longer exists."));
  else
    vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
  sqlite3_finalize (stmt);
  return team;
}

/* Writing */

static gboolean
write_team (VdDatabase  *db,
            VdTeam      *team,
            gboolean     insert,
            GError     **error)
{
  sqlite3_stmt *stmt;

  if (insert)
    stmt = vd_database_prepare (db,
                                "INSERT INTO teams (name, category_id, parent_id, station_id, "
                                "founded_on, description, status) "
                                "VALUES (?1, ?2, nullif (?3, 0), nullif (?4, 0), ?5, ?6, ?7)",
                                error);
  else
    stmt = vd_database_prepare (db,
                                "UPDATE teams SET name = ?1, category_id = ?2, "
                                "parent_id = nullif (?3, 0), station_id = nullif (?4, 0), "
                                "founded_on = ?5, description = ?6, status = ?7 WHERE id = ?8",
                                error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, team->name, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, team->category_id);
  sqlite3_bind_int64 (stmt, 3, team->parent_id);
  sqlite3_bind_int64 (stmt, 4, team->station_id);
  sqlite3_bind_text (stmt, 5, team->founded_on, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, team->notes, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 7, team->archived ? "archived" : "active", -1, SQLITE_STATIC);
  if (!insert)
    sqlite3_bind_int64 (stmt, 8, team->id);
  if (!vd_teams_step_done (db, stmt, error))
    return FALSE;
  if (insert)
    team->id = sqlite3_last_insert_rowid (vd_database_get_handle (db));
  else if (sqlite3_changes (vd_database_get_handle (db)) == 0)
    {
      g_set_error (error, VD_TEAMS_ERROR, VD_TEAMS_ERROR_NOT_FOUND, _("The team no longer exists."));
      return FALSE;
    }
  return TRUE;
}

gboolean
vd_teams_insert (VdDatabase  *db,
                 VdTeam      *team,
                 GError     **error)
{
  g_autoptr(VdAuditRow) audit = NULL;

  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (VD_IS_TEAM (team) && team->id == 0, FALSE);

  if (!refuse_if_invalid (db, team, error) || !vd_database_begin (db, error))
    return FALSE;
  audit = vd_audit_row_begin (db, "teams", 0, error);
  if (audit == NULL || !write_team (db, team, TRUE, error) ||
      !vd_audit_row_finish (audit, "insert", team->id, error))
    {
      vd_database_rollback (db);
      team->id = 0;
      return FALSE;
    }
  if (!vd_database_commit (db, error))
    {
      team->id = 0;
      return FALSE;
    }
  return TRUE;
}

gboolean
vd_teams_update (VdDatabase  *db,
                 VdTeam      *team,
                 GError     **error)
{
  g_autoptr(VdAuditRow) audit = NULL;

  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (VD_IS_TEAM (team) && team->id != 0, FALSE);

  if (!refuse_if_invalid (db, team, error) || !vd_database_begin (db, error))
    return FALSE;
  audit = vd_audit_row_begin (db, "teams", team->id, error);
  if (audit == NULL || !write_team (db, team, FALSE, error) ||
      !vd_audit_row_finish (audit, "update", team->id, error))
    {
      vd_database_rollback (db);
      return FALSE;
    }
  return vd_database_commit (db, error);
}

gboolean
vd_teams_set_archived (VdDatabase  *db,
                       gint64       id,
                       gboolean     archived,
                       GError     **error)
{
  g_autoptr(VdAuditRow) audit = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);

  if (!vd_database_begin (db, error))
    return FALSE;
  audit = vd_audit_row_begin (db, "teams", id, error);
  if (audit == NULL)
    goto fail;
  stmt = vd_database_prepare (db, "UPDATE teams SET status = ?2 WHERE id = ?1", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, archived ? "archived" : "active", -1, SQLITE_STATIC);
  if (!vd_teams_step_done (db, stmt, error))
    goto fail;
  if (sqlite3_changes (vd_database_get_handle (db)) == 0)
    {
      g_set_error (error, VD_TEAMS_ERROR, VD_TEAMS_ERROR_NOT_FOUND, _("The team no longer exists."));
      goto fail;
    }
  if (!vd_audit_row_finish (audit, archived ? "archive" : "restore", id, error))
    goto fail;
  return vd_database_commit (db, error);

fail:
  vd_database_rollback (db);
  return FALSE;
}

/* One kind of dependent, counted: "3 members". The formats are literals so that the
 * compiler checks them. */
static char *
count_text (guint kind,
            guint n)
{
  switch (kind)
    {
    case 0: return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u member", "%u members", n), n);
    case 1: return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u sub-team", "%u sub-teams", n), n);
    case 2: return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u event", "%u events", n), n);
    case 3: return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u service record",
                                                 "%u service records", n), n);
    case 4: return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u claimed micro-wish",
                                                 "%u claimed micro-wishes", n), n);
    default: return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u commendation",
                                                  "%u commendations", n), n);
    }
}

/* "3 members, 1 sub-team and 2 events", or NULL when nothing depends on the team. */
static char *
describe_dependents (VdDatabase *db,
                     gint64      id)
{
  static const char * const counts[] = {
    "SELECT count (*) FROM team_members WHERE team_id = ?1",
    "SELECT count (*) FROM teams WHERE parent_id = ?1",
    "SELECT count (*) FROM events WHERE team_id = ?1",
    "SELECT count (*) FROM service_records r JOIN events e ON e.id = r.event_id WHERE e.team_id = ?1",
    "SELECT count (*) FROM wishes WHERE claimed_by_team_id = ?1",
    "SELECT count (*) FROM commendations WHERE team_id = ?1",
  };
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  GString *text;

  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    {
      guint n = vd_teams_query_int (db, counts[i], id, 0);

      if (n > 0)
        g_ptr_array_add (parts, count_text (i, n));
    }
  if (parts->len == 0)
    return NULL;

  text = g_string_new (g_ptr_array_index (parts, 0));
  for (guint i = 1; i < parts->len; i++)
    {
      /* Translators: joins the items of a list: "3 members, 2 events and 1 commendation" */
      g_string_append (text, i + 1 < parts->len ? _(", ") : _(" and "));
      g_string_append (text, g_ptr_array_index (parts, i));
    }
  return g_string_free (text, FALSE);
}

gboolean
vd_teams_delete (VdDatabase  *db,
                 gint64       id,
                 GError     **error)
{
  g_autoptr(VdTeam) team = NULL;
  g_autoptr(VdAuditRow) audit = NULL;
  g_autofree char *dependents = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);

  team = vd_teams_get (db, id, error);
  if (team == NULL)
    return FALSE;

  if (!vd_database_begin (db, error))
    return FALSE;
  /* Counted inside the transaction, so nothing can join between the count and the
   * DELETE. */
  dependents = describe_dependents (db, id);
  if (dependents != NULL)
    {
      g_set_error (error, VD_TEAMS_ERROR, VD_TEAMS_ERROR_HAS_DEPENDENTS,
                   /* Translators: the first %s is a team's name, the second a list
                    * such as "3 members and 2 events" */
                   _("“%s” cannot be deleted: it still has %s. Archive it instead."),
                   team->name, dependents);
      goto fail;
    }

  audit = vd_audit_row_begin (db, "teams", id, error);
  if (audit == NULL)
    goto fail;
  stmt = vd_database_prepare (db, "DELETE FROM teams WHERE id = ?1", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!vd_teams_step_done (db, stmt, error) || !vd_audit_row_finish (audit, "delete", id, error))
    goto fail;
  return vd_database_commit (db, error);

fail:
  vd_database_rollback (db);
  return FALSE;
}
