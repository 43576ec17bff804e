/* vd-sample-org.c — the sample's teams, stations' details, trainings, micro-wishes,
 * points exchange and commendations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Names of projects, topics, wishes and prizes are the sample district's own data, in
 * Chinese like its places; only categories and ledger reasons are interface strings.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "vd-sample-private.h"

static const char * const projects_community[] = {
  "邻里守望", "四点半课堂", "爱心理发", "政策宣讲", "文明劝导", "健康义诊", "法律咨询",
  "助老送餐", "垃圾分类指导", "便民维修", "读书分享会", "心理疏导",
};
static const char * const projects_window[] = {
  "导办帮办", "文明引导", "便民咨询", "爱心助残通道", "政策解读",
};
static const char * const projects_public[] = {
  "游客咨询", "文明旅游劝导", "应急救护", "生态环保宣传", "失物招领",
};

static const char * const training_topics[4][3] = {
  { "应急救护培训：心肺复苏与AED使用", "应急救护技能培训", "防溺水与现场急救知识培训" },
  { "文明交通志愿者培训", "交通劝导员上岗培训", "文明交通引导实务" },
  { "文明引导员上岗培训", "文明引导员服务规范培训", "窗口单位文明引导培训" },
  { "志愿服务基础知识培训", "志愿服务记录与管理培训", "社区志愿服务项目设计培训" },
};

static const char * const wish_contents[] = {
  "为独居老人更换一台电暖器", "希望有人帮忙修理漏水的水龙头", "一套初中数学辅导书",
  "给孩子一个新书包", "一副老花镜", "为行动不便的老人理发", "一台二手自行车上学用",
  "希望有人陪老人去医院复查", "一套冬季棉衣", "学习用品和课外书", "为残疾人家庭安装扶手",
  "一个电饭煲", "希望有人辅导孩子英语", "一床新棉被", "帮忙疏通下水道", "一台收音机",
  "一双运动鞋", "帮助老人学会用智能手机", "为楼道更换声控灯", "一套儿童绘本",
};

static const struct {
  const char *name;
  const char *description;
  int         points;
} items[] = {
  { "毛巾", "纯棉毛巾一条", 30 }, { "雨伞", "折叠雨伞一把", 60 },
  { "保温杯", "不锈钢保温杯一个", 120 }, { "洗衣液", "洗衣液一桶（2公斤）", 50 },
  { "大米", "东北大米一袋（5公斤）", 150 }, { "食用油", "花生油一桶（5升）", 180 },
  { "理发服务券", "社区理发店服务一次", 20 }, { "电影票", "区影院电影票一张", 80 },
};

static guint32
random_party_member (SampleGen *gen,
                     guint      community)
{
  guint from = gen->party_community_start[community];
  guint count = gen->party_community_start[community + 1] - from;

  if (count > 0)
    return gen->party_by_community[from + g_rand_int_range (gen->rand, 0, (gint32)count)];
  if (gen->n_party > 0)
    return gen->party_by_community[g_rand_int_range (gen->rand, 0, (gint32)gen->n_party)];
  return (guint32)g_rand_int_range (gen->rand, 1, (gint32)gen->n + 1);
}

/* Teams of 30 to 200 (more in a city); the party members' teams take party members
 * only. Most members come from the team's station, the first is its leader. */
