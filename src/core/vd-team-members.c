/* vd-team-members.c — who is in a team, with which role, and the member list out
 * to a spreadsheet
 *
 * team_members has a composite key, so its changes are logged with vd_audit_log
 * under the team: entity "teams", the team's id, and the membership as JSON.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vd-audit.h"
#include "vd-date.h"
#include "vd-identity.h"
#include "vd-register.h"
#include "vd-teams-private.h"

G_DEFINE_FINAL_TYPE (VdTeamMember, vd_team_member, G_TYPE_OBJECT)

static const struct {
  const char *code;
  const char *label;
} roles[VD_N_TEAM_ROLES] = {
  [VD_TEAM_ROLE_LEADER] = { "leader", N_("Leader") },
  [VD_TEAM_ROLE_DEPUTY] = { "deputy", N_("Deputy leader") },
  [VD_TEAM_ROLE_MEMBER] = { "member", N_("Member") },
};

const char *
vd_team_role_to_code (VdTeamRole role)
{
  g_return_val_if_fail (role < VD_N_TEAM_ROLES, "member");

  return roles[role].code;
}

gboolean
vd_team_role_from_code (const char *code,
                        VdTeamRole *out)
{
  for (guint i = 0; i < VD_N_TEAM_ROLES; i++)
    if (g_strcmp0 (code, roles[i].code) == 0)
      {
        *out = i;
        return TRUE;
      }
  return FALSE;
}

const char *
vd_team_role_get_label (VdTeamRole role)
{
  g_return_val_if_fail (role < VD_N_TEAM_ROLES, "");

  return g_dgettext (GETTEXT_PACKAGE, roles[role].label);
}

static void
vd_team_member_finalize (GObject *object)
{
  VdTeamMember *self = VD_TEAM_MEMBER (object);

  g_free (self->joined_on);
  g_free (self->name);
  g_free (self->volunteer_no);
  g_free (self->phone);

  G_OBJECT_CLASS (vd_team_member_parent_class)->finalize (object);
}

static void
vd_team_member_class_init (VdTeamMemberClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = vd_team_member_finalize;
}

static void
vd_team_member_init (VdTeamMember *self)
{
  self->role = VD_TEAM_ROLE_MEMBER;
}

char *
vd_team_member_dup_phone_display (VdTeamMember *self,
                                  gboolean      full)
{
  g_return_val_if_fail (VD_IS_TEAM_MEMBER (self), NULL);

  if (self->phone == NULL)
    return g_strdup ("");
  return full ? g_strdup (self->phone) : vd_mask_phone (self->phone);
}

/* Leader, deputies, members; then in pinyin order of the name. */
#define ROLE_RANK "CASE m.role WHEN 'leader' THEN 0 WHEN 'deputy' THEN 1 ELSE 2 END"

static VdTeamMember *
member_from_row (sqlite3_stmt *stmt)
{
  VdTeamMember *member = g_object_new (VD_TYPE_TEAM_MEMBER, NULL);

  member->team_id = sqlite3_column_int64 (stmt, 0);
  member->volunteer_id = sqlite3_column_int64 (stmt, 1);
  if (!vd_team_role_from_code ((const char *)sqlite3_column_text (stmt, 2), &member->role))
    member->role = VD_TEAM_ROLE_MEMBER;
  member->joined_on = g_strdup ((const char *)sqlite3_column_text (stmt, 3));
  member->name = g_strdup ((const char *)sqlite3_column_text (stmt, 4));
  member->volunteer_no = g_strdup ((const char *)sqlite3_column_text (stmt, 5));
  member->phone = g_strdup ((const char *)sqlite3_column_text (stmt, 6));
  member->active = g_strcmp0 ((const char *)sqlite3_column_text (stmt, 7), "active") == 0;
  return member;
}

#define MEMBER_SELECT \
  "SELECT m.team_id, m.volunteer_id, m.role, m.joined_on, v.name, v.volunteer_no, v.phone, " \
  "v.status FROM team_members m JOIN volunteers v ON v.id = m.volunteer_id "

