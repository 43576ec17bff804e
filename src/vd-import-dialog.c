/* vd-import-dialog.c — bringing a spreadsheet of volunteers into the register
 *
 * Four steps in a stack: choose a file, check where its columns go, import, and a
 * report. The import runs in a thread with a database connection of its own (a
 * SQLite connection is used by one thread only here); the core keeps it in one
 * transaction, so a cancel or a failure leaves the register as it was.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vd-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "vd-dialogs.h"
#include "vd-import-columns.h"
#include "vd-import-dialog.h"
#include "vd-import-report.h"

/* The bar moves at most this often, however fast the rows come. */
#define PROGRESS_INTERVAL_MS 100

#define XLSX_MIME_TYPE "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

struct _VdImportDialog
{
  AdwWindow             parent_instance;

  VdDatabase           *database;
  VdImport             *import;
  VdImportResult       *result;
  GtkFileChooserNative *chooser;
  GCancellable         *cancellable;     /* set while an import runs */
  AdwMessageDialog     *stop_dialog;
  gboolean              close_when_done;
  gboolean              disposed;

  /* Written by the import thread, read by the main loop. */
  GMutex                progress_mutex;
  double                progress_fraction;
  guint                 progress_rows;
  gboolean              progress_queued;

  AdwToastOverlay      *toast_overlay;
  AdwWindowTitle       *window_title;
  GtkWidget            *cancel_button;
  GtkWidget            *import_button;
  GtkWidget            *done_button;
  GtkStack             *stack;
  GtkWidget            *file_error_box;
  GtkLabel             *file_error_title;
  GtkLabel             *file_error;
  VdImportColumns      *columns;
  GtkProgressBar       *progress_bar;
  GtkLabel             *progress_label;
  VdImportReport       *report;
};

G_DEFINE_FINAL_TYPE (VdImportDialog, vd_import_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void on_columns_ready_cb (VdImportDialog *self);

/* What the import thread needs; the dialog, the task's source object, outlives it. */
typedef struct
{
  char           *db_path;
  VdImport       *import;        /* the dialog's, unchanged while the import runs */
  gboolean        strict;
  VdDuplicates    duplicates;
  VdImportResult *result;
} ImportJob;

static void
import_job_free (gpointer data)
{
  ImportJob *job = data;

  g_free (job->db_path);
  g_clear_pointer (&job->result, vd_import_result_free);
  g_free (job);
}

static void
set_step (VdImportDialog *self,
          const char     *step)
{
  gboolean columns = g_str_equal (step, "columns");
  gboolean report = g_str_equal (step, "report");

  gtk_stack_set_visible_child_name (self->stack, step);
  gtk_widget_set_visible (self->cancel_button, columns || g_str_equal (step, "file"));
  gtk_widget_set_visible (self->import_button, columns);
  gtk_widget_set_visible (self->done_button, report);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.choose-file",
                                 !report && self->cancellable == NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.save-rejects",
                                 report && self->result != NULL && self->result->rejects->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.cancel", self->cancellable != NULL);
}

static void
add_toast (VdImportDialog *self,
           const char     *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
}

/* Step 1: the file */

static void
show_file_error (VdImportDialog *self,
                 const char     *path,
                 const GError   *error)
{
  g_autofree char *name = g_filename_display_basename (path);
  g_autofree char *title = g_strdup_printf (_("“%s” cannot be imported"), name);

  gtk_label_set_label (self->file_error_title, title);
  gtk_label_set_label (self->file_error, error->message);
  gtk_widget_set_visible (self->file_error_box, TRUE);
}

gboolean
vd_import_dialog_open_file (VdImportDialog *self,
                            const char     *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  VdImport *import;

  g_return_val_if_fail (VD_IS_IMPORT_DIALOG (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (self->cancellable == NULL, FALSE);

  import = vd_import_open (path, &error);

  /* Another file replaces the one before, even when it cannot be read. */
  vd_import_columns_set_import (self->columns, NULL);
  g_clear_pointer (&self->import, vd_import_free);
  g_clear_pointer (&self->result, vd_import_result_free);

  if (import == NULL)
    {
      on_columns_ready_cb (self);
      adw_window_title_set_subtitle (self->window_title, NULL);
      show_file_error (self, path, error);
      set_step (self, "file");
      return FALSE;
    }

  self->import = import;
  name = g_filename_display_basename (path);
  adw_window_title_set_subtitle (self->window_title, name);
  gtk_widget_set_visible (self->file_error_box, FALSE);
  vd_import_columns_set_import (self->columns, import);
  on_columns_ready_cb (self);
  set_step (self, "columns");
  return TRUE;
}

static void
on_open_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     VdImportDialog  *self)
{
  g_autoptr(GtkFileChooserNative) owned = g_steal_pointer (&self->chooser);
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response != GTK_RESPONSE_ACCEPT)
    return;

  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  path = file != NULL ? g_file_get_path (file) : NULL;
  if (path == NULL)
    {
      g_autoptr(GError) error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                                                     _("Only files on this computer can be "
                                                       "imported. Copy the file here first."));
      g_autofree char *name = file != NULL ? g_file_get_basename (file) : g_strdup ("?");

      show_file_error (self, name, error);
      set_step (self, "file");
      return;
    }

  vd_import_dialog_open_file (self, path);
}

