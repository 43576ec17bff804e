/* vd-event-detail.c — one event: its participants, their hours and their approval
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vd-event-detail"

#include "config.h"

#include <glib/gi18n.h>

#include "vd-event-detail.h"
#include "vd-date.h"
#include "vd-event-dialog.h"
#include "vd-events.h"
#include "vd-form-window.h"
#include "vd-lookup.h"
#include "vd-service-columns.h"
#include "vd-service.h"
#include "vd-volunteer-picker.h"

struct _VdEventDetail
{
  AdwWindow          parent_instance;

  VdDatabase        *database;
  gint64             event_id;
  VdEvent           *event;
  GListStore        *store;
  GtkMultiSelection *selection;
  GArray            *team_ids;

  AdwToastOverlay   *toast_overlay;
  AdwWindowTitle    *window_title;
  GtkLabel          *summary_label;
  GtkDropDown       *team_dropdown;
  GtkStack          *stack;
  GtkColumnView     *column_view;
};

G_DEFINE_FINAL_TYPE (VdEventDetail, vd_event_detail, ADW_TYPE_WINDOW)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
toast (VdEventDetail *self,
       const char    *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
}

static void
reload (VdEventDetail *self)
{
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *when = NULL;
  g_autofree char *hours = NULL;
  g_autofree char *summary = NULL;
  VdEvent *e;

  g_clear_object (&self->event);
  self->event = vd_events_get (self->database, self->event_id, &error);
  if (self->event == NULL)
    {
      toast (self, error->message);
      return;
    }
  e = self->event;
  when = vd_event_dup_when (e);
  hours = vd_service_format_hours (e->approved_minutes);
  adw_window_title_set_title (self->window_title, e->title);
  adw_window_title_set_subtitle (self->window_title, when);
  summary = g_strdup_printf (_("%s · %s · %s · %s — %d participants, %d waiting for approval, "
                               "%s approved hours, %d people served"),
                             e->category_name, vd_event_get_where (e),
                             e->team_name[0] != '\0' ? e->team_name : _("no organizing team"),
                             vd_event_status_get_label (e->status), (int)e->participant_count,
                             (int)e->pending_count, hours, (int)e->people_served);
  gtk_label_set_label (self->summary_label, summary);

  records = vd_service_list_event (self->database, self->event_id, &error);
  if (records == NULL)
    {
      toast (self, error->message);
      return;
    }
  g_list_store_splice (self->store, 0, g_list_model_get_n_items (G_LIST_MODEL (self->store)),
                       records->pdata, records->len);
  gtk_stack_set_visible_child_name (self->stack, records->len > 0 ? "list" : "empty");
}

static void
changed (VdEventDetail *self,
         const char    *text)
{
  reload (self);
  if (text != NULL)
    toast (self, text);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
report_added (VdEventDetail *self,
              GArray        *added,
              GPtrArray     *refused)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_string_printf (text, ngettext ("Added %u participant", "Added %u participants", added->len), added->len);
  if (refused->len > 0)
    {
      VdServiceRefusal *first = g_ptr_array_index (refused, 0);

      g_string_append (text, "; ");
      g_string_append_printf (text, ngettext ("%u refused: %s", "%u refused, e.g. %s", refused->len),
                              refused->len, first->message);
    }
  changed (self, text->str);
}

void
vd_event_detail_add_volunteers (VdEventDetail *self,
                                const gint64  *ids,
                                guint          n_ids)
{
  g_autoptr(GArray) added = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) refused = g_ptr_array_new_with_free_func ((GDestroyNotify)vd_service_refusal_free);
  g_autoptr(GError) error = NULL;

  g_return_if_fail (VD_IS_EVENT_DETAIL (self));

  if (!vd_service_add_many (self->database, self->event_id, ids, n_ids, added, refused, &error))
    toast (self, error->message);
  else
    report_added (self, added, refused);
}

void
vd_event_detail_add_team (VdEventDetail *self,
                          gint64         team_id)
{
  g_autoptr(GArray) added = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) refused = g_ptr_array_new_with_free_func ((GDestroyNotify)vd_service_refusal_free);
  g_autoptr(GError) error = NULL;

  g_return_if_fail (VD_IS_EVENT_DETAIL (self));

  if (!vd_service_add_team (self->database, self->event_id, team_id, added, refused, &error))
    toast (self, error->message);
  else
    report_added (self, added, refused);
}

void
vd_event_detail_approve_all (VdEventDetail *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gint64 n;

  g_return_if_fail (VD_IS_EVENT_DETAIL (self));

  n = vd_service_approve_event (self->database, self->event_id, &error);
  if (n < 0)
    {
      toast (self, error->message);
      return;
    }
  text = g_strdup_printf (ngettext ("Approved %u record", "Approved %u records", (guint)n), (guint)n);
  changed (self, text);
}

static void
on_picked_cb (VdVolunteerPicker *picker,
              GArray            *ids,
              VdEventDetail     *self)
{
  vd_event_detail_add_volunteers (self, (const gint64 *)(gpointer)ids->data, ids->len);
}

static void
pick_action (GtkWidget  *widget,
             const char *name,
             GVariant   *param)
{
  VdEventDetail *self = VD_EVENT_DETAIL (widget);
  VdVolunteerPicker *picker = vd_volunteer_picker_new (GTK_WINDOW (self), self->database,
                                                       _("Add Participants"), _("_Add"));
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->store)); i++)
    {
      g_autoptr(VdServiceRecord) r = g_list_model_get_item (G_LIST_MODEL (self->store), i);
      g_array_append_val (ids, r->volunteer_id);
    }
  vd_volunteer_picker_set_excluded (picker, (const gint64 *)(gpointer)ids->data, ids->len);
  g_signal_connect_object (picker, "picked", G_CALLBACK (on_picked_cb), self, 0);
  gtk_window_present (GTK_WINDOW (picker));
}

static void
add_team_action (GtkWidget  *widget,
                 const char *name,
                 GVariant   *param)
{
  VdEventDetail *self = VD_EVENT_DETAIL (widget);
  guint i = gtk_drop_down_get_selected (self->team_dropdown);

  if (i < self->team_ids->len)
    vd_event_detail_add_team (self, g_array_index (self->team_ids, gint64, i));
}

static void
approve_all_action (GtkWidget  *widget,
                    const char *name,
                    GVariant   *param)
{
  vd_event_detail_approve_all (VD_EVENT_DETAIL (widget));
}

static GArray *
selected_ids (VdEventDetail *self)
{
  return vd_service_columns_selected_ids (GTK_SELECTION_MODEL (self->selection));
}

static void
approve_action (GtkWidget  *widget,
                const char *name,
                GVariant   *param)
{
  VdEventDetail *self = VD_EVENT_DETAIL (widget);
  g_autoptr(GArray) ids = selected_ids (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  if (ids->len == 0)
    {
      toast (self, _("Select the records to approve first."));
      return;
    }
  if (!vd_service_approve (self->database, (const gint64 *)(gpointer)ids->data, ids->len, &error))
    {
      toast (self, error->message);
      return;
    }
  text = g_strdup_printf (ngettext ("Approved %u record", "Approved %u records", ids->len), ids->len);
  changed (self, text);
}

static void
reject_with (const char *reason,
             gpointer    data)
{
  VdEventDetail *self = data;
  g_autoptr(GArray) ids = selected_ids (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  if (!vd_service_reject (self->database, (const gint64 *)(gpointer)ids->data, ids->len, reason, &error))
    {
      toast (self, error->message);
      return;
    }
  text = g_strdup_printf (ngettext ("Rejected %u record", "Rejected %u records", ids->len), ids->len);
  changed (self, text);
}

static void
reject_action (GtkWidget  *widget,
               const char *name,
               GVariant   *param)
{
  VdEventDetail *self = VD_EVENT_DETAIL (widget);
  g_autoptr(GArray) ids = selected_ids (self);
  g_autofree char *body = NULL;

  if (ids->len == 0)
    {
      toast (self, _("Select the records to reject first."));
      return;
    }
  body = g_strdup_printf (ngettext ("The reason is kept with the record and shown to whoever looks it up.",
                                    "The reason is kept with each of the %u records and shown to whoever looks them up.",
                                    ids->len), ids->len);
  vd_service_columns_ask_reason (GTK_WINDOW (self), _("Reject Hours?"), body,
                                 _("_Reject"), TRUE, reject_with, g_object_ref (self), g_object_unref);
}

static void
revoke_with (const char *reason,
             gpointer    data)
{
  VdEventDetail *self = data;
  g_autoptr(GArray) ids = selected_ids (self);
  g_autoptr(GError) error = NULL;
  guint done = 0;

  for (guint i = 0; i < ids->len; i++)
    {
      if (!vd_service_revoke (self->database, g_array_index (ids, gint64, i), reason, &error))
        break;
      done++;
    }
  if (error != NULL)
    {
      if (done > 0)
        reload (self);
      toast (self, error->message);
      if (done > 0)
        g_signal_emit (self, signals[CHANGED], 0);
    }
  else
    {
      g_autofree char *text = g_strdup_printf (ngettext ("Revoked %u approval; the record waits for review again",
                                                         "Revoked %u approvals; the records wait for review again",
                                                         done), done);
      changed (self, text);
    }
}

static void
revoke_action (GtkWidget  *widget,
               const char *name,
               GVariant   *param)
{
  VdEventDetail *self = VD_EVENT_DETAIL (widget);
  g_autoptr(GArray) ids = selected_ids (self);

  if (ids->len == 0)
    {
      toast (self, _("Select the approved records to revoke first."));
      return;
    }
  vd_service_columns_ask_reason (GTK_WINDOW (self), _("Revoke the Approval?"),
                                 _("The hours no longer count and the points they earned are taken back "
                                   "with a reversing row in the points ledger."),
                                 _("Re_voke"), TRUE, revoke_with, g_object_ref (self), g_object_unref);
}

/* Remove, with Undo */

