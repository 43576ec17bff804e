/* vd-preferences-window.c — the district settings and the backups
 *
 * Settings apply by themselves: every change is validated at once, each problem is
 * shown on its row, and the whole set is saved shortly after the last change, only
 * when every field is valid. The user's input stays as typed until it is fixed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vd-preferences-window"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <math.h>

#include "vd-backup.h"
#include "vd-dialogs.h"
#include "vd-preferences-window.h"
#include "vd-settings.h"

/* Long enough to gather a burst of typing or spinning into one audited save. */
#define SAVE_DELAY_MS 500

struct _VdPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  VdDatabase           *database;
  VdSettings           *saved;          /* what the database holds */
  VdSettings           *pending;        /* valid, not saved yet */
  GPtrArray            *backup_rows;
  guint                 save_source;
  gboolean              loading;        /* the widgets are being filled */

  /* Per field: the row that shows its message, the input, the normal subtitle. */
  GtkWidget            *field_rows[VD_SETTINGS_N_FIELDS];
  GtkWidget            *field_inputs[VD_SETTINGS_N_FIELDS];
  char                 *subtitles[VD_SETTINGS_N_FIELDS];

  AdwPreferencesPage   *district_page;
  AdwPreferencesPage   *hours_page;
  AdwEntryRow          *district_name_row;
  GtkLabel             *district_name_error;
  AdwActionRow         *population_row;
  GtkSpinButton        *population_spin;
  AdwActionRow         *party_total_row;
  GtkSpinButton        *party_total_spin;
  AdwActionRow         *volunteer_share_row;
  GtkSpinButton        *volunteer_share_spin;
  AdwActionRow         *party_registered_row;
  GtkSpinButton        *party_registered_spin;
  AdwActionRow         *party_hours_row;
  GtkSpinButton        *party_hours_spin;
  AdwActionRow         *party_community_row;
  GtkSpinButton        *party_community_spin;
  AdwActionRow         *daily_cap_row;
  GtkSpinButton        *daily_cap_spin;
  AdwComboRow          *rounding_row;
  AdwActionRow         *training_row;
  GtkSwitch            *training_switch;
  AdwActionRow         *grace_row;
  GtkSpinButton        *grace_spin;
  AdwActionRow         *pin_row;
  GtkButton            *pin_set_button;
  GtkButton            *pin_clear_button;
  char                 *pin_hash;       /* the PIN as it will be saved (a hash) */
  AdwActionRow         *star_rows[VD_STAR_LEVELS];
  GtkSpinButton        *star_spins[VD_STAR_LEVELS];
  AdwActionRow         *points_row;
  GtkSpinButton        *points_spin;
  AdwPreferencesGroup  *backup_folder_group;
  AdwActionRow         *backup_folder_row;
  AdwPreferencesGroup  *backups_group;
};

G_DEFINE_FINAL_TYPE (VdPreferencesWindow, vd_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void refresh_backups (VdPreferencesWindow *self);

static guint
n_rounding_choices (void)
{
  guint n = 0;

  while (vd_settings_rounding_choices[n] != 0)
    n++;
  return n;
}

static char *
format_rounding (int minutes)
{
  if (minutes % 60 == 0)
    return g_strdup_printf (ngettext ("%d hour", "%d hours", minutes / 60), minutes / 60);
  return g_strdup_printf (ngettext ("%d minute", "%d minutes", minutes), minutes);
}

static char *
format_backup_time (const char *path)
{
  g_autoptr(GDateTime) when = vd_backup_get_time (path);

  if (when == NULL)
    return g_path_get_basename (path);
  return g_date_time_format (when, "%Y-%m-%d %H:%M:%S");
}

static void
add_toast (VdPreferencesWindow *self,
           const char          *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (escaped));
}

/* Fields: widgets → VdSettings and back */

static double
round_to (double value,
          int    digits)
{
  double scale = pow (10, digits);

  return round (value * scale) / scale;
}

/* The value as typed so far: a spin button takes its text only on Enter or when the
 * focus leaves, but the message should appear while typing. */
