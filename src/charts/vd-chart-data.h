/* vd-chart-data.h — what a chart shows: categories, series of values, a unit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Plain C over GLib: the drawing, the exports, the CLI and the tests use it without GTK.
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  VD_CHART_BAR,      /* vertical bars, one group per category */
  VD_CHART_HBAR,     /* horizontal bars, one row per category */
  VD_CHART_PYRAMID,  /* horizontal bars, series 0 to the left, series 1 to the right */
  VD_CHART_LINE,     /* one line per series; dense series reduced per pixel column */
  VD_CHART_AREA,     /* like LINE, filled down to zero */
  VD_CHART_DONUT,    /* series 0: one slice per category */
  VD_CHART_GAUGE,    /* half ring: series 0's first value against the target */
  VD_CHART_BULLET,   /* one row per category: series 0 value, target from series 1 or the chart's */
} VdChartKind;

typedef enum
{
  VD_CHART_GROUPED,  /* bars of a category side by side */
  VD_CHART_STACKED,  /* bars of a category on top of each other */
} VdChartStacking;

typedef struct _VdChartData VdChartData;

#define VD_TYPE_CHART_DATA (vd_chart_data_get_type ())

GType        vd_chart_data_get_type        (void) G_GNUC_CONST;

VdChartData *vd_chart_data_new             (VdChartKind        kind);
VdChartData *vd_chart_data_ref             (VdChartData       *self);
void         vd_chart_data_unref           (VdChartData       *self);

VdChartKind  vd_chart_data_get_kind        (const VdChartData *self);
void         vd_chart_data_set_stacking    (VdChartData       *self,
                                            VdChartStacking    stacking);
VdChartStacking vd_chart_data_get_stacking (const VdChartData *self);

/* The title is used by exports and the accessible description, not drawn. */
void         vd_chart_data_set_title       (VdChartData       *self,
                                            const char        *title);
const char  *vd_chart_data_get_title       (const VdChartData *self);
/* Shown after values in tooltips and value labels ("人", "小时", "%"); may be NULL. */
void         vd_chart_data_set_unit        (VdChartData       *self,
                                            const char        *unit);
const char  *vd_chart_data_get_unit        (const VdChartData *self);
/* Decimals of exact values (tooltips, value labels); 0 by default. */
void         vd_chart_data_set_decimals    (VdChartData       *self,
                                            int                decimals);
int          vd_chart_data_get_decimals    (const VdChartData *self);

/* Gauge and bullet: the target (NAN for none) and the end of the scale (NAN: from
 * the data). Percentages use a maximum of 100. */
void         vd_chart_data_set_target      (VdChartData       *self,
                                            double             target,
                                            double             maximum);
double       vd_chart_data_get_target      (const VdChartData *self);
double       vd_chart_data_get_maximum     (const VdChartData *self);

/* Categories and series are appended; values start as 0. Both return the index. */
guint        vd_chart_data_add_category    (VdChartData       *self,
                                            const char        *label);
guint        vd_chart_data_add_series      (VdChartData       *self,
                                            const char        *name);
/* A series drawn dashed and paler (e.g. the previous year); FALSE by default. */
void         vd_chart_data_set_series_secondary (VdChartData  *self,
                                            guint              series,
                                            gboolean           secondary);
gboolean     vd_chart_data_get_series_secondary (const VdChartData *self,
                                            guint              series);
void         vd_chart_data_set_value       (VdChartData       *self,
                                            guint              series,
                                            guint              category,
                                            double             value);
/* Sets the first n values of a series (n ≤ number of categories). */
void         vd_chart_data_set_values      (VdChartData       *self,
                                            guint              series,
                                            const double      *values,
                                            guint              n);

guint        vd_chart_data_get_n_categories (const VdChartData *self);
guint        vd_chart_data_get_n_series    (const VdChartData *self);
const char  *vd_chart_data_get_category    (const VdChartData *self,
                                            guint              category);
const char  *vd_chart_data_get_series_name (const VdChartData *self,
                                            guint              series);
double       vd_chart_data_get_value       (const VdChartData *self,
                                            guint              series,
                                            guint              category);
/* Read-only view of a series' values (n_categories long). */
const double *vd_chart_data_get_series_values (const VdChartData *self,
                                            guint              series);

/* Sum of a category over all series (stacked bars) and over a series (donut). */
double       vd_chart_data_category_total  (const VdChartData *self,
                                            guint              category);
double       vd_chart_data_series_total    (const VdChartData *self,
                                            guint              series);

/* An exact value with its unit, digits grouped ("47,312 人"); NAN → "—". */
char        *vd_chart_data_format_value    (const VdChartData *self,
                                            double             value);
/* A translated textual summary of the whole chart for screen readers: the title,
 * the series, and each category's values (the first 24 categories, then min/max). */
char        *vd_chart_data_describe        (const VdChartData *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VdChartData, vd_chart_data_unref)

G_END_DECLS
