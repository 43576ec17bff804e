/* test-wishes.c — micro-wishes: checks, the state machine, lists and statistics
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "vd-test-utils.h"
#include "vd-wishes.h"

/* Communities 1 (东风社区) and 2 (红旗社区), 3 archived; volunteers 1 张伟 (party
 * member), 2 李娜 (probationary), 3 王芳 (masses), 4 赵强 (inactive); teams 1 党员先锋队
 * (party category), 2 环保服务队 (another category). */
static void
add_fixture (VdTestFixture *fx)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (vd_database_exec (fx->db,
    "INSERT INTO subdistricts (id, name) VALUES (1, '城关街道');"
    "INSERT INTO communities (id, subdistrict_id, name) VALUES (1, 1, '东风社区'), (2, 1, '红旗社区');"
    "INSERT INTO communities (id, subdistrict_id, name, archived) VALUES (3, 1, '旧社区', 1);",
    &error));
  g_assert_no_error (error);
  vd_test_add_volunteer (fx->db, "张伟", "41010519850307123", "13800138000");
  vd_test_add_volunteer (fx->db, "李娜", "41010519900101002", NULL);
  vd_test_add_volunteer (fx->db, "王芳", "41010519800202003", NULL);
  vd_test_add_volunteer (fx->db, "赵强", "41010519750505004", NULL);
  g_assert_true (vd_register_set_active (fx->db, 4, FALSE, &error));
  g_assert_true (vd_database_exec (fx->db,
    "UPDATE volunteers SET political_status = 'party_member' WHERE id = 1;"
    "UPDATE volunteers SET political_status = 'probationary' WHERE id = 2;"
    "INSERT INTO teams (id, name, category_id) "
    "  VALUES (1, '党员先锋队', (SELECT id FROM categories WHERE party = 1)),"
    "         (2, '环保服务队', (SELECT max(id) FROM categories WHERE domain = 'team' AND party = 0));",
    &error));
  g_assert_no_error (error);
}

static gint64
add_wish (VdDatabase *db,
          const char *content,
          gint64      community_id,
          const char *collected_on)
{
  g_autoptr(VdWish) wish = vd_wish_new ();
  g_autoptr(GError) error = NULL;

  g_free (wish->content);
  wish->content = g_strdup (content);
  g_free (wish->requester_name);
  wish->requester_name = g_strdup ("刘奶奶");
  wish->community_id = community_id;
  g_free (wish->collected_on);
  wish->collected_on = g_strdup (collected_on);
  g_assert_true (vd_wishes_save (db, wish, NULL, &error));
  g_assert_no_error (error);
  return wish->id;
}

static VdWishStatus
status_of (VdDatabase *db,
           gint64      id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VdWish) wish = vd_wishes_get (db, id, &error);

  g_assert_no_error (error);
  return wish->status;
}