static double
spin_value (GtkSpinButton *spin)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (spin));
  char *end = NULL;
  double value;

  value = g_strtod (text, &end);
  if (end == text)
    return gtk_spin_button_get_value (spin);
  while (g_ascii_isspace (*end))
    end++;
  if (*end != '\0' || !isfinite (value))
    return gtk_spin_button_get_value (spin);
  return value;
}

static VdSettings *
read_fields (VdPreferencesWindow *self)
{
  VdSettings *settings = vd_settings_copy (self->saved);
  guint selected;
  guint i;

  g_free (settings->district_name);
  settings->district_name =
    g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->district_name_row)));
  settings->population = (gint64) round (spin_value (self->population_spin));
  settings->party_member_total = (gint64) round (spin_value (self->party_total_spin));
  settings->target_volunteer_share = round_to (spin_value (self->volunteer_share_spin), 1);
  settings->target_party_registered = round_to (spin_value (self->party_registered_spin), 1);
  settings->target_party_hours = (int) round (spin_value (self->party_hours_spin));
  settings->target_party_community = round_to (spin_value (self->party_community_spin), 1);
  settings->daily_cap_minutes = (int) round (spin_value (self->daily_cap_spin) * 60);

  selected = adw_combo_row_get_selected (self->rounding_row);
  if (selected < n_rounding_choices ())
    settings->rounding_minutes = vd_settings_rounding_choices[selected];

  settings->training_counts = gtk_switch_get_active (self->training_switch);
  for (i = 0; i < VD_STAR_LEVELS; i++)
    settings->star_hours[i] = (int) round (spin_value (self->star_spins[i]));
  settings->points_per_hour_centi = (int) round (spin_value (self->points_spin) * 100);
  settings->training_grace_minutes = (int) round (spin_value (self->grace_spin));
  g_free (settings->attendance_pin_hash);
  settings->attendance_pin_hash = g_strdup (self->pin_hash);

  return settings;
}

static void
show_pin_state (VdPreferencesWindow *self)
{
  const char *state = self->pin_hash != NULL
    ? _("Set: leaving attendance mode asks for it")
    : _("Not set: leaving attendance mode asks only for a confirmation");

  g_free (self->subtitles[VD_SETTINGS_FIELD_ATTENDANCE_PIN]);
  self->subtitles[VD_SETTINGS_FIELD_ATTENDANCE_PIN] = g_strdup (state);
  adw_action_row_set_subtitle (self->pin_row, state);
  gtk_widget_set_sensitive (GTK_WIDGET (self->pin_clear_button), self->pin_hash != NULL);
  gtk_button_set_label (self->pin_set_button,
                        self->pin_hash != NULL ? _("_Change PIN…") : _("_Set PIN…"));
}

static void
write_fields (VdPreferencesWindow *self,
              const VdSettings    *settings)
{
  guint i;

  self->loading = TRUE;

  gtk_editable_set_text (GTK_EDITABLE (self->district_name_row), settings->district_name);
  gtk_spin_button_set_value (self->population_spin, settings->population);
  gtk_spin_button_set_value (self->party_total_spin, settings->party_member_total);
  gtk_spin_button_set_value (self->volunteer_share_spin, settings->target_volunteer_share);
  gtk_spin_button_set_value (self->party_registered_spin, settings->target_party_registered);
  gtk_spin_button_set_value (self->party_hours_spin, settings->target_party_hours);
  gtk_spin_button_set_value (self->party_community_spin, settings->target_party_community);
  gtk_spin_button_set_value (self->daily_cap_spin, settings->daily_cap_minutes / 60.0);

  for (i = 0; vd_settings_rounding_choices[i] != 0; i++)
    if (vd_settings_rounding_choices[i] == settings->rounding_minutes)
      adw_combo_row_set_selected (self->rounding_row, i);

  gtk_switch_set_active (self->training_switch, settings->training_counts);
  for (i = 0; i < VD_STAR_LEVELS; i++)
    gtk_spin_button_set_value (self->star_spins[i], settings->star_hours[i]);
  gtk_spin_button_set_value (self->points_spin, settings->points_per_hour_centi / 100.0);
  gtk_spin_button_set_value (self->grace_spin, settings->training_grace_minutes);
  g_free (self->pin_hash);
  self->pin_hash = g_strdup (settings->attendance_pin_hash);
  show_pin_state (self);

  self->loading = FALSE;
}

