/* test-ui-lists.c — the Export… button of the Stations, Events, Training and
 * Micro-wishes pages under Xvfb: it asks about full numbers first, names the list,
 * and Cancel writes nothing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "vd-list-import-dialog.h"

#include "vd-ui-test-utils.h"

static gboolean
has_dialog (gpointer data)
{
  return vd_test_find_message_dialog () != NULL;
}

static gboolean
no_dialog (gpointer data)
{
  return vd_test_find_message_dialog () == NULL;
}

static void
test_export_buttons (VdTestFixture *fx,
                     gconstpointer  data)
{
  static const struct {
    const char *section;
    const char *action;
    VdListKind  kind;
  } pages[] = {
    { "stations", "stations.export", VD_LIST_STATIONS },
    { "events", "events.export", VD_LIST_EVENTS },
    { "training", "training.export", VD_LIST_TRAININGS },
    { "wishes", "wishes.export", VD_LIST_WISHES },
  };
  g_autoptr(GError) error = NULL;
  VdSampleOptions options;
  VdWindow *window;
  GtkStack *stack;
  gint64 audits;

  vd_sample_options_init (&options, VD_SAMPLE_DISTRICT);
  options.volunteers = 300;
  g_assert_true (vd_sample_generate (fx->db, &options, NULL, &error));
  g_assert_no_error (error);
  audits = vd_test_query_int (fx->db, "SELECT count(*) FROM audit_log");

  window = vd_test_show_window (fx->db, 1100, 760);
  stack = vd_test_child_of (window, VD_TYPE_WINDOW, "section_stack");
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autofree char *heading = NULL;
      AdwMessageDialog *dialog;
      GtkWidget *page;

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-section", "s",
                                                 pages[i].section));
      page = gtk_stack_get_visible_child (stack);
      g_assert_true (gtk_widget_activate_action (page, pages[i].action, NULL));
      g_assert_true (vd_test_wait_for (has_dialog, NULL));
      dialog = vd_test_find_message_dialog ();
      heading = g_strdup (adw_message_dialog_get_heading (dialog));
      g_assert_nonnull (strstr (heading, vd_list_kind_get_title (pages[i].kind)));
      /* the privacy choice is there, off by default */
      g_assert_true (GTK_IS_WIDGET (adw_message_dialog_get_extra_child (dialog)));
      adw_message_dialog_response (dialog, "cancel");
      /* a click also closes it; the response alone does not */
      gtk_window_destroy (GTK_WINDOW (dialog));
      g_assert_true (vd_test_wait_for (no_dialog, NULL));
    }
  /* nothing was written, so nothing was logged */
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count(*) FROM audit_log"), ==, audits);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Import… on the Stations page: a file with a bad row writes nothing until the user
 * chooses; the question lists the row; "Import the Good Rows" writes the others. */
static void
test_import_question (VdTestFixture *fx,
                      gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fx->dir, "stations.csv", NULL);
  AdwMessageDialog *dialog;
  VdWindow *window;
  GtkStack *stack;
  GtkWidget *page;

  g_assert_true (g_file_set_contents (path,
    "站点名称,站点类型,办事处,社区,建站日期\n"
    "红星社区志愿服务站,community,红星街道,红星社区,2020-05-01\n"
    "车站服务窗口,window,红星街道,,2021-13-01\n"
    "人民公园站,public,红星街道,,2019-03-01\n", -1, NULL));

  window = vd_test_show_window (fx->db, 1100, 760);
  stack = vd_test_child_of (window, VD_TYPE_WINDOW, "section_stack");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-section", "s", "stations"));
  page = gtk_stack_get_visible_child (stack);

  vd_list_import_dialog_import_path (page, fx->db, VD_LIST_STATIONS, path);
  g_assert_true (vd_test_wait_for (has_dialog, NULL));
  dialog = vd_test_find_message_dialog ();
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Row 3: "));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "2021-13-01"));
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count(*) FROM stations"), ==, 0);

  adw_message_dialog_response (dialog, "import");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count(*) FROM stations"), ==, 2);

  /* a good file goes straight in */
  g_assert_true (g_file_set_contents (path, "站点名称,站点类型,办事处,建站日期\n"
                                            "区图书馆站,window,红星街道,2022-01-01\n", -1, NULL));
  vd_list_import_dialog_import_path (page, fx->db, VD_LIST_STATIONS, path);
  vd_test_run_for (100);
  g_assert_null (vd_test_find_message_dialog ());
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count(*) FROM stations"), ==, 3);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int    argc,
      char **argv)
{
  vd_test_ui_init (&argc, &argv);

  VD_TEST_ADD ("/ui/lists/export-buttons", test_export_buttons);
  VD_TEST_ADD ("/ui/lists/import-question", test_import_question);

  return g_test_run ();
}
