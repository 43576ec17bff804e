/* test-annual.c — the annual work summary: a fixture whose figures are known by hand,
 * checked through the JSON report, the PDF (pdftotext), a year without data, and the
 * command line's exit codes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sys/wait.h>

#include "vd-annual-document.h"
#include "vd-test-events.h"

#define YEAR 2025

/* District 测试区, population 1,000, 4 party members in the district. Four volunteers
 * (1 and 2 party members) registered in 2025; stations: community (2020), window
 * (2020), public place (2025); two communities, one with a community station; two
 * teams; three events in 2025 (two of category A with 30 and 20 people served at the
 * community and window stations, one of category B with 5) and one in 2024; approved
 * records 120 + 60 + 90 minutes in 2025 (and a pending one, and one in 2024); one
 * training in 2025 with present, late and absent; one micro-wish fulfilled by a party
 * member; a city commendation in 2025 and one in 2024. */
static void
make_fixture (VdDatabase *db)
{
  g_autoptr(VdSettings) settings = vd_settings_load (db, NULL);
  g_autoptr(GError) error = NULL;
  gint64 cat_a, cat_b, e1, e2, e3, e4;

  g_free (settings->district_name);
  settings->district_name = g_strdup ("测试区");
  settings->population = 1000;
  settings->party_member_total = 4;
  settings->target_volunteer_share = 10;
  settings->target_party_registered = 60;
  settings->target_party_hours = 1;
  settings->target_party_community = 70;
  g_assert_true (vd_settings_save (db, settings, &error));
  g_assert_no_error (error);

  vd_test_add_places (db);
  vd_test_exec (db,
                "INSERT INTO communities (id, subdistrict_id, name) VALUES (2, 1, '河畔社区');"
                "INSERT INTO stations (id, name, type, established_on) "
                "  VALUES (3, '人民公园服务点', 'public', '2025-03-01');");
  vd_test_add_volunteer (db, "张伟", "41010519850307123", "13800138000");
  vd_test_add_volunteer (db, "张小伟", "41010519900101002", "13912345678");
  vd_test_add_volunteer (db, "曾志强", "41010519800202003", "13700001111");
  vd_test_add_volunteer (db, "单丽", "41010519750505004", NULL);
  vd_test_exec (db, "UPDATE volunteers SET political_status = 'party_member' WHERE id IN (1, 2)");

  cat_a = vd_test_event_category (db, 0);
  cat_b = vd_test_event_category (db, 1);
  e1 = vd_test_add_event (db, "清洁家园", cat_a, "2025-03-10 09:00:00", "2025-03-10 11:00:00", 1, 1, 30);
  e2 = vd_test_add_event (db, "窗口引导", cat_a, "2025-05-10 09:00:00", "2025-05-10 11:00:00", 2, 0, 20);
  e3 = vd_test_add_event (db, "义诊", cat_b, "2025-05-12 09:00:00", "2025-05-12 11:00:00", 0, 0, 5);
  e4 = vd_test_add_event (db, "去年的活动", cat_a, "2024-05-12 09:00:00", "2024-05-12 11:00:00", 1, 0, 100);
  vd_test_approve (db, vd_test_add_record (db, e1, 1, 120, "2025-03-10", FALSE));
  vd_test_approve (db, vd_test_add_record (db, e2, 2, 60, "2025-05-10", FALSE));
  vd_test_approve (db, vd_test_add_record (db, e3, 3, 90, "2025-05-12", FALSE));
  vd_test_add_record (db, e3, 4, 30, "2025-05-12", FALSE);
  vd_test_approve (db, vd_test_add_record (db, e4, 1, 60, "2024-05-12", FALSE));

  vd_test_exec (db,
                "INSERT INTO trainings (id, topic, category_id, starts_at, ends_at, minutes) VALUES "
                "  (1, '应急救护', (SELECT min (id) FROM categories WHERE domain = 'training'), "
                "   '2025-04-01 09:00:00', '2025-04-01 11:00:00', 120);"
                "INSERT INTO training_attendance (training_id, volunteer_id, status, registered_at, checked_in_at) VALUES "
                "  (1, 1, 'present', '2025-03-30 09:00:00', '2025-04-01 08:55:00'),"
                "  (1, 2, 'late', '2025-03-30 09:00:00', '2025-04-01 09:20:00'),"
                "  (1, 3, 'absent', '2025-03-30 09:00:00', NULL);"
                "INSERT INTO wishes (id, content, requester_name, community_id, collected_on) "
                "  VALUES (1, '一台收音机', '李奶奶', 1, '2025-06-01');"
                "UPDATE wishes SET status = 'approved', reviewed_on = '2025-06-02' WHERE id = 1;"
                "UPDATE wishes SET status = 'published', published_on = '2025-06-03' WHERE id = 1;"
                "UPDATE wishes SET status = 'claimed', claimed_on = '2025-06-04', "
                "  claimed_by_volunteer_id = 1 WHERE id = 1;"
                "UPDATE wishes SET status = 'fulfilled', fulfilled_on = '2025-06-10' WHERE id = 1;"
                "INSERT INTO commendations (title, level, awarded_on, issuer, team_id) VALUES "
                "  ('市优秀志愿服务组织', 'city', '2025-11-05', '市文明办', 1),"
                "  ('区优秀志愿者', 'district', '2024-11-05', '区文明办', 2);");
}

