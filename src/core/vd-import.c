/* vd-import.c — bringing the office's spreadsheets of volunteers into the register
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "vd-audit.h"
#include "vd-date.h"
#include "vd-identity.h"
#include "vd-import-rows.h"
#include "vd-import.h"
#include "vd-register.h"
#include "vd-search.h"
#include "vd-table-reader.h"
#include "vd-table-writer.h"

G_DEFINE_QUARK (vd-import-error-quark, vd_import_error)

#define PREVIEW_ROWS 20
#define HEADER_SEARCH_ROWS 10

struct _VdImport
{
  char      *path;
  char      *format;
  guint      header_row;   /* row number of the header in the file */
  GStrv      headers;
  guint      n_columns;
  int       *mapping;      /* n_columns entries: VdColumn or -1 */
  GPtrArray *preview;      /* GStrv */
};

void
vd_import_free (VdImport *self)
{
  if (self == NULL)
    return;
  g_free (self->path);
  g_free (self->format);
  g_strfreev (self->headers);
  g_free (self->mapping);
  g_clear_pointer (&self->preview, g_ptr_array_unref);
  g_free (self);
}

static guint
count_known (const char * const *fields)
{
  guint known = 0;

  for (guint i = 0; fields[i] != NULL; i++)
    if (vd_column_from_header (fields[i]) >= 0)
      known++;
  return known;
}

static void
map_from_headers (VdImport *self)
{
  self->mapping = g_new (int, self->n_columns);
  for (guint i = 0; i < self->n_columns; i++)
    {
      int target = vd_column_from_header (self->headers[i]);

      self->mapping[i] = -1;
      /* computed figures (age, hours) are not read back; first column wins */
      if (target >= 0 && vd_column_is_importable (target))
        vd_import_set_mapping (self, i, target);
    }
}

VdImport *
vd_import_open (const char  *path,
                GError     **error)
{
  g_autoptr(VdImport) self = g_new0 (VdImport, 1);
  g_autoptr(VdTableReader) reader = NULL;
  g_autoptr(GPtrArray) first_rows = g_ptr_array_new_with_free_func ((GDestroyNotify)g_strfreev);
  g_autoptr(GArray) row_numbers = g_array_new (FALSE, FALSE, sizeof (guint));
  const char * const *fields;
  guint header = 0;
  GError *local_error = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  reader = vd_table_reader_open (path, error);
  if (reader == NULL)
    return NULL;
  self->path = g_strdup (path);

  /* Offices put a title row ("XX社区志愿者名单") above the header: take the first of
   * the first rows that names two known columns. */
  while (first_rows->len < HEADER_SEARCH_ROWS &&
         vd_table_reader_next (reader, &fields, NULL, &local_error))
    {
      guint row = vd_table_reader_get_row_number (reader);

      g_ptr_array_add (first_rows, g_strdupv ((char **)fields));
      g_array_append_val (row_numbers, row);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }
  for (guint i = 0; i < first_rows->len; i++)
    if (count_known (g_ptr_array_index (first_rows, i)) >= 2)
      {
        header = i;
        break;
      }

  self->headers = g_strdupv (g_ptr_array_index (first_rows, header));
  self->n_columns = g_strv_length (self->headers);
  self->header_row = g_array_index (row_numbers, guint, header);
  self->format = g_strdup (vd_table_reader_get_format (reader));
  map_from_headers (self);

  self->preview = g_ptr_array_new_with_free_func ((GDestroyNotify)g_strfreev);
  for (guint i = header + 1; i < first_rows->len; i++)
    g_ptr_array_add (self->preview, g_strdupv (g_ptr_array_index (first_rows, i)));
  while (self->preview->len < PREVIEW_ROWS &&
         vd_table_reader_next (reader, &fields, NULL, &local_error))
    g_ptr_array_add (self->preview, g_strdupv ((char **)fields));
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }

  if (self->preview->len == 0)
    {
      g_set_error (error, VD_IMPORT_ERROR, VD_IMPORT_ERROR_NO_DATA,
                   _("The file has a header row but no volunteers under it."));
      return NULL;
    }
  return g_steal_pointer (&self);
}

const char *
vd_import_get_path (VdImport *self)
{
  return self->path;
}

const char *
vd_import_get_format (VdImport *self)
{
  return self->format;
}

guint
vd_import_get_header_row (VdImport *self)
{
  return self->header_row;
}

guint
vd_import_get_n_columns (VdImport *self)
{
  return self->n_columns;
}

const char *
vd_import_get_header (VdImport *self,
                      guint     column)
{
  g_return_val_if_fail (column < self->n_columns, NULL);

  return self->headers[column];
}

int
vd_import_get_mapping (VdImport *self,
                       guint     column)
{
  g_return_val_if_fail (column < self->n_columns, -1);

  return self->mapping[column];
}

void
vd_import_set_mapping (VdImport *self,
                       guint     column,
                       int       target)
{
  g_return_if_fail (column < self->n_columns);
  g_return_if_fail (target < VD_N_COLUMNS);

  if (target >= 0)
    for (guint i = 0; i < self->n_columns; i++)
      if (self->mapping[i] == target)
        self->mapping[i] = -1;
  self->mapping[column] = target;
}

