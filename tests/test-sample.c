/* test-sample.c — the generated district: its shape, the reference district's figures,
 * records that obey the rules, the same database for the same seed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "vd-test-utils.h"
#include "vd-teams.h"
#include "vd-stations.h"
#include "vd-wishes.h"
#include "vd-training.h"
#include "vd-stats.h"

/* A digest of every table's content, in rowid (or key) order. The audit log's time
 * and user are left out: they are the machine's, not the generator's. */
static char *
dump (VdDatabase *db)
{
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;

  stmt = vd_database_prepare (db, "SELECT name, sql LIKE '%WITHOUT ROWID%' FROM sqlite_master "
                                  "WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                                  "AND name <> 'audit_log' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name", NULL);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (tables, g_strdup_printf (sqlite3_column_int (stmt, 1)
                                                ? "SELECT * FROM \"%s\""
                                                : "SELECT * FROM \"%s\" ORDER BY rowid",
                                              (const char *)sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);
  g_assert_cmpuint (tables->len, >, 20);
  g_ptr_array_add (tables, g_strdup ("SELECT entity, entity_id, action, before_json, after_json "
                                     "FROM audit_log ORDER BY id"));

  for (guint i = 0; i < tables->len; i++)
    {
      const char *sql = g_ptr_array_index (tables, i);

      g_checksum_update (sum, (const guchar *)sql, -1);
      stmt = vd_database_prepare (db, sql, NULL);
      g_assert_nonnull (stmt);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        for (int c = 0; c < sqlite3_column_count (stmt); c++)
          {
            const void *blob = sqlite3_column_blob (stmt, c);

            g_checksum_update (sum, (const guchar *)"|", 1);
            if (blob != NULL)
              g_checksum_update (sum, blob, sqlite3_column_bytes (stmt, c));
          }
      sqlite3_finalize (stmt);
    }
  return g_strdup (g_checksum_get_string (sum));
}

/* today is NULL for the machine's date; a past year is whole whatever the date */
static void
generate (VdDatabase *db,
          guint32     seed,
          guint       volunteers,
          int         year,
          const char *today)
{
  g_autoptr(GError) error = NULL;
  VdSampleOptions options;

  vd_sample_options_init (&options, VD_SAMPLE_DISTRICT);
  options.seed = seed;
  options.volunteers = volunteers;
  options.year = year;
  if (today != NULL)
    g_assert_true (vd_date_parse (today, &options.today));
  g_assert_true (vd_sample_generate (db, &options, NULL, &error));
  g_assert_no_error (error);
}

#define Q(sql) vd_test_query_int (fx->db, sql)

static void
test_shape (VdTestFixture *fx,
            gconstpointer  data)
{
  sqlite3_stmt *stmt;
  gint64 valid = 0;

  generate (fx->db, 7, 3000, 2023, NULL);
  g_assert_cmpint (Q ("SELECT count(*) FROM volunteers"), ==, 3000);
  g_assert_cmpint (Q ("SELECT count(*) FROM teams"), ==, 26);
  g_assert_cmpint (Q ("SELECT count(*) FROM stations WHERE type = 'community'"), ==, 22);
  g_assert_cmpint (Q ("SELECT count(*) FROM stations WHERE type = 'window'"), ==, 7);
  g_assert_cmpint (Q ("SELECT count(*) FROM stations WHERE type = 'public'"), ==, 2);
  g_assert_cmpint (Q ("SELECT count(*) FROM stations WHERE established_on LIKE '2023-%'"), ==, 9);
  /* 3,000 volunteers are 16 % of the population */
  g_assert_cmpint (Q ("SELECT population FROM settings"), ==, 18750);
  /* every team has exactly one leader */
  g_assert_cmpint (Q ("SELECT count(*) FROM team_members WHERE role = 'leader'"), ==, 26);
  /* a smaller district has proportionally fewer events, but has them */
  g_assert_cmpint (Q ("SELECT count(*) FROM events WHERE starts_at LIKE '2023-%' AND status = 'held'"), ==, 33);
  g_assert_cmpint (Q ("SELECT count(*) FROM service_records"), >, 3000);
  /* and the sizes still add up exactly: 1,800 and 650 scaled by 3,000 / 47,000 */
  g_assert_cmpint (Q ("SELECT count(*) FROM service_records r JOIN events e ON e.id = r.event_id "
                      "WHERE e.party_event = 1 AND e.starts_at LIKE '2023-%'"), ==, 115);
  g_assert_cmpint (Q ("SELECT count(*) FROM training_attendance a JOIN trainings t ON t.id = a.training_id "
                      "WHERE t.starts_at LIKE '2023-%' AND a.status IN ('present', 'late')"), ==, 41);

  /* every ID number passes the register's own check, and search finds the names */
  stmt = vd_database_prepare (fx->db, "SELECT id_number FROM volunteers", NULL);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autoptr(GError) error = NULL;
      if (vd_id_number_parse (VD_ID_TYPE_RESIDENT, (const char *)sqlite3_column_text (stmt, 0),
                              NULL, NULL, NULL, NULL, &error))
        valid++;
    }
  sqlite3_finalize (stmt);
  g_assert_cmpint (valid, ==, 3000);
  g_assert_cmpint (Q ("SELECT count(*) FROM volunteer_text WHERE volunteer_text MATCH 'name : \"王\"'"), ==,
                   Q ("SELECT count(*) FROM volunteers WHERE name LIKE '%王%'"));
  g_assert_true (vd_database_integrity_check (fx->db, NULL));
  g_assert_true (vd_sample_is_sample (fx->db));
}

