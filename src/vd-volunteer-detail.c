/* vd-volunteer-detail.c — the side pane that shows one volunteer of the register
 *
 * The pane only shows; its buttons activate the volunteers page's actions
 * (volunteers.edit, .transfer, .toggle-active, .delete, .close-detail).
 * ID and phone numbers are masked until the user reveals them, and they are masked
 * again for every other volunteer: the choice is never kept.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vd-volunteer-detail"

#include "config.h"

#include <glib/gi18n.h>

#include "vd-identity.h"
#include "vd-lookup.h"
#include "vd-register.h"
#include "vd-settings.h"
#include "vd-volunteer-columns.h"
#include "vd-volunteer-commendations-section.h"
#include "vd-volunteer-hours-section.h"
#include "vd-volunteer-detail.h"
#include "vd-volunteer-points-section.h"
#include "vd-volunteer-service-section.h"
#include "vd-volunteer-trainings-section.h"

struct _VdVolunteerDetail
{
  AdwBin               parent_instance;

  VdDatabase          *database;
  VdVolunteer         *volunteer;
  GPtrArray           *year_rows;      /* rows added to hours_group */
  GPtrArray           *transfer_rows;  /* rows added to transfers_group */

  GtkLabel            *name_label;
  GtkLabel            *number_label;
  GtkButton           *active_button;
  AdwPreferencesGroup *hours_group;
  AdwActionRow        *hours_row;
  AdwActionRow        *stars_row;
  AdwActionRow        *gender_row;
  AdwActionRow        *age_row;
  AdwActionRow        *birth_row;
  AdwActionRow        *id_type_row;
  AdwActionRow        *id_number_row;
  GtkToggleButton     *id_reveal_button;
  AdwActionRow        *phone_row;
  GtkToggleButton     *phone_reveal_button;
  AdwActionRow        *political_row;
  AdwActionRow        *education_row;
  AdwActionRow        *employer_row;
  AdwActionRow        *skills_row;
  AdwActionRow        *status_row;
  AdwActionRow        *station_row;
  AdwActionRow        *community_row;
  AdwActionRow        *teams_row;
  AdwActionRow        *registered_row;
  AdwActionRow        *platform_row;
  AdwPreferencesGroup *other_group;
  AdwActionRow        *emergency_row;
  AdwActionRow        *notes_row;
  AdwPreferencesGroup *transfers_group;
  VdVolunteerPointsSection *points_section;
  VdVolunteerCommendationsSection *commendations_section;
  VdVolunteerTrainingsSection *trainings_section;
  VdVolunteerHoursSection *hours_section;
};

G_DEFINE_FINAL_TYPE (VdVolunteerDetail, vd_volunteer_detail, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_VOLUNTEER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* A row shows a value under its label, and hides when there is nothing to show. */
static void
set_value (AdwActionRow *row,
           const char   *value)
{
  gboolean has_value = value != NULL && value[0] != '\0';

  adw_action_row_set_subtitle (row, has_value ? value : "");
  gtk_widget_set_visible (GTK_WIDGET (row), has_value);
}

static char *
format_stars (int level)
{
  g_autoptr(GString) stars = g_string_new (NULL);
  int i;

  if (level <= 0)
    return g_strdup (_("No star yet"));
  for (i = 0; i < level; i++)
    g_string_append (stars, "★");
  /* Translators: %s is a row of stars, %d their number (星级志愿者) */
  return g_strdup_printf (_("%s  %d-star volunteer"), stars->str, level);
}

static char *
format_hours (gint64 minutes)
{
  g_autofree char *hours = vd_format_hours (minutes);

  /* Translators: %s is a number of hours such as 12.5 */
  return g_strdup_printf (_("%s hours"), hours);
}

static void
clear_rows (AdwPreferencesGroup *group,
            GPtrArray           *rows)
{
  guint i;

  for (i = 0; i < rows->len; i++)
    adw_preferences_group_remove (group, g_ptr_array_index (rows, i));
  g_ptr_array_set_size (rows, 0);
}

static GtkWidget *
add_row (AdwPreferencesGroup *group,
         GPtrArray           *rows,
         const char          *title,
         const char          *subtitle,
         gboolean             property)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  if (property)
    gtk_widget_add_css_class (row, "property");
  adw_preferences_group_add (group, row);
  g_ptr_array_add (rows, row);
  return row;
}

