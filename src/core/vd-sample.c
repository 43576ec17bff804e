/* vd-sample.c — a generated district (or city) for newcomers and benchmarks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The district is modelled on the reference summary (shared/reference): 26 teams,
 * 22 community + 7 service-window + 2 public-place stations, 47,000 volunteers, 16 %
 * of about 293,750 residents. Names follow the frequency of common surnames.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "vd-audit.h"
#include "vd-dashboard-data.h"
#include "vd-date.h"
#include "vd-pinyin.h"
#include "vd-sample-private.h"
#include "vd-search.h"
#include "vd-settings.h"

/* Common surnames with rough weights (per mille of the population). */
static const struct {
  const char *name;
  int         weight;
} surnames[] = {
  { "王", 72 }, { "李", 72 }, { "张", 68 }, { "刘", 53 }, { "陈", 45 }, { "杨", 31 },
  { "黄", 22 }, { "赵", 20 }, { "吴", 20 }, { "周", 19 }, { "徐", 13 }, { "孙", 12 },
  { "马", 12 }, { "朱", 12 }, { "胡", 11 }, { "郭", 11 }, { "何", 10 }, { "高", 10 },
  { "林", 9 }, { "罗", 9 }, { "郑", 8 }, { "梁", 8 }, { "谢", 6 }, { "宋", 6 },
  { "唐", 6 }, { "许", 5 }, { "韩", 5 }, { "冯", 5 }, { "邓", 5 }, { "曹", 5 },
  { "彭", 4 }, { "曾", 4 }, { "肖", 4 }, { "田", 4 }, { "董", 4 }, { "袁", 4 },
  { "潘", 3 }, { "于", 3 }, { "蒋", 3 }, { "蔡", 3 }, { "余", 3 }, { "杜", 3 },
  { "叶", 3 }, { "程", 3 }, { "苏", 3 }, { "魏", 3 }, { "吕", 3 }, { "丁", 3 },
  { "任", 3 }, { "沈", 2 }, { "姚", 2 }, { "卢", 2 }, { "姜", 2 }, { "崔", 2 },
  { "钟", 2 }, { "谭", 2 }, { "陆", 2 }, { "汪", 2 }, { "范", 2 }, { "金", 2 },
  { "石", 2 }, { "廖", 2 }, { "贾", 2 }, { "夏", 2 }, { "韦", 2 }, { "付", 2 },
  { "方", 2 }, { "白", 2 }, { "邹", 2 }, { "孟", 2 }, { "熊", 2 }, { "秦", 2 },
  { "邱", 2 }, { "江", 2 }, { "尹", 2 }, { "薛", 2 }, { "闫", 2 }, { "段", 2 },
  { "雷", 2 }, { "侯", 2 }, { "龙", 2 }, { "史", 2 }, { "单", 1 }, { "解", 1 },
  { "仇", 1 }, { "区", 1 }, { "查", 1 }, { "朴", 1 }, { "覃", 1 }, { "翟", 1 },
  { "欧阳", 1 }, { "司马", 1 }, { "上官", 1 }, { "诸葛", 1 },
};

static const char given_chars[] =
  "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国文红玉梅志民海燕金凤辉"
  "晓东小波宇飞鹏浩然子涵欣怡佳琪雨萱梓轩博文思远晨阳婷婷瑞欢乐嘉怡俊杰振宇";

static const char * const subdistricts[] = {
  "新城街道", "长兴路街道", "迎宾路街道", "刘寨街道", "老鸦陈街道", "大河路街道",
  "花园口镇", "古荥镇",
};

static const char * const community_roots[] = {
  "幸福", "和平", "阳光", "绿城", "文化", "长兴", "迎宾", "黄河", "锦绣", "东风",
  "银河", "枫林", "桂园", "晨光", "天河", "南阳", "北城", "清华园", "金水", "新苑",
  "英才", "丰乐", "江山", "常庄", "保合寨", "八堡", "花园", "古荥", "双桥", "大河",
};

static const char * const window_stations[] = {
  "区政务服务中心志愿服务站", "区人民医院志愿服务站", "惠济车站志愿服务站",
  "区图书馆志愿服务站", "区税务局志愿服务站", "邮政储蓄银行志愿服务站",
  "区不动产登记中心志愿服务站",
};