gboolean
vd_sample_team_members (SampleGen  *gen,
                        GError    **error)
{
  sqlite3_stmt *stmt;
  double f = MIN (gen->n / 47000.0, 8.0);
  gint32 dec31 = vd_sample_until_today (gen, vd_sample_julian (gen->year, 12, 31));
  gboolean ok = TRUE;

  stmt = vd_sample_prepare (gen, "INSERT INTO team_members (team_id, volunteer_id, role, joined_on) "
                                 "VALUES (?1, ?2, ?3, ?4)", error);
  if (stmt == NULL)
    return FALSE;
  for (guint t = 1; ok && t <= gen->n_teams; t++)
    {
      SampleTeam *team = &gen->teams[t];
      gboolean party = team->theme == 0;
      guint size = (guint)(g_rand_int_range (gen->rand, party ? 80 : 30, party ? 301 : 201) * f);
      guint station = team->station;
      guint from = gen->station_start[station];
      guint count = gen->station_start[station + 1] - from;

      size = MAX (size, 3);
      gen->stamp++;
      for (guint placed = 0, tries = 0; ok && placed < size && tries < size * 50; tries++)
        {
          gboolean local = g_rand_int_range (gen->rand, 0, 100) < 60;
          guint32 v;
          char joined[11];
          gint32 day;

          if (party)
            v = random_party_member (gen, local ? gen->stations[station].community : 0);
          else if (local && count > 0)
            v = gen->by_station[from + g_rand_int_range (gen->rand, 0, (gint32)count)];
          else
            v = (guint32)g_rand_int_range (gen->rand, 1, (gint32)gen->n + 1);
          if (gen->mark[v - 1] == gen->stamp || (party && !gen->party[v - 1]))
            continue;
          gen->mark[v - 1] = gen->stamp;
          day = MIN (MAX (gen->registered[v - 1], team->founded) + g_rand_int_range (gen->rand, 0, 200), dec31);
          /* MIN () draws twice: the day it gives may pass the one it compared */
          day = vd_sample_until_today (gen, day);
          vd_sample_format_day (day, joined);
          sqlite3_bind_int (stmt, 1, (int)t);
          sqlite3_bind_int (stmt, 2, (int)v);
          sqlite3_bind_text (stmt, 3, placed == 0 ? "leader" : placed < 3 ? "deputy" : "member", -1, SQLITE_STATIC);
          sqlite3_bind_text (stmt, 4, joined, -1, SQLITE_STATIC);
          ok = vd_sample_step (gen, stmt, error);
          placed++;
        }
    }
  sqlite3_finalize (stmt);
  return ok;
}

/* Contacts, three to five running projects a station (one ended at older ones), the
 * 六个一 checklist (a few items still open at new stations) and the equipment
 * issued: red caps, red vests, signs. */
