/* vd-volunteers-page.c — the register of volunteers
 *
 * The page runs every query of the register (search, filters, order) on its
 * VdVolunteerList, which the table shows without any GTK model in between: a million
 * volunteers cost a few milliseconds per keystroke, never a million objects. It also
 * holds the actions on the register and on the volunteer selected, whose details show
 * in a side pane.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vd-volunteers-page"

#include "config.h"

#include <glib/gi18n.h>

#include "vd-dialogs.h"
#include "vd-import-dialog.h"
#include "vd-register.h"
#include "vd-settings.h"
#include "vd-transfer-dialog.h"
#include "vd-volunteer-detail.h"
#include "vd-volunteer-dialog.h"
#include "vd-volunteer-export.h"
#include "vd-certificate-dialog.h"
#include "vd-volunteer-filter-bar.h"
#include "vd-volunteer-list.h"
#include "vd-volunteer-table.h"
#include "vd-volunteers-page.h"
#include "vd-window.h"

struct _VdVolunteersPage
{
  VdPage                parent_instance;

  VdVolunteerList      *list;
  gulong                reloaded_id;
  gboolean              clearing;      /* the search and the filters are being reset */

  GtkWidget            *toolbar;
  GtkWidget            *toolbar_separator;
  GtkSearchEntry       *search_entry;
  VdVolunteerFilterBar *filter_bar;
  GtkLabel             *count_label;
  GtkStack             *view_stack;
  AdwFlap              *flap;
  VdVolunteerTable     *table;
  VdVolunteerDetail    *detail;
};

G_DEFINE_FINAL_TYPE (VdVolunteersPage, vd_volunteers_page, VD_TYPE_PAGE)

/* Helpers */

static GtkWindow *
get_parent_window (VdVolunteersPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
add_toast (VdVolunteersPage *self,
           AdwToast         *toast)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (VD_IS_WINDOW (root))
    vd_window_add_toast (VD_WINDOW (root), toast);
  else
    g_object_unref (toast);
}

/* Toast titles are markup on libadwaita 1.2. */
static AdwToast *
new_toast (const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  return adw_toast_new (escaped);
}

static void
show_error (VdVolunteersPage *self,
            const GError     *error)
{
  add_toast (self, new_toast (error->message));
}

static VdVolunteer *
get_selected (VdVolunteersPage *self)
{
  return vd_volunteer_table_get_volunteer (self->table);
}

/* A read-only database (vd_database_is_read_only) can be searched and exported only. */
static gboolean
is_writable (VdVolunteersPage *self)
{
  VdDatabase *database = vd_page_get_database (VD_PAGE (self));

  return database != NULL && !vd_database_is_read_only (database);
}

static gboolean
filters_active (VdVolunteersPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  return text[0] != '\0' || vd_volunteer_filter_bar_is_active (self->filter_bar);
}

static void
update_view (VdVolunteersPage *self)
{
  guint n = self->list != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->list)) : 0;
  g_autofree char *count = NULL;
  gboolean empty_register;

  count = g_strdup_printf (ngettext ("%'u volunteer", "%'u volunteers", n), n);
  gtk_label_set_label (self->count_label, count);

  empty_register = n == 0 && !filters_active (self);
  if (n > 0)
    gtk_stack_set_visible_child_name (self->view_stack, "list");
  else
    gtk_stack_set_visible_child_name (self->view_stack, empty_register ? "empty" : "no-match");

  /* An empty register has nothing to search: its status page offers the way in. */
  gtk_widget_set_visible (self->toolbar, !empty_register);
  gtk_widget_set_visible (self->toolbar_separator, !empty_register);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "volunteers.export", n > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "volunteers.certificates",
                                 n > 0 && is_writable (self));
}

/* Every query drops the selection: the table finds the volunteer again. */
static void
after_query (VdVolunteersPage *self)
{
  vd_volunteer_table_restore_selection (self->table);
  update_view (self);
}

static void
reload_list (VdVolunteersPage *self)
{
  g_autoptr(GError) error = NULL;

  if (self->list == NULL)
    return;
  if (!vd_volunteer_list_reload (self->list, &error))
    show_error (self, error);
  after_query (self);
}

