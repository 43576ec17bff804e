/* test-ui-stations.c — the stations page under Xvfb: adding a station with a wrong and
 * then a corrected input, and its service projects
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vd-form-window.h"
#include "vd-ledger-print.h"
#include "vd-station-detail.h"
#include "vd-station-dialog.h"
#include "vd-stations-page.h"
#include "vd-ui-test-utils.h"

static gpointer
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }
  return NULL;
}

static gboolean
dialog_shown (gpointer type)
{
  return find_toplevel (GPOINTER_TO_SIZE (type)) != NULL;
}

static gboolean
is_null (gpointer data)
{
  return *(gpointer *)data == NULL;
}

static gboolean
is_visible (gpointer widget)
{
  return gtk_widget_get_visible (widget);
}

static gboolean
is_hidden (gpointer widget)
{
  return !gtk_widget_get_visible (widget);
}

static void
find_entries (GtkWidget *widget,
              GPtrArray *out)
{
  if (ADW_IS_ENTRY_ROW (widget))
    g_ptr_array_add (out, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    find_entries (child, out);
}

static void
set_text (gpointer    dialog,
          const char *name,
          const char *text)
{
  GtkEditable *row = vd_test_child_of (dialog, VD_TYPE_STATION_DIALOG, name);

  gtk_editable_set_text (row, text);
  vd_test_run_for (50);
}

static gpointer
find_child_of_type (GtkWidget *widget,
                    GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      gpointer found = find_child_of_type (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
add_project (VdStationDetail *detail,
             const char      *name)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new ();
  VdFormWindow *form;
  gpointer watch;

  gtk_widget_activate_action (GTK_WIDGET (detail), "station.add-project", NULL);
  g_assert_true (vd_test_wait_for (dialog_shown, GSIZE_TO_POINTER (VD_TYPE_FORM_WINDOW)));
  form = find_toplevel (VD_TYPE_FORM_WINDOW);
  watch = form;
  g_object_add_weak_pointer (G_OBJECT (form), &watch);
  find_entries (GTK_WIDGET (form), entries);
  /* name, description, start date (today by default) */
  g_assert_cmpuint (entries->len, ==, 3);
  gtk_editable_set_text (entries->pdata[0], name);
  g_assert_true (vd_form_window_accept (form));
  g_assert_true (vd_test_wait_for (is_null, &watch));
}

