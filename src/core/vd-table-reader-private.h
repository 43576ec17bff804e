/* vd-table-reader-private.h — the two halves behind VdTableReader
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "vd-table-reader.h"

G_BEGIN_DECLS

/* Both halves hand out rows the same way as vd_table_reader_next (), plus the row
 * number; on failure, *row_number is the line the error is about (or 0). */

typedef struct _VdCsvReader VdCsvReader;

/* Takes the stream (or the bytes) and first_block, the first
 * VD_TABLE_READER_BLOCK_SIZE bytes at most, already read from the stream (NULL with
 * bytes). size is the total size in bytes. */
G_GNUC_INTERNAL
VdCsvReader *vd_csv_reader_new          (GInputStream   *stream,
                                         GBytes         *bytes,
                                         GBytes         *first_block,
                                         guint64         size,
                                         GError        **error);
G_GNUC_INTERNAL
gboolean     vd_csv_reader_next         (VdCsvReader          *self,
                                         const char * const  **fields,
                                         guint                *n_fields,
                                         guint                *row_number,
                                         GError              **error);
G_GNUC_INTERNAL
const char  *vd_csv_reader_get_format   (VdCsvReader    *self);
G_GNUC_INTERNAL
double       vd_csv_reader_get_progress (VdCsvReader    *self);
G_GNUC_INTERNAL
void         vd_csv_reader_free         (VdCsvReader    *self);

typedef struct _VdXlsxReader VdXlsxReader;

/* Exactly one of path and bytes. */
G_GNUC_INTERNAL
VdXlsxReader *vd_xlsx_reader_new          (const char     *path,
                                           GBytes         *bytes,
                                           GError        **error);
G_GNUC_INTERNAL
gboolean      vd_xlsx_reader_next         (VdXlsxReader         *self,
                                           const char * const  **fields,
                                           guint                *n_fields,
                                           guint                *row_number,
                                           GError              **error);
G_GNUC_INTERNAL
double        vd_xlsx_reader_get_progress (VdXlsxReader   *self);
G_GNUC_INTERNAL
void          vd_xlsx_reader_free         (VdXlsxReader   *self);

G_END_DECLS