gboolean
vd_sample_station_details (SampleGen  *gen,
                           GError    **error)
{
  static const char * const checklist[] = { "venue", "sign", "board", "team", "roster", "ledger" };
  sqlite3_stmt *contact = vd_sample_prepare (gen, "UPDATE stations SET address = ?2, contact_name = ?3, "
                                                  "contact_phone = ?4 WHERE id = ?1", error);
  sqlite3_stmt *project = vd_sample_prepare (gen, "INSERT INTO station_projects (station_id, name, description, "
                                                  "started_on, ended_on) VALUES (?1, ?2, ?3, ?4, ?5)", error);
  sqlite3_stmt *item = vd_sample_prepare (gen, "INSERT INTO station_checklist (station_id, item, done, "
                                               "checked_on, note) VALUES (?1, ?2, ?3, ?4, ?5)", error);
  sqlite3_stmt *equipment = vd_sample_prepare (gen, "INSERT INTO station_equipment (station_id, kind, "
                                                    "description, quantity, issued_on) "
                                                    "VALUES (?1, ?2, ?3, ?4, ?5)", error);
  gint32 jan1 = vd_sample_julian (gen->year, 1, 1);
  gboolean ok = contact != NULL && project != NULL && item != NULL && equipment != NULL;

  for (guint s = 1; ok && s <= gen->n_stations; s++)
    {
      SampleStation *st = &gen->stations[s];
      const char * const *names = st->type == 0 ? projects_community : st->type == 1 ? projects_window
                                                                                 : projects_public;
      guint n_names = st->type == 0 ? G_N_ELEMENTS (projects_community)
                    : st->type == 1 ? G_N_ELEMENTS (projects_window) : G_N_ELEMENTS (projects_public);
      guint first = (guint)g_rand_int_range (gen->rand, 0, (gint32)n_names);
      guint running = (guint)g_rand_int_range (gen->rand, 3, 6);
      gboolean is_new = st->established >= jan1;
      g_autofree char *address = NULL;
      g_autofree char *contact_name = vd_sample_make_name (gen->rand);
      char phone[12];
      char day[11];
      char ended[11];

      if (st->name == NULL)
        continue;
      address = st->type == 0 ? g_strdup_printf ("%s党群服务中心一楼", st->short_name) : g_strdup (st->short_name);
      g_snprintf (phone, sizeof phone, "139%08d", g_rand_int_range (gen->rand, 0, 100000000));
      sqlite3_bind_int (contact, 1, (int)s);
      sqlite3_bind_text (contact, 2, address, -1, SQLITE_STATIC);
      sqlite3_bind_text (contact, 3, contact_name, -1, SQLITE_STATIC);
      sqlite3_bind_text (contact, 4, phone, -1, SQLITE_STATIC);
      ok = vd_sample_step (gen, contact, error);

      for (guint p = 0; ok && p < running + !is_new; p++)
        {
          gboolean old = p == running;
          g_autofree char *description = g_strdup_printf ("%s常态化开展%s志愿服务", st->short_name,
                                                          names[(first + p) % n_names]);

          vd_sample_format_day (vd_sample_until_today (gen, st->established + g_rand_int_range (gen->rand, 0, 30)),
                                day);
          vd_sample_format_day (vd_sample_until_today (gen, st->established + g_rand_int_range (gen->rand, 60, 200)),
                                ended);
          sqlite3_bind_int (project, 1, (int)s);
          sqlite3_bind_text (project, 2, names[(first + p) % n_names], -1, SQLITE_STATIC);
          sqlite3_bind_text (project, 3, description, -1, SQLITE_STATIC);
          sqlite3_bind_text (project, 4, day, -1, SQLITE_STATIC);
          if (old)
            sqlite3_bind_text (project, 5, ended, -1, SQLITE_STATIC);
          else
            sqlite3_bind_null (project, 5);
          ok = vd_sample_step (gen, project, error);
        }

      for (guint i = 0; ok && i < G_N_ELEMENTS (checklist); i++)
        {
          /* the board and the ledger come last at a new station */
          gboolean done = !is_new || (i != 2 && i != 5) || s % 3 != 0;

          vd_sample_format_day (vd_sample_until_today (gen, st->established + g_rand_int_range (gen->rand, 5, 60)),
                                day);
          sqlite3_bind_int (item, 1, (int)s);
          sqlite3_bind_text (item, 2, checklist[i], -1, SQLITE_STATIC);
          sqlite3_bind_int (item, 3, done);
          if (done)
            sqlite3_bind_text (item, 4, day, -1, SQLITE_STATIC);
          else
            sqlite3_bind_null (item, 4);
          sqlite3_bind_text (item, 5, done ? "" : "制作中", -1, SQLITE_STATIC);
          ok = vd_sample_step (gen, item, error);
        }

      for (guint i = 0; ok && i < 4; i++)
        {
          static const char * const kinds[] = { "red_cap", "red_vest", "sign", "other" };
          static const char * const descriptions[] = { "文明使者小红帽", "文明使者红马甲", "统一站点标识牌",
                                                        "急救药箱" };
          static const int quantity[][2] = { { 20, 61 }, { 20, 61 }, { 1, 3 }, { 1, 3 } };

          vd_sample_format_day (vd_sample_until_today (gen, st->established + g_rand_int_range (gen->rand, 3, 30)),
                                day);
          sqlite3_bind_int (equipment, 1, (int)s);
          sqlite3_bind_text (equipment, 2, kinds[i], -1, SQLITE_STATIC);
          sqlite3_bind_text (equipment, 3, descriptions[i], -1, SQLITE_STATIC);
          sqlite3_bind_int (equipment, 4, g_rand_int_range (gen->rand, quantity[i][0], quantity[i][1]));
          sqlite3_bind_text (equipment, 5, day, -1, SQLITE_STATIC);
          ok = vd_sample_step (gen, equipment, error);
        }
    }
  sqlite3_finalize (contact);
  sqlite3_finalize (project);
  sqlite3_finalize (item);
  sqlite3_finalize (equipment);
  return ok;
}