GPtrArray *
vd_teams_list_members (VdDatabase  *db,
                       gint64       team_id,
                       GError     **error)
{
  g_autoptr(GPtrArray) members = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);

  stmt = vd_database_prepare (db, MEMBER_SELECT "WHERE m.team_id = ?1 "
                                  "ORDER BY " ROLE_RANK ", v.name_sort, v.id",
                              error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, team_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (members, member_from_row (stmt));
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
      return NULL;
    }
  return g_steal_pointer (&members);
}

static VdTeamMember *
get_member (VdDatabase *db,
            gint64      team_id,
            gint64      volunteer_id)
{
  sqlite3_stmt *stmt = vd_database_prepare (db, MEMBER_SELECT
                                                "WHERE m.team_id = ?1 AND m.volunteer_id = ?2",
                                            NULL);
  VdTeamMember *member = NULL;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, team_id);
  sqlite3_bind_int64 (stmt, 2, volunteer_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    member = member_from_row (stmt);
  sqlite3_finalize (stmt);
  return member;
}

static char *
membership_json (gint64      volunteer_id,
                 const char *role,
                 const char *joined_on)
{
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, volunteer_id);

  return vd_audit_json_object ("volunteer_id", id, "role", role, "joined_on", joined_on, NULL);
}

static gboolean
team_exists (VdDatabase  *db,
             gint64       team_id,
             GError     **error)
{
  if (vd_teams_query_int (db, "SELECT id FROM teams WHERE id = ?1", team_id, 0) != 0)
    return TRUE;
  g_set_error (error, VD_TEAMS_ERROR, VD_TEAMS_ERROR_NOT_FOUND, _("The team no longer exists."));
  return FALSE;
}

