/* vd-database-error-page.h — why the database cannot be opened, and what to do
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vd-database.h"

G_BEGIN_DECLS

#define VD_TYPE_DATABASE_ERROR_PAGE (vd_database_error_page_get_type ())

G_DECLARE_FINAL_TYPE (VdDatabaseErrorPage, vd_database_error_page, VD, DATABASE_ERROR_PAGE, AdwBin)

GtkWidget    *vd_database_error_page_new       (void);
void          vd_database_error_page_set_error (VdDatabaseErrorPage *self,
                                                const char          *path,
                                                const GError        *error);
const char   *vd_database_error_page_get_path  (VdDatabaseErrorPage *self);
const GError *vd_database_error_page_get_error (VdDatabaseErrorPage *self);

G_END_DECLS
