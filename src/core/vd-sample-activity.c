/* vd-sample-activity.c — two years of events, service records and points earned
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each year is planned in memory first: its events (by category, month and station),
 * the people each serves (scaled to the year's exact total), then its participants.
 * Party events take party members of the station's community; every other record
 * comes from a volunteer's "tickets" (how often they serve in the year), placed on
 * events of their own station or, now and then, of another. A volunteer serves at
 * most one event a day (a bitmap of days), never before registering, so the daily
 * cap holds by construction; minutes are in rounding units and within the event.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "vd-sample-private.h"

/* The event categories the sample uses: the first nine are seeded by migration 1, the
 * others are added the way it adds them (translated, in the office's language). */
typedef struct
{
  const char *name;
  const char *titles[3];   /* "%s" is the station's place */
  int         share;       /* events per hundred */
  int         size;        /* relative number of participants */
  int         served_min;
  int         served_max;
  int         minutes_min;
  int         minutes_max;
  int         multi_day;   /* percent of campaigns over several days */
  int         team_theme;  /* the team category that usually runs it */
  gboolean    spring;      /* only in March and April */
} EventKind;

static const EventKind kinds[] = {
  { N_("Tree planting"), { "%s义务植树活动", "%s“添绿护绿”义务植树", NULL },
    4, 30, 10, 40, 180, 240, 0, 1, TRUE },
  { N_("Blood donation"), { "%s无偿献血志愿服务", "%s“热血传递爱心”献血活动", NULL },
    3, 20, 20, 60, 240, 420, 0, 5, FALSE },
  { N_("Clean homeland"), { "%s“清洁家园”志愿服务", "%s环境卫生集中整治", "%s背街小巷清洁行动" },
    15, 25, 20, 80, 120, 240, 0, 1, FALSE },
  { N_("Traffic guidance"), { "%s文明交通志愿引导", "%s路口文明劝导", "%s节假日交通疏导" },
    14, 15, 40, 150, 120, 240, 25, 2, FALSE },
  { N_("Care for the elderly and disabled"), { "%s助老助残志愿服务", "%s慰问孤寡老人", "%s低保户走访帮扶" },
    15, 10, 10, 40, 120, 240, 0, 3, FALSE },
  { N_("Legal consultation"), { "%s法律法规咨询", "%s普法宣传", NULL },
    8, 6, 20, 60, 120, 180, 0, 4, FALSE },
  { N_("Health consultation"), { "%s健康义诊", "%s妇幼保健咨询", "%s医疗卫生知识讲座" },
    10, 8, 30, 90, 120, 240, 0, 5, FALSE },
  { N_("Civility promotion"), { "%s文明实践宣传", "%s垃圾分类宣传", "%s不文明行为劝导" },
    14, 12, 30, 120, 120, 240, 10, 6, FALSE },
  { N_("Policy promotion"), { "%s惠民政策宣传", "%s政策宣讲进社区", NULL },
    9, 8, 30, 100, 120, 180, 0, 6, FALSE },
  { N_("Home repairs"), { "%s上门维修服务", "%s为行动不便居民上门服务", NULL },
    8, 5, 5, 25, 120, 300, 0, 0, FALSE },
};

/* Party events: kinds they take and their titles. */
static const guint party_kinds[] = { 2, 4, 7, 9 };
static const char * const party_titles[] = {
  "%s“做志愿表率，为党旗增辉”党员志愿服务", "%s党员进社区志愿服务", "%s社区党建+志愿服务",
  "%s党员认领微心愿活动",
};

static const char * const reject_reasons[] = {
  "签到记录中没有此人", "时长与活动记录不符", "同一时段重复登记",
};

/* Events a month, in per mille: March is 学雷锋 month, February has the Spring
 * Festival. */
static const int month_weights[12] = { 60, 50, 140, 90, 90, 80, 70, 70, 80, 90, 90, 90 };

