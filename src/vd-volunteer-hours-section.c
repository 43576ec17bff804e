/* vd-volunteer-hours-section.c — a volunteer's approved hours per month, in the
 * register's detail pane
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vd-volunteer-hours-section"

#include "config.h"

#include "vd-volunteer-hours-section.h"

struct _VdVolunteerHoursSection
{
  AdwBin          parent_instance;

  VdMonthlyHours *hours;
};

G_DEFINE_FINAL_TYPE (VdVolunteerHoursSection, vd_volunteer_hours_section, ADW_TYPE_BIN)

static void
vd_volunteer_hours_section_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), VD_TYPE_VOLUNTEER_HOURS_SECTION);

  G_OBJECT_CLASS (vd_volunteer_hours_section_parent_class)->dispose (object);
}

static void
vd_volunteer_hours_section_class_init (VdVolunteerHoursSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vd_volunteer_hours_section_dispose;

  g_type_ensure (VD_TYPE_MONTHLY_HOURS);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/vd-volunteer-hours-section.ui");
}

static void
vd_volunteer_hours_section_init (VdVolunteerHoursSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* the bin's child: taken, not bound, or disposing the template would unparent it
   * behind AdwBin's back */
  self->hours = VD_MONTHLY_HOURS (adw_bin_get_child (ADW_BIN (self)));
}

void
vd_volunteer_hours_section_show (VdVolunteerHoursSection *self,
                                 VdDatabase              *database,
                                 gint64                   volunteer_id,
                                 const char              *name)
{
  g_return_if_fail (VD_IS_VOLUNTEER_HOURS_SECTION (self));

  vd_monthly_hours_show (self->hours, database, VD_STATS_VOLUNTEER, volunteer_id, name);
  gtk_widget_set_visible (GTK_WIDGET (self), vd_monthly_hours_get_served (self->hours));
}

VdMonthlyHours *
vd_volunteer_hours_section_get_hours (VdVolunteerHoursSection *self)
{
  g_return_val_if_fail (VD_IS_VOLUNTEER_HOURS_SECTION (self), NULL);
  return self->hours;
}
