/* vd-list-import-private.h — between the lists' importer and its row writers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vd-database.h"
#include "vd-list-export.h"
#include "vd-list-private.h"
#include "vd-settings.h"
#include "vd-table-reader.h"

G_BEGIN_DECLS

/* What a row's cell means, whatever its header. */
typedef enum
{
  VD_SLOT_NAME,           /* team, station, event title, training topic */
  VD_SLOT_CATEGORY,
  VD_SLOT_STATION,
  VD_SLOT_DATE,           /* founded, established */
  VD_SLOT_VOLUNTEER_NO,   /* leader (teams), participant (events, trainings) */
  VD_SLOT_PARENT,
  VD_SLOT_STATE,          /* active/archived; the event's status */
  VD_SLOT_TEXT,           /* description, notes */
  VD_SLOT_TYPE,
  VD_SLOT_SUBDISTRICT,
  VD_SLOT_COMMUNITY,
  VD_SLOT_ADDRESS,
  VD_SLOT_CONTACT,
  VD_SLOT_PHONE,
  VD_SLOT_ARCHIVED_ON,
  VD_SLOT_STARTS,
  VD_SLOT_ENDS,
  VD_SLOT_PLACE,
  VD_SLOT_TEAM,
  VD_SLOT_PEOPLE,
  VD_SLOT_PARTY,
  VD_SLOT_SERVICE_DATE,
  VD_SLOT_MINUTES,
  VD_SLOT_RECORD_STATUS,
  VD_SLOT_BACKFILLED,
  VD_SLOT_REASON,
  VD_SLOT_NOTE,
  VD_SLOT_TRAINER,
  VD_SLOT_CAPACITY,
  VD_SLOT_ATTENDANCE,
  VD_SLOT_REGISTERED_AT,
  VD_SLOT_CHECKED_IN_AT,
  VD_N_SLOTS
} VdSlot;

typedef enum
{
  VD_ROW_IMPORTED,
  VD_ROW_IMPORTED_NOTED,  /* imported; reasons hold a note for the office */
  VD_ROW_UPDATED,
  VD_ROW_SKIPPED,
  VD_ROW_REJECTED,
} VdRowOutcome;

typedef struct _VdListImportRun VdListImportRun;

/* Inside the import's transaction. */
VdListImportRun *vd_list_import_run_new   (VdDatabase        *db,
                                           VdListKind         kind,
                                           GError           **error);
/* FALSE with VD_IMPORT_ERROR_MAPPING when a required column is not in the file. */
gboolean     vd_list_import_run_check_slots (VdListImportRun *run,
                                             const int       *mapping,
                                             guint            n_columns,
                                             GError         **error);
/* slots: every slot's trimmed cell ("" when absent). Problems go to reasons; error
 * is only for the database failing (the import stops). */
VdRowOutcome vd_list_import_run_row       (VdListImportRun   *run,
                                           const char * const *slots,
                                           GString           *reasons,
                                           GError           **error);
/* The writes kept for the end: the approval of imported approved records. */
gboolean     vd_list_import_run_finish    (VdListImportRun   *run,
                                           GError           **error);
void         vd_list_import_run_free      (VdListImportRun   *run);

struct _VdListImportRun
{
  VdDatabase *db;
  VdListKind  kind;
  char       *today;
  GArray     *approved;   /* gint64: records approved together at the end */
  VdSettings *settings;   /* the service-hours rules (rounding, daily cap) */
};

/* For the row writers (vd-list-import-cells.c): problems go to reasons, database
 * failures to error. */
void         vd_list_problem          (GString           *reasons,
                                       const char        *format,
                                       ...) G_GNUC_PRINTF (2, 3);
/* "" → NULL; else ISO "YYYY-MM-DD" / "YYYY-MM-DD HH:MM:SS", or a problem. */
char        *vd_list_read_date        (const char        *text,
                                       GString           *reasons);
char        *vd_list_read_datetime    (const char        *text,
                                       GString           *reasons);
gint64       vd_list_read_int         (const char        *text,
                                       gint64             min,
                                       gint64             max,
                                       gint64             fallback,
                                       GString           *reasons);
gboolean     vd_list_read_bool        (const char        *text,
                                       GString           *reasons);
const char  *vd_list_read_enum        (VdListEnumId       id,
                                       const char        *text,
                                       const char        *fallback,
                                       GString           *reasons);
/* The id sql finds with text parameters a (and b), 0 when none, -1 on error. */
gint64       vd_list_lookup           (VdListImportRun   *run,
                                       const char        *sql,
                                       const char        *a,
                                       const char        *b,
                                       GError           **error);
/* Runs sql with n text parameters (NULL binds NULL): the new rowid, or 0. */
gint64       vd_list_insert           (VdListImportRun   *run,
                                       const char        *sql,
                                       guint              n,
                                       const char       **values,
                                       GError           **error);
/* "12" for an id, NULL for 0. */
char        *vd_list_id_text          (gint64             id);
gint64       vd_list_ensure_category  (VdListImportRun   *run,
                                       const char        *domain,
                                       const char        *name,
                                       GError           **error);
gint64       vd_list_ensure_subdistrict (VdListImportRun *run,
                                       const char        *name,
                                       GError           **error);
gint64       vd_list_ensure_community (VdListImportRun   *run,
                                       gint64             subdistrict_id,
                                       const char        *name,
                                       GError           **error);
/* The row text names with sql, or a problem made of message and text ("" → 0). */
gint64       vd_list_named            (VdListImportRun   *run,
                                       const char        *sql,
                                       const char        *text,
                                       const char        *message,
                                       GString           *reasons,
                                       GError           **error);

/* A coded value from its label (translated) or its code. */
gboolean     vd_list_parse_enum           (VdListEnumId       id,
                                           const char        *text,
                                           const char       **code);

G_END_DECLS
