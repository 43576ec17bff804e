/* test-station-ledger.c — the station ledger PDF, read back with pdftotext
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vd-station-ledger.h"
#include "vd-test-utils.h"

static char *
pdf_text (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  const char *argv[] = { "pdftotext", "-layout", path, "-", NULL };
  int status = 0;

  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return g_steal_pointer (&out);
}

static gint64
make_station (VdDatabase *db)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VdStation) s = vd_station_new ();
  gint64 sub, community;
  const char *projects[] = { "文明交通劝导", "爱心助老服务", "社区环境清洁" };

  sub = vd_places_add_subdistrict (db, "东城办事处", FALSE, &error);
  community = vd_places_add_community (db, sub, "朝阳社区", FALSE, &error);
  g_assert_no_error (error);
  g_free (s->name);
  s->name = g_strdup ("朝阳社区志愿服务站");
  s->type = VD_STATION_COMMUNITY;
  s->community_id = community;
  g_free (s->established_on);
  s->established_on = g_strdup ("2023-04-01");
  g_free (s->contact_phone);
  s->contact_phone = g_strdup ("13812345678");
  g_assert_true (vd_stations_insert (db, s, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (projects); i++)
    {
      VdStationProject p = { 0 };

      p.station_id = s->id;
      p.name = g_strdup (projects[i]);
      p.description = g_strdup ("每月两次");
      p.started_on = g_strdup ("2024-01-01");
      g_assert_true (vd_stations_add_project (db, &p, &error));
      g_assert_no_error (error);
      g_free (p.name);
      g_free (p.description);
      g_free (p.started_on);
    }
  g_assert_true (vd_stations_set_checklist (db, s->id, VD_CHECKLIST_VENUE, TRUE, "2026-01-05",
                                            "活动室 80 平方米", &error));
  {
    VdEquipmentIssue e = { 0, s->id, VD_EQUIPMENT_RED_VEST, NULL, 30, NULL };

    e.issued_on = g_strdup ("2025-05-01");
    g_assert_true (vd_stations_add_equipment (db, &e, &error));
    g_assert_no_error (error);
    g_free (e.issued_on);
    g_free (e.description);
  }
  return s->id;
}

static void
test_ledger_pdf (VdTestFixture *fx,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VdStationLedger) ledger = NULL;
  g_autofree char *path = g_build_filename (fx->dir, "ledger.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *sql = NULL;
  gint64 id;

  id = make_station (fx->db);
  vd_test_add_six_volunteers (fx->db);
  sql = g_strdup_printf ("UPDATE volunteers SET station_id = %" G_GINT64_FORMAT " WHERE id <= 3;"
                         "INSERT INTO categories (id, domain, name) VALUES (102, 'event', '测试清洁');"
                         "INSERT INTO events (id, title, category_id, starts_at, ends_at, station_id, "
                         "people_served, status) VALUES (1, '清洁家园行动', 102, '2026-03-01 08:00:00', "
                         "'2026-03-01 11:00:00', %" G_GINT64_FORMAT ", 120, 'held'), "
                         "(2, '去年的活动', 102, '2025-03-01 08:00:00', '2025-03-01 11:00:00', %"
                         G_GINT64_FORMAT ", 5, 'held');"
                         "INSERT INTO service_records (volunteer_id, event_id, service_date, minutes, "
                         "status, reviewed_at) VALUES (1, 1, '2026-03-01', 150, 'approved', "
                         "'2026-03-02 09:00:00');"
                         "INSERT INTO service_records (volunteer_id, event_id, service_date, minutes) "
                         "VALUES (2, 1, '2026-03-01', 600);",
                         id, id, id);
  g_assert_true (vd_database_exec (fx->db, sql, &error));
  g_assert_no_error (error);

  /* a period that ends before it starts */
  g_assert_null (vd_station_ledger_new (fx->db, id, "2026-12-31", "2026-01-01", &error));
  g_assert_error (error, VD_PLACES_ERROR, VD_PLACES_ERROR_INVALID);
  g_clear_error (&error);

  ledger = vd_station_ledger_new (fx->db, id, "2026-01-01", "2026-12-31", &error);
  g_assert_no_error (error);
  g_assert_true (vd_station_ledger_write_pdf (ledger, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test ("ledger.pdf.part", G_FILE_TEST_EXISTS));

  text = pdf_text (path);
  g_test_message ("%s", text);
  g_assert_nonnull (strstr (text, "朝阳社区志愿服务站"));
  g_assert_nonnull (strstr (text, "文明交通劝导"));
  g_assert_nonnull (strstr (text, "爱心助老服务"));
  g_assert_nonnull (strstr (text, "社区环境清洁"));
  /* the roster: names in, phones masked */
  g_assert_nonnull (strstr (text, "张伟"));
  g_assert_nonnull (strstr (text, "张小伟"));
  g_assert_nonnull (strstr (text, "曾志强"));
  g_assert_null (strstr (text, "欧阳娜娜"));
  g_assert_nonnull (strstr (text, "138****8000"));
  g_assert_null (strstr (text, "13800138000"));
  g_assert_null (strstr (text, "13812345678"));
  /* events of the period, approved hours only */
  g_assert_nonnull (strstr (text, "清洁家园行动"));
  g_assert_null (strstr (text, "去年的活动"));
  g_assert_nonnull (strstr (text, "2.5"));
  g_assert_null (strstr (text, "12.5"));
  g_assert_nonnull (strstr (text, "活动室 80 平方米"));
  g_assert_nonnull (strstr (text, "Page 1 of"));
}

static void
test_ledger_pages (VdTestFixture *fx,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VdStationLedger) ledger = NULL;
  g_autofree char *path = g_build_filename (fx->dir, "long.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *last = NULL;
  g_autoptr(GString) insert = g_string_new ("INSERT INTO volunteers (volunteer_no, name, id_type, "
                                            "id_number, registered_on, station_id) VALUES ");
  gint64 id;

  id = make_station (fx->db);
  /* 150 volunteers run the roster over several pages */
  for (guint i = 0; i < 150; i++)
    g_string_append_printf (insert, "%s('N%04u', '队员%03u', 'passport', 'E%07u', '2025-01-01', %"
                            G_GINT64_FORMAT ")", i ? ", " : "", i, i, i, id);
  g_assert_true (vd_database_exec (fx->db, insert->str, &error));
  g_assert_no_error (error);

  ledger = vd_station_ledger_new (fx->db, id, "2026-01-01", "2026-12-31", &error);
  g_assert_no_error (error);
  g_assert_true (vd_station_ledger_write_pdf (ledger, path, &error));
  text = pdf_text (path);
  g_assert_nonnull (strstr (text, "队员000"));
  g_assert_nonnull (strstr (text, "队员149"));
  g_assert_nonnull (strstr (text, "Page 4 of"));
  /* the roster's header repeats on the next page */
  last = g_strdup (strstr (text, "Page 2 of"));
  g_assert_nonnull (last);
  g_assert_nonnull (strstr (last, "Volunteer number"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add (name, VdTestFixture, NULL, vd_test_fixture_set_up, func, vd_test_fixture_tear_down)

  ADD ("/station-ledger/pdf", test_ledger_pdf);
  ADD ("/station-ledger/pages", test_ledger_pages);

  return g_test_run ();
}
