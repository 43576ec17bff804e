/* vd-register.c — adding, changing, removing and moving volunteers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "vd-audit.h"
#include "vd-dashboard-data.h"
#include "vd-identity.h"
#include "vd-pinyin.h"
#include "vd-register.h"
#include "vd-search.h"

G_DEFINE_QUARK (vd-register-error-quark, vd_register_error)

#define MAX_TEXT 500

void
vd_volunteer_check_clear (VdVolunteerCheck *check)
{
  for (guint i = 0; i < VD_VOLUNTEER_N_FIELDS; i++)
    g_clear_pointer (&check->messages[i], g_free);
  check->duplicate_id = 0;
  check->same_phone_id = 0;
}

gboolean
vd_volunteer_check_ok (const VdVolunteerCheck *check)
{
  for (guint i = 0; i < VD_VOLUNTEER_N_FIELDS; i++)
    if (check->messages[i] != NULL)
      return FALSE;
  return TRUE;
}

static void
replace_str (char       **field,
             const char  *value)
{
  char *copy = g_strdup (value);

  g_free (*field);
  *field = copy;
}

static char *
trimmed (const char *text)
{
  return g_strstrip (g_strdup (text != NULL ? text : ""));
}

static gboolean
parse_iso_date (const char *text,
                GDate      *out)
{
  int y, m, d;
  char tail;

  g_date_clear (out, 1);
  if (text == NULL || strlen (text) != 10 ||
      sscanf (text, "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3 ||
      !g_date_valid_dmy (d, m, y))
    return FALSE;
  g_date_set_dmy (out, d, m, y);
  return TRUE;
}

/* Lookups run once per row of an import: their statements stay prepared. */
static gint64
lookup_id (VdDatabase *db,
           const char *sql,
           const char *text,
           gint64      number)
{
  sqlite3_stmt *stmt = vd_database_prepare_cached (db, sql, NULL);
  gint64 found = 0;

  if (stmt == NULL)
    return 0;
  if (text != NULL)
    sqlite3_bind_text (stmt, 1, text, -1, SQLITE_STATIC);
  else
    sqlite3_bind_int64 (stmt, 1, number);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    found = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return found;
}

gint64
vd_register_find_number (VdDatabase *db,
                         const char *volunteer_no)
{
  g_return_val_if_fail (VD_IS_DATABASE (db), 0);
  g_return_val_if_fail (volunteer_no != NULL, 0);

  return lookup_id (db, "SELECT id FROM volunteers WHERE volunteer_no = ?1", volunteer_no, 0);
}

gint64
vd_register_find_id_number (VdDatabase *db,
                            const char *id_type,
                            const char *id_number)
{
  sqlite3_stmt *stmt;
  gint64 found = 0;

  g_return_val_if_fail (VD_IS_DATABASE (db), 0);

  stmt = vd_database_prepare_cached (db,
                                     "SELECT id FROM volunteers WHERE id_type = ?1 AND id_number = ?2",
                                     NULL);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, id_type, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, id_number, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    found = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return found;
}

static char *
describe_volunteer (VdDatabase *db,
                    gint64      id)
{
  g_autoptr(VdVolunteer) other = vd_register_get (db, id, NULL);

  if (other == NULL)
    return g_strdup ("?");
  /* Translators: a volunteer's name and volunteer number */
  return g_strdup_printf (_("%s (No. %s)"), other->name, other->volunteer_no);
}

/* The uniqueness of a parsed ID number, which only the database can tell. */
static void
find_duplicate (VdDatabase       *db,
                VdVolunteer      *v,
                VdVolunteerCheck *check)
{
  check->duplicate_id = vd_register_find_id_number (db, v->id_type, v->id_number);
  if (check->duplicate_id == v->id)
    check->duplicate_id = 0;
  if (check->duplicate_id != 0)
    {
      g_autofree char *who = describe_volunteer (db, check->duplicate_id);
      /* Translators: %s is a volunteer's name and number */
      check->messages[VD_VOLUNTEER_FIELD_ID_NUMBER] =
        g_strdup_printf (_("This ID number is already registered for %s."), who);
    }
}

static void
check_identity (VdDatabase       *db,
                VdVolunteer      *v,
                const GDate      *today,
                gboolean          lookups,
                VdVolunteerCheck *check)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *normalized = NULL;
  VdIdType type;
  VdGender gender = VD_GENDER_UNKNOWN;
  GDate birth;

  if (!vd_id_type_from_code (v->id_type, &type))
    {
      check->messages[VD_VOLUNTEER_FIELD_ID_TYPE] = g_strdup (_("Choose the type of ID document."));
      return;
    }

  g_date_clear (&birth, 1);
  if (!vd_id_number_parse (type, v->id_number, today, &normalized, &gender, &birth, &error))
    {
      check->messages[VD_VOLUNTEER_FIELD_ID_NUMBER] = g_strdup (error->message);
      return;
    }

  replace_str (&v->id_number, normalized);
  replace_str (&v->gender, gender == VD_GENDER_MALE ? "male"
                           : gender == VD_GENDER_FEMALE ? "female" : "unknown");
  if (g_date_valid (&birth))
    {
      char buf[16];
      g_date_strftime (buf, sizeof buf, "%Y-%m-%d", &birth);
      replace_str (&v->birth_date, buf);
    }
  else if (type == VD_ID_TYPE_RESIDENT)
    g_clear_pointer (&v->birth_date, g_free);

  if (lookups)
    find_duplicate (db, v, check);
}

