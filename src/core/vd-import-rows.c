/* vd-import-rows.c — checked new rows handed to one INSERT … SELECT as they come
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An INSERT per row opens and closes a cursor on the table and on each of its indexes
 * every time; one INSERT … SELECT keeps them open. The rows come from memory through
 * this eponymous virtual table, so they are not copied into a staging table first,
 * and they are asked for one at a time, so one statement can take a whole file.
 */

#include "config.h"

#include <string.h>

#include "vd-import-rows.h"

enum
{
  COL_VOLUNTEER_NO,
  COL_NAME,
  COL_ID_TYPE,
  COL_ID_NUMBER,
  COL_GENDER,
  COL_BIRTH_DATE,
  COL_PHONE,
  COL_POLITICAL_STATUS,
  COL_EDUCATION,
  COL_EMPLOYER,
  COL_SKILLS,
  COL_COMMUNITY_ID,
  COL_STATION_ID,
  COL_REGISTERED_ON,
  COL_PLATFORM_NO,
  COL_EMERGENCY_CONTACT,
  COL_EMERGENCY_PHONE,
  COL_NOTES,
  COL_STATUS,
  COL_NAME_KEYS,
  COL_NAME_SORT,
  COL_SOURCE,           /* hidden: the argument */
};

typedef struct
{
  sqlite3_vtab_cursor base;
  VdImportRows       *source;
  VdImportRow         row;
  sqlite3_int64       index;
  gboolean            eof;
} Cursor;

static int
rows_connect (sqlite3            *db,
              void               *aux,
              int                 argc,
              const char * const *argv,
              sqlite3_vtab      **out,
              char              **error)
{
  sqlite3_vtab *vtab;
  int rc = sqlite3_declare_vtab (db,
                                 "CREATE TABLE x (volunteer_no, name, id_type, id_number, "
                                 "gender, birth_date, phone, political_status, education, "
                                 "employer, skills, community_id, station_id, registered_on, "
                                 "platform_no, emergency_contact, emergency_phone, notes, "
                                 "status, name_keys, name_sort, source HIDDEN)");

  if (rc != SQLITE_OK)
    return rc;
  vtab = sqlite3_malloc (sizeof *vtab);
  if (vtab == NULL)
    return SQLITE_NOMEM;
  memset (vtab, 0, sizeof *vtab);
  *out = vtab;
  return SQLITE_OK;
}

static int
rows_disconnect (sqlite3_vtab *vtab)
{
  sqlite3_free (vtab);
  return SQLITE_OK;
}

/* Only "source = ?" can be answered: without it there are no rows to give. */
static int
rows_best_index (sqlite3_vtab       *vtab,
                 sqlite3_index_info *info)
{
  for (int i = 0; i < info->nConstraint; i++)
    if (info->aConstraint[i].iColumn == COL_SOURCE &&
        info->aConstraint[i].op == SQLITE_INDEX_CONSTRAINT_EQ)
      {
        if (!info->aConstraint[i].usable)
          return SQLITE_CONSTRAINT;
        info->aConstraintUsage[i].argvIndex = 1;
        info->aConstraintUsage[i].omit = 1;
        info->idxNum = 1;
        info->estimatedCost = 1000;
        info->estimatedRows = 1000;
        return SQLITE_OK;
      }
  return SQLITE_CONSTRAINT;
}

static int
rows_open (sqlite3_vtab         *vtab,
           sqlite3_vtab_cursor **out)
{
  Cursor *cursor = sqlite3_malloc (sizeof *cursor);

  if (cursor == NULL)
    return SQLITE_NOMEM;
  memset (cursor, 0, sizeof *cursor);
  *out = &cursor->base;
  return SQLITE_OK;
}

static int
rows_close (sqlite3_vtab_cursor *base)
{
  sqlite3_free (base);
  return SQLITE_OK;
}

/* Asks the source for the next row. */
static int
advance (Cursor *cursor)
{
  if (cursor->source == NULL)
    {
      cursor->eof = TRUE;
      return SQLITE_OK;
    }
  switch (cursor->source->next (cursor->source->data, &cursor->row))
    {
    case VD_IMPORT_ROWS_ROW:
      cursor->index++;
      return SQLITE_OK;
    case VD_IMPORT_ROWS_END:
      cursor->eof = TRUE;
      return SQLITE_OK;
    case VD_IMPORT_ROWS_ERROR:
    default:
      cursor->eof = TRUE;
      return SQLITE_ERROR;
    }
}

