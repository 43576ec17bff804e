/* test-service.c — events, participants, the hours rules, approval, points
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "vd-test-events.h"

static void
set_up (VdTestFixture *fx,
        gconstpointer  data)
{
  vd_test_fixture_set_up (fx, data);
  vd_test_add_six_volunteers (fx->db);
  vd_test_add_places (fx->db);
}

static void
test_event_validation (VdTestFixture *fx,
                       gconstpointer  data)
{
  g_autoptr(VdEvent) e = vd_event_new ();
  g_autoptr(GError) error = NULL;
  char *messages[VD_EVENT_N_FIELDS] = { NULL, };
  gint64 audits = vd_test_query_int (fx->db, "SELECT count (*) FROM audit_log");

  g_free (e->title);
  e->title = g_strdup ("  ");
  g_free (e->starts_at);
  e->starts_at = g_strdup ("2026-03-05 09:00");
  g_free (e->ends_at);
  e->ends_at = g_strdup ("2026-03-05 08:00");
  e->people_served = -3;
  g_assert_false (vd_events_check (fx->db, e, messages));
  g_assert_nonnull (messages[VD_EVENT_FIELD_TITLE]);
  g_assert_nonnull (messages[VD_EVENT_FIELD_CATEGORY]);
  g_assert_null (messages[VD_EVENT_FIELD_STARTS]);
  g_assert_nonnull (messages[VD_EVENT_FIELD_ENDS]);
  g_assert_nonnull (messages[VD_EVENT_FIELD_PLACE]);
  g_assert_nonnull (messages[VD_EVENT_FIELD_PEOPLE]);
  g_assert_null (messages[VD_EVENT_FIELD_TEAM]);
  for (guint i = 0; i < VD_EVENT_N_FIELDS; i++)
    g_free (messages[i]);

  /* A team category is not an event category; 2026-02-30 is no date. */
  e->category_id = vd_test_query_int (fx->db, "SELECT min (id) FROM categories WHERE domain = 'team'");
  g_free (e->title);
  e->title = g_strdup ("植树");
  g_free (e->ends_at);
  e->ends_at = g_strdup ("2026-02-30 10:00");
  e->people_served = 0;
  e->station_id = 1;
  g_assert_false (vd_events_insert (fx->db, e, &error));
  g_assert_error (error, VD_EVENTS_ERROR, VD_EVENTS_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count (*) FROM events"), ==, 0);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count (*) FROM audit_log"), ==, audits);

  e->category_id = vd_test_event_category (fx->db, 0);
  g_free (e->ends_at);
  e->ends_at = g_strdup ("2026-03-05 11:30");
  g_assert_true (vd_events_insert (fx->db, e, &error));
  g_assert_no_error (error);
  g_assert_cmpint (e->id, >, 0);
  g_assert_cmpstr (e->starts_at, ==, "2026-03-05 09:00:00");
  g_assert_cmpint (vd_event_get_duration (e), ==, 150);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count (*) FROM audit_log WHERE entity = 'events'"), ==, 1);
}

