/* vd-events-page.c — service events and service hours
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vd-events-page"

#include "config.h"

#include <glib/gi18n.h>

#include "vd-approval-queue.h"
#include "vd-event-detail.h"
#include "vd-event-dialog.h"
#include "vd-events-page.h"
#include "vd-events.h"
#include "vd-lookup.h"
#include "vd-service.h"
#include "vd-list-export-dialog.h"
#include "vd-list-import-dialog.h"
#include "vd-window.h"

typedef enum
{
  PERIOD_THIS_YEAR,
  PERIOD_LAST_YEAR,
  PERIOD_THIS_MONTH,
  PERIOD_ALL,
} Period;

static const char * const period_labels[] = {
  N_("This year"), N_("Last year"), N_("This month"), N_("All time"), NULL,
};

typedef enum
{
  COLUMN_TITLE,
  COLUMN_CATEGORY,
  COLUMN_WHEN,
  COLUMN_WHERE,
  COLUMN_TEAM,
  COLUMN_PARTICIPANTS,
  COLUMN_HOURS,
  COLUMN_PEOPLE,
  COLUMN_STATUS,
  N_COLUMNS
} Column;

static const struct {
  const char  *title;
  VdEventSort  sort;
  gboolean     expand;
  gboolean     numeric;
  int          width;     /* fixed width in pixels, or -1 */
} columns[N_COLUMNS] = {
  [COLUMN_TITLE] = { N_("Event title"), VD_EVENT_SORT_TITLE, TRUE, FALSE, 220 },
  [COLUMN_CATEGORY] = { N_("Category"), VD_EVENT_SORT_CATEGORY, FALSE, FALSE, 90 },
  [COLUMN_WHEN] = { N_("Date and time"), VD_EVENT_SORT_STARTS, FALSE, FALSE, 160 },
  [COLUMN_WHERE] = { N_("Station or place"), VD_EVENT_SORT_STATION, TRUE, FALSE, 170 },
  [COLUMN_TEAM] = { N_("Organizing team"), VD_EVENT_SORT_TEAM, FALSE, FALSE, 120 },
  [COLUMN_PARTICIPANTS] = { N_("Participants"), VD_EVENT_SORT_PARTICIPANTS, FALSE, TRUE, 64 },
  [COLUMN_HOURS] = { N_("Approved hours"), VD_EVENT_SORT_HOURS, FALSE, TRUE, 100 },
  [COLUMN_PEOPLE] = { N_("People served"), VD_EVENT_SORT_PEOPLE, FALSE, TRUE, 100 },
  [COLUMN_STATUS] = { N_("Status"), VD_EVENT_SORT_STATUS, FALSE, FALSE, 130 },
};

struct _VdEventsPage
{
  VdPage               parent_instance;

  VdEventList         *list;
  GtkSingleSelection  *selection;
  GArray              *category_ids;
  GArray              *station_ids;
  GArray              *team_ids;
  GObject             *probe[2];     /* markers asked to the view's sorter */
  gboolean             loading;
  gulong               reloaded_id;

  GtkSearchEntry      *search_entry;
  GtkDropDown         *period_dropdown;
  GtkDropDown         *category_dropdown;
  GtkDropDown         *station_dropdown;
  GtkDropDown         *team_dropdown;
  AdwViewStack        *view_stack;
  AdwViewStackPage    *queue_page;
  GtkStack            *list_stack;
  GtkColumnView       *column_view;
  GtkLabel            *count_label;
  VdApprovalQueue     *queue;
};

G_DEFINE_FINAL_TYPE (VdEventsPage, vd_events_page, VD_TYPE_PAGE)

static GQuark
probe_quark (void)
{
  return g_quark_from_static_string ("vd-events-page-probe");
}

static void
toast (VdEventsPage *self,
       AdwToast     *t)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (VD_IS_WINDOW (root))
    vd_window_add_toast (VD_WINDOW (root), t);
  else
    g_object_unref (g_object_ref_sink (t));
}

static void
toast_text (VdEventsPage *self,
            const char   *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  toast (self, adw_toast_new (escaped));
}

/* Cells */

