/* vd-service-columns.h — columns of service records for the views that list them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

typedef enum
{
  VD_RECORD_COLUMN_VOLUNTEER,
  VD_RECORD_COLUMN_NUMBER,
  VD_RECORD_COLUMN_EVENT,
  VD_RECORD_COLUMN_DATE,
  VD_RECORD_COLUMN_HOURS,
  VD_RECORD_COLUMN_BACKFILLED,
  VD_RECORD_COLUMN_STATUS,
  VD_RECORD_COLUMN_NOTE,
} VdRecordColumn;

/* Appends the columns to a view of VdServiceRecord items; each header sorts (give
 * the view's model a GtkSortListModel with gtk_column_view_get_sorter ()). */
void vd_service_columns_add (GtkColumnView        *view,
                             const VdRecordColumn *columns,
                             guint                 n_columns);

/* The ids (gint64) of the selected records of a view's GtkMultiSelection. */
GArray *vd_service_columns_selected_ids (GtkSelectionModel *selection);


typedef void (*VdReasonCallback) (const char *reason,
                                  gpointer    data);

/* Asks for a reason (to reject hours, to revoke an approval) in a message dialog
 * with an entry; calls back with the text when the user accepts. A reason is
 * required when required is TRUE (the accept button waits for one). */
void vd_service_columns_ask_reason (GtkWindow        *parent,
                                    const char       *heading,
                                    const char       *body,
                                    const char       *accept_label,
                                    gboolean          required,
                                    VdReasonCallback  callback,
                                    gpointer          data,
                                    GDestroyNotify    destroy);

G_END_DECLS
