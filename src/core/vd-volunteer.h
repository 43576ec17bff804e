/* vd-volunteer.h — one volunteer of the register, as read from or written to it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Political status codes as stored; the first two count as party members. */
typedef enum
{
  VD_POLITICAL_PARTY_MEMBER,
  VD_POLITICAL_PROBATIONARY,
  VD_POLITICAL_LEAGUE_MEMBER,
  VD_POLITICAL_DEMOCRATIC_PARTY,
  VD_POLITICAL_MASSES,
  VD_N_POLITICAL
} VdPolitical;

const char *vd_political_to_code    (VdPolitical  value);
gboolean    vd_political_from_code  (const char  *code,
                                     VdPolitical *out);
const char *vd_political_get_label  (VdPolitical  value);
/* For spreadsheets: 中共党员, 党员, 预备党员, 共青团员, 团员, 民主党派, 群众 …, the
 * English labels and the codes. */
gboolean    vd_political_from_label (const char  *text,
                                     VdPolitical *out);

#define VD_TYPE_VOLUNTEER (vd_volunteer_get_type ())

G_DECLARE_FINAL_TYPE (VdVolunteer, vd_volunteer, VD, VOLUNTEER, GObject)

/* A plain record: the fields are public and owned by the object. Strings are never
 * NULL except phone, birth_date and platform_no, which may be unknown. */
struct _VdVolunteer
{
  GObject     parent_instance;

  gint64      id;                 /* 0 until saved */
  char       *volunteer_no;       /* "" until saved: the register assigns one */
  char       *name;
  char       *id_type;            /* vd_id_type_to_code () */
  char       *id_number;          /* full value: mask it for display */
  char       *gender;             /* male, female, unknown: derived from the ID */
  char       *birth_date;         /* YYYY-MM-DD, derived from the ID */
  char       *phone;              /* 11 digits */
  VdPolitical political;
  char       *education;
  char       *employer;
  char       *skills;
  gint64      community_id;       /* 0 = none */
  gint64      station_id;         /* 0 = none */
  char       *registered_on;      /* YYYY-MM-DD */
  char       *platform_no;        /* number on the online platform */
  char       *emergency_contact;
  char       *emergency_phone;
  char       *notes;
  gboolean    active;

  /* Read-only, filled when read from the register. */
  char       *station_name;
  char       *community_name;
  char       *teams;              /* team names, "、"-separated */
  gint64      approved_minutes;
};

VdVolunteer *vd_volunteer_new          (void);
VdVolunteer *vd_volunteer_copy         (VdVolunteer *self);
/* Overwrites every field of self with src's; then vd_volunteer_emit_changed(). */
void         vd_volunteer_assign       (VdVolunteer *self,
                                        VdVolunteer *src);
void         vd_volunteer_emit_changed (VdVolunteer *self);
gboolean     vd_volunteer_is_party_member (VdVolunteer *self);
/* Display helpers, privacy first: masked unless asked. */
char        *vd_volunteer_dup_id_display    (VdVolunteer *self,
                                             gboolean     full);
char        *vd_volunteer_dup_phone_display (VdVolunteer *self,
                                             gboolean     full);
/* Whole years on day (today when NULL); -1 when the birth date is unknown. */
int          vd_volunteer_get_age      (VdVolunteer *self,
                                        GDate       *day);

G_END_DECLS
