/* vd-teams-page.c — volunteer teams and their members
 *
 * A district has dozens of teams, not millions: the page reads the teams that match
 * the search and the filters from the core into a list store, and the column view
 * sorts them itself, names in pinyin order. The team selected shows in a side pane
 * (VdTeamDetail) with its members.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vd-teams-page"

#include "config.h"

#include <glib/gi18n.h>

#include "vd-dialogs.h"
#include "vd-team-categories-dialog.h"
#include "vd-team-columns.h"
#include "vd-team-detail.h"
#include "vd-team-dialog.h"
#include "vd-list-import-dialog.h"
#include "vd-list-export-dialog.h"
#include "vd-teams-page.h"
#include "vd-window.h"

struct _VdTeamsPage
{
  VdPage              parent_instance;

  GListStore         *store;           /* VdTeam */
  GtkSortListModel   *sort_model;
  GtkSingleSelection *selection;
  GArray             *category_ids;    /* per position of category_filter; 0 = all */
  gint64              selected_id;
  gulong              reloaded_id;
  gboolean            filling;         /* the drop-downs are being refilled */
  gboolean            reloading;       /* the rows are being replaced */

  GtkWidget          *toolbar;
  GtkSearchEntry     *search_entry;
  GtkDropDown        *category_filter;
  GtkDropDown        *status_filter;
  GtkLabel           *count_label;
  GtkStack           *view_stack;
  AdwFlap            *flap;
  GtkColumnView      *column_view;
  VdTeamDetail       *detail;
};

G_DEFINE_FINAL_TYPE (VdTeamsPage, vd_teams_page, VD_TYPE_PAGE)

/* Helpers */

static GtkWindow *
get_parent_window (VdTeamsPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
add_toast_text (VdTeamsPage *self,
                const char  *text)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  if (VD_IS_WINDOW (root))
    vd_window_add_toast (VD_WINDOW (root), adw_toast_new (escaped));
}

static VdTeam *
get_selected (VdTeamsPage *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

static void on_selection_changed_cb (VdTeamsPage *self);

/* The list */

static gboolean
filters_active (VdTeamsPage *self)
{
  return gtk_editable_get_text (GTK_EDITABLE (self->search_entry))[0] != '\0' ||
         gtk_drop_down_get_selected (self->category_filter) != 0 ||
         gtk_drop_down_get_selected (self->status_filter) != 0;
}

static void
update_view (VdTeamsPage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->store));
  g_autofree char *count = g_strdup_printf (ngettext ("%u team", "%u teams", n), n);
  gboolean empty = n == 0 && !filters_active (self);

  gtk_label_set_label (self->count_label, count);
  gtk_stack_set_visible_child_name (self->view_stack, n > 0 ? "list" : empty ? "empty" : "no-match");
  gtk_widget_set_visible (self->toolbar, !empty);
}

static void
select_team (VdTeamsPage *self,
             gint64       id)
{
  GListModel *model = G_LIST_MODEL (self->sort_model);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(VdTeam) team = g_list_model_get_item (model, i);

      if (team->id == id)
        {
          gtk_single_selection_set_selected (self->selection, i);
          /* GTK 4.8 has no gtk_column_view_scroll_to: its inner list view has the action. */
          for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->column_view));
               child != NULL; child = gtk_widget_get_next_sibling (child))
            if (GTK_IS_LIST_VIEW (child))
              gtk_widget_activate_action (child, "list.scroll-to-item", "u", i);
          return;
        }
    }
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
}

static void
reload (VdTeamsPage *self)
{
  VdDatabase *database = vd_page_get_database (VD_PAGE (self));
  g_autoptr(GPtrArray) teams = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gint64 keep = self->selected_id;
  guint status = gtk_drop_down_get_selected (self->status_filter);
  guint category = gtk_drop_down_get_selected (self->category_filter);
  VdTeamFilter filter = { NULL, 0, VD_TEAM_STATUS_ACTIVE };

  if (self->filling)
    return;
  text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  filter.text = text;
  filter.category_id = category < self->category_ids->len ? g_array_index (self->category_ids, gint64, category) : 0;
  filter.status = status == 1 ? VD_TEAM_STATUS_ARCHIVED : status == 2 ? VD_TEAM_STATUS_ANY : VD_TEAM_STATUS_ACTIVE;

  if (database != NULL)
    {
      teams = vd_teams_list (database, &filter, &error);
      if (teams == NULL)
        add_toast_text (self, error->message);
    }
  /* The selection goes while the rows are replaced: the pane waits for the end, so
   * that it keeps its place and its member selected. */
  self->reloading = TRUE;
  g_list_store_remove_all (self->store);
  if (teams != NULL)
    g_list_store_splice (self->store, 0, 0, teams->pdata, teams->len);
  self->selected_id = keep;
  select_team (self, keep);
  self->reloading = FALSE;

  on_selection_changed_cb (self);
  update_view (self);
}

