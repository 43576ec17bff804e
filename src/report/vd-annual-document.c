/* vd-annual-document.c — the printed annual work summary
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Laid out like the summaries offices write by hand: numbered sections, each a
 * sentence with the year's figures, then its table and chart.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "vd-annual-document.h"
#include "vd-chart-draw.h"

#define TITLE_SIZE    18
#define HEADING_SIZE  13
#define BODY_SIZE     10.5
#define CHART_HEIGHT  230
#define GAUGE_HEIGHT  170

static const char *
month_label (guint month0)
{
  static const char *const months[12] = {
    NC_("short month", "Jan"), NC_("short month", "Feb"), NC_("short month", "Mar"),
    NC_("short month", "Apr"), NC_("short month", "May"), NC_("short month", "Jun"),
    NC_("short month", "Jul"), NC_("short month", "Aug"), NC_("short month", "Sep"),
    NC_("short month", "Oct"), NC_("short month", "Nov"), NC_("short month", "Dec"),
  };

  return g_dpgettext2 (GETTEXT_PACKAGE, "short month", months[month0]);
}

char *
vd_annual_document_title (const VdAnnual *a)
{
  /* Translators: the annual summary's title: district name, then year */
  return g_strdup_printf (_("%s %d Annual Summary of Volunteer Service"),
                          a->district != NULL && *a->district != '\0' ? a->district
                                                                      : _("The district"),
                          a->year);
}

static char *
percent (double value)
{
  if (!isfinite (value))
    return g_strdup ("—");
  return g_strdup_printf ("%.1f%%", value);
}

static char *
hours_text (gint64 minutes)
{
  g_autofree char *whole = vd_annual_format_count (minutes / 60);

  if (minutes % 60 == 0)
    return g_steal_pointer (&whole);
  return g_strdup_printf ("%s.%d", whole, (int)(minutes % 60 * 10 / 60));
}

static void
heading (VdDoc      *doc,
         const char *text)
{
  vd_doc_keep (doc, 80);
  vd_doc_space (doc, 10);
  vd_doc_text (doc, text, HEADING_SIZE, TRUE, VD_DOC_LEFT);
  vd_doc_space (doc, 4);
}

static void
paragraph (VdDoc      *doc,
           const char *text)
{
  vd_doc_text (doc, text, BODY_SIZE, FALSE, VD_DOC_LEFT);
  vd_doc_space (doc, 6);
}

static void
caption (VdDoc      *doc,
         const char *text)
{
  vd_doc_keep (doc, CHART_HEIGHT + 20);
  vd_doc_space (doc, 4);
  vd_doc_text (doc, text, 9.5, TRUE, VD_DOC_CENTER);
}

static GPtrArray *
table_rows (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify)g_strfreev);
}

static void
add_row (GPtrArray  *rows,
         const char *first,
         ...)
{
  GPtrArray *cells = g_ptr_array_new ();
  va_list args;

  va_start (args, first);
  for (const char *c = first; c != NULL; c = va_arg (args, const char *))
    g_ptr_array_add (cells, g_strdup (c));
  va_end (args);
  g_ptr_array_add (cells, NULL);
  g_ptr_array_add (rows, g_ptr_array_free (cells, FALSE));
}

/* ---- charts, drawn into the page's recording ---- */

static void
draw_chart (cairo_t  *cr,
            double    width,
            double    height,
            gpointer  user_data)
{
  VdChartStyle style;

  vd_chart_style_init (&style, FALSE);
  style.background.alpha = 0;
  style.font_size = 8;
  vd_chart_draw (cr, width, height, user_data, &style);
}

static void
draw_gauges (cairo_t  *cr,
             double    width,
             double    height,
             gpointer  user_data)
{
  GPtrArray *gauges = user_data;
  double w = width / gauges->len;

  for (guint i = 0; i < gauges->len; i++)
    {
      cairo_save (cr);
      cairo_translate (cr, i * w, 0);
      draw_chart (cr, w, height, g_ptr_array_index (gauges, i));
      cairo_restore (cr);
    }
}

