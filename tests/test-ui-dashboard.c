/* test-ui-dashboard.c — the dashboard under Xvfb: every chart shown and drawn for a
 * fixture year, the year selector, keyboard focus on a chart, Export… to PNG, SVG and
 * PDF, and Copy as Image
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <libxml/parser.h>
#include <math.h>

#include "vd-chart-card.h"
#include "vd-chart-export-dialog.h"
#include "vd-dashboard-charts.h"
#include "vd-dashboard-page.h"
#include "vd-monthly-hours.h"
#include "vd-volunteer-hours-section.h"

#include "vd-ui-test-utils.h"

#define YEAR 2025

/* A generated district of 3,000 volunteers whose figures end in YEAR. */
static void
fill_district (VdTestFixture *fx)
{
  VdSampleOptions options;
  g_autoptr(GError) error = NULL;

  vd_sample_options_init (&options, VD_SAMPLE_DISTRICT);
  options.year = YEAR;
  options.volunteers = 3000;
  g_assert_true (vd_sample_generate (fx->db, &options, NULL, &error));
  g_assert_no_error (error);
}

static VdDashboardPage *
show_dashboard (VdTestFixture *fx,
                VdWindow     **window)
{
  GtkStack *stack;
  VdDashboardPage *page;

  *window = vd_test_show_window (fx->db, 1280, 1000);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (*window), "win.show-section", "s", "dashboard"));
  stack = vd_test_child_of (*window, VD_TYPE_WINDOW, "section_stack");
  page = VD_DASHBOARD_PAGE (gtk_stack_get_visible_child (stack));
  g_assert_true (vd_test_wait_for (vd_test_is_mapped, page));
  /* it opens on the last year with figures, not on an empty calendar year */
  g_assert_cmpint (vd_dashboard_page_get_year (page), ==, YEAR);
  vd_dashboard_page_set_year (page, YEAR);
  vd_test_run_for (200);
  return page;
}

static gboolean
chart_allocated (gpointer chart)
{
  return gtk_widget_get_width (chart) > 100 && gtk_widget_get_height (chart) > 100;
}

/* The chart as the renderer draws it: distinct colours in its pixels. */
static guint
count_colours (GtkWidget *chart)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (chart);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  int width = gtk_widget_get_width (chart), height = gtk_widget_get_height (chart);
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GHashTable) colours = g_hash_table_new (NULL, NULL);
  g_autofree guint32 *pixels = NULL;
  int i;

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (chart)),
                                         node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  pixels = g_new (guint32, (gsize) width * height);
  gdk_texture_download (texture, (guchar *) pixels, width * 4);
  /* the chart's background is the card's: transparent pixels count as one colour */
  for (i = 0; i < width * height; i++)
    g_hash_table_add (colours, GUINT_TO_POINTER (pixels[i]));
  return g_hash_table_size (colours);
}

static VdChartCard *
card_by_id (VdDashboardPage *page,
            const char      *id)
{
  GPtrArray *cards = vd_dashboard_page_get_cards (page);
  guint i;

  for (i = 0; i < cards->len; i++)
    if (g_str_equal (gtk_widget_get_name (g_ptr_array_index (cards, i)), id))
      return g_ptr_array_index (cards, i);
  g_assert_not_reached ();
}

