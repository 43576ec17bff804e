/* vd-points-page.c — the points ledger and exchange catalogue
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vd-points-page"

#include "config.h"

#include "vd-points-page.h"

struct _VdPointsPage
{
  VdPage parent_instance;
};

G_DEFINE_FINAL_TYPE (VdPointsPage, vd_points_page, VD_TYPE_PAGE)

static void
vd_points_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), VD_TYPE_POINTS_PAGE);

  G_OBJECT_CLASS (vd_points_page_parent_class)->dispose (object);
}

static void
vd_points_page_class_init (VdPointsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vd_points_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/vd-points-page.ui");
}

static void
vd_points_page_init (VdPointsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
