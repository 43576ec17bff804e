/* vd-wishes-page.c — micro-wishes: a board by status and a list
 *
 * Each card and the list's action bar offer only the actions the wish's status
 * allows (vd_wish_action_allowed); the core refuses the others anyway. Actions
 * (wishes.approve … with the wish id) run here and write through vd-wishes.h.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vd-wishes-page"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "vd-date.h"
#include "vd-dialogs.h"
#include "vd-lookup.h"
#include "vd-record-item.h"
#include "vd-volunteer-picker.h"
#include "vd-list-export-dialog.h"
#include "vd-window.h"
#include "vd-wish-card.h"
#include "vd-wish-dialog.h"
#include "vd-wishes-page.h"

/* How many years back the year filter offers. */
#define YEARS_OFFERED 6

/* The board's columns, in the order of the wish's life; rejected ones last. */
static const VdWishStatus board_order[VD_N_WISH_STATUS] = {
  VD_WISH_COLLECTED, VD_WISH_APPROVED, VD_WISH_PUBLISHED, VD_WISH_CLAIMED, VD_WISH_FULFILLED,
  VD_WISH_REJECTED,
};

struct _VdWishesPage
{
  VdPage              parent_instance;

  GArray             *community_ids;   /* gint64 per dropdown entry; 0 = all */
  int                 this_year;
  GtkBox             *columns[VD_N_WISH_STATUS];   /* by VdWishStatus */
  GtkLabel           *column_titles[VD_N_WISH_STATUS];
  GtkSingleSelection *selection;
  gulong              reloaded_id;

  AdwViewStack       *view_stack;
  GtkSearchEntry     *search_entry;
  GtkDropDown        *community_dropdown;
  GtkDropDown        *year_dropdown;
  GtkLabel           *stats_label;
  GtkBox             *board_box;
  GtkColumnView      *list_view;
  GtkLabel           *selected_label;
  GtkBox             *list_actions;
};

G_DEFINE_FINAL_TYPE (VdWishesPage, vd_wishes_page, VD_TYPE_PAGE)

static GtkWindow *
get_window (VdWishesPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static VdDatabase *
get_db (VdWishesPage *self)
{
  return vd_page_get_database (VD_PAGE (self));
}

static void
toast (VdWishesPage *self,
       const char   *text)
{
  GtkWindow *window = get_window (self);

  if (VD_IS_WINDOW (window))
    vd_window_add_toast (VD_WINDOW (window), adw_toast_new (text));
}

/* ---- showing ------------------------------------------------------------------ */

static void
fill_filters (VdWishesPage *self)
{
  g_autoptr(GtkStringList) communities = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) years = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) items = NULL;
  VdDatabase *db = get_db (self);
  gint64 all = 0;

  g_array_set_size (self->community_ids, 0);
  gtk_string_list_append (communities, _("All Communities"));
  g_array_append_val (self->community_ids, all);
  if (db != NULL)
    items = vd_lookup_list (db, VD_LOOKUP_COMMUNITIES, NULL);
  for (guint i = 0; items != NULL && i < items->len; i++)
    {
      VdLookupItem *item = g_ptr_array_index (items, i);

      gtk_string_list_append (communities, item->name);
      g_array_append_val (self->community_ids, item->id);
    }
  gtk_drop_down_set_model (self->community_dropdown, G_LIST_MODEL (communities));

  gtk_string_list_append (years, _("All Years"));
  for (int y = 0; y < YEARS_OFFERED; y++)
    {
      /* Translators: a year in the year filter, e.g. 2026年 */
      g_autofree char *label = g_strdup_printf (_("%d"), self->this_year - y);

      gtk_string_list_append (years, label);
    }
  gtk_drop_down_set_model (self->year_dropdown, G_LIST_MODEL (years));
}

static void
read_filter (VdWishesPage *self,
             VdWishFilter *filter)
{
  guint community = gtk_drop_down_get_selected (self->community_dropdown);
  guint year = gtk_drop_down_get_selected (self->year_dropdown);

  filter->status = -1;
  filter->community_id = community < self->community_ids->len
                         ? g_array_index (self->community_ids, gint64, community) : 0;
  filter->text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  filter->year = year > 0 && year != GTK_INVALID_LIST_POSITION ? self->this_year - (int)(year - 1) : 0;
}

