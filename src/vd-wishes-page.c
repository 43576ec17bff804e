/* vd-wishes-page.c — residents' micro-wishes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vd-wishes-page"

#include "config.h"

#include "vd-wishes-page.h"

struct _VdWishesPage
{
  VdPage parent_instance;
};

G_DEFINE_FINAL_TYPE (VdWishesPage, vd_wishes_page, VD_TYPE_PAGE)

static void
vd_wishes_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), VD_TYPE_WISHES_PAGE);

  G_OBJECT_CLASS (vd_wishes_page_parent_class)->dispose (object);
}

static void
vd_wishes_page_class_init (VdWishesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vd_wishes_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/vd-wishes-page.ui");
}

static void
vd_wishes_page_init (VdWishesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
