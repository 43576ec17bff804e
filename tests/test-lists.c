/* test-lists.c — exports of every list (masking, filters, privacy, audit) and the
 * imports of teams, stations, events and trainings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <sys/wait.h>

#include "vd-test-utils.h"

static void
make_sample (VdTestFixture *fx)
{
  g_autoptr(GError) error = NULL;
  VdSampleOptions options;

  vd_sample_options_init (&options, VD_SAMPLE_DISTRICT);
  options.volunteers = 600;
  options.seed = 11;
  options.year = 2023;
  g_assert_true (vd_sample_generate (fx->db, &options, NULL, &error));
  g_assert_no_error (error);
}

/* Every row of a written file, header first. */
static GPtrArray *
read_rows (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VdTableReader) reader = vd_table_reader_open (path, &error);
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify)g_strfreev);
  const char * const *fields;

  g_assert_no_error (error);
  while (vd_table_reader_next (reader, &fields, NULL, &error))
    g_ptr_array_add (rows, g_strdupv ((char **)fields));
  g_assert_no_error (error);
  return rows;
}

static int
column_index (GPtrArray  *rows,
              const char *header)
{
  char **head = g_ptr_array_index (rows, 0);

  for (int i = 0; head[i] != NULL; i++)
    if (g_str_equal (head[i], header))
      return i;
  return -1;
}

static const char * const private_headers[] = {
  "ID number", "Mobile phone", "Contact phone", "Requester's phone", NULL
};

/* Masked by default in every list, full on request, then 0600 and audited. */
static void
test_export_masking (VdTestFixture *fx,
                     gconstpointer  data)
{
  make_sample (fx);

  for (VdListKind kind = 0; kind < VD_N_LISTS; kind++)
    for (int full = 0; full <= 1; full++)
      {
        g_autoptr(GError) error = NULL;
        g_autofree char *name = g_strdup_printf ("%s-%d.%s", vd_list_kind_to_name (kind), full,
                                                 kind % 2 ? "xlsx" : "csv");
        g_autofree char *path = g_build_filename (fx->dir, name, NULL);
        g_autoptr(GPtrArray) rows = NULL;
        gint64 audits = vd_test_query_int (fx->db, "SELECT count(*) FROM audit_log");
        guint n_rows = 0;
        guint private_cells = 0;
        GStatBuf st;

        g_assert_true (vd_list_export (fx->db, kind, NULL, path, full, &n_rows, NULL, &error));
        g_assert_no_error (error);
        g_assert_cmpuint (n_rows, >, 0);
        rows = read_rows (path);
        g_assert_cmpuint (rows->len, ==, n_rows + 1);

        for (guint h = 0; private_headers[h] != NULL; h++)
          {
            int c = column_index (rows, private_headers[h]);

            if (c < 0)
              continue;
            for (guint r = 1; r < rows->len; r++)
              {
                const char *cell = ((char **)g_ptr_array_index (rows, r))[c];

                if (cell[0] == '\0')
                  continue;
                private_cells++;
                if (full)
                  g_assert_null (strchr (cell, '*'));
                else
                  g_assert_nonnull (strstr (cell, "****"));
              }
          }
        if (kind == VD_LIST_MEMBERS || kind == VD_LIST_STATIONS || kind == VD_LIST_RECORDS ||
            kind == VD_LIST_ATTENDANCE || kind == VD_LIST_WISHES)
          g_assert_cmpuint (private_cells, >, 0);

        g_assert_cmpint (g_stat (path, &st), ==, 0);
        if (full)
          g_assert_cmpint (st.st_mode & 0777, ==, 0600);
        g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count(*) FROM audit_log"), ==, audits + 1);
      }
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count(*) FROM audit_log "
                                              "WHERE action = 'export-full-ids'"), ==, VD_N_LISTS);
}

/* The year and owner filters keep exactly the rows they name. */
static void
test_export_filters (VdTestFixture *fx,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fx->dir, "events.csv", NULL);
  VdListFilter filter = { 2023, 0 };
  gint64 team;
  guint n = 0;

  make_sample (fx);
  g_assert_true (vd_list_export (fx->db, VD_LIST_EVENTS, &filter, path, FALSE, &n, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (n, ==, vd_test_query_int (fx->db, "SELECT count(*) FROM events "
                                                     "WHERE starts_at LIKE '2023-%'"));
  g_assert_cmpint (n, <, vd_test_query_int (fx->db, "SELECT count(*) FROM events"));

  team = vd_test_query_int (fx->db, "SELECT team_id FROM team_members GROUP BY team_id "
                                    "ORDER BY count(*) DESC LIMIT 1");
  filter.year = 0;
  filter.owner = team;
  g_assert_true (vd_list_export (fx->db, VD_LIST_MEMBERS, &filter, path, FALSE, &n, NULL, &error));
  g_assert_cmpint (n, ==, vd_test_query_int (fx->db, "SELECT count(*) FROM team_members "
                                                     "GROUP BY team_id ORDER BY count(*) DESC LIMIT 1"));
}

/* The ids a query finds, in its order. */
static GArray *
query_ids (VdDatabase *db,
           const char *sql)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = vd_database_prepare (db, sql, &error);
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_assert_no_error (error);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  sqlite3_finalize (stmt);
  return ids;
}

