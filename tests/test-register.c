/* test-register.c — adding, checking, changing, removing, moving and finding
 * volunteers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "vd-test-utils.h"
#include "vd-lookup.h"
#include "vd-register.h"
#include "vd-volunteer-list.h"

static void
test_insert (VdTestFixture *fx,
             gconstpointer  data)
{
  g_autoptr(VdVolunteer) v = vd_test_new_volunteer ("张伟", "41010519850307123", "+86 138-0013-8000");
  g_autoptr(VdVolunteer) stored = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (vd_register_insert (fx->db, v, &error));
  g_assert_no_error (error);
  g_assert_cmpint (v->id, >, 0);
  g_assert_cmpstr (v->volunteer_no, ==, "V00000001");

  stored = vd_register_get (fx->db, v->id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (stored->name, ==, "张伟");
  g_assert_cmpstr (stored->phone, ==, "13800138000");
  g_assert_cmpstr (stored->gender, ==, "male");          /* sequence 123 is odd */
  g_assert_cmpstr (stored->birth_date, ==, "1985-03-07");
  g_assert_true (stored->active);
  g_assert_cmpint (vd_test_query_int (fx->db,
                   "SELECT count(*) FROM audit_log WHERE entity = 'volunteers' AND action = 'insert' "
                   "AND after_json ->> '$.name' = '张伟'"), ==, 1);

  /* the next one gets the next number */
  g_assert_cmpint (vd_test_add_volunteer (fx->db, "李娜", "41010519900101002", NULL), >, v->id);
  g_assert_cmpint (vd_test_query_int (fx->db,
                   "SELECT count(*) FROM volunteers WHERE volunteer_no = 'V00000002'"), ==, 1);
}

static void
test_legacy_id_upgraded (VdTestFixture *fx,
                         gconstpointer  data)
{
  g_autoptr(VdVolunteer) v = vd_test_new_volunteer ("王芳", "41010519850307123", NULL);
  g_autoptr(GError) error = NULL;

  /* 15 digits: area 410105, born 1985-03-07 written 850307, sequence 124 (even: female) */
  g_free (v->id_number);
  v->id_number = g_strdup ("410105850307124");
  g_assert_true (vd_register_insert (fx->db, v, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (strlen (v->id_number), ==, 18);
  g_assert_true (g_str_has_prefix (v->id_number, "41010519850307124"));
  g_assert_cmpstr (v->gender, ==, "female");
}

typedef struct {
  const char       *what;
  const char       *name;
  const char       *id_number;
  const char       *phone;
  const char       *registered_on;
  VdVolunteerField  field;
} BadVolunteer;

static const BadVolunteer bad_volunteers[] = {
  { "no name", "  ", NULL, NULL, NULL, VD_VOLUNTEER_FIELD_NAME },
  { "digits in the name", "张伟2", NULL, NULL, NULL, VD_VOLUNTEER_FIELD_NAME },
  { "wrong check character", NULL, "410105198503071230", NULL, NULL, VD_VOLUNTEER_FIELD_ID_NUMBER },
  { "17 characters", NULL, "41010519850307123", NULL, NULL, VD_VOLUNTEER_FIELD_ID_NUMBER },
  { "not a province", NULL, "990105198503071235", NULL, NULL, VD_VOLUNTEER_FIELD_ID_NUMBER },
  { "landline as mobile", NULL, NULL, "0371-6666666", NULL, VD_VOLUNTEER_FIELD_PHONE },
  { "registered in the future", NULL, NULL, NULL, "2999-01-01", VD_VOLUNTEER_FIELD_REGISTERED_ON },
  { "registered on 30 February", NULL, NULL, NULL, "2025-02-30", VD_VOLUNTEER_FIELD_REGISTERED_ON },
  { "registered before birth", NULL, NULL, NULL, "1980-01-01", VD_VOLUNTEER_FIELD_REGISTERED_ON },
};

static void
test_invalid_refused (VdTestFixture *fx,
                      gconstpointer  data)
{
  for (guint i = 0; i < G_N_ELEMENTS (bad_volunteers); i++)
    {
      const BadVolunteer *bad = &bad_volunteers[i];
      g_autoptr(VdVolunteer) v = vd_test_new_volunteer ("赵敏", "41010519850307123", "13800138000");
      g_autoptr(GError) error = NULL;
      VdVolunteerCheck check;

      if (bad->name != NULL)
        {
          g_free (v->name);
          v->name = g_strdup (bad->name);
        }
      if (bad->id_number != NULL)
        {
          g_free (v->id_number);
          v->id_number = g_strdup (bad->id_number);
        }
      if (bad->phone != NULL)
        {
          g_free (v->phone);
          v->phone = g_strdup (bad->phone);
        }
      if (bad->registered_on != NULL)
        {
          g_free (v->registered_on);
          v->registered_on = g_strdup (bad->registered_on);
        }

      g_assert_false (vd_register_check (fx->db, v, NULL, &check));
      for (guint f = 0; f < VD_VOLUNTEER_N_FIELDS; f++)
        if ((f == bad->field) != (check.messages[f] != NULL))
          g_error ("%s: field %u has message “%s”", bad->what, f,
                   check.messages[f] != NULL ? check.messages[f] : "(none)");
      vd_volunteer_check_clear (&check);

      g_assert_false (vd_register_insert (fx->db, v, &error));
      g_assert_error (error, VD_REGISTER_ERROR, VD_REGISTER_ERROR_INVALID);
    }
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count(*) FROM volunteers"), ==, 0);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count(*) FROM audit_log"), ==, 0);
}

