/* vd-dashboard-charts.c — the charts of the dashboard, one builder each
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "vd-chart-ticks.h"
#include "vd-dashboard-charts.h"

const char *
vd_dashboard_month_label (guint month0)
{
  static const char *const months[12] = {
    NC_("short month", "Jan"), NC_("short month", "Feb"), NC_("short month", "Mar"),
    NC_("short month", "Apr"), NC_("short month", "May"), NC_("short month", "Jun"),
    NC_("short month", "Jul"), NC_("short month", "Aug"), NC_("short month", "Sep"),
    NC_("short month", "Oct"), NC_("short month", "Nov"), NC_("short month", "Dec"),
  };

  g_return_val_if_fail (month0 < 12, NULL);
  return g_dpgettext2 (NULL, "short month", months[month0]);
}

char *
vd_dashboard_year_label (int year)
{
  /* Translators: a year as the name of a chart's series, e.g. "2026" → "2026年" */
  return g_strdup_printf (C_("chart series", "%d"), year);
}

/* A count with grouped digits ("47,312"), as in the charts' tooltips. */
static char *
format_count (gint64 n)
{
  g_autoptr(VdChartData) plain = vd_chart_data_new (VD_CHART_BAR);

  return vd_chart_data_format_value (plain, n);
}

/* Registered ÷ population against the target, as a gauge. */
static VdChartData *
chart_share (VdDatabase            *db,
             const VdDashboardData *d,
             char                 **subtitle,
             GError               **error)
{
  VdChartData *data = vd_chart_data_new (VD_CHART_GAUGE);
  VdChartTicks ticks;

  vd_chart_data_set_unit (data, "%");
  vd_chart_data_set_decimals (data, 1);
  vd_chart_data_add_category (data, _("Registered volunteers"));
  vd_chart_data_add_series (data, _("Share of the population"));
  vd_chart_data_set_value (data, 0, 0, d->share);
  /* a scale a little beyond the target, so that reaching it shows */
  vd_chart_nice_ticks (0, MAX (isfinite (d->share) ? d->share : 0, d->target_share) * 1.2, 5, &ticks);
  vd_chart_data_set_target (data, d->target_share, ticks.max);
  if (d->population <= 0)
    *subtitle = g_strdup (_("Enter the district’s population in District Settings to see the share."));
  else
    {
      g_autofree char *registered = format_count (d->registered);
      g_autofree char *population = format_count (d->population);

      /* Translators: under the share gauge: registered volunteers of the population */
      *subtitle = g_strdup_printf (_("%s of %s residents"), registered, population);
    }
  return data;
}

/* New registrations per month, this year beside the last. */
static VdChartData *
chart_registrations (VdDatabase            *db,
                     const VdDashboardData *d,
                     char                 **subtitle,
                     GError               **error)
{
  VdChartData *data = vd_chart_data_new (VD_CHART_BAR);
  g_autofree char *previous = vd_dashboard_year_label (d->year - 1);
  g_autofree char *current = vd_dashboard_year_label (d->year);
  guint m;

  vd_chart_data_set_unit (data, _("people"));
  for (m = 0; m < 12; m++)
    vd_chart_data_add_category (data, vd_dashboard_month_label (m));
  vd_chart_data_add_series (data, previous);
  vd_chart_data_set_series_secondary (data, 0, TRUE);
  vd_chart_data_add_series (data, current);
  for (m = 0; m < 12; m++)
    {
      vd_chart_data_set_value (data, 0, m, d->registrations_previous[m]);
      vd_chart_data_set_value (data, 1, m, d->registrations[m]);
    }
  return data;
}

/* Volunteers registered at the end of each month, this year and the last. */
static VdChartData *
chart_registered (VdDatabase            *db,
                  const VdDashboardData *d,
                  char                 **subtitle,
                  GError               **error)
{
  VdChartData *data = vd_chart_data_new (VD_CHART_LINE);
  g_autofree char *previous = vd_dashboard_year_label (d->year - 1);
  g_autofree char *current = vd_dashboard_year_label (d->year);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  gint64 before = d->registered_previous, before_previous = d->registered_previous;
  guint m, last_month = 12;

  for (m = 0; m < 12; m++)
    before_previous -= d->registrations_previous[m];
  /* months still to come have no figure yet */
  if (g_date_time_get_year (now) == d->year)
    last_month = g_date_time_get_month (now);

  vd_chart_data_set_unit (data, _("people"));
  for (m = 0; m < 12; m++)
    vd_chart_data_add_category (data, vd_dashboard_month_label (m));
  vd_chart_data_add_series (data, previous);
  vd_chart_data_set_series_secondary (data, 0, TRUE);
  vd_chart_data_add_series (data, current);
  for (m = 0; m < 12; m++)
    {
      before_previous += d->registrations_previous[m];
      before += d->registrations[m];
      vd_chart_data_set_value (data, 0, m, before_previous);
      vd_chart_data_set_value (data, 1, m, m < last_month ? before : NAN);
    }
  return data;
}

