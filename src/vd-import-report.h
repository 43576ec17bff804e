/* vd-import-report.h — the last step of an import: what happened to each row
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vd-import.h"

G_BEGIN_DECLS

#define VD_TYPE_IMPORT_REPORT (vd_import_report_get_type ())

G_DECLARE_FINAL_TYPE (VdImportReport, vd_import_report, VD, IMPORT_REPORT, AdwBin)

GtkWidget *vd_import_report_new  (void);
/* Shows the outcome of vd_import_run (): result may be NULL (nothing was read to
 * the end), error NULL when the import was committed. import gives the columns
 * that hold the name and the ID number; it is not kept. */
void       vd_import_report_show (VdImportReport       *self,
                                  VdImport             *import,
                                  const VdImportResult *result,
                                  const GError         *error);

G_END_DECLS