static void
fill_categories (VdTeamsPage *self)
{
  VdDatabase *database = vd_page_get_database (VD_PAGE (self));
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) categories = NULL;
  gint64 current = 0;
  guint selected = 0;
  gint64 all = 0;

  if (gtk_drop_down_get_selected (self->category_filter) < self->category_ids->len)
    current = g_array_index (self->category_ids, gint64, gtk_drop_down_get_selected (self->category_filter));

  g_array_set_size (self->category_ids, 0);
  gtk_string_list_append (names, _("All Categories"));
  g_array_append_val (self->category_ids, all);
  if (database != NULL)
    categories = vd_team_categories_list (database, TRUE, NULL);
  for (guint i = 0; categories != NULL && i < categories->len; i++)
    {
      VdTeamCategory *c = g_ptr_array_index (categories, i);

      if (c->id == current)
        selected = self->category_ids->len;
      gtk_string_list_append (names, c->name);
      g_array_append_val (self->category_ids, c->id);
    }

  self->filling = TRUE;
  gtk_drop_down_set_model (self->category_filter, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->category_filter, selected);
  self->filling = FALSE;
}

static void
refresh (VdTeamsPage *self)
{
  fill_categories (self);
  reload (self);
}

/* Callbacks */

static void
on_filter_changed_cb (VdTeamsPage *self)
{
  reload (self);
}

static void
on_stop_search_cb (VdTeamsPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
on_selection_changed_cb (VdTeamsPage *self)
{
  VdTeam *team = get_selected (self);
  gboolean selected = team != NULL;

  if (self->reloading)
    return;
  self->selected_id = selected ? team->id : 0;

  vd_team_detail_set_team (self->detail, team);
  adw_flap_set_reveal_flap (self->flap, selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "teams.edit", selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "teams.toggle-archived", selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "teams.delete", selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "teams.export-members",
                                 selected && team->member_count > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "teams.close-detail", selected);
}

static void
on_flap_revealed_cb (VdTeamsPage *self)
{
  gboolean revealed = adw_flap_get_reveal_flap (self->flap);

  if (!revealed && get_selected (self) != NULL)
    gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);

  /* The pane shows the date, station, parent and status of the team selected: the
   * list leaves them out meanwhile, so that the names stay readable. */
  vd_team_columns_set_compact (self->column_view, revealed);
}

static void
on_row_activated_cb (VdTeamsPage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "teams.edit", NULL);
}

static void
on_members_changed_cb (VdTeamsPage *self)
{
  reload (self);
}

static void
on_database_reloaded_cb (VdTeamsPage *self)
{
  refresh (self);
}

static void
on_team_saved_cb (VdTeamDialog *dialog,
                  gint64        id,
                  VdTeamsPage  *self)
{
  VdTeam *team;

  reload (self);
  /* A new team may be hidden by the search or the filters: show it anyway. */
  select_team (self, id);
  team = get_selected (self);
  if (team == NULL || team->id != id)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      self->filling = TRUE;
      gtk_drop_down_set_selected (self->category_filter, 0);
      gtk_drop_down_set_selected (self->status_filter, 2);
      self->filling = FALSE;
      self->selected_id = id;
      reload (self);
    }
}

static void
on_categories_changed_cb (VdTeamsPage *self)
{
  refresh (self);
}

static void
set_archived (VdTeamsPage *self,
              gint64       id,
              const char  *name,
              gboolean     archived)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  if (!vd_teams_set_archived (vd_page_get_database (VD_PAGE (self)), id, archived, &error))
    {
      add_toast_text (self, error->message);
      return;
    }
  /* Translators: %s is a team's name */
  text = g_strdup_printf (archived ? _("%s archived") : _("%s restored"), name);
  add_toast_text (self, text);
  /* Keep it in view whatever the status filter shows. */
  if (gtk_drop_down_get_selected (self->status_filter) != 2)
    {
      self->filling = TRUE;
      gtk_drop_down_set_selected (self->status_filter, 2);
      self->filling = FALSE;
    }
  self->selected_id = id;
  reload (self);
}

