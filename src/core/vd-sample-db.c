/* vd-sample-db.c — the sample generator's SQL helpers, its bulk mode, its summary
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "vd-sample-private.h"
#include "vd-stats.h"

gboolean
vd_sample_exec (SampleGen   *gen,
                const char  *sql,
                GError     **error)
{
  int rc = sqlite3_exec (gen->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    return vd_database_set_error (error, gen->db, rc, NULL);
  return TRUE;
}

gboolean
vd_sample_step (SampleGen     *gen,
                sqlite3_stmt  *stmt,
                GError       **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return vd_database_set_error (error, gen->db, rc, NULL);
  return TRUE;
}

sqlite3_stmt *
vd_sample_prepare (SampleGen   *gen,
                   const char  *sql,
                   GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (gen->db, sql, -1, &stmt, NULL);

  if (rc != SQLITE_OK)
    {
      vd_database_set_error (error, gen->db, rc, NULL);
      return NULL;
    }
  return stmt;
}

gboolean
vd_sample_cancelled (SampleGen  *gen,
                     guint       i,
                     GError    **error)
{
  return i % 4096 == 0 && g_cancellable_set_error_if_cancelled (gen->cancellable, error);
}

gint32
vd_sample_julian (int year,
                  int month,
                  int day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return (gint32)g_date_get_julian (&date);
}

gint32
vd_sample_parse_day (const char *iso)
{
  int y = 0, m = 0, d = 0;

  if (iso == NULL || sscanf (iso, "%d-%d-%d", &y, &m, &d) != 3 || !g_date_valid_dmy (d, m, y))
    return 0;
  return vd_sample_julian (y, m, d);
}

/* Julian days repeat millions of times over a city: the strings of the last one are
 * kept (per thread: the app may generate in a worker thread). */
void
vd_sample_format_day (gint32  jd,
                      char   *out)
{
  static __thread gint32 last_jd = 0;
  static __thread char last[11];
  GDate date;

  if (jd != last_jd)
    {
      g_date_clear (&date, 1);
      g_date_set_julian (&date, (guint32)jd);
      g_snprintf (last, sizeof last, "%04d-%02d-%02d", g_date_get_year (&date),
                  g_date_get_month (&date), g_date_get_day (&date));
      last_jd = jd;
    }
  memcpy (out, last, 11);
}

void
vd_sample_format_time (gint32  jd,
                       int     minute_of_day,
                       char   *out)
{
  vd_sample_format_day (jd, out);
  g_snprintf (out + 10, 10, " %02d:%02d:00", minute_of_day / 60 % 24, minute_of_day % 60);
}

/* Splits total into n sizes of 60 % to 140 % of the mean, adding up exactly. */
void
vd_sample_split (GRand *rand,
                 guint  total,
                 guint  n,
                 guint *sizes)
{
  g_autofree guint *weights = g_new (guint, MAX (n, 1));
  guint64 sum = 0;
  guint given = 0;

  for (guint i = 0; i < n; i++)
    sum += weights[i] = (guint)g_rand_int_range (rand, 600, 1401);
  for (guint i = 0; i < n; i++)
    given += sizes[i] = (guint)((guint64)weights[i] * total / MAX (sum, 1));
  while (n > 0 && given < total)
    {
      sizes[g_rand_int_range (rand, 0, (gint32)n)]++;
      given++;
    }
}

guint32
vd_sample_pick_volunteer (SampleGen *gen,
                          gint32     day)
{
  for (int tries = 0; tries < 16; tries++)
    {
      guint32 v = (guint32)g_rand_int_range (gen->rand, 1, (gint32)gen->n + 1);

      if (gen->registered[v - 1] <= day)
        return v;
    }
  return 0;
}

/* Indexes and the totals trigger of the big tables cost more kept up row by row than
 * built once at the end. They go only while the tables have no triggers but the ones
 * known here: another trigger might need an index to stay fast. */
