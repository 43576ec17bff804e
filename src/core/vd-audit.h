/* vd-audit.h — the append-only audit log every write goes through
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vd-database.h"

G_BEGIN_DECLS

/* Snapshot of one row as a JSON object text (column → value), or NULL when the row
 * does not exist. Used for the before/after images of an audit entry. */
char    *vd_audit_row_json (VdDatabase  *db,
                            const char  *table,
                            gint64       rowid,
                            GError     **error);

/* Appends one entry: who is the OS user, when is now (UTC). entity names the table or
 * the kind of thing ("volunteers", "settings", "export"); entity_id is 0 when none. */
gboolean vd_audit_log      (VdDatabase  *db,
                            const char  *entity,
                            gint64       entity_id,
                            const char  *action,
                            const char  *before_json,
                            const char  *after_json,
                            GError     **error);

/* A JSON object of string pairs (key, value, …, NULL); a NULL value is null. For
 * entries that are not a table row: exports, restores. */
char    *vd_audit_json_object (const char *first_key,
                               ...) G_GNUC_NULL_TERMINATED;

/* Logs a change of one row: takes the "before" image now; call vd_audit_row_finish
 * after the write to take the "after" image and append the entry. */
typedef struct _VdAuditRow VdAuditRow;

VdAuditRow *vd_audit_row_begin  (VdDatabase  *db,
                                 const char  *table,
                                 gint64       rowid,
                                 GError     **error);
gboolean    vd_audit_row_finish (VdAuditRow  *row,
                                 const char  *action,
                                 gint64       rowid,
                                 GError     **error);
void        vd_audit_row_free   (VdAuditRow  *row);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VdAuditRow, vd_audit_row_free)

G_END_DECLS
