/* vd-import-row.c — one row of an imported file: into a volunteer, reported, written
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "vd-date.h"
#include "vd-identity.h"
#include "vd-import-private.h"

GHashTable *
vd_import_load_names (VdDatabase *db,
                      const char *sql,
                      GError    **error)
{
  GHashTable *names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  sqlite3_stmt *stmt = vd_database_prepare (db, sql, error);

  if (stmt == NULL)
    {
      g_hash_table_unref (names);
      return NULL;
    }
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_hash_table_insert (names, g_strdup ((const char *)sqlite3_column_text (stmt, 1)),
                         GSIZE_TO_POINTER ((gsize)sqlite3_column_int64 (stmt, 0)));
  sqlite3_finalize (stmt);
  return names;
}

static char *
clean (const char *text)
{
  return g_strstrip (g_strdup (text != NULL ? text : ""));
}

/* Where the plain text columns go in a VdVolunteer (0: not plain text). */
static const gsize text_fields[VD_N_COLUMNS] = {
  [VD_COLUMN_NAME] = G_STRUCT_OFFSET (VdVolunteer, name),
  [VD_COLUMN_ID_NUMBER] = G_STRUCT_OFFSET (VdVolunteer, id_number),
  [VD_COLUMN_PHONE] = G_STRUCT_OFFSET (VdVolunteer, phone),
  [VD_COLUMN_EDUCATION] = G_STRUCT_OFFSET (VdVolunteer, education),
  [VD_COLUMN_EMPLOYER] = G_STRUCT_OFFSET (VdVolunteer, employer),
  [VD_COLUMN_SKILLS] = G_STRUCT_OFFSET (VdVolunteer, skills),
  [VD_COLUMN_NOTES] = G_STRUCT_OFFSET (VdVolunteer, notes),
  [VD_COLUMN_EMERGENCY_CONTACT] = G_STRUCT_OFFSET (VdVolunteer, emergency_contact),
  [VD_COLUMN_EMERGENCY_PHONE] = G_STRUCT_OFFSET (VdVolunteer, emergency_phone),
  [VD_COLUMN_PLATFORM_NO] = G_STRUCT_OFFSET (VdVolunteer, platform_no),
};

/* Writes the mapped cells into v; problems go into reasons. Only mapped columns are
 * touched, so that an update keeps what the file does not say. */
