/* test-ui-teams.c — the Teams page under Xvfb: a new team through its dialog (a bad
 * name shows its message and saves nothing), members added with the volunteer picker
 * and the count in the list following, roles, a refused delete that offers archiving.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "vd-team-detail.h"
#include "vd-team-dialog.h"
#include "vd-teams-page.h"
#include "vd-volunteer-picker.h"

#include "vd-commendation-list.h"
#include "vd-team-detail.h"

#include "vd-ui-test-utils.h"

#define PAGE_CHILD(page, name) vd_test_child_of ((page), VD_TYPE_TEAMS_PAGE, (name))
#define DIALOG_CHILD(dialog, name) vd_test_child_of ((dialog), VD_TYPE_TEAM_DIALOG, (name))

static gboolean
message_shown (gpointer data)
{
  return vd_test_find_message_dialog () != NULL;
}

static VdTeamsPage *
show_page (VdDatabase *db)
{
  VdWindow *window = vd_test_show_window (db, 1280, 800);
  GtkStack *stack = vd_test_child_of (window, VD_TYPE_WINDOW, "section_stack");
  GtkWidget *page;

  g_assert_true (vd_window_set_section (window, "teams"));
  page = gtk_stack_get_visible_child (stack);
  g_assert_true (VD_IS_TEAMS_PAGE (page));
  g_assert_true (vd_test_wait_for (vd_test_is_mapped, page));
  return VD_TEAMS_PAGE (page);
}

/* The first visible toplevel of type, if any. */
static gpointer
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }
  return NULL;
}

static gboolean
picker_shown (gpointer data)
{
  return find_toplevel (VD_TYPE_VOLUNTEER_PICKER) != NULL;
}

static gboolean
no_team_dialog (gpointer data)
{
  return find_toplevel (VD_TYPE_TEAM_DIALOG) == NULL;
}

/* The rows of the list as the column view shows them, sorted. */
static GListModel *
shown_teams (VdTeamsPage *page)
{
  return G_LIST_MODEL (gtk_column_view_get_model (PAGE_CHILD (page, "column_view")));
}

static VdTeam *
shown_team (VdTeamsPage *page,
            guint        position)
{
  VdTeam *team = g_list_model_get_item (shown_teams (page), position);

  g_object_unref (team);   /* the model keeps it */
  return team;
}

static gboolean
widget_visible (gpointer widget)
{
  return gtk_widget_get_visible (widget);
}

static gboolean
widget_hidden (gpointer widget)
{
  return !gtk_widget_get_visible (widget);
}

static const char *
stack_child (VdTeamsPage *page)
{
  return gtk_stack_get_visible_child_name (PAGE_CHILD (page, "view_stack"));
}

