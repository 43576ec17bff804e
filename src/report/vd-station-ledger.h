/* vd-station-ledger.h — a station's ledger (台账) for a period, as a printable document
 *
 * The same drawing serves the PDF file and GtkPrintOperation: lay the document out for
 * a page size, then draw each page on any cairo context whose unit is the point.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "vd-database.h"

G_BEGIN_DECLS

typedef struct _VdStationLedger VdStationLedger;

/* Reads everything the ledger shows. from and to are YYYY-MM-DD (both included); the
 * period bounds the events and the projects shown. Phones are masked. */
VdStationLedger *vd_station_ledger_new       (VdDatabase       *db,
                                              gint64            station_id,
                                              const char       *from,
                                              const char       *to,
                                              GError          **error);
void             vd_station_ledger_free      (VdStationLedger  *self);

/* Lays the document out on pages of width × height points (the printable area);
 * cr supplies the font context. Returns the number of pages. */
guint            vd_station_ledger_paginate  (VdStationLedger  *self,
                                              cairo_t          *cr,
                                              double            width,
                                              double            height);
/* Draws page (from 0) at the origin of cr, after vd_station_ledger_paginate. */
void             vd_station_ledger_draw_page (VdStationLedger  *self,
                                              cairo_t          *cr,
                                              guint             page);

/* Writes an A4 PDF with margins of 15 mm. */
gboolean         vd_station_ledger_write_pdf (VdStationLedger  *self,
                                              const char       *path,
                                              GError          **error);

/* A file name for the ledger: "<station>-台账-<from>-<to>.pdf". */
char            *vd_station_ledger_dup_file_name (VdStationLedger *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VdStationLedger, vd_station_ledger_free)

G_END_DECLS
