/* test-ui-certificates.c — the certificate dialog under Xvfb: its fields start from
 * the last certificate, a missing field is named next to it and nothing is numbered,
 * then a correct request issues and offers the PDF.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "vd-certificate-dialog.h"

#include "vd-ui-test-utils.h"

#define DIALOG_CHILD(dialog, name) vd_test_child_of ((dialog), VD_TYPE_CERTIFICATE_DIALOG, (name))

static void
add_service (VdDatabase *db)
{
  g_autoptr(GError) error = NULL;

  vd_test_add_six_volunteers (db);
  g_assert_true (vd_database_exec (db,
    "UPDATE settings SET district_name = '东城区';"
    "INSERT INTO service_records (volunteer_id, service_date, minutes, status, reviewed_at, note) "
    "VALUES (1, '2026-03-05', 150, 'approved', '2026-03-06 10:00:00', '社区敬老'),"
    "       (2, '2026-03-05', 60, 'approved', '2026-03-06 10:00:00', '社区敬老')",
    &error));
  g_assert_no_error (error);
}

static gboolean
is_done (gpointer dialog)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (DIALOG_CHILD (dialog, "stack")), "done") == 0;
}

static void
test_issue (VdTestFixture *fx,
            gconstpointer  data)
{
  VdWindow *window;
  VdCertificateDialog *dialog;
  GtkLabel *handler_error;
  gint64 ids[] = { 1, 2, 3 };

  add_service (fx->db);
  window = vd_test_show_window (fx->db, 1000, 700);
  dialog = VD_CERTIFICATE_DIALOG (vd_certificate_dialog_new (GTK_WINDOW (window), fx->db, ids, 3,
                                                             "3 volunteers", ""));
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_true (vd_test_wait_for (vd_test_is_mapped, dialog));

  /* The first certificate: the issuer comes from the district's name. */
  g_assert_true (g_str_has_prefix (gtk_editable_get_text (DIALOG_CHILD (dialog, "issuer_row")),
                                   "东城区"));

  /* Nothing typed for the handler: its message, and no number taken. */
  vd_certificate_dialog_fill (dialog, VD_CERTIFICATE_FIELD_RESPONSIBLE, "王芳");
  vd_certificate_dialog_fill (dialog, VD_CERTIFICATE_FIELD_CONTACT, "0371-12345678");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "certificate.issue", NULL);
  handler_error = DIALOG_CHILD (dialog, "handler_error");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (handler_error)));
  g_assert_cmpstr (gtk_label_get_label (handler_error), !=, "");
  g_assert_false (gtk_widget_get_visible (DIALOG_CHILD (dialog, "contact_error")));
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count(*) FROM certificates"), ==, 0);

  /* The message goes as soon as the field is right; the other typing is kept. */
  vd_certificate_dialog_fill (dialog, VD_CERTIFICATE_FIELD_HANDLER, "李明");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (handler_error)));
  g_assert_cmpstr (gtk_editable_get_text (DIALOG_CHILD (dialog, "responsible_row")), ==, "王芳");

  /* Issued: two certificates (曾志强 has no hours), then Save and Print are offered. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "certificate.issue", NULL);
  g_assert_true (vd_test_wait_for (is_done, dialog));
  g_assert_cmpuint (vd_certificate_dialog_get_issued (dialog)->len, ==, 2);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count(*) FROM certificates"), ==, 2);
  g_assert_nonnull (strstr (adw_status_page_get_description (DIALOG_CHILD (dialog, "done_page")),
                            "1"));
  g_assert_false (gtk_widget_get_visible (DIALOG_CHILD (dialog, "issue_button")));

  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  vd_test_ui_init (&argc, &argv);

  VD_TEST_ADD ("/ui/certificates/issue", test_issue);

  return g_test_run ();
}