static void
test_add_checked (VdTestFixture *fx,
                  gconstpointer  data)
{
  struct {
    const char    *content;
    const char    *requester;
    const char    *phone;
    gint64         community;
    const char    *date;
    int            code;
  } bad[] = {
    { "  ", "刘奶奶", "", 1, "2026-01-05", VD_WISHES_ERROR_CONTENT },
    { "一台收音机", "", "", 1, "2026-01-05", VD_WISHES_ERROR_REQUESTER },
    { "一台收音机", "刘奶奶", "12345", 1, "2026-01-05", VD_WISHES_ERROR_PHONE },
    { "一台收音机", "刘奶奶", "", 0, "2026-01-05", VD_WISHES_ERROR_COMMUNITY },
    { "一台收音机", "刘奶奶", "", 3, "2026-01-05", VD_WISHES_ERROR_COMMUNITY },
    { "一台收音机", "刘奶奶", "", 1, "2026-02-30", VD_WISHES_ERROR_DATE },
    { "一台收音机", "刘奶奶", "", 1, "2999-01-01", VD_WISHES_ERROR_DATE },
  };
  struct { const char *input; const char *stored; } phones[] = {
    { "+86 138-0013-8000", "13800138000" },
    { "0371 6666 8888", "0371-66668888" },
    { "010-12345678", "010-12345678" },
  };
  g_autoptr(GError) error = NULL;

  add_fixture (fx);
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(VdWish) wish = vd_wish_new ();

      g_free (wish->content);
      wish->content = g_strdup (bad[i].content);
      g_free (wish->requester_name);
      wish->requester_name = g_strdup (bad[i].requester);
      g_free (wish->requester_phone);
      wish->requester_phone = g_strdup (bad[i].phone);
      wish->community_id = bad[i].community;
      g_free (wish->collected_on);
      wish->collected_on = g_strdup (bad[i].date);
      g_assert_false (vd_wishes_save (fx->db, wish, NULL, &error));
      g_assert_error (error, VD_WISHES_ERROR, bad[i].code);
      g_clear_error (&error);
    }
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count(*) FROM wishes"), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (phones); i++)
    {
      g_autoptr(VdWish) wish = vd_wish_new ();
      g_autoptr(VdWish) stored = NULL;

      g_free (wish->content);
      wish->content = g_strdup (" 一台收音机 ");
      g_free (wish->requester_name);
      wish->requester_name = g_strdup ("刘奶奶");
      g_free (wish->requester_phone);
      wish->requester_phone = g_strdup (phones[i].input);
      wish->community_id = 1;
      g_free (wish->collected_on);
      wish->collected_on = g_strdup ("2026/1/5");
      g_assert_true (vd_wishes_save (fx->db, wish, NULL, &error));
      g_assert_no_error (error);
      stored = vd_wishes_get (fx->db, wish->id, &error);
      g_assert_cmpstr (stored->requester_phone, ==, phones[i].stored);
      g_assert_cmpstr (stored->content, ==, "一台收音机");
      g_assert_cmpstr (stored->collected_on, ==, "2026-01-05");
      g_assert_cmpstr (stored->community_name, ==, "城关街道 · 东风社区");
      g_assert_cmpint (stored->status, ==, VD_WISH_COLLECTED);
    }
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count(*) FROM audit_log WHERE entity = 'wishes' "
                                              "AND action = 'insert'"), ==, 3);

  /* an edit keeps the status and is audited */
  {
    g_autoptr(VdWish) wish = vd_wishes_get (fx->db, 1, &error);

    g_assert_true (vd_wishes_approve (fx->db, 1, "2026-01-06", &error));
    g_free (wish->content);
    wish->content = g_strdup ("一台带蓝牙的收音机");
    wish->community_id = 2;
    g_assert_true (vd_wishes_save (fx->db, wish, NULL, &error));
    g_assert_no_error (error);
    g_assert_cmpint (status_of (fx->db, 1), ==, VD_WISH_APPROVED);
    /* collected after it was reviewed */
    g_free (wish->collected_on);
    wish->collected_on = g_strdup ("2026-01-07");
    g_assert_false (vd_wishes_save (fx->db, wish, NULL, &error));
    g_assert_error (error, VD_WISHES_ERROR, VD_WISHES_ERROR_DATE);
  }
}

/* Runs action on wish id; TRUE when it went through. */
static gboolean
run_action (VdDatabase    *db,
            gint64         id,
            VdWishAction   action,
            GError       **error)
{
  switch (action)
    {
    case VD_WISH_ACTION_APPROVE:
      return vd_wishes_approve (db, id, "2026-02-01", error);
    case VD_WISH_ACTION_REJECT:
      return vd_wishes_reject (db, id, "不属于微心愿范围", "2026-02-01", error);
    case VD_WISH_ACTION_PUBLISH:
      return vd_wishes_publish (db, id, "2026-02-02", error);
    case VD_WISH_ACTION_CLAIM:
      return vd_wishes_claim (db, id, 1, 0, "2026-02-03", error);
    case VD_WISH_ACTION_RELEASE:
      return vd_wishes_release (db, id, error);
    case VD_WISH_ACTION_FULFIL:
      return vd_wishes_fulfil (db, id, "2026-02-04", error);
    case VD_N_WISH_ACTIONS:
    default:
      g_assert_not_reached ();
    }
}

