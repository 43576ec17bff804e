/* vd-points-page.c — the points section: exchange catalogue, exchanges and ledgers
 *
 * The catalogue is here; the exchanges and a volunteer's ledger are views of their
 * own (vd-points-exchanges.c, vd-points-ledger.c). Every write goes through
 * vd-points.h.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vd-points-page"

#include "config.h"

#include <glib/gi18n.h>

#include "vd-dialogs.h"
#include "vd-exchange-dialog.h"
#include "vd-exchange-item-dialog.h"
#include "vd-points.h"
#include "vd-points-exchanges.h"
#include "vd-points-ledger.h"
#include "vd-points-page.h"
#include "vd-record-item.h"
#include "vd-window.h"

struct _VdPointsPage
{
  VdPage              parent_instance;

  GtkSingleSelection *selection;
  gulong              reloaded_id;

  AdwViewStack       *view_stack;
  GtkButton          *archive_button;
  GtkCheckButton     *archived_check;
  GtkStack           *catalogue_stack;
  GtkColumnView      *catalogue_view;
  VdPointsExchanges  *exchanges;
  VdPointsLedger     *ledger;
};

G_DEFINE_FINAL_TYPE (VdPointsPage, vd_points_page, VD_TYPE_PAGE)

static GtkWindow *
get_window (VdPointsPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
show_error (VdPointsPage *self,
            const char   *heading,
            GError       *error)
{
  vd_dialogs_show_message (get_window (self), heading, error->message);
}

static char *
item_name_text (gconstpointer record)
{
  return g_strdup (((const VdExchangeItem *)record)->name);
}

static char *
item_description_text (gconstpointer record)
{
  return g_strdup (((const VdExchangeItem *)record)->description);
}

static char *
item_price_text (gconstpointer record)
{
  return vd_points_format (((const VdExchangeItem *)record)->price_centi);
}

static char *
item_stock_text (gconstpointer record)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT, ((const VdExchangeItem *)record)->stock);
}

static char *
item_status_text (gconstpointer record)
{
  const VdExchangeItem *item = record;

  if (item->archived)
    return g_strdup (_("Archived"));
  if (item->stock == 0)
    return g_strdup (_("Out of stock"));
  return g_strdup (_("Offered"));
}

static int
compare_item_name (gconstpointer a,
                   gconstpointer b)
{
  return g_utf8_collate (((const VdExchangeItem *)a)->name, ((const VdExchangeItem *)b)->name);
}

static int
compare_item_price (gconstpointer a,
                    gconstpointer b)
{
  gint64 x = ((const VdExchangeItem *)a)->price_centi;
  gint64 y = ((const VdExchangeItem *)b)->price_centi;

  return x < y ? -1 : x > y;
}

static int
compare_item_stock (gconstpointer a,
                    gconstpointer b)
{
  gint64 x = ((const VdExchangeItem *)a)->stock;
  gint64 y = ((const VdExchangeItem *)b)->stock;

  return x < y ? -1 : x > y;
}

static VdExchangeItem *
selected_item (VdPointsPage *self)
{
  return vd_column_view_get_selected (self->catalogue_view);
}

static void
update_actions (VdPointsPage *self)
{
  VdExchangeItem *item = selected_item (self);
  gboolean has_db = vd_page_get_database (VD_PAGE (self)) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "points.add-item", has_db);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "points.exchange", has_db);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "points.edit-item", item != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "points.restock", item != NULL && !item->archived);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "points.archive", item != NULL);
  gtk_button_set_label (self->archive_button,
                        item != NULL && item->archived ? _("Un_archive") : _("Ar_chive"));
}

static void
on_selection_changed_cb (VdPointsPage *self)
{
  update_actions (self);
}

/* Reloads the catalogue and keeps the selected item selected. */
static void
refresh_catalogue (VdPointsPage *self,
                   gint64        select_id)
{
  VdDatabase *db = vd_page_get_database (VD_PAGE (self));
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GListStore) store = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *model;
  VdExchangeItem *selected = selected_item (self);

  if (select_id == 0 && selected != NULL)
    select_id = selected->id;
  if (db != NULL)
    {
      items = vd_points_list_items (db, gtk_check_button_get_active (self->archived_check), &error);
      if (items == NULL)
        g_warning ("Cannot list the catalogue: %s", error->message);
    }
  store = vd_record_store_new_take (items, (GDestroyNotify)vd_exchange_item_free);
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_func (self->selection, on_selection_changed_cb, self);
  self->selection = vd_column_view_set_store (self->catalogue_view, G_LIST_MODEL (store));
  g_signal_connect_swapped (self->selection, "notify::selected", G_CALLBACK (on_selection_changed_cb), self);

  model = G_LIST_MODEL (self->selection);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  for (guint i = 0; select_id != 0 && i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(VdRecordItem) row = g_list_model_get_item (model, i);

      if (((VdExchangeItem *)vd_record_item_get (row))->id == select_id)
        {
          gtk_single_selection_set_selected (self->selection, i);
          break;
        }
    }
  gtk_stack_set_visible_child_name (self->catalogue_stack,
                                    g_list_model_get_n_items (model) > 0 ? "list" : "empty");
  update_actions (self);
}