static int
column_of (VdImport *self,
           VdColumn  target)
{
  for (guint i = 0; i < self->n_columns; i++)
    if (self->mapping[i] == (int)target)
      return i;
  return -1;
}

gboolean
vd_import_check_mapping (VdImport  *self,
                         GError   **error)
{
  if (column_of (self, VD_COLUMN_NAME) < 0 || column_of (self, VD_COLUMN_ID_NUMBER) < 0)
    {
      g_set_error (error, VD_IMPORT_ERROR, VD_IMPORT_ERROR_MAPPING,
                   _("Choose the columns that hold the name and the ID number."));
      return FALSE;
    }
  return TRUE;
}

guint
vd_import_get_n_preview (VdImport *self)
{
  return self->preview->len;
}

const char * const *
vd_import_get_preview_row (VdImport *self,
                           guint     index,
                           guint    *n_fields)
{
  const char * const *row;

  g_return_val_if_fail (index < self->preview->len, NULL);

  row = g_ptr_array_index (self->preview, index);
  if (n_fields != NULL)
    *n_fields = g_strv_length ((char **)row);
  return row;
}

static void
reject_free (gpointer data)
{
  VdImportReject *reject = data;

  g_free (reject->reason);
  g_strfreev (reject->fields);
  g_free (reject);
}

void
vd_import_result_free (VdImportResult *result)
{
  if (result == NULL)
    return;
  g_clear_pointer (&result->rejects, g_ptr_array_unref);
  g_free (result);
}

/* --- one run --- */

typedef struct
{
  VdImport         *import;
  VdDatabase       *db;
  VdDuplicates      duplicates;
  VdImportResult   *result;
  GHashTable       *stations;     /* name → id (gint64 in a pointer) */
  GHashTable       *communities;
  GHashTable       *teams;
  GHashTable       *seen_ids;     /* "type:number" → first row */
  GDate             today;
  gint64            counter;      /* volunteer numbers given so far */
  gboolean          was_empty;    /* the register had no volunteers at the start */
} Run;

static GHashTable *
load_names (VdDatabase  *db,
            const char  *sql,
            GError     **error)
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