static void
test_every_chart (VdTestFixture *fx,
                  gconstpointer  unused)
{
  VdWindow *window;
  VdDashboardPage *page;
  GPtrArray *cards;
  VdChartData *data;
  gint64 registered_in_year;
  double sum = 0;
  guint i;

  fill_district (fx);
  page = show_dashboard (fx, &window);
  g_assert_cmpint (vd_dashboard_page_get_year (page), ==, YEAR);

  cards = vd_dashboard_page_get_cards (page);
  g_assert_cmpuint (cards->len, ==, vd_dashboard_n_charts);
  for (i = 0; i < cards->len; i++)
    {
      VdChartCard *card = g_ptr_array_index (cards, i);
      VdChart *chart = vd_chart_card_get_chart (card);
      g_autofree char *description = NULL;

      g_test_message ("card %s", gtk_widget_get_name (GTK_WIDGET (card)));
      g_assert_true (vd_test_wait_for (vd_test_is_mapped, chart));
      g_assert_true (vd_test_wait_for (chart_allocated, chart));
      data = vd_chart_get_data (chart);
      g_assert_nonnull (data);
      g_assert_cmpuint (vd_chart_data_get_n_categories (data), >, 0);
      g_assert_cmpuint (vd_chart_data_get_n_series (data), >, 0);
      /* the title names the year, for exports and screen readers */
      g_assert_nonnull (strstr (vd_chart_data_get_title (data), "2025"));
      description = vd_chart_data_describe (data);
      g_assert_nonnull (strstr (description, vd_chart_data_get_category (data, 0)));
      /* with figures, not a chart of zeros (but stars take years of service: this
       * small district has no star volunteer yet) */
      if (!g_str_equal (gtk_widget_get_name (GTK_WIDGET (card)), "stars"))
        {
          double total = 0;

          for (guint s = 0; s < vd_chart_data_get_n_series (data); s++)
            total += vd_chart_data_series_total (data, s);
          g_assert_cmpfloat (total, >, 0);
        }
      /* drawn: more than a background and a line or two */
      g_assert_cmpuint (count_colours (GTK_WIDGET (chart)), >, 8);
    }

  /* the registrations chart holds the register's figures for the year */
  data = vd_chart_get_data (vd_chart_card_get_chart (card_by_id (page, "registrations")));
  registered_in_year = vd_test_query_int (fx->db, "SELECT count(*) FROM volunteers WHERE status = 'active' "
                                          "AND registered_on BETWEEN '2025-01-01' AND '2025-12-31'");
  for (i = 0; i < 12; i++)
    sum += vd_chart_data_get_value (data, 1, i);
  g_assert_cmpint ((gint64) sum, ==, registered_in_year);
  g_assert_cmpint (registered_in_year, >, 0);

  /* another year: other figures */
  vd_dashboard_page_set_year (page, YEAR - 1);
  g_assert_cmpint (vd_dashboard_page_get_year (page), ==, YEAR - 1);
  data = vd_chart_get_data (vd_chart_card_get_chart (card_by_id (page, "registrations")));
  g_assert_nonnull (strstr (vd_chart_data_get_title (data), "2024"));
  sum = 0;
  for (i = 0; i < 12; i++)
    sum += vd_chart_data_get_value (data, 1, i);
  g_assert_cmpint ((gint64) sum, ==, vd_test_query_int (fx->db, "SELECT count(*) FROM volunteers WHERE status = 'active' "
                                                         "AND registered_on BETWEEN '2024-01-01' AND '2024-12-31'"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
press_key (GtkWidget *widget,
           guint      keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  guint i;

  for (i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);
      gboolean handled = FALSE;

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        {
          g_signal_emit_by_name (controller, "key-pressed", keyval, 0, 0, &handled);
          return handled;
        }
    }
  g_assert_not_reached ();
}

static void
test_keyboard (VdTestFixture *fx,
               gconstpointer  unused)
{
  VdWindow *window;
  VdDashboardPage *page;
  VdChart *chart;
  guint series, category;
  g_autofree char *text = NULL;

  fill_district (fx);
  page = show_dashboard (fx, &window);
  chart = vd_chart_card_get_chart (card_by_id (page, "registrations"));
  g_assert_true (vd_test_wait_for (chart_allocated, chart));
  g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (chart)));
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (chart)));
  g_assert_false (vd_chart_get_highlight (chart, &series, &category));

  /* → to the first month, → again to February, ↑ to this year's bar */
  g_assert_true (press_key (GTK_WIDGET (chart), GDK_KEY_Right));
  g_assert_true (vd_chart_get_highlight (chart, &series, &category));
  g_assert_cmpuint (category, ==, 0);
  g_assert_true (press_key (GTK_WIDGET (chart), GDK_KEY_Right));
  g_assert_true (press_key (GTK_WIDGET (chart), GDK_KEY_Up));
  g_assert_true (vd_chart_get_highlight (chart, &series, &category));
  g_assert_cmpuint (series, ==, 1);
  g_assert_cmpuint (category, ==, 1);
  /* End goes to December; no further */
  g_assert_true (press_key (GTK_WIDGET (chart), GDK_KEY_End));
  g_assert_true (press_key (GTK_WIDGET (chart), GDK_KEY_Right));
  g_assert_true (vd_chart_get_highlight (chart, &series, &category));
  g_assert_cmpuint (category, ==, 11);
  /* what the popover and the tooltip say: the month, the year, the exact number */
  text = vd_chart_describe_item (chart, series, category);
  g_assert_nonnull (strstr (text, "2025"));
  g_assert_nonnull (strstr (text, vd_dashboard_month_label (11)));
  g_assert_true (press_key (GTK_WIDGET (chart), GDK_KEY_Escape));
  g_assert_false (vd_chart_get_highlight (chart, &series, &category));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
