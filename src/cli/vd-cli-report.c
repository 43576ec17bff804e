/* vd-cli-report.c — the annual work summary from the command line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "vd-annual-document.h"
#include "vd-cli.h"

/* "pdf", "xlsx" or "json" from --format, else from the file's extension; NULL if
 * neither says. */
static const char *
report_format (const char *format,
               const char *path)
{
  static const char *const formats[] = { "pdf", "xlsx", "json" };
  g_autofree char *lower = g_ascii_strdown (format != NULL ? format : path, -1);

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autofree char *suffix = g_strconcat (".", formats[i], NULL);

      if (format != NULL ? g_str_equal (lower, formats[i]) : g_str_has_suffix (lower, suffix))
        return formats[i];
    }
  return NULL;
}

int
vd_cli_report_annual (int    argc,
                      char **argv)
{
  int year = 0;
  g_autofree char *format = NULL;
  const GOptionEntry entries[] = {
    { "year", 0, 0, G_OPTION_ARG_INT, &year,
      N_("The year of the summary (default: the latest year with data)"), N_("YEAR") },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format,
      N_("pdf, xlsx or json (default: from the file name)"), N_("FORMAT") },
    { NULL }
  };
  g_autoptr(VdDatabase) db = NULL;
  g_autoptr(VdAnnual) annual = NULL;
  g_autoptr(GError) error = NULL;
  const char *kind;
  gboolean ok;

  if (!vd_cli_parse_options (&argc, &argv, _("OUT"),
                             _("Writes the annual work summary of a year: the teams, volunteers, "
                               "events, service hours, stations, training, party members’ "
                               "indicators, micro-wishes and commendations, as a PDF, an Excel "
                               "workbook (one sheet per table) or JSON."),
                             entries, 1))
    return EXIT_USAGE;
  kind = report_format (format, argv[1]);
  if (kind == NULL)
    {
      g_printerr (_("The format is pdf, xlsx or json, not “%s”.\n"),
                  format != NULL ? format : argv[1]);
      return EXIT_USAGE;
    }
  if (year != 0 && (year < 1990 || year > 2100))
    {
      g_printerr (_("The year %d is out of range.\n"), year);
      return EXIT_USAGE;
    }

  db = vd_cli_open_database ();
  if (db == NULL)
    return EXIT_DATABASE;
  if (year == 0)
    {
      int first;

      if (!vd_annual_years (db, &first, &year, &error))
        {
          g_printerr ("%s\n", error->message);
          return EXIT_DATABASE;
        }
    }

  annual = vd_annual_load (db, year, &error);
  if (annual == NULL)
    {
      g_printerr ("%s\n", error->message);
      return EXIT_DATABASE;
    }

  if (g_str_equal (kind, "json"))
    ok = vd_annual_write_json (annual, argv[1], &error);
  else if (g_str_equal (kind, "xlsx"))
    ok = vd_annual_write_xlsx (annual, argv[1], &error);
  else
    {
      g_autoptr(VdDoc) doc = vd_annual_document_new (annual);

      ok = vd_doc_write_pdf (doc, argv[1], &error);
    }
  if (!ok)
    {
      g_printerr ("%s\n", error->message);
      return EXIT_DATABASE;
    }
  if (!annual->has_data)
    g_print (_("No volunteer service was recorded in %d; the summary says so.\n"), year);
  g_print (_("Wrote the %d annual summary to %s\n"), year, argv[1]);
  return EXIT_OK;
}
