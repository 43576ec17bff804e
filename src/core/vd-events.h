/* vd-events.h — service events: what was done, when, where, by whom, for how many
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "vd-database.h"

G_BEGIN_DECLS

#define VD_EVENTS_ERROR (vd_events_error_quark ())

typedef enum
{
  VD_EVENTS_ERROR_INVALID,      /* a field is wrong: see the messages */
  VD_EVENTS_ERROR_NOT_FOUND,
  VD_EVENTS_ERROR_HAS_RECORDS,  /* service records keep the event */
} VdEventsError;

GQuark vd_events_error_quark (void);

typedef enum
{
  VD_EVENT_PLANNED,
  VD_EVENT_HELD,
  VD_EVENT_CANCELLED,
  VD_N_EVENT_STATUS
} VdEventStatus;

const char *vd_event_status_to_code   (VdEventStatus  status);
gboolean    vd_event_status_from_code (const char    *code,
                                       VdEventStatus *out);
const char *vd_event_status_get_label (VdEventStatus  status);

/* The fields of the add/edit form, for messages shown next to each. */
typedef enum
{
  VD_EVENT_FIELD_TITLE,
  VD_EVENT_FIELD_CATEGORY,
  VD_EVENT_FIELD_STARTS,
  VD_EVENT_FIELD_ENDS,
  VD_EVENT_FIELD_PLACE,        /* station or place: one of them */
  VD_EVENT_FIELD_TEAM,
  VD_EVENT_FIELD_PEOPLE,
  VD_EVENT_FIELD_DESCRIPTION,
  VD_EVENT_N_FIELDS
} VdEventField;

#define VD_TYPE_EVENT (vd_event_get_type ())

G_DECLARE_FINAL_TYPE (VdEvent, vd_event, VD, EVENT, GObject)

/* A plain record with public fields owned by the object; strings are never NULL. */
struct _VdEvent
{
  GObject        parent_instance;

  gint64         id;                /* 0 until saved */
  char          *title;
  gint64         category_id;
  char          *starts_at;         /* YYYY-MM-DD HH:MM:SS, local time */
  char          *ends_at;
  gint64         station_id;        /* 0 = none */
  char          *place;
  gint64         team_id;           /* 0 = none */
  gint64         people_served;     /* 受益群众人次 */
  gboolean       party_event;
  char          *description;
  VdEventStatus  status;

  /* Read-only, filled when read from the database. */
  char          *category_name;
  char          *station_name;
  char          *team_name;
  gint64         participant_count; /* records of any status */
  gint64         pending_count;
  gint64         approved_minutes;
};

VdEvent  *vd_event_new            (void);
VdEvent  *vd_event_copy           (VdEvent    *self);
/* Minutes between start and end; 0 when either is unreadable. */
gint64    vd_event_get_duration   (VdEvent    *self);
/* "2026-03-05 08:30–11:30" or "2026-03-05 08:30 – 03-06 12:00". */
char     *vd_event_dup_when       (VdEvent    *self);
/* The station's name, else the place, else "". */
const char *vd_event_get_where    (VdEvent    *self);

/* Checks every field: a title, an event category, real date-times, the end after the
 * start and at most 31 days later, a station or a place, a known team, people served
 * ≥ 0. Fills messages (translated, NULL where fine; may be NULL). */
gboolean  vd_events_check         (VdDatabase *db,
                                   VdEvent    *event,
                                   char       *messages[VD_EVENT_N_FIELDS]);
/* Check, then write with an audit entry in one transaction; insert sets event->id. */
gboolean  vd_events_insert        (VdDatabase *db,
                                   VdEvent    *event,
                                   GError    **error);
gboolean  vd_events_update        (VdDatabase *db,
                                   VdEvent    *event,
                                   GError    **error);
VdEvent  *vd_events_get           (VdDatabase *db,
                                   gint64      id,
                                   GError    **error);
/* Refuses with HAS_RECORDS while service records refer to the event. Returns the
 * event as it was, for Undo with vd_events_restore (which puts it back, same id). */
VdEvent  *vd_events_delete        (VdDatabase *db,
                                   gint64      id,
                                   GError    **error);
gboolean  vd_events_restore       (VdDatabase *db,
                                   VdEvent    *event,
                                   GError    **error);

/* The editable list of event categories (domain 'event'), not archived, in order. */
GPtrArray *vd_events_list_categories (VdDatabase  *db,
                                      GError     **error);
/* Adds a category to the list (audited); returns its id, or 0 with error. */
gint64     vd_events_add_category    (VdDatabase  *db,
                                      const char  *name,
                                      GError     **error);

typedef enum
{
  VD_EVENT_SORT_STARTS,
  VD_EVENT_SORT_TITLE,
  VD_EVENT_SORT_CATEGORY,
  VD_EVENT_SORT_STATION,
  VD_EVENT_SORT_TEAM,
  VD_EVENT_SORT_PARTICIPANTS,
  VD_EVENT_SORT_HOURS,
  VD_EVENT_SORT_PEOPLE,
  VD_EVENT_SORT_STATUS,
  VD_EVENT_N_SORTS
} VdEventSort;

typedef struct
{
  char        *text;          /* part of the title or place; NULL or "" = any */
  char        *from;          /* YYYY-MM-DD, first day; NULL = open */
  char        *to;            /* YYYY-MM-DD, last day; NULL = open */
  gint64       category_id;   /* 0 = any */
  gint64       station_id;    /* 0 = any */
  gint64       team_id;       /* 0 = any */
  VdEventSort  sort;
  gboolean     descending;
} VdEventFilter;

void vd_event_filter_init  (VdEventFilter       *filter);
void vd_event_filter_clear (VdEventFilter       *filter);
void vd_event_filter_copy  (VdEventFilter       *dest,
                            const VdEventFilter *src);

#define VD_TYPE_EVENT_LIST (vd_event_list_get_type ())

G_DECLARE_FINAL_TYPE (VdEventList, vd_event_list, VD, EVENT_LIST, GObject)

/* A lazy GListModel of VdEvent: the query (filters and order, in SQL) keeps only the
 * ids; rows are read by primary key when a view asks for them, a page at a time. */
VdEventList *vd_event_list_new        (VdDatabase          *db);
gboolean     vd_event_list_set_filter (VdEventList         *self,
                                       const VdEventFilter *filter,
                                       GError             **error);
const VdEventFilter *vd_event_list_get_filter (VdEventList *self);
gboolean     vd_event_list_reload     (VdEventList         *self,
                                       GError             **error);
/* Position of an event in the current result, or G_MAXUINT. */
guint        vd_event_list_find       (VdEventList         *self,
                                       gint64               id);
/* The ids of the current result in its order (gint64), a new array: what the page
 * shows, for an export of exactly those events. */
GArray      *vd_event_list_dup_ids    (VdEventList         *self);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (VdEventFilter, vd_event_filter_clear)

G_END_DECLS