static void
test_event_delete_undo (VdTestFixture *fx,
                        gconstpointer  data)
{
  gint64 cat = vd_test_event_category (fx->db, 0);
  gint64 a = vd_test_add_event (fx->db, "清洁家园", cat, "2026-04-01 08:00", "2026-04-01 10:00", 1, 1, 30);
  gint64 b = vd_test_add_event (fx->db, "交通劝导", cat, "2026-04-02 08:00", "2026-04-02 10:00", 2, 0, 0);
  g_autoptr(VdEvent) gone = NULL;
  g_autoptr(GError) error = NULL;

  vd_test_add_record (fx->db, a, 1, 0, NULL, FALSE);
  g_assert_null (vd_events_delete (fx->db, a, &error));
  g_assert_error (error, VD_EVENTS_ERROR, VD_EVENTS_ERROR_HAS_RECORDS);
  g_clear_error (&error);

  gone = vd_events_delete (fx->db, b, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (gone->title, ==, "交通劝导");
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count (*) FROM events"), ==, 1);
  g_assert_true (vd_events_restore (fx->db, gone, &error));
  g_assert_no_error (error);
  g_assert_cmpint (gone->id, ==, b);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count (*) FROM events"), ==, 2);
}

static void
test_rounding (VdTestFixture *fx,
               gconstpointer  data)
{
  gint64 cat = vd_test_event_category (fx->db, 0);
  /* 170 minutes: rounded down to 30-minute units that is 150. */
  gint64 ev = vd_test_add_event (fx->db, "敬老助残", cat, "2026-05-10 09:00", "2026-05-10 11:50", 1, 0, 12);
  VdServiceAddOptions options = { 20, NULL, FALSE, NULL };
  g_autoptr(GError) error = NULL;
  gint64 r;

  g_assert_cmpint (vd_service_round_minutes (89, 30), ==, 60);
  g_assert_cmpint (vd_service_round_minutes (90, 30), ==, 90);
  g_assert_cmpint (vd_service_round_minutes (7, 1), ==, 7);

  r = vd_test_add_record (fx->db, ev, 1, 0, NULL, FALSE);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT minutes FROM service_records WHERE id = 1"), ==, 150);
  g_assert_cmpint (r, ==, 1);
  vd_test_add_record (fx->db, ev, 2, 100, "2026-05-10", FALSE);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT minutes FROM service_records WHERE volunteer_id = 2"), ==, 90);

  g_assert_cmpint (vd_service_add (fx->db, ev, 3, &options, &error), ==, 0);
  g_assert_error (error, VD_SERVICE_ERROR, VD_SERVICE_ERROR_INVALID);
  g_clear_error (&error);

  /* The same volunteer twice is refused. */
  g_assert_cmpint (vd_service_add (fx->db, ev, 1, NULL, &error), ==, 0);
  g_assert_error (error, VD_SERVICE_ERROR, VD_SERVICE_ERROR_DUPLICATE);
  g_clear_error (&error);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT participant_count FROM events"), ==, 2);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT pending_count FROM events"), ==, 2);
}

static void
test_daily_cap (VdTestFixture *fx,
                gconstpointer  data)
{
  gint64 cat = vd_test_event_category (fx->db, 0);
  gint64 a = vd_test_add_event (fx->db, "上午", cat, "2026-06-01 07:00", "2026-06-01 12:00", 1, 0, 0);
  gint64 b = vd_test_add_event (fx->db, "下午", cat, "2026-06-01 13:00", "2026-06-01 18:00", 2, 0, 0);
  gint64 c = vd_test_add_event (fx->db, "晚上", cat, "2026-06-01 19:00", "2026-06-01 21:00", 2, 0, 0);
  VdServiceAddOptions explicit_240 = { 240, NULL, FALSE, NULL };
  g_autoptr(GError) error = NULL;
  gint64 ra, rb;

  ra = vd_test_add_record (fx->db, a, 1, 0, NULL, FALSE);    /* 300 */
  /* Explicit hours beyond the cap are refused, pending ones counted. */
  g_assert_cmpint (vd_service_add (fx->db, b, 1, &explicit_240, &error), ==, 0);
  g_assert_error (error, VD_SERVICE_ERROR, VD_SERVICE_ERROR_DAILY_CAP);
  g_clear_error (&error);
  /* Default hours are clamped to what is left of the day: 480 − 300. */
  rb = vd_test_add_record (fx->db, b, 1, 0, NULL, FALSE);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT minutes FROM service_records WHERE event_id = 2"), ==, 180);
  /* Nothing is left for the evening. */
  g_assert_cmpint (vd_service_add (fx->db, c, 1, NULL, &error), ==, 0);
  g_assert_error (error, VD_SERVICE_ERROR, VD_SERVICE_ERROR_DAILY_CAP);
  g_clear_error (&error);

  /* Approved hours count too; rejected ones do not. */
  vd_test_approve (fx->db, ra);
  g_assert_false (vd_service_update (fx->db, rb, 240, NULL, FALSE, "", &error));
  g_assert_error (error, VD_SERVICE_ERROR, VD_SERVICE_ERROR_DAILY_CAP);
  g_clear_error (&error);
  g_assert_true (vd_service_reject (fx->db, &rb, 1, "重复登记", &error));
  g_assert_no_error (error);
  vd_test_add_record (fx->db, c, 1, 120, NULL, FALSE);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT sum (minutes) FROM service_records "
                                              "WHERE volunteer_id = 1 AND status <> 'rejected'"), ==, 420);

  /* Another day has its own cap. */
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count (*) FROM service_records WHERE volunteer_id = 2"), ==, 0);
}

