/* test-ui.c — the GTK app under Xvfb: the window and its sections, the preferences,
 * the database error page, and a clean quit. Every test uses a real database in a
 * temporary folder.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "vd-application.h"
#include "vd-dashboard-page.h"
#include "vd-database-error-page.h"
#include "vd-events-page.h"
#include "vd-points-page.h"
#include "vd-preferences-window.h"
#include "vd-reports-page.h"
#include "vd-stations-page.h"
#include "vd-teams-page.h"
#include "vd-training-page.h"
#include "vd-volunteers-page.h"
#include "vd-wishes-page.h"

#include "vd-ui-test-utils.h"

static guint
count_backups (VdDatabase *db)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) paths = vd_backup_list (db, &error);

  g_assert_no_error (error);
  return paths->len;
}

static gboolean
has_one_backup (gpointer db)
{
  return count_backups (db) == 1;
}

static void
test_window_opens (VdTestFixture *fx,
                   gconstpointer  data)
{
  VdWindow *window = vd_test_show_window (fx->db, 1000, 700);
  GtkListBox *sidebar = vd_test_child_of (window, VD_TYPE_WINDOW, "sidebar_list");
  AdwLeaflet *leaflet = vd_test_child_of (window, VD_TYPE_WINDOW, "leaflet");
  guint rows = 0;

  g_assert_true (vd_window_get_database (window) == fx->db);
  g_assert_cmpstr (vd_window_get_section (window), ==, "dashboard");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (leaflet)));
  g_assert_false (adw_leaflet_get_folded (leaflet));
  g_assert_false (gtk_widget_get_mapped (vd_test_child_of (window, VD_TYPE_WINDOW, "error_page")));

  while (gtk_list_box_get_row_at_index (sidebar, rows) != NULL)
    rows++;
  g_assert_cmpuint (rows, ==, 9);
  g_assert_true (gtk_list_box_get_selected_row (sidebar) ==
                 gtk_list_box_get_row_at_index (sidebar, 0));

  /* The daily backup is taken once a day, in the background. */
  g_assert_cmpuint (count_backups (fx->db), ==, 0);
  vd_window_run_daily_backup (window);
  g_assert_true (vd_test_wait_for (has_one_backup, fx->db));
  vd_window_run_daily_backup (window);
  vd_test_run_for (300);
  g_assert_cmpuint (count_backups (fx->db), ==, 1);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_sections (VdTestFixture *fx,
                      gconstpointer  data)
{
  struct {
    const char *id;
    GType       type;
  } sections[] = {
    { "volunteers", VD_TYPE_VOLUNTEERS_PAGE },
    { "teams", VD_TYPE_TEAMS_PAGE },
    { "stations", VD_TYPE_STATIONS_PAGE },
    { "events", VD_TYPE_EVENTS_PAGE },
    { "training", VD_TYPE_TRAINING_PAGE },
    { "wishes", VD_TYPE_WISHES_PAGE },
    { "points", VD_TYPE_POINTS_PAGE },
    { "reports", VD_TYPE_REPORTS_PAGE },
    { "dashboard", VD_TYPE_DASHBOARD_PAGE },
  };
  VdWindow *window = vd_test_show_window (fx->db, 1000, 700);
  GtkStack *stack = vd_test_child_of (window, VD_TYPE_WINDOW, "section_stack");
  GtkListBox *sidebar = vd_test_child_of (window, VD_TYPE_WINDOW, "sidebar_list");
  AdwWindowTitle *title = vd_test_child_of (window, VD_TYPE_WINDOW, "section_title");
  guint i;

  for (i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      GtkWidget *page = gtk_stack_get_child_by_name (stack, sections[i].id);

      /* A page the user has not opened yet reads nothing (the start page excepted). */
      if (g_strcmp0 (sections[i].id, "dashboard") != 0)
        g_assert_null (vd_page_get_database (VD_PAGE (page)));

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-section",
                                                 "s", sections[i].id));
      g_assert_cmpstr (vd_window_get_section (window), ==, sections[i].id);

      page = gtk_stack_get_visible_child (stack);
      g_assert_true (G_TYPE_CHECK_INSTANCE_TYPE (page, sections[i].type));
      g_assert_true (vd_test_wait_for (vd_test_is_mapped, page));
      g_assert_cmpstr (adw_window_title_get_title (title), ==,
                       gtk_stack_page_get_title (gtk_stack_get_page (stack, page)));

      /* Each page shows the window's database. */
      {
        g_autoptr(VdDatabase) page_db = NULL;

        g_object_get (page, "database", &page_db, NULL);
        g_assert_true (page_db == fx->db);
        g_assert_true (vd_page_get_database (VD_PAGE (page)) == fx->db);
      }
    }

  /* An unknown section changes nothing. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-section", "s", "nowhere");
  g_assert_cmpstr (vd_window_get_section (window), ==, "dashboard");

  /* Activating a sidebar row shows its section, and the row stays selected. */
  gtk_widget_activate (GTK_WIDGET (gtk_list_box_get_row_at_index (sidebar, 4)));
  g_assert_cmpstr (vd_window_get_section (window), ==, "events");
  g_assert_true (gtk_list_box_get_selected_row (sidebar) ==
                 gtk_list_box_get_row_at_index (sidebar, 4));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-section", "s", "training");
  g_assert_true (gtk_list_box_get_selected_row (sidebar) ==
                 gtk_list_box_get_row_at_index (sidebar, 5));

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
is_folded (gpointer leaflet)
{
  return adw_leaflet_get_folded (leaflet);
}

