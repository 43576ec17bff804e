/* vd-monthly-hours.c — approved hours per month of one volunteer, team or station
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reads twelve figures from the summary tables (vd_stats_monthly_minutes), so it is
 * as quick for a team of a city as for one volunteer.
 */

#define G_LOG_DOMAIN "vd-monthly-hours"

#include "config.h"

#include <glib/gi18n.h>

#include "vd-dashboard-charts.h"
#include "vd-monthly-hours.h"

struct _VdMonthlyHours
{
  AdwBin        parent_instance;

  VdDatabase   *database;
  VdStatsOwner  owner;
  gint64        id;
  char         *name;
  int           year;
  gboolean      served;     /* any approved hours in any year */

  GtkLabel     *year_label;
  VdChartCard  *card;
};

G_DEFINE_FINAL_TYPE (VdMonthlyHours, vd_monthly_hours, ADW_TYPE_BIN)

static int
current_year (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_get_year (now);
}

static void
update_actions (VdMonthlyHours *self)
{
  gboolean shown = self->database != NULL && self->id != 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "hours.previous-year", shown && self->year > 1990);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "hours.next-year", shown && self->year < current_year ());
}

void
vd_monthly_hours_reload (VdMonthlyHours *self)
{
  g_autoptr(VdChartData) data = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *year = NULL;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  gint64 minutes[12], total = 0;
  guint m;

  g_return_if_fail (VD_IS_MONTHLY_HOURS (self));

  update_actions (self);
  if (self->database == NULL || self->id == 0)
    {
      vd_chart_card_set_data (self->card, NULL);
      return;
    }
  year = g_strdup_printf ("%d", self->year);
  gtk_label_set_text (self->year_label, year);
  if (!vd_stats_monthly_minutes (self->database, self->owner, self->id, self->year, minutes, &error))
    {
      vd_chart_card_set_subtitle (self->card, error->message);
      vd_chart_card_set_data (self->card, NULL);
      return;
    }

  data = vd_chart_data_new (VD_CHART_BAR);
  vd_chart_data_set_unit (data, _("hours"));
  vd_chart_data_set_decimals (data, 1);
  vd_chart_data_add_series (data, _("Approved hours"));
  for (m = 0; m < 12; m++)
    {
      vd_chart_data_add_category (data, vd_dashboard_month_label (m));
      vd_chart_data_set_value (data, 0, m, minutes[m] / 60.0);
      total += minutes[m];
    }
  /* Translators: the title of an exported chart: a name and a year */
  title = g_strdup_printf (_("Hours per Month of %s (%d)"), self->name, self->year);
  vd_chart_data_set_title (data, title);
  vd_chart_card_set_file_name (self->card, title);
  if (total > 0)
    /* Translators: under the hours chart of a detail pane */
    subtitle = g_strdup_printf (_("%.1f approved hours in %d"), total / 60.0, self->year);
  else
    /* Translators: under the hours chart of a detail pane */
    subtitle = g_strdup_printf (_("No approved hours in %d"), self->year);
  vd_chart_card_set_subtitle (self->card, subtitle);
  vd_chart_card_set_data (self->card, data);
}

static void
step_year (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  VdMonthlyHours *self = VD_MONTHLY_HOURS (widget);

  vd_monthly_hours_set_year (self, self->year + (g_str_equal (action_name, "hours.next-year") ? 1 : -1));
}

static void
vd_monthly_hours_dispose (GObject *object)
{
  VdMonthlyHours *self = VD_MONTHLY_HOURS (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), VD_TYPE_MONTHLY_HOURS);
  g_clear_object (&self->database);
  g_clear_pointer (&self->name, g_free);

  G_OBJECT_CLASS (vd_monthly_hours_parent_class)->dispose (object);
}

static void
vd_monthly_hours_class_init (VdMonthlyHoursClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vd_monthly_hours_dispose;

  g_type_ensure (VD_TYPE_CHART_CARD);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/vd-monthly-hours.ui");
  gtk_widget_class_bind_template_child (widget_class, VdMonthlyHours, year_label);
  gtk_widget_class_bind_template_child (widget_class, VdMonthlyHours, card);
  gtk_widget_class_install_action (widget_class, "hours.previous-year", NULL, step_year);
  gtk_widget_class_install_action (widget_class, "hours.next-year", NULL, step_year);
}

static void
vd_monthly_hours_init (VdMonthlyHours *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  vd_chart_card_set_title (self->card, _("Hours per Month"));
  /* smaller than on the dashboard: a pane shows other things too */
  gtk_widget_set_size_request (GTK_WIDGET (vd_chart_card_get_chart (self->card)), -1, 180);
  self->year = current_year ();
  self->name = g_strdup ("");
  update_actions (self);
}

GtkWidget *
vd_monthly_hours_new (void)
{
  return g_object_new (VD_TYPE_MONTHLY_HOURS, NULL);
}

void
vd_monthly_hours_show (VdMonthlyHours *self,
                       VdDatabase     *database,
                       VdStatsOwner    owner,
                       gint64          id,
                       const char     *name)
{
  int latest = 0;
  gboolean same;

  g_return_if_fail (VD_IS_MONTHLY_HOURS (self));

  /* the same owner again (after an edit): the year the user went to stays */
  same = database == self->database && owner == self->owner && id == self->id && id != 0;
  g_set_object (&self->database, database);
  self->owner = owner;
  self->id = id;
  g_free (self->name);
  self->name = g_strdup (name != NULL ? name : "");
  self->served = database != NULL && id != 0 &&
                 vd_stats_latest_year (database, owner, id, &latest, NULL) && latest > 0;
  if (!same)
    self->year = self->served ? latest : current_year ();
  vd_monthly_hours_reload (self);
}

int
vd_monthly_hours_get_year (VdMonthlyHours *self)
{
  g_return_val_if_fail (VD_IS_MONTHLY_HOURS (self), 0);
  return self->year;
}

void
vd_monthly_hours_set_year (VdMonthlyHours *self,
                           int             year)
{
  g_return_if_fail (VD_IS_MONTHLY_HOURS (self));
  g_return_if_fail (year >= 1900 && year <= 9999);

  self->year = year;
  vd_monthly_hours_reload (self);
}

gboolean
vd_monthly_hours_get_served (VdMonthlyHours *self)
{
  g_return_val_if_fail (VD_IS_MONTHLY_HOURS (self), FALSE);
  return self->served;
}

VdChartCard *
vd_monthly_hours_get_card (VdMonthlyHours *self)
{
  g_return_val_if_fail (VD_IS_MONTHLY_HOURS (self), NULL);
  return self->card;
}
