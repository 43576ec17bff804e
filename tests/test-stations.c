/* test-stations.c — sub-districts, communities, stations, their projects, checklist,
 * equipment and figures, and commendations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vd-test-utils.h"

static gint64
audit_count (VdDatabase *db,
             const char *entity)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count (*) FROM audit_log WHERE entity = '%s'",
                                          entity);

  return vd_test_query_int (db, sql);
}

static gint64
add_station (VdDatabase    *db,
             const char    *name,
             VdStationType  type,
             gint64         subdistrict_id,
             gint64         community_id,
             const char    *established_on)
{
  g_autoptr(VdStation) s = vd_station_new ();
  g_autoptr(GError) error = NULL;

  g_free (s->name);
  s->name = g_strdup (name);
  s->type = type;
  s->subdistrict_id = subdistrict_id;
  s->community_id = community_id;
  g_free (s->established_on);
  s->established_on = g_strdup (established_on);
  g_assert_true (vd_stations_insert (db, s, &error));
  g_assert_no_error (error);
  g_assert_cmpint (s->id, >, 0);
  return s->id;
}

/* The reference district: 3 sub-districts, 22 communities each with a community
 * station, 7 service-window and 2 public-place stations; 9 established in 2026. */
static void
add_district (VdDatabase *db,
              gint64     *communities,
              gint64     *stations)
{
  g_autoptr(GError) error = NULL;
  gint64 subdistricts[3];

  subdistricts[0] = vd_places_add_subdistrict (db, "东城办事处", FALSE, &error);
  subdistricts[1] = vd_places_add_subdistrict (db, "西城办事处", FALSE, &error);
  subdistricts[2] = vd_places_add_subdistrict (db, "南河镇", TRUE, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 22; i++)
    {
      g_autofree char *name = g_strdup_printf ("第%u社区", i + 1);
      g_autofree char *station = g_strdup_printf ("第%u社区志愿服务站", i + 1);

      communities[i] = vd_places_add_community (db, subdistricts[i % 3], name, FALSE, &error);
      g_assert_no_error (error);
      stations[i] = add_station (db, station, VD_STATION_COMMUNITY, 0, communities[i],
                                 i < 9 ? "2026-01-15" : "2023-05-04");
    }
  for (guint i = 0; i < 7; i++)
    {
      g_autofree char *name = g_strdup_printf ("窗口单位站点%u", i + 1);
      add_station (db, name, VD_STATION_WINDOW, subdistricts[i % 3], 0, "2024-03-01");
    }
  add_station (db, "火车站志愿服务站", VD_STATION_PUBLIC, subdistricts[0], 0, "2022-09-09");
  add_station (db, "人民公园志愿服务站", VD_STATION_PUBLIC, 0, 0, "2022-09-10");
}