typedef struct
{
  gint64  id;
  guint8  kind;
  guint8  station;
  guint8  team;
  guint8  party;
  guint8  cancelled;
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
} Year;

#define DAY_WORDS 6

static gboolean
day_taken (Year    *y,
           guint32  v,
           gint32   day)
{
  guint bit = (guint)(day - y->jan1);

  return (y->days[(gsize)(v - 1) * DAY_WORDS + bit / 64] >> (bit % 64)) & 1;
}

static void
take_day (Year    *y,
          guint32  v,
          gint32   day)
{
  guint bit = (guint)(day - y->jan1);

  y->days[(gsize)(v - 1) * DAY_WORDS + bit / 64] |= G_GUINT64_CONSTANT (1) << (bit % 64);
}

static int
round_down (SampleGen *gen,
            int        minutes)
{
  return minutes / gen->rounding * gen->rounding;
}

static void
scale_plan (YearPlan *p,
            double    f)
{
  p->events = MAX (10, (guint)lround (p->events * f));
  p->cancelled = (guint)lround (p->cancelled * f);
  p->party_events = MAX (2, (guint)lround (p->party_events * f));
  p->party_participations = MAX (p->party_events * 5, (guint)lround (p->party_participations * f));
  p->people_served = MAX (p->events, (guint)lround (p->people_served * f));
  p->trainings = MAX (1, (guint)lround (p->trainings * f));
  p->attendances = MAX (p->trainings * 5, (guint)lround (p->attendances * f));
  p->wishes = MAX (1, (guint)lround (p->wishes * f));
}

/* The reference district's year, and the one before it, lighter. A city has about
 * 100,000 events and 10,000,000 records over the two years. */
static void
plan_year (SampleGen *gen,
           gboolean   current,
           YearPlan  *p)
{
  static const YearPlan district[2] = {
    { 430, 5, 72, 1420, 16900, 12, 510, 22, 8.5, 0.8, 0.004 },
    { 520, 6, 90, 1800, 20600, 15, 650, 30, 11.0, 1.0, 0.004 },
  };
  static const YearPlan city[2] = {
    { 42000, 300, 1500, 30000, 1700000, 250, 10500, 470, 8.5, 3.3, 0.004 },
    { 58000, 400, 1900, 38000, 2400000, 320, 13800, 640, 11.0, 5.1, 0.004 },
  };

  if (gen->scale == VD_SAMPLE_CITY)
    {
      *p = city[current];
      if (gen->n != 1000000)
        scale_plan (p, gen->n / 1e6);
    }
  else
    {
      *p = district[current];
      if (gen->n != 47000)
        scale_plan (p, gen->n / 47000.0);
    }
}

gboolean
vd_sample_event_categories (SampleGen  *gen,
                            GError    **error)
{
  sqlite3_stmt *stmt;
  gboolean ok = TRUE;

  stmt = vd_sample_prepare (gen, "INSERT OR IGNORE INTO categories (domain, name, sort_order) "
                                 "VALUES ('event', ?1, (SELECT coalesce (max (sort_order), 0) + 1 "
                                 "FROM categories))", error);
  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; ok && i < G_N_ELEMENTS (kinds); i++)
    {
      sqlite3_bind_text (stmt, 1, g_dgettext (GETTEXT_PACKAGE, kinds[i].name), -1, SQLITE_STATIC);
      ok = vd_sample_step (gen, stmt, error);
    }
  sqlite3_finalize (stmt);
  return ok;
}

static gboolean
load_category_ids (Year    *y,
                   GError **error)
{
  sqlite3_stmt *stmt = vd_sample_prepare (y->gen, "SELECT id FROM categories WHERE domain = 'event' "
                                                  "AND name = ?1", error);

  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      sqlite3_bind_text (stmt, 1, g_dgettext (GETTEXT_PACKAGE, kinds[i].name), -1, SQLITE_STATIC);
      y->category_ids[i] = sqlite3_step (stmt) == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
      sqlite3_reset (stmt);
    }
  sqlite3_finalize (stmt);
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (y->category_ids[i] == 0)
      return vd_database_set_error (error, y->gen->db, SQLITE_NOTFOUND, kinds[i].name);
  return TRUE;
}

