/* vd-events-private.h — what the event list model shares with vd-events.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vd-events.h"

G_BEGIN_DECLS

/* SELECT of one event's columns by id (?1), read by vd_event_read_row. */
const char *vd_events_select_sql (void);
void        vd_event_read_row    (VdEvent      *event,
                                  sqlite3_stmt *stmt);

/* 'YYYY-MM-DD HH:MM[:SS]' as a GDateTime in UTC (the zone does not matter for
 * differences and days), or NULL. */
GDateTime  *vd_event_parse_datetime (const char *text);

G_END_DECLS
