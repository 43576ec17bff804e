/* vd-export.c — the register out to CSV and .xlsx
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vd-audit.h"
#include "vd-export.h"
#include "vd-register.h"
#include "vd-settings.h"
#include "vd-table-writer.h"
#include "vd-volunteer-columns.h"

gboolean
vd_export_volunteers (VdDatabase    *db,
                      const gint64  *ids,
                      guint          n_ids,
                      const char    *path,
                      gboolean       full_ids,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_autoptr(VdTableWriter) writer = NULL;
  g_autoptr(VdSettings) settings = NULL;
  g_autofree char *rows = NULL;
  g_autofree char *json = NULL;
  const char *header[VD_N_COLUMNS];
  sqlite3_stmt *stmt;

  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  settings = vd_settings_load (db, error);
  if (settings == NULL)
    return FALSE;
  writer = vd_table_writer_new (path, vd_table_format_for_path (path), _("Volunteers"),
                                full_ids, error);
  if (writer == NULL)
    return FALSE;

  for (guint c = 0; c < VD_N_COLUMNS; c++)
    header[c] = vd_column_get_label (c);
  if (!vd_table_writer_add_row (writer, header, VD_N_COLUMNS, error))
    return FALSE;

  stmt = vd_database_prepare_cached (db, "SELECT " VD_VOLUNTEER_COLUMNS " FROM " VD_VOLUNTEER_FROM
                                         " WHERE v.id = ?1", error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < n_ids; i++)
    {
      g_autoptr(VdVolunteer) v = NULL;
      char *cells[VD_N_COLUMNS];
      gboolean ok;

      if (i % 1024 == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;

      sqlite3_bind_int64 (stmt, 1, ids[i]);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        v = vd_volunteer_new_from_row (stmt);
      sqlite3_reset (stmt);
      if (v == NULL)
        continue;   /* removed since the list was made */

      for (guint c = 0; c < VD_N_COLUMNS; c++)
        cells[c] = vd_column_format (c, v, settings, full_ids);
      ok = vd_table_writer_add_row (writer, (const char * const *)cells, VD_N_COLUMNS, error);
      for (guint c = 0; c < VD_N_COLUMNS; c++)
        g_free (cells[c]);
      if (!ok)
        return FALSE;
    }

  if (!vd_table_writer_finish (writer, error))
    return FALSE;

  rows = g_strdup_printf ("%u", n_ids);
  json = vd_audit_json_object ("file", path, "rows", rows,
                               "full_ids", full_ids ? "yes" : "no", NULL);
  return vd_audit_log (db, "volunteers", 0, full_ids ? "export-full-ids" : "export",
                       NULL, json, error);
}
