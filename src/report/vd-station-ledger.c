/* vd-station-ledger.c — a station's ledger (台账) for a period
 *
 * The document is a list of blocks (title lines, section headings, paragraphs, table
 * rows). One function both measures and draws a block, so the pages laid out are the
 * pages drawn; a table's header row is repeated at the top of each page it runs onto.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo-pdf.h>
#include <errno.h>
#include <glib/gstdio.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "vd-commendations.h"
#include "vd-date.h"
#include "vd-identity.h"
#include "vd-stations.h"
#include "vd-station-ledger.h"
#include "vd-volunteer-columns.h"

#define FONT_FAMILY   "Noto Sans CJK SC"
#define A4_WIDTH      595.276
#define A4_HEIGHT     841.890
#define MARGIN        42.52      /* 15 mm */
#define FOOTER_HEIGHT 22.0
#define CELL_PAD      3.0

typedef enum
{
  BLOCK_TITLE,
  BLOCK_SUBTITLE,
  BLOCK_HEADING,
  BLOCK_TEXT,
  BLOCK_HEADER_ROW,
  BLOCK_ROW,
} BlockKind;

typedef struct _Block Block;
struct _Block
{
  BlockKind     kind;
  GStrv         cells;      /* a row's cells, or one text */
  const double *widths;     /* fractions of the width, one per cell */
  Block        *header;     /* a row's table header, repeated after a page break */
};

typedef struct
{
  Block  *block;
  double  y;
} Placement;

struct _VdStationLedger
{
  char      *station_name;
  char      *from;
  char      *to;
  GPtrArray *blocks;        /* Block */
  GPtrArray *pages;         /* GArray of Placement, per page */
  double     width;
  double     height;
};

static void
block_free (Block *b)
{
  g_strfreev (b->cells);
  g_free (b);
}

static Block *
add_block (VdStationLedger *self,
           BlockKind        kind,
           const double    *widths,
           Block           *header,
           const char      *first,
           ...)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  Block *b = g_new0 (Block, 1);
  const char *cell;
  va_list args;

  va_start (args, first);
  for (cell = first; cell != NULL; cell = va_arg (args, const char *))
    g_strv_builder_add (builder, cell);
  va_end (args);

  b->kind = kind;
  b->cells = g_strv_builder_end (builder);
  b->widths = widths;
  b->header = header;
  g_ptr_array_add (self->blocks, b);
  return b;
}

static void
add_text (VdStationLedger *self,
          const char      *text)
{
  add_block (self, BLOCK_TEXT, NULL, NULL, text, NULL);
}

static void
add_none (VdStationLedger *self)
{
  add_text (self, _("None."));
}

/* Gathering */

static gboolean
add_checklist (VdStationLedger  *self,
               VdDatabase       *db,
               gint64            station_id,
               GError          **error)
{
  static const double widths[] = { 0.22, 0.12, 0.18, 0.48 };
  g_autoptr(GPtrArray) items = vd_stations_get_checklist (db, station_id, error);
  Block *header;

  if (items == NULL)
    return FALSE;
  add_block (self, BLOCK_HEADING, NULL, NULL, _("The “Six Ones” Checklist"), NULL);
  header = add_block (self, BLOCK_HEADER_ROW, widths, NULL, _("Item"), _("Done"), _("Checked on"),
                      _("Note"), NULL);
  for (guint i = 0; i < items->len; i++)
    {
      VdChecklistEntry *e = items->pdata[i];

      add_block (self, BLOCK_ROW, widths, header, vd_checklist_item_get_label (e->item),
                 e->done ? _("Yes") : _("No"), e->checked_on != NULL ? e->checked_on : "—",
                 e->note, NULL);
    }
  return TRUE;
}

static gboolean
add_projects (VdStationLedger  *self,
              VdDatabase       *db,
              gint64            station_id,
              GError          **error)
{
  static const double widths[] = { 0.28, 0.15, 0.15, 0.42 };
  g_autoptr(GPtrArray) projects = vd_stations_list_projects (db, station_id, error);
  Block *header = NULL;
  guint shown = 0;

  if (projects == NULL)
    return FALSE;
  add_block (self, BLOCK_HEADING, NULL, NULL, _("Service Projects"), NULL);
  for (guint i = 0; i < projects->len; i++)
    {
      VdStationProject *p = projects->pdata[i];

      /* Those that ran during the period. */
      if (strcmp (p->started_on, self->to) > 0
          || (p->ended_on != NULL && strcmp (p->ended_on, self->from) < 0))
        continue;
      if (header == NULL)
        header = add_block (self, BLOCK_HEADER_ROW, widths, NULL, _("Project"), _("Started"),
                            _("Ended"), _("Description"), NULL);
      add_block (self, BLOCK_ROW, widths, header, p->name, p->started_on,
                 p->ended_on != NULL ? p->ended_on : _("Running"), p->description, NULL);
      shown++;
    }
  if (shown == 0)
    add_none (self);
  return TRUE;
}

