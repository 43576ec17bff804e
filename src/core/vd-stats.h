/* vd-stats.h — the year's figures of service, for the dashboard and the annual report
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Only approved records of events count. Every function reads summary tables kept
 * by triggers (sql/003-service.sql), so each answers in milliseconds at 10,000,000
 * service records. Party members are volunteers whose political status is party
 * member or probationary party member, as the register says now.
 */

#pragma once

#include <gio/gio.h>

#include "vd-database.h"

G_BEGIN_DECLS

/* One row of a breakdown. Which fields are filled depends on the function. */
typedef struct
{
  gint64  id;        /* category, team or station id; 0 = none */
  char   *name;      /* its name; "" for none */
  char   *kind;      /* station type code (community, window, public), or NULL */
  int     month;     /* 1–12, or 0 */
  gint64  minutes;
  gint64  records;   /* person-times */
  gint64  events;
  gint64  people;    /* people served */
} VdStatsRow;

void       vd_stats_row_free (VdStatsRow *row);

/* Hours of each month by category, for a stacked chart: rows (month, category) with
 * minutes > 0, by month then category order. */
GPtrArray *vd_stats_hours_by_month_category (VdDatabase *db,
                                             int         year,
                                             GError    **error);
/* minutes[12] and records[12] of each month (either may be NULL). */
gboolean   vd_stats_hours_by_month          (VdDatabase *db,
                                             int         year,
                                             gint64      minutes[12],
                                             gint64      records[12],
                                             GError    **error);
/* Minutes and person-times per category / team / station, largest first; rows with
 * no hours are left out. Stations carry their type in kind. */
GPtrArray *vd_stats_hours_by_category       (VdDatabase *db,
                                             int         year,
                                             GError    **error);
GPtrArray *vd_stats_hours_by_team           (VdDatabase *db,
                                             int         year,
                                             GError    **error);
GPtrArray *vd_stats_hours_by_station        (VdDatabase *db,
                                             int         year,
                                             GError    **error);
/* One row per station type (id 0, kind = type code, name = its label), plus a row
 * with kind NULL for hours not at a station. */
GPtrArray *vd_stats_hours_by_station_type   (VdDatabase *db,
                                             int         year,
                                             GError    **error);
/* Distinct volunteers with approved hours in each month (all, and party members). */
gboolean   vd_stats_active_by_month         (VdDatabase *db,
                                             int         year,
                                             gint64      all[12],
                                             gint64      party[12],
                                             GError    **error);
/* Events of the year (not cancelled, by start) and people served, per category. */
GPtrArray *vd_stats_events_by_category      (VdDatabase *db,
                                             int         year,
                                             GError    **error);

typedef struct
{
  gint64 person_times;          /* approved records of party members */
  gint64 events;                /* events with at least one of them */
  gint64 minutes;               /* their approved minutes */
  gint64 registered;            /* party members in the register (active) */
  gint64 served;                /* of them, with approved hours this year */
  gint64 reached_target;        /* with at least target_hours this year */
  double hours_per_member;      /* minutes / 60 / registered (0 when none) */
  int    target_hours;          /* settings: 25 */
  gint64 in_communities;        /* served at a community station this year */
  double community_share;       /* % of served, 0 when none served */
  double target_community;      /* settings: 70 */
  gint64 party_member_total;    /* settings: party members in the district */
  double registered_share;      /* % registered of party_member_total, 0 when unknown */
  double target_registered;     /* settings: 60 */
} VdStatsParty;

gboolean   vd_stats_party                   (VdDatabase   *db,
                                             int           year,
                                             VdStatsParty *out,
                                             GError      **error);

/* Whose hours vd_stats_monthly_minutes() and vd_stats_latest_year() count. */
typedef enum
{
  VD_STATS_DISTRICT,
  VD_STATS_VOLUNTEER,
  VD_STATS_TEAM,      /* the events the team organized */
  VD_STATS_STATION,   /* the events held at the station */
} VdStatsOwner;

/* Approved minutes of each month of year, of the district or of one volunteer, team
 * or station (id). */
gboolean   vd_stats_monthly_minutes         (VdDatabase   *db,
                                             VdStatsOwner  owner,
                                             gint64        id,
                                             int           year,
                                             gint64        minutes[12],
                                             GError      **error);
/* The latest year, not after the current one, with approved hours of owner id — for
 * the district, with events (not cancelled) starting in it; 0 when there is none. */
gboolean   vd_stats_latest_year             (VdDatabase   *db,
                                             VdStatsOwner  owner,
                                             gint64        id,
                                             int          *year,
                                             GError      **error);

/* The year's totals for the dashboard's figures. */
typedef struct
{
  gint64 volunteers;   /* distinct volunteers with approved hours */
  gint64 minutes;      /* approved minutes */
  gint64 records;      /* approved person-times */
  gint64 events;       /* events starting in the year, not cancelled */
  gint64 people;       /* people served at them */
} VdStatsYear;

gboolean   vd_stats_year                    (VdDatabase   *db,
                                             int           year,
                                             VdStatsYear  *out,
                                             GError      **error);

/* Recomputes every summary (and each event's counters, and the volunteers' approved
 * totals) from the service records, in one transaction. For bulk loaders that wrote
 * records with the triggers dropped; the triggers keep them exact otherwise. */
gboolean   vd_stats_rebuild_summaries       (VdDatabase *db,
                                             GError    **error);

/* The same without an audit entry, for the migration that creates the summaries. */
gboolean   vd_stats_migration_hook          (VdDatabase *db,
                                             GError    **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VdStatsRow, vd_stats_row_free)

G_END_DECLS
