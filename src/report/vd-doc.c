/* vd-doc.c — printable A4 documents laid out once with Cairo and Pango
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo-pdf.h>
#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "vd-doc.h"

#define MARGIN       56.7   /* 20 mm */
#define FOOTER       42.0   /* room for the page number below the text */
#define CELL_PAD     4.0
#define TABLE_SIZE   9.5
#define FONT_FAMILY  "Noto Sans CJK SC"

struct _VdDoc
{
  char      *title;
  GPtrArray *pages;  /* cairo_surface_t recordings */
  cairo_t   *cr;     /* on the last page */
  double     y;
};

static double
text_width (void)
{
  return VD_DOC_WIDTH - 2 * MARGIN;
}

static double
bottom (void)
{
  return VD_DOC_HEIGHT - MARGIN - FOOTER;
}

void
vd_doc_new_page (VdDoc *doc)
{
  cairo_rectangle_t extents = { 0, 0, VD_DOC_WIDTH, VD_DOC_HEIGHT };
  cairo_surface_t *page = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, &extents);

  g_clear_pointer (&doc->cr, cairo_destroy);
  g_ptr_array_add (doc->pages, page);
  doc->cr = cairo_create (page);
  doc->y = MARGIN;
}

VdDoc *
vd_doc_new (const char *title)
{
  VdDoc *doc = g_new0 (VdDoc, 1);

  doc->title = g_strdup (title != NULL ? title : "");
  doc->pages = g_ptr_array_new_with_free_func ((GDestroyNotify)cairo_surface_destroy);
  vd_doc_new_page (doc);
  return doc;
}

void
vd_doc_free (VdDoc *doc)
{
  if (doc == NULL)
    return;
  g_clear_pointer (&doc->cr, cairo_destroy);
  g_ptr_array_unref (doc->pages);
  g_free (doc->title);
  g_free (doc);
}

/* Metrics without hinting, so the layout is the same in a PDF and on paper. */
static PangoLayout *
new_layout (cairo_t    *cr,
            const char *text,
            double      size,
            gboolean    bold,
            double      width,
            VdDocAlign  align)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoContext *context = pango_layout_get_context (layout);
  cairo_font_options_t *options = cairo_font_options_create ();
  PangoFontDescription *font = pango_font_description_new ();

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  /* Han characters in their simplified Chinese forms. */
  pango_context_set_language (context, pango_language_from_string ("zh-cn"));
  pango_layout_context_changed (layout);

  pango_font_description_set_family (font, FONT_FAMILY);
  pango_font_description_set_size (font, (int)(size * PANGO_SCALE));
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);

  pango_layout_set_width (layout, (int)(width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, align == VD_DOC_CENTER ? PANGO_ALIGN_CENTER
                                      : align == VD_DOC_RIGHT ? PANGO_ALIGN_RIGHT
                                      : PANGO_ALIGN_LEFT);
  pango_layout_set_text (layout, text, -1);
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return (double)height / PANGO_SCALE;
}

void
vd_doc_keep (VdDoc  *doc,
             double  points)
{
  if (doc->y + points > bottom () && doc->y > MARGIN)
    vd_doc_new_page (doc);
}

double
vd_doc_space_left (VdDoc *doc)
{
  return bottom () - doc->y;
}

void
vd_doc_space (VdDoc  *doc,
              double  points)
{
  doc->y += points;
}

void
vd_doc_text (VdDoc      *doc,
             const char *text,
             double      size,
             gboolean    bold,
             VdDocAlign  align)
{
  g_autoptr(PangoLayout) layout = new_layout (doc->cr, text, size, bold, text_width (), align);
  double height = layout_height (layout);

  vd_doc_keep (doc, height);
  cairo_set_source_rgb (doc->cr, 0, 0, 0);
  cairo_move_to (doc->cr, MARGIN, doc->y);
  pango_cairo_show_layout (doc->cr, layout);
  doc->y += height;
}

static double
row_height (VdDoc              *doc,
            guint               n_columns,
            const double       *widths,
            const char * const *cells,
            gboolean            bold,
            PangoLayout       **layouts)
{
  double height = 0;

  for (guint i = 0; i < n_columns; i++)
    {
      layouts[i] = new_layout (doc->cr, cells[i] != NULL ? cells[i] : "", TABLE_SIZE, bold,
                               widths[i] * text_width () - 2 * CELL_PAD, VD_DOC_LEFT);
      height = MAX (height, layout_height (layouts[i]));
    }
  return height + 2 * CELL_PAD;
}

