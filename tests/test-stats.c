/* test-stats.c — the year's statistics on a small district, and the summaries that
 * triggers keep, against a GROUP BY from scratch
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "vd-test-events.h"

typedef struct
{
  VdTestFixture fx;
  gint64        c0, c1;
  gint64        e1, e2, e3, e4, e5;
} StatsFixture;

/* A small district with figures worked out by hand (see each test):
 *   E1 2026-01-10 3 h, category 0, community station 1, team 1, 50 served:
 *      v1 approved, v3 approved, v4 pending
 *   E2 2026-01-20 2 h, category 1, window station 2, team 2, 30 served:
 *      v1 approved, v2 approved, v3 rejected, v5 approved
 *   E3 2026-03-05 4 h, category 0, no station, no team, 20 served:
 *      v2 approved, v6 approved
 *   E4 2025-12-31 2 h, category 1, station 1, team 1: v1 approved (last year)
 *   E5 2026-04-01, category 0, 1000 served, cancelled: no one
 * v1 is a party member and v2 a probationary one. */
static void
set_up (StatsFixture  *sf,
        gconstpointer  data)
{
  VdDatabase *db;
  g_autoptr(GError) error = NULL;
  gint64 r;

  vd_test_fixture_set_up (&sf->fx, data);
  db = sf->fx.db;
  vd_test_add_six_volunteers (db);
  vd_test_add_places (db);
  vd_test_exec (db, "UPDATE volunteers SET political_status = 'party_member' WHERE id = 1;"
                    "UPDATE volunteers SET political_status = 'probationary' WHERE id = 2;");
  sf->c0 = vd_test_event_category (db, 0);
  sf->c1 = vd_test_event_category (db, 1);
  sf->e1 = vd_test_add_event (db, "植树", sf->c0, "2026-01-10 09:00", "2026-01-10 12:00", 1, 1, 50);
  sf->e2 = vd_test_add_event (db, "献血", sf->c1, "2026-01-20 14:00", "2026-01-20 16:00", 2, 2, 30);
  sf->e3 = vd_test_add_event (db, "清洁", sf->c0, "2026-03-05 08:00", "2026-03-05 12:00", 0, 0, 20);
  sf->e4 = vd_test_add_event (db, "跨年", sf->c1, "2025-12-31 09:00", "2025-12-31 11:00", 1, 1, 99);
  sf->e5 = vd_test_add_event (db, "取消", sf->c0, "2026-04-01 09:00", "2026-04-01 11:00", 1, 1, 1000);
  vd_test_exec (db, "UPDATE events SET status = 'cancelled' WHERE title = '取消'");

  vd_test_approve (db, vd_test_add_record (db, sf->e1, 1, 0, NULL, FALSE));
  vd_test_approve (db, vd_test_add_record (db, sf->e1, 3, 0, NULL, FALSE));
  vd_test_add_record (db, sf->e1, 4, 0, NULL, FALSE);
  vd_test_approve (db, vd_test_add_record (db, sf->e2, 1, 0, NULL, FALSE));
  vd_test_approve (db, vd_test_add_record (db, sf->e2, 2, 0, NULL, FALSE));
  r = vd_test_add_record (db, sf->e2, 3, 0, NULL, FALSE);
  g_assert_true (vd_service_reject (db, &r, 1, "未签到", &error));
  g_assert_no_error (error);
  vd_test_approve (db, vd_test_add_record (db, sf->e2, 5, 0, NULL, FALSE));
  vd_test_approve (db, vd_test_add_record (db, sf->e3, 2, 0, NULL, FALSE));
  vd_test_approve (db, vd_test_add_record (db, sf->e3, 6, 0, NULL, FALSE));
  vd_test_approve (db, vd_test_add_record (db, sf->e4, 1, 0, NULL, FALSE));
}

static void
tear_down (StatsFixture  *sf,
           gconstpointer  data)
{
  vd_test_fixture_tear_down (&sf->fx, data);
}

static VdStatsRow *
find_row (GPtrArray *rows,
          gint64     id,
          int        month)
{
  for (guint i = 0; i < rows->len; i++)
    {
      VdStatsRow *row = g_ptr_array_index (rows, i);

      if (row->id == id && row->month == month)
        return row;
    }
  g_assert_not_reached ();
  return NULL;
}

