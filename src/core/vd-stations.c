/* vd-stations.c — service stations: the record, its checks, writes and figures
 *
 * Projects, the checklist, equipment and what is based at a station are in
 * vd-station-details.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "vd-date.h"
#include "vd-pinyin.h"
#include "vd-places-private.h"
#include "vd-stations.h"

#define MAX_STATION_NAME 100
#define MAX_ADDRESS      200
#define MAX_CONTACT      64
#define MAX_NOTES        2000

G_DEFINE_FINAL_TYPE (VdStation, vd_station, G_TYPE_OBJECT)

static const char * const type_codes[] = { "community", "window", "public" };

const char *
vd_station_type_to_code (VdStationType type)
{
  g_return_val_if_fail (type < VD_N_STATION_TYPES, NULL);
  return type_codes[type];
}

gboolean
vd_station_type_from_code (const char    *code,
                           VdStationType *out)
{
  for (guint i = 0; i < VD_N_STATION_TYPES; i++)
    if (g_strcmp0 (code, type_codes[i]) == 0)
      {
        *out = i;
        return TRUE;
      }
  return FALSE;
}

const char *
vd_station_type_get_label (VdStationType type)
{
  static const char * const labels[] = {
    NC_("station type", "Community"),
    NC_("station type", "Service window"),
    NC_("station type", "Public place"),
  };

  g_return_val_if_fail (type < VD_N_STATION_TYPES, NULL);
  return g_dpgettext2 (GETTEXT_PACKAGE, "station type", labels[type]);
}

const char *
vd_checklist_item_get_label (VdChecklistItem item)
{
  /* The 六个一: a place, a sign, a display board, a team, a roster, a ledger. */
  static const char * const labels[] = {
    N_("A venue"),
    N_("A sign"),
    N_("A display board"),
    N_("A team"),
    N_("A roster"),
    N_("A ledger"),
  };

  g_return_val_if_fail (item < VD_N_CHECKLIST_ITEMS, NULL);
  return g_dgettext (GETTEXT_PACKAGE, labels[item]);
}

const char *
vd_equipment_kind_get_label (VdEquipmentKind kind)
{
  static const char * const labels[] = {
    N_("Red caps"),
    N_("Red vests"),
    N_("Signs"),
    N_("Other"),
  };

  g_return_val_if_fail (kind < VD_N_EQUIPMENT_KINDS, NULL);
  return g_dgettext (GETTEXT_PACKAGE, labels[kind]);
}

/* The record */

static void
vd_station_finalize (GObject *object)
{
  VdStation *self = VD_STATION (object);

  g_free (self->name);
  g_free (self->address);
  g_free (self->contact_name);
  g_free (self->contact_phone);
  g_free (self->established_on);
  g_free (self->archived_on);
  g_free (self->notes);
  g_free (self->subdistrict_name);
  g_free (self->community_name);
  g_free (self->search_keys);

  G_OBJECT_CLASS (vd_station_parent_class)->finalize (object);
}

static void
vd_station_class_init (VdStationClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = vd_station_finalize;
}

static void
vd_station_init (VdStation *self)
{
  GDate today;

  self->name = g_strdup ("");
  self->address = g_strdup ("");
  self->contact_name = g_strdup ("");
  self->contact_phone = g_strdup ("");
  vd_date_set_today (&today);
  self->established_on = vd_date_to_iso (&today);
  self->notes = g_strdup ("");
  self->subdistrict_name = g_strdup ("");
  self->community_name = g_strdup ("");
  self->active = TRUE;
}

VdStation *
vd_station_new (void)
{
  return g_object_new (VD_TYPE_STATION, NULL);
}

#define DUP_FIELD(f) g_free (copy->f); copy->f = g_strdup (self->f)

VdStation *
vd_station_copy (VdStation *self)
{
  VdStation *copy;

  g_return_val_if_fail (VD_IS_STATION (self), NULL);

  copy = vd_station_new ();
  copy->id = self->id;
  DUP_FIELD (name);
  copy->type = self->type;
  copy->subdistrict_id = self->subdistrict_id;
  copy->community_id = self->community_id;
  DUP_FIELD (address);
  DUP_FIELD (contact_name);
  DUP_FIELD (contact_phone);
  DUP_FIELD (established_on);
  copy->active = self->active;
  DUP_FIELD (archived_on);
  DUP_FIELD (notes);
  DUP_FIELD (subdistrict_name);
  DUP_FIELD (community_name);
  DUP_FIELD (search_keys);
  copy->n_running_projects = self->n_running_projects;
  copy->n_checklist_done = self->n_checklist_done;
  copy->n_volunteers = self->n_volunteers;
  memcpy (copy->equipment, self->equipment, sizeof copy->equipment);
  return copy;
}

