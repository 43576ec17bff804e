/* vd-sign-in-sheet.h — the paper sign-in sheet of a training session (签到表)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "vd-database.h"

G_BEGIN_DECLS

/* A4 in points. */
#define VD_SIGN_IN_SHEET_WIDTH  595.28
#define VD_SIGN_IN_SHEET_HEIGHT 841.89

typedef struct _VdSignInSheet VdSignInSheet;

/* Reads the session and its registrants (names, volunteer numbers, masked phones);
 * a few blank rows follow them for walk-ins. */
VdSignInSheet *vd_sign_in_sheet_new         (VdDatabase     *db,
                                             gint64          training_id,
                                             GError        **error);
guint          vd_sign_in_sheet_get_n_pages (VdSignInSheet  *self);
/* Draws page (0-based) scaled into width × height (any unit; the aspect is kept), so
 * that the same drawing serves the PDF file and GtkPrintOperation. */
void           vd_sign_in_sheet_draw_page   (VdSignInSheet  *self,
                                             cairo_t        *cr,
                                             double          width,
                                             double          height,
                                             guint           page);
void           vd_sign_in_sheet_free        (VdSignInSheet  *self);

/* The whole sheet as an A4 PDF; audited as a print. */
gboolean       vd_sign_in_sheet_write_pdf   (VdDatabase     *db,
                                             gint64          training_id,
                                             const char     *path,
                                             GError        **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VdSignInSheet, vd_sign_in_sheet_free)

G_END_DECLS
