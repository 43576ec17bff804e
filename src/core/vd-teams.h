/* vd-teams.h — volunteer teams (志愿服务队), their members and their categories
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "vd-database.h"

G_BEGIN_DECLS

#define VD_TEAMS_ERROR (vd_teams_error_quark ())

typedef enum
{
  VD_TEAMS_ERROR_INVALID,         /* a field is wrong: see the message */
  VD_TEAMS_ERROR_DUPLICATE,       /* the name is taken */
  VD_TEAMS_ERROR_HAS_DEPENDENTS,  /* members, events … keep the team: archive instead */
  VD_TEAMS_ERROR_NOT_FOUND,
} VdTeamsError;

GQuark vd_teams_error_quark (void);

/* Roles in a team; one leader at most, who must be a member. */
typedef enum
{
  VD_TEAM_ROLE_LEADER,
  VD_TEAM_ROLE_DEPUTY,
  VD_TEAM_ROLE_MEMBER,
  VD_N_TEAM_ROLES
} VdTeamRole;

const char *vd_team_role_to_code    (VdTeamRole  role);
gboolean    vd_team_role_from_code  (const char *code,
                                     VdTeamRole *out);
const char *vd_team_role_get_label  (VdTeamRole  role);

/* One team, a plain record like VdVolunteer: public fields owned by the object. */
#define VD_TYPE_TEAM (vd_team_get_type ())

G_DECLARE_FINAL_TYPE (VdTeam, vd_team, VD, TEAM, GObject)

struct _VdTeam
{
  GObject   parent_instance;

  gint64    id;             /* 0 until saved */
  char     *name;
  gint64    category_id;
  gint64    parent_id;      /* 0 = none */
  gint64    station_id;     /* home station, 0 = none */
  char     *founded_on;     /* YYYY-MM-DD, or NULL when unknown */
  char     *notes;
  gboolean  archived;

  /* Read-only, filled when read from the database. */
  char     *category_name;
  char     *parent_name;
  char     *station_name;
  gint64    leader_id;      /* 0 = no leader */
  char     *leader_name;    /* "" when none */
  guint     member_count;
};

VdTeam     *vd_team_new   (void);
VdTeam     *vd_team_copy  (VdTeam *self);

/* A key that sorts Chinese text in pinyin order (安 before 张), for list columns. */
char       *vd_teams_sort_key (const char *text);

/* The fields of the add/edit form, for messages shown next to each. */
typedef enum
{
  VD_TEAM_FIELD_NAME,
  VD_TEAM_FIELD_CATEGORY,
  VD_TEAM_FIELD_FOUNDED_ON,
  VD_TEAM_FIELD_STATION,
  VD_TEAM_FIELD_PARENT,
  VD_TEAM_FIELD_NOTES,
  VD_TEAM_N_FIELDS
} VdTeamField;

/* Translated messages, NULL where a field is fine. */
typedef struct
{
  char *messages[VD_TEAM_N_FIELDS];
} VdTeamCheck;

void        vd_team_check_clear (VdTeamCheck *check);

/* Trims the name and notes in place and checks every field: a name that is not
 * empty and not another team's, a team category, a real founding date not after
 * today (NULL: now), a station that exists, a parent that is neither the team nor
 * one of its sub-teams. TRUE when team can be saved. */
gboolean    vd_teams_check      (VdDatabase  *db,
                                 VdTeam      *team,
                                 const GDate *today,
                                 VdTeamCheck *check);

typedef enum
{
  VD_TEAM_STATUS_ANY,
  VD_TEAM_STATUS_ACTIVE,
  VD_TEAM_STATUS_ARCHIVED,
} VdTeamStatus;

typedef struct
{
  const char   *text;          /* part of the name, the leader's name or the station's */
  gint64        category_id;   /* 0 = any */
  VdTeamStatus  status;
} VdTeamFilter;

/* VdTeam objects sorted by name. filter may be NULL (every team). */
GPtrArray  *vd_teams_list         (VdDatabase          *db,
                                   const VdTeamFilter  *filter,
                                   GError             **error);
VdTeam     *vd_teams_get          (VdDatabase          *db,
                                   gint64               id,
                                   GError             **error);
/* Both check first (INVALID or DUPLICATE); insert sets team->id. Audited. */
gboolean    vd_teams_insert       (VdDatabase          *db,
                                   VdTeam              *team,
                                   GError             **error);
gboolean    vd_teams_update       (VdDatabase          *db,
                                   VdTeam              *team,
                                   GError             **error);
gboolean    vd_teams_set_archived (VdDatabase          *db,
                                   gint64               id,
                                   gboolean             archived,
                                   GError             **error);
