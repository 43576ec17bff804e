/* bench-training.c — the check-in lookup at the door, at city scale: a session with
 * 300 registrants in a register of 1,000,000 volunteers. Prints one row per key
 * with its target; medians of several runs. Writes nothing: the session is made in
 * a transaction that is rolled back.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   bench-training CITY.db
 *
 * CITY.db is the city bench/run builds once (volunteer-desk-cli sample --scale city).
 */

#include "config.h"

#include "bench-common.h"

#define RUNS BENCH_RUNS
#define REGISTRANTS 300

static char *
query_text (VdDatabase *db,
            const char *sql)
{
  sqlite3_stmt *stmt = vd_database_prepare (db, sql, NULL);
  char *text = NULL;

  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    text = g_strdup ((const char *)sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return text;
}

static void
time_lookup (VdDatabase *db,
             gint64      training_id,
             const char *label,
             const char *text)
{
  double times[RUNS];
  guint n = 0;

  for (guint i = 0; i < RUNS; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) found = NULL;
      gint64 start = g_get_monotonic_time ();

      found = vd_training_lookup (db, training_id, text, 12, &error);
      if (found == NULL)
        g_error ("%s", error->message);
      times[i] = bench_ms_since (start);
      n = found->len;
    }
  {
    g_autofree char *what = g_strdup_printf ("check-in lookup: %s → %u shown", label, n);
    bench_row (what, bench_median (times, RUNS), "ms", "≤ 10 ms");
  }
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(VdDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VdTraining) t = vd_training_new ();
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 n_volunteers;
  double check_ins[RUNS];

  if (argc != 2)
    {
      g_printerr ("usage: %s CITY.db\n", argv[0]);
      return 2;
    }
  db = bench_open_city (argv[1]);
  n_volunteers = vd_database_count_rows (db, "volunteers");
  if (!vd_database_begin (db, &error))
    g_error ("%s", error->message);

  g_free (t->topic);
  t->topic = g_strdup ("应急救护培训");
  {
    g_autofree char *category = query_text (db, "SELECT id FROM categories "
                                                "WHERE domain = 'training' LIMIT 1");
    t->category_id = g_ascii_strtoll (category, NULL, 10);
  }
  g_free (t->starts_at);
  t->starts_at = g_strdup ("2026-03-05 09:00");
  g_free (t->ends_at);
  t->ends_at = g_strdup ("2026-03-05 11:00");
  if (!vd_training_insert (db, t, &error))
    g_error ("%s", error->message);
  /* registrants spread over the register */
  for (guint i = 0; i < REGISTRANTS; i++)
    {
      gint64 id = 1 + (gint64)i * (n_volunteers / REGISTRANTS);
      g_array_append_val (ids, id);
    }
  if (!vd_training_register (db, t->id, (gint64 *)ids->data, ids->len, NULL, &error))
    g_error ("%s", error->message);

  /* Each key kind a trainer types at the door; the SQL picks a volunteer of this
   * register (ids 1, 1 + n/300, … are the session's registrants). */
  {
    static const struct { const char *label; const char *text; const char *sql; } keys[] = {
      { "1 character (张)", "张", NULL },
      { "2 characters (张伟)", "张伟", NULL },
      { "a registrant's name", NULL, "SELECT name FROM volunteers WHERE id = 1" },
      { "pinyin initials (zw)", "zw", NULL },
      { "full pinyin (zhangwei)", "zhangwei", NULL },
      { "3 digits (567)", "567", NULL },
      { "a registrant's last 4 phone digits", NULL,
        "SELECT substr (phone, 8) FROM volunteers WHERE id = 1" },
      { "4 phone digits, many hits (5678)", "5678", NULL },
      { "last 6 phone digits (rare)", NULL,
        "SELECT substr (phone, 6) FROM volunteers WHERE id = 456789" },
      { "6 digits of a volunteer number (rare)", NULL,
        "SELECT substr (volunteer_no, 4) FROM volunteers WHERE id = 345678" },
      { "8 digits: a volunteer number without its V", NULL,
        "SELECT substr (volunteer_no, 2) FROM volunteers WHERE id = 123457" },
      { "8 digits of an ID number (not a key)", NULL,
        "SELECT substr (id_number, 7, 8) FROM volunteers WHERE id = 567890" },
      { "a registrant's volunteer number", NULL,
        "SELECT volunteer_no FROM volunteers WHERE id = 1" },
      { "another volunteer number", NULL,
        "SELECT volunteer_no FROM volunteers WHERE id = 123457" },
      { "start of a volunteer number (V0012)", "V0012", NULL },
      { "another volunteer's whole phone", NULL,
        "SELECT phone FROM volunteers WHERE id >= 234567 AND phone IS NOT NULL LIMIT 1" },
      { "a whole phone, spaced (3 4 4)", NULL,
        "SELECT substr (phone, 1, 3) || ' ' || substr (phone, 4, 4) || ' ' || substr (phone, 8) "
        "FROM volunteers WHERE id = 678901" },
      { "7 digits from the start of a phone", NULL,
        "SELECT substr (phone, 1, 7) FROM volunteers WHERE id = 789012" },
      { "a name and the last 4 phone digits", NULL,
        "SELECT name || ' ' || substr (phone, 8) FROM volunteers WHERE id = 456789" },
      { "1 character and 4 digits (张 5678)", "张 5678", NULL },
      { "pinyin initials and 4 digits (zw 5678)", "zw 5678", NULL },
      { "2 characters and 3 digits (张伟 567)", "张伟 567", NULL },
    };

    for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
      {
        g_autofree char *text = keys[i].sql != NULL ? query_text (db, keys[i].sql) : NULL;

        time_lookup (db, t->id, keys[i].label, keys[i].text != NULL ? keys[i].text : text);
      }
  }

  /* a check-in at the door: write, audit, commit of its savepoint */
  for (guint i = 0; i < RUNS; i++)
    {
      g_autoptr(VdCheckIn) done = NULL;
      gint64 start = g_get_monotonic_time ();

      done = vd_training_check_in (db, t->id, g_array_index (ids, gint64, i + 1), NULL, &error);
      if (done == NULL)
        g_error ("%s", error->message);
      check_ins[i] = bench_ms_since (start);
    }
  bench_row ("check-in (write + audit)", bench_median (check_ins, RUNS), "ms", "—");

  vd_database_rollback (db);
  return 0;
}
