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

/* Stacked series beyond the palette's distinct colours would repeat them. */
#define MAX_STACKED 7

/* Approved hours per month, one stacked series per category, the largest lowest. */
static VdChartData *
chart_hours (VdDatabase            *db,
             const VdDashboardData *d,
             char                 **subtitle,
             GError               **error)
{
  g_autoptr(VdChartData) data = vd_chart_data_new (VD_CHART_BAR);
  g_autoptr(GPtrArray) cells = vd_stats_hours_by_month_category (db, d->year, error);
  g_autoptr(GPtrArray) categories = NULL;
  g_autoptr(GHashTable) series = g_hash_table_new (g_int64_hash, g_int64_equal);
  gint64 minutes[MAX_STACKED + 1][12] = { { 0 } };
  gint64 total = 0;
  guint i, m, other = 0;

  if (cells == NULL || (categories = vd_stats_hours_by_category (db, d->year, error)) == NULL)
    return NULL;
  /* whole hours (rounded): a month's figure is in the thousands */
  vd_chart_data_set_stacking (data, VD_CHART_STACKED);
  vd_chart_data_set_unit (data, _("hours"));
  for (m = 0; m < 12; m++)
    vd_chart_data_add_category (data, vd_dashboard_month_label (m));
  /* the largest categories each in a colour of the palette, the rest together */
  for (i = 0; i < categories->len; i++)
    {
      VdStatsRow *row = g_ptr_array_index (categories, i);

      if (i < MAX_STACKED || categories->len == MAX_STACKED + 1)
        g_hash_table_insert (series, &row->id,
                             GUINT_TO_POINTER (vd_chart_data_add_series (data, row->name[0] != '\0' ? row->name
                                                                         : _("No category")) + 1));
      total += row->minutes;
    }
  if (categories->len > MAX_STACKED + 1)
    other = vd_chart_data_add_series (data, _("Other categories")) + 1;
  if (categories->len == 0)
    vd_chart_data_add_series (data, _("Hours"));
  for (i = 0; i < cells->len; i++)
    {
      VdStatsRow *row = g_ptr_array_index (cells, i);
      guint s = GPOINTER_TO_UINT (g_hash_table_lookup (series, &row->id));

      if (s == 0)
        s = other;
      if (s > 0 && row->month >= 1 && row->month <= 12)
        minutes[s - 1][row->month - 1] += row->minutes;
    }
  for (i = 0; i < vd_chart_data_get_n_series (data) && categories->len > 0; i++)
    for (m = 0; m < 12; m++)
      vd_chart_data_set_value (data, i, m, (minutes[i][m] + 30) / 60);
  {
    g_autofree char *hours = format_count (total / 60);

    /* Translators: under the hours chart; %s is a number of hours */
    *subtitle = g_strdup_printf (_("%s approved hours at events, by category"), hours);
  }
  return g_steal_pointer (&data);
}

/* Volunteers with approved hours in each month, this year beside the last. */
static VdChartData *
chart_active (VdDatabase            *db,
              const VdDashboardData *d,
              char                 **subtitle,
              GError               **error)
{
  g_autoptr(VdChartData) data = vd_chart_data_new (VD_CHART_BAR);
  g_autofree char *previous = vd_dashboard_year_label (d->year - 1);
  g_autofree char *current = vd_dashboard_year_label (d->year);
  gint64 now[12], before[12];
  guint m;

  if (!vd_stats_active_by_month (db, d->year, now, NULL, error) ||
      !vd_stats_active_by_month (db, d->year - 1, before, NULL, error))
    return NULL;
  vd_chart_data_set_unit (data, _("people"));
  for (m = 0; m < 12; m++)
    vd_chart_data_add_category (data, vd_dashboard_month_label (m));
  vd_chart_data_add_series (data, previous);
  vd_chart_data_set_series_secondary (data, 0, TRUE);
  vd_chart_data_add_series (data, current);
  for (m = 0; m < 12; m++)
    {
      vd_chart_data_set_value (data, 0, m, before[m]);
      vd_chart_data_set_value (data, 1, m, now[m]);
    }
  *subtitle = g_strdup (_("Volunteers with approved hours in the month"));
  return g_steal_pointer (&data);
}

