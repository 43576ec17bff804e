/* vd-welcome-page.c — what a new office sees on an empty register
 *
 * Three ways on: import the office's spreadsheet, look around the sample district
 * (written once, in a worker thread, next to the user's own database), or start
 * typing into an empty register.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <errno.h>
#include <glib/gstdio.h>

#include "vd-dialogs.h"
#include "vd-sample.h"
#include "vd-welcome-page.h"

struct _VdWelcomePage
{
  AdwBin          parent_instance;

  char           *sample_path;
  GCancellable   *cancellable;
  guint           pulse_source;

  GtkStack       *stack;
  GtkProgressBar *progress_bar;
};

G_DEFINE_FINAL_TYPE (VdWelcomePage, vd_welcome_page, ADW_TYPE_BIN)

enum {
  SAMPLE_READY,
  IMPORT,
  START_EMPTY,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
pulse_cb (gpointer data)
{
  VdWelcomePage *self = data;

  gtk_progress_bar_pulse (self->progress_bar);
  return G_SOURCE_CONTINUE;
}

static void
show_choices (VdWelcomePage *self)
{
  g_clear_handle_id (&self->pulse_source, g_source_remove);
  g_clear_object (&self->cancellable);
  gtk_stack_set_visible_child_name (self->stack, "choices");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "welcome.open-sample", TRUE);
}

/* In the worker thread: a file of its own, renamed into place only when whole. */
static void
write_sample_thread (GTask        *task,
                     gpointer      source_object,
                     gpointer      task_data,
                     GCancellable *cancellable)
{
  const char *path = task_data;
  g_autofree char *part = g_strconcat (path, ".part", NULL);
  g_autoptr(VdDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  VdSampleOptions options;
  const char *suffixes[] = { "", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *stale = g_strconcat (part, suffixes[i], NULL);
      g_unlink (stale);
    }

  vd_sample_options_init (&options, VD_SAMPLE_DISTRICT);
  db = vd_database_open (part, &error);
  if (db == NULL || !vd_sample_generate (db, &options, cancellable, &error))
    {
      g_clear_object (&db);
      g_unlink (part);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  g_clear_object (&db);
  if (g_rename (part, path) != 0)
    {
      int saved = errno;

      g_task_return_new_error (task, G_IO_ERROR, g_io_error_from_errno (saved),
                               _("Cannot write “%s”: %s"), path, g_strerror (saved));
      return;
    }
  g_task_return_boolean (task, TRUE);
}

static void
open_sample (VdWelcomePage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VdDatabase) db = vd_database_open (self->sample_path, &error);

  if (db == NULL)
    {
      vd_dialogs_show_message (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                               _("Cannot Open the Sample District"), error->message);
      return;
    }
  g_signal_emit (self, signals[SAMPLE_READY], 0, db);
}

static void
on_sample_written_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(VdWelcomePage) self = user_data;
  g_autoptr(GError) error = NULL;

  g_task_propagate_boolean (G_TASK (result), &error);
  show_choices (self);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (error != NULL)
    {
      vd_dialogs_show_message (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                               _("Cannot Write the Sample District"), error->message);
      return;
    }
  open_sample (self);
}

static void
open_sample_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  VdWelcomePage *self = VD_WELCOME_PAGE (widget);
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (self->sample_path != NULL);

  /* Written before: open it as it is (the user may have changed it since). */
  if (g_file_test (self->sample_path, G_FILE_TEST_EXISTS))
    {
      open_sample (self);
      return;
    }

  self->cancellable = g_cancellable_new ();
  gtk_stack_set_visible_child_name (self->stack, "progress");
  gtk_widget_action_set_enabled (widget, "welcome.open-sample", FALSE);
  self->pulse_source = g_timeout_add (150, pulse_cb, self);

  task = g_task_new (NULL, self->cancellable, on_sample_written_cb, g_object_ref (self));
  g_task_set_task_data (task, g_strdup (self->sample_path), g_free);
  g_task_run_in_thread (task, write_sample_thread);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  VdWelcomePage *self = VD_WELCOME_PAGE (widget);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  g_signal_emit (widget, signals[IMPORT], 0);
}

static void
start_empty_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  g_signal_emit (widget, signals[START_EMPTY], 0);
}

static void
vd_welcome_page_dispose (GObject *object)
{
  VdWelcomePage *self = VD_WELCOME_PAGE (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->pulse_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), VD_TYPE_WELCOME_PAGE);

  G_OBJECT_CLASS (vd_welcome_page_parent_class)->dispose (object);
}

static void
vd_welcome_page_finalize (GObject *object)
{
  VdWelcomePage *self = VD_WELCOME_PAGE (object);

  g_clear_object (&self->cancellable);
  g_free (self->sample_path);

  G_OBJECT_CLASS (vd_welcome_page_parent_class)->finalize (object);
}

static void
vd_welcome_page_class_init (VdWelcomePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vd_welcome_page_dispose;
  object_class->finalize = vd_welcome_page_finalize;

  /**
   * VdWelcomePage::sample-ready:
   * @db: the sample district, open
   */
  signals[SAMPLE_READY] =
    g_signal_new ("sample-ready", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, VD_TYPE_DATABASE);
  signals[IMPORT] =
    g_signal_new ("import", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[START_EMPTY] =
    g_signal_new ("start-empty", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_install_action (widget_class, "welcome.open-sample", NULL, open_sample_action);
  gtk_widget_class_install_action (widget_class, "welcome.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "welcome.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "welcome.start-empty", NULL, start_empty_action);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/vd-welcome-page.ui");
  gtk_widget_class_bind_template_child (widget_class, VdWelcomePage, stack);
  gtk_widget_class_bind_template_child (widget_class, VdWelcomePage, progress_bar);
}

static void
vd_welcome_page_init (VdWelcomePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

void
vd_welcome_page_set_sample_path (VdWelcomePage *self,
                                 const char    *path)
{
  g_return_if_fail (VD_IS_WELCOME_PAGE (self));

  g_free (self->sample_path);
  self->sample_path = g_strdup (path);
}

gboolean
vd_welcome_page_is_busy (VdWelcomePage *self)
{
  g_return_val_if_fail (VD_IS_WELCOME_PAGE (self), FALSE);

  return self->cancellable != NULL;
}
