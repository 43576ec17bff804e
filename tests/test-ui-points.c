/* test-ui-points.c — the points and micro-wish pages under Xvfb: an exchange lowers
 * the balance and the stock and shows the pickup code; one beyond the balance is
 * refused with the message next to the total and changes nothing; a wish moves
 * through its states on the board, which offers only the legal actions.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "vd-exchange-dialog.h"
#include "vd-points-page.h"
#include "vd-record-item.h"
#include "vd-volunteer-points-section.h"
#include "vd-wish-card.h"
#include "vd-wishes-page.h"

#include "vd-ui-test-utils.h"

#define DIALOG_CHILD(d, name) vd_test_child_of ((d), VD_TYPE_EXCHANGE_DIALOG, (name))

/* A window showing page, which takes db. */
static GtkWidget *
show_page (GType       type,
           VdDatabase *db)
{
  GtkWidget *window = adw_window_new ();
  GtkWidget *page = g_object_new (type, "database", db, NULL);

  adw_window_set_content (ADW_WINDOW (window), page);
  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 800);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (vd_test_wait_for (vd_test_is_mapped, page));
  return page;
}

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

static gint64
catalogue_stock (VdPointsPage *page)
{
  GListModel *model = vd_points_page_get_catalogue (page);
  g_autoptr(VdRecordItem) row = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  row = g_list_model_get_item (model, 0);
  return ((VdExchangeItem *)vd_record_item_get (row))->stock;
}

static gint64
balance_of (VdDatabase *db,
            gint64      id)
{
  gint64 centi = -1;

  g_assert_true (vd_points_get_balance (db, id, &centi, NULL));
  return centi;
}

