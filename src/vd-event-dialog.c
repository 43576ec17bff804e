/* vd-event-dialog.c — add or edit an event, checked as you type
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vd-event-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "vd-event-dialog.h"
#include "vd-lookup.h"
#include "vd-service-columns.h"

struct _VdEventDialog
{
  AdwWindow       parent_instance;

  VdDatabase     *database;
  VdEvent        *event;          /* what is edited: a copy, or a new one */
  GArray         *category_ids;   /* gint64 per row of category_row */
  GArray         *station_ids;    /* 0 first: none */
  GArray         *team_ids;
  gboolean        tried;          /* Save was pressed: show every message */
  gboolean        loading;

  AdwWindowTitle *window_title;
  AdwEntryRow    *title_row;
  GtkLabel       *title_error;
  AdwComboRow    *category_row;
  AdwComboRow    *status_row;
  AdwEntryRow    *starts_row;
  GtkLabel       *starts_error;
  AdwEntryRow    *ends_row;
  GtkLabel       *ends_error;
  AdwComboRow    *station_row;
  AdwEntryRow    *place_row;
  GtkLabel       *place_error;
  AdwComboRow    *team_row;
  AdwActionRow   *people_row;
  GtkSpinButton  *people_spin;
  GtkSwitch      *party_switch;
  AdwEntryRow    *description_row;
  GtkLabel       *description_error;
};

G_DEFINE_FINAL_TYPE (VdEventDialog, vd_event_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static guint
index_of (GArray *ids,
          gint64  id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return i;
  return 0;
}

static gint64
selected_id (AdwComboRow *row,
             GArray      *ids)
{
  guint i = adw_combo_row_get_selected (row);

  return i < ids->len ? g_array_index (ids, gint64, i) : 0;
}

/* Fills a combo row from a lookup list, with "none" first when none_label is set. */
static void
fill_combo (AdwComboRow *row,
            GArray      *ids,
            GPtrArray   *items,
            const char  *none_label)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  g_array_set_size (ids, 0);
  if (none_label != NULL)
    {
      gint64 zero = 0;
      gtk_string_list_append (names, none_label);
      g_array_append_val (ids, zero);
    }
  for (guint i = 0; items != NULL && i < items->len; i++)
    {
      VdLookupItem *item = g_ptr_array_index (items, i);

      gtk_string_list_append (names, item->name);
      g_array_append_val (ids, item->id);
    }
  adw_combo_row_set_model (row, G_LIST_MODEL (names));
}

static void
load_categories (VdEventDialog *self,
                 gint64         select)
{
  g_autoptr(GPtrArray) cats = vd_events_list_categories (self->database, NULL);

  self->loading = TRUE;
  fill_combo (self->category_row, self->category_ids, cats, NULL);
  adw_combo_row_set_selected (self->category_row, index_of (self->category_ids, select));
  self->loading = FALSE;
}

/* The form's content as an event (the id and counters of the edited one). */
static VdEvent *
read_form (VdEventDialog *self)
{
  VdEvent *e = vd_event_copy (self->event);

#define SET(field, text) g_free (e->field); e->field = g_strdup (text)
  SET (title, gtk_editable_get_text (GTK_EDITABLE (self->title_row)));
  SET (starts_at, gtk_editable_get_text (GTK_EDITABLE (self->starts_row)));
  SET (ends_at, gtk_editable_get_text (GTK_EDITABLE (self->ends_row)));
  SET (place, gtk_editable_get_text (GTK_EDITABLE (self->place_row)));
  SET (description, gtk_editable_get_text (GTK_EDITABLE (self->description_row)));
#undef SET
  e->category_id = selected_id (self->category_row, self->category_ids);
  e->station_id = selected_id (self->station_row, self->station_ids);
  e->team_id = selected_id (self->team_row, self->team_ids);
  e->people_served = (gint64)gtk_spin_button_get_value (self->people_spin);
  e->party_event = gtk_switch_get_active (self->party_switch);
  e->status = adw_combo_row_get_selected (self->status_row);
  if (e->status >= VD_N_EVENT_STATUS)
    e->status = VD_EVENT_PLANNED;
  return e;
}

