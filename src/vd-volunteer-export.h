/* vd-volunteer-export.h — exporting the volunteers shown: the privacy question, the
 * file chooser, and the writing in a worker thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "vd-database.h"

G_BEGIN_DECLS

/* Asks whether to include full ID and phone numbers, then where to save, then writes
 * the volunteers with these ids (copied) in this order. Finishes with the number
 * written, or G_IO_ERROR_CANCELLED when the user changed their mind. */
void     vd_volunteer_export_run          (GtkWindow            *parent,
                                           VdDatabase           *db,
                                           const gint64         *ids,
                                           guint                 n_ids,
                                           GCancellable         *cancellable,
                                           GAsyncReadyCallback   callback,
                                           gpointer              user_data);
gboolean vd_volunteer_export_run_finish   (GAsyncResult         *result,
                                           guint                *n_written,
                                           GError              **error);

/* The last step alone: writes path in a thread with its own connection to db's file
 * (SQLite connections are not shared between threads here). */
void     vd_volunteer_export_write_async  (VdDatabase           *db,
                                           const gint64         *ids,
                                           guint                 n_ids,
                                           const char           *path,
                                           gboolean              full_ids,
                                           GCancellable         *cancellable,
                                           GAsyncReadyCallback   callback,
                                           gpointer              user_data);
gboolean vd_volunteer_export_write_finish (GAsyncResult         *result,
                                           guint                *n_written,
                                           GError              **error);

G_END_DECLS
