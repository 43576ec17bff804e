/* bench-row.c — prints the header or one row of the benchmarks' table, so that the
 * rows bench/run measures itself line up with the programs' rows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   bench-row --header
 *   bench-row LABEL MEASURED TARGET
 */

#include "config.h"

#include <locale.h>

#include "bench-common.h"

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  if (argc == 2 && g_str_equal (argv[1], "--header"))
    bench_header ();
  else if (argc == 4)
    bench_text_row (argv[1], argv[2], argv[3]);
  else
    {
      g_printerr ("usage: bench-row --header | bench-row LABEL MEASURED TARGET\n");
      return 2;
    }
  return 0;
}