static void
show_label (GtkWidget  *row,
            GtkLabel   *label,
            const char *message,
            gboolean    show)
{
  show = show && message != NULL;
  gtk_label_set_label (label, show ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), show);
  if (show)
    gtk_widget_add_css_class (row, "error");
  else
    gtk_widget_remove_css_class (row, "error");
}

static void
show_subtitle (AdwActionRow *row,
               const char   *message)
{
  g_autofree char *escaped = message != NULL ? g_markup_escape_text (message, -1) : NULL;

  adw_action_row_set_subtitle (row, escaped);
  if (message != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
}

static gboolean
has_text (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row))[0] != '\0';
}

/* Checks the form; messages appear for what the user has typed, and for everything
 * once Save was pressed. */
static gboolean
check (VdEventDialog *self)
{
  g_autoptr(VdEvent) e = read_form (self);
  char *messages[VD_EVENT_N_FIELDS] = { NULL, };
  gboolean ok = vd_events_check (self->database, e, messages);
  gboolean all = self->tried;

  show_label (GTK_WIDGET (self->title_row), self->title_error, messages[VD_EVENT_FIELD_TITLE],
              all || has_text (self->title_row));
  show_label (GTK_WIDGET (self->starts_row), self->starts_error, messages[VD_EVENT_FIELD_STARTS],
              all || has_text (self->starts_row));
  show_label (GTK_WIDGET (self->ends_row), self->ends_error, messages[VD_EVENT_FIELD_ENDS],
              all || has_text (self->ends_row));
  show_label (GTK_WIDGET (self->place_row), self->place_error, messages[VD_EVENT_FIELD_PLACE],
              all || has_text (self->place_row));
  show_label (GTK_WIDGET (self->description_row), self->description_error,
              messages[VD_EVENT_FIELD_DESCRIPTION], TRUE);
  show_subtitle (ADW_ACTION_ROW (self->category_row), messages[VD_EVENT_FIELD_CATEGORY]);
  show_subtitle (ADW_ACTION_ROW (self->team_row), messages[VD_EVENT_FIELD_TEAM]);
  show_subtitle (self->people_row, messages[VD_EVENT_FIELD_PEOPLE]);
  for (guint i = 0; i < VD_EVENT_N_FIELDS; i++)
    g_free (messages[i]);
  return ok;
}

static void
on_changed_cb (VdEventDialog *self)
{
  if (!self->loading)
    check (self);
}

static void
add_category (const char *name,
              gpointer    data)
{
  VdEventDialog *self = data;
  g_autoptr(GError) error = NULL;
  gint64 id = vd_events_add_category (self->database, name, &error);

  if (id == 0)
    {
      show_subtitle (ADW_ACTION_ROW (self->category_row), error->message);
      return;
    }
  load_categories (self, id);
  check (self);
}

static void
on_add_category_clicked_cb (VdEventDialog *self)
{
  vd_service_columns_ask_reason (GTK_WINDOW (self), _("New Event Category"),
                                 _("The category is added to the list every event chooses from."),
                                 _("_Add"), TRUE, add_category, g_object_ref (self), g_object_unref);
}

gboolean
vd_event_dialog_save (VdEventDialog *self)
{
  g_autoptr(VdEvent) e = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  g_return_val_if_fail (VD_IS_EVENT_DIALOG (self), FALSE);

  self->tried = TRUE;
  if (!check (self))
    return FALSE;
  e = read_form (self);
  ok = e->id > 0 ? vd_events_update (self->database, e, &error)
                 : vd_events_insert (self->database, e, &error);
  if (!ok)
    {
      show_subtitle (ADW_ACTION_ROW (self->people_row), error->message);
      return FALSE;
    }
  g_signal_emit (self, signals[SAVED], 0, e);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

static void
vd_event_dialog_dispose (GObject *object)
{
  VdEventDialog *self = VD_EVENT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), VD_TYPE_EVENT_DIALOG);
  g_clear_object (&self->database);
  g_clear_object (&self->event);
  g_clear_pointer (&self->category_ids, g_array_unref);
  g_clear_pointer (&self->station_ids, g_array_unref);
  g_clear_pointer (&self->team_ids, g_array_unref);

  G_OBJECT_CLASS (vd_event_dialog_parent_class)->dispose (object);
}

