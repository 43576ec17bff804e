/* vd-chart-draw.c — drawing a laid-out chart, and finding its items
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "vd-chart-private.h"

static void
set_color (cairo_t            *cr,
           const VdChartColor *c,
           double              alpha)
{
  cairo_set_source_rgba (cr, c->red, c->green, c->blue, c->alpha * alpha);
}

double
vd_chart_color_luminance (const VdChartColor *c)
{
  return 0.2126 * c->red + 0.7152 * c->green + 0.0722 * c->blue;
}

static gboolean
is_secondary (const VdChartLayout *layout,
              guint                s)
{
  return s < vd_chart_data_get_n_series (layout->data)
         && vd_chart_data_get_series_secondary (layout->data, s);
}

static gboolean
rect_valid (VdChartRect *r)
{
  if (r->width < 0)
    {
      r->x += r->width;
      r->width = -r->width;
    }
  if (r->height < 0)
    {
      r->y += r->height;
      r->height = -r->height;
    }
  return TRUE;
}

/* The sum of the values of series before s in category c with v's sign (stacking). */
static double
stack_base (const VdChartLayout *layout,
            guint                s,
            guint                c,
            double               v)
{
  double base = 0;
  guint i;

  for (i = 0; i < s; i++)
    {
      double w = vd_chart_data_get_value (layout->data, i, c);

      if (isfinite (w) && (w >= 0) == (v >= 0))
        base += w;
    }
  return base;
}

gboolean
vd_chart_layout_item_rect (const VdChartLayout *layout,
                           guint                series,
                           guint                category,
                           VdChartRect         *rect)
{
  const VdChartData *data = layout->data;
  VdChartKind kind = vd_chart_data_get_kind (data);
  gboolean stacked = vd_chart_data_get_stacking (data) == VD_CHART_STACKED;
  double v, base;

  if (series >= vd_chart_data_get_n_series (data) || category >= vd_chart_data_get_n_categories (data))
    return FALSE;
  v = vd_chart_data_get_value (data, series, category);
  if (!isfinite (v))
    v = 0;
  base = stacked ? stack_base (layout, series, category, v) : 0;

  switch (kind)
    {
    case VD_CHART_BAR:
      {
        double x0 = layout->plot.x + category * layout->slot + (layout->slot - layout->group) / 2;

        rect->x = stacked ? x0 : x0 + series * layout->bar;
        rect->width = layout->bar;
        rect->y = vd_chart_layout_value_to_y (layout, base + v);
        rect->height = vd_chart_layout_value_to_y (layout, base) - rect->y;
        return rect_valid (rect);
      }
    case VD_CHART_HBAR:
    case VD_CHART_PYRAMID:
    case VD_CHART_BULLET:
      {
        double y0 = layout->plot.y + category * layout->slot + (layout->slot - layout->group) / 2;

        if (kind == VD_CHART_BULLET)
          {
            if (series == 0)
              {
                rect->y = y0 + layout->group * 0.22;
                rect->height = layout->group * 0.56;
              }
            else
              {
                /* the target mark */
                rect->y = y0;
                rect->height = layout->group;
                rect->x = vd_chart_layout_value_to_x (layout, v) - 1.5;
                rect->width = 3;
                return TRUE;
              }
          }
        else
          {
            rect->y = kind == VD_CHART_HBAR && !stacked ? y0 + series * layout->bar : y0;
            rect->height = layout->bar;
          }
        if (kind == VD_CHART_PYRAMID)
          v = series == 0 ? -fabs (v) : fabs (v);
        rect->x = vd_chart_layout_value_to_x (layout, base);
        rect->width = vd_chart_layout_value_to_x (layout, base + v) - rect->x;
        return rect_valid (rect);
      }
    case VD_CHART_LINE:
    case VD_CHART_AREA:
      if (kind == VD_CHART_LINE && !isfinite (vd_chart_data_get_value (data, series, category)))
        return FALSE;
      rect->x = layout->plot.x + (category + 0.5) * layout->slot - 4;
      rect->y = vd_chart_layout_value_to_y (layout, v) - 4;
      rect->width = rect->height = 8;
      return TRUE;
    case VD_CHART_DONUT:
      {
        double start = 0, a;
        guint c;

        if (series != 0 || layout->total <= 0 || v <= 0)
          return FALSE;
        for (c = 0; c < category; c++)
          {
            double w = vd_chart_data_get_value (data, 0, c);

            if (isfinite (w) && w > 0)
              start += w;
          }
        a = -G_PI / 2 + 2 * G_PI * (start + v / 2) / layout->total;
        rect->x = layout->cx + cos (a) * (layout->r_in + layout->r_out) / 2 - 4;
        rect->y = layout->cy + sin (a) * (layout->r_in + layout->r_out) / 2 - 4;
        rect->width = rect->height = 8;
        return TRUE;
      }
    case VD_CHART_GAUGE:
    default:
      *rect = layout->plot;
      return series == 0 && category == 0;
    }
}

