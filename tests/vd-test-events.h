/* vd-test-events.h — places, teams and events for the service and statistics tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vd-test-utils.h"

static inline void
vd_test_exec (VdDatabase *db,
              const char *sql)
{
  g_autoptr(GError) error = NULL;

  vd_database_exec (db, sql, &error);
  g_assert_no_error (error);
}

/* Stations 1 (community) and 2 (service window); teams 1 and 2 of the first team
 * category. Stations and teams are written in SQL: their own pages come later. */
static inline void
vd_test_add_places (VdDatabase *db)
{
  vd_test_exec (db,
                "INSERT INTO subdistricts (id, name) VALUES (1, '东城街道');"
                "INSERT INTO communities (id, subdistrict_id, name) VALUES (1, 1, '花园社区');"
                "INSERT INTO stations (id, name, type, community_id, established_on) "
                "  VALUES (1, '花园社区志愿服务站', 'community', 1, '2020-01-01');"
                "INSERT INTO stations (id, name, type, established_on) "
                "  VALUES (2, '政务服务中心窗口', 'window', '2020-01-01');"
                "INSERT INTO teams (id, name, category_id) VALUES "
                "  (1, '党员先锋队', (SELECT min (id) FROM categories WHERE domain = 'team')),"
                "  (2, '环保志愿队', (SELECT min (id) FROM categories WHERE domain = 'team'));");
}

/* The id of the n-th (0-based) event category of the seeded list. */
static inline gint64
vd_test_event_category (VdDatabase *db,
                        int         n)
{
  g_autofree char *sql = g_strdup_printf ("SELECT id FROM categories WHERE domain = 'event' "
                                          "ORDER BY sort_order, id LIMIT 1 OFFSET %d", n);
  return vd_test_query_int (db, sql);
}

static inline gint64
vd_test_add_event (VdDatabase *db,
                   const char *title,
                   gint64      category_id,
                   const char *starts,
                   const char *ends,
                   gint64      station_id,
                   gint64      team_id,
                   gint64      people)
{
  g_autoptr(VdEvent) e = vd_event_new ();
  g_autoptr(GError) error = NULL;

  g_free (e->title);
  e->title = g_strdup (title);
  e->category_id = category_id;
  g_free (e->starts_at);
  e->starts_at = g_strdup (starts);
  g_free (e->ends_at);
  e->ends_at = g_strdup (ends);
  e->station_id = station_id;
  if (station_id == 0)
    {
      g_free (e->place);
      e->place = g_strdup ("人民公园");
    }
  e->team_id = team_id;
  e->people_served = people;
  e->status = VD_EVENT_HELD;
  g_assert_true (vd_events_insert (db, e, &error));
  g_assert_no_error (error);
  return e->id;
}

static inline gint64
vd_test_add_record (VdDatabase *db,
                    gint64      event_id,
                    gint64      volunteer_id,
                    int         minutes,
                    const char *date,
                    gboolean    backfilled)
{
  VdServiceAddOptions options = { minutes, date, backfilled, NULL };
  g_autoptr(GError) error = NULL;
  gint64 id = vd_service_add (db, event_id, volunteer_id, &options, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static inline void
vd_test_approve (VdDatabase *db,
                 gint64      record_id)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (vd_service_approve (db, &record_id, 1, &error));
  g_assert_no_error (error);
}
