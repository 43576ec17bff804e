/* vd-training-dialog.c — the window that adds a training session or changes one
 *
 * Every field is checked by the core as the user types (vd_training_check); a field
 * shows its message once the user has changed it, and Save stays off until all are
 * right. Closing with changes asks first.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vd-training-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "vd-dialogs.h"
#include "vd-lookup.h"
#include "vd-training-dialog.h"

struct _VdTrainingDialog
{
  AdwWindow       parent_instance;

  VdDatabase     *database;
  VdTraining     *training;      /* the one edited, or a new one */
  GArray         *category_ids;  /* gint64, parallel to the combo */
  GArray         *station_ids;   /* gint64, 0 first ("None") */
  gboolean        touched[VD_TRAINING_N_FIELDS];
  gboolean        loading;
  gboolean        dirty;
  gboolean        discard;

  AdwWindowTitle *window_title;
  GtkButton      *save_button;
  AdwEntryRow    *topic_row;
  GtkLabel       *topic_error;
  AdwComboRow    *category_row;
  AdwEntryRow    *trainer_row;
  GtkLabel       *trainer_error;
  AdwEntryRow    *starts_row;
  GtkLabel       *starts_error;
  AdwEntryRow    *ends_row;
  GtkLabel       *ends_error;
  AdwEntryRow    *place_row;
  GtkLabel       *place_error;
  AdwComboRow    *station_row;
  AdwActionRow   *capacity_row;
  GtkSpinButton  *capacity_spin;
  AdwActionRow   *minutes_row;
  GtkSpinButton  *minutes_spin;
  AdwEntryRow    *notes_row;
  GtkLabel       *notes_error;

  char           *subtitles[VD_TRAINING_N_FIELDS];
};

G_DEFINE_FINAL_TYPE (VdTrainingDialog, vd_training_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GtkWidget *
field_row (VdTrainingDialog *self,
           VdTrainingField   field)
{
  switch (field)
    {
    case VD_TRAINING_FIELD_TOPIC: return GTK_WIDGET (self->topic_row);
    case VD_TRAINING_FIELD_CATEGORY: return GTK_WIDGET (self->category_row);
    case VD_TRAINING_FIELD_TRAINER: return GTK_WIDGET (self->trainer_row);
    case VD_TRAINING_FIELD_STARTS_AT: return GTK_WIDGET (self->starts_row);
    case VD_TRAINING_FIELD_ENDS_AT: return GTK_WIDGET (self->ends_row);
    case VD_TRAINING_FIELD_PLACE: return GTK_WIDGET (self->place_row);
    case VD_TRAINING_FIELD_STATION: return GTK_WIDGET (self->station_row);
    case VD_TRAINING_FIELD_CAPACITY: return GTK_WIDGET (self->capacity_row);
    case VD_TRAINING_FIELD_MINUTES: return GTK_WIDGET (self->minutes_row);
    case VD_TRAINING_FIELD_NOTES: return GTK_WIDGET (self->notes_row);
    case VD_TRAINING_N_FIELDS:
    default: return NULL;
    }
}

static GtkLabel *
field_label (VdTrainingDialog *self,
             VdTrainingField   field)
{
  switch (field)
    {
    case VD_TRAINING_FIELD_TOPIC: return self->topic_error;
    case VD_TRAINING_FIELD_TRAINER: return self->trainer_error;
    case VD_TRAINING_FIELD_STARTS_AT: return self->starts_error;
    case VD_TRAINING_FIELD_ENDS_AT: return self->ends_error;
    case VD_TRAINING_FIELD_PLACE: return self->place_error;
    case VD_TRAINING_FIELD_NOTES: return self->notes_error;
    case VD_TRAINING_FIELD_CATEGORY:
    case VD_TRAINING_FIELD_STATION:
    case VD_TRAINING_FIELD_CAPACITY:
    case VD_TRAINING_FIELD_MINUTES:
    case VD_TRAINING_N_FIELDS:
    default: return NULL;
    }
}

static void
show_message (VdTrainingDialog *self,
              VdTrainingField   field,
              const char       *message)
{
  GtkWidget *row = field_row (self, field);
  GtkLabel *label = field_label (self, field);

  if (message != NULL)
    gtk_widget_add_css_class (row, "error");
  else
    gtk_widget_remove_css_class (row, "error");
  if (label != NULL)
    {
      gtk_label_set_label (label, message != NULL ? message : "");
      gtk_widget_set_visible (GTK_WIDGET (label), message != NULL);
    }
  else
    {
      g_autofree char *escaped = message != NULL ? g_markup_escape_text (message, -1) : NULL;

      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   escaped != NULL ? escaped
                                   : self->subtitles[field] != NULL ? self->subtitles[field] : "");
    }
}

