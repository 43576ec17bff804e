/* vd-sample-private.h — what the parts of the sample generator share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * vd-sample.c writes the places, teams and volunteers; vd-sample-org.c the teams'
 * members, the stations' projects, checklists and equipment, commendations,
 * trainings, micro-wishes and the points exchange; vd-sample-activity.c plans and
 * writes the events of two years; vd-sample-records.c their service records and the
 * points those earn; vd-sample-db.c holds the SQL helpers, the bulk mode and the
 * summary.
 */

#pragma once

#include "vd-sample.h"

G_BEGIN_DECLS

#define VD_SAMPLE_MAX_STATIONS 32
#define VD_SAMPLE_MAX_TEAMS    32

typedef struct
{
  guint8  type;         /* 0 community, 1 window, 2 public */
  guint8  community;    /* community id, 0 for none */
  gint32  established;  /* Julian day */
  char   *name;
  char   *short_name;   /* the name without "志愿服务站" */
} SampleStation;

typedef struct
{
  guint8  station;
  guint8  theme;        /* index of the team's category */
  gint32  founded;      /* Julian day */
} SampleTeam;

typedef struct
{
  GRand         *rand;
  VdDatabase    *database;      /* for the core's own calls; db is its handle */
  sqlite3       *db;
  GCancellable  *cancellable;
  VdSampleScale  scale;
  int            year;
  gint32         today;         /* Julian day: nothing is dated after it */
  guint          n;             /* volunteers, ids 1..n */
  int            cap_minutes;
  int            rounding;
  int            points_rate;   /* hundredths of a point per hour */

  /* Per volunteer, indexed by id - 1. */
  guint8        *party;         /* 1: party member or probationary */
  guint8        *station;
  guint8        *community;
  gint32        *registered;    /* Julian day */
  gint64        *balance;       /* points, hundredths */
  gint32        *approved;      /* approved minutes written while the trigger is away */
  guint32       *mark;          /* scratch: a stamp per volunteer */
  guint32        stamp;

  /* Volunteers grouped: party members by community, everyone by station. */
  guint32       *party_by_community;      /* ids */
  guint          party_community_start[VD_SAMPLE_MAX_STATIONS + 1];
  guint32       *by_station;
  guint          station_start[VD_SAMPLE_MAX_STATIONS + 1];
  guint          n_party;

  SampleStation  stations[VD_SAMPLE_MAX_STATIONS];  /* index = id; 0 unused */
  guint          n_stations;
  SampleTeam     teams[VD_SAMPLE_MAX_TEAMS];         /* index = id; 0 unused */
  guint          n_teams;
  guint          n_communities;

  char          *reviewers[3];   /* office staff who approve records */
  gint64         next_record;
  gint64         next_event;
  GPtrArray     *bulk;          /* SQL of what vd_sample_bulk_begin dropped */
} SampleGen;

#define DAY_WORDS 6   /* 384 bits: the days of a year a volunteer has served */

/* One year of activity as planned (vd-sample-activity.c), filled with records
 * (vd-sample-records.c). */
typedef struct
{
  gint64  id;
  guint8  kind;
  guint8  station;
  guint8  team;
  guint8  party;
  guint8  cancelled;
  guint8  future;      /* starts after today: planned, no records */
  gint32  first;       /* Julian days */
  gint32  last;
  int     start;       /* minute of day on the first day */
  int     end;         /* minute of day on the last day */
  int     served;
  double  weight;
} PlannedEvent;

typedef struct
{
  guint   events;           /* held, party events included */
  guint   cancelled;
  guint   party_events;
  guint   party_participations;
  guint   people_served;
  guint   trainings;
  guint   attendances;
  guint   wishes;
  double  party_tickets;    /* events a party member serves in a year, on average */
  double  other_tickets;
  double  unplanned;        /* share of back-filled records without an event */
} YearPlan;

typedef struct
{
  SampleGen     *gen;
  int            year;
  gboolean       current;
  gint32         jan1;
  gint32         dec31;
  const YearPlan *plan;
  PlannedEvent  *events;
  guint          n_events;
  guint64       *days;             /* 6 words of day bits per volunteer */
  guint         *by_station;       /* regular held events grouped by station */
  double        *cumulative;
  guint          station_start[VD_SAMPLE_MAX_STATIONS + 1];
  sqlite3_stmt  *record;
  sqlite3_stmt  *earn;
  gint64        *category_ids;
} SampleYear;

/* The day, or today when it lies after today. */
static inline gint32
vd_sample_until_today (SampleGen *gen,
                       gint32     day)
{
  return MIN (day, gen->today);
}

static inline int
vd_sample_round_down (SampleGen *gen,
                      int        minutes)
{
  return minutes / gen->rounding * gen->rounding;
}

/* Helpers (vd-sample.c). */
gboolean   vd_sample_exec          (SampleGen      *gen,
                                    const char     *sql,
                                    GError        **error);
gboolean   vd_sample_step          (SampleGen      *gen,
                                    sqlite3_stmt   *stmt,
                                    GError        **error);
sqlite3_stmt *vd_sample_prepare    (SampleGen      *gen,
                                    const char     *sql,
                                    GError        **error);
gboolean   vd_sample_cancelled     (SampleGen      *gen,
                                    guint           i,
                                    GError        **error);
char      *vd_sample_make_name     (GRand          *rand);
/* 'YYYY-MM-DD' of a Julian day into out (11 bytes). */
void       vd_sample_format_day    (gint32          jd,
                                    char           *out);
/* 'YYYY-MM-DD HH:MM:SS' into out (20 bytes). */
void       vd_sample_format_time   (gint32          jd,
                                    int             minute_of_day,
                                    char           *out);
gint32     vd_sample_julian        (int             year,
                                    int             month,
                                    int             day);
gint32     vd_sample_parse_day     (const char     *iso);
/* Drops the records' secondary indexes and totals trigger for a bulk write (when
 * safe), and puts them back with the totals. */
gboolean   vd_sample_bulk_begin    (SampleGen      *gen,
                                    GError        **error);
gboolean   vd_sample_bulk_end      (SampleGen      *gen,
                                    GError        **error);
void       vd_sample_split         (GRand          *rand,
                                    guint           total,
                                    guint           n,
                                    guint          *sizes);
/* A random volunteer id registered on or before day, or 0 after a few misses. */
guint32    vd_sample_pick_volunteer (SampleGen     *gen,
                                     gint32         day);

/* vd-sample-org.c */
gboolean   vd_sample_team_members  (SampleGen      *gen,
                                    GError        **error);
gboolean   vd_sample_station_details (SampleGen    *gen,
                                      GError      **error);
gboolean   vd_sample_commendations (SampleGen      *gen,
                                    GError        **error);
gboolean   vd_sample_trainings     (SampleGen      *gen,
                                    int             year,
                                    guint           sessions,
                                    guint           attendances,
                                    GError        **error);
gboolean   vd_sample_wishes        (SampleGen      *gen,
                                    int             year,
                                    guint           fulfilled,
                                    gboolean        current,
                                    GError        **error);
gboolean   vd_sample_exchanges     (SampleGen      *gen,
                                    guint           n_exchanges,
                                    GError        **error);

/* vd-sample-records.c: party events' participants, everyone else's, back-filled
 * duty with no event; with the points each approved record earns. */
gboolean   vd_sample_year_records  (SampleYear     *y,
                                    GError        **error);

/* vd-sample-activity.c */
gboolean   vd_sample_event_categories (SampleGen   *gen,
                                       GError     **error);
gboolean   vd_sample_activity      (SampleGen      *gen,
                                    GError        **error);

G_END_DECLS
