/* vd-chart-layout.c — measuring and placing a chart's parts for one size
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Labels never overlap: category labels are ellipsized to their slot and, when even
 * that is too narrow, only every k-th is shown; any label that would still touch one
 * already placed is dropped. Labels are not rotated: Chinese text read sideways is
 * hard to read, and short category names ("3月") rarely need it.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "vd-chart-private.h"


static void
label_free (gpointer p)
{
  VdChartLabel *label = p;

  g_free (label->text);
  g_clear_object (&label->layout);
  g_free (label);
}

PangoLayout *
vd_chart_builder_text (VdChartBuilder    *b,
           const char *text,
           double      max_width,
           gboolean    big,
           double     *w,
           double     *h)
{
  PangoLayout *pl = pango_layout_new (b->context);
  int pw, ph;

  pango_layout_set_font_description (pl, big ? b->big_font : b->font);
  pango_layout_set_text (pl, text, -1);
  pango_layout_set_single_paragraph_mode (pl, TRUE);
  if (max_width > 0)
    {
      pango_layout_set_width (pl, (int) (max_width * PANGO_SCALE));
      pango_layout_set_ellipsize (pl, PANGO_ELLIPSIZE_END);
    }
  pango_layout_get_pixel_size (pl, &pw, &ph);
  *w = pw;
  *h = ph;
  return pl;
}

static gboolean
rects_touch (const VdChartRect *a,
             const VdChartRect *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width
         && a->y < b->y + b->height && b->y < a->y + a->height;
}

/* Places a label unless it overlaps one already placed or leaves the chart. */
gboolean
vd_chart_builder_add_label (VdChartBuilder         *b,
           VdChartLabelRole role,
           PangoLayout     *pl,
           const char      *text,
           double           x,
           double           y,
           double           w,
           double           h,
           int              series)
{
  VdChartLayout *layout = b->layout;
  VdChartLabel *label;
  VdChartRect rect = { x, y, w, h };
  guint i;

  if (x < -0.5 || y < -0.5 || x + w > layout->width + 0.5 || y + h > layout->height + 0.5)
    {
      g_object_unref (pl);
      return FALSE;
    }
  for (i = 0; i < layout->labels->len; i++)
    {
      VdChartLabel *other = g_ptr_array_index (layout->labels, i);

      if (rects_touch (&rect, &other->rect))
        {
          g_object_unref (pl);
          return FALSE;
        }
    }
  label = g_new0 (VdChartLabel, 1);
  label->role = role;
  label->text = g_strdup (text);
  label->layout = pl;
  label->rect = rect;
  label->series = series;
  g_ptr_array_add (layout->labels, label);
  return TRUE;
}

/* The legend: swatch + name, flowing in rows across the top. Returns its height. */
static double
place_legend (VdChartBuilder *b,
              double   top)
{
  const VdChartData *data = b->data;
  guint n = vd_chart_data_get_n_series (data);
  double x = PAD, y = top, row_h = 0;
  guint i;

  if (n < 2)
    return 0;
  for (i = 0; i < n; i++)
    {
      const char *name = vd_chart_data_get_series_name (data, i);
      double w, h;
      PangoLayout *pl = vd_chart_builder_text (b, name, b->layout->width / 2, FALSE, &w, &h);

      if (x > PAD && x + SWATCH + 4 + w > b->layout->width - PAD)
        {
          x = PAD;
          y += row_h + 2;
        }
      row_h = MAX (row_h, h);
      vd_chart_builder_add_label (b, VD_CHART_LABEL_LEGEND, pl, name, x + SWATCH + 4, y, w, h, i);
      x += SWATCH + 4 + w + 14;
    }
  return y + row_h - top + GAP;
}

