/* vd-sample-records.c — the sample's service records and the points they earn
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Party events take party members of the station's community; every other record
 * comes from a volunteer's "tickets" (how often they serve in the year), placed on
 * events of their own station or, now and then, of another. A volunteer serves at
 * most one event a day (a bitmap of days), never before registering, so the daily
 * cap holds by construction; minutes are in rounding units and within the event.
 */

#include "config.h"

#include <string.h>

#include "vd-sample-private.h"

static const char * const reject_reasons[] = {
  "签到记录中没有此人", "时长与活动记录不符", "同一时段重复登记",
};

static gboolean
day_taken (SampleYear *y,
           guint32     v,
           gint32      day)
{
  guint bit = (guint)(day - y->jan1);

  return (y->days[(gsize)(v - 1) * DAY_WORDS + bit / 64] >> (bit % 64)) & 1;
}

static void
take_day (SampleYear *y,
          guint32     v,
          gint32      day)
{
  guint bit = (guint)(day - y->jan1);

  y->days[(gsize)(v - 1) * DAY_WORDS + bit / 64] |= G_GUINT64_CONSTANT (1) << (bit % 64);
}




/* One service record and, when approved, the points it earns. */
static gboolean
write_record (SampleYear          *y,
              guint32              v,
              const PlannedEvent  *e,
              gint32               day,
              int                  minutes,
              gboolean             backfilled,
              GError             **error)
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

  /* Party events are reviewed on the spot; the last weeks of the current year (or
   * before today) are still waiting; a back-filled record is checked more strictly. */
  if (e != NULL && e->party)
    status = "approved";
  else if (backfilled)
    status = r < 800 ? "approved" : r < 920 ? "pending" : "rejected";
  else if (y->current && done > vd_sample_until_today (gen, y->dec31) - 21)
    status = r < 300 ? "approved" : "pending";
  else
    status = r < 988 ? "approved" : r < 996 ? "pending" : "rejected";

  /* entered no later than today, and waiting while its review would come after it */
  done = vd_sample_until_today (gen, done);
  created_day = done + (backfilled ? g_rand_int_range (gen->rand, 10, 60) : g_rand_int_range (gen->rand, 0, 3));
  created_day = vd_sample_until_today (gen, created_day);
  vd_sample_format_day (day, service_date);
  vd_sample_format_time (created_day, 18 * 60 + g_rand_int_range (gen->rand, 0, 180), created);
  vd_sample_format_time (created_day + g_rand_int_range (gen->rand, 1, 8), 9 * 60 + g_rand_int_range (gen->rand, 0, 480),
                         reviewed);
  if (vd_sample_parse_day (reviewed) > gen->today)
    status = "pending";

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
participant_minutes (SampleYear         *y,
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
  minutes = MIN (vd_sample_round_down (gen, minutes), gen->cap_minutes);
  return MAX (minutes, gen->rounding);
}

static gboolean
party_participants (SampleYear  *y,
                    GError     **error)
{
  SampleGen *gen = y->gen;
  guint n_party = 0;
  guint *sizes;
  gboolean ok = TRUE;

  for (guint i = 0; i < y->n_events; i++)
    n_party += y->events[i].party && !y->events[i].cancelled;
  if (n_party == 0 || gen->n_party == 0)
    return TRUE;
  sizes = g_new0 (guint, y->n_events);
  /* sizes around the mean that add up to the plan */
  {
    g_autofree guint *split = g_new (guint, n_party);

    vd_sample_split (gen->rand, y->plan->party_participations, n_party, split);
    for (guint i = 0, k = 0; i < y->n_events; i++)
      if (y->events[i].party && !y->events[i].cancelled)
        sizes[i] = split[k++];
  }

  for (guint i = 0; ok && i < y->n_events; i++)
    {
      PlannedEvent *e = &y->events[i];
      guint c = gen->stations[e->station].community;
      guint from = gen->party_community_start[c];
      guint count = gen->party_community_start[c + 1] - from;

      /* its share of the year's participations is still to come */
      if (e->future)
        continue;

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
index_events (SampleYear *y)
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
pick_event (SampleYear *y,
            guint       station)
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
 * now and then, many not at all, a few nearly every week. */
static guint
tickets_for (SampleYear *y,
             guint32     v)
{
  SampleGen *gen = y->gen;
  double mean = gen->party[v - 1] ? y->plan->party_tickets : y->plan->other_tickets;
  double active = gen->party[v - 1] ? 0.96 : 0.55;
  double p;
  guint k = 1;

  /* one in a hundred of the others is a core volunteer who serves most weekends, year
   * after year: the district's star volunteers */
  if (!gen->party[v - 1] && (v * G_GUINT64_CONSTANT (2654435761)) % 100 == 0)
    return (guint)g_rand_int_range (gen->rand, 40, 65);
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
regular_participants (SampleYear  *y,
                      GError     **error)
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
            /* a ticket for a day after today is one the volunteer has yet to serve */
            if (day > gen->today)
              break;
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
unplanned_records (SampleYear  *y,
                   GError     **error)
{
  SampleGen *gen = y->gen;
  guint n = (guint)(gen->n * y->plan->unplanned) + 1;
  gboolean ok = TRUE;

  for (guint i = 0; ok && i < n; i++)
    {
      gint32 day = y->jan1 + g_rand_int_range (gen->rand, 0, y->dec31 - y->jan1 - 30);
      guint32 v = vd_sample_pick_volunteer (gen, day);

      if (v == 0 || day > gen->today || day_taken (y, v, day))
        continue;
      take_day (y, v, day);
      ok = write_record (y, v, NULL, day, vd_sample_round_down (gen, g_rand_int_range (gen->rand, 60, 241)), TRUE, error);
    }
  return ok;
}

gboolean
vd_sample_year_records (SampleYear  *y,
                        GError     **error)
{
  gboolean ok;

  index_events (y);
  ok = party_participants (y, error) &&
       regular_participants (y, error) &&
       unplanned_records (y, error);
  g_free (y->by_station);
  g_free (y->cumulative);
  y->by_station = NULL;
  y->cumulative = NULL;
  return ok;
}
