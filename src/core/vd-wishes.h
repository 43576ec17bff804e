/* vd-wishes.h — micro-wishes (微心愿): collected, reviewed, published, claimed, fulfilled
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * collected → approved | rejected; approved → published → claimed (by a volunteer or a
 * team) → fulfilled; a claim can be released (claimed → published). Every other
 * change is refused here with a translated message, and by the schema's trigger.
 */

#pragma once

#include "vd-database.h"

G_BEGIN_DECLS

#define VD_WISHES_ERROR (vd_wishes_error_quark ())

/* One code per field or rule, so that a form shows the message next to the field. */
typedef enum
{
  VD_WISHES_ERROR_CONTENT,     /* empty or too long */
  VD_WISHES_ERROR_REQUESTER,   /* name empty or too long */
  VD_WISHES_ERROR_PHONE,       /* not a mobile or landline number */
  VD_WISHES_ERROR_COMMUNITY,   /* none, unknown or archived */
  VD_WISHES_ERROR_DATE,        /* not a date, in the future, or before the previous step */
  VD_WISHES_ERROR_REASON,      /* a rejection needs a reason */
  VD_WISHES_ERROR_CLAIMANT,    /* neither or both of volunteer and team, or inactive */
  VD_WISHES_ERROR_TRANSITION,  /* not allowed from the wish's status */
  VD_WISHES_ERROR_NOT_FOUND,
} VdWishesError;

GQuark vd_wishes_error_quark (void);

typedef enum
{
  VD_WISH_COLLECTED,
  VD_WISH_APPROVED,
  VD_WISH_REJECTED,
  VD_WISH_PUBLISHED,
  VD_WISH_CLAIMED,
  VD_WISH_FULFILLED,
  VD_N_WISH_STATUS
} VdWishStatus;

const char *vd_wish_status_to_code   (VdWishStatus  status);
gboolean    vd_wish_status_from_code (const char   *code,
                                      VdWishStatus *out);
const char *vd_wish_status_get_label (VdWishStatus  status);

typedef enum
{
  VD_WISH_ACTION_APPROVE,
  VD_WISH_ACTION_REJECT,
  VD_WISH_ACTION_PUBLISH,
  VD_WISH_ACTION_CLAIM,
  VD_WISH_ACTION_RELEASE,
  VD_WISH_ACTION_FULFIL,
  VD_N_WISH_ACTIONS
} VdWishAction;

/* Whether action is legal for a wish in status: what the UI offers. */
gboolean    vd_wish_action_allowed (VdWishStatus status,
                                    VdWishAction action);
/* The status a legal action leads to. */
VdWishStatus vd_wish_action_target (VdWishAction action);

typedef struct
{
  gint64        id;                 /* 0 until saved */
  char         *content;
  char         *requester_name;
  char         *requester_phone;    /* "" when none; full value: mask it for lists */
  gint64        community_id;
  char         *community_name;     /* "街道 · 社区", read only */
  VdWishStatus  status;             /* read only: changed by the actions below */
  char         *collected_on;       /* YYYY-MM-DD */
  char         *reviewed_on;        /* NULL until reviewed, and so on */
  char         *published_on;
  char         *claimed_on;
  char         *fulfilled_on;
  char         *reject_reason;
  gint64        claimed_by_volunteer_id;
  gint64        claimed_by_team_id;
  char         *claimed_by_name;    /* the volunteer's or the team's name, or NULL */
  gboolean      party_claim;        /* claimed by a party member or a party team */
} VdWish;

VdWish     *vd_wish_new  (void);
void        vd_wish_free (VdWish *wish);

/* Checks and normalizes content, requester, phone (a mobile number as
 * vd_phone_normalize reads it, or a landline such as 0371-66668888, or empty),
 * community and collected date (not in the future). Inserts (id 0, sets it) or
 * updates those fields; the status is kept. today may be NULL (the local date). */
gboolean    vd_wishes_save       (VdDatabase   *db,
                                  VdWish       *wish,
                                  const GDate  *today,
                                  GError      **error);
VdWish     *vd_wishes_get        (VdDatabase   *db,
                                  gint64        id,
                                  GError      **error);

/* Each action: on is the date it happened (YYYY-MM-DD), NULL for today; it may not be
 * in the future nor before the wish's previous step. */
gboolean    vd_wishes_approve    (VdDatabase   *db,
                                  gint64        id,
                                  const char   *on,
                                  GError      **error);
gboolean    vd_wishes_reject     (VdDatabase   *db,
                                  gint64        id,
                                  const char   *reason,
                                  const char   *on,
                                  GError      **error);
gboolean    vd_wishes_publish    (VdDatabase   *db,
                                  gint64        id,
                                  const char   *on,
                                  GError      **error);
/* Exactly one of volunteer_id and team_id is not 0; an active volunteer or team. */
gboolean    vd_wishes_claim      (VdDatabase   *db,
                                  gint64        id,
                                  gint64        volunteer_id,
                                  gint64        team_id,
                                  const char   *on,
                                  GError      **error);
/* The claimant gives it up: back to published, for someone else to claim. */
gboolean    vd_wishes_release    (VdDatabase   *db,
                                  gint64        id,
                                  GError      **error);
gboolean    vd_wishes_fulfil     (VdDatabase   *db,
                                  gint64        id,
                                  const char   *on,
                                  GError      **error);

typedef struct
{
  int     status;        /* a VdWishStatus, or -1 for all */
  gint64  community_id;  /* 0 for all */
  int     year;          /* year collected, 0 for all */
  const char *text;      /* part of the content, requester's name or phone; NULL or
                          * "" for all */
} VdWishFilter;

/* Newest collected first. Elements are VdWish. */
GPtrArray  *vd_wishes_list       (VdDatabase         *db,
                                  const VdWishFilter *filter,
                                  GError            **error);

/* The figures of a year for the dashboard and the annual report.
 *
 * by_status counts the wishes collected in the year by their status now; fulfilled
 * counts the wishes fulfilled in the year (whenever collected); fulfilled_by_party
 * those of them claimed by a party member — a volunteer whose political status is
 * 中共党员 or 中共预备党员 — or by a team whose category is marked as a party
 * category (categories.party; the seeded "Party members" category is). */
typedef struct
{
  guint by_status[VD_N_WISH_STATUS];
  guint collected;
  guint fulfilled;
  guint fulfilled_by_party;
} VdWishStats;

gboolean    vd_wishes_get_stats  (VdDatabase   *db,
                                  int           year,
                                  VdWishStats  *stats,
                                  GError      **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VdWish, vd_wish_free)

G_END_DECLS
