/* vd-sample-activity.c — two years of events, trainings and micro-wishes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each year is planned in memory first: its events (by category, month and station),
 * the people each serves (scaled to the year's exact total); then its participants
 * (vd-sample-records.c), trainings and micro-wishes (vd-sample-org.c). Whatever is
 * planned after "today" has not happened yet: the figures of a year cut short by today
 * are the part of the plan up to it.
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

/* Events a month, in per mille: March is 学雷锋 month, February has the Spring
 * Festival. */
static const int month_weights[12] = { 60, 50, 140, 90, 90, 80, 70, 70, 80, 90, 90, 90 };

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
 * 100,000 events and 10,000,000 records over the two years. The year before loses
 * about a quarter of its tickets (nine stations did not exist yet, some volunteers
 * had not registered): the city's means make up for it. */
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
    { 42000, 300, 1500, 30000, 1700000, 250, 10500, 470, 11.5, 4.1, 0.004 },
    { 58000, 400, 1900, 38000, 2400000, 320, 13800, 640, 11.0, 5.0, 0.004 },
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
load_category_ids (SampleYear  *y,
                   GError     **error)
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
plan_event (SampleYear   *y,
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
      /* MIN () draws twice and may give a day past the year's end: the days a
       * volunteer has served are bits of that year only */
      e->last = MIN (e->last, y->dec31);
      e->start = 8 * 60;
      e->end = 18 * 60;
      e->weight = k->size * 3.0;
    }
  else
    {
      minutes = vd_sample_round_down (gen, g_rand_int_range (gen->rand, k->minutes_min, k->minutes_max + 1));
      minutes = MAX (minutes, 60);
      e->last = e->first;
      e->start = 8 * 60 + vd_sample_round_down (gen, g_rand_int_range (gen->rand, 0, 7 * 60));
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
fix_people_served (SampleYear *y)
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
insert_events (SampleYear  *y,
               GError     **error)
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
      sqlite3_bind_text (stmt, 11, e->future ? "planned" : e->cancelled ? "cancelled" : "held", -1, SQLITE_STATIC);
      ok = vd_sample_step (gen, stmt, error);
    }
  sqlite3_finalize (stmt);
  return ok;
}

static gboolean
generate_year (SampleGen  *gen,
               gboolean    current,
               GError    **error)
{
  YearPlan plan;
  SampleYear y = { 0, };
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
  /* The whole year is planned; what starts after today is still to come: it has
   * served nobody yet and gets no records. */
  for (guint i = 0; i < y.n_events; i++)
    if (y.events[i].first > gen->today)
      {
        y.events[i].future = TRUE;
        y.events[i].served = 0;
      }
  /* ids in the order of time, as an office would have entered them */
  qsort (y.events, y.n_events, sizeof *y.events, compare_events);
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
       vd_sample_year_records (&y, error);
  g_debug ("sample: %d: events and records written, %" G_GINT64_FORMAT " records so far",
           y.year, gen->next_record);
  ok = ok &&
       vd_sample_trainings (gen, y.year, plan.trainings, plan.attendances, error) &&
       vd_sample_wishes (gen, y.year, plan.wishes, current, error);

  sqlite3_finalize (y.record);
  sqlite3_finalize (y.earn);
  g_free (y.days);
  g_free (y.events);
  return ok;
}

gboolean
vd_sample_activity (SampleGen  *gen,
                    GError    **error)
{
  gint64 start = g_get_monotonic_time ();
  gboolean ok;

  ok = vd_sample_bulk_begin (gen, error) &&
       generate_year (gen, FALSE, error) &&
       generate_year (gen, TRUE, error);
  g_debug ("sample: records of two years in %.1f s", (g_get_monotonic_time () - start) / 1e6);
  ok = ok && vd_sample_bulk_end (gen, error);
  g_debug ("sample: indexes and totals rebuilt in %.1f s", (g_get_monotonic_time () - start) / 1e6);
  return ok &&
         vd_sample_exchanges (gen, gen->scale == VD_SAMPLE_CITY ? 6000 : MAX (gen->n / 200, 10), error);
}
