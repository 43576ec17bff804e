/* vd-annual.h — the figures of the annual work summary (年度志愿服务工作总结), gathered
 * from the core's statistics, and written as JSON or as an Excel workbook
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vd-commendations.h"
#include "vd-database.h"
#include "vd-stations.h"
#include "vd-stats.h"
#include "vd-wishes.h"

G_BEGIN_DECLS

/* One row of a table of the summary; which counts are filled depends on the table. */
typedef struct
{
  char   *name;
  gint64  count;      /* teams, events, sessions */
  gint64  people;     /* people served (events) */
  gint64  minutes;    /* approved minutes (hours by category) */
  gint64  records;    /* person-times (hours), attendances (training) */
} VdAnnualRow;

void vd_annual_row_free (VdAnnualRow *row);

typedef struct
{
  int        year;
  char      *district;
  /* FALSE when nothing happened in the year: no events, hours, trainings, new
   * stations or registrations, micro-wishes or commendations. */
  gboolean   has_data;

  /* Active teams founded by the end of the year, by category. */
  GPtrArray *teams_by_category;       /* VdAnnualRow: name, count */
  gint64     teams_total;

  /* Volunteers registered by 31 December (active today). */
  gint64     volunteers_registered;
  gint64     volunteers_new;          /* registered during the year */
  gint64     population;              /* the setting; 0 = not set */
  double     volunteer_share;         /* percent; NAN when the population is not set */
  double     target_volunteer_share;

  /* Events held in the year (not cancelled) and people served. */
  GPtrArray *events_by_category;      /* VdAnnualRow: name, count, people */
  gint64     events_total;
  gint64     people_served;

  /* Approved service hours. */
  gint64     approved_minutes;
  gint64     person_times;
  gint64     minutes_by_month[12];
  GPtrArray *hours_by_category;       /* VdAnnualRow: name, minutes, records */
  GPtrArray *hours_by_month_category; /* VdStatsRow (month, name, minutes), for charts */

  /* Stations open on 31 December, by type; opened in the year; coverage today. */
  gint64     stations_by_type[VD_N_STATION_TYPES];
  gint64     stations_total;
  gint64     stations_new;
  guint      communities_covered;
  guint      communities_total;
  double     community_coverage;      /* percent; NAN when no communities */

  /* Training sessions starting in the year. */
  GPtrArray *training_by_category;    /* VdAnnualRow: name, count (sessions), records */
  guint      trainings;
  guint      training_registrations;
  guint      training_attendances;
  double     training_attendance_rate; /* percent */

  VdStatsParty party;
  VdWishStats  wishes;

  /* Commendations awarded in the year, by date; and how many of each level. */
  GPtrArray *commendations;           /* VdCommendation */
  guint      commendations_by_level[VD_N_LEVELS];
} VdAnnual;

/* Gathers the figures of year. Reads only, apart from the register's tallies that
 * vd_dashboard_data_load brings up to date. */
VdAnnual   *vd_annual_load        (VdDatabase  *db,
                                   int          year,
                                   GError     **error);
void        vd_annual_free        (VdAnnual    *annual);

/* The years with events or registrations; the current year for both when none. */
gboolean    vd_annual_years       (VdDatabase  *db,
                                   int         *first,
                                   int         *last,
                                   GError     **error);

/* The party indicators against their targets, in the report's order. */
typedef enum
{
  VD_ANNUAL_INDICATOR_REGISTERED,  /* party members registered, % of all */
  VD_ANNUAL_INDICATOR_HOURS,       /* approved hours per registered party member */
  VD_ANNUAL_INDICATOR_COMMUNITY,   /* % of serving party members who served in communities */
  VD_ANNUAL_N_INDICATORS
} VdAnnualIndicator;

const char *vd_annual_indicator_code  (VdAnnualIndicator indicator);
const char *vd_annual_indicator_label (VdAnnualIndicator indicator);
/* The value (NAN when it cannot be known, e.g. no party member total set) and the
 * target; returns whether the target is met (FALSE when unknown). */
gboolean    vd_annual_indicator       (const VdAnnual   *annual,
                                       VdAnnualIndicator indicator,
                                       double           *value,
                                       double           *target);

/* Stable codes for the JSON report. */
const char *vd_annual_level_code      (VdCommendationLevel level);
const char *vd_annual_owner_code      (VdOwnerKind         kind);

/* The figures as a JSON object with the keys listed in README.md ("Annual report"). */
char       *vd_annual_to_json         (const VdAnnual *annual);
gboolean    vd_annual_write_json      (const VdAnnual *annual,
                                       const char     *path,
                                       GError        **error);
/* An Excel workbook with one sheet per table. */
gboolean    vd_annual_write_xlsx      (const VdAnnual *annual,
                                       const char     *path,
                                       GError        **error);

/* A number with its digits grouped by thousands ("47,000"). */
char       *vd_annual_format_count    (gint64 n);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VdAnnual, vd_annual_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VdAnnualRow, vd_annual_row_free)

G_END_DECLS
