/* vd-team-detail.c — the side pane of a team: its data and its members
 *
 * The team's own actions (edit, archive, export, delete) belong to the page, which
 * holds the list; the pane's buttons name them. The members are the pane's: adding
 * them with the register's search (VdVolunteerPicker), changing a role, removing one
 * with Undo. After any change to the members the pane emits "members-changed" so the
 * page can show the new count and leader.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vd-team-detail"

#include "config.h"

#include <glib/gi18n.h>

#include "vd-date.h"
#include "vd-dialogs.h"
#include "vd-commendation-list.h"
#include "vd-monthly-hours.h"
#include "vd-team-detail.h"
#include "vd-volunteer-picker.h"
#include "vd-window.h"

struct _VdTeamDetail
{
  AdwBin              parent_instance;

  VdDatabase         *database;
  VdTeam             *team;
  VdMonthlyHours     *hours;
  GListStore         *members;       /* VdTeamMember */
  GtkSingleSelection *selection;

  GtkLabel           *name_label;
  GtkLabel           *subtitle_label;
  GtkButton          *archive_button;
  VdCommendationList *commendations;
  GtkGrid            *facts_grid;
  GtkLabel           *members_label;
  GtkMenuButton      *role_button;
  GtkStack           *members_stack;
  GtkColumnView      *member_view;
};

G_DEFINE_FINAL_TYPE (VdTeamDetail, vd_team_detail, ADW_TYPE_BIN)

enum {
  MEMBERS_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef enum
{
  COLUMN_NAME,
  COLUMN_PHONE,
  COLUMN_ROLE,
  COLUMN_JOINED,
  N_COLUMNS
} Column;

static const struct {
  const char *title;
  int         nat_chars;
  gboolean    expand;
} columns[N_COLUMNS] = {
  [COLUMN_NAME] = { N_("Name"), 8, TRUE },
  [COLUMN_PHONE] = { N_("Mobile Phone"), 11, FALSE },
  [COLUMN_ROLE] = { N_("Role"), 5, FALSE },
  [COLUMN_JOINED] = { N_("Joined"), 10, FALSE },
};

/* Helpers */

static GtkWindow *
get_parent_window (VdTeamDetail *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static AdwToast *
new_toast (const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  return adw_toast_new (escaped);
}

static void
add_toast (VdTeamDetail *self,
           AdwToast     *toast)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (VD_IS_WINDOW (root))
    vd_window_add_toast (VD_WINDOW (root), toast);
  else
    g_object_unref (toast);
}

static void
show_error (VdTeamDetail *self,
            const GError *error)
{
  add_toast (self, new_toast (error->message));
}

static VdTeamMember *
get_selected_member (VdTeamDetail *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

static void
update_actions (VdTeamDetail *self)
{
  gboolean open = self->team != NULL && !self->team->archived && self->database != NULL;
  gboolean selected = open && get_selected_member (self) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "member.add", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "member.set-role", selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "member.remove", selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "member.edit-joined", selected);
  gtk_widget_set_sensitive (GTK_WIDGET (self->role_button), selected);
}

static void
add_fact (VdTeamDetail *self,
          int           row,
          const char   *title,
          const char   *value)
{
  GtkWidget *key = gtk_label_new (title);
  GtkWidget *text = gtk_label_new (value != NULL && value[0] != '\0' ? value : "—");

  gtk_label_set_xalign (GTK_LABEL (key), 0);
  gtk_label_set_yalign (GTK_LABEL (key), 0);
  gtk_widget_add_css_class (key, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (text), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (text), TRUE);
  gtk_widget_set_hexpand (text, TRUE);
  gtk_grid_attach (self->facts_grid, key, 0, row, 1, 1);
  gtk_grid_attach (self->facts_grid, text, 1, row, 1, 1);
}

static void
show_facts (VdTeamDetail *self)
{
  VdTeam *team = self->team;
  GtkWidget *child;
  g_autofree char *subtitle = NULL;
  g_autofree char *count = NULL;
  int row = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->facts_grid))) != NULL)
    gtk_grid_remove (self->facts_grid, child);
  if (team == NULL)
    {
      vd_monthly_hours_show (self->hours, NULL, VD_STATS_TEAM, 0, NULL);
      return;
    }

  gtk_label_set_label (self->name_label, team->name);
  vd_monthly_hours_show (self->hours, self->database, VD_STATS_TEAM, team->id, team->name);
  /* Translators: a team's category and status, e.g. "Party members · Active" */
  subtitle = g_strdup_printf (_("%s · %s"), team->category_name,
                              team->archived ? C_("team", "Archived") : C_("team", "Active"));
  gtk_label_set_label (self->subtitle_label, subtitle);
  gtk_button_set_label (self->archive_button, team->archived ? _("_Restore") : _("_Archive"));

  add_fact (self, row++, _("Leader"), team->leader_name);
  add_fact (self, row++, _("Founded"), team->founded_on);
  add_fact (self, row++, _("Home station"), team->station_name);
  add_fact (self, row++, _("Parent team"), team->parent_name);
  if (team->notes[0] != '\0')
    add_fact (self, row++, _("Notes"), team->notes);

  count = g_strdup_printf (ngettext ("%u Member", "%u Members", team->member_count),
                           team->member_count);
  gtk_label_set_label (self->members_label, count);
}

