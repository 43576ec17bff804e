/* test-points.c — balances, adjustments, the catalogue, exchanges and pickup codes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "vd-test-utils.h"
#include "vd-points.h"

/* Two volunteers (ids 1, 2) and a catalogue of a thermos (30 points, 2 in stock) and a
 * umbrella (12.5 points, 10 in stock). */
static void
add_fixture (VdTestFixture *fx,
             gint64        *thermos,
             gint64        *umbrella)
{
  g_autoptr(VdExchangeItem) a = vd_exchange_item_new ();
  g_autoptr(VdExchangeItem) b = vd_exchange_item_new ();
  g_autoptr(GError) error = NULL;

  vd_test_add_volunteer (fx->db, "张伟", "41010519850307123", "13800138000");
  vd_test_add_volunteer (fx->db, "李娜", "41010519900101002", NULL);

  g_free (a->name);
  a->name = g_strdup ("  保温杯 ");
  a->price_centi = 3000;
  a->stock = 2;
  g_assert_true (vd_points_save_item (fx->db, a, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (a->name, ==, "保温杯");
  g_free (b->name);
  b->name = g_strdup ("雨伞");
  b->price_centi = 1250;
  b->stock = 10;
  g_assert_true (vd_points_save_item (fx->db, b, &error));
  g_assert_no_error (error);
  *thermos = a->id;
  *umbrella = b->id;
}

static gint64
balance_of (VdDatabase *db,
            gint64      volunteer_id)
{
  g_autoptr(GError) error = NULL;
  gint64 centi = -1;

  g_assert_true (vd_points_get_balance (db, volunteer_id, &centi, &error));
  g_assert_no_error (error);
  return centi;
}

static gint64
stock_of (VdDatabase *db,
          gint64      item_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VdExchangeItem) item = vd_points_get_item (db, item_id, &error);

  g_assert_no_error (error);
  return item->stock;
}

/* Everything an exchange writes, to check that a refused one wrote nothing. */
static char *
snapshot (VdDatabase *db)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT "/%" G_GINT64_FORMAT "/%" G_GINT64_FORMAT "/%" G_GINT64_FORMAT,
                          vd_test_query_int (db, "SELECT count(*) FROM points_ledger"),
                          vd_test_query_int (db, "SELECT count(*) FROM exchanges"),
                          vd_test_query_int (db, "SELECT total(stock) FROM exchange_items"),
                          vd_test_query_int (db, "SELECT count(*) FROM audit_log"));
}

static void
test_format_parse (void)
{
  struct { gint64 centi; const char *text; } formats[] = {
    { 0, "0" }, { 100, "1" }, { 1250, "12.5" }, { 1205, "12.05" }, { -325, "-3.25" },
    { 100000000, "1000000" },
  };
  struct { const char *text; gint64 centi; } parses[] = {
    { "12", 1200 }, { "12.5", 1250 }, { "12.50", 1250 }, { " 0.05 ", 5 }, { "１２．５", 1250 },
    { "1,000", 100000 }, { "+3", 300 },
  };
  const char *bad[] = { "", "abc", "1.234", "1.2.3", ".", "12x", "1000001" };

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autofree char *text = vd_points_format (formats[i].centi);
      g_assert_cmpstr (text, ==, formats[i].text);
    }
  for (guint i = 0; i < G_N_ELEMENTS (parses); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 centi = 0;

      g_assert_true (vd_points_parse (parses[i].text, FALSE, &centi, &error));
      g_assert_no_error (error);
      g_assert_cmpint (centi, ==, parses[i].centi);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 centi = 0;

      g_assert_false (vd_points_parse (bad[i], TRUE, &centi, &error));
      g_assert_error (error, VD_POINTS_ERROR, VD_POINTS_ERROR_AMOUNT);
    }
  {
    g_autoptr(GError) error = NULL;
    gint64 centi = 0;

    g_assert_false (vd_points_parse ("-5", FALSE, &centi, &error));
    g_assert_error (error, VD_POINTS_ERROR, VD_POINTS_ERROR_AMOUNT);
    g_clear_error (&error);
    g_assert_true (vd_points_parse ("-5", TRUE, &centi, &error));
    g_assert_cmpint (centi, ==, -500);
  }
}