static gboolean
add_equipment (VdStationLedger  *self,
               VdDatabase       *db,
               gint64            station_id,
               GError          **error)
{
  static const double widths[] = { 0.2, 0.45, 0.15, 0.2 };
  g_autoptr(GPtrArray) issues = vd_stations_list_equipment (db, station_id, error);
  Block *header = NULL;

  if (issues == NULL)
    return FALSE;
  add_block (self, BLOCK_HEADING, NULL, NULL, _("Equipment Issued"), NULL);
  for (guint i = 0; i < issues->len; i++)
    {
      VdEquipmentIssue *e = issues->pdata[i];
      g_autofree char *quantity = NULL;

      if (strcmp (e->issued_on, self->to) > 0)
        continue;
      if (header == NULL)
        header = add_block (self, BLOCK_HEADER_ROW, widths, NULL, _("Kind"), _("Description"),
                            _("Quantity"), _("Issued on"), NULL);
      quantity = g_strdup_printf ("%d", e->quantity);
      add_block (self, BLOCK_ROW, widths, header, vd_equipment_kind_get_label (e->kind),
                 e->description, quantity, e->issued_on, NULL);
    }
  if (header == NULL)
    add_none (self);
  return TRUE;
}

static gboolean
add_roster (VdStationLedger  *self,
            VdDatabase       *db,
            gint64            station_id,
            GError          **error)
{
  static const double widths[] = { 0.08, 0.2, 0.1, 0.22, 0.2, 0.2 };
  g_autoptr(GPtrArray) volunteers = NULL;
  g_autofree char *heading = NULL;
  Block *header;
  guint total = 0;

  volunteers = vd_stations_list_volunteers (db, station_id, 0, &total, error);
  if (volunteers == NULL)
    return FALSE;
  heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Roster (%u volunteer)",
                                          "Roster (%u volunteers)", total), total);
  add_block (self, BLOCK_HEADING, NULL, NULL, heading, NULL);
  if (volunteers->len == 0)
    {
      add_none (self);
      return TRUE;
    }
  header = add_block (self, BLOCK_HEADER_ROW, widths, NULL, _("No."), _("Name"), _("Gender"),
                      _("Volunteer number"), _("Phone"), _("Registered on"), NULL);
  for (guint i = 0; i < volunteers->len; i++)
    {
      VdVolunteer *v = volunteers->pdata[i];
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      g_autofree char *phone = vd_mask_phone (v->phone);

      add_block (self, BLOCK_ROW, widths, header, number, v->name, vd_gender_get_label (v->gender),
                 v->volunteer_no, phone, v->registered_on, NULL);
    }
  return TRUE;
}

static gboolean
add_teams (VdStationLedger  *self,
           VdDatabase       *db,
           gint64            station_id,
           GError          **error)
{
  static const double widths[] = { 0.5, 0.3, 0.2 };
  g_autoptr(GPtrArray) teams = vd_stations_list_teams (db, station_id, error);
  Block *header;

  if (teams == NULL)
    return FALSE;
  add_block (self, BLOCK_HEADING, NULL, NULL, _("Volunteer Teams Based Here"), NULL);
  if (teams->len == 0)
    {
      add_none (self);
      return TRUE;
    }
  header = add_block (self, BLOCK_HEADER_ROW, widths, NULL, _("Team"), _("Category"), _("Members"),
                      NULL);
  for (guint i = 0; i < teams->len; i++)
    {
      VdStationTeam *t = teams->pdata[i];
      g_autofree char *members = g_strdup_printf ("%u", t->n_members);

      add_block (self, BLOCK_ROW, widths, header, t->name, t->category, members, NULL);
    }
  return TRUE;
}