static gboolean
insert_member (VdDatabase  *db,
               gint64       team_id,
               gint64       volunteer_id,
               const char  *role,
               const char  *joined_on,
               GError     **error)
{
  g_autofree char *after = membership_json (volunteer_id, role, joined_on);
  sqlite3_stmt *stmt;

  stmt = vd_database_prepare_cached (db,
                                     "INSERT INTO team_members (team_id, volunteer_id, role, joined_on) "
                                     "VALUES (?1, ?2, ?3, ?4)",
                                     error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, team_id);
  sqlite3_bind_int64 (stmt, 2, volunteer_id);
  sqlite3_bind_text (stmt, 3, role, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, joined_on, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    {
      vd_database_set_error (error, vd_database_get_handle (db),
                             sqlite3_errcode (vd_database_get_handle (db)), NULL);
      sqlite3_reset (stmt);
      return FALSE;
    }
  sqlite3_reset (stmt);
  return vd_audit_log (db, "teams", team_id, "add-member", NULL, after, error);
}

gboolean
vd_teams_add_members (VdDatabase    *db,
                      gint64         team_id,
                      const gint64  *volunteer_ids,
                      guint          n_ids,
                      const char    *joined_on,
                      guint         *n_added,
                      GError       **error)
{
  g_autofree char *today = NULL;
  gboolean in_future;
  guint added = 0;

  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (volunteer_ids != NULL || n_ids == 0, FALSE);

  if (n_added != NULL)
    *n_added = 0;
  if (joined_on == NULL)
    {
      GDate now;

      vd_date_set_today (&now);
      joined_on = today = vd_date_to_iso (&now);
    }
  else if (!vd_teams_date_ok (joined_on, NULL, &in_future))
    {
      g_set_error_literal (error, VD_TEAMS_ERROR, VD_TEAMS_ERROR_INVALID,
                           in_future ? _("The date of joining cannot be in the future.")
                                     : _("Enter the date of joining as YYYY-MM-DD."));
      return FALSE;
    }

  if (!vd_database_begin (db, error))
    return FALSE;
  if (!team_exists (db, team_id, error))
    goto fail;

  for (guint i = 0; i < n_ids; i++)
    {
      gint64 id = volunteer_ids[i];

      if (vd_teams_query_int (db, "SELECT id FROM volunteers WHERE id = ?1", id, 0) == 0)
        {
          g_set_error_literal (error, VD_TEAMS_ERROR, VD_TEAMS_ERROR_NOT_FOUND,
                               _("One of the volunteers is no longer in the register."));
          goto fail;
        }
      /* Already in the team: their role and date stay as they are. */
      if (vd_teams_query_int (db, "SELECT 1 FROM team_members WHERE team_id = ?1 AND volunteer_id = ?2",
                              team_id, id) != 0)
        continue;
      if (!insert_member (db, team_id, id, "member", joined_on, error))
        goto fail;
      added++;
    }

  if (!vd_database_commit (db, error))
    return FALSE;
  if (n_added != NULL)
    *n_added = added;
  return TRUE;

fail:
  vd_database_rollback (db);
  return FALSE;
}

static gboolean
update_role (VdDatabase  *db,
             gint64       team_id,
             gint64       volunteer_id,
             const char  *before_role,
             const char  *role,
             const char  *joined_on,
             GError     **error)
{
  g_autofree char *before = membership_json (volunteer_id, before_role, joined_on);
  g_autofree char *after = membership_json (volunteer_id, role, joined_on);
  sqlite3_stmt *stmt;

  stmt = vd_database_prepare (db, "UPDATE team_members SET role = ?3 "
                                  "WHERE team_id = ?1 AND volunteer_id = ?2",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, team_id);
  sqlite3_bind_int64 (stmt, 2, volunteer_id);
  sqlite3_bind_text (stmt, 3, role, -1, SQLITE_STATIC);
  if (!vd_teams_step_done (db, stmt, error))
    return FALSE;
  return vd_audit_log (db, "teams", team_id, "set-role", before, after, error);
}

gboolean
vd_teams_set_role (VdDatabase  *db,
                   gint64       team_id,
                   gint64       volunteer_id,
                   VdTeamRole   role,
                   GError     **error)
{
  g_autoptr(VdTeamMember) member = NULL;
  gint64 leader;

  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (role < VD_N_TEAM_ROLES, FALSE);

  if (!vd_database_begin (db, error))
    return FALSE;
  if (!team_exists (db, team_id, error))
    goto fail;
  member = get_member (db, team_id, volunteer_id);
  if (member == NULL)
    {
      /* The leader must be a member: add them first. */
      g_set_error_literal (error, VD_TEAMS_ERROR, VD_TEAMS_ERROR_INVALID,
                           _("This volunteer is not a member of the team: add them first."));
      goto fail;
    }
  if (member->role == role)
    return vd_database_commit (db, error);

  leader = vd_teams_query_int (db, "SELECT volunteer_id FROM team_members "
                                   "WHERE team_id = ?1 AND role = 'leader'", team_id, 0);
  if (role == VD_TEAM_ROLE_LEADER && leader != 0)
    {
      g_autoptr(VdTeamMember) old = get_member (db, team_id, leader);

      if (old == NULL ||
          !update_role (db, team_id, leader, "leader", "member", old->joined_on, error))
        goto fail;
    }
  if (!update_role (db, team_id, volunteer_id, vd_team_role_to_code (member->role),
                    vd_team_role_to_code (role), member->joined_on, error))
    goto fail;
  return vd_database_commit (db, error);

fail:
  vd_database_rollback (db);
  return FALSE;
}

gboolean
vd_teams_set_joined_on (VdDatabase  *db,
                        gint64       team_id,
                        gint64       volunteer_id,
                        const char  *joined_on,
                        GError     **error)
{
  g_autoptr(VdTeamMember) member = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  sqlite3_stmt *stmt;
  gboolean in_future;

  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);

  if (!vd_teams_date_ok (joined_on, NULL, &in_future))
    {
      g_set_error_literal (error, VD_TEAMS_ERROR, VD_TEAMS_ERROR_INVALID,
                           in_future ? _("The date of joining cannot be in the future.")
                                     : _("Enter the date of joining as YYYY-MM-DD."));
      return FALSE;
    }
  if (!vd_database_begin (db, error))
    return FALSE;
  member = get_member (db, team_id, volunteer_id);
  if (member == NULL)
    {
      g_set_error_literal (error, VD_TEAMS_ERROR, VD_TEAMS_ERROR_NOT_FOUND,
                           _("This volunteer is no longer a member of the team."));
      goto fail;
    }
  stmt = vd_database_prepare (db, "UPDATE team_members SET joined_on = ?3 "
                                  "WHERE team_id = ?1 AND volunteer_id = ?2",
                              error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, team_id);
  sqlite3_bind_int64 (stmt, 2, volunteer_id);
  sqlite3_bind_text (stmt, 3, joined_on, -1, SQLITE_STATIC);
  before = membership_json (volunteer_id, vd_team_role_to_code (member->role), member->joined_on);
  after = membership_json (volunteer_id, vd_team_role_to_code (member->role), joined_on);
  if (!vd_teams_step_done (db, stmt, error) ||
      !vd_audit_log (db, "teams", team_id, "set-joined-on", before, after, error))
    goto fail;
  return vd_database_commit (db, error);

fail:
  vd_database_rollback (db);
  return FALSE;
}

