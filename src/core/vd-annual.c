/* vd-annual.c — the figures of the annual work summary, from the core's statistics
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Nothing here counts rows itself: every figure comes from the function that the
 * dashboard and the pages already use, so the summary and the screens agree.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "vd-annual.h"
#include "vd-dashboard-data.h"
#include "vd-settings.h"
#include "vd-teams.h"
#include "vd-training.h"

/* The dashboard's station types are in the same order as the stations'. */
G_STATIC_ASSERT ((int)VD_N_STATION_TYPES == (int)VD_DASHBOARD_N_STATION_TYPES);

void
vd_annual_row_free (VdAnnualRow *row)
{
  if (row == NULL)
    return;
  g_free (row->name);
  g_free (row);
}

static VdAnnualRow *
row_new (const char *name)
{
  VdAnnualRow *row = g_new0 (VdAnnualRow, 1);

  row->name = g_strdup (name != NULL && *name != '\0' ? name : _("Uncategorized"));
  return row;
}

static GPtrArray *
rows_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify)vd_annual_row_free);
}

void
vd_annual_free (VdAnnual *annual)
{
  if (annual == NULL)
    return;
  g_free (annual->district);
  g_clear_pointer (&annual->teams_by_category, g_ptr_array_unref);
  g_clear_pointer (&annual->events_by_category, g_ptr_array_unref);
  g_clear_pointer (&annual->hours_by_category, g_ptr_array_unref);
  g_clear_pointer (&annual->hours_by_month_category, g_ptr_array_unref);
  g_clear_pointer (&annual->training_by_category, g_ptr_array_unref);
  g_clear_pointer (&annual->commendations, g_ptr_array_unref);
  g_free (annual);
}

static gboolean
load_register (VdAnnual   *a,
               VdDatabase *db,
               GError    **error)
{
  g_autoptr(VdDashboardData) d = vd_dashboard_data_load (db, a->year, error);

  if (d == NULL)
    return FALSE;

  a->volunteers_registered = d->registered;
  for (guint m = 0; m < 12; m++)
    a->volunteers_new += d->registrations[m];

  for (guint i = 0; i < d->team_categories->len; i++)
    {
      VdAnnualRow *row = row_new (g_ptr_array_index (d->team_categories, i));

      row->count = g_array_index (d->team_counts, gint64, i);
      a->teams_total += row->count;
      g_ptr_array_add (a->teams_by_category, row);
    }

  /* The dashboard counts stations open on 31 December of the year. */
  for (guint t = 0; t < VD_N_STATION_TYPES; t++)
    {
      a->stations_by_type[t] = d->stations[t];
      a->stations_total += d->stations[t];
    }
  a->stations_new = d->stations_new;
  return TRUE;
}

static gboolean
load_service (VdAnnual   *a,
              VdDatabase *db,
              GError    **error)
{
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GPtrArray) hours = NULL;
  gint64 records[12] = { 0 };

  events = vd_stats_events_by_category (db, a->year, error);
  if (events == NULL)
    return FALSE;
  for (guint i = 0; i < events->len; i++)
    {
      VdStatsRow *s = g_ptr_array_index (events, i);
      VdAnnualRow *row = row_new (s->name);

      row->count = s->events;
      row->people = s->people;
      a->events_total += s->events;
      a->people_served += s->people;
      g_ptr_array_add (a->events_by_category, row);
    }

  if (!vd_stats_hours_by_month (db, a->year, a->minutes_by_month, records, error))
    return FALSE;
  for (guint m = 0; m < 12; m++)
    {
      a->approved_minutes += a->minutes_by_month[m];
      a->person_times += records[m];
    }

  hours = vd_stats_hours_by_category (db, a->year, error);
  if (hours == NULL)
    return FALSE;
  for (guint i = 0; i < hours->len; i++)
    {
      VdStatsRow *s = g_ptr_array_index (hours, i);
      VdAnnualRow *row = row_new (s->name);

      row->minutes = s->minutes;
      row->records = s->records;
      g_ptr_array_add (a->hours_by_category, row);
    }

  a->hours_by_month_category = vd_stats_hours_by_month_category (db, a->year, error);
  if (a->hours_by_month_category == NULL)
    return FALSE;

  return vd_stats_party (db, a->year, &a->party, error);
}

static gboolean
load_training (VdAnnual   *a,
               VdDatabase *db,
               GError    **error)
{
  g_autoptr(GPtrArray) total = vd_training_stats (db, a->year, VD_TRAINING_STATS_TOTAL, error);
  g_autoptr(GPtrArray) by_category = NULL;

  if (total == NULL)
    return FALSE;
  if (total->len > 0)
    {
      VdTrainingStat *t = g_ptr_array_index (total, 0);

      a->trainings = t->sessions;
      a->training_registrations = t->registrations;
      a->training_attendances = t->attendances;
      a->training_attendance_rate = t->rate * 100.0;
    }

  by_category = vd_training_stats (db, a->year, VD_TRAINING_STATS_BY_CATEGORY, error);
  if (by_category == NULL)
    return FALSE;
  for (guint i = 0; i < by_category->len; i++)
    {
      VdTrainingStat *t = g_ptr_array_index (by_category, i);
      VdAnnualRow *row;

      if (t->sessions == 0)
        continue;
      row = row_new (t->label);
      row->count = t->sessions;
      row->records = t->attendances;
      g_ptr_array_add (a->training_by_category, row);
    }
  return TRUE;
}