static gboolean
add_events (VdStationLedger  *self,
            VdDatabase       *db,
            gint64            station_id,
            GError          **error)
{
  static const double widths[] = { 0.15, 0.41, 0.14, 0.15, 0.15 };
  g_autoptr(GPtrArray) events = vd_stations_list_events (db, station_id, self->from, self->to, error);
  g_autofree char *total_hours = NULL;
  g_autofree char *total_served = NULL;
  g_autofree char *total_people = NULL;
  gint64 minutes = 0;
  guint served = 0, people = 0;
  Block *header;

  if (events == NULL)
    return FALSE;
  add_block (self, BLOCK_HEADING, NULL, NULL, _("Events Held Here"), NULL);
  if (events->len == 0)
    {
      add_none (self);
      return TRUE;
    }
  header = add_block (self, BLOCK_HEADER_ROW, widths, NULL, _("Date"), _("Event"), _("Volunteers"),
                      _("Hours"), _("People served"), NULL);
  /* Oldest first reads as a ledger. */
  for (guint i = events->len; i > 0; i--)
    {
      VdStationEvent *e = events->pdata[i - 1];
      g_autofree char *date = g_strndup (e->starts_at, 10);
      g_autofree char *n = g_strdup_printf ("%u", e->n_volunteers);
      g_autofree char *hours = vd_format_hours (e->approved_minutes);
      g_autofree char *people_served = g_strdup_printf ("%u", e->people_served);

      add_block (self, BLOCK_ROW, widths, header, date, e->title, n, hours, people_served, NULL);
      minutes += e->approved_minutes;
      served += e->people_served;
      people += e->n_volunteers;
    }
  total_hours = vd_format_hours (minutes);
  total_served = g_strdup_printf ("%u", served);
  total_people = g_strdup_printf ("%u", people);
  add_block (self, BLOCK_HEADER_ROW, widths, NULL, _("Total"), "", total_people, total_hours,
             total_served, NULL);
  add_text (self, _("Hours are approved service hours only; volunteers are person-times."));
  return TRUE;
}

static gboolean
add_commendations (VdStationLedger  *self,
                   VdDatabase       *db,
                   gint64            station_id,
                   GError          **error)
{
  static const double widths[] = { 0.15, 0.45, 0.12, 0.28 };
  g_autoptr(GPtrArray) list = vd_commendations_list_for (db, VD_OWNER_STATION, station_id, error);
  Block *header;

  if (list == NULL)
    return FALSE;
  add_block (self, BLOCK_HEADING, NULL, NULL, _("Commendations"), NULL);
  if (list->len == 0)
    {
      add_none (self);
      return TRUE;
    }
  header = add_block (self, BLOCK_HEADER_ROW, widths, NULL, _("Date"), _("Title"), _("Level"),
                      _("Issued by"), NULL);
  for (guint i = 0; i < list->len; i++)
    {
      VdCommendation *c = list->pdata[i];

      add_block (self, BLOCK_ROW, widths, header, c->awarded_on, c->title,
                 vd_commendation_level_get_label (c->level), c->issuer, NULL);
    }
  return TRUE;
}

VdStationLedger *
vd_station_ledger_new (VdDatabase  *db,
                       gint64       station_id,
                       const char  *from,
                       const char  *to,
                       GError     **error)
{
  g_autoptr(VdStationLedger) self = NULL;
  g_autoptr(VdStation) station = NULL;
  g_autofree char *line = NULL;
  g_autofree char *period = NULL;
  g_autofree char *printed = NULL;
  g_autofree char *phone = NULL;
  GDate today;

  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (from != NULL && to != NULL, NULL);

  if (strcmp (from, to) > 0)
    {
      g_set_error_literal (error, VD_PLACES_ERROR, VD_PLACES_ERROR_INVALID,
                           _("The period ends before it starts."));
      return NULL;
    }
  station = vd_stations_get (db, station_id, error);
  if (station == NULL)
    return NULL;

  self = g_new0 (VdStationLedger, 1);
  self->station_name = g_strdup (station->name);
  self->from = g_strdup (from);
  self->to = g_strdup (to);
  self->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify)block_free);
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify)g_array_unref);

  /* Translators: the title of a station's ledger (台账); %s is the station's name */
  line = g_strdup_printf (_("%s — Station Ledger"), station->name);
  add_block (self, BLOCK_TITLE, NULL, NULL, line, NULL);
  vd_date_set_today (&today);
  printed = vd_date_to_iso (&today);
  /* Translators: a ledger's period and the day it was printed */
  period = g_strdup_printf (_("Period: %s to %s · Printed on %s"), from, to, printed);
  add_block (self, BLOCK_SUBTITLE, NULL, NULL, period, NULL);

  {
    static const double widths[] = { 0.2, 0.3, 0.2, 0.3 };
    const char *status = station->active ? C_("station status", "Active")
                                         : C_("station status", "Archived");

    phone = vd_mask_phone (station->contact_phone);
    add_block (self, BLOCK_HEADING, NULL, NULL, _("Station Details"), NULL);
    add_block (self, BLOCK_ROW, widths, NULL, _("Type"), vd_station_type_get_label (station->type),
               _("Status"), status, NULL);
    add_block (self, BLOCK_ROW, widths, NULL, _("Sub-district"), station->subdistrict_name,
               _("Community"), station->community_name, NULL);
    add_block (self, BLOCK_ROW, widths, NULL, _("Established"), station->established_on,
               _("Address"), station->address, NULL);
    add_block (self, BLOCK_ROW, widths, NULL, _("Contact"), station->contact_name,
               _("Contact phone"), phone, NULL);
  }

  if (!add_checklist (self, db, station_id, error)
      || !add_projects (self, db, station_id, error)
      || !add_equipment (self, db, station_id, error)
      || !add_roster (self, db, station_id, error)
      || !add_teams (self, db, station_id, error)
      || !add_events (self, db, station_id, error)
      || !add_commendations (self, db, station_id, error))
    return NULL;
  return g_steal_pointer (&self);
}