static void
add_problem (GString    *reasons,
             const char *message)
{
  if (reasons->len > 0)
    {
      /* "Bad phone.; Bad date." reads badly: the separator replaces the full stop. */
      if (g_str_has_suffix (reasons->str, "."))
        g_string_truncate (reasons, reasons->len - 1);
      else if (g_str_has_suffix (reasons->str, "。"))
        g_string_truncate (reasons, reasons->len - strlen ("。"));
      /* Translators: separates the problems of one imported row */
      g_string_append (reasons, _("; "));
    }
  g_string_append (reasons, message);
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
static void
apply_row (Run                 *run,
           const char * const  *fields,
           VdVolunteer         *v,
           GArray              *team_ids,
           GString             *reasons)
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
                add_problem (reasons, m);
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
                add_problem (reasons, m);
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
                add_problem (reasons, m);
              }
          }
          break;
        case VD_COLUMN_POLITICAL:
          if (text[0] != '\0' && !vd_political_from_label (text, &v->political))
            {
              g_autofree char *m = g_strdup_printf (_("Unknown political status “%s”."), text);
              add_problem (reasons, m);
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
                add_problem (reasons, m);
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
                    add_problem (reasons, m);
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
                add_problem (reasons, m);
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

static void
add_reject (Run                 *run,
            guint                row,
            const char          *reason,
            const char * const  *fields,
            gboolean             skipped)
{
  VdImportReject *reject = g_new0 (VdImportReject, 1);

  reject->row = row;
  reject->reason = g_strdup (reason);
  reject->fields = g_strdupv ((char **)fields);
  reject->skipped = skipped;
  {
    /* A new row refused when the INSERT writes it may come after later rows' reports
     * (when SQLite reads all rows first): the report stays in the file's order. */
    GPtrArray *rejects = run->result->rejects;
    guint at = rejects->len;

    while (at > 0 && ((VdImportReject *)g_ptr_array_index (rejects, at - 1))->row > row)
      at--;
    g_ptr_array_insert (rejects, at, reject);
  }
  if (skipped)
    run->result->skipped++;
  else
    run->result->rejected++;
}

static gboolean
add_memberships (Run          *run,
                 gint64        volunteer_id,
                 const char   *joined_on,
                 GArray       *team_ids,
                 GError      **error)
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

static char *
check_reasons (VdVolunteerCheck *check)
{
  GString *reasons = g_string_new (NULL);

  for (guint i = 0; i < VD_VOLUNTEER_N_FIELDS; i++)
    if (check->messages[i] != NULL)
      add_problem (reasons, check->messages[i]);
  return g_string_free (reasons, FALSE);
}

/* A new row is one INSERT, which SQLite undoes by itself when the schema refuses
 * it, so no savepoint is needed (a savepoint per row copies every page it touches and
 * made imports several times slower); an update goes through the register, in its own
 * savepoint. A disk or lock problem stops the whole import. */
static gboolean
write_volunteer (Run                 *run,
                 VdVolunteer         *v,
                 const char          *keys,
                 const char          *sort,
                 GArray              *team_ids,
                 const char * const  *fields,
                 guint                row,
                 gboolean             number_free,
                 gboolean            *written,
                 GError             **error)
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
      add_reject (run, row, local_error->message, fields, FALSE);
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
static gboolean
update_existing (Run                 *run,
                 gint64               id,
                 const char * const  *fields,
                 guint                row,
                 GError             **error)
{
  g_autoptr(VdVolunteer) v = vd_register_get (run->db, id, error);
  g_autoptr(GString) reasons = g_string_new (NULL);
  g_autoptr(GArray) team_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  VdVolunteerCheck check;
  gboolean written;

  if (v == NULL)
    return FALSE;
  apply_row (run, fields, v, team_ids, reasons);
  if (!vd_register_check (run->db, v, &run->today, &check))
    {
      g_autofree char *more = check_reasons (&check);
      add_problem (reasons, more);
    }
  vd_volunteer_check_clear (&check);
  if (reasons->len > 0)
    {
      add_reject (run, row, reasons->str, fields, FALSE);
      return TRUE;
    }
  if (!write_volunteer (run, v, NULL, NULL, team_ids, fields, row, FALSE, &written, error))
    return FALSE;
  if (written)
    run->result->updated++;
  return TRUE;
}

static void
skip_existing (Run                 *run,
               gint64               id,
               const char * const  *fields,
               guint                row)
{
  g_autoptr(VdVolunteer) other = vd_register_get (run->db, id, NULL);
  g_autofree char *m =
    g_strdup_printf (_("Already registered as %s (No. %s): left as it is."),
                     other != NULL ? other->name : "?",
                     other != NULL ? other->volunteer_no : "?");

  add_reject (run, row, m, fields, TRUE);
}

/* --- the reading thread ---
 *
 * The database's thread bounds an import: a second thread reads and decodes the
 * file, checks each row as far as it can without the database and computes the
 * name's keys, and hands batches of rows over to the database's thread, which looks
 * up what only the database knows and writes. The rows keep their order,
 * so the results, the reports and the volunteer numbers are what one thread gave. */

#define BATCH_ROWS 256
#define BATCHES_AHEAD 16

typedef struct
{
  guint             row;
  double            progress;     /* of the file, once the row was read */
  char            **fields;
  guint             n_fields;
  VdVolunteer      *v;            /* NULL: the row has the wrong number of cells */
  GArray           *team_ids;
  GString          *reasons;      /* problems found by apply_row */
  VdVolunteerCheck  check;        /* without the lookups */
  gboolean          number_given;
  char             *keys;         /* of the name, for a row that may be written */
  char             *sort;
} Prepared;

typedef struct
{
  GPtrArray *rows;                /* Prepared */
  gboolean   last;
  GError    *error;               /* the reader's, on the last batch */
} Batch;

typedef struct
{
  Run           *run;
  VdTableReader *reader;
  GAsyncQueue   *full;            /* Batch, in the file's order */
  GAsyncQueue   *slots;           /* free places in full: a token or a used Batch,
                                   * which the reading thread frees (in its own
                                   * malloc arena: freeing on the other thread cost
                                   * the writing thread lock waits) */
  Batch         *current;         /* the batch the database's thread works on */
  int            stop;            /* atomic: the database's thread gave up */
  GThread       *thread;
} Pipeline;

static void
prepared_free (gpointer data)
{
  Prepared *p = data;

  g_strfreev (p->fields);
  g_clear_object (&p->v);
  g_clear_pointer (&p->team_ids, g_array_unref);
  if (p->reasons != NULL)
    g_string_free (p->reasons, TRUE);
  vd_volunteer_check_clear (&p->check);
  g_free (p->keys);
  g_free (p->sort);
  g_free (p);
}

static void
batch_free (Batch *batch)
{
  g_ptr_array_unref (batch->rows);
  g_clear_error (&batch->error);
  g_free (batch);
}

static Prepared *
prepare_row (Run                 *run,
             const char * const  *fields,
             guint                n_fields,
             guint                row,
             double               progress)
{
  Prepared *p = g_new0 (Prepared, 1);

  p->row = row;
  p->progress = progress;
  p->fields = g_strdupv ((char **)fields);
  p->n_fields = n_fields;
  if (n_fields != run->import->n_columns)
    return p;

  p->v = vd_volunteer_new ();
  p->team_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  p->reasons = g_string_new (NULL);
  g_free (p->v->registered_on);
  p->v->registered_on = vd_date_to_iso (&run->today);
  apply_row (run, fields, p->v, p->team_ids, p->reasons);
  p->number_given = p->v->volunteer_no[0] != '\0';

  /* The check also normalizes the ID number, which the duplicate tests compare. The
   * places came from this transaction's own lists, and a shared phone only warns. */
  vd_register_check_full (run->db, p->v, &run->today,
                          VD_CHECK_NO_WARNINGS | VD_CHECK_PLACES_KNOWN | VD_CHECK_NO_LOOKUPS,
                          &p->check);
  if (p->reasons->len == 0 && vd_volunteer_check_ok (&p->check))
    vd_register_name_keys (p->v->name, &p->keys, &p->sort);
  return p;
}

static int slot_token;

static gpointer
read_rows (gpointer data)
{
  Pipeline *pipe = data;
  gboolean last = FALSE;

  while (!last)
    {
      Batch *batch = g_new0 (Batch, 1);

      gpointer slot = g_async_queue_pop (pipe->slots);

      if (slot != &slot_token)
        batch_free (slot);
      batch->rows = g_ptr_array_new_full (BATCH_ROWS, prepared_free);
      while (batch->rows->len < BATCH_ROWS)
        {
          const char * const *fields;
          guint n_fields;
          guint row;

          if (g_atomic_int_get (&pipe->stop) ||
              !vd_table_reader_next (pipe->reader, &fields, &n_fields, &batch->error))
            {
              last = TRUE;
              break;
            }
          row = vd_table_reader_get_row_number (pipe->reader);
          if (row <= pipe->run->import->header_row)
            continue;
          g_ptr_array_add (batch->rows,
                           prepare_row (pipe->run, fields, n_fields, row,
                                        vd_table_reader_get_progress (pipe->reader)));
        }
      batch->last = last;
      g_async_queue_push (pipe->full, batch);
    }
  return NULL;
}

static void
pipeline_start (Pipeline      *pipe,
                Run           *run,
                VdTableReader *reader)
{
  pipe->run = run;
  pipe->reader = reader;
  pipe->full = g_async_queue_new ();
  pipe->slots = g_async_queue_new ();
  for (guint i = 0; i < BATCHES_AHEAD; i++)
    g_async_queue_push (pipe->slots, &slot_token);
  pipe->thread = g_thread_new ("vd-import-read", read_rows, pipe);
}

static Batch *
pipeline_next (Pipeline *pipe)
{
  pipe->current = g_async_queue_pop (pipe->full);
  return pipe->current;
}

/* Hands the batch back to the reading thread, which frees it and reads another. */
static void
pipeline_done (Pipeline *pipe)
{
  g_async_queue_push (pipe->slots, g_steal_pointer (&pipe->current));
}

/* Stops the reading thread (at once when the import gave up) and waits for it. */
static void
pipeline_finish (Pipeline *pipe,
                 gboolean  done)
{
  gpointer slot;

  if (pipe->thread == NULL)
    return;
  g_clear_pointer (&pipe->current, batch_free);
  if (!done)
    {
      g_atomic_int_set (&pipe->stop, 1);
      for (;;)
        {
          gboolean last = pipeline_next (pipe)->last;

          pipeline_done (pipe);
          if (last)
            break;
        }
    }
  g_thread_join (g_steal_pointer (&pipe->thread));
  while ((slot = g_async_queue_try_pop (pipe->slots)) != NULL)
    if (slot != &slot_token)
      batch_free (slot);
  g_async_queue_unref (pipe->full);
  g_async_queue_unref (pipe->slots);
}

/* --- the new rows' way into the database ---
 *
 * The rows that only add a volunteer go into the register through one INSERT … SELECT
 * from vd_import_rows, which asks for them one at a time: each is looked up and
 * numbered on the database's thread when the INSERT wants it, so one statement takes
 * a whole file. Many statements (one per batch) cost far more: the table has CHECKs
 * with functions, so SQLite keeps a statement journal, a copy of every page that
 * existed when the statement began and that it changes, and every statement copies
 * the same index pages again (1.3 GB for 100,000 rows in batches of 256). */

#define INSERT_NEW_ROWS \
  "INSERT OR FAIL INTO volunteers (volunteer_no, name, id_type, id_number, gender, " \
  "  birth_date, phone, political_status, education, employer, skills, community_id, " \
  "  station_id, registered_on, platform_no, emergency_contact, emergency_phone, notes, " \
  "  status, name_keys, name_sort) " \
  "SELECT volunteer_no, name, id_type, id_number, gender, birth_date, phone, " \
  "  political_status, education, employer, skills, community_id, station_id, " \
  "  registered_on, platform_no, emergency_contact, emergency_phone, notes, status, " \
  "  name_keys, name_sort FROM vd_import_rows (?1)"

typedef struct
{
  Run              *run;
  Pipeline         *pipe;
  VdImportRows      source;       /* → hand_row */
  guint             index;        /* the next row of pipe->current */
  gboolean          last_taken;   /* the reading thread's last batch was taken */
  gboolean          finished;     /* every row was taken */
  Prepared         *ahead;        /* a new row taken, not handed over yet */
  Prepared         *own;          /* a row to write on its own, between statements */
  GPtrArray        *handed;       /* rows handed over to this statement from
                                   * pipe->current (Prepared, borrowed) */
  guint             n_handed;     /* all handed over to this statement */
  gboolean          one_batch;    /* the INSERT reads all its rows before it writes
                                   * (a trigger on volunteers): a statement takes
                                   * rows of one batch only */
  GCancellable     *cancellable;
  VdImportProgress  progress;
  gpointer          user_data;
  GError           *error;
} Stream;

typedef enum
{
  ROW_DONE,      /* reported, skipped or refused */
  ROW_NEW,       /* a new volunteer for the INSERT */
  ROW_ON_ITS_OWN /* an update, or a row that later rows look up or that needs its id */
} RowKind;

/* What only the database knows about a row read and checked by the reading thread:
 * reads, never writes, so it can run while the INSERT asks for rows. */
static RowKind
classify_row (Run      *run,
              Prepared *p)
{
  const char * const *fields = (const char * const *)p->fields;
  VdVolunteer *v = p->v;
  g_autofree char *key = NULL;
  gpointer first;
  gint64 existing;

  run->result->read++;

  if (v == NULL)
    {
      g_autofree char *m =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "The row has %u cell, but the header has %u.",
                                      "The row has %u cells, but the header has %u.",
                                      p->n_fields),
                         p->n_fields, run->import->n_columns);
      add_reject (run, p->row, m, fields, FALSE);
      return ROW_DONE;
    }

  /* In a register that was empty, an ID number can only be found again among this
   * file's rows, which seen_ids reports with the same message: no lookup needed. */
  if (!run->was_empty || v->platform_no != NULL)
    vd_register_check_lookups (run->db, v, &p->check);
  existing = p->check.duplicate_id;
  if (existing != 0)
    g_clear_pointer (&p->check.messages[VD_VOLUNTEER_FIELD_ID_NUMBER], g_free);
  {
    g_autofree char *more = check_reasons (&p->check);
    if (more[0] != '\0')
      add_problem (p->reasons, more);
  }

  key = g_strconcat (v->id_type, ":", v->id_number, NULL);
  if (g_hash_table_lookup_extended (run->seen_ids, key, NULL, &first))
    {
      g_autofree char *m = g_strdup_printf (_("The same ID number as row %u of this file."),
                                            GPOINTER_TO_UINT (first));
      add_problem (p->reasons, m);
    }
  if (p->reasons->len > 0)
    {
      add_reject (run, p->row, p->reasons->str, fields, FALSE);
      return ROW_DONE;
    }
  g_hash_table_insert (run->seen_ids, g_steal_pointer (&key), GUINT_TO_POINTER (p->row));

  /* Already registered: skip or update, never a second entry. */
  if (existing != 0)
    {
      if (run->duplicates == VD_DUPLICATES_UPDATE)
        return ROW_ON_ITS_OWN;
      skip_existing (run, existing, fields, p->row);
      return ROW_DONE;
    }

  /* Numbered here from a counter kept in memory, stored once at the end. */
  if (!p->number_given)
    {
      g_free (v->volunteer_no);
      v->volunteer_no = vd_register_next_free_number (run->db, &run->counter);
    }

  /* A row with its own volunteer or platform number, whose uniqueness later rows look
   * up, or with teams, which need its id, is written on its own. */
  if (!p->number_given && v->platform_no == NULL && p->team_ids->len == 0)
    return ROW_NEW;
  return ROW_ON_ITS_OWN;
}