static void
test_create_and_add_members (VdTestFixture *fx,
                             gconstpointer  data)
{
  VdTeamsPage *page;
  VdTeamDialog *dialog;
  VdTeamDetail *detail;
  VdVolunteerPicker *picker;
  GtkLabel *name_error;
  GtkLabel *founded_error;
  VdTeam *team;

  vd_test_add_six_volunteers (fx->db);
  page = show_page (fx->db);
  g_assert_cmpstr (stack_child (page), ==, "empty");

  gtk_widget_activate_action (GTK_WIDGET (page), "teams.add", NULL);
  dialog = find_toplevel (VD_TYPE_TEAM_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_true (vd_test_wait_for (vd_test_is_mapped, dialog));
  name_error = DIALOG_CHILD (dialog, "name_error");
  founded_error = DIALOG_CHILD (dialog, "founded_error");

  /* A new form is not red all over… */
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (name_error)));

  /* …but an empty name shows its message on Save, and nothing is written. */
  gtk_editable_set_text (GTK_EDITABLE (DIALOG_CHILD (dialog, "name_row")), "   ");
  vd_team_dialog_save (dialog);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (name_error)));
  g_assert_cmpstr (gtk_label_get_label (name_error), ==, "Enter the team's name.");
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count (*) FROM teams"), ==, 0);
  g_assert_true (find_toplevel (VD_TYPE_TEAM_DIALOG) == dialog);

  /* A founding date in the future is judged as it is typed. */
  gtk_editable_set_text (GTK_EDITABLE (DIALOG_CHILD (dialog, "founded_row")), "2999-01-01");
  g_assert_true (vd_test_wait_for (widget_visible, founded_error));
  g_assert_cmpstr (gtk_label_get_label (founded_error), ==, "The founding date cannot be in the future.");
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (DIALOG_CHILD (dialog, "save_button"))));

  /* Put right, it saves, closes, and the new team is listed and selected. */
  gtk_editable_set_text (GTK_EDITABLE (DIALOG_CHILD (dialog, "name_row")), "党员先锋队");
  gtk_editable_set_text (GTK_EDITABLE (DIALOG_CHILD (dialog, "founded_row")), "2024年3月5日");
  g_assert_true (vd_test_wait_for (widget_hidden, name_error));
  g_assert_true (vd_test_wait_for (widget_hidden, founded_error));
  vd_team_dialog_save (dialog);
  g_assert_true (vd_test_wait_for (no_team_dialog, NULL));
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count (*) FROM teams WHERE name = '党员先锋队' "
                                              "AND founded_on = '2024-03-05'"), ==, 1);
  g_assert_cmpstr (stack_child (page), ==, "list");
  g_assert_cmpuint (g_list_model_get_n_items (shown_teams (page)), ==, 1);
  team = shown_team (page, 0);
  g_assert_cmpstr (team->name, ==, "党员先锋队");
  g_assert_cmpuint (team->member_count, ==, 0);
  g_assert_cmpuint (gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (shown_teams (page))), ==, 0);

  /* Two members found by the register's search, added with the picker. */
  detail = PAGE_CHILD (page, "detail");
  gtk_widget_activate_action (GTK_WIDGET (detail), "member.add", NULL);
  g_assert_true (vd_test_wait_for (picker_shown, NULL));
  picker = find_toplevel (VD_TYPE_VOLUNTEER_PICKER);
  vd_volunteer_picker_set_search (picker, "张伟");
  vd_volunteer_picker_toggle (picker, 0);
  vd_volunteer_picker_set_search (picker, "zzq");
  vd_volunteer_picker_toggle (picker, 0);
  g_assert_cmpuint (vd_volunteer_picker_get_picked (picker)->len, ==, 2);
  vd_volunteer_picker_accept (picker);
  vd_test_run_for (100);

  /* The count in the list follows. */
  team = shown_team (page, 0);
  g_assert_cmpuint (team->member_count, ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (vd_team_detail_get_members (detail)), ==, 2);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count (*) FROM team_members WHERE team_id = 1"), ==, 2);

  /* The second becomes the leader: the list shows them. */
  {
    g_autoptr(VdTeamMember) second = g_list_model_get_item (vd_team_detail_get_members (detail), 1);
    GtkColumnView *members = vd_test_child_of (detail, VD_TYPE_TEAM_DETAIL, "member_view");

    gtk_selection_model_select_item (gtk_column_view_get_model (members), 1, TRUE);
    gtk_widget_activate_action (GTK_WIDGET (detail), "member.set-role", "s", "leader");
    team = shown_team (page, 0);
    g_assert_cmpstr (team->leader_name, ==, second->name);
  }

  /* The leader's date of joining, changed in a small dialog that refuses the future. */
  {
    AdwMessageDialog *question;
    GtkEditable *entry;

    gtk_widget_activate_action (GTK_WIDGET (detail), "member.edit-joined", NULL);
    g_assert_true (vd_test_wait_for (message_shown, NULL));
    question = vd_test_find_message_dialog ();
    entry = g_object_get_data (G_OBJECT (question), "entry");
    gtk_editable_set_text (entry, "2999-12-31");
    g_assert_false (adw_message_dialog_get_response_enabled (question, "change"));
    gtk_editable_set_text (entry, "2023/6/1");
    g_assert_true (adw_message_dialog_get_response_enabled (question, "change"));
    adw_message_dialog_response (question, "change");
    gtk_window_destroy (GTK_WINDOW (question));
    g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count (*) FROM team_members "
                                                "WHERE role = 'leader' AND joined_on = '2023-06-01'"), ==, 1);
  }

  /* Removing one (Delete on the member list) lowers the count again. */
  gtk_widget_activate_action (GTK_WIDGET (detail), "member.remove", NULL);
  team = shown_team (page, 0);
  g_assert_cmpuint (team->member_count, ==, 1);
  g_assert_cmpstr (team->leader_name, ==, "");
}

