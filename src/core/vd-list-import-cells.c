/* vd-list-import-cells.c — reading an imported row's cells, and the lookups and
 * inserts its writers share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "vd-date.h"
#include "vd-list-import-private.h"

/* --- reading cells --- */

void
vd_list_problem (GString    *reasons,
                 const char *format,
                 ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  vd_table_add_problem (reasons, message);
}

/* "" → NULL; else an ISO date, or a problem. */
char *
vd_list_read_date (const char *text,
                   GString    *reasons)
{
  GDate date;

  if (text[0] == '\0')
    return NULL;
  if (!vd_date_parse (text, &date))
    {
      vd_list_problem (reasons, _("“%s” is not a date."), text);
      return NULL;
    }
  return vd_date_to_iso (&date);
}

/* "2023-05-01 08:30", "2023/5/1 8:30:00", "2023-05-01T08:30" → "2023-05-01 08:30:00" */
char *
vd_list_read_datetime (const char *text,
                       GString    *reasons)
{
  int y, mo, d, h = -1, mi = -1, s = 0;
  char sep1, sep2, t;
  g_autoptr(GDateTime) dt = NULL;

  if (text[0] == '\0')
    return NULL;
  if (sscanf (text, "%d%c%d%c%d%c%d:%d:%d", &y, &sep1, &mo, &sep2, &d, &t, &h, &mi, &s) < 8 ||
      sep1 != sep2 || (sep1 != '-' && sep1 != '/') || (t != ' ' && t != 'T'))
    {
      vd_list_problem (reasons, _("“%s” is not a date and time."), text);
      return NULL;
    }
  dt = g_date_time_new_local (y, mo, d, h, mi, s);
  if (dt == NULL)
    {
      vd_list_problem (reasons, _("“%s” is not a date and time."), text);
      return NULL;
    }
  return g_date_time_format (dt, "%Y-%m-%d %H:%M:%S");
}

/* "" → fallback; else a whole number in [min, max], or a problem. */
gint64
vd_list_read_int (const char *text,
                  gint64      min,
                  gint64      max,
                  gint64      fallback,
                  GString    *reasons)
{
  gint64 value;

  if (text[0] == '\0')
    return fallback;
  if (!g_ascii_string_to_signed (text, 10, min, max, &value, NULL))
    {
      vd_list_problem (reasons, _("“%s” is not a whole number in the allowed range."), text);
      return fallback;
    }
  return value;
}

gboolean
vd_list_read_bool (const char *text,
                   GString    *reasons)
{
  if (text[0] == '\0' || g_str_equal (text, "0") || g_str_equal (text, _("No")) ||
      g_str_equal (text, "否") || g_ascii_strcasecmp (text, "no") == 0)
    return FALSE;
  if (g_str_equal (text, "1") || g_str_equal (text, _("Yes")) || g_str_equal (text, "是") ||
      g_ascii_strcasecmp (text, "yes") == 0)
    return TRUE;
  vd_list_problem (reasons, _("“%s” is neither yes nor no."), text);
  return FALSE;
}

const char *
vd_list_read_enum (VdListEnumId  id,
                   const char   *text,
                   const char   *fallback,
                   GString      *reasons)
{
  const char *code;

  if (text[0] == '\0')
    return fallback;
  if (!vd_list_parse_enum (id, text, &code))
    {
      vd_list_problem (reasons, _("“%s” is not one of the known values."), text);
      return fallback;
    }
  return code;
}

/* --- lookups --- */

/* The id of the row that sql (one text parameter, or two) finds, or 0. */
gint64
vd_list_lookup (VdListImportRun  *run,
                const char       *sql,
                const char       *a,
                const char       *b,
                GError          **error)
{
  sqlite3_stmt *stmt = vd_database_prepare_cached (run->db, sql, error);
  gint64 id = 0;
  int rc;

  if (stmt == NULL)
    return -1;
  sqlite3_bind_text (stmt, 1, a, -1, SQLITE_STATIC);
  if (b != NULL)
    sqlite3_bind_text (stmt, 2, b, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      vd_database_set_error (error, vd_database_get_handle (run->db), rc, NULL);
      return -1;
    }
  return id;
}

/* Runs an INSERT with text parameters (NULL binds NULL); returns the new rowid or 0. */
gint64
vd_list_insert (VdListImportRun  *run,
                const char       *sql,
                guint             n,
                const char      **values,
                GError          **error)
{
  sqlite3_stmt *stmt = vd_database_prepare_cached (run->db, sql, error);
  int rc;

  if (stmt == NULL)
    return 0;
  for (guint i = 0; i < n; i++)
    if (values[i] != NULL)
      sqlite3_bind_text (stmt, i + 1, values[i], -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  if (rc != SQLITE_DONE)
    {
      vd_database_set_error (error, vd_database_get_handle (run->db), rc, NULL);
      return 0;
    }
  return sqlite3_last_insert_rowid (vd_database_get_handle (run->db));
}

char *
vd_list_id_text (gint64 id)
{
  return id > 0 ? g_strdup_printf ("%" G_GINT64_FORMAT, id) : NULL;
}

/* A category of domain by name, made when the office's file has a new one. */
gint64
vd_list_ensure_category (VdListImportRun  *run,
                         const char       *domain,
                         const char       *name,
                         GError          **error)
{
  gint64 id = vd_list_lookup (run, "SELECT id FROM categories WHERE domain = ?2 AND name = ?1",
                              name, domain, error);
  const char *values[2] = { domain, name };

  if (id != 0)
    return id;
  return vd_list_insert (run, "INSERT INTO categories (domain, name, sort_order) VALUES (?1, ?2, "
                              "(SELECT coalesce (max (sort_order), 0) + 1 FROM categories))",
                         2, values, error);
}

gint64
vd_list_ensure_subdistrict (VdListImportRun  *run,
                            const char       *name,
                            GError          **error)
{
  gint64 id = vd_list_lookup (run, "SELECT id FROM subdistricts WHERE name = ?1", name, NULL, error);
  const char *values[1] = { name };

  if (id != 0)
    return id;
  return vd_list_insert (run, "INSERT INTO subdistricts (name) VALUES (?1)", 1, values, error);
}

gint64
vd_list_ensure_community (VdListImportRun  *run,
                          gint64            subdistrict_id,
                          const char       *name,
                          GError          **error)
{
  g_autofree char *sub = vd_list_id_text (subdistrict_id);
  gint64 id = vd_list_lookup (run, "SELECT id FROM communities WHERE name = ?1 AND subdistrict_id = ?2",
                              name, sub, error);
  const char *values[2] = { sub, name };

  if (id != 0)
    return id;
  return vd_list_insert (run, "INSERT INTO communities (subdistrict_id, name) VALUES (?1, ?2)",
                         2, values, error);
}

/* An existing row named in a cell, or a vd_list_problem ("" → 0). */
gint64
vd_list_named (VdListImportRun  *run,
               const char       *sql,
               const char       *text,
               const char       *message,
               GString          *reasons,
               GError          **error)
{
  gint64 id;

  if (text[0] == '\0')
    return 0;
  id = vd_list_lookup (run, sql, text, NULL, error);
  if (id == 0)
    {
      /* message is one of the "There is no … “%s”." strings below */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
      vd_list_problem (reasons, message, text);
#pragma GCC diagnostic pop
    }
  return id;
}