/* An update of a registered volunteer, or a new one written by itself. */
static gboolean
write_on_its_own (Run       *run,
                  Prepared  *p,
                  GError   **error)
{
  const char * const *fields = (const char * const *)p->fields;
  gboolean written;

  if (p->check.duplicate_id != 0)
    return update_existing (run, p->check.duplicate_id, fields, p->row, error);
  if (!write_volunteer (run, p->v, p->keys, p->sort, p->team_ids, fields, p->row,
                        !p->number_given, &written, error))
    return FALSE;
  if (written)
    run->result->imported++;
  return TRUE;
}

/* The next row from the reading thread, or NULL at the end of the file, on the
 * reader's error (in stream->error), or, between batches, when within_batch. */
static Prepared *
next_prepared (Stream   *stream,
               gboolean  within_batch)
{
  Pipeline *pipe = stream->pipe;

  while (pipe->current == NULL || stream->index >= pipe->current->rows->len)
    {
      if (pipe->current != NULL)
        {
          if (pipe->current->error != NULL)
            {
              stream->error = g_steal_pointer (&pipe->current->error);
              return NULL;
            }
          if (pipe->current->last)
            {
              stream->finished = TRUE;
              return NULL;
            }
          if (within_batch)
            return NULL;
          /* every row handed over from it is in the table: the INSERT writes each
           * before it asks for the next (one_batch says when it does not) */
          g_ptr_array_set_size (stream->handed, 0);
          pipeline_done (pipe);
        }
      stream->last_taken = pipeline_next (pipe)->last;
      stream->index = 0;
    }
  return g_ptr_array_index (pipe->current->rows, stream->index++);
}

