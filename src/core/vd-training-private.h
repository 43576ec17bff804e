/* vd-training-private.h — helpers shared by the training sources
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vd-training.h"

G_BEGIN_DECLS

/* Reads "2026-03-05 09:00", "2026/3/5 9:00:30", "2026-03-05T09:00" as local time. */
GDateTime *vd_training_parse_time  (const char *text);
/* YYYY-MM-DD HH:MM:SS, as stored. */
char      *vd_training_format_time (GDateTime  *time);

/* Steps a statement that returns no rows and finalizes nothing (a cached one). */
gboolean   vd_training_step_done   (VdDatabase    *db,
                                    sqlite3_stmt  *stmt,
                                    GError       **error);

G_END_DECLS
