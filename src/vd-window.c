/* vd-window.c — the main window: a sidebar of sections and their pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vd-window"

#include "config.h"

#include <glib/gi18n.h>

#include "vd-backup.h"
#include "vd-dashboard-page.h"
#include "vd-database-error-page.h"
#include "vd-events-page.h"
#include "vd-points-page.h"
#include "vd-reports-page.h"
#include "vd-sample.h"
#include "vd-stations-page.h"
#include "vd-teams-page.h"
#include "vd-training-page.h"
#include "vd-volunteers-page.h"
#include "vd-welcome-page.h"
#include "vd-window.h"
#include "vd-wishes-page.h"

struct _VdWindow
{
  AdwApplicationWindow  parent_instance;

  VdDatabase           *database;
  GSettings            *settings;

  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  VdWelcomePage        *welcome_page;
  AdwLeaflet           *leaflet;
  GtkWidget            *content;
  GtkListBox           *sidebar_list;
  AdwWindowTitle       *section_title;
  AdwWindowTitle       *app_title;
  GtkStack             *section_stack;
  GtkInfoBar           *read_only_bar;
  VdDatabaseErrorPage  *error_page;

  guint                 poll_source;  /* looks for other programs' changes */
};

/* How often the window looks for changes made by another program (the command-line
 * tool, another window); it also looks whenever it gets the focus. */
#define POLL_SECONDS 2

G_DEFINE_FINAL_TYPE (VdWindow, vd_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_SECTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* In the order of the sidebar; Ctrl+1 … Ctrl+9 follow it. */
static const char * const section_ids[] = {
  "dashboard", "volunteers", "teams", "stations", "events",
  "training", "wishes", "points", "reports",
};

/* The schema may be missing when the app runs from an odd place; then the window
 * simply does not remember its state. */
static GSettings *
create_settings (void)
{
  static const char * const keys[] = {
    "window-width", "window-height", "window-maximized", "last-section",
  };
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  guint i;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema == NULL)
    {
      g_debug ("Schema %s not installed; the window state is not kept", APP_ID);
      return NULL;
    }
  for (i = 0; i < G_N_ELEMENTS (keys); i++)
    if (!g_settings_schema_has_key (schema, keys[i]))
      {
        g_debug ("Schema %s lacks the key %s; the window state is not kept", APP_ID, keys[i]);
        return NULL;
      }

  return g_settings_new_full (schema, NULL, NULL);
}

static void
restore_state (VdWindow *self)
{
  g_autofree char *section = NULL;
  int width;
  int height;

  if (self->settings == NULL)
    return;

  width = g_settings_get_int (self->settings, "window-width");
  height = g_settings_get_int (self->settings, "window-height");
  if (width > 0 && height > 0)
    gtk_window_set_default_size (GTK_WINDOW (self), width, height);
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  section = g_settings_get_string (self->settings, "last-section");
  vd_window_set_section (self, section);
}

static void
save_state (VdWindow *self)
{
  int width;
  int height;

  if (self->settings == NULL)
    return;

  /* The default size follows the user's resizing, but not maximizing. */
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_delay (self->settings);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  g_settings_set_string (self->settings, "last-section", vd_window_get_section (self));
  g_settings_apply (self->settings);
}

static GtkWidget *
create_sidebar_row (GtkStackPage *page)
{
  GtkWidget *row;
  GtkWidget *box;
  GtkWidget *label;

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_box_append (GTK_BOX (box),
                  gtk_image_new_from_icon_name (gtk_stack_page_get_icon_name (page)));
  label = gtk_label_new (gtk_stack_page_get_title (page));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (box), label);

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data_full (G_OBJECT (row), "section",
                          g_strdup (gtk_stack_page_get_name (page)), g_free);
  return row;
}

/* A page gets the window's database when it is first shown, and follows it from then
 * on: pages the user never opens read nothing and build no rows. Binding every page at
 * start cost about 50 MB of heap on a large register (points, wishes, events,
 * teams, stations each filled their lists and cards while hidden). */
static void
bind_page (VdWindow  *self,
           GtkWidget *page)
{
  if (g_object_get_data (G_OBJECT (page), "vd-window-bound") != NULL)
    return;
  g_object_set_data (G_OBJECT (page), "vd-window-bound", GINT_TO_POINTER (TRUE));
  g_object_bind_property (self, "database", page, "database", G_BINDING_SYNC_CREATE);
}