/* Takes rows until one is new (stream->ahead) or to be written on its own
 * (stream->own), or the file ends: FALSE on an error or when cancelled. */
static gboolean
take_rows (Stream   *stream,
           gboolean  within_batch)
{
  Run *run = stream->run;

  while (stream->ahead == NULL && stream->own == NULL && !stream->finished)
    {
      Prepared *p = next_prepared (stream, within_batch);

      if (p == NULL)
        return stream->error == NULL;
      switch (classify_row (run, p))
        {
        case ROW_NEW:
          stream->ahead = p;
          break;
        case ROW_ON_ITS_OWN:
          stream->own = p;
          break;
        case ROW_DONE:
        default:
          break;
        }
      if (run->result->read % 256 == 0)
        {
          if (g_cancellable_is_cancelled (stream->cancellable))
            {
              g_set_error (&stream->error, VD_IMPORT_ERROR, VD_IMPORT_ERROR_CANCELLED,
                           _("The import was cancelled; nothing was imported."));
              return FALSE;
            }
          if (stream->progress != NULL)
            stream->progress (p->progress, run->result->read, stream->user_data);
        }
    }
  return TRUE;
}

/* vd_import_rows' source: the next new row, until a row must be written on its own. */
static VdImportRowsNext
hand_row (gpointer     data,
          VdImportRow *row)
{
  Stream *stream = data;
  Prepared *p;

  if (!take_rows (stream, stream->one_batch))
    return VD_IMPORT_ROWS_ERROR;
  if (stream->ahead == NULL)
    return VD_IMPORT_ROWS_END;
  p = g_steal_pointer (&stream->ahead);
  *row = (VdImportRow) { p->row, p->v, p->keys, p->sort, p->fields };
  g_ptr_array_add (stream->handed, p);
  stream->n_handed++;
  return VD_IMPORT_ROWS_ROW;
}

