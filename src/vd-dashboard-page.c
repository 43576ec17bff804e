/* vd-dashboard-page.c — the district's figures at a glance
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A year selector, a row of key figures and a grid of chart cards, one for each row
 * of vd_dashboard_charts[] (see vd-dashboard-charts.h to add one). The figures are
 * read again when the page is shown, the year changes or the database is reloaded.
 */

#define G_LOG_DOMAIN "vd-dashboard-page"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "vd-chart-card.h"
#include "vd-dashboard-charts.h"
#include "vd-dashboard-page.h"

struct _VdDashboardPage
{
  VdPage         parent_instance;

  GtkDropDown   *year_dropdown;
  GtkStringList *years;
  GtkLabel      *compare_label;
  GtkFlowBox    *figures;
  GtkFlowBox    *cards;

  GPtrArray     *card_widgets;    /* VdChartCard, one per vd_dashboard_charts[] row */
  int            first_year;
  int            last_year;
  gboolean       filling_years;
  gulong         reloaded_id;
  VdDatabase    *watched;
};

G_DEFINE_FINAL_TYPE (VdDashboardPage, vd_dashboard_page, VD_TYPE_PAGE)

static char *
format_count (gint64 n)
{
  g_autoptr(VdChartData) formatter = vd_chart_data_new (VD_CHART_BAR);

  return vd_chart_data_format_value (formatter, n);
}

static void
add_figure (VdDashboardPage *self,
            const char      *value,
            const char      *caption,
            const char      *compare)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *number = gtk_label_new (value);
  GtkWidget *label = gtk_label_new (caption);

  gtk_widget_add_css_class (box, "card");
  gtk_widget_add_css_class (box, "dashboard-figure");
  gtk_widget_add_css_class (number, "title-2");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (number), 0);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  /* a long caption wraps instead of widening every tile of the row */
  gtk_label_set_max_width_chars (GTK_LABEL (label), 18);
  gtk_label_set_selectable (GTK_LABEL (number), TRUE);
  gtk_box_append (GTK_BOX (box), number);
  gtk_box_append (GTK_BOX (box), label);
  if (compare != NULL)
    {
      GtkWidget *line = gtk_label_new (compare);

      gtk_widget_add_css_class (line, "caption");
      gtk_widget_add_css_class (line, "dim-label");
      gtk_label_set_xalign (GTK_LABEL (line), 0);
      gtk_label_set_wrap (GTK_LABEL (line), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (line), 18);
      gtk_box_append (GTK_BOX (box), line);
    }
  gtk_flow_box_append (self->figures, box);
  gtk_widget_set_focusable (gtk_widget_get_parent (box), FALSE);
}

/* "2022: 1,234 (+12%)": the previous year's figure and the change since. */
static char *
compare_line (int    previous_year,
              gint64 now,
              gint64 before)
{
  g_autofree char *value = format_count (before);

  if (before <= 0)
    /* Translators: a figure of the previous year; %d is the year, %s the figure */
    return g_strdup_printf (_("%d: %s"), previous_year, value);
  /* Translators: the previous year, its figure, and the change since in percent */
  return g_strdup_printf (_("%d: %s (%+.0f%%)"), previous_year, value,
                          100.0 * (now - before) / before);
}

/* A figure of this year beside the one before. */
static void
add_compared (VdDashboardPage *self,
              int              year,
              gint64           now,
              gint64           before,
              const char      *caption)
{
  g_autofree char *value = format_count (now);
  g_autofree char *compare = compare_line (year - 1, now, before);

  add_figure (self, value, caption, compare);
}

