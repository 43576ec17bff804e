/* vd-ledger-print.c — a station ledger through GtkPrintOperation
 *
 * vd_ledger_print_ask asks for the period, then saves a PDF or prints.
 * The print context's cairo unit is set to the point, the unit the ledger lays its
 * pages out in, so the printed pages match the PDF's.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vd-ledger-print"

#include "config.h"

#include <glib/gi18n.h>

#include "vd-date.h"
#include "vd-dialogs.h"
#include "vd-form-window.h"
#include "vd-ledger-print.h"
#include "vd-places.h"
#include "vd-window.h"

static GtkWindow *
get_parent_window (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
add_toast (GtkWidget  *widget,
           const char *text)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  if (VD_IS_WINDOW (root))
    vd_window_add_toast (VD_WINDOW (root), adw_toast_new (escaped));
}

static void
on_begin_print_cb (GtkPrintOperation *operation,
                   GtkPrintContext   *context,
                   VdStationLedger   *ledger)
{
  guint n = vd_station_ledger_paginate (ledger, gtk_print_context_get_cairo_context (context),
                                        gtk_print_context_get_width (context),
                                        gtk_print_context_get_height (context));

  gtk_print_operation_set_n_pages (operation, MAX (n, 1));
}

static void
on_draw_page_cb (GtkPrintOperation *operation,
                 GtkPrintContext   *context,
                 int                page,
                 VdStationLedger   *ledger)
{
  vd_station_ledger_draw_page (ledger, gtk_print_context_get_cairo_context (context), page);
}

gboolean
vd_ledger_print_run (GtkWindow        *parent,
                     VdStationLedger  *ledger,
                     const char       *export_path,
                     GError          **error)
{
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  g_autofree char *job = vd_station_ledger_dup_file_name (ledger);
  GtkPrintOperationResult result;

  g_return_val_if_fail (ledger != NULL, FALSE);

  gtk_page_setup_set_paper_size_and_default_margins (setup, a4);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_job_name (operation, job);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print_cb), ledger);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page_cb), ledger);
  if (export_path != NULL)
    gtk_print_operation_set_export_filename (operation, export_path);
  result = gtk_print_operation_run (operation,
                                    export_path != NULL ? GTK_PRINT_OPERATION_ACTION_EXPORT
                                                        : GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    parent, error);
  return result != GTK_PRINT_OPERATION_RESULT_ERROR;
}

/* The period, then a PDF file or the printer */


typedef struct
{
  GtkWidget      *widget;       /* for the parent window and the toasts */
  VdDatabase     *database;
  gint64          station_id;
  gboolean        print;
  AdwEntryRow    *from;
  AdwEntryRow    *to;
} PeriodForm;

static void
period_form_free (gpointer data)
{
  PeriodForm *f = data;

  g_object_unref (f->widget);
  g_object_unref (f->database);
  g_free (f);
}

/* The period's dates; a date that is not one gets the message at its row. */
static gboolean
parse_period (VdFormWindow  *form,
              PeriodForm    *f,
              char         **from,
              char         **to)
{
  GDate a, b;
  AdwEntryRow *bad = NULL;

  g_date_clear (&a, 1);
  g_date_clear (&b, 1);
  if (!vd_date_parse (vd_form_window_get_text (f->from), &a))
    bad = f->from;
  else if (!vd_date_parse (vd_form_window_get_text (f->to), &b))
    bad = f->to;
  if (bad != NULL)
    {
      vd_form_window_set_row_message (form, GTK_WIDGET (bad),
                                      _("Enter both dates of the period, as 2026-03-05."));
      return FALSE;
    }
  *from = vd_date_to_iso (&a);
  *to = vd_date_to_iso (&b);
  return TRUE;
}