gboolean
vd_chart_layout_hit (const VdChartLayout *layout,
                     double               x,
                     double               y,
                     guint               *series,
                     guint               *category)
{
  const VdChartData *data = layout->data;
  VdChartKind kind = vd_chart_data_get_kind (data);
  guint n_s = vd_chart_data_get_n_series (data);
  guint n_c = vd_chart_data_get_n_categories (data);
  const VdChartRect *p = &layout->plot;
  guint s, c;

  if (n_s == 0 || n_c == 0)
    return FALSE;

  if (kind == VD_CHART_DONUT || kind == VD_CHART_GAUGE)
    {
      double dx = x - layout->cx, dy = y - layout->cy;
      double r = sqrt (dx * dx + dy * dy);
      double a, start = 0;

      if (r < layout->r_in * 0.9 || r > layout->r_out + 2)
        return FALSE;
      if (kind == VD_CHART_GAUGE)
        {
          if (dy > 2)
            return FALSE;
          *series = *category = 0;
          return TRUE;
        }
      a = atan2 (dy, dx) + G_PI / 2;
      if (a < 0)
        a += 2 * G_PI;
      for (c = 0; c < n_c; c++)
        {
          double v = vd_chart_data_get_value (data, 0, c);

          if (!isfinite (v) || v <= 0)
            continue;
          start += v;
          if (a <= 2 * G_PI * start / layout->total)
            {
              *series = 0;
              *category = c;
              return TRUE;
            }
        }
      return FALSE;
    }

  if (x < p->x || x > p->x + p->width || y < p->y || y > p->y + p->height || layout->slot <= 0)
    return FALSE;

  if (kind == VD_CHART_LINE || kind == VD_CHART_AREA)
    {
      double best = G_MAXDOUBLE;

      c = MIN ((guint) ((x - p->x) / layout->slot), n_c - 1);
      for (s = 0; s < n_s; s++)
        {
          double v = vd_chart_data_get_value (data, s, c);
          double d = fabs (vd_chart_layout_value_to_y (layout, isfinite (v) ? v : 0) - y);

          if (!isfinite (v) && kind == VD_CHART_LINE)
            continue;
          if (d < best)
            {
              best = d;
              *series = s;
            }
        }
      *category = c;
      return best < G_MAXDOUBLE;
    }

  c = kind == VD_CHART_BAR ? (guint) ((x - p->x) / layout->slot) : (guint) ((y - p->y) / layout->slot);
  c = MIN (c, n_c - 1);
  /* the bar under the pointer; else, in a category's slot, its nearest bar */
  {
    double best = G_MAXDOUBLE;
    gboolean found = FALSE;

    for (s = 0; s < n_s; s++)
      {
        VdChartRect r;
        double d;

        if (kind == VD_CHART_BULLET && s > 0)
          break;
        if (!vd_chart_layout_item_rect (layout, s, c, &r))
          continue;
        d = kind == VD_CHART_BAR
            ? fabs (x - (r.x + r.width / 2)) + (y < r.y ? r.y - y : y > r.y + r.height ? y - r.y - r.height : 0)
            : fabs (y - (r.y + r.height / 2)) + (x < r.x ? r.x - x : x > r.x + r.width ? x - r.x - r.width : 0);
        if (d < best)
          {
            best = d;
            *series = s;
            found = TRUE;
          }
      }
    *category = c;
    return found;
  }
}