/* The file's rows under the header are those of ids, in order: the column header
 * holds what sql (the id as ?1) reads for each. */
static void
assert_rows_are (const char *path,
                 GArray     *ids,
                 const char *header,
                 VdDatabase *db,
                 const char *sql)
{
  g_autoptr(GPtrArray) rows = read_rows (path);
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = vd_database_prepare (db, sql, &error);
  int c = column_index (rows, header);

  g_assert_no_error (error);
  g_assert_cmpint (c, >=, 0);
  g_assert_cmpuint (rows->len, ==, ids->len + 1);
  for (guint i = 0; i < ids->len; i++)
    {
      sqlite3_bind_int64 (stmt, 1, g_array_index (ids, gint64, i));
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
      g_assert_cmpstr (((char **)g_ptr_array_index (rows, i + 1))[c], ==,
                       (const char *)sqlite3_column_text (stmt, 0));
      sqlite3_reset (stmt);
    }
  sqlite3_finalize (stmt);
}

/* With ids (the rows a page shows) a list holds exactly those rows, in their order,
 * still masked, and the year and owner filters still apply. */
static void
test_export_shown (VdTestFixture *fx,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fx->dir, "shown.csv", NULL);
  g_autofree char *xlsx = g_build_filename (fx->dir, "shown.xlsx", NULL);
  g_autoptr(GArray) stations = NULL;
  g_autoptr(GArray) events = NULL;
  g_autoptr(GArray) records = NULL;
  g_autoptr(GArray) members = NULL;
  g_autoptr(GArray) none = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *count_sql = NULL;
  VdListFilter filter = { 0, 0, NULL };
  gint64 team;
  guint n = 0;
  int c;

  make_sample (fx);

  /* three stations, against their name order */
  stations = query_ids (fx->db, "SELECT id FROM stations ORDER BY name DESC LIMIT 3");
  g_assert_cmpuint (stations->len, ==, 3);
  filter.ids = stations;
  g_assert_true (vd_list_export (fx->db, VD_LIST_STATIONS, &filter, path, FALSE, &n, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 3);
  assert_rows_are (path, stations, "Station", fx->db, "SELECT name FROM stations WHERE id = ?1");

  /* one category's events of 2023 by title, as a search and a filter would leave them;
   * an event of 2022 among the ids is left out by the year */
  events = query_ids (fx->db, "SELECT id FROM events WHERE starts_at LIKE '2023-%' AND category_id = "
                              "(SELECT category_id FROM events GROUP BY category_id ORDER BY count(*) DESC LIMIT 1) "
                              "ORDER BY title DESC, id");
  g_assert_cmpuint (events->len, >, 1);
  g_assert_cmpuint (events->len, <, vd_test_query_int (fx->db, "SELECT count(*) FROM events WHERE starts_at LIKE '2023-%'"));
  filter.ids = events;
  filter.year = 2023;
  g_assert_true (vd_list_export (fx->db, VD_LIST_EVENTS, &filter, xlsx, FALSE, &n, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, events->len);
  assert_rows_are (xlsx, events, "Event", fx->db, "SELECT title FROM events WHERE id = ?1");
  filter.year = 2022;
  g_assert_true (vd_list_export (fx->db, VD_LIST_EVENTS, &filter, path, FALSE, &n, NULL, &error));
  g_assert_cmpuint (n, ==, 0);

  /* service records: still masked */
  records = query_ids (fx->db, "SELECT id FROM service_records WHERE event_id IS NOT NULL "
                               "ORDER BY minutes DESC, id LIMIT 25");
  filter.ids = records;
  filter.year = 0;
  g_assert_true (vd_list_export (fx->db, VD_LIST_RECORDS, &filter, path, FALSE, &n, NULL, &error));
  g_assert_cmpuint (n, ==, 25);
  assert_rows_are (path, records, "Minutes", fx->db, "SELECT minutes FROM service_records WHERE id = ?1");
  rows = read_rows (path);
  c = column_index (rows, "ID number");
  for (guint r = 1; r < rows->len; r++)
    g_assert_nonnull (strstr (((char **)g_ptr_array_index (rows, r))[c], "****"));

  /* members: volunteer ids within the team the owner names */
  team = vd_test_query_int (fx->db, "SELECT team_id FROM team_members GROUP BY team_id "
                                    "ORDER BY count(*) DESC LIMIT 1");
  members = query_ids (fx->db, "SELECT DISTINCT volunteer_id FROM team_members ORDER BY volunteer_id LIMIT 400");
  filter.ids = members;
  filter.owner = team;
  g_assert_true (vd_list_export (fx->db, VD_LIST_MEMBERS, &filter, path, FALSE, &n, NULL, &error));
  count_sql = g_strdup_printf ("SELECT count(*) FROM team_members WHERE team_id = %" G_GINT64_FORMAT
                               " AND volunteer_id IN (SELECT DISTINCT volunteer_id FROM team_members "
                               "ORDER BY volunteer_id LIMIT 400)", team);
  g_assert_cmpint (n, >, 0);
  g_assert_cmpint (n, ==, vd_test_query_int (fx->db, count_sql));

  /* an empty list: the header only */
  filter.ids = none;
  filter.owner = 0;
  g_assert_true (vd_list_export (fx->db, VD_LIST_WISHES, &filter, path, FALSE, &n, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 0);
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = read_rows (path);
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count(*) FROM audit_log WHERE action = 'export' "
                                              "AND json_extract (after_json, '$.shown_rows_only') = 'yes'"), ==, 6);
}

