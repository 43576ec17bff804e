/* vd-service.h — participants of events and their service hours
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each participant of an event has one service record: a date, integer minutes, a
 * back-filled (补录) mark and a status (pending, approved, rejected). The rules of the
 * settings apply when a record is written:
 *   - minutes are rounded DOWN to the rounding unit;
 *   - the daily cap counts every record of the volunteer on that day that is pending
 *     or approved (rejected ones do not count). Pending hours count because they are
 *     meant to be approved: checking them at entry means an approval can never break
 *     the cap later, and the approval queue never has to refuse a record for it;
 *   - a record outside the event's time (another day, or more minutes than the event
 *     lasted that day) is refused unless it is marked back-filled.
 * Only approved records count in totals, star levels, points and statistics. An
 * approval writes an "earn" row in the points ledger (minutes × rate ÷ 60) and a
 * revocation a "reverse" row, in the same transaction as the status change.
 */

#pragma once

#include <gio/gio.h>

#include "vd-database.h"

G_BEGIN_DECLS

#define VD_SERVICE_ERROR (vd_service_error_quark ())

typedef enum
{
  VD_SERVICE_ERROR_INVALID,         /* minutes, date, reason … are wrong */
  VD_SERVICE_ERROR_NOT_FOUND,
  VD_SERVICE_ERROR_DUPLICATE,       /* the volunteer is already a participant */
  VD_SERVICE_ERROR_DAILY_CAP,       /* the day's hours would exceed the cap */
  VD_SERVICE_ERROR_OUTSIDE_EVENT,   /* outside the event's time and not back-filled */
  VD_SERVICE_ERROR_STATUS,          /* not allowed in the record's status */
  VD_SERVICE_ERROR_POINTS_SPENT,    /* a revocation would make the balance negative */
  VD_SERVICE_ERROR_INACTIVE,        /* the volunteer is marked inactive */
} VdServiceError;

GQuark vd_service_error_quark (void);

typedef enum
{
  VD_RECORD_PENDING,
  VD_RECORD_APPROVED,
  VD_RECORD_REJECTED,
  VD_N_RECORD_STATUS
} VdRecordStatus;

const char *vd_record_status_to_code   (VdRecordStatus status);
const char *vd_record_status_get_label (VdRecordStatus status);

#define VD_TYPE_SERVICE_RECORD (vd_service_record_get_type ())

G_DECLARE_FINAL_TYPE (VdServiceRecord, vd_service_record, VD, SERVICE_RECORD, GObject)

struct _VdServiceRecord
{
  GObject         parent_instance;

  gint64          id;
  gint64          volunteer_id;
  gint64          event_id;
  char           *service_date;      /* YYYY-MM-DD */
  int             minutes;
  gboolean        backfilled;
  VdRecordStatus  status;
  char           *reject_reason;     /* "" unless rejected */
  char           *note;
  char           *reviewed_by;       /* "" while pending */
  char           *reviewed_at;

  /* Read-only, for display. */
  char           *volunteer_name;
  char           *volunteer_no;
  char           *event_title;
  char           *event_when;        /* the event's start, YYYY-MM-DD HH:MM:SS */
};

/* "2.5" style hours of minutes, for display. */
char *vd_service_format_hours (gint64 minutes);

/* Rounds DOWN to the unit (a unit ≤ 1 leaves minutes as they are). */
int   vd_service_round_minutes (int minutes,
                                int unit);

/* Options of a new record. minutes ≤ 0: the event's time on that day, clamped to what
 * is left of the daily cap; service_date NULL: the event's first day. */
typedef struct
{
  int         minutes;
  const char *service_date;
  gboolean    backfilled;
  const char *note;
} VdServiceAddOptions;

/* Adds one participant; returns the new record's id, or 0 with error. Audited. */
gint64     vd_service_add           (VdDatabase                *db,
                                     gint64                     event_id,
                                     gint64                     volunteer_id,
                                     const VdServiceAddOptions *options,
                                     GError                   **error);

/* One volunteer the batch left out, and why. */
typedef struct
{
  gint64  volunteer_id;
  char   *name;
  char   *message;
} VdServiceRefusal;