static void
on_undo_remove_cb (AdwToast      *t,
                   VdEventDetail *self)
{
  GPtrArray *removed = g_object_get_data (G_OBJECT (t), "removed");
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < removed->len; i++)
    if (!vd_service_restore (self->database, g_ptr_array_index (removed, i), &error))
      break;
  if (error != NULL)
    toast (self, error->message);
  changed (self, NULL);
}

static void
remove_action (GtkWidget  *widget,
               const char *name,
               GVariant   *param)
{
  VdEventDetail *self = VD_EVENT_DETAIL (widget);
  g_autoptr(GArray) ids = selected_ids (self);
  g_autoptr(GPtrArray) removed = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  AdwToast *t;

  if (ids->len == 0)
    {
      toast (self, _("Select the participants to remove first."));
      return;
    }
  for (guint i = 0; i < ids->len; i++)
    {
      VdServiceRecord *r = vd_service_remove (self->database, g_array_index (ids, gint64, i), &error);

      if (r == NULL)
        break;
      g_ptr_array_add (removed, r);
    }
  reload (self);
  g_signal_emit (self, signals[CHANGED], 0);
  if (error != NULL)
    {
      toast (self, error->message);
      if (removed->len == 0)
        return;
    }
  text = g_strdup_printf (ngettext ("Removed %u participant", "Removed %u participants", removed->len),
                          removed->len);
  t = adw_toast_new (text);
  adw_toast_set_button_label (t, _("_Undo"));
  adw_toast_set_priority (t, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data_full (G_OBJECT (t), "removed", g_steal_pointer (&removed),
                          (GDestroyNotify)g_ptr_array_unref);
  g_signal_connect_object (t, "button-clicked", G_CALLBACK (on_undo_remove_cb), self, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, t);
}

/* Edit a record's hours: a small form that stays open when the core refuses, with
 * the message next to the field it is about. */

typedef struct
{
  VdEventDetail  *self;
  gint64          id;
  GtkSpinButton  *hours;
  AdwEntryRow    *date;
  GtkSwitch      *backfilled;
  AdwEntryRow    *note;
} EditRecord;

static void
edit_record_free (gpointer p)
{
  EditRecord *edit = p;

  g_object_unref (edit->self);
  g_free (edit);
}

static GtkWidget *
row_of (gpointer widget)
{
  return gtk_widget_get_ancestor (GTK_WIDGET (widget), ADW_TYPE_PREFERENCES_ROW);
}

static gboolean
accept_edit (VdFormWindow  *form,
             gpointer       user_data,
             GError       **error)
{
  EditRecord *edit = user_data;
  g_autoptr(GError) local = NULL;
  const char *date = vd_form_window_get_text (edit->date);
  GtkWidget *row = NULL;
  GDate parsed;
  int minutes;

  gtk_spin_button_update (edit->hours);
  minutes = (int)(gtk_spin_button_get_value (edit->hours) * 60 + 0.5);
  if (vd_service_update (edit->self->database, edit->id, minutes, date,
                         gtk_switch_get_active (edit->backfilled),
                         vd_form_window_get_text (edit->note), &local))
    {
      changed (edit->self, _("Hours changed; the record waits for approval"));
      return TRUE;
    }

  g_date_clear (&parsed, 1);
  if (g_error_matches (local, VD_SERVICE_ERROR, VD_SERVICE_ERROR_DAILY_CAP))
    row = row_of (edit->hours);
  else if (g_error_matches (local, VD_SERVICE_ERROR, VD_SERVICE_ERROR_OUTSIDE_EVENT))
    row = row_of (edit->backfilled);
  else if (g_error_matches (local, VD_SERVICE_ERROR, VD_SERVICE_ERROR_INVALID))
    row = vd_date_parse (date, &parsed) ? row_of (edit->hours) : GTK_WIDGET (edit->date);
  if (row == NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  vd_form_window_set_row_message (form, row, local->message);
  return FALSE;
}

static void
edit_record (VdEventDetail   *self,
             VdServiceRecord *r)
{
  g_autofree char *heading = g_strdup_printf (_("Hours of %s"), r->volunteer_name);
  VdFormWindow *form = vd_form_window_new (GTK_WINDOW (self), heading, _("_Save"));
  EditRecord *edit = g_new0 (EditRecord, 1);

  edit->self = g_object_ref (self);
  edit->id = r->id;
  vd_form_window_set_description (form, _("Hours are rounded down to the rounding unit and "
                                          "checked against the daily cap."));
  edit->hours = vd_form_window_add_spin (form, _("_Hours"), 0.5, 24, r->minutes / 60.0);
  gtk_spin_button_set_increments (edit->hours, 0.5, 1);
  gtk_spin_button_set_digits (edit->hours, 2);
  gtk_spin_button_set_value (edit->hours, r->minutes / 60.0);
  edit->date = vd_form_window_add_entry (form, _("_Date"), r->service_date);
  edit->backfilled = vd_form_window_add_switch (form, _("_Back-filled: served outside the event's time"),
                                                r->backfilled);
  edit->note = vd_form_window_add_entry (form, _("_Note"), r->note);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row_of (edit->hours)), TRUE);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (edit->date), TRUE);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row_of (edit->backfilled)), TRUE);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (edit->note), TRUE);
  vd_form_window_set_accept_func (form, accept_edit, edit, edit_record_free);
  gtk_window_present (GTK_WINDOW (form));
}

