/* vd-dashboard-data.h — the dashboard's figures that the register, the stations and
 * the teams already hold, for one year
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vd-database.h"
#include "vd-settings.h"
#include "vd-stats.h"

G_BEGIN_DECLS

/* Age bands of the pyramid, youngest first: 16–24, 25–34, …, 65–74, 75 and over. */
#define VD_DASHBOARD_AGE_BANDS 7

typedef enum
{
  VD_DASHBOARD_STATION_COMMUNITY,
  VD_DASHBOARD_STATION_WINDOW,
  VD_DASHBOARD_STATION_PUBLIC,
  VD_DASHBOARD_N_STATION_TYPES
} VdDashboardStationType;

typedef struct
{
  int     year;

  /* Volunteers active in the register today who had registered by 31 December of
   * the year (and of the year before); the register keeps no date of leaving. */
  gint64  registered;
  gint64  registered_previous;
  gint64  population;          /* the setting; 0 = not known */
  double  share;               /* registered ÷ population in percent; NAN if unknown */
  double  target_share;        /* the setting, percent */

  /* Registrations per month (registered_on) of the year and of the year before. */
  gint64  registrations[12];
  gint64  registrations_previous[12];

  /* Active volunteers per star level 0–5 today, from their approved hours to date
   * (the same for every year: the register keeps no history of hours per year). */
  gint64  stars[VD_STAR_LEVELS + 1];

  /* Active volunteers by age on 31 December of the year (from the birth date of the
   * ID number) and gender; those without a birth date or gender are not counted. */
  gint64  age_male[VD_DASHBOARD_AGE_BANDS];
  gint64  age_female[VD_DASHBOARD_AGE_BANDS];

  /* Stations open on 31 December of the year, by type; and opened during it. */
  gint64  stations[VD_DASHBOARD_N_STATION_TYPES];
  gint64  stations_new;

  /* Active teams founded by the end of the year, by category (in the categories'
   * order): parallel arrays of names and counts. */
  GPtrArray *team_categories;  /* char * */
  GArray    *team_counts;      /* gint64 */

  /* The party members' figures of the year against their targets (vd_stats_party),
   * read once for the three gauges. */
  VdStatsParty party;
} VdDashboardData;

/* All the figures for year, from the register's tallies (sql/003-dashboard.sql),
 * which it first brings up to date with the volunteers added since (a write). */
VdDashboardData *vd_dashboard_data_load  (VdDatabase  *db,
                                          int          year,
                                          GError     **error);
void             vd_dashboard_data_free  (VdDashboardData *data);

/* Brings the register's tallies up to date with the volunteers added since (what the
 * first load does); a bulk writer calls it at its end so that the first dashboard
 * does not pay for a million new volunteers (6 s at city scale). */
gboolean         vd_dashboard_data_fold_volunteers (VdDatabase  *db,
                                                    GError     **error);

/* Counts a volunteer written back under an id the tallies may already have passed
 * (the register's undelete); call it in the same transaction. */
gboolean         vd_dashboard_data_count_restored (VdDatabase *db,
                                          gint64       id,
                                          GError     **error);

/* The years the register covers (first and last year of registration); the current
 * year for both when the register is empty. */
gboolean         vd_dashboard_data_years (VdDatabase  *db,
                                          int         *first,
                                          int         *last,
                                          GError     **error);

/* The translated label of an age band ("25–34", "75 and over"). */
const char      *vd_dashboard_age_band_label (guint band);
/* The translated name of a station type ("community"). */
const char      *vd_dashboard_station_type_label (VdDashboardStationType type);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VdDashboardData, vd_dashboard_data_free)

G_END_DECLS