static void
on_archive_instead_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       VdTeamsPage      *self)
{
  VdTeam *team = g_object_get_data (G_OBJECT (dialog), "team");

  set_archived (self, team->id, team->name, TRUE);
}

static void
on_delete_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       VdTeamsPage      *self)
{
  VdTeam *team = g_object_get_data (G_OBJECT (dialog), "team");
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  GtkWidget *refusal;

  if (!vd_teams_delete (vd_page_get_database (VD_PAGE (self)), team->id, &error))
    {
      if (!g_error_matches (error, VD_TEAMS_ERROR, VD_TEAMS_ERROR_HAS_DEPENDENTS) || team->archived)
        {
          vd_dialogs_show_message (get_parent_window (self), _("Cannot Delete the Team"), error->message);
          return;
        }
      /* What keeps the team is named; archiving is what the office can do instead. */
      refusal = vd_dialogs_new_question (get_parent_window (self), _("Cannot Delete the Team"),
                                         error->message, "cancel", _("_Cancel"),
                                         "archive", _("_Archive"), ADW_RESPONSE_SUGGESTED);
      g_object_set_data_full (G_OBJECT (refusal), "team", g_object_ref (team), g_object_unref);
      g_signal_connect_object (refusal, "response::archive", G_CALLBACK (on_archive_instead_cb), self, 0);
      gtk_window_present (GTK_WINDOW (refusal));
      return;
    }
  /* Translators: %s is a team's name */
  text = g_strdup_printf (_("Deleted %s"), team->name);
  add_toast_text (self, text);
  self->selected_id = 0;
  reload (self);
}

/* Actions */

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  vd_list_import_dialog_run_for_page (widget, vd_page_get_database (VD_PAGE (widget)), VD_LIST_TEAMS);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  gtk_widget_grab_focus (GTK_WIDGET (VD_TEAMS_PAGE (widget)->search_entry));
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  VdTeamsPage *self = VD_TEAMS_PAGE (widget);
  VdDatabase *database = vd_page_get_database (VD_PAGE (self));
  GtkWidget *dialog;

  if (database == NULL)
    return;
  dialog = vd_team_dialog_new (get_parent_window (self), database, NULL);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_team_saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  VdTeamsPage *self = VD_TEAMS_PAGE (widget);
  VdDatabase *database = vd_page_get_database (VD_PAGE (self));
  VdTeam *team = get_selected (self);
  GtkWidget *dialog;

  if (database == NULL || team == NULL)
    return;
  dialog = vd_team_dialog_new (get_parent_window (self), database, team);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_team_saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
toggle_archived_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  VdTeamsPage *self = VD_TEAMS_PAGE (widget);
  g_autoptr(VdTeam) team = NULL;

  if (get_selected (self) == NULL)
    return;
  /* Held: the reload replaces the rows. */
  team = g_object_ref (get_selected (self));
  set_archived (self, team->id, team->name, !team->archived);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  VdTeamsPage *self = VD_TEAMS_PAGE (widget);
  VdTeam *team = get_selected (self);
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  if (team == NULL || vd_page_get_database (VD_PAGE (self)) == NULL)
    return;
  /* Translators: %s is a team's name */
  heading = g_strdup_printf (_("Delete %s?"), team->name);
  dialog = vd_dialogs_new_question (get_parent_window (self), heading,
                                    _("A team with members, events, micro-wishes or commendations "
                                      "is kept for the record; it can be archived instead."),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    ADW_RESPONSE_DESTRUCTIVE);
  g_object_set_data_full (G_OBJECT (dialog), "team", g_object_ref (team), g_object_unref);
  g_signal_connect_object (dialog, "response::delete", G_CALLBACK (on_delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gint64
team_id (gpointer item)
{
  return ((VdTeam *)item)->id;
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  VdTeamsPage *self = VD_TEAMS_PAGE (widget);

  /* the teams the search and the filters leave, in the column view's order */
  vd_list_export_dialog_run_for_shown (widget, vd_page_get_database (VD_PAGE (self)), VD_LIST_TEAMS,
                                       G_LIST_MODEL (self->sort_model), team_id);
}

static void
export_members_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  VdTeamsPage *self = VD_TEAMS_PAGE (widget);
  VdTeam *team = get_selected (self);
  VdListFilter filter = { 0, };

  if (team == NULL || get_parent_window (self) == NULL)
    return;
  /* The same export as every other list: the privacy question, CSV or .xlsx. */
  filter.owner = team->id;
  vd_list_export_dialog_run_for_page (widget, vd_page_get_database (VD_PAGE (self)),
                                      VD_LIST_MEMBERS, &filter);
}

static void
categories_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  VdTeamsPage *self = VD_TEAMS_PAGE (widget);
  VdDatabase *database = vd_page_get_database (VD_PAGE (self));
  GtkWidget *dialog;

  if (database == NULL)
    return;
  dialog = vd_team_categories_dialog_new (get_parent_window (self), database);
  g_signal_connect_object (dialog, "changed", G_CALLBACK (on_categories_changed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
clear_filters_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  VdTeamsPage *self = VD_TEAMS_PAGE (widget);

  self->filling = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_drop_down_set_selected (self->category_filter, 0);
  gtk_drop_down_set_selected (self->status_filter, 0);
  self->filling = FALSE;
  reload (self);
}

static void
close_detail_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  VdTeamsPage *self = VD_TEAMS_PAGE (widget);

  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
}

/* GObject */

static void
vd_teams_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (vd_teams_page_parent_class)->map (widget);

  /* The register and the stations change elsewhere: read them again when shown. */
  refresh (VD_TEAMS_PAGE (widget));
}