static void
reload_members (VdTeamDetail *self,
                gint64        select_id)
{
  g_autoptr(GPtrArray) members = NULL;
  g_autoptr(GError) error = NULL;

  g_list_store_remove_all (self->members);
  if (self->team != NULL && self->database != NULL)
    {
      members = vd_teams_list_members (self->database, self->team->id, &error);
      if (members == NULL)
        show_error (self, error);
      else
        g_list_store_splice (self->members, 0, 0, members->pdata, members->len);
    }

  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  for (guint i = 0; select_id != 0 && i < g_list_model_get_n_items (G_LIST_MODEL (self->selection)); i++)
    {
      g_autoptr(VdTeamMember) member = g_list_model_get_item (G_LIST_MODEL (self->selection), i);

      if (member->volunteer_id == select_id)
        {
          gtk_single_selection_set_selected (self->selection, i);
          break;
        }
    }

  gtk_stack_set_visible_child_name (self->members_stack,
                                    members != NULL && members->len > 0 ? "list" : "empty");
  update_actions (self);
}

/* Reads the team again (count, leader) and tells the page. */
static void
members_changed (VdTeamDetail *self,
                 gint64        select_id)
{
  g_autoptr(VdTeam) fresh = NULL;

  if (self->team == NULL)
    return;
  fresh = vd_teams_get (self->database, self->team->id, NULL);
  if (fresh != NULL)
    g_set_object (&self->team, fresh);
  show_facts (self);
  reload_members (self, select_id);
  g_signal_emit (self, signals[MEMBERS_CHANGED], 0);
}

/* Cells */

static char *
format_cell (VdTeamMember *member,
             Column        column)
{
  switch (column)
    {
    case COLUMN_NAME:
      /* Translators: a member who is inactive in the register */
      return member->active ? g_strdup (member->name) : g_strdup_printf (_("%s (inactive)"), member->name);
    case COLUMN_PHONE:  return vd_team_member_dup_phone_display (member, FALSE);
    case COLUMN_ROLE:   return g_strdup (vd_team_role_get_label (member->role));
    case COLUMN_JOINED: return g_strdup (member->joined_on);
    case N_COLUMNS:
    default:            break;
    }
  g_return_val_if_reached (g_strdup (""));
}

