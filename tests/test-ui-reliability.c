/* test-ui-reliability.c — the window on a read-only database (banner, no editing),
 * and the register noticing what another program writes into its database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "vd-volunteer-table.h"
#include "vd-volunteers-page.h"

#include "vd-ui-test-utils.h"

#define PAGE_CHILD(page, name) vd_test_child_of ((page), VD_TYPE_VOLUNTEERS_PAGE, (name))

static VdVolunteersPage *
show_page (VdDatabase *db,
           VdWindow  **window_out)
{
  VdWindow *window = vd_test_show_window (db, 1200, 800);
  GtkStack *stack = vd_test_child_of (window, VD_TYPE_WINDOW, "section_stack");
  GtkWidget *page;

  g_assert_true (vd_window_set_section (window, "volunteers"));
  page = gtk_stack_get_visible_child (stack);
  g_assert_true (VD_IS_VOLUNTEERS_PAGE (page));
  g_assert_true (vd_test_wait_for (vd_test_is_mapped, page));
  *window_out = window;
  return VD_VOLUNTEERS_PAGE (page);
}

/* Every mapped button of the widget's tree bound to the action. */
static void
find_buttons (GtkWidget  *widget,
              const char *action,
              GPtrArray  *found)
{
  if (GTK_IS_ACTIONABLE (widget) && gtk_widget_get_mapped (widget)
      && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0)
    g_ptr_array_add (found, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    find_buttons (child, action, found);
}

/* Whether the buttons on screen for that action can be clicked; there must be one. */
static gboolean
can_click (gpointer    root,
           const char *action)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();
  gboolean sensitive = FALSE;

  find_buttons (GTK_WIDGET (root), action, found);
  g_assert_cmpuint (found->len, >, 0);
  for (guint i = 0; i < found->len; i++)
    sensitive |= gtk_widget_is_sensitive (g_ptr_array_index (found, i));
  return sensitive;
}

static gboolean
banner_shown (gpointer window)
{
  GtkInfoBar *bar = vd_test_child_of (window, VD_TYPE_WINDOW, "read_only_bar");

  return gtk_info_bar_get_revealed (bar) && gtk_widget_get_mapped (GTK_WIDGET (bar));
}

