/* vd-migrations.h — schema upgrades numbered by PRAGMA user_version
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vd-database.h"

G_BEGIN_DECLS

/* Brings the schema to VD_SCHEMA_VERSION, each step in its own transaction; a step
 * that fails leaves the file at the previous version. */
gboolean vd_migrations_run (VdDatabase  *db,
                            GError     **error);

G_END_DECLS