static const char * const public_stations[] = {
  "黄河国家地质公园志愿服务站", "花园口景区志愿服务站",
};

/* Team names by the category they belong to (categories seeded by migration 1). */
static const char * const team_themes[] = {
  "党员先锋", "环保卫士", "文明交通", "助老助残", "法律援助", "医疗义诊",
  "文化惠民", "应急救护",
};

void
vd_sample_options_init (VdSampleOptions *options,
                        VdSampleScale    scale)
{
  memset (options, 0, sizeof *options);
  options->scale = scale;
  options->seed = 2023;
  /* this year, up to today: what a newcomer's "this year" pages show */
  options->year = 0;
  g_date_clear (&options->today, 1);
}

static int
pick_weighted_surname (GRand *rand)
{
  static int total = 0;
  int r;

  if (total == 0)
    for (guint i = 0; i < G_N_ELEMENTS (surnames); i++)
      total += surnames[i].weight;
  r = g_rand_int_range (rand, 0, total);
  for (guint i = 0; i < G_N_ELEMENTS (surnames); i++)
    {
      r -= surnames[i].weight;
      if (r < 0)
        return i;
    }
  return 0;
}

static void
append_given_char (GString *name,
                   GRand   *rand)
{
  glong n = g_utf8_strlen (given_chars, -1);
  const char *p = g_utf8_offset_to_pointer (given_chars, g_rand_int_range (rand, 0, n));

  g_string_append_len (name, p, g_utf8_next_char (p) - p);
}

char *
vd_sample_make_name (GRand *rand)
{
  GString *name = g_string_new (surnames[pick_weighted_surname (rand)].name);

  append_given_char (name, rand);
  /* About two thirds of given names have two characters. */
  if (g_rand_int_range (rand, 0, 3) > 0)
    append_given_char (name, rand);
  return g_string_free (name, FALSE);
}

/* A valid GB 11643 number of the district (410108) for a birth date and sex. */
static void
make_id (GRand *rand,
         GDate *birth,
         char   out[19])
{
  static const int weights[17] = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
  static const char checks[] = "10X98765432";
  int sum = 0;

  g_snprintf (out, 19, "410108%04d%02d%02d%03d", g_date_get_year (birth),
              g_date_get_month (birth), g_date_get_day (birth), g_rand_int_range (rand, 1, 1000));
  for (int i = 0; i < 17; i++)
    sum += (out[i] - '0') * weights[i];
  out[17] = checks[sum % 11];
  out[18] = '\0';
}

static void
random_date (GRand *rand,
             int    first_year,
             int    last_year,
             GDate *out)
{
  g_date_clear (out, 1);
  g_date_set_dmy (out, 1, 1, first_year);
  g_date_add_days (out, g_rand_int_range (rand, 0, (last_year - first_year + 1) * 365));
}

