/* vd-service-columns.c — columns of service records for the views that list them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vd-service-columns"

#include "config.h"

#include <glib/gi18n.h>

#include <adwaita.h>

#include "vd-service-columns.h"
#include "vd-service.h"

static const char * const titles[] = {
  [VD_RECORD_COLUMN_VOLUNTEER] = N_("Volunteer"),
  [VD_RECORD_COLUMN_NUMBER] = N_("Volunteer No."),
  [VD_RECORD_COLUMN_EVENT] = N_("Event"),
  [VD_RECORD_COLUMN_DATE] = N_("Date"),
  [VD_RECORD_COLUMN_HOURS] = N_("Hours"),
  [VD_RECORD_COLUMN_BACKFILLED] = N_("Back-filled"),
  [VD_RECORD_COLUMN_STATUS] = N_("Status"),
  [VD_RECORD_COLUMN_NOTE] = N_("Note or reason"),
};

/* Fixed widths in pixels; -1 where the column takes the space left. */
static const int widths[] = {
  [VD_RECORD_COLUMN_VOLUNTEER] = 100,
  [VD_RECORD_COLUMN_NUMBER] = 110,
  [VD_RECORD_COLUMN_EVENT] = -1,
  [VD_RECORD_COLUMN_DATE] = 110,
  [VD_RECORD_COLUMN_HOURS] = 80,
  [VD_RECORD_COLUMN_BACKFILLED] = 70,
  [VD_RECORD_COLUMN_STATUS] = 80,
  [VD_RECORD_COLUMN_NOTE] = -1,
};

static char *
cell_text (VdServiceRecord *r,
           VdRecordColumn   column)
{
  switch (column)
    {
    case VD_RECORD_COLUMN_VOLUNTEER:  return g_strdup (r->volunteer_name);
    case VD_RECORD_COLUMN_NUMBER:     return g_strdup (r->volunteer_no);
    case VD_RECORD_COLUMN_EVENT:      return g_strdup (r->event_title);
    case VD_RECORD_COLUMN_DATE:       return g_strdup (r->service_date);
    case VD_RECORD_COLUMN_HOURS:      return vd_service_format_hours (r->minutes);
    case VD_RECORD_COLUMN_BACKFILLED: return g_strdup (r->backfilled ? _("Back-filled") : "");
    case VD_RECORD_COLUMN_STATUS:     return g_strdup (vd_record_status_get_label (r->status));
    case VD_RECORD_COLUMN_NOTE:
    default:
      return g_strdup (r->status == VD_RECORD_REJECTED ? r->reject_reason : r->note);
    }
}

static void
on_setup_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  data)
{
  GtkWidget *label = gtk_inscription_new (NULL);

  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (label), GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  gtk_widget_set_margin_start (label, 3);
  gtk_widget_set_margin_end (label, 3);
  gtk_list_item_set_child (item, label);
}

static void
on_bind_cb (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  data)
{
  VdServiceRecord *r = gtk_list_item_get_item (item);
  VdRecordColumn column = GPOINTER_TO_INT (data);
  g_autofree char *text = cell_text (r, column);
  GtkWidget *label = gtk_list_item_get_child (item);

  gtk_inscription_set_text (GTK_INSCRIPTION (label), text);
  if (column == VD_RECORD_COLUMN_STATUS && r->status == VD_RECORD_REJECTED)
    gtk_widget_add_css_class (label, "error");
  else
    gtk_widget_remove_css_class (label, "error");
}

static int
compare (gconstpointer a,
         gconstpointer b,
         gpointer      data)
{
  VdServiceRecord *x = (VdServiceRecord *)a, *y = (VdServiceRecord *)b;
  VdRecordColumn column = GPOINTER_TO_INT (data);
  g_autofree char *s = NULL;
  g_autofree char *t = NULL;

  switch (column)
    {
    case VD_RECORD_COLUMN_HOURS:
      return (x->minutes > y->minutes) - (x->minutes < y->minutes);
    case VD_RECORD_COLUMN_STATUS:
      return ((int)x->status > (int)y->status) - ((int)x->status < (int)y->status);
    case VD_RECORD_COLUMN_BACKFILLED:
      return (x->backfilled > y->backfilled) - (x->backfilled < y->backfilled);
    default:
      s = cell_text (x, column);
      t = cell_text (y, column);
      return g_utf8_collate (s, t);
    }
}