VdTeamMember *
vd_teams_remove_member (VdDatabase  *db,
                        gint64       team_id,
                        gint64       volunteer_id,
                        GError     **error)
{
  g_autoptr(VdTeamMember) member = NULL;
  g_autofree char *before = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);

  if (!vd_database_begin (db, error))
    return NULL;
  member = get_member (db, team_id, volunteer_id);
  if (member == NULL)
    {
      g_set_error_literal (error, VD_TEAMS_ERROR, VD_TEAMS_ERROR_NOT_FOUND,
                           _("This volunteer is no longer a member of the team."));
      goto fail;
    }
  stmt = vd_database_prepare (db, "DELETE FROM team_members WHERE team_id = ?1 AND volunteer_id = ?2",
                              error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, team_id);
  sqlite3_bind_int64 (stmt, 2, volunteer_id);
  before = membership_json (volunteer_id, vd_team_role_to_code (member->role), member->joined_on);
  if (!vd_teams_step_done (db, stmt, error) ||
      !vd_audit_log (db, "teams", team_id, "remove-member", before, NULL, error))
    goto fail;
  if (!vd_database_commit (db, error))
    return NULL;
  return g_steal_pointer (&member);

fail:
  vd_database_rollback (db);
  return NULL;
}

gboolean
vd_teams_restore_member (VdDatabase    *db,
                         VdTeamMember  *member,
                         GError       **error)
{
  const char *role;

  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (VD_IS_TEAM_MEMBER (member), FALSE);

  if (!vd_database_begin (db, error))
    return FALSE;
  if (!team_exists (db, member->team_id, error))
    goto fail;
  if (vd_teams_query_int (db, "SELECT id FROM volunteers WHERE id = ?1", member->volunteer_id, 0) == 0)
    {
      g_set_error_literal (error, VD_TEAMS_ERROR, VD_TEAMS_ERROR_NOT_FOUND,
                           _("The volunteer is no longer in the register."));
      goto fail;
    }
  if (vd_teams_query_int (db, "SELECT 1 FROM team_members WHERE team_id = ?1 AND volunteer_id = ?2",
                          member->team_id, member->volunteer_id) != 0)
    return vd_database_commit (db, error);

  role = vd_team_role_to_code (member->role);
  if (member->role == VD_TEAM_ROLE_LEADER &&
      vd_teams_query_int (db, "SELECT 1 FROM team_members WHERE team_id = ?1 AND role = 'leader'",
                          member->team_id, 0) != 0)
    role = "member";
  if (!insert_member (db, member->team_id, member->volunteer_id, role, member->joined_on, error))
    goto fail;
  return vd_database_commit (db, error);

fail:
  vd_database_rollback (db);
  return FALSE;
}

/* Export */