/* The reference district's year (shared/reference): each figure by plain SQL. */
static void
test_reference_figures (VdTestFixture *fx,
                        gconstpointer  data)
{
  const char *party = "(political_status = 'party_member' OR political_status = 'probationary')";
  g_autofree char *sql = NULL;
  g_autoptr(GError) error = NULL;
  VdSampleSummary summary;
  gint64 start = g_get_monotonic_time ();
  double share;

  generate (fx->db, 2023, 0, 2023, NULL);
  g_test_message ("district generated in %.1f s", (g_get_monotonic_time () - start) / 1e6);

  /* 47,000 volunteers, 16 % of the population */
  g_assert_cmpint (Q ("SELECT count(*) FROM volunteers"), ==, 47000);
  g_assert_cmpint (Q ("SELECT count(*) * 10000 / (SELECT population FROM settings) FROM volunteers"), ==, 1600);
  /* 22 + 7 + 2 stations, 9 new in the year, every community covered, ≥ 3 projects
   * running at each */
  g_assert_cmpint (Q ("SELECT count(*) FROM stations WHERE type = 'community' AND status = 'active'"), ==, 22);
  g_assert_cmpint (Q ("SELECT count(*) FROM stations WHERE type = 'window'"), ==, 7);
  g_assert_cmpint (Q ("SELECT count(*) FROM stations WHERE type = 'public'"), ==, 2);
  g_assert_cmpint (Q ("SELECT count(*) FROM stations WHERE established_on BETWEEN '2023-01-01' AND '2023-12-31'"),
                   ==, 9);
  g_assert_cmpint (Q ("SELECT count(*) FROM communities c WHERE NOT EXISTS (SELECT 1 FROM stations s "
                      "WHERE s.community_id = c.id AND s.type = 'community' AND s.status = 'active')"), ==, 0);
  g_assert_cmpint (Q ("SELECT count(*) FROM stations s WHERE (SELECT count(*) FROM station_projects p "
                      "WHERE p.station_id = s.id AND p.ended_on IS NULL) < 3"), ==, 0);
  g_assert_cmpint (Q ("SELECT count(*) FROM station_checklist"), ==, 31 * 6);
  g_assert_cmpint (Q ("SELECT count(DISTINCT station_id) FROM station_equipment WHERE kind = 'red_vest'"), ==, 31);
  /* 26 teams, each with one leader; the party members' teams hold party members only */
  g_assert_cmpint (Q ("SELECT count(*) FROM teams WHERE status = 'active'"), ==, 26);
  g_assert_cmpint (Q ("SELECT count(*) FROM team_members WHERE role = 'leader'"), ==, 26);
  g_assert_cmpint (Q ("SELECT min (n) FROM (SELECT count(*) AS n FROM team_members GROUP BY team_id)"), >=, 30);
  g_assert_cmpint (Q ("SELECT count(*) FROM team_members m JOIN teams t ON t.id = m.team_id "
                      "JOIN volunteers v ON v.id = m.volunteer_id "
                      "WHERE t.category_id = (SELECT id FROM categories WHERE domain = 'team' "
                      "ORDER BY sort_order LIMIT 1) "
                      "AND NOT (v.political_status = 'party_member' OR v.political_status = 'probationary')"),
                   ==, 0);
  g_assert_cmpint (Q ("SELECT count(*) FROM team_members m JOIN teams t ON t.id = m.team_id "
                      "WHERE t.category_id = (SELECT id FROM categories WHERE domain = 'team' "
                      "ORDER BY sort_order LIMIT 1)"), >, 300);

  /* 500+ events (exactly 520 held) serving 20,000+ person-times (exactly 20,600) */
  g_assert_cmpint (Q ("SELECT count(*) FROM events WHERE status = 'held' AND starts_at LIKE '2023-%'"), ==, 520);
  g_assert_cmpint (Q ("SELECT sum (people_served) FROM events WHERE status = 'held' AND starts_at LIKE '2023-%'"),
                   ==, 20600);
  g_assert_cmpint (Q ("SELECT count(*) FROM events WHERE status = 'cancelled' AND starts_at LIKE '2023-%'"), >, 0);
  g_assert_cmpint (Q ("SELECT count(DISTINCT category_id) FROM events WHERE starts_at LIKE '2023-%'"), >=, 10);
  g_assert_cmpint (Q ("SELECT count(*) FROM events e JOIN categories c ON c.id = e.category_id "
                      "WHERE c.domain <> 'event'"), ==, 0);
  /* 90 party events with 1,800 participations, all by party members */
  g_assert_cmpint (Q ("SELECT count(*) FROM events WHERE party_event = 1 AND status = 'held' "
                      "AND starts_at LIKE '2023-%'"), ==, 90);
  g_assert_cmpint (Q ("SELECT count(*) FROM service_records r JOIN events e ON e.id = r.event_id "
                      "WHERE e.party_event = 1 AND e.starts_at LIKE '2023-%'"), ==, 1800);
  g_assert_cmpint (Q ("SELECT count(*) FROM service_records r JOIN events e ON e.id = r.event_id "
                      "JOIN volunteers v ON v.id = r.volunteer_id WHERE e.party_event = 1 "
                      "AND NOT (v.political_status = 'party_member' OR v.political_status = 'probationary')"),
                   ==, 0);
  /* 15 trainings, 650 attendances, with every kind of attendance */
  g_assert_cmpint (Q ("SELECT count(*) FROM trainings WHERE starts_at LIKE '2023-%'"), ==, 15);
  g_assert_cmpint (Q ("SELECT count(*) FROM training_attendance a JOIN trainings t ON t.id = a.training_id "
                      "WHERE t.starts_at LIKE '2023-%' AND a.status IN ('present', 'late')"), ==, 650);
  g_assert_cmpint (Q ("SELECT count(DISTINCT status) FROM training_attendance"), ==, 4);
  /* 30 micro-wishes fulfilled; others still on their way, some turned down */
  g_assert_cmpint (Q ("SELECT count(*) FROM wishes WHERE status = 'fulfilled' AND fulfilled_on LIKE '2023-%'"),
                   ==, 30);
  g_assert_cmpint (Q ("SELECT count(DISTINCT status) FROM wishes"), ==, 6);
  g_assert_cmpint (Q ("SELECT count(*) FROM wishes WHERE status = 'fulfilled' AND NOT (collected_on <= reviewed_on "
                      "AND reviewed_on <= published_on AND published_on <= claimed_on "
                      "AND claimed_on <= fulfilled_on)"), ==, 0);
  /* the province's model community */
  g_assert_cmpint (Q ("SELECT count(*) FROM commendations m JOIN communities c ON c.id = m.community_id "
                      "WHERE m.title LIKE '%省示范性志愿服务社区' AND m.level = 'province' "
                      "AND c.name = '清华园社区'"), ==, 1);
  g_assert_cmpint (Q ("SELECT count(DISTINCT level) FROM commendations"), >=, 3);

  /* party indicators near their targets: ≥ 60 % of party members registered, about
   * 25 h a party volunteer in the year, ≥ 70 % serving at community stations */
  sql = g_strdup_printf ("SELECT count(*) * 1000 / (SELECT party_member_total FROM settings) "
                         "FROM volunteers WHERE %s", party);
  share = vd_test_query_int (fx->db, sql) / 10.0;
  g_assert_cmpfloat (share, >=, 60.0);
  g_assert_cmpfloat (share, <=, 65.0);
  g_free (sql);
  sql = g_strdup_printf ("SELECT (SELECT sum (r.minutes) FROM service_records r JOIN volunteers v "
                         "ON v.id = r.volunteer_id WHERE r.status = 'approved' AND r.service_date LIKE '2023-%%' "
                         "AND %s) / (SELECT count(*) FROM volunteers WHERE %s) / 60", party, party);
  g_assert_cmpint (vd_test_query_int (fx->db, sql), >=, 25);
  g_assert_cmpint (vd_test_query_int (fx->db, sql), <=, 30);
  g_free (sql);
  sql = g_strdup_printf ("SELECT count(DISTINCT r.volunteer_id) * 100 / (SELECT count(*) FROM volunteers WHERE %s) "
                         "FROM service_records r JOIN events e ON e.id = r.event_id "
                         "JOIN stations s ON s.id = e.station_id JOIN volunteers v ON v.id = r.volunteer_id "
                         "WHERE s.type = 'community' AND r.service_date LIKE '2023-%%' AND %s", party, party);
  g_assert_cmpint (vd_test_query_int (fx->db, sql), >=, 70);

  /* the year before is there, lighter */
  g_assert_cmpint (Q ("SELECT count(*) FROM events WHERE status = 'held' AND starts_at LIKE '2022-%'"), ==, 430);
  g_assert_cmpint (Q ("SELECT count(*) FROM service_records WHERE service_date LIKE '2022-%'"), <,
                   Q ("SELECT count(*) FROM service_records WHERE service_date LIKE '2023-%'"));
  g_assert_cmpint (Q ("SELECT count(*) FROM trainings WHERE starts_at LIKE '2022-%'"), ==, 12);

  /* the dashboard's tallies already count every volunteer: its first load is quick */
  g_assert_cmpint (Q ("SELECT folded_id FROM volunteer_tallies_state"), ==,
                   Q ("SELECT max (id) FROM volunteers"));
  g_assert_cmpint (Q ("SELECT sum (n) FROM volunteer_tallies"), ==, 47000);

  /* the summary the command line prints says the same */
  g_assert_true (vd_sample_summarize (fx->db, 2023, &summary, &error));
  g_assert_no_error (error);
  g_assert_cmpint (summary.volunteers, ==, 47000);
  g_assert_cmpint (summary.stations_new, ==, 9);
  g_assert_cmpint (summary.events_year, ==, 520);
  g_assert_cmpint (summary.people_served_year, ==, 20600);
  g_assert_cmpint (summary.party_events_year, ==, 90);
  g_assert_cmpint (summary.party_participations_year, ==, 1800);
  g_assert_cmpint (summary.trainings_year, ==, 15);
  g_assert_cmpint (summary.attendances_year, ==, 650);
  g_assert_cmpint (summary.wishes_fulfilled_year, ==, 30);
  g_assert_cmpint (summary.records_total, ==, Q ("SELECT count(*) FROM service_records"));

  /* The same figures through the statistics the dashboard and the annual report read. */
  {
    g_autoptr(GPtrArray) categories = vd_stats_events_by_category (fx->db, 2023, &error);
    g_autoptr(GPtrArray) trainings = vd_training_stats (fx->db, 2023, VD_TRAINING_STATS_TOTAL, &error);
    g_autoptr(GPtrArray) teams = vd_teams_count_by_category (fx->db, &error);
    guint by_type[VD_N_STATION_TYPES] = { 0, };
    guint fresh = 0, covered = 0, communities = 0, n_teams = 0;
    gint64 events = 0, people = 0;
    VdStatsYear year = { 0, };
    VdStatsParty party_figures = { 0, };
    VdWishStats wishes = { { 0, }, };
    VdTrainingStat *total;

    g_assert_no_error (error);
    for (guint k = 0; k < categories->len; k++)
      {
        VdStatsRow *row = g_ptr_array_index (categories, k);

        events += row->events;
        people += row->people;
      }
    g_assert_cmpint (events, ==, 520);
    g_assert_cmpint (people, ==, 20600);
    g_assert_true (vd_stats_year (fx->db, 2023, &year, &error));
    g_assert_cmpint (year.events, ==, 520);
    g_assert_cmpint (year.people, ==, 20600);

    g_assert_cmpuint (trainings->len, ==, 1);
    total = g_ptr_array_index (trainings, 0);
    g_assert_cmpuint (total->sessions, ==, 15);
    g_assert_cmpuint (total->attendances, ==, 650);

    g_assert_true (vd_wishes_get_stats (fx->db, 2023, &wishes, &error));
    g_assert_cmpuint (wishes.fulfilled, ==, 30);

    g_assert_true (vd_stations_count_by_type (fx->db, by_type, &error));
    g_assert_cmpuint (by_type[VD_STATION_COMMUNITY], ==, 22);
    g_assert_cmpuint (by_type[VD_STATION_COMMUNITY] + by_type[VD_STATION_COMMUNITY + 1]
                      + by_type[VD_STATION_COMMUNITY + 2], ==, 31);
    g_assert_true (vd_stations_count_new_in_year (fx->db, 2023, &fresh, &error));
    g_assert_cmpuint (fresh, ==, 9);
    g_assert_true (vd_stations_coverage (fx->db, &covered, &communities, &error));
    g_assert_cmpuint (covered, ==, communities);

    for (guint k = 0; k < teams->len; k++)
      n_teams += ((VdTeamFigure *)g_ptr_array_index (teams, k))->count;
    g_assert_cmpuint (n_teams, ==, 26);

    /* The party indicators near their targets: ≥ 60 % registered, about 25 h each,
     * ≥ 70 % serving in communities. */
    g_assert_true (vd_stats_party (fx->db, 2023, &party_figures, &error));
    g_assert_cmpfloat (party_figures.registered_share, >=, 60.0);
    g_assert_cmpfloat (party_figures.community_share, >=, 70.0);
    g_assert_cmpfloat (party_figures.hours_per_member, >, 0.0);
  }
}