static char *
cell_text (VdEvent *e,
           Column   column)
{
  switch (column)
    {
    case COLUMN_TITLE:        return g_strdup (e->title);
    case COLUMN_CATEGORY:     return g_strdup (e->category_name);
    case COLUMN_WHEN:         return vd_event_dup_when (e);
    case COLUMN_WHERE:        return g_strdup (vd_event_get_where (e));
    case COLUMN_TEAM:         return g_strdup (e->team_name);
    case COLUMN_PARTICIPANTS: return g_strdup_printf ("%" G_GINT64_FORMAT, e->participant_count);
    case COLUMN_HOURS:        return vd_service_format_hours (e->approved_minutes);
    case COLUMN_PEOPLE:       return g_strdup_printf ("%" G_GINT64_FORMAT, e->people_served);
    case COLUMN_STATUS:
    case N_COLUMNS:
    default:
      if (e->pending_count > 0 && e->status != VD_EVENT_CANCELLED)
        return g_strdup_printf (_("%s, %d waiting"),
                                vd_event_status_get_label (e->status), (int)e->pending_count);
      return g_strdup (vd_event_status_get_label (e->status));
    }
}

static void
on_cell_setup_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  gpointer                  data)
{
  GtkWidget *label = gtk_inscription_new (NULL);

  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (label), GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  if (columns[GPOINTER_TO_INT (data)].numeric)
    gtk_inscription_set_xalign (GTK_INSCRIPTION (label), 1.0);
  gtk_widget_set_margin_start (label, 3);
  gtk_widget_set_margin_end (label, 3);
  gtk_list_item_set_child (item, label);
}

static void
on_cell_bind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  data)
{
  g_autofree char *text = cell_text (gtk_list_item_get_item (item), GPOINTER_TO_INT (data));

  gtk_inscription_set_text (GTK_INSCRIPTION (gtk_list_item_get_child (item)), text);
}

/* The list is sorted in SQL: a column's sorter only tells which column the view asks
 * for, on marker objects (as in vd-volunteer-table.c). */
static int
probe_compare (gconstpointer a,
               gconstpointer b,
               gpointer      sort)
{
  g_object_set_qdata ((GObject *)a, probe_quark (), sort);
  return GTK_ORDERING_SMALLER;
}

static void
add_columns (VdEventsPage *self)
{
  for (guint i = 0; i < N_COLUMNS; i++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      GtkColumnViewColumn *column;
      GtkCustomSorter *sorter;

      g_signal_connect (factory, "setup", G_CALLBACK (on_cell_setup_cb), GINT_TO_POINTER (i));
      g_signal_connect (factory, "bind", G_CALLBACK (on_cell_bind_cb), GINT_TO_POINTER (i));
      column = gtk_column_view_column_new (_(columns[i].title), factory);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_column_set_expand (column, columns[i].expand);
      gtk_column_view_column_set_fixed_width (column, columns[i].width);
      sorter = gtk_custom_sorter_new (probe_compare, GINT_TO_POINTER (columns[i].sort + 1), NULL);
      gtk_column_view_column_set_sorter (column, GTK_SORTER (sorter));
      g_object_unref (sorter);
      gtk_column_view_append_column (self->column_view, column);
      g_object_unref (column);
    }
}

static void
get_sort (VdEventsPage *self,
          VdEventSort  *sort,
          gboolean     *descending)
{
  GtkOrdering order;
  int asked;

  g_object_set_qdata (self->probe[0], probe_quark (), NULL);
  order = gtk_sorter_compare (gtk_column_view_get_sorter (self->column_view), self->probe[0], self->probe[1]);
  asked = GPOINTER_TO_INT (g_object_get_qdata (self->probe[0], probe_quark ())) - 1;
  if (asked < 0 || order == GTK_ORDERING_EQUAL)
    {
      /* Newest first until a column is chosen. */
      *sort = VD_EVENT_SORT_STARTS;
      *descending = TRUE;
      return;
    }
  *sort = asked;
  *descending = order == GTK_ORDERING_LARGER;
}

/* Filters */

static gint64
dropdown_id (GtkDropDown *dropdown,
             GArray      *ids)
{
  guint i = gtk_drop_down_get_selected (dropdown);

  return ids != NULL && i < ids->len ? g_array_index (ids, gint64, i) : 0;
}

static void
fill_dropdown (GtkDropDown *dropdown,
               GArray      *ids,
               GPtrArray   *items,
               const char  *all_label)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  gint64 zero = 0;

  g_array_set_size (ids, 0);
  gtk_string_list_append (names, all_label);
  g_array_append_val (ids, zero);
  for (guint i = 0; items != NULL && i < items->len; i++)
    {
      VdLookupItem *item = g_ptr_array_index (items, i);

      gtk_string_list_append (names, item->name);
      g_array_append_val (ids, item->id);
    }
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (names));
  /* Searching a drop-down needs to know what to search. */
  if (gtk_drop_down_get_expression (dropdown) == NULL)
    gtk_drop_down_set_expression (dropdown,
                                  gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string"));
}