static void
choose_file_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  VdImportDialog *self = VD_IMPORT_DIALOG (widget);
  g_autoptr(GtkFileFilter) spreadsheets = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  if (self->chooser != NULL)
    return;

  gtk_file_filter_set_name (spreadsheets, _("Spreadsheets"));
  gtk_file_filter_add_suffix (spreadsheets, "csv");
  gtk_file_filter_add_suffix (spreadsheets, "txt");
  gtk_file_filter_add_suffix (spreadsheets, "xlsx");
  gtk_file_filter_add_mime_type (spreadsheets, "text/csv");
  gtk_file_filter_add_mime_type (spreadsheets, XLSX_MIME_TYPE);
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");

  /* A native dialog is not a widget: it is kept until its response. */
  self->chooser = gtk_file_chooser_native_new (_("Choose a Spreadsheet"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), spreadsheets);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), all);
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (self->chooser), spreadsheets);
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_open_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* Step 2: the columns */

static void
on_columns_ready_cb (VdImportDialog *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.start",
                                 self->import != NULL &&
                                 vd_import_columns_get_ready (self->columns));
  gtk_widget_set_tooltip_text (self->import_button,
                               vd_import_columns_get_problem (self->columns));
}

/* Step 3: importing, in a thread */

static gboolean
show_progress_cb (gpointer user_data)
{
  VdImportDialog *self = user_data;
  g_autofree char *text = NULL;
  double fraction;
  guint rows;

  g_mutex_lock (&self->progress_mutex);
  fraction = self->progress_fraction;
  rows = self->progress_rows;
  self->progress_queued = FALSE;
  g_mutex_unlock (&self->progress_mutex);

  if (self->disposed || self->cancellable == NULL)
    return G_SOURCE_REMOVE;

  gtk_progress_bar_set_fraction (self->progress_bar, CLAMP (fraction, 0.0, 1.0));
  if (!g_cancellable_is_cancelled (self->cancellable))
    {
      text = g_strdup_printf (ngettext ("%u row read", "%u rows read", rows), rows);
      gtk_label_set_label (self->progress_label, text);
    }
  return G_SOURCE_REMOVE;
}

/* Called in the import thread: keeps the latest figures, and asks the main loop
 * to show them unless it is already asked to. */
static void
import_progress_cb (double   fraction,
                    guint    rows_read,
                    gpointer user_data)
{
  VdImportDialog *self = user_data;
  gboolean queue;

  g_mutex_lock (&self->progress_mutex);
  self->progress_fraction = fraction;
  self->progress_rows = rows_read;
  queue = !self->progress_queued;
  self->progress_queued = TRUE;
  g_mutex_unlock (&self->progress_mutex);

  if (queue)
    g_timeout_add_full (G_PRIORITY_DEFAULT, PROGRESS_INTERVAL_MS, show_progress_cb,
                        g_object_ref (self), g_object_unref);
}

static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ImportJob *job = task_data;
  g_autoptr(VdDatabase) db = NULL;
  GError *error = NULL;

  db = vd_database_open (job->db_path, &error);
  if (db == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  if (!vd_import_run (job->import, db, job->strict, job->duplicates, cancellable,
                      import_progress_cb, source_object, &job->result, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_return_boolean (task, TRUE);
}

static void
import_done_cb (GObject      *source,
                GAsyncResult *res,
                gpointer      user_data)
{
  VdImportDialog *self = VD_IMPORT_DIALOG (source);
  ImportJob *job = g_task_get_task_data (G_TASK (res));
  g_autoptr(GError) error = NULL;

  g_task_propagate_boolean (G_TASK (res), &error);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->result, vd_import_result_free);
  self->result = g_steal_pointer (&job->result);

  /* Every list shows the new volunteers, even when this window has gone. */
  if (self->result != NULL && self->result->committed)
    vd_database_emit_reloaded (self->database);

  if (self->disposed)
    return;
  if (self->stop_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->stop_dialog));
  if (self->close_when_done)
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }

  vd_import_report_show (self->report, self->import, self->result, error);
  set_step (self, "report");
}