static void
draw_row (VdDoc              *doc,
          guint               n_columns,
          const double       *widths,
          const VdDocAlign   *aligns,
          PangoLayout       **layouts,
          double              height,
          gboolean            header)
{
  cairo_t *cr = doc->cr;
  double x = MARGIN;

  if (header)
    {
      cairo_set_source_rgb (cr, 0.90, 0.90, 0.90);
      cairo_rectangle (cr, MARGIN, doc->y, text_width (), height);
      cairo_fill (cr);
    }
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_set_line_width (cr, 0.5);
  for (guint i = 0; i < n_columns; i++)
    {
      double w = widths[i] * text_width ();

      pango_layout_set_alignment (layouts[i],
                                  aligns != NULL && aligns[i] == VD_DOC_RIGHT ? PANGO_ALIGN_RIGHT
                                  : aligns != NULL && aligns[i] == VD_DOC_CENTER ? PANGO_ALIGN_CENTER
                                  : PANGO_ALIGN_LEFT);
      cairo_move_to (cr, x + CELL_PAD, doc->y + CELL_PAD);
      pango_cairo_show_layout (cr, layouts[i]);
      cairo_rectangle (cr, x, doc->y, w, height);
      cairo_stroke (cr);
      x += w;
    }
  doc->y += height;
}

void
vd_doc_table (VdDoc              *doc,
              guint               n_columns,
              const double       *widths,
              const VdDocAlign   *aligns,
              const char * const *header,
              GPtrArray          *rows)
{
  g_autofree PangoLayout **layouts = g_new0 (PangoLayout *, n_columns);
  g_autofree PangoLayout **head = g_new0 (PangoLayout *, n_columns);
  double head_height = row_height (doc, n_columns, widths, header, TRUE, head);

  /* A header never ends a page alone. */
  vd_doc_keep (doc, head_height * 2.5);
  draw_row (doc, n_columns, widths, aligns, head, head_height, TRUE);

  for (guint r = 0; r < rows->len; r++)
    {
      const char * const *cells = g_ptr_array_index (rows, r);
      double height = row_height (doc, n_columns, widths, cells, FALSE, layouts);

      if (doc->y + height > bottom ())
        {
          vd_doc_new_page (doc);
          draw_row (doc, n_columns, widths, aligns, head, head_height, TRUE);
        }
      draw_row (doc, n_columns, widths, aligns, layouts, height, FALSE);
      for (guint i = 0; i < n_columns; i++)
        g_clear_object (&layouts[i]);
    }
  for (guint i = 0; i < n_columns; i++)
    g_clear_object (&head[i]);
}

void
vd_doc_drawing (VdDoc         *doc,
                double         height,
                VdDocDrawFunc  draw,
                gpointer       user_data)
{
  vd_doc_keep (doc, height);
  cairo_save (doc->cr);
  cairo_translate (doc->cr, MARGIN, doc->y);
  cairo_rectangle (doc->cr, 0, 0, text_width (), height);
  cairo_clip (doc->cr);
  draw (doc->cr, text_width (), height, user_data);
  cairo_restore (doc->cr);
  doc->y += height;
}

double
vd_doc_text_width (VdDoc *doc)
{
  return text_width ();
}

guint
vd_doc_get_n_pages (VdDoc *doc)
{
  return doc->pages->len;
}

void
vd_doc_draw_page (VdDoc   *doc,
                  guint    n,
                  cairo_t *cr)
{
  g_autofree char *footer = NULL;
  g_autoptr(PangoLayout) layout = NULL;

  g_return_if_fail (n < doc->pages->len);

  cairo_save (cr);
  cairo_set_source_surface (cr, g_ptr_array_index (doc->pages, n), 0, 0);
  cairo_paint (cr);
  cairo_restore (cr);

  footer = g_strdup_printf (_("Page %u of %u"), n + 1, doc->pages->len);
  layout = new_layout (cr, footer, 9, FALSE, text_width (), VD_DOC_CENTER);
  cairo_set_source_rgb (cr, 0.3, 0.3, 0.3);
  cairo_move_to (cr, MARGIN, VD_DOC_HEIGHT - MARGIN - 12);
  pango_cairo_show_layout (cr, layout);
}

gboolean
vd_doc_write_pdf (VdDoc       *doc,
                  const char  *path,
                  GError     **error)
{
  cairo_surface_t *surface = cairo_pdf_surface_create (path, VD_DOC_WIDTH, VD_DOC_HEIGHT);
  cairo_status_t status;
  cairo_t *cr;

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, doc->title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Volunteer Desk");
  cr = cairo_create (surface);
  for (guint i = 0; i < doc->pages->len; i++)
    {
      vd_doc_draw_page (doc, i, cr);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Cannot write “%s”: %s"), path,
                   cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}