/* Refuses with HAS_DEPENDENTS, naming how many of what keep the team (members,
 * sub-teams, events, service records, micro-wishes, commendations). */
gboolean    vd_teams_delete       (VdDatabase          *db,
                                   gint64               id,
                                   GError             **error);

/* Ids of the team and every team below it, for choosing a parent. */
GArray     *vd_teams_dup_descendants (VdDatabase  *db,
                                      gint64       id,
                                      GError     **error);

/* Members */

#define VD_TYPE_TEAM_MEMBER (vd_team_member_get_type ())

G_DECLARE_FINAL_TYPE (VdTeamMember, vd_team_member, VD, TEAM_MEMBER, GObject)

struct _VdTeamMember
{
  GObject     parent_instance;

  gint64      team_id;
  gint64      volunteer_id;
  VdTeamRole  role;
  char       *joined_on;      /* YYYY-MM-DD */
  char       *name;
  char       *volunteer_no;
  char       *phone;          /* full value or NULL: mask it for display */
  gboolean    active;         /* the volunteer's status in the register */
};

/* Masked unless full. */
char       *vd_team_member_dup_phone_display (VdTeamMember *self,
                                              gboolean      full);

/* Leader first, then deputies, then members; by name within each. */
GPtrArray  *vd_teams_list_members  (VdDatabase    *db,
                                    gint64         team_id,
                                    GError       **error);
/* Adds the volunteers as members joining on joined_on (YYYY-MM-DD, not in the future;
 * NULL: today), in one transaction: all or none. Those already members are left as
 * they are. *n_added (may be NULL) is how many joined. */
gboolean    vd_teams_add_members   (VdDatabase    *db,
                                    gint64         team_id,
                                    const gint64  *volunteer_ids,
                                    guint          n_ids,
                                    const char    *joined_on,
                                    guint         *n_added,
                                    GError       **error);
/* A new leader demotes the one before to member, in the same transaction. */
gboolean    vd_teams_set_role      (VdDatabase    *db,
                                    gint64         team_id,
                                    gint64         volunteer_id,
                                    VdTeamRole     role,
                                    GError       **error);
/* The date a member joined: YYYY-MM-DD, a real date not in the future. */
gboolean    vd_teams_set_joined_on (VdDatabase    *db,
                                    gint64         team_id,
                                    gint64         volunteer_id,
                                    const char    *joined_on,
                                    GError       **error);
/* Returns what was removed, for vd_teams_restore_member (Undo). */
VdTeamMember *vd_teams_remove_member (VdDatabase  *db,
                                      gint64       team_id,
                                      gint64       volunteer_id,
                                      GError     **error);
/* Puts a removed membership back with its role and date; a leader whose place was
 * taken in the meantime comes back as a member. */
gboolean    vd_teams_restore_member (VdDatabase   *db,
                                     VdTeamMember *member,
                                     GError      **error);

/* Team categories: the editable list of domain 'team' */

typedef struct
{
  gint64    id;
  char     *name;
  gboolean  archived;
  guint     n_teams;      /* teams of any status in it */
} VdTeamCategory;

void        vd_team_category_free       (VdTeamCategory *category);
/* In the list's order; archived ones only when asked. */
GPtrArray  *vd_team_categories_list     (VdDatabase  *db,
                                         gboolean     with_archived,
                                         GError     **error);
/* Returns the new id, or 0. Names are trimmed, not empty, at most 64 characters,
 * and unique among team categories. */
gint64      vd_team_categories_add      (VdDatabase  *db,
                                         const char  *name,
                                         GError     **error);
gboolean    vd_team_categories_rename   (VdDatabase  *db,
                                         gint64       id,
                                         const char  *name,
                                         GError     **error);
/* Archived categories are not offered for new teams; the teams in one keep it. */
gboolean    vd_team_categories_set_archived (VdDatabase  *db,
                                             gint64       id,
                                             gboolean     archived,
                                             GError     **error);

/* Figures for the dashboard and the annual report */

typedef struct
{
  gint64  id;       /* category or team */
  char   *name;
  guint   count;    /* active teams, or members */
} VdTeamFigure;

void        vd_team_figure_free          (VdTeamFigure *figure);
/* Active teams per category, in the list's order; categories not archived appear
 * with 0, archived ones only when active teams are still in them. */
GPtrArray  *vd_teams_count_by_category   (VdDatabase  *db,
                                          GError     **error);
/* Members per active team, most first, then by name. */
GPtrArray  *vd_teams_members_per_team    (VdDatabase  *db,
                                          GError     **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VdTeamCategory, vd_team_category_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VdTeamFigure, vd_team_figure_free)

G_END_DECLS