static void
on_section_changed_cb (VdWindow *self)
{
  GtkWidget *child = gtk_stack_get_visible_child (self->section_stack);
  GtkStackPage *page;
  GtkListBoxRow *row;
  const char *section;
  int i = 0;

  if (child == NULL)
    return;

  bind_page (self, child);
  section = gtk_stack_get_visible_child_name (self->section_stack);
  page = gtk_stack_get_page (self->section_stack, child);
  adw_window_title_set_title (self->section_title, gtk_stack_page_get_title (page));

  while ((row = gtk_list_box_get_row_at_index (self->sidebar_list, i++)) != NULL)
    if (g_strcmp0 (g_object_get_data (G_OBJECT (row), "section"), section) == 0)
      {
        gtk_list_box_select_row (self->sidebar_list, row);
        break;
      }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECTION]);
}

static void
on_sidebar_row_selected_cb (GtkListBox    *list,
                            GtkListBoxRow *row,
                            VdWindow      *self)
{
  if (row != NULL)
    vd_window_set_section (self, g_object_get_data (G_OBJECT (row), "section"));
}

static void
on_sidebar_row_activated_cb (GtkListBox    *list,
                             GtkListBoxRow *row,
                             VdWindow      *self)
{
  /* Activating the selected row again must still move forward when folded. */
  vd_window_set_section (self, g_object_get_data (G_OBJECT (row), "section"));
  adw_leaflet_set_visible_child (self->leaflet, self->content);
}

static void
on_back_clicked_cb (VdWindow *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static gboolean
poll_external_changes_cb (gpointer data)
{
  VdWindow *self = data;

  if (self->database != NULL)
    vd_database_check_external_changes (self->database);
  return G_SOURCE_CONTINUE;
}

static void
on_is_active_changed_cb (VdWindow *self)
{
  if (gtk_window_is_active (GTK_WINDOW (self)) && self->database != NULL)
    vd_database_check_external_changes (self->database);
}

static void
on_database_opened_cb (VdWindow   *self,
                       VdDatabase *database)
{
  vd_window_set_database (self, database);
  vd_window_run_daily_backup (self);
}

static void
on_sample_ready_cb (VdWindow   *self,
                    VdDatabase *database)
{
  vd_window_set_database (self, database);
  vd_window_set_section (self, "dashboard");
}

static void
on_welcome_import_cb (VdWindow *self)
{
  GtkWidget *page;

  gtk_stack_set_visible_child_name (self->main_stack, "content");
  vd_window_set_section (self, "volunteers");
  adw_leaflet_set_visible_child (self->leaflet, self->content);
  page = gtk_stack_get_visible_child (self->section_stack);
  gtk_widget_activate_action (page, "volunteers.import", NULL);
}

static void
on_welcome_start_empty_cb (VdWindow *self)
{
  gtk_stack_set_visible_child_name (self->main_stack, "content");
}

static void
show_section_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  VdWindow *self = VD_WINDOW (widget);

  if (vd_window_set_section (self, g_variant_get_string (param, NULL)))
    adw_leaflet_set_visible_child (self->leaflet, self->content);
}

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  gtk_window_close (GTK_WINDOW (widget));
}

static gboolean
vd_window_close_request (GtkWindow *window)
{
  save_state (VD_WINDOW (window));

  if (GTK_WINDOW_CLASS (vd_window_parent_class)->close_request != NULL)
    return GTK_WINDOW_CLASS (vd_window_parent_class)->close_request (window);
  return FALSE;
}

static void
vd_window_dispose (GObject *object)
{
  VdWindow *self = VD_WINDOW (object);

  g_clear_handle_id (&self->poll_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), VD_TYPE_WINDOW);
  g_clear_object (&self->database);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (vd_window_parent_class)->dispose (object);
}

