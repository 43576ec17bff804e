/* vd-stations-page.c — service stations and their checklists
 *
 * A district has a few dozen stations, so the page reads them all at once into a list
 * store and filters and sorts them in GTK; a side pane shows the one selected. The
 * second view holds the sub-districts and communities that coverage counts.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vd-stations-page"

#include "config.h"

#include <glib/gi18n.h>

#include "vd-date.h"
#include "vd-dialogs.h"
#include "vd-form-window.h"
#include "vd-ledger-print.h"
#include "vd-places-view.h"
#include "vd-station-columns.h"
#include "vd-station-detail.h"
#include "vd-station-dialog.h"
#include "vd-stations-page.h"
#include "vd-list-export-dialog.h"
#include "vd-list-import-dialog.h"
#include "vd-window.h"

typedef enum
{
  STATUS_ACTIVE,
  STATUS_ARCHIVED,
  STATUS_ALL,
} StatusFilter;

struct _VdStationsPage
{
  VdPage              parent_instance;

  GListStore         *store;
  GtkFilterListModel *filter_model;
  GtkCustomFilter    *filter;
  GtkSingleSelection *selection;
  GArray             *subdistrict_ids;   /* gint64 per entry of subdistrict_filter; 0 = all */
  gulong              reloaded_id;
  gboolean            refreshing;

  AdwViewStack       *view_stack;
  GtkSearchEntry     *search_entry;
  GtkDropDown        *type_filter;
  GtkDropDown        *subdistrict_filter;
  GtkDropDown        *status_filter;
  GtkLabel           *count_label;
  GtkStack           *list_stack;
  AdwFlap            *flap;
  GtkColumnView      *column_view;
  VdStationDetail    *detail;
  VdPlacesView       *places_view;
};

G_DEFINE_FINAL_TYPE (VdStationsPage, vd_stations_page, VD_TYPE_PAGE)

/* Helpers */

static GtkWindow *
get_parent_window (VdStationsPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
add_toast (VdStationsPage *self,
           const char     *text)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  if (VD_IS_WINDOW (root))
    vd_window_add_toast (VD_WINDOW (root), adw_toast_new (escaped));
}

static VdStation *
get_selected (VdStationsPage *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

/* Filtering */

static gboolean
filter_cb (gpointer item,
           gpointer data)
{
  VdStationsPage *self = data;
  VdStation *s = item;
  guint type = gtk_drop_down_get_selected (self->type_filter);
  guint sub = gtk_drop_down_get_selected (self->subdistrict_filter);
  guint status = gtk_drop_down_get_selected (self->status_filter);
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  if (type > 0 && type != GTK_INVALID_LIST_POSITION && s->type != type - 1)
    return FALSE;
  if (sub > 0 && sub < self->subdistrict_ids->len
      && s->subdistrict_id != g_array_index (self->subdistrict_ids, gint64, sub))
    return FALSE;
  if ((status == STATUS_ACTIVE && !s->active) || (status == STATUS_ARCHIVED && s->active))
    return FALSE;
  if (!vd_station_matches (s, text))
    return FALSE;
  return TRUE;
}

static gboolean
filters_active (VdStationsPage *self)
{
  return gtk_editable_get_text (GTK_EDITABLE (self->search_entry))[0] != '\0'
         || gtk_drop_down_get_selected (self->type_filter) > 0
         || gtk_drop_down_get_selected (self->subdistrict_filter) > 0
         || gtk_drop_down_get_selected (self->status_filter) != STATUS_ACTIVE;
}

static void
update_view (VdStationsPage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
  guint total = g_list_model_get_n_items (G_LIST_MODEL (self->store));
  g_autofree char *count = g_strdup_printf (ngettext ("%u station", "%u stations", n), n);

  gtk_label_set_label (self->count_label, count);
  if (n > 0)
    gtk_stack_set_visible_child_name (self->list_stack, "list");
  else
    gtk_stack_set_visible_child_name (self->list_stack,
                                      total == 0 && !filters_active (self) ? "empty" : "no-match");
}

static void
refilter (VdStationsPage *self)
{
  if (self->refreshing)
    return;
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_view (self);
}

static void
fill_subdistrict_filter (VdStationsPage *self)
{
  VdDatabase *database = vd_page_get_database (VD_PAGE (self));
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) subdistricts = NULL;
  gint64 previous = 0, none = 0;
  guint selected = 0;
  guint old = gtk_drop_down_get_selected (self->subdistrict_filter);

  if (old < self->subdistrict_ids->len)
    previous = g_array_index (self->subdistrict_ids, gint64, old);
  g_array_set_size (self->subdistrict_ids, 0);
  g_array_append_val (self->subdistrict_ids, none);
  gtk_string_list_append (model, _("All sub-districts"));
  if (database != NULL)
    subdistricts = vd_places_list_subdistricts (database, TRUE, NULL);
  for (guint i = 0; subdistricts != NULL && i < subdistricts->len; i++)
    {
      VdSubdistrict *s = subdistricts->pdata[i];

      if (s->id == previous)
        selected = self->subdistrict_ids->len;
      g_array_append_val (self->subdistrict_ids, s->id);
      gtk_string_list_append (model, s->name);
    }
  gtk_drop_down_set_model (self->subdistrict_filter, G_LIST_MODEL (model));
  gtk_drop_down_set_selected (self->subdistrict_filter, selected);
}

