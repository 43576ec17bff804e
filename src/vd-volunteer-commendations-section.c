/* vd-volunteer-commendations-section.c — a volunteer's commendations in the register's
 * detail pane
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vd-volunteer-commendations-section"

#include "config.h"

#include "vd-commendation-list.h"
#include "vd-volunteer-commendations-section.h"

struct _VdVolunteerCommendationsSection
{
  AdwBin parent_instance;
};

G_DEFINE_FINAL_TYPE (VdVolunteerCommendationsSection, vd_volunteer_commendations_section,
                     ADW_TYPE_BIN)

static void
vd_volunteer_commendations_section_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), VD_TYPE_VOLUNTEER_COMMENDATIONS_SECTION);

  G_OBJECT_CLASS (vd_volunteer_commendations_section_parent_class)->dispose (object);
}

static void
vd_volunteer_commendations_section_class_init (VdVolunteerCommendationsSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vd_volunteer_commendations_section_dispose;

  g_type_ensure (VD_TYPE_COMMENDATION_LIST);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE
                                               "/ui/vd-volunteer-commendations-section.ui");
}

static void
vd_volunteer_commendations_section_init (VdVolunteerCommendationsSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

void
vd_volunteer_commendations_section_show (VdVolunteerCommendationsSection *self,
                                         VdDatabase                      *database,
                                         gint64                           volunteer_id)
{
  g_return_if_fail (VD_IS_VOLUNTEER_COMMENDATIONS_SECTION (self));

  /* The list is the bin's child, not a bound template child: disposing the template
   * would unparent it before AdwBin does. */
  vd_commendation_list_set_owner (VD_COMMENDATION_LIST (adw_bin_get_child (ADW_BIN (self))),
                                  database, VD_OWNER_VOLUNTEER, volunteer_id);
}
