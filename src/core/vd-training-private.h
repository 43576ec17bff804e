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

gboolean   vd_training_too_long    (const char *text,
                                    glong       max);
/* TRUE when sql (with ?1 = id) returns a row. */
gboolean   vd_training_row_exists  (VdDatabase *db,
                                    const char *sql,
                                    gint64      id);

/* One registration as stored. */
typedef struct
{
  gboolean            exists;
  VdAttendanceStatus  status;
  char               *checked_in_at;
} VdRegistration;

gboolean   vd_training_read_registration (VdDatabase      *db,
                                          gint64           training_id,
                                          gint64           volunteer_id,
                                          VdRegistration  *out,
                                          GError         **error);
/* The volunteer's name and whether they are active; NULL when not found. */
char      *vd_training_volunteer_name    (VdDatabase      *db,
                                          gint64           volunteer_id,
                                          gboolean        *active);
gboolean   vd_training_audit_change      (VdDatabase            *db,
                                          gint64                 training_id,
                                          gint64                 volunteer_id,
                                          const char            *action,
                                          const VdRegistration  *before,
                                          const char            *status_after,
                                          const char            *checked_in_after,
                                          GError               **error);
/* Present or late: an approved service record when training counts as service
 * time (an existing one is kept); otherwise the record goes. */
gboolean   vd_training_sync_record       (VdDatabase      *db,
                                          VdTraining      *t,
                                          gint64           volunteer_id,
                                          gboolean         attended,
                                          gboolean        *wrote,
                                          GError         **error);
gboolean   vd_training_write_status      (VdDatabase          *db,
                                          gint64               training_id,
                                          gint64               volunteer_id,
                                          VdAttendanceStatus   status,
                                          const char          *checked_in_at,
                                          GError             **error);
/* Registers inside the caller's transaction (capacity enforced); no audit. The ids
 * really added go to added (gint64). */
gboolean   vd_training_add_registrations (VdDatabase    *db,
                                          VdTraining    *t,
                                          const gint64  *ids,
                                          guint          n_ids,
                                          const char    *at,
                                          GArray        *added,
                                          GError       **error);

G_END_DECLS
