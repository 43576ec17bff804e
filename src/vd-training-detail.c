/* vd-training-detail.c — one training session: its registrations and attendance
 *
 * The registrations are a sortable table (names, volunteer numbers, masked phones,
 * status, time of check-in); the status can be changed in place. Adding volunteers
 * uses the register's picker; a whole team, the team list. After the session: the
 * rest marked absent or excused, the list exported, the sign-in sheet saved or
 * printed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vd-training-detail"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "vd-dialogs.h"
#include "vd-lookup.h"
#include "vd-training-detail.h"
#include "vd-training-output.h"
#include "vd-volunteer-picker.h"
#include "vd-window.h"

struct _VdTrainingDetail
{
  AdwBin          parent_instance;

  VdDatabase     *database;
  VdTraining     *training;
  GListStore     *store;        /* VdAttendance */
  GtkSortListModel *sorted;
  guint           idle;         /* a reload after a status change */

  GtkLabel       *title_label;
  GtkLabel       *info_label;
  GtkLabel       *summary_label;
  GtkColumnView  *column_view;
};

G_DEFINE_FINAL_TYPE (VdTrainingDetail, vd_training_detail, ADW_TYPE_BIN)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
toast (VdTrainingDetail *self,
       const char       *text)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  if (VD_IS_WINDOW (root))
    vd_window_add_toast (VD_WINDOW (root), adw_toast_new (escaped));
}