static void
on_ledger_file_cb (GtkNativeDialog *chooser,
                   int              response,
                   gpointer         user_data)
{
  VdStationLedger *ledger = g_object_get_data (G_OBJECT (chooser), "ledger");
  GtkWidget *widget = g_object_get_data (G_OBJECT (chooser), "widget");
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      path = g_file_get_path (file);
      if (!vd_station_ledger_write_pdf (ledger, path, &error))
        vd_dialogs_show_message (get_parent_window (widget), _("Could Not Save the Ledger"),
                                 error->message);
      else
        add_toast (widget, _("Ledger saved"));
    }
  g_object_unref (chooser);
}

static void
print_ledger (GtkWidget       *widget,
              VdStationLedger *ledger)
{
  g_autoptr(GError) error = NULL;

  if (!vd_ledger_print_run (get_parent_window (widget), ledger, NULL, &error))
    vd_dialogs_show_message (get_parent_window (widget), _("Printing Failed"), error->message);
}

static gboolean
accept_period_cb (VdFormWindow  *form,
                  gpointer       user_data,
                  GError       **error)
{
  PeriodForm *f = user_data;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *name = NULL;
  VdStationLedger *ledger;
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) pdf = gtk_file_filter_new ();

  g_autoptr(GError) local = NULL;

  if (!parse_period (form, f, &from, &to))
    return FALSE;
  ledger = vd_station_ledger_new (f->database, f->station_id, from, to, &local);
  if (ledger == NULL && g_error_matches (local, VD_PLACES_ERROR, VD_PLACES_ERROR_INVALID))
    {
      /* the only field the period can be wrong in is its end */
      vd_form_window_set_row_message (form, GTK_WIDGET (f->to), local->message);
      return FALSE;
    }
  if (ledger == NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }

  if (f->print)
    {
      /* The form closes first: the print dialog is modal to the main window. */
      gtk_widget_set_visible (GTK_WIDGET (form), FALSE);
      print_ledger (f->widget, ledger);
      vd_station_ledger_free (ledger);
      return TRUE;
    }

  chooser = gtk_file_chooser_native_new (_("Save Ledger"), get_parent_window (f->widget),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  name = vd_station_ledger_dup_file_name (ledger);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_file_filter_set_name (pdf, _("PDF documents"));
  gtk_file_filter_add_mime_type (pdf, "application/pdf");
  gtk_file_filter_add_suffix (pdf, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), pdf);
  g_object_set_data_full (G_OBJECT (chooser), "ledger", ledger,
                          (GDestroyNotify)vd_station_ledger_free);
  g_object_set_data_full (G_OBJECT (chooser), "widget", g_object_ref (f->widget), g_object_unref);
  /* The chooser keeps itself until its response. */
  g_signal_connect (chooser, "response", G_CALLBACK (on_ledger_file_cb), NULL);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
  return TRUE;
}

void
vd_ledger_print_ask (GtkWidget  *widget,
                     VdDatabase *database,
                     VdStation  *station,
                     gboolean    print)
{
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  VdFormWindow *form;
  PeriodForm *f;
  GDate today;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (VD_IS_DATABASE (database));
  g_return_if_fail (VD_IS_STATION (station));

  vd_date_set_today (&today);
  from = g_strdup_printf ("%04d-01-01", g_date_get_year (&today));
  to = vd_date_to_iso (&today);
  f = g_new0 (PeriodForm, 1);
  f->widget = g_object_ref (widget);
  f->database = g_object_ref (database);
  f->station_id = station->id;
  f->print = print;
  form = vd_form_window_new (get_parent_window (widget),
                             print ? _("Print Station Ledger") : _("Export Station Ledger"),
                             print ? _("_Print…") : _("_Export…"));
  vd_form_window_set_description (form, station->name);
  f->from = vd_form_window_add_entry (form, _("From"), from);
  f->to = vd_form_window_add_entry (form, _("To"), to);
  vd_form_window_set_accept_func (form, accept_period_cb, f, period_form_free);
  gtk_window_present (GTK_WINDOW (form));
}
