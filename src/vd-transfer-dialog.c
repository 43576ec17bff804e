/* vd-transfer-dialog.c — moving a volunteer to another station or community (关系转接)
 *
 * The register keeps the whole history and writes a transfer row; this dialog only
 * gathers where to, when and why, and shows each problem next to its field.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vd-transfer-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "vd-date.h"
#include "vd-lookup.h"
#include "vd-register.h"
#include "vd-transfer-dialog.h"

struct _VdTransferDialog
{
  AdwWindow            parent_instance;

  VdDatabase          *database;
  VdVolunteer         *volunteer;
  GArray              *station_ids;    /* gint64 per combo entry; 0 keeps the current one */
  GArray              *community_ids;

  AdwPreferencesGroup *group;
  AdwComboRow         *station_row;
  AdwComboRow         *community_row;
  AdwEntryRow         *date_row;
  GtkLabel            *date_error;
  AdwEntryRow         *reason_row;
  GtkLabel            *error_label;
  GtkButton           *transfer_button;
};

G_DEFINE_FINAL_TYPE (VdTransferDialog, vd_transfer_dialog, ADW_TYPE_WINDOW)

enum {
  TRANSFERRED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Fills a combo row with "No change (current)" and the lookup list. */
static void
fill_places (VdTransferDialog *self,
             AdwComboRow      *row,
             GArray           *ids,
             VdLookupKind      kind,
             gint64            current_id,
             const char       *current_name)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *keep = NULL;
  gint64 none = 0;
  guint i;

  keep = current_name[0] != '\0'
         /* Translators: the first entry of the station and community lists */
         ? g_strdup_printf (_("No change (%s)"), current_name)
         : g_strdup (_("No change (none)"));
  gtk_string_list_append (names, keep);
  g_array_append_val (ids, none);

  items = vd_lookup_list (self->database, kind, &error);
  if (items == NULL)
    g_warning ("Cannot list the places: %s", error->message);
  for (i = 0; items != NULL && i < items->len; i++)
    {
      VdLookupItem *item = g_ptr_array_index (items, i);

      if (item->id == current_id)
        continue;
      gtk_string_list_append (names, item->name);
      g_array_append_val (ids, item->id);
    }
  adw_combo_row_set_model (row, G_LIST_MODEL (names));
}

static gint64
selected_id (AdwComboRow *row,
             GArray      *ids)
{
  guint selected = adw_combo_row_get_selected (row);

  if (selected >= ids->len)
    return 0;
  return g_array_index (ids, gint64, selected);
}

static void
show_place_message (VdTransferDialog *self,
                    const char       *message)
{
  if (message != NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (message, -1);

      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->station_row), escaped);
      gtk_widget_add_css_class (GTK_WIDGET (self->station_row), "invalid");
    }
  else
    {
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->station_row), "");
      gtk_widget_remove_css_class (GTK_WIDGET (self->station_row), "invalid");
    }
}

static void
show_date_message (VdTransferDialog *self,
                   const char       *message)
{
  gtk_label_set_label (self->date_error, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->date_error), message != NULL);
  if (message != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->date_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->date_row), "error");
}

/* The date as stored (YYYY-MM-DD), or NULL with a message for the field. */
static char *
read_date (VdTransferDialog  *self,
           const char       **message)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->date_row));
  GDate date;
  GDate today;

  *message = NULL;
  g_date_clear (&date, 1);
  if (!vd_date_parse (text, &date))
    {
      *message = _("Enter a date as YYYY-MM-DD");
      return NULL;
    }
  g_date_clear (&today, 1);
  vd_date_set_today (&today);
  if (g_date_compare (&date, &today) > 0)
    {
      *message = _("The date cannot be in the future");
      return NULL;
    }
  return vd_date_to_iso (&date);
}

static void
on_date_changed_cb (VdTransferDialog *self)
{
  g_autofree char *date = NULL;
  const char *message;

  date = read_date (self, &message);
  show_date_message (self, message);
}

static void
on_place_changed_cb (VdTransferDialog *self)
{
  show_place_message (self, NULL);
}

static void
on_transfer_clicked_cb (VdTransferDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  const char *message;
  gint64 station;
  gint64 community;

  date = read_date (self, &message);
  show_date_message (self, message);

  station = selected_id (self->station_row, self->station_ids);
  community = selected_id (self->community_row, self->community_ids);
  if (station == 0 && community == 0)
    {
      show_place_message (self, _("Choose another station or community"));
      return;
    }
  if (date == NULL)
    return;

  if (!vd_register_transfer (self->database, self->volunteer->id, station, community, date,
                             gtk_editable_get_text (GTK_EDITABLE (self->reason_row)), &error))
    {
      gtk_label_set_label (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }

  g_signal_emit (self, signals[TRANSFERRED], 0);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
vd_transfer_dialog_dispose (GObject *object)
{
  VdTransferDialog *self = VD_TRANSFER_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), VD_TYPE_TRANSFER_DIALOG);
  g_clear_object (&self->database);
  g_clear_object (&self->volunteer);
  g_clear_pointer (&self->station_ids, g_array_unref);
  g_clear_pointer (&self->community_ids, g_array_unref);

  G_OBJECT_CLASS (vd_transfer_dialog_parent_class)->dispose (object);
}

static void
vd_transfer_dialog_class_init (VdTransferDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vd_transfer_dialog_dispose;

  /**
   * VdTransferDialog::transferred:
   *
   * The register has moved the volunteer.
   */
  signals[TRANSFERRED] =
    g_signal_new ("transferred",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/vd-transfer-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, VdTransferDialog, community_row);
  gtk_widget_class_bind_template_child (widget_class, VdTransferDialog, date_error);
  gtk_widget_class_bind_template_child (widget_class, VdTransferDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, VdTransferDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, VdTransferDialog, group);
  gtk_widget_class_bind_template_child (widget_class, VdTransferDialog, reason_row);
  gtk_widget_class_bind_template_child (widget_class, VdTransferDialog, station_row);
  gtk_widget_class_bind_template_child (widget_class, VdTransferDialog, transfer_button);
  gtk_widget_class_bind_template_callback (widget_class, on_date_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_place_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_transfer_clicked_cb);
}

static void
vd_transfer_dialog_init (VdTransferDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->station_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->community_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_window_set_default_widget (GTK_WINDOW (self), GTK_WIDGET (self->transfer_button));
}

GtkWidget *
vd_transfer_dialog_new (GtkWindow   *parent,
                        VdDatabase  *db,
                        VdVolunteer *volunteer)
{
  VdTransferDialog *self;
  g_autofree char *title = NULL;
  g_autofree char *today = NULL;
  GDate date;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (VD_IS_VOLUNTEER (volunteer), NULL);

  self = g_object_new (VD_TYPE_TRANSFER_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->database = g_object_ref (db);
  self->volunteer = g_object_ref (volunteer);

  /* Translators: the title of the dialog; %s is the volunteer's name */
  title = g_strdup_printf (_("Transfer %s"), volunteer->name);
  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_preferences_group_set_description (self->group,
                                         _("The volunteer keeps their whole history: hours, "
                                           "teams and records stay with them."));

  fill_places (self, self->station_row, self->station_ids, VD_LOOKUP_STATIONS,
               volunteer->station_id, volunteer->station_name);
  fill_places (self, self->community_row, self->community_ids, VD_LOOKUP_COMMUNITIES,
               volunteer->community_id, volunteer->community_name);

  g_date_clear (&date, 1);
  vd_date_set_today (&date);
  today = vd_date_to_iso (&date);
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), today);

  return GTK_WIDGET (self);
}