static void
value_range (const VdChartData *data,
             double            *lo,
             double            *hi)
{
  VdChartKind kind = vd_chart_data_get_kind (data);
  guint n_s = vd_chart_data_get_n_series (data);
  guint n_c = vd_chart_data_get_n_categories (data);
  gboolean stacked = vd_chart_data_get_stacking (data) == VD_CHART_STACKED
                     && (kind == VD_CHART_BAR || kind == VD_CHART_HBAR);
  guint s, c;

  /* bars and areas grow from zero; a line may start where its values do */
  *lo = kind == VD_CHART_LINE ? INFINITY : 0;
  *hi = kind == VD_CHART_LINE ? -INFINITY : 0;
  for (c = 0; c < n_c; c++)
    {
      double pos = 0, neg = 0;

      for (s = 0; s < n_s; s++)
        {
          double v = vd_chart_data_get_value (data, s, c);

          if (!isfinite (v))
            continue;
          if (kind == VD_CHART_PYRAMID)
            v = fabs (v);
          if (stacked)
            {
              if (v >= 0)
                pos += v;
              else
                neg += v;
            }
          else
            {
              *lo = MIN (*lo, v);
              *hi = MAX (*hi, v);
            }
        }
      if (stacked)
        {
          *lo = MIN (*lo, neg);
          *hi = MAX (*hi, pos);
        }
    }
  if (!isfinite (*lo) || !isfinite (*hi))
    *lo = *hi = 0;
  if (kind == VD_CHART_BULLET && isfinite (vd_chart_data_get_target (data)))
    *hi = MAX (*hi, vd_chart_data_get_target (data));
  if (kind == VD_CHART_PYRAMID)
    *lo = -*hi;
}

double
vd_chart_layout_value_to_y (const VdChartLayout *layout,
                            double               v)
{
  const VdChartRect *p = &layout->plot;

  return p->y + p->height - (v - layout->vmin) / (layout->vmax - layout->vmin) * p->height;
}

double
vd_chart_layout_value_to_x (const VdChartLayout *layout,
                            double               v)
{
  const VdChartRect *p = &layout->plot;

  return p->x + (v - layout->vmin) / (layout->vmax - layout->vmin) * p->width;
}

/* Category labels along the bottom, centred on their slots. With many categories
 * (a dense series) only a sample is measured, to choose every k-th, and only those
 * are laid out: measuring 10,000 labels would cost more than drawing the line. */
static void
place_category_labels_x (VdChartBuilder *b,
                         double   y)
{
  VdChartLayout *layout = b->layout;
  guint n = vd_chart_data_get_n_categories (b->data);
  double limit = MAX (layout->slot - GAP, b->line_h * 2.5);
  guint stride = MAX (n / 64, 1);
  double widest = 0;
  guint k, i;

  for (i = 0; i < n; i += (i + stride < n || i == n - 1) ? stride : n - 1 - i)
    {
      double w, h;
      g_autoptr(PangoLayout) pl = vd_chart_builder_text (b, vd_chart_data_get_category (b->data, i), limit, FALSE, &w, &h);

      widest = MAX (widest, w);
    }
  k = layout->slot > 0 ? (guint) ceil ((widest + GAP) / layout->slot) : 1;
  k = MAX (k, 1);
  for (i = 0; i < n; i += k)
    {
      double w, h;
      const char *text = vd_chart_data_get_category (b->data, i);
      PangoLayout *pl = vd_chart_builder_text (b, text, MAX (limit, k * layout->slot - GAP), FALSE, &w, &h);

      /* kept inside the chart at its ends; an unmeasured label wider than the
       * sample's widest may still be dropped for touching its neighbour */
      vd_chart_builder_add_label (b, VD_CHART_LABEL_X_AXIS, pl, text,
                 CLAMP (layout->plot.x + (i + 0.5) * layout->slot - w / 2, 0, layout->width - w),
                 y, w, b->line_h, -1);
    }
}

/* Tick labels of a vertical value axis, right-aligned left of the plot. */
static void
place_ticks_y (VdChartBuilder *b,
               double   right)
{
  VdChartLayout *layout = b->layout;
  guint i;

  for (i = 0; i < layout->ticks.n; i++)
    {
      double v = vd_chart_ticks_value (&layout->ticks, i);
      g_autofree char *text = vd_chart_format_tick (&layout->ticks, v, b->style->numbers);
      double w, h;
      PangoLayout *pl = vd_chart_builder_text (b, text, 0, FALSE, &w, &h);
      double y = vd_chart_layout_value_to_y (layout, v) - h / 2;

      vd_chart_builder_add_label (b, VD_CHART_LABEL_Y_AXIS, pl, text, right - w, CLAMP (y, 0, layout->height - h), w, h, -1);
    }
}

