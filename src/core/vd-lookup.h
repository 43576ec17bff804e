/* vd-lookup.h — short lists for pickers and filters: stations, communities, teams
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vd-database.h"

G_BEGIN_DECLS

typedef enum
{
  VD_LOOKUP_STATIONS,      /* active stations */
  VD_LOOKUP_COMMUNITIES,   /* communities not archived, "街道 · 社区" */
  VD_LOOKUP_TEAMS,         /* active teams */
} VdLookupKind;

typedef struct
{
  gint64  id;
  char   *name;
} VdLookupItem;

void       vd_lookup_item_free (VdLookupItem *item);
/* Sorted by name. */
GPtrArray *vd_lookup_list      (VdDatabase   *db,
                                VdLookupKind  kind,
                                GError      **error);

/* A volunteer's approved hours per year, newest year first. */
typedef struct
{
  int    year;
  gint64 minutes;
} VdYearMinutes;

GArray    *vd_lookup_volunteer_minutes_by_year (VdDatabase  *db,
                                                gint64       volunteer_id,
                                                GError     **error);

/* The active volunteers of a team (gint64 ids, by name), e.g. to add a whole team to an
 * event or a training at once. */
GArray    *vd_lookup_team_member_ids (VdDatabase  *db,
                                      gint64       team_id,
                                      GError     **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VdLookupItem, vd_lookup_item_free)

G_END_DECLS