static void
test_backfilled (VdTestFixture *fx,
                 gconstpointer  data)
{
  gint64 cat = vd_test_event_category (fx->db, 0);
  gint64 ev = vd_test_add_event (fx->db, "义诊", cat, "2026-07-01 09:00", "2026-07-01 11:50", 1, 0, 40);
  VdServiceAddOptions next_day = { 60, "2026-07-02", FALSE, NULL };
  VdServiceAddOptions too_long = { 200, NULL, FALSE, NULL };
  g_autoptr(GError) error = NULL;
  gint64 normal, late, n;

  g_assert_cmpint (vd_service_add (fx->db, ev, 1, &next_day, &error), ==, 0);
  g_assert_error (error, VD_SERVICE_ERROR, VD_SERVICE_ERROR_OUTSIDE_EVENT);
  g_clear_error (&error);
  g_assert_cmpint (vd_service_add (fx->db, ev, 1, &too_long, &error), ==, 0);
  g_assert_error (error, VD_SERVICE_ERROR, VD_SERVICE_ERROR_OUTSIDE_EVENT);
  g_clear_error (&error);

  late = vd_test_add_record (fx->db, ev, 1, 60, "2026-07-02", TRUE);
  normal = vd_test_add_record (fx->db, ev, 2, 0, NULL, FALSE);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT backfilled FROM service_records WHERE id = 1"), ==, 1);

  /* Approving the event approves the ordinary records only. */
  n = vd_service_approve_event (fx->db, ev, &error);
  g_assert_no_error (error);
  g_assert_cmpint (n, ==, 1);
  vd_test_assert_query_text (fx->db, "SELECT status FROM service_records WHERE id = 2", "approved");
  g_assert_cmpint (normal, ==, 2);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT approved_minutes FROM volunteers WHERE id = 1"), ==, 0);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count (*) FROM service_records WHERE status = 'pending'"), ==, 1);
  g_assert_cmpint (vd_service_count_pending (fx->db), ==, 1);

  vd_test_approve (fx->db, late);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT approved_minutes FROM volunteers WHERE id = 1"), ==, 60);
}