static void
vd_event_dialog_class_init (VdEventDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vd_event_dialog_dispose;

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, VD_TYPE_EVENT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/vd-event-dialog.ui");
#define CHILD(name) gtk_widget_class_bind_template_child (widget_class, VdEventDialog, name)
  CHILD (window_title);
  CHILD (title_row);
  CHILD (title_error);
  CHILD (category_row);
  CHILD (status_row);
  CHILD (starts_row);
  CHILD (starts_error);
  CHILD (ends_row);
  CHILD (ends_error);
  CHILD (station_row);
  CHILD (place_row);
  CHILD (place_error);
  CHILD (team_row);
  CHILD (people_row);
  CHILD (people_spin);
  CHILD (party_switch);
  CHILD (description_row);
  CHILD (description_error);
#undef CHILD
  gtk_widget_class_bind_template_callback (widget_class, on_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_category_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, vd_event_dialog_save);
}

static void
vd_event_dialog_init (VdEventDialog *self)
{
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  self->category_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->station_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->team_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (guint i = 0; i < VD_N_EVENT_STATUS; i++)
    gtk_string_list_append (statuses, vd_event_status_get_label (i));
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (statuses));
}

VdEventDialog *
vd_event_dialog_new (GtkWindow  *parent,
                     VdDatabase *db,
                     VdEvent    *event)
{
  VdEventDialog *self;
  g_autoptr(GPtrArray) stations = NULL;
  g_autoptr(GPtrArray) teams = NULL;
  VdEvent *e;

  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);

  self = g_object_new (VD_TYPE_EVENT_DIALOG, "transient-for", parent, NULL);
  self->database = g_object_ref (db);
  if (event != NULL)
    self->event = vd_event_copy (event);
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      self->event = vd_event_new ();
      g_free (self->event->starts_at);
      self->event->starts_at = g_date_time_format (now, "%Y-%m-%d 09:00");
      g_free (self->event->ends_at);
      self->event->ends_at = g_date_time_format (now, "%Y-%m-%d 11:00");
    }
  e = self->event;
  adw_window_title_set_title (self->window_title, event != NULL ? _("Edit Event") : _("New Event"));

  self->loading = TRUE;
  stations = vd_lookup_list (db, VD_LOOKUP_STATIONS, NULL);
  teams = vd_lookup_list (db, VD_LOOKUP_TEAMS, NULL);
  fill_combo (self->station_row, self->station_ids, stations, _("No station"));
  fill_combo (self->team_row, self->team_ids, teams, _("No team"));
  load_categories (self, e->category_id);
  self->loading = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), e->title);
  /* Minutes are enough in the form. */
  if (strlen (e->starts_at) >= 16)
    {
      g_autofree char *s = g_strndup (e->starts_at, 16);
      g_autofree char *t = g_strndup (e->ends_at, 16);
      gtk_editable_set_text (GTK_EDITABLE (self->starts_row), s);
      gtk_editable_set_text (GTK_EDITABLE (self->ends_row), t);
    }
  gtk_editable_set_text (GTK_EDITABLE (self->place_row), e->place);
  gtk_editable_set_text (GTK_EDITABLE (self->description_row), e->description);
  adw_combo_row_set_selected (self->station_row, index_of (self->station_ids, e->station_id));
  adw_combo_row_set_selected (self->team_row, index_of (self->team_ids, e->team_id));
  adw_combo_row_set_selected (self->status_row, e->status);
  gtk_spin_button_set_value (self->people_spin, e->people_served);
  gtk_switch_set_active (self->party_switch, e->party_event);
  self->loading = FALSE;
  check (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
  return self;
}