static guint
pick_weighted (GRand     *rand,
               const int *weights,
               guint      n)
{
  int total = 0;
  int r;

  for (guint i = 0; i < n; i++)
    total += weights[i];
  r = g_rand_int_range (rand, 0, total);
  for (guint i = 0; i < n; i++)
    {
      r -= weights[i];
      if (r < 0)
        return i;
    }
  return n - 1;
}

static guint
pick_kind (GRand *rand)
{
  int weights[G_N_ELEMENTS (kinds)];

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    weights[i] = kinds[i].share;
  return pick_weighted (rand, weights, G_N_ELEMENTS (kinds));
}

/* A station open on that day: community stations hold most events. */
static guint
pick_station (SampleGen *gen,
              gint32     day,
              gboolean   community_only)
{
  for (int tries = 0; tries < 64; tries++)
    {
      int r = g_rand_int_range (gen->rand, 0, 100);
      guint s = (guint)g_rand_int_range (gen->rand, 1, (gint32)gen->n_stations + 1);
      guint8 type = gen->stations[s].type;

      if (gen->stations[s].name == NULL || gen->stations[s].established > day)
        continue;
      if (community_only ? type != 0 : (type == 0 ? r >= 70 : type == 1 ? r >= 60 : r >= 40))
        continue;
      return s;
    }
  /* unlikely: the first station that was open */
  for (guint s = 1; s <= gen->n_stations; s++)
    if (gen->stations[s].name != NULL && gen->stations[s].established <= day &&
        (!community_only || gen->stations[s].type == 0))
      return s;
  return 1;
}

static guint8
pick_team (SampleGen *gen,
           guint      station,
           int        theme,
           gint32     day)
{
  guint candidates[VD_SAMPLE_MAX_TEAMS];
  guint n = 0;

  for (guint t = 1; t <= gen->n_teams; t++)
    if (gen->teams[t].founded <= day && gen->teams[t].station == station)
      candidates[n++] = t;
  if (n == 0 || g_rand_int_range (gen->rand, 0, 2) == 0)
    {
      n = 0;
      for (guint t = 1; t <= gen->n_teams; t++)
        if (gen->teams[t].founded <= day && gen->teams[t].theme == theme)
          candidates[n++] = t;
    }
  return n > 0 ? (guint8)candidates[g_rand_int_range (gen->rand, 0, (gint32)n)] : 0;
}

static void
plan_event (Year         *y,
            PlannedEvent *e,
            gboolean      party)
{
  SampleGen *gen = y->gen;
  const EventKind *k;
  GDate date;
  int month;
  int minutes;

  e->party = party;
  e->kind = party ? party_kinds[g_rand_int_range (gen->rand, 0, G_N_ELEMENTS (party_kinds))]
                  : pick_kind (gen->rand);
  k = &kinds[e->kind];
  month = k->spring ? 3 + g_rand_int_range (gen->rand, 0, 2)
                    : 1 + (int)pick_weighted (gen->rand, month_weights, 12);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, month, y->year);
  e->first = (gint32)g_date_get_julian (&date) +
             g_rand_int_range (gen->rand, 0, g_date_get_days_in_month (month, y->year));
  e->station = (guint8)pick_station (gen, e->first, party);
  /* a station opened this year holds events only once it exists */
  if (gen->stations[e->station].established > e->first)
    e->first = MIN (gen->stations[e->station].established + 7, y->dec31);

  if (!party && g_rand_int_range (gen->rand, 0, 100) < k->multi_day)
    {
      /* a campaign: every day from 8:00 to 18:00 for one to three weeks */
      e->last = MIN (e->first + g_rand_int_range (gen->rand, 6, 21), y->dec31);
      e->start = 8 * 60;
      e->end = 18 * 60;
      e->weight = k->size * 3.0;
    }
  else
    {
      minutes = round_down (gen, g_rand_int_range (gen->rand, k->minutes_min, k->minutes_max + 1));
      minutes = MAX (minutes, 60);
      e->last = e->first;
      e->start = 8 * 60 + round_down (gen, g_rand_int_range (gen->rand, 0, 7 * 60));
      e->end = MIN (e->start + minutes, 20 * 60);
      e->weight = k->size;
    }
  e->weight *= 0.5 + g_rand_double (gen->rand);
  e->served = g_rand_int_range (gen->rand, k->served_min, k->served_max + 1);
  e->team = g_rand_int_range (gen->rand, 0, 100) < 45 || party
              ? pick_team (gen, e->station, party ? 0 : k->team_theme, e->first) : 0;
}