static GtkWindow *
parent_window (VdTrainingDetail *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
show_summary (VdTrainingDetail *self)
{
  VdTraining *t = self->training;
  g_autoptr(GString) info = g_string_new (NULL);
  g_autoptr(GString) summary = g_string_new (NULL);
  double rate;

  gtk_label_set_label (self->title_label, t->topic);
  g_string_append_printf (info, "%.16s – %.5s", t->starts_at,
                          strlen (t->ends_at) >= 16 ? t->ends_at + 11 : t->ends_at);
  if (t->place[0] != '\0' || t->station_name[0] != '\0')
    g_string_append_printf (info, "  ·  %s", t->place[0] != '\0' ? t->place : t->station_name);
  if (t->trainer[0] != '\0')
    g_string_append_printf (info, "  ·  %s", t->trainer);
  g_string_append_printf (info, "  ·  %s", t->category_name);
  {
    g_autofree char *minutes = g_strdup_printf (ngettext ("%d minute", "%d minutes", t->minutes),
                                                t->minutes);
    g_string_append_printf (info, "  ·  %s", minutes);
  }
  gtk_label_set_label (self->info_label, info->str);

  if (t->capacity > 0)
    g_string_append_printf (summary, _("Registered %u of %d"), vd_training_count_registered (t),
                            t->capacity);
  else
    g_string_append_printf (summary, _("Registered %u"), vd_training_count_registered (t));
  for (guint s = VD_ATTENDANCE_PRESENT; s < VD_N_ATTENDANCE; s++)
    g_string_append_printf (summary, "  ·  %s %u", vd_attendance_status_get_label (s), t->counts[s]);
  rate = vd_training_attendance_rate (t);
  if (rate >= 0)
    /* Translators: the attendance rate in percent */
    g_string_append_printf (summary, _("  ·  Attendance rate %.0f%%"), rate * 100);
  gtk_label_set_label (self->summary_label, summary->str);
}

void
vd_training_detail_reload (VdTrainingDetail *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  VdTraining *t;

  g_return_if_fail (VD_IS_TRAINING_DETAIL (self));

  if (self->training == NULL || self->database == NULL)
    return;
  t = vd_training_get (self->database, self->training->id, &error);
  rows = t != NULL ? vd_training_list_attendance (self->database, t->id, &error) : NULL;
  if (rows == NULL)
    {
      g_clear_object (&t);
      gtk_label_set_label (self->summary_label, error->message);
      return;
    }
  g_set_object (&self->training, t);
  g_object_unref (t);
  for (guint i = 0; i < rows->len; i++)
    g_object_set_data (g_ptr_array_index (rows, i), "order", GUINT_TO_POINTER (i));
  g_list_store_splice (self->store, 0, g_list_model_get_n_items (G_LIST_MODEL (self->store)),
                       rows->pdata, rows->len);
  show_summary (self);
}

static void
changed (VdTrainingDetail *self)
{
  vd_training_detail_reload (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static gboolean
changed_idle_cb (gpointer data)
{
  VdTrainingDetail *self = data;

  self->idle = 0;
  changed (self);
  return G_SOURCE_REMOVE;
}

/* ---- the table ---- */

typedef enum { COL_NAME, COL_NUMBER, COL_PHONE, COL_STATUS, COL_TIME, COL_REMOVE } Column;

static char *
cell_text (VdAttendance *a,
           Column        column)
{
  switch (column)
    {
    case COL_NAME: return g_strdup (a->name);
    case COL_NUMBER: return g_strdup (a->volunteer_no);
    case COL_PHONE: return g_strdup (a->phone_masked);
    /* the day is the session's: the time to the minute is enough */
    case COL_TIME: return a->checked_in_at != NULL ? g_strndup (a->checked_in_at + 11, 5)
                                                   : g_strdup ("");
    case COL_STATUS:
    case COL_REMOVE:
    default: return g_strdup ("");
    }
}

static void
setup_label_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  column)
{
  GtkWidget *label = gtk_inscription_new (NULL);

  if (GPOINTER_TO_INT (column) != COL_NAME)
    gtk_widget_add_css_class (label, "numeric");
  gtk_inscription_set_min_chars (GTK_INSCRIPTION (label),
                                 GPOINTER_TO_INT (column) == COL_NAME ? 6
                                 : GPOINTER_TO_INT (column) == COL_TIME ? 5 : 11);
  gtk_list_item_set_child (item, label);
}

static void
bind_label_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  column)
{
  VdAttendance *a = gtk_list_item_get_item (item);
  g_autofree char *text = cell_text (a, GPOINTER_TO_INT (column));

  gtk_inscription_set_text (GTK_INSCRIPTION (gtk_list_item_get_child (item)), text);
}

static void
on_status_selected_cb (GtkDropDown      *drop_down,
                       GParamSpec       *pspec,
                       VdTrainingDetail *self)
{
  VdAttendance *a = g_object_get_data (G_OBJECT (drop_down), "attendance");
  guint status = gtk_drop_down_get_selected (drop_down);
  g_autoptr(GError) error = NULL;

  if (a == NULL || status >= VD_N_ATTENDANCE || status == a->status)
    return;
  if (!vd_training_set_status (self->database, a->training_id, a->volunteer_id, status, &error))
    {
      vd_dialogs_show_message (parent_window (self), _("Cannot Change the Status"), error->message);
      gtk_drop_down_set_selected (drop_down, a->status);
      return;
    }
  /* after this handler: the drop-down is rebound by the reload */
  if (self->idle == 0)
    self->idle = g_idle_add (changed_idle_cb, self);
}

static void
setup_status_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 VdTrainingDetail         *self)
{
  const char *labels[VD_N_ATTENDANCE + 1];
  GtkWidget *drop_down;

  for (guint s = 0; s < VD_N_ATTENDANCE; s++)
    labels[s] = vd_attendance_status_get_label (s);
  labels[VD_N_ATTENDANCE] = NULL;
  drop_down = gtk_drop_down_new_from_strings (labels);
  gtk_widget_add_css_class (drop_down, "flat");
  g_signal_connect (drop_down, "notify::selected", G_CALLBACK (on_status_selected_cb), self);
  gtk_list_item_set_child (item, drop_down);
}

static void
bind_status_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                VdTrainingDetail         *self)
{
  VdAttendance *a = gtk_list_item_get_item (item);
  GtkWidget *drop_down = gtk_list_item_get_child (item);

  g_object_set_data (G_OBJECT (drop_down), "attendance", NULL);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (drop_down), a->status);
  g_object_set_data_full (G_OBJECT (drop_down), "attendance", g_object_ref (a), g_object_unref);
}

static void
on_remove_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       VdTrainingDetail *self)
{
  VdAttendance *a = g_object_get_data (G_OBJECT (dialog), "attendance");
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "remove") != 0)
    return;
  if (!vd_training_unregister (self->database, a->training_id, a->volunteer_id, &error))
    vd_dialogs_show_message (parent_window (self), _("Cannot Remove the Registration"),
                             error->message);
  changed (self);
}