static void
apply_filter (VdVolunteersPage *self)
{
  g_autoptr(GError) error = NULL;
  VdVolunteerFilter filter;

  if (self->list == NULL || self->clearing)
    return;

  vd_volunteer_filter_init (&filter);
  filter.text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))));
  vd_volunteer_filter_bar_apply (self->filter_bar, &filter);
  vd_volunteer_table_get_sort (self->table, &filter.sort, &filter.descending);
  if (!vd_volunteer_list_set_filter (self->list, &filter, &error))
    show_error (self, error);
  vd_volunteer_filter_clear (&filter);
  after_query (self);
}

static void
clear_filters (VdVolunteersPage *self)
{
  self->clearing = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  vd_volunteer_filter_bar_clear (self->filter_bar);
  self->clearing = FALSE;
  apply_filter (self);
}

/* Reads what other sections may have changed: stations, teams, star thresholds and
 * the register itself. */
static void
refresh (VdVolunteersPage *self)
{
  VdDatabase *database = vd_page_get_database (VD_PAGE (self));
  g_autoptr(GError) error = NULL;
  g_autoptr(VdSettings) settings = NULL;

  if (database == NULL)
    return;

  settings = vd_settings_load (database, &error);
  if (settings != NULL)
    vd_volunteer_table_set_settings (self->table, settings);
  else
    show_error (self, error);

  vd_volunteer_filter_bar_refresh (self->filter_bar);
  apply_filter (self);
}

/* Selects a volunteer, in the list as it is if it holds them, else with no search
 * and no filter. */
static void
select_volunteer (VdVolunteersPage *self,
                  gint64            id)
{
  reload_list (self);
  if (!vd_volunteer_table_select (self->table, id))
    {
      clear_filters (self);
      vd_volunteer_table_select (self->table, id);
    }
}

static void
set_active (VdVolunteersPage *self,
            VdVolunteer      *v,
            gboolean          active)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  if (!vd_register_set_active (vd_page_get_database (VD_PAGE (self)), v->id, active, &error))
    {
      show_error (self, error);
      return;
    }
  /* Translators: %s is a volunteer's name */
  text = g_strdup_printf (active ? _("%s marked active") : _("%s marked inactive"), v->name);
  add_toast (self, new_toast (text));
  reload_list (self);
}

/* Callbacks */

static void
on_search_changed_cb (VdVolunteersPage *self)
{
  apply_filter (self);
}

static void
on_stop_search_cb (VdVolunteersPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
on_filter_changed_cb (VdVolunteersPage *self)
{
  apply_filter (self);
}

static void
on_sort_changed_cb (VdVolunteersPage *self)
{
  apply_filter (self);
}

static void
on_selection_changed_cb (VdVolunteersPage *self)
{
  VdVolunteer *v = get_selected (self);
  gboolean selected = v != NULL;
  gboolean editable = selected && is_writable (self);

  vd_volunteer_detail_set_volunteer (self->detail, v);
  adw_flap_set_reveal_flap (self->flap, selected);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "volunteers.edit", editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "volunteers.transfer", editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "volunteers.certificate", editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "volunteers.toggle-active", editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "volunteers.delete", editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "volunteers.close-detail", selected);
}

static void
on_flap_revealed_cb (VdVolunteersPage *self)
{
  /* Folded, the pane hides when the user taps beside it: that ends the selection. */
  if (!adw_flap_get_reveal_flap (self->flap) && get_selected (self) != NULL)
    vd_volunteer_table_unselect (self->table);
}

static void
on_volunteer_activated_cb (VdVolunteersPage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "volunteers.edit", NULL);
}

static void
on_database_reloaded_cb (VdVolunteersPage *self)
{
  /* The list has reloaded itself; stations, teams and thresholds may have changed. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    refresh (self);
}

static void
on_volunteer_saved_cb (GtkWidget        *dialog,
                       gint64            id,
                       VdVolunteersPage *self)
{
  select_volunteer (self, id);
}

static void
on_open_volunteer_cb (GtkWidget        *dialog,
                      gint64            id,
                      VdVolunteersPage *self)
{
  select_volunteer (self, id);
}

static void
on_transferred_cb (VdTransferDialog *dialog,
                   VdVolunteersPage *self)
{
  VdVolunteer *v = get_selected (self);
  g_autofree char *text = NULL;

  if (v != NULL)
    {
      /* Translators: %s is a volunteer's name */
      text = g_strdup_printf (_("%s transferred"), v->name);
      add_toast (self, new_toast (text));
    }
  reload_list (self);
}

typedef struct
{
  VdDeletedVolunteer *deleted;
  gint64              id;
} Undo;

