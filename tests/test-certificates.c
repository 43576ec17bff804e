/* test-certificates.c — service record certificates: only approved hours of the
 * period, numbers from the register that never repeat, all-or-nothing batches, bad
 * requests refused with nothing written, and the PDF read back with pdftotext.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "vd-test-utils.h"
#include "vd-certificate-document.h"
#include "vd-certificates.h"

/* 张伟 (1): 3 h + 1.5 h approved in 2026, 2 h pending, 4 h rejected, 5 h in 2025;
 * 张小伟 (2): 2 h approved in 2026; 曾志强 (3): nothing. */
static void
add_records (VdDatabase *db)
{
  g_autoptr(GError) error = NULL;

  vd_test_add_six_volunteers (db);
  g_assert_true (vd_database_exec (db,
    "INSERT INTO events (id, title, category_id, starts_at, ends_at) "
    "  SELECT 1, '清洁家园', id, '2026-03-05 09:00:00', '2026-03-05 12:00:00' "
    "  FROM categories WHERE domain = 'event' ORDER BY sort_order LIMIT 1;"
    "INSERT INTO service_records (volunteer_id, event_id, service_date, minutes, status, reviewed_at) VALUES"
    "  (1, 1, '2026-03-05', 180, 'approved', '2026-03-06 10:00:00'),"
    "  (2, 1, '2026-03-05', 120, 'approved', '2026-03-06 10:00:00');"
    "INSERT INTO service_records (volunteer_id, service_date, minutes, status, reviewed_at, reject_reason, note) VALUES"
    "  (1, '2026-04-01', 90, 'approved', '2026-04-02 10:00:00', NULL, '社区敬老'),"
    "  (1, '2026-04-02', 120, 'pending', NULL, NULL, ''),"
    "  (1, '2026-04-03', 240, 'rejected', '2026-04-04 10:00:00', '未到场', ''),"
    "  (1, '2025-06-01', 300, 'approved', '2025-06-02 10:00:00', NULL, '');",
    &error));
  g_assert_no_error (error);
}

static void
fill_request (VdCertificateRequest *request)
{
  memset (request, 0, sizeof *request);
  request->from = g_strdup ("2026/1/1");
  request->to = g_strdup ("2026-10-31");
  request->issuer = g_strdup ("  东城区文明办 ");
  request->responsible_person = g_strdup ("王芳");
  request->handler = g_strdup ("李明");
  request->contact = g_strdup ("0371-12345678");
}

static void
test_issue (VdTestFixture *fx,
            gconstpointer  data)
{
  g_auto(VdCertificateRequest) request = { 0, };
  g_autoptr(GError) error = NULL;
  g_autoptr(VdCertificate) first = NULL;
  g_autoptr(VdCertificate) second = NULL;
  g_autoptr(VdCertificate) copy = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autofree char *year = NULL;

  add_records (fx->db);
  fill_request (&request);
  first = vd_certificate_issue (fx->db, 1, &request, &error);
  g_assert_no_error (error);

  /* Only approved minutes inside the period; the dates normalized; text trimmed. */
  g_assert_cmpint (first->total_minutes, ==, 270);
  g_assert_cmpuint (first->lines->len, ==, 2);
  g_assert_cmpstr (((VdCertificateLine *)g_ptr_array_index (first->lines, 0))->content, ==, "清洁家园");
  g_assert_cmpstr (((VdCertificateLine *)g_ptr_array_index (first->lines, 1))->content, ==, "社区敬老");
  g_assert_cmpstr (first->period_from, ==, "2026-01-01");
  g_assert_cmpstr (first->issuer, ==, "东城区文明办");
  year = g_strndup (first->issued_on, 4);
  g_assert_true (g_str_has_prefix (first->number, year));
  g_assert_true (g_str_has_suffix (first->number, "-000001"));

  second = vd_certificate_issue (fx->db, 2, &request, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_suffix (second->number, "-000002"));
  g_assert_cmpint (second->total_minutes, ==, 120);

  /* The register lists both, newest first, and each issue is audited. */
  list = vd_certificate_list (fx->db, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 2);
  g_assert_cmpstr (((VdCertificate *)g_ptr_array_index (list, 0))->number, ==, second->number);
  g_assert_cmpint (vd_test_query_int (fx->db,
                   "SELECT count(*) FROM audit_log WHERE entity = 'certificates' AND action = 'issue'"),
                   ==, 2);

  /* A copy states what was certified then, even if records change later. */
  g_assert_true (vd_database_exec (fx->db,
    "INSERT INTO service_records (volunteer_id, service_date, minutes, status, reviewed_at) "
    "VALUES (1, '2026-05-01', 60, 'approved', '2026-05-02 10:00:00')", NULL));
  copy = vd_certificate_get (fx->db, first->number, &error);
  g_assert_no_error (error);
  g_assert_cmpint (copy->total_minutes, ==, 270);
  g_assert_cmpstr (copy->name, ==, "张伟");

  /* The register is never edited nor emptied. */
  g_assert_false (vd_database_exec (fx->db, "UPDATE certificates SET total_minutes = 9999", NULL));
  g_assert_false (vd_database_exec (fx->db, "DELETE FROM certificates", NULL));
}