static void
show_private_numbers (VdVolunteerDetail *self)
{
  VdVolunteer *v = self->volunteer;
  gboolean full_id = gtk_toggle_button_get_active (self->id_reveal_button);
  gboolean full_phone = gtk_toggle_button_get_active (self->phone_reveal_button);
  g_autofree char *id = NULL;
  g_autofree char *phone = NULL;
  g_autofree char *emergency = NULL;

  if (v == NULL)
    return;

  id = vd_volunteer_dup_id_display (v, full_id);
  phone = vd_volunteer_dup_phone_display (v, full_phone);
  set_value (self->id_number_row, id);
  set_value (self->phone_row, phone);

  gtk_widget_set_tooltip_text (GTK_WIDGET (self->id_reveal_button),
                               full_id ? _("Hide Full ID Number") : _("Show Full ID Number"));
  gtk_button_set_icon_name (GTK_BUTTON (self->id_reveal_button),
                            full_id ? "view-conceal-symbolic" : "view-reveal-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->phone_reveal_button),
                               full_phone ? _("Hide Full Phone Numbers")
                                          : _("Show Full Phone Numbers"));
  gtk_button_set_icon_name (GTK_BUTTON (self->phone_reveal_button),
                            full_phone ? "view-conceal-symbolic" : "view-reveal-symbolic");

  /* The emergency phone is as private as the volunteer's own and follows its toggle. */
  if (v->emergency_phone[0] != '\0')
    {
      g_autofree char *masked = full_phone ? g_strdup (v->emergency_phone)
                                           : vd_mask_phone (v->emergency_phone);

      emergency = v->emergency_contact[0] != '\0'
                  ? g_strdup_printf ("%s · %s", v->emergency_contact, masked)
                  : g_steal_pointer (&masked);
    }
  else
    emergency = g_strdup (v->emergency_contact);
  set_value (self->emergency_row, emergency);
  gtk_widget_set_visible (GTK_WIDGET (self->other_group),
                          gtk_widget_get_visible (GTK_WIDGET (self->emergency_row)) ||
                          gtk_widget_get_visible (GTK_WIDGET (self->notes_row)));
}

static void
show_hours (VdVolunteerDetail *self)
{
  VdVolunteer *v = self->volunteer;
  g_autoptr(GError) error = NULL;
  g_autoptr(VdSettings) settings = NULL;
  g_autoptr(GArray) years = NULL;
  g_autofree char *hours = format_hours (v->approved_minutes);
  g_autofree char *stars = NULL;
  guint i;

  clear_rows (self->hours_group, self->year_rows);
  set_value (self->hours_row, hours);

  settings = vd_settings_load (self->database, &error);
  if (settings == NULL)
    {
      g_warning ("Cannot read the star thresholds: %s", error->message);
      settings = vd_settings_new_default ();
      g_clear_error (&error);
    }
  stars = format_stars (vd_settings_star_level (settings, v->approved_minutes));
  set_value (self->stars_row, stars);

  years = vd_lookup_volunteer_minutes_by_year (self->database, v->id, &error);
  if (years == NULL)
    {
      g_warning ("Cannot read the hours by year: %s", error->message);
      return;
    }
  for (i = 0; i < years->len; i++)
    {
      VdYearMinutes *ym = &g_array_index (years, VdYearMinutes, i);
      g_autofree char *year = g_strdup_printf ("%d", ym->year);
      g_autofree char *year_hours = format_hours (ym->minutes);

      add_row (self->hours_group, self->year_rows, year, year_hours, TRUE);
    }
}

static void
show_transfers (VdVolunteerDetail *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) transfers = NULL;
  guint i;

  clear_rows (self->transfers_group, self->transfer_rows);
  transfers = vd_register_list_transfers (self->database, self->volunteer->id, &error);
  if (transfers == NULL)
    {
      g_warning ("Cannot read the station history: %s", error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->transfers_group), FALSE);
      return;
    }

  /* Newest first: the latest move matters most. */
  for (i = transfers->len; i > 0; i--)
    {
      VdTransfer *t = g_ptr_array_index (transfers, i - 1);
      /* Translators: a move from one station or community to another */
      g_autofree char *move = g_strdup_printf (_("%s → %s"),
                                               t->from_place[0] != '\0' ? t->from_place : "—",
                                               t->to_place[0] != '\0' ? t->to_place : "—");
      g_autofree char *title = g_strdup_printf ("%s · %s", t->date, move);

      add_row (self->transfers_group, self->transfer_rows, title, t->reason, FALSE);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->transfers_group), transfers->len > 0);
}

