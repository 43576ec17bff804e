/* test-ui-lists.c — the Export… button of the Stations, Events, Training and
 * Micro-wishes pages under Xvfb: it asks about full numbers first, names the list,
 * and Cancel writes nothing; with a search and a filter on, the file holds exactly
 * the rows shown (Events, Stations, Teams).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "vd-events-page.h"
#include "vd-list-import-dialog.h"
#include "vd-stations-page.h"
#include "vd-teams-page.h"

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

static GtkWidget *
find_file_chooser (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (GTK_IS_FILE_CHOOSER (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return GTK_WIDGET (window);
    }
  return NULL;
}

static gboolean
has_file_chooser (gpointer data)
{
  return find_file_chooser () != NULL;
}

static gboolean
file_exists (gpointer path)
{
  return g_file_test (path, G_FILE_TEST_EXISTS);
}

static const char *
event_title (gpointer item)
{
  return ((VdEvent *)item)->title;
}

static const char *
station_name (gpointer item)
{
  return ((VdStation *)item)->name;
}

static const char *
team_name (gpointer item)
{
  return ((VdTeam *)item)->name;
}

/* Export… with the search and a filter on: the question counts the rows shown, and the
 * file holds exactly them, in the page's order, masked. */
static void
test_export_shown (VdTestFixture *fx,
                   gconstpointer  data)
{
  static const struct {
    const char   *section;
    const char   *action;
    GType       (*type) (void);
    const char   *dropdown;        /* a filter set to its second entry */
    const char   *header;          /* the file's column of … */
    const char *(*text) (gpointer item);   /* … the page's item text */
  } pages[] = {
    { "events", "events.export", vd_events_page_get_type, "category_dropdown", "Event", event_title },
    { "stations", "stations.export", vd_stations_page_get_type, "type_filter", "Station", station_name },
    { "teams", "teams.export", vd_teams_page_get_type, "category_filter", "Team", team_name },
  };
  g_autoptr(GError) error = NULL;
  VdSampleOptions options;
  VdWindow *window;
  GtkStack *stack;

  vd_sample_options_init (&options, VD_SAMPLE_DISTRICT);
  options.volunteers = 300;
  g_assert_true (vd_sample_generate (fx->db, &options, NULL, &error));
  g_assert_no_error (error);

  window = vd_test_show_window (fx->db, 1100, 760);
  stack = vd_test_child_of (window, VD_TYPE_WINDOW, "section_stack");
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autofree char *name = g_strdup_printf ("%s.csv", pages[i].section);
      g_autofree char *path = g_build_filename (fx->dir, name, NULL);
      g_autoptr(GPtrArray) shown = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(VdTableReader) reader = NULL;
      g_autofree char *count = NULL;
      GtkColumnView *view;
      GtkDropDown *dropdown;
      GListModel *model;
      GtkWidget *page, *chooser;
      AdwMessageDialog *dialog;
      const char * const *fields;
      guint total, row, column = G_MAXUINT;

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-section", "s",
                                                 pages[i].section));
      page = gtk_stack_get_visible_child (stack);
      g_assert_true (G_TYPE_CHECK_INSTANCE_TYPE (page, pages[i].type ()));
      vd_test_run_for (300);
      view = vd_test_child_of (page, pages[i].type (), "column_view");
      model = G_LIST_MODEL (gtk_column_view_get_model (view));
      total = g_list_model_get_n_items (model);
      g_assert_cmpuint (total, >, 1);

      /* a filter that leaves some rows, then a search for the first character of the
       * last row still shown */
      dropdown = vd_test_child_of (page, pages[i].type (), pages[i].dropdown);
      for (guint entry = 1; entry < g_list_model_get_n_items (gtk_drop_down_get_model (dropdown)); entry++)
        {
          gtk_drop_down_set_selected (dropdown, entry);
          vd_test_run_for (200);
          if (g_list_model_get_n_items (model) > 0)
            break;
        }
      g_assert_cmpuint (g_list_model_get_n_items (model), >, 0);
      {
        g_autoptr(GObject) item = g_list_model_get_item (model, g_list_model_get_n_items (model) - 1);
        g_autofree char *first = g_utf8_substring (pages[i].text (item), 0, 1);

        gtk_editable_set_text (vd_test_child_of (page, pages[i].type (), "search_entry"), first);
      }
      vd_test_run_for (600);
      g_assert_cmpuint (g_list_model_get_n_items (model), >, 0);
      g_assert_cmpuint (g_list_model_get_n_items (model), <, total);
      for (guint p = 0; p < g_list_model_get_n_items (model); p++)
        {
          g_autoptr(GObject) item = g_list_model_get_item (model, p);

          g_ptr_array_add (shown, g_strdup (pages[i].text (item)));
        }

      g_assert_true (gtk_widget_activate_action (page, pages[i].action, NULL));
      g_assert_true (vd_test_wait_for (has_dialog, NULL));
      dialog = vd_test_find_message_dialog ();
      count = g_strdup_printf (" %u row", shown->len);
      g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), count));
      adw_message_dialog_response (dialog, "export");
      gtk_window_destroy (GTK_WINDOW (dialog));

      g_assert_true (vd_test_wait_for (has_file_chooser, NULL));
      chooser = find_file_chooser ();
      /* a whole path in the name: whatever folder the chooser opened on */
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), path);
      vd_test_run_for (300);
      /* the chooser answers with the file, nowhere else */
      {
        g_autoptr(GFile) chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

        g_assert_nonnull (chosen);
        g_assert_cmpstr (g_file_peek_path (chosen), ==, path);
      }
      gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
      g_assert_true (vd_test_wait_for (file_exists, path));
      vd_test_run_for (100);

      reader = vd_table_reader_open (path, &error);
      g_assert_no_error (error);
      g_assert_true (vd_table_reader_next (reader, &fields, NULL, &error));
      for (guint c = 0; fields[c] != NULL; c++)
        if (g_str_equal (fields[c], pages[i].header))
          column = c;
      g_assert_cmpuint (column, !=, G_MAXUINT);
      for (row = 0; vd_table_reader_next (reader, &fields, NULL, &error); row++)
        {
          g_assert_cmpuint (row, <, shown->len);
          g_assert_cmpstr (fields[column], ==, g_ptr_array_index (shown, row));
        }
      g_assert_no_error (error);
      g_assert_cmpuint (row, ==, shown->len);
    }
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count(*) FROM audit_log WHERE action = 'export' "
                                              "AND json_extract (after_json, '$.shown_rows_only') = 'yes'"),
                   ==, G_N_ELEMENTS (pages));
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
  VD_TEST_ADD ("/ui/lists/export-shown", test_export_shown);

  return g_test_run ();
}
