/* bench-service.c — service hours at city scale: adding a participant and each yearly
 * statistic over the city's 10,000,000 service records. One row per figure with its
 * target; medians of several runs.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   bench-service CITY.db
 *
 * CITY.db is the city bench/run builds once (volunteer-desk-cli sample --scale city).
 */

#include "config.h"

#include "bench-common.h"

#define RUNS BENCH_RUNS

static int year;

typedef gboolean (*StatFunc) (VdDatabase *db);

#define STAT_ROWS(fn) \
  static gboolean run_##fn (VdDatabase *db) \
  { g_autoptr(GPtrArray) rows = fn (db, year, NULL); return rows != NULL; }

STAT_ROWS (vd_stats_hours_by_month_category)
STAT_ROWS (vd_stats_hours_by_category)
STAT_ROWS (vd_stats_hours_by_team)
STAT_ROWS (vd_stats_hours_by_station)
STAT_ROWS (vd_stats_hours_by_station_type)
STAT_ROWS (vd_stats_events_by_category)

static gboolean
run_hours_by_month (VdDatabase *db)
{
  gint64 m[12], r[12];
  return vd_stats_hours_by_month (db, year, m, r, NULL);
}

static gboolean
run_active (VdDatabase *db)
{
  gint64 a[12], p[12];
  return vd_stats_active_by_month (db, year, a, p, NULL);
}

static gboolean
run_party (VdDatabase *db)
{
  VdStatsParty p;
  return vd_stats_party (db, year, &p, NULL);
}

static void
time_stat (VdDatabase *db,
           const char *what,
           StatFunc    fn)
{
  double times[RUNS];

  for (guint i = 0; i < RUNS; i++)
    {
      gint64 start = g_get_monotonic_time ();

      if (!fn (db))
        g_error ("%s failed", what);
      times[i] = bench_ms_since (start);
    }
  bench_row (what, bench_median (times, RUNS), "ms", "≤ 50 ms");
}

/* n pairs (event of the year, volunteer free on its day) spread over the year: what an
 * office adds when a participant turns up late in the register. */
