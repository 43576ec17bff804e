/* vd-wish-dialog.c — adding or changing a micro-wish
 *
 * The core checks the fields; each message shows next to its field. Editing keeps
 * the wish's status: the board's actions move it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vd-wish-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "vd-lookup.h"
#include "vd-wish-dialog.h"
#include "vd-wishes.h"

struct _VdWishDialog
{
  AdwWindow     parent_instance;

  VdDatabase   *database;
  VdWish       *wish;
  GArray       *community_ids;   /* gint64 per combo entry */

  AdwEntryRow  *content_row;
  GtkLabel     *content_error;
  AdwEntryRow  *requester_row;
  GtkLabel     *requester_error;
  AdwEntryRow  *phone_row;
  GtkLabel     *phone_error;
  AdwComboRow  *community_row;
  AdwEntryRow  *date_row;
  GtkLabel     *date_error;
  GtkLabel     *error_label;
  GtkButton    *save_button;
};

G_DEFINE_FINAL_TYPE (VdWishDialog, vd_wish_dialog, ADW_TYPE_WINDOW)

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
show_community_message (VdWishDialog *self,
                        const char   *message)
{
  g_autofree char *escaped = g_markup_escape_text (message != NULL ? message : "", -1);

  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->community_row), escaped);
  if (message != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->community_row), "invalid");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->community_row), "invalid");
}

static void
clear_messages (VdWishDialog *self)
{
  show_field_message (GTK_WIDGET (self->content_row), self->content_error, NULL);
  show_field_message (GTK_WIDGET (self->requester_row), self->requester_error, NULL);
  show_field_message (GTK_WIDGET (self->phone_row), self->phone_error, NULL);
  show_field_message (GTK_WIDGET (self->date_row), self->date_error, NULL);
  show_community_message (self, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
}

static void
on_field_changed_cb (VdWishDialog *self)
{
  clear_messages (self);
}

static void
on_save_clicked_cb (VdWishDialog *self)
{
  g_autoptr(GError) error = NULL;
  guint selected = adw_combo_row_get_selected (self->community_row);

  clear_messages (self);
  g_free (self->wish->content);
  self->wish->content = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->content_row)));
  g_free (self->wish->requester_name);
  self->wish->requester_name = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->requester_row)));
  g_free (self->wish->requester_phone);
  self->wish->requester_phone = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->phone_row)));
  g_free (self->wish->collected_on);
  self->wish->collected_on = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->date_row)));
  self->wish->community_id = selected < self->community_ids->len
                             ? g_array_index (self->community_ids, gint64, selected) : 0;

  if (!vd_wishes_save (self->database, self->wish, NULL, &error))
    {
      if (g_error_matches (error, VD_WISHES_ERROR, VD_WISHES_ERROR_CONTENT))
        show_field_message (GTK_WIDGET (self->content_row), self->content_error, error->message);
      else if (g_error_matches (error, VD_WISHES_ERROR, VD_WISHES_ERROR_REQUESTER))
        show_field_message (GTK_WIDGET (self->requester_row), self->requester_error, error->message);
      else if (g_error_matches (error, VD_WISHES_ERROR, VD_WISHES_ERROR_PHONE))
        show_field_message (GTK_WIDGET (self->phone_row), self->phone_error, error->message);
      else if (g_error_matches (error, VD_WISHES_ERROR, VD_WISHES_ERROR_DATE))
        show_field_message (GTK_WIDGET (self->date_row), self->date_error, error->message);
      else if (g_error_matches (error, VD_WISHES_ERROR, VD_WISHES_ERROR_COMMUNITY))
        show_community_message (self, error->message);
      else
        {
          gtk_label_set_label (self->error_label, error->message);
          gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
        }
      return;
    }

  g_signal_emit (self, signals[SAVED], 0, self->wish->id);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
vd_wish_dialog_dispose (GObject *object)
{
  VdWishDialog *self = VD_WISH_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), VD_TYPE_WISH_DIALOG);
  g_clear_object (&self->database);
  g_clear_pointer (&self->wish, vd_wish_free);
  g_clear_pointer (&self->community_ids, g_array_unref);

  G_OBJECT_CLASS (vd_wish_dialog_parent_class)->dispose (object);
}

static void
vd_wish_dialog_class_init (VdWishDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vd_wish_dialog_dispose;

  /**
   * VdWishDialog::saved:
   * @id: the wish's id
   *
   * The wish is recorded.
   */
  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/vd-wish-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, VdWishDialog, community_row);
  gtk_widget_class_bind_template_child (widget_class, VdWishDialog, content_error);
  gtk_widget_class_bind_template_child (widget_class, VdWishDialog, content_row);
  gtk_widget_class_bind_template_child (widget_class, VdWishDialog, date_error);
  gtk_widget_class_bind_template_child (widget_class, VdWishDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, VdWishDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, VdWishDialog, phone_error);
  gtk_widget_class_bind_template_child (widget_class, VdWishDialog, phone_row);
  gtk_widget_class_bind_template_child (widget_class, VdWishDialog, requester_error);
  gtk_widget_class_bind_template_child (widget_class, VdWishDialog, requester_row);
  gtk_widget_class_bind_template_child (widget_class, VdWishDialog, save_button);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked_cb);
}

static void
vd_wish_dialog_init (VdWishDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->community_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_window_set_default_widget (GTK_WINDOW (self), GTK_WIDGET (self->save_button));
}

GtkWidget *
vd_wish_dialog_new (GtkWindow  *parent,
                    VdDatabase *db,
                    gint64      wish_id)
{
  VdWishDialog *self;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) communities = NULL;
  g_autoptr(GError) error = NULL;
  guint selected = GTK_INVALID_LIST_POSITION;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);

  self = g_object_new (VD_TYPE_WISH_DIALOG, "transient-for", parent, NULL);
  self->database = g_object_ref (db);
  if (wish_id != 0)
    self->wish = vd_wishes_get (db, wish_id, &error);
  if (self->wish == NULL)
    self->wish = vd_wish_new ();
  else
    gtk_window_set_title (GTK_WINDOW (self), _("Edit Micro-wish"));

  communities = vd_lookup_list (db, VD_LOOKUP_COMMUNITIES, NULL);
  for (guint i = 0; communities != NULL && i < communities->len; i++)
    {
      VdLookupItem *item = g_ptr_array_index (communities, i);

      gtk_string_list_append (names, item->name);
      g_array_append_val (self->community_ids, item->id);
      if (item->id == self->wish->community_id)
        selected = i;
    }
  adw_combo_row_set_model (self->community_row, G_LIST_MODEL (names));
  if (selected != GTK_INVALID_LIST_POSITION)
    adw_combo_row_set_selected (self->community_row, selected);

  gtk_editable_set_text (GTK_EDITABLE (self->content_row), self->wish->content);
  gtk_editable_set_text (GTK_EDITABLE (self->requester_row), self->wish->requester_name);
  gtk_editable_set_text (GTK_EDITABLE (self->phone_row), self->wish->requester_phone);
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), self->wish->collected_on);
  clear_messages (self);
  if (communities == NULL || communities->len == 0)
    show_community_message (self, _("No communities are recorded yet."));
  return GTK_WIDGET (self);
}