/* Service records obey the rules of design.md §2, and the points follow them. */
static void
test_records_obey_rules (VdTestFixture *fx,
                         gconstpointer  data)
{
  const char *today = data;
  g_autofree char *integrity = NULL;
  gint64 records;

  /* a whole past year, or this year up to today */
  if (today != NULL)
    generate (fx->db, 11, 8000, 2026, today);
  else
    generate (fx->db, 11, 8000, 2023, NULL);
  records = Q ("SELECT count(*) FROM service_records");
  /* half of this year is still to come */
  g_assert_cmpint (records, >, today != NULL ? 15000 : 20000);

  /* no volunteer over the daily cap on any day; minutes in rounding units */
  g_assert_cmpint (Q ("SELECT count(*) FROM (SELECT volunteer_id, service_date FROM service_records "
                      "GROUP BY 1, 2 HAVING sum (minutes) > (SELECT daily_cap_minutes FROM settings))"), ==, 0);
  g_assert_cmpint (Q ("SELECT count(*) FROM service_records "
                      "WHERE minutes % (SELECT rounding_minutes FROM settings) <> 0"), ==, 0);
  /* within the event's days and, for a one-day event, not longer than it */
  g_assert_cmpint (Q ("SELECT count(*) FROM service_records r JOIN events e ON e.id = r.event_id "
                      "WHERE r.service_date < date (e.starts_at) OR r.service_date > date (e.ends_at) "
                      "OR (date (e.starts_at) = date (e.ends_at) "
                      "    AND r.minutes > (unixepoch (e.ends_at) - unixepoch (e.starts_at)) / 60)"), ==, 0);
  g_assert_cmpint (Q ("SELECT count(*) FROM service_records WHERE event_id IS NULL AND training_id IS NULL "
                      "AND backfilled = 0"), ==, 0);
  g_assert_cmpint (Q ("SELECT count(*) FROM service_records r JOIN events e ON e.id = r.event_id "
                      "WHERE e.status <> 'held'"), ==, 0);
  /* nobody serves before registering */
  g_assert_cmpint (Q ("SELECT count(*) FROM service_records r JOIN volunteers v ON v.id = r.volunteer_id "
                      "WHERE r.service_date < v.registered_on"), ==, 0);
  /* mostly approved; some pending; a few back-filled, some of those rejected */
  g_assert_cmpint (Q ("SELECT count(*) FROM service_records WHERE status = 'approved'") * 100 / records, >=, 90);
  g_assert_cmpint (Q ("SELECT count(*) FROM service_records WHERE status = 'pending'"), >, 0);
  g_assert_cmpint (Q ("SELECT count(*) FROM service_records WHERE backfilled = 1 AND status = 'rejected'"), >, 0);
  g_assert_cmpint (Q ("SELECT count(*) FROM service_records WHERE backfilled = 1") * 100 / records, <, 10);
  g_assert_cmpint (Q ("SELECT count(DISTINCT minutes) FROM service_records"), >=, 10);
  /* the totals the register shows equal the approved records */
  g_assert_cmpint (Q ("SELECT count(*) FROM volunteers v WHERE approved_minutes <> (SELECT coalesce (sum (minutes), 0) "
                      "FROM service_records r WHERE r.volunteer_id = v.id AND r.status = 'approved')"), ==, 0);
  /* one earn row per approved record, at the settings' rate; no balance below zero */
  g_assert_cmpint (Q ("SELECT count(*) FROM points_ledger WHERE kind = 'earn'"), ==,
                   Q ("SELECT count(*) FROM service_records WHERE status = 'approved'"));
  g_assert_cmpint (Q ("SELECT count(*) FROM points_ledger l JOIN service_records r ON r.id = l.service_record_id "
                      "WHERE l.kind = 'earn' AND (r.status <> 'approved' OR l.volunteer_id <> r.volunteer_id "
                      "OR l.amount_centi <> r.minutes * (SELECT points_per_hour_centi FROM settings) / 60)"), ==, 0);
  g_assert_cmpint (Q ("SELECT count(*) FROM (SELECT volunteer_id FROM points_ledger GROUP BY 1 "
                      "HAVING sum (amount_centi) < 0)"), ==, 0);
  g_assert_cmpint (Q ("SELECT count(*) FROM exchanges"), >, 0);
  g_assert_cmpint (Q ("SELECT count(*) FROM exchanges x WHERE NOT EXISTS (SELECT 1 FROM points_ledger l "
                      "WHERE l.exchange_id = x.id AND l.kind = 'spend' AND l.amount_centi = -x.points_centi)"), ==, 0);
  g_assert_cmpint (Q ("SELECT count(*) FROM exchanges x WHERE status = 'cancelled' AND NOT EXISTS "
                      "(SELECT 1 FROM points_ledger l WHERE l.exchange_id = x.id AND l.kind = 'refund')"), ==, 0);
  /* the indexes and triggers taken away for the bulk write are back */
  g_assert_cmpint (Q ("SELECT count(*) FROM sqlite_master WHERE name IN ('service_records_total_insert', "
                      "'service_records_event_volunteer', 'service_records_training_volunteer', "
                      "'service_records_volunteer_date', 'service_records_date', 'points_ledger_volunteer')"), ==, 6);

  /* the schema's own checks: keys and pages */
  g_assert_cmpint (Q ("SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);
  integrity = vd_test_query_text (fx->db, "PRAGMA integrity_check");
  g_assert_cmpstr (integrity, ==, "ok");
}

/* This year cut short by today: planned across the year, nothing happened after today;
 * the year before is whole. */
static void
test_cut_at_today (VdTestFixture *fx,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  VdSampleSummary summary;
  VdSampleOptions options;

  generate (fx->db, 5, 8000, 2026, "2026-06-30");

  /* nothing dated after today */
  g_assert_cmpint (Q ("SELECT count(*) FROM service_records WHERE service_date > '2026-06-30' "
                      "OR created_at >= '2026-07-01' OR reviewed_at >= '2026-07-01'"), ==, 0);
  g_assert_cmpint (Q ("SELECT count(*) FROM points_ledger WHERE created_at >= '2026-07-01'"), ==, 0);
  g_assert_cmpint (Q ("SELECT count(*) FROM exchanges WHERE created_at >= '2026-07-01' "
                      "OR picked_up_at >= '2026-07-01'"), ==, 0);
  g_assert_cmpint (Q ("SELECT count(*) FROM exchanges"), >, 0);
  g_assert_cmpint (Q ("SELECT count(*) FROM training_attendance WHERE checked_in_at >= '2026-07-01' "
                      "OR registered_at >= '2026-07-01'"), ==, 0);
  g_assert_cmpint (Q ("SELECT count(*) FROM wishes WHERE collected_on > '2026-06-30' OR reviewed_on > '2026-06-30' "
                      "OR published_on > '2026-06-30' OR claimed_on > '2026-06-30' "
                      "OR fulfilled_on > '2026-06-30'"), ==, 0);
  g_assert_cmpint (Q ("SELECT count(*) FROM wishes WHERE status = 'fulfilled' AND fulfilled_on LIKE '2026-%'"), >, 0);
  g_assert_cmpint (Q ("SELECT count(*) FROM volunteers WHERE registered_on > '2026-06-30' "
                      "OR created_at >= '2026-07-01'"), ==, 0);
  g_assert_cmpint (Q ("SELECT count(*) FROM volunteers WHERE registered_on LIKE '2026-%'"), >, 0);
  g_assert_cmpint (Q ("SELECT count(*) FROM team_members WHERE joined_on > '2026-06-30'"), ==, 0);
  g_assert_cmpint (Q ("SELECT (SELECT count(*) FROM stations WHERE established_on > '2026-06-30') "
                      "+ (SELECT count(*) FROM station_projects WHERE started_on > '2026-06-30' "
                      "   OR ended_on > '2026-06-30') "
                      "+ (SELECT count(*) FROM station_checklist WHERE checked_on > '2026-06-30') "
                      "+ (SELECT count(*) FROM station_equipment WHERE issued_on > '2026-06-30') "
                      "+ (SELECT count(*) FROM commendations WHERE awarded_on > '2026-06-30')"), ==, 0);
  /* still nine stations new this year */
  g_assert_cmpint (Q ("SELECT count(*) FROM stations WHERE established_on LIKE '2026-%'"), ==, 9);

  /* events after today are planned, have served nobody yet and have no records */
  g_assert_cmpint (Q ("SELECT count(*) FROM events WHERE starts_at >= '2026-07-01'"), >, 20);
  g_assert_cmpint (Q ("SELECT count(*) FROM events WHERE starts_at >= '2026-07-01' "
                      "AND (status <> 'planned' OR people_served <> 0)"), ==, 0);
  g_assert_cmpint (Q ("SELECT count(*) FROM service_records r JOIN events e ON e.id = r.event_id "
                      "WHERE e.starts_at >= '2026-07-01' OR e.status = 'planned'"), ==, 0);
  /* events before today were held (or called off), and those held have their records */
  g_assert_cmpint (Q ("SELECT count(*) FROM events WHERE ends_at < '2026-07-01' AND status = 'planned'"), ==, 0);
  g_assert_cmpint (Q ("SELECT count(*) FROM events WHERE starts_at LIKE '2026-%' AND ends_at < '2026-07-01' "
                      "AND status = 'held'"), >, 20);
  g_assert_cmpint (Q ("SELECT count(*) FROM events e WHERE e.starts_at LIKE '2026-%' AND e.ends_at < '2026-07-01' "
                      "AND e.status = 'held' AND NOT EXISTS (SELECT 1 FROM service_records r "
                      "WHERE r.event_id = e.id)"), ==, 0);
  /* trainings after today have registrations and no check-ins; those before, both */
  g_assert_cmpint (Q ("SELECT count(*) FROM trainings t WHERE t.starts_at >= '2026-07-01' "
                      "AND NOT EXISTS (SELECT 1 FROM training_attendance a WHERE a.training_id = t.id)"), ==, 0);
  g_assert_cmpint (Q ("SELECT count(*) FROM trainings WHERE starts_at >= '2026-07-01'"), >, 0);
  g_assert_cmpint (Q ("SELECT count(*) FROM training_attendance a JOIN trainings t ON t.id = a.training_id "
                      "WHERE t.starts_at >= '2026-07-01' AND a.status <> 'registered'"), ==, 0);
  g_assert_cmpint (Q ("SELECT count(*) FROM training_attendance a JOIN trainings t ON t.id = a.training_id "
                      "WHERE t.starts_at < '2026-07-01' AND a.status = 'present'"), >, 0);
  /* what waits for review is mostly the last weeks before today */
  g_assert_cmpint (Q ("SELECT count(*) FROM service_records WHERE status = 'pending' AND backfilled = 0 "
                      "AND service_date > '2026-06-09'"), >,
                   Q ("SELECT count(*) FROM service_records WHERE status = 'pending' AND backfilled = 0 "
                      "AND service_date BETWEEN '2026-01-01' AND '2026-06-09'"));

  /* the year before is whole: every event held or called off, records into December */
  g_assert_cmpint (Q ("SELECT count(*) FROM events WHERE starts_at LIKE '2025-%' AND status = 'planned'"), ==, 0);
  g_assert_cmpint (Q ("SELECT count(*) FROM service_records WHERE service_date LIKE '2025-12-%'"), >, 0);
  g_assert_cmpint (Q ("SELECT count(*) FROM trainings t WHERE t.starts_at LIKE '2025-%' AND EXISTS "
                      "(SELECT 1 FROM training_attendance a WHERE a.training_id = t.id AND a.status = 'registered')"),
                   ==, 0);

  /* the summary counts the planned events */
  g_assert_true (vd_sample_summarize (fx->db, 2026, &summary, &error));
  g_assert_no_error (error);
  g_assert_cmpint (summary.events_planned_year, ==, Q ("SELECT count(*) FROM events WHERE status = 'planned'"));
  g_assert_cmpint (summary.events_year, <, summary.events_year + summary.events_planned_year);

  /* a year after today is refused */
  vd_sample_options_init (&options, VD_SAMPLE_DISTRICT);
  options.year = 2027;
  g_assert_true (vd_date_parse ("2026-06-30", &options.today));
  g_assert_false (vd_sample_generate (fx->db, &options, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
}

static void
test_same_seed_same_data (VdTestFixture *fx,
                          gconstpointer  data)
{
  g_autofree char *other_path = g_build_filename (fx->dir, "again.db", NULL);
  g_autofree char *third_path = g_build_filename (fx->dir, "other-seed.db", NULL);
  g_autoptr(VdDatabase) again = vd_database_open (other_path, NULL);
  g_autoptr(VdDatabase) third = vd_database_open (third_path, NULL);
  g_autofree char *fourth_path = g_build_filename (fx->dir, "other-day.db", NULL);
  g_autoptr(VdDatabase) fourth = vd_database_open (fourth_path, NULL);
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *c = NULL;
  g_autofree char *d = NULL;

  g_assert_false (vd_sample_is_sample (fx->db));
  generate (fx->db, 42, 4000, 2026, "2026-06-30");
  generate (again, 42, 4000, 2026, "2026-06-30");
  generate (third, 43, 4000, 2026, "2026-06-30");
  generate (fourth, 42, 4000, 2026, "2026-07-31");
  a = dump (fx->db);
  b = dump (again);
  c = dump (third);
  d = dump (fourth);
  g_assert_cmpstr (a, ==, b);
  g_assert_cmpstr (a, !=, c);
  g_assert_cmpstr (a, !=, d);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/sample/shape", VdTestFixture, NULL, vd_test_fixture_set_up, test_shape,
              vd_test_fixture_tear_down);
  g_test_add ("/sample/reference-figures", VdTestFixture, NULL, vd_test_fixture_set_up,
              test_reference_figures, vd_test_fixture_tear_down);
  g_test_add ("/sample/records-obey-rules", VdTestFixture, NULL, vd_test_fixture_set_up,
              test_records_obey_rules, vd_test_fixture_tear_down);
  g_test_add ("/sample/records-obey-rules/cut-at-today", VdTestFixture, "2026-06-30", vd_test_fixture_set_up,
              test_records_obey_rules, vd_test_fixture_tear_down);
  g_test_add ("/sample/cut-at-today", VdTestFixture, NULL, vd_test_fixture_set_up,
              test_cut_at_today, vd_test_fixture_tear_down);
  g_test_add ("/sample/same-seed", VdTestFixture, NULL, vd_test_fixture_set_up,
              test_same_seed_same_data, vd_test_fixture_tear_down);

  return g_test_run ();
}