static void
test_approve_revoke (VdTestFixture *fx,
                     gconstpointer  data)
{
  g_autoptr(VdSettings) settings = vd_settings_load (fx->db, NULL);
  g_auto(VdServiceSummary) summary = { 0, };
  g_autoptr(GError) error = NULL;
  gint64 cat = vd_test_event_category (fx->db, 0);
  gint64 ev = vd_test_add_event (fx->db, "献血", cat, "2026-08-01 08:00", "2026-08-01 14:00", 1, 0, 0);
  gint64 r;

  /* Stars at 2, 4, 6, 8, 10 hours; 1.5 points an hour. */
  for (int i = 0; i < VD_STAR_LEVELS; i++)
    settings->star_hours[i] = 2 * (i + 1);
  settings->points_per_hour_centi = 150;
  g_assert_true (vd_settings_save (fx->db, settings, &error));
  g_assert_no_error (error);

  r = vd_test_add_record (fx->db, ev, 3, 270, NULL, FALSE);   /* 4.5 h */
  g_assert_true (vd_service_volunteer_summary (fx->db, 3, &summary, &error));
  g_assert_cmpint (summary.approved_minutes, ==, 0);
  g_assert_cmpint (summary.pending_minutes, ==, 270);
  g_assert_cmpint (summary.star_level, ==, 0);
  g_assert_cmpint (summary.points_centi, ==, 0);
  vd_service_summary_clear (&summary);

  vd_test_approve (fx->db, r);
  g_assert_true (vd_service_volunteer_summary (fx->db, 3, &summary, &error));
  g_assert_cmpint (summary.approved_minutes, ==, 270);
  g_assert_cmpint (summary.pending_minutes, ==, 0);
  g_assert_cmpint (summary.star_level, ==, 2);
  g_assert_cmpint (summary.points_centi, ==, 675);
  g_assert_cmpuint (summary.years->len, ==, 1);
  g_assert_cmpint (g_array_index (summary.years, VdYearMinutes, 0).year, ==, 2026);
  g_assert_cmpint (g_array_index (summary.years, VdYearMinutes, 0).minutes, ==, 270);
  vd_service_summary_clear (&summary);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT approved_minutes FROM events"), ==, 270);

  /* Approving twice is refused; approved hours cannot be edited or removed. */
  g_assert_false (vd_service_approve (fx->db, &r, 1, &error));
  g_assert_error (error, VD_SERVICE_ERROR, VD_SERVICE_ERROR_STATUS);
  g_clear_error (&error);
  g_assert_false (vd_service_update (fx->db, r, 60, NULL, FALSE, "", &error));
  g_assert_error (error, VD_SERVICE_ERROR, VD_SERVICE_ERROR_STATUS);
  g_clear_error (&error);
  g_assert_null (vd_service_remove (fx->db, r, &error));
  g_assert_error (error, VD_SERVICE_ERROR, VD_SERVICE_ERROR_STATUS);
  g_clear_error (&error);

  /* A revocation reverses hours, star and points with a new ledger row. */
  g_assert_true (vd_service_revoke (fx->db, r, "时长有误", &error));
  g_assert_no_error (error);
  g_assert_true (vd_service_volunteer_summary (fx->db, 3, &summary, &error));
  g_assert_cmpint (summary.approved_minutes, ==, 0);
  g_assert_cmpint (summary.star_level, ==, 0);
  g_assert_cmpint (summary.points_centi, ==, 0);
  g_assert_cmpint (summary.pending_minutes, ==, 270);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count (*) FROM points_ledger WHERE kind = 'earn' "
                                              "AND amount_centi = 675"), ==, 1);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count (*) FROM points_ledger WHERE kind = 'reverse' "
                                              "AND amount_centi = -675"), ==, 1);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT approved_minutes FROM events"), ==, 0);
  /* Each step is in the audit log. */
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count (*) FROM audit_log WHERE entity = 'service_records' "
                                              "AND entity_id = 1"), ==, 3);

  /* With points history the record is kept: reject it instead. */
  g_assert_null (vd_service_remove (fx->db, r, &error));
  g_assert_error (error, VD_SERVICE_ERROR, VD_SERVICE_ERROR_STATUS);
  g_clear_error (&error);
  g_assert_false (vd_service_reject (fx->db, &r, 1, " ", &error));
  g_assert_error (error, VD_SERVICE_ERROR, VD_SERVICE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (vd_service_reject (fx->db, &r, 1, "未到岗", &error));
  g_assert_no_error (error);
  vd_test_assert_query_text (fx->db, "SELECT reject_reason FROM service_records", "未到岗");
}

