/* test-ui-training.c — the training page under Xvfb: attendance mode driven by the
 * keyboard alone (real key presses through the X server, sent by xdotool), leaving it
 * asks first, and the session dialog checks as the user types.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "vd-attendance-window.h"
#include "vd-preferences-window.h"
#include "vd-training-dialog.h"
#include "vd-training-page.h"
#include "vd-training-detail.h"
#include "vd-volunteer-picker.h"
#include "vd-volunteer-trainings-section.h"
#include "vd-walk-in-dialog.h"

#include "vd-ui-test-utils.h"

static gint64
add_session_now (VdDatabase *db)
{
  g_autoptr(VdTraining) t = vd_training_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) start = g_date_time_add_minutes (now, -5);
  g_autoptr(GDateTime) end = g_date_time_add_hours (now, 2);
  const gint64 ids[] = { 1, 2, 3, 4, 5 };

  g_free (t->topic);
  t->topic = g_strdup ("应急救护培训");
  t->category_id = vd_test_query_int (db, "SELECT id FROM categories WHERE domain = 'training' LIMIT 1");
  g_free (t->starts_at);
  t->starts_at = g_date_time_format (start, "%Y-%m-%d %H:%M:%S");
  g_free (t->ends_at);
  t->ends_at = g_date_time_format (end, "%Y-%m-%d %H:%M:%S");
  g_assert_true (vd_training_insert (db, t, &error));
  g_assert_no_error (error);
  g_assert_true (vd_training_register (db, t->id, ids, G_N_ELEMENTS (ids), NULL, &error));
  return t->id;
}

/* Real key presses: xdotool through the X server to the focused window. */
static void
keys (const char *command)
{
  g_autofree char *line = g_strdup_printf ("xdotool %s", command);
  g_autoptr(GError) error = NULL;
  int status = -1;

  g_assert_true (g_spawn_command_line_sync (line, NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_cmpint (status, ==, 0);
  /* the search entry waits a moment after typing before it searches */
  vd_test_run_for (400);
}

typedef struct
{
  VdAttendanceWindow *window;
  guint               n;
} Expect;

static gboolean
has_present (gpointer data)
{
  Expect *e = data;
  return vd_attendance_window_get_present (e->window) == e->n;
}

static gboolean
has_matches (gpointer data)
{
  Expect *e = data;
  return vd_attendance_window_get_n_matches (e->window) == e->n;
}

static gboolean
is_destroyed (gpointer data)
{
  return *(gpointer *)data == NULL;
}

/* As a click on a dialog's button: the response, then the dialog closes. */
static void
respond (AdwMessageDialog *dialog,
         const char       *response)
{
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  vd_test_run_for (200);
}

static VdTrainingPage *
open_page (VdWindow *window,
           gint64    id)
{
  GtkStack *stack = vd_test_child_of (window, VD_TYPE_WINDOW, "section_stack");
  VdTrainingPage *page;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-section", "s",
                                             "training"));
  page = VD_TRAINING_PAGE (gtk_stack_get_visible_child (stack));
  g_assert_true (vd_training_page_select (page, id));
  return page;
}

