/* vd-list-export-dialog.c — exporting one of the lists (stations, events, trainings,
 * micro-wishes …): the privacy question, the file chooser, and the writing through
 * vd_list_export
 *
 * These lists are at most some tens of thousands of rows: the core writes them on the
 * main thread in about a second.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vd-list-export"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "vd-dialogs.h"
#include "vd-list-export-dialog.h"
#include "vd-window.h"

typedef struct
{
  VdDatabase           *db;
  VdListKind            kind;
  VdListFilter          filter;
  gboolean              full_ids;
  GtkCheckButton       *full_check;   /* owned by the question dialog */
  GtkFileChooserNative *chooser;      /* kept alive until its response (GTK 4.8) */
  GtkFileFilter        *xlsx_filter;
} ExportJob;

static void
export_job_free (gpointer data)
{
  ExportJob *job = data;

  g_clear_object (&job->db);
  g_clear_pointer (&job->filter.ids, g_array_unref);
  if (job->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (job->chooser));
  g_clear_object (&job->chooser);
  g_clear_object (&job->xlsx_filter);
  g_free (job);
}

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
cancelled (GTask *task)
{
  g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, _("The export was cancelled"));
  g_object_unref (task);
}

static void
on_chooser_response_cb (GtkNativeDialog *chooser,
                        int              response,
                        GTask           *task)
{
  ExportJob *job = g_task_get_task_data (task);
  g_autoptr(GFile) file = NULL;
  g_autofree char *chosen = NULL;
  g_autofree char *path = NULL;
  GError *error = NULL;
  guint n = 0;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file == NULL || (chosen = g_file_get_path (file)) == NULL)
    {
      cancelled (task);
      return;
    }

  path = path_with_extension (chosen, gtk_file_chooser_get_filter (GTK_FILE_CHOOSER (chooser))
                                      == job->xlsx_filter);
  if (!vd_list_export (job->db, job->kind, &job->filter, path, job->full_ids, &n, NULL, &error))
    g_task_return_error (task, error);
  else
    g_task_return_int (task, n);
  g_object_unref (task);
}

static void
ask_for_file (GTask *task)
{
  ExportJob *job = g_task_get_task_data (task);
  GtkWindow *parent = g_task_get_source_object (task);
  g_autofree char *name = NULL;

  job->chooser = vd_dialogs_new_table_chooser (parent, _("Export List"), &job->xlsx_filter);

  if (job->filter.year != 0)
    /* Translators: the file name offered: the list's name and a year, 活动 2023.csv */
    name = g_strdup_printf (_("%s %d.csv"), vd_list_kind_get_title (job->kind), job->filter.year);
  else
    name = g_strdup_printf ("%s.csv", vd_list_kind_get_title (job->kind));
  g_strdelimit (name, "/\\", '_');
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (job->chooser), name);

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
      cancelled (task);
      return;
    }
  job->full_ids = gtk_check_button_get_active (job->full_check);
  job->full_check = NULL;
  ask_for_file (task);
}

void
vd_list_export_dialog_run (GtkWindow           *parent,
                           VdDatabase          *db,
                           VdListKind           kind,
                           const VdListFilter  *filter,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  ExportJob *job;
  GTask *task;
  GtkWidget *dialog;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (VD_IS_DATABASE (db));

  job = g_new0 (ExportJob, 1);
  job->db = g_object_ref (db);
  job->kind = kind;
  if (filter != NULL)
    job->filter = *filter;
  if (job->filter.ids != NULL)
    g_array_ref (job->filter.ids);
  task = g_task_new (parent, NULL, callback, user_data);
  g_task_set_source_tag (task, vd_list_export_dialog_run);
  g_task_set_task_data (task, job, export_job_free);

  /* Translators: %s is a list: 站点, 活动, 培训, 微心愿 */
  heading = g_strdup_printf (_("Export %s"), vd_list_kind_get_title (kind));
  if (job->filter.ids != NULL)
    body = g_strdup_printf (ngettext ("The file lists the %u row of the current list, as the "
                                      "search and the filters show it, as CSV or an Excel "
                                      "workbook, with the same headers the import reads.",
                                      "The file lists the %u rows of the current list, as the "
                                      "search and the filters show them, as CSV or an Excel "
                                      "workbook, with the same headers the import reads.",
                                      job->filter.ids->len),
                            job->filter.ids->len);
  else if (job->filter.year != 0)
    body = g_strdup_printf (_("The file lists those of %d, as CSV or an Excel workbook, with the "
                              "same headers the import reads."), job->filter.year);
  else
    body = g_strdup (_("The file lists all of them, as CSV or an Excel workbook, with the same "
                       "headers the import reads."));
  dialog = vd_dialogs_new_question (parent, heading, body,
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
vd_list_export_dialog_run_finish (GAsyncResult  *result,
                                  guint         *n_written,
                                  GError       **error)
{
  gssize n = g_task_propagate_int (G_TASK (result), error);

  if (n < 0)
    return FALSE;
  if (n_written != NULL)
    *n_written = (guint)n;
  return TRUE;
}

static GArray *
collect_ids (GListModel *model,
             gint64    (*get_id) (gpointer item))
{
  guint n = g_list_model_get_n_items (model);
  GArray *ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      gint64 id = get_id (item);

      g_array_append_val (ids, id);
    }
  return ids;
}

static void
on_page_export_done_cb (GObject      *source,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  g_autoptr(GtkWidget) page = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  GtkRoot *root = gtk_widget_get_root (page);
  guint n = 0;

  if (!vd_list_export_dialog_run_finish (result, &n, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        vd_dialogs_show_message (GTK_WINDOW (source), _("Export Failed"), error->message);
      return;
    }
  if (VD_IS_WINDOW (root))
    {
      text = g_strdup_printf (ngettext ("Exported %u row", "Exported %u rows", n), n);
      vd_window_add_toast (VD_WINDOW (root), adw_toast_new (text));
    }
}

void
vd_list_export_dialog_run_for_shown (GtkWidget  *page,
                                     VdDatabase *db,
                                     VdListKind  kind,
                                     GListModel *shown,
                                     gint64    (*get_id) (gpointer item))
{
  g_autoptr(GArray) ids = NULL;
  VdListFilter filter = { 0, 0, NULL };

  if (shown != NULL)
    filter.ids = ids = collect_ids (shown, get_id);
  vd_list_export_dialog_run_for_page (page, db, kind, &filter);
}

void
vd_list_export_dialog_run_for_page (GtkWidget          *page,
                                    VdDatabase         *db,
                                    VdListKind          kind,
                                    const VdListFilter *filter)
{
  GtkRoot *root = gtk_widget_get_root (page);

  g_return_if_fail (GTK_IS_WINDOW (root));
  if (db == NULL)
    return;
  vd_list_export_dialog_run (GTK_WINDOW (root), db, kind, filter, on_page_export_done_cb,
                             g_object_ref (page));
}