static const char * const known_triggers[] = {
  "service_records_total_insert", "service_records_total_update", "service_records_total_delete",
  "points_ledger_no_update", "points_ledger_no_delete", "points_ledger_no_negative",
  /* the summaries of migration 3: they look rows up by primary key only */
  "service_records_stat_keys", "service_records_event_insert", "service_records_event_update",
  "service_records_event_delete", "service_records_stats_insert", "service_records_stats_delete",
  "service_records_stats_update_old", "service_records_stats_update_new", NULL,
};
/* The summaries' triggers too: vd_stats_rebuild_summaries counts every record again
 * in a few statements at the end, about ten times faster than row by row. */
static const char * const bulk_objects[] = {
  "service_records_stat_keys", "service_records_event_insert", "service_records_event_update",
  "service_records_event_delete", "service_records_stats_insert", "service_records_stats_delete",
  "service_records_stats_update_old", "service_records_stats_update_new",
  "service_records_total_insert", "service_records_event_volunteer",
  "service_records_training_volunteer", "service_records_volunteer_date", "service_records_date",
  "points_ledger_volunteer",
};

gboolean
vd_sample_bulk_begin (SampleGen  *gen,
                      GError    **error)
{
  sqlite3_stmt *stmt;
  gboolean known = TRUE;
  gboolean ok = TRUE;

  stmt = vd_sample_prepare (gen, "SELECT name FROM sqlite_master WHERE type = 'trigger' "
                                 "AND (tbl_name = 'service_records' OR tbl_name = 'points_ledger')", error);
  if (stmt == NULL)
    return FALSE;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    known &= g_strv_contains (known_triggers, (const char *)sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  gen->bulk = g_ptr_array_new_with_free_func (g_free);
  if (!known)
    {
      g_debug ("sample: the records have triggers of their own; indexes are kept");
      return TRUE;
    }

  stmt = vd_sample_prepare (gen, "SELECT type, sql FROM sqlite_master WHERE name = ?1 AND sql IS NOT NULL",
                            error);
  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; ok && i < G_N_ELEMENTS (bulk_objects); i++)
    {
      g_autofree char *drop = NULL;

      sqlite3_bind_text (stmt, 1, bulk_objects[i], -1, SQLITE_STATIC);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        {
          g_ptr_array_add (gen->bulk, g_strdup ((const char *)sqlite3_column_text (stmt, 1)));
          drop = g_strdup_printf ("DROP %s \"%s\"", (const char *)sqlite3_column_text (stmt, 0),
                                  bulk_objects[i]);
        }
      sqlite3_reset (stmt);
      if (drop != NULL)
        ok = vd_sample_exec (gen, drop, error);
    }
  sqlite3_finalize (stmt);
  return ok;
}

/* Puts back what vd_sample_bulk_begin took away, and the totals the trigger would have
 * kept. */
gboolean
vd_sample_bulk_end (SampleGen  *gen,
                    GError    **error)
{
  gboolean ok = TRUE;

  for (guint i = 0; ok && gen->bulk != NULL && i < gen->bulk->len; i++)
    ok = vd_sample_exec (gen, g_ptr_array_index (gen->bulk, i), error);
  if (ok && gen->bulk != NULL && gen->bulk->len > 0)
    {
      sqlite3_stmt *stmt = vd_sample_prepare (gen, "UPDATE volunteers SET approved_minutes = approved_minutes + ?2 "
                                                   "WHERE id = ?1", error);

      ok = stmt != NULL;
      for (guint v = 1; ok && v <= gen->n; v++)
        if (gen->approved[v - 1] > 0)
          {
            sqlite3_bind_int (stmt, 1, (int)v);
            sqlite3_bind_int64 (stmt, 2, gen->approved[v - 1]);
            ok = vd_sample_step (gen, stmt, error);
          }
      sqlite3_finalize (stmt);
    }
  if (ok && gen->bulk != NULL && gen->bulk->len > 0)
    ok = vd_stats_rebuild_summaries (gen->database, error);
  g_clear_pointer (&gen->bulk, g_ptr_array_unref);
  return ok;
}

