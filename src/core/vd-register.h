/* vd-register.h — adding, changing, removing and moving volunteers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vd-database.h"
#include "vd-volunteer.h"

G_BEGIN_DECLS

#define VD_REGISTER_ERROR (vd_register_error_quark ())

typedef enum
{
  VD_REGISTER_ERROR_INVALID,      /* a field is wrong: see the messages */
  VD_REGISTER_ERROR_DUPLICATE,    /* the ID number belongs to another volunteer */
  VD_REGISTER_ERROR_HAS_RECORDS,  /* statutory records keep the volunteer: deactivate instead */
  VD_REGISTER_ERROR_NOT_FOUND,
} VdRegisterError;

GQuark vd_register_error_quark (void);

/* The fields of the add/edit form, for messages shown next to each. */
typedef enum
{
  VD_VOLUNTEER_FIELD_NAME,
  VD_VOLUNTEER_FIELD_ID_TYPE,
  VD_VOLUNTEER_FIELD_ID_NUMBER,
  VD_VOLUNTEER_FIELD_PHONE,
  VD_VOLUNTEER_FIELD_POLITICAL,
  VD_VOLUNTEER_FIELD_COMMUNITY,
  VD_VOLUNTEER_FIELD_STATION,
  VD_VOLUNTEER_FIELD_REGISTERED_ON,
  VD_VOLUNTEER_FIELD_PLATFORM_NO,
  VD_VOLUNTEER_FIELD_EMERGENCY_PHONE,
  VD_VOLUNTEER_FIELD_TEXT,          /* education, employer, skills, notes: lengths */
  VD_VOLUNTEER_N_FIELDS
} VdVolunteerField;

/* What vd_register_check found. Messages are translated, NULL where a field is fine. */
typedef struct
{
  char   *messages[VD_VOLUNTEER_N_FIELDS];
  gint64  duplicate_id;        /* another volunteer with this ID number, or 0 */
  gint64  same_phone_id;       /* another volunteer with this phone (a warning), or 0 */
} VdVolunteerCheck;

void     vd_volunteer_check_clear (VdVolunteerCheck *check);
gboolean vd_volunteer_check_ok    (const VdVolunteerCheck *check);

/* Normalizes v in place where the input is recognisable (full-width digits, 15-digit
 * IDs, +86 phones), derives gender and birth date from a resident ID, and checks
 * every field, the date of registration (not in the future) and the uniqueness of
 * the ID number. today may be NULL (now). Returns TRUE when v can be saved. */
gboolean     vd_register_check        (VdDatabase       *db,
                                       VdVolunteer      *v,
                                       const GDate      *today,
                                       VdVolunteerCheck *check);

typedef enum
{
  VD_CHECK_FLAGS_NONE   = 0,
  VD_CHECK_NO_WARNINGS  = 1 << 0,  /* skip what only warns (another volunteer's phone) */
  VD_CHECK_PLACES_KNOWN = 1 << 1,  /* the caller took the station and community ids from
                                    * the database in this transaction */
  VD_CHECK_NO_LOOKUPS   = 1 << 2,  /* touch no database: the caller runs
                                    * vd_register_check_lookups afterwards (an importer
                                    * that checks rows on another thread) */
} VdCheckFlags;

/* vd_register_check for bulk writers, which skip the lookups they do not need. */
gboolean     vd_register_check_full   (VdDatabase       *db,
                                       VdVolunteer      *v,
                                       const GDate      *today,
                                       VdCheckFlags      flags,
                                       VdVolunteerCheck *check);
/* What VD_CHECK_NO_LOOKUPS left out: whether the ID number and the platform number
 * are another volunteer's. Run on the database's thread, after the check. */
void         vd_register_check_lookups (VdDatabase       *db,
                                        VdVolunteer      *v,
                                        VdVolunteerCheck *check);
/* The pinyin search keys and the sort key of a name, as the register stores them. */
void         vd_register_name_keys     (const char  *name,
                                        char       **keys,
                                        char       **sort);

typedef enum
{
  VD_REGISTER_FLAGS_NONE     = 0,
  VD_REGISTER_SKIP_CHECK     = 1 << 0,  /* the caller has just run vd_register_check */
  VD_REGISTER_NO_AUDIT       = 1 << 1,  /* the caller writes one entry for a whole batch */
  VD_REGISTER_NO_SAVEPOINT   = 1 << 2,  /* the caller's transaction is enough: a failed
                                         * INSERT changes nothing by itself */
  VD_REGISTER_NO_INDEX       = 1 << 3,  /* the caller runs vd_search_index_from later */
  VD_REGISTER_NUMBER_FREE    = 1 << 4,  /* v->volunteer_no is given and known to be free */
} VdRegisterFlags;