static void
load_filters (VdEventsPage *self)
{
  VdDatabase *db = vd_page_get_database (VD_PAGE (self));
  g_autoptr(GPtrArray) cats = NULL;
  g_autoptr(GPtrArray) stations = NULL;
  g_autoptr(GPtrArray) teams = NULL;

  if (db != NULL)
    {
      cats = vd_events_list_categories (db, NULL);
      stations = vd_lookup_list (db, VD_LOOKUP_STATIONS, NULL);
      teams = vd_lookup_list (db, VD_LOOKUP_TEAMS, NULL);
    }
  self->loading = TRUE;
  fill_dropdown (self->category_dropdown, self->category_ids, cats, _("All categories"));
  fill_dropdown (self->station_dropdown, self->station_ids, stations, _("All stations"));
  fill_dropdown (self->team_dropdown, self->team_ids, teams, _("All teams"));
  self->loading = FALSE;
}

static void
update_count (VdEventsPage *self)
{
  guint n = self->list != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->list)) : 0;
  guint pending = vd_approval_queue_get_n_pending (self->queue);
  g_autofree char *text = g_strdup_printf (ngettext ("%u event", "%u events", n), n);

  gtk_label_set_label (self->count_label, text);
  gtk_stack_set_visible_child_name (self->list_stack, n > 0 ? "list" : "empty");
  adw_view_stack_page_set_badge_number (self->queue_page, pending);
  adw_view_stack_page_set_needs_attention (self->queue_page, pending > 0);
}

static void
refresh (VdEventsPage *self)
{
  g_auto(VdEventFilter) filter = { 0, };
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  gint64 selected_id = 0;
  g_autoptr(VdEvent) selected = NULL;
  int year = g_date_time_get_year (now);

  if (self->list == NULL || self->loading)
    return;
  selected = gtk_single_selection_get_selected_item (self->selection) != NULL
    ? g_object_ref (gtk_single_selection_get_selected_item (self->selection)) : NULL;
  if (selected != NULL)
    selected_id = selected->id;

  vd_event_filter_init (&filter);
  filter.text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  switch ((Period)gtk_drop_down_get_selected (self->period_dropdown))
    {
    case PERIOD_THIS_YEAR:
      filter.from = g_strdup_printf ("%04d-01-01", year);
      filter.to = g_strdup_printf ("%04d-12-31", year);
      break;
    case PERIOD_LAST_YEAR:
      filter.from = g_strdup_printf ("%04d-01-01", year - 1);
      filter.to = g_strdup_printf ("%04d-12-31", year - 1);
      break;
    case PERIOD_THIS_MONTH:
      filter.from = g_date_time_format (now, "%Y-%m-01");
      filter.to = g_date_time_format (now, "%Y-%m-31");
      break;
    case PERIOD_ALL:
    default:
      break;
    }
  filter.category_id = dropdown_id (self->category_dropdown, self->category_ids);
  filter.station_id = dropdown_id (self->station_dropdown, self->station_ids);
  filter.team_id = dropdown_id (self->team_dropdown, self->team_ids);
  get_sort (self, &filter.sort, &filter.descending);
  if (!vd_event_list_set_filter (self->list, &filter, &error))
    toast_text (self, error->message);
  if (selected_id > 0)
    {
      guint pos = vd_event_list_find (self->list, selected_id);

      if (pos != G_MAXUINT)
        gtk_single_selection_set_selected (self->selection, pos);
    }
  update_count (self);
}

static void
refresh_all (VdEventsPage *self)
{
  vd_approval_queue_reload (self->queue);
  refresh (self);
}

static void
on_filter_changed_cb (VdEventsPage *self)
{
  refresh (self);
}

static void
on_sorter_changed_cb (VdEventsPage *self)
{
  refresh (self);
}

static void
on_queue_changed_cb (VdEventsPage *self)
{
  refresh (self);
}

static void
on_database_reloaded_cb (VdEventsPage *self)
{
  load_filters (self);
  refresh_all (self);
}

/* Actions */

static VdEvent *
selected_event (VdEventsPage *self)
{
  gpointer item = gtk_single_selection_get_selected_item (self->selection);

  return item != NULL ? g_object_ref (item) : NULL;
}

static void
on_detail_changed_cb (VdEventsPage *self)
{
  refresh_all (self);
}

static void
open_event (VdEventsPage *self,
            gint64        id)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  VdEventDetail *detail = vd_event_detail_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               vd_page_get_database (VD_PAGE (self)), id);

  g_signal_connect_object (detail, "changed", G_CALLBACK (on_detail_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (detail));
}