/* Sessions spread over the year, with sizes that add up to the plan's attendances. */
gboolean
vd_sample_trainings (SampleGen  *gen,
                     int         year,
                     guint       sessions,
                     guint       attendances,
                     GError    **error)
{
  gint64 categories[4] = { 0, };
  guint n_categories = 0;
  sqlite3_stmt *stmt;
  sqlite3_stmt *attend;
  gint32 jan1 = vd_sample_julian (year, 1, 1);
  g_autofree guint *sizes = NULL;
  gboolean ok = TRUE;

  stmt = vd_sample_prepare (gen, "SELECT id FROM categories WHERE domain = 'training' ORDER BY sort_order, id "
                                 "LIMIT 4", error);
  if (stmt == NULL)
    return FALSE;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    categories[n_categories++] = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  if (n_categories == 0)
    return vd_database_set_error (error, gen->db, SQLITE_NOTFOUND, "training categories");

  stmt = vd_sample_prepare (gen, "INSERT INTO trainings (topic, category_id, trainer, starts_at, ends_at, "
                                 "place, station_id, capacity, minutes) "
                                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)", error);
  attend = stmt == NULL ? NULL
         : vd_sample_prepare (gen, "INSERT INTO training_attendance (training_id, volunteer_id, status, "
                                   "registered_at, checked_in_at) VALUES (?1, ?2, ?3, ?4, ?5)", error);
  ok = attend != NULL;
  sizes = g_new (guint, MAX (sessions, 1));
  vd_sample_split (gen->rand, attendances, sessions, sizes);
  for (guint i = 0; ok && i < sessions; i++)
    {
      guint category = (guint)g_rand_int_range (gen->rand, 0, (gint32)n_categories);
      gint32 day = jan1 + (gint32)(i * 360 / sessions) + g_rand_int_range (gen->rand, 0, 300 / sessions + 1);
      int start = g_rand_int_range (gen->rand, 0, 2) ? 9 * 60 : 14 * 60 + 30;
      int minutes = g_rand_int_range (gen->rand, 4, 7) * 30;
      guint size = sizes[i];
      guint station = (guint)g_rand_int_range (gen->rand, 1, (gint32)gen->n_stations + 1);
      g_autofree char *trainer = vd_sample_make_name (gen->rand);
      /* a session after today has its registrations so far, no check-ins */
      gboolean future = day > gen->today;
      /* "attendances" are the people who came (present or late), as the training
       * statistics count them; about one registration in six more did not come
       * (absent or excused). A future session has only its registrations. */
      guint no_shows = future ? 0 : size / 6;
      gint64 training_id;
      char starts[20];
      char ends[20];

      while (gen->stations[station].established > day)
        station = station % gen->n_stations + 1;
      vd_sample_format_time (day, start, starts);
      vd_sample_format_time (day, start + minutes, ends);
      sqlite3_bind_text (stmt, 1, training_topics[category][g_rand_int_range (gen->rand, 0, 3)], -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 2, categories[category]);
      sqlite3_bind_text (stmt, 3, trainer, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 4, starts, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 5, ends, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 6, gen->stations[station].name, -1, SQLITE_STATIC);
      sqlite3_bind_int (stmt, 7, (int)station);
      sqlite3_bind_int (stmt, 8, (int)(size + no_shows) + g_rand_int_range (gen->rand, 0, 16));
      sqlite3_bind_int (stmt, 9, minutes);
      ok = vd_sample_step (gen, stmt, error);
      training_id = sqlite3_last_insert_rowid (gen->db);

      gen->stamp++;
      for (guint placed = 0, tries = 0; ok && placed < size + no_shows && tries < (size + no_shows) * 100; tries++)
        {
          guint32 v = vd_sample_pick_volunteer (gen, future ? gen->today - 20 : day - 10);
          int r = g_rand_int_range (gen->rand, 0, 100);
          const char *status = future ? "registered"
                             : placed < size ? (r < 92 ? "present" : "late")
                             : (r < 60 ? "absent" : "excused");
          char registered[20];
          char checked_in[20];

          if (v == 0 || gen->mark[v - 1] == gen->stamp)
            continue;
          gen->mark[v - 1] = gen->stamp;
          if (future)
            vd_sample_format_time (gen->today - g_rand_int_range (gen->rand, 0, 21),
                                   10 * 60 + g_rand_int_range (gen->rand, 0, 600), registered);
          else
            vd_sample_format_time (day - g_rand_int_range (gen->rand, 1, 11), 10 * 60 + g_rand_int_range (gen->rand, 0, 600),
                                   registered);
          vd_sample_format_time (day, status[0] == 'p' ? start - g_rand_int_range (gen->rand, 0, 21)
                                                       : start + g_rand_int_range (gen->rand, 5, 41),
                                 checked_in);
          sqlite3_bind_int64 (attend, 1, training_id);
          sqlite3_bind_int (attend, 2, (int)v);
          sqlite3_bind_text (attend, 3, status, -1, SQLITE_STATIC);
          sqlite3_bind_text (attend, 4, registered, -1, SQLITE_STATIC);
          if (status[0] == 'p' || status[0] == 'l')
            sqlite3_bind_text (attend, 5, checked_in, -1, SQLITE_STATIC);
          else
            sqlite3_bind_null (attend, 5);
          ok = vd_sample_step (gen, attend, error);
          placed++;
        }
    }
  sqlite3_finalize (stmt);
  sqlite3_finalize (attend);
  return ok;
}