static void
test_add_station_and_projects (VdTestFixture *fx,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  VdWindow *window;
  VdStationsPage *page;
  VdStationDetail *detail;
  GtkWidget *dialog;
  GtkWidget *warning;
  gpointer watch;
  gint64 sub;

  sub = vd_places_add_subdistrict (fx->db, "东城办事处", FALSE, &error);
  vd_places_add_community (fx->db, sub, "朝阳社区", FALSE, &error);
  g_assert_no_error (error);

  window = vd_test_show_window (fx->db, 1400, 900);
  g_assert_true (vd_window_set_section (window, "stations"));
  page = find_child_of_type (GTK_WIDGET (window), VD_TYPE_STATIONS_PAGE);
  g_assert_nonnull (page);
  g_assert_true (vd_test_wait_for (vd_test_is_mapped, page));

  gtk_widget_activate_action (GTK_WIDGET (page), "stations.add", NULL);
  g_assert_true (vd_test_wait_for (dialog_shown, GSIZE_TO_POINTER (VD_TYPE_STATION_DIALOG)));
  dialog = find_toplevel (VD_TYPE_STATION_DIALOG);
  watch = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), &watch);

  /* A fresh form is not red. */
  g_assert_false (gtk_widget_get_visible (vd_test_child_of (dialog, VD_TYPE_STATION_DIALOG,
                                                            "name_error")));

  /* Bad input: a date that does not exist, a phone with letters; then Save shows what
   * is missing too (a community station needs its community). */
  set_text (dialog, "name_row", "朝阳社区志愿服务站");
  set_text (dialog, "established_row", "2025-02-30");
  g_assert_true (gtk_widget_get_visible (vd_test_child_of (dialog, VD_TYPE_STATION_DIALOG,
                                                           "established_error")));
  set_text (dialog, "contact_phone_row", "电话12");
  g_assert_true (gtk_widget_get_visible (vd_test_child_of (dialog, VD_TYPE_STATION_DIALOG,
                                                           "contact_phone_error")));
  gtk_widget_activate_action (dialog, "station.save", NULL);
  vd_test_run_for (100);
  g_assert_nonnull (watch);
  g_assert_true (gtk_widget_has_css_class (vd_test_child_of (dialog, VD_TYPE_STATION_DIALOG,
                                                             "community_row"), "error"));
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count (*) FROM stations"), ==, 0);

  /* Corrected: the messages go as the fields are fixed. */
  set_text (dialog, "established_row", "2025-02-28");
  g_assert_false (gtk_widget_get_visible (vd_test_child_of (dialog, VD_TYPE_STATION_DIALOG,
                                                            "established_error")));
  set_text (dialog, "contact_phone_row", "0371-6512 3456");
  g_assert_false (gtk_widget_get_visible (vd_test_child_of (dialog, VD_TYPE_STATION_DIALOG,
                                                            "contact_phone_error")));
  adw_combo_row_set_selected (vd_test_child_of (dialog, VD_TYPE_STATION_DIALOG, "community_row"), 1);
  vd_test_run_for (50);
  g_assert_false (gtk_widget_has_css_class (vd_test_child_of (dialog, VD_TYPE_STATION_DIALOG,
                                                              "community_row"), "error"));
  /* the community brings its sub-district */
  g_assert_cmpuint (adw_combo_row_get_selected (vd_test_child_of (dialog, VD_TYPE_STATION_DIALOG,
                                                                  "subdistrict_row")), ==, 1);
  gtk_widget_activate_action (dialog, "station.save", NULL);
  g_assert_true (vd_test_wait_for (is_null, &watch));
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count (*) FROM stations "
                                      "WHERE name = '朝阳社区志愿服务站' AND established_on = '2025-02-28' "
                                      "AND subdistrict_id IS NOT NULL AND community_id IS NOT NULL"), ==, 1);

  /* The new station is selected and shown, with the warning about its projects. */
  detail = vd_test_child_of (page, VD_TYPE_STATIONS_PAGE, "detail");
  g_assert_true (vd_test_wait_for (vd_test_is_mapped, detail));
  g_assert_nonnull (vd_station_detail_get_station (detail));
  warning = vd_test_child_of (detail, VD_TYPE_STATION_DETAIL, "projects_warning_row");
  g_assert_true (vd_test_wait_for (is_visible, warning));

  add_project (detail, "文明交通劝导");
  g_assert_true (gtk_widget_get_visible (warning));
  add_project (detail, "爱心助老服务");
  g_assert_true (gtk_widget_get_visible (warning));
  add_project (detail, "清洁家园行动");
  g_assert_true (vd_test_wait_for (is_hidden, warning));
  g_assert_cmpuint (vd_station_detail_get_station (detail)->n_running_projects, ==, 3);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count (*) FROM station_projects "
                                      "WHERE ended_on IS NULL"), ==, 3);

  /* Its projects keep it: Delete explains and offers to archive instead. */
  gtk_widget_activate_action (GTK_WIDGET (page), "stations.delete", NULL);
  g_assert_true (vd_test_wait_for (dialog_shown, GSIZE_TO_POINTER (ADW_TYPE_MESSAGE_DIALOG)));
  {
    AdwMessageDialog *question = vd_test_find_message_dialog ();

    g_assert_nonnull (strstr (adw_message_dialog_get_body (question), "service projects"));
    g_assert_true (adw_message_dialog_has_response (question, "archive"));
    adw_message_dialog_response (question, "archive");
  }
  vd_test_run_for (100);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count (*) FROM stations WHERE status = 'archived' "
                                      "AND archived_on IS NOT NULL"), ==, 1);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The printed ledger: GtkPrintOperation runs the ledger's own drawing; exported to a
 * PDF instead of a printer, it reads back like the ledger's PDF. */
static void
test_print_ledger (VdTestFixture *fx,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VdStation) s = vd_station_new ();
  g_autoptr(VdStationLedger) ledger = NULL;
  g_autofree char *path = g_build_filename (fx->dir, "printed.pdf", NULL);
  g_autofree char *out = NULL;
  g_autofree char *pdftotext = NULL;
  const char *argv[] = { "pdftotext", path, "-", NULL };
  VdStationProject p = { 0 };
  int status = 0;

  g_free (s->name);
  s->name = g_strdup ("火车站志愿服务站");
  s->type = VD_STATION_PUBLIC;
  g_assert_true (vd_stations_insert (fx->db, s, &error));
  p.station_id = s->id;
  p.name = g_strdup ("春运文明引导");
  p.description = g_strdup ("");
  p.started_on = g_strdup ("2025-01-10");
  g_assert_true (vd_stations_add_project (fx->db, &p, &error));
  g_assert_no_error (error);
  g_free (p.name);
  g_free (p.description);
  g_free (p.started_on);

  ledger = vd_station_ledger_new (fx->db, s->id, "2025-01-01", "2025-12-31", &error);
  g_assert_no_error (error);
  g_assert_true (vd_ledger_print_run (NULL, ledger, path, &error));
  g_assert_no_error (error);

  pdftotext = g_find_program_in_path ("pdftotext");
  if (pdftotext == NULL)
    {
      g_test_skip ("pdftotext is not installed");
      return;
    }
  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (out, "火车站志愿服务站"));
  g_assert_nonnull (strstr (out, "春运文明引导"));
}

int
main (int    argc,
      char **argv)
{
  vd_test_ui_init (&argc, &argv);

  VD_TEST_ADD ("/ui/stations/add-station-and-projects", test_add_station_and_projects);
  VD_TEST_ADD ("/ui/stations/print-ledger", test_print_ledger);

  return g_test_run ();
}