/* A path that cannot be written fails cleanly and logs nothing. */
static void
test_export_bad_path (VdTestFixture *fx,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fx->dir, "no", "such", "dir", "t.csv", NULL);
  gint64 audits = vd_test_query_int (fx->db, "SELECT count(*) FROM audit_log");

  g_assert_false (vd_list_export (fx->db, VD_LIST_TEAMS, NULL, path, FALSE, NULL, NULL, &error));
  g_assert_nonnull (error);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count(*) FROM audit_log"), ==, audits);
}

/* Runs the command-line tool in English; returns its exit status. */
static int
run_cli (char       **out,
         const char  *first,
         ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  g_auto(GStrv) envp = g_environ_setenv (g_get_environ (), "LC_ALL", "C.UTF-8", TRUE);
  int wait_status = 0;
  const char *arg;
  va_list args;

  g_ptr_array_add (argv, (gpointer)g_getenv ("VD_CLI"));
  va_start (args, first);
  for (arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer)arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **)argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                out, &err, &wait_status, &error);
  g_assert_no_error (error);
  if (out != NULL && *out != NULL && err != NULL)
    {
      char *both = g_strconcat (*out, err, NULL);

      g_free (*out);
      *out = both;
    }
  return WIFEXITED (wait_status) ? WEXITSTATUS (wait_status) : -1;
}

/* export KIND: --help names the columns; 0 written, 2 bad usage, 3 unwritable */
static void
test_cli_export (VdTestFixture *fx,
                 gconstpointer  data)
{
  g_autofree char *bad = g_build_filename (fx->dir, "none", "x.csv", NULL);

  make_sample (fx);
  for (VdListKind kind = 0; kind < VD_N_LISTS; kind++)
    {
      const char *name = vd_list_kind_to_name (kind);
      g_autofree char *file = g_strdup_printf ("%s.xlsx", name);
      g_autofree char *path = g_build_filename (fx->dir, file, NULL);
      g_autofree char *out = NULL;

      g_assert_cmpint (run_cli (&out, "export", name, "--help", NULL), ==, 0);
      g_assert_nonnull (strstr (out, "Columns: "));
      g_assert_nonnull (strstr (out, "--full-ids"));
      g_clear_pointer (&out, g_free);

      g_assert_cmpint (run_cli (&out, "export", name, "--database", fx->path, path, NULL), ==, 0);
      g_assert_nonnull (strstr (out, "Exported "));
      g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
      g_clear_pointer (&out, g_free);

      g_assert_cmpint (run_cli (&out, "export", name, "--database", fx->path, NULL), ==, 2);
      g_clear_pointer (&out, g_free);
      g_assert_cmpint (run_cli (&out, "export", name, "--database", fx->path, bad, NULL), ==, 3);
      g_clear_pointer (&out, g_free);
      g_assert_cmpint (run_cli (&out, "export", name, "--year", "2023", "--database", fx->path, path,
                                NULL), ==, vd_list_kind_has_year (kind) ? 0 : 2);
    }
  g_assert_cmpint (run_cli (NULL, "export", "nonsense", "x.csv", NULL), ==, 2);
}

/* --- imports --- */

static char *
export_to (VdTestFixture *fx,
           VdDatabase    *db,
           VdListKind     kind,
           const char    *ext)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strdup_printf ("rt-%s.%s", vd_list_kind_to_name (kind), ext);
  char *path = g_build_filename (fx->dir, name, NULL);

  g_assert_true (vd_list_export (db, kind, NULL, path, TRUE, NULL, NULL, &error));
  g_assert_no_error (error);
  return path;
}

static VdImportResult *
import_ok (VdDatabase *db,
           VdListKind  kind,
           const char *path)
{
  g_autoptr(GError) error = NULL;
  VdImportResult *result = NULL;

  g_assert_true (vd_list_import (db, kind, path, TRUE, NULL, &result, &error));
  g_assert_no_error (error);
  g_assert_nonnull (result);
  g_assert_true (result->committed);
  g_assert_cmpuint (result->rejected, ==, 0);
  return result;
}