static void
draw_grid (const VdChartLayout *layout,
           cairo_t             *cr,
           const VdChartStyle  *style,
           gboolean             vertical)
{
  const VdChartRect *p = &layout->plot;
  guint i;

  cairo_set_line_width (cr, 1);
  for (i = 0; i < layout->ticks.n; i++)
    {
      double v = vd_chart_ticks_value (&layout->ticks, i);
      double pos;

      set_color (cr, v == 0 ? &style->muted : &style->grid, v == 0 ? 0.8 : 1);
      if (vertical)
        {
          pos = round (vd_chart_layout_value_to_y (layout, v)) + 0.5;
          cairo_move_to (cr, p->x, pos);
          cairo_line_to (cr, p->x + p->width, pos);
        }
      else
        {
          pos = round (vd_chart_layout_value_to_x (layout, v)) + 0.5;
          cairo_move_to (cr, pos, p->y);
          cairo_line_to (cr, pos, p->y + p->height);
        }
      cairo_stroke (cr);
    }
}

static gboolean
is_highlight (const VdChartStyle *style,
              guint               s,
              guint               c)
{
  return style->highlight_series == (int) s && style->highlight_category == (int) c;
}

static void
draw_bars (const VdChartLayout *layout,
           cairo_t             *cr,
           const VdChartStyle  *style)
{
  const VdChartData *data = layout->data;
  VdChartKind kind = vd_chart_data_get_kind (data);
  guint n_s = vd_chart_data_get_n_series (data);
  guint n_c = vd_chart_data_get_n_categories (data);
  guint s, c;

  for (c = 0; c < n_c; c++)
    for (s = 0; s < n_s; s++)
      {
        VdChartRect r;
        double v = vd_chart_data_get_value (data, s, c);
        const VdChartColor *color = vd_chart_style_series_color (style, s);

        if (!isfinite (v) || !vd_chart_layout_item_rect (layout, s, c, &r))
          continue;
        if (kind == VD_CHART_BULLET)
          {
            double target = n_s > 1 ? vd_chart_data_get_value (data, 1, c) : vd_chart_data_get_target (data);
            VdChartRect track;

            if (s > 0)
              break;
            track = (VdChartRect) { layout->plot.x, r.y - r.height * 0.4, layout->plot.width, r.height * 1.8 };
            set_color (cr, &style->track, 1);
            cairo_rectangle (cr, track.x, track.y, track.width, track.height);
            cairo_fill (cr);
            color = !isfinite (target) || v >= target ? &style->good : &style->bad;
            set_color (cr, color, 1);
            cairo_rectangle (cr, r.x, r.y, r.width, r.height);
            cairo_fill (cr);
            if (isfinite (target) && vd_chart_layout_item_rect (layout, 1, c, &r))
              {
                double x = vd_chart_layout_value_to_x (layout, target);

                set_color (cr, &style->foreground, 1);
                cairo_rectangle (cr, round (x) - 1, track.y - 2, 3, track.height + 4);
                cairo_fill (cr);
              }
            if (is_highlight (style, 0, c))
              {
                set_color (cr, &style->foreground, 1);
                cairo_set_line_width (cr, 2);
                cairo_rectangle (cr, track.x - 1, track.y - 1, track.width + 2, track.height + 2);
                cairo_stroke (cr);
              }
            continue;
          }
        if (r.width < 0.5 && r.height < 0.5)
          continue;
        set_color (cr, color, is_secondary (layout, s) ? 0.45 : 1);
        cairo_rectangle (cr, r.x, r.y, r.width, r.height);
        cairo_fill (cr);
        if (is_highlight (style, s, c))
          {
            set_color (cr, &style->foreground, 1);
            cairo_set_line_width (cr, 2);
            cairo_rectangle (cr, r.x - 1, r.y - 1, r.width + 2, r.height + 2);
            cairo_stroke (cr);
          }
      }
}