void
vd_station_ledger_free (VdStationLedger *self)
{
  if (self == NULL)
    return;
  g_free (self->station_name);
  g_free (self->from);
  g_free (self->to);
  g_clear_pointer (&self->blocks, g_ptr_array_unref);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_free (self);
}

char *
vd_station_ledger_dup_file_name (VdStationLedger *self)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  /* Translators: the file name of a ledger: station, 台账, from, to */
  name = g_strdup_printf (_("%s-ledger-%s-%s.pdf"), self->station_name, self->from, self->to);
  return g_strdelimit (g_steal_pointer (&name), "/\\:", '-');
}

/* Measuring and drawing */

static PangoLayout *
new_layout (cairo_t    *cr,
            const char *text,
            double      size,
            gboolean    bold,
            double      width)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  g_autoptr(PangoFontDescription) font = pango_font_description_new ();

  /* The cairo unit is the point, whatever the device. */
  pango_cairo_context_set_resolution (pango_layout_get_context (layout), 72.0);
  pango_layout_context_changed (layout);
  pango_font_description_set_family (font, FONT_FAMILY);
  pango_font_description_set_size (font, (int)(size * PANGO_SCALE));
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_width (layout, (int)(width * PANGO_SCALE));
  pango_layout_set_text (layout, text, -1);
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int w, h;

  pango_layout_get_size (layout, &w, &h);
  return (double)h / PANGO_SCALE;
}

/* Returns the height of b at width; draws it at y when draw is set. */
static double
block_render (Block    *b,
              cairo_t  *cr,
              double    width,
              double    y,
              gboolean  draw)
{
  if (b->kind == BLOCK_ROW || b->kind == BLOCK_HEADER_ROW)
    {
      guint n = g_strv_length (b->cells);
      g_autoptr(GPtrArray) layouts = g_ptr_array_new_with_free_func (g_object_unref);
      gboolean header = b->kind == BLOCK_HEADER_ROW;
      double height = 0, x = 0;

      for (guint i = 0; i < n; i++)
        {
          double w = b->widths[i] * width - 2 * CELL_PAD;
          PangoLayout *layout = new_layout (cr, b->cells[i], 9.0, header, MAX (w, 1));

          height = MAX (height, layout_height (layout));
          g_ptr_array_add (layouts, layout);
        }
      height += 2 * CELL_PAD;
      if (!draw)
        return height;

      cairo_save (cr);
      if (header)
        {
          cairo_set_source_rgb (cr, 0.9, 0.9, 0.9);
          cairo_rectangle (cr, 0, y, width, height);
          cairo_fill (cr);
        }
      cairo_set_source_rgb (cr, 0.55, 0.55, 0.55);
      cairo_set_line_width (cr, 0.5);
      for (guint i = 0; i < n; i++)
        {
          double w = b->widths[i] * width;

          cairo_rectangle (cr, x, y, w, height);
          cairo_stroke (cr);
          x += w;
        }
      cairo_set_source_rgb (cr, 0, 0, 0);
      x = 0;
      for (guint i = 0; i < n; i++)
        {
          cairo_move_to (cr, x + CELL_PAD, y + CELL_PAD);
          pango_cairo_show_layout (cr, layouts->pdata[i]);
          x += b->widths[i] * width;
        }
      cairo_restore (cr);
      return height;
    }
  else
    {
      static const struct { double size; gboolean bold; double before; double after; } styles[] = {
        [BLOCK_TITLE] = { 17.0, TRUE, 0, 4 },
        [BLOCK_SUBTITLE] = { 9.0, FALSE, 0, 6 },
        [BLOCK_HEADING] = { 12.0, TRUE, 12, 5 },
        [BLOCK_TEXT] = { 9.0, FALSE, 3, 3 },
      };
      g_autoptr(PangoLayout) layout = new_layout (cr, b->cells[0], styles[b->kind].size,
                                                  styles[b->kind].bold, width);
      double height = layout_height (layout);

      if (draw)
        {
          cairo_save (cr);
          cairo_set_source_rgb (cr, 0, 0, 0);
          if (b->kind == BLOCK_TITLE)
            pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
          cairo_move_to (cr, 0, y + styles[b->kind].before);
          pango_cairo_show_layout (cr, layout);
          cairo_restore (cr);
        }
      return styles[b->kind].before + height + styles[b->kind].after;
    }
}

