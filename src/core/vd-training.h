/* vd-training.h — training sessions, registrations and check-in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "vd-database.h"
#include "vd-register.h"

G_BEGIN_DECLS

#define VD_TRAINING_ERROR (vd_training_error_quark ())

typedef enum
{
  VD_TRAINING_ERROR_INVALID,         /* a field of the session is wrong: see the messages */
  VD_TRAINING_ERROR_NOT_FOUND,       /* no such session, volunteer or registration */
  VD_TRAINING_ERROR_FULL,            /* the capacity would be exceeded */
  VD_TRAINING_ERROR_NOT_REGISTERED,  /* check-in of someone who is not registered */
  VD_TRAINING_ERROR_ALREADY_CHECKED_IN,
  VD_TRAINING_ERROR_INACTIVE,        /* the volunteer is marked inactive */
} VdTrainingError;

GQuark vd_training_error_quark (void);

/* Attendance statuses as stored in training_attendance.status. */
typedef enum
{
  VD_ATTENDANCE_REGISTERED,
  VD_ATTENDANCE_PRESENT,
  VD_ATTENDANCE_LATE,
  VD_ATTENDANCE_ABSENT,
  VD_ATTENDANCE_EXCUSED,
  VD_N_ATTENDANCE
} VdAttendanceStatus;

const char *vd_attendance_status_to_code   (VdAttendanceStatus  status);
gboolean    vd_attendance_status_from_code (const char         *code,
                                            VdAttendanceStatus *out);
/* Translated: 已报名, 出席, 迟到, 缺席, 请假. */
const char *vd_attendance_status_get_label (VdAttendanceStatus  status);

/* The fields of the session form, for messages shown next to each. */
typedef enum
{
  VD_TRAINING_FIELD_TOPIC,
  VD_TRAINING_FIELD_CATEGORY,
  VD_TRAINING_FIELD_TRAINER,
  VD_TRAINING_FIELD_STARTS_AT,
  VD_TRAINING_FIELD_ENDS_AT,
  VD_TRAINING_FIELD_PLACE,
  VD_TRAINING_FIELD_STATION,
  VD_TRAINING_FIELD_CAPACITY,
  VD_TRAINING_FIELD_MINUTES,
  VD_TRAINING_FIELD_NOTES,
  VD_TRAINING_N_FIELDS
} VdTrainingField;

#define VD_TYPE_TRAINING (vd_training_get_type ())

G_DECLARE_FINAL_TYPE (VdTraining, vd_training, VD, TRAINING, GObject)

/* A plain record with public fields owned by the object; strings are never NULL. */
struct _VdTraining
{
  GObject  parent_instance;

  gint64   id;             /* 0 until saved */
  char    *topic;
  gint64   category_id;    /* a category of domain 'training' */
  char    *trainer;
  char    *starts_at;      /* local time, YYYY-MM-DD HH:MM:SS */
  char    *ends_at;
  char    *place;
  gint64   station_id;     /* 0 = none */
  int      capacity;       /* 0 = no limit */
  int      minutes;        /* training time; 0 = the length of the session */
  char    *notes;

  /* Read-only, filled when read from the database. */
  char    *category_name;
  char    *station_name;
  guint    counts[VD_N_ATTENDANCE];  /* registrations by status */
};

VdTraining *vd_training_new             (void);
VdTraining *vd_training_copy            (VdTraining *self);
guint       vd_training_count_registered (VdTraining *self);   /* every registration */
guint       vd_training_count_attended  (VdTraining *self);    /* present + late */
/* Attended ÷ (registrations − excused), 0–1; -1 when nobody is expected. */
double      vd_training_attendance_rate (VdTraining *self);

/* Normalizes the times (2026-3-5 9:00 → 2026-03-05 09:00:00) and fills minutes from
 * the length when 0; checks every field. messages (translated, NULL where a field
 * is fine) may be NULL. Returns TRUE when the session can be saved. */
gboolean    vd_training_check           (VdDatabase  *db,
                                         VdTraining  *t,
                                         char        *messages[VD_TRAINING_N_FIELDS]);
/* Check first; refuse with VD_TRAINING_ERROR_INVALID (first message). Audited. */
gboolean    vd_training_insert          (VdDatabase  *db,
                                         VdTraining  *t,
                                         GError     **error);