/* The part of the JSON under a top-level key, up to the next top-level key. */
static char *
section (const char *json,
         const char *key)
{
  g_autofree char *start_key = g_strdup_printf ("\n  \"%s\": ", key);
  const char *start = strstr (json, start_key);
  const char *end;

  if (start == NULL)
    g_error ("no “%s” in:\n%s", key, json);
  end = strchr (start + strlen (start_key), '\n');
  while (end != NULL && !g_str_has_prefix (end, "\n  \""))
    end = strchr (end + 1, '\n');
  return g_strndup (start, end != NULL ? (gsize)(end - start) : strlen (start));
}

static void
assert_in (const char *text,
           const char *expected)
{
  if (strstr (text, expected) == NULL)
    g_error ("“%s” not found in:\n%s", expected, text);
}

static void
test_figures (VdTestFixture *fx,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VdAnnual) a = NULL;
  g_autofree char *json = NULL;
  g_autofree char *s = NULL;
  int first, last;

  make_fixture (fx->db);
  a = vd_annual_load (fx->db, YEAR, &error);
  g_assert_no_error (error);
  json = vd_annual_to_json (a);

  assert_in (json, "\"format\": \"volunteer-desk-annual/1\"");
  assert_in (json, "\"year\": 2025,");
  assert_in (json, "\"district\": \"测试区\",");
  assert_in (json, "\"has_data\": true,");

  s = section (json, "teams");
  assert_in (s, "\"total\": 2,");
  g_free (s);
  s = section (json, "volunteers");
  assert_in (s, "\"registered\": 4,");
  assert_in (s, "\"new\": 4,");
  assert_in (s, "\"population\": 1000,");
  assert_in (s, "\"share_percent\": 0.40,");
  assert_in (s, "\"target_share_percent\": 10.00");
  g_free (s);
  s = section (json, "events");
  assert_in (s, "\"total\": 3,");
  assert_in (s, "\"people_served\": 55,");
  assert_in (s, "\"events\": 2,\n        \"people_served\": 50");
  assert_in (s, "\"events\": 1,\n        \"people_served\": 5");
  g_free (s);
  s = section (json, "hours");
  assert_in (s, "\"approved_hours\": 4.50,");
  assert_in (s, "\"approved_minutes\": 270,");
  assert_in (s, "\"person_times\": 3,");
  assert_in (s, "0,\n      0,\n      120,\n      0,\n      150,\n      0,");
  g_free (s);
  s = section (json, "stations");
  assert_in (s, "\"total\": 3,");
  assert_in (s, "\"community\": 1,\n      \"window\": 1,\n      \"public\": 1");
  assert_in (s, "\"new\": 1,");
  assert_in (s, "\"communities_covered\": 1,");
  assert_in (s, "\"communities_total\": 2,");
  assert_in (s, "\"community_coverage_percent\": 50.00");
  g_free (s);
  s = section (json, "training");
  assert_in (s, "\"sessions\": 1,");
  assert_in (s, "\"registrations\": 3,");
  assert_in (s, "\"attendances\": 2,");
  assert_in (s, "\"attendance_rate_percent\": 66.67,");
  g_free (s);
  s = section (json, "party");
  assert_in (s, "\"registered\": 2,");
  assert_in (s, "\"party_member_total\": 4,");
  assert_in (s, "\"served\": 2,");
  assert_in (s, "\"person_times\": 2,");
  assert_in (s, "\"events\": 2,");
  assert_in (s, "\"hours\": 3.00,");
  assert_in (s, "\"in_communities\": 1,");
  assert_in (s, "\"key\": \"registered\",");
  assert_in (s, "\"value\": 50.00,\n        \"target\": 60.00,\n        \"met\": false");
  assert_in (s, "\"value\": 1.50,\n        \"target\": 1.00,\n        \"met\": true");
  assert_in (s, "\"value\": 50.00,\n        \"target\": 70.00,\n        \"met\": false");
  g_free (s);
  s = section (json, "wishes");
  assert_in (s, "\"collected\": 1,");
  assert_in (s, "\"fulfilled\": 1,");
  assert_in (s, "\"fulfilled_by_party\": 1");
  g_free (s);
  s = section (json, "commendations");
  assert_in (s, "\"total\": 1,");
  assert_in (s, "\"city\": 1,");
  assert_in (s, "\"title\": \"市优秀志愿服务组织\",");
  assert_in (s, "\"owner_kind\": \"team\",");
  assert_in (s, "\"owner\": \"党员先锋队\",");

  g_assert_true (vd_annual_years (fx->db, &first, &last, &error));
  g_assert_no_error (error);
  g_assert_cmpint (first, ==, 2024);
  g_assert_cmpint (last, ==, 2025);
}