/* Scales the people served so that the year's held events add up to the plan. */
static void
fix_people_served (Year *y)
{
  SampleGen *gen = y->gen;
  gint64 sum = 0;
  gint64 total = 0;

  for (guint i = 0; i < y->n_events; i++)
    sum += y->events[i].cancelled ? 0 : y->events[i].served;
  for (guint i = 0; i < y->n_events; i++)
    {
      PlannedEvent *e = &y->events[i];

      e->served = e->cancelled ? 0 : (int)((gint64)e->served * y->plan->people_served / MAX (sum, 1));
      total += e->served;
    }
  while (total < y->plan->people_served)
    {
      PlannedEvent *e = &y->events[g_rand_int_range (gen->rand, 0, (gint32)y->n_events)];

      if (!e->cancelled)
        {
          e->served++;
          total++;
        }
    }
}

static int
compare_events (gconstpointer a,
                gconstpointer b)
{
  const PlannedEvent *x = a;
  const PlannedEvent *y = b;

  if (x->first != y->first)
    return x->first < y->first ? -1 : 1;
  return x->start < y->start ? -1 : x->start > y->start;
}

/* The pattern with its "%s" replaced by the place (the patterns are data, not formats). */
static char *
fill_place (const char *pattern,
            const char *place)
{
  const char *at = strstr (pattern, "%s");

  if (at == NULL)
    return g_strdup (pattern);
  return g_strdup_printf ("%.*s%s%s", (int)(at - pattern), pattern, place, at + 2);
}

static gboolean
insert_events (Year    *y,
               GError **error)
{
  SampleGen *gen = y->gen;
  sqlite3_stmt *stmt;
  gboolean ok = TRUE;

  stmt = vd_sample_prepare (gen, "INSERT INTO events (id, title, category_id, starts_at, ends_at, "
                                 "station_id, place, team_id, people_served, party_event, status) "
                                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)", error);
  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; ok && i < y->n_events; i++)
    {
      PlannedEvent *e = &y->events[i];
      const EventKind *k = &kinds[e->kind];
      const SampleStation *st = &gen->stations[e->station];
      const char *pattern;
      g_autofree char *title = NULL;
      char starts[20];
      char ends[20];
      guint n_titles = k->titles[2] != NULL ? 3 : k->titles[1] != NULL ? 2 : 1;

      if (vd_sample_cancelled (gen, i, error))
        {
          ok = FALSE;
          break;
        }
      pattern = e->party ? party_titles[g_rand_int_range (gen->rand, 0, G_N_ELEMENTS (party_titles))]
                         : k->titles[g_rand_int_range (gen->rand, 0, (gint32)n_titles)];
      title = fill_place (pattern, st->short_name);
      vd_sample_format_time (e->first, e->start, starts);
      vd_sample_format_time (e->last, e->end, ends);
      e->id = ++gen->next_event;

      sqlite3_bind_int64 (stmt, 1, e->id);
      sqlite3_bind_text (stmt, 2, title, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 3, y->category_ids[e->kind]);
      sqlite3_bind_text (stmt, 4, starts, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 5, ends, -1, SQLITE_STATIC);
      sqlite3_bind_int (stmt, 6, e->station);
      sqlite3_bind_text (stmt, 7, st->name, -1, SQLITE_STATIC);
      if (e->team != 0)
        sqlite3_bind_int (stmt, 8, e->team);
      else
        sqlite3_bind_null (stmt, 8);
      sqlite3_bind_int (stmt, 9, e->served);
      sqlite3_bind_int (stmt, 10, e->party);
      sqlite3_bind_text (stmt, 11, e->cancelled ? "cancelled" : "held", -1, SQLITE_STATIC);
      ok = vd_sample_step (gen, stmt, error);
    }
  sqlite3_finalize (stmt);
  return ok;
}

