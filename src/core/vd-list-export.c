/* vd-list-export.c — every list other than the register out to CSV and .xlsx, one
 * table of columns per kind
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vd-audit.h"
#include "vd-events.h"
#include "vd-identity.h"
#include "vd-list-export.h"
#include "vd-list-private.h"
#include "vd-points.h"
#include "vd-service.h"
#include "vd-stations.h"
#include "vd-table-writer.h"
#include "vd-teams.h"
#include "vd-training.h"
#include "vd-wishes.h"

/* --- coded values: the database's code, the file's translated label --- */

#define ENUMERATION(prefix, fn, type)                                   \
  static const char *prefix##_code (guint i) { return fn##_to_code ((type)i); } \
  static const char *prefix##_label (guint i) { return fn##_get_label ((type)i); }

ENUMERATION (station_type, vd_station_type, VdStationType)
ENUMERATION (event_status, vd_event_status, VdEventStatus)
ENUMERATION (record_status, vd_record_status, VdRecordStatus)
ENUMERATION (attendance, vd_attendance_status, VdAttendanceStatus)
ENUMERATION (wish_status, vd_wish_status, VdWishStatus)
ENUMERATION (ledger_kind, vd_ledger_kind, VdLedgerKind)
ENUMERATION (team_role, vd_team_role, VdTeamRole)

static const char *
state_code (guint i)
{
  return i == 0 ? "active" : "archived";
}

static const char *
state_label (guint i)
{
  return i == 0 ? _("Active") : _("Archived");
}

const VdListEnum vd_list_enums[VD_N_LIST_ENUMS] = {
  [VD_LIST_ENUM_STATION_TYPE] = { VD_N_STATION_TYPES, station_type_code, station_type_label },
  [VD_LIST_ENUM_EVENT_STATUS] = { VD_N_EVENT_STATUS, event_status_code, event_status_label },
  [VD_LIST_ENUM_RECORD_STATUS] = { VD_N_RECORD_STATUS, record_status_code, record_status_label },
  [VD_LIST_ENUM_ATTENDANCE] = { VD_N_ATTENDANCE, attendance_code, attendance_label },
  [VD_LIST_ENUM_WISH_STATUS] = { VD_N_WISH_STATUS, wish_status_code, wish_status_label },
  [VD_LIST_ENUM_LEDGER_KIND] = { VD_N_LEDGER_KINDS, ledger_kind_code, ledger_kind_label },
  [VD_LIST_ENUM_TEAM_ROLE] = { VD_N_TEAM_ROLES, team_role_code, team_role_label },
  [VD_LIST_ENUM_STATE] = { 2, state_code, state_label },
};

/* --- the columns of each kind --- */

typedef enum
{
  CELL_TEXT,
  CELL_ID,        /* masked unless full */
  CELL_PHONE,     /* masked unless full */
  CELL_BOOL,      /* 0/1 → 否/是 */
  CELL_POINTS,    /* centi-points, positive → "12.5" */
  CELL_ENUM,      /* code → label of column.enumeration */
} CellKind;

typedef struct
{
  const char *label;
  CellKind    cell;
  VdListEnumId enumeration;
} Column;

#define MAX_COLUMNS 16

typedef struct
{
  const char *name;
  const char *title;
  const char *entity;     /* for the audit log */
  const char *sql;        /* SELECT … FROM the kind's own table first … WHERE …, with
                           * ?1 year (0: all) and ?2 owner (0: all); no ORDER BY */
  const char *order;      /* the list's usual order */
  const char *id;         /* the own table's id column, for VdListFilter.ids */
  gboolean    has_year;
  Column      columns[MAX_COLUMNS];
} ListKind;

#define YEAR_IS(col) "(?1 = 0 OR substr (" col ", 1, 4) = printf ('%04d', ?1))"
#define OWNER_IS(col) "(?2 = 0 OR " col " = ?2)"
/* Where the rows the page shows (VdListFilter.ids) join in, before the own table. */
#define SHOWN "/*shown*/ "

