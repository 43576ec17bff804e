/* vd-volunteer-export.c — exporting the volunteers shown: the privacy question, the
 * file chooser, and the writing in a worker thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vd-volunteer-export"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "vd-dialogs.h"
#include "vd-export.h"
#include "vd-volunteer-export.h"

typedef struct
{
  char                 *db_path;
  GArray               *ids;          /* gint64, a copy: the list may reload meanwhile */
  char                 *path;
  gboolean              full_ids;
  GtkCheckButton       *full_check;   /* owned by the question dialog */
  GtkFileChooserNative *chooser;      /* kept alive until its response (GTK 4.8) */
  GtkFileFilter        *xlsx_filter;
} ExportJob;

static void
export_job_free (gpointer data)
{
  ExportJob *job = data;

  g_free (job->db_path);
  g_array_unref (job->ids);
  g_free (job->path);
  if (job->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (job->chooser));
  g_clear_object (&job->chooser);
  g_clear_object (&job->xlsx_filter);
  g_free (job);
}

static ExportJob *
export_job_new (VdDatabase   *db,
                const gint64 *ids,
                guint         n_ids)
{
  ExportJob *job = g_new0 (ExportJob, 1);

  job->db_path = g_strdup (vd_database_get_path (db));
  job->ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n_ids);
  g_array_append_vals (job->ids, ids, n_ids);
  return job;
}

static void
write_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  ExportJob *job = task_data;
  g_autoptr(VdDatabase) db = NULL;
  GError *error = NULL;

  /* Our own connection: the window's belongs to the main thread. */
  db = vd_database_open (job->db_path, &error);
  if (db == NULL ||
      !vd_export_volunteers (db, (const gint64 *)(gpointer)job->ids->data, job->ids->len,
                             job->path, job->full_ids, cancellable, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_return_int (task, job->ids->len);
}

static gboolean
propagate_count (GAsyncResult  *result,
                 guint         *n_written,
                 GError       **error)
{
  gssize n = g_task_propagate_int (G_TASK (result), error);

  if (n < 0)
    return FALSE;
  if (n_written != NULL)
    *n_written = n;
  return TRUE;
}

/* A name without a known extension gets the one of the chosen file type. */
static char *
path_with_extension (const char *path,
                     gboolean    xlsx)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  if (g_str_has_suffix (lower, ".csv") || g_str_has_suffix (lower, ".xlsx"))
    return g_strdup (path);
  return g_strconcat (path, xlsx ? ".xlsx" : ".csv", NULL);
}

static void
on_chooser_response_cb (GtkNativeDialog *chooser,
                        int              response,
                        GTask           *task)
{
  ExportJob *job = g_task_get_task_data (task);
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  gboolean xlsx;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  xlsx = gtk_file_chooser_get_filter (GTK_FILE_CHOOSER (chooser)) == job->xlsx_filter;

  /* No GTK object may outlive this point: the worker thread may free the job. */
  g_clear_object (&job->chooser);
  g_clear_object (&job->xlsx_filter);

  if (file == NULL || (path = g_file_get_path (file)) == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                               _("The export was cancelled"));
      g_object_unref (task);
      return;
    }

  job->path = path_with_extension (path, xlsx);
  g_task_run_in_thread (task, write_thread);
  g_object_unref (task);
}

static void
ask_for_file (GTask *task)
{
  ExportJob *job = g_task_get_task_data (task);
  GtkWindow *parent = g_task_get_source_object (task);

  job->chooser = vd_dialogs_new_table_chooser (parent, _("Export Volunteers"), &job->xlsx_filter);

  /* Translators: the file name offered for an export, e.g. 志愿者名单.csv */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (job->chooser), _("volunteers.csv"));

  g_signal_connect (job->chooser, "response", G_CALLBACK (on_chooser_response_cb), task);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (job->chooser));
}

static void
on_question_response_cb (AdwMessageDialog *dialog,
                         const char       *response,
                         GTask            *task)
{
  ExportJob *job = g_task_get_task_data (task);

  if (g_strcmp0 (response, "export") != 0)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                               _("The export was cancelled"));
      g_object_unref (task);
      return;
    }

  job->full_ids = gtk_check_button_get_active (job->full_check);
  job->full_check = NULL;
  ask_for_file (task);
}

void
vd_volunteer_export_run (GtkWindow           *parent,
                         VdDatabase          *db,
                         const gint64        *ids,
                         guint                n_ids,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  GTask *task;
  ExportJob *job;
  GtkWidget *dialog;
  g_autofree char *heading = NULL;

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (VD_IS_DATABASE (db));

  job = export_job_new (db, ids, n_ids);
  task = g_task_new (parent, cancellable, callback, user_data);
  g_task_set_source_tag (task, vd_volunteer_export_run);
  g_task_set_task_data (task, job, export_job_free);

  heading = g_strdup_printf (ngettext ("Export %u Volunteer", "Export %u Volunteers", n_ids),
                             n_ids);
  dialog = vd_dialogs_new_question (parent, heading,
                                    _("The file lists the volunteers shown, in this order, "
                                      "with all their details."),
                                    "cancel", _("_Cancel"),
                                    "export", _("_Export…"),
                                    ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog),
                                      vd_dialogs_new_privacy_choice (&job->full_check));

  /* The task's reference passes to the flow; whichever step ends it drops it. */
  g_signal_connect (dialog, "response", G_CALLBACK (on_question_response_cb), task);
  gtk_window_present (GTK_WINDOW (dialog));
}

gboolean
vd_volunteer_export_run_finish (GAsyncResult  *result,
                                guint         *n_written,
                                GError       **error)
{
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == vd_volunteer_export_run,
                        FALSE);

  return propagate_count (result, n_written, error);
}

void
vd_volunteer_export_write_async (VdDatabase          *db,
                                 const gint64        *ids,
                                 guint                n_ids,
                                 const char          *path,
                                 gboolean             full_ids,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  ExportJob *job;

  g_return_if_fail (VD_IS_DATABASE (db));
  g_return_if_fail (path != NULL);

  job = export_job_new (db, ids, n_ids);
  job->path = g_strdup (path);
  job->full_ids = full_ids;

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, vd_volunteer_export_write_async);
  g_task_set_task_data (task, job, export_job_free);
  g_task_run_in_thread (task, write_thread);
}

gboolean
vd_volunteer_export_write_finish (GAsyncResult  *result,
                                  guint         *n_written,
                                  GError       **error)
{
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == vd_volunteer_export_write_async,
                        FALSE);

  return propagate_count (result, n_written, error);
}