static void
test_attendance_keyboard (VdTestFixture *fx,
                          gconstpointer  data)
{
  VdWindow *window = NULL;
  VdTrainingPage *page;
  VdAttendanceWindow *att;
  AdwMessageDialog *dialog;
  Expect e;
  gint64 id;

  if (!g_find_program_in_path ("xdotool"))
    {
      g_test_skip ("xdotool is missing (build-aux/install-deps.sh installs it)");
      return;
    }

  vd_test_add_six_volunteers (fx->db);
  id = add_session_now (fx->db);
  window = vd_test_show_window (fx->db, 1000, 700);
  page = open_page (window, id);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "training.attendance", NULL));
  att = VD_ATTENDANCE_WINDOW (vd_training_page_get_attendance_window (page));
  g_assert_nonnull (att);
  g_assert_true (vd_test_wait_for (vd_test_is_mapped, att));
  g_object_add_weak_pointer (G_OBJECT (att), (gpointer *)&att);
  vd_test_run_for (500);
  e.window = att;

  /* nothing typed: the five registrants; a stray Enter checks nobody in */
  e.n = 5;
  g_assert_true (vd_test_wait_for (has_matches, &e));
  keys ("key Return");
  g_assert_cmpuint (vd_attendance_window_get_present (att), ==, 0);

  /* 1: pinyin initials, Enter */
  keys ("type --delay 40 zw");
  e.n = 1;
  g_assert_true (vd_test_wait_for (has_matches, &e));
  g_assert_cmpint (vd_attendance_window_get_selected_id (att), ==, 1);
  keys ("key Return");
  e.n = 1;
  g_assert_true (vd_test_wait_for (has_present, &e));

  /* 2: the last four digits of a phone; Down to the walk-in, Up back, Enter */
  keys ("type --delay 40 5678");
  e.n = 2;
  g_assert_true (vd_test_wait_for (has_matches, &e));
  g_assert_cmpint (vd_attendance_window_get_selected_id (att), ==, 2);
  keys ("key Down");
  g_assert_cmpint (vd_attendance_window_get_selected_id (att), ==, 6);
  keys ("key Up");
  g_assert_cmpint (vd_attendance_window_get_selected_id (att), ==, 2);
  keys ("key Return");
  e.n = 2;
  g_assert_true (vd_test_wait_for (has_present, &e));

  /* 3: a full pinyin prefix, and a surname read as a surname */
  keys ("type --delay 40 zengz");
  keys ("key Return");
  e.n = 3;
  g_assert_true (vd_test_wait_for (has_present, &e));

  /* a second check-in changes nothing */
  keys ("type --delay 40 zw");
  keys ("key Return");
  vd_test_run_for (300);
  g_assert_cmpuint (vd_attendance_window_get_present (att), ==, 3);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count(*) FROM training_attendance WHERE "
                                      "status = 'present' OR status = 'late'"), ==, 3);

  /* Esc on an empty entry asks first; staying keeps the mode */
  keys ("key Escape");
  dialog = vd_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  respond (dialog, "stay");
  g_assert_nonnull (att);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (att)));

  /* closing the window asks too; leaving closes it */
  gtk_window_close (GTK_WINDOW (att));
  vd_test_run_for (200);
  g_assert_nonnull (att);
  dialog = vd_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  respond (dialog, "leave");
  g_assert_true (vd_test_wait_for (is_destroyed, &att));
  g_assert_null (vd_training_page_get_attendance_window (page));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_leave_needs_pin (VdTestFixture *fx,
                      gconstpointer  data)
{
  g_autoptr(VdSettings) settings = vd_settings_load (fx->db, NULL);
  VdWindow *window;
  VdTrainingPage *page;
  VdAttendanceWindow *att;
  AdwMessageDialog *dialog;
  GtkWidget *pin;
  gint64 id;

  g_assert_true (vd_settings_set_attendance_pin (settings, "2468", NULL));
  g_assert_true (vd_settings_save (fx->db, settings, NULL));
  vd_test_add_six_volunteers (fx->db);
  id = add_session_now (fx->db);
  window = vd_test_show_window (fx->db, 1000, 700);
  page = open_page (window, id);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "training.attendance", NULL));
  att = VD_ATTENDANCE_WINDOW (vd_training_page_get_attendance_window (page));
  g_assert_true (vd_test_wait_for (vd_test_is_mapped, att));
  g_object_add_weak_pointer (G_OBJECT (att), (gpointer *)&att);

  /* a wrong PIN keeps the mode open */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (att), "attendance.leave", NULL));
  dialog = vd_test_find_message_dialog ();
  pin = adw_message_dialog_get_extra_child (dialog);
  g_assert_true (GTK_IS_ENTRY (pin));
  g_assert_false (gtk_entry_get_visibility (GTK_ENTRY (pin)));
  gtk_editable_set_text (GTK_EDITABLE (pin), "1111");
  respond (dialog, "leave");
  g_assert_nonnull (att);

  /* the right one closes it */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (att), "attendance.leave", NULL));
  dialog = vd_test_find_message_dialog ();
  gtk_editable_set_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog)), "2468");
  respond (dialog, "leave");
  g_assert_true (vd_test_wait_for (is_destroyed, &att));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_walk_in_form (VdTestFixture *fx,
                   gconstpointer  data)
{
  g_autofree char *good_id = vd_test_make_id ("11010519900307123");
  VdWalkInDialog *dialog;
  gint64 id;

  vd_test_add_six_volunteers (fx->db);
  id = add_session_now (fx->db);
  dialog = vd_walk_in_dialog_new (NULL, fx->db, id);
  gtk_window_present (GTK_WINDOW (dialog));
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *)&dialog);

  /* a bad ID number is refused with its message next to it; nothing is written */
  vd_walk_in_dialog_set_fields (dialog, "李娜", "13800001234", "110105199003071230");
  g_assert_false (vd_walk_in_dialog_accept (dialog));
  g_assert_true (gtk_widget_get_visible (vd_test_child_of (dialog, VD_TYPE_WALK_IN_DIALOG,
                                                           "id_number_error")));
  g_assert_false (gtk_widget_get_visible (vd_test_child_of (dialog, VD_TYPE_WALK_IN_DIALOG,
                                                            "name_error")));
  g_assert_cmpint (vd_database_count_rows (fx->db, "volunteers"), ==, 6);

  vd_walk_in_dialog_set_fields (dialog, "李娜", "138 0000 1234", good_id);
  g_assert_true (vd_walk_in_dialog_accept (dialog));
  g_assert_true (vd_test_wait_for (is_destroyed, &dialog));
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count(*) FROM training_attendance a "
                                      "JOIN volunteers v ON v.id = a.volunteer_id "
                                      "WHERE v.name = '李娜' AND a.status = 'present'"), ==, 1);
}

