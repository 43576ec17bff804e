/* bench-register.c — the register at city scale: opening the list, searching,
 * importing. Prints one row per figure with its target; medians of several runs.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   bench-register CITY.db WORKDIR
 *
 * CITY.db is the city bench/run builds once (volunteer-desk-cli sample --scale city).
 */

#include "config.h"

#include <locale.h>
#include <stdlib.h>

#include "bench-common.h"

#define RUNS BENCH_RUNS

static double
time_filter (VdVolunteerList *list,
             const char      *text,
             guint           *n_matches)
{
  VdVolunteerFilter filter;
  g_autoptr(GError) error = NULL;
  double times[RUNS];

  vd_volunteer_filter_init (&filter);
  filter.text = g_strdup (text);
  for (guint i = 0; i < RUNS; i++)
    {
      gint64 start = g_get_monotonic_time ();

      if (!vd_volunteer_list_set_filter (list, &filter, &error))
        g_error ("%s", error->message);
      /* what the view does next: read the first screenful */
      for (guint k = 0; k < 40 && k < g_list_model_get_n_items (G_LIST_MODEL (list)); k++)
        g_object_unref (g_list_model_get_item (G_LIST_MODEL (list), k));
      times[i] = (g_get_monotonic_time () - start) / 1000.0;
    }
  *n_matches = g_list_model_get_n_items (G_LIST_MODEL (list));
  vd_volunteer_filter_clear (&filter);
  return bench_median (times, RUNS);
}

static void
bench_list (VdDatabase *db)
{
  static const struct {
    const char *label;
    const char *text;
  } keys[] = {
    { "search: 1 Chinese character (张)", "张" },
    { "search: 2 Chinese characters (张伟)", "张伟" },
    { "search: 3 Chinese characters (欧阳娜)", "欧阳娜" },
    { "search: pinyin initials (zw)", "zw" },
    { "search: full pinyin prefix (zhangw)", "zhangw" },
    { "search: 4 phone digits (5678)", "5678" },
    { "search: volunteer number (V00123456)", "V00123456" },
  };
  double opens[RUNS];
  g_autoptr(VdVolunteerList) list = NULL;
  guint n = 0;

  /* A new list each time: what opening the page costs, query and first screenful. */
  for (guint i = 0; i < RUNS; i++)
    {
      g_autoptr(VdVolunteerList) fresh = vd_volunteer_list_new (db);
      g_autoptr(GError) error = NULL;
      VdVolunteerFilter filter;
      gint64 start = g_get_monotonic_time ();

      vd_volunteer_filter_init (&filter);
      if (!vd_volunteer_list_set_filter (fresh, &filter, &error))
        g_error ("%s", error->message);
      for (guint k = 0; k < 40; k++)
        g_object_unref (g_list_model_get_item (G_LIST_MODEL (fresh), k));
      opens[i] = (g_get_monotonic_time () - start) / 1000.0;
      n = g_list_model_get_n_items (G_LIST_MODEL (fresh));
    }
  {
    g_autofree char *label = g_strdup_printf ("list ready, %u volunteers, sorted by name", n);
    bench_row (label, bench_median (opens, RUNS), "ms", "≤ 150 ms");
  }

  list = vd_volunteer_list_new (db);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      guint matches = 0;
      double ms = time_filter (list, keys[i].text, &matches);
      g_autofree char *label = g_strdup_printf ("%s → %u", keys[i].label, matches);

      bench_row (label, ms, "ms", "≤ 20 ms");
    }
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(VdDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = NULL;

  if (argc != 3)
    {
      g_printerr ("usage: %s CITY.db WORKDIR\n", argv[0]);
      return 2;
    }
  db = bench_open_city (argv[1]);
  bench_list (db);

  csv = g_build_filename (argv[2], "import-100k-gbk.csv", NULL);
  if (!g_file_test (csv, G_FILE_TEST_EXISTS) &&
      !vd_sample_write_csv (csv, 100000, 7, TRUE, &error))
    g_error ("%s", error->message);
  {
    double times[3];

    for (guint i = 0; i < G_N_ELEMENTS (times); i++)
      {
        g_autofree char *path = g_build_filename (argv[2], "import-target.db", NULL);
        g_autoptr(VdImportResult) result = NULL;

        times[i] = bench_import_file (path, TRUE, csv, NULL, &result);
        g_printerr ("import: %u read, %u imported, %u rejected\n", result->read,
                    result->imported, result->rejected);
      }
    bench_row ("import 100,000 rows, GBK CSV (checked, indexed)", bench_median (times, 3) * 1000, "ms",
            "see ratio");
    g_print ("IMPORT_SECONDS=%.3f\n", bench_median (times, 3));
  }
  return 0;
}