static void
test_read_only_window (VdTestFixture *fx,
                       gconstpointer  data)
{
  g_autoptr(VdDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  VdVolunteerTable *table;
  VdVolunteersPage *page;
  VdWindow *window;

  vd_test_add_six_volunteers (fx->db);
  g_clear_object (&fx->db);
  g_assert_cmpint (g_chmod (fx->path, 0400), ==, 0);
  db = vd_database_open (fx->path, &error);
  g_assert_no_error (error);
  g_assert_true (vd_database_is_read_only (db));

  page = show_page (db, &window);
  g_assert_true (banner_shown (window));
  g_assert_false (can_click (page, "volunteers.add"));
  g_assert_false (can_click (page, "volunteers.import"));
  g_assert_true (can_click (page, "volunteers.export"));

  /* The detail pane shows a volunteer; nothing in it changes them. */
  table = PAGE_CHILD (page, "table");
  g_assert_true (vd_volunteer_table_select (table, 1));
  g_assert_true (vd_test_wait_for (vd_test_is_mapped, PAGE_CHILD (page, "detail")));
  g_assert_false (can_click (page, "volunteers.edit"));
  g_assert_false (can_click (page, "volunteers.transfer"));
  g_assert_false (can_click (page, "volunteers.toggle-active"));
  g_assert_false (can_click (page, "volunteers.delete"));
  g_assert_true (can_click (page, "volunteers.close-detail"));
  gtk_window_destroy (GTK_WINDOW (window));

  /* The same file, writable: no banner, every action. */
  g_clear_object (&db);
  g_assert_cmpint (g_chmod (fx->path, 0600), ==, 0);
  db = vd_database_open (fx->path, &error);
  g_assert_no_error (error);
  page = show_page (db, &window);
  g_assert_false (banner_shown (window));
  g_assert_true (can_click (page, "volunteers.add"));
  g_assert_true (can_click (page, "volunteers.import"));
  table = PAGE_CHILD (page, "table");
  g_assert_true (vd_volunteer_table_select (table, 1));
  g_assert_true (vd_test_wait_for (vd_test_is_mapped, PAGE_CHILD (page, "detail")));
  g_assert_true (can_click (page, "volunteers.edit"));
  g_assert_true (can_click (page, "volunteers.delete"));
  gtk_window_destroy (GTK_WINDOW (window));
}

typedef struct
{
  VdVolunteersPage *page;
  guint             n;
} CountWait;

static gboolean
list_has (gpointer data)
{
  CountWait *wait = data;
  VdVolunteerTable *table = PAGE_CHILD (wait->page, "table");

  return g_list_model_get_n_items (G_LIST_MODEL (vd_volunteer_table_get_list (table))) == wait->n;
}

/* Another connection (as the command-line tool would) adds and changes volunteers
 * while the window is open: the list shows them within the poll interval, and the
 * selected volunteer stays selected. */
static void
test_external_changes_shown (VdTestFixture *fx,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VdDatabase) other = NULL;
  g_autoptr(VdVolunteer) edited = NULL;
  VdVolunteerTable *table;
  VdVolunteersPage *page;
  VdWindow *window;
  CountWait wait;

  vd_test_add_six_volunteers (fx->db);
  page = show_page (fx->db, &window);
  table = PAGE_CHILD (page, "table");
  wait = (CountWait) { page, 6 };
  g_assert_true (vd_test_wait_for (list_has, &wait));
  g_assert_true (vd_volunteer_table_select (table, 5));

  other = vd_database_open (fx->path, &error);
  g_assert_no_error (error);
  vd_test_add_volunteer (other, "阿明", "11010519491231002", "13600001111");
  vd_test_add_volunteer (other, "白雪", "11010519700101002", NULL);
  edited = vd_register_get (other, 5, &error);
  g_assert_no_error (error);
  g_free (edited->employer);
  edited->employer = g_strdup ("东城区税务局");
  g_assert_true (vd_register_update (other, edited, &error));
  g_assert_no_error (error);

  /* The window looks every two seconds. */
  wait.n = 8;
  g_assert_true (vd_test_wait_for (list_has, &wait));
  g_assert_nonnull (vd_volunteer_table_get_volunteer (table));
  g_assert_cmpint (vd_volunteer_table_get_volunteer (table)->id, ==, 5);
  g_assert_cmpstr (vd_volunteer_table_get_volunteer (table)->employer, ==, "东城区税务局");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A long register scrolled halfway down stays where it is when another program adds
 * a volunteer. */
static void
test_external_changes_keep_scroll (VdTestFixture *fx,
                                   gconstpointer  data)
{
  static const char * const surnames[] = { "王", "李", "张", "刘", "陈", "杨" };
  g_autoptr(GError) error = NULL;
  g_autoptr(VdDatabase) other = NULL;
  VdVolunteerTable *table;
  VdVolunteersPage *page;
  GtkAdjustment *adjustment;
  VdWindow *window;
  CountWait wait;
  double value;

  g_assert_true (vd_database_begin (fx->db, NULL));
  for (guint i = 0; i < 300; i++)
    {
      g_autofree char *name = g_strdup_printf ("%s%s", surnames[i % 6], i % 2 ? "芳" : "伟");
      g_autofree char *first17 = g_strdup_printf ("1101051980%02u%02u%03u", i / 28 % 12 + 1,
                                                  i % 28 + 1, i);

      vd_test_add_volunteer (fx->db, name, first17, NULL);
    }
  g_assert_true (vd_database_commit (fx->db, NULL));

  page = show_page (fx->db, &window);
  table = PAGE_CHILD (page, "table");
  wait = (CountWait) { page, 300 };
  g_assert_true (vd_test_wait_for (list_has, &wait));
  adjustment = gtk_scrollable_get_vadjustment (
    GTK_SCROLLABLE (vd_test_child_of (table, VD_TYPE_VOLUNTEER_TABLE, "column_view")));
  vd_test_run_for (200);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment) / 2);
  vd_test_run_for (200);
  value = gtk_adjustment_get_value (adjustment);
  g_assert_cmpfloat (value, >, 0);

  other = vd_database_open (fx->path, &error);
  g_assert_no_error (error);
  vd_test_add_volunteer (other, "阿明", "11010519491231002", "13600001111");
  wait.n = 301;
  g_assert_true (vd_test_wait_for (list_has, &wait));
  vd_test_run_for (200);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, value);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  vd_test_ui_init (&argc, &argv);

  VD_TEST_ADD ("/ui-reliability/read-only", test_read_only_window);
  VD_TEST_ADD ("/ui-reliability/external-changes", test_external_changes_shown);
  VD_TEST_ADD ("/ui-reliability/external-changes-keep-scroll", test_external_changes_keep_scroll);

  return g_test_run ();
}
