/* vd-import-private.h — what the parts of a register import share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * vd-import.c opens a file and maps its columns; vd-import-row.c turns a row into a
 * volunteer and writes it; vd-import-pipeline.c is the thread that reads and checks
 * the rows; vd-import-run.c runs an import on the database's thread.
 */

#pragma once

#include "vd-import.h"
#include "vd-register.h"
#include "vd-table-reader.h"

G_BEGIN_DECLS

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

/* One run of an import, on the database's thread (the reading thread reads only
 * import, db, today and the places). */
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
} VdImportRun;

/* Rows go from the reading thread to the database's in batches, a few ahead. */
#define VD_IMPORT_BATCH_ROWS 256
#define VD_IMPORT_BATCHES_AHEAD 16

typedef struct
{
  guint             row;
  double            progress;     /* of the file, once the row was read */
  char            **fields;
  guint             n_fields;
  VdVolunteer      *v;            /* NULL: the row has the wrong number of cells */
  GArray           *team_ids;
  GString          *reasons;      /* problems found by vd_import_apply_row */
  VdVolunteerCheck  check;        /* without the lookups */
  gboolean          number_given;
  char             *keys;         /* of the name, for a row that may be written */
  char             *sort;
} VdImportPrepared;

typedef struct
{
  GPtrArray *rows;                /* VdImportPrepared */
  gboolean   last;
  GError    *error;               /* the reader's, on the last batch */
} VdImportBatch;

typedef struct
{
  VdImportRun   *run;
  VdTableReader *reader;
  GAsyncQueue   *full;            /* VdImportBatch, in the file's order */
  GAsyncQueue   *slots;           /* free places in full: a token or a used batch,
                                   * which the reading thread frees (in its own
                                   * malloc arena: freeing on the other thread cost
                                   * the writing thread lock waits) */
  VdImportBatch *current;         /* the batch the database's thread works on */
  int            stop;            /* atomic: the database's thread gave up */
  GThread       *thread;
} VdImportPipeline;

/* vd-import-row.c */
GHashTable *   vd_import_load_names      (VdDatabase         *db,
                                          const char         *sql,
                                          GError            **error);
void           vd_import_apply_row       (VdImportRun        *run,
                                          const char * const *fields,
                                          VdVolunteer        *v,
                                          GArray             *team_ids,
                                          GString            *reasons);
void           vd_import_add_reject      (VdImportRun        *run,
                                          guint               row,
                                          const char         *reason,
                                          const char * const *fields,
                                          gboolean            skipped);
char *         vd_import_check_reasons   (VdVolunteerCheck   *check);
gboolean       vd_import_write_volunteer (VdImportRun        *run,
                                          VdVolunteer        *v,
                                          const char         *keys,
                                          const char         *sort,
                                          GArray             *team_ids,
                                          const char * const *fields,
                                          guint               row,
                                          gboolean            number_free,
                                          gboolean           *written,
                                          GError            **error);
gboolean       vd_import_update_existing (VdImportRun        *run,
                                          gint64              id,
                                          const char * const *fields,
                                          guint               row,
                                          GError            **error);
void           vd_import_skip_existing   (VdImportRun        *run,
                                          gint64              id,
                                          const char * const *fields,
                                          guint               row);

/* vd-import-pipeline.c: the reading thread, started for a run, handing over batches
 * in the file's order; done gives a batch back; finish stops the thread (at once
 * unless done) and waits for it. */
void           vd_import_pipeline_start  (VdImportPipeline   *pipe,
                                          VdImportRun        *run,
                                          VdTableReader      *reader);
VdImportBatch *vd_import_pipeline_next   (VdImportPipeline   *pipe);
void           vd_import_pipeline_done   (VdImportPipeline   *pipe);
void           vd_import_pipeline_finish (VdImportPipeline   *pipe,
                                          gboolean            done);

G_END_DECLS