static void
start_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  VdImportDialog *self = VD_IMPORT_DIALOG (widget);
  g_autoptr(GTask) task = NULL;
  ImportJob *job;

  if (self->import == NULL || self->cancellable != NULL ||
      !vd_import_check_mapping (self->import, NULL))
    return;

  job = g_new0 (ImportJob, 1);
  job->db_path = g_strdup (vd_database_get_path (self->database));
  job->import = self->import;
  job->strict = vd_import_columns_get_strict (self->columns);
  job->duplicates = vd_import_columns_get_duplicates (self->columns);

  self->cancellable = g_cancellable_new ();
  self->close_when_done = FALSE;
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  gtk_label_set_label (self->progress_label, _("Reading the file…"));
  set_step (self, "importing");

  task = g_task_new (self, self->cancellable, import_done_cb, NULL);
  g_task_set_source_tag (task, start_action);
  g_task_set_task_data (task, job, import_job_free);
  /* A cancel that comes after the commit must not hide what was imported. */
  g_task_set_check_cancellable (task, FALSE);
  g_task_run_in_thread (task, import_thread);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  VdImportDialog *self = VD_IMPORT_DIALOG (widget);

  if (self->cancellable == NULL)
    return;

  g_cancellable_cancel (self->cancellable);
  gtk_label_set_label (self->progress_label, _("Cancelling…"));
  gtk_widget_action_set_enabled (widget, "import.cancel", FALSE);
}

static void
on_stop_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     VdImportDialog   *self)
{
  if (g_strcmp0 (response, "stop") != 0)
    return;

  self->close_when_done = TRUE;
  gtk_widget_activate_action (GTK_WIDGET (self), "import.cancel", NULL);
}

static void
ask_stop (VdImportDialog *self)
{
  GtkWidget *dialog;

  if (self->stop_dialog != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->stop_dialog));
      return;
    }

  dialog = vd_dialogs_new_question (GTK_WINDOW (self), _("Cancel the Import?"),
                                    _("Nothing from the file will be imported."),
                                    "continue", _("C_ontinue Importing"),
                                    "stop", _("_Cancel Import"),
                                    ADW_RESPONSE_DESTRUCTIVE);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_stop_response_cb), self, 0);

  self->stop_dialog = ADW_MESSAGE_DIALOG (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &self->stop_dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Step 4: the report */

static void
on_save_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     VdImportDialog  *self)
{
  g_autoptr(GtkFileChooserNative) owned = g_steal_pointer (&self->chooser);
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (response != GTK_RESPONSE_ACCEPT || self->import == NULL || self->result == NULL)
    return;

  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  path = file != NULL ? g_file_get_path (file) : NULL;
  if (path == NULL)
    {
      g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           _("Choose a folder on this computer."));
      vd_dialogs_show_message (GTK_WINDOW (self), _("Cannot Save the Rejected Rows"),
                               error->message);
      return;
    }

  if (!vd_import_save_rejects (self->import, self->result, path, &error))
    {
      vd_dialogs_show_message (GTK_WINDOW (self), _("Cannot Save the Rejected Rows"),
                               error->message);
      return;
    }
  add_toast (self, _("Rejected rows saved"));
}

static void
save_rejects_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  VdImportDialog *self = VD_IMPORT_DIALOG (widget);
  g_autoptr(GtkFileFilter) csv = gtk_file_filter_new ();

  if (self->chooser != NULL || self->result == NULL)
    return;

  gtk_file_filter_set_name (csv, _("CSV Files"));
  gtk_file_filter_add_suffix (csv, "csv");
  gtk_file_filter_add_mime_type (csv, "text/csv");

  self->chooser = gtk_file_chooser_native_new (_("Save Rejected Rows"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), csv);
  /* Translators: the default name of the file of rows an import refused */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), _("rejected-rows.csv"));
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_save_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* GObject */

