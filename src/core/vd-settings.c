/* vd-settings.c — the district's settings kept in the database (one row)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "vd-audit.h"
#include "vd-settings.h"

const int vd_settings_rounding_choices[] = { 1, 5, 10, 15, 30, 60, 0 };

#define COLUMNS \
  "district_name, population, party_member_total, target_volunteer_share, " \
  "target_party_registered, target_party_hours, target_party_community, " \
  "daily_cap_minutes, rounding_minutes, training_counts, star1_hours, star2_hours, " \
  "star3_hours, star4_hours, star5_hours, points_per_hour_centi, " \
  "training_grace_minutes, attendance_pin_hash"

VdSettings *
vd_settings_new_default (void)
{
  VdSettings *self = g_new0 (VdSettings, 1);

  /* The same defaults as the schema's (design.md §2). */
  self->district_name = g_strdup ("");
  self->target_volunteer_share = 13;
  self->target_party_registered = 60;
  self->target_party_hours = 25;
  self->target_party_community = 70;
  self->daily_cap_minutes = 8 * 60;
  self->rounding_minutes = 30;
  self->training_counts = FALSE;
  self->star_hours[0] = 100;
  self->star_hours[1] = 300;
  self->star_hours[2] = 600;
  self->star_hours[3] = 1000;
  self->star_hours[4] = 1500;
  self->points_per_hour_centi = 100;
  self->training_grace_minutes = 10;
  self->attendance_pin_hash = NULL;
  return self;
}

VdSettings *
vd_settings_copy (const VdSettings *self)
{
  VdSettings *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_memdup2 (self, sizeof *self);
  copy->district_name = g_strdup (self->district_name);
  copy->attendance_pin_hash = g_strdup (self->attendance_pin_hash);
  return copy;
}

void
vd_settings_free (VdSettings *self)
{
  if (self == NULL)
    return;
  g_free (self->district_name);
  g_free (self->attendance_pin_hash);
  g_free (self);
}

gboolean
vd_settings_equal (const VdSettings *a,
                   const VdSettings *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  return g_strcmp0 (a->district_name, b->district_name) == 0 &&
         a->population == b->population &&
         a->party_member_total == b->party_member_total &&
         a->target_volunteer_share == b->target_volunteer_share &&
         a->target_party_registered == b->target_party_registered &&
         a->target_party_hours == b->target_party_hours &&
         a->target_party_community == b->target_party_community &&
         a->daily_cap_minutes == b->daily_cap_minutes &&
         a->rounding_minutes == b->rounding_minutes &&
         !a->training_counts == !b->training_counts &&
         memcmp (a->star_hours, b->star_hours, sizeof a->star_hours) == 0 &&
         a->points_per_hour_centi == b->points_per_hour_centi &&
         a->training_grace_minutes == b->training_grace_minutes &&
         g_strcmp0 (a->attendance_pin_hash, b->attendance_pin_hash) == 0;
}

VdSettings *
vd_settings_load (VdDatabase  *db,
                  GError     **error)
{
  g_autoptr(VdSettings) self = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);

  stmt = vd_database_prepare (db, "SELECT " COLUMNS " FROM settings WHERE id = 1", error);
  if (stmt == NULL)
    return NULL;

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      vd_database_set_error (error, vd_database_get_handle (db),
                             rc == SQLITE_DONE ? SQLITE_CORRUPT : rc, NULL);
      sqlite3_finalize (stmt);
      return NULL;
    }

  self = g_new0 (VdSettings, 1);
  self->district_name = g_strdup ((const char *)sqlite3_column_text (stmt, 0));
  self->population = sqlite3_column_int64 (stmt, 1);
  self->party_member_total = sqlite3_column_int64 (stmt, 2);
  self->target_volunteer_share = sqlite3_column_double (stmt, 3);
  self->target_party_registered = sqlite3_column_double (stmt, 4);
  self->target_party_hours = sqlite3_column_int (stmt, 5);
  self->target_party_community = sqlite3_column_double (stmt, 6);
  self->daily_cap_minutes = sqlite3_column_int (stmt, 7);
  self->rounding_minutes = sqlite3_column_int (stmt, 8);
  self->training_counts = sqlite3_column_int (stmt, 9) != 0;
  for (guint i = 0; i < VD_STAR_LEVELS; i++)
    self->star_hours[i] = sqlite3_column_int (stmt, 10 + i);
  self->points_per_hour_centi = sqlite3_column_int (stmt, 15);
  self->training_grace_minutes = sqlite3_column_int (stmt, 16);
  self->attendance_pin_hash = g_strdup ((const char *)sqlite3_column_text (stmt, 17));
  sqlite3_finalize (stmt);

  return g_steal_pointer (&self);
}

