/* vd-annual-output.c — the annual figures as JSON (keys documented in README.md) and as
 * an Excel workbook with one sheet per table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>
#include <xlsxwriter.h>

#include "vd-annual.h"
#include "vd-stations.h"

/* ---- a small JSON writer: objects and arrays with commas tracked per level ---- */

typedef struct
{
  GString *out;
  guint    depth;
  gboolean first[16];   /* no comma before the next member of this level */
} Json;

static void
json_string (GString    *out,
             const char *s)
{
  g_string_append_c (out, '"');
  for (const guchar *p = (const guchar *)(s != NULL ? s : ""); *p != '\0'; p++)
    switch (*p)
      {
      case '"': g_string_append (out, "\\\""); break;
      case '\\': g_string_append (out, "\\\\"); break;
      case '\n': g_string_append (out, "\\n"); break;
      case '\r': g_string_append (out, "\\r"); break;
      case '\t': g_string_append (out, "\\t"); break;
      default:
        if (*p < 0x20)
          g_string_append_printf (out, "\\u%04x", *p);
        else
          g_string_append_c (out, (char)*p);   /* UTF-8 passes through */
      }
  g_string_append_c (out, '"');
}

static void
json_key (Json       *j,
          const char *key)
{
  if (!j->first[j->depth])
    g_string_append_c (j->out, ',');
  j->first[j->depth] = FALSE;
  g_string_append_c (j->out, '\n');
  for (guint i = 0; i < j->depth; i++)
    g_string_append (j->out, "  ");
  if (key != NULL)
    {
      json_string (j->out, key);
      g_string_append (j->out, ": ");
    }
}

static void
json_open (Json       *j,
           const char *key,
           char        bracket)
{
  json_key (j, key);
  g_string_append_c (j->out, bracket);
  g_assert (j->depth + 1 < G_N_ELEMENTS (j->first));
  j->first[++j->depth] = TRUE;
}

static void
json_close (Json *j,
            char  bracket)
{
  gboolean empty = j->first[j->depth];

  j->depth--;
  if (!empty)
    {
      g_string_append_c (j->out, '\n');
      for (guint i = 0; i < j->depth; i++)
        g_string_append (j->out, "  ");
    }
  g_string_append_c (j->out, bracket);
}

static void
json_int (Json       *j,
          const char *key,
          gint64      value)
{
  json_key (j, key);
  g_string_append_printf (j->out, "%" G_GINT64_FORMAT, value);
}

/* Two decimals; NAN and infinities (a share of nothing) are null. */
static void
json_number (Json       *j,
             const char *key,
             double      value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  json_key (j, key);
  if (!isfinite (value))
    g_string_append (j->out, "null");
  else
    g_string_append (j->out, g_ascii_formatd (buf, sizeof buf, "%.2f", round (value * 100) / 100));
}

static void
json_text (Json       *j,
           const char *key,
           const char *value)
{
  json_key (j, key);
  json_string (j->out, value);
}

static void
json_bool (Json       *j,
           const char *key,
           gboolean    value)
{
  json_key (j, key);
  g_string_append (j->out, value ? "true" : "false");
}

static double
hours (gint64 minutes)
{
  return minutes / 60.0;
}

static void
json_party (Json           *j,
            const VdAnnual *a)
{
  const VdStatsParty *p = &a->party;

  json_open (j, "party", '{');
  json_int (j, "registered", p->registered);
  json_int (j, "party_member_total", p->party_member_total);
  json_int (j, "served", p->served);
  json_int (j, "person_times", p->person_times);
  json_int (j, "events", p->events);
  json_number (j, "hours", hours (p->minutes));
  json_int (j, "reached_target_hours", p->reached_target);
  json_int (j, "in_communities", p->in_communities);
  json_open (j, "indicators", '[');
  for (guint i = 0; i < VD_ANNUAL_N_INDICATORS; i++)
    {
      double value, target;
      gboolean met = vd_annual_indicator (a, i, &value, &target);

      json_open (j, NULL, '{');
      json_text (j, "key", vd_annual_indicator_code (i));
      json_text (j, "label", vd_annual_indicator_label (i));
      json_number (j, "value", value);
      json_number (j, "target", target);
      json_key (j, "met");
      g_string_append (j->out, !isfinite (value) ? "null" : met ? "true" : "false");
      json_close (j, '}');
    }
  json_close (j, ']');
  json_close (j, '}');
}