/* Tick labels of a horizontal value axis, under the plot. */
static void
place_ticks_x (VdChartBuilder *b,
               double   y)
{
  VdChartLayout *layout = b->layout;
  guint i;

  for (i = 0; i < layout->ticks.n; i++)
    {
      double v = vd_chart_ticks_value (&layout->ticks, i);
      g_autofree char *text = vd_chart_format_tick (&layout->ticks,
                                                    vd_chart_data_get_kind (b->data) == VD_CHART_PYRAMID ? fabs (v) : v,
                                                    b->style->numbers);
      double w, h;
      PangoLayout *pl = vd_chart_builder_text (b, text, 0, FALSE, &w, &h);
      double x = vd_chart_layout_value_to_x (layout, v) - w / 2;

      vd_chart_builder_add_label (b, VD_CHART_LABEL_X_AXIS, pl, text, CLAMP (x, 0, layout->width - w), y, w, h, -1);
    }
}

static double
widest_tick (VdChartBuilder *b)
{
  double widest = 0;
  guint i;

  for (i = 0; i < b->layout->ticks.n; i++)
    {
      g_autofree char *text = vd_chart_format_tick (&b->layout->ticks,
                                                    fabs (vd_chart_ticks_value (&b->layout->ticks, i)),
                                                    b->style->numbers);
      double w, h;
      g_autoptr(PangoLayout) pl = vd_chart_builder_text (b, text, 0, FALSE, &w, &h);

      widest = MAX (widest, w);
    }
  return widest;
}

static void
set_ticks (VdChartLayout     *layout,
           const VdChartData *data,
           double             span,
           double             per_tick)
{
  double lo, hi;
  guint max_ticks = (guint) CLAMP (span / per_tick, 3, 8);

  value_range (data, &lo, &hi);
  if (vd_chart_data_get_kind (data) == VD_CHART_BULLET && isfinite (vd_chart_data_get_maximum (data)))
    hi = MAX (hi, vd_chart_data_get_maximum (data));
  vd_chart_nice_ticks (lo, hi, max_ticks, &layout->ticks);
  if (vd_chart_data_get_decimals (data) == 0 && layout->ticks.step < 1)
    {
      /* whole things (people, stations) are never counted in halves */
      layout->ticks.step = 1;
      layout->ticks.min = floor (layout->ticks.min);
      layout->ticks.max = ceil (layout->ticks.max);
      layout->ticks.n = (guint) lround (layout->ticks.max - layout->ticks.min) + 1;
    }
  if (vd_chart_data_get_kind (data) == VD_CHART_PYRAMID)
    {
      /* symmetric: the two halves compare at a glance */
      double m = MAX (fabs (layout->ticks.min), fabs (layout->ticks.max));

      layout->ticks.min = -m;
      layout->ticks.max = m;
      layout->ticks.n = (guint) lround (2 * m / layout->ticks.step) + 1;
    }
  layout->vmin = layout->ticks.min;
  layout->vmax = layout->ticks.max;
  layout->has_axis = TRUE;
}

