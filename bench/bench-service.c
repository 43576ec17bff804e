/* bench-service.c — service hours at city scale: adding a participant and each yearly
 * statistic over 10,000,000 service records. One row per figure with its target;
 * medians of several runs.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   bench-service SERVICE.db
 *
 * SERVICE.db is built once if it does not exist: 1,000,000 volunteers, 100,000 events
 * over 2025–2026 and 100 participants each, written in raw SQL with the triggers and
 * indexes of service_records dropped, then put back and the summaries rebuilt
 * (vd_stats_rebuild_summaries), which is the path the core offers bulk loaders.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <stdlib.h>

#include "vd-core.h"

#define RUNS 7
#ifndef N_VOLUNTEERS
#define N_VOLUNTEERS 1000000
#endif
#ifndef N_EVENTS
#define N_EVENTS 100000
#endif
#define PER_EVENT 100
#define N_STATIONS 600
#define N_TEAMS 500
#define YEAR 2026

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof *values, compare_doubles);
  return values[n / 2];
}

static void
report (const char *what,
        double      value,
        const char *unit,
        const char *target)
{
  g_print ("| %-44s | %10.2f %-4s | %-12s |\n", what, value, unit, target);
}

static void
exec_or_die (VdDatabase *db,
             const char *sql)
{
  g_autoptr(GError) error = NULL;

  if (!vd_database_exec (db, sql, &error))
    g_error ("%s\n%s", error->message, sql);
}

static void
build (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VdDatabase) db = NULL;
  g_autoptr(GPtrArray) saved = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *tmp = g_strconcat (path, ".part", NULL);
  sqlite3_stmt *stmt;
  gint64 start = g_get_monotonic_time ();

  g_unlink (tmp);
  db = vd_database_open (tmp, &error);
  if (db == NULL)
    g_error ("%s", error->message);

  /* A throwaway file: no durability needed while it is built. */
  exec_or_die (db, "PRAGMA synchronous = OFF; PRAGMA cache_size = -1000000; PRAGMA temp_store = FILE;"
                   "PRAGMA foreign_keys = OFF;");

  /* The triggers and indexes of service_records go, to come back after the load. */
  stmt = vd_database_prepare (db, "SELECT name, sql FROM sqlite_master WHERE tbl_name = 'service_records' "
                                  "AND (type = 'trigger' OR type = 'index') AND sql IS NOT NULL", &error);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *name = (const char *)sqlite3_column_text (stmt, 0);
      g_autofree char *drop = NULL;

      g_ptr_array_add (saved, g_strdup ((const char *)sqlite3_column_text (stmt, 1)));
      drop = g_strdup_printf ("%s %s", g_str_has_prefix ((const char *)sqlite3_column_text (stmt, 1), "CREATE TRIGGER")
                                         ? "DROP TRIGGER" : "DROP INDEX", name);
      g_ptr_array_add (saved, g_steal_pointer (&drop));
    }
  sqlite3_finalize (stmt);
  for (guint i = 1; i < saved->len; i += 2)
    exec_or_die (db, g_ptr_array_index (saved, i));

  exec_or_die (db, "BEGIN");
  /* Places and teams. */
  exec_or_die (db,
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20) "
    "INSERT INTO subdistricts (id, name) SELECT i, '街道' || i FROM n;"
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 400) "
    "INSERT INTO communities (id, subdistrict_id, name) SELECT i, 1 + i % 20, '社区' || i FROM n;"
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " G_STRINGIFY (N_STATIONS) ") "
    "INSERT INTO stations (id, name, type, community_id, established_on) "
    "  SELECT i, '站点' || i, CASE WHEN i % 10 < 7 THEN 'community' WHEN i % 10 < 9 THEN 'window' ELSE 'public' END, "
    "         1 + i % 400, '2020-01-01' FROM n;"
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " G_STRINGIFY (N_TEAMS) ") "
    "INSERT INTO teams (id, name, category_id, station_id) "
    "  SELECT i, '服务队' || i, (SELECT min (id) FROM categories WHERE domain = 'team'), 1 + i % "
    G_STRINGIFY (N_STATIONS) " FROM n;");
  g_printerr ("bench: volunteers…\n");
  /* Every fifth volunteer is a party member. */
  exec_or_die (db,
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " G_STRINGIFY (N_VOLUNTEERS) ") "
    "INSERT INTO volunteers (id, volunteer_no, name, id_type, id_number, political_status, station_id, "
    "                        community_id, registered_on) "
    "  SELECT i, printf ('V%08d', i), substr ('王李张刘陈杨黄赵吴周', 1 + i % 10, 1) || "
    "         substr ('伟芳娜敏静丽强磊军洋', 1 + (i / 10) % 10, 1), 'passport', printf ('E%08d', i), "
    "         CASE WHEN i % 5 = 0 THEN 'party_member' ELSE 'masses' END, 1 + i % " G_STRINGIFY (N_STATIONS) ", "
    "         1 + i % 400, '2024-01-01' FROM n;"
    "UPDATE counters SET value = " G_STRINGIFY (N_VOLUNTEERS) " WHERE name = 'volunteer_no';");
  g_printerr ("bench: events…\n");
  /* Events over 2025 and 2026, 3 hours each, at a station with its team. */
  exec_or_die (db,
    "CREATE TEMP TABLE event_cats AS SELECT row_number () OVER (ORDER BY id) - 1 AS k, id "
    "  FROM categories WHERE domain = 'event';"
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " G_STRINGIFY (N_EVENTS) ") "
    "INSERT INTO events (id, title, category_id, starts_at, ends_at, station_id, team_id, people_served, status) "
    "  SELECT i, '活动' || i, (SELECT id FROM temp.event_cats WHERE k = i % (SELECT count (*) FROM temp.event_cats)), "
    "         datetime ('2025-01-01 08:00:00', '+' || (i % 730) || ' days'), "
    "         datetime ('2025-01-01 11:00:00', '+' || (i % 730) || ' days'), "
    "         1 + i % " G_STRINGIFY (N_STATIONS) ", 1 + i % " G_STRINGIFY (N_TEAMS) ", i % 200, 'held' FROM n;");
  g_printerr ("bench: 10,000,000 service records…\n");
  /* 100 distinct volunteers an event (k × 104729 mod 10^6 differ for k < 10^6): 90 %
   * approved, 8 % pending, 2 % rejected; the stat_* keys written as a loader would. */
  exec_or_die (db,
    "WITH RECURSIVE k(j) AS (SELECT 0 UNION ALL SELECT j + 1 FROM k WHERE j < " G_STRINGIFY (PER_EVENT) " - 1) "
    "INSERT INTO service_records (volunteer_id, event_id, service_date, minutes, status, reviewed_by, "
    "                             reviewed_at, reject_reason, stat_keyed, stat_party, stat_category_id, "
    "                             stat_team_id, stat_station_id, stat_community) "
    "  SELECT v, e.id, substr (e.starts_at, 1, 10), 180, "
    "         CASE WHEN r < 90 THEN 'approved' WHEN r < 98 THEN 'pending' ELSE 'rejected' END, "
    "         CASE WHEN r < 90 OR r >= 98 THEN 'bench' END, "
    "         CASE WHEN r < 90 OR r >= 98 THEN e.ends_at END, "
    "         CASE WHEN r >= 98 THEN '未到岗' END, "
    "         1, v % 5 = 0, e.category_id, e.team_id, e.station_id, (e.station_id % 10) < 7 "
    "  FROM (SELECT e.*, k.j, (e.id * 7919 + k.j * 104729) % " G_STRINGIFY (N_VOLUNTEERS) " + 1 AS v, "
    "               (e.id * 31 + k.j * 17) % 100 AS r FROM events e, k) e;");
  exec_or_die (db, "COMMIT");

  g_printerr ("bench: indexes, triggers, summaries…\n");
  exec_or_die (db, "BEGIN");
  for (guint i = 0; i < saved->len; i += 2)
    exec_or_die (db, g_ptr_array_index (saved, i));
  exec_or_die (db, "COMMIT");
  if (!vd_stats_rebuild_summaries (db, &error))
    g_error ("%s", error->message);
  exec_or_die (db, "ANALYZE; PRAGMA wal_checkpoint (TRUNCATE);");
  g_clear_object (&db);
  if (g_rename (tmp, path) != 0)
    g_error ("cannot rename %s", tmp);
  g_printerr ("bench: built %s in %.0f s\n", path, (g_get_monotonic_time () - start) / 1e6);
}