/* Also refuses a capacity below the registrations already taken. */
gboolean    vd_training_update          (VdDatabase  *db,
                                         VdTraining  *t,
                                         GError     **error);
/* Removes the session, its registrations and the service records it wrote. */
gboolean    vd_training_delete          (VdDatabase  *db,
                                         gint64       id,
                                         GError     **error);
VdTraining *vd_training_get             (VdDatabase  *db,
                                         gint64       id,
                                         GError     **error);
/* The sessions starting in year (0 = all), newest first, with their counts. */
GPtrArray  *vd_training_list            (VdDatabase  *db,
                                         int          year,
                                         GError     **error);

/* The editable category list (domain 'training'): VdLookupItem, in their order. */
GPtrArray  *vd_training_list_categories (VdDatabase  *db,
                                         GError     **error);
gint64      vd_training_add_category    (VdDatabase  *db,
                                         const char  *name,
                                         GError     **error);
gboolean    vd_training_rename_category (VdDatabase  *db,
                                         gint64       id,
                                         const char  *name,
                                         GError     **error);
/* Archived categories keep their sessions but are no longer offered. */
gboolean    vd_training_archive_category (VdDatabase *db,
                                          gint64      id,
                                          GError    **error);

/* ---- registrations ---- */

#define VD_TYPE_ATTENDANCE (vd_attendance_get_type ())

G_DECLARE_FINAL_TYPE (VdAttendance, vd_attendance, VD, ATTENDANCE, GObject)

struct _VdAttendance
{
  GObject             parent_instance;

  gint64              training_id;
  gint64              volunteer_id;
  char               *volunteer_no;
  char               *name;
  char               *phone_masked;   /* never the full number */
  VdAttendanceStatus  status;
  char               *registered_at;  /* YYYY-MM-DD HH:MM:SS */
  char               *checked_in_at;  /* NULL unless present or late */
};

/* Registers the volunteers (duplicates and those already registered are skipped;
 * n_added may be NULL). All or nothing: refuses with VD_TRAINING_ERROR_FULL, naming
 * the capacity, when they do not all fit, and with _INACTIVE for an inactive one. */
gboolean   vd_training_register        (VdDatabase    *db,
                                        gint64         training_id,
                                        const gint64  *volunteer_ids,
                                        guint          n_ids,
                                        guint         *n_added,
                                        GError       **error);
/* Every active member of the team. */
gboolean   vd_training_register_team   (VdDatabase    *db,
                                        gint64         training_id,
                                        gint64         team_id,
                                        guint         *n_added,
                                        GError       **error);
/* Removes a registration, with the service record a check-in wrote. */
gboolean   vd_training_unregister      (VdDatabase    *db,
                                        gint64         training_id,
                                        gint64         volunteer_id,
                                        GError       **error);
/* VdAttendance objects, by name (pinyin order). */
GPtrArray *vd_training_list_attendance (VdDatabase    *db,
                                        gint64         training_id,
                                        GError       **error);
/* The sessions of one volunteer, newest first: VdTraining objects whose counts hold
 * one registration, the volunteer's. */
GPtrArray *vd_training_list_for_volunteer (VdDatabase *db,
                                           gint64      volunteer_id,
                                           GError    **error);

/* ---- check-in ---- */

/* What a check-in did, so that it can be undone. */
typedef struct
{
  gint64              training_id;
  gint64              volunteer_id;
  char               *name;
  VdAttendanceStatus  status;            /* present or late */
  char               *at;                /* YYYY-MM-DD HH:MM:SS */
  gboolean            registered_now;    /* a walk-in: the registration is new */
  gboolean            wrote_record;      /* a service record was written */
} VdCheckIn;

void       vd_check_in_free (VdCheckIn *self);

/* Marks a registered volunteer present, or late when at (NULL = now) is after the
 * start plus the grace period of the settings. When training time counts as
 * service time (settings), writes an approved service record of the session's
 * minutes (rounded down to the rounding unit, at most the daily cap). Refuses with
 * _NOT_REGISTERED, or _ALREADY_CHECKED_IN naming the time of the first check-in. */
VdCheckIn *vd_training_check_in        (VdDatabase    *db,
                                        gint64         training_id,
                                        gint64         volunteer_id,
                                        GDateTime     *at,
                                        GError       **error);
