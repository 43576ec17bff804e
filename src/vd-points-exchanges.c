/* vd-points-exchanges.c — the list of exchanges: hand over by pickup code, cancel
 *
 * Emits "changed" after a hand-over or a cancellation (stock and balances moved) and
 * "show-ledger" (volunteer id) to open a volunteer's ledger.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vd-points-exchanges"

#include "config.h"

#include <glib/gi18n.h>

#include "vd-dialogs.h"
#include "vd-points.h"
#include "vd-points-exchanges.h"
#include "vd-record-item.h"

struct _VdPointsExchanges
{
  AdwBin              parent_instance;

  VdDatabase         *database;
  GtkSingleSelection *selection;

  GtkEntry           *code_entry;
  GtkButton          *pick_up_button;
  GtkLabel           *result_label;
  GtkDropDown        *status_dropdown;
  GtkStack           *stack;
  GtkColumnView      *view;
};

G_DEFINE_FINAL_TYPE (VdPointsExchanges, vd_points_exchanges, ADW_TYPE_BIN)

enum {
  CHANGED,
  SHOW_LEDGER,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
code_text (gconstpointer r)
{
  return g_strdup (((const VdExchange *)r)->pickup_code);
}

static char *
volunteer_text (gconstpointer r)
{
  const VdExchange *x = r;

  return g_strdup_printf (_("%s (%s)"), x->volunteer_name, x->volunteer_no);
}

static char *
item_text (gconstpointer r)
{
  return g_strdup (((const VdExchange *)r)->item_name);
}

static char *
quantity_text (gconstpointer r)
{
  return g_strdup_printf ("%d", (int)((const VdExchange *)r)->quantity);
}

static char *
points_text (gconstpointer r)
{
  return vd_points_format (((const VdExchange *)r)->points_centi);
}

static char *
status_text (gconstpointer r)
{
  return g_strdup (vd_exchange_status_get_label (((const VdExchange *)r)->status));
}

static char *
created_text (gconstpointer r)
{
  return g_strdup (((const VdExchange *)r)->created_at);
}

static char *
picked_up_text (gconstpointer r)
{
  const char *at = ((const VdExchange *)r)->picked_up_at;

  return g_strdup (at != NULL ? at : "");
}

static int
compare_created (gconstpointer a,
                 gconstpointer b)
{
  const VdExchange *x = a, *y = b;

  return x->id < y->id ? -1 : x->id > y->id;
}

static int
compare_volunteer (gconstpointer a,
                   gconstpointer b)
{
  return g_utf8_collate (((const VdExchange *)a)->volunteer_name, ((const VdExchange *)b)->volunteer_name);
}

static int
compare_item (gconstpointer a,
              gconstpointer b)
{
  return g_utf8_collate (((const VdExchange *)a)->item_name, ((const VdExchange *)b)->item_name);
}

static int
compare_status (gconstpointer a,
                gconstpointer b)
{
  return (int)((const VdExchange *)a)->status - (int)((const VdExchange *)b)->status;
}

static VdExchange *
selected_exchange (VdPointsExchanges *self)
{
  return vd_column_view_get_selected (self->view);
}

static void
update_actions (VdPointsExchanges *self)
{
  VdExchange *x = selected_exchange (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "exchanges.cancel",
                                 x != NULL && x->status == VD_EXCHANGE_AWAITING);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "exchanges.show-ledger", x != NULL);
}

static void
on_selection_changed_cb (VdPointsExchanges *self)
{
  update_actions (self);
}

static void
show_result (VdPointsExchanges *self,
             const char        *text,
             gboolean           is_error)
{
  gtk_label_set_label (self->result_label, text);
  if (is_error)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->result_label), "error");
      gtk_widget_add_css_class (GTK_WIDGET (self->code_entry), "error");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->result_label), "error");
      gtk_widget_remove_css_class (GTK_WIDGET (self->code_entry), "error");
    }
}

static void
on_code_changed_cb (VdPointsExchanges *self)
{
  gtk_widget_remove_css_class (GTK_WIDGET (self->code_entry), "error");
}

static void
on_pick_up_cb (VdPointsExchanges *self)
{
  g_autoptr(VdExchange) x = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  if (self->database == NULL)
    return;
  x = vd_points_pick_up (self->database, gtk_editable_get_text (GTK_EDITABLE (self->code_entry)), &error);
  if (x == NULL)
    {
      show_result (self, error->message, TRUE);
      gtk_widget_grab_focus (GTK_WIDGET (self->code_entry));
      return;
    }
  /* Translators: after a hand-over: quantity × item, to name (volunteer number) */
  text = g_strdup_printf (_("Handed over: %d × %s to %s (%s)"), (int)x->quantity, x->item_name,
                          x->volunteer_name, x->volunteer_no);
  show_result (self, text, FALSE);
  gtk_editable_set_text (GTK_EDITABLE (self->code_entry), "");
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_status_changed_cb (VdPointsExchanges *self)
{
  vd_points_exchanges_refresh (self);
}

