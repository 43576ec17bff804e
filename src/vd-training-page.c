/* vd-training-page.c — training sessions and attendance
 *
 * The sessions in a sortable table with a search (Ctrl+F); the chosen one in the
 * detail pane; the dialog adds and edits; attendance mode (Ctrl+K) checks people in
 * at the door.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vd-training-page"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "vd-attendance-window.h"
#include "vd-dialogs.h"
#include "vd-training-detail.h"
#include "vd-training-dialog.h"
#include "vd-training-page.h"
#include "vd-list-export-dialog.h"
#include "vd-list-import-dialog.h"
#include "vd-window.h"

struct _VdTrainingPage
{
  VdPage              parent_instance;

  GListStore         *store;        /* VdTraining */
  GtkFilterListModel *filtered;
  GtkCustomFilter    *filter;
  GtkSingleSelection *selection;
  GtkWindow          *attendance;   /* while attendance mode is open */
  gboolean            reloading;    /* the list is refilled: the selection flickers */
  gulong              reloaded_id;

  GtkStack           *stack;
  GtkSearchEntry     *search_entry;
  GtkLabel           *stats_label;
  GtkColumnView      *sessions_view;
  GtkStack           *detail_stack;
  VdTrainingDetail   *detail;
};

G_DEFINE_FINAL_TYPE (VdTrainingPage, vd_training_page, VD_TYPE_PAGE)

typedef enum { COL_START, COL_TOPIC, COL_CATEGORY, COL_REGISTERED, COL_ATTENDED, COL_RATE } Column;

static void
toast (VdTrainingPage *self,
       const char     *text)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  if (VD_IS_WINDOW (root))
    vd_window_add_toast (VD_WINDOW (root), adw_toast_new (escaped));
}

static GtkWindow *
parent_window (VdTrainingPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static VdTraining *
selected (VdTrainingPage *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

static char *
cell_text (VdTraining *t,
           Column      column)
{
  double rate;

  switch (column)
    {
    case COL_START: return g_strndup (t->starts_at, 16);
    case COL_TOPIC: return g_strdup (t->topic);
    case COL_CATEGORY: return g_strdup (t->category_name);
    case COL_REGISTERED:
      return t->capacity > 0
             ? g_strdup_printf ("%u / %d", vd_training_count_registered (t), t->capacity)
             : g_strdup_printf ("%u", vd_training_count_registered (t));
    case COL_ATTENDED: return g_strdup_printf ("%u", vd_training_count_attended (t));
    case COL_RATE:
      rate = vd_training_attendance_rate (t);
      return rate < 0 ? g_strdup ("—") : g_strdup_printf ("%.0f%%", rate * 100);
    default: return g_strdup ("");
    }
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          gpointer                  column)
{
  GtkWidget *label = gtk_inscription_new (NULL);

  if (GPOINTER_TO_INT (column) != COL_TOPIC && GPOINTER_TO_INT (column) != COL_CATEGORY)
    gtk_widget_add_css_class (label, "numeric");
  gtk_inscription_set_min_chars (GTK_INSCRIPTION (label),
                                 GPOINTER_TO_INT (column) == COL_START ? 16
                                 : GPOINTER_TO_INT (column) == COL_TOPIC ? 14
                                 : GPOINTER_TO_INT (column) == COL_CATEGORY ? 6 : 4);
  gtk_list_item_set_child (item, label);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         gpointer                  column)
{
  g_autofree char *text = cell_text (gtk_list_item_get_item (item), GPOINTER_TO_INT (column));

  gtk_inscription_set_text (GTK_INSCRIPTION (gtk_list_item_get_child (item)), text);
}

static int
compare_cb (gconstpointer a,
            gconstpointer b,
            gpointer      column)
{
  VdTraining *x = (VdTraining *)a, *y = (VdTraining *)b;

  switch (GPOINTER_TO_INT (column))
    {
    case COL_REGISTERED:
      return (int)vd_training_count_registered (x) - (int)vd_training_count_registered (y);
    case COL_ATTENDED:
      return (int)vd_training_count_attended (x) - (int)vd_training_count_attended (y);
    case COL_RATE:
      {
        double p = vd_training_attendance_rate (x), q = vd_training_attendance_rate (y);
        return (p > q) - (p < q);
      }
    default:
      {
        g_autofree char *p = cell_text (x, GPOINTER_TO_INT (column));
        g_autofree char *q = cell_text (y, GPOINTER_TO_INT (column));
        return g_utf8_collate (p, q);
      }
    }
}

static void
add_column (VdTrainingPage *self,
            const char     *title,
            Column          column,
            gboolean        expand)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) col = NULL;
  g_autoptr(GtkCustomSorter) sorter = gtk_custom_sorter_new (compare_cb, GINT_TO_POINTER (column), NULL);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), GINT_TO_POINTER (column));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), GINT_TO_POINTER (column));
  col = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_expand (col, expand);
  gtk_column_view_column_set_resizable (col, TRUE);
  gtk_column_view_column_set_sorter (col, GTK_SORTER (sorter));
  gtk_column_view_append_column (self->sessions_view, col);
}