static GArray *
pick_pairs (VdDatabase *db,
            guint       n)
{
  g_autoptr(GError) error = NULL;
  GArray *pairs = g_array_new (FALSE, FALSE, sizeof (gint64) * 2);
  gint64 n_events, n_volunteers;
  sqlite3_stmt *stmt;
  g_autofree char *from = g_strdup_printf ("%d-01-01", year);
  g_autofree char *to = g_strdup_printf ("%d-01-01", year + 1);

  n_volunteers = vd_database_count_rows (db, "volunteers");
  stmt = vd_database_prepare (db, "SELECT count (*) FROM events WHERE status <> 'cancelled' "
                                  "AND starts_at >= ?1 AND starts_at < ?2", &error);
  g_assert_no_error (error);
  sqlite3_bind_text (stmt, 1, from, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, to, -1, SQLITE_STATIC);
  sqlite3_step (stmt);
  n_events = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  stmt = vd_database_prepare (db,
    "SELECT e.id, (SELECT v.id FROM volunteers v WHERE v.id >= ?4 AND v.status = 'active' "
    "              AND NOT EXISTS (SELECT 1 FROM service_records r WHERE r.volunteer_id = v.id "
    "                              AND r.service_date = substr (e.starts_at, 1, 10)) "
    "              ORDER BY v.id LIMIT 1) "
    "FROM events e WHERE e.status <> 'cancelled' AND e.starts_at >= ?1 AND e.starts_at < ?2 "
    "ORDER BY e.id LIMIT 1 OFFSET ?3", &error);
  g_assert_no_error (error);
  for (guint i = 0; i < n; i++)
    {
      gint64 pair[2];

      sqlite3_bind_text (stmt, 1, from, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, to, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 3, (gint64)i * n_events / n);
      sqlite3_bind_int64 (stmt, 4, 1 + (gint64)i * n_volunteers / n);
      if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_type (stmt, 1) != SQLITE_NULL)
        {
          pair[0] = sqlite3_column_int64 (stmt, 0);
          pair[1] = sqlite3_column_int64 (stmt, 1);
          g_array_append_val (pairs, pair);
        }
      sqlite3_reset (stmt);
    }
  sqlite3_finalize (stmt);
  if (pairs->len < n)
    g_error ("the city has too few events in %d", year);
  return pairs;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VdDatabase) db = NULL;
  g_autoptr(VdEventList) list = NULL;
  g_autoptr(GArray) pairs = NULL;
  VdEventFilter filter;
  double times[21];
  g_autofree char *what = NULL;

  if (argc != 2)
    {
      g_printerr ("usage: %s CITY.db\n", argv[0]);
      return 2;
    }
  db = bench_open_city (argv[1]);
  year = bench_city_year (db);
  pairs = pick_pairs (db, 2 * G_N_ELEMENTS (times));

  /* A participant added to an event of the year: rules, insert, triggers, audit.
   * Each is removed again afterwards (not timed) so that the file stays as built. */
  for (guint i = 0; i < G_N_ELEMENTS (times); i++)
    {
      const gint64 *pair = &g_array_index (pairs, gint64, 2 * i);
      gint64 start = g_get_monotonic_time ();
      gint64 id = vd_service_add (db, pair[0], pair[1], NULL, &error);
      VdServiceRecord *removed;

      times[i] = bench_ms_since (start);
      if (id == 0)
        g_error ("%s", error->message);
      removed = vd_service_remove (db, id, &error);
      if (removed == NULL)
        g_error ("%s", error->message);
      g_object_unref (removed);
    }
  bench_row ("add a participant (rules, triggers, audit, commit)",
             bench_median (times, G_N_ELEMENTS (times)), "ms", "≤ 5 ms");

  /* The same inside an open transaction: the work without the commit, whose fsync
   * (the database runs WAL with synchronous = FULL) depends on the disk. */
  if (!vd_database_begin (db, &error))
    g_error ("%s", error->message);
  for (guint i = 0; i < G_N_ELEMENTS (times); i++)
    {
      const gint64 *pair = &g_array_index (pairs, gint64, 2 * (G_N_ELEMENTS (times) + i));
      gint64 start = g_get_monotonic_time ();

      if (vd_service_add (db, pair[0], pair[1], NULL, &error) == 0)
        g_error ("%s", error->message);
      times[i] = bench_ms_since (start);
    }
  vd_database_rollback (db);
  bench_row ("  the same without the commit (fsync)", bench_median (times, G_N_ELEMENTS (times)), "ms", "—");

  time_stat (db, "hours by month", run_hours_by_month);
  time_stat (db, "hours by month and category (stacked)", run_vd_stats_hours_by_month_category);
  time_stat (db, "hours by category", run_vd_stats_hours_by_category);
  time_stat (db, "hours by team", run_vd_stats_hours_by_team);
  time_stat (db, "hours by station", run_vd_stats_hours_by_station);
  time_stat (db, "hours by station type", run_vd_stats_hours_by_station_type);
  time_stat (db, "active volunteers by month", run_active);
  time_stat (db, "events and people served by category", run_vd_stats_events_by_category);
  time_stat (db, "party members: participation and targets", run_party);

  /* The Events page on the year, newest first. */
  list = vd_event_list_new (db);
  vd_event_filter_init (&filter);
  filter.from = g_strdup_printf ("%d-01-01", year);
  filter.to = g_strdup_printf ("%d-12-31", year);
  for (guint i = 0; i < RUNS; i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(VdEvent) first = NULL;

      if (!vd_event_list_set_filter (list, &filter, &error))
        g_error ("%s", error->message);
      first = g_list_model_get_item (G_LIST_MODEL (list), 0);
      times[i] = bench_ms_since (start);
    }
  vd_event_filter_clear (&filter);
  what = g_strdup_printf ("event list of %d (%u events), newest first", year,
                          g_list_model_get_n_items (G_LIST_MODEL (list)));
  bench_row (what, bench_median (times, RUNS), "ms", "—");
  return 0;
}
