/* vd-list-import-dialog.h — importing teams, stations, events or trainings from a
 * page: the file chooser, a strict first try, and the rejected rows shown before
 * anything is written
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "vd-core.h"

G_BEGIN_DECLS

/* Asks for a CSV or .xlsx file and imports it as kind. When some rows would be
 * rejected, nothing is written yet: a dialog lists them (row number and reasons) and
 * offers to import the good rows or nothing. A toast tells what was imported. */
void vd_list_import_dialog_run_for_page (GtkWidget  *page,
                                         VdDatabase *db,
                                         VdListKind  kind);

/* The same after the file chooser, for path. */
void vd_list_import_dialog_import_path  (GtkWidget  *page,
                                         VdDatabase *db,
                                         VdListKind  kind,
                                         const char *path);

G_END_DECLS
