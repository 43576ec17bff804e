/* vd-stations-page.c — service stations and their checklists
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vd-stations-page"

#include "config.h"

#include "vd-stations-page.h"

struct _VdStationsPage
{
  VdPage parent_instance;
};

G_DEFINE_FINAL_TYPE (VdStationsPage, vd_stations_page, VD_TYPE_PAGE)

static void
vd_stations_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), VD_TYPE_STATIONS_PAGE);

  G_OBJECT_CLASS (vd_stations_page_parent_class)->dispose (object);
}

static void
vd_stations_page_class_init (VdStationsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vd_stations_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/vd-stations-page.ui");
}

static void
vd_stations_page_init (VdStationsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