static gboolean
vd_import_dialog_close_request (GtkWindow *window)
{
  VdImportDialog *self = VD_IMPORT_DIALOG (window);

  if (self->cancellable != NULL)
    {
      /* Already cancelling: close as soon as the core has rolled back. */
      if (g_cancellable_is_cancelled (self->cancellable))
        self->close_when_done = TRUE;
      else
        ask_stop (self);
      return TRUE;
    }

  return GTK_WINDOW_CLASS (vd_import_dialog_parent_class)->close_request (window);
}

static void
vd_import_dialog_dispose (GObject *object)
{
  VdImportDialog *self = VD_IMPORT_DIALOG (object);

  /* The thread goes on until the core has rolled back; the task keeps self alive. */
  self->disposed = TRUE;
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);

  if (self->chooser != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->chooser, self);
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
      g_clear_object (&self->chooser);
    }
  if (self->stop_dialog != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (self->stop_dialog),
                                    (gpointer *) &self->stop_dialog);
      gtk_window_destroy (GTK_WINDOW (self->stop_dialog));
      self->stop_dialog = NULL;
    }

  gtk_widget_dispose_template (GTK_WIDGET (self), VD_TYPE_IMPORT_DIALOG);

  G_OBJECT_CLASS (vd_import_dialog_parent_class)->dispose (object);
}

static void
vd_import_dialog_finalize (GObject *object)
{
  VdImportDialog *self = VD_IMPORT_DIALOG (object);

  /* Not in dispose: an import thread may still read them until it returns. */
  g_clear_pointer (&self->import, vd_import_free);
  g_clear_pointer (&self->result, vd_import_result_free);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->database);
  g_mutex_clear (&self->progress_mutex);

  G_OBJECT_CLASS (vd_import_dialog_parent_class)->finalize (object);
}

static void
vd_import_dialog_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  VdImportDialog *self = VD_IMPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vd_import_dialog_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  VdImportDialog *self = VD_IMPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->database = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vd_import_dialog_class_init (VdImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = vd_import_dialog_dispose;
  object_class->finalize = vd_import_dialog_finalize;
  object_class->get_property = vd_import_dialog_get_property;
  object_class->set_property = vd_import_dialog_set_property;

  window_class->close_request = vd_import_dialog_close_request;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         VD_TYPE_DATABASE,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (VD_TYPE_IMPORT_COLUMNS);
  g_type_ensure (VD_TYPE_IMPORT_REPORT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/vd-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, VdImportDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, VdImportDialog, columns);
  gtk_widget_class_bind_template_child (widget_class, VdImportDialog, done_button);
  gtk_widget_class_bind_template_child (widget_class, VdImportDialog, file_error);
  gtk_widget_class_bind_template_child (widget_class, VdImportDialog, file_error_box);
  gtk_widget_class_bind_template_child (widget_class, VdImportDialog, file_error_title);
  gtk_widget_class_bind_template_child (widget_class, VdImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, VdImportDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, VdImportDialog, progress_label);
  gtk_widget_class_bind_template_child (widget_class, VdImportDialog, report);
  gtk_widget_class_bind_template_child (widget_class, VdImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, VdImportDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, VdImportDialog, window_title);
  gtk_widget_class_bind_template_callback (widget_class, on_columns_ready_cb);

  gtk_widget_class_install_action (widget_class, "import.choose-file", NULL, choose_file_action);
  gtk_widget_class_install_action (widget_class, "import.start", NULL, start_action);
  gtk_widget_class_install_action (widget_class, "import.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "import.save-rejects", NULL,
                                   save_rejects_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK,
                                       "import.choose-file", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
vd_import_dialog_init (VdImportDialog *self)
{
  g_mutex_init (&self->progress_mutex);

  gtk_widget_init_template (GTK_WIDGET (self));

  set_step (self, "file");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.start", FALSE);
}

GtkWidget *
vd_import_dialog_new (GtkWindow  *parent,
                      VdDatabase *db)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);

  return g_object_new (VD_TYPE_IMPORT_DIALOG,
                       "transient-for", parent,
                       "database", db,
                       NULL);
}

VdDatabase *
vd_import_dialog_get_database (VdImportDialog *self)
{
  g_return_val_if_fail (VD_IS_IMPORT_DIALOG (self), NULL);

  return self->database;
}

const VdImportResult *
vd_import_dialog_get_result (VdImportDialog *self)
{
  g_return_val_if_fail (VD_IS_IMPORT_DIALOG (self), NULL);

  return self->result;
}
