/* vd-chart.c — a chart widget: the shared drawing on screen, with hover, keyboard
 * focus and a description for screen readers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The layout (text measured with Pango, dense series reduced) is built in
 * size_allocate and when the data or the font change; snapshot only draws it.
 */

#define G_LOG_DOMAIN "vd-chart"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "vd-chart.h"

struct _VdChart
{
  GtkWidget      parent_instance;

  VdChartData   *data;
  VdChartLayout *layout;
  VdChartStyle   style;
  int            layout_width;
  int            layout_height;

  GtkWidget     *popover;    /* the value of the item chosen with the keyboard */
  GtkWidget     *popover_label;
  gulong         dark_handler;
};

G_DEFINE_FINAL_TYPE (VdChart, vd_chart, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DATA,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
invalidate_layout (VdChart *self)
{
  g_clear_pointer (&self->layout, vd_chart_layout_free);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
ensure_layout (VdChart *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));

  if (self->data == NULL || width <= 0 || height <= 0)
    {
      g_clear_pointer (&self->layout, vd_chart_layout_free);
      return;
    }
  if (self->layout != NULL && width == self->layout_width && height == self->layout_height)
    return;
  g_clear_pointer (&self->layout, vd_chart_layout_free);
  self->layout = vd_chart_layout_new (width, height, self->data, &self->style);
  self->layout_width = width;
  self->layout_height = height;
}