static VdChartData *
chart_events (VdDatabase            *db,
              const VdDashboardData *d,
              char                 **subtitle,
              GError               **error)
{
  g_autoptr(VdChartData) data = vd_chart_data_new (VD_CHART_HBAR);
  g_autoptr(GPtrArray) rows = vd_stats_events_by_category (db, d->year, error);
  gint64 people = 0;
  guint i;

  if (rows == NULL)
    return NULL;
  vd_chart_data_set_unit (data, _("events"));
  vd_chart_data_add_series (data, _("Events"));
  for (i = 0; i < rows->len; i++)
    {
      VdStatsRow *row = g_ptr_array_index (rows, i);

      vd_chart_data_add_category (data, row->name[0] != '\0' ? row->name : _("No category"));
      vd_chart_data_set_value (data, 0, i, row->events);
      people += row->people;
    }
  {
    g_autofree char *served = format_count (people);

    /* Translators: under the events chart; %s is a number of people */
    *subtitle = g_strdup_printf (_("Not cancelled; %s people served"), served);
  }
  return g_steal_pointer (&data);
}

#define TOP_TEAMS 10

static VdChartData *
chart_team_hours (VdDatabase            *db,
                  const VdDashboardData *d,
                  char                 **subtitle,
                  GError               **error)
{
  g_autoptr(VdChartData) data = vd_chart_data_new (VD_CHART_HBAR);
  g_autoptr(GPtrArray) rows = vd_stats_hours_by_team (db, d->year, error);
  guint i, shown = 0, teams = 0;

  if (rows == NULL)
    return NULL;
  vd_chart_data_set_unit (data, _("hours"));
  vd_chart_data_add_series (data, _("Hours"));
  for (i = 0; i < rows->len; i++)
    {
      VdStatsRow *row = g_ptr_array_index (rows, i);

      /* events no team organized are not a team's */
      if (row->id == 0)
        continue;
      teams++;
      if (shown == TOP_TEAMS)
        continue;
      vd_chart_data_add_category (data, row->name);
      vd_chart_data_set_value (data, 0, shown++, (row->minutes + 30) / 60);
    }
  /* Translators: under the teams' hours chart; %u are numbers of teams */
  *subtitle = g_strdup_printf (_("The %u teams with the most hours at the events they organized, of %u"),
                               shown, teams);
  return g_steal_pointer (&data);
}

static VdChartData *
chart_station_hours (VdDatabase            *db,
                     const VdDashboardData *d,
                     char                 **subtitle,
                     GError               **error)
{
  g_autoptr(VdChartData) data = vd_chart_data_new (VD_CHART_DONUT);
  g_autoptr(GPtrArray) rows = vd_stats_hours_by_station_type (db, d->year, error);
  guint i;

  if (rows == NULL)
    return NULL;
  vd_chart_data_set_unit (data, _("hours"));
  vd_chart_data_add_series (data, _("Hours"));
  for (i = 0; i < rows->len; i++)
    {
      VdStatsRow *row = g_ptr_array_index (rows, i);

      vd_chart_data_add_category (data, row->name);
      vd_chart_data_set_value (data, 0, i, (row->minutes + 30) / 60);
    }
  *subtitle = g_strdup (_("Approved hours at events, by the type of station that held them"));
  return g_steal_pointer (&data);
}

/* One bar per session in date order: attended ÷ expected. */
static VdChartData *
chart_training (VdDatabase            *db,
                const VdDashboardData *d,
                char                 **subtitle,
                GError               **error)
{
  g_autoptr(VdChartData) data = vd_chart_data_new (VD_CHART_BAR);
  g_autoptr(GPtrArray) sessions = vd_training_list (db, d->year, error);
  guint attended = 0, expected = 0, shown = 0;
  int i;

  if (sessions == NULL)
    return NULL;
  vd_chart_data_set_unit (data, "%");
  vd_chart_data_set_decimals (data, 0);
  vd_chart_data_add_series (data, _("Attendance rate"));
  /* the list is newest first */
  for (i = (int) sessions->len - 1; i >= 0; i--)
    {
      VdTraining *t = g_ptr_array_index (sessions, i);
      double rate = vd_training_attendance_rate (t);
      g_autofree char *label = NULL;

      if (rate < 0)
        continue;
      /* "03-05 topic": the date first, so that a cut label still tells them apart */
      label = g_strdup_printf ("%.5s %s", t->starts_at + 5, t->topic);
      vd_chart_data_add_category (data, label);
      /* whole percent: the labels over thirty bars stay short */
      vd_chart_data_set_value (data, 0, shown++, round (100 * rate));
      attended += vd_training_count_attended (t);
      expected += vd_training_count_registered (t) - t->counts[VD_ATTENDANCE_EXCUSED];
    }
  /* Translators: under the training chart; %u sessions, %.0f%% the overall rate */
  *subtitle = g_strdup_printf (_("%u sessions with registrations; %.0f%% attended overall (excused absences not expected)"),
                               shown, expected > 0 ? 100.0 * attended / expected : 0.0);
  return g_steal_pointer (&data);
}