#undef DUP_FIELD

char *
vd_station_dup_equipment_summary (VdStation *self)
{
  g_autoptr(GString) out = g_string_new (NULL);

  g_return_val_if_fail (VD_IS_STATION (self), NULL);

  for (guint k = 0; k < VD_N_EQUIPMENT_KINDS; k++)
    {
      if (self->equipment[k] <= 0)
        continue;
      if (out->len > 0)
        g_string_append (out, " · ");
      g_string_append_printf (out, "%s %" G_GINT64_FORMAT,
                              vd_equipment_kind_get_label (k), self->equipment[k]);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Searching */

/* Full reading and initials of each name, space-separated: 幸福社区 → "xingfushequ xfsq". */
static char *
make_search_keys (const char * const *names)
{
  g_autoptr(GString) keys = g_string_new (NULL);

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autoptr(GString) full = g_string_new (NULL);
      g_autoptr(GString) initials = g_string_new (NULL);

      for (const char *p = names[i]; *p != '\0'; p = g_utf8_next_char (p))
        {
          const char *reading = vd_pinyin_of (g_utf8_get_char (p));

          if (reading == NULL)
            continue;
          g_string_append (full, reading);
          g_string_append_c (initials, reading[0]);
        }
      g_string_append_printf (keys, "%s %s ", full->str, initials->str);
    }
  return g_string_free (g_steal_pointer (&keys), FALSE);
}

static gboolean
contains_folded (const char *haystack,
                 const char *folded_needle)
{
  g_autofree char *folded = g_utf8_casefold (haystack, -1);

  return strstr (folded, folded_needle) != NULL;
}

gboolean
vd_station_matches (VdStation  *self,
                    const char *text)
{
  g_autofree char *trimmed = NULL;
  g_autofree char *needle = NULL;
  g_autofree char *pinyin = NULL;

  g_return_val_if_fail (VD_IS_STATION (self), FALSE);

  trimmed = g_strstrip (g_strdup (text != NULL ? text : ""));
  needle = g_utf8_casefold (trimmed, -1);
  if (needle[0] == '\0')
    return TRUE;
  if (contains_folded (self->name, needle) || contains_folded (self->community_name, needle)
      || contains_folded (self->subdistrict_name, needle) || contains_folded (self->address, needle))
    return TRUE;
  return vd_pinyin_normalize_query (text, &pinyin) && self->search_keys != NULL
         && strstr (self->search_keys, pinyin) != NULL;
}

/* Reading */

#define STATION_QUERY \
  "SELECT s.id, s.name, s.type, coalesce (s.subdistrict_id, 0), coalesce (s.community_id, 0), " \
  "s.address, s.contact_name, s.contact_phone, s.established_on, s.status = 'active', " \
  "s.archived_on, s.notes, coalesce (d.name, ''), coalesce (c.name, ''), " \
  "(SELECT count (*) FROM station_projects p WHERE p.station_id = s.id AND p.ended_on IS NULL), " \
  "(SELECT count (*) FROM station_checklist k WHERE k.station_id = s.id AND k.done = 1), " \
  "(SELECT count (*) FROM volunteers v WHERE v.station_id = s.id AND v.status = 'active'), " \
  "(SELECT coalesce (sum (quantity), 0) FROM station_equipment e WHERE e.station_id = s.id AND e.kind = 'red_cap'), " \
  "(SELECT coalesce (sum (quantity), 0) FROM station_equipment e WHERE e.station_id = s.id AND e.kind = 'red_vest'), " \
  "(SELECT coalesce (sum (quantity), 0) FROM station_equipment e WHERE e.station_id = s.id AND e.kind = 'sign'), " \
  "(SELECT coalesce (sum (quantity), 0) FROM station_equipment e WHERE e.station_id = s.id AND e.kind = 'other') " \
  "FROM stations s LEFT JOIN subdistricts d ON d.id = s.subdistrict_id " \
  "LEFT JOIN communities c ON c.id = s.community_id "

static char *
column_dup (sqlite3_stmt *stmt,
            int           col)
{
  const char *text = (const char *)sqlite3_column_text (stmt, col);

  return text != NULL ? g_strdup (text) : NULL;
}

static VdStation *
station_from_row (sqlite3_stmt *stmt)
{
  VdStation *s = vd_station_new ();

  s->id = sqlite3_column_int64 (stmt, 0);
  g_free (s->name);
  s->name = column_dup (stmt, 1);
  if (!vd_station_type_from_code ((const char *)sqlite3_column_text (stmt, 2), &s->type))
    s->type = VD_STATION_COMMUNITY;
  s->subdistrict_id = sqlite3_column_int64 (stmt, 3);
  s->community_id = sqlite3_column_int64 (stmt, 4);
  g_free (s->address);
  s->address = column_dup (stmt, 5);
  g_free (s->contact_name);
  s->contact_name = column_dup (stmt, 6);
  g_free (s->contact_phone);
  s->contact_phone = column_dup (stmt, 7);
  g_free (s->established_on);
  s->established_on = column_dup (stmt, 8);
  s->active = sqlite3_column_int (stmt, 9);
  s->archived_on = column_dup (stmt, 10);
  g_free (s->notes);
  s->notes = column_dup (stmt, 11);
  g_free (s->subdistrict_name);
  s->subdistrict_name = column_dup (stmt, 12);
  g_free (s->community_name);
  s->community_name = column_dup (stmt, 13);
  s->n_running_projects = sqlite3_column_int (stmt, 14);
  s->n_checklist_done = sqlite3_column_int (stmt, 15);
  s->n_volunteers = sqlite3_column_int (stmt, 16);
  for (guint k = 0; k < VD_N_EQUIPMENT_KINDS; k++)
    s->equipment[k] = sqlite3_column_int64 (stmt, 17 + k);
  {
    const char *names[] = { s->name, s->community_name, s->subdistrict_name, NULL };

    s->search_keys = make_search_keys (names);
  }
  return s;
}

static GPtrArray *
query_stations (VdDatabase  *db,
                const char  *sql,
                gint64       arg,
                GError     **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int rc;

  stmt = vd_database_prepare (db, sql, error);
  if (stmt == NULL)
    return NULL;
  if (sqlite3_bind_parameter_count (stmt) > 0)
    sqlite3_bind_int64 (stmt, 1, arg);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (list, station_from_row (stmt));
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
      return NULL;
    }
  return g_steal_pointer (&list);
}