static VdChartData *
chart_hours (const VdAnnual *a)
{
  VdChartData *data = vd_chart_data_new (VD_CHART_BAR);
  g_autoptr(GHashTable) series = g_hash_table_new (g_str_hash, g_str_equal);

  vd_chart_data_set_stacking (data, VD_CHART_STACKED);
  vd_chart_data_set_unit (data, _("hours"));
  for (guint m = 0; m < 12; m++)
    vd_chart_data_add_category (data, month_label (m));
  /* one series per category, in the order the statistics give them */
  for (guint i = 0; i < a->hours_by_month_category->len; i++)
    {
      VdStatsRow *r = g_ptr_array_index (a->hours_by_month_category, i);
      const char *name = r->name != NULL && *r->name != '\0' ? r->name : _("Uncategorized");
      gpointer index;
      guint s;

      if (!g_hash_table_lookup_extended (series, name, NULL, &index))
        {
          s = vd_chart_data_add_series (data, name);
          g_hash_table_insert (series, (gpointer)vd_chart_data_get_series_name (data, s),
                               GUINT_TO_POINTER (s));
        }
      else
        s = GPOINTER_TO_UINT (index);
      if (r->month >= 1 && r->month <= 12)
        vd_chart_data_set_value (data, s, r->month - 1,
                                 vd_chart_data_get_value (data, s, r->month - 1) + r->minutes / 60.0);
    }
  if (vd_chart_data_get_n_series (data) == 0)
    vd_chart_data_add_series (data, _("Service hours"));
  return data;
}

static VdChartData *
chart_events (const VdAnnual *a)
{
  VdChartData *data = vd_chart_data_new (VD_CHART_HBAR);

  vd_chart_data_set_unit (data, _("events"));
  vd_chart_data_add_series (data, _("Events"));
  for (guint i = 0; i < a->events_by_category->len; i++)
    {
      VdAnnualRow *r = g_ptr_array_index (a->events_by_category, i);
      guint c = vd_chart_data_add_category (data, r->name);

      vd_chart_data_set_value (data, 0, c, r->count);
    }
  return data;
}

static GPtrArray *
chart_gauges (const VdAnnual *a)
{
  GPtrArray *gauges = g_ptr_array_new_with_free_func ((GDestroyNotify)vd_chart_data_unref);

  for (guint i = 0; i < VD_ANNUAL_N_INDICATORS; i++)
    {
      VdChartData *data = vd_chart_data_new (VD_CHART_GAUGE);
      double value, target;

      vd_annual_indicator (a, i, &value, &target);
      vd_chart_data_set_unit (data, i == VD_ANNUAL_INDICATOR_HOURS ? _("hours") : "%");
      vd_chart_data_set_decimals (data, 1);
      vd_chart_data_add_category (data, vd_annual_indicator_label (i));
      vd_chart_data_add_series (data, vd_annual_indicator_label (i));
      vd_chart_data_set_value (data, 0, 0, isfinite (value) ? value : 0);
      vd_chart_data_set_target (data, target,
                                i == VD_ANNUAL_INDICATOR_HOURS
                                  ? ceil (MAX (target, isfinite (value) ? value : 0) * 1.25)
                                  : 100);
      g_ptr_array_add (gauges, data);
    }
  return gauges;
}

/* ---- sections ---- */