char *
vd_annual_to_json (const VdAnnual *a)
{
  Json j = { g_string_new (NULL), 0, { TRUE } };

  g_string_append_c (j.out, '{');
  j.depth = 1;
  j.first[1] = TRUE;
  json_text (&j, "format", "volunteer-desk-annual/1");
  json_int (&j, "year", a->year);
  json_text (&j, "district", a->district);
  json_bool (&j, "has_data", a->has_data);

  json_open (&j, "teams", '{');
  json_int (&j, "total", a->teams_total);
  json_open (&j, "by_category", '[');
  for (guint i = 0; i < a->teams_by_category->len; i++)
    {
      VdAnnualRow *r = g_ptr_array_index (a->teams_by_category, i);

      json_open (&j, NULL, '{');
      json_text (&j, "name", r->name);
      json_int (&j, "teams", r->count);
      json_close (&j, '}');
    }
  json_close (&j, ']');
  json_close (&j, '}');

  json_open (&j, "volunteers", '{');
  json_int (&j, "registered", a->volunteers_registered);
  json_int (&j, "new", a->volunteers_new);
  json_int (&j, "population", a->population);
  json_number (&j, "share_percent", a->volunteer_share);
  json_number (&j, "target_share_percent", a->target_volunteer_share);
  json_close (&j, '}');

  json_open (&j, "events", '{');
  json_int (&j, "total", a->events_total);
  json_int (&j, "people_served", a->people_served);
  json_open (&j, "by_category", '[');
  for (guint i = 0; i < a->events_by_category->len; i++)
    {
      VdAnnualRow *r = g_ptr_array_index (a->events_by_category, i);

      json_open (&j, NULL, '{');
      json_text (&j, "name", r->name);
      json_int (&j, "events", r->count);
      json_int (&j, "people_served", r->people);
      json_close (&j, '}');
    }
  json_close (&j, ']');
  json_close (&j, '}');

  json_open (&j, "hours", '{');
  json_number (&j, "approved_hours", hours (a->approved_minutes));
  json_int (&j, "approved_minutes", a->approved_minutes);
  json_int (&j, "person_times", a->person_times);
  json_open (&j, "by_month_minutes", '[');
  for (guint m = 0; m < 12; m++)
    json_int (&j, NULL, a->minutes_by_month[m]);
  json_close (&j, ']');
  json_open (&j, "by_category", '[');
  for (guint i = 0; i < a->hours_by_category->len; i++)
    {
      VdAnnualRow *r = g_ptr_array_index (a->hours_by_category, i);

      json_open (&j, NULL, '{');
      json_text (&j, "name", r->name);
      json_int (&j, "minutes", r->minutes);
      json_number (&j, "hours", hours (r->minutes));
      json_int (&j, "person_times", r->records);
      json_close (&j, '}');
    }
  json_close (&j, ']');
  json_close (&j, '}');

  json_open (&j, "stations", '{');
  json_int (&j, "total", a->stations_total);
  json_open (&j, "by_type", '{');
  for (guint t = 0; t < VD_N_STATION_TYPES; t++)
    json_int (&j, vd_station_type_to_code (t), a->stations_by_type[t]);
  json_close (&j, '}');
  json_int (&j, "new", a->stations_new);
  json_int (&j, "communities_covered", a->communities_covered);
  json_int (&j, "communities_total", a->communities_total);
  json_number (&j, "community_coverage_percent", a->community_coverage);
  json_close (&j, '}');

  json_open (&j, "training", '{');
  json_int (&j, "sessions", a->trainings);
  json_int (&j, "registrations", a->training_registrations);
  json_int (&j, "attendances", a->training_attendances);
  json_number (&j, "attendance_rate_percent", a->training_attendance_rate);
  json_open (&j, "by_category", '[');
  for (guint i = 0; i < a->training_by_category->len; i++)
    {
      VdAnnualRow *r = g_ptr_array_index (a->training_by_category, i);

      json_open (&j, NULL, '{');
      json_text (&j, "name", r->name);
      json_int (&j, "sessions", r->count);
      json_int (&j, "attendances", r->records);
      json_close (&j, '}');
    }
  json_close (&j, ']');
  json_close (&j, '}');

  json_party (&j, a);

  json_open (&j, "wishes", '{');
  json_int (&j, "collected", a->wishes.collected);
  json_int (&j, "fulfilled", a->wishes.fulfilled);
  json_int (&j, "fulfilled_by_party", a->wishes.fulfilled_by_party);
  json_close (&j, '}');

  json_open (&j, "commendations", '{');
  json_int (&j, "total", a->commendations->len);
  json_open (&j, "by_level", '{');
  for (guint l = 0; l < VD_N_LEVELS; l++)
    json_int (&j, vd_annual_level_code (l), a->commendations_by_level[l]);
  json_close (&j, '}');
  json_open (&j, "items", '[');
  for (guint i = 0; i < a->commendations->len; i++)
    {
      VdCommendation *c = g_ptr_array_index (a->commendations, i);

      json_open (&j, NULL, '{');
      json_text (&j, "date", c->awarded_on);
      json_text (&j, "title", c->title);
      json_text (&j, "level", vd_annual_level_code (c->level));
      json_text (&j, "owner_kind", vd_annual_owner_code (c->owner_kind));
      json_text (&j, "owner", c->owner_name);
      json_text (&j, "issuer", c->issuer);
      json_close (&j, '}');
    }
  json_close (&j, ']');
  json_close (&j, '}');

  json_close (&j, '}');   /* the root */
  g_string_append_c (j.out, '\n');
  return g_string_free (j.out, FALSE);
}