GPtrArray *
vd_stations_list (VdDatabase  *db,
                  GError     **error)
{
  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);

  return query_stations (db, STATION_QUERY "ORDER BY s.status = 'archived', s.name", 0, error);
}

VdStation *
vd_stations_get (VdDatabase  *db,
                 gint64       id,
                 GError     **error)
{
  g_autoptr(GPtrArray) list = NULL;

  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);

  list = query_stations (db, STATION_QUERY "WHERE s.id = ?1", id, error);
  if (list == NULL)
    return NULL;
  if (list->len == 0)
    {
      g_set_error_literal (error, VD_PLACES_ERROR, VD_PLACES_ERROR_NOT_FOUND,
                           _("The station has been removed meanwhile."));
      return NULL;
    }
  return g_object_ref (g_ptr_array_index (list, 0));
}

/* Checking */

void
vd_station_check_clear (VdStationCheck *check)
{
  for (guint i = 0; i < VD_STATION_N_FIELDS; i++)
    g_clear_pointer (&check->messages[i], g_free);
}

static void
set_message (VdStationCheck *check,
             VdStationField  field,
             char           *message)
{
  if (check->messages[field] == NULL)
    check->messages[field] = message;
  else
    g_free (message);
}

static void
trim_field (char **field)
{
  char *clean = vd_places_trim (*field);

  g_free (*field);
  *field = clean;
}

/* A landline (0371-6512 3456) or a mobile: digits with spaces, dashes, a leading +. */
static gboolean
phone_ok (const char *phone)
{
  guint digits = 0;

  for (const char *p = phone; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        digits++;
      else if (*p != ' ' && *p != '-' && !(*p == '+' && p == phone))
        return FALSE;
    }
  return digits >= 7 && digits <= 15;
}

