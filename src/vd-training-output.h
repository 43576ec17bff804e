/* vd-training-output.h — what a session leaves on paper and in files: the attendance
 * list, the sign-in sheet as a PDF, and the sign-in sheet printed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vd-database.h"

G_BEGIN_DECLS

/* Each asks for a file (or a printer) over parent and reports in a toast of the
 * main window or a message over parent. */
void vd_training_output_export_list (GtkWindow  *parent,
                                     VdDatabase *database,
                                     gint64      training_id,
                                     const char *topic);
void vd_training_output_save_sheet  (GtkWindow  *parent,
                                     VdDatabase *database,
                                     gint64      training_id,
                                     const char *topic);
void vd_training_output_print_sheet (GtkWindow  *parent,
                                     VdDatabase *database,
                                     gint64      training_id);

G_END_DECLS
