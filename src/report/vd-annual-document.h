/* vd-annual-document.h — the printed annual work summary (年度志愿服务工作总结)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vd-annual.h"
#include "vd-doc.h"

G_BEGIN_DECLS

/* Sections with sentences and tables in the shape of the office's customary
 * summary, the party indicators against their targets, and the dashboard's charts
 * drawn as vectors. A year without data says so. */
VdDoc *vd_annual_document_new   (const VdAnnual *annual);

/* The document's title: "<district> <year> annual summary of volunteer service". */
char  *vd_annual_document_title (const VdAnnual *annual);

G_END_DECLS
