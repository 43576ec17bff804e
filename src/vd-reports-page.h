/* vd-reports-page.h — the annual work summary: preview, PDF, Excel, JSON and print
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vd-doc.h"
#include "vd-page.h"

G_BEGIN_DECLS

#define VD_TYPE_REPORTS_PAGE (vd_reports_page_get_type ())

G_DECLARE_FINAL_TYPE (VdReportsPage, vd_reports_page, VD, REPORTS_PAGE, VdPage)

/* The year shown (0 when no database). */
int     vd_reports_page_get_year         (VdReportsPage *self);
void    vd_reports_page_set_year         (VdReportsPage *self,
                                          int            year);
/* The summary as laid out for the preview, or NULL when none could be made. */
VdDoc  *vd_reports_page_get_document     (VdReportsPage *self);
/* Pages shown in the preview. */
guint   vd_reports_page_get_n_previews   (VdReportsPage *self);

G_END_DECLS