static void
on_cell_setup_cb (GtkListItemFactory *factory,
                  GtkListItem        *item,
                  gpointer            user_data)
{
  Column column = GPOINTER_TO_INT (user_data);
  GtkWidget *cell = gtk_inscription_new (NULL);

  gtk_inscription_set_nat_chars (GTK_INSCRIPTION (cell), columns[column].nat_chars);
  gtk_inscription_set_min_chars (GTK_INSCRIPTION (cell), columns[column].expand ? 3 : columns[column].nat_chars);
  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (cell), GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  if (column == COLUMN_PHONE || column == COLUMN_JOINED)
    gtk_widget_add_css_class (cell, "numeric");
  gtk_list_item_set_child (item, cell);
}

static void
on_cell_bind_cb (GtkListItemFactory *factory,
                 GtkListItem        *item,
                 gpointer            user_data)
{
  Column column = GPOINTER_TO_INT (user_data);
  VdTeamMember *member = gtk_list_item_get_item (item);
  GtkWidget *cell = gtk_list_item_get_child (item);
  g_autofree char *text = format_cell (member, column);

  gtk_inscription_set_text (GTK_INSCRIPTION (cell), text);
  if (column == COLUMN_ROLE && member->role != VD_TEAM_ROLE_MEMBER)
    gtk_widget_add_css_class (cell, "heading");
  else
    gtk_widget_remove_css_class (cell, "heading");
}

/* Sorting by a column header; names in pinyin order, computed once per row. */
static const char *
name_key (VdTeamMember *member)
{
  static GQuark quark;
  const char *key;

  if (quark == 0)
    quark = g_quark_from_static_string ("vd-member-name-key");
  key = g_object_get_qdata (G_OBJECT (member), quark);
  if (key == NULL)
    {
      char *made = vd_teams_sort_key (member->name);

      g_object_set_qdata_full (G_OBJECT (member), quark, made, g_free);
      key = made;
    }
  return key;
}

static int
compare_members (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  VdTeamMember *ma = (VdTeamMember *)a;
  VdTeamMember *mb = (VdTeamMember *)b;
  int result = 0;

  switch ((Column) GPOINTER_TO_INT (user_data))
    {
    case COLUMN_PHONE:  result = g_strcmp0 (ma->phone, mb->phone); break;
    case COLUMN_ROLE:   result = (int) ma->role - (int) mb->role; break;
    case COLUMN_JOINED: result = g_strcmp0 (ma->joined_on, mb->joined_on); break;
    case COLUMN_NAME:
    case N_COLUMNS:
    default:            break;
    }
  if (result == 0)
    result = g_strcmp0 (name_key (ma), name_key (mb));
  return result < 0 ? GTK_ORDERING_SMALLER : result > 0 ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

/* Callbacks */

static void
on_selection_changed_cb (VdTeamDetail *self)
{
  update_actions (self);
}

static void
on_picked_cb (VdVolunteerPicker *picker,
              GArray            *ids,
              VdTeamDetail      *self)
{
  vd_team_detail_add_members (self, (const gint64 *)(gpointer)ids->data, ids->len);
}

static void
on_undo_remove_cb (AdwToast     *toast,
                   VdTeamDetail *self)
{
  VdTeamMember *member = g_object_get_data (G_OBJECT (toast), "member");
  g_autoptr(GError) error = NULL;

  if (member == NULL || self->database == NULL)
    return;
  if (!vd_teams_restore_member (self->database, member, &error))
    {
      show_error (self, error);
      return;
    }
  if (self->team != NULL && self->team->id == member->team_id)
    members_changed (self, member->volunteer_id);
  else
    g_signal_emit (self, signals[MEMBERS_CHANGED], 0);
}

/* Actions */

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  VdTeamDetail *self = VD_TEAM_DETAIL (widget);
  g_autoptr(GArray) excluded = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *title = NULL;
  VdVolunteerPicker *picker;

  if (self->team == NULL || self->database == NULL)
    return;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->members)); i++)
    {
      g_autoptr(VdTeamMember) member = g_list_model_get_item (G_LIST_MODEL (self->members), i);
      g_array_append_val (excluded, member->volunteer_id);
    }

  /* Translators: the title of the picker, %s is a team's name */
  title = g_strdup_printf (_("Add Members to %s"), self->team->name);
  picker = vd_volunteer_picker_new (get_parent_window (self), self->database, title, _("_Add"));
  vd_volunteer_picker_set_excluded (picker, (const gint64 *)(gpointer)excluded->data, excluded->len);
  g_signal_connect_object (picker, "picked", G_CALLBACK (on_picked_cb), self, 0);
  gtk_window_present (GTK_WINDOW (picker));
}