/* Reading */

static void
select_station (VdStationsPage *self,
                gint64          id)
{
  GListModel *model = G_LIST_MODEL (self->selection);

  for (guint i = 0; id != 0 && i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(VdStation) s = g_list_model_get_item (model, i);

      if (s->id == id)
        {
          gtk_single_selection_set_selected (self->selection, i);
          gtk_widget_activate_action (GTK_WIDGET (self->column_view), "list.scroll-to-item", "u", i);
          return;
        }
    }
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
}

/* Reads every station again and keeps the selection on the same station. */
static void
reload (VdStationsPage *self)
{
  VdDatabase *database = vd_page_get_database (VD_PAGE (self));
  g_autoptr(GPtrArray) stations = NULL;
  g_autoptr(GError) error = NULL;
  VdStation *selected = get_selected (self);
  gint64 selected_id = selected != NULL ? selected->id : 0;

  self->refreshing = TRUE;
  fill_subdistrict_filter (self);
  self->refreshing = FALSE;

  if (database != NULL)
    {
      stations = vd_stations_list (database, &error);
      if (stations == NULL)
        add_toast (self, error->message);
    }
  g_list_store_remove_all (self->store);
  if (stations != NULL)
    g_list_store_splice (self->store, 0, 0, stations->pdata, stations->len);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  select_station (self, selected_id);
  update_view (self);
}

/* Callbacks */

static void
on_filter_changed_cb (VdStationsPage *self)
{
  refilter (self);
}

static void
on_stop_search_cb (VdStationsPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
on_selection_changed_cb (VdStationsPage *self)
{
  VdStation *s = get_selected (self);
  gboolean selected = s != NULL;
  const char *actions[] = { "stations.edit", "stations.toggle-active", "stations.delete",
                            "stations.ledger", "stations.print", "stations.close-detail" };

  vd_station_detail_set_station (self->detail, s);
  adw_flap_set_reveal_flap (self->flap, selected);
  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), actions[i], selected);
}

static void
on_row_activated_cb (VdStationsPage *self,
                     guint           position)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "stations.edit", NULL);
}

static void
on_detail_changed_cb (VdStationsPage *self)
{
  reload (self);
  vd_places_view_refresh (self->places_view);
}

static void
on_places_changed_cb (VdStationsPage *self)
{
  reload (self);
}

static void
on_view_changed_cb (VdStationsPage *self)
{
  if (g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "places") == 0)
    vd_places_view_refresh (self->places_view);
}

static void
on_database_reloaded_cb (VdStationsPage *self)
{
  reload (self);
  vd_places_view_refresh (self->places_view);
}

static void
on_saved_cb (GtkWidget      *dialog,
             gint64          id,
             VdStationsPage *self)
{
  reload (self);
  select_station (self, id);
  if (get_selected (self) == NULL)
    {
      /* Hidden by a filter: show it anyway. */
      gtk_widget_activate_action (GTK_WIDGET (self), "stations.clear-filters", NULL);
      select_station (self, id);
    }
  vd_places_view_refresh (self->places_view);
}

