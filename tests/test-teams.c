/* test-teams.c — volunteer teams: adding, checking, archiving and removing teams,
 * their members and roles, their categories, the figures and the member export
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "vd-test-utils.h"
#include "vd-teams.h"

/* The team categories in the list's order (seeded by the first migration). */
static gint64
category_id (VdDatabase *db,
             guint       position)
{
  g_autoptr(GPtrArray) list = vd_team_categories_list (db, TRUE, NULL);
  VdTeamCategory *category;

  g_assert_nonnull (list);
  g_assert_cmpuint (position, <, list->len);
  category = g_ptr_array_index (list, position);
  return category->id;
}

static gint64
add_station (VdDatabase *db,
             const char *name)
{
  g_autofree char *sql = g_strdup_printf ("INSERT INTO stations (name, type, established_on) "
                                          "VALUES ('%s', 'public', '2024-01-01')", name);
  g_autoptr(GError) error = NULL;

  g_assert_true (vd_database_exec (db, sql, &error));
  g_assert_no_error (error);
  return sqlite3_last_insert_rowid (vd_database_get_handle (db));
}

static VdTeam *
new_team (const char *name,
          gint64      category)
{
  VdTeam *team = vd_team_new ();

  g_free (team->name);
  team->name = g_strdup (name);
  team->category_id = category;
  return team;
}

static gint64
add_team (VdDatabase *db,
          const char *name,
          gint64      category,
          gint64      parent)
{
  g_autoptr(VdTeam) team = new_team (name, category);
  g_autoptr(GError) error = NULL;

  team->parent_id = parent;
  g_assert_true (vd_teams_insert (db, team, &error));
  g_assert_no_error (error);
  return team->id;
}

static void
add_members (VdDatabase   *db,
             gint64        team,
             const gint64 *ids,
             guint         n,
             guint         expected_added)
{
  g_autoptr(GError) error = NULL;
  guint added = 99;

  g_assert_true (vd_teams_add_members (db, team, ids, n, "2025-07-01", &added, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (added, ==, expected_added);
}

static void
test_crud (VdTestFixture *fx,
           gconstpointer  data)
{
  g_autoptr(VdTeam) team = new_team ("  红马甲党员志愿服务队 ", category_id (fx->db, 0));
  g_autoptr(VdTeam) stored = NULL;
  g_autoptr(GError) error = NULL;
  gint64 station = add_station (fx->db, "文化广场服务站");

  team->station_id = station;
  team->founded_on = g_strdup ("2023-05-04");
  g_free (team->notes);
  team->notes = g_strdup ("每月第一个周六集中服务");
  g_assert_true (vd_teams_insert (fx->db, team, &error));
  g_assert_no_error (error);
  g_assert_cmpint (team->id, >, 0);

  stored = vd_teams_get (fx->db, team->id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (stored->name, ==, "红马甲党员志愿服务队");   /* trimmed */
  g_assert_cmpstr (stored->category_name, ==, "Party members");
  g_assert_cmpstr (stored->station_name, ==, "文化广场服务站");
  g_assert_cmpstr (stored->founded_on, ==, "2023-05-04");
  g_assert_cmpstr (stored->leader_name, ==, "");
  g_assert_cmpuint (stored->member_count, ==, 0);
  g_assert_false (stored->archived);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count (*) FROM audit_log WHERE entity = 'teams' "
                                              "AND action = 'insert' AND after_json ->> '$.founded_on' = '2023-05-04'"),
                   ==, 1);

  /* a change of category and name */
  g_free (stored->name);
  stored->name = g_strdup ("红马甲环保志愿服务队");
  stored->category_id = category_id (fx->db, 1);
  g_assert_true (vd_teams_update (fx->db, stored, &error));
  g_assert_no_error (error);
  g_clear_object (&stored);
  stored = vd_teams_get (fx->db, team->id, &error);
  g_assert_cmpstr (stored->name, ==, "红马甲环保志愿服务队");
  g_assert_cmpstr (stored->category_name, ==, "Environmental protection");
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count (*) FROM audit_log WHERE entity = 'teams' "
                                              "AND action = 'update' AND before_json ->> '$.name' = '红马甲党员志愿服务队' "
                                              "AND after_json ->> '$.name' = '红马甲环保志愿服务队'"),
                   ==, 1);

  /* archive, then back */
  g_assert_true (vd_teams_set_archived (fx->db, team->id, TRUE, &error));
  g_assert_no_error (error);
  g_clear_object (&stored);
  stored = vd_teams_get (fx->db, team->id, NULL);
  g_assert_true (stored->archived);
  g_assert_true (vd_teams_set_archived (fx->db, team->id, FALSE, &error));
  g_clear_object (&stored);
  stored = vd_teams_get (fx->db, team->id, NULL);
  g_assert_false (stored->archived);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count (*) FROM audit_log WHERE entity = 'teams' "
                                              "AND action IN ('archive', 'restore')"), ==, 2);

  /* a team with nothing attached goes */
  g_assert_true (vd_teams_delete (fx->db, team->id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count (*) FROM teams"), ==, 0);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count (*) FROM audit_log WHERE entity = 'teams' "
                                              "AND action = 'delete' AND after_json IS NULL"), ==, 1);
  g_assert_false (vd_teams_delete (fx->db, team->id, &error));
  g_assert_error (error, VD_TEAMS_ERROR, VD_TEAMS_ERROR_NOT_FOUND);
}

