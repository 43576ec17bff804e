/* vd-sign-in-sheet.c — the paper sign-in sheet of a training session
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "vd-audit.h"
#include "vd-sign-in-sheet.h"
#include "vd-training.h"

#define MARGIN       48.0
#define HEADER       92.0   /* title and the session's details */
#define FOOTER       28.0
#define ROW          27.0
#define BLANK_ROWS   5      /* for walk-ins who sign by hand */
#define FONT         "Noto Sans CJK SC"

struct _VdSignInSheet
{
  char      *title;
  char      *details;
  GPtrArray *rows;          /* VdAttendance */
  guint      n_rows;        /* rows + blank rows */
  guint      rows_per_page;
};

/* Column widths as shares of the table's width. */
static const double column_share[] = { 0.08, 0.20, 0.20, 0.20, 0.32 };

VdSignInSheet *
vd_sign_in_sheet_new (VdDatabase  *db,
                      gint64       training_id,
                      GError     **error)
{
  g_autoptr(VdTraining) t = NULL;
  VdSignInSheet *self;
  g_autofree char *starts = NULL;
  GPtrArray *rows;
  GString *details;

  t = vd_training_get (db, training_id, error);
  if (t == NULL)
    return NULL;
  rows = vd_training_list_attendance (db, training_id, error);
  if (rows == NULL)
    return NULL;

  self = g_new0 (VdSignInSheet, 1);
  starts = g_strndup (t->starts_at, 16);
  /* Translators: the title of a printed sign-in sheet; %s is the topic */
  self->title = g_strdup_printf (_("Sign-in sheet: %s"), t->topic);
  details = g_string_new (NULL);
  /* Translators: start and end of a session on the sign-in sheet */
  g_string_append_printf (details, _("Time: %s – %.5s"), starts,
                          strlen (t->ends_at) >= 16 ? t->ends_at + 11 : t->ends_at);
  if (t->place[0] != '\0' || t->station_name[0] != '\0')
    g_string_append_printf (details, "    %s%s", _("Place: "),
                            t->place[0] != '\0' ? t->place : t->station_name);
  g_string_append_c (details, '\n');
  if (t->trainer[0] != '\0')
    g_string_append_printf (details, "%s%s    ", _("Trainer: "), t->trainer);
  g_string_append_printf (details, _("Category: %s    Registered: %u"), t->category_name, rows->len);
  self->details = g_string_free (details, FALSE);
  self->rows = rows;
  self->n_rows = rows->len + BLANK_ROWS;
  self->rows_per_page =
    (guint)((VD_SIGN_IN_SHEET_HEIGHT - 2 * MARGIN - HEADER - FOOTER) / ROW) - 1;
  return self;
}

guint
vd_sign_in_sheet_get_n_pages (VdSignInSheet *self)
{
  return MAX (1, (self->n_rows + self->rows_per_page - 1) / self->rows_per_page);
}

void
vd_sign_in_sheet_free (VdSignInSheet *self)
{
  if (self == NULL)
    return;
  g_free (self->title);
  g_free (self->details);
  g_ptr_array_unref (self->rows);
  g_free (self);
}

static void
show_text (cairo_t     *cr,
           PangoLayout *layout,
           const char  *text,
           double       x,
           double       y,
           double       width,
           double       height,
           gboolean     center)
{
  int w, h;

  pango_layout_set_text (layout, text, -1);
  pango_layout_set_width (layout, (int)(width * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_alignment (layout, center ? PANGO_ALIGN_CENTER : PANGO_ALIGN_LEFT);
  pango_layout_get_size (layout, &w, &h);
  cairo_move_to (cr, x, y + (height - (double)h / PANGO_SCALE) / 2);
  pango_cairo_show_layout (cr, layout);
}

static PangoLayout *
new_layout (cairo_t    *cr,
            const char *font)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *desc = pango_font_description_from_string (font);

  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);
  return layout;
}