/* Bars, lines and areas over vertical categories. */
static void
layout_vertical (VdChartBuilder *b)
{
  VdChartLayout *layout = b->layout;
  const VdChartData *data = b->data;
  VdChartKind kind = vd_chart_data_get_kind (data);
  guint n_c = vd_chart_data_get_n_categories (data);
  guint n_s = vd_chart_data_get_n_series (data);
  double top = PAD + place_legend (b, PAD);
  double bottom = layout->height - PAD - b->line_h - 4;
  double left;
  guint s, c;

  set_ticks (layout, data, bottom - top, b->line_h * 2.5);
  left = PAD + widest_tick (b) + GAP;
  layout->plot = (VdChartRect) { left, top + b->line_h / 2, MAX (layout->width - PAD - left, 1),
                                 MAX (bottom - top - b->line_h / 2, 1) };
  layout->slot = n_c > 0 ? layout->plot.width / n_c : layout->plot.width;
  if (kind == VD_CHART_BAR)
    {
      gboolean stacked = vd_chart_data_get_stacking (data) == VD_CHART_STACKED;

      layout->group = layout->slot * (n_s > 1 && !stacked ? 0.8 : 0.65);
      layout->bar = stacked || n_s == 0 ? layout->group : layout->group / n_s;
    }

  place_ticks_y (b, left - GAP);
  place_category_labels_x (b, layout->plot.y + layout->plot.height + 4);

  if (kind == VD_CHART_LINE || kind == VD_CHART_AREA)
    {
      /* more points than pixel columns: one min/max per column (design.md §7) */
      if (n_c > layout->plot.width)
        {
          guint width = (guint) ceil (layout->plot.width);

          layout->columns = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
          for (s = 0; s < n_s; s++)
            {
              const double *v = vd_chart_data_get_series_values (data, s);
              GArray *cols = g_array_sized_new (FALSE, FALSE, sizeof (VdChartColumn), width);
              VdChartColumn col = { 0 };
              int current = -1;

              for (c = 0; c < n_c; c++)
                {
                  int px = (int) ((c + 0.5) * layout->slot);
                  float y = (float) vd_chart_layout_value_to_y (layout, isfinite (v[c]) ? v[c] : 0);

                  if (px != current)
                    {
                      float joined = y;

                      if (current >= 0)
                        {
                          g_array_append_val (cols, col);
                          /* each column starts where the last ended: no gaps */
                          joined = col.last;
                        }
                      current = px;
                      col.x = (float) (layout->plot.x + px + 0.5);
                      col.lo = MIN (joined, y);
                      col.hi = MAX (joined, y);
                      col.first = col.last = y;
                    }
                  col.lo = MIN (col.lo, y);
                  col.hi = MAX (col.hi, y);
                  col.last = y;
                }
              if (current >= 0)
                g_array_append_val (cols, col);
              g_ptr_array_add (layout->columns, cols);
            }
        }
      return;
    }

  /* value labels over plain and grouped bars, inside stacked segments */
  for (c = 0; c < n_c; c++)
    {
      double base_pos = 0, base_neg = 0;

      for (s = 0; s < n_s; s++)
        {
          double v = vd_chart_data_get_value (data, s, c);
          g_autofree char *text = NULL;
          VdChartRect r;
          PangoLayout *pl;
          double w, h;

          if (!isfinite (v) || v == 0 || !vd_chart_layout_item_rect (layout, s, c, &r))
            continue;
          text = vd_chart_format_short (v, b->style->numbers);
          pl = vd_chart_builder_text (b, text, 0, FALSE, &w, &h);
          if (vd_chart_data_get_stacking (data) == VD_CHART_STACKED)
            {
              if (w <= r.width - 2 && h <= r.height - 2
                  && vd_chart_builder_add_label (b, VD_CHART_LABEL_VALUE, pl, text, r.x + (r.width - w) / 2,
                                r.y + (r.height - h) / 2, w, h, s))
                {
                  VdChartLabel *label = g_ptr_array_index (layout->labels, layout->labels->len - 1);

                  label->inverse = TRUE;
                  label->fill_lum = vd_chart_color_luminance (vd_chart_style_series_color (b->style, s));
                }
              else if (!(w <= r.width - 2 && h <= r.height - 2))
                g_object_unref (pl);
              if (v >= 0)
                base_pos += v;
              else
                base_neg += v;
            }
          else if (n_s > 1 && vd_chart_data_get_series_secondary (data, s))
            g_object_unref (pl); /* the year compared with: its bars speak for themselves */
          else if (w <= r.width + (n_s == 1 ? layout->slot - r.width - 2 : 1))
            {
              double y = v >= 0 ? r.y - h - 1 : r.y + r.height + 1;

              if (y >= layout->plot.y - b->line_h / 2)
                vd_chart_builder_add_label (b, VD_CHART_LABEL_VALUE, pl, text, r.x + (r.width - w) / 2, y, w, h, s);
              else if (w <= r.width - 2 && h <= r.height - 4
                       && vd_chart_builder_add_label (b, VD_CHART_LABEL_VALUE, pl, text, r.x + (r.width - w) / 2,
                                     r.y + 2, w, h, s))
                {
                  /* no room above the tallest bar: inside its top */
                  VdChartLabel *label = g_ptr_array_index (layout->labels, layout->labels->len - 1);

                  label->inverse = TRUE;
                  label->fill_lum = vd_chart_color_luminance (vd_chart_style_series_color (b->style, s));
                }
              else if (!(w <= r.width - 2 && h <= r.height - 4))
                g_object_unref (pl);
            }
          else
            g_object_unref (pl);
        }
    }
}