static void
show_stats (VdWishesPage *self,
            int           year)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  VdWishStats stats;

  if (get_db (self) == NULL || !vd_wishes_get_stats (get_db (self), year, &stats, &error))
    {
      gtk_label_set_label (self->stats_label, error != NULL ? error->message : "");
      return;
    }
  /* Translators: the figures of a year: year, wishes collected, fulfilled, fulfilled
   * by party members */
  text = g_strdup_printf (_("%d: %u collected, %u fulfilled, %u of them by party members"),
                          year, stats.collected, stats.fulfilled, stats.fulfilled_by_party);
  gtk_label_set_label (self->stats_label, text);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->stats_label),
                               _("Fulfilled by party members: claimed by a volunteer who is a party "
                                 "member or probationary member, or by a team of a party category."));
}

static void
update_list_actions (VdWishesPage *self)
{
  VdWish *wish = vd_column_view_get_selected (self->list_view);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list_actions))) != NULL)
    gtk_box_remove (self->list_actions, child);
  gtk_label_set_label (self->selected_label, wish != NULL ? wish->content : "");
  if (wish == NULL)
    return;
  for (VdWishAction a = 0; a < VD_N_WISH_ACTIONS; a++)
    {
      GtkWidget *button;

      if (!vd_wish_action_allowed (wish->status, a))
        continue;
      button = gtk_button_new_with_mnemonic (vd_wish_action_get_label (a));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), vd_wish_action_get_name (a));
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x", wish->id);
      gtk_box_append (self->list_actions, button);
    }
  child = gtk_button_new_with_mnemonic (_("_Edit…"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (child), "wishes.edit");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (child), "x", wish->id);
  gtk_box_append (self->list_actions, child);
}

static void
on_selection_changed_cb (VdWishesPage *self)
{
  update_list_actions (self);
}

static void
refresh (VdWishesPage *self)
{
  g_autoptr(GPtrArray) wishes = NULL;
  g_autoptr(GListStore) store = NULL;
  g_autoptr(GError) error = NULL;
  guint counts[VD_N_WISH_STATUS] = { 0 };
  VdWishFilter filter;
  int stats_year;

  read_filter (self, &filter);
  for (guint s = 0; s < VD_N_WISH_STATUS; s++)
    {
      GtkWidget *child;

      while ((child = gtk_widget_get_last_child (GTK_WIDGET (self->columns[s]))) !=
             GTK_WIDGET (self->column_titles[s]))
        gtk_box_remove (self->columns[s], child);
    }

  if (get_db (self) != NULL)
    {
      wishes = vd_wishes_list (get_db (self), &filter, &error);
      if (wishes == NULL)
        g_warning ("Cannot list the micro-wishes: %s", error->message);
    }
  for (guint i = 0; wishes != NULL && i < wishes->len; i++)
    {
      VdWish *wish = g_ptr_array_index (wishes, i);

      gtk_box_append (self->columns[wish->status], vd_wish_card_new (wish));
      counts[wish->status]++;
    }
  for (guint s = 0; s < VD_N_WISH_STATUS; s++)
    {
      /* Translators: a column of the board: status and number of wishes */
      g_autofree char *title = g_strdup_printf (_("%s · %u"), vd_wish_status_get_label (s), counts[s]);

      gtk_label_set_label (self->column_titles[s], title);
    }

  /* with every year shown, the figures are those of the latest year with a wish */
  stats_year = filter.year != 0 ? filter.year : self->this_year;
  if (filter.year == 0 && wishes != NULL && wishes->len > 0)
    stats_year = atoi (((VdWish *)g_ptr_array_index (wishes, 0))->collected_on);
  store = vd_record_store_new_take (g_steal_pointer (&wishes), (GDestroyNotify)vd_wish_free);
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_func (self->selection, on_selection_changed_cb, self);
  self->selection = vd_column_view_set_store (self->list_view, G_LIST_MODEL (store));
  g_signal_connect_swapped (self->selection, "notify::selected", G_CALLBACK (on_selection_changed_cb), self);
  update_list_actions (self);
  show_stats (self, stats_year);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "wishes.add", get_db (self) != NULL);
}

static void
on_filter_changed_cb (VdWishesPage *self)
{
  refresh (self);
}

/* ---- actions ---------------------------------------------------------------- */

static void
report (VdWishesPage *self,
        gboolean      ok,
        GError       *error,
        const char   *done)
{
  if (!ok)
    vd_dialogs_show_message (get_window (self), _("The Micro-wish Was Not Changed"), error->message);
  else
    toast (self, done);
  refresh (self);
}