static void
check_phones (VdDatabase       *db,
              VdVolunteer      *v,
              gboolean          warnings,
              VdVolunteerCheck *check)
{
  g_autofree char *phone = trimmed (v->phone);
  g_autofree char *emergency = trimmed (v->emergency_phone);

  if (phone[0] == '\0')
    g_clear_pointer (&v->phone, g_free);
  else
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *normalized = NULL;

      if (!vd_phone_normalize (phone, &normalized, &error))
        check->messages[VD_VOLUNTEER_FIELD_PHONE] = g_strdup (error->message);
      else
        {
          replace_str (&v->phone, normalized);
          if (warnings)
            check->same_phone_id = lookup_id (db, "SELECT id FROM volunteers WHERE phone = ?1",
                                              normalized, 0);
          if (check->same_phone_id == v->id)
            check->same_phone_id = 0;
        }
    }

  /* An emergency contact may well have a landline. */
  if (emergency[0] != '\0')
    {
      g_autofree char *normalized = NULL;

      if (vd_phone_normalize (emergency, &normalized, NULL))
        replace_str (&v->emergency_phone, normalized);
      else if (!g_regex_match_simple ("^\\+?[0-9][0-9 ()-]{5,18}[0-9]$", emergency, 0, 0))
        check->messages[VD_VOLUNTEER_FIELD_EMERGENCY_PHONE] =
          g_strdup (_("Enter a mobile number or a landline such as 0371-12345678."));
      else
        replace_str (&v->emergency_phone, emergency);
    }
  else
    replace_str (&v->emergency_phone, "");
}

static void
check_places (VdDatabase       *db,
              VdVolunteer      *v,
              VdVolunteerCheck *check)
{
  if (v->station_id != 0 &&
      lookup_id (db, "SELECT id FROM stations WHERE id = ?1", NULL, v->station_id) == 0)
    check->messages[VD_VOLUNTEER_FIELD_STATION] = g_strdup (_("This station does not exist."));
  if (v->community_id != 0 &&
      lookup_id (db, "SELECT id FROM communities WHERE id = ?1", NULL, v->community_id) == 0)
    check->messages[VD_VOLUNTEER_FIELD_COMMUNITY] = g_strdup (_("This community does not exist."));
}

static void
check_dates (VdVolunteer      *v,
             const GDate      *today,
             VdVolunteerCheck *check)
{
  GDate registered;
  GDate now;
  GDate birth;

  if (today == NULL)
    {
      g_date_clear (&now, 1);
      g_date_set_time_t (&now, time (NULL));
      today = &now;
    }

  if (!parse_iso_date (v->registered_on, &registered))
    check->messages[VD_VOLUNTEER_FIELD_REGISTERED_ON] =
      g_strdup (_("Enter the date of registration as YYYY-MM-DD, e.g. 2026-03-05."));
  else if (g_date_compare (&registered, today) > 0)
    check->messages[VD_VOLUNTEER_FIELD_REGISTERED_ON] =
      g_strdup (_("The date of registration cannot be in the future."));
  else if (parse_iso_date (v->birth_date, &birth) && g_date_compare (&registered, &birth) < 0)
    check->messages[VD_VOLUNTEER_FIELD_REGISTERED_ON] =
      g_strdup (_("The date of registration is before the birth date in the ID number."));
}

gboolean
vd_register_check (VdDatabase       *db,
                   VdVolunteer      *v,
                   const GDate      *today,
                   VdVolunteerCheck *check)
{
  return vd_register_check_full (db, v, today, VD_CHECK_FLAGS_NONE, check);
}

static void
check_platform_free (VdDatabase       *db,
                     VdVolunteer      *v,
                     VdVolunteerCheck *check)
{
  gint64 other = lookup_id (db, "SELECT id FROM volunteers WHERE platform_no = ?1",
                            v->platform_no, 0);

  if (other != 0 && other != v->id)
    {
      g_autofree char *who = describe_volunteer (db, other);
      check->messages[VD_VOLUNTEER_FIELD_PLATFORM_NO] =
        g_strdup_printf (_("This platform number is already used by %s."), who);
    }
}

