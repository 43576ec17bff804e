/* test-ui-volunteers.c — the Volunteers page under Xvfb: search, filters, SQL sorting,
 * the detail pane, delete and Undo, records that forbid a delete, transfers, empty
 * states and the export worker. Every test uses a real database in a temporary folder
 * and volunteers added through the core.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "vd-transfer-dialog.h"
#include "vd-volunteer-detail.h"
#include "vd-volunteer-dialog.h"
#include "vd-volunteer-export.h"
#include "vd-volunteer-filter-bar.h"
#include "vd-volunteer-table.h"
#include "vd-volunteers-page.h"

#include "vd-ui-test-utils.h"

/* Longer than the search entry's delay (150 ms) plus a query. */
#define SEARCH_MS 400

enum {
  COLUMN_NAME = 0,
  COLUMN_AGE = 2,
  COLUMN_HOURS = 10,
};

#define PAGE_CHILD(page, name) vd_test_child_of ((page), VD_TYPE_VOLUNTEERS_PAGE, (name))
#define DETAIL_CHILD(detail, name) vd_test_child_of ((detail), VD_TYPE_VOLUNTEER_DETAIL, (name))
#define TABLE_CHILD(page, name) \
  vd_test_child_of (PAGE_CHILD ((page), "table"), VD_TYPE_VOLUNTEER_TABLE, (name))
#define ROW_VALUE(detail, name) \
  adw_action_row_get_subtitle (DETAIL_CHILD ((detail), (name)))
#define DIALOG_CHILD(dialog, name) vd_test_child_of ((dialog), VD_TYPE_TRANSFER_DIALOG, (name))
#define FILTER_CHILD(page, name) \
  vd_test_child_of (PAGE_CHILD ((page), "filter_bar"), VD_TYPE_VOLUNTEER_FILTER_BAR, (name))

/* Ids 1–6; sorted by pinyin: 安然 欧阳娜娜 单丽 曾志强 张伟 张小伟. */
static void
fill_register (VdDatabase *db)
{
  g_autoptr(GError) error = NULL;

  vd_test_add_six_volunteers (db);

  g_assert_true (vd_database_exec (db,
    "INSERT INTO subdistricts (id, name) VALUES (1, '东城街道');"
    "INSERT INTO communities (id, subdistrict_id, name) VALUES "
    "  (1, 1, '幸福社区'), (2, 1, '和平社区');"
    "INSERT INTO stations (id, name, type, community_id, established_on) VALUES "
    "  (1, '幸福站', 'community', 1, '2020-01-01'),"
    "  (2, '和平站', 'community', 2, '2020-01-01');"
    "UPDATE volunteers SET station_id = 1, community_id = 1 WHERE id IN (1, 2);"
    "UPDATE volunteers SET station_id = 2, community_id = 2 WHERE id = 3;"
    "INSERT INTO teams (id, name, category_id) VALUES (1, '党员先锋队', 1);"
    "INSERT INTO team_members (team_id, volunteer_id, role, joined_on) "
    "  VALUES (1, 6, 'member', '2025-07-01');"
    "UPDATE volunteers SET political_status = 'party_member' WHERE id = 1;"
    "UPDATE volunteers SET status = 'inactive' WHERE id = 4;"
    /* 曾志强: 5 × 20 h = 100 h, one star, and records that keep him in the register */
    "INSERT INTO service_records (volunteer_id, service_date, minutes, status, reviewed_at) VALUES "
    "  (3, '2024-08-01', 1200, 'approved', '2024-08-02 10:00:00'),"
    "  (3, '2025-08-02', 1200, 'approved', '2025-08-02 10:00:00'),"
    "  (3, '2025-08-04', 1200, 'approved', '2025-08-05 10:00:00'),"
    "  (3, '2025-08-05', 1200, 'approved', '2025-08-06 10:00:00'),"
    "  (3, '2025-08-06', 1200, 'approved', '2025-08-07 10:00:00'),"
    "  (5, '2025-08-01', 60, 'approved', '2025-08-02 10:00:00');",
    &error));
  g_assert_no_error (error);
}