/* One service record and, when approved, the points it earns. */
static gboolean
write_record (Year               *y,
              guint32             v,
              const PlannedEvent *e,
              gint32              day,
              int                 minutes,
              gboolean            backfilled,
              GError            **error)
{
  SampleGen *gen = y->gen;
  int r = g_rand_int_range (gen->rand, 0, 1000);
  gint32 done = e != NULL ? e->last : day;
  const char *status;
  const char *reviewer = gen->reviewers[g_rand_int_range (gen->rand, 0, G_N_ELEMENTS (gen->reviewers))];
  char service_date[11];
  char created[20];
  char reviewed[20];
  gint64 id = ++gen->next_record;
  gint32 created_day;

  /* Party events are reviewed on the spot; the last weeks of the current year are
   * still waiting; a back-filled record is checked more strictly. */
  if (e != NULL && e->party)
    status = "approved";
  else if (backfilled)
    status = r < 800 ? "approved" : r < 920 ? "pending" : "rejected";
  else if (y->current && done > y->dec31 - 21)
    status = r < 300 ? "approved" : "pending";
  else
    status = r < 988 ? "approved" : r < 996 ? "pending" : "rejected";

  created_day = done + (backfilled ? g_rand_int_range (gen->rand, 10, 60) : g_rand_int_range (gen->rand, 0, 3));
  vd_sample_format_day (day, service_date);
  vd_sample_format_time (created_day, 18 * 60 + g_rand_int_range (gen->rand, 0, 180), created);
  vd_sample_format_time (created_day + g_rand_int_range (gen->rand, 1, 8), 9 * 60 + g_rand_int_range (gen->rand, 0, 480),
                         reviewed);

  sqlite3_bind_int64 (y->record, 1, id);
  sqlite3_bind_int (y->record, 2, (int)v);
  if (e != NULL)
    sqlite3_bind_int64 (y->record, 3, e->id);
  else
    sqlite3_bind_null (y->record, 3);
  sqlite3_bind_text (y->record, 4, service_date, -1, SQLITE_STATIC);
  sqlite3_bind_int (y->record, 5, minutes);
  sqlite3_bind_int (y->record, 6, backfilled);
  sqlite3_bind_text (y->record, 7, status, -1, SQLITE_STATIC);
  if (status[0] == 'p')
    {
      sqlite3_bind_null (y->record, 8);
      sqlite3_bind_null (y->record, 9);
    }
  else
    {
      sqlite3_bind_text (y->record, 8, reviewer, -1, SQLITE_STATIC);
      sqlite3_bind_text (y->record, 9, reviewed, -1, SQLITE_STATIC);
    }
  if (status[0] == 'r')
    sqlite3_bind_text (y->record, 10, reject_reasons[g_rand_int_range (gen->rand, 0, G_N_ELEMENTS (reject_reasons))],
                       -1, SQLITE_STATIC);
  else
    sqlite3_bind_null (y->record, 10);
  sqlite3_bind_text (y->record, 11, !backfilled ? "" : e != NULL ? "活动结束后补录" : "站点日常值守（补录）",
                     -1, SQLITE_STATIC);
  sqlite3_bind_text (y->record, 12, created, -1, SQLITE_STATIC);
  if (!vd_sample_step (gen, y->record, error))
    return FALSE;

  if (status[0] == 'a')
    gen->approved[v - 1] += minutes;
  if (status[0] == 'a' && gen->points_rate > 0)
    {
      gint64 amount = (gint64)minutes * gen->points_rate / 60;

      if (amount <= 0)
        return TRUE;
      gen->balance[v - 1] += amount;
      sqlite3_bind_int (y->earn, 1, (int)v);
      sqlite3_bind_int64 (y->earn, 2, amount);
      sqlite3_bind_int64 (y->earn, 4, id);
      sqlite3_bind_text (y->earn, 5, reviewed, -1, SQLITE_STATIC);
      sqlite3_bind_text (y->earn, 6, reviewer, -1, SQLITE_STATIC);
      return vd_sample_step (gen, y->earn, error);
    }
  return TRUE;
}

