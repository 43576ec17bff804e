/* vd-sample.h — a generated district (or city) for newcomers and benchmarks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "vd-database.h"

G_BEGIN_DECLS

typedef enum
{
  VD_SAMPLE_DISTRICT,   /* the reference district: 47,000 volunteers */
  VD_SAMPLE_CITY,       /* 1,000,000 volunteers */
} VdSampleScale;

typedef struct
{
  VdSampleScale scale;
  guint32       seed;
  int           year;          /* the year the figures describe */
  guint         volunteers;    /* 0 = the scale's number */
} VdSampleOptions;

void     vd_sample_options_init (VdSampleOptions *options,
                                 VdSampleScale    scale);

/* Fills an empty database: settings, sub-districts, communities, stations, teams and
 * volunteers with realistic names (surname frequencies), valid ID numbers of the
 * district, phones and dates. The same options give the same database. */
gboolean vd_sample_generate     (VdDatabase             *db,
                                 const VdSampleOptions  *options,
                                 GCancellable           *cancellable,
                                 GError                **error);

/* TRUE for a database vd_sample_generate filled: the app labels it as sample data. */
gboolean vd_sample_is_sample    (VdDatabase             *db);

/* A CSV of n volunteers as an office would keep it (GBK, Chinese headers), for the
 * import benchmark; fully deterministic for a seed. */
gboolean vd_sample_write_csv    (const char             *path,
                                 guint                   n,
                                 guint32                 seed,
                                 gboolean                gbk,
                                 GError                **error);

G_END_DECLS