/* A figure of both databases, which must be equal. */
static void
assert_same (VdDatabase *a,
             VdDatabase *b,
             const char *sql)
{
  gint64 x = vd_test_query_int (a, sql);
  gint64 y = vd_test_query_int (b, sql);

  if (x != y)
    g_error ("%s: %" G_GINT64_FORMAT " before, %" G_GINT64_FORMAT " after", sql, x, y);
}

/* The rows of sql (one column named x) of both databases, sorted, must be equal. */
static void
assert_same_text (VdDatabase *a,
                  VdDatabase *b,
                  const char *sql)
{
  g_autofree char *wrapped = g_strdup_printf ("SELECT group_concat (x, '|') FROM (%s ORDER BY x)", sql);
  char *texts[2];
  VdDatabase *dbs[2] = { a, b };

  for (int i = 0; i < 2; i++)
    {
      g_autoptr(GError) error = NULL;
      sqlite3_stmt *stmt = vd_database_prepare (dbs[i], wrapped, &error);

      g_assert_no_error (error);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
      texts[i] = g_strdup ((const char *)sqlite3_column_text (stmt, 0));
      sqlite3_finalize (stmt);
    }
  g_assert_nonnull (texts[0]);
  g_assert_cmpstr (texts[0], ==, texts[1]);
  g_free (texts[0]);
  g_free (texts[1]);
}

/* The fixture district exported (full IDs) and imported into a fresh database keeps
 * its stations, teams and leaders, volunteers and memberships, events with every
 * participant's minutes and status, and trainings with attendance. CSV and .xlsx. */
