/* vd-date.h — reading dates as offices write them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Accepts 2026-03-05, 2026/3/5, 2026.3.5, 20260305, 2026年3月5日 and a trailing time
 * (2026-03-05 08:30:00), with full-width digits; sets out only to a real date. */
gboolean vd_date_parse      (const char *text,
                             GDate      *out);
/* YYYY-MM-DD, as stored. */
char    *vd_date_to_iso     (const GDate *date);
/* Today in local time. */
void     vd_date_set_today  (GDate      *date);

G_END_DECLS