static void
test_exchange (VdTestFixture *fx,
               gconstpointer  data)
{
  g_autoptr(VdExchangeItem) item = vd_exchange_item_new ();
  g_autoptr(GError) error = NULL;
  VdPointsPage *page;
  VdExchangeDialog *dialog;
  gint64 volunteer;
  const char *text;

  volunteer = vd_test_add_volunteer (fx->db, "张伟", "41010519850307123", "13800138000");
  g_assert_cmpint (vd_points_adjust (fx->db, volunteer, 5000, "年度积分", &error), >, 0);
  g_free (item->name);
  item->name = g_strdup ("保温杯");
  item->price_centi = 3000;
  item->stock = 2;
  g_assert_true (vd_points_save_item (fx->db, item, &error));

  page = VD_POINTS_PAGE (show_page (VD_TYPE_POINTS_PAGE, fx->db));
  g_assert_cmpint (catalogue_stock (page), ==, 2);

  /* exchange one: the dialog shows the balance and the total, then the code */
  gtk_widget_activate_action (GTK_WIDGET (page), "points.exchange", NULL);
  dialog = find_toplevel (VD_TYPE_EXCHANGE_DIALOG);
  g_assert_nonnull (dialog);
  vd_exchange_dialog_set_volunteer (dialog, volunteer);
  text = adw_action_row_get_subtitle (DIALOG_CHILD (dialog, "balance_row"));
  g_assert_nonnull (strstr (text, "50"));
  text = adw_action_row_get_subtitle (DIALOG_CHILD (dialog, "total_row"));
  g_assert_nonnull (strstr (text, "30"));
  g_assert_nonnull (strstr (text, "20"));   /* left after the exchange */
  g_signal_emit_by_name (DIALOG_CHILD (dialog, "exchange_button"), "clicked");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (DIALOG_CHILD (dialog, "stack")), ==, "done");
  text = gtk_label_get_label (DIALOG_CHILD (dialog, "code_label"));
  g_assert_cmpuint (strlen (text), ==, VD_PICKUP_CODE_LENGTH);
  g_assert_nonnull (strstr (adw_status_page_get_description (DIALOG_CHILD (dialog, "done_page")), "20"));

  /* the page shows the stock, the register's pane the new balance and the spend row */
  g_assert_cmpint (catalogue_stock (page), ==, 1);
  g_assert_cmpint (balance_of (fx->db, volunteer), ==, 2000);
  {
    GtkWidget *section = g_object_ref_sink (g_object_new (VD_TYPE_VOLUNTEER_POINTS_SECTION, NULL));
    AdwActionRow *balance_row = vd_test_child_of (section, VD_TYPE_VOLUNTEER_POINTS_SECTION, "balance_row");
    GtkWidget *next;

    vd_volunteer_points_section_show (VD_VOLUNTEER_POINTS_SECTION (section), fx->db, volunteer);
    g_assert_cmpstr (adw_action_row_get_subtitle (balance_row), ==, "20 points");
    /* the latest row follows the balance: the exchange, 30 points out */
    next = gtk_widget_get_next_sibling (GTK_WIDGET (balance_row));
    g_assert_true (ADW_IS_ACTION_ROW (next));
    g_assert_nonnull (strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (next)), "保温杯"));
    g_object_unref (section);
  }
  gtk_window_destroy (GTK_WINDOW (dialog));
  vd_test_run_for (50);

  /* 20 points left, the thermos costs 30: refused next to the total, nothing changes */
  gtk_widget_activate_action (GTK_WIDGET (page), "points.exchange", NULL);
  dialog = find_toplevel (VD_TYPE_EXCHANGE_DIALOG);
  vd_exchange_dialog_set_volunteer (dialog, volunteer);
  g_assert_true (gtk_widget_has_css_class (DIALOG_CHILD (dialog, "total_row"), "invalid"));
  g_signal_emit_by_name (DIALOG_CHILD (dialog, "exchange_button"), "clicked");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (DIALOG_CHILD (dialog, "stack")), ==, "form");
  text = adw_action_row_get_subtitle (DIALOG_CHILD (dialog, "total_row"));
  g_assert_nonnull (strstr (text, "张伟"));
  g_assert_nonnull (strstr (text, "20"));
  g_assert_nonnull (strstr (text, "30"));
  g_assert_true (gtk_widget_has_css_class (DIALOG_CHILD (dialog, "total_row"), "invalid"));
  g_assert_cmpint (catalogue_stock (page), ==, 1);
  g_assert_cmpint (balance_of (fx->db, volunteer), ==, 2000);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count(*) FROM exchanges"), ==, 1);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count(*) FROM points_ledger"), ==, 2);

  /* two would also exceed the stock: the quantity says so */
  gtk_spin_button_set_value (DIALOG_CHILD (dialog, "quantity_spin"), 2);
  g_assert_true (gtk_widget_has_css_class (DIALOG_CHILD (dialog, "quantity_row"), "invalid"));
  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (page))));
}

static VdWishStatus
column_of (VdWishesPage *page,
           gint64        id)
{
  VdWishStatus status = VD_N_WISH_STATUS;

  g_assert_nonnull (vd_wishes_page_find_card (page, id, &status));
  return status;
}

/* The action names of a card's buttons, space separated. */
static char *
card_actions (VdWishesPage *page,
              gint64        id)
{
  GtkWidget *card = vd_wishes_page_find_card (page, id, NULL);
  GtkWidget *box = vd_test_child_of (card, VD_TYPE_WISH_CARD, "actions_box");
  g_autoptr(GString) names = g_string_new (NULL);

  for (GtkWidget *b = gtk_widget_get_first_child (box); b != NULL; b = gtk_widget_get_next_sibling (b))
    g_string_append_printf (names, "%s%s", names->len > 0 ? " " : "",
                            gtk_actionable_get_action_name (GTK_ACTIONABLE (b)));
  return g_string_free (g_steal_pointer (&names), FALSE);
}

/* Answers the message dialog on screen that offers response (the one answered before
 * may still be closing). */
static AdwMessageDialog *
find_dialog_with (const char *response)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  AdwMessageDialog *dialog = NULL;

  for (guint i = 0; dialog == NULL && i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)) &&
          adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (window), response))
        dialog = ADW_MESSAGE_DIALOG (window);
    }
  g_assert_nonnull (dialog);
  return dialog;
}

