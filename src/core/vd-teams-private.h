/* vd-teams-private.h — helpers shared by vd-teams.c, vd-team-members.c and
 * vd-team-categories.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vd-teams.h"

G_BEGIN_DECLS

/* The first integer column of sql with ?1 bound to a (and ?2 to b when the
 * statement has it), or 0 when there is no row. */
gint64   vd_teams_query_int   (VdDatabase  *db,
                               const char  *sql,
                               gint64       a,
                               gint64       b);
/* Steps a statement that returns no rows, finalizes it, and sets error on failure. */
gboolean vd_teams_step_done   (VdDatabase    *db,
                               sqlite3_stmt  *stmt,
                               GError       **error);
/* A real YYYY-MM-DD date, not after today (NULL: now). */
gboolean vd_teams_date_ok     (const char  *text,
                               const GDate *today,
                               gboolean    *in_future);

G_END_DECLS