/* A wish brought to status through legal steps. */
static gint64
wish_in (VdDatabase   *db,
         VdWishStatus  status)
{
  static const VdWishAction path_to[VD_N_WISH_STATUS][4] = {
    [VD_WISH_COLLECTED] = { VD_N_WISH_ACTIONS },
    [VD_WISH_APPROVED]  = { VD_WISH_ACTION_APPROVE, VD_N_WISH_ACTIONS },
    [VD_WISH_REJECTED]  = { VD_WISH_ACTION_REJECT, VD_N_WISH_ACTIONS },
    [VD_WISH_PUBLISHED] = { VD_WISH_ACTION_APPROVE, VD_WISH_ACTION_PUBLISH, VD_N_WISH_ACTIONS },
    [VD_WISH_CLAIMED]   = { VD_WISH_ACTION_APPROVE, VD_WISH_ACTION_PUBLISH, VD_WISH_ACTION_CLAIM,
                            VD_N_WISH_ACTIONS },
    [VD_WISH_FULFILLED] = { VD_WISH_ACTION_APPROVE, VD_WISH_ACTION_PUBLISH, VD_WISH_ACTION_CLAIM,
                            VD_WISH_ACTION_FULFIL },
  };
  gint64 id = add_wish (db, "助学书包", 1, "2026-01-20");

  for (guint i = 0; i < 4 && path_to[status][i] != VD_N_WISH_ACTIONS; i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_true (run_action (db, id, path_to[status][i], &error));
      g_assert_no_error (error);
    }
  g_assert_cmpint (status_of (db, id), ==, status);
  return id;
}

/* Every action from every status: the legal ones lead where the table says, the
 * others are refused with a message naming the status, and change nothing. */
static void
test_every_transition (VdTestFixture *fx,
                       gconstpointer  data)
{
  static const gboolean legal[VD_N_WISH_STATUS][VD_N_WISH_ACTIONS] = {
    /*                     approve reject publish claim release fulfil */
    [VD_WISH_COLLECTED] = { TRUE,   TRUE,  FALSE,  FALSE, FALSE,  FALSE },
    [VD_WISH_APPROVED]  = { FALSE,  FALSE, TRUE,   FALSE, FALSE,  FALSE },
    [VD_WISH_REJECTED]  = { FALSE,  FALSE, FALSE,  FALSE, FALSE,  FALSE },
    [VD_WISH_PUBLISHED] = { FALSE,  FALSE, FALSE,  TRUE,  FALSE,  FALSE },
    [VD_WISH_CLAIMED]   = { FALSE,  FALSE, FALSE,  FALSE, TRUE,   TRUE  },
    [VD_WISH_FULFILLED] = { FALSE,  FALSE, FALSE,  FALSE, FALSE,  FALSE },
  };
  static const VdWishStatus target[VD_N_WISH_ACTIONS] = {
    VD_WISH_APPROVED, VD_WISH_REJECTED, VD_WISH_PUBLISHED, VD_WISH_CLAIMED, VD_WISH_PUBLISHED,
    VD_WISH_FULFILLED,
  };

  add_fixture (fx);
  for (VdWishStatus s = 0; s < VD_N_WISH_STATUS; s++)
    for (VdWishAction a = 0; a < VD_N_WISH_ACTIONS; a++)
      {
        g_autoptr(GError) error = NULL;
        g_autofree char *before = NULL;
        g_autofree char *after = NULL;
        gint64 id = wish_in (fx->db, s);
        g_autofree char *row_sql = g_strdup_printf ("SELECT json_object('s', status, 'r', reviewed_on, "
                                                    "'p', published_on, 'c', claimed_on, 'v', "
                                                    "claimed_by_volunteer_id, 'f', fulfilled_on) "
                                                    "FROM wishes WHERE id = %" G_GINT64_FORMAT, id);

        g_assert_cmpint (vd_wish_action_allowed (s, a), ==, legal[s][a]);
        before = vd_test_query_text (fx->db, row_sql);
        if (legal[s][a])
          {
            g_assert_cmpint (vd_wish_action_target (a), ==, target[a]);
            g_assert_true (run_action (fx->db, id, a, &error));
            g_assert_no_error (error);
            g_assert_cmpint (status_of (fx->db, id), ==, target[a]);
          }
        else
          {
            g_assert_false (run_action (fx->db, id, a, &error));
            g_assert_error (error, VD_WISHES_ERROR, VD_WISHES_ERROR_TRANSITION);
            g_assert_nonnull (strstr (error->message, vd_wish_status_get_label (s)));
            after = vd_test_query_text (fx->db, row_sql);
            g_assert_cmpstr (before, ==, after);
          }
      }
}