static gboolean
generate_places (SampleGen *gen,
                 GError **error)
{
  sqlite3_stmt *stmt = NULL;
  guint n_communities = G_N_ELEMENTS (community_roots);
  gboolean ok = TRUE;
  char sql[512];

  for (guint i = 0; ok && i < G_N_ELEMENTS (subdistricts); i++)
    {
      g_snprintf (sql, sizeof sql, "INSERT INTO subdistricts (id, name, kind) VALUES (%u, '%s', '%s')",
                  i + 1, subdistricts[i],
                  g_str_has_suffix (subdistricts[i], "镇") ? "township" : "subdistrict");
      ok = vd_sample_exec (gen, sql, error);
    }

  /* 22 communities, each with its station; 9 of the stations are new this year (in
   * the part of it up to today). */
  for (guint i = 0; ok && i < 22 && i < n_communities; i++)
    {
      gint32 jan1 = vd_sample_julian (gen->year, 1, 1);
      gint32 established = vd_sample_julian (i < 9 ? gen->year : gen->year - 1 - (int)(i % 5), i % 12 + 1, 15);
      char day[11];

      if (established > gen->today)
        established = jan1 + (gen->today - jan1) * (gint32)(i + 1) / 10;
      vd_sample_format_day (established, day);
      g_snprintf (sql, sizeof sql,
                  "INSERT INTO communities (id, subdistrict_id, name) VALUES (%u, %u, '%s社区');"
                  "INSERT INTO stations (id, name, type, subdistrict_id, community_id, established_on) "
                  "VALUES (%u, '%s社区志愿服务站', 'community', %u, %u, '%s')",
                  i + 1, (guint)(i % G_N_ELEMENTS (subdistricts)) + 1, community_roots[i],
                  i + 1, community_roots[i], (guint)(i % G_N_ELEMENTS (subdistricts)) + 1, i + 1, day);
      ok = vd_sample_exec (gen, sql, error);
    }
  for (guint i = 0; ok && i < G_N_ELEMENTS (window_stations); i++)
    {
      g_snprintf (sql, sizeof sql,
                  "INSERT INTO stations (id, name, type, subdistrict_id, established_on) "
                  "VALUES (%u, '%s', 'window', %u, '%d-03-01')",
                  23 + i, window_stations[i], (guint)(i % G_N_ELEMENTS (subdistricts)) + 1, gen->year - 2);
      ok = vd_sample_exec (gen, sql, error);
    }
  for (guint i = 0; ok && i < G_N_ELEMENTS (public_stations); i++)
    {
      g_snprintf (sql, sizeof sql,
                  "INSERT INTO stations (id, name, type, subdistrict_id, established_on) "
                  "VALUES (%u, '%s', 'public', 7, '%d-05-01')",
                  30 + i, public_stations[i], gen->year - 3);
      ok = vd_sample_exec (gen, sql, error);
    }

  /* 26 teams over the team categories, named after their theme and place. */
  if (ok && sqlite3_prepare_v2 (gen->db,
                                "INSERT INTO teams (id, name, category_id, station_id, founded_on) "
                                "VALUES (?1, ?2, (SELECT id FROM categories WHERE domain = 'team' "
                                "ORDER BY sort_order LIMIT 1 OFFSET ?3), ?4, ?5)",
                                -1, &stmt, NULL) != SQLITE_OK)
    ok = vd_database_set_error (error, gen->db, sqlite3_errcode (gen->db), NULL);
  for (guint i = 0; ok && i < 26; i++)
    {
      guint theme = i % G_N_ELEMENTS (team_themes);
      g_autofree char *name = g_strdup_printf ("%s%s志愿服务队", community_roots[i % 22],
                                               team_themes[theme]);
      g_autofree char *founded = g_strdup_printf ("%d-%02u-01", gen->year - 1 - (int)(i % 4), i % 12 + 1);

      sqlite3_bind_int (stmt, 1, i + 1);
      sqlite3_bind_text (stmt, 2, name, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int (stmt, 3, theme);
      sqlite3_bind_int (stmt, 4, i % 22 + 1);
      sqlite3_bind_text (stmt, 5, founded, -1, SQLITE_TRANSIENT);
      ok = vd_sample_step (gen, stmt, error);
    }
  sqlite3_finalize (stmt);
  return ok;
}

/* The places as written, read back for the activity: stations and teams. */
static gboolean
load_places (SampleGen  *gen,
             GError    **error)
{
  sqlite3_stmt *stmt;

  stmt = vd_sample_prepare (gen, "SELECT id, type, coalesce (community_id, 0), established_on, name "
                                 "FROM stations ORDER BY id", error);
  if (stmt == NULL)
    return FALSE;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      int id = sqlite3_column_int (stmt, 0);
      const char *type = (const char *)sqlite3_column_text (stmt, 1);
      const char *name = (const char *)sqlite3_column_text (stmt, 4);
      SampleStation *st;

      if (id <= 0 || id >= VD_SAMPLE_MAX_STATIONS)
        continue;
      st = &gen->stations[id];
      st->type = g_str_equal (type, "community") ? 0 : g_str_equal (type, "window") ? 1 : 2;
      st->community = (guint8)sqlite3_column_int (stmt, 2);
      st->established = vd_sample_parse_day ((const char *)sqlite3_column_text (stmt, 3));
      st->name = g_strdup (name);
      st->short_name = g_str_has_suffix (name, "志愿服务站")
                         ? g_strndup (name, strlen (name) - strlen ("志愿服务站"))
                         : g_strdup (name);
      gen->n_stations = MAX (gen->n_stations, (guint)id);
    }
  sqlite3_finalize (stmt);

  stmt = vd_sample_prepare (gen, "SELECT t.id, coalesce (t.station_id, 1), t.founded_on, "
                                 "(SELECT count(*) FROM categories c WHERE c.domain = 'team' "
                                 " AND (c.sort_order < k.sort_order OR (c.sort_order = k.sort_order AND c.id < k.id))) "
                                 "FROM teams t JOIN categories k ON k.id = t.category_id ORDER BY t.id", error);
  if (stmt == NULL)
    return FALSE;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      int id = sqlite3_column_int (stmt, 0);

      if (id <= 0 || id >= VD_SAMPLE_MAX_TEAMS)
        continue;
      gen->teams[id].station = (guint8)sqlite3_column_int (stmt, 1);
      gen->teams[id].founded = vd_sample_parse_day ((const char *)sqlite3_column_text (stmt, 2));
      gen->teams[id].theme = (guint8)sqlite3_column_int (stmt, 3);
      gen->n_teams = MAX (gen->n_teams, (guint)id);
    }
  sqlite3_finalize (stmt);
  stmt = vd_sample_prepare (gen, "SELECT max (id) FROM communities", error);
  if (stmt == NULL)
    return FALSE;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    gen->n_communities = (guint)sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  return gen->n_stations > 0 && gen->n_teams > 0;
}