gboolean
vd_register_check_full (VdDatabase       *db,
                        VdVolunteer      *v,
                        const GDate      *today,
                        VdCheckFlags      flags,
                        VdVolunteerCheck *check)
{
  g_autofree char *name = NULL;
  g_autofree char *platform = NULL;

  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (VD_IS_VOLUNTEER (v), FALSE);

  memset (check, 0, sizeof *check);

  name = trimmed (v->name);
  replace_str (&v->name, name);
  if (name[0] == '\0')
    check->messages[VD_VOLUNTEER_FIELD_NAME] = g_strdup (_("Enter the volunteer's name."));
  else if (g_utf8_strlen (name, -1) > 64)
    check->messages[VD_VOLUNTEER_FIELD_NAME] = g_strdup (_("A name can have at most 64 characters."));
  else if (strpbrk (name, "0123456789@#$%^&*=<>{}[]|\\/") != NULL)
    check->messages[VD_VOLUNTEER_FIELD_NAME] =
      g_strdup (_("A name has no digits or symbols (a middle dot · is fine)."));

  check_identity (db, v, today, !(flags & VD_CHECK_NO_LOOKUPS), check);
  check_phones (db, v, !(flags & VD_CHECK_NO_WARNINGS), check);
  if (!(flags & VD_CHECK_PLACES_KNOWN))
    check_places (db, v, check);
  check_dates (v, today, check);

  platform = trimmed (v->platform_no);
  if (platform[0] == '\0')
    g_clear_pointer (&v->platform_no, g_free);
  else
    {
      replace_str (&v->platform_no, platform);
      if (strlen (platform) > 32)
        check->messages[VD_VOLUNTEER_FIELD_PLATFORM_NO] =
          g_strdup (_("The platform number can have at most 32 characters."));
      else if (!(flags & VD_CHECK_NO_LOOKUPS))
        check_platform_free (db, v, check);
    }

  if (g_utf8_strlen (v->education, -1) > MAX_TEXT || g_utf8_strlen (v->employer, -1) > MAX_TEXT ||
      g_utf8_strlen (v->skills, -1) > MAX_TEXT || g_utf8_strlen (v->notes, -1) > 4 * MAX_TEXT ||
      g_utf8_strlen (v->emergency_contact, -1) > 64)
    check->messages[VD_VOLUNTEER_FIELD_TEXT] = g_strdup (_("A text field is too long."));

  return vd_volunteer_check_ok (check);
}

void
vd_register_check_lookups (VdDatabase       *db,
                           VdVolunteer      *v,
                           VdVolunteerCheck *check)
{
  VdIdType type;

  g_return_if_fail (VD_IS_DATABASE (db));
  g_return_if_fail (VD_IS_VOLUNTEER (v));

  /* Where check_identity would have looked: a known type and a number that parsed. */
  if (check->messages[VD_VOLUNTEER_FIELD_ID_TYPE] == NULL &&
      check->messages[VD_VOLUNTEER_FIELD_ID_NUMBER] == NULL &&
      vd_id_type_from_code (v->id_type, &type))
    find_duplicate (db, v, check);
  if (v->platform_no != NULL && check->messages[VD_VOLUNTEER_FIELD_PLATFORM_NO] == NULL)
    check_platform_free (db, v, check);
}

/* ?1 … ?21 in the order of the INSERT and UPDATE statements below. */
static void
bind_volunteer (sqlite3_stmt *stmt,
                VdVolunteer  *v,
                const char   *keys,
                const char   *sort)
{
  sqlite3_bind_text (stmt, 1, v->volunteer_no, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, v->name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, v->id_type, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, v->id_number, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, v->gender, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, v->birth_date, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 7, v->phone, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 8, vd_political_to_code (v->political), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 9, v->education, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 10, v->employer, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 11, v->skills, -1, SQLITE_STATIC);
  if (v->community_id != 0)
    sqlite3_bind_int64 (stmt, 12, v->community_id);
  else
    sqlite3_bind_null (stmt, 12);
  if (v->station_id != 0)
    sqlite3_bind_int64 (stmt, 13, v->station_id);
  else
    sqlite3_bind_null (stmt, 13);
  sqlite3_bind_text (stmt, 14, v->registered_on, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 15, v->platform_no, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 16, v->emergency_contact, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 17, v->emergency_phone, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 18, v->notes, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 19, v->active ? "active" : "inactive", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 20, keys, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 21, sort, -1, SQLITE_STATIC);
}

#define WRITE_COLUMNS \
  "volunteer_no, name, id_type, id_number, gender, birth_date, phone, political_status, " \
  "education, employer, skills, community_id, station_id, registered_on, platform_no, " \
  "emergency_contact, emergency_phone, notes, status, name_keys, name_sort"
#define WRITE_PARAMS \
  "?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21"

static gboolean
refuse_if_invalid (VdDatabase   *db,
                   VdVolunteer  *v,
                   GError      **error)
{
  VdVolunteerCheck check;
  gboolean ok = vd_register_check (db, v, NULL, &check);

  if (!ok)
    {
      for (guint i = 0; i < VD_VOLUNTEER_N_FIELDS; i++)
        if (check.messages[i] != NULL)
          {
            g_set_error_literal (error, VD_REGISTER_ERROR,
                                 check.duplicate_id != 0 && i == VD_VOLUNTEER_FIELD_ID_NUMBER
                                   ? VD_REGISTER_ERROR_DUPLICATE : VD_REGISTER_ERROR_INVALID,
                                 check.messages[i]);
            break;
          }
    }
  vd_volunteer_check_clear (&check);
  return ok;
}

