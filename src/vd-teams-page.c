/* vd-teams-page.c — volunteer teams and their members
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vd-teams-page"

#include "config.h"

#include "vd-teams-page.h"

struct _VdTeamsPage
{
  AdwBin      parent_instance;

  VdDatabase *database;
};

G_DEFINE_FINAL_TYPE (VdTeamsPage, vd_teams_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
vd_teams_page_dispose (GObject *object)
{
  VdTeamsPage *self = VD_TEAMS_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), VD_TYPE_TEAMS_PAGE);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (vd_teams_page_parent_class)->dispose (object);
}

static void
vd_teams_page_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  VdTeamsPage *self = VD_TEAMS_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vd_teams_page_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  VdTeamsPage *self = VD_TEAMS_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      vd_teams_page_set_database (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vd_teams_page_class_init (VdTeamsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vd_teams_page_dispose;
  object_class->get_property = vd_teams_page_get_property;
  object_class->set_property = vd_teams_page_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         VD_TYPE_DATABASE,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/vd-teams-page.ui");
}

static void
vd_teams_page_init (VdTeamsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

VdDatabase *
vd_teams_page_get_database (VdTeamsPage *self)
{
  g_return_val_if_fail (VD_IS_TEAMS_PAGE (self), NULL);

  return self->database;
}

void
vd_teams_page_set_database (VdTeamsPage *self,
                            VdDatabase  *database)
{
  g_return_if_fail (VD_IS_TEAMS_PAGE (self));
  g_return_if_fail (database == NULL || VD_IS_DATABASE (database));

  if (g_set_object (&self->database, database))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE]);
}