/* Minutes a participant serves: most stay the whole event, some leave early. */
static int
participant_minutes (Year               *y,
                     const PlannedEvent *e)
{
  SampleGen *gen = y->gen;
  int length = e->first == e->last ? e->end - e->start : 0;
  int minutes;

  if (length == 0)
    /* a day of a campaign: a shift of two to eight hours */
    minutes = g_rand_int_range (gen->rand, 120, 481);
  else if (g_rand_int_range (gen->rand, 0, 100) < 65)
    minutes = length;
  else
    minutes = g_rand_int_range (gen->rand, 60, length + 1);
  minutes = MIN (round_down (gen, minutes), gen->cap_minutes);
  return MAX (minutes, gen->rounding);
}

static gboolean
party_participants (Year    *y,
                    GError **error)
{
  SampleGen *gen = y->gen;
  guint n_party = 0;
  guint *sizes;
  guint left = y->plan->party_participations;
  gboolean ok = TRUE;

  for (guint i = 0; i < y->n_events; i++)
    n_party += y->events[i].party && !y->events[i].cancelled;
  if (n_party == 0 || gen->n_party == 0)
    return TRUE;
  sizes = g_new0 (guint, y->n_events);
  /* sizes around the mean that add up to the plan */
  for (guint i = 0, k = 0; i < y->n_events; i++)
    if (y->events[i].party && !y->events[i].cancelled)
      {
        guint mean = y->plan->party_participations / n_party;

        k++;
        sizes[i] = k == n_party ? left
                 : MIN (left - (n_party - k), (guint)g_rand_int_range (gen->rand, (gint32)(mean * 6 / 10),
                                                                         (gint32)(mean * 14 / 10) + 1));
        left -= sizes[i];
      }

  for (guint i = 0; ok && i < y->n_events; i++)
    {
      PlannedEvent *e = &y->events[i];
      guint c = gen->stations[e->station].community;
      guint from = gen->party_community_start[c];
      guint count = gen->party_community_start[c + 1] - from;

      for (guint placed = 0, tries = 0; ok && placed < sizes[i] && tries < sizes[i] * 200; tries++)
        {
          guint32 v;

          /* the community's own party members first, then any */
          if (count > 0 && tries < sizes[i] * 20)
            v = gen->party_by_community[from + g_rand_int_range (gen->rand, 0, (gint32)count)];
          else
            v = gen->party_by_community[g_rand_int_range (gen->rand, 0, (gint32)gen->n_party)];
          if (gen->registered[v - 1] > e->first || day_taken (y, v, e->first))
            continue;
          take_day (y, v, e->first);
          ok = write_record (y, v, e, e->first, participant_minutes (y, e), FALSE, error);
          placed++;
        }
    }
  g_free (sizes);
  return ok;
}

