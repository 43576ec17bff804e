/* vd-import.h — bringing the office's spreadsheets of volunteers into the register
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "vd-database.h"
#include "vd-volunteer-columns.h"

G_BEGIN_DECLS

#define VD_IMPORT_ERROR (vd_import_error_quark ())

typedef enum
{
  VD_IMPORT_ERROR_NO_DATA,          /* a header row and nothing under it */
  VD_IMPORT_ERROR_MAPPING,          /* no column for the name or the ID number */
  VD_IMPORT_ERROR_REJECTED,         /* strict: some rows were bad, nothing imported */
  VD_IMPORT_ERROR_CANCELLED,        /* nothing imported */
} VdImportError;

GQuark vd_import_error_quark (void);

typedef enum
{
  VD_DUPLICATES_SKIP,     /* a volunteer already registered is left as they are */
  VD_DUPLICATES_UPDATE,   /* … or updated from the file's mapped columns */
} VdDuplicates;

typedef struct _VdImport VdImport;

/* Reads the header (the first row that names at least two known columns; title rows
 * above it are skipped) and the first rows for a preview, and maps each column from
 * its header. Fails with the reader's errors (VD_TABLE_ERROR: empty, binary, broken
 * quotes …) or VD_IMPORT_ERROR_NO_DATA. */
VdImport   *vd_import_open             (const char   *path,
                                        GError      **error);
void        vd_import_free             (VdImport     *self);

const char *vd_import_get_path         (VdImport     *self);
const char *vd_import_get_format       (VdImport     *self);
guint       vd_import_get_header_row   (VdImport     *self);
guint       vd_import_get_n_columns    (VdImport     *self);
const char *vd_import_get_header       (VdImport     *self,
                                        guint         column);
/* The VdColumn a file column goes to, or -1 when it is ignored. */
int         vd_import_get_mapping      (VdImport     *self,
                                        guint         column);
/* Maps a file column (-1 ignores it); a VdColumn already taken by another file column
 * is taken away from it. */
void        vd_import_set_mapping      (VdImport     *self,
                                        guint         column,
                                        int           target);
gboolean    vd_import_check_mapping    (VdImport     *self,
                                        GError      **error);
guint       vd_import_get_n_preview    (VdImport     *self);
const char * const *vd_import_get_preview_row (VdImport *self,
                                        guint         index,
                                        guint        *n_fields);

typedef struct
{
  guint   row;          /* in the file, for the user to find it */
  char   *reason;       /* translated, all the row's problems */
  GStrv   fields;       /* the row as read */
  gboolean skipped;     /* an already registered volunteer, left alone */
} VdImportReject;

typedef struct
{
  guint      read;
  guint      imported;
  guint      updated;
  guint      skipped;
  guint      rejected;
  GPtrArray *rejects;   /* VdImportReject, in file order (skipped ones too) */
  gboolean   committed; /* FALSE: the database is exactly as before */
} VdImportResult;

/* An empty result, to which vd_import_run and the lists' imports add their reports. */
VdImportResult *vd_import_result_new        (void);
/* Adds a row's report to result->rejects in the file's order (a report may come after
 * those of later rows); the counts are the caller's to keep. */
void            vd_import_result_add_reject (VdImportResult     *result,
                                             guint               row,
                                             const char         *reason,
                                             const char * const *fields,
                                             gboolean            skipped);

void vd_import_result_free (VdImportResult *result);

typedef void (*VdImportProgress) (double   fraction,
                                  guint    rows_read,
                                  gpointer user_data);

/* Imports every good row in one transaction: a failure, a cancel, or (strict) any
 * rejected row leaves the database exactly as it was. *result is set whenever the
 * file could be read to the end (also on a strict refusal), so the caller can list
 * the rejected rows. One audit entry records the import; updated volunteers get
 * their own before/after entries. progress is called from the calling thread. */
gboolean vd_import_run (VdImport          *self,
                        VdDatabase        *db,
                        gboolean           strict,
                        VdDuplicates       duplicates,
                        GCancellable      *cancellable,
                        VdImportProgress   progress,
                        gpointer           user_data,
                        VdImportResult   **result,
                        GError           **error);

/* The rejected rows as CSV (UTF-8 with BOM): the file's header plus "Row" and
 * "Reason", so the office can fix them and import that file again. */
gboolean vd_import_save_rejects (VdImport        *self,
                                 VdImportResult  *result,
                                 const char      *path,
                                 GError         **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VdImport, vd_import_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VdImportResult, vd_import_result_free)

G_END_DECLS