/* The figures from service, training and wishes; a failed read shows its message. */
static void
show_year_figures (VdDashboardPage       *self,
                   VdDatabase            *db,
                   const VdDashboardData *d)
{
  VdStatsYear now, before;
  VdWishStats wishes_now, wishes_before;
  g_autoptr(GPtrArray) trainings_now = NULL;
  g_autoptr(GPtrArray) trainings_before = NULL;
  g_autoptr(GError) error = NULL;

  if (vd_stats_year (db, d->year, &now, &error) &&
      vd_stats_year (db, d->year - 1, &before, &error))
    {
      add_compared (self, d->year, now.volunteers, before.volunteers,
                    _("active volunteers (with approved hours)"));
      add_compared (self, d->year, now.events, before.events, _("events held"));
      add_compared (self, d->year, now.people, before.people, _("people served"));
      add_compared (self, d->year, now.minutes / 60, before.minutes / 60, _("approved hours of service"));
    }
  else
    add_figure (self, "—", error->message, NULL);
  g_clear_error (&error);

  if ((trainings_now = vd_training_stats (db, d->year, VD_TRAINING_STATS_TOTAL, &error)) != NULL &&
      (trainings_before = vd_training_stats (db, d->year - 1, VD_TRAINING_STATS_TOTAL, &error)) != NULL)
    {
      VdTrainingStat *t = g_ptr_array_index (trainings_now, 0);
      VdTrainingStat *p = g_ptr_array_index (trainings_before, 0);
      g_autofree char *sessions = format_count (t->sessions);
      g_autofree char *attendances = format_count (t->attendances);
      g_autofree char *caption = NULL;
      g_autofree char *compare = compare_line (d->year - 1, t->attendances, p->attendances);

      /* Translators: a figure's caption; %s is the number of attendances */
      caption = g_strdup_printf (_("training sessions, %s attendances"), attendances);
      add_figure (self, sessions, caption, compare);
    }
  else
    add_figure (self, "—", error->message, NULL);
  g_clear_error (&error);

  if (vd_wishes_get_stats (db, d->year, &wishes_now, &error) &&
      vd_wishes_get_stats (db, d->year - 1, &wishes_before, &error))
    add_compared (self, d->year, wishes_now.fulfilled, wishes_before.fulfilled,
                  _("micro-wishes fulfilled"));
  else
    add_figure (self, "—", error->message, NULL);
}

static void
show_stations (VdDashboardPage       *self,
               VdDatabase            *db,
               const VdDashboardData *d)
{
  g_autoptr(GError) error = NULL;
  gint64 stations = 0;
  guint covered = 0, communities = 0, i;
  g_autofree char *n = NULL;
  g_autofree char *fresh = format_count (d->stations_new);
  g_autofree char *caption = NULL;
  g_autofree char *compare = NULL;
  g_autofree char *community = format_count (d->stations[VD_DASHBOARD_STATION_COMMUNITY]);
  g_autofree char *window = format_count (d->stations[VD_DASHBOARD_STATION_WINDOW]);
  g_autofree char *place = format_count (d->stations[VD_DASHBOARD_STATION_PUBLIC]);

  for (i = 0; i < VD_DASHBOARD_N_STATION_TYPES; i++)
    stations += d->stations[i];
  n = format_count (stations);
  /* Translators: a figure's caption: stations by type (community, service window,
   * public place), then the number opened in the year */
  caption = g_strdup_printf (_("service stations: %s community, %s window, %s public place; %s opened this year"),
                             community, window, place, fresh);
  if (vd_stations_coverage (db, &covered, &communities, &error))
    /* Translators: communities with a community station, of all, today */
    compare = g_strdup_printf (_("Communities covered now: %u of %u (%.0f%%)"), covered, communities,
                               communities > 0 ? 100.0 * covered / communities : 0.0);
  else
    compare = g_strdup (error->message);
  add_figure (self, n, caption, compare);
}

static void
show_figures (VdDashboardPage       *self,
              VdDatabase            *db,
              const VdDashboardData *d)
{
  GtkWidget *child;
  g_autofree char *registered = format_count (d->registered);
  g_autofree char *new_count = format_count (d->registered - d->registered_previous);
  g_autofree char *caption = NULL;
  g_autofree char *compare = NULL;
  gint64 teams = 0;
  guint i;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->figures))) != NULL)
    gtk_flow_box_remove (self->figures, child);

  /* Translators: a figure's caption; %s is the number new in the year, %d the year */
  caption = g_strdup_printf (_("registered volunteers, %s new in %d"), new_count, d->year);
  compare = compare_line (d->year - 1, d->registered, d->registered_previous);
  add_figure (self, registered, caption, compare);
  g_clear_pointer (&caption, g_free);

  if (isfinite (d->share))
    {
      g_autofree char *share = g_strdup_printf ("%.1f%%", d->share);

      /* Translators: a figure's caption; %g is the target in percent */
      caption = g_strdup_printf (_("of the population (target %g%%)"), d->target_share);
      add_figure (self, share, caption, NULL);
      g_clear_pointer (&caption, g_free);
    }
  else
    add_figure (self, "—", _("of the population: enter it in District Settings"), NULL);

  show_year_figures (self, db, d);
  show_stations (self, db, d);

  for (i = 0; i < d->team_counts->len; i++)
    teams += g_array_index (d->team_counts, gint64, i);
  {
    g_autofree char *n = format_count (teams);

    add_figure (self, n, _("active volunteer teams"), NULL);
  }
}

