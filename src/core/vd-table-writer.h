/* vd-table-writer.h — writing a table as CSV (UTF-8 with BOM) or .xlsx
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  VD_TABLE_FORMAT_CSV,
  VD_TABLE_FORMAT_XLSX,
} VdTableFormat;

/* .xlsx → XLSX, anything else → CSV. */
VdTableFormat vd_table_format_for_path (const char *path);

typedef struct _VdTableWriter VdTableWriter;

/* Writes into a temporary file beside path, renamed over it by finish: a failed or
 * cancelled export leaves no half file. private makes the file mode 0600 (for full
 * ID numbers). */
VdTableWriter *vd_table_writer_new    (const char     *path,
                                       VdTableFormat   format,
                                       const char     *sheet_name,
                                       gboolean        private,
                                       GError        **error);
gboolean       vd_table_writer_add_row (VdTableWriter  *self,
                                        const char * const *cells,
                                        guint           n_cells,
                                        GError        **error);
gboolean       vd_table_writer_finish  (VdTableWriter  *self,
                                        GError        **error);
/* Frees; without finish, removes the temporary file. */
void           vd_table_writer_free    (VdTableWriter  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VdTableWriter, vd_table_writer_free)

G_END_DECLS