static void
approve_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  VdWishesPage *self = VD_WISHES_PAGE (widget);
  g_autoptr(GError) error = NULL;
  gboolean ok = vd_wishes_approve (get_db (self), g_variant_get_int64 (parameter), NULL, &error);

  report (self, ok, error, _("Micro-wish approved"));
}

static void
publish_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  VdWishesPage *self = VD_WISHES_PAGE (widget);
  g_autoptr(GError) error = NULL;
  gboolean ok = vd_wishes_publish (get_db (self), g_variant_get_int64 (parameter), NULL, &error);

  report (self, ok, error, _("Micro-wish published: volunteers and teams can claim it"));
}

static gint64
dialog_wish_id (gpointer dialog)
{
  return GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "vd-wish-id"));
}

static void
set_dialog_wish_id (gpointer dialog,
                    gint64   id)
{
  g_object_set_data (G_OBJECT (dialog), "vd-wish-id", GSIZE_TO_POINTER ((gsize)id));
}

static void
on_reject_changed_cb (GtkEditable      *entry,
                      AdwMessageDialog *dialog)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "reject", *text != '\0');
}

static void
on_reject_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       VdWishesPage     *self)
{
  g_autoptr(GError) error = NULL;
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  gboolean ok;

  if (g_strcmp0 (response, "reject") != 0)
    return;
  ok = vd_wishes_reject (get_db (self), dialog_wish_id (dialog), gtk_editable_get_text (entry), NULL, &error);
  report (self, ok, error, _("Micro-wish rejected"));
}

static void
reject_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  VdWishesPage *self = VD_WISHES_PAGE (widget);
  GtkWidget *dialog;
  GtkWidget *entry;

  dialog = vd_dialogs_new_question (get_window (self), _("Reject the Micro-wish?"),
                                    _("Say why, for the requester and the record."),
                                    "cancel", _("_Cancel"), "reject", _("_Reject"),
                                    ADW_RESPONSE_DESTRUCTIVE);
  entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Reason"));
  gtk_entry_set_max_length (GTK_ENTRY (entry), 200);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "reject", FALSE);
  set_dialog_wish_id (dialog, g_variant_get_int64 (parameter));
  g_signal_connect (entry, "changed", G_CALLBACK (on_reject_changed_cb), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_reject_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

static void
claim (VdWishesPage *self,
       gint64        wish_id,
       gint64        volunteer_id,
       gint64        team_id)
{
  g_autoptr(GError) error = NULL;
  gboolean ok = vd_wishes_claim (get_db (self), wish_id, volunteer_id, team_id, NULL, &error);

  report (self, ok, error, _("Micro-wish claimed"));
}

static void
on_volunteer_picked_cb (VdVolunteerPicker *picker,
                        GArray            *ids,
                        VdWishesPage      *self)
{
  if (ids->len > 0)
    claim (self, dialog_wish_id (picker), g_array_index (ids, gint64, 0), 0);
}

static void
on_team_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     VdWishesPage     *self)
{
  GtkDropDown *dropdown = GTK_DROP_DOWN (adw_message_dialog_get_extra_child (dialog));
  GArray *ids = g_object_get_data (G_OBJECT (dialog), "vd-team-ids");
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (g_strcmp0 (response, "claim") != 0 || selected >= ids->len)
    return;
  claim (self, dialog_wish_id (dialog), 0, g_array_index (ids, gint64, selected));
}

static void
choose_team (VdWishesPage *self,
             gint64        wish_id)
{
  g_autoptr(GPtrArray) teams = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  GtkWidget *dialog;
  GtkWidget *dropdown;

  teams = vd_lookup_list (get_db (self), VD_LOOKUP_TEAMS, &error);
  for (guint i = 0; teams != NULL && i < teams->len; i++)
    {
      VdLookupItem *item = g_ptr_array_index (teams, i);

      gtk_string_list_append (names, item->name);
      g_array_append_val (ids, item->id);
    }
  dialog = vd_dialogs_new_question (get_window (self), _("Which Team Claims the Wish?"),
                                    ids->len > 0 ? NULL : _("There are no active teams."),
                                    "cancel", _("_Cancel"), "claim", _("_Claim"),
                                    ADW_RESPONSE_SUGGESTED);
  dropdown = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (names)), NULL);
  gtk_drop_down_set_enable_search (GTK_DROP_DOWN (dropdown), TRUE);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), dropdown);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "claim", ids->len > 0);
  g_object_set_data_full (G_OBJECT (dialog), "vd-team-ids", ids, (GDestroyNotify)g_array_unref);
  set_dialog_wish_id (dialog, wish_id);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_team_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_claimant_response_cb (AdwMessageDialog *dialog,
                         const char       *response,
                         VdWishesPage     *self)
{
  gint64 wish_id = dialog_wish_id (dialog);

  if (g_strcmp0 (response, "team") == 0)
    choose_team (self, wish_id);
  else if (g_strcmp0 (response, "volunteer") == 0)
    {
      VdVolunteerPicker *picker = vd_volunteer_picker_new (get_window (self), get_db (self),
                                                           _("Who Claims the Wish?"), _("_Claim"));

      set_dialog_wish_id (picker, wish_id);
      g_signal_connect_object (picker, "picked", G_CALLBACK (on_volunteer_picked_cb), self, 0);
      gtk_window_present (GTK_WINDOW (picker));
    }
}