static void
on_remove_clicked_cb (GtkButton        *button,
                      VdTrainingDetail *self)
{
  VdAttendance *a = g_object_get_data (G_OBJECT (button), "attendance");
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  if (a == NULL)
    return;
  heading = g_strdup_printf (_("Remove %s from the Session?"), a->name);
  dialog = vd_dialogs_new_question (parent_window (self), heading,
                                    _("The registration and its attendance are removed, with "
                                      "the service hours a check-in recorded."),
                                    "cancel", _("_Cancel"), "remove", _("_Remove"),
                                    ADW_RESPONSE_DESTRUCTIVE);
  g_object_set_data_full (G_OBJECT (dialog), "attendance", g_object_ref (a), g_object_unref);
  g_signal_connect (dialog, "response", G_CALLBACK (on_remove_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
setup_remove_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 VdTrainingDetail         *self)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("list-remove-symbolic");

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Remove from the session"));
  g_signal_connect (button, "clicked", G_CALLBACK (on_remove_clicked_cb), self);
  gtk_list_item_set_child (item, button);
}

static void
bind_remove_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                VdTrainingDetail         *self)
{
  g_object_set_data_full (G_OBJECT (gtk_list_item_get_child (item)), "attendance",
                          g_object_ref (gtk_list_item_get_item (item)), g_object_unref);
}

static int
compare_cb (gconstpointer a,
            gconstpointer b,
            gpointer      column)
{
  VdAttendance *x = (VdAttendance *)a, *y = (VdAttendance *)b;

  switch (GPOINTER_TO_INT (column))
    {
    case COL_NAME:
      return (int)GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (x), "order")) -
             (int)GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (y), "order"));
    case COL_STATUS:
      return (int)x->status - (int)y->status;
    case COL_NUMBER:
    case COL_PHONE:
    case COL_TIME:
    case COL_REMOVE:
    default:
      {
        g_autofree char *p = cell_text (x, GPOINTER_TO_INT (column));
        g_autofree char *q = cell_text (y, GPOINTER_TO_INT (column));
        return g_strcmp0 (p, q);
      }
    }
}

static void
add_column (VdTrainingDetail *self,
            const char       *title,
            Column            column,
            gboolean          expand)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *col;

  if (column == COL_STATUS)
    {
      g_signal_connect (factory, "setup", G_CALLBACK (setup_status_cb), self);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_status_cb), self);
    }
  else if (column == COL_REMOVE)
    {
      g_signal_connect (factory, "setup", G_CALLBACK (setup_remove_cb), self);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_remove_cb), self);
    }
  else
    {
      g_signal_connect (factory, "setup", G_CALLBACK (setup_label_cb), GINT_TO_POINTER (column));
      g_signal_connect (factory, "bind", G_CALLBACK (bind_label_cb), GINT_TO_POINTER (column));
    }
  col = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_expand (col, expand);
  if (column != COL_REMOVE)
    {
      GtkCustomSorter *sorter = gtk_custom_sorter_new (compare_cb, GINT_TO_POINTER (column), NULL);
      gtk_column_view_column_set_sorter (col, GTK_SORTER (sorter));
      g_object_unref (sorter);
    }
  gtk_column_view_append_column (self->column_view, col);
  g_object_unref (col);
}

/* ---- actions ---- */

static void
on_picked_cb (VdVolunteerPicker *picker,
              GArray            *ids,
              VdTrainingDetail  *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  guint added = 0;

  if (!vd_training_register (self->database, self->training->id, (const gint64 *)ids->data,
                             ids->len, &added, &error))
    {
      vd_dialogs_show_message (parent_window (self), _("Cannot Register"), error->message);
      return;
    }
  text = g_strdup_printf (ngettext ("%u volunteer registered", "%u volunteers registered", added),
                          added);
  toast (self, text);
  changed (self);
}

static void
add_volunteers_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  VdTrainingDetail *self = VD_TRAINING_DETAIL (widget);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  VdVolunteerPicker *picker;

  if (self->training == NULL)
    return;
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->store)); i++)
    {
      g_autoptr(VdAttendance) a = g_list_model_get_item (G_LIST_MODEL (self->store), i);
      g_array_append_val (ids, a->volunteer_id);
    }
  picker = vd_volunteer_picker_new (parent_window (self), self->database,
                                    _("Register Volunteers"), _("_Register"));
  vd_volunteer_picker_set_excluded (picker, (const gint64 *)ids->data, ids->len);
  g_signal_connect_object (picker, "picked", G_CALLBACK (on_picked_cb), self, 0);
  gtk_window_present (GTK_WINDOW (picker));
}

