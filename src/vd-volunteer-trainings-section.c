/* vd-volunteer-trainings-section.c — the trainings of one volunteer, in the
 * register's detail pane
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vd-volunteer-trainings-section"

#include "config.h"

#include <glib/gi18n.h>

#include "vd-training.h"
#include "vd-volunteer-trainings-section.h"

struct _VdVolunteerTrainingsSection
{
  AdwBin               parent_instance;

  GPtrArray           *rows;   /* rows added to group */
  AdwPreferencesGroup *group;
};

G_DEFINE_FINAL_TYPE (VdVolunteerTrainingsSection, vd_volunteer_trainings_section, ADW_TYPE_BIN)

static void
clear_rows (VdVolunteerTrainingsSection *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (self->group, g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);
}

static void
vd_volunteer_trainings_section_dispose (GObject *object)
{
  VdVolunteerTrainingsSection *self = VD_VOLUNTEER_TRAININGS_SECTION (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), VD_TYPE_VOLUNTEER_TRAININGS_SECTION);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (vd_volunteer_trainings_section_parent_class)->dispose (object);
}

static void
vd_volunteer_trainings_section_class_init (VdVolunteerTrainingsSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vd_volunteer_trainings_section_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/vd-volunteer-trainings-section.ui");
}

static void
vd_volunteer_trainings_section_init (VdVolunteerTrainingsSection *self)
{
  self->rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  /* the group is the bin's child: taken, not bound (see vd-training-page.c) */
  self->group = ADW_PREFERENCES_GROUP (adw_bin_get_child (ADW_BIN (self)));
}

void
vd_volunteer_trainings_section_show (VdVolunteerTrainingsSection *self,
                                     VdDatabase                  *database,
                                     gint64                       volunteer_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) trainings = NULL;
  guint attended = 0;

  g_return_if_fail (VD_IS_VOLUNTEER_TRAININGS_SECTION (self));

  clear_rows (self);
  if (database == NULL || volunteer_id == 0)
    {
      gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
      return;
    }
  trainings = vd_training_list_for_volunteer (database, volunteer_id, &error);
  if (trainings == NULL)
    {
      adw_preferences_group_set_description (self->group, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self), TRUE);
      return;
    }
  for (guint i = 0; i < trainings->len; i++)
    {
      VdTraining *t = g_ptr_array_index (trainings, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *subtitle = NULL;
      const char *status = "";

      /* the one registration of this volunteer is the only count set */
      for (guint s = 0; s < VD_N_ATTENDANCE; s++)
        if (t->counts[s] > 0)
          {
            status = vd_attendance_status_get_label (s);
            if (s == VD_ATTENDANCE_PRESENT || s == VD_ATTENDANCE_LATE)
              attended++;
          }
      subtitle = g_strdup_printf ("%.10s  ·  %s  ·  %s", t->starts_at, t->category_name, status);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), t->topic);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_preferences_group_add (self->group, row);
      g_ptr_array_add (self->rows, row);
    }
  if (trainings->len > 0)
    {
      g_autofree char *summary =
        /* Translators: trainings a volunteer attended, of those registered for */
        g_strdup_printf (ngettext ("Attended %u of %u session", "Attended %u of %u sessions",
                                   trainings->len),
                         attended, trainings->len);
      adw_preferences_group_set_description (self->group, summary);
    }
  gtk_widget_set_visible (GTK_WIDGET (self), trainings->len > 0);
}

guint
vd_volunteer_trainings_section_get_n_rows (VdVolunteerTrainingsSection *self)
{
  g_return_val_if_fail (VD_IS_VOLUNTEER_TRAININGS_SECTION (self), 0);

  return self->rows->len;
}