typedef struct
{
  char   *name;
  char    id[19];
  char   *gender;
  char   *birth;
  char    phone[12];
  char   *registered;
  const char *political;
} Person;

static void
person_clear (Person *p)
{
  g_free (p->name);
  g_free (p->birth);
  g_free (p->registered);
}

/* Someone born before the year, registered from 2012 (and 16) up to the year's end or
 * today (a Julian day), whichever comes first. */
static void
make_person (GRand  *rand,
             int     year,
             gint32  today,
             Person *p)
{
  static const char * const prefixes[] = { "138", "139", "137", "136", "135", "150", "151",
                                           "152", "158", "159", "186", "187", "188", "176",
                                           "177", "180", "181", "189", "199", "133" };
  int r = g_rand_int_range (rand, 0, 100);
  GDate birth;
  GDate registered;

  p->name = vd_sample_make_name (rand);
  random_date (rand, 1945, year - 16, &birth);
  make_id (rand, &birth, p->id);
  p->gender = (p->id[16] - '0') % 2 == 1 ? "male" : "female";
  p->birth = g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&birth),
                              g_date_get_month (&birth), g_date_get_day (&birth));
  g_snprintf (p->phone, sizeof p->phone, "%s%08d", prefixes[g_rand_int_range (rand, 0, G_N_ELEMENTS (prefixes))],
              g_rand_int_range (rand, 0, 100000000));
  {
    int first = MAX (2012, g_date_get_year (&birth) + 16);
    gint32 from = vd_sample_julian (first, 1, 1);
    gint32 span = MIN ((year - first + 1) * 365, today - from + 1);

    g_date_clear (&registered, 1);
    g_date_set_julian (&registered, (guint32)(from + g_rand_int_range (rand, 0, MAX (span, 1))));
  }
  p->registered = g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&registered),
                                   g_date_get_month (&registered), g_date_get_day (&registered));
  /* The district's volunteers: many party and league members. */
  p->political = r < 12 ? "party_member" : r < 14 ? "probationary" : r < 30 ? "league_member"
               : r < 31 ? "democratic_party" : "masses";
}