static void
respond (const char *response)
{
  AdwMessageDialog *dialog = find_dialog_with (response);

  adw_message_dialog_response (dialog, response);
  vd_test_run_for (100);
}

static void
test_wish_board (VdTestFixture *fx,
                 gconstpointer  data)
{
  g_autoptr(VdWish) wish = vd_wish_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *actions = NULL;
  VdWishesPage *page;

  g_assert_true (vd_database_exec (fx->db,
    "INSERT INTO subdistricts (id, name) VALUES (1, '城关街道');"
    "INSERT INTO communities (id, subdistrict_id, name) VALUES (1, 1, '东风社区');"
    "INSERT INTO teams (id, name, category_id) VALUES (1, '党员先锋队', (SELECT id FROM categories WHERE party = 1));",
    &error));
  g_free (wish->content);
  wish->content = g_strdup ("为独居老人配一台收音机");
  g_free (wish->requester_name);
  wish->requester_name = g_strdup ("王桂兰");
  g_free (wish->requester_phone);
  wish->requester_phone = g_strdup ("13812345678");
  wish->community_id = 1;
  g_assert_true (vd_wishes_save (fx->db, wish, NULL, &error));

  page = VD_WISHES_PAGE (show_page (VD_TYPE_WISHES_PAGE, fx->db));
  g_assert_cmpint (column_of (page, wish->id), ==, VD_WISH_COLLECTED);
  actions = card_actions (page, wish->id);
  g_assert_cmpstr (actions, ==, "wishes.approve wishes.reject wishes.edit");
  g_clear_pointer (&actions, g_free);

  gtk_widget_activate_action (GTK_WIDGET (page), "wishes.approve", "x", wish->id);
  g_assert_cmpint (column_of (page, wish->id), ==, VD_WISH_APPROVED);
  actions = card_actions (page, wish->id);
  g_assert_cmpstr (actions, ==, "wishes.publish wishes.edit");
  g_clear_pointer (&actions, g_free);

  gtk_widget_activate_action (GTK_WIDGET (page), "wishes.publish", "x", wish->id);
  g_assert_cmpint (column_of (page, wish->id), ==, VD_WISH_PUBLISHED);

  /* claimed by a team, chosen in two dialogs */
  gtk_widget_activate_action (GTK_WIDGET (page), "wishes.claim", "x", wish->id);
  respond ("team");
  respond ("claim");
  g_assert_cmpint (column_of (page, wish->id), ==, VD_WISH_CLAIMED);
  actions = card_actions (page, wish->id);
  g_assert_cmpstr (actions, ==, "wishes.release wishes.fulfil wishes.edit");
  g_clear_pointer (&actions, g_free);

  gtk_widget_activate_action (GTK_WIDGET (page), "wishes.fulfil", "x", wish->id);
  respond ("fulfil");
  g_assert_cmpint (column_of (page, wish->id), ==, VD_WISH_FULFILLED);
  actions = card_actions (page, wish->id);
  g_assert_cmpstr (actions, ==, "wishes.edit");
  g_clear_pointer (&actions, g_free);

  /* an illegal step (from elsewhere) is refused with the core's message */
  gtk_widget_activate_action (GTK_WIDGET (page), "wishes.approve", "x", wish->id);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (find_dialog_with ("close")), "approved"));
  respond ("close");
  g_assert_cmpint (column_of (page, wish->id), ==, VD_WISH_FULFILLED);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count(*) FROM wishes WHERE status = 'fulfilled' "
                                              "AND claimed_by_team_id = 1"), ==, 1);
  gtk_window_destroy (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (page))));
}

int
main (int    argc,
      char **argv)
{
  vd_test_ui_init (&argc, &argv);

  VD_TEST_ADD ("/ui/points/exchange", test_exchange);
  VD_TEST_ADD ("/ui/wishes/board", test_wish_board);

  return g_test_run ();
}