static void
claim_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  VdWishesPage *self = VD_WISHES_PAGE (widget);
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (get_window (self), _("Who Claims the Wish?"),
                                                       _("A volunteer of the register or a team.")));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "team", _("A _Team…"),
                                    "volunteer", _("A _Volunteer…"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "volunteer", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "volunteer");
  adw_message_dialog_set_close_response (dialog, "cancel");
  set_dialog_wish_id (dialog, g_variant_get_int64 (parameter));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_claimant_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_release_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        VdWishesPage     *self)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (g_strcmp0 (response, "release") != 0)
    return;
  ok = vd_wishes_release (get_db (self), dialog_wish_id (dialog), &error);
  report (self, ok, error, _("Claim released: the wish is published again"));
}

static void
on_fulfil_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       VdWishesPage     *self)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (g_strcmp0 (response, "fulfil") != 0)
    return;
  ok = vd_wishes_fulfil (get_db (self), dialog_wish_id (dialog), NULL, &error);
  report (self, ok, error, _("Micro-wish fulfilled"));
}

static void
ask (VdWishesPage *self,
     gint64        wish_id,
     const char   *heading,
     const char   *body,
     const char   *response,
     const char   *label,
     GCallback     callback)
{
  GtkWidget *dialog = vd_dialogs_new_question (get_window (self), heading, body, "cancel", _("_Cancel"),
                                               response, label, ADW_RESPONSE_SUGGESTED);

  set_dialog_wish_id (dialog, wish_id);
  g_signal_connect_object (dialog, "response", callback, self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
release_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  ask (VD_WISHES_PAGE (widget), g_variant_get_int64 (parameter), _("Release the Claim?"),
       _("The wish goes back to published, for someone else to claim."),
       "release", _("_Release"), G_CALLBACK (on_release_response_cb));
}

static void
fulfil_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ask (VD_WISHES_PAGE (widget), g_variant_get_int64 (parameter), _("Mark the Wish Fulfilled?"),
       _("It counts in this year’s figures and cannot be undone."),
       "fulfil", _("_Fulfilled"), G_CALLBACK (on_fulfil_response_cb));
}

static void
on_wish_saved_cb (VdWishesPage *self,
                  gint64        id)
{
  refresh (self);
}

static void
open_wish_dialog (VdWishesPage *self,
                  gint64        wish_id)
{
  GtkWidget *dialog = vd_wish_dialog_new (get_window (self), get_db (self), wish_id);

  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_wish_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  open_wish_dialog (VD_WISHES_PAGE (widget), g_variant_get_int64 (parameter));
}

static gint64
wish_id (gpointer item)
{
  return ((VdWish *)vd_record_item_get (item))->id;
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  VdWishesPage *self = VD_WISHES_PAGE (widget);

  /* the wishes the search and the filters leave (the board shows the same ones), in
   * the list view's order */
  vd_list_export_dialog_run_for_shown (widget, vd_page_get_database (VD_PAGE (widget)), VD_LIST_WISHES,
                                       self->selection != NULL
                                       ? gtk_single_selection_get_model (self->selection) : NULL,
                                       wish_id);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gtk_widget_grab_focus (GTK_WIDGET (VD_WISHES_PAGE (widget)->search_entry));
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  open_wish_dialog (VD_WISHES_PAGE (widget), 0);
}

static void
on_list_activate_cb (VdWishesPage *self,
                     guint         position)
{
  VdWish *wish;

  gtk_single_selection_set_selected (self->selection, position);
  wish = vd_column_view_get_selected (self->list_view);
  if (wish != NULL)
    open_wish_dialog (self, wish->id);
}

/* ---- GObject ------------------------------------------------------------------ */

static void
on_database_reloaded_cb (VdWishesPage *self)
{
  fill_filters (self);
  refresh (self);
}

