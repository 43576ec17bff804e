/* vd-application.c — the application: command line, actions, windows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vd-application"

#include "config.h"

#include <glib/gi18n.h>

#include "vd-application.h"
#include "vd-database.h"
#include "vd-preferences-window.h"
#include "vd-window.h"

struct _VdApplication
{
  AdwApplication  parent_instance;

  char           *database_path;  /* from --database, or NULL */
};

G_DEFINE_FINAL_TYPE (VdApplication, vd_application, ADW_TYPE_APPLICATION)

/* The most recently focused main window, if any. */
static VdWindow *
get_main_window (VdApplication *self)
{
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (self));

  for (; windows != NULL; windows = windows->next)
    if (VD_IS_WINDOW (windows->data))
      return windows->data;
  return NULL;
}

static void
quit_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  VdApplication *self = user_data;
  GList *windows = NULL;
  GList *l;

  /* Closing, rather than destroying, lets each window save its state. The list holds
   * references, since closing a window also destroys the dialogs it is a parent of;
   * it keeps the application's order (newest first), so that dialogs go before their
   * parents. */
  for (l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    windows = g_list_prepend (windows, g_object_ref (l->data));
  windows = g_list_reverse (windows);
  for (l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
  g_list_free_full (windows, g_object_unref);

  g_application_quit (G_APPLICATION (self));
}

static void
about_action (GSimpleAction *action,
              GVariant      *param,
              gpointer       user_data)
{
  VdApplication *self = user_data;
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", get_main_window (self),
                        "modal", TRUE,
                        "application-name", _("Volunteer Desk"),
                        "application-icon", APP_ID,
                        "version", PACKAGE_VERSION,
                        "comments", _("Keep the register of a district’s volunteers, teams, "
                                      "stations and events, and the service hours they give."),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       user_data)
{
  VdApplication *self = user_data;
  VdWindow *window = get_main_window (self);
  GtkWidget *preferences;

  /* Without a database (the error page is shown) there is nothing to set. */
  if (window == NULL || vd_window_get_database (window) == NULL)
    return;

  /* Belonging to the application, it is closed (and saves) on Quit too. */
  preferences = vd_preferences_window_new (vd_window_get_database (window));
  gtk_window_set_application (GTK_WINDOW (preferences), GTK_APPLICATION (self));
  gtk_window_set_transient_for (GTK_WINDOW (preferences), GTK_WINDOW (window));
  gtk_window_set_destroy_with_parent (GTK_WINDOW (preferences), TRUE);
  gtk_window_present (GTK_WINDOW (preferences));
}

static const GActionEntry app_actions[] = {
  { "quit", quit_action },
  { "about", about_action },
  { "preferences", preferences_action },
};

static int
vd_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  VdApplication *self = VD_APPLICATION (app);
  const char *path = NULL;

  if (g_variant_dict_lookup (options, "database", "^&ay", &path))
    {
      g_free (self->database_path);
      self->database_path = g_strdup (path);
    }

  /* Go on with the default handling: register, then activate. */
  return -1;
}

static void
vd_application_startup (GApplication *app)
{
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };

  G_APPLICATION_CLASS (vd_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions,
                                   G_N_ELEMENTS (app_actions), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.preferences",
                                         preferences_accels);
}

static void
vd_application_activate (GApplication *app)
{
  VdApplication *self = VD_APPLICATION (app);
  g_autoptr(VdDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  VdWindow *window;

  window = get_main_window (self);
  if (window != NULL)
    {
      gtk_window_present (GTK_WINDOW (window));
      return;
    }

  path = vd_database_resolve_path (self->database_path);
  database = vd_database_open (path, &error);

  window = vd_window_new (GTK_APPLICATION (self), database);
  if (database != NULL)
    {
      vd_window_run_daily_backup (window);
      vd_window_welcome_if_empty (window);
    }
  else
    vd_window_show_database_error (window, path, error);

  gtk_window_present (GTK_WINDOW (window));
}

static void
vd_application_finalize (GObject *object)
{
  VdApplication *self = VD_APPLICATION (object);

  g_clear_pointer (&self->database_path, g_free);

  G_OBJECT_CLASS (vd_application_parent_class)->finalize (object);
}

static void
vd_application_class_init (VdApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = vd_application_finalize;

  app_class->handle_local_options = vd_application_handle_local_options;
  app_class->startup = vd_application_startup;
  app_class->activate = vd_application_activate;
}

static void
vd_application_init (VdApplication *self)
{
  g_application_add_main_option (G_APPLICATION (self), "database", 0,
                                 G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME,
                                 _("Use the database file at PATH"),
                                 /* Translators: the argument of --database */
                                 _("PATH"));
}

VdApplication *
vd_application_new (void)
{
  return g_object_new (VD_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", RESOURCE_BASE,
                       NULL);
}