/* A walk-in already in the register: registers (capacity enforced) and checks in. */
VdCheckIn *vd_training_check_in_walk_in (VdDatabase   *db,
                                         gint64        training_id,
                                         gint64        volunteer_id,
                                         GDateTime    *at,
                                         GError      **error);
/* A new person: adds name, phone and resident ID number to the register (checked as
 * the register checks them: messages per field in check, VD_REGISTER_ERROR), then
 * registers and checks in, all in one transaction. */
VdCheckIn *vd_training_check_in_new_person (VdDatabase       *db,
                                            gint64            training_id,
                                            const char       *name,
                                            const char       *phone,
                                            const char       *id_number,
                                            GDateTime        *at,
                                            VdVolunteerCheck *check,
                                            GError          **error);
/* Puts the registration back as it was before the check-in (a walk-in's
 * registration is removed; a new person stays in the register). */
gboolean   vd_training_undo_check_in   (VdDatabase    *db,
                                        const VdCheckIn *check_in,
                                        GError       **error);
/* Sets one registration's status by hand; present/late take the time now, and
 * leaving present/late removes the service record. */
gboolean   vd_training_set_status      (VdDatabase    *db,
                                        gint64         training_id,
                                        gint64         volunteer_id,
                                        VdAttendanceStatus status,
                                        GError       **error);
/* After the session: everyone still only registered becomes absent or excused. */
gboolean   vd_training_mark_rest       (VdDatabase    *db,
                                        gint64         training_id,
                                        VdAttendanceStatus status,
                                        guint         *n_marked,
                                        GError       **error);

/* ---- check-in lookup ---- */

typedef struct
{
  gint64              volunteer_id;
  char               *name;
  char               *phone_masked;
  gboolean            registered;
  VdAttendanceStatus  status;          /* when registered */
  char               *checked_in_at;   /* HH:MM, or NULL */
} VdCheckInMatch;

void       vd_check_in_match_free (VdCheckInMatch *self);

/* Names, pinyin (full or initials), digits of a phone or of a volunteer number,
 * never of an ID number. The session's registrants that match come first (by name):
 * for them 3 digits or more may stand anywhere in the phone or number. Then active
 * volunteers of the whole register who are not registered, at most limit in all:
 * 4 digits or more must end a phone (its last 4, say) or a volunteer number (the
 * number without its letter or leading zeros), or start a phone (5 or more); a
 * number with its letter is matched from its start; 3 digits anywhere (with a
 * name, among the name's first 150 matches). Uses the register's full-text and
 * b-tree indexes; bounded at any size. */
GPtrArray *vd_training_lookup          (VdDatabase    *db,
                                        gint64         training_id,
                                        const char    *text,
                                        guint          limit,
                                        GError       **error);

/* ---- statistics ---- */

typedef enum
{
  VD_TRAINING_STATS_TOTAL,
  VD_TRAINING_STATS_BY_CATEGORY,
  VD_TRAINING_STATS_BY_MONTH,      /* twelve rows, January first, zeros included */
} VdTrainingStatsGroup;

typedef struct
{
  char   *label;           /* category name, or YYYY-MM, or "" for the total */
  guint   sessions;
  guint   registrations;
  guint   attendances;     /* present + late */
  guint   excused;
  double  rate;            /* attendances ÷ (registrations − excused) of the sessions
                            * that have begun; 0 when none */
} VdTrainingStat;

void       vd_training_stat_free (VdTrainingStat *self);
/* Sessions starting in year, grouped. */
GPtrArray *vd_training_stats           (VdDatabase            *db,
                                        int                    year,
                                        VdTrainingStatsGroup   group,
                                        GError               **error);

/* ---- export ---- */

/* The attendance list as CSV (UTF-8 with BOM) or .xlsx by path's extension; phones
 * masked unless full_phones (then the file is private, mode 0600). Audited. */
gboolean   vd_training_export_attendance (VdDatabase  *db,
                                          gint64       training_id,
                                          const char  *path,
                                          gboolean     full_phones,
                                          GError     **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VdCheckIn, vd_check_in_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VdCheckInMatch, vd_check_in_match_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VdTrainingStat, vd_training_stat_free)

G_END_DECLS