static void
undo_free (gpointer data)
{
  Undo *undo = data;

  g_clear_pointer (&undo->deleted, vd_deleted_volunteer_free);
  g_free (undo);
}

static void
on_undo_clicked_cb (AdwToast         *toast,
                    VdVolunteersPage *self)
{
  VdDatabase *database = vd_page_get_database (VD_PAGE (self));
  Undo *undo = g_object_get_data (G_OBJECT (toast), "undo");
  g_autoptr(GError) error = NULL;

  if (undo == NULL || undo->deleted == NULL || database == NULL)
    return;
  if (!vd_register_undelete (database, undo->deleted, &error))
    {
      show_error (self, error);
      return;
    }
  g_clear_pointer (&undo->deleted, vd_deleted_volunteer_free);
  select_volunteer (self, undo->id);
}

static void
on_mark_inactive_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     VdVolunteersPage *self)
{
  set_active (self, g_object_get_data (G_OBJECT (dialog), "volunteer"), FALSE);
}

static void
on_export_done_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(VdVolunteersPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  guint n = 0;

  if (!vd_volunteer_export_run_finish (result, &n, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        vd_dialogs_show_message (get_parent_window (self), _("Export Failed"), error->message);
      return;
    }

  text = g_strdup_printf (ngettext ("Exported %'u volunteer", "Exported %'u volunteers", n), n);
  add_toast (self, new_toast (text));
}

/* Actions */

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  VdVolunteersPage *self = VD_VOLUNTEERS_PAGE (widget);

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  VdVolunteersPage *self = VD_VOLUNTEERS_PAGE (widget);
  VdDatabase *database = vd_page_get_database (VD_PAGE (self));
  GtkWidget *dialog;

  if (database == NULL)
    return;
  dialog = vd_volunteer_dialog_new (get_parent_window (self), database, NULL);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_volunteer_saved_cb), self, 0);
  g_signal_connect_object (dialog, "open-volunteer", G_CALLBACK (on_open_volunteer_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  VdVolunteersPage *self = VD_VOLUNTEERS_PAGE (widget);
  VdDatabase *database = vd_page_get_database (VD_PAGE (self));
  VdVolunteer *v = get_selected (self);
  g_autoptr(VdVolunteer) copy = NULL;
  GtkWidget *dialog;

  if (v == NULL || database == NULL)
    return;
  /* The form gets its own copy: the list's rows are a cache. */
  copy = vd_volunteer_copy (v);
  dialog = vd_volunteer_dialog_new (get_parent_window (self), database, copy);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_volunteer_saved_cb), self, 0);
  g_signal_connect_object (dialog, "open-volunteer", G_CALLBACK (on_open_volunteer_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  VdVolunteersPage *self = VD_VOLUNTEERS_PAGE (widget);
  VdDatabase *database = vd_page_get_database (VD_PAGE (self));

  if (database == NULL)
    return;
  /* The import reloads the database views itself when it is done. */
  gtk_window_present (GTK_WINDOW (vd_import_dialog_new (get_parent_window (self), database)));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  VdVolunteersPage *self = VD_VOLUNTEERS_PAGE (widget);
  g_autofree gint64 *ids = NULL;
  guint n_ids;

  if (self->list == NULL || get_parent_window (self) == NULL)
    return;
  ids = vd_volunteer_list_dup_ids (self->list, &n_ids);
  if (n_ids == 0)
    return;
  vd_volunteer_export_run (get_parent_window (self), vd_page_get_database (VD_PAGE (self)),
                           ids, n_ids, NULL, on_export_done_cb, g_object_ref (self));
}

static void
clear_filters_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  clear_filters (VD_VOLUNTEERS_PAGE (widget));
}

