/* vd-list-import.c — reading a list's file: header mapping, rows, one transaction
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "vd-audit.h"
#include "vd-list-import.h"
#include "vd-list-import-private.h"
#include "vd-list-private.h"
#include "vd-table-reader.h"
#include "vd-volunteer-columns.h"

#define HEADER_SEARCH_ROWS 10

/* Which slots a kind reads, by the export's header (English or translated) and the
 * names offices give them (normalized, '|'-separated). */
typedef struct
{
  VdSlot      slot;
  const char *label;
  const char *aliases;
} Field;

static const Field team_fields[] = {
  { VD_SLOT_NAME, "Team", "服务队名称|队伍名称|队名|名称|teamname|name" },
  { VD_SLOT_CATEGORY, "Category", "类别|队伍类别|服务队类别|分类" },
  { VD_SLOT_STATION, "Station", "所属站点|站点" },
  { VD_SLOT_DATE, "Founded", "成立日期|成立时间|组建日期" },
  { VD_SLOT_VOLUNTEER_NO, "Leader's volunteer number", "队长编号|队长志愿者编号|leadernumber" },
  { VD_SLOT_PARENT, "Parent team", "上级队伍|上级服务队" },
  { VD_SLOT_STATE, "Status", "状态" },
  { VD_SLOT_TEXT, "Description", "简介|说明|描述" },
  { 0 }
};

static const Field station_fields[] = {
  { VD_SLOT_NAME, "Station", "站点名称|站点|名称|name" },
  { VD_SLOT_TYPE, "Type", "站点类型|类型" },
  { VD_SLOT_SUBDISTRICT, "Sub-district", "办事处|街道|乡镇|所属街道|所属办事处" },
  { VD_SLOT_COMMUNITY, "Community", "社区|村|所属社区" },
  { VD_SLOT_DATE, "Established", "建站日期|成立日期|建立日期" },
  { VD_SLOT_ADDRESS, "Address", "地址|站点地址" },
  { VD_SLOT_CONTACT, "Contact", "联系人|负责人" },
  { VD_SLOT_PHONE, "Contact phone", "联系电话|电话|联系方式" },
  { VD_SLOT_STATE, "Status", "状态" },
  { VD_SLOT_ARCHIVED_ON, "Archived on", "归档日期" },
  { VD_SLOT_TEXT, "Notes", "备注" },
  { 0 }
};

static const Field event_fields[] = {
  { VD_SLOT_NAME, "Event", "活动名称|活动|活动标题|标题|title" },
  { VD_SLOT_CATEGORY, "Category", "活动类别|类别|分类" },
  { VD_SLOT_STARTS, "Starts", "开始时间|活动开始时间|start" },
  { VD_SLOT_ENDS, "Ends", "结束时间|活动结束时间|end" },
  { VD_SLOT_STATION, "Station", "所属站点|站点" },
  { VD_SLOT_PLACE, "Place", "地点|活动地点" },
  { VD_SLOT_TEAM, "Team", "服务队|组织队伍" },
  { VD_SLOT_PEOPLE, "People served", "受益群众人次|服务人次|受益人次" },
  { VD_SLOT_PARTY, "Party event", "党员活动" },
  { VD_SLOT_STATE, "Event status", "活动状态" },
  { VD_SLOT_TEXT, "Description", "活动内容|简介|说明" },
  { VD_SLOT_VOLUNTEER_NO, "Volunteer number", "志愿者编号|编号" },
  { VD_SLOT_SERVICE_DATE, "Service date", "服务日期" },
  { VD_SLOT_MINUTES, "Minutes", "服务时长分钟|时长分钟|分钟" },
  { VD_SLOT_RECORD_STATUS, "Record status", "记录状态|审核状态" },
  { VD_SLOT_BACKFILLED, "Back-filled", "补录|是否补录" },
  { VD_SLOT_REASON, "Reason for rejection", "驳回理由|驳回原因" },
  { VD_SLOT_NOTE, "Note", "备注" },
  { 0 }
};

static const Field training_fields[] = {
  { VD_SLOT_NAME, "Topic", "培训主题|主题|培训名称|课程" },
  { VD_SLOT_CATEGORY, "Category", "培训类别|类别|分类" },
  { VD_SLOT_STARTS, "Starts", "开始时间|培训开始时间|start" },
  { VD_SLOT_ENDS, "Ends", "结束时间|培训结束时间|end" },
  { VD_SLOT_TRAINER, "Trainer", "讲师|培训讲师|授课人" },
  { VD_SLOT_PLACE, "Place", "地点|培训地点" },
  { VD_SLOT_STATION, "Station", "所属站点|站点" },
  { VD_SLOT_CAPACITY, "Capacity", "名额|容量|人数上限" },
  { VD_SLOT_MINUTES, "Minutes", "培训时长分钟|时长分钟|分钟" },
  { VD_SLOT_TEXT, "Notes", "备注" },
  { VD_SLOT_VOLUNTEER_NO, "Volunteer number", "志愿者编号|编号" },
  { VD_SLOT_ATTENDANCE, "Attendance", "签到状态|出勤" },
  { VD_SLOT_REGISTERED_AT, "Registered at", "报名时间" },
  { VD_SLOT_CHECKED_IN_AT, "Checked in at", "签到时间" },
  { 0 }
};