static VdVolunteersPage *
show_page (VdDatabase *db,
           VdWindow  **window_out)
{
  VdWindow *window = vd_test_show_window (db, 1200, 800);
  GtkStack *stack = vd_test_child_of (window, VD_TYPE_WINDOW, "section_stack");
  GtkWidget *page;

  g_assert_true (vd_window_set_section (window, "volunteers"));
  page = gtk_stack_get_visible_child (stack);
  g_assert_true (VD_IS_VOLUNTEERS_PAGE (page));
  g_assert_true (vd_test_wait_for (vd_test_is_mapped, page));

  *window_out = window;
  return VD_VOLUNTEERS_PAGE (page);
}

static VdVolunteerList *
page_list (VdVolunteersPage *page)
{
  GListModel *model = gtk_single_selection_get_model (TABLE_CHILD (page, "selection"));

  g_assert_true (VD_IS_VOLUNTEER_LIST (model));
  return VD_VOLUNTEER_LIST (model);
}

/* The names the page's view shows, in order. */
static char *
shown_names (VdVolunteersPage *page)
{
  GListModel *model = G_LIST_MODEL (TABLE_CHILD (page, "selection"));
  g_autoptr(GString) names = g_string_new (NULL);
  guint i;

  for (i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(VdVolunteer) v = g_list_model_get_item (model, i);

      g_string_append_printf (names, "%s%s", i > 0 ? " " : "", v->name);
    }
  return g_string_free (g_steal_pointer (&names), FALSE);
}

#define ASSERT_SHOWN(page, expected) \
  G_STMT_START { \
    g_autofree char *shown_ = shown_names (page); \
    g_assert_cmpstr (shown_, ==, expected); \
  } G_STMT_END

static gboolean
list_has_text (gpointer page)
{
  const VdVolunteerFilter *filter = vd_volunteer_list_get_filter (page_list (page));
  const char *typed = gtk_editable_get_text (GTK_EDITABLE (PAGE_CHILD (page, "search_entry")));

  return g_strcmp0 (filter->text != NULL ? filter->text : "", typed) == 0;
}

static void
search (VdVolunteersPage *page,
        const char       *text)
{
  gtk_editable_set_text (GTK_EDITABLE (PAGE_CHILD (page, "search_entry")), text);
  /* Past the entry's delay, until the list runs the query, however slow the machine. */
  vd_test_run_for (SEARCH_MS);
  g_assert_true (vd_test_wait_for (list_has_text, page));
  vd_test_run_for (20);
}

static const char *
count_text (VdVolunteersPage *page)
{
  return gtk_label_get_label (PAGE_CHILD (page, "count_label"));
}

static const char *
stack_page (VdVolunteersPage *page)
{
  return gtk_stack_get_visible_child_name (PAGE_CHILD (page, "view_stack"));
}

static void
select_name (VdVolunteersPage *page,
             const char       *name)
{
  GtkSingleSelection *selection = TABLE_CHILD (page, "selection");
  GListModel *model = G_LIST_MODEL (selection);
  guint i;

  for (i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(VdVolunteer) v = g_list_model_get_item (model, i);

      if (g_str_equal (v->name, name))
        {
          gtk_single_selection_set_selected (selection, i);
          return;
        }
    }
  g_assert_not_reached ();
}

static VdVolunteer *
selected (VdVolunteersPage *page)
{
  return gtk_single_selection_get_selected_item (TABLE_CHILD (page, "selection"));
}

static guint
index_of_string (GtkDropDown *drop_down,
                 const char  *text)
{
  GListModel *model = gtk_drop_down_get_model (drop_down);
  guint i;

  for (i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (model, i);

      if (g_str_equal (gtk_string_object_get_string (item), text))
        return i;
    }
  g_assert_not_reached ();
}

static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  GtkWidget *child;

  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;
  for (child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, label);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gpointer
find_toplevel (GType type)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();
  GList *l;

  for (l = toplevels; l != NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type))
      return l->data;
  return NULL;
}

static gboolean
has_message_dialog (gpointer data)
{
  return find_toplevel (ADW_TYPE_MESSAGE_DIALOG) != NULL;
}

static gboolean
no_message_dialog (gpointer data)
{
  return !has_message_dialog (data);
}

