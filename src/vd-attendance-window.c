/* vd-attendance-window.c — attendance mode: checking people in at the door
 *
 * One search entry keeps the focus all the time; each keystroke asks the core for
 * matches (the session's registrants first, then the register), Up and Down move
 * the selection, Enter checks the selected person in. A screen that others can see
 * shows names and masked phones only. Every check-in can be undone from its toast
 * (or Ctrl+Z) until the next one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vd-attendance-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "vd-attendance-window.h"
#include "vd-dialogs.h"
#include "vd-settings.h"
#include "vd-walk-in-dialog.h"

#define MAX_MATCHES 12

struct _VdAttendanceWindow
{
  AdwWindow        parent_instance;

  VdDatabase      *database;
  gint64           training_id;
  GPtrArray       *matches;       /* VdCheckInMatch, one per row */
  VdCheckIn       *last;          /* the check-in Undo takes back */
  gboolean         leaving;       /* confirmed: closing is allowed */
  gboolean         navigated;     /* Up or Down chose a row of the current list */
  guint            present;

  AdwToastOverlay *toast_overlay;
  GtkLabel        *title_label;
  GtkLabel        *subtitle_label;
  GtkLabel        *present_label;
  GtkLabel        *registered_label;
  GtkSearchEntry  *search_entry;
  GtkScrolledWindow *results_scroller;
  GtkListBox      *results_list;
  GtkLabel        *empty_label;
};

G_DEFINE_FINAL_TYPE (VdAttendanceWindow, vd_attendance_window, ADW_TYPE_WINDOW)

static void
toast (VdAttendanceWindow *self,
       const char         *text,
       gboolean            with_undo)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  AdwToast *t = adw_toast_new (escaped);

  adw_toast_set_priority (t, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_set_timeout (t, with_undo ? 8 : 4);
  if (with_undo)
    {
      adw_toast_set_button_label (t, _("_Undo"));
      adw_toast_set_action_name (t, "attendance.undo");
    }
  adw_toast_overlay_add_toast (self->toast_overlay, t);
}

static void
refresh_header (VdAttendanceWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VdTraining) t = vd_training_get (self->database, self->training_id, &error);
  g_autofree char *present = NULL;
  g_autofree char *registered = NULL;
  g_autofree char *subtitle = NULL;

  if (t == NULL)
    {
      gtk_label_set_label (self->subtitle_label, error->message);
      return;
    }
  gtk_label_set_label (self->title_label, t->topic);
  subtitle = g_strdup_printf ("%.16s – %.5s%s%s", t->starts_at,
                              strlen (t->ends_at) >= 16 ? t->ends_at + 11 : t->ends_at,
                              t->place[0] != '\0' ? "  ·  " : "", t->place);
  gtk_label_set_label (self->subtitle_label, subtitle);
  self->present = vd_training_count_attended (t);
  present = g_strdup_printf ("%u", self->present);
  registered = g_strdup_printf ("%u", vd_training_count_registered (t));
  gtk_label_set_label (self->present_label, present);
  gtk_label_set_label (self->registered_label, registered);
}

static GtkWidget *
new_row (const VdCheckInMatch *m)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 18);
  GtkWidget *name = gtk_label_new (m->name);
  GtkWidget *phone = gtk_label_new (m->phone_masked[0] != '\0' ? m->phone_masked : "—");
  GtkWidget *status;
  g_autofree char *text = NULL;

  if (!m->registered)
    text = g_strdup (_("Not registered: Enter adds as a walk-in"));
  else if (m->checked_in_at != NULL)
    /* Translators: a status and the time of the check-in, e.g. 出席 09:02 */
    text = g_strdup_printf (_("%s at %s"), vd_attendance_status_get_label (m->status),
                            m->checked_in_at);
  else
    text = g_strdup (vd_attendance_status_get_label (m->status));
  status = gtk_label_new (text);

  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_widget_set_margin_start (box, 18);
  gtk_widget_set_margin_end (box, 18);
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_width_chars (GTK_LABEL (name), 8);
  gtk_widget_add_css_class (name, "attendance-name");
  gtk_widget_add_css_class (phone, "attendance-phone");
  gtk_widget_add_css_class (phone, "numeric");
  gtk_widget_add_css_class (phone, "dim-label");
  gtk_widget_set_hexpand (phone, TRUE);
  gtk_label_set_xalign (GTK_LABEL (phone), 0);
  gtk_widget_add_css_class (status, m->checked_in_at != NULL ? "success"
                                    : m->registered ? "dim-label" : "warning");
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), phone);
  gtk_box_append (GTK_BOX (box), status);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_set_focusable (row, FALSE);
  return row;
}

