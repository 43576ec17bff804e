/* vd-volunteer-list.h — the register as a lazy GListModel over SQLite
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "vd-database.h"
#include "vd-volunteer.h"

G_BEGIN_DECLS

typedef enum
{
  VD_VOLUNTEER_SORT_NAME,
  VD_VOLUNTEER_SORT_GENDER,
  VD_VOLUNTEER_SORT_AGE,
  VD_VOLUNTEER_SORT_NUMBER,
  VD_VOLUNTEER_SORT_POLITICAL,
  VD_VOLUNTEER_SORT_STATION,
  VD_VOLUNTEER_SORT_REGISTERED,
  VD_VOLUNTEER_SORT_HOURS,
  VD_VOLUNTEER_SORT_STATUS,
  VD_VOLUNTEER_N_SORTS
} VdVolunteerSort;

/* What the list shows: a search text and filters, all of which must match. */
typedef struct
{
  char            *text;        /* characters of the name, pinyin, or ≥ 3 digits */
  gint64           station_id;  /* 0 = any */
  gint64           team_id;     /* 0 = any */
  int              political;   /* a VdPolitical, or -1 = any */
  int              active;      /* 1 active, 0 inactive, -1 any */
  int              star_level;  /* 0 (no star) … 5, or -1 = any */
  VdVolunteerSort  sort;
  gboolean         descending;
} VdVolunteerFilter;

void vd_volunteer_filter_init  (VdVolunteerFilter       *filter);
void vd_volunteer_filter_clear (VdVolunteerFilter       *filter);
void vd_volunteer_filter_copy  (VdVolunteerFilter       *dest,
                                const VdVolunteerFilter *src);

#define VD_TYPE_VOLUNTEER_LIST (vd_volunteer_list_get_type ())

G_DECLARE_FINAL_TYPE (VdVolunteerList, vd_volunteer_list, VD, VOLUNTEER_LIST, GObject)

/* Holds only the ids of the current result and a few pages of rows, read by primary
 * key when the view asks for them: a million volunteers cost a few megabytes. */
VdVolunteerList *vd_volunteer_list_new        (VdDatabase              *db);
gboolean         vd_volunteer_list_set_filter (VdVolunteerList         *self,
                                               const VdVolunteerFilter *filter,
                                               GError                 **error);
const VdVolunteerFilter *vd_volunteer_list_get_filter (VdVolunteerList *self);
/* Runs the current query again (after a change) and drops the cached rows. */
gboolean         vd_volunteer_list_reload     (VdVolunteerList         *self,
                                               GError                 **error);
gint64           vd_volunteer_list_get_id     (VdVolunteerList         *self,
                                               guint                    position);
/* The position of the volunteer in the result, or G_MAXUINT. */
guint            vd_volunteer_list_find       (VdVolunteerList         *self,
                                               gint64                   id);
/* A copy of the ids of the whole result, in order (for exports); g_free it. */
gint64          *vd_volunteer_list_dup_ids    (VdVolunteerList         *self,
                                               guint                   *n_ids);
VdDatabase      *vd_volunteer_list_get_database (VdVolunteerList       *self);
/* TRUE while "result-changing" announces the same query run again (a reload after a
 * change, here or by another program), FALSE for a new search, filter or order: a
 * view keeps its scroll position for the first and starts at the top for the other. */
gboolean         vd_volunteer_list_is_same_query (VdVolunteerList      *self);

G_END_DECLS