/* Regular held events grouped by station with cumulative weights, for picking. */
static void
index_events (Year *y)
{
  guint fill[VD_SAMPLE_MAX_STATIONS + 1] = { 0, };

  memset (y->station_start, 0, sizeof y->station_start);
  for (guint i = 0; i < y->n_events; i++)
    if (!y->events[i].party && !y->events[i].cancelled)
      y->station_start[y->events[i].station + 1]++;
  for (guint s = 1; s <= VD_SAMPLE_MAX_STATIONS; s++)
    y->station_start[s] += y->station_start[s - 1];
  y->by_station = g_new (guint, MAX (y->station_start[VD_SAMPLE_MAX_STATIONS], 1));
  y->cumulative = g_new (double, MAX (y->station_start[VD_SAMPLE_MAX_STATIONS], 1));
  for (guint i = 0; i < y->n_events; i++)
    if (!y->events[i].party && !y->events[i].cancelled)
      {
        guint s = y->events[i].station;
        guint at = y->station_start[s] + fill[s]++;

        y->by_station[at] = i;
        y->cumulative[at] = (at > y->station_start[s] ? y->cumulative[at - 1] : 0) + y->events[i].weight;
      }
}

static PlannedEvent *
pick_event (Year  *y,
            guint  station)
{
  guint from = y->station_start[station];
  guint to = y->station_start[station + 1];
  double r;

  if (from == to)
    return NULL;
  r = g_rand_double (y->gen->rand) * y->cumulative[to - 1];
  while (from < to - 1)
    {
      guint mid = (from + to - 1) / 2;

      if (y->cumulative[mid] <= r)
        from = mid + 1;
      else
        to = mid + 1;
    }
  return &y->events[y->by_station[from]];
}

/* How many events a volunteer serves in the year: party members often, most others
 * now and then, many not at all. */
static guint
tickets_for (Year    *y,
             guint32  v)
{
  SampleGen *gen = y->gen;
  double mean = gen->party[v - 1] ? y->plan->party_tickets : y->plan->other_tickets;
  double active = gen->party[v - 1] ? 0.96 : 0.55;
  double p;
  guint k = 1;

  if (g_rand_double (gen->rand) >= active)
    return 0;
  if (gen->party[v - 1])
    return (guint)(mean / active * (0.75 + 0.5 * g_rand_double (gen->rand)) + 0.5);
  p = MIN (1.0, active / mean);
  while (k < 60 && g_rand_double (gen->rand) >= p)
    k++;
  return k;
}

static gboolean
regular_participants (Year    *y,
                      GError **error)
{
  SampleGen *gen = y->gen;
  gboolean ok = TRUE;
  const PlannedEvent *mine[64];

  for (guint32 v = 1; ok && v <= gen->n; v++)
    {
      guint k = MIN (tickets_for (y, v), G_N_ELEMENTS (mine));
      guint n_mine = 0;

      if (vd_sample_cancelled (gen, v, error))
        return FALSE;
      for (guint t = 0; ok && t < k; t++)
        for (int tries = 0; tries < 6; tries++)
          {
            guint station = g_rand_int_range (gen->rand, 0, 100) < 85
                              ? gen->station[v - 1]
                              : (guint)g_rand_int_range (gen->rand, 1, (gint32)gen->n_stations + 1);
            const PlannedEvent *e = pick_event (y, station);
            gint32 day;
            gboolean again = FALSE;

            if (e == NULL || e->last < gen->registered[v - 1])
              continue;
            for (guint j = 0; j < n_mine; j++)
              again |= mine[j] == e;
            if (again)
              continue;
            day = e->first + (e->last > e->first ? g_rand_int_range (gen->rand, 0, e->last - e->first + 1) : 0);
            if (day < gen->registered[v - 1] || day_taken (y, v, day))
              continue;
            take_day (y, v, day);
            mine[n_mine++] = e;
            ok = write_record (y, v, e, day, participant_minutes (y, e),
                               g_rand_int_range (gen->rand, 0, 1000) < 25, error);
            break;
          }
    }
  return ok;
}

