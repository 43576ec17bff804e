/* vd-page.c — the base of the window's section pages
 *
 * Every section of the window shows the window's database, which the window binds to
 * the "database" property of each page. A page that must act when the database
 * changes overrides VdPageClass.database_changed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vd-page"

#include "config.h"

#include "vd-page.h"

typedef struct
{
  VdDatabase *database;
} VdPagePrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (VdPage, vd_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
vd_page_dispose (GObject *object)
{
  VdPage *self = VD_PAGE (object);
  VdPagePrivate *priv = vd_page_get_instance_private (self);

  g_clear_object (&priv->database);

  G_OBJECT_CLASS (vd_page_parent_class)->dispose (object);
}

static void
vd_page_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  VdPage *self = VD_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, vd_page_get_database (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vd_page_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  VdPage *self = VD_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      vd_page_set_database (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vd_page_class_init (VdPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = vd_page_dispose;
  object_class->get_property = vd_page_get_property;
  object_class->set_property = vd_page_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         VD_TYPE_DATABASE,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vd_page_init (VdPage *self)
{
}

/**
 * vd_page_get_database:
 *
 * Returns: (transfer none) (nullable): the database the page shows
 */
VdDatabase *
vd_page_get_database (VdPage *self)
{
  VdPagePrivate *priv = vd_page_get_instance_private (self);

  g_return_val_if_fail (VD_IS_PAGE (self), NULL);

  return priv->database;
}

void
vd_page_set_database (VdPage     *self,
                      VdDatabase *database)
{
  VdPagePrivate *priv = vd_page_get_instance_private (self);
  g_autoptr(VdDatabase) previous = NULL;

  g_return_if_fail (VD_IS_PAGE (self));
  g_return_if_fail (database == NULL || VD_IS_DATABASE (database));

  if (priv->database == database)
    return;

  previous = g_steal_pointer (&priv->database);
  if (database != NULL)
    priv->database = g_object_ref (database);

  if (VD_PAGE_GET_CLASS (self)->database_changed != NULL)
    VD_PAGE_GET_CLASS (self)->database_changed (self, previous);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE]);
}
