/* vd-station-dialog.c — add or edit a service station
 *
 * Every change runs the core's check; a field shows its message once the user has
 * touched it, and every field does after a Save that was refused.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vd-station-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "vd-places.h"
#include "vd-station-dialog.h"

struct _VdStationDialog
{
  AdwWindow       parent_instance;

  VdDatabase     *database;
  VdStation      *station;
  GArray         *subdistrict_ids;   /* gint64, index 0 = none */
  GArray         *community_ids;     /* gint64, index 0 = none */
  gboolean        touched[VD_STATION_N_FIELDS];
  gboolean        loading;

  AdwWindowTitle *window_title;
  GtkWidget      *save_button;
  AdwEntryRow    *name_row;
  GtkLabel       *name_error;
  AdwComboRow    *type_row;
  AdwComboRow    *subdistrict_row;
  AdwComboRow    *community_row;
  AdwEntryRow    *established_row;
  GtkLabel       *established_error;
  AdwEntryRow    *address_row;
  AdwEntryRow    *contact_name_row;
  AdwEntryRow    *contact_phone_row;
  GtkLabel       *contact_phone_error;
  AdwEntryRow    *notes_row;
  GtkLabel       *notes_error;
};

G_DEFINE_FINAL_TYPE (VdStationDialog, vd_station_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
text_of (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static void
set_text (AdwEntryRow *row,
          const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

static void
show_label (GtkWidget  *row,
            GtkLabel   *label,
            const char *message)
{
  gtk_label_set_label (label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), message != NULL);
  if (message != NULL)
    gtk_widget_add_css_class (row, "error");
  else
    gtk_widget_remove_css_class (row, "error");
}

static void
show_subtitle (AdwComboRow *row,
               const char  *message)
{
  g_autofree char *escaped = message != NULL ? g_markup_escape_text (message, -1) : NULL;

  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped);
  if (message != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
}

static gint64
selected_id (AdwComboRow *row,
             GArray      *ids)
{
  guint i = adw_combo_row_get_selected (row);

  return i < ids->len ? g_array_index (ids, gint64, i) : 0;
}

/* Copies the fields into self->station (its id and status stay). */
static void
read_fields (VdStationDialog *self)
{
  VdStation *s = self->station;

  g_free (s->name);
  s->name = g_strdup (text_of (self->name_row));
  s->type = adw_combo_row_get_selected (self->type_row);
  s->subdistrict_id = selected_id (self->subdistrict_row, self->subdistrict_ids);
  s->community_id = selected_id (self->community_row, self->community_ids);
  g_free (s->established_on);
  s->established_on = g_strdup (text_of (self->established_row));
  g_free (s->address);
  s->address = g_strdup (text_of (self->address_row));
  g_free (s->contact_name);
  s->contact_name = g_strdup (text_of (self->contact_name_row));
  g_free (s->contact_phone);
  s->contact_phone = g_strdup (text_of (self->contact_phone_row));
  g_free (s->notes);
  s->notes = g_strdup (text_of (self->notes_row));
}

static gboolean
validate (VdStationDialog *self)
{
  VdStationCheck check = { { NULL } };
  gboolean ok;

#define MSG(f) (self->touched[f] ? check.messages[f] : NULL)

  read_fields (self);
  ok = vd_stations_check (self->database, self->station, &check);
  show_label (GTK_WIDGET (self->name_row), self->name_error, MSG (VD_STATION_FIELD_NAME));
  show_subtitle (self->type_row, MSG (VD_STATION_FIELD_TYPE));
  show_subtitle (self->subdistrict_row, MSG (VD_STATION_FIELD_SUBDISTRICT));
  show_subtitle (self->community_row, MSG (VD_STATION_FIELD_COMMUNITY));
  show_label (GTK_WIDGET (self->established_row), self->established_error,
              MSG (VD_STATION_FIELD_ESTABLISHED_ON));
  show_label (GTK_WIDGET (self->contact_phone_row), self->contact_phone_error,
              MSG (VD_STATION_FIELD_CONTACT_PHONE));
  show_label (GTK_WIDGET (self->notes_row), self->notes_error, MSG (VD_STATION_FIELD_TEXT));
  vd_station_check_clear (&check);

#undef MSG
  return ok;
}

static VdStationField
field_of (VdStationDialog *self,
          gpointer         row)
{
  if (row == self->name_row)
    return VD_STATION_FIELD_NAME;
  if (row == self->type_row)
    return VD_STATION_FIELD_TYPE;
  if (row == self->subdistrict_row)
    return VD_STATION_FIELD_SUBDISTRICT;
  if (row == self->community_row)
    return VD_STATION_FIELD_COMMUNITY;
  if (row == self->established_row)
    return VD_STATION_FIELD_ESTABLISHED_ON;
  if (row == self->contact_phone_row)
    return VD_STATION_FIELD_CONTACT_PHONE;
  return VD_STATION_FIELD_TEXT;
}

static void
fill_combos (VdStationDialog *self)
{
  g_autoptr(GPtrArray) subdistricts = NULL;
  g_autoptr(GPtrArray) communities = NULL;
  g_autoptr(GtkStringList) sub_model = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) com_model = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) type_model = gtk_string_list_new (NULL);
  gint64 none = 0;
  guint sub_selected = 0, com_selected = 0;

  for (guint t = 0; t < VD_N_STATION_TYPES; t++)
    gtk_string_list_append (type_model, vd_station_type_get_label (t));
  adw_combo_row_set_model (self->type_row, G_LIST_MODEL (type_model));

  g_array_set_size (self->subdistrict_ids, 0);
  g_array_set_size (self->community_ids, 0);
  g_array_append_val (self->subdistrict_ids, none);
  g_array_append_val (self->community_ids, none);
  gtk_string_list_append (sub_model, _("None"));
  gtk_string_list_append (com_model, _("None"));

  subdistricts = vd_places_list_subdistricts (self->database, TRUE, NULL);
  for (guint i = 0; subdistricts != NULL && i < subdistricts->len; i++)
    {
      VdSubdistrict *s = subdistricts->pdata[i];

      /* Archived places stay only where this station already is. */
      if (s->archived && s->id != self->station->subdistrict_id)
        continue;
      if (s->id == self->station->subdistrict_id)
        sub_selected = self->subdistrict_ids->len;
      g_array_append_val (self->subdistrict_ids, s->id);
      gtk_string_list_append (sub_model, s->name);
    }
  communities = vd_places_list_communities (self->database, 0, TRUE, NULL);
  for (guint i = 0; communities != NULL && i < communities->len; i++)
    {
      VdCommunity *c = communities->pdata[i];
      g_autofree char *label = NULL;

      if (c->archived && c->id != self->station->community_id)
        continue;
      if (c->id == self->station->community_id)
        com_selected = self->community_ids->len;
      label = g_strdup_printf ("%s · %s", c->subdistrict_name, c->name);
      g_array_append_val (self->community_ids, c->id);
      gtk_string_list_append (com_model, label);
    }
  adw_combo_row_set_model (self->subdistrict_row, G_LIST_MODEL (sub_model));
  adw_combo_row_set_model (self->community_row, G_LIST_MODEL (com_model));
  adw_combo_row_set_selected (self->type_row, self->station->type);
  adw_combo_row_set_selected (self->subdistrict_row, sub_selected);
  adw_combo_row_set_selected (self->community_row, com_selected);
}

