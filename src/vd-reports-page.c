/* vd-reports-page.c — annual summaries, charts and certificates
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vd-reports-page"

#include "config.h"

#include "vd-reports-page.h"

struct _VdReportsPage
{
  VdPage parent_instance;
};

G_DEFINE_FINAL_TYPE (VdReportsPage, vd_reports_page, VD_TYPE_PAGE)

static void
vd_reports_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), VD_TYPE_REPORTS_PAGE);

  G_OBJECT_CLASS (vd_reports_page_parent_class)->dispose (object);
}

static void
vd_reports_page_class_init (VdReportsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vd_reports_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/vd-reports-page.ui");
}

static void
vd_reports_page_init (VdReportsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
