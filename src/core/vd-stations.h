/* vd-stations.h — service stations: their projects, the 六个一 checklist, equipment,
 * what is based there, and the district's station figures
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "vd-database.h"
#include "vd-places.h"
#include "vd-volunteer.h"

G_BEGIN_DECLS

typedef enum
{
  VD_STATION_COMMUNITY,  /* 社区站点: what community coverage counts */
  VD_STATION_WINDOW,     /* 窗口单位站点 */
  VD_STATION_PUBLIC,     /* 公共场所站点 */
  VD_N_STATION_TYPES
} VdStationType;

const char *vd_station_type_to_code   (VdStationType  type);
gboolean    vd_station_type_from_code (const char    *code,
                                       VdStationType *out);
const char *vd_station_type_get_label (VdStationType  type);

/* The 六个一 checklist, in its customary order. */
typedef enum
{
  VD_CHECKLIST_VENUE,    /* 一处场所 */
  VD_CHECKLIST_SIGN,     /* 一个标识 */
  VD_CHECKLIST_BOARD,    /* 一块展板 */
  VD_CHECKLIST_TEAM,     /* 一支队伍 */
  VD_CHECKLIST_ROSTER,   /* 一本名册 */
  VD_CHECKLIST_LEDGER,   /* 一本台账 */
  VD_N_CHECKLIST_ITEMS
} VdChecklistItem;

const char *vd_checklist_item_get_label (VdChecklistItem item);

typedef enum
{
  VD_EQUIPMENT_RED_CAP,
  VD_EQUIPMENT_RED_VEST,
  VD_EQUIPMENT_SIGN,
  VD_EQUIPMENT_OTHER,
  VD_N_EQUIPMENT_KINDS
} VdEquipmentKind;

const char *vd_equipment_kind_get_label (VdEquipmentKind kind);

/* Service projects expected to be running at every station. */
#define VD_STATION_MIN_PROJECTS 3

#define VD_TYPE_STATION (vd_station_get_type ())

G_DECLARE_FINAL_TYPE (VdStation, vd_station, VD, STATION, GObject)

/* A plain record, fields public and owned. Strings are never NULL except archived_on. */
struct _VdStation
{
  GObject        parent_instance;

  gint64         id;                  /* 0 until saved */
  char          *name;
  VdStationType  type;
  gint64         subdistrict_id;      /* 0 = none */
  gint64         community_id;        /* 0 = none; required for a community station */
  char          *address;
  char          *contact_name;
  char          *contact_phone;
  char          *established_on;      /* YYYY-MM-DD */
  gboolean       active;
  char          *archived_on;
  char          *notes;

  /* Read-only, filled when read from the database. */
  char          *subdistrict_name;
  char          *community_name;
  guint          n_running_projects;
  guint          n_checklist_done;
  guint          n_volunteers;        /* active volunteers based there */
  gint64         equipment[VD_N_EQUIPMENT_KINDS];  /* quantities issued */
  char          *search_keys;         /* pinyin of the names, full and initials */
};

VdStation *vd_station_new                 (void);
VdStation *vd_station_copy                (VdStation *self);
/* "红帽 20 · 红马甲 30 · 标识 2", or "" when nothing was issued. */
char      *vd_station_dup_equipment_summary (VdStation *self);
/* TRUE when text is in the station's, its community's or its sub-district's name, or,
 * typed as pinyin, in their full reading or initials ("xfsq" finds 幸福社区). */
gboolean   vd_station_matches          (VdStation  *self,
                                        const char *text);

typedef enum
{
  VD_STATION_FIELD_NAME,
  VD_STATION_FIELD_TYPE,
  VD_STATION_FIELD_SUBDISTRICT,
  VD_STATION_FIELD_COMMUNITY,
  VD_STATION_FIELD_ESTABLISHED_ON,
  VD_STATION_FIELD_CONTACT_PHONE,
  VD_STATION_FIELD_TEXT,            /* address, contact, notes: lengths */
  VD_STATION_N_FIELDS
} VdStationField;

typedef struct
{
  char *messages[VD_STATION_N_FIELDS];   /* translated; NULL where the field is fine */
} VdStationCheck;

void     vd_station_check_clear (VdStationCheck *check);

/* Normalizes station in place (trims, dates as YYYY-MM-DD, the sub-district taken from
 * the community) and checks every field. TRUE when it can be saved. */
gboolean vd_stations_check      (VdDatabase     *db,
                                 VdStation      *station,
                                 VdStationCheck *check);

/* Every station, active first, by name, with the read-only fields. */
GPtrArray *vd_stations_list     (VdDatabase  *db,
                                 GError     **error);
VdStation *vd_stations_get      (VdDatabase  *db,
                                 gint64       id,
                                 GError     **error);
/* Both check first (VD_PLACES_ERROR_INVALID with the first message); insert sets
 * station->id. Audited. */
gboolean   vd_stations_insert   (VdDatabase  *db,
                                 VdStation   *station,
                                 GError     **error);
gboolean   vd_stations_update   (VdDatabase  *db,
                                 VdStation   *station,
                                 GError     **error);
/* Archives (on date, YYYY-MM-DD, or today when NULL) or brings back a station. */
gboolean   vd_stations_set_active (VdDatabase *db,
                                 gint64       id,
                                 gboolean     active,
                                 const char  *date,
                                 GError     **error);