static void
update_accessible (VdChart *self)
{
  g_autofree char *description = self->data != NULL ? vd_chart_data_describe (self->data) : g_strdup ("");
  const char *title = self->data != NULL ? vd_chart_data_get_title (self->data) : NULL;

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title != NULL ? title : _("Chart"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

static gboolean
lookup_color (GtkWidget    *widget,
              const char   *name,
              VdChartColor *out)
{
  GdkRGBA rgba;
  gboolean found;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  found = gtk_style_context_lookup_color (gtk_widget_get_style_context (widget), name, &rgba);
  G_GNUC_END_IGNORE_DEPRECATIONS
  if (found)
    *out = (VdChartColor) { rgba.red, rgba.green, rgba.blue, rgba.alpha };
  return found;
}

/* Colours from the theme (read here, not in snapshot); the palette's light or dark
 * variant from the style manager. */
static void
update_style (VdChart *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  int highlight_series = self->style.highlight_series;
  int highlight_category = self->style.highlight_category;
  VdChartColor fg;

  vd_chart_style_init (&self->style, dark);
  self->style.background.alpha = 0;
  self->style.highlight_series = highlight_series;
  self->style.highlight_category = highlight_category;
  if (lookup_color (widget, "window_fg_color", &fg)
      || lookup_color (widget, "theme_fg_color", &fg))
    {
      self->style.foreground = fg;
      self->style.muted = fg;
      self->style.muted.alpha *= 0.7;
      self->style.grid = fg;
      self->style.grid.alpha *= 0.12;
      self->style.track = fg;
      self->style.track.alpha *= 0.1;
    }
  lookup_color (widget, "card_bg_color", &self->style.background);
  self->style.background.alpha = 0;
  gtk_widget_queue_draw (widget);
}

static void
set_highlight (VdChart *self,
               int      series,
               int      category)
{
  if (self->style.highlight_series == series && self->style.highlight_category == category)
    return;
  self->style.highlight_series = series;
  self->style.highlight_category = category;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
show_popover (VdChart *self)
{
  VdChartRect r;
  g_autofree char *text = NULL;

  ensure_layout (self);
  if (self->layout == NULL || self->style.highlight_series < 0
      || !vd_chart_layout_item_rect (self->layout, self->style.highlight_series,
                                     self->style.highlight_category, &r))
    {
      gtk_popover_popdown (GTK_POPOVER (self->popover));
      return;
    }
  text = vd_chart_describe_item (self, self->style.highlight_series, self->style.highlight_category);
  gtk_label_set_text (GTK_LABEL (self->popover_label), text);
  gtk_popover_set_pointing_to (GTK_POPOVER (self->popover),
                               &(GdkRectangle) { (int) r.x, (int) r.y, MAX ((int) r.width, 1),
                                                 MAX ((int) r.height, 1) });
  gtk_popover_popup (GTK_POPOVER (self->popover));
  /* the screen reader hears the item too */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
}

static gboolean
on_query_tooltip_cb (GtkWidget  *widget,
                     int         x,
                     int         y,
                     gboolean    keyboard_mode,
                     GtkTooltip *tooltip,
                     gpointer    user_data)
{
  VdChart *self = VD_CHART (widget);
  guint series, category;
  g_autofree char *text = NULL;
  VdChartRect r;

  ensure_layout (self);
  if (self->layout == NULL || !vd_chart_layout_hit (self->layout, x, y, &series, &category))
    return FALSE;
  text = vd_chart_describe_item (self, series, category);
  gtk_tooltip_set_text (tooltip, text);
  if (vd_chart_layout_item_rect (self->layout, series, category, &r))
    gtk_tooltip_set_tip_area (tooltip, &(GdkRectangle) { (int) r.x, (int) r.y, MAX ((int) r.width, 1),
                                                         MAX ((int) r.height, 1) });
  return TRUE;
}

static void
on_motion_cb (GtkEventControllerMotion *controller,
              double                    x,
              double                    y,
              VdChart                  *self)
{
  guint series, category;

  ensure_layout (self);
  if (self->layout != NULL && vd_chart_layout_hit (self->layout, x, y, &series, &category))
    set_highlight (self, series, category);
  else
    set_highlight (self, -1, -1);
  gtk_popover_popdown (GTK_POPOVER (self->popover));
}

static void
on_leave_cb (GtkEventControllerMotion *controller,
             VdChart                  *self)
{
  if (!gtk_widget_has_focus (GTK_WIDGET (self)))
    set_highlight (self, -1, -1);
}

static gboolean
on_key_pressed_cb (GtkEventControllerKey *controller,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   VdChart               *self)
{
  VdChartKind kind;
  int n_s, n_c, s, c;
  gboolean rows;

  if (self->data == NULL)
    return FALSE;
  kind = vd_chart_data_get_kind (self->data);
  n_s = vd_chart_data_get_n_series (self->data);
  n_c = vd_chart_data_get_n_categories (self->data);
  if (kind == VD_CHART_BULLET || kind == VD_CHART_DONUT || kind == VD_CHART_GAUGE)
    n_s = MIN (n_s, 1);
  if (n_s == 0 || n_c == 0)
    return FALSE;
  rows = kind == VD_CHART_HBAR || kind == VD_CHART_PYRAMID || kind == VD_CHART_BULLET;
  s = MAX (self->style.highlight_series, 0);
  c = self->style.highlight_category;

  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      if (rows)
        s--;
      else
        c = c < 0 ? 0 : c - 1;
      break;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      if (rows)
        s++;
      else
        c++;
      break;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      if (rows)
        c = c < 0 ? 0 : c - 1;
      else
        s++;
      break;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      if (rows)
        c++;
      else
        s--;
      break;
    case GDK_KEY_Home:
      c = 0;
      break;
    case GDK_KEY_End:
      c = n_c - 1;
      break;
    case GDK_KEY_Escape:
      if (self->style.highlight_category < 0)
        return FALSE;
      set_highlight (self, -1, -1);
      gtk_popover_popdown (GTK_POPOVER (self->popover));
      update_accessible (self);
      return TRUE;
    default:
      return FALSE;
    }
  set_highlight (self, CLAMP (s, 0, n_s - 1), CLAMP (c, 0, n_c - 1));
  show_popover (self);
  return TRUE;
}

static void
on_focus_leave_cb (GtkEventControllerFocus *controller,
                   VdChart                 *self)
{
  gtk_popover_popdown (GTK_POPOVER (self->popover));
  set_highlight (self, -1, -1);
}

static void
on_dark_changed_cb (AdwStyleManager *manager,
                    GParamSpec      *pspec,
                    VdChart         *self)
{
  update_style (self);
}

static void
vd_chart_measure (GtkWidget      *widget,
                  GtkOrientation  orientation,
                  int             for_size,
                  int            *minimum,
                  int            *natural,
                  int            *minimum_baseline,
                  int            *natural_baseline)
{
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 160 : 140;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 320 : 240;
}

static void
vd_chart_size_allocate (GtkWidget *widget,
                        int        width,
                        int        height,
                        int        baseline)
{
  VdChart *self = VD_CHART (widget);

  ensure_layout (self);
  gtk_popover_present (GTK_POPOVER (self->popover));
}

static void
vd_chart_snapshot (GtkWidget   *widget,
                   GtkSnapshot *snapshot)
{
  VdChart *self = VD_CHART (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  cairo_t *cr;

  /* normally built in size_allocate; only a change of data since then lands here */
  ensure_layout (self);
  if (self->layout == NULL)
    return;
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  vd_chart_layout_draw (self->layout, cr, &self->style);
  cairo_destroy (cr);
}

static void
vd_chart_css_changed (GtkWidget         *widget,
                      GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (vd_chart_parent_class)->css_changed (widget, change);
  update_style (VD_CHART (widget));
}

static void
vd_chart_dispose (GObject *object)
{
  VdChart *self = VD_CHART (object);

  g_clear_signal_handler (&self->dark_handler, adw_style_manager_get_default ());
  g_clear_pointer (&self->popover, gtk_widget_unparent);
  g_clear_pointer (&self->layout, vd_chart_layout_free);
  g_clear_pointer (&self->data, vd_chart_data_unref);

  G_OBJECT_CLASS (vd_chart_parent_class)->dispose (object);
}

static void
vd_chart_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  VdChart *self = VD_CHART (object);

  switch (prop_id)
    {
    case PROP_DATA:
      g_value_set_boxed (value, self->data);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vd_chart_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  VdChart *self = VD_CHART (object);

  switch (prop_id)
    {
    case PROP_DATA:
      vd_chart_set_data (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vd_chart_class_init (VdChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vd_chart_dispose;
  object_class->get_property = vd_chart_get_property;
  object_class->set_property = vd_chart_set_property;
  widget_class->measure = vd_chart_measure;
  widget_class->size_allocate = vd_chart_size_allocate;
  widget_class->snapshot = vd_chart_snapshot;
  widget_class->css_changed = vd_chart_css_changed;

  properties[PROP_DATA] =
    g_param_spec_boxed ("data", NULL, NULL, VD_TYPE_CHART_DATA,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
vd_chart_init (VdChart *self)
{
  GtkEventController *controller;

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (on_query_tooltip_cb), NULL);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect (controller, "motion", G_CALLBACK (on_motion_cb), self);
  g_signal_connect (controller, "leave", G_CALLBACK (on_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_key_new ();
  g_signal_connect (controller, "key-pressed", G_CALLBACK (on_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_focus_new ();
  g_signal_connect (controller, "leave", G_CALLBACK (on_focus_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  self->popover_label = gtk_label_new (NULL);
  self->popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (self->popover), self->popover_label);
  gtk_popover_set_autohide (GTK_POPOVER (self->popover), FALSE);
  gtk_popover_set_has_arrow (GTK_POPOVER (self->popover), TRUE);
  gtk_widget_set_can_focus (self->popover, FALSE);
  gtk_widget_add_css_class (self->popover, "tooltip-like");
  gtk_widget_set_parent (self->popover, GTK_WIDGET (self));

  vd_chart_style_init (&self->style, FALSE);
  self->dark_handler = g_signal_connect (adw_style_manager_get_default (), "notify::dark",
                                         G_CALLBACK (on_dark_changed_cb), self);
  update_style (self);
  update_accessible (self);
}

GtkWidget *
vd_chart_new (void)
{
  return g_object_new (VD_TYPE_CHART, NULL);
}

VdChartData *
vd_chart_get_data (VdChart *self)
{
  g_return_val_if_fail (VD_IS_CHART (self), NULL);
  return self->data;
}

void
vd_chart_set_data (VdChart     *self,
                   VdChartData *data)
{
  g_return_if_fail (VD_IS_CHART (self));

  if (self->data == data)
    return;
  g_clear_pointer (&self->data, vd_chart_data_unref);
  if (data != NULL)
    self->data = vd_chart_data_ref (data);
  self->style.highlight_series = self->style.highlight_category = -1;
  gtk_popover_popdown (GTK_POPOVER (self->popover));
  invalidate_layout (self);
  update_accessible (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATA]);
}

const VdChartStyle *
vd_chart_get_style (VdChart *self)
{
  g_return_val_if_fail (VD_IS_CHART (self), NULL);
  return &self->style;
}

gboolean
vd_chart_get_highlight (VdChart *self,
                        guint   *series,
                        guint   *category)
{
  g_return_val_if_fail (VD_IS_CHART (self), FALSE);
  if (self->style.highlight_series < 0 || self->style.highlight_category < 0)
    return FALSE;
  *series = self->style.highlight_series;
  *category = self->style.highlight_category;
  return TRUE;
}

char *
vd_chart_describe_item (VdChart *self,
                        guint    series,
                        guint    category)
{
  VdChartData *data = self->data;
  VdChartKind kind;
  double v;
  g_autofree char *value = NULL;

  g_return_val_if_fail (VD_IS_CHART (self), NULL);
  if (data == NULL || series >= vd_chart_data_get_n_series (data)
      || category >= vd_chart_data_get_n_categories (data))
    return NULL;
  kind = vd_chart_data_get_kind (data);
  v = vd_chart_data_get_value (data, series, category);
  value = vd_chart_data_format_value (data, kind == VD_CHART_PYRAMID ? fabs (v) : v);

  if (kind == VD_CHART_GAUGE || kind == VD_CHART_BULLET)
    {
      double target = kind == VD_CHART_BULLET && vd_chart_data_get_n_series (data) > 1
                      ? vd_chart_data_get_value (data, 1, category) : vd_chart_data_get_target (data);
      g_autofree char *t = vd_chart_data_format_value (data, target);

      /* Translators: a gauge's or bullet's tooltip: "name: value (target 16%)" */
      return g_strdup_printf (_("%s: %s (target %s)"), vd_chart_data_get_category (data, category), value, t);
    }
  if (kind == VD_CHART_DONUT)
    {
      double total = vd_chart_data_series_total (data, 0);

      return g_strdup_printf ("%s: %s (%.1f%%)", vd_chart_data_get_category (data, category), value,
                              total > 0 ? 100 * v / total : 0);
    }
  if (vd_chart_data_get_n_series (data) > 1)
    return g_strdup_printf ("%s · %s\n%s", vd_chart_data_get_category (data, category),
                            vd_chart_data_get_series_name (data, series), value);
  return g_strdup_printf ("%s: %s", vd_chart_data_get_category (data, category), value);
}