static void
test_duplicate_id (VdTestFixture *fx,
                   gconstpointer  data)
{
  gint64 first = vd_test_add_volunteer (fx->db, "张伟", "41010519850307123", "13800138000");
  g_autoptr(VdVolunteer) again = vd_test_new_volunteer ("张卫", "41010519850307123", "13900139000");
  g_autoptr(GError) error = NULL;
  VdVolunteerCheck check;

  g_assert_false (vd_register_check (fx->db, again, NULL, &check));
  g_assert_cmpint (check.duplicate_id, ==, first);
  g_assert_nonnull (strstr (check.messages[VD_VOLUNTEER_FIELD_ID_NUMBER], "张伟"));
  vd_volunteer_check_clear (&check);

  g_assert_false (vd_register_insert (fx->db, again, &error));
  g_assert_error (error, VD_REGISTER_ERROR, VD_REGISTER_ERROR_DUPLICATE);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count(*) FROM volunteers"), ==, 1);

  /* the same phone is only a warning: families share phones */
  {
    g_autoptr(VdVolunteer) spouse = vd_test_new_volunteer ("李娜", "41010519860101002",
                                                           "138 0013 8000");
    g_assert_true (vd_register_check (fx->db, spouse, NULL, &check));
    g_assert_cmpint (check.same_phone_id, ==, first);
    vd_volunteer_check_clear (&check);
  }
}

static void
test_update (VdTestFixture *fx,
             gconstpointer  data)
{
  gint64 id = vd_test_add_volunteer (fx->db, "张伟", "41010519850307123", "13800138000");
  g_autoptr(GError) error = NULL;
  g_autoptr(VdVolunteer) v = vd_register_get (fx->db, id, &error);
  g_autoptr(VdVolunteer) after = NULL;

  g_free (v->name);
  v->name = g_strdup ("张为");
  v->political = VD_POLITICAL_PARTY_MEMBER;
  g_assert_true (vd_register_update (fx->db, v, &error));
  g_assert_no_error (error);

  after = vd_register_get (fx->db, id, &error);
  g_assert_cmpstr (after->name, ==, "张为");
  g_assert_true (vd_volunteer_is_party_member (after));
  g_assert_cmpint (vd_test_query_int (fx->db,
                   "SELECT count(*) FROM audit_log WHERE action = 'update' "
                   "AND before_json ->> '$.name' = '张伟' AND after_json ->> '$.name' = '张为'"), ==, 1);
}