/* Refused with VD_PLACES_ERROR_HAS_DEPENDENTS, naming them, when volunteers, teams,
 * events, trainings, transfers, commendations, projects or equipment records refer
 * to the station. */
gboolean   vd_stations_delete   (VdDatabase  *db,
                                 gint64       id,
                                 GError     **error);
/* What vd_stations_delete would refuse, without writing anything. */
gboolean   vd_stations_can_delete (VdDatabase *db,
                                 gint64       id,
                                 GError     **error);

/* Service projects */

typedef struct
{
  gint64  id;
  gint64  station_id;
  char   *name;
  char   *description;
  char   *started_on;
  char   *ended_on;          /* NULL while running */
} VdStationProject;

void       vd_station_project_free      (VdStationProject *p);
/* Running first, then ended; by start date. */
GPtrArray *vd_stations_list_projects    (VdDatabase  *db,
                                         gint64       station_id,
                                         GError     **error);
/* Sets p->id. started_on may not be in the future. */
gboolean   vd_stations_add_project      (VdDatabase        *db,
                                         VdStationProject  *p,
                                         GError           **error);
gboolean   vd_stations_update_project   (VdDatabase        *db,
                                         VdStationProject  *p,
                                         GError           **error);
/* ended_on NULL means today; not before the start. */
gboolean   vd_stations_end_project      (VdDatabase  *db,
                                         gint64       project_id,
                                         const char  *ended_on,
                                         GError     **error);

/* The 六个一 checklist */

typedef struct
{
  VdChecklistItem  item;
  gboolean         done;
  char            *checked_on;   /* NULL when never checked */
  char            *note;
} VdChecklistEntry;

void       vd_checklist_entry_free      (VdChecklistEntry *e);
/* Always VD_N_CHECKLIST_ITEMS entries, in order. */
GPtrArray *vd_stations_get_checklist    (VdDatabase      *db,
                                         gint64           station_id,
                                         GError         **error);
/* A done item needs its check date (not in the future). */
gboolean   vd_stations_set_checklist    (VdDatabase      *db,
                                         gint64           station_id,
                                         VdChecklistItem  item,
                                         gboolean         done,
                                         const char      *checked_on,
                                         const char      *note,
                                         GError         **error);

/* Equipment issued */

typedef struct
{
  gint64           id;
  gint64           station_id;
  VdEquipmentKind  kind;
  char            *description;   /* required for "other" */
  int              quantity;
  char            *issued_on;
} VdEquipmentIssue;

void       vd_equipment_issue_free      (VdEquipmentIssue *e);
/* Newest first. */
GPtrArray *vd_stations_list_equipment   (VdDatabase        *db,
                                         gint64             station_id,
                                         GError           **error);
gboolean   vd_stations_add_equipment    (VdDatabase        *db,
                                         VdEquipmentIssue  *e,
                                         GError           **error);
/* For a record entered by mistake. */
gboolean   vd_stations_delete_equipment (VdDatabase        *db,
                                         gint64             issue_id,
                                         GError           **error);

/* What is based at a station */

/* Active volunteers based there, by name; at most limit (0 = all). *total gets how
 * many there are. Elements are VdVolunteer. */
GPtrArray *vd_stations_list_volunteers  (VdDatabase  *db,
                                         gint64       station_id,
                                         guint        limit,
                                         guint       *total,
                                         GError     **error);

typedef struct
{
  gint64  id;
  char   *name;
  char   *category;
  guint   n_members;
  gboolean active;
} VdStationTeam;

void       vd_station_team_free         (VdStationTeam *t);
GPtrArray *vd_stations_list_teams       (VdDatabase  *db,
                                         gint64       station_id,
                                         GError     **error);

typedef struct
{
  gint64  id;
  char   *title;
  char   *starts_at;         /* YYYY-MM-DD HH:MM:SS */
  char   *status;            /* planned, held, cancelled */
  guint   people_served;
  guint   n_volunteers;      /* with approved service records */
  gint64  approved_minutes;  /* only approved records count */
} VdStationEvent;

void       vd_station_event_free        (VdStationEvent *e);
/* Events held at the station that start between from and to (YYYY-MM-DD, both
 * included; NULL for no bound), newest first. */
GPtrArray *vd_stations_list_events      (VdDatabase  *db,
                                         gint64       station_id,
                                         const char  *from,
                                         const char  *to,
                                         GError     **error);

/* Figures for the dashboard and the annual report */

/* Active stations of each type. */
gboolean   vd_stations_count_by_type    (VdDatabase  *db,
                                         guint        counts[VD_N_STATION_TYPES],
                                         GError     **error);
/* Stations established in year (whatever their status now). */
gboolean   vd_stations_count_new_in_year (VdDatabase *db,
                                         int          year,
                                         guint       *count,
                                         GError     **error);
/* Communities (not archived) with an active community-type station, of all. */
gboolean   vd_stations_coverage         (VdDatabase  *db,
                                         guint       *covered,
                                         guint       *total,
                                         GError     **error);
/* Active stations with fewer than VD_STATION_MIN_PROJECTS running projects, by name;
 * elements are VdStation. */
GPtrArray *vd_stations_list_short_of_projects (VdDatabase *db,
                                         GError     **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VdStationProject, vd_station_project_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VdChecklistEntry, vd_checklist_entry_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VdEquipmentIssue, vd_equipment_issue_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VdStationTeam, vd_station_team_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VdStationEvent, vd_station_event_free)

G_END_DECLS