static void
section_teams (VdDoc          *doc,
               const VdAnnual *a)
{
  static const double widths[] = { 0.7, 0.3 };
  static const VdDocAlign aligns[] = { VD_DOC_LEFT, VD_DOC_RIGHT };
  const char *header[] = { _("Category"), _("Teams"), NULL };
  g_autoptr(GPtrArray) rows = table_rows ();
  g_autofree char *total = vd_annual_format_count (a->teams_total);
  g_autofree char *registered = vd_annual_format_count (a->volunteers_registered);
  g_autofree char *fresh = vd_annual_format_count (a->volunteers_new);
  g_autofree char *text = NULL;

  heading (doc, _("1. Volunteer teams and registered volunteers"));
  text = g_strdup_printf (_("At the end of %d the district had %s active volunteer teams. "
                            "%s volunteers were registered, %s of them during the year."),
                          a->year, total, registered, fresh);
  paragraph (doc, text);
  g_clear_pointer (&text, g_free);
  if (a->population > 0)
    {
      g_autofree char *share = percent (a->volunteer_share);
      g_autofree char *target = percent (a->target_volunteer_share);
      g_autofree char *population = vd_annual_format_count (a->population);

      text = g_strdup_printf (_("Registered volunteers are %s of the population of %s "
                                "(target: %s)."), share, population, target);
    }
  else
    text = g_strdup (_("The share of the population is not known: the population is not set "
                       "in District Settings."));
  paragraph (doc, text);

  for (guint i = 0; i < a->teams_by_category->len; i++)
    {
      VdAnnualRow *r = g_ptr_array_index (a->teams_by_category, i);
      g_autofree char *n = vd_annual_format_count (r->count);

      add_row (rows, r->name, n, NULL);
    }
  add_row (rows, _("Total"), total, NULL);
  vd_doc_table (doc, 2, widths, aligns, header, rows);
}

static void
section_events (VdDoc          *doc,
                const VdAnnual *a)
{
  static const double widths[] = { 0.4, 0.2, 0.2, 0.2 };
  static const VdDocAlign aligns[] = { VD_DOC_LEFT, VD_DOC_RIGHT, VD_DOC_RIGHT, VD_DOC_RIGHT };
  const char *header[] = { _("Category"), _("Events"), _("People served"), _("Service hours"), NULL };
  g_autoptr(GPtrArray) rows = table_rows ();
  g_autofree char *events = vd_annual_format_count (a->events_total);
  g_autofree char *people = vd_annual_format_count (a->people_served);
  g_autofree char *hours = hours_text (a->approved_minutes);
  g_autofree char *times = vd_annual_format_count (a->person_times);
  g_autofree char *text = NULL;

  heading (doc, _("2. Volunteer service events"));
  text = g_strdup_printf (_("In %d the district held %s volunteer service events, serving %s "
                            "people (person-times). Volunteers served %s approved hours in %s "
                            "person-times."), a->year, events, people, hours, times);
  paragraph (doc, text);

  for (guint i = 0; i < a->events_by_category->len; i++)
    {
      VdAnnualRow *r = g_ptr_array_index (a->events_by_category, i);
      g_autofree char *n = vd_annual_format_count (r->count);
      g_autofree char *p = vd_annual_format_count (r->people);
      g_autofree char *h = NULL;

      for (guint k = 0; k < a->hours_by_category->len && h == NULL; k++)
        {
          VdAnnualRow *hr = g_ptr_array_index (a->hours_by_category, k);

          if (g_str_equal (hr->name, r->name))
            h = hours_text (hr->minutes);
        }
      add_row (rows, r->name, n, p, h != NULL ? h : "0", NULL);
    }
  add_row (rows, _("Total"), events, people, hours, NULL);
  vd_doc_table (doc, 4, widths, aligns, header, rows);

  if (a->approved_minutes > 0)
    {
      g_autoptr(VdChartData) chart = chart_hours (a);

      caption (doc, _("Service hours per month by category"));
      vd_doc_drawing (doc, CHART_HEIGHT, draw_chart, chart);
    }
  if (a->events_total > 0)
    {
      g_autoptr(VdChartData) chart = chart_events (a);
      double height = MIN (CHART_HEIGHT, 40 + 22.0 * a->events_by_category->len);

      caption (doc, _("Events by category"));
      vd_doc_drawing (doc, height, draw_chart, chart);
    }
}