static void
expect_refused (VdDatabase  *db,
                VdTeam      *team,
                VdTeamField  field,
                int          code,
                const char  *fragment)
{
  g_autoptr(GError) error = NULL;
  VdTeamCheck check;
  gint64 before = vd_test_query_int (db, "SELECT count (*) FROM audit_log");
  gboolean ok;

  g_assert_false (vd_teams_check (db, team, NULL, &check));
  g_assert_nonnull (check.messages[field]);
  g_assert_nonnull (strstr (check.messages[field], fragment));
  vd_team_check_clear (&check);

  ok = team->id == 0 ? vd_teams_insert (db, team, &error) : vd_teams_update (db, team, &error);
  g_assert_false (ok);
  g_assert_error (error, VD_TEAMS_ERROR, code);
  g_assert_nonnull (strstr (error->message, fragment));
  g_assert_cmpint (vd_test_query_int (db, "SELECT count (*) FROM audit_log"), ==, before);
}

static void
test_invalid_refused (VdTestFixture *fx,
                      gconstpointer  data)
{
  gint64 party = category_id (fx->db, 0);
  gint64 top = add_team (fx->db, "区志愿服务总队", party, 0);
  gint64 middle = add_team (fx->db, "东城街道志愿服务队", party, top);
  gint64 bottom = add_team (fx->db, "东城街道青年突击队", party, middle);
  g_autoptr(VdTeam) team = new_team ("   ", party);
  g_autoptr(VdTeam) existing = NULL;
  GDate today;

  expect_refused (fx->db, team, VD_TEAM_FIELD_NAME, VD_TEAMS_ERROR_INVALID, "name");

  g_free (team->name);
  team->name = g_strdup ("区志愿服务总队");
  expect_refused (fx->db, team, VD_TEAM_FIELD_NAME, VD_TEAMS_ERROR_DUPLICATE, "already");

  g_free (team->name);
  team->name = g_strdup ("新的志愿服务队");
  team->category_id = 0;
  expect_refused (fx->db, team, VD_TEAM_FIELD_CATEGORY, VD_TEAMS_ERROR_INVALID, "category");
  team->category_id = party;

  team->founded_on = g_strdup ("2025-02-30");
  expect_refused (fx->db, team, VD_TEAM_FIELD_FOUNDED_ON, VD_TEAMS_ERROR_INVALID, "YYYY-MM-DD");
  vd_date_set_today (&today);
  g_date_add_days (&today, 1);
  g_free (team->founded_on);
  team->founded_on = vd_date_to_iso (&today);
  expect_refused (fx->db, team, VD_TEAM_FIELD_FOUNDED_ON, VD_TEAMS_ERROR_INVALID, "future");
  g_clear_pointer (&team->founded_on, g_free);

  team->station_id = 999;
  expect_refused (fx->db, team, VD_TEAM_FIELD_STATION, VD_TEAMS_ERROR_INVALID, "station");
  team->station_id = 0;

  /* no cycles: not itself, not one of its own sub-teams, at any depth */
  existing = vd_teams_get (fx->db, top, NULL);
  existing->parent_id = top;
  expect_refused (fx->db, existing, VD_TEAM_FIELD_PARENT, VD_TEAMS_ERROR_INVALID, "own parent");
  existing->parent_id = bottom;
  expect_refused (fx->db, existing, VD_TEAM_FIELD_PARENT, VD_TEAMS_ERROR_INVALID, "sub-teams");
  existing->parent_id = middle;
  expect_refused (fx->db, existing, VD_TEAM_FIELD_PARENT, VD_TEAMS_ERROR_INVALID, "sub-teams");
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count (*) FROM teams WHERE parent_id IS NULL"), ==, 1);

  /* a sibling branch is fine */
  g_clear_object (&existing);
  existing = vd_teams_get (fx->db, bottom, NULL);
  existing->parent_id = top;
  g_assert_true (vd_teams_update (fx->db, existing, NULL));

  /* the new team, once right, goes in */
  g_assert_true (vd_teams_insert (fx->db, team, NULL));
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count (*) FROM teams"), ==, 4);
}

