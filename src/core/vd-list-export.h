/* vd-list-export.h — every list other than the register out to CSV and .xlsx, one
 * table of columns per kind
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "vd-database.h"

G_BEGIN_DECLS

typedef enum
{
  VD_LIST_TEAMS,
  VD_LIST_MEMBERS,      /* team members, one row per membership */
  VD_LIST_STATIONS,
  VD_LIST_EVENTS,
  VD_LIST_RECORDS,      /* participants and their service records of events */
  VD_LIST_TRAININGS,
  VD_LIST_ATTENDANCE,   /* one row per registration of a training */
  VD_LIST_WISHES,
  VD_LIST_LEDGER,       /* the points ledger */
  VD_N_LISTS
} VdListKind;

/* "teams", "members", … as the command line names them. */
const char *vd_list_kind_to_name   (VdListKind   kind);
gboolean    vd_list_kind_from_name (const char  *name,
                                    VdListKind  *kind);
/* The sheet's name (translated): 服务队, 队员, … */
const char *vd_list_kind_get_title (VdListKind   kind);
/* Whether the year filter means something for the kind (teams, members and
 * stations have none). */
gboolean    vd_list_kind_has_year  (VdListKind   kind);

typedef struct
{
  int    year;    /* 0: every year; else events, records, trainings and attendance by
                   * their start, wishes by collection, the ledger by its date */
  gint64 owner;   /* 0: all; else the team (members), event (records), training
                   * (attendance) or volunteer (ledger) the rows belong to */
  GArray *ids;    /* NULL: every row that passes year and owner; else (gint64) only
                   * the rows with these ids, in this order, as a page shows them:
                   * ids of teams, stations, events, records, trainings, wishes or
                   * ledger rows; of the volunteers for members and attendance */
} VdListFilter;

/* Writes the rows of kind that pass filter (NULL: all) to path: .xlsx by its name,
 * else CSV in UTF-8 with BOM, one header row of translated column names that the
 * importers read back. ID numbers and phones are masked unless full_ids; a full
 * export makes the file private (0600). The export goes to the audit log with
 * whether it was full. Nothing is left at path when it fails or is cancelled.
 * With filter->ids the file holds exactly those rows (that also pass year and owner),
 * in the order of ids.
 * *n_rows (may be NULL) is the number of rows written under the header. */
gboolean vd_list_export (VdDatabase          *db,
                         VdListKind           kind,
                         const VdListFilter  *filter,
                         const char          *path,
                         gboolean             full_ids,
                         guint               *n_rows,
                         GCancellable        *cancellable,
                         GError             **error);

/* The translated column headers of kind, NULL-terminated (free the array only). */
const char **vd_list_get_headers (VdListKind kind);

G_END_DECLS
