/* vd-training-output.c — the attendance list, the sign-in sheet as a PDF, printed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vd-training-output"

#include "config.h"

#include <glib/gi18n.h>

#include "vd-dialogs.h"
#include "vd-sign-in-sheet.h"
#include "vd-training-output.h"
#include "vd-training.h"
#include "vd-window.h"

typedef struct
{
  VdDatabase *database;
  gint64      training_id;
  GtkWindow  *parent;
  GtkFileFilter *xlsx_filter;
  gboolean    sheet;      /* the sign-in sheet, not the list */
} Job;

static void
job_free (Job *job)
{
  g_clear_object (&job->database);
  g_clear_object (&job->parent);
  g_clear_object (&job->xlsx_filter);
  g_free (job);
}

static void
report (GtkWindow  *parent,
        const char *text)
{
  GtkWindow *main = parent;

  while (main != NULL && !VD_IS_WINDOW (main))
    main = gtk_window_get_transient_for (main);
  if (main != NULL)
    vd_window_add_toast (VD_WINDOW (main), adw_toast_new (text));
}

static char *
with_extension (const char *path,
                const char *extension)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  if (g_str_has_suffix (lower, extension))
    return g_strdup (path);
  return g_strconcat (path, extension, NULL);
}

static void
on_response_cb (GtkNativeDialog *chooser,
                int              response,
                Job             *job)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *chosen = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL && (chosen = g_file_get_path (file)) != NULL)
    {
      if (job->sheet)
        {
          path = with_extension (chosen, ".pdf");
          ok = vd_sign_in_sheet_write_pdf (job->database, job->training_id, path, &error);
        }
      else
        {
          gboolean xlsx = gtk_file_chooser_get_filter (GTK_FILE_CHOOSER (chooser)) == job->xlsx_filter;
          const char *full = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), "full");
          g_autofree char *lower = g_ascii_strdown (chosen, -1);

          path = g_str_has_suffix (lower, ".csv") || g_str_has_suffix (lower, ".xlsx")
                 ? g_strdup (chosen) : with_extension (chosen, xlsx ? ".xlsx" : ".csv");
          ok = vd_training_export_attendance (job->database, job->training_id, path,
                                              g_strcmp0 (full, "true") == 0, &error);
        }
      if (ok)
        {
          g_autofree char *name = g_path_get_basename (path);
          g_autofree char *text = g_strdup_printf (_("Saved %s"), name);

          report (job->parent, text);
        }
      else
        vd_dialogs_show_message (job->parent, job->sheet ? _("Cannot Save the Sign-In Sheet")
                                                         : _("Cannot Export the List"),
                                 error->message);
    }
  g_object_unref (chooser);
  job_free (job);
}

static char *
safe_name (const char *topic,
           const char *suffix)
{
  g_autofree char *name = g_strdup (topic != NULL && topic[0] != '\0' ? topic : _("training"));

  g_strdelimit (name, "/\\:*?\"<>|", '_');
  return g_strconcat (name, suffix, NULL);
}

static GtkFileChooserNative *
new_chooser (GtkWindow  *parent,
             const char *title,
             Job        *job)
{
  GtkFileChooserNative *chooser =
    gtk_file_chooser_native_new (title, parent, GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"),
                                 _("_Cancel"));

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_response_cb), job);
  return chooser;
}

static Job *
new_job (GtkWindow  *parent,
         VdDatabase *database,
         gint64      training_id,
         gboolean    sheet)
{
  Job *job = g_new0 (Job, 1);

  job->database = g_object_ref (database);
  job->parent = parent != NULL ? g_object_ref (parent) : NULL;
  job->training_id = training_id;
  job->sheet = sheet;
  return job;
}

void
vd_training_output_export_list (GtkWindow  *parent,
                                VdDatabase *database,
                                gint64      training_id,
                                const char *topic)
{
  Job *job = new_job (parent, database, training_id, FALSE);
  GtkFileChooserNative *chooser = new_chooser (parent, _("Export Attendance List"), job);
  g_autoptr(GtkFileFilter) csv = gtk_file_filter_new ();
  g_autofree char *name = safe_name (topic, ".xlsx");

  gtk_file_filter_set_name (csv, _("CSV (UTF-8, opens in Excel and WPS)"));
  gtk_file_filter_add_pattern (csv, "*.csv");
  job->xlsx_filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (job->xlsx_filter, _("Excel workbook (.xlsx)"));
  gtk_file_filter_add_pattern (job->xlsx_filter, "*.xlsx");
  g_object_ref_sink (job->xlsx_filter);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), job->xlsx_filter);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), csv);
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (chooser), job->xlsx_filter);
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (chooser), "full",
                               _("Include full phone numbers"), NULL, NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
vd_training_output_save_sheet (GtkWindow  *parent,
                               VdDatabase *database,
                               gint64      training_id,
                               const char *topic)
{
  Job *job = new_job (parent, database, training_id, TRUE);
  GtkFileChooserNative *chooser = new_chooser (parent, _("Save Sign-In Sheet"), job);
  g_autoptr(GtkFileFilter) pdf = gtk_file_filter_new ();
  g_autofree char *name = safe_name (topic, _("-sign-in.pdf"));

  gtk_file_filter_set_name (pdf, _("PDF document"));
  gtk_file_filter_add_pattern (pdf, "*.pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), pdf);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Printing: the same drawing as the PDF, scaled into the printable area. */

static void
on_begin_print_cb (GtkPrintOperation *operation,
                   GtkPrintContext   *context,
                   VdSignInSheet     *sheet)
{
  gtk_print_operation_set_n_pages (operation, vd_sign_in_sheet_get_n_pages (sheet));
}

static void
on_draw_page_cb (GtkPrintOperation *operation,
                 GtkPrintContext   *context,
                 int                page,
                 VdSignInSheet     *sheet)
{
  vd_sign_in_sheet_draw_page (sheet, gtk_print_context_get_cairo_context (context),
                              gtk_print_context_get_width (context),
                              gtk_print_context_get_height (context), page);
}

void
vd_training_output_print_sheet (GtkWindow  *parent,
                                VdDatabase *database,
                                gint64      training_id)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  g_autoptr(GError) error = NULL;
  VdSignInSheet *sheet = vd_sign_in_sheet_new (database, training_id, &error);
  GtkPrintOperationResult result;

  if (sheet == NULL)
    {
      vd_dialogs_show_message (parent, _("Cannot Print the Sign-In Sheet"), error->message);
      return;
    }
  operation = gtk_print_operation_new ();
  gtk_page_setup_set_paper_size_and_default_margins (setup, a4);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_job_name (operation, _("Sign-in sheet"));
  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print_cb), sheet);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page_cb), sheet);
  g_object_set_data_full (G_OBJECT (operation), "sheet", sheet,
                          (GDestroyNotify)vd_sign_in_sheet_free);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent,
                                    &error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    vd_dialogs_show_message (parent, _("Cannot Print the Sign-In Sheet"), error->message);
  else if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    report (parent, _("The sign-in sheet was sent to the printer"));
}