static void
test_window_folds (VdTestFixture *fx,
                   gconstpointer  data)
{
  VdWindow *window = vd_test_show_window (fx->db, 600, 700);
  AdwLeaflet *leaflet = vd_test_child_of (window, VD_TYPE_WINDOW, "leaflet");
  GtkWidget *content = vd_test_child_of (window, VD_TYPE_WINDOW, "content");
  GtkStack *stack = vd_test_child_of (window, VD_TYPE_WINDOW, "section_stack");
  GtkWidget *sidebar =
    gtk_widget_get_ancestor (vd_test_child_of (window, VD_TYPE_WINDOW, "sidebar_list"),
                             GTK_TYPE_BOX);

  g_assert_true (vd_test_wait_for (is_folded, leaflet));

  /* Folded, the sidebar comes first; a section brings its page forward. */
  g_assert_true (adw_leaflet_get_visible_child (leaflet) == sidebar);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-section", "s", "teams");
  g_assert_true (adw_leaflet_get_visible_child (leaflet) == content);
  g_assert_true (vd_test_wait_for (vd_test_is_mapped, gtk_stack_get_visible_child (stack)));
  g_assert_true (adw_leaflet_navigate (leaflet, ADW_NAVIGATION_DIRECTION_BACK));
  g_assert_true (adw_leaflet_get_visible_child (leaflet) == sidebar);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_state (VdTestFixture *fx,
                   gconstpointer  data)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *section = NULL;
  VdWindow *window;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema == NULL)
    {
      g_test_skip ("The GSettings schema is not compiled");
      return;
    }
  settings = g_settings_new (APP_ID);

  window = vd_test_show_window (fx->db, 800, 600);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-section", "s", "points");
  gtk_window_close (GTK_WINDOW (window));

  section = g_settings_get_string (settings, "last-section");
  g_assert_cmpstr (section, ==, "points");
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 800);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 600);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));

  /* A new window comes back where the last one was closed. */
  window = vd_window_new (NULL, fx->db);
  g_assert_cmpstr (vd_window_get_section (window), ==, "points");
  gtk_window_destroy (GTK_WINDOW (window));

  g_settings_reset (settings, "last-section");
  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
  g_settings_reset (settings, "window-maximized");
}

/* The message vd_settings_validate gives for field in settings, as the row shows it. */
static char *
expected_message (const VdSettings *settings,
                  VdSettingsField   field)
{
  char *messages[VD_SETTINGS_N_FIELDS] = { NULL, };
  char *escaped;
  guint i;

  g_assert_false (vd_settings_validate (settings, messages, NULL));
  g_assert_nonnull (messages[field]);
  escaped = g_markup_escape_text (messages[field], -1);
  for (i = 0; i < VD_SETTINGS_N_FIELDS; i++)
    g_free (messages[i]);
  return escaped;
}

typedef struct
{
  VdDatabase *db;
  const char *name;
  gint64      population;
  gint64      party_total;
  int         star_2;
} Expected;