static void
test_round_trip (VdTestFixture *fx,
                 gconstpointer  data)
{
  for (int xlsx = 0; xlsx <= 1; xlsx++)
    {
      const char *ext = xlsx ? "xlsx" : "csv";
      g_autoptr(GError) error = NULL;
      g_autofree char *fresh_path = g_strdup_printf ("%s/fresh-%s.db", fx->dir, ext);
      g_autoptr(VdDatabase) fresh = vd_database_open (fresh_path, &error);
      g_autofree char *volunteers = g_strdup_printf ("%s/rt-volunteers.%s", fx->dir, ext);
      g_autofree char *stations = NULL, *teams = NULL, *events = NULL, *records = NULL;
      g_autofree char *trainings = NULL, *attendance = NULL;
      g_autoptr(VdImport) vimport = NULL;
      g_autoptr(VdImportResult) r1 = NULL, r2 = NULL, r3 = NULL, r4 = NULL, r5 = NULL;
      g_autoptr(VdImportResult) r6 = NULL, r7 = NULL, rv = NULL;
      g_autoptr(VdVolunteerList) list = NULL;
      g_autofree gint64 *ids = NULL;
      VdVolunteerFilter filter;
      guint n_ids;

      g_assert_no_error (error);
      if (!xlsx)
        make_sample (fx);
      stations = export_to (fx, fx->db, VD_LIST_STATIONS, ext);
      teams = export_to (fx, fx->db, VD_LIST_TEAMS, ext);
      events = export_to (fx, fx->db, VD_LIST_EVENTS, ext);
      records = export_to (fx, fx->db, VD_LIST_RECORDS, ext);
      trainings = export_to (fx, fx->db, VD_LIST_TRAININGS, ext);
      attendance = export_to (fx, fx->db, VD_LIST_ATTENDANCE, ext);
      list = vd_volunteer_list_new (fx->db);
      vd_volunteer_filter_init (&filter);
      g_assert_true (vd_volunteer_list_set_filter (list, &filter, &error));
      ids = vd_volunteer_list_dup_ids (list, &n_ids);
      g_assert_true (vd_export_volunteers (fx->db, ids, n_ids, volunteers, TRUE, NULL, &error));
      g_assert_no_error (error);

      /* the order an office would follow: places, teams, people, activity */
      r1 = import_ok (fresh, VD_LIST_STATIONS, stations);
      r2 = import_ok (fresh, VD_LIST_TEAMS, teams);
      g_assert_cmpuint (r2->rejects->len, >, 0);   /* leaders noted, not yet registered */
      vimport = vd_import_open (volunteers, &error);
      g_assert_no_error (error);
      g_assert_true (vd_import_run (vimport, fresh, TRUE, VD_DUPLICATES_SKIP, NULL, NULL, NULL, &rv, &error));
      g_assert_no_error (error);
      r3 = import_ok (fresh, VD_LIST_TEAMS, teams);
      g_assert_cmpuint (r3->updated, ==, vd_test_query_int (fx->db, "SELECT count(*) FROM team_members "
                                                                  "WHERE role = 'leader'"));
      r4 = import_ok (fresh, VD_LIST_EVENTS, events);
      r5 = import_ok (fresh, VD_LIST_EVENTS, records);
      r6 = import_ok (fresh, VD_LIST_TRAININGS, trainings);
      r7 = import_ok (fresh, VD_LIST_TRAININGS, attendance);
      g_assert_cmpuint (r5->imported, ==, vd_test_query_int (fx->db, "SELECT count(*) FROM service_records "
                                                                     "WHERE event_id IS NOT NULL"));

      assert_same (fx->db, fresh, "SELECT count(*) FROM stations");
      assert_same (fx->db, fresh, "SELECT count(*) FROM stations WHERE type = 'community'");
      assert_same (fx->db, fresh, "SELECT count(DISTINCT community_id) FROM stations");
      assert_same (fx->db, fresh, "SELECT count(*) FROM volunteers");
      assert_same (fx->db, fresh, "SELECT count(*) FROM teams");
      assert_same (fx->db, fresh, "SELECT count(*) FROM team_members");
      assert_same_text (fx->db, fresh, "SELECT t.name || v.volunteer_no || m.role AS x "
                                       "FROM team_members m JOIN teams t ON t.id = m.team_id "
                                       "JOIN volunteers v ON v.id = m.volunteer_id WHERE m.role = 'leader'");
      assert_same_text (fx->db, fresh, "SELECT s.name || s.type || coalesce (c.name, '') || s.established_on "
                                       "|| s.contact_phone AS x FROM stations s "
                                       "LEFT JOIN communities c ON c.id = s.community_id");
      assert_same (fx->db, fresh, "SELECT count(*) FROM events");
      assert_same (fx->db, fresh, "SELECT sum(people_served) FROM events");
      assert_same (fx->db, fresh, "SELECT count(*) FROM events WHERE status = 'held'");
      assert_same (fx->db, fresh, "SELECT sum(party_event) FROM events");
      assert_same (fx->db, fresh, "SELECT count(*) FROM service_records WHERE event_id IS NOT NULL");
      assert_same (fx->db, fresh, "SELECT sum(minutes) FROM service_records WHERE event_id IS NOT NULL");
      assert_same (fx->db, fresh, "SELECT sum(minutes) FROM service_records "
                                  "WHERE event_id IS NOT NULL AND status = 'approved'");
      assert_same (fx->db, fresh, "SELECT count(*) FROM service_records WHERE status = 'rejected'");
      assert_same (fx->db, fresh, "SELECT sum(backfilled) FROM service_records WHERE event_id IS NOT NULL");
      assert_same (fx->db, fresh, "SELECT sum(p.amount_centi) FROM points_ledger p "
                                  "JOIN service_records r ON r.id = p.service_record_id "
                                  "WHERE r.event_id IS NOT NULL AND p.kind IN ('earn', 'reverse')");
      assert_same (fx->db, fresh, "SELECT count(*) FROM trainings");
      assert_same (fx->db, fresh, "SELECT sum(minutes) FROM trainings");
      assert_same (fx->db, fresh, "SELECT count(*) FROM training_attendance");
      assert_same (fx->db, fresh, "SELECT count(*) FROM training_attendance WHERE status IN ('present', 'late')");
      assert_same_text (fx->db, fresh, "SELECT e.title || e.starts_at || e.ends_at || v.volunteer_no || "
                                       "r.service_date || r.minutes || r.status || r.backfilled AS x "
                                       "FROM service_records r JOIN events e ON e.id = r.event_id "
                                       "JOIN volunteers v ON v.id = r.volunteer_id");
      assert_same_text (fx->db, fresh, "SELECT t.topic || t.starts_at || v.volunteer_no || a.status || "
                                       "coalesce (a.checked_in_at, '') AS x FROM training_attendance a "
                                       "JOIN trainings t ON t.id = a.training_id "
                                       "JOIN volunteers v ON v.id = a.volunteer_id");

      /* importing the same files again changes nothing */
      {
        g_autoptr(VdImportResult) again = import_ok (fresh, VD_LIST_EVENTS, records);

        g_assert_cmpuint (again->imported, ==, 0);
        g_assert_cmpuint (again->skipped, ==, again->read);
      }
      assert_same (fx->db, fresh, "SELECT count(*) FROM service_records WHERE event_id IS NOT NULL");
    }
}

static char *
write_text (VdTestFixture *fx,
            const char    *name,
            const char    *text)
{
  char *path = g_build_filename (fx->dir, name, NULL);

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  return path;
}

/* Bad rows are listed by their row number in the file with every problem; the good
 * rows go in (not strict) or nothing does (strict). */