void
vd_service_columns_add (GtkColumnView        *view,
                        const VdRecordColumn *columns,
                        guint                 n_columns)
{
  for (guint i = 0; i < n_columns; i++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      gpointer data = GINT_TO_POINTER (columns[i]);
      GtkColumnViewColumn *column;
      GtkCustomSorter *sorter;

      g_signal_connect (factory, "setup", G_CALLBACK (on_setup_cb), data);
      g_signal_connect (factory, "bind", G_CALLBACK (on_bind_cb), data);
      column = gtk_column_view_column_new (_(titles[columns[i]]), factory);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_column_set_fixed_width (column, widths[columns[i]]);
      gtk_column_view_column_set_expand (column, columns[i] == VD_RECORD_COLUMN_EVENT ||
                                                 columns[i] == VD_RECORD_COLUMN_NOTE);
      sorter = gtk_custom_sorter_new (compare, data, NULL);
      gtk_column_view_column_set_sorter (column, GTK_SORTER (sorter));
      g_object_unref (sorter);
      gtk_column_view_append_column (view, column);
      g_object_unref (column);
    }
}

GArray *
vd_service_columns_selected_ids (GtkSelectionModel *selection)
{
  g_autoptr(GtkBitset) set = gtk_selection_model_get_selection (selection);
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  GtkBitsetIter iter;
  guint position;

  if (gtk_bitset_iter_init_first (&iter, set, &position))
    do
      {
        g_autoptr(VdServiceRecord) r = g_list_model_get_item (G_LIST_MODEL (selection), position);
        g_array_append_val (ids, r->id);
      }
    while (gtk_bitset_iter_next (&iter, &position));
  return ids;
}

typedef struct
{
  GtkEntry         *entry;
  VdReasonCallback  callback;
  gpointer          data;
  GDestroyNotify    destroy;
} Ask;

static void
ask_free (gpointer p)
{
  Ask *ask = p;

  if (ask->destroy != NULL)
    ask->destroy (ask->data);
  g_free (ask);
}

static void
on_reason_changed_cb (GtkEditable      *entry,
                      AdwMessageDialog *dialog)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "accept", text[0] != '\0');
}

static void
on_reason_activate_cb (GtkEntry         *entry,
                       AdwMessageDialog *dialog)
{
  if (adw_message_dialog_get_response_enabled (dialog, "accept"))
    adw_message_dialog_response (dialog, "accept");
}

static void
on_reason_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       Ask              *ask)
{
  if (g_strcmp0 (response, "accept") == 0)
    ask->callback (gtk_editable_get_text (GTK_EDITABLE (ask->entry)), ask->data);
}

void
vd_service_columns_ask_reason (GtkWindow        *parent,
                               const char       *heading,
                               const char       *body,
                               const char       *accept_label,
                               gboolean          required,
                               VdReasonCallback  callback,
                               gpointer          data,
                               GDestroyNotify    destroy)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, heading, body);
  GtkWidget *entry = gtk_entry_new ();
  Ask *ask = g_new0 (Ask, 1);

  ask->entry = GTK_ENTRY (entry);
  ask->callback = callback;
  ask->data = data;
  ask->destroy = destroy;
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Reason"));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"), "accept", accept_label, NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "accept",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  if (required)
    {
      adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "accept", FALSE);
      g_signal_connect (entry, "changed", G_CALLBACK (on_reason_changed_cb), dialog);
    }
  g_signal_connect (entry, "activate", G_CALLBACK (on_reason_activate_cb), dialog);
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_reason_response_cb), ask,
                         (GClosureNotify)(void (*) (void))ask_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}