static VdTraining *
read_fields (VdTrainingDialog *self)
{
  VdTraining *t = vd_training_copy (self->training);
  guint category = adw_combo_row_get_selected (self->category_row);
  guint station = adw_combo_row_get_selected (self->station_row);

#define TEXT(field, row) \
  G_STMT_START { \
    g_free (t->field); \
    t->field = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->row))); \
  } G_STMT_END
  TEXT (topic, topic_row);
  TEXT (trainer, trainer_row);
  TEXT (starts_at, starts_row);
  TEXT (ends_at, ends_row);
  TEXT (place, place_row);
  TEXT (notes, notes_row);
#undef TEXT
  t->category_id = category < self->category_ids->len
                   ? g_array_index (self->category_ids, gint64, category) : 0;
  t->station_id = station < self->station_ids->len
                  ? g_array_index (self->station_ids, gint64, station) : 0;
  gtk_spin_button_update (self->capacity_spin);
  gtk_spin_button_update (self->minutes_spin);
  t->capacity = gtk_spin_button_get_value_as_int (self->capacity_spin);
  t->minutes = gtk_spin_button_get_value_as_int (self->minutes_spin);
  return t;
}

/* Checks everything; shows the messages of the fields the user has touched (all
 * when reveal). Returns the checked session when it can be saved. */
static VdTraining *
validate (VdTrainingDialog *self,
          gboolean          reveal)
{
  g_autoptr(VdTraining) t = read_fields (self);
  char *messages[VD_TRAINING_N_FIELDS];
  const char *first = NULL;
  gboolean ok;

  ok = vd_training_check (self->database, t, messages);
  for (guint i = 0; i < VD_TRAINING_N_FIELDS; i++)
    {
      if (reveal && messages[i] != NULL)
        self->touched[i] = TRUE;
      show_message (self, i, self->touched[i] ? messages[i] : NULL);
      if (first == NULL && messages[i] != NULL)
        first = messages[i];
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "training.save", ok);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->save_button), first);
  for (guint i = 0; i < VD_TRAINING_N_FIELDS; i++)
    g_free (messages[i]);
  return ok ? g_steal_pointer (&t) : NULL;
}

static void
mark_touched (VdTrainingDialog *self,
              GtkWidget        *widget)
{
  for (guint i = 0; i < VD_TRAINING_N_FIELDS; i++)
    if (field_row (self, i) == widget ||
        (i == VD_TRAINING_FIELD_CAPACITY && widget == GTK_WIDGET (self->capacity_spin)) ||
        (i == VD_TRAINING_FIELD_MINUTES && widget == GTK_WIDGET (self->minutes_spin)))
      self->touched[i] = TRUE;
  /* the end is judged against the start */
  if (widget == GTK_WIDGET (self->starts_row) || widget == GTK_WIDGET (self->ends_row))
    self->touched[VD_TRAINING_FIELD_MINUTES] = TRUE;
}

static void
on_changed_cb (VdTrainingDialog *self,
               GtkWidget        *widget)
{
  if (self->loading)
    return;
  mark_touched (self, widget);
  self->dirty = TRUE;
  validate (self, FALSE);
}

static void
on_selected_cb (VdTrainingDialog *self,
                GParamSpec       *pspec,
                GtkWidget        *widget)
{
  on_changed_cb (self, widget);
}

