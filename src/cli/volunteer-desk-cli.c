/* volunteer-desk-cli.c — the register from the command line, on the same core
 * library as the app
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Exit status: 0 success, 1 some input rows were rejected, 2 bad usage, 3 a
 * database or file error.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>
#include <unistd.h>

#include "vd-cli.h"

static char *database_path = NULL;

static const GOptionEntry common_entries[] = {
  { "database", 'd', 0, G_OPTION_ARG_FILENAME, &database_path,
    N_("Use the database at PATH instead of the default one"), N_("PATH") },
  { NULL }
};

VdDatabase *
vd_cli_open_database (void)
{
  g_autofree char *path = vd_database_resolve_path (database_path);
  g_autoptr(GError) error = NULL;
  VdDatabase *db = vd_database_open (path, &error);

  if (db == NULL)
    g_printerr (_("Cannot open the database %s: %s\n"), path, error->message);
  return db;
}

gboolean
vd_cli_parse_options (int                 *argc,
                      char              ***argv,
                      const char          *parameters,
                      const char          *summary,
                      const GOptionEntry  *entries,
                      int                  n_arguments)
{
  g_autoptr(GOptionContext) context = g_option_context_new (parameters);
  g_autoptr(GError) error = NULL;

  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, summary);
  g_option_context_add_main_entries (context, common_entries, GETTEXT_PACKAGE);
  if (entries != NULL)
    g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return FALSE;
    }
  if (*argc != n_arguments + 1)
    {
      g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);
      g_printerr ("%s", help);
      return FALSE;
    }
  return TRUE;
}

static void
print_progress (double   fraction,
                guint    rows,
                gpointer user_data)
{
  if (*(gboolean *)user_data)
    g_printerr ("\r%3d%%  %u", (int)(fraction * 100), rows);
}

static int
import_volunteers (int    argc,
                   char **argv)
{
  gboolean strict = FALSE;
  gboolean update = FALSE;
  const GOptionEntry entries[] = {
    { "strict", 0, 0, G_OPTION_ARG_NONE, &strict,
      N_("Import nothing if any row is rejected"), NULL },
    { "update", 0, 0, G_OPTION_ARG_NONE, &update,
      N_("Update volunteers who are already registered instead of skipping them"), NULL },
    { NULL }
  };
  g_autoptr(VdDatabase) db = NULL;
  g_autoptr(VdImport) import = NULL;
  g_autoptr(VdImportResult) result = NULL;
  g_autoptr(GError) error = NULL;
  gboolean on_terminal = isatty (2);
  gboolean ok;

  if (!vd_cli_parse_options (&argc, &argv, _("FILE"),
                      _("Imports volunteers from a CSV file (UTF-8, GBK or UTF-16) or an Excel "
                        "workbook (.xlsx). Columns are recognised by their headers."),
                      entries, 1))
    return EXIT_USAGE;

  db = vd_cli_open_database ();
  if (db == NULL)
    return EXIT_DATABASE;

  import = vd_import_open (argv[1], &error);
  if (import == NULL)
    {
      g_printerr ("%s: %s\n", argv[1], error->message);
      return EXIT_DATABASE;
    }
  if (!vd_import_check_mapping (import, &error))
    {
      g_printerr ("%s: %s\n", argv[1], error->message);
      return EXIT_REJECTED;
    }

  ok = vd_import_run (import, db, strict, update ? VD_DUPLICATES_UPDATE : VD_DUPLICATES_SKIP,
                      NULL, print_progress, &on_terminal, &result, &error);
  if (on_terminal)
    g_printerr ("\r          \r");

  if (result != NULL)
    {
      g_print (_("Read: %u  Imported: %u  Updated: %u  Skipped: %u  Rejected: %u\n"),
               result->read, result->imported, result->updated, result->skipped, result->rejected);
      for (guint i = 0; i < result->rejects->len; i++)
        {
          VdImportReject *reject = g_ptr_array_index (result->rejects, i);

          /* Translators: a rejected or skipped row of an imported file and why */
          g_print (_("Row %u: %s\n"), reject->row, reject->reason);
        }
    }
  if (!ok)
    {
      g_printerr ("%s\n", error->message);
      return g_error_matches (error, VD_IMPORT_ERROR, VD_IMPORT_ERROR_REJECTED)
               ? EXIT_REJECTED : EXIT_DATABASE;
    }
  return result->rejected > 0 ? EXIT_REJECTED : EXIT_OK;
}