static void
on_entry_changed_cb (VdStationDialog *self,
                     GtkEditable     *editable)
{
  if (self->loading)
    return;
  self->touched[field_of (self, editable)] = TRUE;
  validate (self);
}

static void
on_combo_changed_cb (VdStationDialog *self,
                     GParamSpec      *pspec,
                     AdwComboRow     *row)
{
  if (self->loading)
    return;
  /* A community chosen puts its sub-district in place. */
  if (row == self->community_row && selected_id (row, self->community_ids) != 0)
    {
      read_fields (self);
      self->station->subdistrict_id = 0;
      {
        VdStationCheck check = { { NULL } };

        vd_stations_check (self->database, self->station, &check);
        vd_station_check_clear (&check);
      }
      for (guint i = 0; i < self->subdistrict_ids->len; i++)
        if (g_array_index (self->subdistrict_ids, gint64, i) == self->station->subdistrict_id)
          {
            self->loading = TRUE;
            adw_combo_row_set_selected (self->subdistrict_row, i);
            self->loading = FALSE;
          }
    }
  self->touched[field_of (self, row)] = TRUE;
  /* The type decides whether a community is needed. */
  if (row == self->type_row)
    self->touched[VD_STATION_FIELD_COMMUNITY] = TRUE;
  validate (self);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  VdStationDialog *self = VD_STATION_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  for (guint i = 0; i < VD_STATION_N_FIELDS; i++)
    self->touched[i] = TRUE;
  if (!validate (self))
    return;
  if (self->station->id == 0)
    ok = vd_stations_insert (self->database, self->station, &error);
  else
    ok = vd_stations_update (self->database, self->station, &error);
  if (!ok)
    {
      /* Only what changed meanwhile can get here: show it by the name. */
      show_label (GTK_WIDGET (self->name_row), self->name_error, error->message);
      return;
    }
  g_signal_emit (self, signals[SAVED], 0, self->station->id);
  gtk_window_close (GTK_WINDOW (self));
}