static void
test_adjust (VdTestFixture *fx,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 thermos, umbrella;

  add_fixture (fx, &thermos, &umbrella);
  g_assert_cmpint (balance_of (fx->db, 1), ==, 0);

  g_assert_cmpint (vd_points_adjust (fx->db, 1, 5000, " 年终奖励 ", &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (balance_of (fx->db, 1), ==, 5000);
  g_assert_cmpint (balance_of (fx->db, 2), ==, 0);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count(*) FROM points_ledger WHERE kind = 'adjust' "
                                              "AND reason = '年终奖励' AND amount_centi = 5000"), ==, 1);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count(*) FROM audit_log WHERE entity = 'points_ledger' "
                                              "AND action = 'adjust' AND after_json ->> '$.amount_centi' = 5000"), ==, 1);

  /* refused, each with its field, and nothing written */
  before = snapshot (fx->db);
  g_assert_cmpint (vd_points_adjust (fx->db, 1, 0, "零", &error), ==, 0);
  g_assert_error (error, VD_POINTS_ERROR, VD_POINTS_ERROR_AMOUNT);
  g_clear_error (&error);
  g_assert_cmpint (vd_points_adjust (fx->db, 1, 100, "   ", &error), ==, 0);
  g_assert_error (error, VD_POINTS_ERROR, VD_POINTS_ERROR_REASON);
  g_clear_error (&error);
  g_assert_cmpint (vd_points_adjust (fx->db, 1, -5001, "扣除", &error), ==, 0);
  g_assert_error (error, VD_POINTS_ERROR, VD_POINTS_ERROR_BALANCE);
  g_assert_nonnull (strstr (error->message, "50"));
  g_clear_error (&error);
  g_assert_cmpint (vd_points_adjust (fx->db, 99, 100, "无此人", &error), ==, 0);
  g_assert_error (error, VD_POINTS_ERROR, VD_POINTS_ERROR_VOLUNTEER);
  g_clear_error (&error);
  after = snapshot (fx->db);
  g_assert_cmpstr (before, ==, after);

  /* a deduction down to exactly zero is fine */
  g_assert_cmpint (vd_points_adjust (fx->db, 1, -5000, "更正", &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (balance_of (fx->db, 1), ==, 0);
}

static void
test_catalogue (VdTestFixture *fx,
                gconstpointer  data)
{
  g_autoptr(VdExchangeItem) item = vd_exchange_item_new ();
  g_autoptr(VdExchangeItem) stored = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;
  gint64 thermos, umbrella;

  add_fixture (fx, &thermos, &umbrella);

  /* bad items */
  g_assert_false (vd_points_save_item (fx->db, item, &error));
  g_assert_error (error, VD_POINTS_ERROR, VD_POINTS_ERROR_NAME);
  g_clear_error (&error);
  g_free (item->name);
  item->name = g_strdup ("雨伞");
  item->price_centi = 100;
  g_assert_false (vd_points_save_item (fx->db, item, &error));
  g_assert_error (error, VD_POINTS_ERROR, VD_POINTS_ERROR_NAME);   /* taken */
  g_assert_nonnull (strstr (error->message, "雨伞"));
  g_clear_error (&error);
  g_free (item->name);
  item->name = g_strdup ("环保袋");
  item->price_centi = 0;
  g_assert_false (vd_points_save_item (fx->db, item, &error));
  g_assert_error (error, VD_POINTS_ERROR, VD_POINTS_ERROR_PRICE);
  g_clear_error (&error);
  item->price_centi = 500;
  item->stock = -1;
  g_assert_false (vd_points_save_item (fx->db, item, &error));
  g_assert_error (error, VD_POINTS_ERROR, VD_POINTS_ERROR_STOCK);
  g_clear_error (&error);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count(*) FROM exchange_items"), ==, 2);

  /* edit, restock, archive */
  stored = vd_points_get_item (fx->db, umbrella, &error);
  g_assert_no_error (error);
  g_free (stored->description);
  stored->description = g_strdup ("折叠伞，红色");
  stored->price_centi = 1500;
  g_assert_true (vd_points_save_item (fx->db, stored, &error));
  g_assert_no_error (error);
  g_assert_true (vd_points_restock (fx->db, umbrella, 5, &error));
  g_assert_no_error (error);
  g_assert_cmpint (stock_of (fx->db, umbrella), ==, 15);
  g_assert_false (vd_points_restock (fx->db, umbrella, 0, &error));
  g_assert_error (error, VD_POINTS_ERROR, VD_POINTS_ERROR_STOCK);
  g_clear_error (&error);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count(*) FROM audit_log WHERE entity = 'exchange_items' "
                                              "AND action = 'restock' AND before_json ->> '$.stock' = 10 "
                                              "AND after_json ->> '$.stock' = 15"), ==, 1);

  g_assert_true (vd_points_set_archived (fx->db, thermos, TRUE, &error));
  g_assert_no_error (error);
  items = vd_points_list_items (fx->db, FALSE, &error);
  g_assert_cmpuint (items->len, ==, 1);
  g_assert_cmpstr (((VdExchangeItem *)items->pdata[0])->description, ==, "折叠伞，红色");
  g_clear_pointer (&items, g_ptr_array_unref);
  items = vd_points_list_items (fx->db, TRUE, &error);
  g_assert_cmpuint (items->len, ==, 2);
}