static void
test_delete_and_undo (VdTestFixture *fx,
                      gconstpointer  data)
{
  gint64 id = vd_test_add_volunteer (fx->db, "张伟", "41010519850307123", "13800138000");
  g_autoptr(GError) error = NULL;
  g_autoptr(VdDeletedVolunteer) deleted = NULL;
  g_autoptr(VdVolunteer) back = NULL;

  g_assert_true (vd_database_exec (fx->db,
    "INSERT INTO teams (id, name, category_id) VALUES (1, '党员先锋队', 1);"
    "INSERT INTO team_members (team_id, volunteer_id, role, joined_on) VALUES (1, 1, 'leader', '2025-07-01');",
    &error));

  deleted = vd_register_delete (fx->db, id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (deleted);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count(*) FROM volunteers"), ==, 0);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count(*) FROM team_members"), ==, 0);

  g_assert_true (vd_register_undelete (fx->db, deleted, &error));
  g_assert_no_error (error);
  back = vd_register_get (fx->db, id, &error);
  g_assert_cmpstr (back->name, ==, "张伟");
  g_assert_cmpstr (back->volunteer_no, ==, "V00000001");
  g_assert_cmpstr (back->teams, ==, "党员先锋队");
  g_assert_cmpint (vd_test_query_int (fx->db,
                   "SELECT count(*) FROM team_members WHERE role = 'leader'"), ==, 1);
  g_assert_cmpint (vd_test_query_int (fx->db,
                   "SELECT count(*) FROM audit_log WHERE action IN ('delete', 'undelete')"), ==, 2);
}

static void
test_records_prevent_delete (VdTestFixture *fx,
                             gconstpointer  data)
{
  gint64 id = vd_test_add_volunteer (fx->db, "张伟", "41010519850307123", "13800138000");
  g_autoptr(GError) error = NULL;
  g_autoptr(VdDeletedVolunteer) deleted = NULL;
  g_autoptr(VdVolunteer) v = NULL;

  g_assert_true (vd_database_exec (fx->db,
    "INSERT INTO service_records (volunteer_id, service_date, minutes, status, reviewed_at) "
    "VALUES (1, '2025-08-01', 120, 'approved', '2025-08-02 10:00:00')", &error));

  deleted = vd_register_delete (fx->db, id, &error);
  g_assert_null (deleted);
  g_assert_error (error, VD_REGISTER_ERROR, VD_REGISTER_ERROR_HAS_RECORDS);
  g_clear_error (&error);

  g_assert_true (vd_register_set_active (fx->db, id, FALSE, &error));
  v = vd_register_get (fx->db, id, &error);
  g_assert_false (v->active);
  g_assert_cmpint (v->approved_minutes, ==, 120);
}

/* Adding "a whole team" takes its active members only, in register order. */
static void
test_team_member_ids (VdTestFixture *fx,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;

  vd_test_add_six_volunteers (fx->db);
  g_assert_true (vd_database_exec (fx->db,
    "INSERT INTO teams (id, name, category_id) VALUES (1, '党员先锋队', 1), (2, '环保队', 1);"
    "INSERT INTO team_members (team_id, volunteer_id, role, joined_on) VALUES"
    " (1, 1, 'leader', '2025-01-01'), (1, 3, 'member', '2025-01-01'),"
    " (1, 6, 'member', '2025-01-01'), (2, 2, 'member', '2025-01-01');", &error));
  g_assert_no_error (error);
  g_assert_true (vd_register_set_active (fx->db, 3, FALSE, &error));

  ids = vd_lookup_team_member_ids (fx->db, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 2);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, 6);  /* 安然 */
  g_assert_cmpint (g_array_index (ids, gint64, 1), ==, 1);  /* 张伟 */
  g_clear_pointer (&ids, g_array_unref);

  ids = vd_lookup_team_member_ids (fx->db, 99, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 0);
}

