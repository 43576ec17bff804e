/* vd-import-rows.h — checked new rows handed to one INSERT … SELECT as they come
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "vd-volunteer.h"

G_BEGIN_DECLS

/* One new volunteer of an import, with its name's keys. */
typedef struct
{
  guint        row;     /* in the file */
  VdVolunteer *v;       /* borrowed, like the rest: valid until the next row is asked for */
  const char  *keys;
  const char  *sort;
  char       **fields;  /* the row as read, for a report */
} VdImportRow;

typedef enum
{
  VD_IMPORT_ROWS_ROW,   /* *row is the next one */
  VD_IMPORT_ROWS_END,   /* no more for this statement */
  VD_IMPORT_ROWS_ERROR, /* the source failed; it keeps its error for its caller */
} VdImportRowsNext;

/* Where the rows come from: next is called on the database's thread, from inside
 * sqlite3_step, once per row; it may run statements that read the database. */
typedef struct
{
  VdImportRowsNext (*next) (gpointer     data,
                            VdImportRow *row);
  gpointer           data;
} VdImportRows;

/* The table-valued function vd_import_rows (?1), ?1 a VdImportRows bound with
 * sqlite3_bind_pointer (stmt, 1, rows, VD_IMPORT_ROWS_POINTER, NULL); its columns
 * are the volunteers table's written columns, under their names. */
#define VD_IMPORT_ROWS_POINTER "vd_import_rows"

int vd_import_rows_register (sqlite3 *db);

G_END_DECLS
