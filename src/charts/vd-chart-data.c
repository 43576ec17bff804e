/* vd-chart-data.c — what a chart shows: categories, series of values, a unit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "vd-chart-data.h"

typedef struct
{
  char    *name;
  GArray  *values;     /* double, one per category */
  gboolean secondary;
} Series;

struct _VdChartData
{
  gatomicrefcount  ref_count;
  VdChartKind      kind;
  VdChartStacking  stacking;
  char            *title;
  char            *unit;
  int              decimals;
  double           target;
  double           maximum;
  GPtrArray       *categories; /* char * */
  GPtrArray       *series;     /* Series * */
};

G_DEFINE_BOXED_TYPE (VdChartData, vd_chart_data, vd_chart_data_ref, vd_chart_data_unref)

static void
series_free (gpointer data)
{
  Series *s = data;

  g_free (s->name);
  g_array_unref (s->values);
  g_free (s);
}

/* "1234567.5" → "1,234,567.5": exact figures are easier to read grouped. */
static char *
group_digits (const char *plain)
{
  GString *out = g_string_new (NULL);
  const char *p = plain;
  const char *end;
  gsize n_int;
  gsize i;

  if (*p == '-')
    g_string_append_c (out, *p++);
  end = strchr (p, '.');
  n_int = end != NULL ? (gsize) (end - p) : strlen (p);
  for (i = 0; i < n_int; i++)
    {
      if (i > 0 && (n_int - i) % 3 == 0)
        g_string_append_c (out, ',');
      g_string_append_c (out, p[i]);
    }
  g_string_append (out, p + n_int);
  return g_string_free (out, FALSE);
}