static gint64
last_id (VdDatabase *db)
{
  sqlite3_stmt *stmt = vd_database_prepare_cached (db, "SELECT coalesce (max (id), 0) FROM volunteers",
                                                   NULL);
  gint64 id = 0;

  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  if (stmt != NULL)
    sqlite3_reset (stmt);
  return id;
}

/* One INSERT … SELECT of the new rows from stream->ahead on. When the schema refuses
 * one, OR FAIL keeps the rows before it (a trigger's RAISE (ABORT) undoes them all),
 * and those not kept are written one by one, each refusal reported as for any other
 * row. */
static gboolean
write_new_rows (Stream  *stream,
                GError **error)
{
  Run *run = stream->run;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GArray) no_teams = NULL;
  sqlite3_stmt *stmt;
  gint64 before;
  gint64 kept;
  guint unwritten;
  int rc;

  stmt = vd_database_prepare_cached (run->db, INSERT_NEW_ROWS, error);
  if (stmt == NULL)
    return FALSE;
  before = last_id (run->db);
  g_ptr_array_set_size (stream->handed, 0);
  stream->n_handed = 0;
  sqlite3_bind_pointer (stmt, 1, &stream->source, VD_IMPORT_ROWS_POINTER, NULL);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      sqlite3_reset (stmt);
      run->result->imported += stream->n_handed;
      return TRUE;
    }
  if (stream->error != NULL)
    {
      sqlite3_reset (stmt);
      g_propagate_error (error, g_steal_pointer (&stream->error));
      return FALSE;
    }
  vd_database_set_error (&local_error, vd_database_get_handle (run->db), rc, NULL);
  sqlite3_reset (stmt);
  if (local_error->code != VD_DATABASE_ERROR_CONSTRAINT)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  /* new rows take the next ids in turn: those above the last one were kept */
  kept = last_id (run->db) - before;
  if (kept < 0 || kept > stream->n_handed || stream->n_handed - kept > stream->handed->len)
    {
      /* rows of batches given back are gone: cannot happen, as next_prepared says */
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  unwritten = stream->n_handed - (guint)kept;
  run->result->imported += (guint)kept;
  no_teams = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (guint i = stream->handed->len - unwritten; i < stream->handed->len; i++)
    {
      Prepared *p = g_ptr_array_index (stream->handed, i);
      gboolean written;

      if (!write_volunteer (run, p->v, p->keys, p->sort, no_teams,
                            (const char * const *)p->fields, p->row, TRUE, &written, error))
        return FALSE;
      if (written)
        run->result->imported++;
    }
  return TRUE;
}

/* TRUE when SQLite would read all of the INSERT's rows into a temporary table before
 * writing any (it does when the table has triggers). */
static gboolean
insert_reads_first (VdDatabase *db)
{
  sqlite3_stmt *stmt = vd_database_prepare (db, "EXPLAIN " INSERT_NEW_ROWS, NULL);
  gboolean found = FALSE;

  if (stmt == NULL)
    return TRUE;
  while (!found && sqlite3_step (stmt) == SQLITE_ROW)
    found = g_strcmp0 ((const char *)sqlite3_column_text (stmt, 1), "OpenEphemeral") == 0;
  sqlite3_finalize (stmt);
  return found;
}

/* Every row of the file, in its order: new ones through write_new_rows, the others on
 * their own in between. */
static gboolean
write_rows (Stream  *stream,
            GError **error)
{
  stream->source.next = hand_row;
  stream->source.data = stream;
  stream->handed = g_ptr_array_new ();
  stream->one_batch = insert_reads_first (stream->run->db);
  for (;;)
    {
      if (!take_rows (stream, FALSE))
        {
          g_propagate_error (error, g_steal_pointer (&stream->error));
          return FALSE;
        }
      if (stream->own != NULL)
        {
          if (!write_on_its_own (stream->run, g_steal_pointer (&stream->own), error))
            return FALSE;
        }
      else if (stream->ahead != NULL)
        {
          if (!write_new_rows (stream, error))
            return FALSE;
        }
      else
        return TRUE;
    }
}

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->stations, g_hash_table_unref);
  g_clear_pointer (&run->communities, g_hash_table_unref);
  g_clear_pointer (&run->teams, g_hash_table_unref);
  g_clear_pointer (&run->seen_ids, g_hash_table_unref);
}