static void
test_search (VdTestFixture *fx,
             gconstpointer  data)
{
  VdWindow *window;
  VdVolunteersPage *page;

  fill_register (fx->db);
  page = show_page (fx->db, &window);

  ASSERT_SHOWN (page, "安然 欧阳娜娜 单丽 曾志强 张伟 张小伟");
  g_assert_cmpstr (count_text (page), ==, "6 volunteers");
  g_assert_cmpstr (stack_page (page), ==, "list");

  search (page, "张");
  ASSERT_SHOWN (page, "张伟 张小伟");
  g_assert_cmpstr (count_text (page), ==, "2 volunteers");

  search (page, "zw");
  ASSERT_SHOWN (page, "张伟");
  g_assert_cmpstr (count_text (page), ==, "1 volunteer");

  search (page, "zhang");
  ASSERT_SHOWN (page, "张伟 张小伟");

  /* Four digits of a phone number. */
  search (page, "5678");
  ASSERT_SHOWN (page, "安然 张小伟");

  search (page, "李");
  ASSERT_SHOWN (page, "");
  g_assert_cmpstr (count_text (page), ==, "0 volunteers");
  g_assert_cmpstr (stack_page (page), ==, "no-match");

  /* The status page's button clears everything at once. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "volunteers.clear-filters", NULL));
  g_assert_cmpstr (gtk_editable_get_text (PAGE_CHILD (page, "search_entry")), ==, "");
  g_assert_cmpstr (count_text (page), ==, "6 volunteers");
  g_assert_cmpstr (stack_page (page), ==, "list");

  /* Ctrl+F's action puts the focus in the search entry. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "volunteers.search", NULL));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)),
                                         PAGE_CHILD (page, "search_entry")));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
collect_cell_texts (GtkWidget *widget,
                    GString   *texts)
{
  GtkWidget *child;

  if (GTK_IS_INSCRIPTION (widget) && gtk_widget_get_mapped (widget))
    g_string_append_printf (texts, "|%s|", gtk_inscription_get_text (GTK_INSCRIPTION (widget)));
  for (child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_cell_texts (child, texts);
}

/* The text of every cell on screen, each between bars. */
static char *
cell_texts (VdVolunteersPage *page)
{
  g_autoptr(GString) texts = g_string_new (NULL);

  vd_test_run_for (100);
  collect_cell_texts (GTK_WIDGET (TABLE_CHILD (page, "column_view")), texts);
  return g_string_free (g_steal_pointer (&texts), FALSE);
}

/* A new result reuses the rows on screen (vd-volunteer-list.c): their cells must show
 * the new volunteers, and the selection stays with the volunteer, not the row. */
static void
test_cells_follow_search (VdTestFixture *fx,
                          gconstpointer  data)
{
  VdWindow *window;
  VdVolunteersPage *page;
  VdVolunteerTable *table;
  g_autofree char *texts = NULL;

  fill_register (fx->db);
  page = show_page (fx->db, &window);
  table = PAGE_CHILD (page, "table");

  texts = cell_texts (page);
  g_assert_nonnull (strstr (texts, "|安然|"));

  search (page, "张");
  g_clear_pointer (&texts, g_free);
  texts = cell_texts (page);
  g_assert_nonnull (strstr (texts, "|张伟|"));
  g_assert_nonnull (strstr (texts, "|张小伟|"));
  g_assert_null (strstr (texts, "|安然|"));
  g_assert_null (strstr (texts, "|欧阳娜娜|"));

  /* 张小伟 is second here and last with no search. */
  g_assert_true (vd_volunteer_table_select (table, vd_volunteer_list_get_id (page_list (page), 1)));
  g_assert_cmpstr (vd_volunteer_table_get_volunteer (table)->name, ==, "张小伟");
  search (page, "");
  g_clear_pointer (&texts, g_free);
  texts = cell_texts (page);
  g_assert_nonnull (strstr (texts, "|安然|"));
  g_assert_nonnull (strstr (texts, "|欧阳娜娜|"));
  g_assert_cmpstr (vd_volunteer_table_get_volunteer (table)->name, ==, "张小伟");
  g_assert_cmpuint (gtk_single_selection_get_selected (TABLE_CHILD (page, "selection")), ==, 5);

  search (page, "5678");
  ASSERT_SHOWN (page, "安然 张小伟");
  g_assert_cmpuint (gtk_single_selection_get_selected (TABLE_CHILD (page, "selection")), ==, 1);
  g_assert_cmpstr (vd_volunteer_table_get_volunteer (table)->name, ==, "张小伟");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_filters (VdTestFixture *fx,
              gconstpointer  data)
{
  VdWindow *window;
  VdVolunteersPage *page;
  GtkDropDown *station, *political, *status, *stars, *team;

  fill_register (fx->db);
  page = show_page (fx->db, &window);
  station = FILTER_CHILD (page, "station_filter");
  team = FILTER_CHILD (page, "team_filter");
  political = FILTER_CHILD (page, "political_filter");
  status = FILTER_CHILD (page, "status_filter");
  stars = FILTER_CHILD (page, "star_filter");

  /* Each drop-down starts with "All …" and lists the register's places. */
  g_assert_cmpuint (gtk_drop_down_get_selected (station), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (station)), ==, 3);

  gtk_drop_down_set_selected (station, index_of_string (station, "幸福站"));
  ASSERT_SHOWN (page, "张伟 张小伟");
  g_assert_cmpstr (count_text (page), ==, "2 volunteers");

  /* Filters and search combine. */
  search (page, "xiao");
  ASSERT_SHOWN (page, "张小伟");
  search (page, "");

  gtk_drop_down_set_selected (political, 1 + VD_POLITICAL_PARTY_MEMBER);
  ASSERT_SHOWN (page, "张伟");

  gtk_widget_activate_action (GTK_WIDGET (page), "volunteers.clear-filters", NULL);
  ASSERT_SHOWN (page, "安然 欧阳娜娜 单丽 曾志强 张伟 张小伟");

  gtk_drop_down_set_selected (team, index_of_string (team, "党员先锋队"));
  ASSERT_SHOWN (page, "安然");
  gtk_drop_down_set_selected (team, 0);

  gtk_drop_down_set_selected (status, 2);   /* Inactive */
  ASSERT_SHOWN (page, "单丽");
  gtk_drop_down_set_selected (status, 1);   /* Active */
  ASSERT_SHOWN (page, "安然 欧阳娜娜 曾志强 张伟 张小伟");
  gtk_drop_down_set_selected (status, 0);

  gtk_drop_down_set_selected (stars, 2);    /* 1 star: 100 h and more */
  ASSERT_SHOWN (page, "曾志强");
  g_assert_cmpstr (count_text (page), ==, "1 volunteer");
  gtk_drop_down_set_selected (stars, 1);    /* no star yet */
  ASSERT_SHOWN (page, "安然 欧阳娜娜 单丽 张伟 张小伟");

  gtk_window_destroy (GTK_WINDOW (window));
}

static char *
ids_of (VdVolunteerList *list)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree gint64 *ids = NULL;
  guint n, i;

  ids = vd_volunteer_list_dup_ids (list, &n);
  for (i = 0; i < n; i++)
    g_string_append_printf (text, "%s%" G_GINT64_FORMAT, i > 0 ? " " : "", ids[i]);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The page must show exactly what SQL orders for this sort. */
static void
assert_sorted_as_sql (VdVolunteersPage *page,
                      VdDatabase       *db,
                      VdVolunteerSort   sort,
                      gboolean          descending)
{
  g_autoptr(VdVolunteerList) expected = vd_volunteer_list_new (db);
  g_autoptr(GError) error = NULL;
  g_autofree char *want = NULL;
  g_autofree char *got = NULL;
  const VdVolunteerFilter *filter = vd_volunteer_list_get_filter (page_list (page));
  VdVolunteerFilter f;

  g_assert_cmpint (filter->sort, ==, sort);
  g_assert_cmpint (filter->descending, ==, descending);

  vd_volunteer_filter_init (&f);
  f.sort = sort;
  f.descending = descending;
  g_assert_true (vd_volunteer_list_set_filter (expected, &f, &error));
  want = ids_of (expected);
  got = ids_of (page_list (page));
  g_assert_cmpstr (got, ==, want);
}

static void
test_sort (VdTestFixture *fx,
           gconstpointer  data)
{
  VdWindow *window;
  VdVolunteersPage *page;
  GtkColumnView *view;
  GListModel *columns;
  g_autoptr(GtkColumnViewColumn) name = NULL;
  g_autoptr(GtkColumnViewColumn) age = NULL;
  g_autoptr(GtkColumnViewColumn) hours = NULL;

  fill_register (fx->db);
  page = show_page (fx->db, &window);
  view = TABLE_CHILD (page, "column_view");
  columns = gtk_column_view_get_columns (view);
  name = g_list_model_get_item (columns, COLUMN_NAME);
  age = g_list_model_get_item (columns, COLUMN_AGE);
  hours = g_list_model_get_item (columns, COLUMN_HOURS);
  g_assert_cmpstr (gtk_column_view_column_get_title (hours), ==, "Hours");

  /* The name column shows the register's own order at first. */
  assert_sorted_as_sql (page, fx->db, VD_VOLUNTEER_SORT_NAME, FALSE);

  gtk_column_view_sort_by_column (view, hours, GTK_SORT_DESCENDING);
  assert_sorted_as_sql (page, fx->db, VD_VOLUNTEER_SORT_HOURS, TRUE);
  /* Ties in the order of the register's ids, the same way. */
  ASSERT_SHOWN (page, "曾志强 欧阳娜娜 安然 单丽 张小伟 张伟");

  gtk_column_view_sort_by_column (view, age, GTK_SORT_ASCENDING);
  assert_sorted_as_sql (page, fx->db, VD_VOLUNTEER_SORT_AGE, FALSE);
  ASSERT_SHOWN (page, "欧阳娜娜 安然 张小伟 张伟 曾志强 单丽");

  gtk_column_view_sort_by_column (view, name, GTK_SORT_DESCENDING);
  assert_sorted_as_sql (page, fx->db, VD_VOLUNTEER_SORT_NAME, TRUE);
  ASSERT_SHOWN (page, "张小伟 张伟 曾志强 单丽 欧阳娜娜 安然");

  /* No sort column: the register's order again. */
  gtk_column_view_sort_by_column (view, NULL, GTK_SORT_ASCENDING);
  assert_sorted_as_sql (page, fx->db, VD_VOLUNTEER_SORT_NAME, FALSE);

  /* The sort stays with a search. */
  gtk_column_view_sort_by_column (view, name, GTK_SORT_DESCENDING);
  search (page, "张");
  ASSERT_SHOWN (page, "张小伟 张伟");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_detail (VdTestFixture *fx,
             gconstpointer  data)
{
  VdWindow *window;
  VdVolunteersPage *page;
  VdVolunteerDetail *detail;
  AdwFlap *flap;
  GtkToggleButton *reveal;
  g_autofree char *id = vd_test_make_id ("41010519850307123");
  g_autofree char *masked_id = vd_mask_id_number (id);

  fill_register (fx->db);
  page = show_page (fx->db, &window);
  detail = PAGE_CHILD (page, "detail");
  flap = PAGE_CHILD (page, "flap");
  reveal = DETAIL_CHILD (detail, "id_reveal_button");

  /* Nothing selected: no pane. */
  g_assert_false (adw_flap_get_reveal_flap (flap));
  gtk_widget_activate_action (GTK_WIDGET (page), "volunteers.delete", NULL);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count(*) FROM volunteers"), ==, 6);

  select_name (page, "张伟");
  g_assert_true (adw_flap_get_reveal_flap (flap));
  g_assert_cmpstr (gtk_label_get_label (DETAIL_CHILD (detail, "name_label")), ==, "张伟");
  g_assert_cmpstr (gtk_label_get_label (DETAIL_CHILD (detail, "number_label")), ==, "V00000001");

  /* Private numbers are masked until asked, and only for this volunteer. */
  g_assert_true (g_str_has_prefix (masked_id, "410105********"));
  g_assert_cmpuint (strlen (masked_id), ==, 18);
  g_assert_cmpstr (ROW_VALUE (detail, "id_number_row"), ==, masked_id);
  g_assert_cmpstr (ROW_VALUE (detail, "phone_row"), ==, "138****8000");
  gtk_toggle_button_set_active (reveal, TRUE);
  g_assert_cmpstr (ROW_VALUE (detail, "id_number_row"), ==, id);
  g_assert_cmpstr (ROW_VALUE (detail, "phone_row"), ==, "138****8000");

  g_assert_cmpstr (ROW_VALUE (detail, "station_row"), ==, "幸福站");
  g_assert_cmpstr (ROW_VALUE (detail, "political_row"), ==,
                   vd_political_get_label (VD_POLITICAL_PARTY_MEMBER));
  g_assert_cmpstr (ROW_VALUE (detail, "birth_row"), ==, "1985-03-07");

  /* The selection and the pane survive a new query that still holds the volunteer … */
  gtk_column_view_sort_by_column (TABLE_CHILD (page, "column_view"), NULL, GTK_SORT_ASCENDING);
  search (page, "伟");
  g_assert_nonnull (selected (page));
  g_assert_cmpstr (selected (page)->name, ==, "张伟");
  g_assert_true (adw_flap_get_reveal_flap (flap));

  /* … but not one that leaves them out. */
  search (page, "安");
  g_assert_null (selected (page));
  g_assert_false (adw_flap_get_reveal_flap (flap));
  search (page, "");

  /* Another volunteer starts masked again; hours, stars and years show. */
  select_name (page, "曾志强");
  g_assert_false (gtk_toggle_button_get_active (reveal));
  g_assert_cmpstr (ROW_VALUE (detail, "id_number_row"), !=,
                   vd_volunteer_detail_get_volunteer (detail)->id_number);
  g_assert_cmpstr (ROW_VALUE (detail, "hours_row"), ==, "100 hours");
  g_assert_nonnull (strstr (ROW_VALUE (detail, "stars_row"), "★"));
  g_assert_false (gtk_widget_get_visible (DETAIL_CHILD (detail, "transfers_group")));

  /* Closing the pane ends the selection. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "volunteers.close-detail", NULL));
  g_assert_null (selected (page));
  g_assert_false (adw_flap_get_reveal_flap (flap));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_delete_undo (VdTestFixture *fx,
                  gconstpointer  data)
{
  VdWindow *window;
  VdVolunteersPage *page;
  GtkWidget *undo;

  fill_register (fx->db);
  page = show_page (fx->db, &window);

  select_name (page, "单丽");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "volunteers.delete", NULL));
  ASSERT_SHOWN (page, "安然 欧阳娜娜 曾志强 张伟 张小伟");
  g_assert_cmpstr (count_text (page), ==, "5 volunteers");
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count(*) FROM volunteers"), ==, 5);
  /* The next row takes the removed one's place. */
  g_assert_cmpstr (selected (page)->name, ==, "曾志强");

  /* A second delete: its toast, shown first, brings the second back. */
  select_name (page, "安然");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "volunteers.delete", NULL));
  ASSERT_SHOWN (page, "欧阳娜娜 曾志强 张伟 张小伟");

  /* The first toast makes way for the second, which then is the only one. */
  vd_test_run_for (1000);
  undo = find_button (GTK_WIDGET (window), "_Undo");
  g_assert_nonnull (undo);
  g_assert_true (gtk_widget_get_visible (undo));
  g_signal_emit_by_name (undo, "clicked");
  vd_test_run_for (100);

  /* 安然 comes back, with the team. */
  ASSERT_SHOWN (page, "安然 欧阳娜娜 曾志强 张伟 张小伟");
  g_assert_cmpstr (selected (page)->name, ==, "安然");
  g_assert_cmpstr (selected (page)->teams, ==, "党员先锋队");
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count(*) FROM volunteers"), ==, 5);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_records_prevent_delete (VdTestFixture *fx,
                             gconstpointer  data)
{
  VdWindow *window;
  VdVolunteersPage *page;
  AdwMessageDialog *dialog;
  VdVolunteerDetail *detail;

  fill_register (fx->db);
  page = show_page (fx->db, &window);
  detail = PAGE_CHILD (page, "detail");

  select_name (page, "曾志强");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "volunteers.delete", NULL));
  g_assert_true (vd_test_wait_for (has_message_dialog, NULL));
  dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);

  /* Nothing was removed; the dialog explains and offers to mark them inactive. */
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count(*) FROM volunteers"), ==, 6);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "曾志强"));
  g_assert_true (adw_message_dialog_has_response (dialog, "deactivate"));
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "deactivate"));
  g_assert_true (adw_message_dialog_has_response (dialog, "cancel"));

  /* A click also closes the dialog; the response alone does not. */
  adw_message_dialog_response (dialog, "deactivate");
  gtk_window_destroy (GTK_WINDOW (dialog));
  vd_test_run_for (100);
  g_assert_cmpint (vd_test_query_int (fx->db,
                   "SELECT count(*) FROM volunteers WHERE id = 3 AND status = 'inactive'"), ==, 1);
  g_assert_cmpstr (selected (page)->name, ==, "曾志强");
  g_assert_false (selected (page)->active);
  g_assert_cmpstr (ROW_VALUE (detail, "status_row"), ==, "Inactive");
  g_assert_cmpstr (gtk_button_get_label (DETAIL_CHILD (detail, "active_button")), ==, "_Activate");

  /* The pane's button brings them back, and takes them out again. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "volunteers.toggle-active", NULL));
  g_assert_true (selected (page)->active);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "volunteers.toggle-active", NULL));
  g_assert_false (selected (page)->active);

  /* Already inactive: the dialog only explains. */
  g_assert_true (vd_test_wait_for (no_message_dialog, NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "volunteers.delete", NULL));
  g_assert_true (vd_test_wait_for (has_message_dialog, NULL));
  dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_false (adw_message_dialog_has_response (dialog, "deactivate"));
  g_assert_true (adw_message_dialog_has_response (dialog, "close"));
  adw_message_dialog_response (dialog, "close");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count(*) FROM volunteers"), ==, 6);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_transfer (VdTestFixture *fx,
               gconstpointer  data)
{
  VdWindow *window;
  VdVolunteersPage *page;
  VdVolunteerDetail *detail;
  VdTransferDialog *dialog;
  AdwComboRow *station;

  fill_register (fx->db);
  page = show_page (fx->db, &window);
  detail = PAGE_CHILD (page, "detail");

  select_name (page, "张伟");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "volunteers.transfer", NULL));
  dialog = find_toplevel (VD_TYPE_TRANSFER_DIALOG);
  g_assert_nonnull (dialog);
  station = DIALOG_CHILD (dialog, "station_row");

  /* Nothing chosen: the message sits on the station row; nothing moved. */
  g_signal_emit_by_name (DIALOG_CHILD (dialog, "transfer_button"), "clicked");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (station), "invalid"));
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count(*) FROM volunteer_transfers"), ==, 0);

  /* A wrong date shows next to the date. */
  adw_combo_row_set_selected (station, 1);   /* 和平站: the current one is left out */
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (station), "invalid"));
  gtk_editable_set_text (DIALOG_CHILD (dialog, "date_row"), "2025-02-30");
  g_assert_true (gtk_widget_get_visible (DIALOG_CHILD (dialog, "date_error")));
  g_signal_emit_by_name (DIALOG_CHILD (dialog, "transfer_button"), "clicked");
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count(*) FROM volunteer_transfers"), ==, 0);

  gtk_editable_set_text (DIALOG_CHILD (dialog, "date_row"), "2025-09-01");
  g_assert_false (gtk_widget_get_visible (DIALOG_CHILD (dialog, "date_error")));
  gtk_editable_set_text (DIALOG_CHILD (dialog, "reason_row"), "搬家");
  g_signal_emit_by_name (DIALOG_CHILD (dialog, "transfer_button"), "clicked");
  vd_test_run_for (100);

  g_assert_null (find_toplevel (VD_TYPE_TRANSFER_DIALOG));
  g_assert_cmpint (vd_test_query_int (fx->db,
                   "SELECT count(*) FROM volunteer_transfers WHERE volunteer_id = 1 "
                   "AND from_station_id = 1 AND to_station_id = 2 "
                   "AND transferred_on = '2025-09-01'"),
                   ==, 1);
  g_assert_cmpstr (selected (page)->name, ==, "张伟");
  g_assert_cmpstr (ROW_VALUE (detail, "station_row"), ==, "和平站");
  g_assert_true (gtk_widget_get_visible (DETAIL_CHILD (detail, "transfers_group")));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The form's "open-volunteer" (a duplicate ID number) and "saved" show that volunteer,
 * leaving the search if it hides them. */
