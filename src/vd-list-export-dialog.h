/* vd-list-export-dialog.h — exporting one of the lists: the privacy question, the
 * file chooser, and the writing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "vd-core.h"

G_BEGIN_DECLS

/* Asks whether to include full ID and phone numbers, then where to save (CSV or
 * .xlsx), then writes the rows of kind that pass filter (NULL: all); the question
 * says how many rows when filter->ids holds the page's rows. Finishes with
 * the number written, or G_IO_ERROR_CANCELLED when the user changed their mind. */
void     vd_list_export_dialog_run        (GtkWindow            *parent,
                                           VdDatabase           *db,
                                           VdListKind            kind,
                                           const VdListFilter   *filter,
                                           GAsyncReadyCallback   callback,
                                           gpointer              user_data);
gboolean vd_list_export_dialog_run_finish (GAsyncResult         *result,
                                           guint                *n_written,
                                           GError              **error);

/* The same from a page: a toast says how many rows were written, a dialog why not. */
void     vd_list_export_dialog_run_for_page (GtkWidget          *page,
                                             VdDatabase         *db,
                                             VdListKind          kind,
                                             const VdListFilter *filter);
/* The same for exactly the rows the page shows: shown's items, in its order (the
 * view's sorted and filtered model); get_id reads one item's id. */
void     vd_list_export_dialog_run_for_shown (GtkWidget         *page,
                                              VdDatabase        *db,
                                              VdListKind         kind,
                                              GListModel        *shown,
                                              gint64           (*get_id) (gpointer item));

G_END_DECLS