static void
show_message (VdPreferencesWindow *self,
              VdSettingsField      field,
              const char          *message)
{
  GtkWidget *row = self->field_rows[field];
  GtkWidget *input = self->field_inputs[field];

  if (field == VD_SETTINGS_FIELD_DISTRICT_NAME)
    {
      /* An entry row has no subtitle: the message sits at its end instead. */
      gtk_label_set_label (self->district_name_error, message != NULL ? message : "");
      gtk_widget_set_visible (GTK_WIDGET (self->district_name_error), message != NULL);
      if (message != NULL)
        gtk_widget_add_css_class (row, "error");
      else
        gtk_widget_remove_css_class (row, "error");
      return;
    }

  if (message != NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (message, -1);

      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped);
      gtk_widget_add_css_class (row, "invalid");
      if (GTK_IS_SPIN_BUTTON (input))
        gtk_widget_add_css_class (input, "error");
    }
  else
    {
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), self->subtitles[field]);
      gtk_widget_remove_css_class (row, "invalid");
      gtk_widget_remove_css_class (input, "error");
    }
}

static void
clear_messages (VdPreferencesWindow *self)
{
  guint i;

  for (i = 0; i < VD_SETTINGS_N_FIELDS; i++)
    show_message (self, i, NULL);
}

/* Saving */

gboolean
vd_preferences_window_save_pending (VdPreferencesWindow *self)
{
  g_autoptr(VdSettings) pending = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (VD_IS_PREFERENCES_WINDOW (self), FALSE);

  g_clear_handle_id (&self->save_source, g_source_remove);
  pending = g_steal_pointer (&self->pending);
  if (pending == NULL || self->database == NULL)
    return TRUE;

  if (!vd_settings_save (self->database, pending, &error))
    {
      add_toast (self, error->message);
      return FALSE;
    }

  vd_settings_free (self->saved);
  self->saved = g_steal_pointer (&pending);
  return TRUE;
}

static gboolean
save_timeout_cb (gpointer user_data)
{
  VdPreferencesWindow *self = user_data;

  self->save_source = 0;
  vd_preferences_window_save_pending (self);
  return G_SOURCE_REMOVE;
}

static void
on_field_changed_cb (VdPreferencesWindow *self)
{
  g_autoptr(VdSettings) settings = NULL;
  char *messages[VD_SETTINGS_N_FIELDS] = { NULL, };
  gboolean valid;
  guint i;

  if (self->loading || self->saved == NULL)
    return;

  settings = read_fields (self);
  valid = vd_settings_validate (settings, messages, NULL);
  for (i = 0; i < VD_SETTINGS_N_FIELDS; i++)
    {
      show_message (self, i, messages[i]);
      g_free (messages[i]);
    }

  /* An invalid state is never saved, not even a pending valid one from before. */
  g_clear_pointer (&self->pending, vd_settings_free);
  g_clear_handle_id (&self->save_source, g_source_remove);
  if (!valid || vd_settings_equal (settings, self->saved))
    return;

  self->pending = g_steal_pointer (&settings);
  self->save_source = g_timeout_add (SAVE_DELAY_MS, save_timeout_cb, self);
}

static void
load_settings (VdPreferencesWindow *self)
{
  g_autoptr(GError) error = NULL;
  VdSettings *settings;

  g_clear_pointer (&self->pending, vd_settings_free);
  g_clear_handle_id (&self->save_source, g_source_remove);

  settings = vd_settings_load (self->database, &error);
  gtk_widget_set_sensitive (GTK_WIDGET (self->district_page), settings != NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->hours_page), settings != NULL);
  if (settings == NULL)
    {
      add_toast (self, error->message);
      return;
    }

  vd_settings_free (self->saved);
  self->saved = settings;
  write_fields (self, settings);
  clear_messages (self);
}