/* The trigger refuses what the code would, whatever writes. */
static void
test_trigger_refuses (VdTestFixture *fx,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 collected, fulfilled;

  add_fixture (fx);
  collected = wish_in (fx->db, VD_WISH_COLLECTED);
  fulfilled = wish_in (fx->db, VD_WISH_FULFILLED);
  g_assert_false (vd_database_exec (fx->db, "UPDATE wishes SET status = 'published', reviewed_on = "
                                            "'2026-02-01', published_on = '2026-02-01' WHERE id = 1",
                                    &error));
  g_assert_nonnull (strstr (error->message, "illegal"));
  g_clear_error (&error);
  g_assert_false (vd_database_exec (fx->db, "UPDATE wishes SET status = 'claimed' WHERE id = 2", &error));
  g_clear_error (&error);
  g_assert_false (vd_database_exec (fx->db, "INSERT INTO wishes (content, requester_name, community_id, "
                                            "status, collected_on, reviewed_on) VALUES ('x', 'y', 1, "
                                            "'approved', '2026-01-01', '2026-01-01')", &error));
  g_assert_cmpint (status_of (fx->db, collected), ==, VD_WISH_COLLECTED);
  g_assert_cmpint (status_of (fx->db, fulfilled), ==, VD_WISH_FULFILLED);
}

static void
test_steps_checked (VdTestFixture *fx,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VdWish) wish = NULL;
  gint64 id;

  add_fixture (fx);
  id = add_wish (fx->db, "轮椅一辆", 2, "2026-03-10");

  /* a rejection needs its reason; dates follow each other and are not in the future */
  g_assert_false (vd_wishes_reject (fx->db, id, "  ", NULL, &error));
  g_assert_error (error, VD_WISHES_ERROR, VD_WISHES_ERROR_REASON);
  g_clear_error (&error);
  g_assert_false (vd_wishes_approve (fx->db, id, "2026-03-09", &error));
  g_assert_error (error, VD_WISHES_ERROR, VD_WISHES_ERROR_DATE);
  g_assert_nonnull (strstr (error->message, "2026-03-10"));
  g_clear_error (&error);
  g_assert_false (vd_wishes_approve (fx->db, id, "2999-01-01", &error));
  g_assert_error (error, VD_WISHES_ERROR, VD_WISHES_ERROR_DATE);
  g_clear_error (&error);
  g_assert_true (vd_wishes_approve (fx->db, id, "2026-03-10", &error));
  g_assert_true (vd_wishes_publish (fx->db, id, NULL, &error));    /* today */
  g_assert_no_error (error);

  /* a claim names exactly one active volunteer or team */
  g_assert_false (vd_wishes_claim (fx->db, id, 0, 0, NULL, &error));
  g_assert_error (error, VD_WISHES_ERROR, VD_WISHES_ERROR_CLAIMANT);
  g_clear_error (&error);
  g_assert_false (vd_wishes_claim (fx->db, id, 1, 1, NULL, &error));
  g_assert_error (error, VD_WISHES_ERROR, VD_WISHES_ERROR_CLAIMANT);
  g_clear_error (&error);
  g_assert_false (vd_wishes_claim (fx->db, id, 4, 0, NULL, &error));
  g_assert_error (error, VD_WISHES_ERROR, VD_WISHES_ERROR_CLAIMANT);
  g_clear_error (&error);
  g_assert_false (vd_wishes_claim (fx->db, id, 99, 0, NULL, &error));
  g_assert_error (error, VD_WISHES_ERROR, VD_WISHES_ERROR_CLAIMANT);
  g_clear_error (&error);
  g_assert_cmpint (status_of (fx->db, id), ==, VD_WISH_PUBLISHED);

  g_assert_true (vd_wishes_claim (fx->db, id, 0, 2, NULL, &error));
  wish = vd_wishes_get (fx->db, id, &error);
  g_assert_cmpstr (wish->claimed_by_name, ==, "环保服务队");
  g_assert_false (wish->party_claim);
  g_clear_pointer (&wish, vd_wish_free);

  /* released: back to published, claimant and date cleared, then claimed again */
  g_assert_true (vd_wishes_release (fx->db, id, &error));
  wish = vd_wishes_get (fx->db, id, &error);
  g_assert_cmpint (wish->status, ==, VD_WISH_PUBLISHED);
  g_assert_null (wish->claimed_on);
  g_assert_cmpint (wish->claimed_by_team_id, ==, 0);
  g_assert_null (wish->claimed_by_name);
  g_clear_pointer (&wish, vd_wish_free);
  g_assert_true (vd_wishes_claim (fx->db, id, 0, 1, NULL, &error));
  g_assert_true (vd_wishes_fulfil (fx->db, id, NULL, &error));
  g_assert_no_error (error);
  wish = vd_wishes_get (fx->db, id, &error);
  g_assert_cmpint (wish->status, ==, VD_WISH_FULFILLED);
  g_assert_true (wish->party_claim);
  g_assert_nonnull (wish->fulfilled_on);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count(*) FROM audit_log WHERE entity = 'wishes' "
                                              "AND action IN ('approve', 'publish', 'claim', 'release', "
                                              "'fulfil')"), ==, 6);
}