static void
transfer_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  VdVolunteersPage *self = VD_VOLUNTEERS_PAGE (widget);
  VdDatabase *database = vd_page_get_database (VD_PAGE (self));
  VdVolunteer *v = get_selected (self);
  GtkWidget *dialog;

  if (v == NULL || database == NULL)
    return;
  dialog = vd_transfer_dialog_new (get_parent_window (self), database, v);
  g_signal_connect_object (dialog, "transferred", G_CALLBACK (on_transferred_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
certificate_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  VdVolunteersPage *self = VD_VOLUNTEERS_PAGE (widget);
  VdDatabase *database = vd_page_get_database (VD_PAGE (self));
  VdVolunteer *v = get_selected (self);
  GtkWidget *dialog;

  if (v == NULL || database == NULL)
    return;
  dialog = vd_certificate_dialog_new (get_parent_window (self), database, &v->id, 1,
                                      v->name, v->volunteer_no);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* One PDF for everyone the list shows: a search or the filters choose them. */
#define MAX_BATCH 2000

static void
certificates_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  VdVolunteersPage *self = VD_VOLUNTEERS_PAGE (widget);
  VdDatabase *database = vd_page_get_database (VD_PAGE (self));
  g_autofree gint64 *ids = NULL;
  g_autofree char *who = NULL;
  GtkWidget *dialog;
  guint n_ids;

  if (self->list == NULL || database == NULL)
    return;
  ids = vd_volunteer_list_dup_ids (self->list, &n_ids);
  if (n_ids == 0)
    return;
  if (n_ids > MAX_BATCH)
    {
      g_autofree char *body =
        g_strdup_printf (_("The list shows %'u volunteers. Narrow it with the search or the "
                           "filters to at most %'u, then try again."), n_ids, MAX_BATCH);

      vd_dialogs_show_message (get_parent_window (self), _("Too Many Volunteers"), body);
      return;
    }
  who = g_strdup_printf (ngettext ("%'u volunteer in the list", "%'u volunteers in the list", n_ids),
                         n_ids);
  dialog = vd_certificate_dialog_new (get_parent_window (self), database, ids, n_ids, who,
                                      _("One PDF with a certificate for each volunteer who has "
                                        "approved hours in the period"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
toggle_active_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  VdVolunteersPage *self = VD_VOLUNTEERS_PAGE (widget);
  g_autoptr(VdVolunteer) v = NULL;

  if (get_selected (self) == NULL || vd_page_get_database (VD_PAGE (self)) == NULL)
    return;
  /* Held: the reload replaces the list's rows. */
  v = g_object_ref (get_selected (self));
  set_active (self, v, !v->active);
}

/* The register keeps whoever has records; offer what it allows instead. */
static void
explain_records (VdVolunteersPage *self,
                 VdVolunteer      *v,
                 const GError     *error)
{
  GtkWidget *dialog;
  g_autofree char *body = NULL;

  if (!v->active)
    {
      body = g_strdup_printf ("%s %s", error->message, _("They are already inactive."));
      vd_dialogs_show_message (get_parent_window (self), _("Cannot Remove Volunteer"), body);
      return;
    }

  dialog = vd_dialogs_new_question (get_parent_window (self), _("Cannot Remove Volunteer"),
                                    error->message,
                                    "cancel", _("_Cancel"),
                                    "deactivate", _("_Mark Inactive"),
                                    ADW_RESPONSE_SUGGESTED);
  g_object_set_data_full (G_OBJECT (dialog), "volunteer", g_object_ref (v), g_object_unref);
  g_signal_connect_object (dialog, "response::deactivate",
                           G_CALLBACK (on_mark_inactive_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  VdVolunteersPage *self = VD_VOLUNTEERS_PAGE (widget);
  VdDatabase *database = vd_page_get_database (VD_PAGE (self));
  g_autoptr(VdVolunteer) v = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  VdDeletedVolunteer *deleted;
  AdwToast *toast;
  Undo *undo;

  if (get_selected (self) == NULL || database == NULL)
    return;
  v = g_object_ref (get_selected (self));

  deleted = vd_register_delete (database, v->id, &error);
  if (deleted == NULL)
    {
      if (g_error_matches (error, VD_REGISTER_ERROR, VD_REGISTER_ERROR_HAS_RECORDS))
        explain_records (self, v, error);
      else
        show_error (self, error);
      return;
    }

  undo = g_new0 (Undo, 1);
  undo->deleted = deleted;
  undo->id = v->id;

  /* Translators: %s is a volunteer's name */
  text = g_strdup_printf (_("Removed %s"), v->name);
  toast = new_toast (text);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data_full (G_OBJECT (toast), "undo", undo, undo_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_undo_clicked_cb), self, 0);
  add_toast (self, toast);

  /* The next row takes the removed one's place, for deleting one after another. */
  vd_volunteer_table_select_next_later (self->table);
  reload_list (self);
}

static void
close_detail_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  VdVolunteersPage *self = VD_VOLUNTEERS_PAGE (widget);

  vd_volunteer_table_unselect (self->table);
}

/* GObject */

static void
vd_volunteers_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (vd_volunteers_page_parent_class)->map (widget);

  /* Other sections change hours, teams and stations: read them again when shown. */
  refresh (VD_VOLUNTEERS_PAGE (widget));
}

static void
vd_volunteers_page_dispose (GObject *object)
{
  VdVolunteersPage *self = VD_VOLUNTEERS_PAGE (object);
  VdDatabase *database = vd_page_get_database (VD_PAGE (self));

  if (database != NULL)
    g_clear_signal_handler (&self->reloaded_id, database);

  gtk_widget_dispose_template (GTK_WIDGET (self), VD_TYPE_VOLUNTEERS_PAGE);
  g_clear_object (&self->list);

  G_OBJECT_CLASS (vd_volunteers_page_parent_class)->dispose (object);
}

static void
vd_volunteers_page_database_changed (VdPage     *page,
                                     VdDatabase *previous)
{
  VdVolunteersPage *self = VD_VOLUNTEERS_PAGE (page);
  VdDatabase *database = vd_page_get_database (page);

  if (previous != NULL)
    g_clear_signal_handler (&self->reloaded_id, previous);

  /* A list of the new database; it connects to "reloaded" before the page does, so it
   * has its new rows when the page hears the signal. */
  g_clear_object (&self->list);
  if (database != NULL)
    self->list = vd_volunteer_list_new (database);
  vd_volunteer_table_set_list (self->table, self->list);
  if (database != NULL)
    self->reloaded_id = g_signal_connect_swapped (database, "reloaded",
                                                  G_CALLBACK (on_database_reloaded_cb), self);

  vd_volunteer_filter_bar_set_database (self->filter_bar, database);
  vd_volunteer_detail_set_database (self->detail, database);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "volunteers.add", is_writable (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "volunteers.import", is_writable (self));
  on_selection_changed_cb (self);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    refresh (self);
  update_view (self);
}

static void
vd_volunteers_page_class_init (VdVolunteersPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  VdPageClass *page_class = VD_PAGE_CLASS (klass);

  object_class->dispose = vd_volunteers_page_dispose;

  widget_class->map = vd_volunteers_page_map;

  page_class->database_changed = vd_volunteers_page_database_changed;

  g_type_ensure (VD_TYPE_VOLUNTEER_DETAIL);
  g_type_ensure (VD_TYPE_VOLUNTEER_FILTER_BAR);
  g_type_ensure (VD_TYPE_VOLUNTEER_TABLE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/vd-volunteers-page.ui");
  gtk_widget_class_bind_template_child (widget_class, VdVolunteersPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, VdVolunteersPage, detail);
  gtk_widget_class_bind_template_child (widget_class, VdVolunteersPage, filter_bar);
  gtk_widget_class_bind_template_child (widget_class, VdVolunteersPage, flap);
  gtk_widget_class_bind_template_child (widget_class, VdVolunteersPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, VdVolunteersPage, table);
  gtk_widget_class_bind_template_child (widget_class, VdVolunteersPage, toolbar);
  gtk_widget_class_bind_template_child (widget_class, VdVolunteersPage, toolbar_separator);
  gtk_widget_class_bind_template_child (widget_class, VdVolunteersPage, view_stack);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_flap_revealed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_selection_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_sort_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_volunteer_activated_cb);

  gtk_widget_class_install_action (widget_class, "volunteers.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "volunteers.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "volunteers.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "volunteers.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "volunteers.clear-filters", NULL,
                                   clear_filters_action);
  gtk_widget_class_install_action (widget_class, "volunteers.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "volunteers.transfer", NULL, transfer_action);
  gtk_widget_class_install_action (widget_class, "volunteers.certificate", NULL, certificate_action);
  gtk_widget_class_install_action (widget_class, "volunteers.certificates", NULL,
                                   certificates_action);
  gtk_widget_class_install_action (widget_class, "volunteers.toggle-active", NULL,
                                   toggle_active_action);
  gtk_widget_class_install_action (widget_class, "volunteers.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "volunteers.close-detail", NULL,
                                   close_detail_action);
}

static void
vd_volunteers_page_init (VdVolunteersPage *self)
{
  /* No key capture of the search entry on the table: it would take Enter and Delete
   * from the rows. Ctrl+F reaches the search from anywhere. */
  gtk_widget_init_template (GTK_WIDGET (self));

  on_selection_changed_cb (self);
  update_view (self);
}