static gboolean
generate_volunteers (SampleGen  *gen,
                     GError    **error)
{
  sqlite3_stmt *insert;
  gboolean ok = TRUE;
  int rc;

  insert = vd_sample_prepare (gen,
                              "INSERT INTO volunteers (id, volunteer_no, name, id_type, id_number, gender, "
                              "birth_date, phone, political_status, community_id, station_id, registered_on, "
                              "name_keys, name_sort, created_at, updated_at) "
                              "VALUES (?1, ?2, ?3, 'resident', ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, "
                              "?14, ?14)",
                              error);
  if (insert == NULL)
    return FALSE;

  for (guint i = 1; ok && i <= gen->n; i++)
    {
      Person p = { 0, };
      char number[16];
      char created[20];
      g_autofree char *keys = NULL;
      const char *space;
      guint community = g_rand_int_range (gen->rand, 1, (gint32)gen->n_communities + 1);
      guint station;

      if (vd_sample_cancelled (gen, i, error))
        {
          ok = FALSE;
          break;
        }
      make_person (gen->rand, gen->year, gen->today, &p);
      keys = vd_pinyin_name_keys (p.name);
      space = strchr (keys, ' ');
      g_snprintf (number, sizeof number, "V%08u", i);
      /* most volunteers serve at their community's station, some at the stations of
       * service windows and public places */
      station = g_rand_int_range (gen->rand, 0, 10) < 8
                  ? community : (guint)g_rand_int_range (gen->rand, 23, (gint32)gen->n_stations + 1);
      gen->registered[i - 1] = vd_sample_parse_day (p.registered);
      vd_sample_format_time (gen->registered[i - 1], 9 * 60 + g_rand_int_range (gen->rand, 0, 480), created);

      sqlite3_bind_int (insert, 1, i);
      sqlite3_bind_text (insert, 2, number, -1, SQLITE_STATIC);
      sqlite3_bind_text (insert, 3, p.name, -1, SQLITE_STATIC);
      sqlite3_bind_text (insert, 4, p.id, -1, SQLITE_STATIC);
      sqlite3_bind_text (insert, 5, p.gender, -1, SQLITE_STATIC);
      sqlite3_bind_text (insert, 6, p.birth, -1, SQLITE_STATIC);
      sqlite3_bind_text (insert, 7, p.phone, -1, SQLITE_STATIC);
      sqlite3_bind_text (insert, 8, p.political, -1, SQLITE_STATIC);
      sqlite3_bind_int (insert, 9, community);
      sqlite3_bind_int (insert, 10, station);
      sqlite3_bind_text (insert, 11, p.registered, -1, SQLITE_STATIC);
      sqlite3_bind_text (insert, 12, keys, -1, SQLITE_STATIC);
      sqlite3_bind_text (insert, 13, keys, space != NULL ? (int)(space - keys) : -1, SQLITE_STATIC);
      sqlite3_bind_text (insert, 14, created, -1, SQLITE_STATIC);
      rc = sqlite3_step (insert);
      sqlite3_reset (insert);
      /* the rare clash of a random ID number: draw that person again */
      if (rc == SQLITE_CONSTRAINT_UNIQUE)
        {
          person_clear (&p);
          i--;
          continue;
        }
      if (rc != SQLITE_DONE)
        ok = vd_database_set_error (error, gen->db, rc, NULL);
      gen->party[i - 1] = p.political[0] == 'p';
      gen->community[i - 1] = (guint8)community;
      gen->station[i - 1] = (guint8)station;
      person_clear (&p);
    }
  sqlite3_finalize (insert);

  if (ok)
    {
      g_autofree char *sql = g_strdup_printf ("UPDATE counters SET value = %u WHERE name = 'volunteer_no'",
                                              gen->n);
      ok = vd_sample_exec (gen, sql, error);
    }
  return ok;
}

/* Volunteers by station, and party members by community: counting sorts. */
static void
group_volunteers (SampleGen *gen)
{
  guint fill[VD_SAMPLE_MAX_STATIONS + 1] = { 0, };
  guint pfill[VD_SAMPLE_MAX_STATIONS + 1] = { 0, };

  memset (gen->station_start, 0, sizeof gen->station_start);
  memset (gen->party_community_start, 0, sizeof gen->party_community_start);
  for (guint i = 0; i < gen->n; i++)
    {
      gen->station_start[gen->station[i] + 1]++;
      if (gen->party[i])
        gen->party_community_start[gen->community[i] + 1]++;
    }
  for (guint s = 1; s <= VD_SAMPLE_MAX_STATIONS; s++)
    {
      gen->station_start[s] += gen->station_start[s - 1];
      gen->party_community_start[s] += gen->party_community_start[s - 1];
    }
  gen->n_party = gen->party_community_start[VD_SAMPLE_MAX_STATIONS];
  gen->by_station = g_new (guint32, gen->n);
  gen->party_by_community = g_new (guint32, MAX (gen->n_party, 1));
  for (guint i = 0; i < gen->n; i++)
    {
      guint s = gen->station[i];
      guint c = gen->community[i];

      gen->by_station[gen->station_start[s] + fill[s]++] = i + 1;
      if (gen->party[i])
        gen->party_by_community[gen->party_community_start[c] + pfill[c]++] = i + 1;
    }
}