static void
test_open_volunteer (VdTestFixture *fx,
                     gconstpointer  data)
{
  VdWindow *window;
  VdVolunteersPage *page;
  GtkWidget *dialog;

  fill_register (fx->db);
  page = show_page (fx->db, &window);

  search (page, "张");
  ASSERT_SHOWN (page, "张伟 张小伟");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "volunteers.add", NULL));
  dialog = find_toplevel (VD_TYPE_VOLUNTEER_DIALOG);
  g_assert_nonnull (dialog);

  /* 张小伟 is shown: the search stays. */
  g_signal_emit_by_name (dialog, "open-volunteer", (gint64) 2);
  g_assert_cmpstr (selected (page)->name, ==, "张小伟");
  g_assert_cmpstr (gtk_editable_get_text (PAGE_CHILD (page, "search_entry")), ==, "张");

  /* 安然 is not: the search goes. */
  g_signal_emit_by_name (dialog, "saved", (gint64) 6);
  g_assert_cmpstr (selected (page)->name, ==, "安然");
  g_assert_cmpstr (gtk_editable_get_text (PAGE_CHILD (page, "search_entry")), ==, "");
  ASSERT_SHOWN (page, "安然 欧阳娜娜 单丽 曾志强 张伟 张小伟");
  g_assert_true (adw_flap_get_reveal_flap (PAGE_CHILD (page, "flap")));

  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_empty (VdTestFixture *fx,
            gconstpointer  data)
{
  VdWindow *window;
  VdVolunteersPage *page;

  page = show_page (fx->db, &window);
  g_assert_cmpstr (stack_page (page), ==, "empty");
  g_assert_false (gtk_widget_get_visible (PAGE_CHILD (page, "toolbar")));
  /* Nothing to export: no question is asked. */
  gtk_widget_activate_action (GTK_WIDGET (page), "volunteers.export", NULL);
  vd_test_run_for (50);
  g_assert_null (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));

  /* A change elsewhere (an import) reaches the page through "reloaded". */
  vd_test_add_volunteer (fx->db, "张伟", "41010519850307123", "13800138000");
  vd_database_emit_reloaded (fx->db);
  vd_test_run_for (50);
  g_assert_cmpstr (stack_page (page), ==, "list");
  g_assert_true (gtk_widget_get_visible (PAGE_CHILD (page, "toolbar")));
  g_assert_cmpstr (count_text (page), ==, "1 volunteer");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