static void
vd_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  VdWindow *self = VD_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;

    case PROP_SECTION:
      g_value_set_string (value, vd_window_get_section (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vd_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  VdWindow *self = VD_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      vd_window_set_database (self, g_value_get_object (value));
      break;

    case PROP_SECTION:
      vd_window_set_section (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vd_window_class_init (VdWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);
  guint i;

  object_class->dispose = vd_window_dispose;
  object_class->get_property = vd_window_get_property;
  object_class->set_property = vd_window_set_property;

  window_class->close_request = vd_window_close_request;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         VD_TYPE_DATABASE,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_SECTION] =
    g_param_spec_string ("section", NULL, NULL,
                         "dashboard",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (VD_TYPE_DASHBOARD_PAGE);
  g_type_ensure (VD_TYPE_DATABASE_ERROR_PAGE);
  g_type_ensure (VD_TYPE_WELCOME_PAGE);
  g_type_ensure (VD_TYPE_EVENTS_PAGE);
  g_type_ensure (VD_TYPE_POINTS_PAGE);
  g_type_ensure (VD_TYPE_REPORTS_PAGE);
  g_type_ensure (VD_TYPE_STATIONS_PAGE);
  g_type_ensure (VD_TYPE_TEAMS_PAGE);
  g_type_ensure (VD_TYPE_TRAINING_PAGE);
  g_type_ensure (VD_TYPE_VOLUNTEERS_PAGE);
  g_type_ensure (VD_TYPE_WISHES_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/vd-window.ui");
  gtk_widget_class_bind_template_child (widget_class, VdWindow, content);
  gtk_widget_class_bind_template_child (widget_class, VdWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, VdWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, VdWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, VdWindow, read_only_bar);
  gtk_widget_class_bind_template_child (widget_class, VdWindow, section_stack);
  gtk_widget_class_bind_template_child (widget_class, VdWindow, section_title);
  gtk_widget_class_bind_template_child (widget_class, VdWindow, app_title);
  gtk_widget_class_bind_template_child (widget_class, VdWindow, sidebar_list);
  gtk_widget_class_bind_template_child (widget_class, VdWindow, toast_overlay);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_database_opened_cb);
  gtk_widget_class_bind_template_child (widget_class, VdWindow, welcome_page);
  gtk_widget_class_bind_template_callback (widget_class, on_sample_ready_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_welcome_import_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_welcome_start_empty_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_section_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_row_selected_cb);

  gtk_widget_class_install_action (widget_class, "win.show-section", "s", show_section_action);
  gtk_widget_class_install_action (widget_class, "win.close", NULL, close_action);

  for (i = 0; i < G_N_ELEMENTS (section_ids); i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_CONTROL_MASK,
                                         "win.show-section", "s", section_ids[i]);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "win.close", NULL);
}

static void
vd_window_init (VdWindow *self)
{
  GtkSelectionModel *pages;
  guint i;

  gtk_widget_init_template (GTK_WIDGET (self));

  pages = gtk_stack_get_pages (self->section_stack);
  for (i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (pages)); i++)
    {
      GtkStackPage *page = g_list_model_get_item (G_LIST_MODEL (pages), i);

      gtk_list_box_append (self->sidebar_list, create_sidebar_row (page));
      g_object_unref (page);
    }
  g_object_unref (pages);

  g_signal_connect_swapped (self, "notify::is-active", G_CALLBACK (on_is_active_changed_cb), self);

  /* The last section first: the stack's first page is only bound if it is shown. */
  self->settings = create_settings ();
  restore_state (self);
  on_section_changed_cb (self);
}

/**
 * vd_window_new:
 * @application: (nullable): the application
 * @database: (nullable): the open database, or %NULL until
 *   vd_window_show_database_error() explains why there is none
 */
VdWindow *
vd_window_new (GtkApplication *application,
               VdDatabase     *database)
{
  g_return_val_if_fail (application == NULL || GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (database == NULL || VD_IS_DATABASE (database), NULL);

  return g_object_new (VD_TYPE_WINDOW,
                       "application", application,
                       "database", database,
                       NULL);
}

VdDatabase *
vd_window_get_database (VdWindow *self)
{
  g_return_val_if_fail (VD_IS_WINDOW (self), NULL);

  return self->database;
}

/* Setting a database also leaves the error page, if it was shown. */
void
vd_window_set_database (VdWindow   *self,
                        VdDatabase *database)
{
  g_return_if_fail (VD_IS_WINDOW (self));
  g_return_if_fail (database == NULL || VD_IS_DATABASE (database));

  if (database != NULL)
    gtk_stack_set_visible_child_name (self->main_stack, "content");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-section", database != NULL);
  /* Nobody should take the generated district for a real register. */
  adw_window_title_set_subtitle (self->app_title,
                                 database != NULL && vd_sample_is_sample (database)
                                   ? _("Sample data") : NULL);
  gtk_info_bar_set_revealed (self->read_only_bar,
                             database != NULL && vd_database_is_read_only (database));

  g_clear_handle_id (&self->poll_source, g_source_remove);
  if (database != NULL)
    self->poll_source = g_timeout_add_seconds (POLL_SECONDS, poll_external_changes_cb, self);

  if (g_set_object (&self->database, database))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE]);
}