static void
save (VdTrainingDialog *self)
{
  g_autoptr(VdTraining) t = validate (self, TRUE);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (t == NULL)
    return;
  ok = t->id == 0 ? vd_training_insert (self->database, t, &error)
                  : vd_training_update (self->database, t, &error);
  if (!ok)
    {
      vd_dialogs_show_message (GTK_WINDOW (self), _("Cannot Save the Session"), error->message);
      return;
    }
  g_object_ref (self);
  self->discard = TRUE;
  g_signal_emit (self, signals[SAVED], 0, t->id);
  gtk_window_destroy (GTK_WINDOW (self));
  g_object_unref (self);
}

static void
on_activated_cb (VdTrainingDialog *self)
{
  if (gtk_widget_is_sensitive (GTK_WIDGET (self->save_button)))
    save (self);
  else
    validate (self, TRUE);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  save (VD_TRAINING_DIALOG (widget));
}

static void
fill_categories (VdTrainingDialog *self,
                 gint64            select_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = vd_training_list_categories (self->database, &error);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint selected = GTK_INVALID_LIST_POSITION;

  g_array_set_size (self->category_ids, 0);
  if (items == NULL)
    {
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->category_row), error->message);
      return;
    }
  for (guint i = 0; i < items->len; i++)
    {
      VdLookupItem *item = g_ptr_array_index (items, i);

      gtk_string_list_append (names, item->name);
      g_array_append_val (self->category_ids, item->id);
      if (item->id == select_id)
        selected = i;
    }
  /* an archived category of an old session is still shown as its own */
  if (select_id != 0 && selected == GTK_INVALID_LIST_POSITION)
    {
      gtk_string_list_append (names, self->training->category_name);
      g_array_append_val (self->category_ids, select_id);
      selected = items->len;
    }
  adw_combo_row_set_model (self->category_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->category_row, selected != GTK_INVALID_LIST_POSITION ? selected : 0);
}

static gint64
selected_category (VdTrainingDialog *self)
{
  guint i = adw_combo_row_get_selected (self->category_row);

  return i < self->category_ids->len ? g_array_index (self->category_ids, gint64, i) : 0;
}

static char *
selected_category_name (VdTrainingDialog *self)
{
  GObject *item = adw_combo_row_get_selected_item (self->category_row);

  return g_strdup (item != NULL ? gtk_string_object_get_string (GTK_STRING_OBJECT (item)) : "");
}

static void
categories_changed (VdTrainingDialog *self,
                    gint64            select_id)
{
  self->loading = TRUE;
  fill_categories (self, select_id);
  self->loading = FALSE;
  self->touched[VD_TRAINING_FIELD_CATEGORY] = TRUE;
  self->dirty = TRUE;
  validate (self, FALSE);
}

/* New and Rename share one small dialog with an entry. */
static void
on_category_response_cb (AdwMessageDialog *dialog,
                         const char       *response,
                         VdTrainingDialog *self)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "entry");
  gint64 id = selected_category (self);
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "add") == 0)
    {
      id = vd_training_add_category (self->database, gtk_editable_get_text (entry), &error);
      if (id == 0)
        {
          vd_dialogs_show_message (GTK_WINDOW (self), _("Cannot Add the Category"), error->message);
          return;
        }
    }
  else if (g_strcmp0 (response, "rename") == 0)
    {
      if (!vd_training_rename_category (self->database, id, gtk_editable_get_text (entry), &error))
        {
          vd_dialogs_show_message (GTK_WINDOW (self), _("Cannot Rename the Category"),
                                   error->message);
          return;
        }
    }
  else
    return;
  categories_changed (self, id);
}

