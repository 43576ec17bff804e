/* vd-chart-card.h — a chart with its title and an Export… / Copy as Image menu
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vd-chart.h"
#include "vd-chart-export.h"

G_BEGIN_DECLS

#define VD_TYPE_CHART_CARD (vd_chart_card_get_type ())

G_DECLARE_FINAL_TYPE (VdChartCard, vd_chart_card, VD, CHART_CARD, AdwBin)

GtkWidget   *vd_chart_card_new       (const char  *title,
                                      VdChartData *data);
VdChart     *vd_chart_card_get_chart (VdChartCard *self);
const char  *vd_chart_card_get_title (VdChartCard *self);
void         vd_chart_card_set_title (VdChartCard *self,
                                      const char  *title);
/* A line under the title ("compared with 2025", "population not set"); NULL hides it. */
void         vd_chart_card_set_subtitle (VdChartCard *self,
                                      const char  *subtitle);
/* The chart's data; the card's title is also the data's title (for exports). */
void         vd_chart_card_set_data  (VdChartCard *self,
                                      VdChartData *data);
/* The base of a file name for exports ("新注册志愿者 2026"); defaults to the title. */
void         vd_chart_card_set_file_name (VdChartCard *self,
                                      const char  *file_name);

/* What Export… does once the file is chosen: the chart in the light style. */
gboolean     vd_chart_card_export    (VdChartCard  *self,
                                      const char   *path,
                                      VdChartFormat format,
                                      int           width,
                                      int           height,
                                      GError      **error);
/* What Copy as Image does: the chart as a texture on the clipboard. */
void         vd_chart_card_copy      (VdChartCard *self);

G_END_DECLS