static gboolean
filter_cb (gpointer item,
           gpointer data)
{
  VdTrainingPage *self = data;
  VdTraining *t = item;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *needle = NULL;
  g_autofree char *haystack = NULL;

  if (text[0] == '\0')
    return TRUE;
  needle = g_utf8_casefold (text, -1);
  haystack = g_utf8_casefold (t->topic, -1);
  if (strstr (haystack, needle) != NULL)
    return TRUE;
  g_free (haystack);
  haystack = g_strjoin (" ", t->trainer, t->place, t->station_name, t->category_name,
                        t->starts_at, NULL);
  {
    g_autofree char *folded = g_utf8_casefold (haystack, -1);
    return strstr (folded, needle) != NULL;
  }
}

static void
show_stats (VdTrainingPage *self,
            VdDatabase     *db)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) total = vd_training_stats (db, g_date_time_get_year (now),
                                                  VD_TRAINING_STATS_TOTAL, &error);
  VdTrainingStat *s;
  g_autofree char *text = NULL;

  if (total == NULL)
    {
      gtk_label_set_label (self->stats_label, error->message);
      return;
    }
  s = g_ptr_array_index (total, 0);
  /* Translators: the year, sessions, attendances and the attendance rate in percent */
  text = g_strdup_printf (_("%d: %u sessions · %u registrations · %u attendances · attendance rate %.0f%%"),
                          g_date_time_get_year (now), s->sessions, s->registrations,
                          s->attendances, s->rate * 100);
  gtk_label_set_label (self->stats_label, text);
}

static void show_selection (VdTrainingPage *self);

/* Refills the list and selects select_id (0: the session selected before). The
 * detail pane is shown anew only when the selection changes to another session, so
 * that its table keeps its place after a change made in it. */
static void
reload (VdTrainingPage *self,
        gint64          select_id)
{
  VdDatabase *db = vd_page_get_database (VD_PAGE (self));
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  VdTraining *current = selected (self);
  GListModel *model = G_LIST_MODEL (self->selection);

  if (select_id == 0 && current != NULL)
    select_id = current->id;
  self->reloading = TRUE;
  g_list_store_remove_all (self->store);
  list = db != NULL ? vd_training_list (db, 0, &error) : NULL;
  if (list != NULL)
    {
      g_list_store_splice (self->store, 0, 0, list->pdata, list->len);
      gtk_stack_set_visible_child_name (self->stack, list->len > 0 ? "sessions" : "empty");
      show_stats (self, db);
    }
  else if (error != NULL)
    gtk_label_set_label (self->stats_label, error->message);

  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  for (guint i = 0; select_id != 0 && i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(VdTraining) t = g_list_model_get_item (model, i);

      if (t->id == select_id)
        {
          gtk_single_selection_set_selected (self->selection, i);
          break;
        }
    }
  self->reloading = FALSE;
  show_selection (self);
}

static void
show_selection (VdTrainingPage *self)
{
  VdTraining *t = selected (self);
  gboolean any = t != NULL;

  if (!any || t->id != vd_training_detail_get_id (self->detail))
    vd_training_detail_show (self->detail, vd_page_get_database (VD_PAGE (self)),
                             any ? t->id : 0);
  gtk_stack_set_visible_child_name (self->detail_stack, any ? "detail" : "none");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "training.edit", any);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "training.delete", any);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "training.attendance", any);
}