static void
refresh_matches (VdAttendanceWindow *self)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *child;
  GPtrArray *found;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  self->navigated = FALSE;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->results_list))) != NULL)
    gtk_list_box_remove (self->results_list, child);
  g_clear_pointer (&self->matches, g_ptr_array_unref);

  found = vd_training_lookup (self->database, self->training_id, text, MAX_MATCHES, &error);
  if (found == NULL)
    {
      gtk_label_set_label (self->empty_label, error->message);
      return;
    }
  self->matches = found;
  gtk_label_set_label (self->empty_label,
                       text[0] == '\0' ? _("Nobody is registered yet: type a name to find a walk-in.")
                                       : _("Nobody found. Ctrl+N registers a new person."));
  for (guint i = 0; i < found->len; i++)
    gtk_list_box_append (self->results_list, new_row (g_ptr_array_index (found, i)));
  if (found->len > 0)
    gtk_list_box_select_row (self->results_list, gtk_list_box_get_row_at_index (self->results_list, 0));
}

static void
set_last (VdAttendanceWindow *self,
          VdCheckIn          *check_in)
{
  g_clear_pointer (&self->last, vd_check_in_free);
  self->last = check_in;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "attendance.undo", check_in != NULL);
}

static void
announce (VdAttendanceWindow *self,
          const VdCheckIn    *done)
{
  g_autofree char *text = NULL;
  g_autofree char *clock = g_strndup (done->at + 11, 5);

  if (done->registered_now)
    /* Translators: a name, a status (出席 or 迟到) and a time */
    text = g_strdup_printf (_("%s added as a walk-in: %s at %s"), done->name,
                            vd_attendance_status_get_label (done->status), clock);
  else
    text = g_strdup_printf (_("%s checked in: %s at %s"), done->name,
                            vd_attendance_status_get_label (done->status), clock);
  toast (self, text, TRUE);
}

static void
after_change (VdAttendanceWindow *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  refresh_header (self);
  refresh_matches (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
check_in_row (VdAttendanceWindow *self,
              int                 index)
{
  g_autoptr(GError) error = NULL;
  VdCheckInMatch *m;
  VdCheckIn *done;

  if (self->matches == NULL || index < 0 || (guint)index >= self->matches->len)
    return;
  m = g_ptr_array_index (self->matches, index);
  done = m->registered
         ? vd_training_check_in (self->database, self->training_id, m->volunteer_id, NULL, &error)
         : vd_training_check_in_walk_in (self->database, self->training_id, m->volunteer_id,
                                         NULL, &error);
  if (done == NULL)
    {
      /* a second check-in, a full session …: said, and nothing changes */
      toast (self, error->message, FALSE);
      gtk_widget_error_bell (GTK_WIDGET (self));
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
      return;
    }
  announce (self, done);
  set_last (self, done);
  after_change (self);
}

static void
on_search_changed_cb (VdAttendanceWindow *self)
{
  refresh_matches (self);
}

static void
on_search_activate_cb (VdAttendanceWindow *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->results_list);

  /* a stray Enter on an empty entry checks nobody in: type, or choose with Up/Down */
  if (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))[0] == '\0' && !self->navigated)
    {
      toast (self, _("Type a name, pinyin or digits first, or choose with ↑ ↓."), FALSE);
      return;
    }
  if (row != NULL)
    check_in_row (self, gtk_list_box_row_get_index (row));
}

static void
on_row_activated_cb (VdAttendanceWindow *self,
                     GtkListBoxRow      *row)
{
  check_in_row (self, gtk_list_box_row_get_index (row));
}

static void
ask_to_leave (VdAttendanceWindow *self);

static void
on_stop_search_cb (VdAttendanceWindow *self)
{
  /* Esc clears what was typed; on an empty entry it asks to leave */
  if (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))[0] != '\0')
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  else
    ask_to_leave (self);
}

