/* vd-doc-print.c — printing and saving a laid-out document from a window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "vd-dialogs.h"
#include "vd-doc-print.h"

static void
on_begin_print_cb (GtkPrintOperation *operation,
                   GtkPrintContext   *context,
                   VdDoc             *doc)
{
  gtk_print_operation_set_n_pages (operation, vd_doc_get_n_pages (doc));
}

/* The document is laid out on A4 in points; the printer's page may differ a little. */
static void
on_draw_page_cb (GtkPrintOperation *operation,
                 GtkPrintContext   *context,
                 int                page,
                 VdDoc             *doc)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double scale = MIN (gtk_print_context_get_width (context) / VD_DOC_WIDTH,
                      gtk_print_context_get_height (context) / VD_DOC_HEIGHT);

  cairo_save (cr);
  cairo_scale (cr, scale, scale);
  vd_doc_draw_page (doc, page, cr);
  cairo_restore (cr);
}

void
vd_doc_print (VdDoc     *doc,
              GtkWindow *parent)
{
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;

  gtk_page_setup_set_paper_size_and_default_margins (setup, a4);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print_cb), doc);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page_cb), doc);

  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    parent, &error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    vd_dialogs_show_message (parent, _("Cannot Print"), error->message);
}

typedef struct
{
  VdDoc     *doc;
  GtkWindow *parent;
  GFunc      saved;
  gpointer   user_data;
} SaveJob;

static void
on_save_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     SaveJob         *job)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = g_file_get_path (file);
      g_autoptr(GError) error = NULL;

      if (path != NULL && !g_str_has_suffix (path, ".pdf") && !g_str_has_suffix (path, ".PDF"))
        {
          char *with_suffix = g_strconcat (path, ".pdf", NULL);

          g_free (path);
          path = with_suffix;
        }
      if (path == NULL)
        vd_dialogs_show_message (job->parent, _("Cannot Save"),
                                 _("Choose a folder on this computer."));
      else if (!vd_doc_write_pdf (job->doc, path, &error))
        vd_dialogs_show_message (job->parent, _("Cannot Save"), error->message);
      else if (job->saved != NULL)
        job->saved (path, job->user_data);
    }
  /* The chooser was kept alive until its answer (GtkFileChooserNative). */
  g_object_unref (chooser);
  g_free (job);
}

void
vd_doc_save (VdDoc      *doc,
             GtkWindow  *parent,
             const char *suggested_name,
             GFunc       saved,
             gpointer    user_data)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  SaveJob *job = g_new0 (SaveJob, 1);

  job->doc = doc;
  job->parent = parent;
  job->saved = saved;
  job->user_data = user_data;

  chooser = gtk_file_chooser_native_new (_("Save PDF"), parent, GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Save"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_suffix (filter, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), suggested_name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_save_response_cb), job);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