static void
on_team_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     VdTrainingDetail *self)
{
  GtkDropDown *drop_down = g_object_get_data (G_OBJECT (dialog), "drop-down");
  GPtrArray *teams = g_object_get_data (G_OBJECT (dialog), "teams");
  guint selected = gtk_drop_down_get_selected (drop_down);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  VdLookupItem *team;
  guint added = 0;

  if (g_strcmp0 (response, "add") != 0 || selected >= teams->len)
    return;
  team = g_ptr_array_index (teams, selected);
  if (!vd_training_register_team (self->database, self->training->id, team->id, &added, &error))
    {
      vd_dialogs_show_message (parent_window (self), _("Cannot Register the Team"), error->message);
      return;
    }
  /* Translators: a number of people and a team's name */
  text = g_strdup_printf (ngettext ("%u member of %s registered", "%u members of %s registered",
                                    added), added, team->name);
  toast (self, text);
  changed (self);
}

static void
add_team_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  VdTrainingDetail *self = VD_TRAINING_DETAIL (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GPtrArray *teams;
  GtkWidget *dialog;
  GtkWidget *drop_down;

  if (self->training == NULL)
    return;
  teams = vd_lookup_list (self->database, VD_LOOKUP_TEAMS, &error);
  if (teams == NULL || teams->len == 0)
    {
      vd_dialogs_show_message (parent_window (self), _("No Teams"),
                               teams == NULL ? error->message
                                             : _("There are no active volunteer teams yet."));
      g_clear_pointer (&teams, g_ptr_array_unref);
      return;
    }
  for (guint i = 0; i < teams->len; i++)
    gtk_string_list_append (names, ((VdLookupItem *)g_ptr_array_index (teams, i))->name);
  drop_down = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (names)), NULL);
  gtk_drop_down_set_enable_search (GTK_DROP_DOWN (drop_down), TRUE);
  gtk_drop_down_set_expression (GTK_DROP_DOWN (drop_down),
                                gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string"));
  dialog = vd_dialogs_new_question (parent_window (self), _("Register a Whole Team"),
                                    _("Every active member of the team is registered; those "
                                      "already registered are skipped."),
                                    "cancel", _("_Cancel"), "add", _("_Register"),
                                    ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), drop_down);
  g_object_set_data (G_OBJECT (dialog), "drop-down", drop_down);
  g_object_set_data_full (G_OBJECT (dialog), "teams", teams, (GDestroyNotify)g_ptr_array_unref);
  g_signal_connect (dialog, "response", G_CALLBACK (on_team_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_mark_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     VdTrainingDetail *self)
{
  VdAttendanceStatus status = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dialog), "status"));
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  guint n = 0;

  if (g_strcmp0 (response, "mark") != 0)
    return;
  if (!vd_training_mark_rest (self->database, self->training->id, status, &n, &error))
    {
      vd_dialogs_show_message (parent_window (self), _("Cannot Mark the Rest"), error->message);
      return;
    }
  /* Translators: a number of people and a status (缺席 / 请假) */
  text = g_strdup_printf (ngettext ("%u person marked %s", "%u people marked %s", n), n,
                          vd_attendance_status_get_label (status));
  toast (self, text);
  changed (self);
}