static VdChartData *
chart_stars (VdDatabase            *db,
             const VdDashboardData *d,
             char                 **subtitle,
             GError               **error)
{
  static const char *const levels[VD_STAR_LEVELS] = {
    N_("1 star"), N_("2 stars"), N_("3 stars"), N_("4 stars"), N_("5 stars"),
  };
  VdChartData *data = vd_chart_data_new (VD_CHART_BAR);
  guint i;

  vd_chart_data_set_unit (data, _("people"));
  vd_chart_data_add_series (data, _("Star volunteers"));
  for (i = 0; i < VD_STAR_LEVELS; i++)
    {
      vd_chart_data_add_category (data, _(levels[i]));
      vd_chart_data_set_value (data, 0, i, d->stars[i + 1]);
    }
  {
    g_autofree char *none = format_count (d->stars[0]);

    /* Translators: under the star chart; %s is a number of volunteers */
    *subtitle = g_strdup_printf (_("From approved hours to date; %s volunteers have no star yet"), none);
  }
  return data;
}

static VdChartData *
chart_pyramid (VdDatabase            *db,
               const VdDashboardData *d,
               char                 **subtitle,
               GError               **error)
{
  VdChartData *data = vd_chart_data_new (VD_CHART_PYRAMID);
  int band;
  guint c = 0;

  vd_chart_data_set_unit (data, _("people"));
  vd_chart_data_add_series (data, _("Men"));
  vd_chart_data_add_series (data, _("Women"));
  /* the oldest at the top, as pyramids are drawn */
  for (band = VD_DASHBOARD_AGE_BANDS - 1; band >= 0; band--, c++)
    {
      vd_chart_data_add_category (data, vd_dashboard_age_band_label (band));
      vd_chart_data_set_value (data, 0, c, d->age_male[band]);
      vd_chart_data_set_value (data, 1, c, d->age_female[band]);
    }
  *subtitle = g_strdup (_("Age on 31 December, from the ID number"));
  return data;
}

static VdChartData *
chart_stations (VdDatabase            *db,
                const VdDashboardData *d,
                char                 **subtitle,
                GError               **error)
{
  VdChartData *data = vd_chart_data_new (VD_CHART_DONUT);
  guint i;

  vd_chart_data_set_unit (data, _("stations"));
  vd_chart_data_add_series (data, _("Stations"));
  for (i = 0; i < VD_DASHBOARD_N_STATION_TYPES; i++)
    {
      vd_chart_data_add_category (data, vd_dashboard_station_type_label (i));
      vd_chart_data_set_value (data, 0, i, d->stations[i]);
    }
  {
    g_autofree char *n = format_count (d->stations_new);

    /* Translators: under the stations chart; %s is a number */
    *subtitle = g_strdup_printf (_("Open on 31 December; %s opened during the year"), n);
  }
  return data;
}

static VdChartData *
chart_teams (VdDatabase            *db,
             const VdDashboardData *d,
             char                 **subtitle,
             GError               **error)
{
  VdChartData *data = vd_chart_data_new (VD_CHART_HBAR);
  guint i;

  vd_chart_data_set_unit (data, _("teams"));
  vd_chart_data_add_series (data, _("Teams"));
  for (i = 0; i < d->team_categories->len; i++)
    {
      vd_chart_data_add_category (data, g_ptr_array_index (d->team_categories, i));
      vd_chart_data_set_value (data, 0, i, g_array_index (d->team_counts, gint64, i));
    }
  return data;
}

const VdDashboardChart vd_dashboard_charts[] = {
  { "share", N_("Share of the Population Registered"), chart_share },
  { "registrations", N_("New Volunteers per Month"), chart_registrations },
  { "registered", N_("Registered Volunteers"), chart_registered },
  { "stars", N_("Star Volunteers"), chart_stars },
  { "pyramid", N_("Volunteers by Age and Gender"), chart_pyramid },
  { "stations", N_("Service Stations by Type"), chart_stations },
  { "teams", N_("Volunteer Teams by Category"), chart_teams },
};

const guint vd_dashboard_n_charts = G_N_ELEMENTS (vd_dashboard_charts);