static void
draw_lines (const VdChartLayout *layout,
            cairo_t             *cr,
            const VdChartStyle  *style)
{
  const VdChartData *data = layout->data;
  gboolean area = vd_chart_data_get_kind (data) == VD_CHART_AREA;
  guint n_s = vd_chart_data_get_n_series (data);
  guint n_c = vd_chart_data_get_n_categories (data);
  double zero = vd_chart_layout_value_to_y (layout, CLAMP (0, layout->vmin, layout->vmax));
  guint s, c;

  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  for (s = 0; s < n_s; s++)
    {
      const VdChartColor *color = vd_chart_style_series_color (style, s);
      double dash[] = { 5, 3 };
      double first_x = 0, last_x = 0;

      cairo_new_path (cr);
      if (layout->columns != NULL && !area)
        {
          GArray *cols = g_ptr_array_index (layout->columns, s);

          /* a dense line: one bar per pixel column from its lowest to its highest
           * value (joined to the column before); pixel-aligned boxes fill fast,
           * where stroking thousands of tiny segments is slow */
          for (c = 0; c < cols->len; c++)
            {
              VdChartColumn *col = &g_array_index (cols, VdChartColumn, c);

              cairo_rectangle (cr, floor (col->x) - 1, floor (col->lo) - 1, 2, ceil (col->hi) - floor (col->lo) + 2);
            }
          set_color (cr, color, is_secondary (layout, s) ? 0.7 : 1);
          cairo_fill (cr);
          continue;
        }
      if (layout->columns != NULL)
        {
          GArray *cols = g_ptr_array_index (layout->columns, s);

          /* a dense area: the top of each pixel column */
          for (c = 0; c < cols->len; c++)
            {
              VdChartColumn *col = &g_array_index (cols, VdChartColumn, c);

              if (c == 0)
                first_x = col->x;
              cairo_line_to (cr, col->x, col->lo);
              last_x = col->x;
            }
        }
      else
        {
          gboolean pen_down = FALSE;

          for (c = 0; c < n_c; c++)
            {
              double v = vd_chart_data_get_value (data, s, c);
              double x = layout->plot.x + (c + 0.5) * layout->slot;
              double y = vd_chart_layout_value_to_y (layout, isfinite (v) ? v : 0);

              /* a missing value (NAN) leaves a gap in a line; an area counts it as 0 */
              if (!isfinite (v) && !area)
                {
                  pen_down = FALSE;
                  continue;
                }
              if (!pen_down)
                {
                  /* an area never lifts the pen: this is its first point */
                  if (c == 0)
                    first_x = x;
                  cairo_move_to (cr, x, y);
                  pen_down = TRUE;
                }
              else
                cairo_line_to (cr, x, y);
              last_x = x;
            }
        }

      if (area && n_c > 0)
        {
          cairo_path_t *line = cairo_copy_path (cr);

          cairo_line_to (cr, last_x, zero);
          cairo_line_to (cr, first_x, zero);
          cairo_close_path (cr);
          set_color (cr, color, is_secondary (layout, s) ? 0.15 : 0.3);
          cairo_fill (cr);
          cairo_append_path (cr, line);
          cairo_path_destroy (line);
        }
      set_color (cr, color, is_secondary (layout, s) ? 0.7 : 1);
      cairo_set_line_width (cr, 2);
      if (is_secondary (layout, s))
        cairo_set_dash (cr, dash, 2, 0);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);

      /* markers when points are far enough apart to tell */
      if (layout->columns == NULL && layout->slot >= 10)
        for (c = 0; c < n_c; c++)
          {
            VdChartRect r;

            if (!vd_chart_layout_item_rect (layout, s, c, &r))
              continue;
            cairo_arc (cr, r.x + 4, r.y + 4, is_highlight (style, s, c) ? 5 : 2.5, 0, 2 * G_PI);
            set_color (cr, color, 1);
            cairo_fill_preserve (cr);
            set_color (cr, &style->background, style->background.alpha > 0 ? 1 : 0);
            cairo_set_line_width (cr, 1);
            cairo_stroke (cr);
          }
    }

  if (style->highlight_category >= 0 && (guint) style->highlight_category < n_c)
    {
      double x = round (layout->plot.x + (style->highlight_category + 0.5) * layout->slot) + 0.5;

      set_color (cr, &style->muted, 0.8);
      cairo_set_line_width (cr, 1);
      cairo_move_to (cr, x, layout->plot.y);
      cairo_line_to (cr, x, layout->plot.y + layout->plot.height);
      cairo_stroke (cr);
    }
}