static const ListKind kinds[VD_N_LISTS] = {
  [VD_LIST_TEAMS] = {
    "teams", N_("Teams"), "teams",
    "SELECT t.name, c.name, s.name, t.founded_on, lv.volunteer_no, lv.name, p.name, "
    "       (SELECT count (*) FROM team_members m WHERE m.team_id = t.id), t.status, t.description "
    "FROM " SHOWN "teams t JOIN categories c ON c.id = t.category_id "
    "LEFT JOIN stations s ON s.id = t.station_id LEFT JOIN teams p ON p.id = t.parent_id "
    "LEFT JOIN team_members l ON l.team_id = t.id AND l.role = 'leader' "
    "LEFT JOIN volunteers lv ON lv.id = l.volunteer_id "
    "WHERE ?1 = ?1 AND " OWNER_IS ("t.id"),
    "t.name", "t.id",
    FALSE,
    { { NC_("column header", "Team") }, { NC_("column header", "Category") }, { NC_("column header", "Station") }, { NC_("column header", "Founded") },
      { NC_("column header", "Leader's volunteer number") }, { NC_("column header", "Leader") }, { NC_("column header", "Parent team") },
      { NC_("column header", "Members") }, { NC_("column header", "Status"), CELL_ENUM, VD_LIST_ENUM_STATE },
      { NC_("column header", "Description") } },
  },
  [VD_LIST_MEMBERS] = {
    "members", N_("Team members"), "team_members",
    "SELECT t.name, v.volunteer_no, v.name, v.id_number, v.phone, m.role, m.joined_on "
    "FROM " SHOWN "team_members m JOIN teams t ON t.id = m.team_id JOIN volunteers v ON v.id = m.volunteer_id "
    "WHERE ?1 = ?1 AND " OWNER_IS ("m.team_id"),
    "t.name, m.role = 'member', v.name_sort", "m.volunteer_id",
    FALSE,
    { { NC_("column header", "Team") }, { NC_("column header", "Volunteer number") }, { NC_("column header", "Name") }, { NC_("column header", "ID number"), CELL_ID },
      { NC_("column header", "Mobile phone"), CELL_PHONE }, { NC_("column header", "Role"), CELL_ENUM, VD_LIST_ENUM_TEAM_ROLE },
      { NC_("column header", "Joined on") } },
  },
  [VD_LIST_STATIONS] = {
    "stations", N_("Stations"), "stations",
    "SELECT s.name, s.type, d.name, c.name, s.established_on, s.address, s.contact_name, "
    "       s.contact_phone, s.status, s.archived_on, s.notes "
    "FROM " SHOWN "stations s LEFT JOIN subdistricts d ON d.id = s.subdistrict_id "
    "LEFT JOIN communities c ON c.id = s.community_id "
    "WHERE ?1 = ?1 AND " OWNER_IS ("s.id"),
    "s.name", "s.id",
    FALSE,
    { { NC_("column header", "Station") }, { NC_("column header", "Type"), CELL_ENUM, VD_LIST_ENUM_STATION_TYPE },
      { NC_("column header", "Sub-district") }, { NC_("column header", "Community") }, { NC_("column header", "Established") }, { NC_("column header", "Address") },
      { NC_("column header", "Contact") }, { NC_("column header", "Contact phone"), CELL_PHONE },
      { NC_("column header", "Status"), CELL_ENUM, VD_LIST_ENUM_STATE }, { NC_("column header", "Archived on") }, { NC_("column header", "Notes") } },
  },
  [VD_LIST_EVENTS] = {
    "events", N_("Events"), "events",
    "SELECT e.title, c.name, e.starts_at, e.ends_at, s.name, e.place, t.name, e.people_served, "
    "       e.party_event, e.status, e.participant_count, e.description "
    "FROM " SHOWN "events e JOIN categories c ON c.id = e.category_id "
    "LEFT JOIN stations s ON s.id = e.station_id LEFT JOIN teams t ON t.id = e.team_id "
    "WHERE " YEAR_IS ("e.starts_at") " AND " OWNER_IS ("e.id"),
    "e.starts_at, e.id", "e.id",
    TRUE,
    { { NC_("column header", "Event") }, { NC_("column header", "Category") }, { NC_("column header", "Starts") }, { NC_("column header", "Ends") }, { NC_("column header", "Station") },
      { NC_("column header", "Place") }, { NC_("column header", "Team") }, { NC_("column header", "People served") },
      { NC_("column header", "Party event"), CELL_BOOL }, { NC_("column header", "Event status"), CELL_ENUM, VD_LIST_ENUM_EVENT_STATUS },
      { NC_("column header", "Participants") }, { NC_("column header", "Description") } },
  },
  [VD_LIST_RECORDS] = {
    "records", N_("Service records"), "service_records",
    "SELECT e.title, c.name, e.starts_at, e.ends_at, s.name, v.volunteer_no, v.name, "
    "       v.id_number, r.service_date, r.minutes, r.status, r.backfilled, r.reject_reason, r.note "
    "FROM " SHOWN "service_records r JOIN events e ON e.id = r.event_id "
    "JOIN categories c ON c.id = e.category_id LEFT JOIN stations s ON s.id = e.station_id "
    "JOIN volunteers v ON v.id = r.volunteer_id "
    "WHERE " YEAR_IS ("r.service_date") " AND " OWNER_IS ("r.event_id"),
    "e.starts_at, e.id, r.id", "r.id",
    TRUE,
    { { NC_("column header", "Event") }, { NC_("column header", "Category") }, { NC_("column header", "Starts") }, { NC_("column header", "Ends") }, { NC_("column header", "Station") },
      { NC_("column header", "Volunteer number") }, { NC_("column header", "Name") }, { NC_("column header", "ID number"), CELL_ID },
      { NC_("column header", "Service date") }, { NC_("column header", "Minutes") },
      { NC_("column header", "Record status"), CELL_ENUM, VD_LIST_ENUM_RECORD_STATUS },
      { NC_("column header", "Back-filled"), CELL_BOOL }, { NC_("column header", "Reason for rejection") }, { NC_("column header", "Note") } },
  },
  [VD_LIST_TRAININGS] = {
    "trainings", N_("Trainings"), "trainings",
    "SELECT t.topic, c.name, t.starts_at, t.ends_at, t.trainer, t.place, s.name, t.capacity, "
    "       t.minutes, (SELECT count (*) FROM training_attendance a WHERE a.training_id = t.id), "
    "       (SELECT count (*) FROM training_attendance a WHERE a.training_id = t.id "
    "                                                    AND a.status IN ('present', 'late')), t.notes "
    "FROM " SHOWN "trainings t JOIN categories c ON c.id = t.category_id "
    "LEFT JOIN stations s ON s.id = t.station_id "
    "WHERE " YEAR_IS ("t.starts_at") " AND " OWNER_IS ("t.id"),
    "t.starts_at, t.id", "t.id",
    TRUE,
    { { NC_("column header", "Topic") }, { NC_("column header", "Category") }, { NC_("column header", "Starts") }, { NC_("column header", "Ends") }, { NC_("column header", "Trainer") },
      { NC_("column header", "Place") }, { NC_("column header", "Station") }, { NC_("column header", "Capacity") }, { NC_("column header", "Minutes") },
      { NC_("column header", "Registered") }, { NC_("column header", "Attended") }, { NC_("column header", "Notes") } },
  },
  [VD_LIST_ATTENDANCE] = {
    "attendance", N_("Attendance"), "training_attendance",
    "SELECT t.topic, c.name, t.starts_at, t.ends_at, v.volunteer_no, v.name, v.phone, a.status, "
    "       a.registered_at, a.checked_in_at "
    "FROM " SHOWN "training_attendance a JOIN trainings t ON t.id = a.training_id "
    "JOIN categories c ON c.id = t.category_id JOIN volunteers v ON v.id = a.volunteer_id "
    "WHERE " YEAR_IS ("t.starts_at") " AND " OWNER_IS ("a.training_id"),
    "t.starts_at, t.id, v.name_sort", "a.volunteer_id",
    TRUE,
    { { NC_("column header", "Topic") }, { NC_("column header", "Category") }, { NC_("column header", "Starts") }, { NC_("column header", "Ends") },
      { NC_("column header", "Volunteer number") }, { NC_("column header", "Name") }, { NC_("column header", "Mobile phone"), CELL_PHONE },
      { NC_("column header", "Attendance"), CELL_ENUM, VD_LIST_ENUM_ATTENDANCE }, { NC_("column header", "Registered at") },
      { NC_("column header", "Checked in at") } },
  },
  [VD_LIST_WISHES] = {
    "wishes", N_("Micro-wishes"), "wishes",
    "SELECT w.content, w.requester_name, w.requester_phone, d.name, c.name, w.status, "
    "       w.collected_on, w.reviewed_on, w.published_on, w.claimed_on, w.fulfilled_on, "
    "       coalesce (v.name || ' (' || v.volunteer_no || ')', t.name), w.reject_reason "
    "FROM " SHOWN "wishes w JOIN communities c ON c.id = w.community_id "
    "JOIN subdistricts d ON d.id = c.subdistrict_id "
    "LEFT JOIN volunteers v ON v.id = w.claimed_by_volunteer_id "
    "LEFT JOIN teams t ON t.id = w.claimed_by_team_id "
    "WHERE " YEAR_IS ("w.collected_on") " AND " OWNER_IS ("w.id"),
    "w.collected_on, w.id", "w.id",
    TRUE,
    { { NC_("column header", "Wish") }, { NC_("column header", "Requester") }, { NC_("column header", "Requester's phone"), CELL_PHONE },
      { NC_("column header", "Sub-district") }, { NC_("column header", "Community") },
      { NC_("column header", "Status"), CELL_ENUM, VD_LIST_ENUM_WISH_STATUS }, { NC_("column header", "Collected") },
      { NC_("column header", "Reviewed") }, { NC_("column header", "Published") }, { NC_("column header", "Claimed") }, { NC_("column header", "Fulfilled") },
      { NC_("column header", "Claimed by") }, { NC_("column header", "Reason for rejection") } },
  },
  [VD_LIST_LEDGER] = {
    "ledger", N_("Points ledger"), "points_ledger",
    "SELECT p.created_at, v.volunteer_no, v.name, p.kind, "
    "       CASE WHEN p.amount_centi > 0 THEN p.amount_centi END, "
    "       CASE WHEN p.amount_centi < 0 THEN -p.amount_centi END, p.reason, p.created_by "
    "FROM " SHOWN "points_ledger p JOIN volunteers v ON v.id = p.volunteer_id "
    "WHERE " YEAR_IS ("p.created_at") " AND " OWNER_IS ("p.volunteer_id"),
    "p.id", "p.id",
    TRUE,
    /* in and out columns: a cell starting with "-" is escaped against formula
     * injection, and a ledger reads this way anyway */
    { { NC_("column header", "Date") }, { NC_("column header", "Volunteer number") }, { NC_("column header", "Name") },
      { NC_("column header", "Kind"), CELL_ENUM, VD_LIST_ENUM_LEDGER_KIND }, { NC_("column header", "Points in"), CELL_POINTS },
      { NC_("column header", "Points out"), CELL_POINTS }, { NC_("column header", "Reason") }, { NC_("column header", "Recorded by") } },
  },
};