static void
test_exchange (VdTestFixture *fx,
               gconstpointer  data)
{
  g_autoptr(VdExchange) x = NULL;
  g_autoptr(GPtrArray) ledger = NULL;
  g_autoptr(GError) error = NULL;
  gint64 thermos, umbrella;
  VdLedgerRow *row;

  add_fixture (fx, &thermos, &umbrella);
  g_assert_cmpint (vd_points_adjust (fx->db, 1, 10000, "初始积分", &error), >, 0);

  x = vd_points_exchange (fx->db, 1, thermos, 2, &error);
  g_assert_no_error (error);
  g_assert_nonnull (x);
  g_assert_cmpint (x->points_centi, ==, 6000);
  g_assert_cmpint (x->quantity, ==, 2);
  g_assert_cmpstr (x->item_name, ==, "保温杯");
  g_assert_cmpstr (x->volunteer_name, ==, "张伟");
  g_assert_cmpint (x->status, ==, VD_EXCHANGE_AWAITING);
  g_assert_cmpuint (strlen (x->pickup_code), ==, VD_PICKUP_CODE_LENGTH);
  g_assert_cmpuint (strspn (x->pickup_code, VD_PICKUP_CODE_ALPHABET), ==, VD_PICKUP_CODE_LENGTH);
  g_assert_cmpint (balance_of (fx->db, 1), ==, 4000);
  g_assert_cmpint (stock_of (fx->db, thermos), ==, 0);

  /* the spend row points at the exchange; the ledger shows the running balance */
  ledger = vd_points_list_ledger (fx->db, 1, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ledger->len, ==, 2);
  row = ledger->pdata[0];
  g_assert_cmpint (row->kind, ==, VD_LEDGER_SPEND);
  g_assert_cmpint (row->amount_centi, ==, -6000);
  g_assert_cmpint (row->balance_centi, ==, 4000);
  g_assert_cmpint (row->exchange_id, ==, x->id);
  g_assert_nonnull (strstr (row->link, x->pickup_code));
  g_assert_nonnull (strstr (row->link, "保温杯"));
  row = ledger->pdata[1];
  g_assert_cmpint (row->kind, ==, VD_LEDGER_ADJUST);
  g_assert_cmpint (row->balance_centi, ==, 10000);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count(*) FROM audit_log WHERE entity = 'exchanges' "
                                              "AND action = 'insert'"), ==, 1);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count(*) FROM audit_log WHERE entity = 'exchange_items' "
                                              "AND action = 'exchange'"), ==, 1);

  /* a limit gives the newest rows */
  g_clear_pointer (&ledger, g_ptr_array_unref);
  ledger = vd_points_list_ledger (fx->db, 1, 1, &error);
  g_assert_cmpuint (ledger->len, ==, 1);
  g_assert_cmpint (((VdLedgerRow *)ledger->pdata[0])->kind, ==, VD_LEDGER_SPEND);
}