static void
on_selection_cb (VdTrainingPage *self)
{
  if (!self->reloading)
    show_selection (self);
}

static void
on_search_changed_cb (VdTrainingPage *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
on_detail_changed_cb (VdTrainingPage *self)
{
  reload (self, 0);
}

static void
on_database_reloaded_cb (VdTrainingPage *self)
{
  reload (self, 0);
  vd_training_detail_reload (self->detail);
}

/* ---- actions ---- */

static void
on_saved_cb (VdTrainingDialog *dialog,
             gint64            id,
             VdTrainingPage   *self)
{
  reload (self, id);
  vd_training_detail_reload (self->detail);
  toast (self, _("Session saved"));
}

static void
open_dialog (VdTrainingPage *self,
             VdTraining     *t)
{
  VdTrainingDialog *dialog = vd_training_dialog_new (parent_window (self),
                                                     vd_page_get_database (VD_PAGE (self)), t);

  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  VdTrainingPage *self = VD_TRAINING_PAGE (widget);

  if (vd_page_get_database (VD_PAGE (self)) != NULL)
    open_dialog (self, NULL);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  VdTrainingPage *self = VD_TRAINING_PAGE (widget);

  if (selected (self) != NULL)
    open_dialog (self, selected (self));
}

static void
on_delete_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       VdTrainingPage   *self)
{
  gint64 id = *(gint64 *)g_object_get_data (G_OBJECT (dialog), "id");
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "delete") != 0)
    return;
  if (!vd_training_delete (vd_page_get_database (VD_PAGE (self)), id, &error))
    {
      vd_dialogs_show_message (parent_window (self), _("Cannot Delete the Session"), error->message);
      return;
    }
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  reload (self, 0);
  toast (self, _("Session deleted"));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  VdTrainingPage *self = VD_TRAINING_PAGE (widget);
  VdTraining *t = selected (self);
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;
  guint n;

  if (t == NULL)
    return;
  n = vd_training_count_registered (t);
  heading = g_strdup_printf (_("Delete “%s”?"), t->topic);
  body = g_strdup_printf (ngettext ("Its %u registration, the attendance and any service hours "
                                    "it recorded are deleted too. This cannot be undone.",
                                    "Its %u registrations, the attendance and any service hours "
                                    "they recorded are deleted too. This cannot be undone.", n),
                          n);
  dialog = vd_dialogs_new_question (parent_window (self), heading, body, "cancel", _("_Cancel"),
                                    "delete", _("_Delete"), ADW_RESPONSE_DESTRUCTIVE);
  g_object_set_data_full (G_OBJECT (dialog), "id", g_memdup2 (&t->id, sizeof t->id), g_free);
  g_signal_connect (dialog, "response", G_CALLBACK (on_delete_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_attendance_destroy_cb (VdTrainingPage *self)
{
  self->attendance = NULL;
  reload (self, 0);
  vd_training_detail_reload (self->detail);
}

static void
attendance_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  VdTrainingPage *self = VD_TRAINING_PAGE (widget);
  VdTraining *t = selected (self);
  VdAttendanceWindow *window;

  if (t == NULL || self->attendance != NULL)
    return;
  window = vd_attendance_window_new (parent_window (self), vd_page_get_database (VD_PAGE (self)),
                                     t->id);
  self->attendance = GTK_WINDOW (window);
  g_signal_connect_object (window, "destroy", G_CALLBACK (on_attendance_destroy_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (window));
}

static gint64
training_id (gpointer item)
{
  return ((VdTraining *)item)->id;
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  VdTrainingPage *self = VD_TRAINING_PAGE (widget);

  /* the sessions the search leaves, in the column view's order */
  vd_list_export_dialog_run_for_shown (widget, vd_page_get_database (VD_PAGE (widget)), VD_LIST_TRAININGS,
                                       gtk_single_selection_get_model (self->selection), training_id);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  vd_list_import_dialog_run_for_page (widget, vd_page_get_database (VD_PAGE (widget)), VD_LIST_TRAININGS);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  VdTrainingPage *self = VD_TRAINING_PAGE (widget);

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* ---- GObject ---- */

static void
vd_training_page_database_changed (VdPage     *page,
                                   VdDatabase *previous)
{
  VdTrainingPage *self = VD_TRAINING_PAGE (page);
  VdDatabase *database = vd_page_get_database (page);

  if (previous != NULL)
    g_clear_signal_handler (&self->reloaded_id, previous);
  if (database != NULL)
    self->reloaded_id = g_signal_connect_swapped (database, "reloaded",
                                                  G_CALLBACK (on_database_reloaded_cb), self);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  vd_training_detail_show (self->detail, NULL, 0);
  reload (self, 0);
}

static void
vd_training_page_dispose (GObject *object)
{
  VdTrainingPage *self = VD_TRAINING_PAGE (object);
  VdDatabase *database = vd_page_get_database (VD_PAGE (self));

  if (database != NULL)
    g_clear_signal_handler (&self->reloaded_id, database);
  if (self->attendance != NULL)
    g_signal_handlers_disconnect_by_data (self->attendance, self);
  gtk_widget_dispose_template (GTK_WIDGET (object), VD_TYPE_TRAINING_PAGE);
  g_clear_object (&self->selection);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (vd_training_page_parent_class)->dispose (object);
}

static void
vd_training_page_class_init (VdTrainingPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  VdPageClass *page_class = VD_PAGE_CLASS (klass);

  object_class->dispose = vd_training_page_dispose;
  page_class->database_changed = vd_training_page_database_changed;

  g_type_ensure (VD_TYPE_TRAINING_DETAIL);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/vd-training-page.ui");
  gtk_widget_class_bind_template_child (widget_class, VdTrainingPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, VdTrainingPage, stats_label);
  gtk_widget_class_bind_template_child (widget_class, VdTrainingPage, sessions_view);
  gtk_widget_class_bind_template_child (widget_class, VdTrainingPage, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, VdTrainingPage, detail);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_detail_changed_cb);

  gtk_widget_class_install_action (widget_class, "training.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "training.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "training.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "training.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "training.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "training.attendance", NULL, attendance_action);
  gtk_widget_class_install_action (widget_class, "training.search", NULL, search_action);
}

static void
vd_training_page_init (VdTrainingPage *self)
{
  GtkSortListModel *sorted;

  gtk_widget_init_template (GTK_WIDGET (self));
  /* the bin's own child: not a bound template child, which dispose_template would
   * unparent behind AdwBin's back */
  self->stack = GTK_STACK (adw_bin_get_child (ADW_BIN (self)));

  self->store = g_list_store_new (VD_TYPE_TRAINING);
  self->filter = gtk_custom_filter_new (filter_cb, self, NULL);
  self->filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->store)),
                                              GTK_FILTER (g_object_ref (self->filter)));
  add_column (self, _("Start"), COL_START, FALSE);
  add_column (self, _("Topic"), COL_TOPIC, TRUE);
  add_column (self, _("Category"), COL_CATEGORY, FALSE);
  add_column (self, _("Registrations"), COL_REGISTERED, FALSE);
  add_column (self, _("Attended"), COL_ATTENDED, FALSE);
  add_column (self, _("Rate"), COL_RATE, FALSE);
  sorted = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->filtered)),
                                    g_object_ref (gtk_column_view_get_sorter (self->sessions_view)));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (sorted));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->sessions_view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_swapped (self->selection, "notify::selected-item",
                            G_CALLBACK (on_selection_cb), self);
  on_selection_cb (self);
}

gboolean
vd_training_page_select (VdTrainingPage *self,
                         gint64          training_id)
{
  g_return_val_if_fail (VD_IS_TRAINING_PAGE (self), FALSE);

  reload (self, training_id);
  return selected (self) != NULL && selected (self)->id == training_id;
}

GtkWindow *
vd_training_page_get_attendance_window (VdTrainingPage *self)
{
  g_return_val_if_fail (VD_IS_TRAINING_PAGE (self), NULL);

  return self->attendance;
}