static void
test_session_dialog (VdTestFixture *fx,
                     gconstpointer  data)
{
  VdTrainingDialog *dialog = vd_training_dialog_new (NULL, fx->db, NULL);
  AdwEntryRow *topic = vd_test_child_of (dialog, VD_TYPE_TRAINING_DIALOG, "topic_row");
  AdwEntryRow *ends = vd_test_child_of (dialog, VD_TYPE_TRAINING_DIALOG, "ends_row");
  AdwEntryRow *starts = vd_test_child_of (dialog, VD_TYPE_TRAINING_DIALOG, "starts_row");
  GtkWidget *ends_error = vd_test_child_of (dialog, VD_TYPE_TRAINING_DIALOG, "ends_error");
  GtkWidget *save = vd_test_child_of (dialog, VD_TYPE_TRAINING_DIALOG, "save_button");

  gtk_window_present (GTK_WINDOW (dialog));
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *)&dialog);
  vd_test_run_for (100);

  /* no topic yet: Save is off, and no message is shown for an untouched field */
  g_assert_false (gtk_widget_is_sensitive (save));

  gtk_editable_set_text (GTK_EDITABLE (topic), "文明交通培训");
  gtk_editable_set_text (GTK_EDITABLE (starts), "2026-05-10 14:00");
  gtk_editable_set_text (GTK_EDITABLE (ends), "2026-05-10 13:00");
  /* the message appears as the user types */
  g_assert_true (gtk_widget_get_visible (ends_error));
  g_assert_false (gtk_widget_is_sensitive (save));
  gtk_editable_set_text (GTK_EDITABLE (ends), "2026-05-10 16:00");
  g_assert_false (gtk_widget_get_visible (ends_error));
  g_assert_true (gtk_widget_is_sensitive (save));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "training.save", NULL));
  g_assert_true (vd_test_wait_for (is_destroyed, &dialog));
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT minutes FROM trainings"), ==, 120);
}