gboolean
vd_stations_check (VdDatabase     *db,
                   VdStation      *s,
                   VdStationCheck *check)
{
  gint64 community_subdistrict = 0;
  gint64 other;

  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (VD_IS_STATION (s), FALSE);

  vd_station_check_clear (check);
  trim_field (&s->name);
  trim_field (&s->address);
  trim_field (&s->contact_name);
  trim_field (&s->contact_phone);
  trim_field (&s->notes);

  if (s->name[0] == '\0')
    set_message (check, VD_STATION_FIELD_NAME, g_strdup (_("Enter the station’s name.")));
  else if (g_utf8_strlen (s->name, -1) > MAX_STATION_NAME)
    set_message (check, VD_STATION_FIELD_NAME,
                 g_strdup_printf (_("The name is too long (at most %d characters)."),
                                  MAX_STATION_NAME));
  else
    {
      sqlite3_stmt *stmt = vd_database_prepare_cached (db, "SELECT id FROM stations WHERE name = ?1 "
                                                           "AND id <> ?2", NULL);
      other = 0;
      if (stmt != NULL)
        {
          sqlite3_bind_text (stmt, 1, s->name, -1, SQLITE_STATIC);
          sqlite3_bind_int64 (stmt, 2, s->id);
          if (sqlite3_step (stmt) == SQLITE_ROW)
            other = sqlite3_column_int64 (stmt, 0);
          sqlite3_reset (stmt);
        }
      if (other != 0)
        set_message (check, VD_STATION_FIELD_NAME,
                     g_strdup (_("Another station already has this name.")));
    }

  if (s->type >= VD_N_STATION_TYPES)
    set_message (check, VD_STATION_FIELD_TYPE, g_strdup (_("Choose the type of station.")));

  if (s->subdistrict_id != 0
      && vd_places_query_int (db, "SELECT id FROM subdistricts WHERE id = ?1", s->subdistrict_id) == 0)
    set_message (check, VD_STATION_FIELD_SUBDISTRICT,
                 g_strdup (_("This sub-district has been removed meanwhile.")));

  if (s->community_id != 0)
    {
      community_subdistrict = vd_places_query_int (db, "SELECT subdistrict_id FROM communities "
                                                       "WHERE id = ?1", s->community_id);
      if (community_subdistrict == 0)
        set_message (check, VD_STATION_FIELD_COMMUNITY,
                     g_strdup (_("This community has been removed meanwhile.")));
      else if (s->subdistrict_id == 0)
        s->subdistrict_id = community_subdistrict;
      else if (s->subdistrict_id != community_subdistrict)
        set_message (check, VD_STATION_FIELD_COMMUNITY,
                     g_strdup (_("This community belongs to another sub-district.")));
    }
  else if (s->type == VD_STATION_COMMUNITY)
    set_message (check, VD_STATION_FIELD_COMMUNITY,
                 g_strdup (_("A community station needs the community it serves.")));

  if (s->established_on == NULL || s->established_on[0] == '\0')
    set_message (check, VD_STATION_FIELD_ESTABLISHED_ON,
                 g_strdup (_("Enter the date the station was established.")));
  else if (!vd_places_check_date (&s->established_on, FALSE))
    set_message (check, VD_STATION_FIELD_ESTABLISHED_ON,
                 g_strdup (_("Not a date: write it as 2026-03-05.")));
  else if (!vd_places_check_date (&s->established_on, TRUE))
    set_message (check, VD_STATION_FIELD_ESTABLISHED_ON,
                 g_strdup (_("The date is in the future.")));
  else if (s->archived_on != NULL && strcmp (s->archived_on, s->established_on) < 0)
    set_message (check, VD_STATION_FIELD_ESTABLISHED_ON,
                 g_strdup (_("The station was archived before this date.")));

  if (s->contact_phone[0] != '\0' && !phone_ok (s->contact_phone))
    set_message (check, VD_STATION_FIELD_CONTACT_PHONE,
                 g_strdup (_("Not a phone number: 7 to 15 digits, with spaces or dashes.")));

  if (g_utf8_strlen (s->address, -1) > MAX_ADDRESS)
    set_message (check, VD_STATION_FIELD_TEXT,
                 g_strdup_printf (_("The address is too long (at most %d characters)."), MAX_ADDRESS));
  else if (g_utf8_strlen (s->contact_name, -1) > MAX_CONTACT)
    set_message (check, VD_STATION_FIELD_TEXT,
                 g_strdup_printf (_("The contact’s name is too long (at most %d characters)."),
                                  MAX_CONTACT));
  else if (g_utf8_strlen (s->notes, -1) > MAX_NOTES)
    set_message (check, VD_STATION_FIELD_TEXT,
                 g_strdup_printf (_("The notes are too long (at most %d characters)."), MAX_NOTES));

  for (guint i = 0; i < VD_STATION_N_FIELDS; i++)
    if (check->messages[i] != NULL)
      return FALSE;
  return TRUE;
}