static gboolean
database_has (gpointer data)
{
  const Expected *expected = data;
  g_autoptr(VdSettings) settings = vd_settings_load (expected->db, NULL);

  return settings != NULL &&
         g_strcmp0 (settings->district_name, expected->name) == 0 &&
         settings->population == expected->population &&
         settings->party_member_total == expected->party_total &&
         settings->star_hours[1] == expected->star_2;
}

static void
test_preferences_validation (VdTestFixture *fx,
                             gconstpointer  data)
{
  g_autoptr(VdSettings) old = vd_settings_load (fx->db, NULL);
  g_autoptr(VdSettings) wrong = NULL;
  g_autofree char *star_message = NULL;
  g_autofree char *party_message = NULL;
  GtkWidget *prefs;
  AdwActionRow *star_2_row;
  GtkSpinButton *star_2_spin;
  AdwActionRow *party_total_row;
  GtkLabel *name_error;
  GtkEditable *name;
  GtkSpinButton *population_spin;
  GtkSpinButton *party_total_spin;
  Expected expected = { fx->db, "", 0, 0, 0 };
  g_autofree char *normal_subtitle = NULL;
  g_autofree char *typed = NULL;

  g_assert_nonnull (old);
  g_assert_cmpint (old->population, ==, 0);
  expected.star_2 = old->star_hours[1];

  prefs = vd_preferences_window_new (fx->db);
  gtk_window_present (GTK_WINDOW (prefs));
  g_assert_true (vd_test_wait_for (vd_test_is_mapped, prefs));

  star_2_row = vd_test_child_of (prefs, VD_TYPE_PREFERENCES_WINDOW, "star_2_row");
  star_2_spin = vd_test_child_of (prefs, VD_TYPE_PREFERENCES_WINDOW, "star_2_spin");
  party_total_row = vd_test_child_of (prefs, VD_TYPE_PREFERENCES_WINDOW, "party_total_row");
  name_error = vd_test_child_of (prefs, VD_TYPE_PREFERENCES_WINDOW, "district_name_error");
  name = vd_test_child_of (prefs, VD_TYPE_PREFERENCES_WINDOW, "district_name_row");
  population_spin = vd_test_child_of (prefs, VD_TYPE_PREFERENCES_WINDOW, "population_spin");
  party_total_spin = vd_test_child_of (prefs, VD_TYPE_PREFERENCES_WINDOW, "party_total_spin");
  normal_subtitle = g_strdup (adw_action_row_get_subtitle (star_2_row));
  g_assert_cmpint (gtk_spin_button_get_value_as_int (star_2_spin), ==, old->star_hours[1]);

  /* Level 2 below level 1: the message is on the row while typing, the typing is
   * kept, nothing is saved. */
  wrong = vd_settings_copy (old);
  wrong->star_hours[1] = old->star_hours[0] - 10;
  star_message = expected_message (wrong, VD_SETTINGS_FIELD_STAR_2);
  typed = g_strdup_printf ("%d", wrong->star_hours[1]);
  gtk_editable_set_text (GTK_EDITABLE (star_2_spin), typed);
  g_assert_cmpstr (adw_action_row_get_subtitle (star_2_row), ==, star_message);
  gtk_spin_button_update (star_2_spin);
  g_assert_cmpstr (adw_action_row_get_subtitle (star_2_row), ==, star_message);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (star_2_row), "invalid"));
  g_assert_cmpint (gtk_spin_button_get_value_as_int (star_2_spin), ==, old->star_hours[0] - 10);
  vd_test_run_for (1000);
  g_assert_true (vd_preferences_window_save_pending (VD_PREFERENCES_WINDOW (prefs)));
  g_assert_true (database_has (&expected));

  /* Fixed: the message goes, the value is saved shortly after. */
  gtk_spin_button_set_value (star_2_spin, old->star_hours[0] + 250);
  g_assert_cmpstr (adw_action_row_get_subtitle (star_2_row), ==, normal_subtitle);
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (star_2_row), "invalid"));
  expected.star_2 = old->star_hours[0] + 250;
  g_assert_true (vd_test_wait_for (database_has, &expected));

  /* More party members than residents: shown at the party total; the population
   * change made along the way is not saved either. */
  gtk_spin_button_set_value (population_spin, 1000);
  gtk_spin_button_set_value (party_total_spin, 5000);
  vd_settings_free (wrong);
  wrong = vd_settings_copy (old);
  wrong->population = 1000;
  wrong->party_member_total = 5000;
  party_message = expected_message (wrong, VD_SETTINGS_FIELD_PARTY_MEMBER_TOTAL);
  g_assert_cmpstr (adw_action_row_get_subtitle (party_total_row), ==, party_message);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (party_total_row), "invalid"));

  /* A name with spaces around it: the message sits in the entry row. */
  gtk_editable_set_text (name, " East ");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (name_error)));
  g_assert_cmpstr (gtk_label_get_label (name_error), !=, "");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (name), "error"));
  vd_test_run_for (1000);
  g_assert_true (database_has (&expected));

  /* All fixed: everything is saved together. */
  gtk_spin_button_set_value (party_total_spin, 500);
  gtk_editable_set_text (name, "East");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (name_error)));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (party_total_row), "invalid"));
  expected.name = "East";
  expected.population = 1000;
  expected.party_total = 500;
  g_assert_true (vd_test_wait_for (database_has, &expected));

  gtk_window_destroy (GTK_WINDOW (prefs));
}