/* --- public --- */

const char *
vd_list_kind_to_name (VdListKind kind)
{
  g_return_val_if_fail (kind < VD_N_LISTS, NULL);

  return kinds[kind].name;
}

gboolean
vd_list_kind_from_name (const char *name,
                        VdListKind *kind)
{
  for (guint i = 0; i < VD_N_LISTS; i++)
    if (g_strcmp0 (name, kinds[i].name) == 0)
      {
        *kind = i;
        return TRUE;
      }
  return FALSE;
}

const char *
vd_list_kind_get_title (VdListKind kind)
{
  g_return_val_if_fail (kind < VD_N_LISTS, NULL);

  return g_dgettext (GETTEXT_PACKAGE, kinds[kind].title);
}

gboolean
vd_list_kind_has_year (VdListKind kind)
{
  g_return_val_if_fail (kind < VD_N_LISTS, FALSE);

  return kinds[kind].has_year;
}

const char *
vd_list_header_label (const char *english)
{
  /* the same context as the register's headers: read back on import */
  return g_dpgettext2 (GETTEXT_PACKAGE, "column header", english);
}

const char **
vd_list_get_headers (VdListKind kind)
{
  GPtrArray *headers = g_ptr_array_new ();

  g_return_val_if_fail (kind < VD_N_LISTS, NULL);

  for (guint c = 0; c < MAX_COLUMNS && kinds[kind].columns[c].label != NULL; c++)
    g_ptr_array_add (headers, (gpointer)vd_list_header_label (kinds[kind].columns[c].label));
  g_ptr_array_add (headers, NULL);
  return (const char **)g_ptr_array_free (headers, FALSE);
}