/* The fixture of the statistics, and the figures a person counts by hand:
 *
 *   collected   community status     claimed by            fulfilled
 *   2025-03-01  1         fulfilled  张伟 (party member)    2025-04-01
 *   2025-05-01  1         fulfilled  李娜 (probationary)    2025-06-01
 *   2025-06-01  2         fulfilled  王芳 (masses)          2025-07-01
 *   2025-07-01  2         fulfilled  党员先锋队 (party team) 2025-08-01
 *   2025-11-01  1         fulfilled  环保服务队              2026-01-10  (fulfilled next year)
 *   2024-12-01  2         fulfilled  张伟                   2025-01-15  (collected last year)
 *   2025-08-01  1         claimed    张伟
 *   2025-09-01  2         published
 *   2025-09-02  2         approved
 *   2025-10-01  1         rejected
 *   2025-10-02  1         rejected
 *   2025-12-31  2         collected
 *   2026-01-01  1         collected                                     (next year)
 *
 * 2025: collected 11 — fulfilled 5 (the 2025-11 one is 2026's), collected 1, approved 1,
 * rejected 2, published 1, claimed 1; fulfilled in 2025: 5 (4 of them collected in
 * 2025, 1 in 2024); by the party: 张伟 ×2, 李娜, 党员先锋队 = 4. */