/* Micro-wishes go through the states one legal step at a time, as the office moves
 * them: collected → approved → published → claimed → fulfilled, or rejected. */
gboolean
vd_sample_wishes (SampleGen  *gen,
                  int         year,
                  guint       fulfilled,
                  gboolean    current,
                  GError    **error)
{
  enum { COLLECTED, REJECTED, APPROVED, PUBLISHED, CLAIMED, FULFILLED, N_STEPS };
  static const char * const sql[N_STEPS] = {
    "INSERT INTO wishes (content, requester_name, requester_phone, community_id, collected_on) "
    "VALUES (?1, ?2, ?3, ?4, ?5)",
    "UPDATE wishes SET status = 'rejected', reviewed_on = ?2, reject_reason = ?3 WHERE id = ?1",
    "UPDATE wishes SET status = 'approved', reviewed_on = ?2 WHERE id = ?1",
    "UPDATE wishes SET status = 'published', published_on = ?2 WHERE id = ?1",
    "UPDATE wishes SET status = 'claimed', claimed_on = ?2, claimed_by_volunteer_id = ?3, "
    "claimed_by_team_id = ?4 WHERE id = ?1",
    "UPDATE wishes SET status = 'fulfilled', fulfilled_on = ?2 WHERE id = ?1",
  };
  /* besides the fulfilled ones: a few turned down every year, and at the end of the
   * current year (or today) some still on their way; a wish is collected and moved on
   * only up to today */
  static const guint open_steps[] = { REJECTED, CLAIMED, PUBLISHED, APPROVED, COLLECTED };
  sqlite3_stmt *stmts[N_STEPS] = { NULL, };
  gint32 jan1 = vd_sample_julian (year, 1, 1);
  gint32 dec31 = vd_sample_julian (year, 12, 31);
  gint32 end = vd_sample_until_today (gen, dec31);
  guint extra = MAX (fulfilled / 8, 1);
  guint total = fulfilled + extra * (current ? G_N_ELEMENTS (open_steps) : 1);
  gboolean ok = TRUE;

  for (guint i = 0; ok && i < N_STEPS; i++)
    ok = (stmts[i] = vd_sample_prepare (gen, sql[i], error)) != NULL;

  for (guint i = 0; ok && i < total; i++)
    {
      /* the last step it reaches */
      guint last = i < fulfilled ? FULFILLED : open_steps[(i - fulfilled) / extra];
      guint community = (guint)g_rand_int_range (gen->rand, 1, (gint32)gen->n_communities + 1);
      gint32 day = last == FULFILLED || last == REJECTED || !current
                     ? jan1 + g_rand_int_range (gen->rand, 0, 300)
                     : end - g_rand_int_range (gen->rand, 10, 45);
      g_autofree char *requester = vd_sample_make_name (gen->rand);
      gint64 id;
      char phone[12];
      char date[11];

      if (day > gen->today)
        continue;

      g_snprintf (phone, sizeof phone, "13%09d", g_rand_int_range (gen->rand, 0, 1000000000));
      vd_sample_format_day (day, date);
      sqlite3_bind_text (stmts[COLLECTED], 1, wish_contents[g_rand_int_range (gen->rand, 0, G_N_ELEMENTS (wish_contents))],
                         -1, SQLITE_STATIC);
      sqlite3_bind_text (stmts[COLLECTED], 2, requester, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmts[COLLECTED], 3, phone, -1, SQLITE_STATIC);
      sqlite3_bind_int (stmts[COLLECTED], 4, (int)community);
      sqlite3_bind_text (stmts[COLLECTED], 5, date, -1, SQLITE_STATIC);
      ok = vd_sample_step (gen, stmts[COLLECTED], error);
      id = sqlite3_last_insert_rowid (gen->db);

      for (guint step = last == REJECTED ? REJECTED : APPROVED; ok && last != COLLECTED && step <= last; step++)
        {
          day = MIN (day + g_rand_int_range (gen->rand, 1, 8), dec31);
          if (day > gen->today)
            break;
          vd_sample_format_day (day, date);
          sqlite3_bind_int64 (stmts[step], 1, id);
          sqlite3_bind_text (stmts[step], 2, date, -1, SQLITE_STATIC);
          if (step == REJECTED)
            sqlite3_bind_text (stmts[step], 3, "不属于微心愿征集范围", -1, SQLITE_STATIC);
          if (step == CLAIMED)
            {
              /* party members of the community claim most; teams the rest */
              if (g_rand_int_range (gen->rand, 0, 10) < 7)
                {
                  sqlite3_bind_int (stmts[step], 3, (int)random_party_member (gen, community));
                  sqlite3_bind_null (stmts[step], 4);
                }
              else
                {
                  sqlite3_bind_null (stmts[step], 3);
                  sqlite3_bind_int (stmts[step], 4, g_rand_int_range (gen->rand, 1, (gint32)gen->n_teams + 1));
                }
            }
          ok = vd_sample_step (gen, stmts[step], error);
          if (step == REJECTED)
            break;
        }
    }
  for (guint i = 0; i < N_STEPS; i++)
    if (stmts[i] != NULL)
      sqlite3_finalize (stmts[i]);
  return ok;
}

