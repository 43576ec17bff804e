/* vd-exchange-dialog.c — a volunteer exchanges points for an item of the catalogue
 *
 * Shows the balance and the total as the user chooses; the core decides, and its
 * message goes next to the field it is about. On success the pickup code fills the
 * dialog, big enough to read out.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vd-exchange-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "vd-exchange-dialog.h"
#include "vd-points.h"
#include "vd-register.h"
#include "vd-volunteer-picker.h"

struct _VdExchangeDialog
{
  AdwWindow       parent_instance;

  VdDatabase     *database;
  GPtrArray      *items;          /* VdExchangeItem, in the combo's order */
  gint64          volunteer_id;
  char           *volunteer_name;
  gint64          balance_centi;

  GtkStack       *stack;
  GtkButton      *cancel_button;
  GtkButton      *exchange_button;
  AdwActionRow   *volunteer_row;
  GtkButton      *choose_button;
  AdwActionRow   *balance_row;
  AdwComboRow    *item_row;
  AdwActionRow   *quantity_row;
  GtkSpinButton  *quantity_spin;
  AdwActionRow   *total_row;
  GtkLabel       *error_label;
  AdwStatusPage  *done_page;
  GtkLabel       *code_label;
  GtkButton      *done_button;
};

G_DEFINE_FINAL_TYPE (VdExchangeDialog, vd_exchange_dialog, ADW_TYPE_WINDOW)

enum {
  EXCHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* A message in a row's subtitle, red (style.css: row.invalid), or its normal text. */
static void
set_row_message (AdwActionRow *row,
                 const char   *normal,
                 const char   *message)
{
  g_autofree char *escaped = g_markup_escape_text (message != NULL ? message : normal, -1);

  adw_action_row_set_subtitle (row, escaped);
  if (message != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (row), "invalid");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (row), "invalid");
}

static VdExchangeItem *
selected_item (VdExchangeDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->item_row);

  if (self->items == NULL || selected >= self->items->len)
    return NULL;
  return g_ptr_array_index (self->items, selected);
}

static char *
format_points (gint64 centi)
{
  g_autofree char *number = vd_points_format (centi);

  /* Translators: a number of points, e.g. "12.5 points" */
  return g_strdup_printf (_("%s points"), number);
}

/* The balance, the total and what is wrong with them, as the user changes things. */
static void
update (VdExchangeDialog *self)
{
  VdExchangeItem *item = selected_item (self);
  int quantity = gtk_spin_button_get_value_as_int (self->quantity_spin);
  g_autofree char *balance = format_points (self->balance_centi);
  g_autofree char *stock = NULL;
  g_autofree char *total = NULL;
  g_autofree char *stock_message = NULL;
  g_autofree char *total_message = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  set_row_message (self->balance_row, self->volunteer_id != 0 ? balance : "—", NULL);
  if (item == NULL)
    {
      set_row_message (self->quantity_row, "", NULL);
      set_row_message (self->total_row, "—", NULL);
      return;
    }

  /* Translators: what is left of an item */
  stock = g_strdup_printf (_("%d in stock"), (int)item->stock);
  if (quantity > item->stock)
    stock_message = item->stock == 0 ? g_strdup_printf (_("“%s” is out of stock."), item->name)
                                     : g_strdup_printf (_("Only %d of “%s” left in stock."),
                                                        (int)item->stock, item->name);
  set_row_message (self->quantity_row, stock, stock_message);

  total = format_points (item->price_centi * quantity);
  if (self->volunteer_id != 0 && item->price_centi * quantity > self->balance_centi)
    {
      g_autofree char *short_by = format_points (item->price_centi * quantity - self->balance_centi);

      /* Translators: the total, then how many points are missing */
      total_message = g_strdup_printf (_("%s — %s short"), total, short_by);
    }
  else if (self->volunteer_id != 0)
    {
      g_autofree char *after = format_points (self->balance_centi - item->price_centi * quantity);
      g_autofree char *text = NULL;

      /* Translators: the total, then the balance after the exchange */
      text = g_strdup_printf (_("%s — %s left after the exchange"), total, after);
      g_free (total);
      total = g_steal_pointer (&text);
    }
  set_row_message (self->total_row, total, total_message);
}