static gboolean
write_error (GError    **error,
             const char *path,
             const char *message)
{
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Cannot write “%s”: %s"), path, message);
  return FALSE;
}

gboolean
vd_annual_write_json (const VdAnnual *annual,
                      const char     *path,
                      GError        **error)
{
  g_autofree char *json = vd_annual_to_json (annual);

  /* g_file_set_contents writes beside and renames: never a half file. */
  return g_file_set_contents (path, json, -1, error);
}

/* ---- Excel: one sheet per table, numbers as numbers ---- */

typedef struct
{
  lxw_workbook  *book;
  lxw_worksheet *sheet;
  lxw_format    *bold;
  lxw_format    *decimal;
  lxw_row_t      row;
} Book;

static void
sheet (Book       *b,
       const char *name,
       const char *first,
       ...)
{
  va_list args;
  lxw_col_t col = 0;

  b->sheet = workbook_add_worksheet (b->book, name);
  b->row = 0;
  worksheet_set_column (b->sheet, 0, 0, 28, NULL);
  worksheet_set_column (b->sheet, 1, 5, 14, NULL);
  va_start (args, first);
  for (const char *h = first; h != NULL; h = va_arg (args, const char *))
    worksheet_write_string (b->sheet, 0, col++, h, b->bold);
  va_end (args);
  b->row = 1;
}

static void
cell_text (Book       *b,
           lxw_col_t   col,
           const char *text)
{
  worksheet_write_string (b->sheet, b->row, col, text != NULL ? text : "", NULL);
}

static void
cell_number (Book      *b,
             lxw_col_t  col,
             double     value)
{
  if (isfinite (value))
    worksheet_write_number (b->sheet, b->row, col, value,
                            value == floor (value) ? NULL : b->decimal);
  else
    worksheet_write_string (b->sheet, b->row, col, "—", NULL);
}

static void
pair (Book       *b,
      const char *label,
      double      value)
{
  cell_text (b, 0, label);
  cell_number (b, 1, value);
  b->row++;
}

static void
write_rows (Book      *b,
            GPtrArray *rows,
            int        what)
{
  for (guint i = 0; i < rows->len; i++, b->row++)
    {
      VdAnnualRow *r = g_ptr_array_index (rows, i);

      cell_text (b, 0, r->name);
      switch (what)
        {
        case 0:   /* teams */
          cell_number (b, 1, r->count);
          break;
        case 1:   /* events */
          cell_number (b, 1, r->count);
          cell_number (b, 2, r->people);
          break;
        case 2:   /* hours */
          cell_number (b, 1, round (r->minutes / 60.0 * 10) / 10);
          cell_number (b, 2, r->records);
          break;
        default:  /* training */
          cell_number (b, 1, r->count);
          cell_number (b, 2, r->records);
          break;
        }
    }
}

