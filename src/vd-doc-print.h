/* vd-doc-print.h — printing and saving a laid-out document from a window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "vd-doc.h"

G_BEGIN_DECLS

/* Shows the print dialog and prints doc on A4; errors are shown to the user. */
void vd_doc_print (VdDoc      *doc,
                   GtkWindow  *parent);
/* Asks where to save doc as PDF (".pdf" is added if missing) and writes it; saved
 * (path, user_data) is called after a successful write. doc must outlive the file
 * chooser, which is modal over parent. */
void vd_doc_save  (VdDoc      *doc,
                   GtkWindow  *parent,
                   const char *suggested_name,
                   GFunc       saved,
                   gpointer    user_data);

G_END_DECLS
