/* vd-welcome-page.h — what a new office sees on an empty register
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vd-database.h"

G_BEGIN_DECLS

#define VD_TYPE_WELCOME_PAGE (vd_welcome_page_get_type ())

G_DECLARE_FINAL_TYPE (VdWelcomePage, vd_welcome_page, VD, WELCOME_PAGE, AdwBin)

/* Where "Open Sample District" writes the district (once) and opens it from. */
void     vd_welcome_page_set_sample_path (VdWelcomePage *self,
                                          const char    *path);
/* TRUE while the sample district is being written. */
gboolean vd_welcome_page_is_busy         (VdWelcomePage *self);

G_END_DECLS