static void
show_volunteer (VdVolunteerDetail *self)
{
  VdVolunteer *v = self->volunteer;
  g_autofree char *age = NULL;
  VdIdType id_type;
  int years;

  if (v == NULL || self->database == NULL)
    return;

  gtk_label_set_label (self->name_label, v->name);
  gtk_label_set_label (self->number_label, v->volunteer_no);
  gtk_button_set_label (self->active_button, v->active ? _("_Deactivate") : _("_Activate"));

  years = vd_volunteer_get_age (v, NULL);
  if (years >= 0)
    age = g_strdup_printf ("%d", years);

  set_value (self->gender_row, vd_gender_get_label (v->gender));
  set_value (self->age_row, age);
  set_value (self->birth_row, v->birth_date);
  set_value (self->id_type_row, vd_id_type_from_code (v->id_type, &id_type)
                                ? vd_id_type_get_label (id_type) : v->id_type);
  set_value (self->political_row, vd_political_get_label (v->political));
  set_value (self->education_row, v->education);
  set_value (self->employer_row, v->employer);
  set_value (self->skills_row, v->skills);
  set_value (self->status_row, v->active ? _("Active") : _("Inactive"));
  set_value (self->station_row, v->station_name);
  set_value (self->community_row, v->community_name);
  set_value (self->teams_row, v->teams);
  set_value (self->registered_row, v->registered_on);
  set_value (self->platform_row, v->platform_no);
  set_value (self->notes_row, v->notes);
  show_private_numbers (self);
  show_hours (self);
  show_transfers (self);
  vd_volunteer_points_section_show (self->points_section, self->database, v->id);
  vd_volunteer_commendations_section_show (self->commendations_section, self->database, v->id);
  vd_volunteer_trainings_section_show (self->trainings_section, self->database, v->id);
  vd_volunteer_hours_section_show (self->hours_section, self->database, v->id, v->name);
}

/* Values come from the register, not from markup, and long ones wrap. */
static void
setup_rows (VdVolunteerDetail *self)
{
  AdwActionRow *rows[] = {
    self->hours_row, self->stars_row, self->gender_row, self->age_row, self->birth_row,
    self->id_type_row, self->id_number_row, self->phone_row, self->political_row,
    self->education_row, self->employer_row, self->skills_row, self->status_row,
    self->station_row, self->community_row, self->teams_row, self->registered_row,
    self->platform_row, self->emergency_row, self->notes_row,
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (rows[i]), FALSE);
      adw_action_row_set_subtitle_lines (rows[i], 0);
    }
}

static void
on_reveal_toggled_cb (VdVolunteerDetail *self)
{
  show_private_numbers (self);
}

static void
vd_volunteer_detail_dispose (GObject *object)
{
  VdVolunteerDetail *self = VD_VOLUNTEER_DETAIL (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), VD_TYPE_VOLUNTEER_DETAIL);
  g_clear_object (&self->database);
  g_clear_object (&self->volunteer);
  g_clear_pointer (&self->year_rows, g_ptr_array_unref);
  g_clear_pointer (&self->transfer_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (vd_volunteer_detail_parent_class)->dispose (object);
}