static void
section_stations (VdDoc          *doc,
                  const VdAnnual *a)
{
  static const double widths[] = { 0.7, 0.3 };
  static const VdDocAlign aligns[] = { VD_DOC_LEFT, VD_DOC_RIGHT };
  const char *header[] = { _("Station type"), _("Stations"), NULL };
  g_autoptr(GPtrArray) rows = table_rows ();
  g_autofree char *total = vd_annual_format_count (a->stations_total);
  g_autofree char *fresh = vd_annual_format_count (a->stations_new);
  g_autofree char *coverage = percent (a->community_coverage);
  g_autofree char *text = NULL;

  heading (doc, _("3. Service stations"));
  text = g_strdup_printf (_("At the end of %d the district had %s service stations; %s were "
                            "established during the year."), a->year, total, fresh);
  paragraph (doc, text);
  g_clear_pointer (&text, g_free);
  if (a->communities_total > 0)
    text = g_strdup_printf (_("%u of %u communities have a community station: coverage %s."),
                            a->communities_covered, a->communities_total, coverage);
  else
    text = g_strdup (_("No communities are recorded, so community coverage is not known."));
  paragraph (doc, text);

  for (guint t = 0; t < VD_N_STATION_TYPES; t++)
    {
      g_autofree char *n = vd_annual_format_count (a->stations_by_type[t]);

      add_row (rows, vd_station_type_get_label (t), n, NULL);
    }
  add_row (rows, _("Total"), total, NULL);
  vd_doc_table (doc, 2, widths, aligns, header, rows);
}

static void
section_training (VdDoc          *doc,
                  const VdAnnual *a)
{
  static const double widths[] = { 0.6, 0.2, 0.2 };
  static const VdDocAlign aligns[] = { VD_DOC_LEFT, VD_DOC_RIGHT, VD_DOC_RIGHT };
  const char *header[] = { _("Category"), _("Sessions"), _("Attendances"), NULL };
  g_autoptr(GPtrArray) rows = table_rows ();
  g_autofree char *sessions = vd_annual_format_count (a->trainings);
  g_autofree char *attendances = vd_annual_format_count (a->training_attendances);
  g_autofree char *rate = percent (a->training_attendance_rate);
  g_autofree char *text = NULL;

  heading (doc, _("4. Volunteer training"));
  if (a->trainings == 0)
    {
      paragraph (doc, _("No training sessions were held this year."));
      return;
    }
  text = g_strdup_printf (_("%s training sessions were held with %s attendances; the "
                            "attendance rate was %s."), sessions, attendances, rate);
  paragraph (doc, text);
  for (guint i = 0; i < a->training_by_category->len; i++)
    {
      VdAnnualRow *r = g_ptr_array_index (a->training_by_category, i);
      g_autofree char *n = vd_annual_format_count (r->count);
      g_autofree char *p = vd_annual_format_count (r->records);

      add_row (rows, r->name, n, p, NULL);
    }
  add_row (rows, _("Total"), sessions, attendances, NULL);
  vd_doc_table (doc, 3, widths, aligns, header, rows);
}

static void
section_party (VdDoc          *doc,
               const VdAnnual *a)
{
  static const double widths[] = { 0.46, 0.18, 0.18, 0.18 };
  static const VdDocAlign aligns[] = { VD_DOC_LEFT, VD_DOC_RIGHT, VD_DOC_RIGHT, VD_DOC_CENTER };
  const char *header[] = { _("Indicator"), _("Value"), _("Target"), _("Met"), NULL };
  const VdStatsParty *p = &a->party;
  g_autoptr(GPtrArray) rows = table_rows ();
  g_autofree char *registered = vd_annual_format_count (p->registered);
  g_autofree char *served = vd_annual_format_count (p->served);
  g_autofree char *times = vd_annual_format_count (p->person_times);
  g_autofree char *events = vd_annual_format_count (p->events);
  g_autofree char *wishes = vd_annual_format_count (a->wishes.fulfilled_by_party);
  g_autofree char *text = NULL;

  heading (doc, _("5. Party members’ volunteer service"));
  text = g_strdup_printf (_("%s party members are registered as volunteers; %s of them served "
                            "this year, %s person-times in %s events, and party members "
                            "fulfilled %s micro-wishes."),
                          registered, served, times, events, wishes);
  paragraph (doc, text);

  for (guint i = 0; i < VD_ANNUAL_N_INDICATORS; i++)
    {
      double value, target;
      gboolean met = vd_annual_indicator (a, i, &value, &target);
      g_autofree char *v = NULL;
      g_autofree char *t = NULL;

      if (i == VD_ANNUAL_INDICATOR_HOURS)
        {
          v = isfinite (value) ? g_strdup_printf (_("%.1f h"), value) : g_strdup ("—");
          t = g_strdup_printf (_("≥ %.0f h"), target);
        }
      else
        {
          g_autofree char *tp = percent (target);

          v = percent (value);
          t = g_strdup_printf ("≥ %s", tp);
        }
      add_row (rows, vd_annual_indicator_label (i), v, t,
               !isfinite (value) ? _("Unknown") : met ? _("Yes") : _("No"), NULL);
    }
  vd_doc_table (doc, 4, widths, aligns, header, rows);
  if (p->party_member_total <= 0)
    paragraph (doc, _("The number of party members in the district is not set in District "
                      "Settings, so the share registered is not known."));

  if (a->has_data)
    {
      g_autoptr(GPtrArray) gauges = chart_gauges (a);

      vd_doc_keep (doc, GAUGE_HEIGHT + 24);
      caption (doc, _("Party indicators against their targets"));
      vd_doc_drawing (doc, GAUGE_HEIGHT, draw_gauges, gauges);
    }
}