gboolean
vd_annual_write_xlsx (const VdAnnual *a,
                      const char     *path,
                      GError        **error)
{
  g_autofree char *part = g_strconcat (path, ".part", NULL);
  Book b = { 0 };
  lxw_error rc;

  g_unlink (part);
  b.book = workbook_new (part);
  if (b.book == NULL)
    return write_error (error, path, g_strerror (errno != 0 ? errno : EIO));
  b.bold = workbook_add_format (b.book);
  format_set_bold (b.bold);
  b.decimal = workbook_add_format (b.book);
  format_set_num_format (b.decimal, "0.0");

  sheet (&b, _("Summary"), _("Figure"), _("Value"), NULL);
  pair (&b, _("Year"), a->year);
  pair (&b, _("Volunteer teams"), a->teams_total);
  pair (&b, _("Registered volunteers"), a->volunteers_registered);
  pair (&b, _("New volunteers"), a->volunteers_new);
  pair (&b, _("Population"), a->population > 0 ? a->population : NAN);
  pair (&b, _("Share of the population (%)"), a->volunteer_share);
  pair (&b, _("Events"), a->events_total);
  pair (&b, _("People served (person-times)"), a->people_served);
  pair (&b, _("Approved service hours"), round (a->approved_minutes / 6.0) / 10);
  pair (&b, _("Service person-times"), a->person_times);
  pair (&b, _("Training sessions"), a->trainings);
  pair (&b, _("Training attendances"), a->training_attendances);
  pair (&b, _("Micro-wishes collected"), a->wishes.collected);
  pair (&b, _("Micro-wishes fulfilled"), a->wishes.fulfilled);
  pair (&b, _("Commendations"), a->commendations->len);

  sheet (&b, _("Teams"), _("Category"), _("Teams"), NULL);
  write_rows (&b, a->teams_by_category, 0);

  sheet (&b, _("Events"), _("Category"), _("Events"), _("People served"), NULL);
  write_rows (&b, a->events_by_category, 1);

  sheet (&b, _("Service Hours"), _("Category"), _("Hours"), _("Person-times"), NULL);
  write_rows (&b, a->hours_by_category, 2);

  sheet (&b, _("Hours per Month"), _("Month"), _("Hours"), NULL);
  for (guint m = 0; m < 12; m++, b.row++)
    {
      cell_number (&b, 0, m + 1);
      cell_number (&b, 1, round (a->minutes_by_month[m] / 6.0) / 10);
    }

  sheet (&b, _("Stations"), _("Type"), _("Stations"), NULL);
  for (guint t = 0; t < VD_N_STATION_TYPES; t++)
    pair (&b, vd_station_type_get_label (t), a->stations_by_type[t]);
  pair (&b, _("New in the year"), a->stations_new);
  pair (&b, _("Communities covered"), a->communities_covered);
  pair (&b, _("Communities"), a->communities_total);
  pair (&b, _("Community coverage (%)"), a->community_coverage);

  sheet (&b, _("Training"), _("Category"), _("Sessions"), _("Attendances"), NULL);
  write_rows (&b, a->training_by_category, 3);

  sheet (&b, _("Party Members"), _("Indicator"), _("Value"), _("Target"), _("Met"), NULL);
  for (guint i = 0; i < VD_ANNUAL_N_INDICATORS; i++, b.row++)
    {
      double value, target;
      gboolean met = vd_annual_indicator (a, i, &value, &target);

      cell_text (&b, 0, vd_annual_indicator_label (i));
      cell_number (&b, 1, value);
      cell_number (&b, 2, target);
      cell_text (&b, 3, !isfinite (value) ? "—" : met ? _("Yes") : _("No"));
    }
  pair (&b, _("Registered party members"), a->party.registered);
  pair (&b, _("Party members who served"), a->party.served);
  pair (&b, _("Party members' person-times"), a->party.person_times);
  pair (&b, _("Events with party members"), a->party.events);

  sheet (&b, _("Micro-wishes"), _("Figure"), _("Value"), NULL);
  pair (&b, _("Collected"), a->wishes.collected);
  pair (&b, _("Fulfilled"), a->wishes.fulfilled);
  pair (&b, _("Fulfilled by party members"), a->wishes.fulfilled_by_party);

  sheet (&b, _("Commendations"), _("Date"), _("Title"), _("Level"), _("Awarded to"), _("Issuer"), NULL);
  for (guint i = 0; i < a->commendations->len; i++, b.row++)
    {
      VdCommendation *c = g_ptr_array_index (a->commendations, i);

      cell_text (&b, 0, c->awarded_on);
      cell_text (&b, 1, c->title);
      cell_text (&b, 2, vd_commendation_level_get_label (c->level));
      cell_text (&b, 3, c->owner_name);
      cell_text (&b, 4, c->issuer);
    }

  rc = workbook_close (b.book);
  if (rc != LXW_NO_ERROR)
    {
      g_unlink (part);
      return write_error (error, path, lxw_strerror (rc));
    }
  if (g_rename (part, path) != 0)
    {
      int saved = errno;

      g_unlink (part);
      return write_error (error, path, g_strerror (saved));
    }
  return TRUE;
}