static void
mark_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  VdTrainingDetail *self = VD_TRAINING_DETAIL (widget);
  VdAttendanceStatus status = g_str_equal (action_name, "session.mark-absent")
                              ? VD_ATTENDANCE_ABSENT : VD_ATTENDANCE_EXCUSED;
  guint n;
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  if (self->training == NULL)
    return;
  n = self->training->counts[VD_ATTENDANCE_REGISTERED];
  if (n == 0)
    {
      toast (self, _("Everyone registered has a status already."));
      return;
    }
  heading = g_strdup_printf (ngettext ("Mark %u Person %s?", "Mark %u People %s?", n), n,
                             vd_attendance_status_get_label (status));
  dialog = vd_dialogs_new_question (parent_window (self), heading,
                                    _("Everyone registered who has not checked in gets this "
                                      "status. Each one can still be changed in the table."),
                                    "cancel", _("_Cancel"), "mark", _("_Mark"),
                                    ADW_RESPONSE_SUGGESTED);
  g_object_set_data (G_OBJECT (dialog), "status", GUINT_TO_POINTER (status));
  g_signal_connect (dialog, "response", G_CALLBACK (on_mark_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
output_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  VdTrainingDetail *self = VD_TRAINING_DETAIL (widget);

  if (self->training == NULL)
    return;
  if (g_str_equal (action_name, "session.export"))
    vd_training_output_export_list (parent_window (self), self->database, self->training->id,
                                    self->training->topic);
  else if (g_str_equal (action_name, "session.save-sheet"))
    vd_training_output_save_sheet (parent_window (self), self->database, self->training->id,
                                   self->training->topic);
  else
    vd_training_output_print_sheet (parent_window (self), self->database, self->training->id);
}

/* ---- GObject ---- */

static void
vd_training_detail_dispose (GObject *object)
{
  VdTrainingDetail *self = VD_TRAINING_DETAIL (object);

  g_clear_handle_id (&self->idle, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), VD_TYPE_TRAINING_DETAIL);
  g_clear_object (&self->database);
  g_clear_object (&self->training);
  g_clear_object (&self->store);
  g_clear_object (&self->sorted);

  G_OBJECT_CLASS (vd_training_detail_parent_class)->dispose (object);
}

static void
vd_training_detail_class_init (VdTrainingDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vd_training_detail_dispose;

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/vd-training-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, VdTrainingDetail, title_label);
  gtk_widget_class_bind_template_child (widget_class, VdTrainingDetail, info_label);
  gtk_widget_class_bind_template_child (widget_class, VdTrainingDetail, summary_label);
  gtk_widget_class_bind_template_child (widget_class, VdTrainingDetail, column_view);

  gtk_widget_class_install_action (widget_class, "session.add-volunteers", NULL, add_volunteers_action);
  gtk_widget_class_install_action (widget_class, "session.add-team", NULL, add_team_action);
  gtk_widget_class_install_action (widget_class, "session.mark-absent", NULL, mark_action);
  gtk_widget_class_install_action (widget_class, "session.mark-excused", NULL, mark_action);
  gtk_widget_class_install_action (widget_class, "session.export", NULL, output_action);
  gtk_widget_class_install_action (widget_class, "session.save-sheet", NULL, output_action);
  gtk_widget_class_install_action (widget_class, "session.print-sheet", NULL, output_action);
}

static void
vd_training_detail_init (VdTrainingDetail *self)
{
  GtkSingleSelection *selection;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->store = g_list_store_new (VD_TYPE_ATTENDANCE);
  add_column (self, _("Name"), COL_NAME, TRUE);
  add_column (self, _("Volunteer Number"), COL_NUMBER, FALSE);
  add_column (self, _("Mobile Phone"), COL_PHONE, FALSE);
  add_column (self, _("Status"), COL_STATUS, FALSE);
  add_column (self, _("Checked In"), COL_TIME, FALSE);
  add_column (self, "", COL_REMOVE, FALSE);
  self->sorted = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->store)),
                                          g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->sorted)));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);
}

void
vd_training_detail_show (VdTrainingDetail *self,
                         VdDatabase       *database,
                         gint64            training_id)
{
  g_return_if_fail (VD_IS_TRAINING_DETAIL (self));

  g_set_object (&self->database, database);
  g_clear_object (&self->training);
  g_list_store_remove_all (self->store);
  if (database == NULL || training_id == 0)
    return;
  self->training = vd_training_new ();
  self->training->id = training_id;
  vd_training_detail_reload (self);
}

gint64
vd_training_detail_get_id (VdTrainingDetail *self)
{
  g_return_val_if_fail (VD_IS_TRAINING_DETAIL (self), 0);

  return self->training != NULL ? self->training->id : 0;
}

GListModel *
vd_training_detail_get_model (VdTrainingDetail *self)
{
  g_return_val_if_fail (VD_IS_TRAINING_DETAIL (self), NULL);

  return G_LIST_MODEL (self->sorted);
}