/* Actions */

static gint64
station_id (gpointer item)
{
  return ((VdStation *)item)->id;
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  VdStationsPage *self = VD_STATIONS_PAGE (widget);

  /* the stations the search and the filters leave, in the column view's order */
  vd_list_export_dialog_run_for_shown (widget, vd_page_get_database (VD_PAGE (widget)), VD_LIST_STATIONS,
                                       gtk_single_selection_get_model (self->selection), station_id);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  vd_list_import_dialog_run_for_page (widget, vd_page_get_database (VD_PAGE (widget)), VD_LIST_STATIONS);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  VdStationsPage *self = VD_STATIONS_PAGE (widget);

  adw_view_stack_set_visible_child_name (self->view_stack, "stations");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
clear_filters_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  VdStationsPage *self = VD_STATIONS_PAGE (widget);

  self->refreshing = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_drop_down_set_selected (self->type_filter, 0);
  gtk_drop_down_set_selected (self->subdistrict_filter, 0);
  gtk_drop_down_set_selected (self->status_filter, STATUS_ALL);
  self->refreshing = FALSE;
  refilter (self);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  VdStationsPage *self = VD_STATIONS_PAGE (widget);
  VdDatabase *database = vd_page_get_database (VD_PAGE (self));
  GtkWidget *dialog;

  if (database == NULL)
    return;
  dialog = vd_station_dialog_new (get_parent_window (self), database, NULL);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  VdStationsPage *self = VD_STATIONS_PAGE (widget);
  VdDatabase *database = vd_page_get_database (VD_PAGE (self));
  GtkWidget *dialog;

  if (database == NULL || get_selected (self) == NULL)
    return;
  dialog = vd_station_dialog_new (get_parent_window (self), database, get_selected (self));
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void set_active (VdStationsPage *self,
                        gint64          id,
                        const char     *name,
                        gboolean        active,
                        gboolean        undoable);

static void
on_undo_archive_cb (AdwToast       *toast,
                    VdStationsPage *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (toast), "id"));
  gboolean active = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (toast), "active"));

  set_active (self, id, g_object_get_data (G_OBJECT (toast), "name"), !active, FALSE);
}

static void
set_active (VdStationsPage *self,
            gint64          id,
            const char     *name,
            gboolean        active,
            gboolean        undoable)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *escaped = NULL;
  AdwToast *toast;

  if (!vd_stations_set_active (vd_page_get_database (VD_PAGE (self)), id, active, NULL, &error))
    {
      add_toast (self, error->message);
      return;
    }
  /* Translators: %s is a station's name */
  text = g_strdup_printf (active ? _("%s restored") : _("%s archived"), name);
  escaped = g_markup_escape_text (text, -1);
  toast = adw_toast_new (escaped);
  if (undoable)
    {
      adw_toast_set_button_label (toast, _("_Undo"));
      g_object_set_data (G_OBJECT (toast), "id", GSIZE_TO_POINTER ((gsize)id));
      g_object_set_data (G_OBJECT (toast), "active", GINT_TO_POINTER (active));
      g_object_set_data_full (G_OBJECT (toast), "name", g_strdup (name), g_free);
      g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_undo_archive_cb), self, 0);
    }
  if (VD_IS_WINDOW (root))
    vd_window_add_toast (VD_WINDOW (root), toast);
  else
    g_object_unref (toast);
  reload (self);
  vd_places_view_refresh (self->places_view);
}

static void
toggle_active_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  VdStationsPage *self = VD_STATIONS_PAGE (widget);
  g_autoptr(VdStation) s = NULL;

  if (get_selected (self) == NULL)
    return;
  s = g_object_ref (get_selected (self));
  set_active (self, s->id, s->name, !s->active, TRUE);
}

static void
on_archive_instead_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       VdStationsPage   *self)
{
  VdStation *s = g_object_get_data (G_OBJECT (dialog), "station");

  set_active (self, s->id, s->name, FALSE, TRUE);
}

