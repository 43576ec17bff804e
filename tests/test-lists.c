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
  ADD ("/lists/export/bad-path", test_export_bad_path);
  ADD ("/lists/cli/export", test_cli_export);

  return g_test_run ();
}