guint
vd_station_ledger_paginate (VdStationLedger *self,
                            cairo_t         *cr,
                            double           width,
                            double           height)
{
  g_autofree double *heights = NULL;
  GArray *page = NULL;
  double body = height - FOOTER_HEIGHT;
  double y = 0;
  guint n;

  g_return_val_if_fail (self != NULL, 0);

  self->width = width;
  self->height = height;
  g_ptr_array_set_size (self->pages, 0);

  /* Each block measured once: a roster of a few thousand rows is most of the work. */
  n = self->blocks->len;
  heights = g_new (double, n);
  for (guint i = 0; i < n; i++)
    heights[i] = block_render (self->blocks->pdata[i], cr, width, 0, FALSE);

  for (guint i = 0; i < n; i++)
    {
      Block *b = self->blocks->pdata[i];
      double keep = heights[i];

      /* A heading and a table's header keep their first row on their page. */
      for (guint j = i + 1; j < n && j <= i + 2; j++)
        {
          Block *prev = self->blocks->pdata[j - 1];

          if (prev->kind != BLOCK_HEADING && prev->kind != BLOCK_HEADER_ROW)
            break;
          keep += heights[j];
        }

      if (page == NULL || (y > 0 && y + keep > body))
        {
          page = g_array_new (FALSE, FALSE, sizeof (Placement));
          g_ptr_array_add (self->pages, page);
          y = 0;
          if (b->kind == BLOCK_ROW && b->header != NULL)
            {
              Placement repeat = { b->header, y };

              g_array_append_val (page, repeat);
              y += block_render (b->header, cr, width, 0, FALSE);
            }
        }
      {
        Placement placed = { b, y };

        g_array_append_val (page, placed);
      }
      y += heights[i];
    }
  return self->pages->len;
}

void
vd_station_ledger_draw_page (VdStationLedger *self,
                             cairo_t         *cr,
                             guint            page)
{
  GArray *placements;
  g_autofree char *footer = NULL;
  g_autoptr(PangoLayout) layout = NULL;

  g_return_if_fail (self != NULL);
  g_return_if_fail (page < self->pages->len);

  placements = self->pages->pdata[page];
  for (guint i = 0; i < placements->len; i++)
    {
      Placement *p = &g_array_index (placements, Placement, i);

      block_render (p->block, cr, self->width, p->y, TRUE);
    }

  /* Translators: the footer of each page of a ledger: station, page, pages */
  footer = g_strdup_printf (_("%s · Page %u of %u"), self->station_name, page + 1, self->pages->len);
  layout = new_layout (cr, footer, 8.0, FALSE, self->width);
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.35, 0.35, 0.35);
  cairo_move_to (cr, 0, self->height - layout_height (layout));
  pango_cairo_show_layout (cr, layout);
  cairo_restore (cr);
}

gboolean
vd_station_ledger_write_pdf (VdStationLedger  *self,
                             const char       *path,
                             GError          **error)
{
  g_autofree char *tmp = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  guint n_pages;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  /* Written beside the target and renamed: a failure never leaves half a file. */
  tmp = g_strconcat (path, ".part", NULL);
  surface = cairo_pdf_surface_create (tmp, A4_WIDTH, A4_HEIGHT);
  cr = cairo_create (surface);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, self->station_name);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Volunteer Desk");

  n_pages = vd_station_ledger_paginate (self, cr, A4_WIDTH - 2 * MARGIN, A4_HEIGHT - 2 * MARGIN);
  for (guint i = 0; i < n_pages; i++)
    {
      cairo_save (cr);
      cairo_translate (cr, MARGIN, MARGIN);
      vd_station_ledger_draw_page (self, cr, i);
      cairo_restore (cr);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_remove (tmp);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Could not write %s: %s"), path, cairo_status_to_string (status));
      return FALSE;
    }
  if (g_rename (tmp, path) != 0)
    {
      int saved = errno;

      g_remove (tmp);
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("Could not write %s: %s"), path, g_strerror (saved));
      return FALSE;
    }
  return TRUE;
}