static void
refresh_all (VdPointsPage *self)
{
  refresh_catalogue (self, 0);
  vd_points_exchanges_refresh (self->exchanges);
  vd_points_ledger_refresh (self->ledger);
}

static void
on_changed_cb (VdPointsPage *self)
{
  refresh_all (self);
}

static void
on_show_ledger_cb (VdPointsPage *self,
                   gint64        volunteer_id)
{
  vd_points_ledger_set_volunteer (self->ledger, volunteer_id);
  adw_view_stack_set_visible_child_name (self->view_stack, "ledger");
}

static void
on_archived_toggled_cb (VdPointsPage *self)
{
  refresh_catalogue (self, 0);
}

static void
on_item_saved_cb (VdPointsPage *self,
                  gint64        id)
{
  refresh_catalogue (self, id);
}

static void
open_item_dialog (VdPointsPage *self,
                  gint64        item_id)
{
  GtkWidget *dialog;

  dialog = vd_exchange_item_dialog_new (get_window (self), vd_page_get_database (VD_PAGE (self)), item_id);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_item_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_catalogue_activate_cb (VdPointsPage *self,
                          guint         position)
{
  gtk_single_selection_set_selected (self->selection, position);
  if (selected_item (self) != NULL)
    open_item_dialog (self, selected_item (self)->id);
}

static void
add_item_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  VdPointsPage *self = VD_POINTS_PAGE (widget);

  adw_view_stack_set_visible_child_name (self->view_stack, "catalogue");
  open_item_dialog (self, 0);
}

static void
edit_item_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  VdPointsPage *self = VD_POINTS_PAGE (widget);

  if (selected_item (self) != NULL)
    open_item_dialog (self, selected_item (self)->id);
}

static void
on_restock_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        VdPointsPage     *self)
{
  GtkSpinButton *spin = GTK_SPIN_BUTTON (adw_message_dialog_get_extra_child (dialog));
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "vd-item-id"));
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "restock") != 0)
    return;
  gtk_spin_button_update (spin);
  if (!vd_points_restock (vd_page_get_database (VD_PAGE (self)), id,
                          gtk_spin_button_get_value_as_int (spin), &error))
    show_error (self, _("Cannot Restock"), error);
  refresh_catalogue (self, id);
}

static void
restock_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  VdPointsPage *self = VD_POINTS_PAGE (widget);
  VdExchangeItem *item = selected_item (self);
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;
  GtkWidget *spin;

  if (item == NULL)
    return;
  /* Translators: %s is an item of the exchange catalogue */
  heading = g_strdup_printf (_("Restock “%s”"), item->name);
  /* Translators: %d is the number in stock now */
  body = g_strdup_printf (_("How many arrived? %d are in stock now."), (int)item->stock);
  dialog = vd_dialogs_new_question (get_window (self), heading, body, "cancel", _("_Cancel"),
                                    "restock", _("_Restock"), ADW_RESPONSE_SUGGESTED);
  spin = gtk_spin_button_new_with_range (1, VD_POINTS_MAX_STOCK, 1);
  gtk_widget_set_halign (spin, GTK_ALIGN_CENTER);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), spin);
  g_object_set_data (G_OBJECT (dialog), "vd-item-id", GSIZE_TO_POINTER ((gsize)item->id));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_restock_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
set_archived (VdPointsPage *self,
              gint64        id,
              gboolean      archived)
{
  g_autoptr(GError) error = NULL;

  if (!vd_points_set_archived (vd_page_get_database (VD_PAGE (self)), id, archived, &error))
    show_error (self, archived ? _("Cannot Archive") : _("Cannot Unarchive"), error);
  refresh_catalogue (self, id);
}

static void
on_undo_archive_cb (AdwToast     *toast,
                    VdPointsPage *self)
{
  set_archived (self, GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (toast), "vd-item-id")), FALSE);
}

static void
archive_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  VdPointsPage *self = VD_POINTS_PAGE (widget);
  VdExchangeItem *item = selected_item (self);
  GtkWindow *window = get_window (self);
  gint64 id;
  gboolean archive;

  if (item == NULL)
    return;
  id = item->id;
  archive = !item->archived;
  if (archive && VD_IS_WINDOW (window))
    {
      g_autofree char *title = g_strdup_printf (_("“%s” archived: no longer offered"), item->name);
      AdwToast *toast = adw_toast_new (title);

      adw_toast_set_button_label (toast, _("_Undo"));
      g_object_set_data (G_OBJECT (toast), "vd-item-id", GSIZE_TO_POINTER ((gsize)id));
      g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_undo_archive_cb), self, 0);
      vd_window_add_toast (VD_WINDOW (window), toast);
    }
  set_archived (self, id, archive);
}