/* Stock and balance never go below zero: a refused exchange says why and writes
 * nothing. */
static void
test_exchange_refused (VdTestFixture *fx,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 thermos, umbrella;
  VdExchange *x;

  add_fixture (fx, &thermos, &umbrella);
  g_assert_cmpint (vd_points_adjust (fx->db, 1, 5000, "初始积分", &error), >, 0);
  before = snapshot (fx->db);

  /* 3 thermos: only 2 in stock */
  x = vd_points_exchange (fx->db, 1, thermos, 3, &error);
  g_assert_null (x);
  g_assert_error (error, VD_POINTS_ERROR, VD_POINTS_ERROR_STOCK);
  g_assert_nonnull (strstr (error->message, "2"));
  g_assert_nonnull (strstr (error->message, "保温杯"));
  g_clear_error (&error);

  /* 2 thermos cost 60, the balance is 50 */
  x = vd_points_exchange (fx->db, 1, thermos, 2, &error);
  g_assert_null (x);
  g_assert_error (error, VD_POINTS_ERROR, VD_POINTS_ERROR_BALANCE);
  g_assert_nonnull (strstr (error->message, "张伟"));
  g_assert_nonnull (strstr (error->message, "50"));
  g_assert_nonnull (strstr (error->message, "60"));
  g_clear_error (&error);

  /* a volunteer with no points at all */
  x = vd_points_exchange (fx->db, 2, umbrella, 1, &error);
  g_assert_null (x);
  g_assert_error (error, VD_POINTS_ERROR, VD_POINTS_ERROR_BALANCE);
  g_clear_error (&error);

  x = vd_points_exchange (fx->db, 1, umbrella, 0, &error);
  g_assert_error (error, VD_POINTS_ERROR, VD_POINTS_ERROR_QUANTITY);
  g_clear_error (&error);
  x = vd_points_exchange (fx->db, 1, umbrella, 1000, &error);
  g_assert_error (error, VD_POINTS_ERROR, VD_POINTS_ERROR_QUANTITY);
  g_clear_error (&error);
  x = vd_points_exchange (fx->db, 1, 999, 1, &error);
  g_assert_error (error, VD_POINTS_ERROR, VD_POINTS_ERROR_ITEM);
  g_clear_error (&error);
  x = vd_points_exchange (fx->db, 99, umbrella, 1, &error);
  g_assert_error (error, VD_POINTS_ERROR, VD_POINTS_ERROR_VOLUNTEER);
  g_clear_error (&error);

  /* an inactive volunteer, an archived item */
  g_assert_true (vd_register_set_active (fx->db, 2, FALSE, &error));
  g_free (before);
  before = snapshot (fx->db);
  x = vd_points_exchange (fx->db, 2, umbrella, 1, &error);
  g_assert_error (error, VD_POINTS_ERROR, VD_POINTS_ERROR_VOLUNTEER);
  g_clear_error (&error);
  g_assert_true (vd_points_set_archived (fx->db, umbrella, TRUE, &error));
  g_free (before);
  before = snapshot (fx->db);
  x = vd_points_exchange (fx->db, 1, umbrella, 1, &error);
  g_assert_error (error, VD_POINTS_ERROR, VD_POINTS_ERROR_ITEM);
  g_assert_nonnull (strstr (error->message, "雨伞"));
  g_clear_error (&error);
  g_assert_null (x);

  after = snapshot (fx->db);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpint (balance_of (fx->db, 1), ==, 5000);
  g_assert_cmpint (stock_of (fx->db, thermos), ==, 2);

  /* the schema refuses too, whatever writes */
  g_assert_false (vd_database_exec (fx->db, "UPDATE exchange_items SET stock = -1", &error));
  g_clear_error (&error);
  g_assert_false (vd_database_exec (fx->db,
                                    "INSERT INTO points_ledger (volunteer_id, kind, amount_centi, reason, "
                                    "created_at, created_by) VALUES (2, 'adjust', -1, 'x', "
                                    "'2026-01-01 00:00:00', 't')", &error));
  g_assert_nonnull (strstr (error->message, "below zero"));
}