/* Backups */

static void
on_restore_response_cb (AdwMessageDialog    *dialog,
                        const char          *response,
                        VdPreferencesWindow *self)
{
  const char *path = g_object_get_data (G_OBJECT (dialog), "path");
  g_autoptr(GError) error = NULL;

  if (!vd_backup_restore (self->database, path, &error))
    {
      vd_dialogs_show_message (GTK_WINDOW (self), _("Cannot Restore the Backup"), error->message);
      return;
    }
  /* The settings and the list follow through the database's "reloaded" signal. */
  add_toast (self, _("Backup restored"));
}

static void
on_restore_clicked_cb (GtkButton           *button,
                       VdPreferencesWindow *self)
{
  const char *path = g_object_get_data (G_OBJECT (button), "path");
  g_autofree char *time = format_backup_time (path);
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  /* A change still waiting to be saved belongs in the safety backup. */
  vd_preferences_window_save_pending (self);

  body = g_strdup_printf (_("The current data is backed up first, then replaced by the "
                            "backup of %s."),
                          time);
  dialog = vd_dialogs_new_question (GTK_WINDOW (self), _("Restore This Backup?"), body,
                                    "cancel", _("_Cancel"),
                                    "restore", _("_Restore"),
                                    ADW_RESPONSE_DESTRUCTIVE);
  g_object_set_data_full (G_OBJECT (dialog), "path", g_strdup (path), g_free);
  g_signal_connect_object (dialog, "response::restore",
                           G_CALLBACK (on_restore_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWidget *
create_backup_row (VdPreferencesWindow *self,
                   const char          *path)
{
  g_autofree char *time = format_backup_time (path);
  g_autofree char *size = NULL;
  GStatBuf st;
  GtkWidget *row;
  GtkWidget *button;

  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), time);
  if (g_stat (path, &st) == 0)
    {
      size = g_format_size (st.st_size);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), size);
    }

  button = gtk_button_new_with_mnemonic (_("_Restore…"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_object_set_data_full (G_OBJECT (button), "path", g_strdup (path), g_free);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_restore_clicked_cb), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  return row;
}

static void
refresh_backups (VdPreferencesWindow *self)
{
  g_autoptr(GPtrArray) paths = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  GtkWidget *row;
  guint i;

  dir = vd_backup_get_dir (self->database);
  adw_action_row_set_subtitle (self->backup_folder_row, dir);

  for (i = 0; i < self->backup_rows->len; i++)
    adw_preferences_group_remove (self->backups_group, g_ptr_array_index (self->backup_rows, i));
  g_ptr_array_set_size (self->backup_rows, 0);

  paths = vd_backup_list (self->database, &error);
  if (paths == NULL)
    {
      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("The backups cannot be listed"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), error->message);
      gtk_widget_add_css_class (row, "invalid");
      g_ptr_array_add (self->backup_rows, row);
    }
  else if (paths->len == 0)
    {
      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No backups yet"));
      g_ptr_array_add (self->backup_rows, row);
    }
  else
    {
      for (i = 0; i < paths->len; i++)
        g_ptr_array_add (self->backup_rows, create_backup_row (self, g_ptr_array_index (paths, i)));
    }

  for (i = 0; i < self->backup_rows->len; i++)
    adw_preferences_group_add (self->backups_group, g_ptr_array_index (self->backup_rows, i));
}

static void
on_back_up_clicked_cb (VdPreferencesWindow *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *dir = vd_backup_get_dir (self->database);
  g_autofree char *name = g_date_time_format (now, "volunteer-desk-%Y%m%d-%H%M%S.db");
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  vd_preferences_window_save_pending (self);

  if (!vd_backup_to_file (self->database, path, &error))
    {
      vd_dialogs_show_message (GTK_WINDOW (self), _("Cannot Back Up"), error->message);
      return;
    }
  refresh_backups (self);
  add_toast (self, _("Backup saved"));
}