static char *
pdf_text (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  const char *argv[] = { "pdftotext", path, "-", NULL };
  int status = 0;

  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static void
test_pdf (VdTestFixture *fx,
          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VdAnnual) a = NULL;
  g_autoptr(VdDoc) doc = NULL;
  g_autofree char *path = g_build_filename (fx->dir, "annual.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;

  make_fixture (fx->db);
  a = vd_annual_load (fx->db, YEAR, &error);
  g_assert_no_error (error);
  doc = vd_annual_document_new (a);
  g_assert_true (vd_doc_write_pdf (doc, path, &error));
  g_assert_no_error (error);

  text = pdf_text (path);
  /* lines may wrap anywhere: compare without line breaks */
  flat = g_strdelimit (g_strdup (text), "\n", ' ');
  assert_in (flat, "测试区 2025 Annual Summary of Volunteer Service");
  assert_in (flat, "1. Volunteer teams and registered volunteers");
  assert_in (flat, "2. Volunteer service events");
  assert_in (flat, "3. Service stations");
  assert_in (flat, "4. Volunteer training");
  assert_in (flat, "5. Party members’ volunteer service");
  assert_in (flat, "6. Micro-wishes");
  assert_in (flat, "7. Commendations");
  assert_in (flat, "held 3 volunteer service events, serving 55 people");
  assert_in (flat, "4.5 approved hours");
  assert_in (flat, "0.4% of the population of 1,000");
  assert_in (flat, "1 of 2 communities");
  assert_in (flat, "市优秀志愿服务组织");
  assert_in (flat, "50.0%");
  assert_in (flat, "1.5");
  assert_in (flat, "Service hours per month by category");
  assert_in (flat, "Party indicators against their targets");
  g_assert_null (strstr (flat, "No volunteer service was recorded"));
}

static void
test_no_data (VdTestFixture *fx,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VdAnnual) a = NULL;
  g_autoptr(VdDoc) doc = NULL;
  g_autofree char *json = NULL;
  g_autofree char *path = g_build_filename (fx->dir, "empty.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;

  /* a new database: no population, no party member total, nothing at all */
  a = vd_annual_load (fx->db, 2030, &error);
  g_assert_no_error (error);
  g_assert_false (a->has_data);
  json = vd_annual_to_json (a);
  assert_in (json, "\"has_data\": false,");
  assert_in (json, "\"share_percent\": null,");
  assert_in (json, "\"community_coverage_percent\": null");
  assert_in (json, "\"value\": null,");
  assert_in (json, "\"met\": null");
  g_assert_null (strstr (json, "nan"));
  g_assert_null (strstr (json, "inf"));

  doc = vd_annual_document_new (a);
  g_assert_true (vd_doc_write_pdf (doc, path, &error));
  g_assert_no_error (error);
  text = pdf_text (path);
  flat = g_strdelimit (g_strdup (text), "\n", ' ');
  assert_in (flat, "No volunteer service was recorded in 2030");
  assert_in (flat, "population is not set");
  assert_in (flat, "No training sessions were held this year.");
  g_assert_null (strstr (flat, "nan"));
}

static void
test_xlsx (VdTestFixture *fx,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VdAnnual) a = NULL;
  g_autofree char *path = g_build_filename (fx->dir, "annual.xlsx", NULL);
  g_autofree char *bad = g_build_filename (fx->dir, "no-such-dir", "annual.xlsx", NULL);
  g_autoptr(VdTableReader) reader = NULL;
  const char * const *fields = NULL;
  guint n_fields = 0;

  make_fixture (fx->db);
  a = vd_annual_load (fx->db, YEAR, &error);
  g_assert_no_error (error);
  g_assert_true (vd_annual_write_xlsx (a, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  /* the first sheet, read back with the import's reader */
  reader = vd_table_reader_open (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (reader);
  g_assert_true (vd_table_reader_next (reader, &fields, &n_fields, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_fields, ==, 2);
  g_assert_cmpstr (fields[0], ==, "Figure");
  g_assert_true (vd_table_reader_next (reader, &fields, &n_fields, &error));
  g_assert_cmpstr (fields[0], ==, "Year");
  g_assert_cmpstr (fields[1], ==, "2025");

  g_assert_false (vd_annual_write_xlsx (a, bad, &error));
  g_assert_nonnull (error);
  g_assert_false (g_file_test (bad, G_FILE_TEST_EXISTS));
}

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

static void
run_cli (Run        *run,
         const char *first,
         ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  int wait_status = 0;
  va_list args;

  g_ptr_array_add (argv, (gpointer)g_getenv ("VD_CLI"));
  va_start (args, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer)arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
  g_spawn_sync (NULL, (char **)argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &run->out, &run->err, &wait_status, &error);
  g_assert_no_error (error);
  run->status = WIFEXITED (wait_status) ? WEXITSTATUS (wait_status) : -1;
}

static void
test_cli (VdTestFixture *fx,
          gconstpointer  data)
{
  Run run = { 0 };
  g_autofree char *json = g_build_filename (fx->dir, "a.json", NULL);
  g_autofree char *pdf = g_build_filename (fx->dir, "a.pdf", NULL);
  g_autofree char *xlsx = g_build_filename (fx->dir, "a.xlsx", NULL);
  g_autofree char *not_db = g_build_filename (fx->dir, "not-a.db", NULL);
  g_autofree char *contents = NULL;

  make_fixture (fx->db);

  run_cli (&run, "report", "annual", "--help", NULL);
  g_assert_cmpint (run.status, ==, 0);
  assert_in (run.out, "--year");
  assert_in (run.out, "--format");
  assert_in (run.out, "--database");

  run_cli (&run, "report", "annual", "--database", fx->path, NULL);
  g_assert_cmpint (run.status, ==, 2);
  run_cli (&run, "report", "annual", "--database", fx->path, "--format", "doc", json, NULL);
  g_assert_cmpint (run.status, ==, 2);
  run_cli (&run, "report", "annual", "--database", fx->path, "--year", "1800", json, NULL);
  g_assert_cmpint (run.status, ==, 2);
  run_cli (&run, "report", "annual", "--database", fx->path, "--no-such-option", json, NULL);
  g_assert_cmpint (run.status, ==, 2);

  g_assert_true (g_file_set_contents (not_db, "this is not a database", -1, NULL));
  run_cli (&run, "report", "annual", "--database", not_db, json, NULL);
  g_assert_cmpint (run.status, ==, 3);

  /* the latest year with data is the default */
  run_cli (&run, "report", "annual", "--database", fx->path, "--format", "json", json, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_get_contents (json, &contents, NULL, NULL));
  assert_in (contents, "\"year\": 2025,");
  assert_in (contents, "\"people_served\": 55,");

  run_cli (&run, "report", "annual", "--database", fx->path, "--year", "2025", pdf, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));
  run_cli (&run, "report", "annual", "--database", fx->path, "--year", "2025",
           "--format", "xlsx", xlsx, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_test (xlsx, G_FILE_TEST_IS_REGULAR));

  run_cli (&run, "report", "annual", "--database", fx->path, "--year", "2031", json, NULL);
  g_assert_cmpint (run.status, ==, 0);
  assert_in (run.out, "No volunteer service was recorded in 2031");

  g_free (run.out);
  g_free (run.err);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  vd_core_init_i18n (g_getenv ("VOLUNTEER_DESK_LOCALEDIR"));

#define ADD(path, fn) \
  g_test_add (path, VdTestFixture, NULL, vd_test_fixture_set_up, fn, vd_test_fixture_tear_down)
  ADD ("/annual/figures", test_figures);
  ADD ("/annual/pdf", test_pdf);
  ADD ("/annual/no-data", test_no_data);
  ADD ("/annual/xlsx", test_xlsx);
  ADD ("/annual/cli", test_cli);
  return g_test_run ();
}