/* Horizontal bars, the pyramid and the bullet: one row per category. */
static void
layout_rows (VdChartBuilder *b)
{
  VdChartLayout *layout = b->layout;
  const VdChartData *data = b->data;
  VdChartKind kind = vd_chart_data_get_kind (data);
  guint n_c = vd_chart_data_get_n_categories (data);
  guint n_s = vd_chart_data_get_n_series (data);
  double top = PAD + (kind == VD_CHART_BULLET ? 0 : place_legend (b, PAD));
  double bottom = layout->height - PAD - b->line_h - 4;
  double name_limit = layout->width * 0.3;
  double widest = 0, right;
  guint k, s, c;
  PangoLayout **pls = g_new0 (PangoLayout *, MAX (n_c, 1));
  double *ws = g_new0 (double, MAX (n_c, 1));

  for (c = 0; c < n_c; c++)
    {
      double h;

      pls[c] = vd_chart_builder_text (b, vd_chart_data_get_category (data, c), name_limit, FALSE, &ws[c], &h);
      widest = MAX (widest, ws[c]);
    }
  layout->plot.x = PAD + widest + GAP;
  layout->plot.y = top;
  layout->plot.height = MAX (bottom - top, 1);
  /* room on the right for the last tick label and for value labels */
  right = layout->width - PAD - b->line_h * 2;
  layout->plot.width = MAX (right - layout->plot.x, 1);
  set_ticks (layout, data, layout->plot.width, b->line_h * 3);
  /* tick labels need their own width: fewer ticks if they would crowd */
  {
    double tw = widest_tick (b) + 12;
    guint fit = (guint) MAX (2, layout->plot.width / tw);

    if (fit < layout->ticks.n)
      set_ticks (layout, data, fit * b->line_h * 3, b->line_h * 3);
  }
  layout->slot = n_c > 0 ? layout->plot.height / n_c : layout->plot.height;
  layout->group = layout->slot * (kind == VD_CHART_BULLET ? 0.7 : 0.75);
  layout->bar = kind == VD_CHART_HBAR && n_s > 1 && vd_chart_data_get_stacking (data) == VD_CHART_GROUPED
                ? layout->group / n_s : layout->group;

  k = layout->slot > 0 ? (guint) MAX (1, ceil ((b->line_h + 1) / layout->slot)) : 1;
  for (c = 0; c < n_c; c++)
    {
      if (c % k == 0)
        vd_chart_builder_add_label (b, VD_CHART_LABEL_Y_AXIS, pls[c], vd_chart_data_get_category (data, c),
                   layout->plot.x - GAP - ws[c],
                   layout->plot.y + (c + 0.5) * layout->slot - b->line_h / 2, ws[c], b->line_h, -1);
      else
        g_object_unref (pls[c]);
    }
  g_free (pls);
  g_free (ws);
  place_ticks_x (b, layout->plot.y + layout->plot.height + 4);

  /* value labels just past the bar's end, where there is room */
  for (c = 0; c < n_c; c++)
    for (s = 0; s < n_s; s++)
      {
        double v = vd_chart_data_get_value (data, s, c);
        g_autofree char *text = NULL;
        VdChartRect r;
        PangoLayout *pl;
        double w, h, x;
        gboolean left;

        if ((kind == VD_CHART_BULLET && s > 0)
            || (kind == VD_CHART_HBAR && vd_chart_data_get_stacking (data) == VD_CHART_STACKED)
            || !isfinite (v) || !vd_chart_layout_item_rect (layout, s, c, &r) || r.height < b->line_h)
          continue;
        text = vd_chart_format_short (fabs (v), b->style->numbers);
        pl = vd_chart_builder_text (b, text, 0, FALSE, &w, &h);
        left = (kind == VD_CHART_PYRAMID && s == 0) || v < 0;
        x = left ? r.x - w - 3 : r.x + r.width + 3;
        if (vd_chart_builder_add_label (b, VD_CHART_LABEL_VALUE, pl, text, x, r.y + (r.height - h) / 2, w, h, s)
            || w > r.width - 6)
          continue;
        /* no room past the bar's end: inside it, at that end */
        pl = vd_chart_builder_text (b, text, 0, FALSE, &w, &h);
        x = left ? r.x + 3 : r.x + r.width - w - 3;
        if (vd_chart_builder_add_label (b, VD_CHART_LABEL_VALUE, pl, text, x, r.y + (r.height - h) / 2, w, h, s))
          {
            VdChartLabel *label = g_ptr_array_index (layout->labels, layout->labels->len - 1);

            label->inverse = TRUE;
            label->fill_lum = vd_chart_color_luminance (kind == VD_CHART_BULLET ? &b->style->good
                                                        : vd_chart_style_series_color (b->style, s));
          }
      }
}