static gboolean
on_key_pressed_cb (GtkEventControllerKey *controller,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   VdAttendanceWindow    *self)
{
  GtkListBoxRow *row;
  int index, n;

  if (keyval != GDK_KEY_Up && keyval != GDK_KEY_Down &&
      keyval != GDK_KEY_KP_Up && keyval != GDK_KEY_KP_Down)
    return FALSE;
  n = self->matches != NULL ? (int)self->matches->len : 0;
  if (n == 0)
    return TRUE;
  row = gtk_list_box_get_selected_row (self->results_list);
  index = row != NULL ? gtk_list_box_row_get_index (row) : -1;
  index += keyval == GDK_KEY_Up || keyval == GDK_KEY_KP_Up ? -1 : 1;
  index = CLAMP (index, 0, n - 1);
  row = gtk_list_box_get_row_at_index (self->results_list, index);
  gtk_list_box_select_row (self->results_list, row);
  self->navigated = TRUE;
  /* keep the chosen row in view; the focus stays in the entry */
  {
    GtkAdjustment *adj = gtk_scrolled_window_get_vadjustment (self->results_scroller);
    graphene_rect_t bounds;

    if (adj != NULL &&
        gtk_widget_compute_bounds (GTK_WIDGET (row), GTK_WIDGET (self->results_list), &bounds))
      gtk_adjustment_clamp_page (adj, bounds.origin.y, bounds.origin.y + bounds.size.height);
  }
  return TRUE;
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  VdAttendanceWindow *self = VD_ATTENDANCE_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  if (self->last == NULL)
    return;
  if (!vd_training_undo_check_in (self->database, self->last, &error))
    {
      toast (self, error->message, FALSE);
      set_last (self, NULL);
      return;
    }
  text = g_strdup_printf (_("Check-in of %s undone"), self->last->name);
  toast (self, text, FALSE);
  set_last (self, NULL);
  after_change (self);
}

static void
on_walk_in_cb (VdWalkInDialog     *dialog,
               VdCheckIn          *done,
               VdAttendanceWindow *self)
{
  VdCheckIn *copy = g_new0 (VdCheckIn, 1);

  *copy = *done;
  copy->name = g_strdup (done->name);
  copy->at = g_strdup (done->at);
  announce (self, copy);
  set_last (self, copy);
  after_change (self);
}

static void
on_walk_in_destroy_cb (VdAttendanceWindow *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
new_person_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  VdAttendanceWindow *self = VD_ATTENDANCE_WINDOW (widget);
  VdWalkInDialog *dialog = vd_walk_in_dialog_new (GTK_WINDOW (self), self->database,
                                                  self->training_id);

  g_signal_connect_object (dialog, "checked-in", G_CALLBACK (on_walk_in_cb), self, 0);
  g_signal_connect_object (dialog, "destroy", G_CALLBACK (on_walk_in_destroy_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
close_idle_cb (gpointer data)
{
  gtk_window_close (GTK_WINDOW (data));
  return G_SOURCE_REMOVE;
}

static void
on_leave_response_cb (AdwMessageDialog   *dialog,
                      const char         *response,
                      VdAttendanceWindow *self)
{
  GtkEditable *pin = g_object_get_data (G_OBJECT (dialog), "pin");

  if (g_strcmp0 (response, "leave") != 0)
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
      return;
    }
  if (pin != NULL)
    {
      g_autoptr(VdSettings) settings = vd_settings_load (self->database, NULL);

      if (settings != NULL &&
          !vd_settings_check_attendance_pin (settings, gtk_editable_get_text (pin)))
        {
          toast (self, _("Wrong PIN: attendance mode stays open."), FALSE);
          gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
          return;
        }
    }
  /* closed once the dialog, whose parent this window is, has gone */
  self->leaving = TRUE;
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, close_idle_cb, g_object_ref (self), g_object_unref);
}

static void
ask_to_leave (VdAttendanceWindow *self)
{
  g_autoptr(VdSettings) settings = vd_settings_load (self->database, NULL);
  GtkWidget *dialog;

  dialog = vd_dialogs_new_question (GTK_WINDOW (self), _("Leave Attendance Mode?"),
                                    _("Every check-in is saved. The screen goes back to the "
                                      "session's details."),
                                    "stay", _("_Stay"), "leave", _("_Leave"),
                                    ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "stay");
  if (settings != NULL && vd_settings_has_attendance_pin (settings))
    {
      /* a plain entry: GtkPasswordEntry 4.8 outlives its dialog in a signal handler */
      GtkWidget *pin = gtk_entry_new ();

      gtk_entry_set_visibility (GTK_ENTRY (pin), FALSE);
      gtk_entry_set_input_purpose (GTK_ENTRY (pin), GTK_INPUT_PURPOSE_PIN);

      adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog),
                                   _("Enter the PIN set in Preferences to leave."));
      gtk_accessible_update_property (GTK_ACCESSIBLE (pin), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("PIN"), -1);
      adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), pin);
      g_object_set_data (G_OBJECT (dialog), "pin", pin);
      adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "leave");
      gtk_entry_set_activates_default (GTK_ENTRY (pin), TRUE);
    }
  g_signal_connect (dialog, "response", G_CALLBACK (on_leave_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
  if (g_object_get_data (G_OBJECT (dialog), "pin") != NULL)
    gtk_widget_grab_focus (g_object_get_data (G_OBJECT (dialog), "pin"));
}

static void
leave_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  ask_to_leave (VD_ATTENDANCE_WINDOW (widget));
}

