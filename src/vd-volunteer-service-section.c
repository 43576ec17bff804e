/* vd-volunteer-service-section.c — a volunteer's service records in the detail pane
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vd-volunteer-service-section"

#include "config.h"

#include <glib/gi18n.h>

#include "vd-lookup.h"
#include "vd-service.h"
#include "vd-volunteer-columns.h"
#include "vd-volunteer-service-section.h"

/* A long-serving volunteer has hundreds of records: the newest are enough here. */
#define MAX_RECORDS 50

struct _VdVolunteerServiceSection
{
  AdwBin          parent_instance;

  VdDatabase     *database;
  VdVolunteer    *volunteer;
  gulong          changed_id;
  GPtrArray      *added_rows;   /* rows inside the expander rows */
  guint           n_records;

  AdwActionRow   *pending_row;
  AdwActionRow   *points_row;
  AdwExpanderRow *records_row;
};

G_DEFINE_FINAL_TYPE (VdVolunteerServiceSection, vd_volunteer_service_section, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_VOLUNTEER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
clear_rows (VdVolunteerServiceSection *self)
{
  for (guint i = 0; i < self->added_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->added_rows, i);
      AdwExpanderRow *parent = g_object_get_data (G_OBJECT (row), "expander");

      adw_expander_row_remove (parent, row);
    }
  g_ptr_array_set_size (self->added_rows, 0);
  self->n_records = 0;
}

static void
add_row (VdVolunteerServiceSection *self,
         AdwExpanderRow            *parent,
         const char                *title,
         const char                *subtitle,
         const char                *value)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *label = gtk_label_new (value);
  g_autofree char *t = g_markup_escape_text (title, -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), t);
  if (subtitle != NULL)
    {
      g_autofree char *s = g_markup_escape_text (subtitle, -1);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), s);
    }
  gtk_widget_add_css_class (label, "numeric");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  g_object_set_data (G_OBJECT (row), "expander", parent);
  adw_expander_row_add_row (parent, row);
  g_ptr_array_add (self->added_rows, row);
}

void
vd_volunteer_service_section_reload (VdVolunteerServiceSection *self)
{
  g_auto(VdServiceSummary) summary = { 0, };
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *pending = NULL;
  g_autofree char *points = NULL;
  g_autofree char *more = NULL;

  g_return_if_fail (VD_IS_VOLUNTEER_SERVICE_SECTION (self));

  clear_rows (self);
  gtk_widget_set_visible (GTK_WIDGET (self), self->database != NULL && self->volunteer != NULL);
  if (self->database == NULL || self->volunteer == NULL)
    return;
  if (!vd_service_volunteer_summary (self->database, self->volunteer->id, &summary, &error) ||
      (records = vd_service_list_volunteer (self->database, self->volunteer->id, &error)) == NULL)
    {
      adw_action_row_set_subtitle (self->pending_row, error->message);
      return;
    }

  /* Approved hours, the star level and the years are in the pane's Service Hours. */
  pending = vd_format_hours (summary.pending_minutes);
  adw_action_row_set_subtitle (self->pending_row, pending);
  points = g_strdup_printf ("%.2f", summary.points_centi / 100.0);
  adw_action_row_set_subtitle (self->points_row, points);

  for (guint i = 0; i < records->len && i < MAX_RECORDS; i++)
    {
      VdServiceRecord *r = g_ptr_array_index (records, i);
      g_autofree char *h = vd_service_format_hours (r->minutes);
      g_autofree char *sub = NULL;

      if (r->status == VD_RECORD_REJECTED)
        sub = g_strdup_printf (_("%s · %s: %s"), r->service_date, vd_record_status_get_label (r->status),
                               r->reject_reason);
      else
        sub = g_strdup_printf ("%s · %s%s", r->service_date, vd_record_status_get_label (r->status),
                               r->backfilled ? _(" · back-filled") : "");
      add_row (self, self->records_row, r->event_title, sub, h);
      self->n_records++;
    }
  more = records->len > MAX_RECORDS
    ? g_strdup_printf (_("The newest %d of %u"), MAX_RECORDS, records->len)
    : g_strdup_printf (ngettext ("%u record", "%u records", records->len), records->len);
  adw_expander_row_set_subtitle (self->records_row, more);
  gtk_widget_set_sensitive (GTK_WIDGET (self->records_row), records->len > 0);
}