static void
load_items (VdExchangeDialog *self,
            gint64            item_id)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GError) error = NULL;
  guint selected = 0;

  g_clear_pointer (&self->items, g_ptr_array_unref);
  self->items = vd_points_list_items (self->database, FALSE, &error);
  if (self->items == NULL)
    {
      gtk_label_set_label (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }
  for (guint i = 0; i < self->items->len; i++)
    {
      VdExchangeItem *item = g_ptr_array_index (self->items, i);
      g_autofree char *price = format_points (item->price_centi);
      /* Translators: an item of the exchange dialog: name · price */
      g_autofree char *label = g_strdup_printf (_("%s · %s"), item->name, price);

      gtk_string_list_append (names, label);
      if (item->id == item_id)
        selected = i;
    }
  adw_combo_row_set_model (self->item_row, G_LIST_MODEL (names));
  if (self->items->len > 0)
    adw_combo_row_set_selected (self->item_row, selected);
  else
    set_row_message (ADW_ACTION_ROW (self->item_row), "",
                     _("The catalogue has no items to exchange: add some first."));
}

static void
on_changed_cb (VdExchangeDialog *self)
{
  update (self);
}

static void
on_picked_cb (VdExchangeDialog *self,
              GArray           *ids)
{
  if (ids->len > 0)
    vd_exchange_dialog_set_volunteer (self, g_array_index (ids, gint64, 0));
}

static void
on_choose_clicked_cb (VdExchangeDialog *self)
{
  VdVolunteerPicker *picker;

  picker = vd_volunteer_picker_new (GTK_WINDOW (self), self->database,
                                    _("Choose Volunteer"), _("C_hoose"));
  g_signal_connect_object (picker, "picked", G_CALLBACK (on_picked_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (picker));
}

static void
show_code (VdExchangeDialog *self,
           VdExchange       *exchange)
{
  g_autofree char *spent = format_points (exchange->points_centi);
  g_autofree char *left = NULL;
  g_autofree char *description = NULL;
  gint64 balance = 0;

  vd_points_get_balance (self->database, exchange->volunteer_id, &balance, NULL);
  left = format_points (balance);
  /* Translators: name, quantity, item, points spent, balance left */
  description = g_strdup_printf (_("Tell %s this code: it collects %d × %s (%s). Balance now: %s."),
                                 exchange->volunteer_name, (int)exchange->quantity,
                                 exchange->item_name, spent, left);
  adw_status_page_set_description (self->done_page, description);
  gtk_label_set_label (self->code_label, exchange->pickup_code);
  gtk_stack_set_visible_child_name (self->stack, "done");
  gtk_widget_set_visible (GTK_WIDGET (self->cancel_button), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->exchange_button), FALSE);
  gtk_window_set_default_widget (GTK_WINDOW (self), NULL);
  gtk_widget_grab_focus (GTK_WIDGET (self->done_button));
}

static void
on_exchange_clicked_cb (VdExchangeDialog *self)
{
  g_autoptr(VdExchange) exchange = NULL;
  g_autoptr(GError) error = NULL;
  VdExchangeItem *item = selected_item (self);

  update (self);
  if (self->volunteer_id == 0)
    {
      set_row_message (self->volunteer_row, "", _("Choose a volunteer from the register."));
      return;
    }
  if (item == NULL)
    {
      set_row_message (ADW_ACTION_ROW (self->item_row), "", _("Choose an item from the catalogue."));
      return;
    }

  exchange = vd_points_exchange (self->database, self->volunteer_id, item->id,
                                 gtk_spin_button_get_value_as_int (self->quantity_spin), &error);
  if (exchange == NULL)
    {
      if (g_error_matches (error, VD_POINTS_ERROR, VD_POINTS_ERROR_VOLUNTEER))
        set_row_message (self->volunteer_row, "", error->message);
      else if (g_error_matches (error, VD_POINTS_ERROR, VD_POINTS_ERROR_ITEM))
        set_row_message (ADW_ACTION_ROW (self->item_row), "", error->message);
      else if (g_error_matches (error, VD_POINTS_ERROR, VD_POINTS_ERROR_STOCK) ||
               g_error_matches (error, VD_POINTS_ERROR, VD_POINTS_ERROR_QUANTITY))
        set_row_message (self->quantity_row, "", error->message);
      else if (g_error_matches (error, VD_POINTS_ERROR, VD_POINTS_ERROR_BALANCE))
        set_row_message (self->total_row, "", error->message);
      else
        {
          gtk_label_set_label (self->error_label, error->message);
          gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
        }
      return;
    }

  g_signal_emit (self, signals[EXCHANGED], 0, exchange->id);
  show_code (self, exchange);
}