static void
test_row_errors (VdTestFixture *fx,
                 gconstpointer  data)
{
  g_autofree char *path = write_text (fx, "stations.csv",
    "某街道志愿服务站点名单\n"
    "站点名称,站点类型,办事处,社区,建站日期,联系电话\n"
    "红星社区志愿服务站,Community,红星街道,红星社区,2020-05-01,13800138000\n"
    "车站服务窗口,Service window,红星街道,,2021-13-01,\n"
    "绿地公园站,花园,,,2019-01-01,139****0000\n"
    ",public,,,2019-01-01,\n"
    "人民公园站,Public place,红星街道,,2019-03-01,\n");
  g_autoptr(GError) error = NULL;
  g_autoptr(VdImportResult) result = NULL;
  gint64 audits = vd_test_query_int (fx->db, "SELECT count(*) FROM audit_log");
  VdImportReject *reject;

  /* strict: nothing */
  g_assert_false (vd_list_import (fx->db, VD_LIST_STATIONS, path, TRUE, NULL, &result, &error));
  g_assert_error (error, VD_IMPORT_ERROR, VD_IMPORT_ERROR_REJECTED);
  g_assert_nonnull (result);
  g_assert_false (result->committed);
  g_assert_cmpuint (result->rejected, ==, 3);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count(*) FROM stations"), ==, 0);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count(*) FROM subdistricts"), ==, 0);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count(*) FROM audit_log"), ==, audits);
  g_clear_error (&error);
  g_clear_pointer (&result, vd_import_result_free);

  /* not strict: the two good rows */
  g_assert_true (vd_list_import (fx->db, VD_LIST_STATIONS, path, FALSE, NULL, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result->read, ==, 5);
  g_assert_cmpuint (result->imported, ==, 2);
  g_assert_cmpuint (result->rejected, ==, 3);
  reject = g_ptr_array_index (result->rejects, 0);
  g_assert_cmpuint (reject->row, ==, 4);
  g_assert_nonnull (strstr (reject->reason, "2021-13-01"));
  reject = g_ptr_array_index (result->rejects, 1);
  g_assert_cmpuint (reject->row, ==, 5);
  g_assert_nonnull (strstr (reject->reason, "花园"));       /* the type … */
  g_assert_nonnull (strstr (reject->reason, "masked"));    /* … and the phone */
  reject = g_ptr_array_index (result->rejects, 2);
  g_assert_cmpuint (reject->row, ==, 6);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count(*) FROM stations"), ==, 2);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count(*) FROM communities"), ==, 1);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count(*) FROM audit_log "
                                              "WHERE entity = 'import' AND action = 'stations'"), ==, 1);
}

/* Events: unknown volunteers and bad minutes are row errors; a file without the
 * required columns is refused as a whole. */
static void
test_event_errors (VdTestFixture *fx,
                   gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autofree char *unmapped = write_text (fx, "x.csv", "活动名称,备注\n植树,春季\n");
  g_autoptr(GError) error = NULL;
  g_autoptr(VdImportResult) result = NULL;
  g_autofree char *number = NULL;
  g_autofree char *text = NULL;
  VdImportReject *reject;

  vd_test_add_six_volunteers (fx->db);
  {
    sqlite3_stmt *stmt = vd_database_prepare (fx->db, "SELECT volunteer_no FROM volunteers LIMIT 1", &error);

    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    number = g_strdup ((const char *)sqlite3_column_text (stmt, 0));
    sqlite3_finalize (stmt);
  }
  text = g_strdup_printf ("活动名称,活动类别,开始时间,结束时间,志愿者编号,服务时长分钟,记录状态\n"
                          "义务植树,环境保护,2024-03-12 08:00,2024-03-12 11:00,%s,180,Approved\n"
                          "义务植树,环境保护,2024-03-12 08:00,2024-03-12 11:00,NOPE,60,\n"
                          "义务植树,环境保护,2024-03-12 08:00,2024-03-12 11:00,%s,9999,\n"
                          "敬老,助老,2024-03-13 08:00,2024-03-13 07:00,,,\n",
                          number, number);
  path = write_text (fx, "events.csv", text);

  g_assert_true (vd_list_import (fx->db, VD_LIST_EVENTS, path, FALSE, NULL, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result->imported, ==, 1);
  g_assert_cmpuint (result->rejected, ==, 2);
  g_assert_cmpuint (result->skipped, ==, 1);      /* the same volunteer again */
  reject = g_ptr_array_index (result->rejects, 0);
  g_assert_cmpuint (reject->row, ==, 3);
  g_assert_nonnull (strstr (reject->reason, "NOPE"));
  reject = g_ptr_array_index (result->rejects, 2);
  g_assert_cmpuint (reject->row, ==, 5);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count(*) FROM events"), ==, 1);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT minutes FROM service_records "
                                              "WHERE status = 'approved'"), ==, 180);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count(*) FROM points_ledger WHERE kind = 'earn'"), ==, 1);
  g_clear_pointer (&result, vd_import_result_free);

  g_assert_false (vd_list_import (fx->db, VD_LIST_EVENTS, unmapped, FALSE, NULL, &result, &error));
  g_assert_error (error, VD_IMPORT_ERROR, VD_IMPORT_ERROR_MAPPING);
  g_assert_null (result);
}

/* Imported service records obey the app's rules: minutes rounded down to the unit
 * (noted), the daily cap over this file's rows and the records already there (the
 * row rejected, naming the volunteer, the day and the cap), another day than the
 * event's only when back-filled; strict imports nothing. */
