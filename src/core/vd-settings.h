/* vd-settings.h — the district's settings kept in the database (one row)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vd-database.h"

G_BEGIN_DECLS

#define VD_STAR_LEVELS 5

/* Each field the user can get wrong; used to show a message next to that field. */
typedef enum
{
  VD_SETTINGS_FIELD_DISTRICT_NAME,
  VD_SETTINGS_FIELD_POPULATION,
  VD_SETTINGS_FIELD_PARTY_MEMBER_TOTAL,
  VD_SETTINGS_FIELD_TARGET_VOLUNTEER_SHARE,
  VD_SETTINGS_FIELD_TARGET_PARTY_REGISTERED,
  VD_SETTINGS_FIELD_TARGET_PARTY_HOURS,
  VD_SETTINGS_FIELD_TARGET_PARTY_COMMUNITY,
  VD_SETTINGS_FIELD_DAILY_CAP,
  VD_SETTINGS_FIELD_ROUNDING,
  VD_SETTINGS_FIELD_TRAINING_COUNTS,
  VD_SETTINGS_FIELD_STAR_1,
  VD_SETTINGS_FIELD_STAR_2,
  VD_SETTINGS_FIELD_STAR_3,
  VD_SETTINGS_FIELD_STAR_4,
  VD_SETTINGS_FIELD_STAR_5,
  VD_SETTINGS_FIELD_POINTS_RATE,
  VD_SETTINGS_FIELD_TRAINING_GRACE,
  VD_SETTINGS_FIELD_ATTENDANCE_PIN,
  VD_SETTINGS_N_FIELDS
} VdSettingsField;

typedef struct
{
  char    *district_name;
  gint64   population;               /* residents; 0 = not known yet */
  gint64   party_member_total;       /* party members in the district; 0 = not known */
  double   target_volunteer_share;   /* percent of the population registered */
  double   target_party_registered;  /* percent of party members registered */
  int      target_party_hours;       /* hours per party volunteer per year */
  double   target_party_community;   /* percent of party volunteers serving in communities */
  int      daily_cap_minutes;        /* per volunteer per day */
  int      rounding_minutes;         /* hours are rounded down to this unit */
  gboolean training_counts;          /* training time counts as service time */
  int      star_hours[VD_STAR_LEVELS]; /* cumulative hours for 1..5 stars, ascending */
  int      points_per_hour_centi;    /* points earned per approved hour, in 1/100 */
  int      training_grace_minutes;   /* check-ins later than start + this are late */
  char    *attendance_pin_hash;      /* "sha256$SALT$HEX", or NULL: no PIN */
} VdSettings;

/* A PIN is 4 to 8 digits. */
#define VD_SETTINGS_PIN_MIN_DIGITS 4
#define VD_SETTINGS_PIN_MAX_DIGITS 8
#define VD_SETTINGS_MAX_GRACE_MINUTES 240

/* The rounding units the office can choose, in minutes, ascending; 0-terminated. */
extern const int vd_settings_rounding_choices[];

VdSettings *vd_settings_new_default (void);
VdSettings *vd_settings_copy        (const VdSettings *self);
void        vd_settings_free        (VdSettings       *self);
gboolean    vd_settings_equal       (const VdSettings *a,
                                     const VdSettings *b);

VdSettings *vd_settings_load        (VdDatabase       *db,
                                     GError          **error);

/* Checks every field. Returns TRUE when all are valid; otherwise fills messages
 * (translated, one per field, NULL where the field is fine; may be NULL) and sets error
 * to the first problem. */
gboolean    vd_settings_validate    (const VdSettings *self,
                                     char             *messages[VD_SETTINGS_N_FIELDS],
                                     GError          **error);

/* Validates, then writes the row and its audit entry in one transaction. */
gboolean    vd_settings_save        (VdDatabase       *db,
                                     const VdSettings *self,
                                     GError          **error);

/* Sets the PIN that leaving attendance mode asks for, stored as a salted SHA-256
 * hash (a new random salt each time); NULL or "" clears it. Refuses anything but 4–8
 * digits with a translated message. Takes effect when the settings are saved. */
gboolean    vd_settings_set_attendance_pin   (VdSettings       *self,
                                              const char       *pin,
                                              GError          **error);
gboolean    vd_settings_has_attendance_pin   (const VdSettings *self);
/* TRUE when pin is the PIN set (or when no PIN is set). */
gboolean    vd_settings_check_attendance_pin (const VdSettings *self,
                                              const char       *pin);

/* Star level (0–5) of a total of approved minutes. */
int         vd_settings_star_level  (const VdSettings *self,
                                     gint64            minutes);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VdSettings, vd_settings_free)

G_END_DECLS