static void
test_revoke_spent (VdTestFixture *fx,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 cat = vd_test_event_category (fx->db, 0);
  gint64 ev = vd_test_add_event (fx->db, "植树", cat, "2026-03-12 08:00", "2026-03-12 12:00", 0, 0, 0);
  gint64 r = vd_test_add_record (fx->db, ev, 4, 0, NULL, FALSE);   /* 4 h = 4 points */

  vd_test_approve (fx->db, r);
  /* 3 of the 4 points go to an exchange (the points page writes these rows). */
  vd_test_exec (fx->db,
                "INSERT INTO exchange_items (id, name, price_centi, stock) VALUES (1, '雨伞', 300, 5);"
                "INSERT INTO exchanges (id, volunteer_id, item_id, quantity, points_centi, pickup_code, created_at) "
                "  VALUES (1, 4, 1, 1, 300, 'AB12CD', '2026-03-20 10:00:00');"
                "INSERT INTO points_ledger (volunteer_id, kind, amount_centi, reason, exchange_id, created_at, created_by) "
                "  VALUES (4, 'spend', -300, '兑换雨伞', 1, '2026-03-20 10:00:00', 'test');");
  g_assert_false (vd_service_revoke (fx->db, r, NULL, &error));
  g_assert_error (error, VD_SERVICE_ERROR, VD_SERVICE_ERROR_POINTS_SPENT);
  g_assert_nonnull (strstr (error->message, "1.00"));
  g_clear_error (&error);
  /* Nothing changed. */
  vd_test_assert_query_text (fx->db, "SELECT status FROM service_records", "approved");
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT approved_minutes FROM volunteers WHERE id = 4"), ==, 240);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT sum (amount_centi) FROM points_ledger"), ==, 100);
}

