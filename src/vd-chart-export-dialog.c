/* vd-chart-export-dialog.c — the format and size of a chart export
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vd-chart-export-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "vd-chart-export-dialog.h"

struct _VdChartExportDialog
{
  AdwMessageDialog parent_instance;

  GtkDropDown     *format_dropdown;
  GtkSpinButton   *width_spin;
  GtkSpinButton   *height_spin;
  GtkLabel        *unit_label;
};

G_DEFINE_FINAL_TYPE (VdChartExportDialog, vd_chart_export_dialog, ADW_TYPE_MESSAGE_DIALOG)

static void
on_format_changed_cb (VdChartExportDialog *self)
{
  /* the dropdown's order is VdChartFormat's */
  gtk_label_set_text (self->unit_label,
                      gtk_drop_down_get_selected (self->format_dropdown) == VD_CHART_FORMAT_PNG
                      ? _("Size in pixels.")
                      : _("Size in points (1/72 inch); text and shapes stay sharp at any zoom."));
}

static void
vd_chart_export_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), VD_TYPE_CHART_EXPORT_DIALOG);

  G_OBJECT_CLASS (vd_chart_export_dialog_parent_class)->dispose (object);
}

static void
vd_chart_export_dialog_class_init (VdChartExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vd_chart_export_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/vd-chart-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, VdChartExportDialog, format_dropdown);
  gtk_widget_class_bind_template_child (widget_class, VdChartExportDialog, width_spin);
  gtk_widget_class_bind_template_child (widget_class, VdChartExportDialog, height_spin);
  gtk_widget_class_bind_template_child (widget_class, VdChartExportDialog, unit_label);
  gtk_widget_class_bind_template_callback (widget_class, on_format_changed_cb);
}

static void
vd_chart_export_dialog_init (VdChartExportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  on_format_changed_cb (self);
}

GtkWidget *
vd_chart_export_dialog_new (GtkWindow  *parent,
                            const char *chart_title)
{
  return g_object_new (VD_TYPE_CHART_EXPORT_DIALOG,
                       "transient-for", parent,
                       "modal", TRUE,
                       "body", chart_title,
                       NULL);
}

void
vd_chart_export_dialog_get_choice (VdChartExportDialog *self,
                                   VdChartFormat       *format,
                                   int                 *width,
                                   int                 *height)
{
  g_return_if_fail (VD_IS_CHART_EXPORT_DIALOG (self));
  *format = (VdChartFormat) MIN (gtk_drop_down_get_selected (self->format_dropdown), VD_CHART_FORMAT_PDF);
  /* a value typed but not yet confirmed with Enter counts too */
  gtk_spin_button_update (self->width_spin);
  gtk_spin_button_update (self->height_spin);
  *width = gtk_spin_button_get_value_as_int (self->width_spin);
  *height = gtk_spin_button_get_value_as_int (self->height_spin);
}

void
vd_chart_export_dialog_set_choice (VdChartExportDialog *self,
                                   VdChartFormat        format,
                                   int                  width,
                                   int                  height)
{
  g_return_if_fail (VD_IS_CHART_EXPORT_DIALOG (self));
  gtk_drop_down_set_selected (self->format_dropdown, format);
  gtk_spin_button_set_value (self->width_spin, width);
  gtk_spin_button_set_value (self->height_spin, height);
}