static void
on_delete_confirmed_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        VdStationsPage   *self)
{
  VdStation *s = g_object_get_data (G_OBJECT (dialog), "station");
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  if (!vd_stations_delete (vd_page_get_database (VD_PAGE (self)), s->id, &error))
    {
      add_toast (self, error->message);
      return;
    }
  /* Translators: %s is a station's name */
  text = g_strdup_printf (_("Removed %s"), s->name);
  add_toast (self, text);
  reload (self);
  vd_places_view_refresh (self->places_view);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  VdStationsPage *self = VD_STATIONS_PAGE (widget);
  VdDatabase *database = vd_page_get_database (VD_PAGE (self));
  g_autoptr(GError) error = NULL;
  g_autofree char *heading = NULL;
  VdStation *s = get_selected (self);
  GtkWidget *dialog;
  const char *what_depends;

  if (s == NULL || database == NULL)
    return;

  /* A station nothing refers to is removed only after the user confirms. */
  what_depends = NULL;
  if (!vd_stations_can_delete (database, s->id, &error))
    what_depends = error->message;

  /* Translators: %s is a station's name */
  heading = g_strdup_printf (_("Delete %s?"), s->name);
  if (what_depends != NULL && g_error_matches (error, VD_PLACES_ERROR, VD_PLACES_ERROR_HAS_DEPENDENTS))
    {
      if (!s->active)
        {
          vd_dialogs_show_message (get_parent_window (self), _("Cannot Remove Station"), what_depends);
          return;
        }
      dialog = vd_dialogs_new_question (get_parent_window (self), _("Cannot Remove Station"),
                                        what_depends, "cancel", _("_Cancel"),
                                        "archive", _("_Archive"), ADW_RESPONSE_SUGGESTED);
      g_signal_connect_object (dialog, "response::archive", G_CALLBACK (on_archive_instead_cb),
                               self, 0);
    }
  else if (what_depends != NULL)
    {
      add_toast (self, what_depends);
      return;
    }
  else
    {
      dialog = vd_dialogs_new_question (get_parent_window (self), heading,
                                        _("Nothing refers to this station yet. Its checklist goes with it."),
                                        "cancel", _("_Cancel"),
                                        "delete", _("_Delete"), ADW_RESPONSE_DESTRUCTIVE);
      g_signal_connect_object (dialog, "response::delete", G_CALLBACK (on_delete_confirmed_cb),
                               self, 0);
    }
  g_object_set_data_full (G_OBJECT (dialog), "station", g_object_ref (s), g_object_unref);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
ledger_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  VdStationsPage *self = VD_STATIONS_PAGE (widget);
  VdStation *s = get_selected (self);

  if (s != NULL)
    vd_ledger_print_ask (GTK_WIDGET (self), vd_page_get_database (VD_PAGE (self)), s, FALSE);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  VdStationsPage *self = VD_STATIONS_PAGE (widget);
  VdStation *s = get_selected (self);

  if (s != NULL)
    vd_ledger_print_ask (GTK_WIDGET (self), vd_page_get_database (VD_PAGE (self)), s, TRUE);
}

static void
close_detail_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  VdStationsPage *self = VD_STATIONS_PAGE (widget);

  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
}

/* GObject */

static void
vd_stations_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (vd_stations_page_parent_class)->map (widget);

  /* Other sections add volunteers, teams and events: read the figures again. */
  reload (VD_STATIONS_PAGE (widget));
}

static void
vd_stations_page_database_changed (VdPage     *page,
                                   VdDatabase *previous)
{
  VdStationsPage *self = VD_STATIONS_PAGE (page);
  VdDatabase *database = vd_page_get_database (page);

  if (previous != NULL)
    g_clear_signal_handler (&self->reloaded_id, previous);
  if (database != NULL)
    self->reloaded_id = g_signal_connect_swapped (database, "reloaded",
                                                  G_CALLBACK (on_database_reloaded_cb), self);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  vd_station_detail_set_database (self->detail, database);
  vd_places_view_set_database (self->places_view, database);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "stations.add", database != NULL);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    reload (self);
  else
    {
      g_list_store_remove_all (self->store);
      update_view (self);
    }
}

