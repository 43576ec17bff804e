/* vd-import-columns.h — the second step of an import: where each column goes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vd-import.h"

G_BEGIN_DECLS

#define VD_TYPE_IMPORT_COLUMNS (vd_import_columns_get_type ())

G_DECLARE_FINAL_TYPE (VdImportColumns, vd_import_columns, VD, IMPORT_COLUMNS, AdwBin)

/* Shows the file, its columns and its first rows; choosing a column's target
 * changes import's mapping. import stays the caller's: set NULL before freeing it.
 * Properties: "ready" (the mapping can be imported), "problem" (why not). */
void         vd_import_columns_set_import     (VdImportColumns *self,
                                               VdImport        *import);
gboolean     vd_import_columns_get_ready      (VdImportColumns *self);
const char  *vd_import_columns_get_problem    (VdImportColumns *self);
/* The options: import nothing if any row is rejected; what to do with volunteers
 * already registered. */
gboolean     vd_import_columns_get_strict     (VdImportColumns *self);
VdDuplicates vd_import_columns_get_duplicates (VdImportColumns *self);

G_END_DECLS