static void
test_refused_delete_offers_archive (VdTestFixture *fx,
                                    gconstpointer  data)
{
  g_autoptr(VdTeam) team = vd_team_new ();
  VdTeamsPage *page;
  AdwMessageDialog *question;
  gint64 one = 1;

  vd_test_add_six_volunteers (fx->db);
  g_free (team->name);
  team->name = g_strdup ("环保卫士队");
  team->category_id = vd_test_query_int (fx->db, "SELECT id FROM categories WHERE domain = 'team' LIMIT 1");
  g_assert_true (vd_teams_insert (fx->db, team, NULL));
  g_assert_true (vd_teams_add_members (fx->db, team->id, &one, 1, NULL, NULL, NULL));

  page = show_page (fx->db);
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (shown_teams (page)), 0);
  gtk_widget_activate_action (GTK_WIDGET (page), "teams.delete", NULL);
  g_assert_true (vd_test_wait_for (message_shown, NULL));
  question = vd_test_find_message_dialog ();
  adw_message_dialog_response (question, "delete");
  gtk_window_destroy (GTK_WINDOW (question));

  /* Refused, with what keeps the team named, and archiving offered. */
  g_assert_true (vd_test_wait_for (message_shown, NULL));
  question = vd_test_find_message_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_body (question), ==,
                   "“环保卫士队” cannot be deleted: it still has 1 member. Archive it instead.");
  g_assert_true (adw_message_dialog_has_response (question, "archive"));
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count (*) FROM teams"), ==, 1);

  adw_message_dialog_response (question, "archive");
  gtk_window_destroy (GTK_WINDOW (question));
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count (*) FROM teams WHERE status = 'archived'"), ==, 1);
  /* Still in view, as archived. */
  g_assert_cmpuint (g_list_model_get_n_items (shown_teams (page)), ==, 1);
  g_assert_true (shown_team (page, 0)->archived);
}

/* A team's pane lists its commendations, as stations and volunteers do. */
static void
test_commendations_in_pane (VdTestFixture *fx,
                            gconstpointer  data)
{
  g_autoptr(VdTeam) team = vd_team_new ();
  VdTeamsPage *page;
  VdCommendationList *list;

  g_free (team->name);
  team->name = g_strdup ("环保卫士队");
  team->category_id = vd_test_query_int (fx->db, "SELECT id FROM categories WHERE domain = 'team' LIMIT 1");
  g_assert_true (vd_teams_insert (fx->db, team, NULL));
  g_assert_true (vd_database_exec (fx->db,
    "INSERT INTO commendations (title, level, awarded_on, issuer, team_id) "
    "VALUES ('区优秀志愿服务组织', 'district', '2025-03-05', '区文明办', 1)", NULL));

  page = show_page (fx->db);
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (shown_teams (page)), 0);
  list = vd_test_child_of (PAGE_CHILD (page, "detail"), VD_TYPE_TEAM_DETAIL, "commendations");
  g_assert_true (vd_test_wait_for (widget_visible, list));
  g_assert_cmpuint (vd_commendation_list_get_count (list), ==, 1);
}

int
main (int    argc,
      char **argv)
{
  vd_test_ui_init (&argc, &argv);

  VD_TEST_ADD ("/ui/teams/create-and-add-members", test_create_and_add_members);
  VD_TEST_ADD ("/ui/teams/refused-delete-offers-archive", test_refused_delete_offers_archive);
  VD_TEST_ADD ("/ui/teams/commendations-in-pane", test_commendations_in_pane);

  return g_test_run ();
}