/* The full pinyin (the first key) sorts names as a Chinese reader expects. */
static char *
sort_key_from (const char *keys,
               const char *name)
{
  const char *space = strchr (keys, ' ');

  if (keys[0] == '\0')
    return g_strdup (name);
  return space != NULL ? g_strndup (keys, space - keys) : g_strdup (keys);
}

static gboolean
next_volunteer_no (VdDatabase  *db,
                   char       **out,
                   GError     **error)
{
  /* Skip numbers an import brought in by hand. */
  for (;;)
    {
      gint64 n;

      /* Two statements: RETURNING builds a temporary table on every call. */
      if (!vd_database_exec_int (db, "UPDATE counters SET value = value + 1 "
                                     "WHERE name = 'volunteer_no'", 0, error))
        return FALSE;
      n = lookup_id (db, "SELECT value FROM counters WHERE name = ?1", "volunteer_no", 0);

      g_free (*out);
      *out = g_strdup_printf ("V%08" G_GINT64_FORMAT, n);
      if (lookup_id (db, "SELECT id FROM volunteers WHERE volunteer_no = ?1", *out, 0) == 0)
        return TRUE;
    }
}

static gboolean
index_row (VdDatabase  *db,
           gint64       id,
           GError     **error)
{
  static const char * const sql[] = {
    "INSERT INTO volunteer_text (rowid, name, name_keys) "
    "SELECT id, name, name_keys FROM volunteers WHERE id = ?1",
    "INSERT INTO volunteer_digits (rowid, phone, id_number, volunteer_no) "
    "SELECT id, phone, id_number, volunteer_no FROM volunteers WHERE id = ?1",
  };

  for (guint i = 0; i < G_N_ELEMENTS (sql); i++)
    if (!vd_database_exec_int (db, sql[i], id, error))
      return FALSE;
  return TRUE;
}

gint64
vd_register_get_counter (VdDatabase *db)
{
  return lookup_id (db, "SELECT value FROM counters WHERE name = ?1", "volunteer_no", 0);
}

char *
vd_register_next_free_number (VdDatabase *db,
                              gint64     *counter)
{
  for (;;)
    {
      char *number = g_strdup_printf ("V%08" G_GINT64_FORMAT, ++*counter);

      if (lookup_id (db, "SELECT id FROM volunteers WHERE volunteer_no = ?1", number, 0) == 0)
        return number;
      g_free (number);
    }
}

gboolean
vd_register_store_counter (VdDatabase  *db,
                           gint64       counter,
                           GError     **error)
{
  return vd_database_exec_int (db, "UPDATE counters SET value = max (value, ?1) "
                                   "WHERE name = 'volunteer_no'",
                               counter, error);
}

void
vd_register_name_keys (const char  *name,
                       char       **keys,
                       char       **sort)
{
  *keys = vd_pinyin_name_keys (name);
  *sort = sort_key_from (*keys, name);
}

static gboolean
write_row (VdDatabase   *db,
           VdVolunteer  *v,
           gboolean      insert,
           gint64        forced_id,
           const char   *given_keys,
           const char   *given_sort,
           GError      **error)
{
  g_autofree char *own_keys = NULL;
  g_autofree char *own_sort = NULL;
  const char *keys = given_keys;
  const char *sort = given_sort;
  sqlite3_stmt *stmt;
  int rc;

  if (keys == NULL || sort == NULL)
    {
      vd_register_name_keys (v->name, &own_keys, &own_sort);
      keys = own_keys;
      sort = own_sort;
    }

  if (insert)
    stmt = vd_database_prepare_cached (db,
                                       "INSERT INTO volunteers (" WRITE_COLUMNS ", id) "
                                       "VALUES (" WRITE_PARAMS ", ?22)",
                                       error);
  else
    stmt = vd_database_prepare_cached (db,
                                       "UPDATE volunteers SET (" WRITE_COLUMNS ", updated_at) = "
                                       "(" WRITE_PARAMS ", datetime ('now', 'localtime')) WHERE id = ?22",
                                       error);
  if (stmt == NULL)
    return FALSE;

  bind_volunteer (stmt, v, keys, sort);
  if (!insert)
    sqlite3_bind_int64 (stmt, 22, v->id);
  else if (forced_id != 0)
    sqlite3_bind_int64 (stmt, 22, forced_id);
  else
    sqlite3_bind_null (stmt, 22);

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_DONE)
    {
      vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
      sqlite3_reset (stmt);
      return FALSE;
    }
  sqlite3_reset (stmt);
  if (insert)
    v->id = sqlite3_last_insert_rowid (vd_database_get_handle (db));
  else if (sqlite3_changes (vd_database_get_handle (db)) == 0)
    {
      g_set_error (error, VD_REGISTER_ERROR, VD_REGISTER_ERROR_NOT_FOUND,
                   _("The volunteer was removed in the meantime."));
      return FALSE;
    }
  return TRUE;
}

