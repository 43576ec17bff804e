/* vd-training-page.c — training sessions and attendance
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vd-training-page"

#include "config.h"

#include "vd-training-page.h"

struct _VdTrainingPage
{
  VdPage parent_instance;
};

G_DEFINE_FINAL_TYPE (VdTrainingPage, vd_training_page, VD_TYPE_PAGE)

static void
vd_training_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), VD_TYPE_TRAINING_PAGE);

  G_OBJECT_CLASS (vd_training_page_parent_class)->dispose (object);
}

static void
vd_training_page_class_init (VdTrainingPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vd_training_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/vd-training-page.ui");
}

static void
vd_training_page_init (VdTrainingPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