gboolean
vd_sample_summarize (VdDatabase       *db,
                     int               year,
                     VdSampleSummary  *out,
                     GError          **error)
{
  /* One statement per figure, in the order of the struct's fields after "year". */
  static const char * const sql[] = {
    "SELECT count(*) FROM volunteers",
    "SELECT count(*) FROM volunteers WHERE political_status = 'party_member' "
    "OR political_status = 'probationary'",
    "SELECT count(*) FROM stations",
    "SELECT count(*) FROM stations WHERE established_on BETWEEN ?1 || '-01-01' AND ?1 || '-12-31'",
    "SELECT count(*) FROM station_projects WHERE ended_on IS NULL",
    "SELECT count(*) FROM teams",
    "SELECT count(*) FROM team_members",
    "SELECT count(*) FROM events WHERE status = 'held' AND starts_at BETWEEN ?1 || '-01-01' AND ?1 || '-12-31 24'",
    "SELECT count(*) FROM events",
    "SELECT coalesce (sum (people_served), 0) FROM events WHERE status = 'held' "
    "AND starts_at BETWEEN ?1 || '-01-01' AND ?1 || '-12-31 24'",
    "SELECT count(*) FROM events WHERE status = 'held' AND party_event = 1 "
    "AND starts_at BETWEEN ?1 || '-01-01' AND ?1 || '-12-31 24'",
    "SELECT count(*) FROM service_records r JOIN events e ON e.id = r.event_id WHERE e.party_event = 1 "
    "AND e.starts_at BETWEEN ?1 || '-01-01' AND ?1 || '-12-31 24'",
    "SELECT count(*) FROM service_records",
    "SELECT count(*) FROM service_records WHERE service_date BETWEEN ?1 || '-01-01' AND ?1 || '-12-31'",
    "SELECT count(*) FROM service_records WHERE status = 'pending'",
    "SELECT count(*) FROM service_records WHERE status = 'rejected'",
    "SELECT count(*) FROM service_records WHERE backfilled = 1",
    "SELECT coalesce (sum (minutes), 0) FROM service_records WHERE status = 'approved' "
    "AND service_date BETWEEN ?1 || '-01-01' AND ?1 || '-12-31'",
    "SELECT count(*) FROM trainings WHERE starts_at BETWEEN ?1 || '-01-01' AND ?1 || '-12-31 24'",
    "SELECT count(*) FROM training_attendance a JOIN trainings t ON t.id = a.training_id "
    "WHERE t.starts_at BETWEEN ?1 || '-01-01' AND ?1 || '-12-31 24' "
    "AND (a.status = 'present' OR a.status = 'late')",
    "SELECT count(*) FROM wishes",
    "SELECT count(*) FROM wishes WHERE status = 'fulfilled' AND fulfilled_on BETWEEN ?1 || '-01-01' AND ?1 || '-12-31'",
    "SELECT count(*) FROM points_ledger",
    "SELECT count(*) FROM exchanges",
    "SELECT count(*) FROM commendations",
    "SELECT count(*) FROM events WHERE status = 'planned' AND starts_at BETWEEN ?1 || '-01-01' AND ?1 || '-12-31 24'",
  };
  gint64 *fields = &out->volunteers;

  G_STATIC_ASSERT (G_N_ELEMENTS (sql) * sizeof (gint64) ==
                   sizeof (VdSampleSummary) - G_STRUCT_OFFSET (VdSampleSummary, volunteers));
  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);

  memset (out, 0, sizeof *out);
  out->year = year;
  for (guint i = 0; i < G_N_ELEMENTS (sql); i++)
    {
      sqlite3_stmt *stmt = vd_database_prepare (db, sql[i], error);
      int rc;

      if (stmt == NULL)
        return FALSE;
      if (sqlite3_bind_parameter_count (stmt) > 0)
        sqlite3_bind_int (stmt, 1, year);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        fields[i] = sqlite3_column_int64 (stmt, 0);
      sqlite3_finalize (stmt);
      if (rc != SQLITE_ROW)
        return vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
    }
  return TRUE;
}