gboolean
vd_register_insert_full (VdDatabase       *db,
                         VdVolunteer      *v,
                         VdRegisterFlags   flags,
                         GError          **error)
{
  return vd_register_insert_keyed (db, v, NULL, NULL, flags, error);
}

gboolean
vd_register_insert_keyed (VdDatabase       *db,
                          VdVolunteer      *v,
                          const char       *name_keys,
                          const char       *name_sort,
                          VdRegisterFlags   flags,
                          GError          **error)
{
  g_autoptr(VdAuditRow) audit = NULL;
  g_autofree char *number = g_strstrip (g_strdup (v->volunteer_no));
  g_autofree char *given_number = g_strdup (v->volunteer_no);

  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (VD_IS_VOLUNTEER (v) && v->id == 0, FALSE);

  if (!(flags & VD_REGISTER_SKIP_CHECK) && !refuse_if_invalid (db, v, error))
    return FALSE;
  if (!(flags & VD_REGISTER_NO_SAVEPOINT) && !vd_database_begin (db, error))
    return FALSE;

  if (number[0] != '\0' && !(flags & VD_REGISTER_NUMBER_FREE) &&
      lookup_id (db, "SELECT id FROM volunteers WHERE volunteer_no = ?1", number, 0) != 0)
    {
      g_set_error (error, VD_REGISTER_ERROR, VD_REGISTER_ERROR_DUPLICATE,
                   _("The volunteer number %s is already in use."), number);
      goto fail;
    }
  if (number[0] == '\0' && !next_volunteer_no (db, &number, error))
    goto fail;
  replace_str (&v->volunteer_no, number);

  if (!(flags & VD_REGISTER_NO_AUDIT))
    {
      audit = vd_audit_row_begin (db, "volunteers", 0, error);
      if (audit == NULL)
        goto fail;
    }
  if (!write_row (db, v, TRUE, 0, name_keys, name_sort, error) ||
      (!(flags & VD_REGISTER_NO_INDEX) && !index_row (db, v->id, error)) ||
      (audit != NULL && !vd_audit_row_finish (audit, "insert", v->id, error)))
    goto fail;
  if ((flags & VD_REGISTER_NO_SAVEPOINT) || vd_database_commit (db, error))
    return TRUE;
  goto undo;

fail:
  if (!(flags & VD_REGISTER_NO_SAVEPOINT))
    vd_database_rollback (db);
undo:
  /* Nothing was saved: v is as it came, without the number it was about to get (a
   * form saved again after a full disk must not bring a number taken meanwhile). */
  v->id = 0;
  replace_str (&v->volunteer_no, given_number);
  return FALSE;
}

gboolean
vd_register_insert (VdDatabase   *db,
                    VdVolunteer  *v,
                    GError      **error)
{
  return vd_register_insert_full (db, v, VD_REGISTER_FLAGS_NONE, error);
}

gboolean
vd_register_update (VdDatabase   *db,
                    VdVolunteer  *v,
                    GError      **error)
{
  g_autoptr(VdAuditRow) audit = NULL;

  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (VD_IS_VOLUNTEER (v) && v->id != 0, FALSE);

  if (!refuse_if_invalid (db, v, error))
    return FALSE;
  if (!vd_database_begin (db, error))
    return FALSE;

  audit = vd_audit_row_begin (db, "volunteers", v->id, error);
  if (audit == NULL || !write_row (db, v, FALSE, 0, NULL, NULL, error) ||
      !vd_audit_row_finish (audit, "update", v->id, error))
    {
      vd_database_rollback (db);
      return FALSE;
    }
  return vd_database_commit (db, error);
}

VdVolunteer *
vd_volunteer_new_from_row (sqlite3_stmt *stmt)
{
  VdVolunteer *v = vd_volunteer_new ();
  int col = 0;

#define TEXT(field) replace_str (&v->field, (const char *)sqlite3_column_text (stmt, col++))
#define TEXT_OR_EMPTY(field) do { \
    const char *t_ = (const char *)sqlite3_column_text (stmt, col++); \
    replace_str (&v->field, t_ != NULL ? t_ : ""); \
  } while (0)

  v->id = sqlite3_column_int64 (stmt, col++);
  TEXT_OR_EMPTY (volunteer_no);
  TEXT_OR_EMPTY (name);
  TEXT_OR_EMPTY (id_type);
  TEXT_OR_EMPTY (id_number);
  TEXT_OR_EMPTY (gender);
  TEXT (birth_date);
  TEXT (phone);
  if (!vd_political_from_code ((const char *)sqlite3_column_text (stmt, col++), &v->political))
    v->political = VD_POLITICAL_MASSES;
  TEXT_OR_EMPTY (education);
  TEXT_OR_EMPTY (employer);
  TEXT_OR_EMPTY (skills);
  v->community_id = sqlite3_column_int64 (stmt, col++);
  v->station_id = sqlite3_column_int64 (stmt, col++);
  TEXT_OR_EMPTY (registered_on);
  TEXT (platform_no);
  TEXT_OR_EMPTY (emergency_contact);
  TEXT_OR_EMPTY (emergency_phone);
  TEXT_OR_EMPTY (notes);
  v->active = g_strcmp0 ((const char *)sqlite3_column_text (stmt, col++), "active") == 0;
  TEXT_OR_EMPTY (station_name);
  TEXT_OR_EMPTY (community_name);
  TEXT_OR_EMPTY (teams);
  v->approved_minutes = sqlite3_column_int64 (stmt, col++);