void
vd_import_apply_row (VdImportRun        *run,
                     const char * const *fields,
                     VdVolunteer        *v,
                     GArray             *team_ids,
                     GString            *reasons)
{
  for (guint i = 0; i < run->import->n_columns; i++)
    {
      int target = run->import->mapping[i];
      g_autofree char *text = NULL;

      if (target < 0)
        continue;
      text = clean (fields[i]);

      /* Columns copied as they are; the register checks them afterwards. */
      if (text_fields[target] != 0)
        {
          char **field = G_STRUCT_MEMBER_P (v, text_fields[target]);

          g_free (*field);
          *field = g_steal_pointer (&text);
          continue;
        }

      switch ((VdColumn)target)
        {
        case VD_COLUMN_VOLUNTEER_NO:
          if (text[0] != '\0')
            {
              g_free (v->volunteer_no);
              v->volunteer_no = g_steal_pointer (&text);
            }
          break;
        case VD_COLUMN_ID_TYPE:
          {
            VdIdType type = VD_ID_TYPE_RESIDENT;

            if (text[0] != '\0' && !vd_id_type_from_label (text, &type))
              {
                g_autofree char *m = g_strdup_printf (_("Unknown ID type “%s”."), text);
                vd_table_add_problem (reasons, m);
              }
            g_free (v->id_type);
            v->id_type = g_strdup (vd_id_type_to_code (type));
          }
          break;
        case VD_COLUMN_GENDER:
          {
            const char *code;

            /* A resident ID says it better; other documents rely on the column. */
            if (text[0] != '\0' && vd_gender_from_label (text, &code))
              {
                g_free (v->gender);
                v->gender = g_strdup (code);
              }
            else if (text[0] != '\0')
              {
                g_autofree char *m = g_strdup_printf (_("Unknown gender “%s”."), text);
                vd_table_add_problem (reasons, m);
              }
          }
          break;
        case VD_COLUMN_BIRTH_DATE:
          {
            GDate date;

            if (text[0] != '\0' && vd_date_parse (text, &date))
              {
                g_free (v->birth_date);
                v->birth_date = vd_date_to_iso (&date);
              }
            else if (text[0] != '\0')
              {
                g_autofree char *m = g_strdup_printf (_("“%s” is not a date."), text);
                vd_table_add_problem (reasons, m);
              }
          }
          break;
        case VD_COLUMN_POLITICAL:
          if (text[0] != '\0' && !vd_political_from_label (text, &v->political))
            {
              g_autofree char *m = g_strdup_printf (_("Unknown political status “%s”."), text);
              vd_table_add_problem (reasons, m);
            }
          break;
        case VD_COLUMN_COMMUNITY:
        case VD_COLUMN_STATION:
          {
            GHashTable *names = target == VD_COLUMN_STATION ? run->stations : run->communities;
            gpointer id = NULL;

            if (text[0] == '\0')
              id = NULL;
            else if (!g_hash_table_lookup_extended (names, text, NULL, &id))
              {
                g_autofree char *m = target == VD_COLUMN_STATION
                  ? g_strdup_printf (_("Unknown station “%s”."), text)
                  : g_strdup_printf (_("Unknown community “%s”."), text);
                vd_table_add_problem (reasons, m);
              }
            if (target == VD_COLUMN_STATION)
              v->station_id = (gint64)GPOINTER_TO_SIZE (id);
            else
              v->community_id = (gint64)GPOINTER_TO_SIZE (id);
          }
          break;
        case VD_COLUMN_TEAMS:
          {
            g_auto(GStrv) names = g_regex_split_simple ("[、,，;；/|]", text, 0, 0);

            for (guint k = 0; names[k] != NULL; k++)
              {
                g_autofree char *name = clean (names[k]);
                gpointer id;

                if (name[0] == '\0')
                  continue;
                if (g_hash_table_lookup_extended (run->teams, name, NULL, &id))
                  {
                    gint64 team = (gint64)GPOINTER_TO_SIZE (id);
                    g_array_append_val (team_ids, team);
                  }
                else
                  {
                    g_autofree char *m = g_strdup_printf (_("Unknown team “%s”."), name);
                    vd_table_add_problem (reasons, m);
                  }
              }
          }
          break;
        case VD_COLUMN_REGISTERED_ON:
          {
            GDate date;

            if (text[0] == '\0')
              date = run->today;
            else if (!vd_date_parse (text, &date))
              {
                g_autofree char *m = g_strdup_printf (_("“%s” is not a date."), text);
                vd_table_add_problem (reasons, m);
                break;
              }
            g_free (v->registered_on);
            v->registered_on = vd_date_to_iso (&date);
          }
          break;
        case VD_COLUMN_STATUS:
          {
            static const char * const inactive[] = { "停用", "注销", "离队", "inactive", NULL };
            g_autofree char *lower = g_utf8_strdown (text, -1);

            v->active = !g_strv_contains (inactive, lower) &&
                        g_strcmp0 (text, _("Inactive")) != 0;
          }
          break;
        case VD_COLUMN_NAME:
        case VD_COLUMN_ID_NUMBER:
        case VD_COLUMN_PHONE:
        case VD_COLUMN_EDUCATION:
        case VD_COLUMN_EMPLOYER:
        case VD_COLUMN_SKILLS:
        case VD_COLUMN_NOTES:
        case VD_COLUMN_EMERGENCY_CONTACT:
        case VD_COLUMN_EMERGENCY_PHONE:
        case VD_COLUMN_PLATFORM_NO:
        case VD_COLUMN_AGE:
        case VD_COLUMN_HOURS:
        case VD_COLUMN_STARS:
        case VD_N_COLUMNS:
        default:
          break;
        }
    }
}

void
vd_import_add_reject (VdImportRun        *run,
                      guint               row,
                      const char         *reason,
                      const char * const *fields,
                      gboolean            skipped)
{
  /* A new row refused when the INSERT writes it may come after later rows' reports
   * (when SQLite reads all rows first). */
  vd_import_result_add_reject (run->result, row, reason, fields, skipped);
  if (skipped)
    run->result->skipped++;
  else
    run->result->rejected++;
}

