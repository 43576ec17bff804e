/* vd-table-reader.h — rows of UTF-8 strings from a CSV/text file or an .xlsx workbook
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define VD_TABLE_ERROR (vd_table_error_quark ())

typedef enum
{
  VD_TABLE_ERROR_EMPTY,              /* no bytes, only a byte order mark, or no row at all */
  VD_TABLE_ERROR_NO_DATA,            /* a header and no data rows; for the importer, the
                                      * reader cannot tell a header from data */
  VD_TABLE_ERROR_BINARY,             /* neither text nor an .xlsx workbook */
  VD_TABLE_ERROR_ENCODING,           /* bytes that do not decode; see get_row_number () */
  VD_TABLE_ERROR_UNTERMINATED_QUOTE, /* a quoted field never closes; see get_row_number () */
  VD_TABLE_ERROR_XLSX,               /* a damaged or unusable workbook */
  VD_TABLE_ERROR_IO,                 /* the file cannot be read */
} VdTableError;

GQuark vd_table_error_quark (void);

/* The reader reads and converts text files in blocks of this many bytes. */
#define VD_TABLE_READER_BLOCK_SIZE (64 * 1024)

typedef struct _VdTableReader VdTableReader;

/* Both sniff the content, never a file name: "PK\3\4" is an .xlsx workbook, anything
 * else must be text. They fail with EMPTY, BINARY, XLSX or IO. */
VdTableReader *vd_table_reader_open           (const char     *path,
                                               GError        **error);
VdTableReader *vd_table_reader_new_from_bytes (GBytes         *bytes,
                                               GError        **error);

/* Reads the next row. On success, *fields is a NULL-terminated array of UTF-8 strings
 * owned by the reader and valid until the next call, and *n_fields (may be NULL) its
 * length. Fields are returned as they are (not trimmed), and rows keep their own
 * length (a ragged row is for the caller to refuse). Rows whose fields are all empty
 * are skipped.
 *
 * Returns FALSE at the end with error unset, or on error. A source without a single
 * row fails with EMPTY on the first call. After a failure every call fails again with
 * the same error.
 *
 * In a workbook, a row is as wide as the first row returned (the header), or wider
 * when it has a value further right; cells missing from the sheet are empty
 * strings. Date-styled numbers come as "YYYY-MM-DD" (with " HH:MM" or " HH:MM:SS"
 * when the format shows a time), numbers with at most 15 significant digits and no
 * exponent up to 10^21. */
gboolean    vd_table_reader_next           (VdTableReader        *self,
                                            const char * const  **fields,
                                            guint                *n_fields,
                                            GError              **error);

/* The row number of the last row returned, 1-based: in text, the physical line on
 * which the record starts (blank lines and line breaks inside quotes count); in a
 * workbook, the sheet's row number. After an ENCODING or UNTERMINATED_QUOTE error,
 * the line the error is about. 0 before the first row. */
guint       vd_table_reader_get_row_number (VdTableReader        *self);

/* "UTF-8", "UTF-8 with BOM", "GB18030", "UTF-16LE", "UTF-16BE" or "XLSX". A text file
 * whose first block is plain ASCII says "UTF-8" until a later block shows otherwise. */
const char *vd_table_reader_get_format     (VdTableReader        *self);

/* How much of the input has been read, from 0 to 1 (in a workbook, of the sheet). */
double      vd_table_reader_get_progress   (VdTableReader        *self);

void        vd_table_reader_free           (VdTableReader        *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VdTableReader, vd_table_reader_free)

/* Adds message to the reasons a row of an import is refused, after a separator. */
void        vd_table_add_problem           (GString              *reasons,
                                            const char           *message);

G_END_DECLS