static int
rows_filter (sqlite3_vtab_cursor  *base,
             int                   idx_num,
             const char           *idx_str,
             int                   argc,
             sqlite3_value       **argv)
{
  Cursor *cursor = (Cursor *)base;

  cursor->source = argc == 1 ? sqlite3_value_pointer (argv[0], VD_IMPORT_ROWS_POINTER) : NULL;
  cursor->index = 0;
  cursor->eof = FALSE;
  return advance (cursor);
}

static int
rows_next (sqlite3_vtab_cursor *base)
{
  return advance ((Cursor *)base);
}

static int
rows_eof (sqlite3_vtab_cursor *base)
{
  return ((Cursor *)base)->eof;
}

static void
result_text (sqlite3_context *ctx,
             const char      *text)
{
  if (text != NULL)
    sqlite3_result_text (ctx, text, -1, SQLITE_STATIC);
  else
    sqlite3_result_null (ctx);
}

static void
result_id (sqlite3_context *ctx,
           gint64           id)
{
  if (id != 0)
    sqlite3_result_int64 (ctx, id);
  else
    sqlite3_result_null (ctx);
}

/* The same values as the register's own INSERT binds (bind_volunteer). */
static int
rows_column (sqlite3_vtab_cursor *base,
             sqlite3_context     *ctx,
             int                  column)
{
  Cursor *cursor = (Cursor *)base;
  VdImportRow *row = &cursor->row;
  VdVolunteer *v = row->v;

  switch (column)
    {
    case COL_VOLUNTEER_NO: result_text (ctx, v->volunteer_no); break;
    case COL_NAME: result_text (ctx, v->name); break;
    case COL_ID_TYPE: result_text (ctx, v->id_type); break;
    case COL_ID_NUMBER: result_text (ctx, v->id_number); break;
    case COL_GENDER: result_text (ctx, v->gender); break;
    case COL_BIRTH_DATE: result_text (ctx, v->birth_date); break;
    case COL_PHONE: result_text (ctx, v->phone); break;
    case COL_POLITICAL_STATUS: result_text (ctx, vd_political_to_code (v->political)); break;
    case COL_EDUCATION: result_text (ctx, v->education); break;
    case COL_EMPLOYER: result_text (ctx, v->employer); break;
    case COL_SKILLS: result_text (ctx, v->skills); break;
    case COL_COMMUNITY_ID: result_id (ctx, v->community_id); break;
    case COL_STATION_ID: result_id (ctx, v->station_id); break;
    case COL_REGISTERED_ON: result_text (ctx, v->registered_on); break;
    case COL_PLATFORM_NO: result_text (ctx, v->platform_no); break;
    case COL_EMERGENCY_CONTACT: result_text (ctx, v->emergency_contact); break;
    case COL_EMERGENCY_PHONE: result_text (ctx, v->emergency_phone); break;
    case COL_NOTES: result_text (ctx, v->notes); break;
    case COL_STATUS: result_text (ctx, v->active ? "active" : "inactive"); break;
    case COL_NAME_KEYS: result_text (ctx, row->keys); break;
    case COL_NAME_SORT: result_text (ctx, row->sort); break;
    default: sqlite3_result_null (ctx); break;
    }
  return SQLITE_OK;
}

static int
rows_rowid (sqlite3_vtab_cursor *base,
            sqlite3_int64       *rowid)
{
  *rowid = ((Cursor *)base)->index;
  return SQLITE_OK;
}

static const sqlite3_module rows_module = {
  .iVersion = 0,
  .xCreate = NULL,              /* eponymous only */
  .xConnect = rows_connect,
  .xBestIndex = rows_best_index,
  .xDisconnect = rows_disconnect,
  .xOpen = rows_open,
  .xClose = rows_close,
  .xFilter = rows_filter,
  .xNext = rows_next,
  .xEof = rows_eof,
  .xColumn = rows_column,
  .xRowid = rows_rowid,
};

int
vd_import_rows_register (sqlite3 *db)
{
  return sqlite3_create_module (db, "vd_import_rows", &rows_module, NULL);
}