#undef TEXT
#undef TEXT_OR_EMPTY

  return v;
}

VdVolunteer *
vd_register_get (VdDatabase  *db,
                 gint64       id,
                 GError     **error)
{
  sqlite3_stmt *stmt;
  VdVolunteer *v = NULL;
  int rc;

  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);

  stmt = vd_database_prepare (db, "SELECT " VD_VOLUNTEER_COLUMNS " FROM " VD_VOLUNTEER_FROM
                                  " WHERE v.id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    v = vd_volunteer_new_from_row (stmt);
  else if (rc == SQLITE_DONE)
    g_set_error (error, VD_REGISTER_ERROR, VD_REGISTER_ERROR_NOT_FOUND,
                 _("The volunteer is no longer in the register."));
  else
    vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
  sqlite3_finalize (stmt);
  return v;
}

/* Rows that must outlive the volunteer's entry (statutory or financial). */
static const char *
first_dependent (VdDatabase *db,
                 gint64      id)
{
  static const struct {
    const char *sql;
    const char *what;
  } dependents[] = {
    { "SELECT 1 FROM service_records WHERE volunteer_id = ?1", N_("service records") },
    { "SELECT 1 FROM training_attendance WHERE volunteer_id = ?1", N_("training attendance") },
    { "SELECT 1 FROM points_ledger WHERE volunteer_id = ?1", N_("points") },
    { "SELECT 1 FROM exchanges WHERE volunteer_id = ?1", N_("exchanges") },
    { "SELECT 1 FROM certificates WHERE volunteer_id = ?1", N_("issued certificates") },
    { "SELECT 1 FROM commendations WHERE volunteer_id = ?1", N_("commendations") },
    { "SELECT 1 FROM wishes WHERE claimed_by_volunteer_id = ?1", N_("claimed micro-wishes") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (dependents); i++)
    if (lookup_id (db, dependents[i].sql, NULL, id) != 0)
      return g_dgettext (GETTEXT_PACKAGE, dependents[i].what);
  return NULL;
}

typedef struct
{
  gint64  team_id;
  char   *role;
  char   *joined_on;
} Membership;

static void
membership_free (gpointer data)
{
  Membership *m = data;

  g_free (m->role);
  g_free (m->joined_on);
  g_free (m);
}

struct _VdDeletedVolunteer
{
  VdVolunteer *volunteer;
  GPtrArray   *memberships;   /* Membership */
  char        *transfers_json; /* the transfer rows, as SQLite wrote them */
};

void
vd_deleted_volunteer_free (VdDeletedVolunteer *deleted)
{
  if (deleted == NULL)
    return;
  g_clear_object (&deleted->volunteer);
  g_clear_pointer (&deleted->memberships, g_ptr_array_unref);
  g_free (deleted->transfers_json);
  g_free (deleted);
}

const char *
vd_deleted_volunteer_get_name (VdDeletedVolunteer *deleted)
{
  g_return_val_if_fail (deleted != NULL, NULL);

  return deleted->volunteer->name;
}

static gboolean
snapshot_links (VdDatabase          *db,
                VdDeletedVolunteer  *deleted,
                GError             **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = vd_database_prepare (db, "SELECT team_id, role, joined_on FROM team_members "
                                  "WHERE volunteer_id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, deleted->volunteer->id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Membership *m = g_new0 (Membership, 1);

      m->team_id = sqlite3_column_int64 (stmt, 0);
      m->role = g_strdup ((const char *)sqlite3_column_text (stmt, 1));
      m->joined_on = g_strdup ((const char *)sqlite3_column_text (stmt, 2));
      g_ptr_array_add (deleted->memberships, m);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);

  stmt = vd_database_prepare (db,
                              "SELECT json_group_array (json_object ('id', id, "
                              "'transferred_on', transferred_on, 'from_station_id', from_station_id, "
                              "'to_station_id', to_station_id, 'from_community_id', from_community_id, "
                              "'to_community_id', to_community_id, 'reason', reason)) "
                              "FROM volunteer_transfers WHERE volunteer_id = ?1",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, deleted->volunteer->id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    deleted->transfers_json = g_strdup ((const char *)sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return TRUE;
}

VdDeletedVolunteer *
vd_register_delete (VdDatabase  *db,
                    gint64       id,
                    GError     **error)
{
  g_autoptr(VdDeletedVolunteer) deleted = g_new0 (VdDeletedVolunteer, 1);
  g_autoptr(VdAuditRow) audit = NULL;
  sqlite3_stmt *stmt;
  const char *what;
  int rc;

  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);

  deleted->memberships = g_ptr_array_new_with_free_func (membership_free);
  deleted->volunteer = vd_register_get (db, id, error);
  if (deleted->volunteer == NULL)
    return NULL;

  what = first_dependent (db, id);
  if (what != NULL)
    {
      g_set_error (error, VD_REGISTER_ERROR, VD_REGISTER_ERROR_HAS_RECORDS,
                   /* Translators: first %s is a name, second what refers to them,
                    * e.g. "service records" */
                   _("%s cannot be removed: the register must keep their %s. "
                     "Mark them inactive instead."),
                   deleted->volunteer->name, what);
      return NULL;
    }

  if (!vd_database_begin (db, error))
    return NULL;
  audit = vd_audit_row_begin (db, "volunteers", id, error);
  if (audit == NULL || !snapshot_links (db, deleted, error))
    goto fail;

  stmt = vd_database_prepare (db, "DELETE FROM volunteers WHERE id = ?1", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
      goto fail;
    }
  if (!vd_audit_row_finish (audit, "delete", id, error))
    goto fail;
  /* A failed COMMIT has rolled back by itself. */
  if (!vd_database_commit (db, error))
    return NULL;
  return g_steal_pointer (&deleted);

fail:
  vd_database_rollback (db);
  return NULL;
}

gboolean
vd_register_undelete (VdDatabase          *db,
                      VdDeletedVolunteer  *deleted,
                      GError             **error)
{
  g_autoptr(VdAuditRow) audit = NULL;
  VdVolunteer *v;
  gint64 id;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (deleted != NULL, FALSE);

  v = deleted->volunteer;
  id = v->id;
  if (!vd_database_begin (db, error))
    return FALSE;

  /* Back under the same id and number, so links elsewhere find it again. */
  v->id = 0;
  audit = vd_audit_row_begin (db, "volunteers", 0, error);
  if (audit == NULL || !write_row (db, v, TRUE, id, NULL, NULL, error) || !index_row (db, id, error)
      || !vd_dashboard_data_count_restored (db, id, error))
    goto fail;

  stmt = vd_database_prepare (db,
                              "INSERT OR IGNORE INTO team_members (team_id, volunteer_id, role, joined_on) "
                              "SELECT ?1, ?2, ?3, ?4 WHERE EXISTS (SELECT 1 FROM teams WHERE id = ?1)",
                              error);
  if (stmt == NULL)
    goto fail;
  for (guint i = 0; i < deleted->memberships->len; i++)
    {
      Membership *m = g_ptr_array_index (deleted->memberships, i);

      sqlite3_bind_int64 (stmt, 1, m->team_id);
      sqlite3_bind_int64 (stmt, 2, id);
      sqlite3_bind_text (stmt, 3, m->role, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 4, m->joined_on, -1, SQLITE_STATIC);
      rc = sqlite3_step (stmt);
      sqlite3_reset (stmt);
      if (rc != SQLITE_DONE)
        {
          /* A new leader took the role meanwhile: come back as a member. */
          sqlite3_bind_text (stmt, 3, "member", -1, SQLITE_STATIC);
          rc = sqlite3_step (stmt);
          sqlite3_reset (stmt);
        }
      if (rc != SQLITE_DONE)
        {
          sqlite3_finalize (stmt);
          vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
          goto fail;
        }
    }
  sqlite3_finalize (stmt);

  stmt = vd_database_prepare (db,
                              "INSERT INTO volunteer_transfers (id, volunteer_id, transferred_on, "
                              "from_station_id, to_station_id, from_community_id, to_community_id, reason) "
                              "SELECT value ->> 'id', ?1, value ->> 'transferred_on', "
                              "value ->> 'from_station_id', value ->> 'to_station_id', "
                              "value ->> 'from_community_id', value ->> 'to_community_id', "
                              "value ->> 'reason' FROM json_each (?2)",
                              error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, deleted->transfers_json != NULL ? deleted->transfers_json : "[]",
                     -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
      goto fail;
    }

  if (!vd_audit_row_finish (audit, "undelete", id, error))
    goto fail;
  if (vd_database_commit (db, error))
    return TRUE;
  v->id = id;
  return FALSE;

fail:
  vd_database_rollback (db);
  v->id = id;
  return FALSE;
}

gboolean
vd_register_set_active (VdDatabase  *db,
                        gint64       id,
                        gboolean     active,
                        GError     **error)
{
  g_autoptr(VdAuditRow) audit = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);

  if (!vd_database_begin (db, error))
    return FALSE;
  audit = vd_audit_row_begin (db, "volunteers", id, error);
  if (audit == NULL)
    goto fail;
  stmt = vd_database_prepare (db, "UPDATE volunteers SET status = ?2, "
                                  "updated_at = datetime ('now', 'localtime') WHERE id = ?1",
                              error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, active ? "active" : "inactive", -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
      goto fail;
    }
  if (sqlite3_changes (vd_database_get_handle (db)) == 0)
    {
      g_set_error (error, VD_REGISTER_ERROR, VD_REGISTER_ERROR_NOT_FOUND,
                   _("The volunteer is no longer in the register."));
      goto fail;
    }
  if (!vd_audit_row_finish (audit, active ? "activate" : "deactivate", id, error))
    goto fail;
  return vd_database_commit (db, error);

fail:
  vd_database_rollback (db);
  return FALSE;
}

gboolean
vd_register_transfer (VdDatabase  *db,
                      gint64       id,
                      gint64       to_station_id,
                      gint64       to_community_id,
                      const char  *date,
                      const char  *reason,
                      GError     **error)
{
  g_autoptr(VdVolunteer) v = NULL;
  g_autoptr(VdAuditRow) audit = NULL;
  sqlite3_stmt *stmt;
  GDate day;
  GDate today;
  int rc;

  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);

  g_date_clear (&today, 1);
  g_date_set_time_t (&today, time (NULL));
  if (!parse_iso_date (date, &day) || g_date_compare (&day, &today) > 0)
    {
      g_set_error (error, VD_REGISTER_ERROR, VD_REGISTER_ERROR_INVALID,
                   _("Enter the date of the transfer as YYYY-MM-DD, not in the future."));
      return FALSE;
    }
  v = vd_register_get (db, id, error);
  if (v == NULL)
    return FALSE;
  if (to_station_id == 0)
    to_station_id = v->station_id;
  if (to_community_id == 0)
    to_community_id = v->community_id;
  if (to_station_id == v->station_id && to_community_id == v->community_id)
    {
      g_set_error (error, VD_REGISTER_ERROR, VD_REGISTER_ERROR_INVALID,
                   _("Choose a station or community other than the current one."));
      return FALSE;
    }

  if (!vd_database_begin (db, error))
    return FALSE;
  audit = vd_audit_row_begin (db, "volunteers", id, error);
  if (audit == NULL)
    goto fail;

  stmt = vd_database_prepare (db,
                              "INSERT INTO volunteer_transfers (volunteer_id, transferred_on, "
                              "from_station_id, to_station_id, from_community_id, to_community_id, reason) "
                              "VALUES (?1, ?2, nullif (?3, 0), nullif (?4, 0), nullif (?5, 0), "
                              "nullif (?6, 0), ?7)",
                              error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, date, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, v->station_id);
  sqlite3_bind_int64 (stmt, 4, to_station_id);
  sqlite3_bind_int64 (stmt, 5, v->community_id);
  sqlite3_bind_int64 (stmt, 6, to_community_id);
  sqlite3_bind_text (stmt, 7, reason != NULL ? reason : "", -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
      goto fail;
    }

  stmt = vd_database_prepare (db,
                              "UPDATE volunteers SET station_id = nullif (?2, 0), "
                              "community_id = nullif (?3, 0), "
                              "updated_at = datetime ('now', 'localtime') WHERE id = ?1",
                              error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_int64 (stmt, 2, to_station_id);
  sqlite3_bind_int64 (stmt, 3, to_community_id);
  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
      goto fail;
    }
  if (!vd_audit_row_finish (audit, "transfer", id, error))
    goto fail;
  return vd_database_commit (db, error);

fail:
  vd_database_rollback (db);
  return FALSE;
}