static void
test_transfer (VdTestFixture *fx,
               gconstpointer  data)
{
  gint64 id = vd_test_add_volunteer (fx->db, "张伟", "41010519850307123", "13800138000");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(VdVolunteer) v = NULL;
  VdTransfer *t;

  g_assert_true (vd_database_exec (fx->db,
    "INSERT INTO subdistricts (id, name) VALUES (1, '东城街道');"
    "INSERT INTO communities (id, subdistrict_id, name) VALUES (1, 1, '幸福社区'), (2, 1, '和平社区');"
    "INSERT INTO stations (id, name, type, community_id, established_on) VALUES "
    "  (1, '幸福站', 'community', 1, '2020-01-01'), (2, '和平站', 'community', 2, '2020-01-01');"
    "UPDATE volunteers SET station_id = 1, community_id = 1;", &error));

  g_assert_true (vd_register_transfer (fx->db, id, 2, 2, "2026-01-15", "搬家", &error));
  g_assert_no_error (error);
  v = vd_register_get (fx->db, id, &error);
  g_assert_cmpstr (v->station_name, ==, "和平站");

  history = vd_register_list_transfers (fx->db, id, &error);
  g_assert_cmpuint (history->len, ==, 1);
  t = g_ptr_array_index (history, 0);
  g_assert_cmpstr (t->from_place, ==, "幸福站");
  g_assert_cmpstr (t->to_place, ==, "和平站");
  g_assert_cmpstr (t->reason, ==, "搬家");

  /* to where they already are, or in the future: refused */
  g_assert_false (vd_register_transfer (fx->db, id, 2, 2, "2026-01-16", "", &error));
  g_clear_error (&error);
  g_assert_false (vd_register_transfer (fx->db, id, 1, 1, "2999-01-01", "", &error));
  g_clear_error (&error);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count(*) FROM volunteer_transfers"), ==, 1);
}

/* --- the list model --- */

static char *
names_of (VdVolunteerList *list)
{
  g_autoptr(GString) s = g_string_new (NULL);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (list));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VdVolunteer) v = g_list_model_get_item (G_LIST_MODEL (list), i);
      g_string_append_printf (s, "%s%s", i > 0 ? " " : "", v->name);
    }
  return g_string_free (g_steal_pointer (&s), FALSE);
}

static char *
search (VdVolunteerList *list,
        const char      *text)
{
  VdVolunteerFilter filter;
  g_autoptr(GError) error = NULL;

  vd_volunteer_filter_init (&filter);
  filter.text = g_strdup (text);
  g_assert_true (vd_volunteer_list_set_filter (list, &filter, &error));
  g_assert_no_error (error);
  vd_volunteer_filter_clear (&filter);
  return names_of (list);
}

#define ASSERT_SEARCH(list, text, expected) \
  G_STMT_START { \
    g_autofree char *got_ = search (list, text); \
    g_assert_cmpstr (got_, ==, expected); \
  } G_STMT_END

static void
test_search (VdTestFixture *fx,
             gconstpointer  data)
{
  g_autoptr(VdVolunteerList) list = vd_volunteer_list_new (fx->db);

  vd_test_add_six_volunteers (fx->db);
  /* sorted by pinyin: an < ouyang < shan < zeng < zhang (wei < xiaowei) */
  ASSERT_SEARCH (list, "", "安然 欧阳娜娜 单丽 曾志强 张伟 张小伟");
  ASSERT_SEARCH (list, "张", "张伟 张小伟");
  ASSERT_SEARCH (list, "伟", "张伟 张小伟");
  ASSERT_SEARCH (list, "张伟", "张伟");
  ASSERT_SEARCH (list, "zw", "张伟");
  ASSERT_SEARCH (list, "zhangw", "张伟");
  ASSERT_SEARCH (list, "zhangwei", "张伟");
  ASSERT_SEARCH (list, "ZHANG", "张伟 张小伟");
  ASSERT_SEARCH (list, "zeng", "曾志强");
  ASSERT_SEARCH (list, "shanli", "单丽");
  ASSERT_SEARCH (list, "oy", "欧阳娜娜");
  ASSERT_SEARCH (list, "5678", "安然 张小伟");
  ASSERT_SEARCH (list, "１３８００", "张伟");
  ASSERT_SEARCH (list, "V00000005", "欧阳娜娜");
  ASSERT_SEARCH (list, "19991212", "安然");
  ASSERT_SEARCH (list, "张 5678", "张小伟");
  ASSERT_SEARCH (list, "李", "");
  ASSERT_SEARCH (list, "\"*:^", "安然 欧阳娜娜 单丽 曾志强 张伟 张小伟");
}