/* For bulk writers (the importer), inside their own transaction. */
/* The next free volunteer number after *counter (advanced); for a bulk writer that
 * numbers its rows itself and stores the counter once at the end. */
char        *vd_register_next_free_number (VdDatabase *db,
                                           gint64     *counter);
gboolean     vd_register_store_counter    (VdDatabase  *db,
                                           gint64       counter,
                                           GError     **error);
gint64       vd_register_get_counter      (VdDatabase  *db);
gboolean     vd_register_insert_full  (VdDatabase      *db,
                                       VdVolunteer     *v,
                                       VdRegisterFlags  flags,
                                       GError         **error);
/* The same with the name's keys computed already (vd_register_name_keys). */
gboolean     vd_register_insert_keyed (VdDatabase      *db,
                                       VdVolunteer     *v,
                                       const char      *name_keys,
                                       const char      *name_sort,
                                       VdRegisterFlags  flags,
                                       GError         **error);

/* Both check first and refuse with VD_REGISTER_ERROR_INVALID or _DUPLICATE. insert
 * assigns v->id and v->volunteer_no (unless v brings a free one). Audited. */
gboolean     vd_register_insert       (VdDatabase   *db,
                                       VdVolunteer  *v,
                                       GError      **error);
gboolean     vd_register_update       (VdDatabase   *db,
                                       VdVolunteer  *v,
                                       GError      **error);
VdVolunteer *vd_register_get          (VdDatabase   *db,
                                       gint64        id,
                                       GError      **error);
/* The volunteer with that volunteer number (志愿者编号), or 0. */
gint64       vd_register_find_number    (VdDatabase *db,
                                         const char *volunteer_no);
gint64       vd_register_find_id_number (VdDatabase *db,
                                       const char   *id_type,
                                       const char   *id_number);

/* What a delete removed, so that Undo can put it back as it was. */
typedef struct _VdDeletedVolunteer VdDeletedVolunteer;

/* Refuses with HAS_RECORDS when service records, trainings, points, exchanges,
 * certificates or commendations refer to the volunteer. */
VdDeletedVolunteer *vd_register_delete   (VdDatabase          *db,
                                          gint64               id,
                                          GError             **error);
gboolean            vd_register_undelete (VdDatabase          *db,
                                          VdDeletedVolunteer  *deleted,
                                          GError             **error);
void                vd_deleted_volunteer_free (VdDeletedVolunteer *deleted);
const char         *vd_deleted_volunteer_get_name (VdDeletedVolunteer *deleted);

gboolean     vd_register_set_active   (VdDatabase   *db,
                                       gint64        id,
                                       gboolean      active,
                                       GError      **error);

/* 关系转接: moves the volunteer to another station and/or community (0 keeps the
 * current one), writing a transfer row; the history stays. date is YYYY-MM-DD. */
gboolean     vd_register_transfer     (VdDatabase   *db,
                                       gint64        id,
                                       gint64        to_station_id,
                                       gint64        to_community_id,
                                       const char   *date,
                                       const char   *reason,
                                       GError      **error);

typedef struct
{
  gint64  id;
  char   *date;
  char   *from_place;   /* station name, or community name, or "" */
  char   *to_place;
  char   *reason;
} VdTransfer;

void       vd_transfer_free          (VdTransfer *transfer);
/* Oldest first. */
GPtrArray *vd_register_list_transfers (VdDatabase  *db,
                                       gint64       id,
                                       GError     **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VdDeletedVolunteer, vd_deleted_volunteer_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VdTransfer, vd_transfer_free)

/* For list models: the columns every volunteer query selects, and the reader. */
#define VD_VOLUNTEER_COLUMNS \
  "v.id, v.volunteer_no, v.name, v.id_type, v.id_number, v.gender, v.birth_date, " \
  "v.phone, v.political_status, v.education, v.employer, v.skills, v.community_id, " \
  "v.station_id, v.registered_on, v.platform_no, v.emergency_contact, " \
  "v.emergency_phone, v.notes, v.status, coalesce (s.name, ''), coalesce (c.name, ''), " \
  "coalesce ((SELECT group_concat (t.name, '、') FROM team_members m " \
  "JOIN teams t ON t.id = m.team_id WHERE m.volunteer_id = v.id), ''), v.approved_minutes"
#define VD_VOLUNTEER_FROM \
  "volunteers v LEFT JOIN stations s ON s.id = v.station_id " \
  "LEFT JOIN communities c ON c.id = v.community_id"

VdVolunteer *vd_volunteer_new_from_row (sqlite3_stmt *stmt);

G_END_DECLS