/* The "Restore…" buttons of the backup rows carry their backup's path. */
static void
collect_restore_buttons (GtkWidget *widget,
                         GPtrArray *buttons)
{
  GtkWidget *child;

  if (GTK_IS_BUTTON (widget) && g_object_get_data (G_OBJECT (widget), "path") != NULL)
    g_ptr_array_add (buttons, widget);
  for (child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_restore_buttons (child, buttons);
}

static GPtrArray *
restore_buttons (GtkWidget *prefs)
{
  GPtrArray *buttons = g_ptr_array_new ();

  collect_restore_buttons (prefs, buttons);
  return buttons;
}

static void
test_preferences_backups (VdTestFixture *fx,
                          gconstpointer  data)
{
  g_autoptr(VdSettings) settings = vd_settings_load (fx->db, NULL);
  g_autoptr(VdSettings) restored = NULL;
  g_autoptr(GPtrArray) buttons = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *backup_dir = vd_backup_get_dir (fx->db);
  AdwMessageDialog *dialog;
  GtkWidget *prefs;
  GtkWidget *back_up;
  GtkEditable *name;
  gint64 second;

  g_free (settings->district_name);
  settings->district_name = g_strdup ("Before");
  vd_settings_save (fx->db, settings, &error);
  g_assert_no_error (error);

  prefs = vd_preferences_window_new (fx->db);
  gtk_window_present (GTK_WINDOW (prefs));
  g_assert_true (vd_test_wait_for (vd_test_is_mapped, prefs));
  name = vd_test_child_of (prefs, VD_TYPE_PREFERENCES_WINDOW, "district_name_row");
  g_assert_cmpstr (adw_action_row_get_subtitle (vd_test_child_of (prefs, VD_TYPE_PREFERENCES_WINDOW,
                                                                  "backup_folder_row")),
                   ==, backup_dir);

  buttons = restore_buttons (prefs);
  g_assert_cmpuint (buttons->len, ==, 0);
  g_clear_pointer (&buttons, g_ptr_array_unref);

  back_up = adw_preferences_group_get_header_suffix (vd_test_child_of (prefs,
                                                                       VD_TYPE_PREFERENCES_WINDOW,
                                                                       "backups_group"));
  g_signal_emit_by_name (back_up, "clicked");
  g_assert_cmpuint (count_backups (fx->db), ==, 1);
  buttons = restore_buttons (prefs);
  g_assert_cmpuint (buttons->len, ==, 1);

  gtk_editable_set_text (name, "After");
  g_assert_true (vd_preferences_window_save_pending (VD_PREFERENCES_WINDOW (prefs)));
  vd_settings_free (settings);
  settings = vd_settings_load (fx->db, NULL);
  g_assert_cmpstr (settings->district_name, ==, "After");

  /* Backups are named by the second; let the safety backup get a name of its own. */
  second = g_get_real_time () / G_USEC_PER_SEC;
  while (g_get_real_time () / G_USEC_PER_SEC == second)
    g_usleep (10000);

  g_signal_emit_by_name (g_ptr_array_index (buttons, 0), "clicked");
  dialog = vd_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (adw_message_dialog_has_response (dialog, "restore"));
  g_assert_cmpint (adw_message_dialog_get_response_appearance (dialog, "restore"), ==,
                   ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_response (dialog, "restore");

  restored = vd_settings_load (fx->db, NULL);
  g_assert_cmpstr (restored->district_name, ==, "Before");
  /* The window follows the restore, and lists the safety backup. */
  g_assert_cmpstr (gtk_editable_get_text (name), ==, "Before");
  g_assert_cmpuint (count_backups (fx->db), ==, 2);
  g_clear_pointer (&buttons, g_ptr_array_unref);
  buttons = restore_buttons (prefs);
  g_assert_cmpuint (buttons->len, ==, 2);

  g_clear_pointer (&buttons, g_ptr_array_unref);
  gtk_window_destroy (GTK_WINDOW (prefs));
  vd_test_run_for (100);
}

static void
write_user_version (const char *path,
                    int         version)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA user_version = %d", version);
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

static void
test_error_page_too_new (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("vd-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "newer.db", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *description = NULL;
  VdDatabase *db;
  VdWindow *window;
  VdDatabaseErrorPage *page;
  const char *advice;

  write_user_version (path, 999);
  before = vd_test_file_checksum (path);

  db = vd_database_open (path, &error);
  g_assert_null (db);
  g_assert_error (error, VD_DATABASE_ERROR, VD_DATABASE_ERROR_TOO_NEW);

  window = vd_window_new (NULL, NULL);
  vd_window_show_database_error (window, path, error);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (vd_test_wait_for (vd_test_is_mapped, window));

  page = vd_test_child_of (window, VD_TYPE_WINDOW, "error_page");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (page)));
  g_assert_false (gtk_widget_get_mapped (vd_test_child_of (window, VD_TYPE_WINDOW, "leaflet")));
  g_assert_null (vd_window_get_database (window));
  description = g_markup_escape_text (error->message, -1);
  g_assert_cmpstr (adw_status_page_get_description (vd_test_child_of (page,
                                                                      VD_TYPE_DATABASE_ERROR_PAGE,
                                                                      "status_page")),
                   ==, description);
  g_assert_cmpstr (gtk_label_get_label (vd_test_child_of (page, VD_TYPE_DATABASE_ERROR_PAGE,
                                                          "path_label")),
                   ==, path);
  advice = gtk_label_get_label (vd_test_child_of (page, VD_TYPE_DATABASE_ERROR_PAGE,
                                                  "advice_label"));
  g_assert_cmpstr (advice, !=, "");

  /* Trying again changes nothing while the file is still too new. */
  g_signal_emit_by_name (vd_test_child_of (page, VD_TYPE_DATABASE_ERROR_PAGE, "retry_button"),
                         "clicked");
  g_assert_null (vd_window_get_database (window));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (page)));
  g_assert_error (vd_database_error_page_get_error (page),
                  VD_DATABASE_ERROR, VD_DATABASE_ERROR_TOO_NEW);
  after = vd_test_file_checksum (path);
  g_assert_cmpstr (before, ==, after);

  /* Once the file is readable, "Try Again" brings the normal content back. */
  write_user_version (path, 0);
  g_signal_emit_by_name (vd_test_child_of (page, VD_TYPE_DATABASE_ERROR_PAGE, "retry_button"),
                         "clicked");
  g_assert_nonnull (vd_window_get_database (window));
  g_assert_true (vd_test_wait_for (vd_test_is_mapped,
                                   vd_test_child_of (window, VD_TYPE_WINDOW, "leaflet")));
  g_assert_true (vd_test_wait_for (has_one_backup, vd_window_get_database (window)));

  gtk_window_destroy (GTK_WINDOW (window));
  vd_test_run_for (100);
  vd_test_remove_tree (dir);
}

