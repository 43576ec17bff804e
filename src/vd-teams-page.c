/* vd-teams-page.c — volunteer teams and their members
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vd-teams-page"

#include "config.h"

#include "vd-teams-page.h"

struct _VdTeamsPage
{
  VdPage parent_instance;
};

G_DEFINE_FINAL_TYPE (VdTeamsPage, vd_teams_page, VD_TYPE_PAGE)

static void
vd_teams_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), VD_TYPE_TEAMS_PAGE);

  G_OBJECT_CLASS (vd_teams_page_parent_class)->dispose (object);
}

static void
vd_teams_page_class_init (VdTeamsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vd_teams_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/vd-teams-page.ui");
}

static void
vd_teams_page_init (VdTeamsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