static gboolean
refuse_if_invalid (VdDatabase  *db,
                   VdStation   *s,
                   GError     **error)
{
  VdStationCheck check = { { NULL } };
  gboolean ok = vd_stations_check (db, s, &check);

  if (!ok)
    for (guint i = 0; i < VD_STATION_N_FIELDS; i++)
      if (check.messages[i] != NULL)
        {
          g_set_error_literal (error, VD_PLACES_ERROR, VD_PLACES_ERROR_INVALID, check.messages[i]);
          break;
        }
  vd_station_check_clear (&check);
  return ok;
}

/* Writing */

gboolean
vd_stations_insert (VdDatabase  *db,
                    VdStation   *s,
                    GError     **error)
{
  gint64 id;

  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (VD_IS_STATION (s) && s->id == 0, FALSE);

  if (!refuse_if_invalid (db, s, error))
    return FALSE;
  id = vd_places_write_row (db, "stations", 0, "insert",
                            "INSERT INTO stations (name, type, subdistrict_id, community_id, address, "
                            "contact_name, contact_phone, established_on, notes) "
                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                            error, "ttnnttttt", s->name, vd_station_type_to_code (s->type),
                            s->subdistrict_id, s->community_id, s->address, s->contact_name,
                            s->contact_phone, s->established_on, s->notes);
  if (id == 0)
    return FALSE;
  s->id = id;
  return TRUE;
}

gboolean
vd_stations_update (VdDatabase  *db,
                    VdStation   *s,
                    GError     **error)
{
  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (VD_IS_STATION (s) && s->id != 0, FALSE);

  if (!refuse_if_invalid (db, s, error))
    return FALSE;
  return vd_places_write_row (db, "stations", s->id, "update",
                              "UPDATE stations SET name = ?2, type = ?3, subdistrict_id = ?4, "
                              "community_id = ?5, address = ?6, contact_name = ?7, contact_phone = ?8, "
                              "established_on = ?9, notes = ?10 WHERE id = ?1",
                              error, "ittnnttttt", s->id, s->name, vd_station_type_to_code (s->type),
                              s->subdistrict_id, s->community_id, s->address, s->contact_name,
                              s->contact_phone, s->established_on, s->notes) != 0;
}

gboolean
vd_stations_set_active (VdDatabase  *db,
                        gint64       id,
                        gboolean     active,
                        const char  *date,
                        GError     **error)
{
  g_autofree char *day = NULL;
  g_autofree char *established = NULL;

  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);

  if (active)
    return vd_places_write_row (db, "stations", id, "restore",
                                "UPDATE stations SET status = 'active', archived_on = NULL "
                                "WHERE id = ?1", error, "i", id) != 0;

  if (date != NULL)
    {
      day = g_strdup (date);
      if (!vd_places_check_date (&day, TRUE))
        {
          g_set_error_literal (error, VD_PLACES_ERROR, VD_PLACES_ERROR_INVALID,
                               _("Enter a real date, not in the future."));
          return FALSE;
        }
    }
  else
    {
      GDate today;

      vd_date_set_today (&today);
      day = vd_date_to_iso (&today);
    }
  {
    VdStation *s = vd_stations_get (db, id, error);

    if (s == NULL)
      return FALSE;
    established = g_strdup (s->established_on);
    g_object_unref (s);
  }
  if (strcmp (day, established) < 0)
    {
      g_set_error_literal (error, VD_PLACES_ERROR, VD_PLACES_ERROR_INVALID,
                           _("A station cannot be archived before it was established."));
      return FALSE;
    }
  return vd_places_write_row (db, "stations", id, "archive",
                              "UPDATE stations SET status = 'archived', archived_on = ?2 "
                              "WHERE id = ?1", error, "it", id, day) != 0;
}