VdChartData *
vd_chart_data_new (VdChartKind kind)
{
  VdChartData *self = g_new0 (VdChartData, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->kind = kind;
  self->stacking = VD_CHART_GROUPED;
  self->target = NAN;
  self->maximum = NAN;
  self->categories = g_ptr_array_new_with_free_func (g_free);
  self->series = g_ptr_array_new_with_free_func (series_free);
  return self;
}

VdChartData *
vd_chart_data_ref (VdChartData *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
vd_chart_data_unref (VdChartData *self)
{
  g_return_if_fail (self != NULL);
  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_free (self->title);
  g_free (self->unit);
  g_ptr_array_unref (self->categories);
  g_ptr_array_unref (self->series);
  g_free (self);
}

VdChartKind
vd_chart_data_get_kind (const VdChartData *self)
{
  return self->kind;
}

void
vd_chart_data_set_stacking (VdChartData     *self,
                            VdChartStacking  stacking)
{
  self->stacking = stacking;
}

VdChartStacking
vd_chart_data_get_stacking (const VdChartData *self)
{
  return self->stacking;
}

void
vd_chart_data_set_title (VdChartData *self,
                         const char  *title)
{
  g_free (self->title);
  self->title = g_strdup (title);
}

const char *
vd_chart_data_get_title (const VdChartData *self)
{
  return self->title;
}

void
vd_chart_data_set_unit (VdChartData *self,
                        const char  *unit)
{
  g_free (self->unit);
  self->unit = g_strdup (unit);
}

const char *
vd_chart_data_get_unit (const VdChartData *self)
{
  return self->unit;
}

void
vd_chart_data_set_decimals (VdChartData *self,
                            int          decimals)
{
  self->decimals = CLAMP (decimals, 0, 6);
}

int
vd_chart_data_get_decimals (const VdChartData *self)
{
  return self->decimals;
}

void
vd_chart_data_set_target (VdChartData *self,
                          double       target,
                          double       maximum)
{
  self->target = target;
  self->maximum = maximum;
}

double
vd_chart_data_get_target (const VdChartData *self)
{
  return self->target;
}

double
vd_chart_data_get_maximum (const VdChartData *self)
{
  return self->maximum;
}

guint
vd_chart_data_add_category (VdChartData *self,
                            const char  *label)
{
  guint i;

  g_ptr_array_add (self->categories, g_strdup (label != NULL ? label : ""));
  for (i = 0; i < self->series->len; i++)
    {
      Series *s = g_ptr_array_index (self->series, i);
      double zero = 0;

      g_array_append_val (s->values, zero);
    }
  return self->categories->len - 1;
}

guint
vd_chart_data_add_series (VdChartData *self,
                          const char  *name)
{
  Series *s = g_new0 (Series, 1);

  s->name = g_strdup (name != NULL ? name : "");
  s->values = g_array_sized_new (FALSE, TRUE, sizeof (double), self->categories->len);
  g_array_set_size (s->values, self->categories->len);
  g_ptr_array_add (self->series, s);
  return self->series->len - 1;
}

void
vd_chart_data_set_series_secondary (VdChartData *self,
                                    guint        series,
                                    gboolean     secondary)
{
  g_return_if_fail (series < self->series->len);
  ((Series *) g_ptr_array_index (self->series, series))->secondary = !!secondary;
}

gboolean
vd_chart_data_get_series_secondary (const VdChartData *self,
                                    guint              series)
{
  g_return_val_if_fail (series < self->series->len, FALSE);
  return ((Series *) g_ptr_array_index (self->series, series))->secondary;
}

void
vd_chart_data_set_value (VdChartData *self,
                         guint        series,
                         guint        category,
                         double       value)
{
  Series *s;

  g_return_if_fail (series < self->series->len);
  g_return_if_fail (category < self->categories->len);
  s = g_ptr_array_index (self->series, series);
  g_array_index (s->values, double, category) = value;
}

void
vd_chart_data_set_values (VdChartData  *self,
                          guint         series,
                          const double *values,
                          guint         n)
{
  Series *s;

  g_return_if_fail (series < self->series->len);
  g_return_if_fail (n <= self->categories->len);
  s = g_ptr_array_index (self->series, series);
  memcpy (s->values->data, values, n * sizeof (double));
}

guint
vd_chart_data_get_n_categories (const VdChartData *self)
{
  return self->categories->len;
}

guint
vd_chart_data_get_n_series (const VdChartData *self)
{
  return self->series->len;
}

const char *
vd_chart_data_get_category (const VdChartData *self,
                            guint              category)
{
  g_return_val_if_fail (category < self->categories->len, NULL);
  return g_ptr_array_index (self->categories, category);
}

const char *
vd_chart_data_get_series_name (const VdChartData *self,
                               guint              series)
{
  g_return_val_if_fail (series < self->series->len, NULL);
  return ((Series *) g_ptr_array_index (self->series, series))->name;
}

double
vd_chart_data_get_value (const VdChartData *self,
                         guint              series,
                         guint              category)
{
  Series *s;

  g_return_val_if_fail (series < self->series->len, NAN);
  g_return_val_if_fail (category < self->categories->len, NAN);
  s = g_ptr_array_index (self->series, series);
  return g_array_index (s->values, double, category);
}

const double *
vd_chart_data_get_series_values (const VdChartData *self,
                                 guint              series)
{
  g_return_val_if_fail (series < self->series->len, NULL);
  return (const double *) ((Series *) g_ptr_array_index (self->series, series))->values->data;
}

double
vd_chart_data_category_total (const VdChartData *self,
                              guint              category)
{
  double total = 0;
  guint i;

  for (i = 0; i < self->series->len; i++)
    {
      double v = vd_chart_data_get_value (self, i, category);

      if (isfinite (v))
        total += v;
    }
  return total;
}

double
vd_chart_data_series_total (const VdChartData *self,
                            guint              series)
{
  const double *v = vd_chart_data_get_series_values (self, series);
  double total = 0;
  guint i;

  for (i = 0; i < self->categories->len; i++)
    if (isfinite (v[i]))
      total += v[i];
  return total;
}

char *
vd_chart_data_format_value (const VdChartData *self,
                            double             value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  g_autofree char *grouped = NULL;

  if (!isfinite (value))
    return g_strdup ("—");
  g_ascii_formatd (buf, sizeof buf, self->decimals == 0 ? "%.0f"
                   : self->decimals == 1 ? "%.1f"
                   : self->decimals == 2 ? "%.2f" : "%.3f", value);
  grouped = group_digits (buf);
  if (self->unit == NULL || *self->unit == '\0')
    return g_steal_pointer (&grouped);
  /* "%" sticks to the number; words get a thin gap */
  if (g_str_equal (self->unit, "%"))
    return g_strconcat (grouped, "%", NULL);
  return g_strconcat (grouped, " ", self->unit, NULL);
}

char *
vd_chart_data_describe (const VdChartData *self)
{
  GString *out = g_string_new (NULL);
  guint n_cat = self->categories->len;
  guint n_show = MIN (n_cat, 24);
  guint c, s;

  if (self->title != NULL)
    g_string_append_printf (out, "%s. ", self->title);

  if (self->kind == VD_CHART_GAUGE)
    {
      g_autofree char *value = vd_chart_data_format_value (self, n_cat > 0 && self->series->len > 0
                                                           ? vd_chart_data_get_value (self, 0, 0) : NAN);
      g_autofree char *target = vd_chart_data_format_value (self, self->target);

      if (n_cat > 0)
        g_string_append_printf (out, "%s: ", vd_chart_data_get_category (self, 0));
      /* Translators: a gauge for screen readers, e.g. "16.2%, target 16%, target met." */
      g_string_append_printf (out, _("%s, target %s, %s."), value, target,
                              isfinite (self->target) && n_cat > 0 && self->series->len > 0
                              && vd_chart_data_get_value (self, 0, 0) >= self->target
                              ? _("target met") : _("below target"));
      return g_string_free (out, FALSE);
    }

  if (self->series->len > 1)
    {
      g_string_append (out, _("Series:"));
      for (s = 0; s < self->series->len; s++)
        g_string_append_printf (out, "%s%s", s > 0 ? ", " : " ",
                                vd_chart_data_get_series_name (self, s));
      g_string_append (out, ". ");
    }

  for (c = 0; c < n_show; c++)
    {
      g_string_append_printf (out, "%s:", vd_chart_data_get_category (self, c));
      for (s = 0; s < self->series->len; s++)
        {
          g_autofree char *v = vd_chart_data_format_value (self, vd_chart_data_get_value (self, s, c));

          if (self->series->len > 1 && !(self->kind == VD_CHART_BULLET && s == 1))
            g_string_append_printf (out, "%s%s %s", s > 0 ? "," : "",
                                    vd_chart_data_get_series_name (self, s), v);
          else if (self->kind == VD_CHART_BULLET && s == 1)
            /* Translators: after a value in a bullet chart's description */
            g_string_append_printf (out, _(", target %s"), v);
          else
            g_string_append_printf (out, " %s", v);
        }
      g_string_append (out, "; ");
    }

  if (n_show < n_cat && self->series->len > 0)
    {
      const double *v = vd_chart_data_get_series_values (self, 0);
      double lo = INFINITY, hi = -INFINITY;
      g_autofree char *slo = NULL;
      g_autofree char *shi = NULL;

      for (c = 0; c < n_cat; c++)
        if (isfinite (v[c]))
          {
            lo = MIN (lo, v[c]);
            hi = MAX (hi, v[c]);
          }
      slo = vd_chart_data_format_value (self, lo);
      shi = vd_chart_data_format_value (self, hi);
      g_string_append_printf (out, _("and %u more; lowest %s, highest %s."),
                              n_cat - n_show, slo, shi);
    }
  return g_string_free (out, FALSE);
}
