/* vd-list-import.h — teams, stations, events with their participants and hours, and
 * trainings with their attendance, from the office's spreadsheets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "vd-database.h"
#include "vd-import.h"
#include "vd-list-export.h"

G_BEGIN_DECLS

/* TEAMS, STATIONS, EVENTS and TRAININGS. An events file may be the events list or
 * the records list (one row per participant, as exported): rows naming the same
 * event (title, start, end) share it, and a row with a volunteer number adds that
 * volunteer's service record. Likewise a trainings file may carry attendance. */
gboolean vd_list_kind_is_importable (VdListKind kind);

/* Reads path (CSV in UTF-8, GBK or UTF-16, or .xlsx) whose header row (the first of
 * its first rows that names at least two known columns; the export's headers, in
 * English or translated, and the usual Chinese names) maps the columns, and imports
 * every good row in one transaction, with one audit entry. Rows already in the
 * database (a team or station of that name, an event's or training's volunteer
 * already there) are skipped and listed. Missing categories, sub-districts and
 * communities are created. Approved service records are approved through the
 * service rules (points are earned); rejected ones keep their reason.
 *
 * A failure, a cancel, or (strict) any rejected row leaves the database exactly as
 * it was (VD_IMPORT_ERROR_REJECTED for the strict refusal); *result is set whenever
 * the file was read to the end, with each rejected row's number and reasons. Fails
 * with VD_IMPORT_ERROR_MAPPING when a required column has no header. */
gboolean vd_list_import (VdDatabase       *db,
                         VdListKind        kind,
                         const char       *path,
                         gboolean          strict,
                         GCancellable     *cancellable,
                         VdImportResult  **result,
                         GError          **error);

G_END_DECLS