static void
ask_category_name (VdTrainingDialog *self,
                   gboolean          rename)
{
  g_autofree char *current = rename ? selected_category_name (self) : NULL;
  g_autofree char *heading = rename ? g_strdup_printf (_("Rename “%s”"), current) : NULL;
  GtkWidget *entry = gtk_entry_new ();
  GtkWidget *dialog;

  dialog = vd_dialogs_new_question (GTK_WINDOW (self), rename ? heading : _("New Category"),
                                    _("Training categories are shared by every session."),
                                    "cancel", _("_Cancel"), rename ? "rename" : "add",
                                    rename ? _("_Rename") : _("_Add"), ADW_RESPONSE_SUGGESTED);
  if (rename)
    gtk_editable_set_text (GTK_EDITABLE (entry), current);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Category name"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  g_object_set_data (G_OBJECT (dialog), "entry", entry);
  g_signal_connect (dialog, "response", G_CALLBACK (on_category_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

static void
on_archive_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        VdTrainingDialog *self)
{
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "archive") != 0)
    return;
  if (!vd_training_archive_category (self->database, selected_category (self), &error))
    {
      vd_dialogs_show_message (GTK_WINDOW (self), _("Cannot Archive the Category"), error->message);
      return;
    }
  categories_changed (self, self->training->id != 0 ? self->training->category_id : 0);
}