static void
test_pickup_code_unique (VdTestFixture *fx,
                         gconstpointer  data)
{
  g_autoptr(GHashTable) codes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(VdExchange) first = NULL;
  g_autoptr(VdExchange) second = NULL;
  g_autoptr(GError) error = NULL;
  gint64 thermos, umbrella;

  add_fixture (fx, &thermos, &umbrella);
  g_assert_cmpint (vd_points_adjust (fx->db, 1, 1000000, "初始积分", &error), >, 0);
  g_assert_true (vd_points_restock (fx->db, umbrella, 1000, &error));

  /* the same random sequence draws the first code again: the second exchange must
   * retry and get another */
  g_random_set_seed (20261129);
  first = vd_points_exchange (fx->db, 1, umbrella, 1, &error);
  g_assert_no_error (error);
  g_random_set_seed (20261129);
  second = vd_points_exchange (fx->db, 1, umbrella, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (first->pickup_code, !=, second->pickup_code);

  for (guint i = 0; i < 300; i++)
    {
      g_autoptr(VdExchange) x = vd_points_exchange (fx->db, 1, umbrella, 1, &error);

      g_assert_no_error (error);
      g_assert_true (g_hash_table_add (codes, g_strdup (x->pickup_code)));
      g_assert_cmpstr (x->pickup_code, !=, first->pickup_code);
      g_assert_cmpstr (x->pickup_code, !=, second->pickup_code);
      g_assert_null (strpbrk (x->pickup_code, "0O1I"));
    }
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count(DISTINCT pickup_code) FROM exchanges"), ==, 302);
}

static void
test_pick_up_and_cancel (VdTestFixture *fx,
                         gconstpointer  data)
{
  g_autoptr(VdExchange) a = NULL;
  g_autoptr(VdExchange) b = NULL;
  g_autoptr(VdExchange) picked = NULL;
  g_autoptr(VdExchange) again = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *typed = NULL;
  g_autofree char *spend_before = NULL;
  g_autofree char *spend_after = NULL;
  gint64 thermos, umbrella;

  add_fixture (fx, &thermos, &umbrella);
  g_assert_cmpint (vd_points_adjust (fx->db, 1, 10000, "初始积分", &error), >, 0);
  a = vd_points_exchange (fx->db, 1, umbrella, 2, &error);
  b = vd_points_exchange (fx->db, 1, thermos, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (balance_of (fx->db, 1), ==, 10000 - 2500 - 3000);

  /* typed at the counter in lower case with a space */
  {
    g_autofree char *spaced = g_strdup_printf ("%.3s %s", a->pickup_code, a->pickup_code + 3);
    typed = g_ascii_strdown (spaced, -1);
  }
  picked = vd_points_pick_up (fx->db, typed, &error);
  g_assert_no_error (error);
  g_assert_cmpint (picked->id, ==, a->id);
  g_assert_cmpint (picked->status, ==, VD_EXCHANGE_PICKED_UP);
  g_assert_nonnull (picked->picked_up_at);

  /* not twice; a picked-up exchange cannot be cancelled */
  again = vd_points_pick_up (fx->db, a->pickup_code, &error);
  g_assert_null (again);
  g_assert_error (error, VD_POINTS_ERROR, VD_POINTS_ERROR_STATE);
  g_clear_error (&error);
  g_assert_false (vd_points_cancel_exchange (fx->db, a->id, &error));
  g_assert_error (error, VD_POINTS_ERROR, VD_POINTS_ERROR_STATE);
  g_clear_error (&error);
  again = vd_points_pick_up (fx->db, "ZZZZZZ", &error);
  g_assert_error (error, VD_POINTS_ERROR, VD_POINTS_ERROR_CODE);
  g_clear_error (&error);
  again = vd_points_pick_up (fx->db, "O0I1AB", &error);
  g_assert_error (error, VD_POINTS_ERROR, VD_POINTS_ERROR_CODE);
  g_clear_error (&error);
  again = vd_points_pick_up (fx->db, "AB#1", &error);
  g_assert_error (error, VD_POINTS_ERROR, VD_POINTS_ERROR_CODE);
  g_assert_nonnull (strstr (error->message, "6"));
  g_clear_error (&error);
  /* a code of another origin, digits only, is found as typed */
  g_assert_true (vd_database_exec (fx->db, "INSERT INTO exchanges (volunteer_id, item_id, quantity, "
                                           "points_centi, pickup_code, created_at) VALUES (2, 1, 1, 100, "
                                           "'860915', '2026-01-01 08:00:00')", &error));
  again = vd_points_pick_up (fx->db, " 860 915 ", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (again->pickup_code, ==, "860915");
  g_clear_pointer (&again, vd_exchange_free);

  /* cancel refunds the points and puts the stock back; the spend row stays */
  spend_before = vd_test_query_text (fx->db, "SELECT json_object('a', amount_centi, 'r', reason, 'c', created_at) "
                                             "FROM points_ledger WHERE kind = 'spend' AND amount_centi = -3000");
  g_assert_cmpint (stock_of (fx->db, thermos), ==, 1);
  g_assert_true (vd_points_cancel_exchange (fx->db, b->id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (balance_of (fx->db, 1), ==, 10000 - 2500);
  g_assert_cmpint (stock_of (fx->db, thermos), ==, 2);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count(*) FROM points_ledger WHERE kind = 'refund' "
                                              "AND amount_centi = 3000 AND exchange_id = 2"), ==, 1);
  spend_after = vd_test_query_text (fx->db, "SELECT json_object('a', amount_centi, 'r', reason, 'c', created_at) "
                                            "FROM points_ledger WHERE kind = 'spend' AND amount_centi = -3000");
  g_assert_cmpstr (spend_before, ==, spend_after);
  g_assert_false (vd_points_cancel_exchange (fx->db, b->id, &error));
  g_assert_error (error, VD_POINTS_ERROR, VD_POINTS_ERROR_STATE);
  g_clear_error (&error);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count(*) FROM audit_log WHERE entity = 'exchanges' "
                                              "AND action IN ('pick-up', 'cancel')"), ==, 3);

  list = vd_points_list_exchanges (fx->db, VD_EXCHANGE_AWAITING, 0, &error);
  g_assert_cmpuint (list->len, ==, 0);
  g_clear_pointer (&list, g_ptr_array_unref);
  list = vd_points_list_exchanges (fx->db, -1, 1, &error);
  g_assert_cmpuint (list->len, ==, 2);
  g_assert_cmpint (((VdExchange *)list->pdata[0])->status, ==, VD_EXCHANGE_CANCELLED);
}

static void
test_ledger_never_edited (VdTestFixture *fx,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 thermos, umbrella;

  add_fixture (fx, &thermos, &umbrella);
  g_assert_cmpint (vd_points_adjust (fx->db, 1, 1000, "奖励", &error), >, 0);
  g_assert_false (vd_database_exec (fx->db, "UPDATE points_ledger SET amount_centi = 99999", &error));
  g_assert_nonnull (strstr (error->message, "never edited"));
  g_clear_error (&error);
  g_assert_false (vd_database_exec (fx->db, "DELETE FROM points_ledger", &error));
  g_clear_error (&error);
  g_assert_cmpint (balance_of (fx->db, 1), ==, 1000);
}

/* An earn row written by the approval of service hours shows its event. */
static void
test_ledger_links_and_export (VdTestFixture *fx,
                              gconstpointer  data)
{
  g_autofree char *csv_path = g_build_filename (fx->dir, "ledger.csv", NULL);
  g_autofree char *xlsx_path = g_build_filename (fx->dir, "ledger.xlsx", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GPtrArray) ledger = NULL;
  g_autoptr(GError) error = NULL;
  gint64 thermos, umbrella;

  add_fixture (fx, &thermos, &umbrella);
  g_assert_true (vd_database_exec (fx->db,
    "INSERT INTO events (id, title, category_id, starts_at, ends_at) "
    "  VALUES (1, '植树活动', (SELECT min(id) FROM categories WHERE domain = 'event'), "
    "          '2026-03-12 08:00:00', '2026-03-12 11:00:00');"
    "INSERT INTO service_records (id, volunteer_id, event_id, service_date, minutes, status, reviewed_at) "
    "  VALUES (1, 1, 1, '2026-03-12', 180, 'approved', '2026-03-13 09:00:00');"
    "INSERT INTO points_ledger (volunteer_id, kind, amount_centi, reason, service_record_id, created_at, created_by) "
    "  VALUES (1, 'earn', 300, '服务时长', 1, '2026-03-13 09:00:00', 'test');", &error));
  g_assert_no_error (error);

  ledger = vd_points_list_ledger (fx->db, 1, 0, &error);
  g_assert_cmpuint (ledger->len, ==, 1);
  g_assert_cmpstr (((VdLedgerRow *)ledger->pdata[0])->link, ==, "植树活动 · 2026-03-12");
  g_assert_cmpint (((VdLedgerRow *)ledger->pdata[0])->kind, ==, VD_LEDGER_EARN);
  g_assert_cmpint (vd_points_adjust (fx->db, 1, -50, "更正", &error), >, 0);

  g_assert_true (vd_points_export_ledger (fx->db, 1, csv_path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (csv_path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "\xEF\xBB\xBF"));
  g_assert_nonnull (strstr (contents, "张伟"));
  g_assert_nonnull (strstr (contents, "V00000001"));
  g_assert_null (strstr (contents, "13800138000"));
  /* oldest first, with the balance after each row */
  g_assert_nonnull (strstr (contents, "2026-03-13 09:00:00,Earned,3,,3,服务时长,植树活动 · 2026-03-12,test"));
  g_assert_nonnull (strstr (contents, ",Adjusted,,0.5,2.5,更正,"));
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count(*) FROM audit_log WHERE entity = 'points_ledger' "
                                              "AND action = 'export'"), ==, 1);

  g_assert_true (vd_points_export_ledger (fx->db, 1, xlsx_path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (xlsx_path, G_FILE_TEST_IS_REGULAR));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/points/format-parse", test_format_parse);
#define ADD(path, func) \
  g_test_add (path, VdTestFixture, NULL, vd_test_fixture_set_up, func, vd_test_fixture_tear_down)
  ADD ("/points/adjust", test_adjust);
  ADD ("/points/catalogue", test_catalogue);
  ADD ("/points/exchange", test_exchange);
  ADD ("/points/exchange-refused", test_exchange_refused);
  ADD ("/points/pickup-code-unique", test_pickup_code_unique);
  ADD ("/points/pick-up-and-cancel", test_pick_up_and_cancel);
  ADD ("/points/ledger-never-edited", test_ledger_never_edited);
  ADD ("/points/ledger-links-and-export", test_ledger_links_and_export);
#undef ADD

  return g_test_run ();
}
