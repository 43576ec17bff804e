/* vd-chart-export-dialog.h — the format and size of a chart export
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vd-chart-export.h"

G_BEGIN_DECLS

#define VD_TYPE_CHART_EXPORT_DIALOG (vd_chart_export_dialog_get_type ())

G_DECLARE_FINAL_TYPE (VdChartExportDialog, vd_chart_export_dialog, VD, CHART_EXPORT_DIALOG, AdwMessageDialog)

/* A modal dialog with the responses "cancel" and "export"; 1200 × 800 PNG at first. */
GtkWidget *vd_chart_export_dialog_new        (GtkWindow           *parent,
                                              const char          *chart_title);
void       vd_chart_export_dialog_get_choice (VdChartExportDialog *self,
                                              VdChartFormat       *format,
                                              int                 *width,
                                              int                 *height);
void       vd_chart_export_dialog_set_choice (VdChartExportDialog *self,
                                              VdChartFormat        format,
                                              int                  width,
                                              int                  height);

G_END_DECLS