void
vd_sign_in_sheet_draw_page (VdSignInSheet *self,
                            cairo_t       *cr,
                            double         width,
                            double         height,
                            guint          page)
{
  const char *headings[] = { _("No."), _("Name"), _("Volunteer number"), _("Mobile phone"),
                             _("Signature") };
  g_autoptr(PangoLayout) title = NULL;
  g_autoptr(PangoLayout) body = NULL;
  g_autofree char *footer = NULL;
  double scale = MIN (width / VD_SIGN_IN_SHEET_WIDTH, height / VD_SIGN_IN_SHEET_HEIGHT);
  double table_w = VD_SIGN_IN_SHEET_WIDTH - 2 * MARGIN;
  double y;
  guint first = page * self->rows_per_page;
  guint last = MIN (first + self->rows_per_page, self->n_rows);

  cairo_save (cr);
  cairo_scale (cr, scale, scale);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);

  title = new_layout (cr, FONT " Bold 16");
  body = new_layout (cr, FONT " 10.5");
  show_text (cr, title, self->title, MARGIN, MARGIN, table_w, 32, TRUE);
  /* each line of details on one line, ellipsized: the table starts at a fixed place */
  pango_layout_set_text (body, self->details, -1);
  pango_layout_set_width (body, (int)(table_w * PANGO_SCALE));
  pango_layout_set_height (body, -1);
  pango_layout_set_ellipsize (body, PANGO_ELLIPSIZE_END);
  pango_layout_set_alignment (body, PANGO_ALIGN_LEFT);
  cairo_move_to (cr, MARGIN, MARGIN + 42);
  pango_cairo_show_layout (cr, body);
  pango_layout_set_height (body, 0);

  /* the header row, then one row per person */
  y = MARGIN + HEADER;
  cairo_set_line_width (cr, 0.8);
  for (guint r = first; r <= last; r++)
    {
      /* r == first is the heading; person r - first - 1 + first after it */
      gboolean heading = r == first;
      guint index = r - 1;
      double x = MARGIN;

      if (heading)
        {
          cairo_set_source_rgb (cr, 0.92, 0.92, 0.92);
          cairo_rectangle (cr, MARGIN, y, table_w, ROW);
          cairo_fill (cr);
          cairo_set_source_rgb (cr, 0, 0, 0);
        }
      else
        index = first + (r - first - 1);
      for (guint c = 0; c < G_N_ELEMENTS (column_share); c++)
        {
          double w = table_w * column_share[c];
          g_autofree char *number = NULL;
          const char *text = "";

          if (heading)
            text = headings[c];
          else if (c == 0)
            text = number = g_strdup_printf ("%u", index + 1);
          else if (index < self->rows->len)
            {
              VdAttendance *a = g_ptr_array_index (self->rows, index);

              text = c == 1 ? a->name : c == 2 ? a->volunteer_no : c == 3 ? a->phone_masked : "";
            }
          cairo_rectangle (cr, x, y, w, ROW);
          cairo_stroke (cr);
          show_text (cr, body, text, x + 4, y, w - 8, ROW, c == 0 || heading);
          x += w;
        }
      y += ROW;
    }

  /* Translators: the page number at the foot of a printed page */
  footer = g_strdup_printf (_("Page %u of %u"), page + 1, vd_sign_in_sheet_get_n_pages (self));
  show_text (cr, body, footer, MARGIN, VD_SIGN_IN_SHEET_HEIGHT - MARGIN - FOOTER + 8, table_w,
             FOOTER - 8, TRUE);
  cairo_restore (cr);
}

gboolean
vd_sign_in_sheet_write_pdf (VdDatabase  *db,
                            gint64       training_id,
                            const char  *path,
                            GError     **error)
{
  g_autoptr(VdSignInSheet) sheet = NULL;
  g_autofree char *json = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  sheet = vd_sign_in_sheet_new (db, training_id, error);
  if (sheet == NULL)
    return FALSE;
  surface = cairo_pdf_surface_create (path, VD_SIGN_IN_SHEET_WIDTH, VD_SIGN_IN_SHEET_HEIGHT);
  cr = cairo_create (surface);
  for (guint p = 0; p < vd_sign_in_sheet_get_n_pages (sheet); p++)
    {
      vd_sign_in_sheet_draw_page (sheet, cr, VD_SIGN_IN_SHEET_WIDTH, VD_SIGN_IN_SHEET_HEIGHT, p);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_unlink (path);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("The sign-in sheet could not be written to %s: %s"), path,
                   cairo_status_to_string (status));
      return FALSE;
    }
  json = vd_audit_json_object ("file", path, NULL);
  return vd_audit_log (db, "trainings", training_id, "print-sign-in-sheet", NULL, json, error);
}