static void
test_error_page_not_database (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("vd-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "notes.db", NULL);
  g_autofree char *backups = g_build_filename (dir, "backups", NULL);
  GtkWidget *page = vd_database_error_page_new ();
  const char *advice;

  g_object_ref_sink (page);
  g_file_set_contents (path, "These are notes, not a database; they fill a page or two.\n"
                             "These are notes, not a database; they fill a page or two.\n",
                       -1, NULL);
  g_assert_null (vd_database_open (path, &error));
  g_assert_error (error, VD_DATABASE_ERROR, VD_DATABASE_ERROR_NOT_DATABASE);

  /* The advice points at the backups kept next to the file. */
  vd_database_error_page_set_error (VD_DATABASE_ERROR_PAGE (page), path, error);
  advice = gtk_label_get_label (vd_test_child_of (page, VD_TYPE_DATABASE_ERROR_PAGE,
                                                  "advice_label"));
  g_assert_nonnull (strstr (advice, backups));

  /* SQLite's English words stay out of the sentence, under "Technical Details". */
  {
    AdwStatusPage *status = vd_test_child_of (page, VD_TYPE_DATABASE_ERROR_PAGE, "status_page");
    GtkLabel *detail = vd_test_child_of (page, VD_TYPE_DATABASE_ERROR_PAGE, "detail_label");

    g_assert_null (strstr (adw_status_page_get_description (status), "file is not a database"));
    g_assert_cmpstr (gtk_label_get_label (detail), ==, "file is not a database");
  }

  g_object_unref (page);
  vd_test_remove_tree (dir);
}

static gboolean
quit_when_shown_cb (gpointer data)
{
  GtkApplication *app = data;
  GtkWindow *window = gtk_application_get_active_window (app);

  if (window == NULL || !gtk_widget_get_mapped (GTK_WIDGET (window)))
    return G_SOURCE_CONTINUE;

  g_assert_true (VD_IS_WINDOW (window));
  g_assert_nonnull (vd_window_get_database (VD_WINDOW (window)));

  /* A change typed just before quitting is still saved. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  window = gtk_application_get_windows (app)->data;
  g_assert_true (VD_IS_PREFERENCES_WINDOW (window));
  gtk_editable_set_text (vd_test_child_of (window, VD_TYPE_PREFERENCES_WINDOW, "district_name_row"),
                         "Quit Town");

  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  return G_SOURCE_REMOVE;
}

static void
test_app_quit (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(VdApplication) app = NULL;
  g_autoptr(VdDatabase) db = NULL;
  g_autoptr(VdSettings) settings = NULL;
  char *argv[4];
  int status;

  if (!g_test_subprocess ())
    {
      /* A GApplication runs once per process. */
      g_test_trap_subprocess (NULL, 60 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_DEFAULT);
      g_test_trap_assert_passed ();
      return;
    }

  dir = g_dir_make_tmp ("vd-test-XXXXXX", NULL);
  path = g_build_filename (dir, "office.db", NULL);
  argv[0] = (char *) "volunteer-desk";
  argv[1] = (char *) "--database";
  argv[2] = path;
  argv[3] = NULL;

  app = vd_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_timeout_add (50, quit_when_shown_cb, app);
  status = g_application_run (G_APPLICATION (app), 3, argv);
  g_assert_cmpint (status, ==, 0);
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (app)));

  /* It opened the file given on the command line, backed it up, and saved. */
  db = vd_database_open (path, NULL);
  g_assert_nonnull (db);
  g_assert_cmpuint (count_backups (db), ==, 1);
  settings = vd_settings_load (db, NULL);
  g_assert_cmpstr (settings->district_name, ==, "Quit Town");

  g_clear_object (&db);
  vd_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  vd_test_ui_init (&argc, &argv);

  VD_TEST_ADD ("/ui/window/opens", test_window_opens);
  VD_TEST_ADD ("/ui/window/sections", test_window_sections);
  VD_TEST_ADD ("/ui/window/folds", test_window_folds);
  VD_TEST_ADD ("/ui/window/state", test_window_state);
  VD_TEST_ADD ("/ui/preferences/validation", test_preferences_validation);
  VD_TEST_ADD ("/ui/preferences/backups", test_preferences_backups);
  g_test_add_func ("/ui/error-page/too-new", test_error_page_too_new);
  g_test_add_func ("/ui/error-page/not-database", test_error_page_not_database);
  g_test_add_func ("/ui/app/quit", test_app_quit);

  return g_test_run ();
}