/* A gauge of value against target, with a scale a little beyond both. */
static VdChartData *
party_gauge (const char *category,
             const char *unit,
             double      value,
             double      target)
{
  VdChartData *data = vd_chart_data_new (VD_CHART_GAUGE);
  VdChartTicks ticks;

  vd_chart_data_set_unit (data, unit);
  vd_chart_data_set_decimals (data, 1);
  vd_chart_data_add_category (data, category);
  vd_chart_data_add_series (data, category);
  vd_chart_data_set_value (data, 0, 0, value);
  vd_chart_nice_ticks (0, MAX (value, target) * 1.2, 5, &ticks);
  vd_chart_data_set_target (data, target, ticks.max);
  return data;
}

static VdChartData *
chart_party_registered (VdDatabase            *db,
                        const VdDashboardData *d,
                        char                 **subtitle,
                        GError               **error)
{
  const VdStatsParty *p = &d->party;

  if (p->party_member_total <= 0)
    *subtitle = g_strdup (_("Enter the number of party members in the district in District Settings."));
  else
    {
      g_autofree char *registered = format_count (p->registered);
      g_autofree char *total = format_count (p->party_member_total);

      /* Translators: under the gauge; registered party volunteers of all party members */
      *subtitle = g_strdup_printf (_("%s of %s party members registered; target %.0f%%"),
                                   registered, total, p->target_registered);
    }
  return party_gauge (_("Registered"), "%", p->registered_share, p->target_registered);
}

static VdChartData *
chart_party_hours (VdDatabase            *db,
                   const VdDashboardData *d,
                   char                 **subtitle,
                   GError               **error)
{
  const VdStatsParty *p = &d->party;
  g_autofree char *reached = NULL;

  reached = format_count (p->reached_target);
  /* Translators: under the gauge; %s volunteers reached the target of %d hours */
  *subtitle = g_strdup_printf (_("Approved hours ÷ registered party volunteers; %s reached %d h"),
                               reached, p->target_hours);
  return party_gauge (_("Hours each"), _("hours"), p->hours_per_member, p->target_hours);
}

static VdChartData *
chart_party_community (VdDatabase            *db,
                       const VdDashboardData *d,
                       char                 **subtitle,
                       GError               **error)
{
  const VdStatsParty *p = &d->party;
  g_autofree char *in = NULL;
  g_autofree char *served = NULL;

  in = format_count (p->in_communities);
  served = format_count (p->served);
  /* Translators: under the gauge; party volunteers at community stations, of those who served */
  *subtitle = g_strdup_printf (_("%s of the %s party volunteers who served did so at a community station"),
                               in, served);
  return party_gauge (_("In communities"), "%", p->community_share, p->target_community);
}

const VdDashboardChart vd_dashboard_charts[] = {
  { "share", N_("Share of the Population Registered"), chart_share },
  { "registrations", N_("New Volunteers per Month"), chart_registrations },
  { "registered", N_("Registered Volunteers"), chart_registered },
  { "stars", N_("Star Volunteers"), chart_stars },
  { "pyramid", N_("Volunteers by Age and Gender"), chart_pyramid },
  { "stations", N_("Service Stations by Type"), chart_stations },
  { "teams", N_("Volunteer Teams by Category"), chart_teams },
  { "hours", N_("Service Hours per Month"), chart_hours },
  { "active", N_("Active Volunteers per Month"), chart_active },
  { "events", N_("Events by Category"), chart_events },
  { "team-hours", N_("Hours by Team"), chart_team_hours },
  { "station-hours", N_("Hours by Station Type"), chart_station_hours },
  { "training", N_("Training Attendance per Session"), chart_training },
  { "party-registered", N_("Party Members Registered"), chart_party_registered },
  { "party-hours", N_("Hours per Party Volunteer"), chart_party_hours },
  { "party-community", N_("Party Volunteers Serving in Communities"), chart_party_community },
};

const guint vd_dashboard_n_charts = G_N_ELEMENTS (vd_dashboard_charts);
