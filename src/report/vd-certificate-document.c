/* vd-certificate-document.c — the printed service record certificate
 *
 * The fields follow the national practice for 志愿服务记录证明: who (name, ID type and
 * number, volunteer number), the period, the approved hours, what the service was,
 * and who issues it, with the register's number.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "vd-certificate-document.h"
#include "vd-identity.h"

/* More lines than fit on the page are summed up by category instead. */
#define MAX_LINES 28

static char *
format_date (const char *iso)
{
  int y, m, d;

  if (iso == NULL || sscanf (iso, "%d-%d-%d", &y, &m, &d) != 3)
    return g_strdup (iso != NULL ? iso : "");
  /* Translators: a date on a certificate: %1$d year, %2$d month, %3$d day */
  return g_strdup_printf (C_("certificate date", "%1$d-%2$02d-%3$02d"), y, m, d);
}

static char *
format_hours (gint64 minutes)
{
  return g_strdup_printf ("%.1f", minutes / 60.0);
}

static void
add_lines (VdDoc         *doc,
           VdCertificate *c)
{
  static const double widths[] = { 0.22, 0.44, 0.19, 0.15 };
  static const VdDocAlign aligns[] = { VD_DOC_LEFT, VD_DOC_LEFT, VD_DOC_LEFT, VD_DOC_RIGHT };
  static const double sum_widths[] = { 0.56, 0.22, 0.22 };
  static const VdDocAlign sum_aligns[] = { VD_DOC_LEFT, VD_DOC_RIGHT, VD_DOC_RIGHT };
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify)g_strfreev);

  if (c->lines->len <= MAX_LINES)
    {
      const char *header[] = { _("Date"), _("Service"), _("Category"), _("Hours"), NULL };

      for (guint i = 0; i < c->lines->len; i++)
        {
          VdCertificateLine *line = g_ptr_array_index (c->lines, i);
          char **row = g_new0 (char *, 5);

          row[0] = format_date (line->date);
          row[1] = g_strdup (line->content);
          row[2] = g_strdup (line->category);
          row[3] = format_hours (line->minutes);
          g_ptr_array_add (rows, row);
        }
      vd_doc_table (doc, 4, widths, aligns, header, rows);
    }
  else
    {
      const char *header[] = { _("Category"), _("Times"), _("Hours"), NULL };
      g_autoptr(GHashTable) sums = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
      g_autoptr(GPtrArray) order = g_ptr_array_new ();

      for (guint i = 0; i < c->lines->len; i++)
        {
          VdCertificateLine *line = g_ptr_array_index (c->lines, i);
          const char *category = line->category[0] != '\0' ? line->category : _("Other");
          gint64 *sum = g_hash_table_lookup (sums, category);

          /* sum[0] counts the records, sum[1] their minutes. */
          if (sum == NULL)
            {
              sum = g_new0 (gint64, 2);
              g_hash_table_insert (sums, (gpointer)category, sum);
              g_ptr_array_add (order, (gpointer)category);
            }
          sum[0]++;
          sum[1] += line->minutes;
        }
      for (guint i = 0; i < order->len; i++)
        {
          const char *category = g_ptr_array_index (order, i);
          gint64 *sum = g_hash_table_lookup (sums, category);
          char **row = g_new0 (char *, 4);

          row[0] = g_strdup (category);
          row[1] = g_strdup_printf ("%" G_GINT64_FORMAT, sum[0]);
          row[2] = format_hours (sum[1]);
          g_ptr_array_add (rows, row);
        }
      vd_doc_table (doc, 3, sum_widths, sum_aligns, header, rows);
    }
}

static void
add_certificate (VdDoc         *doc,
                 VdCertificate *c,
                 gboolean       full_ids)
{
  g_autofree char *id_number = full_ids ? g_strdup (c->id_number) : vd_mask_id_number (c->id_number);
  g_autofree char *from = format_date (c->period_from);
  g_autofree char *to = format_date (c->period_to);
  g_autofree char *issued = format_date (c->issued_on);
  g_autofree char *hours = format_hours (c->total_minutes);
  g_autofree char *number = NULL;
  g_autofree char *body = NULL;
  g_autofree char *signature = NULL;
  const char *type_label = c->id_type;
  VdIdType type;

  if (vd_id_type_from_code (c->id_type, &type))
    type_label = vd_id_type_get_label (type);

  vd_doc_space (doc, 20);
  vd_doc_text (doc, _("Service Record Certificate"), 22, TRUE, VD_DOC_CENTER);
  vd_doc_space (doc, 8);
  number = g_strdup_printf (_("Certificate No. %s"), c->number);
  vd_doc_text (doc, number, 10.5, FALSE, VD_DOC_RIGHT);
  vd_doc_space (doc, 18);

  /* Translators: the body of a service record certificate. %1$s name, %2$s ID type,
   * %3$s ID number, %4$s volunteer number, %5$s and %6$s the period, %7$s hours */
  body = g_strdup_printf (_("This is to certify that %1$s (%2$s: %3$s; volunteer number %4$s) "
                            "took part in volunteer service from %5$s to %6$s, with %7$s hours "
                            "of service recorded and approved in that period."),
                          c->name, type_label, id_number, c->volunteer_no, from, to, hours);
  vd_doc_text (doc, body, 12.5, FALSE, VD_DOC_LEFT);
  vd_doc_space (doc, 16);
  vd_doc_text (doc, _("Service"), 12, TRUE, VD_DOC_LEFT);
  vd_doc_space (doc, 6);
  add_lines (doc, c);
  vd_doc_space (doc, 14);
  vd_doc_text (doc, _("Only approved service hours are stated. This certificate is issued "
                      "free of charge."), 9.5, FALSE, VD_DOC_LEFT);

  /* The signature block stays together at the foot of the certificate. */
  vd_doc_keep (doc, 150);
  vd_doc_space (doc, MAX (24, vd_doc_space_left (doc) - 140));
  signature = g_strdup_printf ("%s%s\n%s%s\n%s%s\n%s%s\n%s%s",
                               _("Issued by: "), c->issuer,
                               _("Person responsible: "), c->responsible_person,
                               _("Handled by: "), c->handler,
                               _("Contact: "), c->contact,
                               _("Date of issue: "), issued);
  vd_doc_text (doc, signature, 11.5, FALSE, VD_DOC_LEFT);
  vd_doc_text (doc, _("(Seal)"), 11.5, FALSE, VD_DOC_RIGHT);
}

VdDoc *
vd_certificate_document_new (GPtrArray *certificates,
                             gboolean   full_ids)
{
  VdDoc *doc;

  g_return_val_if_fail (certificates != NULL && certificates->len > 0, NULL);

  doc = vd_doc_new (_("Service Record Certificate"));
  for (guint i = 0; i < certificates->len; i++)
    {
      if (i > 0)
        vd_doc_new_page (doc);
      add_certificate (doc, g_ptr_array_index (certificates, i), full_ids);
    }
  return doc;
}