static gboolean
audit_import (Run        *run,
              GError    **error)
{
  g_autofree char *read = g_strdup_printf ("%u", run->result->read);
  g_autofree char *imported = g_strdup_printf ("%u", run->result->imported);
  g_autofree char *updated = g_strdup_printf ("%u", run->result->updated);
  g_autofree char *skipped = g_strdup_printf ("%u", run->result->skipped);
  g_autofree char *rejected = g_strdup_printf ("%u", run->result->rejected);
  g_autofree char *json = vd_audit_json_object ("file", run->import->path,
                                                "format", run->import->format,
                                                "read", read, "imported", imported,
                                                "updated", updated, "skipped", skipped,
                                                "rejected", rejected, NULL);

  return vd_audit_log (run->db, "volunteers", 0, "import", NULL, json, error);
}

/* FTS5 writes its pending terms out as a new segment whenever they pass hashsize
 * (1 MB), and merges the segments as they pile up: a whole import's terms held at
 * once take a sixth less time. The default is set again afterwards. */
static gboolean
index_new_rows (VdDatabase  *db,
                gint64       first_id,
                GError     **error)
{
  return vd_database_exec (db,
                           "INSERT INTO volunteer_text (volunteer_text, rank) VALUES ('hashsize', 33554432);"
                           "INSERT INTO volunteer_digits (volunteer_digits, rank) VALUES ('hashsize', 33554432);",
                           error) &&
         vd_search_index_from (db, first_id, error) &&
         vd_database_exec (db,
                           "INSERT INTO volunteer_text (volunteer_text, rank) VALUES ('hashsize', 1048576);"
                           "INSERT INTO volunteer_digits (volunteer_digits, rank) VALUES ('hashsize', 1048576);",
                           error);
}

/* What the foreign keys would have refused, for the rows this import added: a place
 * or a team that is not there. Their ids came from this transaction's own reads, so
 * this is a safety net, not a check a row can fail. */
static gboolean
check_references (VdDatabase  *db,
                  gint64       first_id,
                  GError     **error)
{
  sqlite3_stmt *stmt = vd_database_prepare (db,
    "SELECT EXISTS (SELECT 1 FROM volunteers AS v WHERE v.id >= ?1 AND "
    "  ((v.station_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM stations AS s WHERE s.id = v.station_id)) OR "
    "   (v.community_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM communities AS c WHERE c.id = v.community_id)))) OR "
    "EXISTS (SELECT 1 FROM team_members AS m WHERE m.volunteer_id >= ?1 AND "
    "  (NOT EXISTS (SELECT 1 FROM teams AS t WHERE t.id = m.team_id) OR "
    "   NOT EXISTS (SELECT 1 FROM volunteers AS v WHERE v.id = m.volunteer_id)))",
    error);
  int rc;
  gboolean broken = FALSE;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, first_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    broken = sqlite3_column_int (stmt, 0) != 0;
  sqlite3_finalize (stmt);
  if (rc != SQLITE_ROW)
    return vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
  if (broken)
    return vd_database_set_error (error, NULL, SQLITE_CONSTRAINT_FOREIGNKEY, NULL);
  return TRUE;
}

static gboolean
register_is_empty (VdDatabase *db)
{
  sqlite3_stmt *stmt = vd_database_prepare (db, "SELECT EXISTS (SELECT 1 FROM volunteers)", NULL);
  gboolean empty = FALSE;

  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    empty = sqlite3_column_int (stmt, 0) == 0;
  sqlite3_finalize (stmt);
  return empty;
}

static gint64
query_next_id (VdDatabase *db)
{
  sqlite3_stmt *stmt = vd_database_prepare (db, "SELECT coalesce (max (id), 0) + 1 FROM volunteers",
                                            NULL);
  gint64 next = 1;

  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    next = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return next;
}