static void
on_exchanged_cb (VdPointsPage *self,
                 gint64        exchange_id)
{
  refresh_all (self);
}

static void
exchange_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  VdPointsPage *self = VD_POINTS_PAGE (widget);
  VdExchangeItem *item = selected_item (self);
  GtkWidget *dialog;

  dialog = vd_exchange_dialog_new (get_window (self), vd_page_get_database (VD_PAGE (self)),
                                   item != NULL ? item->id : 0);
  if (vd_points_ledger_get_volunteer (self->ledger) != 0)
    vd_exchange_dialog_set_volunteer (VD_EXCHANGE_DIALOG (dialog),
                                      vd_points_ledger_get_volunteer (self->ledger));
  g_signal_connect_object (dialog, "exchanged", G_CALLBACK (on_exchanged_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_database_reloaded_cb (VdPointsPage *self)
{
  refresh_all (self);
}

static void
on_map_cb (VdPointsPage *self)
{
  /* hours approved elsewhere change balances: show what is there now */
  refresh_all (self);
}

static void
vd_points_page_database_changed (VdPage     *page,
                                 VdDatabase *previous)
{
  VdPointsPage *self = VD_POINTS_PAGE (page);
  VdDatabase *database = vd_page_get_database (page);

  if (previous != NULL)
    g_clear_signal_handler (&self->reloaded_id, previous);
  if (database != NULL)
    self->reloaded_id = g_signal_connect_swapped (database, "reloaded",
                                                  G_CALLBACK (on_database_reloaded_cb), self);
  vd_points_exchanges_set_database (self->exchanges, database);
  vd_points_ledger_set_database (self->ledger, database);
  refresh_catalogue (self, 0);
}

static void
vd_points_page_dispose (GObject *object)
{
  VdPointsPage *self = VD_POINTS_PAGE (object);
  VdDatabase *database = vd_page_get_database (VD_PAGE (self));

  if (database != NULL)
    g_clear_signal_handler (&self->reloaded_id, database);
  gtk_widget_dispose_template (GTK_WIDGET (object), VD_TYPE_POINTS_PAGE);

  G_OBJECT_CLASS (vd_points_page_parent_class)->dispose (object);
}

static void
vd_points_page_class_init (VdPointsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  VdPageClass *page_class = VD_PAGE_CLASS (klass);

  object_class->dispose = vd_points_page_dispose;
  page_class->database_changed = vd_points_page_database_changed;

  g_type_ensure (VD_TYPE_POINTS_EXCHANGES);
  g_type_ensure (VD_TYPE_POINTS_LEDGER);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/vd-points-page.ui");
  gtk_widget_class_bind_template_child (widget_class, VdPointsPage, archive_button);
  gtk_widget_class_bind_template_child (widget_class, VdPointsPage, archived_check);
  gtk_widget_class_bind_template_child (widget_class, VdPointsPage, catalogue_stack);
  gtk_widget_class_bind_template_child (widget_class, VdPointsPage, catalogue_view);
  gtk_widget_class_bind_template_child (widget_class, VdPointsPage, exchanges);
  gtk_widget_class_bind_template_child (widget_class, VdPointsPage, ledger);
  gtk_widget_class_bind_template_child (widget_class, VdPointsPage, view_stack);
  gtk_widget_class_bind_template_callback (widget_class, on_archived_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_catalogue_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_show_ledger_cb);

  gtk_widget_class_install_action (widget_class, "points.add-item", NULL, add_item_action);
  gtk_widget_class_install_action (widget_class, "points.edit-item", NULL, edit_item_action);
  gtk_widget_class_install_action (widget_class, "points.restock", NULL, restock_action);
  gtk_widget_class_install_action (widget_class, "points.archive", NULL, archive_action);
  gtk_widget_class_install_action (widget_class, "points.exchange", NULL, exchange_action);
}

static void
vd_points_page_init (VdPointsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  vd_column_view_add_text (self->catalogue_view, _("Item"), item_name_text, compare_item_name, FALSE, FALSE);
  vd_column_view_add_text (self->catalogue_view, _("Description"), item_description_text, NULL, TRUE, FALSE);
  vd_column_view_add_text (self->catalogue_view, _("Price (points)"), item_price_text, compare_item_price,
                           FALSE, TRUE);
  vd_column_view_add_text (self->catalogue_view, _("In Stock"), item_stock_text, compare_item_stock,
                           FALSE, TRUE);
  vd_column_view_add_text (self->catalogue_view, _("Status"), item_status_text, NULL, FALSE, FALSE);
  g_signal_connect (self, "map", G_CALLBACK (on_map_cb), NULL);
  refresh_catalogue (self, 0);
}

/* For the UI tests: the catalogue's rows as shown. */
GListModel *
vd_points_page_get_catalogue (VdPointsPage *self)
{
  g_return_val_if_fail (VD_IS_POINTS_PAGE (self), NULL);
  return G_LIST_MODEL (self->selection);
}