static void
vd_exchange_dialog_dispose (GObject *object)
{
  VdExchangeDialog *self = VD_EXCHANGE_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), VD_TYPE_EXCHANGE_DIALOG);
  g_clear_object (&self->database);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->volunteer_name, g_free);

  G_OBJECT_CLASS (vd_exchange_dialog_parent_class)->dispose (object);
}

static void
vd_exchange_dialog_class_init (VdExchangeDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vd_exchange_dialog_dispose;

  /**
   * VdExchangeDialog::exchanged:
   * @id: the new exchange's id
   *
   * The exchange is written: stock, ledger and pickup code.
   */
  signals[EXCHANGED] =
    g_signal_new ("exchanged",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/vd-exchange-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, VdExchangeDialog, balance_row);
  gtk_widget_class_bind_template_child (widget_class, VdExchangeDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, VdExchangeDialog, choose_button);
  gtk_widget_class_bind_template_child (widget_class, VdExchangeDialog, code_label);
  gtk_widget_class_bind_template_child (widget_class, VdExchangeDialog, done_button);
  gtk_widget_class_bind_template_child (widget_class, VdExchangeDialog, done_page);
  gtk_widget_class_bind_template_child (widget_class, VdExchangeDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, VdExchangeDialog, exchange_button);
  gtk_widget_class_bind_template_child (widget_class, VdExchangeDialog, item_row);
  gtk_widget_class_bind_template_child (widget_class, VdExchangeDialog, quantity_row);
  gtk_widget_class_bind_template_child (widget_class, VdExchangeDialog, quantity_spin);
  gtk_widget_class_bind_template_child (widget_class, VdExchangeDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, VdExchangeDialog, total_row);
  gtk_widget_class_bind_template_child (widget_class, VdExchangeDialog, volunteer_row);
  gtk_widget_class_bind_template_callback (widget_class, on_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_choose_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_exchange_clicked_cb);
}

static void
vd_exchange_dialog_init (VdExchangeDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_window_set_default_widget (GTK_WINDOW (self), GTK_WIDGET (self->exchange_button));
}

GtkWidget *
vd_exchange_dialog_new (GtkWindow  *parent,
                        VdDatabase *db,
                        gint64      item_id)
{
  VdExchangeDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);

  self = g_object_new (VD_TYPE_EXCHANGE_DIALOG, "transient-for", parent, NULL);
  self->database = g_object_ref (db);
  set_row_message (self->volunteer_row, _("Find them by name, pinyin, phone or number"), NULL);
  load_items (self, item_id);
  update (self);
  return GTK_WIDGET (self);
}

void
vd_exchange_dialog_set_volunteer (VdExchangeDialog *self,
                                  gint64            volunteer_id)
{
  g_autoptr(VdVolunteer) v = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;

  g_return_if_fail (VD_IS_EXCHANGE_DIALOG (self));

  v = vd_register_get (self->database, volunteer_id, &error);
  if (v == NULL || !vd_points_get_balance (self->database, volunteer_id, &self->balance_centi, &error))
    {
      set_row_message (self->volunteer_row, "", error->message);
      return;
    }
  self->volunteer_id = volunteer_id;
  g_free (self->volunteer_name);
  self->volunteer_name = g_strdup (v->name);
  /* Translators: a volunteer: name (volunteer number) */
  label = g_strdup_printf (_("%s (%s)"), v->name, v->volunteer_no);
  set_row_message (self->volunteer_row, label, NULL);
  update (self);
}