static const Field *
fields_of (VdListKind kind)
{
  switch (kind)
    {
    case VD_LIST_TEAMS: return team_fields;
    case VD_LIST_STATIONS: return station_fields;
    case VD_LIST_EVENTS: return event_fields;
    case VD_LIST_TRAININGS: return training_fields;
    default: return NULL;
    }
}

gboolean
vd_list_kind_is_importable (VdListKind kind)
{
  return fields_of (kind) != NULL;
}

static int
slot_from_header (const Field *fields,
                  const char  *header)
{
  g_autofree char *wanted = vd_column_normalize_header (header != NULL ? header : "");

  if (wanted[0] == '\0')
    return -1;
  for (guint i = 0; fields[i].label != NULL; i++)
    {
      g_auto(GStrv) aliases = g_strsplit (fields[i].aliases, "|", -1);
      g_autofree char *english = vd_column_normalize_header (fields[i].label);
      g_autofree char *translated = vd_column_normalize_header (vd_list_header_label (fields[i].label));

      if (g_str_equal (wanted, english) || g_str_equal (wanted, translated) ||
          g_strv_contains ((const char * const *)aliases, wanted))
        return fields[i].slot;
    }
  return -1;
}

/* --- helpers for the row writers --- */

gboolean
vd_list_parse_enum (VdListEnumId  id,
                    const char   *text,
                    const char  **code)
{
  const VdListEnum *e = &vd_list_enums[id];
  g_autofree char *wanted = vd_column_normalize_header (text);

  for (guint i = 0; i < e->n; i++)
    {
      g_autofree char *label = vd_column_normalize_header (e->label (i));

      if (g_str_equal (wanted, label) || g_ascii_strcasecmp (text, e->code (i)) == 0)
        {
          *code = e->code (i);
          return TRUE;
        }
    }
  return FALSE;
}

/* --- the run --- */