static char *
format_cell (const Column *column,
             sqlite3_stmt *stmt,
             int           index,
             gboolean      full)
{
  const char *text = (const char *)sqlite3_column_text (stmt, index);

  if (text == NULL)
    return g_strdup ("");
  switch (column->cell)
    {
    case CELL_ID:
      return full ? g_strdup (text) : vd_mask_id_number (text);
    case CELL_PHONE:
      return full ? g_strdup (text) : vd_mask_phone (text);
    case CELL_BOOL:
      return g_strdup (sqlite3_column_int (stmt, index) ? _("Yes") : _("No"));
    case CELL_POINTS:
      return vd_points_format (sqlite3_column_int64 (stmt, index));
    case CELL_ENUM:
      {
        const VdListEnum *e = &vd_list_enums[column->enumeration];

        for (guint i = 0; i < e->n; i++)
          if (g_str_equal (text, e->code (i)))
            return g_strdup (e->label (i));
        return g_strdup (text);
      }
    case CELL_TEXT:
    default:
      return g_strdup (text);
    }
}

/* The kind's query; with shown, only the rows of ?3 (a JSON array of ids), in its
 * order. */
static char *
build_sql (const ListKind *k,
           gboolean        shown)
{
  GString *sql = g_string_new (k->sql);

  if (!shown)
    {
      g_string_append_printf (sql, " ORDER BY %s", k->order);
      return g_string_free (sql, FALSE);
    }
  /* the ids drive the loop: one primary-key look-up per shown row */
  g_string_replace (sql, SHOWN, "json_each (?3) AS shown CROSS JOIN ", 1);
  g_string_append_printf (sql, " AND %s = shown.value ORDER BY shown.key", k->id);
  return g_string_free (sql, FALSE);
}