static void
test_hours (StatsFixture  *sf,
            gconstpointer  data)
{
  VdDatabase *db = sf->fx.db;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) stacked = NULL;
  g_autoptr(GPtrArray) cats = NULL;
  gint64 minutes[12], records[12];

  g_assert_true (vd_stats_hours_by_month (db, 2026, minutes, records, &error));
  g_assert_no_error (error);
  g_assert_cmpint (minutes[0], ==, 720);
  g_assert_cmpint (records[0], ==, 5);
  g_assert_cmpint (minutes[1], ==, 0);
  g_assert_cmpint (minutes[2], ==, 480);
  g_assert_cmpint (records[2], ==, 2);
  g_assert_cmpint (minutes[3], ==, 0);
  g_assert_cmpint (minutes[11], ==, 0);
  g_assert_true (vd_stats_hours_by_month (db, 2025, minutes, NULL, &error));
  g_assert_cmpint (minutes[11], ==, 120);

  stacked = vd_stats_hours_by_month_category (db, 2026, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stacked->len, ==, 3);
  g_assert_cmpint (find_row (stacked, sf->c0, 1)->minutes, ==, 360);
  g_assert_cmpint (find_row (stacked, sf->c0, 1)->records, ==, 2);
  g_assert_cmpint (find_row (stacked, sf->c1, 1)->minutes, ==, 360);
  g_assert_cmpint (find_row (stacked, sf->c1, 1)->records, ==, 3);
  g_assert_cmpint (find_row (stacked, sf->c0, 3)->minutes, ==, 480);
  g_assert_cmpint (((VdStatsRow *)stacked->pdata[2])->month, ==, 3);

  cats = vd_stats_hours_by_category (db, 2026, &error);
  g_assert_cmpuint (cats->len, ==, 2);
  g_assert_cmpint (((VdStatsRow *)cats->pdata[0])->id, ==, sf->c0);
  g_assert_cmpint (((VdStatsRow *)cats->pdata[0])->minutes, ==, 840);
  g_assert_cmpint (((VdStatsRow *)cats->pdata[0])->records, ==, 4);
  g_assert_cmpint (((VdStatsRow *)cats->pdata[1])->id, ==, sf->c1);
  g_assert_cmpint (((VdStatsRow *)cats->pdata[1])->minutes, ==, 360);
  g_assert_cmpint (((VdStatsRow *)cats->pdata[1])->records, ==, 3);
  g_assert_cmpstr (((VdStatsRow *)cats->pdata[1])->name, !=, "");
}

static void
test_by_team_station (StatsFixture  *sf,
                      gconstpointer  data)
{
  VdDatabase *db = sf->fx.db;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) teams = vd_stats_hours_by_team (db, 2026, &error);
  g_autoptr(GPtrArray) stations = vd_stats_hours_by_station (db, 2026, &error);
  g_autoptr(GPtrArray) types = vd_stats_hours_by_station_type (db, 2026, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (teams->len, ==, 3);
  g_assert_cmpint (((VdStatsRow *)teams->pdata[0])->id, ==, 0);   /* largest first */
  g_assert_cmpint (((VdStatsRow *)teams->pdata[0])->minutes, ==, 480);
  g_assert_cmpint (find_row (teams, 1, 0)->minutes, ==, 360);
  g_assert_cmpint (find_row (teams, 1, 0)->records, ==, 2);
  g_assert_cmpstr (find_row (teams, 1, 0)->name, ==, "党员先锋队");
  g_assert_cmpint (find_row (teams, 2, 0)->minutes, ==, 360);
  g_assert_cmpint (find_row (teams, 2, 0)->records, ==, 3);

  g_assert_cmpuint (stations->len, ==, 3);
  g_assert_cmpint (find_row (stations, 1, 0)->minutes, ==, 360);
  g_assert_cmpstr (find_row (stations, 1, 0)->kind, ==, "community");
  g_assert_cmpint (find_row (stations, 2, 0)->minutes, ==, 360);
  g_assert_cmpstr (find_row (stations, 2, 0)->kind, ==, "window");
  g_assert_cmpint (find_row (stations, 0, 0)->minutes, ==, 480);
  g_assert_null (find_row (stations, 0, 0)->kind);

  g_assert_cmpuint (types->len, ==, 3);
  for (guint i = 0; i < types->len; i++)
    {
      VdStatsRow *row = types->pdata[i];

      if (row->kind == NULL)
        g_assert_cmpint (row->minutes, ==, 480);
      else if (g_str_equal (row->kind, "community"))
        g_assert_cmpint (row->records, ==, 2);
      else
        {
          g_assert_cmpstr (row->kind, ==, "window");
          g_assert_cmpint (row->records, ==, 3);
        }
      g_assert_cmpstr (row->name, !=, "");
    }
}