static void
test_service_rules (VdTestFixture *fx,
                    gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autofree char *later = NULL;
  g_autofree char *text = NULL;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *c = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VdImportResult) result = NULL;
  VdImportReject *reject;

  vd_test_add_six_volunteers (fx->db);
  a = vd_test_query_text (fx->db, "SELECT volunteer_no FROM volunteers WHERE name = '张伟'");
  b = vd_test_query_text (fx->db, "SELECT volunteer_no FROM volunteers WHERE name = '安然'");
  c = vd_test_query_text (fx->db, "SELECT volunteer_no FROM volunteers WHERE name = '单丽'");
  text = g_strdup_printf ("活动名称,活动类别,开始时间,结束时间,志愿者编号,服务日期,服务时长分钟,记录状态,是否补录\n"
                          "植树,环境保护,2024-03-12 08:00,2024-03-12 18:00,%s,,100,Approved,\n"
                          "植树,环境保护,2024-03-12 08:00,2024-03-12 18:00,%s,,300,,\n"
                          "清洁家园,环境保护,2024-03-12 13:00,2024-03-12 18:00,%s,,240,,\n"
                          "清洁家园,环境保护,2024-03-12 13:00,2024-03-12 18:00,%s,2024-03-14,60,,\n"
                          "清洁家园,环境保护,2024-03-12 13:00,2024-03-12 18:00,%s,2024-03-14,60,,是\n",
                          a, b, b, a, c);
  path = write_text (fx, "records.csv", text);

  /* strict: the two bad rows stop the whole file */
  g_assert_false (vd_list_import (fx->db, VD_LIST_EVENTS, path, TRUE, NULL, &result, &error));
  g_assert_error (error, VD_IMPORT_ERROR, VD_IMPORT_ERROR_REJECTED);
  g_assert_cmpuint (result->rejected, ==, 2);
  g_assert_false (result->committed);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count(*) FROM events"), ==, 0);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count(*) FROM service_records"), ==, 0);
  g_clear_error (&error);
  g_clear_pointer (&result, vd_import_result_free);

  g_assert_true (vd_list_import (fx->db, VD_LIST_EVENTS, path, FALSE, NULL, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result->imported, ==, 3);
  g_assert_cmpuint (result->rejected, ==, 2);
  g_assert_cmpuint (result->rejects->len, ==, 3);
  /* row 2: rounded down to 90, said so, approved with points for 90 minutes */
  reject = g_ptr_array_index (result->rejects, 0);
  g_assert_cmpuint (reject->row, ==, 2);
  g_assert_true (reject->skipped);
  g_assert_nonnull (strstr (reject->reason, "100"));
  g_assert_nonnull (strstr (reject->reason, "90"));
  vd_test_assert_query_text (fx->db, "SELECT r.minutes || ' ' || r.status FROM service_records r "
                                     "JOIN volunteers v ON v.id = r.volunteer_id WHERE v.name = '张伟'",
                             "90 approved");
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT sum (amount_centi) FROM points_ledger"), ==, 150);
  /* row 4: 300 + 240 minutes on the 12th is over 8 hours */
  reject = g_ptr_array_index (result->rejects, 1);
  g_assert_cmpuint (reject->row, ==, 4);
  g_assert_false (reject->skipped);
  g_assert_nonnull (strstr (reject->reason, "安然"));
  g_assert_nonnull (strstr (reject->reason, b));
  g_assert_nonnull (strstr (reject->reason, "2024-03-12"));
  g_assert_nonnull (strstr (reject->reason, "cap of 8 hours"));
  /* row 5: the 14th is outside the event; row 6, back-filled, is in */
  reject = g_ptr_array_index (result->rejects, 2);
  g_assert_cmpuint (reject->row, ==, 5);
  g_assert_nonnull (strstr (reject->reason, "back-filled"));
  vd_test_assert_query_text (fx->db, "SELECT service_date || ' ' || backfilled FROM service_records r "
                                     "JOIN volunteers v ON v.id = r.volunteer_id WHERE v.name = '单丽'",
                             "2024-03-14 1");
  g_clear_pointer (&result, vd_import_result_free);

  /* another file the same day: 安然's 300 pending minutes already count */
  text = (g_free (text), g_strdup_printf ("活动名称,活动类别,开始时间,结束时间,志愿者编号,服务时长分钟\n"
                                          "敬老助残,助老,2024-03-12 18:00,2024-03-12 23:30,%s,210\n"
                                          "敬老助残,助老,2024-03-12 18:00,2024-03-12 23:30,%s,180\n",
                                          b, a));
  later = write_text (fx, "later.csv", text);
  g_assert_true (vd_list_import (fx->db, VD_LIST_EVENTS, later, FALSE, NULL, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result->imported, ==, 1);
  g_assert_cmpuint (result->rejected, ==, 1);
  reject = g_ptr_array_index (result->rejects, 0);
  g_assert_cmpuint (reject->row, ==, 2);
  g_assert_nonnull (strstr (reject->reason, "安然"));
  g_assert_nonnull (strstr (reject->reason, "5 hours"));
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT sum (minutes) FROM service_records r "
                                              "JOIN volunteers v ON v.id = r.volunteer_id "
                                              "WHERE v.name = '安然' AND service_date = '2024-03-12'"), ==, 300);
}