static gboolean
find_header (VdTableReader  *reader,
             const Field    *fields,
             int           **mapping,
             guint          *n_columns,
             GPtrArray      *pending,
             GArray         *pending_rows,
             GError        **error)
{
  const char * const *row;
  GError *local_error = NULL;
  int header = -1;

  while (pending->len < HEADER_SEARCH_ROWS &&
         vd_table_reader_next (reader, &row, NULL, &local_error))
    {
      guint number = vd_table_reader_get_row_number (reader);

      g_ptr_array_add (pending, g_strdupv ((char **)row));
      g_array_append_val (pending_rows, number);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  for (guint i = 0; i < pending->len && header < 0; i++)
    {
      char **cells = g_ptr_array_index (pending, i);
      guint known = 0;

      for (guint c = 0; cells[c] != NULL; c++)
        if (slot_from_header (fields, cells[c]) >= 0)
          known++;
      if (known >= 2)
        header = i;
    }
  if (header < 0)
    {
      g_set_error_literal (error, VD_IMPORT_ERROR, VD_IMPORT_ERROR_MAPPING,
                           _("No header row names the file's columns: the first rows "
                             "should hold headers such as those of an export."));
      return FALSE;
    }

  {
    char **cells = g_ptr_array_index (pending, header);

    *n_columns = g_strv_length (cells);
    *mapping = g_new (int, *n_columns);
    for (guint c = 0; c < *n_columns; c++)
      {
        int slot = slot_from_header (fields, cells[c]);

        /* the first column of a header wins */
        for (guint d = 0; d < c && slot >= 0; d++)
          if ((*mapping)[d] == slot)
            slot = -1;
        (*mapping)[c] = slot;
      }
  }
  g_ptr_array_remove_range (pending, 0, header + 1);
  g_array_remove_range (pending_rows, 0, header + 1);
  return TRUE;
}

gboolean
vd_list_import (VdDatabase       *db,
                VdListKind        kind,
                const char       *path,
                gboolean          strict,
                GCancellable     *cancellable,
                VdImportResult  **result_out,
                GError          **error)
{
  const Field *fields = fields_of (kind);
  g_autoptr(VdTableReader) reader = NULL;
  g_autoptr(GPtrArray) pending = g_ptr_array_new_with_free_func ((GDestroyNotify)g_strfreev);
  g_autoptr(GArray) pending_rows = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(VdImportResult) result = NULL;
  g_autofree int *mapping = NULL;
  g_autofree char *json = NULL;
  g_autofree char *counts = NULL;
  VdListImportRun *run = NULL;
  guint n_columns = 0;
  GError *local_error = NULL;
  gboolean ok = FALSE;
  gboolean at_end = FALSE;

  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (fields != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  reader = vd_table_reader_open (path, error);
  if (reader == NULL || !find_header (reader, fields, &mapping, &n_columns, pending, pending_rows, error))
    return FALSE;

  if (!vd_database_begin (db, error))
    return FALSE;
  run = vd_list_import_run_new (db, kind, error);
  if (run == NULL)
    {
      vd_database_rollback (db);
      return FALSE;
    }
  if (!vd_list_import_run_check_slots (run, mapping, n_columns, error))
    goto out;

  result = vd_import_result_new ();

  while (!at_end)
    {
      g_auto(GStrv) row = NULL;
      const char *slots[VD_N_SLOTS] = { NULL, };
      g_autoptr(GString) reasons = g_string_new (NULL);
      const char * const *cells;
      guint number;
      VdRowOutcome outcome;

      if (pending->len > 0)
        {
          row = g_ptr_array_steal_index (pending, 0);
          number = g_array_index (pending_rows, guint, 0);
          g_array_remove_index (pending_rows, 0);
        }
      else
        {
          const char * const *fields_read;

          if (!vd_table_reader_next (reader, &fields_read, NULL, &local_error))
            {
              if (local_error != NULL)
                {
                  g_propagate_error (error, local_error);
                  goto out;
                }
              at_end = TRUE;
              continue;
            }
          row = g_strdupv ((char **)fields_read);
          number = vd_table_reader_get_row_number (reader);
        }

      if (result->read % 256 == 0 && g_cancellable_is_cancelled (cancellable))
        {
          g_set_error_literal (error, VD_IMPORT_ERROR, VD_IMPORT_ERROR_CANCELLED,
                               _("The import was cancelled; nothing was imported."));
          goto out;
        }
      result->read++;
      for (guint c = 0; c < n_columns && row[c] != NULL; c++)
        if (mapping[c] >= 0)
          slots[mapping[c]] = row[c];
      for (guint s = 0; s < VD_N_SLOTS; s++)
        slots[s] = g_strstrip (g_strdup (slots[s] != NULL ? slots[s] : ""));

      outcome = vd_list_import_run_row (run, slots, reasons, &local_error);
      for (guint s = 0; s < VD_N_SLOTS; s++)
        g_free ((char *)slots[s]);
      if (local_error != NULL)
        {
          g_propagate_error (error, local_error);
          goto out;
        }
      cells = (const char * const *)row;
      switch (outcome)
        {
        case VD_ROW_IMPORTED:
          result->imported++;
          break;
        case VD_ROW_IMPORTED_NOTED:
          result->imported++;
          vd_import_result_add_reject (result, number, reasons->str, cells, TRUE);
          break;
        case VD_ROW_UPDATED:
          result->updated++;
          break;
        case VD_ROW_SKIPPED:
          result->skipped++;
          vd_import_result_add_reject (result, number, reasons->str, cells, TRUE);
          break;
        case VD_ROW_REJECTED:
        default:
          result->rejected++;
          vd_import_result_add_reject (result, number, reasons->str, cells, FALSE);
          break;
        }
    }

  if (result->read == 0)
    {
      g_set_error_literal (error, VD_IMPORT_ERROR, VD_IMPORT_ERROR_NO_DATA,
                           _("The file has a header row but no rows under it."));
      goto out;
    }
  if (strict && result->rejected > 0)
    {
      g_set_error (error, VD_IMPORT_ERROR, VD_IMPORT_ERROR_REJECTED,
                   g_dngettext (GETTEXT_PACKAGE,
                                "%u row was rejected, so nothing was imported.",
                                "%u rows were rejected, so nothing was imported.",
                                result->rejected),
                   result->rejected);
      goto out;
    }
  if (!vd_list_import_run_finish (run, error))
    goto out;

  counts = g_strdup_printf ("%u", result->imported);
  json = vd_audit_json_object ("file", path, "list", vd_list_kind_to_name (kind),
                               "imported", counts, NULL);
  if (!vd_audit_log (db, "import", 0, vd_list_kind_to_name (kind), NULL, json, error) ||
      !vd_database_commit (db, error))
    goto out;
  result->committed = TRUE;
  ok = TRUE;

out:
  if (!ok && vd_database_in_transaction (db))
    vd_database_rollback (db);
  vd_list_import_run_free (run);
  if (result_out != NULL && result != NULL &&
      (ok || (error != NULL && g_error_matches (*error, VD_IMPORT_ERROR, VD_IMPORT_ERROR_REJECTED))))
    *result_out = g_steal_pointer (&result);
  return ok;
}