static gboolean
run_import (VdImport          *self,
            VdDatabase        *db,
            gboolean           strict,
            VdDuplicates       duplicates,
            GCancellable      *cancellable,
            VdImportProgress   progress,
            gpointer           user_data,
            VdImportResult   **result,
            GError           **error)
{
  g_autoptr(VdTableReader) reader = NULL;
  g_autoptr(VdImportResult) outcome = g_new0 (VdImportResult, 1);
  Run run = { self, db, duplicates, outcome, };
  Pipeline pipe = { NULL, };
  Stream stream = { NULL, };
  gboolean ok;
  gint64 first_id;
  GError *local_error = NULL;

  g_return_val_if_fail (self != NULL && VD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (result != NULL && *result == NULL, FALSE);

  if (!vd_import_check_mapping (self, error))
    return FALSE;

  outcome->rejects = g_ptr_array_new_with_free_func (reject_free);
  vd_date_set_today (&run.today);
  run.seen_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  reader = vd_table_reader_open (self->path, error);
  if (reader == NULL)
    return FALSE;
  if (!vd_database_begin (db, error))
    return FALSE;

  /* New rows are indexed for search in one statement at the end (vd-search.h), and
   * their references are checked once before the commit (check_references): the
   * rows' places were checked against the database already. */
  first_id = query_next_id (db);
  run.was_empty = register_is_empty (db);
  run.counter = vd_register_get_counter (db);
  if (!vd_database_exec (db, "PRAGMA defer_foreign_keys = ON", &local_error))
    goto fail;

  run.stations = load_names (db, "SELECT id, name FROM stations", &local_error);
  if (run.stations != NULL)
    run.communities = load_names (db, "SELECT id, name FROM communities", &local_error);
  if (run.communities != NULL)
    run.teams = load_names (db, "SELECT id, name FROM teams", &local_error);
  if (local_error != NULL)
    goto fail;

  pipeline_start (&pipe, &run, reader);
  stream.run = &run;
  stream.pipe = &pipe;
  stream.cancellable = cancellable;
  stream.progress = progress;
  stream.user_data = user_data;
  ok = write_rows (&stream, &local_error);
  g_clear_pointer (&stream.handed, g_ptr_array_unref);
  if (!ok)
    goto fail;
  pipeline_finish (&pipe, TRUE);
  if (local_error != NULL)
    goto fail;
  if (g_cancellable_is_cancelled (cancellable))
    {
      g_set_error (&local_error, VD_IMPORT_ERROR, VD_IMPORT_ERROR_CANCELLED,
                   _("The import was cancelled; nothing was imported."));
      goto fail;
    }

  if (strict && outcome->rejected > 0)
    {
      vd_database_rollback (db);
      run_clear (&run);
      outcome->imported = outcome->updated = 0;
      g_set_error (error, VD_IMPORT_ERROR, VD_IMPORT_ERROR_REJECTED,
                   g_dngettext (GETTEXT_PACKAGE,
                                "%u row was rejected, so nothing was imported.",
                                "%u rows were rejected, so nothing was imported.",
                                outcome->rejected),
                   outcome->rejected);
      *result = g_steal_pointer (&outcome);
      return FALSE;
    }

  if (!index_new_rows (db, first_id, &local_error) ||
      !vd_register_store_counter (db, run.counter, &local_error) ||
      !check_references (db, first_id, &local_error) ||
      !audit_import (&run, &local_error))
    goto fail;
  run_clear (&run);
  if (!vd_database_commit (db, error))
    return FALSE;
  if (progress != NULL)
    progress (1.0, outcome->read, user_data);
  outcome->committed = TRUE;
  *result = g_steal_pointer (&outcome);
  return TRUE;

fail:
  pipeline_finish (&pipe, stream.last_taken);
  vd_database_rollback (db);
  run_clear (&run);
  g_propagate_error (error, local_error);
  return FALSE;
}

gboolean
vd_import_run (VdImport          *self,
               VdDatabase        *db,
               gboolean           strict,
               VdDuplicates       duplicates,
               GCancellable      *cancellable,
               VdImportProgress   progress,
               gpointer           user_data,
               VdImportResult   **result,
               GError           **error)
{
  sqlite3 *handle = vd_database_get_handle (db);
  gboolean checks_off;
  gboolean ok;

  /* One big transaction spills out of SQLite's default 2 MB page cache into the WAL
   * over and over: the import gets a larger cache while it runs. */
  vd_database_exec (db, "PRAGMA cache_size = -262144", NULL);
  /* With foreign keys on, every new row's INSERT looks its places up again; the
   * importer checks the references of what it writes itself (check_references). The
   * pragma only works outside a transaction: inside the caller's, the import keeps
   * them on. */
  checks_off = sqlite3_get_autocommit (handle) &&
               vd_database_exec (db, "PRAGMA foreign_keys = OFF", NULL);
  ok = run_import (self, db, strict, duplicates, cancellable, progress, user_data, result, error);
  if (checks_off)
    vd_database_exec (db, "PRAGMA foreign_keys = ON", NULL);
  vd_database_exec (db, "PRAGMA cache_size = -8192", NULL);
  return ok;
}

gboolean
vd_import_save_rejects (VdImport        *self,
                        VdImportResult  *result,
                        const char      *path,
                        GError         **error)
{
  g_autoptr(VdTableWriter) writer = NULL;
  g_autoptr(GPtrArray) header = g_ptr_array_new ();

  writer = vd_table_writer_new (path, vd_table_format_for_path (path), _("Rejected rows"),
                                TRUE, error);
  if (writer == NULL)
    return FALSE;

  g_ptr_array_add (header, (gpointer)_("Row"));
  g_ptr_array_add (header, (gpointer)_("Reason"));
  for (guint i = 0; i < self->n_columns; i++)
    g_ptr_array_add (header, self->headers[i]);
  if (!vd_table_writer_add_row (writer, (const char * const *)header->pdata, header->len, error))
    return FALSE;

  for (guint i = 0; i < result->rejects->len; i++)
    {
      VdImportReject *reject = g_ptr_array_index (result->rejects, i);
      g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);

      g_ptr_array_add (cells, g_strdup_printf ("%u", reject->row));
      g_ptr_array_add (cells, g_strdup (reject->reason));
      for (guint k = 0; reject->fields[k] != NULL; k++)
        g_ptr_array_add (cells, g_strdup (reject->fields[k]));
      if (!vd_table_writer_add_row (writer, (const char * const *)cells->pdata, cells->len, error))
        return FALSE;
    }
  return vd_table_writer_finish (writer, error);
}