static char *
ids_to_json (GArray *ids)
{
  GString *json = g_string_sized_new (ids->len * 8 + 2);

  g_string_append_c (json, '[');
  for (guint i = 0; i < ids->len; i++)
    g_string_append_printf (json, i > 0 ? ",%" G_GINT64_FORMAT : "%" G_GINT64_FORMAT,
                            g_array_index (ids, gint64, i));
  g_string_append_c (json, ']');
  return g_string_free (json, FALSE);
}

gboolean
vd_list_export (VdDatabase          *db,
                VdListKind           kind,
                const VdListFilter  *filter,
                const char          *path,
                gboolean             full_ids,
                guint               *n_rows,
                GCancellable        *cancellable,
                GError             **error)
{
  const ListKind *k;
  g_autoptr(VdTableWriter) writer = NULL;
  g_autofree const char **header = NULL;
  g_autofree char *rows_text = NULL;
  g_autofree char *year_text = NULL;
  g_autofree char *json = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *ids_json = NULL;
  sqlite3_stmt *stmt;
  gboolean shown;
  guint n_columns;
  guint written = 0;
  int rc;

  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (kind < VD_N_LISTS, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  k = &kinds[kind];
  /* a full export must be in the audit log; a read-only file cannot take the entry */
  if (full_ids && vd_database_is_read_only (db))
    {
      g_set_error_literal (error, VD_DATABASE_ERROR, VD_DATABASE_ERROR_READ_ONLY,
                           _("Full ID numbers and phones can be exported only when the database "
                             "can record the export; it is open read-only. Export them masked, "
                             "or open the database writable."));
      return FALSE;
    }
  header = vd_list_get_headers (kind);
  n_columns = g_strv_length ((char **)header);

  writer = vd_table_writer_new (path, vd_table_format_for_path (path),
                                vd_list_kind_get_title (kind), full_ids, error);
  if (writer == NULL || !vd_table_writer_add_row (writer, header, n_columns, error))
    return FALSE;

  shown = filter != NULL && filter->ids != NULL;
  sql = build_sql (k, shown);
  stmt = vd_database_prepare (db, sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, filter != NULL ? filter->year : 0);
  sqlite3_bind_int64 (stmt, 2, filter != NULL ? filter->owner : 0);
  if (shown)
    {
      ids_json = ids_to_json (filter->ids);
      sqlite3_bind_text (stmt, 3, ids_json, -1, SQLITE_STATIC);
    }

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      char *cells[MAX_COLUMNS];
      gboolean ok;

      if (written % 1024 == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          sqlite3_finalize (stmt);
          return FALSE;
        }
      for (guint c = 0; c < n_columns; c++)
        cells[c] = format_cell (&k->columns[c], stmt, c, full_ids);
      ok = vd_table_writer_add_row (writer, (const char * const *)cells, n_columns, error);
      for (guint c = 0; c < n_columns; c++)
        g_free (cells[c]);
      if (!ok)
        {
          sqlite3_finalize (stmt);
          return FALSE;
        }
      written++;
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);

  if (!vd_table_writer_finish (writer, error))
    return FALSE;
  if (n_rows != NULL)
    *n_rows = written;

  if (vd_database_is_read_only (db))
    return TRUE;   /* masked: nothing private left the database */
  rows_text = g_strdup_printf ("%u", written);
  year_text = g_strdup_printf ("%d", filter != NULL ? filter->year : 0);
  json = vd_audit_json_object ("file", path, "list", k->name, "rows", rows_text,
                               "year", year_text, "full_ids", full_ids ? "yes" : "no",
                               "shown_rows_only", shown ? "yes" : "no", NULL);
  return vd_audit_log (db, k->entity, filter != NULL ? filter->owner : 0,
                       full_ids ? "export-full-ids" : "export", NULL, json, error);
}
