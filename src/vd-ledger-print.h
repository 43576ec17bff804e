/* vd-ledger-print.h — a station ledger through GtkPrintOperation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "vd-station-ledger.h"

G_BEGIN_DECLS

/* Shows the print dialog and prints the ledger on A4, drawn by the same code as its
 * PDF. With export_path set, writes the printed pages to that PDF file instead,
 * without a dialog. */
gboolean vd_ledger_print_run (GtkWindow        *parent,
                              VdStationLedger  *ledger,
                              const char       *export_path,
                              GError          **error);

G_END_DECLS
