/* bench-common.h — what every benchmark shares: the city database, medians and the
 * rows of the one table bench/run prints
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vd-core.h"

G_BEGIN_DECLS

#define BENCH_RUNS 7
/* characters of the table's first column (bench/run prints its own rows as wide) */
#define BENCH_LABEL_WIDTH 64

/* The median of n values (sorts them). */
double      bench_median    (double     *values,
                             guint       n);

/* One row of the table: | what | value unit | target |. */
void        bench_row       (const char *what,
                             double      value,
                             const char *unit,
                             const char *target);
/* A row whose measured column is text already (bench/run's own rows). */
void        bench_text_row  (const char *what,
                             const char *measured,
                             const char *target);
/* A row that states a count (rows in a table, volunteers in the register). */
void        bench_count_row (const char *what,
                             gint64      n,
                             const char *target);
/* The table's header (bench/run prints it once, with bench-row). */
void        bench_header    (void);

/* Opens the city database at path, which bench/run builds once with
 * `volunteer-desk-cli sample --scale city`; exits with a message when it is missing,
 * rather than measuring an empty or foreign file. */
VdDatabase *bench_open_city (const char *path);
/* The year the city's figures are measured for: the latest with approved hours
 * (the year the dashboard opens on). */
int         bench_city_year (VdDatabase *db);

/* Imports the CSV at csv into the database at path as the app does (emptied first
 * when fresh): the seconds from opening the file to the commit, and in *cpu those of
 * this thread, the database's, which bounds the import. Exits on a failure. */
double      bench_import_file (const char      *path,
                               gboolean         fresh,
                               const char      *csv,
                               double          *cpu,
                               VdImportResult **result);

/* Milliseconds since start (a g_get_monotonic_time () value). */
double      bench_ms_since  (gint64      start);

G_END_DECLS