typedef gboolean (*StatFunc) (VdDatabase *db);

#define STAT_ROWS(fn) \
  static gboolean run_##fn (VdDatabase *db) \
  { g_autoptr(GPtrArray) rows = fn (db, YEAR, NULL); return rows != NULL; }

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
  return vd_stats_hours_by_month (db, YEAR, m, r, NULL);
}

static gboolean
run_active (VdDatabase *db)
{
  gint64 a[12], p[12];
  return vd_stats_active_by_month (db, YEAR, a, p, NULL);
}

static gboolean
run_party (VdDatabase *db)
{
  VdStatsParty p;
  return vd_stats_party (db, YEAR, &p, NULL);
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
      times[i] = (g_get_monotonic_time () - start) / 1000.0;
    }
  report (what, median (times, RUNS), "ms", "≤ 50 ms");
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VdDatabase) db = NULL;
  g_autoptr(VdEventList) list = NULL;
  VdEventFilter filter;
  double times[21];
  gint64 n;

  setlocale (LC_ALL, "");
  if (argc != 2)
    {
      g_printerr ("usage: %s SERVICE.db\n", argv[0]);
      return 2;
    }
  if (!g_file_test (argv[1], G_FILE_TEST_EXISTS))
    build (argv[1]);

  db = vd_database_open (argv[1], &error);
  if (db == NULL)
    g_error ("%s", error->message);
  n = vd_database_count_rows (db, "service_records");
  g_print ("| %-44s | %15s | %-12s |\n", "figure (median)", "measured", "target");
  g_print ("|----------------------------------------------|-----------------|--------------|\n");
  g_print ("| %-44s | %15" G_GINT64_FORMAT " |              |\n", "service records", n);

  /* A participant added to an event of the year: rules, insert, triggers, audit.
   * Each is removed again afterwards (not timed) so that the file stays as built. */
  for (guint i = 0; i < G_N_ELEMENTS (times); i++)
    {
      gint64 event_id = N_EVENTS - 1000 + i;
      gint64 volunteer_id = 1 + (i * 48611) % N_VOLUNTEERS;
      gint64 start = g_get_monotonic_time ();
      gint64 id = vd_service_add (db, event_id, volunteer_id, NULL, &error);
      VdServiceRecord *removed;

      times[i] = (g_get_monotonic_time () - start) / 1000.0;
      if (id == 0)
        g_error ("%s", error->message);
      removed = vd_service_remove (db, id, &error);
      if (removed == NULL)
        g_error ("%s", error->message);
      g_object_unref (removed);
    }
  report ("add a participant (rules, triggers, audit)", median (times, G_N_ELEMENTS (times)), "ms", "≤ 5 ms");

  /* The same inside an open transaction: the work without the commit, whose fsync
   * (the database runs WAL with synchronous = FULL) depends on the disk. */
  if (!vd_database_begin (db, &error))
    g_error ("%s", error->message);
  for (guint i = 0; i < G_N_ELEMENTS (times); i++)
    {
      gint64 event_id = N_EVENTS - 2000 + i;
      gint64 volunteer_id = 1 + (i * 48611) % N_VOLUNTEERS;
      gint64 start = g_get_monotonic_time ();

      if (vd_service_add (db, event_id, volunteer_id, NULL, &error) == 0)
        g_error ("%s", error->message);
      times[i] = (g_get_monotonic_time () - start) / 1000.0;
    }
  vd_database_rollback (db);
  report ("  the same without the commit (fsync)", median (times, G_N_ELEMENTS (times)), "ms", "—");

  time_stat (db, "hours by month", run_hours_by_month);
  time_stat (db, "hours by month and category (stacked)", run_vd_stats_hours_by_month_category);
  time_stat (db, "hours by category", run_vd_stats_hours_by_category);
  time_stat (db, "hours by team", run_vd_stats_hours_by_team);
  time_stat (db, "hours by station", run_vd_stats_hours_by_station);
  time_stat (db, "hours by station type", run_vd_stats_hours_by_station_type);
  time_stat (db, "active volunteers by month", run_active);
  time_stat (db, "events and people served by category", run_vd_stats_events_by_category);
  time_stat (db, "party members: participation and targets", run_party);

  /* The Events page on a year: ~50,000 events, newest first. */
  list = vd_event_list_new (db);
  vd_event_filter_init (&filter);
  filter.from = g_strdup ("2026-01-01");
  filter.to = g_strdup ("2026-12-31");
  for (guint i = 0; i < RUNS; i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(VdEvent) first = NULL;

      if (!vd_event_list_set_filter (list, &filter, &error))
        g_error ("%s", error->message);
      first = g_list_model_get_item (G_LIST_MODEL (list), 0);
      times[i] = (g_get_monotonic_time () - start) / 1000.0;
    }
  vd_event_filter_clear (&filter);
  report ("event list of the year, newest first", median (times, RUNS), "ms", "—");
  return 0;
}