static void
test_sort_and_filter (VdTestFixture *fx,
                      gconstpointer  data)
{
  g_autoptr(VdVolunteerList) list = vd_volunteer_list_new (fx->db);
  g_autoptr(GError) error = NULL;
  VdVolunteerFilter filter;

  vd_test_add_six_volunteers (fx->db);
  g_assert_true (vd_database_exec (fx->db,
    "INSERT INTO service_records (volunteer_id, service_date, minutes, status, reviewed_at) VALUES "
    "  (3, '2025-08-01', 1200, 'approved', '2025-08-02 10:00:00'),"  /* 5 × 20 h = 100 h: one star */
    "  (3, '2025-08-02', 1200, 'approved', '2025-08-02 10:00:00'),"
    "  (3, '2025-08-04', 1200, 'approved', '2025-08-02 10:00:00'),"
    "  (3, '2025-08-05', 1200, 'approved', '2025-08-02 10:00:00'),"
    "  (3, '2025-08-06', 1200, 'approved', '2025-08-02 10:00:00'),"
    "  (3, '2025-08-03', 600, 'pending', NULL),"
    "  (5, '2025-08-01', 60, 'approved', '2025-08-02 10:00:00');"
    "UPDATE volunteers SET political_status = 'party_member' WHERE id IN (1, 4);"
    "UPDATE volunteers SET status = 'inactive' WHERE id = 6;", &error));
  g_assert_no_error (error);

  vd_volunteer_filter_init (&filter);
  filter.sort = VD_VOLUNTEER_SORT_HOURS;
  filter.descending = TRUE;
  g_assert_true (vd_volunteer_list_set_filter (list, &filter, &error));
  g_assert_cmpint (vd_volunteer_list_get_id (list, 0), ==, 3);
  g_assert_cmpint (vd_volunteer_list_get_id (list, 1), ==, 5);

  filter.sort = VD_VOLUNTEER_SORT_AGE;   /* youngest first */
  filter.descending = FALSE;
  g_assert_true (vd_volunteer_list_set_filter (list, &filter, &error));
  g_assert_cmpint (vd_volunteer_list_get_id (list, 0), ==, 5);   /* born 2000 */
  g_assert_cmpint (vd_volunteer_list_get_id (list, 5), ==, 4);   /* born 1975 */

  filter.sort = VD_VOLUNTEER_SORT_NAME;
  filter.political = VD_POLITICAL_PARTY_MEMBER;
  g_assert_true (vd_volunteer_list_set_filter (list, &filter, &error));
  {
    g_autofree char *names = names_of (list);
    g_assert_cmpstr (names, ==, "单丽 张伟");
  }
  filter.political = -1;
  filter.star_level = 1;
  g_assert_true (vd_volunteer_list_set_filter (list, &filter, &error));
  {
    g_autofree char *names = names_of (list);
    g_assert_cmpstr (names, ==, "曾志强");
  }
  filter.star_level = -1;
  filter.active = 0;
  g_assert_true (vd_volunteer_list_set_filter (list, &filter, &error));
  {
    g_autofree char *names = names_of (list);
    g_assert_cmpstr (names, ==, "安然");
  }
}

typedef struct {
  guint calls;
  guint removed_total;
  guint added_total;
  gboolean mixed;
} ChangeLog;

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  ChangeLog  *log)
{
  log->calls++;
  log->removed_total += removed;
  log->added_total += added;
  if (removed > 0 && added > 0)
    log->mixed = TRUE;
}

