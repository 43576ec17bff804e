/* vd-ledger-print.h — a station ledger through GtkPrintOperation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vd-station-ledger.h"
#include "vd-stations.h"

G_BEGIN_DECLS

/* Shows the print dialog and prints the ledger on A4, drawn by the same code as its
 * PDF. With export_path set, writes the printed pages to that PDF file instead,
 * without a dialog. */
gboolean vd_ledger_print_run (GtkWindow        *parent,
                              VdStationLedger  *ledger,
                              const char       *export_path,
                              GError          **error);

/* Asks for a period (this year so far by default), then shows a file chooser and writes
 * the station's ledger as a PDF, or prints it. widget gives the parent window and the
 * window's toasts. */
void     vd_ledger_print_ask (GtkWidget        *widget,
                              VdDatabase       *database,
                              VdStation        *station,
                              gboolean          print);

G_END_DECLS