static void
test_list_filters (VdTestFixture *fx,
                   gconstpointer  data)
{
  gint64 party = category_id (fx->db, 0);
  gint64 green = category_id (fx->db, 1);
  gint64 station = add_station (fx->db, "滨河公园服务站");
  gint64 a = add_team (fx->db, "党员先锋队", party, 0);
  gint64 b = add_team (fx->db, "滨河环保队", green, 0);
  gint64 volunteer = vd_test_add_volunteer (fx->db, "张伟", "41010519850307123", "13800138000");
  g_autoptr(VdTeam) with_station = vd_teams_get (fx->db, b, NULL);
  VdTeamFilter filter = { NULL, 0, VD_TEAM_STATUS_ANY };
  g_autoptr(GPtrArray) list = NULL;

  add_team (fx->db, "旧环保队", green, 0);
  g_assert_true (vd_teams_set_archived (fx->db, vd_test_query_int (fx->db, "SELECT id FROM teams WHERE name = '旧环保队'"),
                                        TRUE, NULL));
  with_station->station_id = station;
  g_assert_true (vd_teams_update (fx->db, with_station, NULL));
  add_members (fx->db, a, &volunteer, 1, 1);
  g_assert_true (vd_teams_set_role (fx->db, a, volunteer, VD_TEAM_ROLE_LEADER, NULL));

  list = vd_teams_list (fx->db, &filter, NULL);
  g_assert_cmpuint (list->len, ==, 3);

  filter.status = VD_TEAM_STATUS_ACTIVE;
  g_clear_pointer (&list, g_ptr_array_unref);
  list = vd_teams_list (fx->db, &filter, NULL);
  g_assert_cmpuint (list->len, ==, 2);

  filter.status = VD_TEAM_STATUS_ARCHIVED;
  g_clear_pointer (&list, g_ptr_array_unref);
  list = vd_teams_list (fx->db, &filter, NULL);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpstr (((VdTeam *)g_ptr_array_index (list, 0))->name, ==, "旧环保队");

  filter.status = VD_TEAM_STATUS_ANY;
  filter.category_id = green;
  g_clear_pointer (&list, g_ptr_array_unref);
  list = vd_teams_list (fx->db, &filter, NULL);
  g_assert_cmpuint (list->len, ==, 2);

  /* the search finds a team by its name, its leader's name or its station's */
  filter.category_id = 0;
  filter.text = "张伟";
  g_clear_pointer (&list, g_ptr_array_unref);
  list = vd_teams_list (fx->db, &filter, NULL);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpint (((VdTeam *)g_ptr_array_index (list, 0))->id, ==, a);
  g_assert_cmpstr (((VdTeam *)g_ptr_array_index (list, 0))->leader_name, ==, "张伟");
  filter.text = "滨河公园";
  g_clear_pointer (&list, g_ptr_array_unref);
  list = vd_teams_list (fx->db, &filter, NULL);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpint (((VdTeam *)g_ptr_array_index (list, 0))->id, ==, b);
  filter.text = "环保";
  g_clear_pointer (&list, g_ptr_array_unref);
  list = vd_teams_list (fx->db, &filter, NULL);
  g_assert_cmpuint (list->len, ==, 2);
  filter.text = "%";
  g_clear_pointer (&list, g_ptr_array_unref);
  list = vd_teams_list (fx->db, &filter, NULL);
  g_assert_cmpuint (list->len, ==, 0);
}