static void
vd_volunteer_detail_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  VdVolunteerDetail *self = VD_VOLUNTEER_DETAIL (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;

    case PROP_VOLUNTEER:
      g_value_set_object (value, self->volunteer);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vd_volunteer_detail_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  VdVolunteerDetail *self = VD_VOLUNTEER_DETAIL (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      vd_volunteer_detail_set_database (self, g_value_get_object (value));
      break;

    case PROP_VOLUNTEER:
      vd_volunteer_detail_set_volunteer (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vd_volunteer_detail_class_init (VdVolunteerDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vd_volunteer_detail_dispose;
  object_class->get_property = vd_volunteer_detail_get_property;
  object_class->set_property = vd_volunteer_detail_set_property;

  g_type_ensure (VD_TYPE_VOLUNTEER_COMMENDATIONS_SECTION);

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         VD_TYPE_DATABASE,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_VOLUNTEER] =
    g_param_spec_object ("volunteer", NULL, NULL,
                         VD_TYPE_VOLUNTEER,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (VD_TYPE_VOLUNTEER_POINTS_SECTION);
  g_type_ensure (VD_TYPE_VOLUNTEER_SERVICE_SECTION);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/vd-volunteer-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, VdVolunteerDetail, active_button);
  gtk_widget_class_bind_template_child (widget_class, VdVolunteerDetail, age_row);
  gtk_widget_class_bind_template_child (widget_class, VdVolunteerDetail, birth_row);
  gtk_widget_class_bind_template_child (widget_class, VdVolunteerDetail, community_row);
  gtk_widget_class_bind_template_child (widget_class, VdVolunteerDetail, education_row);
  gtk_widget_class_bind_template_child (widget_class, VdVolunteerDetail, emergency_row);
  gtk_widget_class_bind_template_child (widget_class, VdVolunteerDetail, employer_row);
  gtk_widget_class_bind_template_child (widget_class, VdVolunteerDetail, gender_row);
  gtk_widget_class_bind_template_child (widget_class, VdVolunteerDetail, hours_group);
  gtk_widget_class_bind_template_child (widget_class, VdVolunteerDetail, hours_row);
  gtk_widget_class_bind_template_child (widget_class, VdVolunteerDetail, id_number_row);
  gtk_widget_class_bind_template_child (widget_class, VdVolunteerDetail, id_reveal_button);
  gtk_widget_class_bind_template_child (widget_class, VdVolunteerDetail, id_type_row);
  gtk_widget_class_bind_template_child (widget_class, VdVolunteerDetail, name_label);
  gtk_widget_class_bind_template_child (widget_class, VdVolunteerDetail, notes_row);
  gtk_widget_class_bind_template_child (widget_class, VdVolunteerDetail, number_label);
  gtk_widget_class_bind_template_child (widget_class, VdVolunteerDetail, other_group);
  gtk_widget_class_bind_template_child (widget_class, VdVolunteerDetail, phone_reveal_button);
  gtk_widget_class_bind_template_child (widget_class, VdVolunteerDetail, phone_row);
  gtk_widget_class_bind_template_child (widget_class, VdVolunteerDetail, points_section);
  gtk_widget_class_bind_template_child (widget_class, VdVolunteerDetail, platform_row);
  gtk_widget_class_bind_template_child (widget_class, VdVolunteerDetail, political_row);
  gtk_widget_class_bind_template_child (widget_class, VdVolunteerDetail, registered_row);
  gtk_widget_class_bind_template_child (widget_class, VdVolunteerDetail, skills_row);
  gtk_widget_class_bind_template_child (widget_class, VdVolunteerDetail, stars_row);
  gtk_widget_class_bind_template_child (widget_class, VdVolunteerDetail, station_row);
  gtk_widget_class_bind_template_child (widget_class, VdVolunteerDetail, status_row);
  gtk_widget_class_bind_template_child (widget_class, VdVolunteerDetail, teams_row);
  gtk_widget_class_bind_template_child (widget_class, VdVolunteerDetail, transfers_group);
  gtk_widget_class_bind_template_child (widget_class, VdVolunteerDetail, commendations_section);
  g_type_ensure (VD_TYPE_VOLUNTEER_TRAININGS_SECTION);
  gtk_widget_class_bind_template_child (widget_class, VdVolunteerDetail, trainings_section);
  g_type_ensure (VD_TYPE_VOLUNTEER_HOURS_SECTION);
  gtk_widget_class_bind_template_child (widget_class, VdVolunteerDetail, hours_section);
  gtk_widget_class_bind_template_callback (widget_class, on_reveal_toggled_cb);
}

static void
vd_volunteer_detail_init (VdVolunteerDetail *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  setup_rows (self);
  self->year_rows = g_ptr_array_new ();
  self->transfer_rows = g_ptr_array_new ();
}

VdDatabase *
vd_volunteer_detail_get_database (VdVolunteerDetail *self)
{
  g_return_val_if_fail (VD_IS_VOLUNTEER_DETAIL (self), NULL);

  return self->database;
}

void
vd_volunteer_detail_set_database (VdVolunteerDetail *self,
                                  VdDatabase        *database)
{
  g_return_if_fail (VD_IS_VOLUNTEER_DETAIL (self));
  g_return_if_fail (database == NULL || VD_IS_DATABASE (database));

  if (g_set_object (&self->database, database))
    {
      show_volunteer (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE]);
    }
}

VdVolunteer *
vd_volunteer_detail_get_volunteer (VdVolunteerDetail *self)
{
  g_return_val_if_fail (VD_IS_VOLUNTEER_DETAIL (self), NULL);

  return self->volunteer;
}

/* Shows volunteer again even when it is the same object: its rows may have changed. */
void
vd_volunteer_detail_set_volunteer (VdVolunteerDetail *self,
                                   VdVolunteer       *volunteer)
{
  gboolean other;

  g_return_if_fail (VD_IS_VOLUNTEER_DETAIL (self));
  g_return_if_fail (volunteer == NULL || VD_IS_VOLUNTEER (volunteer));

  other = volunteer == NULL || self->volunteer == NULL || volunteer->id != self->volunteer->id;
  if (other)
    {
      /* Another person: their numbers start masked. */
      gtk_toggle_button_set_active (self->id_reveal_button, FALSE);
      gtk_toggle_button_set_active (self->phone_reveal_button, FALSE);
    }

  g_set_object (&self->volunteer, volunteer);
  show_volunteer (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VOLUNTEER]);
}
