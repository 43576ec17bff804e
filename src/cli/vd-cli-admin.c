/* vd-cli-admin.c — certificate, backup, restore and check from the command line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "vd-certificate-document.h"
#include "vd-cli.h"

int
vd_cli_certificate (int    argc,
                    char **argv)
{
  g_autofree char *number = NULL;
  g_autofree char *copy_of = NULL;
  gboolean full_ids = FALSE;
  VdCertificateRequest request;
  const GOptionEntry entries[] = {
    { "volunteer", 0, 0, G_OPTION_ARG_STRING, &number,
      N_("The volunteer's number (志愿者编号)"), N_("NUMBER") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &request.from,
      N_("First day of the period (default: 1 January of this year)"), N_("DATE") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &request.to,
      N_("Last day of the period (default: today)"), N_("DATE") },
    { "issuer", 0, 0, G_OPTION_ARG_STRING, &request.issuer,
      N_("The issuing organization (default: as on the last certificate)"), N_("NAME") },
    { "responsible", 0, 0, G_OPTION_ARG_STRING, &request.responsible_person,
      N_("The person responsible"), N_("NAME") },
    { "handler", 0, 0, G_OPTION_ARG_STRING, &request.handler,
      N_("Who handles the certificate"), N_("NAME") },
    { "contact", 0, 0, G_OPTION_ARG_STRING, &request.contact,
      N_("A phone number or address to contact"), N_("TEXT") },
    { "copy-of", 0, 0, G_OPTION_ARG_STRING, &copy_of,
      N_("Print a copy of the certificate with this number instead of issuing one"), N_("NUMBER") },
    { "full-ids", 0, 0, G_OPTION_ARG_NONE, &full_ids,
      N_("Print the full ID number instead of a masked one"), NULL },
    { NULL }
  };
  g_autoptr(VdDatabase) db = NULL;
  g_autoptr(VdCertificate) certificate = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(VdDoc) doc = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  memset (&request, 0, sizeof request);
  if (!vd_cli_parse_options (&argc, &argv, _("OUT.pdf"),
                             _("Issues a service record certificate (志愿服务记录证明) for a volunteer "
                               "and a period, takes its number from the database's register and "
                               "writes it as a PDF."),
                             entries, 1) ||
      (number == NULL) == (copy_of == NULL))
    {
      if (number == NULL && copy_of == NULL)
        g_printerr (_("Give --volunteer NUMBER (or --copy-of NUMBER).\n"));
      vd_certificate_request_clear (&request);
      return EXIT_USAGE;
    }

  db = vd_cli_open_database ();
  if (db == NULL)
    {
      vd_certificate_request_clear (&request);
      return EXIT_DATABASE;
    }

  if (copy_of != NULL)
    certificate = vd_certificate_get (db, copy_of, &error);
  else
    {
      VdCertificateRequest defaults;

      /* Whatever was not given comes from the defaults. */
      vd_certificate_request_init (&defaults, db);
#define TAKE(field) \
      if (request.field == NULL) \
        request.field = g_steal_pointer (&defaults.field);
      TAKE (from) TAKE (to) TAKE (issuer) TAKE (responsible_person) TAKE (handler) TAKE (contact)
#undef TAKE
      vd_certificate_request_clear (&defaults);

      id = vd_register_find_number (db, number);
      if (id == 0)
        {
          g_printerr (_("No volunteer has the number %s.\n"), number);
          vd_certificate_request_clear (&request);
          return EXIT_REJECTED;
        }
      certificate = vd_certificate_issue (db, id, &request, &error);
    }
  vd_certificate_request_clear (&request);
  if (certificate == NULL)
    {
      g_printerr ("%s\n", error->message);
      return error->domain == VD_CERTIFICATE_ERROR ? EXIT_REJECTED : EXIT_DATABASE;
    }

  list = g_ptr_array_new ();
  g_ptr_array_add (list, certificate);
  doc = vd_certificate_document_new (list, full_ids);
  if (!vd_doc_write_pdf (doc, argv[1], &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_DATABASE;
    }
  g_print (_("Certificate %s for %s: %.1f hours, written to %s\n"), certificate->number,
           certificate->name, certificate->total_minutes / 60.0, argv[1]);
  return EXIT_OK;
}

int
vd_cli_backup (int    argc,
               char **argv)
{
  g_autoptr(VdDatabase) db = NULL;
  g_autoptr(GError) error = NULL;

  if (!vd_cli_parse_options (&argc, &argv, _("OUT.db"),
                             _("Copies the database, consistently even while the app is using "
                               "it, into a new file readable only by you."),
                             NULL, 1))
    return EXIT_USAGE;
  db = vd_cli_open_database ();
  if (db == NULL)
    return EXIT_DATABASE;
  if (!vd_backup_to_file (db, argv[1], &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_DATABASE;
    }
  g_print (_("Backed up to %s\n"), argv[1]);
  return EXIT_OK;
}

int
vd_cli_restore (int    argc,
                char **argv)
{
  g_autoptr(VdDatabase) db = NULL;
  g_autoptr(GError) error = NULL;

  if (!vd_cli_parse_options (&argc, &argv, _("BACKUP.db"),
                             _("Replaces the database's content with a backup, after checking "
                               "the backup and keeping a backup of the current content."),
                             NULL, 1))
    return EXIT_USAGE;
  db = vd_cli_open_database ();
  if (db == NULL)
    return EXIT_DATABASE;
  if (!vd_backup_restore (db, argv[1], &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_DATABASE;
    }
  g_print (_("Restored from %s\n"), argv[1]);
  return EXIT_OK;
}

int
vd_cli_check (int    argc,
              char **argv)
{
  g_autoptr(VdDatabase) db = NULL;
  g_autoptr(GError) error = NULL;

  if (!vd_cli_parse_options (&argc, &argv, "",
                             _("Checks the database file's integrity and that every reference "
                               "between rows holds."),
                             NULL, 0))
    return EXIT_USAGE;
  db = vd_cli_open_database ();
  if (db == NULL)
    return EXIT_DATABASE;
  if (!vd_database_integrity_check (db, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_DATABASE;
    }
  g_print (_("The database is sound.\n"));
  return EXIT_OK;
}