static void
test_membership (VdTestFixture *fx,
                 gconstpointer  data)
{
  gint64 party = category_id (fx->db, 0);
  gint64 t1 = add_team (fx->db, "党员先锋队", party, 0);
  gint64 t2 = add_team (fx->db, "文明交通劝导队", category_id (fx->db, 2), 0);
  g_autoptr(GPtrArray) members = NULL;
  g_autoptr(VdTeam) team = NULL;
  g_autoptr(VdTeamMember) removed = NULL;
  g_autoptr(GError) error = NULL;
  gint64 ids[4];
  gint64 bad[2];
  GDate day;
  g_autofree char *tomorrow = NULL;

  vd_test_add_six_volunteers (fx->db);
  for (guint i = 0; i < 4; i++)
    ids[i] = i + 1;

  /* several at once; someone already in stays as they are */
  add_members (fx->db, t1, ids, 3, 3);
  add_members (fx->db, t1, ids, 4, 1);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count (*) FROM audit_log WHERE entity = 'teams' "
                                              "AND action = 'add-member'"), ==, 4);

  /* a volunteer may belong to several teams */
  add_members (fx->db, t2, ids, 1, 1);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count (*) FROM team_members WHERE volunteer_id = 1"), ==, 2);

  /* all or none: one unknown volunteer keeps the others out too */
  bad[0] = 5;
  bad[1] = 999;
  g_assert_false (vd_teams_add_members (fx->db, t2, bad, 2, NULL, NULL, &error));
  g_assert_error (error, VD_TEAMS_ERROR, VD_TEAMS_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count (*) FROM team_members WHERE team_id = 2"), ==, 1);

  /* no joining in the future */
  vd_date_set_today (&day);
  g_date_add_days (&day, 2);
  tomorrow = vd_date_to_iso (&day);
  g_assert_false (vd_teams_add_members (fx->db, t2, bad, 1, tomorrow, NULL, &error));
  g_assert_error (error, VD_TEAMS_ERROR, VD_TEAMS_ERROR_INVALID);
  g_clear_error (&error);

  /* one leader: a new one demotes the old one to member, in one step */
  g_assert_true (vd_teams_set_role (fx->db, t1, 2, VD_TEAM_ROLE_LEADER, &error));
  g_assert_no_error (error);
  g_assert_true (vd_teams_set_role (fx->db, t1, 3, VD_TEAM_ROLE_DEPUTY, &error));
  g_assert_true (vd_teams_set_role (fx->db, t1, 1, VD_TEAM_ROLE_LEADER, &error));
  g_assert_no_error (error);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count (*) FROM team_members "
                                              "WHERE team_id = 1 AND role = 'leader'"), ==, 1);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT volunteer_id FROM team_members "
                                              "WHERE team_id = 1 AND role = 'leader'"), ==, 1);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count (*) FROM team_members "
                                              "WHERE team_id = 1 AND volunteer_id = 2 AND role = 'member'"), ==, 1);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count (*) FROM audit_log WHERE action = 'set-role' "
                                              "AND before_json ->> '$.role' = 'leader' "
                                              "AND after_json ->> '$.role' = 'member'"), ==, 1);

  /* one role per team: the same volunteer leads one team and is a member of another */
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count (*) FROM team_members "
                                              "WHERE volunteer_id = 1 AND team_id = 2 AND role = 'member'"), ==, 1);

  /* the leader must be a member */
  g_assert_false (vd_teams_set_role (fx->db, t2, 3, VD_TEAM_ROLE_LEADER, &error));
  g_assert_error (error, VD_TEAMS_ERROR, VD_TEAMS_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count (*) FROM team_members WHERE team_id = 2 "
                                              "AND role = 'leader'"), ==, 0);

  team = vd_teams_get (fx->db, t1, NULL);
  g_assert_cmpuint (team->member_count, ==, 4);
  g_assert_cmpint (team->leader_id, ==, 1);
  g_assert_cmpstr (team->leader_name, ==, "张伟");

  /* leader first, then the deputy, then members in pinyin order */
  members = vd_teams_list_members (fx->db, t1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (members->len, ==, 4);
  g_assert_cmpstr (((VdTeamMember *)g_ptr_array_index (members, 0))->name, ==, "张伟");
  g_assert_cmpint (((VdTeamMember *)g_ptr_array_index (members, 0))->role, ==, VD_TEAM_ROLE_LEADER);
  g_assert_cmpstr (((VdTeamMember *)g_ptr_array_index (members, 1))->name, ==, "曾志强");
  g_assert_cmpstr (((VdTeamMember *)g_ptr_array_index (members, 2))->name, ==, "单丽");
  g_assert_cmpstr (((VdTeamMember *)g_ptr_array_index (members, 3))->name, ==, "张小伟");
  g_assert_cmpstr (((VdTeamMember *)g_ptr_array_index (members, 0))->joined_on, ==, "2025-07-01");
  {
    g_autofree char *masked = vd_team_member_dup_phone_display (g_ptr_array_index (members, 0), FALSE);
    g_assert_cmpstr (masked, ==, "138****8000");
  }

  /* the date of joining, changed and audited; never in the future */
  g_assert_true (vd_teams_set_joined_on (fx->db, t1, 1, "2024-12-31", &error));
  g_assert_no_error (error);
  g_assert_false (vd_teams_set_joined_on (fx->db, t1, 1, tomorrow, &error));
  g_assert_error (error, VD_TEAMS_ERROR, VD_TEAMS_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (vd_teams_set_joined_on (fx->db, t1, 1, "2024-02-30", &error));
  g_assert_error (error, VD_TEAMS_ERROR, VD_TEAMS_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (vd_teams_set_joined_on (fx->db, t2, 6, "2024-01-01", &error));
  g_assert_error (error, VD_TEAMS_ERROR, VD_TEAMS_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count (*) FROM audit_log WHERE action = 'set-joined-on' "
                                              "AND before_json ->> '$.joined_on' = '2025-07-01' "
                                              "AND after_json ->> '$.joined_on' = '2024-12-31'"), ==, 1);

  /* removing the leader, and undoing it */
  removed = vd_teams_remove_member (fx->db, t1, 1, &error);
  g_assert_no_error (error);
  g_assert_nonnull (removed);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count (*) FROM team_members WHERE team_id = 1"), ==, 3);
  g_assert_true (vd_teams_restore_member (fx->db, removed, &error));
  g_assert_no_error (error);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT role = 'leader' AND joined_on = '2024-12-31' "
                                              "FROM team_members WHERE team_id = 1 AND volunteer_id = 1"), ==, 1);

  /* a leader who comes back after someone else took the lead is a member */
  g_clear_object (&removed);
  removed = vd_teams_remove_member (fx->db, t1, 1, NULL);
  g_assert_true (vd_teams_set_role (fx->db, t1, 4, VD_TEAM_ROLE_LEADER, NULL));
  g_assert_true (vd_teams_restore_member (fx->db, removed, &error));
  {
    g_autofree char *role = vd_test_query_text (fx->db, "SELECT role FROM team_members "
                                                        "WHERE team_id = 1 AND volunteer_id = 1");
    g_assert_cmpstr (role, ==, "member");
  }
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count (*) FROM audit_log WHERE entity = 'teams' "
                                              "AND action = 'remove-member'"), ==, 2);

  g_assert_null (vd_teams_remove_member (fx->db, t2, 6, &error));
  g_assert_error (error, VD_TEAMS_ERROR, VD_TEAMS_ERROR_NOT_FOUND);
}

