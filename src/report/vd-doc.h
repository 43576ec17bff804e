/* vd-doc.h — printable A4 documents laid out once with Cairo and Pango, then written
 * to PDF or drawn on a printer's page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* A4 in PostScript points. */
#define VD_DOC_WIDTH  595.276
#define VD_DOC_HEIGHT 841.890

typedef enum
{
  VD_DOC_LEFT,
  VD_DOC_CENTER,
  VD_DOC_RIGHT,
} VdDocAlign;

typedef struct _VdDoc VdDoc;

/* Each page is recorded (vector, fonts kept), so that the same layout goes into a
 * PDF file or onto a GtkPrintContext. Pages carry "Page N of M" at the foot. */
VdDoc    *vd_doc_new          (const char    *title);
void      vd_doc_free         (VdDoc         *doc);

/* Plain text (not markup) at size points, wrapped to the text width. */
void      vd_doc_text         (VdDoc         *doc,
                               const char    *text,
                               double         size,
                               gboolean       bold,
                               VdDocAlign     align);
void      vd_doc_space        (VdDoc         *doc,
                               double         points);
/* Starts a new page unless at least points are left on this one. */
void      vd_doc_keep         (VdDoc         *doc,
                               double         points);
void      vd_doc_new_page     (VdDoc         *doc);
/* A ruled table: widths are fractions of the text width (summing to 1); rows is a
 * GPtrArray of NULL-terminated string arrays; the header repeats on each page. */
void      vd_doc_table        (VdDoc              *doc,
                               guint               n_columns,
                               const double       *widths,
                               const VdDocAlign   *aligns,
                               const char * const *header,
                               GPtrArray          *rows);
/* Draws into a box of the text width and height points at the current position
 * (on a new page if it does not fit): draw gets cr translated to the box's corner
 * and clipped to it, in points. The page is a recording, so what draw paints (a
 * chart from vd_chart_draw) stays vector in the PDF. */
typedef void (*VdDocDrawFunc) (cairo_t  *cr,
                               double    width,
                               double    height,
                               gpointer  user_data);
void      vd_doc_drawing      (VdDoc         *doc,
                               double         height,
                               VdDocDrawFunc  draw,
                               gpointer       user_data);
/* The width of the text column, in points. */
double    vd_doc_text_width   (VdDoc         *doc);
/* The remaining height on the current page, in points. */
double    vd_doc_space_left   (VdDoc         *doc);

guint     vd_doc_get_n_pages  (VdDoc         *doc);
/* Draws page n (from 0) with its footer on cr, whose unit is one point. */
void      vd_doc_draw_page    (VdDoc         *doc,
                               guint          n,
                               cairo_t       *cr);
gboolean  vd_doc_write_pdf    (VdDoc         *doc,
                               const char    *path,
                               GError       **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VdDoc, vd_doc_free)

G_END_DECLS