static void
test_team_and_remove (VdTestFixture *fx,
                      gconstpointer  data)
{
  g_autoptr(GArray) added = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) refused = g_ptr_array_new_with_free_func ((GDestroyNotify)vd_service_refusal_free);
  g_autoptr(VdServiceRecord) removed = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  gint64 cat = vd_test_event_category (fx->db, 1);
  gint64 other = vd_test_add_event (fx->db, "早班", cat, "2026-09-09 00:00", "2026-09-09 08:00", 2, 0, 0);
  gint64 ev = vd_test_add_event (fx->db, "环保宣传", cat, "2026-09-09 09:00", "2026-09-09 12:00", 1, 2, 100);

  vd_test_exec (fx->db,
                "INSERT INTO team_members (team_id, volunteer_id, joined_on) VALUES "
                "  (2, 1, '2025-01-01'), (2, 2, '2025-01-01'), (2, 3, '2025-01-01'), (2, 5, '2025-01-01');"
                "UPDATE volunteers SET status = 'inactive' WHERE id = 5;");
  /* Volunteer 3 has used up the day already. */
  vd_test_add_record (fx->db, other, 3, 0, NULL, FALSE);

  g_assert_true (vd_service_add_team (fx->db, ev, 2, added, refused, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (added->len, ==, 2);
  g_assert_cmpuint (refused->len, ==, 1);
  g_assert_cmpint (((VdServiceRefusal *)refused->pdata[0])->volunteer_id, ==, 3);
  g_assert_cmpstr (((VdServiceRefusal *)refused->pdata[0])->name, ==, "曾志强");

  /* A second time adds nobody and refuses only the capped one again. */
  g_array_set_size (added, 0);
  g_ptr_array_set_size (refused, 0);
  g_assert_true (vd_service_add_team (fx->db, ev, 2, added, refused, &error));
  g_assert_cmpuint (added->len, ==, 0);
  g_assert_cmpuint (refused->len, ==, 1);

  list = vd_service_list_event (fx->db, ev, &error);
  g_assert_cmpuint (list->len, ==, 2);
  g_assert_cmpint (((VdServiceRecord *)list->pdata[0])->minutes, ==, 180);

  /* Remove with Undo. */
  removed = vd_service_remove (fx->db, ((VdServiceRecord *)list->pdata[0])->id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT participant_count FROM events WHERE id = 2"), ==, 1);
  g_assert_true (vd_service_restore (fx->db, removed, &error));
  g_assert_no_error (error);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT participant_count FROM events WHERE id = 2"), ==, 2);

  /* A cancelled event takes no participants. */
  vd_test_exec (fx->db, "UPDATE events SET status = 'cancelled' WHERE id = 1");
  g_assert_cmpint (vd_service_add (fx->db, other, 1, NULL, &error), ==, 0);
  g_assert_error (error, VD_SERVICE_ERROR, VD_SERVICE_ERROR_STATUS);
}

static void
test_event_list (VdTestFixture *fx,
                 gconstpointer  data)
{
  g_auto(VdEventFilter) filter = { 0, };
  g_autoptr(VdEventList) list = vd_event_list_new (fx->db);
  g_autoptr(GError) error = NULL;
  g_autoptr(VdEvent) first = NULL;
  gint64 c0 = vd_test_event_category (fx->db, 0);
  gint64 c1 = vd_test_event_category (fx->db, 1);

  vd_test_add_event (fx->db, "植树一", c0, "2025-03-12 08:00", "2025-03-12 12:00", 1, 1, 10);
  vd_test_add_event (fx->db, "植树二", c0, "2026-03-12 08:00", "2026-03-12 12:00", 2, 1, 30);
  vd_test_add_event (fx->db, "献血", c1, "2026-06-01 08:00", "2026-06-01 12:00", 1, 2, 20);

  vd_event_filter_init (&filter);
  g_assert_true (vd_event_list_set_filter (list, &filter, &error));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 3);
  first = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_cmpstr (first->title, ==, "献血");     /* newest first */
  g_clear_object (&first);

  filter.from = g_strdup ("2026-01-01");
  filter.to = g_strdup ("2026-12-31");
  filter.sort = VD_EVENT_SORT_PEOPLE;
  filter.descending = FALSE;
  g_assert_true (vd_event_list_set_filter (list, &filter, &error));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 2);
  first = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_cmpstr (first->title, ==, "献血");
  g_assert_cmpstr (first->station_name, ==, "花园社区志愿服务站");
  g_assert_cmpstr (first->team_name, ==, "环保志愿队");
  g_clear_object (&first);

  filter.category_id = c0;
  filter.station_id = 2;
  g_assert_true (vd_event_list_set_filter (list, &filter, &error));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  filter.station_id = 0;
  filter.category_id = 0;
  filter.team_id = 2;
  g_free (filter.text);
  filter.text = g_strdup ("献");
  g_assert_true (vd_event_list_set_filter (list, &filter, &error));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  g_assert_cmpuint (vd_event_list_find (list, 3), ==, 0);
}

static void
test_category_add (VdTestFixture *fx,
                   gconstpointer  data)
{
  g_autoptr(GPtrArray) cats = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = vd_events_add_category (fx->db, " 垃圾分类 ", &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpint (vd_events_add_category (fx->db, "垃圾分类", &error), ==, 0);
  g_assert_error (error, VD_EVENTS_ERROR, VD_EVENTS_ERROR_INVALID);
  cats = vd_events_list_categories (fx->db, NULL);
  g_assert_cmpstr (((VdLookupItem *)cats->pdata[cats->len - 1])->name, ==, "垃圾分类");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, fn) g_test_add (path, VdTestFixture, NULL, set_up, fn, vd_test_fixture_tear_down)
  ADD ("/events/validation", test_event_validation);
  ADD ("/events/delete-undo", test_event_delete_undo);
  ADD ("/events/list", test_event_list);
  ADD ("/events/category-add", test_category_add);
  ADD ("/service/rounding", test_rounding);
  ADD ("/service/daily-cap", test_daily_cap);
  ADD ("/service/backfilled", test_backfilled);
  ADD ("/service/approve-revoke", test_approve_revoke);
  ADD ("/service/revoke-spent", test_revoke_spent);
  ADD ("/service/team-and-remove", test_team_and_remove);
#undef ADD

  return g_test_run ();
}