static void
test_delete_refused (VdTestFixture *fx,
                     gconstpointer  data)
{
  gint64 party = category_id (fx->db, 0);
  gint64 team = add_team (fx->db, "党员先锋队", party, 0);
  gint64 ids[2] = { 1, 2 };
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  gint64 audit_before;

  vd_test_add_six_volunteers (fx->db);
  add_members (fx->db, team, ids, 2, 2);
  add_team (fx->db, "党员先锋队第一分队", party, team);
  sql = g_strdup_printf ("INSERT INTO events (title, category_id, starts_at, ends_at, team_id) "
                         "VALUES ('清洁家园', (SELECT id FROM categories WHERE domain = 'event' LIMIT 1), "
                         "'2025-08-01 09:00:00', '2025-08-01 11:00:00', %" G_GINT64_FORMAT "); "
                         "INSERT INTO commendations (title, level, awarded_on, team_id) "
                         "VALUES ('优秀志愿服务组织', 'city', '2025-12-05', %" G_GINT64_FORMAT ")",
                         team, team);
  g_assert_true (vd_database_exec (fx->db, sql, NULL));

  audit_before = vd_test_query_int (fx->db, "SELECT count (*) FROM audit_log");
  g_assert_false (vd_teams_delete (fx->db, team, &error));
  g_assert_error (error, VD_TEAMS_ERROR, VD_TEAMS_ERROR_HAS_DEPENDENTS);
  g_assert_cmpstr (error->message, ==,
                   "“党员先锋队” cannot be deleted: it still has 2 members, 1 sub-team, 1 event "
                   "and 1 commendation. Archive it instead.");
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count (*) FROM teams"), ==, 2);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count (*) FROM team_members"), ==, 2);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count (*) FROM audit_log"), ==, audit_before);
  g_clear_error (&error);

  /* one dependent alone is named too */
  g_assert_true (vd_database_exec (fx->db, "DELETE FROM events; DELETE FROM commendations; "
                                           "DELETE FROM teams WHERE parent_id IS NOT NULL", NULL));
  g_object_unref (vd_teams_remove_member (fx->db, team, 2, NULL));
  g_assert_false (vd_teams_delete (fx->db, team, &error));
  g_assert_cmpstr (error->message, ==,
                   "“党员先锋队” cannot be deleted: it still has 1 member. Archive it instead.");
}