on_exported_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static gboolean
is_set (gpointer data)
{
  return *(gpointer *) data != NULL;
}

static void
test_export_worker (VdTestFixture *fx,
                    gconstpointer  data)
{
  g_autoptr(VdVolunteerList) list = vd_volunteer_list_new (fx->db);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fx->dir, "out.csv", NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  VdVolunteerFilter filter;
  g_autofree gint64 *ids = NULL;
  guint n = 0;

  fill_register (fx->db);
  vd_volunteer_filter_init (&filter);
  filter.text = g_strdup ("张");
  g_assert_true (vd_volunteer_list_set_filter (list, &filter, &error));
  vd_volunteer_filter_clear (&filter);
  ids = vd_volunteer_list_dup_ids (list, &n);
  g_assert_cmpuint (n, ==, 2);

  vd_volunteer_export_write_async (fx->db, ids, n, path, FALSE, NULL, on_exported_cb, &result);
  g_assert_true (vd_test_wait_for (is_set, &result));
  g_assert_true (vd_volunteer_export_write_finish (result, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 2);

  /* A header and the two volunteers shown, masked. */
  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  lines = g_strsplit (g_strstrip (contents), "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 3);
  g_assert_nonnull (strstr (lines[1], "张伟"));
  g_assert_nonnull (strstr (lines[1], "138****8000"));
  g_assert_null (strstr (contents, "13800138000"));
  g_assert_nonnull (strstr (lines[2], "张小伟"));
}

int
main (int   argc,
      char *argv[])
{
  vd_test_ui_init (&argc, &argv);

  VD_TEST_ADD ("/ui/volunteers/search", test_search);
  VD_TEST_ADD ("/ui/volunteers/cells-follow-search", test_cells_follow_search);
  VD_TEST_ADD ("/ui/volunteers/filters", test_filters);
  VD_TEST_ADD ("/ui/volunteers/sort", test_sort);
  VD_TEST_ADD ("/ui/volunteers/detail", test_detail);
  VD_TEST_ADD ("/ui/volunteers/delete-undo", test_delete_undo);
  VD_TEST_ADD ("/ui/volunteers/records-prevent-delete", test_records_prevent_delete);
  VD_TEST_ADD ("/ui/volunteers/transfer", test_transfer);
  VD_TEST_ADD ("/ui/volunteers/open-volunteer", test_open_volunteer);
  VD_TEST_ADD ("/ui/volunteers/empty", test_empty);
  VD_TEST_ADD ("/ui/volunteers/export-worker", test_export_worker);

  return g_test_run ();
}