static void
refresh (VdDashboardPage *self)
{
  VdDatabase *db = vd_page_get_database (VD_PAGE (self));
  g_autoptr(VdDashboardData) d = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *compare = NULL;
  guint i;

  if (db == NULL)
    return;
  d = vd_dashboard_data_load (db, vd_dashboard_page_get_year (self), &error);
  if (d == NULL)
    {
      gtk_label_set_text (self->compare_label, error->message);
      for (i = 0; i < self->card_widgets->len; i++)
        vd_chart_card_set_data (g_ptr_array_index (self->card_widgets, i), NULL);
      return;
    }
  /* Translators: beside the year selector; %d is the previous year */
  compare = g_strdup_printf (_("Compared with %d where two years are shown"), d->year - 1);
  gtk_label_set_text (self->compare_label, compare);
  show_figures (self, db, d);

  for (i = 0; i < self->card_widgets->len; i++)
    {
      VdChartCard *card = g_ptr_array_index (self->card_widgets, i);
      const VdDashboardChart *chart = &vd_dashboard_charts[i];
      g_autofree char *subtitle = NULL;
      g_autofree char *file_name = NULL;
      g_autoptr(GError) chart_error = NULL;
      g_autoptr(VdChartData) data = chart->build (db, d, &subtitle, &chart_error);

      if (data == NULL)
        {
          vd_chart_card_set_subtitle (card, chart_error != NULL ? chart_error->message : NULL);
          vd_chart_card_set_data (card, NULL);
          continue;
        }
      {
        g_autofree char *title = g_strdup_printf ("%s (%d)", _(chart->title), d->year);

        vd_chart_data_set_title (data, title);
      }
      file_name = g_strdup_printf ("%s %d", _(chart->title), d->year);
      vd_chart_card_set_file_name (card, file_name);
      vd_chart_card_set_subtitle (card, subtitle);
      vd_chart_card_set_data (card, data);
    }
}

static void
fill_years (VdDashboardPage *self,
            int              keep)
{
  VdDatabase *db = vd_page_get_database (VD_PAGE (self));
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int first = g_date_time_get_year (now), last = first;
  int year, select;
  guint position = 0, i = 0;

  int latest = 0;

  if (db != NULL && !vd_dashboard_data_years (db, &first, &last, NULL))
    first = last = g_date_time_get_year (now);
  last = MAX (last, g_date_time_get_year (now));
  /* open on the latest year with events, not on an empty current year */
  if (db == NULL || !vd_stats_latest_year (db, VD_STATS_DISTRICT, 0, &latest, NULL) || latest <= 0)
    latest = g_date_time_get_year (now);
  select = keep > 0 ? keep : latest;
  first = MIN (first, select);
  last = MAX (last, select);
  self->first_year = first;
  self->last_year = last;

  self->filling_years = TRUE;
  gtk_string_list_splice (self->years, 0, g_list_model_get_n_items (G_LIST_MODEL (self->years)), NULL);
  /* the newest first: that is the year usually wanted */
  for (year = last; year >= first; year--, i++)
    {
      g_autofree char *label = g_strdup_printf ("%d", year);

      gtk_string_list_append (self->years, label);
      if (year == select)
        position = i;
    }
  gtk_drop_down_set_selected (self->year_dropdown, position);
  self->filling_years = FALSE;
}

static void
on_year_changed_cb (VdDashboardPage *self)
{
  if (!self->filling_years)
    refresh (self);
}