static void
edit_record_action (GtkWidget  *widget,
                    const char *name,
                    GVariant   *param)
{
  VdEventDetail *self = VD_EVENT_DETAIL (widget);
  g_autoptr(GtkBitset) set = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  g_autoptr(VdServiceRecord) r = NULL;

  if (gtk_bitset_get_size (set) != 1)
    {
      toast (self, _("Select one participant to edit their hours."));
      return;
    }
  r = g_list_model_get_item (G_LIST_MODEL (self->selection), gtk_bitset_get_nth (set, 0));
  edit_record (self, r);
}

static void
on_row_activated_cb (VdEventDetail *self,
                     guint          position)
{
  g_autoptr(VdServiceRecord) r = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (r != NULL)
    edit_record (self, r);
}

static void
on_event_saved_cb (VdEventDialog *dialog,
                   VdEvent       *event,
                   VdEventDetail *self)
{
  changed (self, _("Event saved"));
}

static void
edit_action (GtkWidget  *widget,
             const char *name,
             GVariant   *param)
{
  VdEventDetail *self = VD_EVENT_DETAIL (widget);
  VdEventDialog *dialog;

  if (self->event == NULL)
    return;
  dialog = vd_event_dialog_new (GTK_WINDOW (self), self->database, self->event);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_event_saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
vd_event_detail_dispose (GObject *object)
{
  VdEventDetail *self = VD_EVENT_DETAIL (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), VD_TYPE_EVENT_DETAIL);
  g_clear_object (&self->database);
  g_clear_object (&self->event);
  g_clear_object (&self->selection);
  g_clear_object (&self->store);
  g_clear_pointer (&self->team_ids, g_array_unref);

  G_OBJECT_CLASS (vd_event_detail_parent_class)->dispose (object);
}