static void
test_places_crud (VdTestFixture *fx,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) subdistricts = NULL;
  g_autoptr(GPtrArray) communities = NULL;
  gint64 east, south, c1, c2;
  VdCommunity *c;

  east = vd_places_add_subdistrict (fx->db, "  东城办事处 ", FALSE, &error);
  g_assert_no_error (error);
  south = vd_places_add_subdistrict (fx->db, "南河镇", TRUE, &error);
  g_assert_no_error (error);

  /* bad input, specific messages, nothing written */
  g_assert_cmpint (vd_places_add_subdistrict (fx->db, "东城办事处", FALSE, &error), ==, 0);
  g_assert_error (error, VD_PLACES_ERROR, VD_PLACES_ERROR_DUPLICATE);
  g_assert_nonnull (strstr (error->message, "东城办事处"));
  g_clear_error (&error);
  g_assert_cmpint (vd_places_add_subdistrict (fx->db, "   ", FALSE, &error), ==, 0);
  g_assert_error (error, VD_PLACES_ERROR, VD_PLACES_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count (*) FROM subdistricts"), ==, 2);

  c1 = vd_places_add_community (fx->db, east, "朝阳社区", FALSE, &error);
  g_assert_no_error (error);
  c2 = vd_places_add_community (fx->db, south, "李庄村", TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (vd_places_add_community (fx->db, east, "朝阳社区", FALSE, &error), ==, 0);
  g_assert_error (error, VD_PLACES_ERROR, VD_PLACES_ERROR_DUPLICATE);
  g_clear_error (&error);
  g_assert_cmpint (vd_places_add_community (fx->db, 999, "无名社区", FALSE, &error), ==, 0);
  g_assert_error (error, VD_PLACES_ERROR, VD_PLACES_ERROR_INVALID);
  g_clear_error (&error);
  /* the same name in another sub-district is another community */
  g_assert_cmpint (vd_places_add_community (fx->db, south, "朝阳社区", FALSE, &error), >, 0);
  g_assert_no_error (error);

  g_assert_true (vd_places_update_community (fx->db, c2, south, "李家庄村", TRUE, &error));
  g_assert_no_error (error);
  g_assert_true (vd_places_update_subdistrict (fx->db, east, "东城街道办事处", FALSE, &error));
  g_assert_no_error (error);

  subdistricts = vd_places_list_subdistricts (fx->db, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (subdistricts->len, ==, 2);
  g_assert_cmpstr (((VdSubdistrict *)subdistricts->pdata[0])->name, ==, "东城街道办事处");
  g_assert_cmpuint (((VdSubdistrict *)subdistricts->pdata[0])->n_communities, ==, 1);
  g_assert_true (((VdSubdistrict *)subdistricts->pdata[1])->township);

  /* archive: out of the default list, still there */
  g_assert_true (vd_places_set_community_archived (fx->db, c2, TRUE, &error));
  g_assert_no_error (error);
  communities = vd_places_list_communities (fx->db, south, FALSE, &error);
  g_assert_cmpuint (communities->len, ==, 1);
  g_clear_pointer (&communities, g_ptr_array_unref);
  communities = vd_places_list_communities (fx->db, 0, TRUE, &error);
  g_assert_cmpuint (communities->len, ==, 3);
  c = communities->pdata[2];
  g_assert_cmpint (c->id, ==, c2);
  g_assert_true (c->archived);
  g_assert_true (c->village);

  /* refused deletes name what depends */
  g_assert_false (vd_places_delete_subdistrict (fx->db, east, &error));
  g_assert_error (error, VD_PLACES_ERROR, VD_PLACES_ERROR_HAS_DEPENDENTS);
  g_assert_nonnull (strstr (error->message, "communities"));
  g_clear_error (&error);

  add_station (fx->db, "朝阳社区志愿服务站", VD_STATION_COMMUNITY, 0, c1, "2025-01-01");
  g_assert_false (vd_places_delete_community (fx->db, c1, &error));
  g_assert_error (error, VD_PLACES_ERROR, VD_PLACES_ERROR_HAS_DEPENDENTS);
  g_assert_nonnull (strstr (error->message, "stations"));
  g_clear_error (&error);

  /* a community nothing refers to goes */
  g_assert_true (vd_places_delete_community (fx->db, c2, &error));
  g_assert_no_error (error);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count (*) FROM communities"), ==, 2);

  /* every write audited: 2 adds + update + 2 for the sub-districts; 3 adds, update,
   * archive, delete for the communities */
  g_assert_cmpint (audit_count (fx->db, "subdistricts"), ==, 3);
  g_assert_cmpint (audit_count (fx->db, "communities"), ==, 6);
}

static void
test_station_check (VdTestFixture *fx,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VdStation) s = vd_station_new ();
  VdStationCheck check = { { NULL } };
  gint64 east, west, c1;

  east = vd_places_add_subdistrict (fx->db, "东城办事处", FALSE, &error);
  west = vd_places_add_subdistrict (fx->db, "西城办事处", FALSE, &error);
  c1 = vd_places_add_community (fx->db, east, "朝阳社区", FALSE, &error);
  g_assert_no_error (error);

  /* empty name, no community for a community station, bad date, bad phone */
  s->type = VD_STATION_COMMUNITY;
  g_free (s->established_on);
  s->established_on = g_strdup ("2026-02-30");
  g_free (s->contact_phone);
  s->contact_phone = g_strdup ("call me");
  g_assert_false (vd_stations_check (fx->db, s, &check));
  g_assert_nonnull (check.messages[VD_STATION_FIELD_NAME]);
  g_assert_nonnull (check.messages[VD_STATION_FIELD_COMMUNITY]);
  g_assert_nonnull (check.messages[VD_STATION_FIELD_ESTABLISHED_ON]);
  g_assert_nonnull (check.messages[VD_STATION_FIELD_CONTACT_PHONE]);
  g_assert_null (check.messages[VD_STATION_FIELD_TYPE]);

  g_assert_false (vd_stations_insert (fx->db, s, &error));
  g_assert_error (error, VD_PLACES_ERROR, VD_PLACES_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count (*) FROM stations"), ==, 0);

  /* a future date; a community of another sub-district */
  g_free (s->name);
  s->name = g_strdup ("朝阳社区志愿服务站");
  g_free (s->established_on);
  s->established_on = g_strdup ("2999-01-01");
  s->subdistrict_id = west;
  s->community_id = c1;
  g_free (s->contact_phone);
  s->contact_phone = g_strdup ("0371-6512 3456");
  g_assert_false (vd_stations_check (fx->db, s, &check));
  g_assert_null (check.messages[VD_STATION_FIELD_NAME]);
  g_assert_nonnull (check.messages[VD_STATION_FIELD_ESTABLISHED_ON]);
  g_assert_nonnull (check.messages[VD_STATION_FIELD_COMMUNITY]);
  g_assert_null (check.messages[VD_STATION_FIELD_CONTACT_PHONE]);

  /* corrected: the sub-district follows the community, the date is normalized */
  s->subdistrict_id = 0;
  g_free (s->established_on);
  s->established_on = g_strdup ("2025年3月5日");
  g_assert_true (vd_stations_check (fx->db, s, &check));
  g_assert_cmpint (s->subdistrict_id, ==, east);
  g_assert_cmpstr (s->established_on, ==, "2025-03-05");
  vd_station_check_clear (&check);
}

static void
test_station_crud (VdTestFixture *fx,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VdStation) s = NULL;
  g_autoptr(GPtrArray) list = NULL;
  gint64 east, c1, id, other, volunteer;

  east = vd_places_add_subdistrict (fx->db, "东城办事处", FALSE, &error);
  c1 = vd_places_add_community (fx->db, east, "朝阳社区", FALSE, &error);
  g_assert_no_error (error);
  id = add_station (fx->db, "朝阳社区志愿服务站", VD_STATION_COMMUNITY, 0, c1, "2024-04-01");
  other = add_station (fx->db, "政务服务中心站", VD_STATION_WINDOW, east, 0, "2025-01-01");

  /* a second station of the same name is refused */
  s = vd_station_new ();
  g_free (s->name);
  s->name = g_strdup ("朝阳社区志愿服务站");
  s->type = VD_STATION_PUBLIC;
  g_assert_false (vd_stations_insert (fx->db, s, &error));
  g_assert_error (error, VD_PLACES_ERROR, VD_PLACES_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "name"));
  g_clear_error (&error);
  g_clear_object (&s);

  s = vd_stations_get (fx->db, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (s->subdistrict_name, ==, "东城办事处");
  g_assert_cmpstr (s->community_name, ==, "朝阳社区");
  g_assert_true (s->active);
  /* found by part of a name, by pinyin in full or initials, by its community */
  g_assert_true (vd_station_matches (s, "服务站"));
  g_assert_true (vd_station_matches (s, "cysq"));
  g_assert_true (vd_station_matches (s, "ChaoYang"));
  g_assert_true (vd_station_matches (s, "dongcheng"));
  g_assert_true (vd_station_matches (s, " "));
  g_assert_false (vd_station_matches (s, "西城"));
  g_assert_false (vd_station_matches (s, "xc"));
  g_free (s->address);
  s->address = g_strdup ("朝阳路 12 号");
  g_assert_true (vd_stations_update (fx->db, s, &error));
  g_assert_no_error (error);
  g_clear_object (&s);
  s = vd_stations_get (fx->db, id, &error);
  g_assert_cmpstr (s->address, ==, "朝阳路 12 号");

  /* archive: not before it was established; then back */
  g_assert_false (vd_stations_set_active (fx->db, id, FALSE, "2020-01-01", &error));
  g_assert_error (error, VD_PLACES_ERROR, VD_PLACES_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (vd_stations_set_active (fx->db, id, FALSE, "2025-06-30", &error));
  g_assert_no_error (error);
  list = vd_stations_list (fx->db, &error);
  g_assert_cmpuint (list->len, ==, 2);
  /* active first */
  g_assert_cmpint (((VdStation *)list->pdata[0])->id, ==, other);
  g_assert_false (((VdStation *)list->pdata[1])->active);
  g_assert_cmpstr (((VdStation *)list->pdata[1])->archived_on, ==, "2025-06-30");
  g_assert_true (vd_stations_set_active (fx->db, id, TRUE, NULL, &error));
  g_assert_no_error (error);

  /* a volunteer based there keeps it */
  volunteer = vd_test_add_volunteer (fx->db, "张伟", "41010519850307123", "13800138000");
  vd_test_query_int (fx->db, "SELECT 1");
  {
    g_autofree char *sql = g_strdup_printf ("UPDATE volunteers SET station_id = %" G_GINT64_FORMAT
                                            " WHERE id = %" G_GINT64_FORMAT, id, volunteer);
    g_assert_true (vd_database_exec (fx->db, sql, &error));
  }
  g_assert_false (vd_stations_delete (fx->db, id, &error));
  g_assert_error (error, VD_PLACES_ERROR, VD_PLACES_ERROR_HAS_DEPENDENTS);
  g_assert_nonnull (strstr (error->message, "volunteers"));
  g_assert_nonnull (strstr (error->message, "Archive"));
  g_clear_error (&error);

  /* a station with a project keeps it too */
  {
    VdStationProject p = { 0, other, (char *)"助老", (char *)"", (char *)"2025-02-01", NULL };

    p.name = g_strdup ("助老服务");
    p.description = g_strdup ("");
    p.started_on = g_strdup ("2025-02-01");
    g_assert_true (vd_stations_add_project (fx->db, &p, &error));
    g_assert_no_error (error);
    g_free (p.name);
    g_free (p.description);
    g_free (p.started_on);
  }
  g_assert_false (vd_stations_delete (fx->db, other, &error));
  g_assert_error (error, VD_PLACES_ERROR, VD_PLACES_ERROR_HAS_DEPENDENTS);
  g_assert_nonnull (strstr (error->message, "service projects"));
  g_clear_error (&error);

  /* a fresh one goes */
  id = add_station (fx->db, "临时站点", VD_STATION_PUBLIC, 0, 0, "2025-01-01");
  g_assert_true (vd_stations_delete (fx->db, id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count (*) FROM stations"), ==, 2);
  /* 3 inserts, update, archive, restore, delete */
  g_assert_cmpint (audit_count (fx->db, "stations"), ==, 7);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count (*) FROM audit_log WHERE "
                                      "entity = 'stations' AND action = 'delete' "
                                      "AND after_json IS NULL AND before_json LIKE '%临时站点%'"), ==, 1);
}

static void
test_coverage (VdTestFixture *fx,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 communities[22], stations[22];
  guint counts[VD_N_STATION_TYPES];
  guint covered = 0, total = 0, n_new = 0;

  add_district (fx->db, communities, stations);

  g_assert_true (vd_stations_count_by_type (fx->db, counts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts[VD_STATION_COMMUNITY], ==, 22);
  g_assert_cmpuint (counts[VD_STATION_WINDOW], ==, 7);
  g_assert_cmpuint (counts[VD_STATION_PUBLIC], ==, 2);
  g_assert_true (vd_stations_count_new_in_year (fx->db, 2026, &n_new, &error));
  g_assert_cmpuint (n_new, ==, 9);
  g_assert_true (vd_stations_count_new_in_year (fx->db, 2022, &n_new, &error));
  g_assert_cmpuint (n_new, ==, 2);

  g_assert_true (vd_stations_coverage (fx->db, &covered, &total, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (covered, ==, 22);
  g_assert_cmpuint (total, ==, 22);

  /* one community loses its station: 21 of 22 */
  g_assert_true (vd_stations_set_active (fx->db, stations[5], FALSE, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (vd_stations_coverage (fx->db, &covered, &total, &error));
  g_assert_cmpuint (covered, ==, 21);
  g_assert_cmpuint (total, ==, 22);
  g_assert_true (vd_stations_count_by_type (fx->db, counts, &error));
  g_assert_cmpuint (counts[VD_STATION_COMMUNITY], ==, 21);

  /* a window station in a community does not cover it */
  {
    g_autoptr(VdStation) s = vd_station_new ();

    g_free (s->name);
    s->name = g_strdup ("社区医院窗口");
    s->type = VD_STATION_WINDOW;
    s->community_id = communities[5];
    g_assert_true (vd_stations_insert (fx->db, s, &error));
    g_assert_no_error (error);
  }
  g_assert_true (vd_stations_coverage (fx->db, &covered, &total, &error));
  g_assert_cmpuint (covered, ==, 21);

  /* archiving the uncovered community takes it out of the denominator */
  g_assert_true (vd_places_set_community_archived (fx->db, communities[5], TRUE, &error));
  g_assert_true (vd_stations_coverage (fx->db, &covered, &total, &error));
  g_assert_cmpuint (covered, ==, 21);
  g_assert_cmpuint (total, ==, 21);
}

static gint64
add_project (VdDatabase *db,
             gint64      station_id,
             const char *name,
             const char *started_on)
{
  VdStationProject p = { 0 };
  g_autoptr(GError) error = NULL;

  p.station_id = station_id;
  p.name = g_strdup (name);
  p.description = g_strdup ("每周六上午");
  p.started_on = g_strdup (started_on);
  g_assert_true (vd_stations_add_project (db, &p, &error));
  g_assert_no_error (error);
  g_free (p.name);
  g_free (p.description);
  g_free (p.started_on);
  return p.id;
}

static gboolean
short_of_projects (VdDatabase *db,
                   gint64      station_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) shortlist = vd_stations_list_short_of_projects (db, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < shortlist->len; i++)
    if (((VdStation *)shortlist->pdata[i])->id == station_id)
      return TRUE;
  return FALSE;
}

static void
test_projects (VdTestFixture *fx,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) projects = NULL;
  g_autoptr(VdStation) s = NULL;
  VdStationProject bad = { 0 };
  gint64 id, p1;

  id = add_station (fx->db, "火车站志愿服务站", VD_STATION_PUBLIC, 0, 0, "2022-09-09");
  g_assert_true (short_of_projects (fx->db, id));

  p1 = add_project (fx->db, id, "文明引导", "2023-01-01");
  add_project (fx->db, id, "爱心送考", "2024-06-01");
  g_assert_true (short_of_projects (fx->db, id));
  add_project (fx->db, id, "应急救护", "2025-03-01");
  g_assert_false (short_of_projects (fx->db, id));
  s = vd_stations_get (fx->db, id, &error);
  g_assert_cmpuint (s->n_running_projects, ==, 3);

  /* bad input */
  bad.station_id = id;
  bad.name = g_strdup ("  ");
  bad.started_on = g_strdup ("2025-01-01");
  g_assert_false (vd_stations_add_project (fx->db, &bad, &error));
  g_assert_error (error, VD_PLACES_ERROR, VD_PLACES_ERROR_INVALID);
  g_clear_error (&error);
  g_free (bad.name);
  bad.name = g_strdup ("未来项目");
  g_free (bad.started_on);
  bad.started_on = g_strdup ("2999-01-01");
  g_assert_false (vd_stations_add_project (fx->db, &bad, &error));
  g_assert_error (error, VD_PLACES_ERROR, VD_PLACES_ERROR_INVALID);
  g_clear_error (&error);
  g_free (bad.name);
  g_free (bad.started_on);
  g_free (bad.description);

  /* ending one: not before its start; then the warning is back */
  g_assert_false (vd_stations_end_project (fx->db, p1, "2022-12-31", &error));
  g_assert_error (error, VD_PLACES_ERROR, VD_PLACES_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (vd_stations_end_project (fx->db, p1, "2025-12-31", &error));
  g_assert_no_error (error);
  g_assert_true (short_of_projects (fx->db, id));

  projects = vd_stations_list_projects (fx->db, id, &error);
  g_assert_cmpuint (projects->len, ==, 3);
  /* running first, the ended one last */
  g_assert_cmpstr (((VdStationProject *)projects->pdata[0])->name, ==, "爱心送考");
  g_assert_cmpstr (((VdStationProject *)projects->pdata[2])->ended_on, ==, "2025-12-31");

  {
    VdStationProject *p = projects->pdata[0];

    g_free (p->name);
    p->name = g_strdup ("爱心送考服务");
    g_assert_true (vd_stations_update_project (fx->db, p, &error));
    g_assert_no_error (error);
  }
  g_assert_cmpint (audit_count (fx->db, "station_projects"), ==, 5);
}

static void
test_checklist_and_equipment (VdTestFixture *fx,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) checklist = NULL;
  g_autoptr(GPtrArray) equipment = NULL;
  g_autoptr(VdStation) s = NULL;
  g_autofree char *summary = NULL;
  VdEquipmentIssue e = { 0 };
  gint64 id;

  id = add_station (fx->db, "火车站志愿服务站", VD_STATION_PUBLIC, 0, 0, "2022-09-09");

  g_assert_false (vd_stations_set_checklist (fx->db, id, VD_CHECKLIST_SIGN, TRUE, NULL, "", &error));
  g_assert_error (error, VD_PLACES_ERROR, VD_PLACES_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (vd_stations_set_checklist (fx->db, id, VD_CHECKLIST_SIGN, TRUE, "2999-01-01", "",
                                             &error));
  g_assert_error (error, VD_PLACES_ERROR, VD_PLACES_ERROR_INVALID);
  g_clear_error (&error);
  for (guint i = 0; i < 5; i++)
    {
      g_assert_true (vd_stations_set_checklist (fx->db, id, i, TRUE, "2026/3/1", "已核查", &error));
      g_assert_no_error (error);
    }
  /* unchecking keeps the date and the note */
  g_assert_true (vd_stations_set_checklist (fx->db, id, VD_CHECKLIST_BOARD, FALSE, "2026-03-02",
                                            "展板损坏", &error));
  checklist = vd_stations_get_checklist (fx->db, id, &error);
  g_assert_cmpuint (checklist->len, ==, VD_N_CHECKLIST_ITEMS);
  g_assert_true (((VdChecklistEntry *)checklist->pdata[VD_CHECKLIST_VENUE])->done);
  g_assert_cmpstr (((VdChecklistEntry *)checklist->pdata[VD_CHECKLIST_VENUE])->checked_on, ==, "2026-03-01");
  g_assert_false (((VdChecklistEntry *)checklist->pdata[VD_CHECKLIST_BOARD])->done);
  g_assert_cmpstr (((VdChecklistEntry *)checklist->pdata[VD_CHECKLIST_BOARD])->note, ==, "展板损坏");
  g_assert_false (((VdChecklistEntry *)checklist->pdata[VD_CHECKLIST_LEDGER])->done);
  g_assert_null (((VdChecklistEntry *)checklist->pdata[VD_CHECKLIST_LEDGER])->checked_on);
  g_assert_cmpint (audit_count (fx->db, "station_checklist"), ==, 6);

  e.station_id = id;
  e.kind = VD_EQUIPMENT_OTHER;
  e.quantity = 2;
  e.issued_on = g_strdup ("2026-03-01");
  g_assert_false (vd_stations_add_equipment (fx->db, &e, &error));
  g_assert_error (error, VD_PLACES_ERROR, VD_PLACES_ERROR_INVALID);
  g_clear_error (&error);
  e.kind = VD_EQUIPMENT_RED_CAP;
  e.quantity = 0;
  g_assert_false (vd_stations_add_equipment (fx->db, &e, &error));
  g_assert_error (error, VD_PLACES_ERROR, VD_PLACES_ERROR_INVALID);
  g_clear_error (&error);
  e.quantity = 20;
  g_assert_true (vd_stations_add_equipment (fx->db, &e, &error));
  g_assert_no_error (error);
  e.id = 0;
  e.kind = VD_EQUIPMENT_RED_VEST;
  e.quantity = 30;
  g_assert_true (vd_stations_add_equipment (fx->db, &e, &error));
  e.id = 0;
  e.kind = VD_EQUIPMENT_RED_CAP;
  e.quantity = 5;
  g_assert_true (vd_stations_add_equipment (fx->db, &e, &error));
  g_free (e.issued_on);
  g_free (e.description);

  s = vd_stations_get (fx->db, id, &error);
  g_assert_cmpuint (s->n_checklist_done, ==, 4);
  g_assert_cmpint (s->equipment[VD_EQUIPMENT_RED_CAP], ==, 25);
  g_assert_cmpint (s->equipment[VD_EQUIPMENT_RED_VEST], ==, 30);
  summary = vd_station_dup_equipment_summary (s);
  g_assert_cmpstr (summary, ==, "Red caps 25 · Red vests 30");

  equipment = vd_stations_list_equipment (fx->db, id, &error);
  g_assert_cmpuint (equipment->len, ==, 3);
  g_assert_true (vd_stations_delete_equipment (fx->db, ((VdEquipmentIssue *)equipment->pdata[0])->id,
                                               &error));
  g_assert_no_error (error);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT sum (quantity) FROM station_equipment"), ==, 50);
  g_assert_cmpint (audit_count (fx->db, "station_equipment"), ==, 4);
}

static void
test_based_there (VdTestFixture *fx,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) volunteers = NULL;
  g_autoptr(GPtrArray) teams = NULL;
  g_autoptr(GPtrArray) events = NULL;
  VdStationEvent *ev;
  guint total = 0;
  gint64 id;

  id = add_station (fx->db, "火车站志愿服务站", VD_STATION_PUBLIC, 0, 0, "2022-09-09");
  vd_test_add_six_volunteers (fx->db);
  g_assert_true (vd_database_exec (fx->db,
    "UPDATE volunteers SET station_id = 1 WHERE id <= 4;"
    "UPDATE volunteers SET status = 'inactive' WHERE id = 4;"
    "INSERT INTO categories (id, domain, name) VALUES (101, 'team', '测试党员'), (102, 'event', '测试交通');"
    "INSERT INTO teams (id, name, category_id, station_id) VALUES (1, '火车站党员服务队', 101, 1);"
    "INSERT INTO team_members (team_id, volunteer_id, joined_on) VALUES (1, 1, '2025-01-01'), (1, 2, '2025-01-01');"
    "INSERT INTO events (id, title, category_id, starts_at, ends_at, station_id, people_served, status) VALUES "
    "(1, '春运引导', 102, '2026-01-20 08:00:00', '2026-01-20 12:00:00', 1, 300, 'held'),"
    "(2, '旧活动', 102, '2024-01-20 08:00:00', '2024-01-20 12:00:00', 1, 50, 'held');"
    "INSERT INTO service_records (volunteer_id, event_id, service_date, minutes, status, reviewed_at) VALUES "
    "(1, 1, '2026-01-20', 240, 'approved', '2026-01-21 09:00:00'),"
    "(2, 1, '2026-01-20', 180, 'approved', '2026-01-21 09:00:00');"
    "INSERT INTO service_records (volunteer_id, event_id, service_date, minutes) VALUES "
    "(3, 1, '2026-01-20', 240);",
    &error));
  g_assert_no_error (error);

  volunteers = vd_stations_list_volunteers (fx->db, id, 2, &total, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (total, ==, 3);
  g_assert_cmpuint (volunteers->len, ==, 2);

  teams = vd_stations_list_teams (fx->db, id, &error);
  g_assert_cmpuint (teams->len, ==, 1);
  g_assert_cmpuint (((VdStationTeam *)teams->pdata[0])->n_members, ==, 2);
  g_assert_cmpstr (((VdStationTeam *)teams->pdata[0])->category, ==, "测试党员");

  events = vd_stations_list_events (fx->db, id, "2026-01-01", "2026-12-31", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (events->len, ==, 1);
  ev = events->pdata[0];
  g_assert_cmpuint (ev->people_served, ==, 300);
  /* the pending record does not count */
  g_assert_cmpint (ev->approved_minutes, ==, 420);
  g_assert_cmpuint (ev->n_volunteers, ==, 2);
  g_clear_pointer (&events, g_ptr_array_unref);
  events = vd_stations_list_events (fx->db, id, NULL, NULL, &error);
  g_assert_cmpuint (events->len, ==, 2);

  /* and they keep the station */
  g_assert_false (vd_stations_delete (fx->db, id, &error));
  g_assert_error (error, VD_PLACES_ERROR, VD_PLACES_ERROR_HAS_DEPENDENTS);
}

static void
test_commendations (VdTestFixture *fx,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GArray) years = NULL;
  g_autoptr(VdCommendation) removed = NULL;
  gint64 owners[VD_N_OWNER_KINDS];
  gint64 east;

  east = vd_places_add_subdistrict (fx->db, "东城办事处", FALSE, &error);
  owners[VD_OWNER_COMMUNITY] = vd_places_add_community (fx->db, east, "朝阳社区", FALSE, &error);
  owners[VD_OWNER_STATION] = add_station (fx->db, "朝阳社区志愿服务站", VD_STATION_COMMUNITY, 0,
                                          owners[VD_OWNER_COMMUNITY], "2024-01-01");
  owners[VD_OWNER_VOLUNTEER] = vd_test_add_volunteer (fx->db, "张伟", "41010519850307123", NULL);
  g_assert_true (vd_database_exec (fx->db,
    "INSERT INTO categories (id, domain, name) VALUES (101, 'team', '测试党员');"
    "INSERT INTO teams (id, name, category_id) VALUES (7, '党员先锋队', 101);", &error));
  owners[VD_OWNER_TEAM] = 7;

  for (guint k = 0; k < VD_N_OWNER_KINDS; k++)
    {
      g_autoptr(VdCommendation) c = vd_commendation_new ();

      g_free (c->title);
      c->title = g_strdup_printf ("优秀%s", vd_owner_kind_get_label (k));
      c->level = k;
      c->awarded_on = g_strdup (k < 2 ? "2025-12-01" : "2026-02-01");
      g_free (c->issuer);
      c->issuer = g_strdup ("市文明办");
      c->owner_kind = k;
      c->owner_id = owners[k];
      g_assert_true (vd_commendations_add (fx->db, c, &error));
      g_assert_no_error (error);
      g_assert_cmpint (c->id, >, 0);
    }
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count (*) FROM commendations "
                                      "WHERE team_id = 7 AND volunteer_id IS NULL "
                                      "AND station_id IS NULL AND community_id IS NULL"), ==, 1);

  for (guint k = 0; k < VD_N_OWNER_KINDS; k++)
    {
      g_autoptr(GPtrArray) mine = vd_commendations_list_for (fx->db, k, owners[k], &error);
      VdCommendation *c;

      g_assert_no_error (error);
      g_assert_cmpuint (mine->len, ==, 1);
      c = mine->pdata[0];
      g_assert_cmpint (c->owner_kind, ==, k);
      g_assert_cmpint (c->owner_id, ==, owners[k]);
      g_assert_cmpint (c->level, ==, k);
      g_assert_cmpstr (c->issuer, ==, "市文明办");
    }

  /* bad input */
  {
    g_autoptr(VdCommendation) c = vd_commendation_new ();

    c->owner_kind = VD_OWNER_STATION;
    c->owner_id = owners[VD_OWNER_STATION];
    c->awarded_on = g_strdup ("2026-01-01");
    g_assert_false (vd_commendations_add (fx->db, c, &error));
    g_assert_error (error, VD_PLACES_ERROR, VD_PLACES_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "title"));
    g_clear_error (&error);
    g_free (c->title);
    c->title = g_strdup ("省示范性志愿服务站");
    g_free (c->awarded_on);
    c->awarded_on = g_strdup ("2999-01-01");
    g_assert_false (vd_commendations_add (fx->db, c, &error));
    g_assert_error (error, VD_PLACES_ERROR, VD_PLACES_ERROR_INVALID);
    g_clear_error (&error);
    c->owner_id = 999;
    g_free (c->awarded_on);
    c->awarded_on = g_strdup ("2026-01-01");
    g_assert_false (vd_commendations_add (fx->db, c, &error));
    g_assert_error (error, VD_PLACES_ERROR, VD_PLACES_ERROR_NOT_FOUND);
    g_clear_error (&error);
  }
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count (*) FROM commendations"), ==, 4);

  list = vd_commendations_list_year (fx->db, 2026, &error);
  g_assert_cmpuint (list->len, ==, 2);
  g_assert_cmpstr (((VdCommendation *)list->pdata[0])->owner_name, ==, "朝阳社区志愿服务站");
  g_assert_cmpstr (((VdCommendation *)list->pdata[1])->owner_name, ==, "朝阳社区");

  years = vd_commendations_count_by_year (fx->db, &error);
  g_assert_cmpuint (years->len, ==, 2);
  g_assert_cmpint (g_array_index (years, VdCommendationYear, 0).year, ==, 2026);
  g_assert_cmpuint (g_array_index (years, VdCommendationYear, 0).count, ==, 2);
  g_assert_cmpuint (g_array_index (years, VdCommendationYear, 0).by_level[VD_LEVEL_NATIONAL], ==, 1);
  g_assert_cmpuint (g_array_index (years, VdCommendationYear, 1).count, ==, 2);

  /* the owner keeps them: a commended community and station stay */
  g_assert_false (vd_places_delete_community (fx->db, owners[VD_OWNER_COMMUNITY], &error));
  g_assert_error (error, VD_PLACES_ERROR, VD_PLACES_ERROR_HAS_DEPENDENTS);
  g_clear_error (&error);
  g_assert_false (vd_stations_delete (fx->db, owners[VD_OWNER_STATION], &error));
  g_assert_error (error, VD_PLACES_ERROR, VD_PLACES_ERROR_HAS_DEPENDENTS);
  g_assert_nonnull (strstr (error->message, "commendations"));
  g_clear_error (&error);

  /* remove, then undo under the same id */
  g_clear_pointer (&list, g_ptr_array_unref);
  list = vd_commendations_list_for (fx->db, VD_OWNER_TEAM, 7, &error);
  removed = vd_commendations_remove (fx->db, ((VdCommendation *)list->pdata[0])->id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (removed);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count (*) FROM commendations"), ==, 3);
  {
    gint64 old_id = removed->id;

    g_assert_true (vd_commendations_add (fx->db, removed, &error));
    g_assert_no_error (error);
    g_assert_cmpint (removed->id, ==, old_id);
  }
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count (*) FROM commendations WHERE team_id = 7"),
                   ==, 1);
  g_assert_cmpint (audit_count (fx->db, "commendations"), ==, 6);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add (name, VdTestFixture, NULL, vd_test_fixture_set_up, func, vd_test_fixture_tear_down)

  ADD ("/stations/places", test_places_crud);
  ADD ("/stations/check", test_station_check);
  ADD ("/stations/crud", test_station_crud);
  ADD ("/stations/coverage", test_coverage);
  ADD ("/stations/projects", test_projects);
  ADD ("/stations/checklist-equipment", test_checklist_and_equipment);
  ADD ("/stations/based-there", test_based_there);
  ADD ("/stations/commendations", test_commendations);

  return g_test_run ();
}
