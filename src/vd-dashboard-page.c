/* vd-dashboard-page.c — the district's figures at a glance
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vd-dashboard-page"

#include "config.h"

#include "vd-dashboard-page.h"

struct _VdDashboardPage
{
  VdPage parent_instance;
};

G_DEFINE_FINAL_TYPE (VdDashboardPage, vd_dashboard_page, VD_TYPE_PAGE)

static void
vd_dashboard_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), VD_TYPE_DASHBOARD_PAGE);

  G_OBJECT_CLASS (vd_dashboard_page_parent_class)->dispose (object);
}

static void
vd_dashboard_page_class_init (VdDashboardPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vd_dashboard_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/vd-dashboard-page.ui");
}

static void
vd_dashboard_page_init (VdDashboardPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