static void
on_open_folder_clicked_cb (VdPreferencesWindow *self)
{
  g_autofree char *dir = vd_backup_get_dir (self->database);
  g_autoptr(GFile) file = g_file_new_for_path (dir);
  g_autofree char *uri = g_file_get_uri (file);

  /* The folder appears with the first backup; open it even before. */
  g_mkdir_with_parents (dir, 0700);
  gtk_show_uri (GTK_WINDOW (self), uri, GDK_CURRENT_TIME);
}

static void
on_reloaded_cb (VdPreferencesWindow *self)
{
  load_settings (self);
  refresh_backups (self);
}

/* GObject */

static gboolean
vd_preferences_window_close_request (GtkWindow *window)
{
  vd_preferences_window_save_pending (VD_PREFERENCES_WINDOW (window));

  return GTK_WINDOW_CLASS (vd_preferences_window_parent_class)->close_request (window);
}

static void
vd_preferences_window_constructed (GObject *object)
{
  VdPreferencesWindow *self = VD_PREFERENCES_WINDOW (object);
  g_autofree char *description = NULL;

  G_OBJECT_CLASS (vd_preferences_window_parent_class)->constructed (object);

  description = g_strdup_printf (ngettext ("Volunteer Desk backs up the database the first time "
                                           "it starts each day, and keeps the newest %d backup.",
                                           "Volunteer Desk backs up the database the first time "
                                           "it starts each day, and keeps the newest %d backups.",
                                           VD_BACKUP_KEEP),
                                 VD_BACKUP_KEEP);
  adw_preferences_group_set_description (self->backup_folder_group, description);

  g_return_if_fail (self->database != NULL);

  g_signal_connect_object (self->database, "reloaded",
                           G_CALLBACK (on_reloaded_cb), self, G_CONNECT_SWAPPED);
  load_settings (self);
  refresh_backups (self);
}

/* The PIN: typed twice in a small dialog, kept only as a salted hash. */

static void
on_pin_entry_changed_cb (GtkEditable      *editable,
                         AdwMessageDialog *dialog)
{
  GtkEditable *first = g_object_get_data (G_OBJECT (dialog), "first");
  GtkEditable *second = g_object_get_data (G_OBJECT (dialog), "second");
  GtkLabel *message = g_object_get_data (G_OBJECT (dialog), "message");
  const char *a = gtk_editable_get_text (first);
  const char *b = gtk_editable_get_text (second);
  g_autoptr(VdSettings) probe = vd_settings_new_default ();
  g_autoptr(GError) error = NULL;
  gboolean ok = vd_settings_set_attendance_pin (probe, a, &error) && a[0] != '\0';

  if (ok && g_strcmp0 (a, b) != 0)
    {
      ok = FALSE;
      gtk_label_set_label (message, b[0] != '\0' ? _("The two PINs differ.") : "");
    }
  else
    gtk_label_set_label (message, error != NULL ? error->message : "");
  adw_message_dialog_set_response_enabled (dialog, "set", ok);
}

static void
on_pin_response_cb (AdwMessageDialog    *dialog,
                    const char          *response,
                    VdPreferencesWindow *self)
{
  GtkEditable *first = g_object_get_data (G_OBJECT (dialog), "first");
  g_autoptr(VdSettings) probe = vd_settings_new_default ();

  if (g_strcmp0 (response, "set") != 0 ||
      !vd_settings_set_attendance_pin (probe, gtk_editable_get_text (first), NULL))
    return;
  g_free (self->pin_hash);
  self->pin_hash = g_strdup (probe->attendance_pin_hash);
  show_pin_state (self);
  on_field_changed_cb (self);
  add_toast (self, _("PIN set"));
}

