/* vd-ledger-print.c — a station ledger through GtkPrintOperation
 *
 * The print context's cairo unit is set to the point, the unit the ledger lays its
 * pages out in, so the printed pages match the PDF's.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vd-ledger-print"

#include "config.h"

#include "vd-ledger-print.h"

static void
on_begin_print_cb (GtkPrintOperation *operation,
                   GtkPrintContext   *context,
                   VdStationLedger   *ledger)
{
  guint n = vd_station_ledger_paginate (ledger, gtk_print_context_get_cairo_context (context),
                                        gtk_print_context_get_width (context),
                                        gtk_print_context_get_height (context));

  gtk_print_operation_set_n_pages (operation, MAX (n, 1));
}

static void
on_draw_page_cb (GtkPrintOperation *operation,
                 GtkPrintContext   *context,
                 int                page,
                 VdStationLedger   *ledger)
{
  vd_station_ledger_draw_page (ledger, gtk_print_context_get_cairo_context (context), page);
}

gboolean
vd_ledger_print_run (GtkWindow        *parent,
                     VdStationLedger  *ledger,
                     const char       *export_path,
                     GError          **error)
{
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  g_autofree char *job = vd_station_ledger_dup_file_name (ledger);
  GtkPrintOperationResult result;

  g_return_val_if_fail (ledger != NULL, FALSE);

  gtk_page_setup_set_paper_size_and_default_margins (setup, a4);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_job_name (operation, job);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print_cb), ledger);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page_cb), ledger);
  if (export_path != NULL)
    gtk_print_operation_set_export_filename (operation, export_path);
  result = gtk_print_operation_run (operation,
                                    export_path != NULL ? GTK_PRINT_OPERATION_ACTION_EXPORT
                                                        : GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    parent, error);
  return result != GTK_PRINT_OPERATION_RESULT_ERROR;
}
