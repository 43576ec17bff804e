/* test-ui-picker.c — the volunteer picker under Xvfb: it finds people with the
 * register's search, ticks and unticks them by click or Enter, leaves out inactive and
 * excluded volunteers and hands over the ids in the order they were ticked.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "vd-volunteer-picker.h"

#include "vd-ui-test-utils.h"

#define PICKER_CHILD(picker, name) vd_test_child_of ((picker), VD_TYPE_VOLUNTEER_PICKER, (name))

static void
on_picked_cb (VdVolunteerPicker *picker,
              GArray            *ids,
              GArray           **out)
{
  *out = g_array_copy (ids);
}

static gboolean
is_set (gpointer data)
{
  return *(gpointer *)data != NULL;
}

static guint
shown (VdVolunteerPicker *picker)
{
  GtkListView *view = PICKER_CHILD (picker, "list_view");

  return g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (view)));
}

static void
test_pick (VdTestFixture *fx,
           gconstpointer  data)
{
  VdWindow *window;
  VdVolunteerPicker *picker;
  g_autoptr(GArray) picked = NULL;
  GtkButton *accept;

  vd_test_add_six_volunteers (fx->db);
  g_assert_true (vd_register_set_active (fx->db, 4, FALSE, NULL));  /* 单丽 */
  window = vd_test_show_window (fx->db, 1000, 700);

  picker = vd_volunteer_picker_new (GTK_WINDOW (window), fx->db, "Add Members", "_Add");
  g_signal_connect (picker, "picked", G_CALLBACK (on_picked_cb), &picked);
  gtk_window_present (GTK_WINDOW (picker));
  g_assert_true (vd_test_wait_for (vd_test_is_mapped, picker));
  accept = PICKER_CHILD (picker, "accept_button");

  /* Inactive volunteers are not offered; nothing ticked, nothing to accept. */
  g_assert_cmpuint (shown (picker), ==, 5);
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (accept)));

  /* A name, Enter; pinyin initials, Enter: two people without the mouse. */
  vd_volunteer_picker_set_search (picker, "张伟");
  g_assert_cmpuint (shown (picker), ==, 1);
  g_signal_emit_by_name (PICKER_CHILD (picker, "search_entry"), "activate");
  vd_volunteer_picker_set_search (picker, "zzq");
  g_assert_cmpuint (shown (picker), ==, 1);
  g_signal_emit_by_name (PICKER_CHILD (picker, "search_entry"), "activate");
  g_assert_cmpuint (vd_volunteer_picker_get_picked (picker)->len, ==, 2);
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (accept)));
  g_assert_cmpstr (gtk_button_get_label (accept), ==, "_Add (2)");

  /* Phone digits find a third; ticking twice unticks. */
  vd_volunteer_picker_set_search (picker, "5011112222");
  g_assert_cmpuint (shown (picker), ==, 1);
  vd_volunteer_picker_toggle (picker, 0);
  vd_volunteer_picker_toggle (picker, 0);
  g_assert_cmpuint (vd_volunteer_picker_get_picked (picker)->len, ==, 2);

  /* Someone already there can't be ticked, and a tick on them is dropped. */
  vd_volunteer_picker_set_excluded (picker, (gint64[]) { 3 }, 1);
  g_assert_cmpuint (vd_volunteer_picker_get_picked (picker)->len, ==, 1);
  vd_volunteer_picker_set_search (picker, "曾志强");
  vd_volunteer_picker_toggle (picker, 0);
  g_assert_cmpuint (vd_volunteer_picker_get_picked (picker)->len, ==, 1);

  /* No match: the empty state, not an empty list. */
  vd_volunteer_picker_set_search (picker, "不存在的人");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (PICKER_CHILD (picker, "stack")), ==, "empty");

  vd_volunteer_picker_set_search (picker, "安然");
  vd_volunteer_picker_toggle (picker, 0);
  /* A button's activation shows the press before it clicks. */
  gtk_widget_activate (GTK_WIDGET (accept));
  g_assert_true (vd_test_wait_for (is_set, &picked));
  g_assert_cmpuint (picked->len, ==, 2);
  g_assert_cmpint (g_array_index (picked, gint64, 0), ==, 1);  /* 张伟 first */
  g_assert_cmpint (g_array_index (picked, gint64, 1), ==, 6);  /* then 安然 */

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  vd_test_ui_init (&argc, &argv);

  VD_TEST_ADD ("/ui/picker/pick", test_pick);

  return g_test_run ();
}