gboolean
vd_stations_can_delete (VdDatabase  *db,
                        gint64       id,
                        GError     **error)
{
  static const VdDependent dependents[] = {
    { "SELECT 1 FROM volunteers WHERE station_id = ?1", N_("volunteers") },
    { "SELECT 1 FROM teams WHERE station_id = ?1", N_("teams") },
    { "SELECT 1 FROM events WHERE station_id = ?1", N_("events") },
    { "SELECT 1 FROM trainings WHERE station_id = ?1", N_("trainings") },
    { "SELECT 1 FROM volunteer_transfers WHERE from_station_id = ?1 OR to_station_id = ?1",
      N_("transfers") },
    { "SELECT 1 FROM commendations WHERE station_id = ?1", N_("commendations") },
    { "SELECT 1 FROM station_projects WHERE station_id = ?1", N_("service projects") },
    { "SELECT 1 FROM station_equipment WHERE station_id = ?1", N_("equipment records") },
  };
  const char *what;

  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);

  what = vd_places_first_dependent (db, dependents, G_N_ELEMENTS (dependents), id);
  if (what != NULL)
    {
      g_set_error (error, VD_PLACES_ERROR, VD_PLACES_ERROR_HAS_DEPENDENTS,
                   /* Translators: %s is what refers to it, e.g. "volunteers" */
                   _("This station cannot be removed: it has %s. Archive it instead."), what);
      return FALSE;
    }
  return TRUE;
}

gboolean
vd_stations_delete (VdDatabase  *db,
                    gint64       id,
                    GError     **error)
{
  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);

  if (!vd_stations_can_delete (db, id, error))
    return FALSE;
  /* The checklist rows go with it (ON DELETE CASCADE); the audit keeps the station. */
  return vd_places_write_row (db, "stations", id, "delete",
                              "DELETE FROM stations WHERE id = ?1", error, "i", id) != 0;
}

/* Figures */

gboolean
vd_stations_count_by_type (VdDatabase  *db,
                           guint        counts[VD_N_STATION_TYPES],
                           GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);

  for (guint i = 0; i < VD_N_STATION_TYPES; i++)
    counts[i] = 0;
  stmt = vd_database_prepare (db, "SELECT type, count (*) FROM stations WHERE status = 'active' "
                                  "GROUP BY type", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      VdStationType type;

      if (vd_station_type_from_code ((const char *)sqlite3_column_text (stmt, 0), &type))
        counts[type] = sqlite3_column_int (stmt, 1);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
  return TRUE;
}

static gboolean
query_count (VdDatabase  *db,
             const char  *sql,
             gint64       arg,
             guint       *out,
             GError     **error)
{
  sqlite3_stmt *stmt = vd_database_prepare (db, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  if (sqlite3_bind_parameter_count (stmt) > 0)
    sqlite3_bind_int64 (stmt, 1, arg);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *out = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_ROW)
    return vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
  return TRUE;
}

gboolean
vd_stations_count_new_in_year (VdDatabase  *db,
                               int          year,
                               guint       *count,
                               GError     **error)
{
  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);

  return query_count (db, "SELECT count (*) FROM stations "
                          "WHERE CAST (substr (established_on, 1, 4) AS INTEGER) = ?1",
                      year, count, error);
}

gboolean
vd_stations_coverage (VdDatabase  *db,
                      guint       *covered,
                      guint       *total,
                      GError     **error)
{
  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);

  return query_count (db, "SELECT count (*) FROM communities c WHERE c.archived = 0 AND EXISTS "
                          "(SELECT 1 FROM stations s WHERE s.community_id = c.id "
                          "AND s.type = 'community' AND s.status = 'active')",
                      0, covered, error)
         && query_count (db, "SELECT count (*) FROM communities WHERE archived = 0", 0, total, error);
}

GPtrArray *
vd_stations_list_short_of_projects (VdDatabase  *db,
                                    GError     **error)
{
  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);

  return query_stations (db, STATION_QUERY
                         "WHERE s.status = 'active' AND (SELECT count (*) FROM station_projects p "
                         "WHERE p.station_id = s.id AND p.ended_on IS NULL) < ?1 ORDER BY s.name",
                         VD_STATION_MIN_PROJECTS, error);
}