static void
test_result_swap (VdTestFixture *fx,
                  gconstpointer  data)
{
  g_autoptr(VdVolunteerList) list = vd_volunteer_list_new (fx->db);
  ChangeLog log = { 0, };
  g_autofree char *names = NULL;

  vd_test_add_six_volunteers (fx->db);
  names = search (list, "");
  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed), &log);
  g_free (search (list, "张"));
  /* never one (0, old, new): the GTK 4.8 pitfall */
  g_assert_false (log.mixed);
  g_assert_cmpuint (log.removed_total, ==, 6);
  g_assert_cmpuint (log.added_total, ==, 2);

  /* the list follows a restore or an import */
  vd_test_add_volunteer (fx->db, "张三", "41010519950101011", NULL);
  vd_database_emit_reloaded (fx->db);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 3);
}

static void
on_record_changed (VdVolunteer *v,
                   guint       *count)
{
  (*count)++;
}

/* A view holds the records of the rows it shows: a new result writes its rows into
 * them and only the tail of the list changes, so that GTK keeps the rows. */
static void
test_result_swap_in_place (VdTestFixture *fx,
                           gconstpointer  data)
{
  g_autoptr(VdVolunteerList) list = vd_volunteer_list_new (fx->db);
  g_autoptr(VdVolunteer) first = NULL;
  g_autoptr(VdVolunteer) last = NULL;
  g_autoptr(VdVolunteer) again = NULL;
  ChangeLog log = { 0, };
  guint changed = 0;
  guint n;
  g_autofree char *names = NULL;

  vd_test_add_six_volunteers (fx->db);
  g_free (search (list, ""));
  n = g_list_model_get_n_items (G_LIST_MODEL (list));
  g_assert_cmpuint (n, ==, 6);
  first = g_list_model_get_item (G_LIST_MODEL (list), 0);
  last = g_list_model_get_item (G_LIST_MODEL (list), n - 1);
  g_signal_connect (first, "changed", G_CALLBACK (on_record_changed), &changed);
  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed), &log);

  names = search (list, "张");
  g_assert_cmpstr (names, ==, "张伟 张小伟");
  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpstr (first->name, ==, "张伟");
  g_assert_cmpint (first->id, ==, vd_volunteer_list_get_id (list, 0));
  again = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_true (again == first);
  /* only the tail went */
  g_assert_cmpuint (log.calls, ==, 1);
  g_assert_false (log.mixed);
  g_assert_cmpuint (log.removed_total, ==, 4);
  g_assert_cmpuint (log.added_total, ==, 0);
  /* a record of a position the result lost is left as it was */
  g_assert_cmpstr (last->name, !=, "");

  /* an empty result and back: whole replacements */
  g_free (search (list, "nobody-at-all"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);
  g_clear_pointer (&names, g_free);
  names = search (list, "张");
  g_assert_cmpstr (names, ==, "张伟 张小伟");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add (name, VdTestFixture, NULL, vd_test_fixture_set_up, func, vd_test_fixture_tear_down)

  ADD ("/register/insert", test_insert);
  ADD ("/register/legacy-id", test_legacy_id_upgraded);
  ADD ("/register/invalid-refused", test_invalid_refused);
  ADD ("/register/duplicate-id", test_duplicate_id);
  ADD ("/register/update", test_update);
  ADD ("/register/delete-undo", test_delete_and_undo);
  ADD ("/register/records-prevent-delete", test_records_prevent_delete);
  ADD ("/register/transfer", test_transfer);
  ADD ("/register/team-member-ids", test_team_member_ids);
  ADD ("/register/search", test_search);
  ADD ("/register/sort-filter", test_sort_and_filter);
  ADD ("/register/result-swap", test_result_swap);
  ADD ("/register/result-swap-in-place", test_result_swap_in_place);

  return g_test_run ();
}
