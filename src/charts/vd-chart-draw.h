/* vd-chart-draw.h — drawing a chart with Cairo and Pango, on any surface
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * No GTK: the widget, the exports (PNG, SVG, PDF), reports and tests share this code.
 * Sizes are in Cairo user units (pixels on screen, points in PDF and SVG).
 */

#pragma once

#include <cairo.h>

#include "vd-chart-data.h"
#include "vd-chart-style.h"

G_BEGIN_DECLS

typedef struct
{
  double x, y, width, height;
} VdChartRect;

typedef enum
{
  VD_CHART_LABEL_X_AXIS,    /* category or value labels under the plot */
  VD_CHART_LABEL_Y_AXIS,    /* value ticks left of the plot, or category names of rows */
  VD_CHART_LABEL_VALUE,     /* a value on or next to its bar */
  VD_CHART_LABEL_LEGEND,
  VD_CHART_LABEL_CENTER,    /* a donut's total, a gauge's value and target */
} VdChartLabelRole;

/* Everything measured and placed for one size: the labels (laid out with Pango), the
 * plot area, dense series reduced to one min/max per pixel column. Drawing from a
 * layout does no measuring, so a widget builds it when its size or data change and
 * only draws it in snapshot. It keeps a reference to the data. */
typedef struct _VdChartLayout VdChartLayout;

VdChartLayout *vd_chart_layout_new        (double              width,
                                           double              height,
                                           const VdChartData  *data,
                                           const VdChartStyle *style);
void           vd_chart_layout_free       (VdChartLayout      *layout);
/* Draws layout with style's colours and highlight (those may change without a new
 * layout; the font may not). Fills the background unless its alpha is 0. */
void           vd_chart_layout_draw       (const VdChartLayout *layout,
                                           cairo_t            *cr,
                                           const VdChartStyle *style);

/* The area inside the axes (bars, lines) or around the ring (donut, gauge). */
void           vd_chart_layout_get_plot   (const VdChartLayout *layout,
                                           VdChartRect        *plot);
/* The labels that will be drawn, with their rectangles (axis-aligned; labels are
 * never rotated: those that would overlap are skipped or ellipsized). */
guint          vd_chart_layout_get_n_labels (const VdChartLayout *layout);
const char    *vd_chart_layout_get_label  (const VdChartLayout *layout,
                                           guint               i,
                                           VdChartLabelRole   *role,
                                           VdChartRect        *rect);
/* The item (series, category) under a point, for hover; FALSE if none. */
gboolean       vd_chart_layout_hit        (const VdChartLayout *layout,
                                           double              x,
                                           double              y,
                                           guint              *series,
                                           guint              *category);
/* The rectangle of an item (a bar, a point, a slice's bounding box), for the
 * tooltip's position; FALSE if it has none (e.g. an empty slice). */
gboolean       vd_chart_layout_item_rect  (const VdChartLayout *layout,
                                           guint               series,
                                           guint               category,
                                           VdChartRect        *rect);

/* Lays out and draws in one go: the function every output shares. */
void           vd_chart_draw              (cairo_t            *cr,
                                           double              width,
                                           double              height,
                                           const VdChartData  *data,
                                           const VdChartStyle *style);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VdChartLayout, vd_chart_layout_free)

G_END_DECLS