static void
draw_donut (const VdChartLayout *layout,
            cairo_t             *cr,
            const VdChartStyle  *style)
{
  const VdChartData *data = layout->data;
  guint n_c = vd_chart_data_get_n_categories (data);
  double start = -G_PI / 2;
  guint c;

  if (layout->total <= 0 || vd_chart_data_get_n_series (data) == 0)
    {
      set_color (cr, &style->track, 1);
      cairo_arc (cr, layout->cx, layout->cy, layout->r_out, 0, 2 * G_PI);
      cairo_arc_negative (cr, layout->cx, layout->cy, layout->r_in, 2 * G_PI, 0);
      cairo_fill (cr);
      return;
    }
  for (c = 0; c < n_c; c++)
    {
      double v = vd_chart_data_get_value (data, 0, c);
      double end, grow;

      if (!isfinite (v) || v <= 0)
        continue;
      end = start + 2 * G_PI * v / layout->total;
      grow = is_highlight (style, 0, c) ? 4 : 0;
      cairo_new_path (cr);
      cairo_arc (cr, layout->cx, layout->cy, layout->r_out + grow, start, end);
      cairo_arc_negative (cr, layout->cx, layout->cy, layout->r_in, end, start);
      cairo_close_path (cr);
      set_color (cr, vd_chart_style_series_color (style, c), 1);
      cairo_fill_preserve (cr);
      /* a thin gap between slices, in the background colour */
      if (style->background.alpha > 0)
        {
          set_color (cr, &style->background, 1);
          cairo_set_line_width (cr, 1);
          cairo_stroke (cr);
        }
      cairo_new_path (cr);
      start = end;
    }
}

static void
draw_gauge (const VdChartLayout *layout,
            cairo_t             *cr,
            const VdChartStyle  *style)
{
  const VdChartData *data = layout->data;
  double value = vd_chart_data_get_n_series (data) > 0 && vd_chart_data_get_n_categories (data) > 0
                 ? vd_chart_data_get_value (data, 0, 0) : NAN;
  double target = vd_chart_data_get_target (data);
  double frac;

  cairo_new_path (cr);
  set_color (cr, &style->track, 1);
  cairo_arc (cr, layout->cx, layout->cy, layout->r_out, G_PI, 2 * G_PI);
  cairo_arc_negative (cr, layout->cx, layout->cy, layout->r_in, 2 * G_PI, G_PI);
  cairo_close_path (cr);
  cairo_fill (cr);

  if (isfinite (value) && value > 0)
    {
      frac = CLAMP (value / layout->vmax, 0, 1);
      set_color (cr, !isfinite (target) || value >= target ? &style->good : &style->bad, 1);
      cairo_arc (cr, layout->cx, layout->cy, layout->r_out, G_PI, G_PI + frac * G_PI);
      cairo_arc_negative (cr, layout->cx, layout->cy, layout->r_in, G_PI + frac * G_PI, G_PI);
      cairo_close_path (cr);
      cairo_fill (cr);
    }
  if (isfinite (target))
    {
      double a = G_PI + CLAMP (target / layout->vmax, 0, 1) * G_PI;

      set_color (cr, &style->foreground, 1);
      cairo_set_line_width (cr, 3);
      cairo_move_to (cr, layout->cx + cos (a) * (layout->r_in - 4), layout->cy + sin (a) * (layout->r_in - 4));
      cairo_line_to (cr, layout->cx + cos (a) * (layout->r_out + 4), layout->cy + sin (a) * (layout->r_out + 4));
      cairo_stroke (cr);
    }
}