static void
vd_event_detail_class_init (VdEventDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vd_event_detail_dispose;

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/vd-event-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, VdEventDetail, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, VdEventDetail, window_title);
  gtk_widget_class_bind_template_child (widget_class, VdEventDetail, summary_label);
  gtk_widget_class_bind_template_child (widget_class, VdEventDetail, team_dropdown);
  gtk_widget_class_bind_template_child (widget_class, VdEventDetail, stack);
  gtk_widget_class_bind_template_child (widget_class, VdEventDetail, column_view);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);

  gtk_widget_class_install_action (widget_class, "event.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "event.pick", NULL, pick_action);
  gtk_widget_class_install_action (widget_class, "event.add-team", NULL, add_team_action);
  gtk_widget_class_install_action (widget_class, "event.approve-all", NULL, approve_all_action);
  gtk_widget_class_install_action (widget_class, "event.approve", NULL, approve_action);
  gtk_widget_class_install_action (widget_class, "event.reject", NULL, reject_action);
  gtk_widget_class_install_action (widget_class, "event.revoke", NULL, revoke_action);
  gtk_widget_class_install_action (widget_class, "event.remove", NULL, remove_action);
  gtk_widget_class_install_action (widget_class, "event.edit-record", NULL, edit_record_action);
}

static void
vd_event_detail_init (VdEventDetail *self)
{
  static const VdRecordColumn columns[] = {
    VD_RECORD_COLUMN_VOLUNTEER, VD_RECORD_COLUMN_NUMBER, VD_RECORD_COLUMN_DATE,
    VD_RECORD_COLUMN_HOURS, VD_RECORD_COLUMN_BACKFILLED, VD_RECORD_COLUMN_STATUS,
    VD_RECORD_COLUMN_NOTE,
  };
  GtkSortListModel *sorted;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->team_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->store = g_list_store_new (VD_TYPE_SERVICE_RECORD);
  vd_service_columns_add (self->column_view, columns, G_N_ELEMENTS (columns));
  sorted = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->store)),
                                    g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  self->selection = gtk_multi_selection_new (G_LIST_MODEL (sorted));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
}