static void
on_reloaded_cb (VdDashboardPage *self)
{
  fill_years (self, vd_dashboard_page_get_year (self));
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    refresh (self);
}

static void
vd_dashboard_page_database_changed (VdPage     *page,
                                    VdDatabase *previous)
{
  VdDashboardPage *self = VD_DASHBOARD_PAGE (page);
  VdDatabase *db = vd_page_get_database (page);

  if (self->watched != NULL)
    g_clear_signal_handler (&self->reloaded_id, self->watched);
  g_clear_object (&self->watched);
  if (db != NULL)
    {
      self->watched = g_object_ref (db);
      self->reloaded_id = g_signal_connect_object (db, "reloaded", G_CALLBACK (on_reloaded_cb),
                                                   self, G_CONNECT_SWAPPED);
    }
  fill_years (self, 0);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    refresh (self);
}

static void
vd_dashboard_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (vd_dashboard_page_parent_class)->map (widget);
  /* other pages may have changed the register since */
  refresh (VD_DASHBOARD_PAGE (widget));
}

static void
vd_dashboard_page_dispose (GObject *object)
{
  VdDashboardPage *self = VD_DASHBOARD_PAGE (object);

  if (self->watched != NULL)
    g_clear_signal_handler (&self->reloaded_id, self->watched);
  g_clear_object (&self->watched);
  g_clear_pointer (&self->card_widgets, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (object), VD_TYPE_DASHBOARD_PAGE);

  G_OBJECT_CLASS (vd_dashboard_page_parent_class)->dispose (object);
}

static void
vd_dashboard_page_class_init (VdDashboardPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  VdPageClass *page_class = VD_PAGE_CLASS (klass);

  object_class->dispose = vd_dashboard_page_dispose;
  widget_class->map = vd_dashboard_page_map;
  page_class->database_changed = vd_dashboard_page_database_changed;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/vd-dashboard-page.ui");
  gtk_widget_class_bind_template_child (widget_class, VdDashboardPage, year_dropdown);
  gtk_widget_class_bind_template_child (widget_class, VdDashboardPage, years);
  gtk_widget_class_bind_template_child (widget_class, VdDashboardPage, compare_label);
  gtk_widget_class_bind_template_child (widget_class, VdDashboardPage, figures);
  gtk_widget_class_bind_template_child (widget_class, VdDashboardPage, cards);
  gtk_widget_class_bind_template_callback (widget_class, on_year_changed_cb);
}

static void
vd_dashboard_page_init (VdDashboardPage *self)
{
  guint i;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->card_widgets = g_ptr_array_new ();
  for (i = 0; i < vd_dashboard_n_charts; i++)
    {
      GtkWidget *card = vd_chart_card_new (_(vd_dashboard_charts[i].title), NULL);

      gtk_widget_set_name (card, vd_dashboard_charts[i].id);
      gtk_flow_box_append (self->cards, card);
      /* the chart inside takes the focus, not the grid cell */
      gtk_widget_set_focusable (gtk_widget_get_parent (card), FALSE);
      g_ptr_array_add (self->card_widgets, card);
    }
  fill_years (self, 0);
}

int
vd_dashboard_page_get_year (VdDashboardPage *self)
{
  guint selected;

  g_return_val_if_fail (VD_IS_DASHBOARD_PAGE (self), 0);
  selected = gtk_drop_down_get_selected (self->year_dropdown);
  if (selected == GTK_INVALID_LIST_POSITION)
    return self->last_year;
  return self->last_year - (int) selected;
}

void
vd_dashboard_page_set_year (VdDashboardPage *self,
                            int              year)
{
  g_return_if_fail (VD_IS_DASHBOARD_PAGE (self));
  g_return_if_fail (year >= 1900 && year <= 9999);

  if (year < self->first_year || year > self->last_year)
    fill_years (self, year);
  self->filling_years = TRUE;
  gtk_drop_down_set_selected (self->year_dropdown, self->last_year - year);
  self->filling_years = FALSE;
  refresh (self);
}

GPtrArray *
vd_dashboard_page_get_cards (VdDashboardPage *self)
{
  g_return_val_if_fail (VD_IS_DASHBOARD_PAGE (self), NULL);
  return self->card_widgets;
}
