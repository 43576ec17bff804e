/* test-ui-events.c — create an event, add a team's members, approve, and see the hours
 * on a volunteer's record
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "vd-ui-test-utils.h"
#include "vd-test-events.h"

#include "vd-event-detail.h"
#include "vd-event-dialog.h"
#include "vd-events-page.h"
#include "vd-volunteer-detail.h"
#include "vd-volunteer-service-section.h"

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

static gpointer
find_descendant (GtkWidget *widget,
                 GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      gpointer found = find_descendant (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
dialog_shown (gpointer data)
{
  return find_toplevel (GPOINTER_TO_SIZE (data)) != NULL;
}

static gboolean
dialog_gone (gpointer data)
{
  return find_toplevel (GPOINTER_TO_SIZE (data)) == NULL;
}

#define DIALOG_CHILD(d, name) vd_test_child_of ((d), VD_TYPE_EVENT_DIALOG, (name))

static void
test_event_to_record (VdTestFixture *fx,
                      gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *starts = g_date_time_format (now, "%Y-%m-%d 08:00");
  g_autofree char *ends = g_date_time_format (now, "%Y-%m-%d 11:30");
  g_autoptr(VdVolunteer) v = NULL;
  VdWindow *window;
  VdEventsPage *page;
  VdEventDialog *dialog;
  VdEventDetail *detail;
  GtkWidget *pane_window;
  VdVolunteerDetail *pane;
  VdVolunteerServiceSection *section;
  GtkLabel *title_error;

  vd_test_add_six_volunteers (fx->db);
  vd_test_add_places (fx->db);
  vd_test_exec (fx->db, "INSERT INTO team_members (team_id, volunteer_id, joined_on) VALUES "
                        "(2, 1, '2025-01-01'), (2, 2, '2025-01-01'), (2, 5, '2025-01-01')");

  window = vd_test_show_window (fx->db, 1200, 800);
  g_assert_true (vd_window_set_section (window, "events"));
  page = find_descendant (GTK_WIDGET (window), VD_TYPE_EVENTS_PAGE);
  g_assert_nonnull (page);
  g_assert_true (vd_test_wait_for (vd_test_is_mapped, page));

  /* Ctrl+N's action opens the form; an empty title is refused next to the field. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "events.add", NULL));
  g_assert_true (vd_test_wait_for (dialog_shown, GSIZE_TO_POINTER (VD_TYPE_EVENT_DIALOG)));
  dialog = find_toplevel (VD_TYPE_EVENT_DIALOG);
  title_error = DIALOG_CHILD (dialog, "title_error");
  g_assert_false (vd_event_dialog_save (dialog));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (title_error)));

  /* The end before the start shows as it is typed. */
  gtk_editable_set_text (GTK_EDITABLE (DIALOG_CHILD (dialog, "title_row")), "环保宣传进社区");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (title_error)));
  gtk_editable_set_text (GTK_EDITABLE (DIALOG_CHILD (dialog, "starts_row")), starts);
  gtk_editable_set_text (GTK_EDITABLE (DIALOG_CHILD (dialog, "ends_row")), "2000-01-01 07:00");
  g_assert_true (gtk_widget_get_visible (DIALOG_CHILD (dialog, "ends_error")));
  gtk_editable_set_text (GTK_EDITABLE (DIALOG_CHILD (dialog, "ends_row")), ends);
  g_assert_false (gtk_widget_get_visible (DIALOG_CHILD (dialog, "ends_error")));
  adw_combo_row_set_selected (DIALOG_CHILD (dialog, "station_row"), 1);   /* the first station */
  adw_combo_row_set_selected (DIALOG_CHILD (dialog, "team_row"), 2);      /* 环保志愿队 */
  gtk_spin_button_set_value (DIALOG_CHILD (dialog, "people_spin"), 120);
  g_assert_true (vd_event_dialog_save (dialog));
  g_assert_true (vd_test_wait_for (dialog_gone, GSIZE_TO_POINTER (VD_TYPE_EVENT_DIALOG)));
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count (*) FROM events WHERE team_id = 2 "
                                              "AND people_served = 120"), ==, 1);

  /* The list shows it, selected: open it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "events.open", NULL));
  g_assert_true (vd_test_wait_for (dialog_shown, GSIZE_TO_POINTER (VD_TYPE_EVENT_DETAIL)));
  detail = find_toplevel (VD_TYPE_EVENT_DETAIL);
  g_assert_cmpuint (vd_event_detail_get_n_participants (detail), ==, 0);

  /* The organizing team's members, with the event's 3.5 hours rounded down to 3.5. */
  vd_event_detail_add_team (detail, 2);
  g_assert_cmpuint (vd_event_detail_get_n_participants (detail), ==, 3);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT sum (minutes) FROM service_records"), ==, 630);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count (*) FROM service_records "
                                              "WHERE status = 'pending'"), ==, 3);
  vd_event_detail_approve_all (detail);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count (*) FROM service_records "
                                              "WHERE status = 'approved'"), ==, 3);
  gtk_window_close (GTK_WINDOW (detail));

  /* 张伟's record in the register's detail pane. */
  v = vd_register_get (fx->db, 1, NULL);
  g_assert_cmpint (v->approved_minutes, ==, 210);
  pane = g_object_new (VD_TYPE_VOLUNTEER_DETAIL, NULL);
  pane_window = gtk_window_new ();
  gtk_window_set_child (GTK_WINDOW (pane_window), GTK_WIDGET (pane));
  vd_volunteer_detail_set_database (pane, fx->db);
  vd_volunteer_detail_set_volunteer (pane, v);
  gtk_window_present (GTK_WINDOW (pane_window));
  section = find_descendant (GTK_WIDGET (pane), VD_TYPE_VOLUNTEER_SERVICE_SECTION);
  g_assert_nonnull (section);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (section)));
  g_assert_cmpuint (vd_volunteer_service_section_get_n_records (section), ==, 1);
  g_assert_true (g_str_has_prefix (adw_action_row_get_subtitle (vd_test_child_of (pane, VD_TYPE_VOLUNTEER_DETAIL,
                                                                                  "hours_row")), "3.5"));
  g_assert_cmpstr (adw_action_row_get_subtitle (vd_test_child_of (section, VD_TYPE_VOLUNTEER_SERVICE_SECTION,
                                                                  "points_row")),
                   ==, "3.50");

  gtk_window_destroy (GTK_WINDOW (pane_window));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  vd_test_ui_init (&argc, &argv);
  VD_TEST_ADD ("/ui/events/event-to-record", test_event_to_record);
  return g_test_run ();
}