static gboolean
is_rounding_choice (int minutes)
{
  for (guint i = 0; vd_settings_rounding_choices[i] != 0; i++)
    if (vd_settings_rounding_choices[i] == minutes)
      return TRUE;
  return FALSE;
}

/* "sha256$SALT$HEX": a salt of hex digits, 64 hex digits of hash. */
static gboolean
is_pin_hash (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, "$", -1);

  if (g_strv_length (parts) != 3 || g_strcmp0 (parts[0], "sha256") != 0 ||
      strlen (parts[1]) < 8 || strlen (parts[2]) != 64)
    return FALSE;
  for (guint i = 1; i < 3; i++)
    for (const char *p = parts[i]; *p != '\0'; p++)
      if (!g_ascii_isxdigit (*p))
        return FALSE;
  return TRUE;
}

static char *
hash_pin (const char *salt,
          const char *pin)
{
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);

  g_checksum_update (sum, (const guchar *)salt, -1);
  g_checksum_update (sum, (const guchar *)pin, -1);
  return g_strdup_printf ("sha256$%s$%s", salt, g_checksum_get_string (sum));
}

static gboolean
is_percent (double value)
{
  return isfinite (value) && value >= 0 && value <= 100;
}

gboolean
vd_settings_validate (const VdSettings *self,
                      char             *messages[VD_SETTINGS_N_FIELDS],
                      GError          **error)
{
  char *found[VD_SETTINGS_N_FIELDS] = { NULL, };
  const char *name;
  gboolean ok = TRUE;

  g_return_val_if_fail (self != NULL, FALSE);

  name = self->district_name != NULL ? self->district_name : "";

  if (!g_utf8_validate (name, -1, NULL) || g_utf8_strlen (name, -1) > 64)
    found[VD_SETTINGS_FIELD_DISTRICT_NAME] = g_strdup (_("The district name can have at most 64 characters."));
  else if (name[0] == ' ' || (name[0] != '\0' && g_str_has_suffix (name, " ")))
    found[VD_SETTINGS_FIELD_DISTRICT_NAME] = g_strdup (_("Remove the spaces around the name."));

  if (self->population < 0 || self->population > 200000000)
    found[VD_SETTINGS_FIELD_POPULATION] =
      g_strdup (_("The population must be between 0 and 200,000,000."));

  if (self->party_member_total < 0)
    found[VD_SETTINGS_FIELD_PARTY_MEMBER_TOTAL] =
      g_strdup (_("The number of party members cannot be negative."));
  else if (self->population > 0 && self->party_member_total > self->population)
    found[VD_SETTINGS_FIELD_PARTY_MEMBER_TOTAL] =
      g_strdup (_("There cannot be more party members than residents."));

  if (!is_percent (self->target_volunteer_share))
    found[VD_SETTINGS_FIELD_TARGET_VOLUNTEER_SHARE] = g_strdup (_("Enter a percentage from 0 to 100."));
  if (!is_percent (self->target_party_registered))
    found[VD_SETTINGS_FIELD_TARGET_PARTY_REGISTERED] = g_strdup (_("Enter a percentage from 0 to 100."));
  if (!is_percent (self->target_party_community))
    found[VD_SETTINGS_FIELD_TARGET_PARTY_COMMUNITY] = g_strdup (_("Enter a percentage from 0 to 100."));
  if (self->target_party_hours < 0 || self->target_party_hours > 8760)
    found[VD_SETTINGS_FIELD_TARGET_PARTY_HOURS] =
      g_strdup (_("Enter a number of hours from 0 to 8,760 (a whole year)."));

  if (self->daily_cap_minutes < 30 || self->daily_cap_minutes > 24 * 60)
    found[VD_SETTINGS_FIELD_DAILY_CAP] =
      g_strdup (_("The daily cap must be between half an hour and 24 hours."));
  else if (self->daily_cap_minutes % 30 != 0)
    found[VD_SETTINGS_FIELD_DAILY_CAP] = g_strdup (_("The daily cap goes in steps of half an hour."));

  if (!is_rounding_choice (self->rounding_minutes))
    found[VD_SETTINGS_FIELD_ROUNDING] =
      g_strdup (_("Choose a rounding unit of 1, 5, 10, 15, 30 or 60 minutes."));
  else if (self->daily_cap_minutes % self->rounding_minutes != 0 &&
           found[VD_SETTINGS_FIELD_DAILY_CAP] == NULL)
    found[VD_SETTINGS_FIELD_ROUNDING] =
      g_strdup (_("The daily cap must be a whole number of rounding units."));

  for (guint i = 0; i < VD_STAR_LEVELS; i++)
    {
      VdSettingsField field = VD_SETTINGS_FIELD_STAR_1 + i;

      if (self->star_hours[i] <= 0 || self->star_hours[i] > 100000)
        found[field] = g_strdup (_("Enter a number of hours from 1 to 100,000."));
      else if (i > 0 && self->star_hours[i] <= self->star_hours[i - 1])
        /* Translators: %u is a star level (2 to 5), %d the hours of the level below */
        found[field] = g_strdup_printf (_("Level %u needs more hours than level %u (%d h)."),
                                        i + 1, i, self->star_hours[i - 1]);
    }

  if (self->points_per_hour_centi < 0 || self->points_per_hour_centi > 100000)
    found[VD_SETTINGS_FIELD_POINTS_RATE] =
      g_strdup (_("Enter a number of points per hour from 0 to 1,000."));

  if (self->training_grace_minutes < 0 ||
      self->training_grace_minutes > VD_SETTINGS_MAX_GRACE_MINUTES)
    found[VD_SETTINGS_FIELD_TRAINING_GRACE] =
      g_strdup (_("Enter a grace period from 0 to 240 minutes."));

  if (self->attendance_pin_hash != NULL && !is_pin_hash (self->attendance_pin_hash))
    found[VD_SETTINGS_FIELD_ATTENDANCE_PIN] =
      g_strdup (_("The stored PIN is damaged: set a new one or clear it."));

  for (guint i = 0; i < VD_SETTINGS_N_FIELDS; i++)
    {
      if (found[i] != NULL && ok)
        {
          g_set_error_literal (error, VD_DATABASE_ERROR, VD_DATABASE_ERROR_CONSTRAINT, found[i]);
          ok = FALSE;
        }
      if (messages != NULL)
        messages[i] = found[i];
      else
        g_free (found[i]);
    }
  return ok;
}