void
vd_transfer_free (VdTransfer *transfer)
{
  if (transfer == NULL)
    return;
  g_free (transfer->date);
  g_free (transfer->from_place);
  g_free (transfer->to_place);
  g_free (transfer->reason);
  g_free (transfer);
}

GPtrArray *
vd_register_list_transfers (VdDatabase  *db,
                            gint64       id,
                            GError     **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify)vd_transfer_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);

  stmt = vd_database_prepare (db,
                              "SELECT t.id, t.transferred_on, "
                              "coalesce (fs.name, fc.name, ''), coalesce (ts.name, tc.name, ''), t.reason "
                              "FROM volunteer_transfers t "
                              "LEFT JOIN stations fs ON fs.id = t.from_station_id "
                              "LEFT JOIN stations ts ON ts.id = t.to_station_id "
                              "LEFT JOIN communities fc ON fc.id = t.from_community_id "
                              "LEFT JOIN communities tc ON tc.id = t.to_community_id "
                              "WHERE t.volunteer_id = ?1 ORDER BY t.transferred_on, t.id",
                              error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      VdTransfer *t = g_new0 (VdTransfer, 1);

      t->id = sqlite3_column_int64 (stmt, 0);
      t->date = g_strdup ((const char *)sqlite3_column_text (stmt, 1));
      t->from_place = g_strdup ((const char *)sqlite3_column_text (stmt, 2));
      t->to_place = g_strdup ((const char *)sqlite3_column_text (stmt, 3));
      t->reason = g_strdup ((const char *)sqlite3_column_text (stmt, 4));
      g_ptr_array_add (list, t);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
      return NULL;
    }
  return g_steal_pointer (&list);
}