/* A read-only database: masked exports work, full ones are refused (they could not be
 * audited), and imports are refused untouched. */
static void
test_read_only (VdTestFixture *fx,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VdDatabase) db = NULL;
  g_autoptr(VdImportResult) result = NULL;
  g_autofree char *masked = g_build_filename (fx->dir, "masked.csv", NULL);
  g_autofree char *full = g_build_filename (fx->dir, "full.csv", NULL);
  g_autofree char *teams = write_text (fx, "t.csv", "服务队名称,类别\n红星志愿服务队,党员\n");
  guint n = 0;

  make_sample (fx);
  g_clear_object (&fx->db);
  g_assert_cmpint (g_chmod (fx->path, 0400), ==, 0);
  db = vd_database_open (fx->path, &error);
  g_assert_no_error (error);
  g_assert_true (vd_database_is_read_only (db));

  g_assert_true (vd_list_export (db, VD_LIST_MEMBERS, NULL, masked, FALSE, &n, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, >, 0);
  g_assert_false (vd_list_export (db, VD_LIST_MEMBERS, NULL, full, TRUE, &n, NULL, &error));
  g_assert_error (error, VD_DATABASE_ERROR, VD_DATABASE_ERROR_READ_ONLY);
  g_assert_false (g_file_test (full, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  g_assert_false (vd_list_import (db, VD_LIST_TEAMS, teams, FALSE, NULL, &result, &error));
  g_assert_error (error, VD_DATABASE_ERROR, VD_DATABASE_ERROR_READ_ONLY);
  g_assert_null (result);
  g_clear_object (&db);
  g_assert_cmpint (g_chmod (fx->path, 0600), ==, 0);
}

/* import KIND: 0 all good, 1 rejected rows (strict: nothing), 2 usage, 3 unreadable */
static void
test_cli_import (VdTestFixture *fx,
                 gconstpointer  data)
{
  g_autofree char *good = write_text (fx, "t.csv", "服务队名称,类别\n红星志愿服务队,党员\n");
  g_autofree char *bad = write_text (fx, "b.csv", "服务队名称,类别,成立日期\n蓝天志愿服务队,环保,昨天\n"
                                                  "白云志愿服务队,环保,\n");
  g_autofree char *missing = g_build_filename (fx->dir, "none.csv", NULL);
  const char *kinds[] = { "teams", "stations", "events", "trainings" };
  g_autofree char *out = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_assert_cmpint (run_cli (&out, "import", kinds[i], "--help", NULL), ==, 0);
      g_assert_nonnull (strstr (out, "--strict"));
      g_assert_nonnull (strstr (out, "Columns: "));
      g_clear_pointer (&out, g_free);
      g_assert_cmpint (run_cli (&out, "import", kinds[i], "--database", fx->path, NULL), ==, 2);
      g_clear_pointer (&out, g_free);
      g_assert_cmpint (run_cli (&out, "import", kinds[i], "--database", fx->path, missing, NULL), ==, 3);
      g_clear_pointer (&out, g_free);
    }
  g_assert_cmpint (run_cli (&out, "import", "teams", "--database", fx->path, good, NULL), ==, 0);
  g_assert_nonnull (strstr (out, "Imported: 1"));
  g_clear_pointer (&out, g_free);

  g_assert_cmpint (run_cli (&out, "import", "teams", "--strict", "--database", fx->path, bad, NULL), ==, 1);
  g_assert_nonnull (strstr (out, "Row 2: "));
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count(*) FROM teams"), ==, 1);

  g_assert_cmpint (run_cli (&out, "import", "teams", "--database", fx->path, bad, NULL), ==, 1);
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count(*) FROM teams"), ==, 2);

  g_assert_cmpint (run_cli (&out, "import", "teams", "--database", "/proc/none/x.db", good, NULL), ==, 3);
}

#define ADD(name, func) \
  g_test_add (name, VdTestFixture, NULL, vd_test_fixture_set_up, func, vd_test_fixture_tear_down)

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  vd_core_init_i18n (g_getenv ("VOLUNTEER_DESK_LOCALEDIR"));

  ADD ("/lists/export/masking", test_export_masking);
  ADD ("/lists/export/filters", test_export_filters);
  ADD ("/lists/export/shown", test_export_shown);
  ADD ("/lists/export/bad-path", test_export_bad_path);
  ADD ("/lists/cli/export", test_cli_export);
  ADD ("/lists/import/round-trip", test_round_trip);
  ADD ("/lists/import/row-errors", test_row_errors);
  ADD ("/lists/import/event-errors", test_event_errors);
  ADD ("/lists/import/service-rules", test_service_rules);
  ADD ("/lists/cli/import", test_cli_import);
  ADD ("/lists/read-only", test_read_only);

  return g_test_run ();
}