static void
on_activate_cb (VdPointsExchanges *self,
                guint              position)
{
  gtk_single_selection_set_selected (self->selection, position);
  if (selected_exchange (self) != NULL)
    g_signal_emit (self, signals[SHOW_LEDGER], 0, selected_exchange (self)->volunteer_id);
}

static void
show_ledger_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  VdPointsExchanges *self = VD_POINTS_EXCHANGES (widget);

  if (selected_exchange (self) != NULL)
    g_signal_emit (self, signals[SHOW_LEDGER], 0, selected_exchange (self)->volunteer_id);
}

static void
on_cancel_response_cb (AdwMessageDialog  *dialog,
                       const char        *response,
                       VdPointsExchanges *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "vd-exchange-id"));
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "cancel-exchange") != 0 || self->database == NULL)
    return;
  if (!vd_points_cancel_exchange (self->database, id, &error))
    vd_dialogs_show_message (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                             _("Cannot Cancel the Exchange"), error->message);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  VdPointsExchanges *self = VD_POINTS_EXCHANGES (widget);
  VdExchange *x = selected_exchange (self);
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  g_autofree char *points = NULL;
  GtkWidget *dialog;

  if (x == NULL || x->status != VD_EXCHANGE_AWAITING)
    return;
  points = vd_points_format (x->points_centi);
  /* Translators: %s is a pickup code */
  heading = g_strdup_printf (_("Cancel Exchange %s?"), x->pickup_code);
  /* Translators: quantity × item go back to stock; points back to name */
  body = g_strdup_printf (_("%d × %s go back into stock and %s points go back to %s. "
                            "The ledger keeps both rows."),
                          (int)x->quantity, x->item_name, points, x->volunteer_name);
  dialog = vd_dialogs_new_question (GTK_WINDOW (gtk_widget_get_root (widget)), heading, body,
                                    "keep", _("_Keep Exchange"), "cancel-exchange",
                                    _("_Cancel Exchange"), ADW_RESPONSE_DESTRUCTIVE);
  g_object_set_data (G_OBJECT (dialog), "vd-exchange-id", GSIZE_TO_POINTER ((gsize)x->id));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_cancel_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
vd_points_exchanges_dispose (GObject *object)
{
  VdPointsExchanges *self = VD_POINTS_EXCHANGES (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), VD_TYPE_POINTS_EXCHANGES);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (vd_points_exchanges_parent_class)->dispose (object);
}

