/* vd-export.h — the register out to CSV and .xlsx
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "vd-database.h"

G_BEGIN_DECLS

/* Writes the volunteers with these ids, in this order, to path (.xlsx by its name,
 * else CSV in UTF-8 with BOM). ID numbers and phones are masked unless full_ids;
 * then the file is made private (0600). The export and that choice go to the audit
 * log. Nothing is left at path when it fails or is cancelled. */
gboolean vd_export_volunteers (VdDatabase    *db,
                               const gint64  *ids,
                               guint          n_ids,
                               const char    *path,
                               gboolean       full_ids,
                               GCancellable  *cancellable,
                               GError       **error);

G_END_DECLS