static void
test_statistics (VdTestFixture *fx,
                 gconstpointer  data)
{
  struct {
    const char   *collected;
    gint64        community;
    VdWishStatus  status;
    gint64        volunteer;
    gint64        team;
    const char   *fulfilled;
  } rows[] = {
    { "2025-03-01", 1, VD_WISH_FULFILLED, 1, 0, "2025-04-01" },
    { "2025-05-01", 1, VD_WISH_FULFILLED, 2, 0, "2025-06-01" },
    { "2025-06-01", 2, VD_WISH_FULFILLED, 3, 0, "2025-07-01" },
    { "2025-07-01", 2, VD_WISH_FULFILLED, 0, 1, "2025-08-01" },
    { "2025-11-01", 1, VD_WISH_FULFILLED, 0, 2, "2026-01-10" },
    { "2024-12-01", 2, VD_WISH_FULFILLED, 1, 0, "2025-01-15" },
    { "2025-08-01", 1, VD_WISH_CLAIMED, 1, 0, NULL },
    { "2025-09-01", 2, VD_WISH_PUBLISHED, 0, 0, NULL },
    { "2025-09-02", 2, VD_WISH_APPROVED, 0, 0, NULL },
    { "2025-10-01", 1, VD_WISH_REJECTED, 0, 0, NULL },
    { "2025-10-02", 1, VD_WISH_REJECTED, 0, 0, NULL },
    { "2025-12-31", 2, VD_WISH_COLLECTED, 0, 0, NULL },
    { "2026-01-01", 1, VD_WISH_COLLECTED, 0, 0, NULL },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  VdWishStats stats;
  VdWishFilter filter = { -1, 0, 0, NULL };

  add_fixture (fx);
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      gint64 id = add_wish (fx->db, "心愿", rows[i].community, rows[i].collected);
      const char *day = rows[i].collected;

      if (rows[i].status == VD_WISH_REJECTED)
        g_assert_true (vd_wishes_reject (fx->db, id, "重复", day, &error));
      if (rows[i].status >= VD_WISH_PUBLISHED || rows[i].status == VD_WISH_APPROVED)
        g_assert_true (vd_wishes_approve (fx->db, id, day, &error));
      if (rows[i].status >= VD_WISH_PUBLISHED)
        g_assert_true (vd_wishes_publish (fx->db, id, day, &error));
      if (rows[i].status >= VD_WISH_CLAIMED)
        g_assert_true (vd_wishes_claim (fx->db, id, rows[i].volunteer, rows[i].team, day, &error));
      if (rows[i].status == VD_WISH_FULFILLED)
        g_assert_true (vd_wishes_fulfil (fx->db, id, rows[i].fulfilled, &error));
      g_assert_no_error (error);
      g_assert_cmpint (status_of (fx->db, id), ==, rows[i].status);
    }

  g_assert_true (vd_wishes_get_stats (fx->db, 2025, &stats, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stats.collected, ==, 11);
  g_assert_cmpuint (stats.by_status[VD_WISH_COLLECTED], ==, 1);
  g_assert_cmpuint (stats.by_status[VD_WISH_APPROVED], ==, 1);
  g_assert_cmpuint (stats.by_status[VD_WISH_REJECTED], ==, 2);
  g_assert_cmpuint (stats.by_status[VD_WISH_PUBLISHED], ==, 1);
  g_assert_cmpuint (stats.by_status[VD_WISH_CLAIMED], ==, 1);
  g_assert_cmpuint (stats.by_status[VD_WISH_FULFILLED], ==, 5);
  g_assert_cmpuint (stats.fulfilled, ==, 5);
  g_assert_cmpuint (stats.fulfilled_by_party, ==, 4);

  g_assert_true (vd_wishes_get_stats (fx->db, 2026, &stats, &error));
  g_assert_cmpuint (stats.collected, ==, 1);
  g_assert_cmpuint (stats.fulfilled, ==, 1);
  g_assert_cmpuint (stats.fulfilled_by_party, ==, 0);

  /* the party mark follows the category, and a volunteer who joins the party counts */
  g_assert_true (vd_database_exec (fx->db, "UPDATE categories SET party = 0 WHERE party = 1;"
                                           "UPDATE volunteers SET political_status = 'party_member' "
                                           "WHERE id = 3", &error));
  g_assert_true (vd_wishes_get_stats (fx->db, 2025, &stats, &error));
  g_assert_cmpuint (stats.fulfilled_by_party, ==, 4);

  g_assert_true (vd_wishes_get_stats (fx->db, 2023, &stats, &error));
  g_assert_cmpuint (stats.collected + stats.fulfilled + stats.fulfilled_by_party, ==, 0);

  /* lists by status, community, year */
  filter.year = 2025;
  list = vd_wishes_list (fx->db, &filter, &error);
  g_assert_cmpuint (list->len, ==, 11);
  g_assert_cmpstr (((VdWish *)list->pdata[0])->collected_on, ==, "2025-12-31");
  g_clear_pointer (&list, g_ptr_array_unref);
  filter.status = VD_WISH_FULFILLED;
  filter.community_id = 1;
  list = vd_wishes_list (fx->db, &filter, &error);
  g_assert_cmpuint (list->len, ==, 3);
  g_clear_pointer (&list, g_ptr_array_unref);
  filter.year = 0;
  filter.community_id = 2;
  list = vd_wishes_list (fx->db, &filter, &error);
  g_assert_cmpuint (list->len, ==, 3);
  g_clear_pointer (&list, g_ptr_array_unref);
  list = vd_wishes_list (fx->db, NULL, &error);
  g_assert_cmpuint (list->len, ==, G_N_ELEMENTS (rows));
  g_clear_pointer (&list, g_ptr_array_unref);

  /* by words of the wish or the requester */
  g_assert_true (vd_database_exec (fx->db, "UPDATE wishes SET content = '轮椅一辆' WHERE id = 3;"
                                           "UPDATE wishes SET requester_name = '赵大爷' WHERE id = 4",
                                   &error));
  filter.community_id = 0;
  filter.text = "轮椅";
  list = vd_wishes_list (fx->db, &filter, &error);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpint (((VdWish *)list->pdata[0])->id, ==, 3);
  g_clear_pointer (&list, g_ptr_array_unref);
  filter.text = "赵大";
  list = vd_wishes_list (fx->db, &filter, &error);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpint (((VdWish *)list->pdata[0])->id, ==, 4);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, VdTestFixture, NULL, vd_test_fixture_set_up, func, vd_test_fixture_tear_down)
  ADD ("/wishes/add-checked", test_add_checked);
  ADD ("/wishes/every-transition", test_every_transition);
  ADD ("/wishes/trigger-refuses", test_trigger_refuses);
  ADD ("/wishes/steps-checked", test_steps_checked);
  ADD ("/wishes/statistics", test_statistics);
#undef ADD

  return g_test_run ();
}
