/* test-ui-reports.c — the Reports page under Xvfb: it opens on the latest year with
 * data, previews the summary's pages, fits an 800-px window, says when a year has no
 * data, and its document saves as a PDF.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "vd-reports-page.h"
#include "vd-test-events.h"
#include "vd-ui-test-utils.h"

static void
add_events (VdDatabase *db)
{
  gint64 cat, e1, e2;

  vd_test_add_six_volunteers (db);
  vd_test_add_places (db);
  vd_test_exec (db, "UPDATE settings SET district_name = '东城区'");
  cat = vd_test_event_category (db, 0);
  e1 = vd_test_add_event (db, "清洁家园", cat, "2023-03-10 09:00:00", "2023-03-10 11:00:00", 1, 1, 40);
  e2 = vd_test_add_event (db, "交通引导", cat, "2025-04-10 09:00:00", "2025-04-10 11:00:00", 1, 1, 12);
  vd_test_approve (db, vd_test_add_record (db, e1, 1, 120, "2023-03-10", FALSE));
  vd_test_approve (db, vd_test_add_record (db, e2, 2, 90, "2025-04-10", FALSE));
}

static gboolean
has_previews (gpointer page)
{
  return vd_reports_page_get_n_previews (page) > 0;
}

static void
test_preview_and_save (VdTestFixture *fx,
                       gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fx->dir, "summary.pdf", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  VdWindow *window;
  GtkStack *stack;
  VdReportsPage *page;
  GtkLabel *status;
  VdDoc *doc;
  int minimum = 0;
  gsize len = 0;

  add_events (fx->db);
  window = vd_test_show_window (fx->db, 800, 700);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-section", "s", "reports"));
  stack = vd_test_child_of (window, VD_TYPE_WINDOW, "section_stack");
  page = VD_REPORTS_PAGE (gtk_stack_get_visible_child (stack));
  g_assert_true (vd_test_wait_for (vd_test_is_mapped, page));
  g_assert_true (vd_test_wait_for (has_previews, page));

  /* the latest year with data, its pages shown, narrow enough for 800 px */
  g_assert_cmpint (vd_reports_page_get_year (page), ==, 2025);
  doc = vd_reports_page_get_document (page);
  g_assert_nonnull (doc);
  g_assert_cmpuint (vd_reports_page_get_n_previews (page), ==, vd_doc_get_n_pages (doc));
  gtk_widget_measure (GTK_WIDGET (page), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 560);

  /* the document the Save PDF… button writes */
  g_assert_true (vd_doc_write_pdf (doc, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
  g_assert_cmpuint (len, >, 1000);
  g_assert_true (g_str_has_prefix (contents, "%PDF"));

  /* a year between the two without any service */
  status = vd_test_child_of (page, VD_TYPE_REPORTS_PAGE, "status_label");
  vd_reports_page_set_year (page, 2024);
  g_assert_cmpint (vd_reports_page_get_year (page), ==, 2024);
  g_assert_nonnull (strstr (gtk_label_get_text (status), "2024"));
  g_assert_nonnull (strstr (gtk_label_get_text (status), "No volunteer service was recorded"));
  g_assert_cmpuint (vd_reports_page_get_n_previews (page), >, 0);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  vd_test_ui_init (&argc, &argv);

  VD_TEST_ADD ("/ui/reports/preview-and-save", test_preview_and_save);

  return g_test_run ();
}