static void
sample_gen_clear (SampleGen *gen)
{
  g_clear_pointer (&gen->rand, g_rand_free);
  g_clear_pointer (&gen->party, g_free);
  g_clear_pointer (&gen->station, g_free);
  g_clear_pointer (&gen->community, g_free);
  g_clear_pointer (&gen->registered, g_free);
  g_clear_pointer (&gen->balance, g_free);
  g_clear_pointer (&gen->approved, g_free);
  g_clear_pointer (&gen->bulk, g_ptr_array_unref);
  g_clear_pointer (&gen->mark, g_free);
  g_clear_pointer (&gen->by_station, g_free);
  g_clear_pointer (&gen->party_by_community, g_free);
  for (guint i = 0; i < G_N_ELEMENTS (gen->stations); i++)
    {
      g_clear_pointer (&gen->stations[i].name, g_free);
      g_clear_pointer (&gen->stations[i].short_name, g_free);
    }
  for (guint i = 0; i < G_N_ELEMENTS (gen->reviewers); i++)
    g_clear_pointer (&gen->reviewers[i], g_free);
}

static gboolean
log_sample (VdDatabase       *db,
            const VdSampleOptions *options,
            SampleGen        *gen,
            GError          **error)
{
  g_autofree char *seed = g_strdup_printf ("%u", options->seed);
  g_autofree char *year = g_strdup_printf ("%d", gen->year);
  char today[11];
  g_autofree char *json = NULL;

  /* today matters only when it cuts the year short */
  vd_sample_format_day (gen->today, today);
  json = vd_audit_json_object ("scale", options->scale == VD_SAMPLE_CITY ? "city" : "district",
                               "seed", seed, "year", year,
                               gen->today < vd_sample_julian (gen->year, 12, 31) ? "today" : NULL, today,
                               NULL);

  return vd_audit_log (db, "sample", 0, "generate", NULL, json, error);
}