static gboolean
vd_attendance_window_close_request (GtkWindow *window)
{
  VdAttendanceWindow *self = VD_ATTENDANCE_WINDOW (window);

  if (!self->leaving)
    {
      ask_to_leave (self);
      return TRUE;
    }
  return GTK_WINDOW_CLASS (vd_attendance_window_parent_class)->close_request (window);
}

static void
vd_attendance_window_dispose (GObject *object)
{
  VdAttendanceWindow *self = VD_ATTENDANCE_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), VD_TYPE_ATTENDANCE_WINDOW);
  g_clear_object (&self->database);
  g_clear_pointer (&self->matches, g_ptr_array_unref);
  g_clear_pointer (&self->last, vd_check_in_free);

  G_OBJECT_CLASS (vd_attendance_window_parent_class)->dispose (object);
}

static void
vd_attendance_window_class_init (VdAttendanceWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = vd_attendance_window_dispose;
  window_class->close_request = vd_attendance_window_close_request;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/vd-attendance-window.ui");
  gtk_widget_class_bind_template_child (widget_class, VdAttendanceWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, VdAttendanceWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, VdAttendanceWindow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, VdAttendanceWindow, present_label);
  gtk_widget_class_bind_template_child (widget_class, VdAttendanceWindow, registered_label);
  gtk_widget_class_bind_template_child (widget_class, VdAttendanceWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, VdAttendanceWindow, results_scroller);
  gtk_widget_class_bind_template_child (widget_class, VdAttendanceWindow, results_list);
  gtk_widget_class_bind_template_child (widget_class, VdAttendanceWindow, empty_label);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);

  gtk_widget_class_install_action (widget_class, "attendance.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "attendance.new-person", NULL, new_person_action);
  gtk_widget_class_install_action (widget_class, "attendance.leave", NULL, leave_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK,
                                       "attendance.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "attendance.new-person", NULL);
}

static void
vd_attendance_window_init (VdAttendanceWindow *self)
{
  GtkEventController *keys;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Up and Down reach the list while the entry keeps the focus */
  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys);
  /* whatever is typed anywhere goes to the entry */
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "attendance.undo", FALSE);
}

VdAttendanceWindow *
vd_attendance_window_new (GtkWindow  *parent,
                          VdDatabase *database,
                          gint64      training_id)
{
  VdAttendanceWindow *self;

  g_return_val_if_fail (VD_IS_DATABASE (database), NULL);

  self = g_object_new (VD_TYPE_ATTENDANCE_WINDOW, "transient-for", parent, NULL);
  self->database = g_object_ref (database);
  self->training_id = training_id;
  refresh_header (self);
  refresh_matches (self);
  gtk_window_fullscreen (GTK_WINDOW (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  return self;
}

guint
vd_attendance_window_get_n_matches (VdAttendanceWindow *self)
{
  g_return_val_if_fail (VD_IS_ATTENDANCE_WINDOW (self), 0);

  return self->matches != NULL ? self->matches->len : 0;
}

gint64
vd_attendance_window_get_selected_id (VdAttendanceWindow *self)
{
  GtkListBoxRow *row;
  int index;

  g_return_val_if_fail (VD_IS_ATTENDANCE_WINDOW (self), 0);

  row = gtk_list_box_get_selected_row (self->results_list);
  if (row == NULL || self->matches == NULL)
    return 0;
  index = gtk_list_box_row_get_index (row);
  if (index < 0 || (guint)index >= self->matches->len)
    return 0;
  return ((VdCheckInMatch *)g_ptr_array_index (self->matches, index))->volunteer_id;
}

guint
vd_attendance_window_get_present (VdAttendanceWindow *self)
{
  g_return_val_if_fail (VD_IS_ATTENDANCE_WINDOW (self), 0);

  return self->present;
}