/* Back-filled duty at a station, with no event behind it. */
static gboolean
unplanned_records (Year    *y,
                   GError **error)
{
  SampleGen *gen = y->gen;
  guint n = (guint)(gen->n * y->plan->unplanned) + 1;
  gboolean ok = TRUE;

  for (guint i = 0; ok && i < n; i++)
    {
      gint32 day = y->jan1 + g_rand_int_range (gen->rand, 0, y->dec31 - y->jan1 - 30);
      guint32 v = vd_sample_pick_volunteer (gen, day);

      if (v == 0 || day_taken (y, v, day))
        continue;
      take_day (y, v, day);
      ok = write_record (y, v, NULL, day, round_down (gen, g_rand_int_range (gen->rand, 60, 241)), TRUE, error);
    }
  return ok;
}

static gboolean
generate_year (SampleGen  *gen,
               gboolean    current,
               GError    **error)
{
  YearPlan plan;
  Year y = { 0, };
  gint64 category_ids[G_N_ELEMENTS (kinds)];
  gboolean ok;

  plan_year (gen, current, &plan);
  y.gen = gen;
  y.year = current ? gen->year : gen->year - 1;
  y.current = current;
  y.plan = &plan;
  y.jan1 = vd_sample_julian (y.year, 1, 1);
  y.dec31 = vd_sample_julian (y.year, 12, 31);
  y.category_ids = category_ids;
  if (!load_category_ids (&y, error))
    return FALSE;

  y.n_events = plan.events + plan.cancelled;
  y.events = g_new0 (PlannedEvent, y.n_events);
  for (guint i = 0; i < y.n_events; i++)
    {
      plan_event (&y, &y.events[i], i < plan.party_events);
      y.events[i].cancelled = i >= plan.events;
    }
  fix_people_served (&y);
  /* ids in the order of time, as an office would have entered them */
  qsort (y.events, y.n_events, sizeof *y.events, compare_events);
  index_events (&y);
  y.days = g_new0 (guint64, (gsize)gen->n * DAY_WORDS);

  y.record = vd_sample_prepare (gen, "INSERT INTO service_records (id, volunteer_id, event_id, service_date, "
                                     "minutes, backfilled, status, reviewed_by, reviewed_at, reject_reason, "
                                     "note, created_at) "
                                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)", error);
  y.earn = y.record == NULL ? NULL
         : vd_sample_prepare (gen, "INSERT INTO points_ledger (volunteer_id, kind, amount_centi, reason, "
                                   "service_record_id, created_at, created_by) "
                                   "VALUES (?1, 'earn', ?2, ?3, ?4, ?5, ?6)", error);
  if (y.earn != NULL)
    sqlite3_bind_text (y.earn, 3, _("Service hours approved"), -1, SQLITE_TRANSIENT);

  ok = y.earn != NULL &&
       insert_events (&y, error) &&
       party_participants (&y, error) &&
       regular_participants (&y, error) &&
       unplanned_records (&y, error);
  g_debug ("sample: %d: events and records written, %" G_GINT64_FORMAT " records so far",
           y.year, gen->next_record);
  ok = ok &&
       vd_sample_trainings (gen, y.year, plan.trainings, plan.attendances, error) &&
       vd_sample_wishes (gen, y.year, plan.wishes, current, error);

  sqlite3_finalize (y.record);
  sqlite3_finalize (y.earn);
  g_free (y.days);
  g_free (y.by_station);
  g_free (y.cumulative);
  g_free (y.events);
  return ok;
}

gboolean
vd_sample_activity (SampleGen  *gen,
                    GError    **error)
{
  return vd_sample_bulk_begin (gen, error) &&
         generate_year (gen, FALSE, error) &&
         generate_year (gen, TRUE, error) &&
         vd_sample_bulk_end (gen, error) &&
         vd_sample_exchanges (gen, gen->scale == VD_SAMPLE_CITY ? 6000 : MAX (gen->n / 200, 10), error);
}