VdEventDetail *
vd_event_detail_new (GtkWindow  *parent,
                     VdDatabase *db,
                     gint64      event_id)
{
  VdEventDetail *self;
  g_autoptr(GPtrArray) teams = NULL;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);

  self = g_object_new (VD_TYPE_EVENT_DETAIL, "transient-for", parent, NULL);
  self->database = g_object_ref (db);
  self->event_id = event_id;
  teams = vd_lookup_list (db, VD_LOOKUP_TEAMS, NULL);
  for (guint i = 0; teams != NULL && i < teams->len; i++)
    {
      VdLookupItem *item = g_ptr_array_index (teams, i);

      gtk_string_list_append (names, item->name);
      g_array_append_val (self->team_ids, item->id);
    }
  gtk_drop_down_set_model (self->team_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_expression (self->team_dropdown,
                                gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string"));
  /* The event's own team first. */
  reload (self);
  if (self->event != NULL)
    for (guint i = 0; i < self->team_ids->len; i++)
      if (g_array_index (self->team_ids, gint64, i) == self->event->team_id)
        gtk_drop_down_set_selected (self->team_dropdown, i);
  return self;
}

gint64
vd_event_detail_get_event_id (VdEventDetail *self)
{
  g_return_val_if_fail (VD_IS_EVENT_DETAIL (self), 0);
  return self->event_id;
}

guint
vd_event_detail_get_n_participants (VdEventDetail *self)
{
  g_return_val_if_fail (VD_IS_EVENT_DETAIL (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->store));
}
