/* vd-service-private.h — the service-hours rules, shared with the list import
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vd-events.h"
#include "vd-service.h"
#include "vd-settings.h"

G_BEGIN_DECLS

/* Applies the rules of vd-service.h to a record of volunteer_id on event: fills
 * *date_out (normalized; given_date NULL or "": the event's first day) and
 * *minutes_out (rounded down to the unit; given_minutes ≤ 0: what the event lasted
 * that day, within the cap). The daily cap counts the volunteer's pending and
 * approved records already written that day, except except_id (0: none). name names
 * the volunteer in the messages (VD_SERVICE_ERROR). */
gboolean vd_service_check_rules (VdDatabase        *db,
                                 const VdSettings  *settings,
                                 VdEvent           *event,
                                 gint64             volunteer_id,
                                 const char        *name,
                                 const char        *given_date,
                                 int                given_minutes,
                                 gboolean           backfilled,
                                 gint64             except_id,
                                 char             **date_out,
                                 int               *minutes_out,
                                 GError           **error);

/* The volunteer's name, or NULL when no volunteer has the id. */
char    *vd_service_volunteer_name (VdDatabase *db,
                                    gint64      volunteer_id);

G_END_DECLS
