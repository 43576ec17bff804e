/* vd-chart-export.c — a chart into a PNG, SVG or PDF file, or an image in memory
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "vd-chart-export.h"

const char *
vd_chart_format_extension (VdChartFormat format)
{
  switch (format)
    {
    case VD_CHART_FORMAT_SVG:
      return "svg";
    case VD_CHART_FORMAT_PDF:
      return "pdf";
    case VD_CHART_FORMAT_PNG:
    default:
      return "png";
    }
}

gboolean
vd_chart_format_from_path (const char    *path,
                           VdChartFormat *format)
{
  const char *dot = strrchr (path, '.');

  if (dot == NULL)
    return FALSE;
  if (g_ascii_strcasecmp (dot, ".png") == 0)
    *format = VD_CHART_FORMAT_PNG;
  else if (g_ascii_strcasecmp (dot, ".svg") == 0)
    *format = VD_CHART_FORMAT_SVG;
  else if (g_ascii_strcasecmp (dot, ".pdf") == 0)
    *format = VD_CHART_FORMAT_PDF;
  else
    return FALSE;
  return TRUE;
}

cairo_surface_t *
vd_chart_render_image (double              width,
                       double              height,
                       const VdChartData  *data,
                       const VdChartStyle *style)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                                         (int) ceil (width), (int) ceil (height));
  cairo_t *cr = cairo_create (surface);
  VdChartStyle opaque = *style;

  /* an image on the clipboard or in a file needs its own background */
  opaque.background.alpha = 1;
  vd_chart_draw (cr, width, height, data, &opaque);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

gboolean
vd_chart_export (const char         *path,
                 VdChartFormat       format,
                 double              width,
                 double              height,
                 const VdChartData  *data,
                 const VdChartStyle *style,
                 GError            **error)
{
  cairo_surface_t *surface;
  cairo_status_t status;
  VdChartStyle opaque = *style;

  if (width < VD_CHART_EXPORT_MIN_SIZE || height < VD_CHART_EXPORT_MIN_SIZE
      || width > VD_CHART_EXPORT_MAX_SIZE || height > VD_CHART_EXPORT_MAX_SIZE)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("The width and height must be between %d and %d."),
                   VD_CHART_EXPORT_MIN_SIZE, VD_CHART_EXPORT_MAX_SIZE);
      return FALSE;
    }
  opaque.background.alpha = 1;
  opaque.highlight_series = opaque.highlight_category = -1;

  if (format == VD_CHART_FORMAT_PNG)
    {
      surface = vd_chart_render_image (width, height, data, &opaque);
      status = cairo_surface_write_to_png (surface, path);
    }
  else
    {
      cairo_t *cr;

      surface = format == VD_CHART_FORMAT_SVG ? cairo_svg_surface_create (path, width, height)
                                              : cairo_pdf_surface_create (path, width, height);
      if (format == VD_CHART_FORMAT_PDF && vd_chart_data_get_title (data) != NULL)
        cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, vd_chart_data_get_title (data));
      cr = cairo_create (surface);
      vd_chart_draw (cr, width, height, data, &opaque);
      cairo_show_page (cr);
      status = cairo_status (cr);
      cairo_destroy (cr);
      cairo_surface_finish (surface);
      if (status == CAIRO_STATUS_SUCCESS)
        status = cairo_surface_status (surface);
    }
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_autofree char *name = g_filename_display_name (path);

      g_unlink (path);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   /* Translators: %s is a file name, then the reason */
                   _("Could not write the chart to “%s”: %s"), name,
                   status == CAIRO_STATUS_WRITE_ERROR || status == CAIRO_STATUS_FILE_NOT_FOUND
                   ? _("the file cannot be written there") : cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}