static void
set_role_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  VdTeamDetail *self = VD_TEAM_DETAIL (widget);
  VdTeamMember *member = get_selected_member (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *old_leader = NULL;
  VdTeamRole role;
  gint64 id;

  if (member == NULL || self->team == NULL ||
      !vd_team_role_from_code (g_variant_get_string (param, NULL), &role) || member->role == role)
    return;

  id = member->volunteer_id;
  if (role == VD_TEAM_ROLE_LEADER && self->team->leader_id != 0 && self->team->leader_id != id)
    old_leader = g_strdup (self->team->leader_name);
  if (!vd_teams_set_role (self->database, self->team->id, id, role, &error))
    {
      show_error (self, error);
      return;
    }

  if (old_leader != NULL)
    /* Translators: the new leader's name, then the one before */
    text = g_strdup_printf (_("%s now leads the team; %s is a member"), member->name, old_leader);
  else
    /* Translators: a member's name and their new role */
    text = g_strdup_printf (_("%s is now %s"), member->name, vd_team_role_get_label (role));
  add_toast (self, new_toast (text));
  members_changed (self, id);
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  VdTeamDetail *self = VD_TEAM_DETAIL (widget);
  VdTeamMember *selected = get_selected_member (self);
  g_autoptr(VdTeamMember) removed = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  AdwToast *toast;
  guint position;

  if (selected == NULL || self->team == NULL)
    return;
  position = gtk_single_selection_get_selected (self->selection);
  removed = vd_teams_remove_member (self->database, self->team->id, selected->volunteer_id, &error);
  if (removed == NULL)
    {
      show_error (self, error);
      return;
    }

  /* Translators: a volunteer's name, then a team's */
  text = g_strdup_printf (_("Removed %s from %s"), removed->name, self->team->name);
  toast = new_toast (text);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data_full (G_OBJECT (toast), "member", g_object_ref (removed), g_object_unref);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_undo_remove_cb), self, 0);
  add_toast (self, toast);

  members_changed (self, 0);
  /* The next member takes the removed one's place, for removing one after another. */
  if (g_list_model_get_n_items (G_LIST_MODEL (self->selection)) > 0)
    gtk_single_selection_set_selected (self->selection,
                                       MIN (position, g_list_model_get_n_items (G_LIST_MODEL (self->selection)) - 1));
}

/* The date typed as YYYY-MM-DD (any form vd_date_parse reads), or NULL with the
 * reason in *message. */
static char *
read_joined (const char  *text,
             const char **message)
{
  GDate date;
  GDate today;

  g_date_clear (&date, 1);
  vd_date_set_today (&today);
  *message = NULL;
  if (!vd_date_parse (text, &date))
    *message = _("Enter the date of joining as YYYY-MM-DD.");
  else if (g_date_compare (&date, &today) > 0)
    *message = _("The date of joining cannot be in the future.");
  return *message == NULL ? vd_date_to_iso (&date) : NULL;
}

static void
on_joined_changed_cb (GtkEditable      *entry,
                      AdwMessageDialog *dialog)
{
  GtkLabel *error_label = g_object_get_data (G_OBJECT (dialog), "error-label");
  const char *message;
  g_autofree char *date = read_joined (gtk_editable_get_text (entry), &message);

  gtk_label_set_label (error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (error_label), message != NULL);
  adw_message_dialog_set_response_enabled (dialog, "change", date != NULL);
}

