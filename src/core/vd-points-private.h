/* vd-points-private.h — helpers shared by vd-points.c and vd-points-exchange.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vd-points.h"

G_BEGIN_DECLS

char     *vd_points_column_text     (sqlite3_stmt  *stmt,
                                     int            column);
/* Steps a statement that returns no rows and finalizes it. */
gboolean  vd_points_step_done       (VdDatabase    *db,
                                     sqlite3_stmt  *stmt,
                                     GError       **error);
/* Audits the insert of a row (no "before" image). */
gboolean  vd_points_audit_insert    (VdDatabase    *db,
                                     const char    *table,
                                     gint64         rowid,
                                     const char    *action,
                                     GError       **error);
/* Refuses an unknown (or, with require_active, inactive) volunteer with a translated
 * VD_POINTS_ERROR_VOLUNTEER; sets name when found. */
gboolean  vd_points_check_volunteer (VdDatabase    *db,
                                     gint64         volunteer_id,
                                     gboolean       require_active,
                                     char         **name,
                                     GError       **error);
/* One ledger row, audited, in the caller's transaction; returns its id or 0. */
gint64    vd_points_insert_row      (VdDatabase    *db,
                                     gint64         volunteer_id,
                                     VdLedgerKind   kind,
                                     gint64         amount_centi,
                                     const char    *reason,
                                     gint64         exchange_id,
                                     GError       **error);

G_END_DECLS