static void
test_refused (VdTestFixture *fx,
              gconstpointer  data)
{
  g_auto(VdCertificateRequest) request = { 0, };
  g_autoptr(GError) error = NULL;
  char *messages[VD_CERTIFICATE_N_FIELDS];
  GDate today;

  add_records (fx->db);
  fill_request (&request);

  /* No approved hours in the period: nothing to certify, nothing numbered. */
  g_assert_null (vd_certificate_issue (fx->db, 3, &request, &error));
  g_assert_error (error, VD_CERTIFICATE_ERROR, VD_CERTIFICATE_ERROR_NO_HOURS);
  g_clear_error (&error);
  g_assert_null (vd_certificate_issue (fx->db, 999, &request, &error));
  g_assert_error (error, VD_CERTIFICATE_ERROR, VD_CERTIFICATE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Each bad field has its own message. */
  g_free (request.to);
  request.to = g_strdup ("2025-12-31");
  g_free (request.handler);
  request.handler = g_strdup ("   ");
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 29, 11, 2026);
  g_assert_false (vd_certificate_request_validate (&request, &today, messages));
  g_assert_nonnull (messages[VD_CERTIFICATE_FIELD_TO]);
  g_assert_nonnull (messages[VD_CERTIFICATE_FIELD_HANDLER]);
  g_assert_null (messages[VD_CERTIFICATE_FIELD_FROM]);
  g_assert_null (messages[VD_CERTIFICATE_FIELD_ISSUER]);
  for (guint i = 0; i < VD_CERTIFICATE_N_FIELDS; i++)
    g_free (messages[i]);

  g_free (request.to);
  request.to = g_strdup ("2999-01-01");
  g_assert_false (vd_certificate_request_validate (&request, &today, messages));
  g_assert_nonnull (messages[VD_CERTIFICATE_FIELD_TO]);
  for (guint i = 0; i < VD_CERTIFICATE_N_FIELDS; i++)
    g_free (messages[i]);

  g_assert_null (vd_certificate_issue (fx->db, 1, &request, &error));
  g_assert_error (error, VD_CERTIFICATE_ERROR, VD_CERTIFICATE_ERROR_INVALID);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count(*) FROM certificates"), ==, 0);
}

static void
test_batch (VdTestFixture *fx,
            gconstpointer  data)
{
  g_auto(VdCertificateRequest) request = { 0, };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) issued = NULL;
  gint64 ids[] = { 1, 2, 3 };
  gint64 with_unknown[] = { 1, 999 };
  guint skipped = 0;

  add_records (fx->db);
  fill_request (&request);

  /* Someone unknown stops the whole batch: nothing is numbered. */
  g_assert_null (vd_certificate_issue_batch (fx->db, with_unknown, 2, &request, &skipped, &error));
  g_assert_error (error, VD_CERTIFICATE_ERROR, VD_CERTIFICATE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count(*) FROM certificates"), ==, 0);

  /* Those without hours are left out and counted. */
  issued = vd_certificate_issue_batch (fx->db, ids, 3, &request, &skipped, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (issued->len, ==, 2);
  g_assert_cmpuint (skipped, ==, 1);
  g_assert_true (g_str_has_suffix (((VdCertificate *)g_ptr_array_index (issued, 0))->number,
                                   "-000001"));
  g_assert_true (g_str_has_suffix (((VdCertificate *)g_ptr_array_index (issued, 1))->number,
                                   "-000002"));
}

static char *
pdf_text (const char *path)
{
  const char *argv[] = { "pdftotext", "-layout", path, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
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
  g_auto(VdCertificateRequest) request = { 0, };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) issued = NULL;
  g_autoptr(VdDoc) masked = NULL;
  g_autoptr(VdDoc) full = NULL;
  g_autofree char *path = g_build_filename (fx->dir, "certificates.pdf", NULL);
  g_autofree char *full_path = g_build_filename (fx->dir, "full.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *full_text = NULL;
  g_autofree char *id = vd_test_make_id ("41010519850307123");
  gint64 ids[] = { 1, 2 };

  add_records (fx->db);
  fill_request (&request);
  issued = vd_certificate_issue_batch (fx->db, ids, 2, &request, NULL, &error);
  g_assert_no_error (error);

  /* One PDF, a page for each volunteer, ID numbers masked. */
  masked = vd_certificate_document_new (issued, FALSE);
  g_assert_cmpuint (vd_doc_get_n_pages (masked), ==, 2);
  g_assert_true (vd_doc_write_pdf (masked, path, &error));
  g_assert_no_error (error);
  text = pdf_text (path);
  g_assert_nonnull (strstr (text, "张伟"));
  g_assert_nonnull (strstr (text, "张小伟"));
  g_assert_nonnull (strstr (text, ((VdCertificate *)g_ptr_array_index (issued, 0))->number));
  g_assert_nonnull (strstr (text, "4.5"));
  g_assert_nonnull (strstr (text, "清洁家园"));
  g_assert_nonnull (strstr (text, "410105********"));
  g_assert_null (strstr (text, id));

  /* Only when asked: the full number. */
  full = vd_certificate_document_new (issued, TRUE);
  g_assert_true (vd_doc_write_pdf (full, full_path, &error));
  full_text = pdf_text (full_path);
  g_assert_nonnull (strstr (full_text, id));

  /* A folder that does not exist: an error, not a crash. */
  {
    g_autofree char *bad = g_build_filename (fx->dir, "missing", "x.pdf", NULL);

    g_assert_false (vd_doc_write_pdf (masked, bad, &error));
    g_assert_nonnull (error);
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  vd_core_init_i18n (g_getenv ("VOLUNTEER_DESK_LOCALEDIR"));

#define ADD(name, func) \
  g_test_add (name, VdTestFixture, NULL, vd_test_fixture_set_up, func, vd_test_fixture_tear_down)

  ADD ("/certificates/issue", test_issue);
  ADD ("/certificates/refused", test_refused);
  ADD ("/certificates/batch", test_batch);
  ADD ("/certificates/pdf", test_pdf);

  return g_test_run ();
}
