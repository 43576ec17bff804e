/* vd-import-dialog.h — bringing a spreadsheet of volunteers into the register
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vd-database.h"
#include "vd-import.h"

G_BEGIN_DECLS

#define VD_TYPE_IMPORT_DIALOG (vd_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (VdImportDialog, vd_import_dialog, VD, IMPORT_DIALOG, AdwWindow)

/* Steps: choose a file, check the columns, import (in a thread of its own), report.
 * After an import that changed the register, db emits "reloaded". */
GtkWidget            *vd_import_dialog_new          (GtkWindow      *parent,
                                                     VdDatabase     *db);
VdDatabase           *vd_import_dialog_get_database (VdImportDialog *self);
/* Reads the file and goes on to the columns; on failure stays on (or returns to)
 * the first step, which explains why. Also used by the file chooser. */
gboolean              vd_import_dialog_open_file    (VdImportDialog *self,
                                                     const char     *path);
/* The outcome of the last import, or NULL before one ended (or when it could not
 * read the file to the end). */
const VdImportResult *vd_import_dialog_get_result   (VdImportDialog *self);

G_END_DECLS