static void
on_joined_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       VdTeamDetail     *self)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "entry");
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "volunteer-id"));
  const char *message;
  g_autofree char *date = read_joined (gtk_editable_get_text (entry), &message);
  g_autoptr(GError) error = NULL;

  if (date == NULL || self->team == NULL)
    return;
  if (!vd_teams_set_joined_on (self->database, self->team->id, id, date, &error))
    {
      show_error (self, error);
      return;
    }
  members_changed (self, id);
}

static void
edit_joined_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  VdTeamDetail *self = VD_TEAM_DETAIL (widget);
  VdTeamMember *member = get_selected_member (self);
  g_autofree char *heading = NULL;
  GtkWidget *dialog;
  GtkWidget *box;
  GtkWidget *entry;
  GtkWidget *error_label;

  if (member == NULL || self->team == NULL)
    return;

  /* Translators: %s is a member's name */
  heading = g_strdup_printf (_("When Did %s Join?"), member->name);
  dialog = vd_dialogs_new_question (get_parent_window (self), heading,
                                    _("The date of joining, as YYYY-MM-DD."),
                                    "cancel", _("_Cancel"),
                                    "change", _("C_hange"),
                                    ADW_RESPONSE_SUGGESTED);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  entry = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (entry), member->joined_on);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  error_label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (error_label), TRUE);
  gtk_widget_set_visible (error_label, FALSE);
  gtk_widget_add_css_class (error_label, "error");
  gtk_widget_add_css_class (error_label, "caption");
  gtk_box_append (GTK_BOX (box), entry);
  gtk_box_append (GTK_BOX (box), error_label);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "change");

  g_object_set_data (G_OBJECT (dialog), "entry", entry);
  g_object_set_data (G_OBJECT (dialog), "error-label", error_label);
  g_object_set_data (G_OBJECT (dialog), "volunteer-id", GSIZE_TO_POINTER (member->volunteer_id));
  g_signal_connect_object (entry, "changed", G_CALLBACK (on_joined_changed_cb), dialog, 0);
  g_signal_connect_object (dialog, "response::change", G_CALLBACK (on_joined_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

/* GObject */

static void
vd_team_detail_dispose (GObject *object)
{
  VdTeamDetail *self = VD_TEAM_DETAIL (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), VD_TYPE_TEAM_DETAIL);
  g_clear_object (&self->selection);
  g_clear_object (&self->members);
  g_clear_object (&self->team);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (vd_team_detail_parent_class)->dispose (object);
}

static void
vd_team_detail_class_init (VdTeamDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vd_team_detail_dispose;

  /**
   * VdTeamDetail::members-changed:
   *
   * Members joined or left, or a role changed: the team's count or leader may differ.
   */
  signals[MEMBERS_CHANGED] =
    g_signal_new ("members-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  g_type_ensure (VD_TYPE_MONTHLY_HOURS);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/vd-team-detail.ui");
  g_type_ensure (VD_TYPE_COMMENDATION_LIST);
  gtk_widget_class_bind_template_child (widget_class, VdTeamDetail, commendations);
  gtk_widget_class_bind_template_child (widget_class, VdTeamDetail, hours);
  gtk_widget_class_bind_template_child (widget_class, VdTeamDetail, archive_button);
  gtk_widget_class_bind_template_child (widget_class, VdTeamDetail, facts_grid);
  gtk_widget_class_bind_template_child (widget_class, VdTeamDetail, member_view);
  gtk_widget_class_bind_template_child (widget_class, VdTeamDetail, members_label);
  gtk_widget_class_bind_template_child (widget_class, VdTeamDetail, members_stack);
  gtk_widget_class_bind_template_child (widget_class, VdTeamDetail, name_label);
  gtk_widget_class_bind_template_child (widget_class, VdTeamDetail, role_button);
  gtk_widget_class_bind_template_child (widget_class, VdTeamDetail, subtitle_label);

  gtk_widget_class_install_action (widget_class, "member.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "member.set-role", "s", set_role_action);
  gtk_widget_class_install_action (widget_class, "member.remove", NULL, remove_action);
  gtk_widget_class_install_action (widget_class, "member.edit-joined", NULL, edit_joined_action);
}

static void
vd_team_detail_init (VdTeamDetail *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->members = g_list_store_new (VD_TYPE_TEAM_MEMBER);
  /* Unsorted, the list keeps the core's order: leader, deputies, members by name. */
  self->selection = gtk_single_selection_new (
    G_LIST_MODEL (gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->members)),
                                           g_object_ref (gtk_column_view_get_sorter (self->member_view)))));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_object (self->selection, "notify::selected",
                           G_CALLBACK (on_selection_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_column_view_set_model (self->member_view, GTK_SELECTION_MODEL (self->selection));

  for (guint i = 0; i < N_COLUMNS; i++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      GtkColumnViewColumn *column;
      GtkSorter *sorter;

      g_signal_connect (factory, "setup", G_CALLBACK (on_cell_setup_cb), GINT_TO_POINTER (i));
      g_signal_connect (factory, "bind", G_CALLBACK (on_cell_bind_cb), GINT_TO_POINTER (i));
      column = gtk_column_view_column_new (_(columns[i].title), factory);
      gtk_column_view_column_set_expand (column, columns[i].expand);
      gtk_column_view_column_set_resizable (column, TRUE);
      sorter = GTK_SORTER (gtk_custom_sorter_new (compare_members, GINT_TO_POINTER (i), NULL));
      gtk_column_view_column_set_sorter (column, sorter);
      g_object_unref (sorter);
      gtk_column_view_append_column (self->member_view, column);
      g_object_unref (column);
    }

  update_actions (self);
}

/* Public */

void
vd_team_detail_set_database (VdTeamDetail *self,
                             VdDatabase   *database)
{
  g_return_if_fail (VD_IS_TEAM_DETAIL (self));

  if (g_set_object (&self->database, database))
    vd_team_detail_set_team (self, NULL);
}

void
vd_team_detail_set_team (VdTeamDetail *self,
                         VdTeam       *team)
{
  gint64 keep = 0;
  VdTeamMember *selected;

  g_return_if_fail (VD_IS_TEAM_DETAIL (self));

  /* The same team again (after an edit): the member selected stays. */
  selected = get_selected_member (self);
  if (team != NULL && self->team != NULL && team->id == self->team->id && selected != NULL)
    keep = selected->volunteer_id;

  g_clear_object (&self->team);
  if (team != NULL)
    self->team = vd_team_copy (team);
  show_facts (self);
  reload_members (self, keep);
  vd_commendation_list_set_owner (self->commendations, self->database, VD_OWNER_TEAM,
                                  self->team != NULL ? self->team->id : 0);
}

gboolean
vd_team_detail_add_members (VdTeamDetail *self,
                            const gint64 *ids,
                            guint         n_ids)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  guint added = 0;

  g_return_val_if_fail (VD_IS_TEAM_DETAIL (self), FALSE);

  if (self->team == NULL || self->database == NULL)
    return FALSE;
  if (!vd_teams_add_members (self->database, self->team->id, ids, n_ids, NULL, &added, &error))
    {
      show_error (self, error);
      return FALSE;
    }
  /* Translators: %u is a number of volunteers, %s a team's name */
  text = g_strdup_printf (ngettext ("Added %u member to %s", "Added %u members to %s", added),
                          added, self->team->name);
  add_toast (self, new_toast (text));
  members_changed (self, n_ids > 0 ? ids[0] : 0);
  return TRUE;
}

GListModel *
vd_team_detail_get_members (VdTeamDetail *self)
{
  g_return_val_if_fail (VD_IS_TEAM_DETAIL (self), NULL);

  return G_LIST_MODEL (self->members);
}
