/* vd-chart-export.h — a chart into a PNG, SVG or PDF file, or an image in memory
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "vd-chart-draw.h"

G_BEGIN_DECLS

typedef enum
{
  VD_CHART_FORMAT_PNG,
  VD_CHART_FORMAT_SVG,
  VD_CHART_FORMAT_PDF,
} VdChartFormat;

#define VD_CHART_EXPORT_MIN_SIZE 100
#define VD_CHART_EXPORT_MAX_SIZE 8000

/* The file name extension of a format, without the dot ("png"). */
const char      *vd_chart_format_extension (VdChartFormat        format);
/* The format a file name's extension names; FALSE for none of ours. */
gboolean         vd_chart_format_from_path (const char          *path,
                                            VdChartFormat       *format);

/* The chart drawn on an opaque ARGB32 image of width × height pixels. */
cairo_surface_t *vd_chart_render_image     (double               width,
                                            double               height,
                                            const VdChartData   *data,
                                            const VdChartStyle  *style);

/* Writes the chart to path: PNG in pixels, SVG and PDF in points (vector text and
 * shapes). Sizes outside VD_CHART_EXPORT_MIN_SIZE..MAX_SIZE and write failures set a
 * translated G_IO_ERROR; nothing is left at path after a failure. */
gboolean         vd_chart_export           (const char          *path,
                                            VdChartFormat        format,
                                            double               width,
                                            double               height,
                                            const VdChartData   *data,
                                            const VdChartStyle  *style,
                                            GError             **error);

G_END_DECLS