static void
section_wishes (VdDoc          *doc,
                const VdAnnual *a)
{
  g_autofree char *collected = vd_annual_format_count (a->wishes.collected);
  g_autofree char *fulfilled = vd_annual_format_count (a->wishes.fulfilled);
  g_autofree char *party = vd_annual_format_count (a->wishes.fulfilled_by_party);
  g_autofree char *text = NULL;

  heading (doc, _("6. Micro-wishes"));
  text = g_strdup_printf (_("%s micro-wishes were collected and %s fulfilled during the year, "
                            "%s of them by party members."), collected, fulfilled, party);
  paragraph (doc, text);
}

static void
section_commendations (VdDoc          *doc,
                       const VdAnnual *a)
{
  static const double widths[] = { 0.16, 0.36, 0.12, 0.36 };
  const char *header[] = { _("Date"), _("Commendation"), _("Level"), _("Awarded to"), NULL };
  g_autoptr(GPtrArray) rows = table_rows ();
  g_autofree char *n = vd_annual_format_count (a->commendations->len);
  g_autofree char *text = NULL;

  heading (doc, _("7. Commendations"));
  if (a->commendations->len == 0)
    {
      paragraph (doc, _("No commendations were awarded this year."));
      return;
    }
  text = g_strdup_printf (_("%s commendations were awarded during the year:"), n);
  paragraph (doc, text);
  for (guint i = 0; i < a->commendations->len; i++)
    {
      VdCommendation *c = g_ptr_array_index (a->commendations, i);

      add_row (rows, c->awarded_on, c->title, vd_commendation_level_get_label (c->level),
               c->owner_name != NULL ? c->owner_name : "", NULL);
    }
  vd_doc_table (doc, 4, widths, NULL, header, rows);
}

VdDoc *
vd_annual_document_new (const VdAnnual *a)
{
  g_autofree char *title = vd_annual_document_title (a);
  VdDoc *doc = vd_doc_new (title);

  vd_doc_text (doc, title, TITLE_SIZE, TRUE, VD_DOC_CENTER);
  vd_doc_space (doc, 12);

  if (!a->has_data)
    {
      g_autofree char *text = g_strdup_printf (_("No volunteer service was recorded in %d: "
                                                  "no events, service hours, trainings, new "
                                                  "stations or volunteers, micro-wishes or "
                                                  "commendations. The figures below are the "
                                                  "register’s at the end of the year."), a->year);

      vd_doc_text (doc, text, BODY_SIZE, TRUE, VD_DOC_LEFT);
      vd_doc_space (doc, 8);
    }

  section_teams (doc, a);
  section_events (doc, a);
  section_stations (doc, a);
  section_training (doc, a);
  section_party (doc, a);
  section_wishes (doc, a);
  section_commendations (doc, a);
  return doc;
}