check_pdf (const char *path)
{
  char *argv[] = { (char *) "pdfinfo", (char *) path, NULL };
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_assert_true (g_spawn_sync (NULL, argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_true (g_regex_match_simple ("^Page size:\\s+800 x 500 pts$", out, G_REGEX_MULTILINE, 0));
}

static void
test_export (VdTestFixture *fx,
             gconstpointer  unused)
{
  VdWindow *window;
  VdDashboardPage *page;
  VdChartCard *card;
  AdwMessageDialog *dialog;
  VdChartFormat format;
  int width, height;
  g_autoptr(GError) error = NULL;
  g_autofree char *png = g_build_filename (fx->dir, "新注册.png", NULL);
  g_autofree char *svg = g_build_filename (fx->dir, "新注册.svg", NULL);
  g_autofree char *pdf = g_build_filename (fx->dir, "新注册.pdf", NULL);
  g_autoptr(GdkTexture) texture = NULL;
  xmlDocPtr doc;

  fill_district (fx);
  page = show_dashboard (fx, &window);
  card = card_by_id (page, "pyramid");

  /* Export… asks for the format and size first */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (card), "chart.export", NULL));
  dialog = vd_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (VD_IS_CHART_EXPORT_DIALOG (dialog));
  vd_chart_export_dialog_get_choice (VD_CHART_EXPORT_DIALOG (dialog), &format, &width, &height);
  g_assert_cmpint (format, ==, VD_CHART_FORMAT_PNG);
  g_assert_cmpint (width, ==, 1200);
  g_assert_cmpint (height, ==, 800);
  /* Escape or the close button give the close response, "cancel" */
  gtk_window_close (GTK_WINDOW (dialog));
  vd_test_run_for (100);
  g_assert_null (vd_test_find_message_dialog ());

  /* then the chosen file is written; the file chooser itself is the desktop's */
  g_assert_true (vd_chart_card_export (card, png, VD_CHART_FORMAT_PNG, 800, 500, &error));
  g_assert_no_error (error);
  texture = gdk_texture_new_from_filename (png, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gdk_texture_get_width (texture), ==, 800);
  g_assert_cmpint (gdk_texture_get_height (texture), ==, 500);

  g_assert_true (vd_chart_card_export (card, svg, VD_CHART_FORMAT_SVG, 800, 500, &error));
  g_assert_no_error (error);
  doc = xmlReadFile (svg, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  g_assert_nonnull (doc);
  g_assert_cmpstr ((const char *) xmlDocGetRootElement (doc)->name, ==, "svg");
  xmlFreeDoc (doc);

  g_assert_true (vd_chart_card_export (card, pdf, VD_CHART_FORMAT_PDF, 800, 500, &error));
  g_assert_no_error (error);
  check_pdf (pdf);

  /* a size the dialog would not allow is refused here too */
  g_assert_false (vd_chart_card_export (card, png, VD_CHART_FORMAT_PNG, 50, 500, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);

  g_unlink (png);
  g_unlink (svg);
  g_unlink (pdf);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_copy (VdTestFixture *fx,
           gconstpointer  unused)
{
  VdWindow *window;
  VdDashboardPage *page;
  VdChartCard *card;
  GdkClipboard *clipboard;
  GdkContentProvider *content;
  GValue value = G_VALUE_INIT;
  g_autoptr(GError) error = NULL;
  GdkTexture *texture;
  VdChart *chart;

  fill_district (fx);
  page = show_dashboard (fx, &window);
  card = card_by_id (page, "stations");
  chart = vd_chart_card_get_chart (card);
  g_assert_true (vd_test_wait_for (chart_allocated, chart));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (card), "chart.copy", NULL));
  clipboard = gtk_widget_get_clipboard (GTK_WIDGET (card));
  g_assert_true (gdk_content_formats_contain_gtype (gdk_clipboard_get_formats (clipboard), GDK_TYPE_TEXTURE));
  content = gdk_clipboard_get_content (clipboard);
  g_assert_nonnull (content);
  g_value_init (&value, GDK_TYPE_TEXTURE);
  g_assert_true (gdk_content_provider_get_value (content, &value, &error));
  g_assert_no_error (error);
  texture = g_value_get_object (&value);
  /* the chart as seen on screen */
  g_assert_cmpint (gdk_texture_get_width (texture), ==,
                   gtk_widget_get_width (GTK_WIDGET (chart)) * gtk_widget_get_scale_factor (GTK_WIDGET (chart)));
  g_value_unset (&value);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A figure of one team, station or volunteer: sql has one %s for the id. */
static gint64
query_for (VdDatabase *db,
           const char *sql,
           gint64      id)
{
  g_autofree char *id_text = g_strdup_printf ("%" G_GINT64_FORMAT, id);
  g_autofree char *full = NULL;
  g_auto(GStrv) parts = g_strsplit (sql, "%s", 2);

  g_assert_cmpuint (g_strv_length (parts), ==, 2);
  full = g_strconcat (parts[0], id_text, parts[1], NULL);
  return vd_test_query_int (db, full);
}

/* The sum of a monthly-hours chart, in minutes. */
static gint64
chart_minutes (VdMonthlyHours *hours)
{
  VdChartData *data = vd_chart_get_data (vd_chart_card_get_chart (vd_monthly_hours_get_card (hours)));
  double sum = 0;

  g_assert_nonnull (data);
  g_assert_cmpuint (vd_chart_data_get_n_categories (data), ==, 12);
  for (guint m = 0; m < 12; m++)
    sum += vd_chart_data_get_value (data, 0, m);
  return (gint64) llround (sum * 60);
}

/* The detail panes' charts: the owner's latest year, its approved minutes exactly,
 * the year switcher; the volunteer's section is hidden for one who never served. */
static void
test_detail_hours (VdTestFixture *fx,
                   gconstpointer  unused)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  VdMonthlyHours *team = VD_MONTHLY_HOURS (vd_monthly_hours_new ());
  VdMonthlyHours *station = VD_MONTHLY_HOURS (vd_monthly_hours_new ());
  VdVolunteerHoursSection *section = g_object_new (VD_TYPE_VOLUNTEER_HOURS_SECTION, NULL);
  gint64 team_id, station_id, volunteer_id, idle_id;

  fill_district (fx);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (team));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (station));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (section));
  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 600, 900);
  gtk_window_present (GTK_WINDOW (window));

  /* the busiest team of YEAR; its hours are those of the events it organized */
  team_id = vd_test_query_int (fx->db, "SELECT e.team_id FROM service_records r JOIN events e ON e.id = r.event_id "
                                       "WHERE r.status = 'approved' AND e.team_id IS NOT NULL "
                                       "AND r.service_date LIKE '2025-%' GROUP BY 1 ORDER BY sum (r.minutes) DESC LIMIT 1");
  vd_monthly_hours_show (team, fx->db, VD_STATS_TEAM, team_id, "服务队");
  g_assert_cmpint (vd_monthly_hours_get_year (team), ==, YEAR);
  g_assert_cmpint (chart_minutes (team), ==,
                   query_for (fx->db, "SELECT sum (r.minutes) FROM service_records r "
                                      "JOIN events e ON e.id = r.event_id WHERE r.status = 'approved' "
                                      "AND e.team_id = %s AND r.service_date LIKE '2025-%'",
                                      team_id));
  g_assert_cmpint (chart_minutes (team), >, 0);
  g_assert_nonnull (strstr (vd_chart_data_get_title (vd_chart_get_data (vd_chart_card_get_chart (vd_monthly_hours_get_card (team)))),
                            "服务队"));
  /* the previous year by the switcher; there is no next year past this one */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (team), "hours.previous-year", NULL));
  g_assert_cmpint (vd_monthly_hours_get_year (team), ==, YEAR - 1);
  g_assert_cmpint (chart_minutes (team), ==,
                   query_for (fx->db, "SELECT coalesce (sum (r.minutes), 0) FROM service_records r "
                                      "JOIN events e ON e.id = r.event_id WHERE r.status = 'approved' "
                                      "AND e.team_id = %s AND r.service_date LIKE '2024-%'",
                                      team_id));

  station_id = vd_test_query_int (fx->db, "SELECT e.station_id FROM service_records r JOIN events e ON e.id = r.event_id "
                                          "WHERE r.status = 'approved' AND e.station_id IS NOT NULL "
                                          "AND r.service_date LIKE '2025-%' LIMIT 1");
  vd_monthly_hours_show (station, fx->db, VD_STATS_STATION, station_id, "站点");
  g_assert_cmpint (vd_monthly_hours_get_year (station), ==, YEAR);
  g_assert_cmpint (chart_minutes (station), ==,
                   query_for (fx->db, "SELECT sum (r.minutes) FROM service_records r "
                                      "JOIN events e ON e.id = r.event_id WHERE r.status = 'approved' "
                                      "AND e.station_id = %s AND r.service_date LIKE '2025-%'",
                                      station_id));

  volunteer_id = vd_test_query_int (fx->db, "SELECT volunteer_id FROM service_records WHERE status = 'approved' "
                                            "AND event_id IS NOT NULL AND service_date LIKE '2025-%' LIMIT 1");
  vd_volunteer_hours_section_show (section, fx->db, volunteer_id, "张伟");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (section)));
  g_assert_cmpint (vd_monthly_hours_get_year (vd_volunteer_hours_section_get_hours (section)), ==, YEAR);
  g_assert_cmpint (chart_minutes (vd_volunteer_hours_section_get_hours (section)), ==,
                   query_for (fx->db, "SELECT sum (minutes) FROM service_records "
                                      "WHERE status = 'approved' AND event_id IS NOT NULL "
                                      "AND volunteer_id = %s AND service_date LIKE '2025-%'",
                                      volunteer_id));
  idle_id = vd_test_query_int (fx->db, "SELECT id FROM volunteers WHERE id NOT IN "
                                       "(SELECT volunteer_id FROM service_records WHERE status = 'approved') LIMIT 1");
  g_assert_cmpint (idle_id, >, 0);
  vd_volunteer_hours_section_show (section, fx->db, idle_id, "李娜");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (section)));

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  vd_test_ui_init (&argc, &argv);

  VD_TEST_ADD ("/ui/dashboard/every-chart", test_every_chart);
  VD_TEST_ADD ("/ui/dashboard/keyboard", test_keyboard);
  VD_TEST_ADD ("/ui/dashboard/export", test_export);
  VD_TEST_ADD ("/ui/dashboard/copy", test_copy);
  VD_TEST_ADD ("/ui/dashboard/detail-hours", test_detail_hours);

  return g_test_run ();
}
