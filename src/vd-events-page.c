/* vd-events-page.c — service events and service hours
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vd-events-page"

#include "config.h"

#include "vd-events-page.h"

struct _VdEventsPage
{
  VdPage parent_instance;
};

G_DEFINE_FINAL_TYPE (VdEventsPage, vd_events_page, VD_TYPE_PAGE)

static void
vd_events_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), VD_TYPE_EVENTS_PAGE);

  G_OBJECT_CLASS (vd_events_page_parent_class)->dispose (object);
}

static void
vd_events_page_class_init (VdEventsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vd_events_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/vd-events-page.ui");
}

static void
vd_events_page_init (VdEventsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