static void
vd_points_exchanges_class_init (VdPointsExchangesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vd_points_exchanges_dispose;

  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[SHOW_LEDGER] =
    g_signal_new ("show-ledger", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/vd-points-exchanges.ui");
  gtk_widget_class_bind_template_child (widget_class, VdPointsExchanges, code_entry);
  gtk_widget_class_bind_template_child (widget_class, VdPointsExchanges, pick_up_button);
  gtk_widget_class_bind_template_child (widget_class, VdPointsExchanges, result_label);
  gtk_widget_class_bind_template_child (widget_class, VdPointsExchanges, stack);
  gtk_widget_class_bind_template_child (widget_class, VdPointsExchanges, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, VdPointsExchanges, view);
  gtk_widget_class_bind_template_callback (widget_class, on_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_code_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_pick_up_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_status_changed_cb);

  gtk_widget_class_install_action (widget_class, "exchanges.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "exchanges.show-ledger", NULL, show_ledger_action);
}

static void
vd_points_exchanges_init (VdPointsExchanges *self)
{
  g_autoptr(GtkStringList) statuses = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* entry 0 is "all", then the statuses in their enum order */
  statuses = gtk_string_list_new (NULL);
  gtk_string_list_append (statuses, _("All Exchanges"));
  for (guint i = 0; i < VD_N_EXCHANGE_STATUS; i++)
    gtk_string_list_append (statuses, vd_exchange_status_get_label (i));
  gtk_drop_down_set_model (self->status_dropdown, G_LIST_MODEL (statuses));
  vd_drop_down_set_ellipsized (self->status_dropdown, 10);

  vd_column_view_add_text (self->view, _("Pickup Code"), code_text, NULL, FALSE, FALSE);
  vd_column_view_add_text (self->view, _("Volunteer"), volunteer_text, compare_volunteer, TRUE, FALSE);
  vd_column_view_add_text (self->view, _("Item"), item_text, compare_item, TRUE, FALSE);
  vd_column_view_add_text (self->view, _("Quantity"), quantity_text, NULL, FALSE, TRUE);
  vd_column_view_add_text (self->view, C_("column", "Points"), points_text, NULL, FALSE, TRUE);
  vd_column_view_add_text (self->view, _("Status"), status_text, compare_status, FALSE, FALSE);
  vd_column_view_add_text (self->view, C_("column", "Exchanged"), created_text, compare_created, FALSE, FALSE);
  vd_column_view_add_text (self->view, _("Picked Up"), picked_up_text, NULL, FALSE, FALSE);
  vd_points_exchanges_refresh (self);
}

void
vd_points_exchanges_set_database (VdPointsExchanges *self,
                                  VdDatabase        *database)
{
  g_return_if_fail (VD_IS_POINTS_EXCHANGES (self));

  if (g_set_object (&self->database, database))
    vd_points_exchanges_refresh (self);
}

void
vd_points_exchanges_refresh (VdPointsExchanges *self)
{
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GListStore) store = NULL;
  g_autoptr(GError) error = NULL;
  guint status;

  g_return_if_fail (VD_IS_POINTS_EXCHANGES (self));

  status = gtk_drop_down_get_selected (self->status_dropdown);
  if (self->database != NULL)
    {
      list = vd_points_list_exchanges (self->database, status == 0 || status == GTK_INVALID_LIST_POSITION
                                                         ? -1 : (int)status - 1, 0, &error);
      if (list == NULL)
        g_warning ("Cannot list the exchanges: %s", error->message);
    }
  store = vd_record_store_new_take (list, (GDestroyNotify)vd_exchange_free);
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_func (self->selection, on_selection_changed_cb, self);
  self->selection = vd_column_view_set_store (self->view, G_LIST_MODEL (store));
  g_signal_connect_swapped (self->selection, "notify::selected", G_CALLBACK (on_selection_changed_cb), self);
  gtk_stack_set_visible_child_name (self->stack, g_list_model_get_n_items (G_LIST_MODEL (store)) > 0
                                                   ? "list" : "empty");
  gtk_widget_set_sensitive (GTK_WIDGET (self->code_entry), self->database != NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->pick_up_button), self->database != NULL);
  update_actions (self);
}
