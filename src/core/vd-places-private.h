/* vd-places-private.h — what places, stations and commendations share inside the core
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vd-places.h"

G_BEGIN_DECLS

/* Runs one INSERT, UPDATE or DELETE of a row of table in a transaction, with its
 * audit entry. Parameters are bound from the format, one character each:
 *   'i' gint64;  'n' gint64, 0 binds NULL;  't' const char *, NULL binds NULL.
 * For an INSERT pass id 0: the new rowid is returned. Returns 0 on error, and
 * VD_PLACES_ERROR_NOT_FOUND when an UPDATE or DELETE touched no row. */
gint64      vd_places_write_row   (VdDatabase  *db,
                                   const char  *table,
                                   gint64       id,
                                   const char  *action,
                                   const char  *sql,
                                   GError     **error,
                                   const char  *format,
                                   ...);

/* The first column of the first row, with ?1 bound to arg; 0 when there is no row. */
gint64      vd_places_query_int   (VdDatabase  *db,
                                   const char  *sql,
                                   gint64       arg);

/* Trimmed copy; NULL gives "". */
char       *vd_places_trim        (const char  *text);
/* TRUE when text is a real date YYYY-MM-DD (normalized in place from what offices
 * write) and, with not_future, not after today. */
gboolean    vd_places_check_date  (char       **text,
                                   gboolean     not_future);

/* The first dependent found by the queries (each with ?1 = id), as its translated
 * description, or NULL. */
typedef struct
{
  const char *sql;
  const char *what;     /* N_() */
} VdDependent;

const char *vd_places_first_dependent (VdDatabase        *db,
                                       const VdDependent *dependents,
                                       guint              n,
                                       gint64             id);

G_END_DECLS