static void
on_activate_cb (VdEventsPage *self,
                guint         position)
{
  g_autoptr(VdEvent) e = g_list_model_get_item (G_LIST_MODEL (self->list), position);

  if (e != NULL)
    open_event (self, e->id);
}

static void
on_saved_cb (VdEventDialog *dialog,
             VdEvent       *event,
             VdEventsPage  *self)
{
  guint pos;

  load_filters (self);
  refresh (self);
  pos = vd_event_list_find (self->list, event->id);
  if (pos != G_MAXUINT)
    gtk_single_selection_set_selected (self->selection, pos);
  else
    toast_text (self, _("The event was saved; the period or the filters hide it."));
}

static void
show_dialog (VdEventsPage *self,
             VdEvent      *event)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  VdEventDialog *dialog = vd_event_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               vd_page_get_database (VD_PAGE (self)), event);

  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_action (GtkWidget  *widget,
            const char *name,
            GVariant   *param)
{
  show_dialog (VD_EVENTS_PAGE (widget), NULL);
}

static void
edit_action (GtkWidget  *widget,
             const char *name,
             GVariant   *param)
{
  VdEventsPage *self = VD_EVENTS_PAGE (widget);
  g_autoptr(VdEvent) e = selected_event (self);

  if (e != NULL)
    show_dialog (self, e);
}

static void
open_action (GtkWidget  *widget,
             const char *name,
             GVariant   *param)
{
  VdEventsPage *self = VD_EVENTS_PAGE (widget);
  g_autoptr(VdEvent) e = selected_event (self);

  if (e != NULL)
    open_event (self, e->id);
}

static void
on_undo_delete_cb (AdwToast     *t,
                   VdEventsPage *self)
{
  VdEvent *e = g_object_get_data (G_OBJECT (t), "event");
  g_autoptr(GError) error = NULL;

  if (!vd_events_restore (vd_page_get_database (VD_PAGE (self)), e, &error))
    toast_text (self, error->message);
  refresh (self);
}

static void
delete_action (GtkWidget  *widget,
               const char *name,
               GVariant   *param)
{
  VdEventsPage *self = VD_EVENTS_PAGE (widget);
  g_autoptr(VdEvent) e = selected_event (self);
  g_autoptr(VdEvent) gone = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *escaped = NULL;
  AdwToast *t;

  if (e == NULL)
    return;
  gone = vd_events_delete (vd_page_get_database (VD_PAGE (self)), e->id, &error);
  if (gone == NULL)
    {
      toast_text (self, error->message);
      return;
    }
  refresh (self);
  text = g_strdup_printf (_("“%s” deleted"), gone->title);
  escaped = g_markup_escape_text (text, -1);
  t = adw_toast_new (escaped);
  adw_toast_set_button_label (t, _("_Undo"));
  adw_toast_set_priority (t, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data_full (G_OBJECT (t), "event", g_steal_pointer (&gone), g_object_unref);
  g_signal_connect_object (t, "button-clicked", G_CALLBACK (on_undo_delete_cb), self, 0);
  toast (self, t);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  VdEventsPage *self = VD_EVENTS_PAGE (widget);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GArray) shown = NULL;
  VdListFilter filter = { 0, 0, NULL };

  /* the period filter's year; a month or all time export every year */
  switch ((Period)gtk_drop_down_get_selected (self->period_dropdown))
    {
    case PERIOD_THIS_YEAR:
      filter.year = g_date_time_get_year (now);
      break;
    case PERIOD_LAST_YEAR:
      filter.year = g_date_time_get_year (now) - 1;
      break;
    case PERIOD_THIS_MONTH:
    case PERIOD_ALL:
    default:
      break;
    }
  /* exactly the events listed, in the list's order (the year names the file) */
  if (self->list != NULL)
    filter.ids = shown = vd_event_list_dup_ids (self->list);
  vd_list_export_dialog_run_for_page (widget, vd_page_get_database (VD_PAGE (widget)),
                                      VD_LIST_EVENTS, &filter);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  vd_list_import_dialog_run_for_page (widget, vd_page_get_database (VD_PAGE (widget)), VD_LIST_EVENTS);
}

static void
search_action (GtkWidget  *widget,
               const char *name,
               GVariant   *param)
{
  VdEventsPage *self = VD_EVENTS_PAGE (widget);

  adw_view_stack_set_visible_child_name (self->view_stack, "events");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
update_actions (VdEventsPage *self)
{
  /* The page's keys are global to the window: they stay off while another section is
   * shown, so that its own Ctrl+F and Ctrl+N get the keys. */
  gboolean shown = gtk_widget_get_mapped (GTK_WIDGET (self));
  gboolean has_db = vd_page_get_database (VD_PAGE (self)) != NULL;
  gboolean has_selection = gtk_single_selection_get_selected_item (self->selection) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "events.search", shown);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "events.add", has_db && shown);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "events.edit", has_selection);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "events.open", has_selection);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "events.delete", has_selection);
}