static void
vd_teams_page_database_changed (VdPage     *page,
                                VdDatabase *previous)
{
  VdTeamsPage *self = VD_TEAMS_PAGE (page);
  VdDatabase *database = vd_page_get_database (page);

  if (previous != NULL)
    g_clear_signal_handler (&self->reloaded_id, previous);
  if (database != NULL)
    self->reloaded_id = g_signal_connect_swapped (database, "reloaded",
                                                  G_CALLBACK (on_database_reloaded_cb), self);
  self->selected_id = 0;
  vd_team_detail_set_database (self->detail, database);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "teams.add", database != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "teams.categories", database != NULL);
  refresh (self);
}

static void
vd_teams_page_dispose (GObject *object)
{
  VdTeamsPage *self = VD_TEAMS_PAGE (object);
  VdDatabase *database = vd_page_get_database (VD_PAGE (self));

  if (database != NULL)
    g_clear_signal_handler (&self->reloaded_id, database);
  gtk_widget_dispose_template (GTK_WIDGET (object), VD_TYPE_TEAMS_PAGE);
  g_clear_object (&self->selection);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->store);
  g_clear_pointer (&self->category_ids, g_array_unref);

  G_OBJECT_CLASS (vd_teams_page_parent_class)->dispose (object);
}

static void
vd_teams_page_class_init (VdTeamsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  VdPageClass *page_class = VD_PAGE_CLASS (klass);

  object_class->dispose = vd_teams_page_dispose;
  widget_class->map = vd_teams_page_map;
  page_class->database_changed = vd_teams_page_database_changed;

  g_type_ensure (VD_TYPE_TEAM_DETAIL);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/vd-teams-page.ui");
  gtk_widget_class_bind_template_child (widget_class, VdTeamsPage, category_filter);
  gtk_widget_class_bind_template_child (widget_class, VdTeamsPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, VdTeamsPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, VdTeamsPage, detail);
  gtk_widget_class_bind_template_child (widget_class, VdTeamsPage, flap);
  gtk_widget_class_bind_template_child (widget_class, VdTeamsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, VdTeamsPage, status_filter);
  gtk_widget_class_bind_template_child (widget_class, VdTeamsPage, toolbar);
  gtk_widget_class_bind_template_child (widget_class, VdTeamsPage, view_stack);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_flap_revealed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_members_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search_cb);

  gtk_widget_class_install_action (widget_class, "teams.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "teams.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "teams.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "teams.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "teams.toggle-archived", NULL, toggle_archived_action);
  gtk_widget_class_install_action (widget_class, "teams.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "teams.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "teams.export-members", NULL, export_members_action);
  gtk_widget_class_install_action (widget_class, "teams.categories", NULL, categories_action);
  gtk_widget_class_install_action (widget_class, "teams.clear-filters", NULL, clear_filters_action);
  gtk_widget_class_install_action (widget_class, "teams.close-detail", NULL, close_detail_action);
}

static void
vd_teams_page_init (VdTeamsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->category_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->store = g_list_store_new (VD_TYPE_TEAM);
  self->sort_model = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->store)),
                                              g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->sort_model)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (on_selection_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  vd_team_columns_add (self->column_view);

  on_selection_changed_cb (self);
  update_view (self);
}