/* Replaces the whole content by the error page; its "Try Again" brings it back. */
void
vd_window_show_database_error (VdWindow     *self,
                               const char   *path,
                               const GError *error)
{
  g_return_if_fail (VD_IS_WINDOW (self));
  g_return_if_fail (path != NULL);
  g_return_if_fail (error != NULL);

  vd_window_set_database (self, NULL);
  vd_database_error_page_set_error (self->error_page, path, error);
  gtk_stack_set_visible_child_name (self->main_stack, "error");
}

static void
on_daily_backup_done_cb (GObject      *source,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  g_autoptr(VdWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  path = vd_backup_run_daily_finish (VD_DATABASE (source), result, &error);
  if (g_object_get_data (G_OBJECT (self), "backup-holds-app") != NULL)
    {
      g_application_release (g_object_get_data (G_OBJECT (self), "backup-holds-app"));
      g_object_set_data (G_OBJECT (self), "backup-holds-app", NULL);
    }
  /* A failed backup must not keep the office from working, so it is only reported. */
  if (error != NULL && gtk_widget_get_realized (GTK_WIDGET (self)))
    {
      g_autofree char *escaped = g_markup_escape_text (error->message, -1);
      g_autofree char *title = g_strdup_printf (_("The daily backup failed: %s"), escaped);
      AdwToast *toast = adw_toast_new (title);

      adw_toast_set_timeout (toast, 0);
      vd_window_add_toast (self, toast);
    }
}

/* In a worker thread: at city scale the copy takes a second or more. */
void
vd_window_run_daily_backup (VdWindow *self)
{
  GtkApplication *app;

  g_return_if_fail (VD_IS_WINDOW (self));

  /* A read-only database does not change here, and its folder may not take files. */
  if (self->database == NULL || vd_database_is_read_only (self->database))
    return;

  /* Quitting right away still lets the backup finish. */
  app = gtk_window_get_application (GTK_WINDOW (self));
  if (app != NULL && g_object_get_data (G_OBJECT (self), "backup-holds-app") == NULL)
    {
      g_application_hold (G_APPLICATION (app));
      g_object_set_data_full (G_OBJECT (self), "backup-holds-app", g_object_ref (app), g_object_unref);
    }
  vd_backup_run_daily_async (self->database, NULL, VD_BACKUP_KEEP, NULL,
                             on_daily_backup_done_cb, g_object_ref (self));
}

const char *
vd_window_get_section (VdWindow *self)
{
  g_return_val_if_fail (VD_IS_WINDOW (self), NULL);

  return gtk_stack_get_visible_child_name (self->section_stack);
}

/* Returns FALSE, changing nothing, for an unknown section id. */
gboolean
vd_window_set_section (VdWindow   *self,
                       const char *section)
{
  g_return_val_if_fail (VD_IS_WINDOW (self), FALSE);

  if (section == NULL || gtk_stack_get_child_by_name (self->section_stack, section) == NULL)
    return FALSE;

  if (g_strcmp0 (section, vd_window_get_section (self)) != 0)
    gtk_stack_set_visible_child_name (self->section_stack, section);
  return TRUE;
}

/**
 * vd_window_add_toast:
 * @toast: (transfer full): the toast to show
 */
void
vd_window_add_toast (VdWindow *self,
                     AdwToast *toast)
{
  g_return_if_fail (VD_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* On an empty register (a new office): the welcome page, which offers the import, the
 * sample district written next to the user's database, or the empty register. */
gboolean
vd_window_welcome_if_empty (VdWindow *self)
{
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *name = NULL;
  g_autofree char *sample = NULL;

  g_return_val_if_fail (VD_IS_WINDOW (self), FALSE);

  if (self->database == NULL || vd_database_is_read_only (self->database) ||
      vd_database_count_rows (self->database, "volunteers") != 0)
    return FALSE;

  /* The name build-aux/run.sh gives it: a new year brings a new sample. */
  dir = g_path_get_dirname (vd_database_get_path (self->database));
  now = g_date_time_new_now_local ();
  name = g_strdup_printf ("sample-district-%d.db", g_date_time_get_year (now));
  sample = g_build_filename (dir, name, NULL);
  vd_welcome_page_set_sample_path (self->welcome_page, sample);
  gtk_stack_set_visible_child_name (self->main_stack, "welcome");
  return TRUE;
}