static void
on_volunteer_changed_cb (VdVolunteerServiceSection *self)
{
  vd_volunteer_service_section_reload (self);
}

void
vd_volunteer_service_section_set_database (VdVolunteerServiceSection *self,
                                           VdDatabase                *database)
{
  g_return_if_fail (VD_IS_VOLUNTEER_SERVICE_SECTION (self));

  if (g_set_object (&self->database, database))
    {
      vd_volunteer_service_section_reload (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE]);
    }
}

void
vd_volunteer_service_section_set_volunteer (VdVolunteerServiceSection *self,
                                            VdVolunteer               *volunteer)
{
  g_return_if_fail (VD_IS_VOLUNTEER_SERVICE_SECTION (self));

  if (self->volunteer != NULL)
    g_clear_signal_handler (&self->changed_id, self->volunteer);
  g_set_object (&self->volunteer, volunteer);
  /* The register reuses its records: the same object may become another person. */
  if (volunteer != NULL)
    self->changed_id = g_signal_connect_swapped (volunteer, "changed",
                                                 G_CALLBACK (on_volunteer_changed_cb), self);
  vd_volunteer_service_section_reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VOLUNTEER]);
}

guint
vd_volunteer_service_section_get_n_records (VdVolunteerServiceSection *self)
{
  g_return_val_if_fail (VD_IS_VOLUNTEER_SERVICE_SECTION (self), 0);
  return self->n_records;
}

static void
vd_volunteer_service_section_dispose (GObject *object)
{
  VdVolunteerServiceSection *self = VD_VOLUNTEER_SERVICE_SECTION (object);

  if (self->volunteer != NULL)
    g_clear_signal_handler (&self->changed_id, self->volunteer);
  gtk_widget_dispose_template (GTK_WIDGET (object), VD_TYPE_VOLUNTEER_SERVICE_SECTION);
  g_clear_object (&self->database);
  g_clear_object (&self->volunteer);
  g_clear_pointer (&self->added_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (vd_volunteer_service_section_parent_class)->dispose (object);
}

static void
vd_volunteer_service_section_get_property (GObject    *object,
                                           guint       prop_id,
                                           GValue     *value,
                                           GParamSpec *pspec)
{
  VdVolunteerServiceSection *self = VD_VOLUNTEER_SERVICE_SECTION (object);

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
vd_volunteer_service_section_set_property (GObject      *object,
                                           guint         prop_id,
                                           const GValue *value,
                                           GParamSpec   *pspec)
{
  VdVolunteerServiceSection *self = VD_VOLUNTEER_SERVICE_SECTION (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      vd_volunteer_service_section_set_database (self, g_value_get_object (value));
      break;
    case PROP_VOLUNTEER:
      vd_volunteer_service_section_set_volunteer (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vd_volunteer_service_section_class_init (VdVolunteerServiceSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vd_volunteer_service_section_dispose;
  object_class->get_property = vd_volunteer_service_section_get_property;
  object_class->set_property = vd_volunteer_service_section_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL, VD_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_VOLUNTEER] =
    g_param_spec_object ("volunteer", NULL, NULL, VD_TYPE_VOLUNTEER,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/vd-volunteer-service-section.ui");
  gtk_widget_class_bind_template_child (widget_class, VdVolunteerServiceSection, pending_row);
  gtk_widget_class_bind_template_child (widget_class, VdVolunteerServiceSection, points_row);
  gtk_widget_class_bind_template_child (widget_class, VdVolunteerServiceSection, records_row);
}

static void
vd_volunteer_service_section_init (VdVolunteerServiceSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->added_rows = g_ptr_array_new ();
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}