/* A catalogue, and exchanges by volunteers who have the points, late in the year. */
gboolean
vd_sample_exchanges (SampleGen  *gen,
                     guint       n_exchanges,
                     GError    **error)
{
  sqlite3_stmt *item = vd_sample_prepare (gen, "INSERT INTO exchange_items (id, name, description, price_centi, "
                                               "stock) VALUES (?1, ?2, ?3, ?4, ?5)", error);
  sqlite3_stmt *exchange = vd_sample_prepare (gen, "INSERT INTO exchanges (id, volunteer_id, item_id, quantity, "
                                                   "points_centi, pickup_code, status, created_at, picked_up_at) "
                                                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)", error);
  sqlite3_stmt *ledger = vd_sample_prepare (gen, "INSERT INTO points_ledger (volunteer_id, kind, amount_centi, "
                                                 "reason, exchange_id, created_at, created_by) "
                                                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", error);
  sqlite3_stmt *stock = vd_sample_prepare (gen, "UPDATE exchange_items SET stock = stock - ?2 WHERE id = ?1", error);
  gint32 dec31 = vd_sample_until_today (gen, vd_sample_julian (gen->year, 12, 31));
  gboolean ok = item != NULL && exchange != NULL && ledger != NULL && stock != NULL;

  for (guint i = 0; ok && i < G_N_ELEMENTS (items); i++)
    {
      sqlite3_bind_int (item, 1, (int)i + 1);
      sqlite3_bind_text (item, 2, items[i].name, -1, SQLITE_STATIC);
      sqlite3_bind_text (item, 3, items[i].description, -1, SQLITE_STATIC);
      sqlite3_bind_int (item, 4, items[i].points * 100);
      sqlite3_bind_int (item, 5, (int)(60 + n_exchanges));
      ok = vd_sample_step (gen, item, error);
    }

  for (guint i = 1, tries = 0; ok && i <= n_exchanges && tries < n_exchanges * 100; tries++)
    {
      guint k = (guint)g_rand_int_range (gen->rand, 0, G_N_ELEMENTS (items));
      guint32 v = (guint32)g_rand_int_range (gen->rand, 1, (gint32)gen->n + 1);
      int quantity = g_rand_int_range (gen->rand, 0, 5) == 0 ? 2 : 1;
      gint64 cost = (gint64)items[k].points * 100 * quantity;
      int r = g_rand_int_range (gen->rand, 0, 100);
      const char *status = r < 80 ? "picked_up" : r < 95 ? "awaiting" : "cancelled";
      gint32 day = dec31 - g_rand_int_range (gen->rand, 5, 60);
      g_autofree char *reason = NULL;
      char code[8];
      char created[20];
      char picked[20];

      if (gen->balance[v - 1] < cost)
        continue;
      /* a bijection of the id onto six digits: unique, and not guessable in order */
      g_snprintf (code, sizeof code, "%06u", (guint)((guint64)i * 7919 % 1000000));
      vd_sample_format_time (day, 9 * 60 + g_rand_int_range (gen->rand, 0, 540), created);
      vd_sample_format_time (day + g_rand_int_range (gen->rand, 1, 5), 9 * 60 + g_rand_int_range (gen->rand, 0, 540),
                             picked);
      /* not picked up (or cancelled) yet when that day is still to come */
      if (status[0] != 'a' && vd_sample_parse_day (picked) > gen->today)
        status = "awaiting";
      sqlite3_bind_int (exchange, 1, (int)i);
      sqlite3_bind_int (exchange, 2, (int)v);
      sqlite3_bind_int (exchange, 3, (int)k + 1);
      sqlite3_bind_int (exchange, 4, quantity);
      sqlite3_bind_int64 (exchange, 5, cost);
      sqlite3_bind_text (exchange, 6, code, -1, SQLITE_STATIC);
      sqlite3_bind_text (exchange, 7, status, -1, SQLITE_STATIC);
      sqlite3_bind_text (exchange, 8, created, -1, SQLITE_STATIC);
      if (status[0] == 'p')
        sqlite3_bind_text (exchange, 9, picked, -1, SQLITE_STATIC);
      else
        sqlite3_bind_null (exchange, 9);
      ok = vd_sample_step (gen, exchange, error);

      reason = g_strdup_printf (_("Exchanged for %s"), items[k].name);
      sqlite3_bind_int (ledger, 1, (int)v);
      sqlite3_bind_text (ledger, 2, "spend", -1, SQLITE_STATIC);
      sqlite3_bind_int64 (ledger, 3, -cost);
      sqlite3_bind_text (ledger, 4, reason, -1, SQLITE_STATIC);
      sqlite3_bind_int (ledger, 5, (int)i);
      sqlite3_bind_text (ledger, 6, created, -1, SQLITE_STATIC);
      sqlite3_bind_text (ledger, 7, gen->reviewers[0], -1, SQLITE_STATIC);
      ok = ok && vd_sample_step (gen, ledger, error);
      gen->balance[v - 1] -= cost;
      if (ok && status[0] == 'c')
        {
          sqlite3_bind_text (ledger, 2, "refund", -1, SQLITE_STATIC);
          sqlite3_bind_int64 (ledger, 3, cost);
          sqlite3_bind_text (ledger, 4, _("Exchange cancelled; points returned"), -1, SQLITE_TRANSIENT);
          sqlite3_bind_text (ledger, 6, picked, -1, SQLITE_STATIC);
          ok = vd_sample_step (gen, ledger, error);
          gen->balance[v - 1] += cost;
        }
      else if (ok)
        {
          sqlite3_bind_int (stock, 1, (int)k + 1);
          sqlite3_bind_int (stock, 2, quantity);
          ok = vd_sample_step (gen, stock, error);
        }
      i++;
    }
  sqlite3_finalize (item);
  sqlite3_finalize (exchange);
  sqlite3_finalize (ledger);
  sqlite3_finalize (stock);
  return ok;
}

/* The day of the year's award, or of the year before's while this year's is still to
 * come. */
static void
award_day (SampleGen *gen,
           int        month,
           int        day,
           char      *out)
{
  gint32 jd = vd_sample_julian (gen->year, month, day);

  if (jd > gen->today)
    jd = vd_sample_julian (gen->year - 1, month, day);
  vd_sample_format_day (jd, out);
}

/* The reference year's honours, and the district's own for its best. */
gboolean
vd_sample_commendations (SampleGen  *gen,
                         GError    **error)
{
  g_autofree char *sql = NULL;
  g_autofree char *top = NULL;
  char nov20[11];
  char dec08[11];
  char sep15[11];
  char dec05[11];

  award_day (gen, 11, 20, nov20);
  award_day (gen, 12, 8, dec08);
  award_day (gen, 9, 15, sep15);
  award_day (gen, 12, 5, dec05);

  sql = g_strdup_printf (
    "INSERT INTO commendations (title, level, awarded_on, issuer, community_id, team_id, station_id) "
    "SELECT '河南省示范性志愿服务社区', 'province', '%1$s', '河南省文明办', id, NULL, NULL "
    "  FROM communities WHERE name = '清华园社区' UNION ALL "
    "SELECT '河南省四个优秀先进志愿服务社区', 'province', '%2$s', '河南省文明办', id, NULL, NULL "
    "  FROM communities WHERE name = '清华园社区' UNION ALL "
    "SELECT '郑州市社区党建+志愿服务工作观摩点', 'city', '%3$s', '郑州市文明办', id, NULL, NULL "
    "  FROM communities WHERE name = '天河社区' UNION ALL "
    "SELECT '郑州市优秀志愿服务组织', 'city', '%4$s', '郑州市文明办', NULL, 1, NULL UNION ALL "
    "SELECT '区优秀志愿服务队', 'district', '%4$s', '区文明办', NULL, 2, NULL UNION ALL "
    "SELECT '区优秀志愿服务队', 'district', '%5$d-12-06', '区文明办', NULL, 3, NULL UNION ALL "
    "SELECT '区优秀志愿服务站点', 'district', '%4$s', '区文明办', NULL, NULL, 23 UNION ALL "
    "SELECT '区优秀志愿服务站点', 'district', '%4$s', '区文明办', NULL, NULL, 11",
    nov20, dec08, sep15, dec05, gen->year - 1);
  /* the volunteers with the most approved hours */
  top = g_strdup_printf (
    "INSERT INTO commendations (title, level, awarded_on, issuer, volunteer_id) "
    "SELECT CASE WHEN rank = 1 THEN '郑州市最美志愿者' ELSE '区优秀志愿者' END, "
    "       CASE WHEN rank = 1 THEN 'city' ELSE 'district' END, '%s', "
    "       CASE WHEN rank = 1 THEN '郑州市文明办' ELSE '区文明办' END, id "
    "FROM (SELECT id, row_number () OVER (ORDER BY approved_minutes DESC, id) AS rank "
    "      FROM volunteers ORDER BY approved_minutes DESC, id LIMIT 6)",
    dec05);
  return vd_sample_exec (gen, sql, error) && vd_sample_exec (gen, top, error);
}