gboolean
vd_settings_save (VdDatabase        *db,
                  const VdSettings  *self,
                  GError           **error)
{
  g_autoptr(VdAuditRow) audit = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (self != NULL, FALSE);

  if (!vd_settings_validate (self, NULL, error))
    return FALSE;

  if (!vd_database_begin (db, error))
    return FALSE;

  audit = vd_audit_row_begin (db, "settings", 1, error);
  if (audit == NULL)
    goto fail;

  stmt = vd_database_prepare (db,
                              "UPDATE settings SET (" COLUMNS ") = "
                              "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18) "
                              "WHERE id = 1",
                              error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_text (stmt, 1, self->district_name != NULL ? self->district_name : "", -1,
                     SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, self->population);
  sqlite3_bind_int64 (stmt, 3, self->party_member_total);
  sqlite3_bind_double (stmt, 4, self->target_volunteer_share);
  sqlite3_bind_double (stmt, 5, self->target_party_registered);
  sqlite3_bind_int (stmt, 6, self->target_party_hours);
  sqlite3_bind_double (stmt, 7, self->target_party_community);
  sqlite3_bind_int (stmt, 8, self->daily_cap_minutes);
  sqlite3_bind_int (stmt, 9, self->rounding_minutes);
  sqlite3_bind_int (stmt, 10, self->training_counts ? 1 : 0);
  for (guint i = 0; i < VD_STAR_LEVELS; i++)
    sqlite3_bind_int (stmt, 11 + i, self->star_hours[i]);
  sqlite3_bind_int (stmt, 16, self->points_per_hour_centi);
  sqlite3_bind_int (stmt, 17, self->training_grace_minutes);
  if (self->attendance_pin_hash != NULL)
    sqlite3_bind_text (stmt, 18, self->attendance_pin_hash, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
      goto fail;
    }

  if (!vd_audit_row_finish (audit, "update", 1, error))
    goto fail;

  return vd_database_commit (db, error);

fail:
  vd_database_rollback (db);
  return FALSE;
}

int
vd_settings_star_level (const VdSettings *self,
                        gint64            minutes)
{
  int level = 0;

  g_return_val_if_fail (self != NULL, 0);

  for (int i = 0; i < VD_STAR_LEVELS; i++)
    if (minutes >= (gint64)self->star_hours[i] * 60)
      level = i + 1;
  return level;
}

gboolean
vd_settings_set_attendance_pin (VdSettings  *self,
                                const char  *pin,
                                GError     **error)
{
  GString *salt;
  gsize len;

  g_return_val_if_fail (self != NULL, FALSE);

  if (pin == NULL || pin[0] == '\0')
    {
      g_clear_pointer (&self->attendance_pin_hash, g_free);
      return TRUE;
    }

  len = strlen (pin);
  for (const char *p = pin; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p))
      {
        g_set_error_literal (error, VD_DATABASE_ERROR, VD_DATABASE_ERROR_CONSTRAINT,
                             _("The PIN can only have digits."));
        return FALSE;
      }
  if (len < VD_SETTINGS_PIN_MIN_DIGITS || len > VD_SETTINGS_PIN_MAX_DIGITS)
    {
      g_set_error_literal (error, VD_DATABASE_ERROR, VD_DATABASE_ERROR_CONSTRAINT,
                           _("The PIN has 4 to 8 digits."));
      return FALSE;
    }

  /* 128 random bits of salt: the same PIN never gives the same stored text. */
  salt = g_string_new (NULL);
  for (guint i = 0; i < 4; i++)
    g_string_append_printf (salt, "%08x", g_random_int ());
  g_free (self->attendance_pin_hash);
  self->attendance_pin_hash = hash_pin (salt->str, pin);
  g_string_free (salt, TRUE);
  return TRUE;
}

gboolean
vd_settings_has_attendance_pin (const VdSettings *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->attendance_pin_hash != NULL;
}

gboolean
vd_settings_check_attendance_pin (const VdSettings *self,
                                  const char       *pin)
{
  g_auto(GStrv) parts = NULL;
  g_autofree char *hash = NULL;

  g_return_val_if_fail (self != NULL, FALSE);

  if (self->attendance_pin_hash == NULL)
    return TRUE;
  if (pin == NULL || !is_pin_hash (self->attendance_pin_hash))
    return FALSE;
  parts = g_strsplit (self->attendance_pin_hash, "$", -1);
  hash = hash_pin (parts[1], pin);
  return g_strcmp0 (hash, self->attendance_pin_hash) == 0;
}