static void
on_pin_set_clicked_cb (VdPreferencesWindow *self)
{
  GtkWidget *dialog;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  /* plain entries: GtkPasswordEntry 4.8 outlives its dialog in a signal handler */
  GtkWidget *first = gtk_entry_new ();
  GtkWidget *second = gtk_entry_new ();
  GtkWidget *message = gtk_label_new (NULL);

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Attendance Mode PIN"),
                                   _("Enter 4 to 8 digits, twice. Whoever leaves attendance "
                                     "mode will be asked for them."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"), "set", _("_Set PIN"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "set",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "set");
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "set", FALSE);
  for (GtkWidget *e = first; e != NULL; e = e == first ? second : NULL)
    {
      gtk_entry_set_visibility (GTK_ENTRY (e), FALSE);
      gtk_entry_set_input_purpose (GTK_ENTRY (e), GTK_INPUT_PURPOSE_PIN);
      gtk_entry_set_max_length (GTK_ENTRY (e), VD_SETTINGS_PIN_MAX_DIGITS);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (first), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("New PIN"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (second), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("New PIN again"), -1);
  gtk_widget_add_css_class (message, "error");
  gtk_label_set_wrap (GTK_LABEL (message), TRUE);
  gtk_box_append (GTK_BOX (box), first);
  gtk_box_append (GTK_BOX (box), second);
  gtk_box_append (GTK_BOX (box), message);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  g_object_set_data (G_OBJECT (dialog), "first", first);
  g_object_set_data (G_OBJECT (dialog), "second", second);
  g_object_set_data (G_OBJECT (dialog), "message", message);
  g_signal_connect (first, "changed", G_CALLBACK (on_pin_entry_changed_cb), dialog);
  g_signal_connect (second, "changed", G_CALLBACK (on_pin_entry_changed_cb), dialog);
  g_signal_connect (dialog, "response", G_CALLBACK (on_pin_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (first);
}

static void
on_pin_clear_clicked_cb (VdPreferencesWindow *self)
{
  g_clear_pointer (&self->pin_hash, g_free);
  show_pin_state (self);
  on_field_changed_cb (self);
  add_toast (self, _("PIN cleared"));
}

static void
vd_preferences_window_dispose (GObject *object)
{
  VdPreferencesWindow *self = VD_PREFERENCES_WINDOW (object);
  guint i;

  /* A window destroyed without closing still keeps the user's valid change. */
  if (self->database != NULL)
    {
      vd_preferences_window_save_pending (self);
      g_signal_handlers_disconnect_by_data (self->database, self);
    }

  gtk_widget_dispose_template (GTK_WIDGET (self), VD_TYPE_PREFERENCES_WINDOW);
  g_clear_handle_id (&self->save_source, g_source_remove);
  g_clear_pointer (&self->saved, vd_settings_free);
  g_clear_pointer (&self->pending, vd_settings_free);
  g_clear_pointer (&self->backup_rows, g_ptr_array_unref);
  g_clear_pointer (&self->pin_hash, g_free);
  for (i = 0; i < VD_SETTINGS_N_FIELDS; i++)
    g_clear_pointer (&self->subtitles[i], g_free);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (vd_preferences_window_parent_class)->dispose (object);
}

static void
vd_preferences_window_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  VdPreferencesWindow *self = VD_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vd_preferences_window_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  VdPreferencesWindow *self = VD_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->database = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vd_preferences_window_class_init (VdPreferencesWindowClass *klass)
{
  static const char * const star_rows[VD_STAR_LEVELS] = {
    "star_1_row", "star_2_row", "star_3_row", "star_4_row", "star_5_row",
  };
  static const char * const star_spins[VD_STAR_LEVELS] = {
    "star_1_spin", "star_2_spin", "star_3_spin", "star_4_spin", "star_5_spin",
  };
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);
  guint i;

  object_class->constructed = vd_preferences_window_constructed;
  object_class->dispose = vd_preferences_window_dispose;
  object_class->get_property = vd_preferences_window_get_property;
  object_class->set_property = vd_preferences_window_set_property;

  window_class->close_request = vd_preferences_window_close_request;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         VD_TYPE_DATABASE,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/vd-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, VdPreferencesWindow, backup_folder_group);
  gtk_widget_class_bind_template_child (widget_class, VdPreferencesWindow, backup_folder_row);
  gtk_widget_class_bind_template_child (widget_class, VdPreferencesWindow, backups_group);
  gtk_widget_class_bind_template_child (widget_class, VdPreferencesWindow, daily_cap_row);
  gtk_widget_class_bind_template_child (widget_class, VdPreferencesWindow, daily_cap_spin);
  gtk_widget_class_bind_template_child (widget_class, VdPreferencesWindow, district_name_error);
  gtk_widget_class_bind_template_child (widget_class, VdPreferencesWindow, district_name_row);
  gtk_widget_class_bind_template_child (widget_class, VdPreferencesWindow, district_page);
  gtk_widget_class_bind_template_child (widget_class, VdPreferencesWindow, hours_page);
  gtk_widget_class_bind_template_child (widget_class, VdPreferencesWindow, party_community_row);
  gtk_widget_class_bind_template_child (widget_class, VdPreferencesWindow, party_community_spin);
  gtk_widget_class_bind_template_child (widget_class, VdPreferencesWindow, party_hours_row);
  gtk_widget_class_bind_template_child (widget_class, VdPreferencesWindow, party_hours_spin);
  gtk_widget_class_bind_template_child (widget_class, VdPreferencesWindow, party_registered_row);
  gtk_widget_class_bind_template_child (widget_class, VdPreferencesWindow, party_registered_spin);
  gtk_widget_class_bind_template_child (widget_class, VdPreferencesWindow, party_total_row);
  gtk_widget_class_bind_template_child (widget_class, VdPreferencesWindow, party_total_spin);
  gtk_widget_class_bind_template_child (widget_class, VdPreferencesWindow, points_row);
  gtk_widget_class_bind_template_child (widget_class, VdPreferencesWindow, points_spin);
  gtk_widget_class_bind_template_child (widget_class, VdPreferencesWindow, population_row);
  gtk_widget_class_bind_template_child (widget_class, VdPreferencesWindow, population_spin);
  gtk_widget_class_bind_template_child (widget_class, VdPreferencesWindow, rounding_row);
  gtk_widget_class_bind_template_child (widget_class, VdPreferencesWindow, training_row);
  gtk_widget_class_bind_template_child (widget_class, VdPreferencesWindow, training_switch);
  gtk_widget_class_bind_template_child (widget_class, VdPreferencesWindow, volunteer_share_row);
  gtk_widget_class_bind_template_child (widget_class, VdPreferencesWindow, volunteer_share_spin);
  for (i = 0; i < VD_STAR_LEVELS; i++)
    {
      gtk_widget_class_bind_template_child_full (widget_class, star_rows[i], FALSE,
                                                 G_STRUCT_OFFSET (VdPreferencesWindow, star_rows)
                                                 + i * sizeof (gpointer));
      gtk_widget_class_bind_template_child_full (widget_class, star_spins[i], FALSE,
                                                 G_STRUCT_OFFSET (VdPreferencesWindow, star_spins)
                                                 + i * sizeof (gpointer));
    }
  gtk_widget_class_bind_template_callback (widget_class, on_back_up_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_pin_set_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_pin_clear_clicked_cb);
  gtk_widget_class_bind_template_child (widget_class, VdPreferencesWindow, grace_row);
  gtk_widget_class_bind_template_child (widget_class, VdPreferencesWindow, grace_spin);
  gtk_widget_class_bind_template_child (widget_class, VdPreferencesWindow, pin_row);
  gtk_widget_class_bind_template_child (widget_class, VdPreferencesWindow, pin_set_button);
  gtk_widget_class_bind_template_child (widget_class, VdPreferencesWindow, pin_clear_button);
  gtk_widget_class_bind_template_callback (widget_class, on_open_folder_clicked_cb);
}

static void
vd_preferences_window_init (VdPreferencesWindow *self)
{
  g_autoptr(GtkStringList) rounding = gtk_string_list_new (NULL);
  guint i;

  /* Nothing reacts to the widgets until the settings are loaded. */
  self->loading = TRUE;
  self->backup_rows = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  for (i = 0; vd_settings_rounding_choices[i] != 0; i++)
    {
      g_autofree char *label = format_rounding (vd_settings_rounding_choices[i]);

      gtk_string_list_append (rounding, label);
    }
  adw_combo_row_set_model (self->rounding_row, G_LIST_MODEL (rounding));

  for (i = 0; i < VD_STAR_LEVELS; i++)
    {
      /* Translators: a star level of volunteers, from 1 to 5 */
      g_autofree char *title = g_strdup_printf (_("Level %u"), i + 1);
      GString *stars = g_string_new (NULL);
      guint j;

      for (j = 0; j <= i; j++)
        g_string_append (stars, "★");
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->star_rows[i]), title);
      adw_action_row_set_subtitle (self->star_rows[i], stars->str);
      g_string_free (stars, TRUE);

      self->field_rows[VD_SETTINGS_FIELD_STAR_1 + i] = GTK_WIDGET (self->star_rows[i]);
      self->field_inputs[VD_SETTINGS_FIELD_STAR_1 + i] = GTK_WIDGET (self->star_spins[i]);
    }