static gboolean
add_memberships (VdImportRun *run,
                 gint64       volunteer_id,
                 const char  *joined_on,
                 GArray      *team_ids,
                 GError     **error)
{
  sqlite3_stmt *stmt;

  if (team_ids->len == 0)
    return TRUE;
  stmt = vd_database_prepare_cached (run->db,
                                     "INSERT OR IGNORE INTO team_members (team_id, volunteer_id, role, joined_on) "
                                     "VALUES (?1, ?2, 'member', ?3)",
                                     error);
  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < team_ids->len; i++)
    {
      int rc;

      sqlite3_bind_int64 (stmt, 1, g_array_index (team_ids, gint64, i));
      sqlite3_bind_int64 (stmt, 2, volunteer_id);
      sqlite3_bind_text (stmt, 3, joined_on, -1, SQLITE_STATIC);
      rc = sqlite3_step (stmt);
      sqlite3_reset (stmt);
      if (rc != SQLITE_DONE)
        return vd_database_set_error (error, vd_database_get_handle (run->db), rc, NULL);
    }
  return TRUE;
}

char *
vd_import_check_reasons (VdVolunteerCheck *check)
{
  GString *reasons = g_string_new (NULL);

  for (guint i = 0; i < VD_VOLUNTEER_N_FIELDS; i++)
    if (check->messages[i] != NULL)
      vd_table_add_problem (reasons, check->messages[i]);
  return g_string_free (reasons, FALSE);
}

/* A new row is one INSERT, which SQLite undoes by itself when the schema refuses
 * it, so no savepoint is needed (a savepoint per row copies every page it touches and
 * made imports several times slower); an update goes through the register, in its own
 * savepoint. A disk or lock problem stops the whole import. */
gboolean
vd_import_write_volunteer (VdImportRun        *run,
                           VdVolunteer        *v,
                           const char         *keys,
                           const char         *sort,
                           GArray             *team_ids,
                           const char * const *fields,
                           guint               row,
                           gboolean            number_free,
                           gboolean           *written,
                           GError            **error)
{
  g_autoptr(GError) local_error = NULL;
  gboolean ok;

  *written = FALSE;
  if (v->id == 0)
    ok = vd_register_insert_keyed (run->db, v, keys, sort,
                                   VD_REGISTER_SKIP_CHECK | VD_REGISTER_NO_AUDIT |
                                   VD_REGISTER_NO_SAVEPOINT | VD_REGISTER_NO_INDEX |
                                   (number_free ? VD_REGISTER_NUMBER_FREE : 0),
                                   &local_error);
  else
    ok = vd_register_update (run->db, v, &local_error);
  if (!ok)
    {
      if (local_error->domain == VD_DATABASE_ERROR &&
          local_error->code != VD_DATABASE_ERROR_CONSTRAINT)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      vd_import_add_reject (run, row, local_error->message, fields, FALSE);
      return TRUE;
    }
  /* INSERT OR IGNORE into teams read at the start of this transaction: only the disk
   * can make it fail, and that stops everything. */
  if (!add_memberships (run, v->id, v->registered_on, team_ids, error))
    return FALSE;
  *written = TRUE;
  return TRUE;
}

/* Updates the registered volunteer from the row's mapped columns. */
gboolean
vd_import_update_existing (VdImportRun        *run,
                           gint64              id,
                           const char * const *fields,
                           guint               row,
                           GError            **error)
{
  g_autoptr(VdVolunteer) v = vd_register_get (run->db, id, error);
  g_autoptr(GString) reasons = g_string_new (NULL);
  g_autoptr(GArray) team_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  VdVolunteerCheck check;
  gboolean written;

  if (v == NULL)
    return FALSE;
  vd_import_apply_row (run, fields, v, team_ids, reasons);
  if (!vd_register_check (run->db, v, &run->today, &check))
    {
      g_autofree char *more = vd_import_check_reasons (&check);
      vd_table_add_problem (reasons, more);
    }
  vd_volunteer_check_clear (&check);
  if (reasons->len > 0)
    {
      vd_import_add_reject (run, row, reasons->str, fields, FALSE);
      return TRUE;
    }
  if (!vd_import_write_volunteer (run, v, NULL, NULL, team_ids, fields, row, FALSE, &written,
                                  error))
    return FALSE;
  if (written)
    run->result->updated++;
  return TRUE;
}

void
vd_import_skip_existing (VdImportRun        *run,
                         gint64              id,
                         const char * const *fields,
                         guint               row)
{
  g_autoptr(VdVolunteer) other = vd_register_get (run->db, id, NULL);
  g_autofree char *m =
    g_strdup_printf (_("Already registered as %s (No. %s): left as it is."),
                     other != NULL ? other->name : "?",
                     other != NULL ? other->volunteer_no : "?");

  vd_import_add_reject (run, row, m, fields, TRUE);
}