gboolean
vd_sample_generate (VdDatabase             *db,
                    const VdSampleOptions  *options,
                    GCancellable           *cancellable,
                    GError                **error)
{
  g_autoptr(VdSettings) settings = vd_settings_new_default ();
  SampleGen gen = { 0, };
  gint64 start = g_get_monotonic_time ();
  GDate today;
  gboolean ok;

  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);

  if (g_date_valid (&options->today))
    today = options->today;
  else
    vd_date_set_today (&today);
  if (options->year > g_date_get_year (&today))
    {
      g_autofree char *iso = vd_date_to_iso (&today);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("The sample cannot describe %d: it is after today (%s)."), options->year, iso);
      return FALSE;
    }

  gen.database = db;
  gen.db = vd_database_get_handle (db);
  gen.cancellable = cancellable;
  gen.scale = options->scale;
  gen.year = options->year > 0 ? options->year : g_date_get_year (&today);
  gen.today = (gint32)g_date_get_julian (&today);
  gen.n = options->volunteers;
  if (gen.n == 0)
    gen.n = options->scale == VD_SAMPLE_CITY ? 1000000 : 47000;
  gen.rand = g_rand_new_with_seed (options->seed);
  gen.cap_minutes = settings->daily_cap_minutes;
  gen.rounding = settings->rounding_minutes;
  gen.points_rate = settings->points_per_hour_centi;
  gen.party = g_new0 (guint8, gen.n);
  gen.station = g_new0 (guint8, gen.n);
  gen.community = g_new0 (guint8, gen.n);
  gen.registered = g_new0 (gint32, gen.n);
  gen.balance = g_new0 (gint64, gen.n);
  gen.approved = g_new0 (gint32, gen.n);
  gen.mark = g_new0 (guint32, gen.n);
  for (guint i = 0; i < G_N_ELEMENTS (gen.reviewers); i++)
    gen.reviewers[i] = vd_sample_make_name (gen.rand);

  /* A big transaction spills out of SQLite's default 2 MB page cache into the WAL
   * over and over; a larger cache for the bulk write halves its time. */
  vd_database_exec (db, "PRAGMA cache_size = -262144", NULL);
  if (!vd_database_begin (db, error))
    {
      sample_gen_clear (&gen);
      return FALSE;
    }

  ok = generate_places (&gen, error) &&
       load_places (&gen, error) &&
       generate_volunteers (&gen, error);
  if (ok)
    {
      g_free (settings->district_name);
      settings->district_name = g_strdup (options->scale == VD_SAMPLE_CITY ? _("Sample City")
                                                                           : _("Sample District"));
      /* 47,000 volunteers are 16 % of the residents (the reference summary); the party
       * members registered are a little over 60 % of all the district's. */
      settings->population = (gint64)gen.n * 100 / 16;
      group_volunteers (&gen);
      settings->party_member_total = (gint64)gen.n_party * 100 / 62;
      ok = vd_settings_save (db, settings, error);
    }
  g_debug ("sample: volunteers written at %.1f s", (g_get_monotonic_time () - start) / 1e6);
  ok = ok &&
       vd_search_index_from (db, 1, error) &&
       vd_sample_team_members (&gen, error) &&
       vd_sample_station_details (&gen, error) &&
       vd_sample_event_categories (&gen, error);
  g_debug ("sample: search index and teams at %.1f s", (g_get_monotonic_time () - start) / 1e6);
  ok = ok &&
       vd_sample_activity (&gen, error) &&
       vd_sample_commendations (&gen, error) &&
       log_sample (db, options, &gen, error) &&
       vd_database_exec (db, "INSERT OR REPLACE INTO counters (name, value) VALUES ('sample', 1)",
                         error);
  g_debug ("sample: activity at %.1f s", (g_get_monotonic_time () - start) / 1e6);
  sample_gen_clear (&gen);

  if (!ok)
    vd_database_rollback (db);
  else
    ok = vd_database_commit (db, error);
  g_debug ("sample: committed at %.1f s", (g_get_monotonic_time () - start) / 1e6);
  /* the dashboard's tallies of the register, so that the first dashboard is quick */
  ok = ok && vd_dashboard_data_fold_volunteers (db, error);
  vd_database_exec (db, "PRAGMA cache_size = -8192", NULL);
  if (!ok)
    return FALSE;
  vd_database_emit_reloaded (db);
  return TRUE;
}

gboolean
vd_sample_is_sample (VdDatabase *db)
{
  sqlite3_stmt *stmt;
  gboolean sample = FALSE;

  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);

  stmt = vd_database_prepare (db, "SELECT value FROM counters WHERE name = 'sample'", NULL);
  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    sample = sqlite3_column_int (stmt, 0) != 0;
  sqlite3_finalize (stmt);
  return sample;
}

gboolean
vd_sample_write_csv (const char  *path,
                     guint        n,
                     guint32      seed,
                     gboolean     gbk,
                     GError     **error)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(GString) text = g_string_new ("姓名,性别,身份证号码,手机号码,政治面貌,注册日期\r\n");
  static const char * const politicals[] = { "群众", "中共党员", "共青团员", "群众", "群众" };

  for (guint i = 0; i < n; i++)
    {
      Person p = { 0, };

      make_person (rand, 2023, vd_sample_julian (2023, 12, 31), &p);
      g_string_append_printf (text, "%s,%s,%s,%s,%s,%s\r\n", p.name,
                              g_str_equal (p.gender, "male") ? "男" : "女", p.id, p.phone,
                              politicals[i % G_N_ELEMENTS (politicals)], p.registered);
      person_clear (&p);
    }

  if (gbk)
    {
      gsize len = 0;
      g_autofree char *converted = g_convert (text->str, text->len, "GB18030", "UTF-8",
                                              NULL, &len, error);
      return converted != NULL && g_file_set_contents (path, converted, len, error);
    }
  return g_file_set_contents (path, text->str, text->len, error);
}