#define FIELD(f, row, input) \
  G_STMT_START { \
    self->field_rows[f] = GTK_WIDGET (self->row); \
    self->field_inputs[f] = GTK_WIDGET (self->input); \
  } G_STMT_END
  FIELD (VD_SETTINGS_FIELD_DISTRICT_NAME, district_name_row, district_name_row);
  FIELD (VD_SETTINGS_FIELD_POPULATION, population_row, population_spin);
  FIELD (VD_SETTINGS_FIELD_PARTY_MEMBER_TOTAL, party_total_row, party_total_spin);
  FIELD (VD_SETTINGS_FIELD_TARGET_VOLUNTEER_SHARE, volunteer_share_row, volunteer_share_spin);
  FIELD (VD_SETTINGS_FIELD_TARGET_PARTY_REGISTERED, party_registered_row, party_registered_spin);
  FIELD (VD_SETTINGS_FIELD_TARGET_PARTY_HOURS, party_hours_row, party_hours_spin);
  FIELD (VD_SETTINGS_FIELD_TARGET_PARTY_COMMUNITY, party_community_row, party_community_spin);
  FIELD (VD_SETTINGS_FIELD_DAILY_CAP, daily_cap_row, daily_cap_spin);
  FIELD (VD_SETTINGS_FIELD_ROUNDING, rounding_row, rounding_row);
  FIELD (VD_SETTINGS_FIELD_TRAINING_COUNTS, training_row, training_switch);
  FIELD (VD_SETTINGS_FIELD_POINTS_RATE, points_row, points_spin);
  FIELD (VD_SETTINGS_FIELD_TRAINING_GRACE, grace_row, grace_spin);
  FIELD (VD_SETTINGS_FIELD_ATTENDANCE_PIN, pin_row, pin_set_button);
#undef FIELD

  for (i = 0; i < VD_SETTINGS_N_FIELDS; i++)
    if (ADW_IS_ACTION_ROW (self->field_rows[i]))
      self->subtitles[i] =
        g_strdup (adw_action_row_get_subtitle (ADW_ACTION_ROW (self->field_rows[i])));

  self->loading = FALSE;
}

GtkWidget *
vd_preferences_window_new (VdDatabase *database)
{
  g_return_val_if_fail (VD_IS_DATABASE (database), NULL);

  return g_object_new (VD_TYPE_PREFERENCES_WINDOW,
                       "database", database,
                       NULL);
}

VdDatabase *
vd_preferences_window_get_database (VdPreferencesWindow *self)
{
  g_return_val_if_fail (VD_IS_PREFERENCES_WINDOW (self), NULL);

  return self->database;
}
