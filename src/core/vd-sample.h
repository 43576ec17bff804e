/* vd-sample.h — a generated district (or city) for newcomers and benchmarks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "vd-database.h"

G_BEGIN_DECLS

typedef enum
{
  VD_SAMPLE_DISTRICT,   /* the reference district: 47,000 volunteers */
  VD_SAMPLE_CITY,       /* 1,000,000 volunteers */
} VdSampleScale;

typedef struct
{
  VdSampleScale scale;
  guint32       seed;
  int           year;          /* the year the figures describe; 0 = today's year */
  guint         volunteers;    /* 0 = the scale's number */
  GDate         today;         /* nothing is dated after it; cleared (as init leaves
                                * it) = the local date */
} VdSampleOptions;

void     vd_sample_options_init (VdSampleOptions *options,
                                 VdSampleScale    scale);

/* Fills an empty database: settings, sub-districts, communities, stations with their
 * projects, checklists and equipment, teams with their members, volunteers with
 * realistic names (surname frequencies), valid ID numbers of the district, phones and
 * dates; and two years of activity (the options' year and the one before, lighter):
 * events with their service records, party events, trainings with attendance,
 * micro-wishes, points earned and exchanged, commendations. The whole year is planned,
 * but what lies after "today" has not happened: those events are planned, with no
 * records; those trainings have registrations only; no record, points row, exchange
 * or step of a wish is dated after it. A past year is complete (the reference
 * district's figures exactly); a year after today's is refused. The same options
 * (today included) give the same database. */
gboolean vd_sample_generate     (VdDatabase             *db,
                                 const VdSampleOptions  *options,
                                 GCancellable           *cancellable,
                                 GError                **error);

/* Counts of what a sample holds, for the summary the command line prints. "year"
 * figures are for the options' year, "total" ones for every year. */
typedef struct
{
  int     year;
  gint64  volunteers;
  gint64  party_volunteers;
  gint64  stations;
  gint64  stations_new;
  gint64  station_projects;
  gint64  teams;
  gint64  team_members;
  gint64  events_year;           /* held */
  gint64  events_total;
  gint64  people_served_year;
  gint64  party_events_year;
  gint64  party_participations_year;
  gint64  records_total;
  gint64  records_year;
  gint64  records_pending;
  gint64  records_rejected;
  gint64  records_backfilled;
  gint64  approved_minutes_year;
  gint64  trainings_year;
  gint64  attendances_year;
  gint64  wishes_total;
  gint64  wishes_fulfilled_year;
  gint64  points_rows;
  gint64  exchanges;
  gint64  commendations;
  gint64  events_planned_year;   /* still to come */
} VdSampleSummary;

gboolean vd_sample_summarize    (VdDatabase             *db,
                                 int                     year,
                                 VdSampleSummary        *out,
                                 GError                **error);

/* TRUE for a database vd_sample_generate filled: the app labels it as sample data. */
gboolean vd_sample_is_sample    (VdDatabase             *db);

/* A CSV of n volunteers as an office would keep it (GBK, Chinese headers), for the
 * import benchmark; fully deterministic for a seed. */
gboolean vd_sample_write_csv    (const char             *path,
                                 guint                   n,
                                 guint32                 seed,
                                 gboolean                gbk,
                                 GError                **error);

G_END_DECLS