static void
on_map_cb (VdWishesPage *self)
{
  refresh (self);
}

static void
vd_wishes_page_database_changed (VdPage     *page,
                                 VdDatabase *previous)
{
  VdWishesPage *self = VD_WISHES_PAGE (page);
  VdDatabase *database = vd_page_get_database (page);

  if (previous != NULL)
    g_clear_signal_handler (&self->reloaded_id, previous);
  if (database != NULL)
    self->reloaded_id = g_signal_connect_swapped (database, "reloaded",
                                                  G_CALLBACK (on_database_reloaded_cb), self);
  fill_filters (self);
  refresh (self);
}

static void
vd_wishes_page_dispose (GObject *object)
{
  VdWishesPage *self = VD_WISHES_PAGE (object);
  VdDatabase *database = vd_page_get_database (VD_PAGE (self));

  if (database != NULL)
    g_clear_signal_handler (&self->reloaded_id, database);
  gtk_widget_dispose_template (GTK_WIDGET (object), VD_TYPE_WISHES_PAGE);
  g_clear_pointer (&self->community_ids, g_array_unref);

  G_OBJECT_CLASS (vd_wishes_page_parent_class)->dispose (object);
}

static void
vd_wishes_page_class_init (VdWishesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  VdPageClass *page_class = VD_PAGE_CLASS (klass);

  object_class->dispose = vd_wishes_page_dispose;
  page_class->database_changed = vd_wishes_page_database_changed;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/vd-wishes-page.ui");
  gtk_widget_class_bind_template_child (widget_class, VdWishesPage, board_box);
  gtk_widget_class_bind_template_child (widget_class, VdWishesPage, community_dropdown);
  gtk_widget_class_bind_template_child (widget_class, VdWishesPage, list_actions);
  gtk_widget_class_bind_template_child (widget_class, VdWishesPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, VdWishesPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, VdWishesPage, selected_label);
  gtk_widget_class_bind_template_child (widget_class, VdWishesPage, stats_label);
  gtk_widget_class_bind_template_child (widget_class, VdWishesPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, VdWishesPage, year_dropdown);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_list_activate_cb);

  gtk_widget_class_install_action (widget_class, "wishes.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "wishes.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "wishes.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "wishes.edit", "x", edit_action);
  gtk_widget_class_install_action (widget_class, "wishes.approve", "x", approve_action);
  gtk_widget_class_install_action (widget_class, "wishes.reject", "x", reject_action);
  gtk_widget_class_install_action (widget_class, "wishes.publish", "x", publish_action);
  gtk_widget_class_install_action (widget_class, "wishes.claim", "x", claim_action);
  gtk_widget_class_install_action (widget_class, "wishes.release", "x", release_action);
  gtk_widget_class_install_action (widget_class, "wishes.fulfil", "x", fulfil_action);
}

static void
vd_wishes_page_init (VdWishesPage *self)
{
  GDate today;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->community_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  vd_drop_down_set_ellipsized (self->community_dropdown, 14);
  g_date_clear (&today, 1);
  vd_date_set_today (&today);
  self->this_year = g_date_get_year (&today);

  for (guint i = 0; i < VD_N_WISH_STATUS; i++)
    {
      VdWishStatus s = board_order[i];
      GtkWidget *column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
      GtkWidget *title = gtk_label_new (NULL);

      gtk_widget_add_css_class (column, "wish-column");
      gtk_widget_add_css_class (title, "heading");
      gtk_label_set_xalign (GTK_LABEL (title), 0);
      gtk_box_append (GTK_BOX (column), title);
      gtk_box_append (self->board_box, column);
      self->columns[s] = GTK_BOX (column);
      self->column_titles[s] = GTK_LABEL (title);
    }

  vd_wish_list_add_columns (self->list_view);
  g_signal_connect (self, "map", G_CALLBACK (on_map_cb), NULL);
  fill_filters (self);
}

GtkWidget *
vd_wishes_page_find_card (VdWishesPage *self,
                          gint64        wish_id,
                          VdWishStatus *column)
{
  g_return_val_if_fail (VD_IS_WISHES_PAGE (self), NULL);

  for (guint s = 0; s < VD_N_WISH_STATUS; s++)
    for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->columns[s]));
         child != NULL; child = gtk_widget_get_next_sibling (child))
      if (VD_IS_WISH_CARD (child) && vd_wish_card_get_id (VD_WISH_CARD (child)) == wish_id)
        {
          if (column != NULL)
            *column = s;
          return child;
        }
  return NULL;
}