static void
on_selection_changed_cb (VdEventsPage *self)
{
  update_actions (self);
}

/* GObject */

static void
vd_events_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (vd_events_page_parent_class)->map (widget);
  refresh_all (VD_EVENTS_PAGE (widget));
  update_actions (VD_EVENTS_PAGE (widget));
}

static void
vd_events_page_unmap (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (vd_events_page_parent_class)->unmap (widget);
  update_actions (VD_EVENTS_PAGE (widget));
}

static void
vd_events_page_database_changed (VdPage     *page,
                                 VdDatabase *previous)
{
  VdEventsPage *self = VD_EVENTS_PAGE (page);
  VdDatabase *database = vd_page_get_database (page);

  if (previous != NULL)
    g_clear_signal_handler (&self->reloaded_id, previous);
  g_clear_object (&self->list);
  if (database != NULL)
    {
      self->list = vd_event_list_new (database);
      self->reloaded_id = g_signal_connect_swapped (database, "reloaded",
                                                    G_CALLBACK (on_database_reloaded_cb), self);
    }
  gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->list));
  vd_approval_queue_set_database (self->queue, database);
  load_filters (self);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    refresh (self);
  update_actions (self);
  update_count (self);
}

static void
vd_events_page_dispose (GObject *object)
{
  VdEventsPage *self = VD_EVENTS_PAGE (object);
  VdDatabase *database = vd_page_get_database (VD_PAGE (self));

  if (database != NULL)
    g_clear_signal_handler (&self->reloaded_id, database);
  if (self->column_view != NULL)
    g_signal_handlers_disconnect_by_data (gtk_column_view_get_sorter (self->column_view), self);
  gtk_widget_dispose_template (GTK_WIDGET (object), VD_TYPE_EVENTS_PAGE);
  g_clear_object (&self->selection);
  g_clear_object (&self->list);
  g_clear_object (&self->probe[0]);
  g_clear_object (&self->probe[1]);
  g_clear_pointer (&self->category_ids, g_array_unref);
  g_clear_pointer (&self->station_ids, g_array_unref);
  g_clear_pointer (&self->team_ids, g_array_unref);

  G_OBJECT_CLASS (vd_events_page_parent_class)->dispose (object);
}

static void
vd_events_page_class_init (VdEventsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  VdPageClass *page_class = VD_PAGE_CLASS (klass);

  object_class->dispose = vd_events_page_dispose;
  widget_class->map = vd_events_page_map;
  widget_class->unmap = vd_events_page_unmap;
  page_class->database_changed = vd_events_page_database_changed;

  g_type_ensure (VD_TYPE_APPROVAL_QUEUE);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/vd-events-page.ui");
#define CHILD(name) gtk_widget_class_bind_template_child (widget_class, VdEventsPage, name)
  CHILD (search_entry);
  CHILD (period_dropdown);
  CHILD (category_dropdown);
  CHILD (station_dropdown);
  CHILD (team_dropdown);
  CHILD (view_stack);
  CHILD (queue_page);
  CHILD (list_stack);
  CHILD (column_view);
  CHILD (count_label);
  CHILD (queue);
#undef CHILD
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_queue_changed_cb);

  gtk_widget_class_install_action (widget_class, "events.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "events.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "events.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "events.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "events.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "events.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "events.search", NULL, search_action);
}

static void
vd_events_page_init (VdEventsPage *self)
{
  g_autoptr(GtkStringList) periods = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  self->category_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->station_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->team_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->probe[0] = g_object_new (G_TYPE_OBJECT, NULL);
  self->probe[1] = g_object_new (G_TYPE_OBJECT, NULL);

  self->loading = TRUE;
  for (guint i = 0; period_labels[i] != NULL; i++)
    gtk_string_list_append (periods, _(period_labels[i]));
  gtk_drop_down_set_model (self->period_dropdown, G_LIST_MODEL (periods));
  self->loading = FALSE;

  add_columns (self);
  self->selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_object (self->selection, "notify::selected",
                           G_CALLBACK (on_selection_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_column_view_get_sorter (self->column_view), "changed",
                           G_CALLBACK (on_sorter_changed_cb), self, G_CONNECT_SWAPPED);
  update_actions (self);
}