static int
export_volunteers (int    argc,
                   char **argv)
{
  gboolean full_ids = FALSE;
  const GOptionEntry entries[] = {
    { "full-ids", 0, 0, G_OPTION_ARG_NONE, &full_ids,
      N_("Write full ID numbers and phone numbers instead of masked ones"), NULL },
    { NULL }
  };
  g_autoptr(VdDatabase) db = NULL;
  g_autoptr(VdVolunteerList) list = NULL;
  g_autoptr(GError) error = NULL;
  VdVolunteerFilter filter;
  g_autofree gint64 *ids = NULL;
  guint n_ids;

  if (!vd_cli_parse_options (&argc, &argv, _("FILE"),
                      _("Exports every volunteer to FILE: Excel (.xlsx) by its name, otherwise "
                        "CSV in UTF-8 with BOM. ID numbers and phones are masked unless "
                        "--full-ids is given."),
                      entries, 1))
    return EXIT_USAGE;

  db = vd_cli_open_database ();
  if (db == NULL)
    return EXIT_DATABASE;

  list = vd_volunteer_list_new (db);
  vd_volunteer_filter_init (&filter);
  if (!vd_volunteer_list_set_filter (list, &filter, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_DATABASE;
    }
  ids = vd_volunteer_list_dup_ids (list, &n_ids);
  if (!vd_export_volunteers (db, ids, n_ids, argv[1], full_ids, NULL, &error))
    {
      g_printerr ("%s: %s\n", argv[1], error->message);
      return EXIT_DATABASE;
    }
  g_print (g_dngettext (GETTEXT_PACKAGE, "Exported %u volunteer to %s\n",
                        "Exported %u volunteers to %s\n", n_ids),
           n_ids, argv[1]);
  return EXIT_OK;
}

/* argv[0] is "import KIND": teams, stations, events, trainings. */
static int
import_list (int    argc,
             char **argv)
{
  gboolean strict = FALSE;
  const GOptionEntry entries[] = {
    { "strict", 0, 0, G_OPTION_ARG_NONE, &strict,
      N_("Import nothing if any row is rejected"), NULL },
    { NULL }
  };
  g_autoptr(VdDatabase) db = NULL;
  g_autoptr(VdImportResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  g_autofree const char **headers = NULL;
  g_autofree char *columns = NULL;
  VdListKind kind;
  gboolean ok;

  if (!vd_list_kind_from_name (strchr (argv[0], ' ') + 1, &kind))
    return EXIT_USAGE;
  headers = vd_list_get_headers (kind == VD_LIST_EVENTS ? VD_LIST_RECORDS
                                 : kind == VD_LIST_TRAININGS ? VD_LIST_ATTENDANCE : kind);
  columns = g_strjoinv (", ", (char **)headers);
  /* Translators: the help of "import KIND"; %s is the list (服务队), then its columns */
  summary = g_strdup_printf (_("Imports %s from a CSV file (UTF-8, GBK or UTF-16) or an Excel "
                               "workbook (.xlsx). Columns are recognised by their headers, as "
                               "an export writes them. Rows already in the database are "
                               "skipped; rejected rows are listed with their row numbers.\n\n"
                               "Columns: %s"),
                             vd_list_kind_get_title (kind), columns);
  if (!vd_cli_parse_options (&argc, &argv, _("FILE"), summary, entries, 1))
    return EXIT_USAGE;

  db = vd_cli_open_database ();
  if (db == NULL)
    return EXIT_DATABASE;

  ok = vd_list_import (db, kind, argv[1], strict, NULL, &result, &error);
  if (result != NULL)
    {
      g_print (_("Read: %u  Imported: %u  Updated: %u  Skipped: %u  Rejected: %u\n"),
               result->read, result->imported, result->updated, result->skipped, result->rejected);
      for (guint i = 0; i < result->rejects->len; i++)
        {
          VdImportReject *reject = g_ptr_array_index (result->rejects, i);

          g_print (_("Row %u: %s\n"), reject->row, reject->reason);
        }
    }
  if (!ok)
    {
      g_printerr ("%s: %s\n", argv[1], error->message);
      return g_error_matches (error, VD_IMPORT_ERROR, VD_IMPORT_ERROR_REJECTED) ||
             g_error_matches (error, VD_IMPORT_ERROR, VD_IMPORT_ERROR_MAPPING)
               ? EXIT_REJECTED : EXIT_DATABASE;
    }
  return result->rejected > 0 ? EXIT_REJECTED : EXIT_OK;
}

/* argv[0] is "export KIND": every list but the register goes through here. */
static int
export_list (int    argc,
             char **argv)
{
  gboolean full_ids = FALSE;
  int year = 0;
  const GOptionEntry entries[] = {
    { "full-ids", 0, 0, G_OPTION_ARG_NONE, &full_ids,
      N_("Write full ID numbers and phone numbers instead of masked ones"), NULL },
    { "year", 0, 0, G_OPTION_ARG_INT, &year,
      N_("Only the rows of this year (events, records, trainings, attendance, wishes, ledger)"),
      N_("YEAR") },
    { NULL }
  };
  g_autoptr(VdDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  g_autofree const char **headers = NULL;
  g_autofree char *columns = NULL;
  VdListFilter filter = { 0, 0 };
  VdListKind kind;
  guint n_rows = 0;

  if (!vd_list_kind_from_name (strchr (argv[0], ' ') + 1, &kind))
    return EXIT_USAGE;
  headers = vd_list_get_headers (kind);
  columns = g_strjoinv (", ", (char **)headers);
  /* Translators: the help of "export KIND"; %s is the list (服务队), then its columns */
  summary = g_strdup_printf (_("Exports the list of %s to FILE: Excel (.xlsx) by its name, "
                               "otherwise CSV in UTF-8 with BOM. ID numbers and phones are "
                               "masked unless --full-ids is given.\n\nColumns: %s"),
                             vd_list_kind_get_title (kind), columns);
  if (!vd_cli_parse_options (&argc, &argv, _("FILE"), summary, entries, 1))
    return EXIT_USAGE;
  if (year != 0 && (year < 1900 || year > 2100 || !vd_list_kind_has_year (kind)))
    {
      g_printerr (_("--year is a year from 1900 to 2100, for a list that has dates.\n"));
      return EXIT_USAGE;
    }

  db = vd_cli_open_database ();
  if (db == NULL)
    return EXIT_DATABASE;
  filter.year = year;
  if (!vd_list_export (db, kind, &filter, argv[1], full_ids, &n_rows, NULL, &error))
    {
      g_printerr ("%s: %s\n", argv[1], error->message);
      return EXIT_DATABASE;
    }
  g_print (g_dngettext (GETTEXT_PACKAGE, "Exported %u row to %s\n",
                        "Exported %u rows to %s\n", n_rows),
           n_rows, argv[1]);
  return EXIT_OK;
}

static int
print_sample_summary (VdDatabase  *db,
                      int          year,
                      const GDate *today)
{
  g_autoptr(GError) error = NULL;
  VdSampleSummary s;

  if (!vd_sample_summarize (db, year, &s, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_DATABASE;
    }
  g_print (_("Volunteers: %u (party members: %u)\n"),
           (guint)s.volunteers, (guint)s.party_volunteers);
  g_print (_("Stations: %u (%u new in %d), running projects: %u\n"),
           (guint)s.stations, (guint)s.stations_new, year, (guint)s.station_projects);
  g_print (_("Teams: %u, members: %u\n"), (guint)s.teams, (guint)s.team_members);
  g_print (_("Events held in %d: %u, people served: %u (events in all years: %u)\n"),
           year, (guint)s.events_year, (guint)s.people_served_year, (guint)s.events_total);
  g_print (_("Party events in %d: %u, participations: %u\n"),
           year, (guint)s.party_events_year, (guint)s.party_participations_year);
  g_print (_("Service records: %u (in %d: %u; pending: %u, rejected: %u, back-filled: %u)\n"),
           (guint)s.records_total, year, (guint)s.records_year, (guint)s.records_pending,
           (guint)s.records_rejected, (guint)s.records_backfilled);
  g_print (_("Approved service hours in %d: %u\n"), year, (guint)(s.approved_minutes_year / 60));
  g_print (_("Trainings in %d: %u, attendances: %u\n"),
           year, (guint)s.trainings_year, (guint)s.attendances_year);
  g_print (_("Micro-wishes: %u (fulfilled in %d: %u)\n"),
           (guint)s.wishes_total, year, (guint)s.wishes_fulfilled_year);
  g_print (_("Points ledger rows: %u, exchanges: %u\n"), (guint)s.points_rows, (guint)s.exchanges);
  g_print (_("Commendations: %u\n"), (guint)s.commendations);
  if (g_date_get_year (today) == year)
    {
      g_autofree char *iso = vd_date_to_iso (today);

      g_print (_("The figures of %d run up to today, %s; events still planned after it: %u\n"),
               year, iso, (guint)s.events_planned_year);
    }
  return EXIT_OK;
}

static int
make_sample (int    argc,
             char **argv)
{
  g_autofree char *scale = NULL;
  g_autofree char *today_text = NULL;
  int seed = 2023;
  int year = 0;
  int volunteers = 0;
  const GOptionEntry entries[] = {
    { "scale", 0, 0, G_OPTION_ARG_STRING, &scale,
      N_("district (47,000 volunteers, the default) or city (1,000,000)"), N_("SCALE") },
    { "seed", 0, 0, G_OPTION_ARG_INT, &seed, N_("Seed of the generator (same seed, same data)"), N_("N") },
    { "year", 0, 0, G_OPTION_ARG_INT, &year,
      N_("The year the sample describes (this year by default: its activity runs up to today)"), N_("YEAR") },
    { "today", 0, 0, G_OPTION_ARG_STRING, &today_text,
      N_("The day taken as today: nothing is dated after it (default: the local date)"), N_("YYYY-MM-DD") },
    { "volunteers", 0, 0, G_OPTION_ARG_INT, &volunteers,
      N_("Number of volunteers instead of the scale's"), N_("N") },
    { NULL }
  };
  g_autoptr(VdDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  VdSampleOptions options;
  gint64 existing;

  if (!vd_cli_parse_options (&argc, &argv, _("OUT.db"),
                      _("Writes a generated district into a new database: stations, teams, "
                        "volunteers with realistic names and valid ID numbers, and two years of "
                        "events, service hours, training, micro-wishes and points; then prints "
                        "what it wrote."),
                      entries, 1))
    return EXIT_USAGE;
  if (scale != NULL && !g_str_equal (scale, "district") && !g_str_equal (scale, "city"))
    {
      g_printerr (_("The scale is “district” or “city”, not “%s”.\n"), scale);
      return EXIT_USAGE;
    }
  vd_sample_options_init (&options, g_strcmp0 (scale, "city") == 0 ? VD_SAMPLE_CITY : VD_SAMPLE_DISTRICT);
  if (today_text != NULL && !vd_date_parse (today_text, &options.today))
    {
      g_printerr (_("“%s” is not a date: give today as YYYY-MM-DD.\n"), today_text);
      return EXIT_USAGE;
    }
  if (!g_date_valid (&options.today))
    vd_date_set_today (&options.today);
  if (year == 0)
    year = g_date_get_year (&options.today);
  if (year < 2000 || year > 2100 || volunteers < 0)
    {
      g_printerr (_("The year or the number of volunteers is out of range.\n"));
      return EXIT_USAGE;
    }
  if (year > g_date_get_year (&options.today))
    {
      g_autofree char *iso = vd_date_to_iso (&options.today);
      g_autofree char *message = g_strdup_printf (_("The sample cannot describe %d: it is after today (%s)."),
                                                  year, iso);

      g_printerr ("%s\n", message);
      return EXIT_USAGE;
    }
  options.seed = (guint32)seed;
  options.year = year;
  options.volunteers = (guint)volunteers;

  db = vd_database_open (argv[1], &error);
  if (db == NULL)
    {
      g_printerr ("%s: %s\n", argv[1], error->message);
      return EXIT_DATABASE;
    }
  existing = vd_database_count_rows (db, "volunteers");
  if (existing != 0)
    {
      g_printerr (_("%s already holds volunteers: give a new file.\n"), argv[1]);
      return EXIT_USAGE;
    }
  if (!vd_sample_generate (db, &options, NULL, &error))
    {
      g_printerr ("%s: %s\n", argv[1], error->message);
      return EXIT_DATABASE;
    }
  g_print (_("Wrote the sample to %s\n"), argv[1]);
  return print_sample_summary (db, options.year, &options.today);
}

static const struct {
  const char *command;
  const char *kind;
  int       (*run) (int argc, char **argv);
  const char *summary;
} commands[] = {
  { "import", "volunteers", import_volunteers, N_("Import volunteers from a CSV or .xlsx file") },
  { "import", "teams", import_list, N_("Import teams (with their leaders)") },
  { "import", "stations", import_list, N_("Import service stations") },
  { "import", "events", import_list, N_("Import events with their participants and hours") },
  { "import", "trainings", import_list, N_("Import trainings with their attendance") },
  { "export", "volunteers", export_volunteers, N_("Export the register to a CSV or .xlsx file") },
  { "export", "teams", export_list, N_("Export the teams") },
  { "export", "members", export_list, N_("Export the members of every team") },
  { "export", "stations", export_list, N_("Export the service stations") },
  { "export", "events", export_list, N_("Export the events") },
  { "export", "records", export_list, N_("Export the participants and service records of events") },
  { "export", "trainings", export_list, N_("Export the trainings") },
  { "export", "attendance", export_list, N_("Export the attendance of every training") },
  { "export", "wishes", export_list, N_("Export the micro-wishes") },
  { "export", "ledger", export_list, N_("Export the points ledger") },
  { "sample", NULL, make_sample, N_("Write a generated district into a new database") },
  { "certificate", NULL, vd_cli_certificate, N_("Issue a service record certificate as a PDF") },
  { "backup", NULL, vd_cli_backup, N_("Copy the database into a backup file") },
  { "restore", NULL, vd_cli_restore, N_("Replace the database with a backup") },
  { "check", NULL, vd_cli_check, N_("Check the database's integrity and references") },
  { "report", "annual", vd_cli_report_annual, N_("Write the annual work summary as PDF, .xlsx or JSON") },
};

static int
usage (void)
{
  g_printerr (_("Usage: volunteer-desk-cli COMMAND KIND [OPTION…] ARGUMENTS\n\nCommands:\n"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    g_printerr ("  %-11s %-10s %s\n", commands[i].command,
                commands[i].kind != NULL ? commands[i].kind : "", _(commands[i].summary));
  g_printerr (_("\nEach command takes --database PATH and --help.\n"));
  return EXIT_USAGE;
}

int
main (int    argc,
      char **argv)
{
  const char *localedir = g_getenv ("VOLUNTEER_DESK_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  vd_core_init_i18n (localedir);

  if (argc < 2)
    return usage ();

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (commands[i].kind == NULL && g_str_equal (argv[1], commands[i].command))
      return commands[i].run (argc - 1, argv + 1);
    else if (commands[i].kind != NULL && argc >= 3 &&
             g_str_equal (argv[1], commands[i].command) && g_str_equal (argv[2], commands[i].kind))
      {
        /* The command's options see "import-volunteers FILE …". */
        g_autofree char *name = g_strdup_printf ("%s %s", argv[1], argv[2]);
        argv[2] = name;
        return commands[i].run (argc - 2, argv + 2);
      }
  return usage ();
}