static void
test_active_and_events (StatsFixture  *sf,
                        gconstpointer  data)
{
  VdDatabase *db = sf->fx.db;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) events = NULL;
  gint64 all[12], party[12];

  g_assert_true (vd_stats_active_by_month (db, 2026, all, party, &error));
  g_assert_no_error (error);
  g_assert_cmpint (all[0], ==, 4);
  g_assert_cmpint (party[0], ==, 2);
  g_assert_cmpint (all[1], ==, 0);
  g_assert_cmpint (all[2], ==, 2);
  g_assert_cmpint (party[2], ==, 1);

  events = vd_stats_events_by_category (db, 2026, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (events->len, ==, 2);
  g_assert_cmpint (find_row (events, sf->c0, 0)->events, ==, 2);
  g_assert_cmpint (find_row (events, sf->c0, 0)->people, ==, 70);
  g_assert_cmpint (find_row (events, sf->c1, 0)->events, ==, 1);
  g_assert_cmpint (find_row (events, sf->c1, 0)->people, ==, 30);
}

static void
test_party (StatsFixture  *sf,
            gconstpointer  data)
{
  VdDatabase *db = sf->fx.db;
  g_autoptr(VdSettings) settings = vd_settings_load (db, NULL);
  g_autoptr(GError) error = NULL;
  VdStatsParty p;

  settings->target_party_hours = 6;
  settings->party_member_total = 4;
  settings->population = 1000;
  g_assert_true (vd_settings_save (db, settings, &error));
  g_assert_no_error (error);

  g_assert_true (vd_stats_party (db, 2026, &p, &error));
  g_assert_no_error (error);
  g_assert_cmpint (p.person_times, ==, 4);
  g_assert_cmpint (p.events, ==, 3);
  g_assert_cmpint (p.minutes, ==, 660);
  g_assert_cmpint (p.registered, ==, 2);
  g_assert_cmpfloat_with_epsilon (p.hours_per_member, 5.5, 1e-9);
  g_assert_cmpint (p.target_hours, ==, 6);
  g_assert_cmpint (p.served, ==, 2);
  g_assert_cmpint (p.reached_target, ==, 1);
  g_assert_cmpint (p.in_communities, ==, 1);
  g_assert_cmpfloat_with_epsilon (p.community_share, 50.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (p.target_community, 70.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (p.registered_share, 50.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (p.target_registered, 60.0, 1e-9);

  /* v3 joins the party: their hours move to the party's figures. */
  vd_test_exec (db, "UPDATE volunteers SET political_status = 'party_member' WHERE id = 3");
  g_assert_true (vd_stats_party (db, 2026, &p, &error));
  g_assert_cmpint (p.person_times, ==, 5);
  g_assert_cmpint (p.minutes, ==, 840);
  g_assert_cmpint (p.registered, ==, 3);
  g_assert_cmpint (p.served, ==, 3);
  g_assert_cmpint (p.in_communities, ==, 2);

  /* Last year: v1 once, at a community station. */
  g_assert_true (vd_stats_party (db, 2025, &p, &error));
  g_assert_cmpint (p.person_times, ==, 1);
  g_assert_cmpint (p.events, ==, 1);
  g_assert_cmpint (p.in_communities, ==, 1);
}

/* Rows of a in b and of b in a: 0 when both queries give the same rows. */
static gint64
difference (VdDatabase *db,
            const char *a,
            const char *b)
{
  g_autofree char *sql = g_strdup_printf ("SELECT (SELECT count (*) FROM (%s EXCEPT %s)) + "
                                          "(SELECT count (*) FROM (%s EXCEPT %s))", a, b, b, a);
  return vd_test_query_int (db, sql);
}

#define APPROVED \
  "FROM service_records r JOIN events e ON e.id = r.event_id JOIN volunteers v ON v.id = r.volunteer_id " \
  "LEFT JOIN stations s ON s.id = e.station_id WHERE r.status = 'approved' "
#define MONTH "CAST (substr (r.service_date, 1, 4) || substr (r.service_date, 6, 2) AS INTEGER)"
#define PARTY "(v.political_status = 'party_member' OR v.political_status = 'probationary')"

static void
assert_summaries_exact (VdDatabase *db)
{
  g_assert_cmpint (difference (db,
    "SELECT month, party, category_id, minutes, records FROM stats_month_category WHERE records > 0",
    "SELECT " MONTH ", " PARTY ", e.category_id, sum (r.minutes), count (*) " APPROVED "GROUP BY 1, 2, 3"), ==, 0);
  g_assert_cmpint (difference (db,
    "SELECT month, team_id, minutes, records FROM stats_month_team WHERE records > 0",
    "SELECT " MONTH ", coalesce (e.team_id, 0), sum (r.minutes), count (*) " APPROVED "GROUP BY 1, 2"), ==, 0);
  g_assert_cmpint (difference (db,
    "SELECT month, station_id, minutes, records FROM stats_month_station WHERE records > 0",
    "SELECT " MONTH ", coalesce (e.station_id, 0), sum (r.minutes), count (*) " APPROVED "GROUP BY 1, 2"), ==, 0);
  g_assert_cmpint (difference (db,
    "SELECT volunteer_id, month, party, minutes, records FROM stats_volunteer_month",
    "SELECT r.volunteer_id, " MONTH ", " PARTY ", sum (r.minutes), count (*) " APPROVED "GROUP BY 1, 2, 3"), ==, 0);
  g_assert_cmpint (difference (db,
    "SELECT month, party, volunteers FROM stats_month_active WHERE volunteers > 0",
    "SELECT m, p, count (*) FROM (SELECT DISTINCT " MONTH " AS m, " PARTY " AS p, r.volunteer_id "
    APPROVED ") GROUP BY 1, 2"), ==, 0);
  g_assert_cmpint (difference (db,
    "SELECT volunteer_id, year, party, minutes, community_minutes, records FROM stats_volunteer_year",
    "SELECT r.volunteer_id, CAST (substr (r.service_date, 1, 4) AS INTEGER), " PARTY ", sum (r.minutes), "
    "sum (CASE WHEN s.type = 'community' THEN r.minutes ELSE 0 END), count (*) " APPROVED "GROUP BY 1, 2, 3"), ==, 0);
  g_assert_cmpint (difference (db,
    "SELECT year, party, community, hours, volunteers FROM stats_year_hours WHERE volunteers > 0",
    "SELECT year, party, community_minutes > 0, minutes / 60, count (*) FROM stats_volunteer_year "
    "GROUP BY 1, 2, 3, 4"), ==, 0);
  g_assert_cmpint (difference (db,
    "SELECT month, category_id, events, people, party_events FROM stats_month_events WHERE events > 0",
    "SELECT CAST (substr (starts_at, 1, 4) || substr (starts_at, 6, 2) AS INTEGER), category_id, count (*), "
    "sum (people_served), sum (party_count > 0) FROM events WHERE status <> 'cancelled' GROUP BY 1, 2"), ==, 0);
  g_assert_cmpint (difference (db,
    "SELECT id, participant_count, pending_count, approved_minutes, party_count FROM events",
    "SELECT e.id, count (r.id), count (CASE WHEN r.status = 'pending' THEN 1 END), "
    "coalesce (sum (CASE WHEN r.status = 'approved' THEN r.minutes END), 0), "
    "count (CASE WHEN r.status = 'approved' AND " PARTY " THEN 1 END) "
    "FROM events e LEFT JOIN service_records r ON r.event_id = e.id "
    "LEFT JOIN volunteers v ON v.id = r.volunteer_id GROUP BY e.id"), ==, 0);
  g_assert_cmpint (difference (db,
    "SELECT id, approved_minutes FROM volunteers",
    "SELECT v.id, coalesce ((SELECT sum (minutes) FROM service_records r WHERE r.volunteer_id = v.id "
    "AND r.status = 'approved'), 0) FROM volunteers v"), ==, 0);
}

static void
test_summaries_random (StatsFixture  *sf,
                       gconstpointer  data)
{
  VdDatabase *db = sf->fx.db;
  g_autoptr(GRand) rand = g_rand_new_with_seed (20260311);
  g_autoptr(GError) error = NULL;
  gint64 events[8];
  int n_volunteers = 6;

  /* More volunteers and events over three years. */
  for (int i = 0; i < 14; i++)
    {
      static const char * const given[] = { "一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
                                             "春", "夏", "秋", "冬" };
      g_autofree char *name = g_strdup_printf ("李%s", given[i]);
      g_autofree char *id17 = g_strdup_printf ("41010519900101%03d", 100 + i);
      vd_test_add_volunteer (db, name, id17, NULL);
      n_volunteers++;
    }
  for (int i = 0; i < 8; i++)
    {
      g_autofree char *title = g_strdup_printf ("活动%d", i);
      g_autofree char *starts = g_strdup_printf ("%d-%02d-%02d 08:00", 2025 + i % 3, 1 + i, 3 + i);
      g_autofree char *ends = g_strdup_printf ("%d-%02d-%02d 17:00", 2025 + i % 3, 1 + i, 3 + i);
      events[i] = vd_test_add_event (db, title, vd_test_event_category (db, i % 4), starts, ends,
                                     i % 3, i % 3, i * 10);
    }
  assert_summaries_exact (db);

  for (int step = 0; step < 400; step++)
    {
      int op = g_rand_int_range (rand, 0, 100);
      gint64 ev = events[g_rand_int_range (rand, 0, 8)];
      gint64 vid = g_rand_int_range (rand, 1, n_volunteers + 1);
      gint64 rid = vd_test_query_int (db, "SELECT coalesce (max (id), 0) FROM service_records");

      if (rid > 0)
        rid = g_rand_int_range (rand, 1, (gint32)rid + 1);
      if (op < 35)
        {
          VdServiceAddOptions o = { 30 * g_rand_int_range (rand, 1, 10), NULL, FALSE, NULL };
          vd_service_add (db, ev, vid, &o, NULL);
        }
      else if (op < 60)
        vd_service_approve (db, &rid, 1, NULL);
      else if (op < 66)
        vd_service_reject (db, &rid, 1, "随机", NULL);
      else if (op < 74)
        vd_service_revoke (db, rid, NULL, NULL);
      else if (op < 80)
        {
          VdServiceRecord *removed = vd_service_remove (db, rid, NULL);
          g_clear_object (&removed);
        }
      else if (op < 86)
        vd_service_update (db, rid, 30 * g_rand_int_range (rand, 1, 8), NULL, FALSE, "", NULL);
      else if (op < 91)
        {
          g_autofree char *sql = g_strdup_printf ("UPDATE volunteers SET political_status = '%s' "
                                                  "WHERE id = %" G_GINT64_FORMAT,
                                                  g_rand_boolean (rand) ? "party_member" : "masses", vid);
          vd_test_exec (db, sql);
        }
      else if (op < 96)
        {
          g_autoptr(VdEvent) e = vd_events_get (db, ev, NULL);

          e->category_id = vd_test_event_category (db, g_rand_int_range (rand, 0, 5));
          e->station_id = g_rand_int_range (rand, 0, 3);
          g_free (e->place);
          e->place = g_strdup ("广场");
          e->team_id = g_rand_int_range (rand, 0, 3);
          e->people_served = g_rand_int_range (rand, 0, 50);
          e->status = g_rand_int_range (rand, 0, VD_N_EVENT_STATUS);
          g_assert_true (vd_events_update (db, e, &error));
          g_assert_no_error (error);
        }
      else
        vd_test_exec (db, g_rand_boolean (rand)
                            ? "UPDATE stations SET type = 'public' WHERE id = 1"
                            : "UPDATE stations SET type = 'community' WHERE id = 1");
    }
  g_assert_cmpint (vd_test_query_int (db, "SELECT count (*) FROM service_records WHERE status = 'approved'"), >, 20);
  assert_summaries_exact (db);

  /* A rebuild from scratch gives the same, and so does a bulk load without triggers. */
  g_assert_true (vd_stats_rebuild_summaries (db, &error));
  g_assert_no_error (error);
  assert_summaries_exact (db);
  vd_test_exec (db, "DELETE FROM stats_month_category; DELETE FROM stats_volunteer_year;"
                    "UPDATE service_records SET stat_keyed = 0;");
  g_assert_true (vd_stats_rebuild_summaries (db, &error));
  assert_summaries_exact (db);
}

/* The sample generator writes events and records in bulk, with these triggers firing:
 * the summaries come out exact, and the figures agree with the records. */
static void
test_summaries_sample (VdTestFixture *fx,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  VdSampleOptions options;
  VdStatsParty p;
  gint64 minutes[12];
  gint64 total = 0;

  vd_sample_options_init (&options, VD_SAMPLE_DISTRICT);
  options.seed = 11;
  options.year = 2026;
  options.volunteers = 2000;
  g_assert_true (vd_sample_generate (fx->db, &options, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count (*) FROM service_records "
                                              "WHERE status = 'approved'"), >, 1000);
  assert_summaries_exact (fx->db);

  g_assert_true (vd_stats_hours_by_month (fx->db, 2026, minutes, NULL, &error));
  for (int m = 0; m < 12; m++)
    total += minutes[m];
  g_assert_cmpint (total, ==, vd_test_query_int (fx->db,
    "SELECT sum (minutes) FROM service_records WHERE status = 'approved' AND event_id IS NOT NULL "
    "AND service_date BETWEEN '2026-01-01' AND '2026-12-31'"));
  g_assert_true (vd_stats_party (fx->db, 2026, &p, &error));
  g_assert_cmpint (p.registered, ==, vd_test_query_int (fx->db,
    "SELECT count (*) FROM volunteers WHERE status = 'active' "
    "AND political_status IN ('party_member', 'probationary')"));
  g_assert_cmpint (p.person_times, ==, vd_test_query_int (fx->db,
    "SELECT count (*) FROM service_records r JOIN volunteers v ON v.id = r.volunteer_id "
    "WHERE r.status = 'approved' AND r.event_id IS NOT NULL AND r.service_date LIKE '2026-%' "
    "AND v.political_status IN ('party_member', 'probationary')"));
}

/* Hours per month of one volunteer, team or station, the latest year with figures,
 * and the year's totals, against the fixture worked out by hand. */
static void
test_owners_and_year (StatsFixture  *sf,
                      gconstpointer  data)
{
  VdDatabase *db = sf->fx.db;
  g_autoptr(GError) error = NULL;
  gint64 minutes[12];
  VdStatsYear totals;
  int year;

  g_assert_true (vd_stats_monthly_minutes (db, VD_STATS_DISTRICT, 0, 2026, minutes, &error));
  g_assert_no_error (error);
  g_assert_cmpint (minutes[0], ==, 720);
  g_assert_cmpint (minutes[2], ==, 480);
  g_assert_cmpint (minutes[11], ==, 0);
  /* v1: E1 3 h + E2 2 h in January; E4 2 h in December of the year before */
  g_assert_true (vd_stats_monthly_minutes (db, VD_STATS_VOLUNTEER, 1, 2026, minutes, &error));
  g_assert_cmpint (minutes[0], ==, 300);
  g_assert_cmpint (minutes[2], ==, 0);
  g_assert_true (vd_stats_monthly_minutes (db, VD_STATS_VOLUNTEER, 1, 2025, minutes, &error));
  g_assert_cmpint (minutes[0], ==, 0);
  g_assert_cmpint (minutes[11], ==, 120);
  /* v2: E2 in January, E3 in March; v3's E2 record was rejected */
  g_assert_true (vd_stats_monthly_minutes (db, VD_STATS_VOLUNTEER, 2, 2026, minutes, &error));
  g_assert_cmpint (minutes[0], ==, 120);
  g_assert_cmpint (minutes[2], ==, 240);
  g_assert_true (vd_stats_monthly_minutes (db, VD_STATS_VOLUNTEER, 3, 2026, minutes, &error));
  g_assert_cmpint (minutes[0], ==, 180);
  /* v4 has a pending record only */
  g_assert_true (vd_stats_monthly_minutes (db, VD_STATS_VOLUNTEER, 4, 2026, minutes, &error));
  for (int m = 0; m < 12; m++)
    g_assert_cmpint (minutes[m], ==, 0);
  /* team 1 organized E1 (2 × 3 h) and E4; team 2 E2 (3 × 2 h) */
  g_assert_true (vd_stats_monthly_minutes (db, VD_STATS_TEAM, 1, 2026, minutes, &error));
  g_assert_cmpint (minutes[0], ==, 360);
  g_assert_cmpint (minutes[2], ==, 0);
  g_assert_true (vd_stats_monthly_minutes (db, VD_STATS_TEAM, 1, 2025, minutes, &error));
  g_assert_cmpint (minutes[11], ==, 120);
  g_assert_true (vd_stats_monthly_minutes (db, VD_STATS_TEAM, 2, 2026, minutes, &error));
  g_assert_cmpint (minutes[0], ==, 360);
  g_assert_true (vd_stats_monthly_minutes (db, VD_STATS_STATION, 2, 2026, minutes, &error));
  g_assert_cmpint (minutes[0], ==, 360);
  g_assert_true (vd_stats_monthly_minutes (db, VD_STATS_STATION, 1, 2025, minutes, &error));
  g_assert_cmpint (minutes[11], ==, 120);
  g_assert_no_error (error);

  g_assert_true (vd_stats_latest_year (db, VD_STATS_DISTRICT, 0, &year, &error));
  g_assert_cmpint (year, ==, 2026);
  /* an event planned for next year is not yet a year to show */
  {
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();
    g_autofree char *starts = g_strdup_printf ("%d-03-01 09:00", g_date_time_get_year (now) + 1);
    g_autofree char *ends = g_strdup_printf ("%d-03-01 11:00", g_date_time_get_year (now) + 1);

    vd_test_add_event (db, "明年", sf->c0, starts, ends, 1, 1, 10);
    g_assert_true (vd_stats_latest_year (db, VD_STATS_DISTRICT, 0, &year, &error));
    g_assert_cmpint (year, ==, 2026);
  }
  g_assert_true (vd_stats_latest_year (db, VD_STATS_VOLUNTEER, 1, &year, &error));
  g_assert_cmpint (year, ==, 2026);
  g_assert_true (vd_stats_latest_year (db, VD_STATS_VOLUNTEER, 4, &year, &error));
  g_assert_cmpint (year, ==, 0);
  g_assert_true (vd_stats_latest_year (db, VD_STATS_TEAM, 2, &year, &error));
  g_assert_cmpint (year, ==, 2026);
  g_assert_true (vd_stats_latest_year (db, VD_STATS_STATION, 1, &year, &error));
  g_assert_cmpint (year, ==, 2026);
  g_assert_no_error (error);
  /* v4 served once more, at E4 of the year before: that is v4's latest year */
  vd_test_approve (db, vd_test_add_record (db, sf->e4, 4, 0, NULL, FALSE));
  g_assert_true (vd_stats_latest_year (db, VD_STATS_VOLUNTEER, 4, &year, &error));
  g_assert_cmpint (year, ==, 2025);

  /* 2026: v1, v2, v3, v5, v6 served; 3 events, not the cancelled one; 50 + 30 + 20
   * people served */
  g_assert_true (vd_stats_year (db, 2026, &totals, &error));
  g_assert_no_error (error);
  g_assert_cmpint (totals.volunteers, ==, 5);
  g_assert_cmpint (totals.minutes, ==, 1200);
  g_assert_cmpint (totals.records, ==, 7);
  g_assert_cmpint (totals.events, ==, 3);
  g_assert_cmpint (totals.people, ==, 100);
  g_assert_true (vd_stats_year (db, 2025, &totals, &error));
  g_assert_cmpint (totals.volunteers, ==, 2);
  g_assert_cmpint (totals.minutes, ==, 240);
  g_assert_cmpint (totals.records, ==, 2);
  g_assert_cmpint (totals.events, ==, 1);
  g_assert_cmpint (totals.people, ==, 99);
  g_assert_true (vd_stats_year (db, 2020, &totals, &error));
  g_assert_cmpint (totals.volunteers + totals.minutes + totals.events, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, fn) g_test_add (path, StatsFixture, NULL, set_up, fn, tear_down)
  ADD ("/stats/hours", test_hours);
  ADD ("/stats/team-station", test_by_team_station);
  ADD ("/stats/active-events", test_active_and_events);
  ADD ("/stats/party", test_party);
  ADD ("/stats/summaries-random", test_summaries_random);
  ADD ("/stats/owners-year", test_owners_and_year);
#undef ADD
  g_test_add ("/stats/summaries-sample", VdTestFixture, NULL, vd_test_fixture_set_up,
              test_summaries_sample, vd_test_fixture_tear_down);

  return g_test_run ();
}