static void
category_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  VdTrainingDialog *self = VD_TRAINING_DIALOG (widget);
  g_autofree char *name = NULL;
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  if (g_str_equal (action_name, "category.new"))
    {
      ask_category_name (self, FALSE);
      return;
    }
  if (selected_category (self) == 0)
    return;
  if (g_str_equal (action_name, "category.rename"))
    {
      ask_category_name (self, TRUE);
      return;
    }
  name = selected_category_name (self);
  heading = g_strdup_printf (_("Archive “%s”?"), name);
  dialog = vd_dialogs_new_question (GTK_WINDOW (self), heading,
                                    _("Sessions of this category keep it, and the statistics "
                                      "still count them; new sessions can no longer choose it."),
                                    "cancel", _("_Cancel"), "archive", _("_Archive"),
                                    ADW_RESPONSE_DESTRUCTIVE);
  g_signal_connect (dialog, "response", G_CALLBACK (on_archive_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
fill_stations (VdTrainingDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = vd_lookup_list (self->database, VD_LOOKUP_STATIONS, &error);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  gint64 none = 0;
  guint selected = 0;

  g_array_set_size (self->station_ids, 0);
  gtk_string_list_append (names, _("None"));
  g_array_append_val (self->station_ids, none);
  for (guint i = 0; items != NULL && i < items->len; i++)
    {
      VdLookupItem *item = g_ptr_array_index (items, i);

      gtk_string_list_append (names, item->name);
      g_array_append_val (self->station_ids, item->id);
      if (item->id == self->training->station_id)
        selected = i + 1;
    }
  adw_combo_row_set_model (self->station_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->station_row, selected);
}

static void
on_discard_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        VdTrainingDialog *self)
{
  if (g_strcmp0 (response, "discard") != 0)
    return;
  self->discard = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

static gboolean
vd_training_dialog_close_request (GtkWindow *window)
{
  VdTrainingDialog *self = VD_TRAINING_DIALOG (window);
  GtkWidget *dialog;

  if (self->discard || !self->dirty)
    return GTK_WINDOW_CLASS (vd_training_dialog_parent_class)->close_request (window);
  dialog = vd_dialogs_new_question (window, _("Discard Changes?"),
                                    _("What you entered for this session will be lost."),
                                    "keep", _("_Keep Editing"), "discard", _("_Discard"),
                                    ADW_RESPONSE_DESTRUCTIVE);
  g_signal_connect (dialog, "response", G_CALLBACK (on_discard_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}

static void
vd_training_dialog_dispose (GObject *object)
{
  VdTrainingDialog *self = VD_TRAINING_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), VD_TYPE_TRAINING_DIALOG);
  g_clear_object (&self->database);
  g_clear_object (&self->training);
  g_clear_pointer (&self->category_ids, g_array_unref);
  g_clear_pointer (&self->station_ids, g_array_unref);
  for (guint i = 0; i < VD_TRAINING_N_FIELDS; i++)
    g_clear_pointer (&self->subtitles[i], g_free);

  G_OBJECT_CLASS (vd_training_dialog_parent_class)->dispose (object);
}

static void
vd_training_dialog_class_init (VdTrainingDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = vd_training_dialog_dispose;
  window_class->close_request = vd_training_dialog_close_request;

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/vd-training-dialog.ui");
#define CHILD(name) gtk_widget_class_bind_template_child (widget_class, VdTrainingDialog, name)
  CHILD (window_title);
  CHILD (save_button);
  CHILD (topic_row);
  CHILD (topic_error);
  CHILD (category_row);
  CHILD (trainer_row);
  CHILD (trainer_error);
  CHILD (starts_row);
  CHILD (starts_error);
  CHILD (ends_row);
  CHILD (ends_error);
  CHILD (place_row);
  CHILD (place_error);
  CHILD (station_row);
  CHILD (capacity_row);
  CHILD (capacity_spin);
  CHILD (minutes_row);
  CHILD (minutes_spin);
  CHILD (notes_row);
  CHILD (notes_error);
#undef CHILD
  gtk_widget_class_bind_template_callback (widget_class, on_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_activated_cb);

  gtk_widget_class_install_action (widget_class, "training.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "category.new", NULL, category_action);
  gtk_widget_class_install_action (widget_class, "category.rename", NULL, category_action);
  gtk_widget_class_install_action (widget_class, "category.archive", NULL, category_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "training.save", NULL);
}

static void
vd_training_dialog_init (VdTrainingDialog *self)
{
  self->category_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->station_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_widget_init_template (GTK_WIDGET (self));
  self->subtitles[VD_TRAINING_FIELD_CAPACITY] =
    g_strdup (adw_action_row_get_subtitle (self->capacity_row));
  self->subtitles[VD_TRAINING_FIELD_MINUTES] =
    g_strdup (adw_action_row_get_subtitle (self->minutes_row));
}

VdTrainingDialog *
vd_training_dialog_new (GtkWindow  *parent,
                        VdDatabase *database,
                        VdTraining *training)
{
  VdTrainingDialog *self;

  g_return_val_if_fail (VD_IS_DATABASE (database), NULL);

  self = g_object_new (VD_TYPE_TRAINING_DIALOG, "transient-for", parent, NULL);
  self->database = g_object_ref (database);
  self->loading = TRUE;
  if (training != NULL)
    self->training = vd_training_copy (training);
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      /* a new session: this morning, two hours, to be changed */
      self->training = vd_training_new ();
      g_free (self->training->starts_at);
      self->training->starts_at = g_date_time_format (now, "%Y-%m-%d 09:00");
      g_free (self->training->ends_at);
      self->training->ends_at = g_date_time_format (now, "%Y-%m-%d 11:00");
    }
  adw_window_title_set_title (self->window_title, training != NULL ? _("Edit Training Session")
                                                                    : _("New Training Session"));
  gtk_editable_set_text (GTK_EDITABLE (self->topic_row), self->training->topic);
  gtk_editable_set_text (GTK_EDITABLE (self->trainer_row), self->training->trainer);
  /* shown to the minute, as typed */
  {
    g_autofree char *starts = g_strndup (self->training->starts_at, 16);
    g_autofree char *ends = g_strndup (self->training->ends_at, 16);

    gtk_editable_set_text (GTK_EDITABLE (self->starts_row), starts);
    gtk_editable_set_text (GTK_EDITABLE (self->ends_row), ends);
  }
  gtk_editable_set_text (GTK_EDITABLE (self->place_row), self->training->place);
  gtk_editable_set_text (GTK_EDITABLE (self->notes_row), self->training->notes);
  gtk_spin_button_set_value (self->capacity_spin, self->training->capacity);
  gtk_spin_button_set_value (self->minutes_spin, training != NULL ? self->training->minutes : 0);
  fill_categories (self, self->training->category_id);
  fill_stations (self);
  self->loading = FALSE;
  validate (self, FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self->topic_row));
  return self;
}
