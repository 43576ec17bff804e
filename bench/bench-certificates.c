/* bench-certificates.c — a batch of 1,000 service record certificates: issued in one
 * transaction (numbered from the register) and written as one PDF, a page each.
 * Prints one row with its target; median of several runs. Each run's certificates
 * are issued inside a transaction that is rolled back, so the register stays as it
 * was and every run numbers the same way.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   bench-certificates CITY.db WORKDIR
 */

#include "config.h"

#include <glib/gstdio.h>

#include "bench-common.h"
#include "vd-certificate-document.h"

#define RUNS 3
#define BATCH 1000

int
main (int    argc,
      char **argv)
{
  g_autoptr(VdDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *pdf = NULL;
  double issue[RUNS], write[RUNS], total[RUNS];
  sqlite3_stmt *stmt;
  int year;

  if (argc != 3)
    {
      g_printerr ("usage: %s CITY.db WORKDIR\n", argv[0]);
      return 2;
    }
  db = bench_open_city (argv[1]);
  /* The volunteers with the most approved hours of the city's year. */
  year = bench_city_year (db);
  stmt = vd_database_prepare (db, "SELECT volunteer_id FROM service_records "
                                  "WHERE status = 'approved' AND service_date >= ?1 || '-01-01' "
                                  "GROUP BY volunteer_id ORDER BY count (*) DESC LIMIT ?2", &error);
  sqlite3_bind_int (stmt, 1, year);
  sqlite3_bind_int (stmt, 2, BATCH);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  sqlite3_finalize (stmt);

  pdf = g_build_filename (argv[2], "bench-certificates.pdf", NULL);
  for (guint r = 0; r < RUNS; r++)
    {
      g_auto(VdCertificateRequest) request = { 0, };
      g_autoptr(GPtrArray) issued = NULL;
      g_autoptr(VdDoc) doc = NULL;
      gint64 start, middle;

      request.from = g_strdup_printf ("%d-01-01", year);
      request.to = g_strdup_printf ("%d-12-31", year);
      request.issuer = g_strdup ("区文明办");
      request.responsible_person = g_strdup ("王芳");
      request.handler = g_strdup ("李明");
      request.contact = g_strdup ("0371-12345678");

      if (!vd_database_begin (db, &error))
        g_error ("%s", error->message);
      start = g_get_monotonic_time ();
      issued = vd_certificate_issue_batch (db, (const gint64 *)(gconstpointer)ids->data, ids->len,
                                           &request, NULL, &error);
      if (issued == NULL)
        g_error ("%s", error->message);
      middle = g_get_monotonic_time ();
      doc = vd_certificate_document_new (issued, FALSE);
      if (!vd_doc_write_pdf (doc, pdf, &error))
        g_error ("%s", error->message);
      issue[r] = (middle - start) / 1e3;
      write[r] = (g_get_monotonic_time () - middle) / 1e3;
      total[r] = issue[r] + write[r];
      vd_database_rollback (db);
      if (r == 0)
        g_printerr ("%u certificates, %u pages\n", issued->len, vd_doc_get_n_pages (doc));
    }
  g_unlink (pdf);

  bench_row ("1,000 certificates: issue (numbers, hours)", bench_median (issue, RUNS), "ms", "—");
  bench_row ("1,000 certificates: lay out and write the PDF", bench_median (write, RUNS), "ms", "—");
  bench_row ("1,000 certificates, one PDF (total)", bench_median (total, RUNS), "ms", "≤ 10,000 ms");
  return 0;
}