VdChartLayout *
vd_chart_layout_new (double              width,
                     double              height,
                     const VdChartData  *data,
                     const VdChartStyle *style)
{
  VdChartLayout *layout = g_new0 (VdChartLayout, 1);
  VdChartBuilder b = { layout, data, style };
  PangoFontMap *map = pango_cairo_font_map_get_default ();
  cairo_font_options_t *options = cairo_font_options_create ();
  g_autoptr(PangoLayout) probe = NULL;
  double probe_w;

  layout->data = vd_chart_data_ref ((VdChartData *) data);
  layout->width = MAX (width, 1);
  layout->height = MAX (height, 1);
  layout->labels = g_ptr_array_new_with_free_func (label_free);

  /* metrics independent of the surface, so that PNG, SVG, PDF and the screen agree */
  b.context = pango_font_map_create_context (map);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (b.context, options);
  pango_cairo_context_set_resolution (b.context, 96);
  cairo_font_options_destroy (options);
  b.font = pango_font_description_new ();
  pango_font_description_set_family (b.font, style->font_family);
  pango_font_description_set_size (b.font, (int) (style->font_size * PANGO_SCALE));
  b.big_font = pango_font_description_copy (b.font);
  pango_font_description_set_size (b.big_font, (int) (style->font_size * 1.8 * PANGO_SCALE));
  pango_font_description_set_weight (b.big_font, PANGO_WEIGHT_BOLD);
  probe = vd_chart_builder_text (&b, "0万", 0, FALSE, &probe_w, &b.line_h);

  switch (vd_chart_data_get_kind (data))
    {
    case VD_CHART_BAR:
    case VD_CHART_LINE:
    case VD_CHART_AREA:
      layout_vertical (&b);
      break;
    case VD_CHART_HBAR:
    case VD_CHART_PYRAMID:
    case VD_CHART_BULLET:
      layout_rows (&b);
      break;
    case VD_CHART_DONUT:
      vd_chart_layout_donut (&b);
      break;
    case VD_CHART_GAUGE:
    default:
      vd_chart_layout_gauge (&b);
      break;
    }

  pango_font_description_free (b.font);
  pango_font_description_free (b.big_font);
  g_object_unref (b.context);
  return layout;
}

void
vd_chart_layout_free (VdChartLayout *layout)
{
  if (layout == NULL)
    return;
  vd_chart_data_unref (layout->data);
  g_ptr_array_unref (layout->labels);
  g_clear_pointer (&layout->columns, g_ptr_array_unref);
  g_free (layout);
}

void
vd_chart_layout_get_plot (const VdChartLayout *layout,
                          VdChartRect         *plot)
{
  *plot = layout->plot;
}

guint
vd_chart_layout_get_n_labels (const VdChartLayout *layout)
{
  return layout->labels->len;
}

const char *
vd_chart_layout_get_label (const VdChartLayout *layout,
                           guint                i,
                           VdChartLabelRole    *role,
                           VdChartRect         *rect)
{
  VdChartLabel *label;

  g_return_val_if_fail (i < layout->labels->len, NULL);
  label = g_ptr_array_index (layout->labels, i);
  if (role != NULL)
    *role = label->role;
  if (rect != NULL)
    *rect = label->rect;
  return label->text;
}
