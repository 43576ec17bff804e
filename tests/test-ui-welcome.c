/* test-ui-welcome.c — the welcome page of an empty register under Xvfb: it offers the
 * import, the sample district and the empty register, and leaves a register that has
 * volunteers alone.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "vd-import-dialog.h"
#include "vd-sample.h"
#include "vd-welcome-page.h"

#include "vd-ui-test-utils.h"

#define WINDOW_CHILD(window, name) vd_test_child_of ((window), VD_TYPE_WINDOW, (name))

static const char *
main_page (VdWindow *window)
{
  return gtk_stack_get_visible_child_name (WINDOW_CHILD (window, "main_stack"));
}

static gboolean
import_dialog_shown (gpointer data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (VD_IS_IMPORT_DIALOG (window))
        {
          *(GtkWindow **)data = GTK_WINDOW (window);
          return TRUE;
        }
    }
  return FALSE;
}

static void
test_empty_register (VdTestFixture *fx,
                     gconstpointer  data)
{
  VdWindow *window = vd_test_show_window (fx->db, 1000, 700);
  GtkWindow *import = NULL;

  g_assert_true (vd_window_welcome_if_empty (window));
  g_assert_cmpstr (main_page (window), ==, "welcome");

  /* "Start with an empty register": the normal sections. */
  gtk_widget_activate_action (WINDOW_CHILD (window, "welcome_page"), "welcome.start-empty", NULL);
  g_assert_cmpstr (main_page (window), ==, "content");

  /* "Import volunteers…": the register's section with its import dialog. */
  g_assert_true (vd_window_welcome_if_empty (window));
  gtk_widget_activate_action (WINDOW_CHILD (window, "welcome_page"), "welcome.import", NULL);
  g_assert_cmpstr (main_page (window), ==, "content");
  g_assert_cmpstr (vd_window_get_section (window), ==, "volunteers");
  g_assert_true (vd_test_wait_for (import_dialog_shown, &import));
  gtk_window_destroy (import);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_register_with_volunteers (VdTestFixture *fx,
                               gconstpointer  data)
{
  VdWindow *window;

  vd_test_add_six_volunteers (fx->db);
  window = vd_test_show_window (fx->db, 1000, 700);
  g_assert_false (vd_window_welcome_if_empty (window));
  g_assert_cmpstr (main_page (window), ==, "content");
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
is_sample (gpointer window)
{
  VdDatabase *db = vd_window_get_database (window);

  return db != NULL && vd_sample_is_sample (db);
}

/* A sample written before is opened as it is, labelled as sample data. */
static void
test_open_sample (VdTestFixture *fx,
                  gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *dir = g_path_get_dirname (fx->path);
  g_autofree char *name = g_strdup_printf ("sample-district-%d.db", g_date_time_get_year (now));
  g_autofree char *sample_path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;
  VdSampleOptions options;
  VdWindow *window;

  {
    g_autoptr(VdDatabase) sample = vd_database_open (sample_path, &error);

    g_assert_no_error (error);
    vd_sample_options_init (&options, VD_SAMPLE_DISTRICT);
    options.volunteers = 300;
    g_assert_true (vd_sample_generate (sample, &options, NULL, &error));
    g_assert_no_error (error);
  }

  window = vd_test_show_window (fx->db, 1000, 700);
  g_assert_true (vd_window_welcome_if_empty (window));
  gtk_widget_activate_action (WINDOW_CHILD (window, "welcome_page"), "welcome.open-sample", NULL);
  g_assert_true (vd_test_wait_for (is_sample, window));
  g_assert_cmpstr (main_page (window), ==, "content");
  g_assert_cmpstr (vd_database_get_path (vd_window_get_database (window)), ==, sample_path);
  g_assert_cmpstr (adw_window_title_get_subtitle (WINDOW_CHILD (window, "app_title")), ==,
                   "Sample data");
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  vd_test_ui_init (&argc, &argv);

  VD_TEST_ADD ("/ui/welcome/empty-register", test_empty_register);
  VD_TEST_ADD ("/ui/welcome/register-with-volunteers", test_register_with_volunteers);
  VD_TEST_ADD ("/ui/welcome/open-sample", test_open_sample);

  return g_test_run ();
}