static void
vd_stations_page_dispose (GObject *object)
{
  VdStationsPage *self = VD_STATIONS_PAGE (object);
  VdDatabase *database = vd_page_get_database (VD_PAGE (self));

  if (database != NULL)
    g_clear_signal_handler (&self->reloaded_id, database);
  gtk_widget_dispose_template (GTK_WIDGET (object), VD_TYPE_STATIONS_PAGE);
  g_clear_object (&self->selection);
  g_clear_object (&self->store);
  g_clear_pointer (&self->subdistrict_ids, g_array_unref);

  G_OBJECT_CLASS (vd_stations_page_parent_class)->dispose (object);
}

static void
vd_stations_page_class_init (VdStationsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  VdPageClass *page_class = VD_PAGE_CLASS (klass);

  object_class->dispose = vd_stations_page_dispose;
  widget_class->map = vd_stations_page_map;
  page_class->database_changed = vd_stations_page_database_changed;

  g_type_ensure (VD_TYPE_PLACES_VIEW);
  g_type_ensure (VD_TYPE_STATION_DETAIL);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/vd-stations-page.ui");
  gtk_widget_class_bind_template_child (widget_class, VdStationsPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, VdStationsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, VdStationsPage, type_filter);
  gtk_widget_class_bind_template_child (widget_class, VdStationsPage, subdistrict_filter);
  gtk_widget_class_bind_template_child (widget_class, VdStationsPage, status_filter);
  gtk_widget_class_bind_template_child (widget_class, VdStationsPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, VdStationsPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, VdStationsPage, flap);
  gtk_widget_class_bind_template_child (widget_class, VdStationsPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, VdStationsPage, detail);
  gtk_widget_class_bind_template_child (widget_class, VdStationsPage, places_view);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_detail_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_places_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_view_changed_cb);

  gtk_widget_class_install_action (widget_class, "stations.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "stations.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "stations.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "stations.clear-filters", NULL,
                                   clear_filters_action);
  gtk_widget_class_install_action (widget_class, "stations.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "stations.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "stations.toggle-active", NULL,
                                   toggle_active_action);
  gtk_widget_class_install_action (widget_class, "stations.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "stations.ledger", NULL, ledger_action);
  gtk_widget_class_install_action (widget_class, "stations.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "stations.close-detail", NULL,
                                   close_detail_action);
}

static void
vd_stations_page_init (VdStationsPage *self)
{
  g_autoptr(GtkStringList) types = gtk_string_list_new (NULL);
  const char *statuses[] = { C_("station status", "Active"), C_("station status", "Archived"),
                             _("All statuses"), NULL };
  g_autoptr(GtkStringList) status_model = gtk_string_list_new (statuses);
  GtkSortListModel *sorted;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->subdistrict_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  self->refreshing = TRUE;
  gtk_string_list_append (types, _("All types"));
  for (guint t = 0; t < VD_N_STATION_TYPES; t++)
    gtk_string_list_append (types, vd_station_type_get_label (t));
  gtk_drop_down_set_model (self->type_filter, G_LIST_MODEL (types));
  gtk_drop_down_set_model (self->status_filter, G_LIST_MODEL (status_model));
  gtk_drop_down_set_selected (self->status_filter, STATUS_ACTIVE);
  fill_subdistrict_filter (self);
  self->refreshing = FALSE;

  vd_station_columns_add (self->column_view);
  self->store = g_list_store_new (VD_TYPE_STATION);
  self->filter = gtk_custom_filter_new (filter_cb, self, NULL);
  self->filter_model = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->store)),
                                                  GTK_FILTER (self->filter));
  sorted = gtk_sort_list_model_new (G_LIST_MODEL (self->filter_model),
                                    g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (sorted));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  g_signal_connect_swapped (self->selection, "notify::selected-item",
                            G_CALLBACK (on_selection_changed_cb), self);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  {
    g_autoptr(GtkColumnViewColumn) name_column =
      g_list_model_get_item (gtk_column_view_get_columns (self->column_view),
                             VD_STATION_COLUMN_NAME);

    gtk_column_view_sort_by_column (self->column_view, name_column, GTK_SORT_ASCENDING);
  }

  on_selection_changed_cb (self);
  update_view (self);
}
