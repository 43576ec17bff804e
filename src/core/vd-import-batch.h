/* vd-import-batch.h — checked rows written by one INSERT … SELECT
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
  VdVolunteer *v;       /* borrowed, like the rest */
  const char  *keys;
  const char  *sort;
  char       **fields;  /* the row as read, for a report */
} VdImportBatchRow;

/* Rows handed to SQLite through the vd_import_rows table. */
typedef struct
{
  GArray *rows;         /* VdImportBatchRow */
} VdImportBatch;

/* The table-valued function vd_import_rows (?1), ?1 a VdImportBatch bound with
 * sqlite3_bind_pointer (stmt, 1, batch, VD_IMPORT_BATCH_POINTER, NULL); its columns
 * are the volunteers table's written columns, under their names. */
#define VD_IMPORT_BATCH_POINTER "vd_import_batch"

int vd_import_batch_register (sqlite3 *db);

G_END_DECLS