static void
draw_labels (const VdChartLayout *layout,
             cairo_t             *cr,
             const VdChartStyle  *style)
{
  gboolean donut = vd_chart_data_get_kind (layout->data) == VD_CHART_DONUT;
  guint i;

  for (i = 0; i < layout->labels->len; i++)
    {
      VdChartLabel *label = g_ptr_array_index (layout->labels, i);

      if (label->role == VD_CHART_LABEL_LEGEND && label->series >= 0)
        {
          gboolean secondary = !donut && is_secondary (layout, label->series);

          set_color (cr, vd_chart_style_series_color (style, label->series), secondary ? 0.45 : 1);
          cairo_rectangle (cr, label->rect.x - SWATCH - 4,
                           label->rect.y + (label->rect.height - SWATCH) / 2, SWATCH, SWATCH);
          cairo_fill (cr);
        }
      if (label->inverse)
        {
          if (label->fill_lum > 0.45)
            cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
          else
            cairo_set_source_rgb (cr, 1, 1, 1);
        }
      else
        set_color (cr, label->role == VD_CHART_LABEL_X_AXIS || label->role == VD_CHART_LABEL_Y_AXIS
                   || label->role == VD_CHART_LABEL_LEGEND ? &style->muted : &style->foreground, 1);
      cairo_move_to (cr, label->rect.x, label->rect.y);
      pango_cairo_show_layout (cr, label->layout);
    }
}

void
vd_chart_layout_draw (const VdChartLayout *layout,
                      cairo_t             *cr,
                      const VdChartStyle  *style)
{
  VdChartKind kind = vd_chart_data_get_kind (layout->data);

  cairo_save (cr);
  if (style->background.alpha > 0)
    {
      set_color (cr, &style->background, 1);
      cairo_rectangle (cr, 0, 0, layout->width, layout->height);
      cairo_fill (cr);
    }
  switch (kind)
    {
    case VD_CHART_BAR:
      draw_grid (layout, cr, style, TRUE);
      draw_bars (layout, cr, style);
      break;
    case VD_CHART_HBAR:
    case VD_CHART_PYRAMID:
    case VD_CHART_BULLET:
      draw_grid (layout, cr, style, FALSE);
      draw_bars (layout, cr, style);
      break;
    case VD_CHART_LINE:
    case VD_CHART_AREA:
      draw_grid (layout, cr, style, TRUE);
      draw_lines (layout, cr, style);
      break;
    case VD_CHART_DONUT:
      draw_donut (layout, cr, style);
      break;
    case VD_CHART_GAUGE:
    default:
      draw_gauge (layout, cr, style);
      break;
    }
  draw_labels (layout, cr, style);
  cairo_restore (cr);
}

void
vd_chart_draw (cairo_t            *cr,
               double              width,
               double              height,
               const VdChartData  *data,
               const VdChartStyle *style)
{
  g_autoptr(VdChartLayout) layout = vd_chart_layout_new (width, height, data, style);

  vd_chart_layout_draw (layout, cr, style);
}
