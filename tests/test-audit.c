/* test-audit.c — every audited write leaves who, when, what, before and after
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "vd-test-utils.h"

static void
test_row_images (VdTestFixture *fx,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VdAuditRow) row = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *who = NULL;
  g_autofree char *at = NULL;

  g_assert_true (vd_database_exec (fx->db, "INSERT INTO subdistricts (id, name) VALUES (7, '东城街道')",
                                   &error));
  row = vd_audit_row_begin (fx->db, "subdistricts", 7, &error);
  g_assert_no_error (error);
  g_assert_true (vd_database_exec (fx->db, "UPDATE subdistricts SET name = '西城街道' WHERE id = 7",
                                   &error));
  g_assert_true (vd_audit_row_finish (row, "update", 7, &error));
  g_assert_no_error (error);

  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count(*) FROM audit_log"), ==, 1);
  before = vd_test_query_text (fx->db, "SELECT before_json ->> '$.name' FROM audit_log");
  after = vd_test_query_text (fx->db, "SELECT after_json ->> '$.name' FROM audit_log");
  who = vd_test_query_text (fx->db, "SELECT who FROM audit_log");
  at = vd_test_query_text (fx->db, "SELECT at FROM audit_log");
  g_assert_cmpstr (before, ==, "东城街道");
  g_assert_cmpstr (after, ==, "西城街道");
  g_assert_cmpstr (who, ==, g_get_user_name ());
  g_assert_true (g_str_has_suffix (at, "Z"));
  g_assert_cmpint (vd_test_query_int (fx->db,
                   "SELECT entity = 'subdistricts' AND entity_id = 7 AND action = 'update' "
                   "FROM audit_log"), ==, 1);
}

static void
test_insert_and_delete_images (VdTestFixture *fx,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VdAuditRow) created = NULL;
  g_autoptr(VdAuditRow) removed = NULL;

  created = vd_audit_row_begin (fx->db, "subdistricts", 0, &error);
  g_assert_true (vd_database_exec (fx->db, "INSERT INTO subdistricts (id, name) VALUES (3, '南湖镇')",
                                   &error));
  g_assert_true (vd_audit_row_finish (created, "insert", 3, &error));

  removed = vd_audit_row_begin (fx->db, "subdistricts", 3, &error);
  g_assert_true (vd_database_exec (fx->db, "DELETE FROM subdistricts WHERE id = 3", &error));
  g_assert_true (vd_audit_row_finish (removed, "delete", 3, &error));
  g_assert_no_error (error);

  g_assert_cmpint (vd_test_query_int (fx->db,
                   "SELECT count(*) FROM audit_log WHERE action = 'insert' "
                   "AND before_json IS NULL AND after_json ->> '$.name' = '南湖镇'"), ==, 1);
  g_assert_cmpint (vd_test_query_int (fx->db,
                   "SELECT count(*) FROM audit_log WHERE action = 'delete' "
                   "AND after_json IS NULL AND before_json ->> '$.name' = '南湖镇'"), ==, 1);
}

static void
test_log_is_append_only (VdTestFixture *fx,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (vd_audit_log (fx->db, "export", 0, "export", NULL, NULL, &error));
  g_assert_false (vd_database_exec (fx->db, "UPDATE audit_log SET who = 'someone else'", &error));
  g_assert_error (error, VD_DATABASE_ERROR, VD_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_false (vd_database_exec (fx->db, "DELETE FROM audit_log", &error));
  g_clear_error (&error);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count(*) FROM audit_log WHERE who <> 'someone else'"),
                   ==, 1);
}

static void
test_json_object (VdTestFixture *fx,
                  gconstpointer  data)
{
  g_autofree char *json = vd_audit_json_object ("file", "C:\\名单 \"2026\"\n.csv",
                                                "full_ids", NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *file = NULL;

  g_assert_true (vd_audit_log (fx->db, "volunteers", 0, "export", NULL, json, &error));
  g_assert_no_error (error);
  file = vd_test_query_text (fx->db, "SELECT after_json ->> '$.file' FROM audit_log");
  g_assert_cmpstr (file, ==, "C:\\名单 \"2026\"\n.csv");
  g_assert_cmpint (vd_test_query_int (fx->db,
                   "SELECT json_type(after_json, '$.full_ids') = 'null' FROM audit_log"), ==, 1);
}

static void
test_unknown_table (VdTestFixture *fx,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *json = vd_audit_row_json (fx->db, "x; DROP TABLE settings", 1, &error);

  g_assert_null (json);
  g_assert_nonnull (error);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count(*) FROM settings"), ==, 1);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add (name, VdTestFixture, NULL, vd_test_fixture_set_up, func, vd_test_fixture_tear_down)

  ADD ("/audit/row-images", test_row_images);
  ADD ("/audit/insert-delete", test_insert_and_delete_images);
  ADD ("/audit/append-only", test_log_is_append_only);
  ADD ("/audit/json-object", test_json_object);
  ADD ("/audit/unknown-table", test_unknown_table);

  return g_test_run ();
}