void       vd_service_refusal_free  (VdServiceRefusal *refusal);

/* Adds several volunteers with default hours in one transaction. Those already
 * participating are skipped silently; those the rules refuse are listed in refused
 * (VdServiceRefusal, may be NULL) and the others are still added. added gets the new
 * record ids (gint64; may be NULL). FALSE only on a database error (nothing added). */
gboolean   vd_service_add_many      (VdDatabase    *db,
                                     gint64         event_id,
                                     const gint64  *volunteer_ids,
                                     guint          n_ids,
                                     GArray        *added,
                                     GPtrArray     *refused,
                                     GError       **error);
/* The active members of a team, as vd_service_add_many. */
gboolean   vd_service_add_team      (VdDatabase    *db,
                                     gint64         event_id,
                                     gint64         team_id,
                                     GArray        *added,
                                     GPtrArray     *refused,
                                     GError       **error);

/* Changes a pending or rejected record (a rejected one goes back to pending); the
 * rules are checked again. An approved record must be revoked first. */
gboolean   vd_service_update        (VdDatabase    *db,
                                     gint64         record_id,
                                     int            minutes,
                                     const char    *service_date,
                                     gboolean       backfilled,
                                     const char    *note,
                                     GError       **error);

/* Removes a record that has never been approved; returns it for Undo
 * (vd_service_restore puts it back with the same id). */
VdServiceRecord *vd_service_remove  (VdDatabase      *db,
                                     gint64           record_id,
                                     GError         **error);
gboolean   vd_service_restore       (VdDatabase      *db,
                                     VdServiceRecord *record,
                                     GError         **error);

/* Each in one transaction: all or nothing, one audit entry per record. Approving or
 * rejecting needs pending records; a reason is required to reject. */
gboolean   vd_service_approve       (VdDatabase    *db,
                                     const gint64  *record_ids,
                                     guint          n_ids,
                                     GError       **error);
gboolean   vd_service_reject        (VdDatabase    *db,
                                     const gint64  *record_ids,
                                     guint          n_ids,
                                     const char    *reason,
                                     GError       **error);
/* Approves the event's pending records that are not back-filled (those wait for a
 * review of their own); returns how many, or -1 with error. */
gint64     vd_service_approve_event (VdDatabase    *db,
                                     gint64         event_id,
                                     GError       **error);
/* Takes an approval back: the record is pending again and a reversing points row is
 * written. Refused with POINTS_SPENT when the volunteer has already spent them. */
gboolean   vd_service_revoke        (VdDatabase    *db,
                                     gint64         record_id,
                                     const char    *reason,
                                     GError       **error);

VdServiceRecord *vd_service_get     (VdDatabase    *db,
                                     gint64         record_id,
                                     GError       **error);
/* Lists of VdServiceRecord. The event's by volunteer name; the volunteer's newest
 * first; the pending queue oldest first, at most limit rows (0 = no limit). */
GPtrArray *vd_service_list_event     (VdDatabase   *db,
                                      gint64        event_id,
                                      GError      **error);
GPtrArray *vd_service_list_volunteer (VdDatabase   *db,
                                      gint64        volunteer_id,
                                      GError      **error);
GPtrArray *vd_service_list_pending   (VdDatabase   *db,
                                      guint         limit,
                                      GError      **error);
gint64     vd_service_count_pending  (VdDatabase   *db);

/* A volunteer's service in figures. */
typedef struct
{
  gint64  approved_minutes;   /* cumulative */
  gint64  pending_minutes;
  int     star_level;         /* 0–5, from the settings' thresholds */
  gint64  points_centi;       /* balance of the points ledger */
  GArray *years;              /* VdYearMinutes, newest first */
} VdServiceSummary;

gboolean   vd_service_volunteer_summary (VdDatabase       *db,
                                         gint64            volunteer_id,
                                         VdServiceSummary *out,
                                         GError          **error);
void       vd_service_summary_clear     (VdServiceSummary *summary);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VdServiceRefusal, vd_service_refusal_free)
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (VdServiceSummary, vd_service_summary_clear)

G_END_DECLS