static void
on_entry_activated_cb (VdStationDialog *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "station.save", NULL);
}

static void
vd_station_dialog_dispose (GObject *object)
{
  VdStationDialog *self = VD_STATION_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), VD_TYPE_STATION_DIALOG);
  g_clear_object (&self->database);
  g_clear_object (&self->station);
  g_clear_pointer (&self->subdistrict_ids, g_array_unref);
  g_clear_pointer (&self->community_ids, g_array_unref);

  G_OBJECT_CLASS (vd_station_dialog_parent_class)->dispose (object);
}

static void
vd_station_dialog_class_init (VdStationDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vd_station_dialog_dispose;

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/vd-station-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, VdStationDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, VdStationDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, VdStationDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, VdStationDialog, name_error);
  gtk_widget_class_bind_template_child (widget_class, VdStationDialog, type_row);
  gtk_widget_class_bind_template_child (widget_class, VdStationDialog, subdistrict_row);
  gtk_widget_class_bind_template_child (widget_class, VdStationDialog, community_row);
  gtk_widget_class_bind_template_child (widget_class, VdStationDialog, established_row);
  gtk_widget_class_bind_template_child (widget_class, VdStationDialog, established_error);
  gtk_widget_class_bind_template_child (widget_class, VdStationDialog, address_row);
  gtk_widget_class_bind_template_child (widget_class, VdStationDialog, contact_name_row);
  gtk_widget_class_bind_template_child (widget_class, VdStationDialog, contact_phone_row);
  gtk_widget_class_bind_template_child (widget_class, VdStationDialog, contact_phone_error);
  gtk_widget_class_bind_template_child (widget_class, VdStationDialog, notes_row);
  gtk_widget_class_bind_template_child (widget_class, VdStationDialog, notes_error);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_combo_changed_cb);

  gtk_widget_class_install_action (widget_class, "station.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
vd_station_dialog_init (VdStationDialog *self)
{
  self->subdistrict_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->community_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
vd_station_dialog_new (GtkWindow  *parent,
                       VdDatabase *database,
                       VdStation  *station)
{
  VdStationDialog *self;

  g_return_val_if_fail (VD_IS_DATABASE (database), NULL);

  self = g_object_new (VD_TYPE_STATION_DIALOG, "transient-for", parent, NULL);
  self->database = g_object_ref (database);
  self->station = station != NULL ? vd_station_copy (station) : vd_station_new ();

  self->loading = TRUE;
  adw_window_title_set_title (self->window_title,
                              station != NULL ? _("Edit Station") : _("Add Station"));
  gtk_window_set_title (GTK_WINDOW (self), station != NULL ? _("Edit Station") : _("Add Station"));
  fill_combos (self);
  set_text (self->name_row, self->station->name);
  set_text (self->established_row, self->station->established_on);
  set_text (self->address_row, self->station->address);
  set_text (self->contact_name_row, self->station->contact_name);
  set_text (self->contact_phone_row, self->station->contact_phone);
  set_text (self->notes_row, self->station->notes);
  self->loading = FALSE;
  validate (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
  return GTK_WIDGET (self);
}
