/* vd-exchange-item-dialog.c — adding or changing an item of the exchange catalogue
 *
 * The core checks the fields; this dialog shows each message next to its field.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vd-exchange-item-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "vd-exchange-item-dialog.h"
#include "vd-points.h"

struct _VdExchangeItemDialog
{
  AdwWindow       parent_instance;

  VdDatabase     *database;
  VdExchangeItem *item;

  AdwEntryRow    *name_row;
  GtkLabel       *name_error;
  AdwEntryRow    *description_row;
  GtkLabel       *description_error;
  AdwEntryRow    *price_row;
  GtkLabel       *price_error;
  AdwActionRow   *stock_row;
  GtkSpinButton  *stock_spin;
  GtkLabel       *error_label;
  GtkButton      *save_button;
};

G_DEFINE_FINAL_TYPE (VdExchangeItemDialog, vd_exchange_item_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_field_message (GtkWidget  *row,
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
clear_messages (VdExchangeItemDialog *self)
{
  show_field_message (GTK_WIDGET (self->name_row), self->name_error, NULL);
  show_field_message (GTK_WIDGET (self->description_row), self->description_error, NULL);
  show_field_message (GTK_WIDGET (self->price_row), self->price_error, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
}

static void
on_field_changed_cb (VdExchangeItemDialog *self)
{
  clear_messages (self);
}

static void
on_save_clicked_cb (VdExchangeItemDialog *self)
{
  g_autoptr(GError) error = NULL;
  gint64 price = 0;

  clear_messages (self);
  if (!vd_points_parse (gtk_editable_get_text (GTK_EDITABLE (self->price_row)), FALSE, &price, &error))
    {
      show_field_message (GTK_WIDGET (self->price_row), self->price_error, error->message);
      gtk_widget_grab_focus (GTK_WIDGET (self->price_row));
      return;
    }

  g_free (self->item->name);
  self->item->name = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row)));
  g_free (self->item->description);
  self->item->description = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->description_row)));
  self->item->price_centi = price;
  self->item->stock = gtk_spin_button_get_value_as_int (self->stock_spin);

  if (!vd_points_save_item (self->database, self->item, &error))
    {
      if (g_error_matches (error, VD_POINTS_ERROR, VD_POINTS_ERROR_NAME))
        show_field_message (GTK_WIDGET (self->name_row), self->name_error, error->message);
      else if (g_error_matches (error, VD_POINTS_ERROR, VD_POINTS_ERROR_DESCRIPTION))
        show_field_message (GTK_WIDGET (self->description_row), self->description_error, error->message);
      else if (g_error_matches (error, VD_POINTS_ERROR, VD_POINTS_ERROR_PRICE))
        show_field_message (GTK_WIDGET (self->price_row), self->price_error, error->message);
      else
        {
          gtk_label_set_label (self->error_label, error->message);
          gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
        }
      return;
    }

  g_signal_emit (self, signals[SAVED], 0, self->item->id);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
vd_exchange_item_dialog_dispose (GObject *object)
{
  VdExchangeItemDialog *self = VD_EXCHANGE_ITEM_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), VD_TYPE_EXCHANGE_ITEM_DIALOG);
  g_clear_object (&self->database);
  g_clear_pointer (&self->item, vd_exchange_item_free);

  G_OBJECT_CLASS (vd_exchange_item_dialog_parent_class)->dispose (object);
}

static void
vd_exchange_item_dialog_class_init (VdExchangeItemDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vd_exchange_item_dialog_dispose;

  /**
   * VdExchangeItemDialog::saved:
   * @id: the item's id
   *
   * The item is in the catalogue.
   */
  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/vd-exchange-item-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, VdExchangeItemDialog, description_error);
  gtk_widget_class_bind_template_child (widget_class, VdExchangeItemDialog, description_row);
  gtk_widget_class_bind_template_child (widget_class, VdExchangeItemDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, VdExchangeItemDialog, name_error);
  gtk_widget_class_bind_template_child (widget_class, VdExchangeItemDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, VdExchangeItemDialog, price_error);
  gtk_widget_class_bind_template_child (widget_class, VdExchangeItemDialog, price_row);
  gtk_widget_class_bind_template_child (widget_class, VdExchangeItemDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, VdExchangeItemDialog, stock_row);
  gtk_widget_class_bind_template_child (widget_class, VdExchangeItemDialog, stock_spin);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked_cb);
}

static void
vd_exchange_item_dialog_init (VdExchangeItemDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_window_set_default_widget (GTK_WINDOW (self), GTK_WIDGET (self->save_button));
}

GtkWidget *
vd_exchange_item_dialog_new (GtkWindow  *parent,
                             VdDatabase *db,
                             gint64      item_id)
{
  VdExchangeItemDialog *self;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);

  self = g_object_new (VD_TYPE_EXCHANGE_ITEM_DIALOG, "transient-for", parent, NULL);
  self->database = g_object_ref (db);
  if (item_id != 0)
    self->item = vd_points_get_item (db, item_id, &error);
  if (self->item != NULL)
    {
      g_autofree char *price = vd_points_format (self->item->price_centi);

      gtk_window_set_title (GTK_WINDOW (self), _("Edit Item"));
      gtk_editable_set_text (GTK_EDITABLE (self->name_row), self->item->name);
      gtk_editable_set_text (GTK_EDITABLE (self->description_row), self->item->description);
      gtk_editable_set_text (GTK_EDITABLE (self->price_row), price);
      gtk_spin_button_set_value (self->stock_spin, (double)self->item->stock);
      adw_action_row_set_subtitle (self->stock_row,
                                   _("Correct a count here; use Restock for new deliveries"));
    }
  else
    self->item = vd_exchange_item_new ();
  clear_messages (self);
  return GTK_WIDGET (self);
}