static void
test_volunteer_section (VdTestFixture *fx,
                        gconstpointer  data)
{
  VdVolunteerTrainingsSection *section;
  GtkWidget *window = gtk_window_new ();
  gint64 id;

  vd_test_add_six_volunteers (fx->db);
  id = add_session_now (fx->db);
  g_assert_true (vd_training_set_status (fx->db, id, 1, VD_ATTENDANCE_PRESENT, NULL));
  section = g_object_new (VD_TYPE_VOLUNTEER_TRAININGS_SECTION, NULL);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (section));
  gtk_window_present (GTK_WINDOW (window));

  /* a volunteer with a session: one row, shown */
  vd_volunteer_trainings_section_show (section, fx->db, 1);
  g_assert_cmpuint (vd_volunteer_trainings_section_get_n_rows (section), ==, 1);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (section)));
  /* one without: the section is absent */
  vd_volunteer_trainings_section_show (section, fx->db, 6);
  g_assert_cmpuint (vd_volunteer_trainings_section_get_n_rows (section), ==, 0);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (section)));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_preferences_pin (VdTestFixture *fx,
                      gconstpointer  data)
{
  GtkWidget *prefs = vd_preferences_window_new (fx->db);
  GtkSpinButton *grace = vd_test_child_of (prefs, VD_TYPE_PREFERENCES_WINDOW, "grace_spin");
  GtkButton *set = vd_test_child_of (prefs, VD_TYPE_PREFERENCES_WINDOW, "pin_set_button");
  GtkButton *clear = vd_test_child_of (prefs, VD_TYPE_PREFERENCES_WINDOW, "pin_clear_button");
  AdwMessageDialog *dialog;
  GtkWidget *box, *first, *second;
  g_autoptr(VdSettings) saved = NULL;
  g_autoptr(VdSettings) cleared = NULL;

  gtk_window_present (GTK_WINDOW (prefs));
  g_assert_true (vd_test_wait_for (vd_test_is_mapped, prefs));
  g_assert_cmpint (gtk_spin_button_get_value_as_int (grace), ==, 10);
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (clear)));

  gtk_spin_button_set_value (grace, 5);
  g_signal_emit_by_name (set, "clicked");
  dialog = vd_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  box = adw_message_dialog_get_extra_child (dialog);
  first = gtk_widget_get_first_child (box);
  second = gtk_widget_get_next_sibling (first);
  /* letters, or two PINs that differ, cannot be set */
  gtk_editable_set_text (GTK_EDITABLE (first), "12ab");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "set"));
  gtk_editable_set_text (GTK_EDITABLE (first), "2468");
  gtk_editable_set_text (GTK_EDITABLE (second), "2469");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "set"));
  gtk_editable_set_text (GTK_EDITABLE (second), "2468");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "set"));
  adw_message_dialog_response (dialog, "set");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (clear)));

  g_assert_true (vd_preferences_window_save_pending (VD_PREFERENCES_WINDOW (prefs)));
  saved = vd_settings_load (fx->db, NULL);
  g_assert_cmpint (saved->training_grace_minutes, ==, 5);
  g_assert_true (vd_settings_check_attendance_pin (saved, "2468"));
  g_assert_false (vd_settings_check_attendance_pin (saved, "1234"));

  g_signal_emit_by_name (clear, "clicked");
  g_assert_true (vd_preferences_window_save_pending (VD_PREFERENCES_WINDOW (prefs)));
  cleared = vd_settings_load (fx->db, NULL);
  g_assert_false (vd_settings_has_attendance_pin (cleared));

  gtk_window_destroy (GTK_WINDOW (prefs));
}

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

static void
test_register_with_picker (VdTestFixture *fx,
                           gconstpointer  data)
{
  VdWindow *window;
  VdTrainingPage *page;
  VdTrainingDetail *detail;
  VdVolunteerPicker *picker;
  AdwMessageDialog *dialog;
  gint64 id;

  vd_test_add_six_volunteers (fx->db);
  id = add_session_now (fx->db);   /* 1–5 registered */
  window = vd_test_show_window (fx->db, 1200, 800);
  page = open_page (window, id);
  detail = vd_test_child_of (page, VD_TYPE_TRAINING_PAGE, "detail");
  g_assert_cmpuint (g_list_model_get_n_items (vd_training_detail_get_model (detail)), ==, 5);

  /* the register's picker: 安然 (6) is found by name and ticked */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (detail), "session.add-volunteers", NULL));
  picker = find_toplevel (VD_TYPE_VOLUNTEER_PICKER);
  g_assert_nonnull (picker);
  vd_volunteer_picker_set_search (picker, "安然");
  vd_test_run_for (400);
  vd_volunteer_picker_toggle (picker, 0);
  vd_volunteer_picker_accept (picker);
  vd_test_run_for (200);
  g_assert_cmpuint (g_list_model_get_n_items (vd_training_detail_get_model (detail)), ==, 6);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count(*) FROM training_attendance "
                                      "WHERE volunteer_id = 6"), ==, 1);

  /* after the session: the rest are marked absent, after a question */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (detail), "session.mark-absent", NULL));
  dialog = vd_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  respond (dialog, "mark");
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count(*) FROM training_attendance "
                                      "WHERE status = 'absent'"), ==, 6);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int    argc,
      char **argv)
{
  vd_test_ui_init (&argc, &argv);

  VD_TEST_ADD ("/ui-training/attendance-keyboard", test_attendance_keyboard);
  VD_TEST_ADD ("/ui-training/leave-needs-pin", test_leave_needs_pin);
  VD_TEST_ADD ("/ui-training/walk-in-form", test_walk_in_form);
  VD_TEST_ADD ("/ui-training/session-dialog", test_session_dialog);
  VD_TEST_ADD ("/ui-training/volunteer-section", test_volunteer_section);
  VD_TEST_ADD ("/ui-training/preferences-pin", test_preferences_pin);
  VD_TEST_ADD ("/ui-training/register-with-picker", test_register_with_picker);

  return g_test_run ();
}