static void
test_categories (VdTestFixture *fx,
                 gconstpointer  data)
{
  g_autoptr(GPtrArray) list = vd_team_categories_list (fx->db, FALSE, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(VdTeam) team = NULL;
  guint seeded = list->len;
  gint64 id;
  gint64 team_id;

  g_assert_cmpuint (seeded, ==, 8);

  id = vd_team_categories_add (fx->db, " 助残服务 ", &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  g_clear_pointer (&list, g_ptr_array_unref);
  list = vd_team_categories_list (fx->db, FALSE, NULL);
  g_assert_cmpuint (list->len, ==, seeded + 1);
  g_assert_cmpstr (((VdTeamCategory *)g_ptr_array_index (list, seeded))->name, ==, "助残服务");

  g_assert_cmpint (vd_team_categories_add (fx->db, "助残服务", &error), ==, 0);
  g_assert_error (error, VD_TEAMS_ERROR, VD_TEAMS_ERROR_DUPLICATE);
  g_clear_error (&error);
  g_assert_cmpint (vd_team_categories_add (fx->db, "  ", &error), ==, 0);
  g_assert_error (error, VD_TEAMS_ERROR, VD_TEAMS_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (vd_team_categories_rename (fx->db, id, "扶残助残", &error));
  g_assert_no_error (error);
  g_assert_false (vd_team_categories_rename (fx->db, id, "Legal aid", &error));
  g_assert_error (error, VD_TEAMS_ERROR, VD_TEAMS_ERROR_DUPLICATE);
  g_clear_error (&error);

  team_id = add_team (fx->db, "扶残助残服务队", id, 0);
  g_assert_true (vd_team_categories_set_archived (fx->db, id, TRUE, &error));
  g_assert_no_error (error);
  g_clear_pointer (&list, g_ptr_array_unref);
  list = vd_team_categories_list (fx->db, FALSE, NULL);
  g_assert_cmpuint (list->len, ==, seeded);
  g_clear_pointer (&list, g_ptr_array_unref);
  list = vd_team_categories_list (fx->db, TRUE, NULL);
  g_assert_cmpuint (list->len, ==, seeded + 1);
  g_assert_true (((VdTeamCategory *)g_ptr_array_index (list, seeded))->archived);
  g_assert_cmpuint (((VdTeamCategory *)g_ptr_array_index (list, seeded))->n_teams, ==, 1);

  /* the team in it keeps it; a new team cannot take it */
  team = vd_teams_get (fx->db, team_id, NULL);
  g_free (team->notes);
  team->notes = g_strdup ("changed");
  g_assert_true (vd_teams_update (fx->db, team, &error));
  g_assert_no_error (error);
  g_clear_object (&team);
  team = new_team ("另一支队伍", id);
  g_assert_false (vd_teams_insert (fx->db, team, &error));
  g_assert_error (error, VD_TEAMS_ERROR, VD_TEAMS_ERROR_INVALID);

  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count (*) FROM audit_log WHERE entity = 'categories' "
                                              "AND action IN ('insert', 'rename', 'archive')"), ==, 3);
}

static void
test_figures (VdTestFixture *fx,
              gconstpointer  data)
{
  gint64 party = category_id (fx->db, 0);
  gint64 green = category_id (fx->db, 1);
  gint64 medical = category_id (fx->db, 5);
  gint64 all[6] = { 1, 2, 3, 4, 5, 6 };
  g_autoptr(GPtrArray) by_category = NULL;
  g_autoptr(GPtrArray) per_team = NULL;
  gint64 a, b, c, d;
  VdTeamFigure *f;

  vd_test_add_six_volunteers (fx->db);
  a = add_team (fx->db, "A党员队", party, 0);
  b = add_team (fx->db, "B党员队", party, 0);
  c = add_team (fx->db, "C党员队（已撤销）", party, 0);
  d = add_team (fx->db, "D环保队", green, 0);
  add_team (fx->db, "E医疗队", medical, 0);
  add_members (fx->db, a, all, 2, 2);
  add_members (fx->db, b, all, 6, 6);
  add_members (fx->db, c, all, 3, 3);
  add_members (fx->db, d, all + 3, 2, 2);
  g_assert_true (vd_teams_set_archived (fx->db, c, TRUE, NULL));
  /* an archived category with no active team is left out of the figures */
  g_assert_true (vd_team_categories_set_archived (fx->db, category_id (fx->db, 7), TRUE, NULL));

  by_category = vd_teams_count_by_category (fx->db, NULL);
  g_assert_cmpuint (by_category->len, ==, 7);
  f = g_ptr_array_index (by_category, 0);
  g_assert_cmpstr (f->name, ==, "Party members");
  g_assert_cmpuint (f->count, ==, 2);
  f = g_ptr_array_index (by_category, 1);
  g_assert_cmpuint (f->count, ==, 1);
  f = g_ptr_array_index (by_category, 2);
  g_assert_cmpuint (f->count, ==, 0);
  f = g_ptr_array_index (by_category, 5);
  g_assert_cmpstr (f->name, ==, "Medical and health");
  g_assert_cmpuint (f->count, ==, 1);

  per_team = vd_teams_members_per_team (fx->db, NULL);
  g_assert_cmpuint (per_team->len, ==, 4);
  f = g_ptr_array_index (per_team, 0);
  g_assert_cmpint (f->id, ==, b);
  g_assert_cmpuint (f->count, ==, 6);
  f = g_ptr_array_index (per_team, 1);
  g_assert_cmpint (f->id, ==, a);
  g_assert_cmpuint (f->count, ==, 2);
  f = g_ptr_array_index (per_team, 2);
  g_assert_cmpint (f->id, ==, d);
  g_assert_cmpuint (f->count, ==, 2);
  f = g_ptr_array_index (per_team, 3);
  g_assert_cmpstr (f->name, ==, "E医疗队");
  g_assert_cmpuint (f->count, ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add (name, VdTestFixture, NULL, vd_test_fixture_set_up, func, vd_test_fixture_tear_down)

  ADD ("/teams/crud", test_crud);
  ADD ("/teams/invalid-refused", test_invalid_refused);
  ADD ("/teams/list-filters", test_list_filters);
  ADD ("/teams/membership", test_membership);
  ADD ("/teams/delete-refused", test_delete_refused);
  ADD ("/teams/categories", test_categories);
  ADD ("/teams/figures", test_figures);

  return g_test_run ();
}