VdAnnual *
vd_annual_load (VdDatabase  *db,
                int          year,
                GError     **error)
{
  g_autoptr(VdAnnual) a = g_new0 (VdAnnual, 1);
  g_autoptr(VdSettings) settings = NULL;

  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);

  a->year = year;
  a->teams_by_category = rows_new ();
  a->events_by_category = rows_new ();
  a->hours_by_category = rows_new ();
  a->training_by_category = rows_new ();

  settings = vd_settings_load (db, error);
  if (settings == NULL)
    return NULL;
  a->district = g_strdup (settings->district_name != NULL ? settings->district_name : "");
  a->population = settings->population;
  a->target_volunteer_share = settings->target_volunteer_share;

  if (!load_register (a, db, error) || !load_service (a, db, error) ||
      !load_training (a, db, error))
    return NULL;

  /* Share of the population: only when the office has entered it. */
  a->volunteer_share = a->population > 0
                         ? 100.0 * a->volunteers_registered / a->population : NAN;

  if (!vd_stations_coverage (db, &a->communities_covered, &a->communities_total, error))
    return NULL;
  a->community_coverage = a->communities_total > 0
                            ? 100.0 * a->communities_covered / a->communities_total : NAN;

  if (!vd_wishes_get_stats (db, year, &a->wishes, error))
    return NULL;

  a->commendations = vd_commendations_list_year (db, year, error);
  if (a->commendations == NULL)
    return NULL;
  for (guint i = 0; i < a->commendations->len; i++)
    {
      VdCommendation *c = g_ptr_array_index (a->commendations, i);

      if ((guint)c->level < VD_N_LEVELS)
        a->commendations_by_level[c->level]++;
    }

  a->has_data = a->events_total > 0 || a->approved_minutes > 0 || a->trainings > 0 ||
                a->stations_new > 0 || a->volunteers_new > 0 || a->wishes.collected > 0 ||
                a->wishes.fulfilled > 0 || a->commendations->len > 0;
  return g_steal_pointer (&a);
}

gboolean
vd_annual_years (VdDatabase  *db,
                 int         *first,
                 int         *last,
                 GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int reg_first, reg_last;
  sqlite3_stmt *stmt;
  int rc;

  if (!vd_dashboard_data_years (db, &reg_first, &reg_last, error))
    return FALSE;
  *first = reg_first;
  *last = reg_last;

  /* Events are what a summary is mostly about: their years widen the register's. */
  stmt = vd_database_prepare_cached (db,
                                     "SELECT CAST (substr (min (starts_at), 1, 4) AS INTEGER), "
                                     "CAST (substr (max (starts_at), 1, 4) AS INTEGER) "
                                     "FROM events WHERE status != 'cancelled'",
                                     error);
  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW && sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    {
      int year_now = g_date_time_get_year (now);
      int ev_first = sqlite3_column_int (stmt, 0);
      int ev_last = MIN (sqlite3_column_int (stmt, 1), year_now);

      *first = MIN (*first, ev_first);
      /* The register's default (this year when empty) must not hide older events. */
      *last = vd_database_count_rows (db, "volunteers") > 0 ? MAX (*last, ev_last) : ev_last;
    }
  else if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
      sqlite3_reset (stmt);
      return FALSE;
    }
  sqlite3_reset (stmt);
  if (*first > *last)
    *first = *last;
  return TRUE;
}

static const struct {
  const char *code;
  const char *label;
} indicators[VD_ANNUAL_N_INDICATORS] = {
  { "registered", N_("Party members registered as volunteers") },
  { "hours", N_("Service hours per registered party member") },
  { "community", N_("Serving party members who served in communities") },
};

const char *
vd_annual_indicator_code (VdAnnualIndicator indicator)
{
  g_return_val_if_fail (indicator < VD_ANNUAL_N_INDICATORS, NULL);
  return indicators[indicator].code;
}

const char *
vd_annual_indicator_label (VdAnnualIndicator indicator)
{
  g_return_val_if_fail (indicator < VD_ANNUAL_N_INDICATORS, NULL);
  return _(indicators[indicator].label);
}

gboolean
vd_annual_indicator (const VdAnnual   *annual,
                     VdAnnualIndicator indicator,
                     double           *value,
                     double           *target)
{
  const VdStatsParty *p = &annual->party;

  switch (indicator)
    {
    case VD_ANNUAL_INDICATOR_REGISTERED:
      *value = p->party_member_total > 0 ? p->registered_share : NAN;
      *target = p->target_registered;
      break;
    case VD_ANNUAL_INDICATOR_HOURS:
      *value = p->registered > 0 ? p->hours_per_member : NAN;
      *target = p->target_hours;
      break;
    case VD_ANNUAL_INDICATOR_COMMUNITY:
      *value = p->served > 0 ? p->community_share : NAN;
      *target = p->target_community;
      break;
    default:
      g_return_val_if_reached (FALSE);
    }
  return isfinite (*value) && *value >= *target;
}

const char *
vd_annual_level_code (VdCommendationLevel level)
{
  static const char *const codes[VD_N_LEVELS] = { "district", "city", "province", "national" };

  g_return_val_if_fail ((guint)level < VD_N_LEVELS, "");
  return codes[level];
}

const char *
vd_annual_owner_code (VdOwnerKind kind)
{
  static const char *const codes[VD_N_OWNER_KINDS] = { "volunteer", "team", "station", "community" };

  g_return_val_if_fail ((guint)kind < VD_N_OWNER_KINDS, "");
  return codes[kind];
}

char *
vd_annual_format_count (gint64 n)
{
  g_autofree char *digits = g_strdup_printf ("%" G_GINT64_FORMAT, n < 0 ? -n : n);
  GString *out = g_string_new (n < 0 ? "-" : "");
  gsize len = strlen (digits);

  for (gsize i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append_c (out, ',');
      g_string_append_c (out, digits[i]);
    }
  return g_string_free (out, FALSE);
}
