/* vd-list-import-dialog.c — importing teams, stations, events or trainings from a
 * page: the file chooser, a strict first try, and the rejected rows shown before
 * anything is written
 *
 * An office's file is at most some thousands of rows: the core reads it on the main
 * thread in a few seconds at most.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vd-list-import"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "vd-dialogs.h"
#include "vd-list-import-dialog.h"
#include "vd-window.h"

/* Rows listed in the question; the rest are counted. */
#define MAX_LISTED 30

typedef struct
{
  GtkWidget            *page;
  VdDatabase           *db;
  VdListKind            kind;
  char                 *path;
  GtkFileChooserNative *chooser;   /* kept alive until its response (GTK 4.8) */
} ImportJob;

static void
import_job_free (ImportJob *job)
{
  g_clear_object (&job->page);
  g_clear_object (&job->db);
  g_free (job->path);
  if (job->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (job->chooser));
  g_clear_object (&job->chooser);
  g_free (job);
}

static GtkWindow *
job_window (ImportJob *job)
{
  GtkRoot *root = gtk_widget_get_root (job->page);

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
announce (ImportJob            *job,
          const VdImportResult *result)
{
  GtkWindow *window = job_window (job);
  g_autofree char *text = NULL;

  /* every view shows the new rows */
  vd_database_emit_reloaded (job->db);
  /* Translators: after an import of teams, stations, events or trainings */
  text = g_strdup_printf (_("Imported %u, updated %u, skipped %u"),
                          result->imported, result->updated, result->skipped);
  if (VD_IS_WINDOW (window))
    vd_window_add_toast (VD_WINDOW (window), adw_toast_new (text));
}

static void
run_import (ImportJob *job);

static void
on_rejects_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        ImportJob        *job)
{
  if (g_strcmp0 (response, "import") == 0)
    run_import (job);
  import_job_free (job);
}

static void
show_rejects (ImportJob            *job,
              const VdImportResult *result)
{
  g_autoptr(GString) body = g_string_new (NULL);
  g_autofree char *heading = NULL;
  GtkWidget *dialog;
  guint listed = 0;

  heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%u Row Cannot Be Imported",
                                          "%u Rows Cannot Be Imported", result->rejected),
                             result->rejected);
  g_string_append_printf (body, _("Nothing has been imported yet. %u rows are good."),
                          result->imported + result->updated);
  g_string_append (body, "\n");
  for (guint i = 0; i < result->rejects->len; i++)
    {
      VdImportReject *reject = g_ptr_array_index (result->rejects, i);

      if (reject->skipped)
        continue;
      if (listed++ == MAX_LISTED)
        {
          g_string_append (body, "\n…");
          break;
        }
      g_string_append_c (body, '\n');
      g_string_append_printf (body, _("Row %u: %s"), reject->row, reject->reason);
    }
  dialog = vd_dialogs_new_question (job_window (job), heading, body->str,
                                    "cancel", _("Import _Nothing"),
                                    "import", _("Import the _Good Rows"),
                                    ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_body_use_markup (ADW_MESSAGE_DIALOG (dialog), FALSE);
  g_signal_connect (dialog, "response", G_CALLBACK (on_rejects_response_cb), job);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* After the user chose to import the good rows of a file with bad ones. */
static void
run_import (ImportJob *job)
{
  g_autoptr(VdImportResult) result = NULL;
  g_autoptr(GError) error = NULL;

  if (vd_list_import (job->db, job->kind, job->path, FALSE, NULL, &result, &error))
    announce (job, result);
  else
    vd_dialogs_show_message (job_window (job), _("Import Failed"), error->message);
}

/* Strict first: a file with bad rows changes nothing until the user chooses. Returns
 * TRUE when the question now owns job. */
static gboolean
import_chosen (ImportJob *job)
{
  g_autoptr(VdImportResult) result = NULL;
  g_autoptr(GError) error = NULL;

  if (vd_list_import (job->db, job->kind, job->path, TRUE, NULL, &result, &error))
    announce (job, result);
  else if (result != NULL && g_error_matches (error, VD_IMPORT_ERROR, VD_IMPORT_ERROR_REJECTED))
    {
      show_rejects (job, result);
      return TRUE;
    }
  else
    vd_dialogs_show_message (job_window (job), _("Import Failed"), error->message);
  return FALSE;
}

static void
on_chooser_response_cb (GtkNativeDialog *chooser,
                        int              response,
                        ImportJob       *job)
{
  g_autoptr(GFile) file = NULL;
  gboolean kept = FALSE;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL && (job->path = g_file_get_path (file)) != NULL)
    kept = import_chosen (job);
  if (!kept)
    import_job_free (job);
}

static ImportJob *
import_job_new (GtkWidget  *page,
                VdDatabase *db,
                VdListKind  kind)
{
  ImportJob *job = g_new0 (ImportJob, 1);

  job->page = g_object_ref (page);
  job->db = g_object_ref (db);
  job->kind = kind;
  return job;
}

void
vd_list_import_dialog_import_path (GtkWidget  *page,
                                   VdDatabase *db,
                                   VdListKind  kind,
                                   const char *path)
{
  ImportJob *job;

  g_return_if_fail (GTK_IS_WIDGET (page));
  g_return_if_fail (VD_IS_DATABASE (db));
  g_return_if_fail (vd_list_kind_is_importable (kind));

  job = import_job_new (page, db, kind);
  job->path = g_strdup (path);
  if (!import_chosen (job))
    import_job_free (job);
}

void
vd_list_import_dialog_run_for_page (GtkWidget  *page,
                                    VdDatabase *db,
                                    VdListKind  kind)
{
  ImportJob *job;
  g_autoptr(GtkFileFilter) tables = gtk_file_filter_new ();
  g_autofree char *title = NULL;

  g_return_if_fail (GTK_IS_WIDGET (page));
  g_return_if_fail (vd_list_kind_is_importable (kind));
  if (db == NULL)
    return;

  job = import_job_new (page, db, kind);

  /* Translators: %s is a list: 站点, 活动, 培训, 服务队 */
  title = g_strdup_printf (_("Import %s"), vd_list_kind_get_title (kind));
  job->chooser = gtk_file_chooser_native_new (title, job_window (job),
                                              GTK_FILE_CHOOSER_ACTION_OPEN,
                                              _("_Import"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (job->chooser), TRUE);
  gtk_file_filter_set_name (tables, _("Spreadsheets (CSV, Excel)"));
  gtk_file_filter_add_pattern (tables, "*.csv");
  gtk_file_filter_add_pattern (tables, "*.CSV");
  gtk_file_filter_add_pattern (tables, "*.xlsx");
  gtk_file_filter_add_pattern (tables, "*.XLSX");
  gtk_file_filter_add_pattern (tables, "*.txt");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (job->chooser), tables);
  g_signal_connect (job->chooser, "response", G_CALLBACK (on_chooser_response_cb), job);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (job->chooser));
}
