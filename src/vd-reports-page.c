/* vd-reports-page.c — the annual work summary: preview, PDF, Excel, JSON and print
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The page lays out the summary of the chosen year once (vd-annual-document.c) and
 * shows its recorded pages as pictures; saving and printing use the same layout, so
 * what the office sees is what it gets.
 */

#define G_LOG_DOMAIN "vd-reports-page"

#include "config.h"

#include <glib/gi18n.h>

#include "vd-annual-document.h"
#include "vd-dialogs.h"
#include "vd-doc-print.h"
#include "vd-reports-page.h"

/* Width of a previewed page in pixels: narrow enough for an 800-px window. */
#define PREVIEW_WIDTH 480

struct _VdReportsPage
{
  VdPage         parent_instance;

  GtkDropDown   *year_dropdown;
  GtkStringList *years;
  GtkLabel      *status_label;
  GtkBox        *pages_box;

  VdAnnual      *annual;
  VdDoc         *doc;
  GPtrArray     *retired_docs;   /* a file chooser may still hold one */
  GtkFileChooserNative *chooser;  /* kept until its response (GTK 4.8) */
  gboolean       chooser_json;
  VdDatabase    *watched;
  gulong         reloaded_id;
  int            first_year;
  int            last_year;
  gboolean       filling_years;
  gboolean       stale;
  guint          n_previews;
};

G_DEFINE_FINAL_TYPE (VdReportsPage, vd_reports_page, VD_TYPE_PAGE)

static GdkTexture *
render_page (VdDoc *doc,
             guint  n)
{
  double scale = PREVIEW_WIDTH / VD_DOC_WIDTH;
  int height = (int)(VD_DOC_HEIGHT * scale + 0.5);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, PREVIEW_WIDTH, height);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(GBytes) bytes = NULL;
  GdkTexture *texture;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, scale, scale);
  vd_doc_draw_page (doc, n, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  bytes = g_bytes_new (cairo_image_surface_get_data (surface),
                       (gsize)cairo_image_surface_get_stride (surface) * height);
  texture = gdk_memory_texture_new (PREVIEW_WIDTH, height, GDK_MEMORY_DEFAULT, bytes,
                                    cairo_image_surface_get_stride (surface));
  cairo_surface_destroy (surface);
  return texture;
}

static void
clear_previews (VdReportsPage *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->pages_box))) != NULL)
    gtk_box_remove (self->pages_box, child);
  self->n_previews = 0;
}

static void
set_document (VdReportsPage *self,
              VdAnnual      *annual,
              VdDoc         *doc)
{
  g_clear_pointer (&self->annual, vd_annual_free);
  if (self->doc != NULL)
    g_ptr_array_add (self->retired_docs, g_steal_pointer (&self->doc));
  self->annual = annual;
  self->doc = doc;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reports.save-pdf", doc != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reports.save-excel", annual != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reports.export-json", annual != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reports.print", doc != NULL);
}

static void
refresh (VdReportsPage *self)
{
  VdDatabase *db = vd_page_get_database (VD_PAGE (self));
  g_autoptr(GError) error = NULL;
  VdAnnual *annual;
  VdDoc *doc;
  int year = vd_reports_page_get_year (self);

  self->stale = FALSE;
  clear_previews (self);
  set_document (self, NULL, NULL);
  if (db == NULL || year == 0)
    {
      gtk_label_set_text (self->status_label, _("Open a database to see its annual summary."));
      return;
    }

  annual = vd_annual_load (db, year, &error);
  if (annual == NULL)
    {
      g_autofree char *text = g_strdup_printf (_("The figures cannot be read: %s"), error->message);
      gtk_label_set_text (self->status_label, text);
      return;
    }
  doc = vd_annual_document_new (annual);
  set_document (self, annual, doc);

  for (guint i = 0; i < vd_doc_get_n_pages (doc); i++)
    {
      g_autoptr(GdkTexture) texture = render_page (doc, i);
      GtkWidget *picture = gtk_picture_new_for_paintable (GDK_PAINTABLE (texture));
      g_autofree char *label = g_strdup_printf (_("Page %u of %u"), i + 1, vd_doc_get_n_pages (doc));

      gtk_picture_set_can_shrink (GTK_PICTURE (picture), FALSE);
      gtk_widget_set_halign (picture, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (picture, "card");
      gtk_accessible_update_property (GTK_ACCESSIBLE (picture), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      label, -1);
      gtk_box_append (self->pages_box, picture);
      self->n_previews++;
    }

  if (!annual->has_data)
    {
      g_autofree char *text = g_strdup_printf (_("No volunteer service was recorded in %d. "
                                                 "The summary says so."), year);
      gtk_label_set_text (self->status_label, text);
    }
  else
    {
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u page",
                                                            "%u pages", vd_doc_get_n_pages (doc)),
                                               vd_doc_get_n_pages (doc));
      gtk_label_set_text (self->status_label, text);
    }
}

static void
fill_years (VdReportsPage *self,
            int            keep)
{
  VdDatabase *db = vd_page_get_database (VD_PAGE (self));
  int first = 0, last = 0, select;
  guint position = 0, i = 0;

  self->filling_years = TRUE;
  gtk_string_list_splice (self->years, 0, g_list_model_get_n_items (G_LIST_MODEL (self->years)), NULL);
  if (db == NULL || !vd_annual_years (db, &first, &last, NULL))
    first = last = 0;
  self->first_year = first;
  self->last_year = last;
  /* the latest year with data by default: the summary usually wanted */
  select = keep >= first && keep <= last && keep > 0 ? keep : last;
  for (int year = last; year >= first && year > 0; year--, i++)
    {
      g_autofree char *label = g_strdup_printf ("%d", year);

      gtk_string_list_append (self->years, label);
      if (year == select)
        position = i;
    }
  gtk_drop_down_set_selected (self->year_dropdown, position);
  self->filling_years = FALSE;
}

static char *
suggested_name (VdReportsPage *self,
                const char    *suffix)
{
  g_autofree char *title = vd_annual_document_title (self->annual);

  return g_strconcat (title, suffix, NULL);
}

static void
on_saved_cb (gpointer path,
             gpointer user_data)
{
  VdReportsPage *self = user_data;
  g_autofree char *text = g_strdup_printf (_("Saved to %s"), (const char *)path);

  gtk_label_set_text (self->status_label, text);
}

static void
on_year_changed_cb (VdReportsPage *self)
{
  if (self->filling_years)
    return;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    refresh (self);
  else
    self->stale = TRUE;
}

static void
on_reloaded_cb (VdReportsPage *self)
{
  fill_years (self, vd_reports_page_get_year (self));
  on_year_changed_cb (self);
}

static void
on_export_response_cb (GtkNativeDialog *chooser,
                       int              response,
                       VdReportsPage   *self)
{
  g_autoptr(GtkFileChooserNative) owned = g_steal_pointer (&self->chooser);
  GtkWindow *parent = GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  const char *suffix = self->chooser_json ? ".json" : ".xlsx";
  gboolean ok;

  if (response != GTK_RESPONSE_ACCEPT || self->annual == NULL)
    return;
  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  path = file != NULL ? g_file_get_path (file) : NULL;
  if (path == NULL)
    {
      vd_dialogs_show_message (parent, _("Cannot Save"), _("Choose a folder on this computer."));
      return;
    }
  if (!g_str_has_suffix (path, suffix))
    {
      char *with_suffix = g_strconcat (path, suffix, NULL);

      g_free (path);
      path = with_suffix;
    }
  ok = self->chooser_json ? vd_annual_write_json (self->annual, path, &error)
                          : vd_annual_write_xlsx (self->annual, path, &error);
  if (!ok)
    vd_dialogs_show_message (parent, _("Cannot Save"), error->message);
  else
    on_saved_cb (path, self);
}

static void
export_figures (VdReportsPage *self,
                gboolean       json)
{
  GtkWindow *parent = GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;

  if (self->annual == NULL || self->chooser != NULL)
    return;
  self->chooser_json = json;
  self->chooser = gtk_file_chooser_native_new (json ? _("Export JSON") : _("Save Excel Workbook"),
                                               parent, GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _("_Save"), _("_Cancel"));
  gtk_file_filter_set_name (filter, json ? _("JSON files") : _("Excel workbooks"));
  gtk_file_filter_add_suffix (filter, json ? "json" : "xlsx");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  name = suggested_name (self, json ? ".json" : ".xlsx");
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_export_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
save_pdf_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  VdReportsPage *self = VD_REPORTS_PAGE (widget);
  g_autofree char *name = NULL;

  if (self->doc == NULL)
    return;
  name = suggested_name (self, ".pdf");
  vd_doc_save (self->doc, GTK_WINDOW (gtk_widget_get_root (widget)), name, on_saved_cb, self);
}

static void
save_excel_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  export_figures (VD_REPORTS_PAGE (widget), FALSE);
}

static void
export_json_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  export_figures (VD_REPORTS_PAGE (widget), TRUE);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  VdReportsPage *self = VD_REPORTS_PAGE (widget);

  if (self->doc != NULL)
    vd_doc_print (self->doc, GTK_WINDOW (gtk_widget_get_root (widget)));
}

static void
vd_reports_page_database_changed (VdPage     *page,
                                  VdDatabase *previous)
{
  VdReportsPage *self = VD_REPORTS_PAGE (page);
  VdDatabase *db = vd_page_get_database (page);

  if (self->watched != NULL)
    g_clear_signal_handler (&self->reloaded_id, self->watched);
  g_clear_object (&self->watched);
  if (db != NULL)
    {
      self->watched = g_object_ref (db);
      self->reloaded_id = g_signal_connect_object (db, "reloaded", G_CALLBACK (on_reloaded_cb),
                                                   self, G_CONNECT_SWAPPED);
    }
  fill_years (self, 0);
  self->stale = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    refresh (self);
}

static void
vd_reports_page_map (GtkWidget *widget)
{
  VdReportsPage *self = VD_REPORTS_PAGE (widget);

  GTK_WIDGET_CLASS (vd_reports_page_parent_class)->map (widget);
  /* other pages may have changed the figures since; laying out costs little */
  refresh (self);
}

static void
vd_reports_page_dispose (GObject *object)
{
  VdReportsPage *self = VD_REPORTS_PAGE (object);

  if (self->watched != NULL)
    g_clear_signal_handler (&self->reloaded_id, self->watched);
  g_clear_object (&self->watched);
  if (self->chooser != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->chooser, self);
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
      g_clear_object (&self->chooser);
    }
  gtk_widget_dispose_template (GTK_WIDGET (object), VD_TYPE_REPORTS_PAGE);
  g_clear_pointer (&self->annual, vd_annual_free);
  g_clear_pointer (&self->doc, vd_doc_free);
  g_clear_pointer (&self->retired_docs, g_ptr_array_unref);

  G_OBJECT_CLASS (vd_reports_page_parent_class)->dispose (object);
}

static void
vd_reports_page_class_init (VdReportsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  VdPageClass *page_class = VD_PAGE_CLASS (klass);

  object_class->dispose = vd_reports_page_dispose;
  widget_class->map = vd_reports_page_map;
  page_class->database_changed = vd_reports_page_database_changed;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/vd-reports-page.ui");
  gtk_widget_class_bind_template_child (widget_class, VdReportsPage, year_dropdown);
  gtk_widget_class_bind_template_child (widget_class, VdReportsPage, years);
  gtk_widget_class_bind_template_child (widget_class, VdReportsPage, status_label);
  gtk_widget_class_bind_template_child (widget_class, VdReportsPage, pages_box);
  gtk_widget_class_bind_template_callback (widget_class, on_year_changed_cb);

  gtk_widget_class_install_action (widget_class, "reports.save-pdf", NULL, save_pdf_action);
  gtk_widget_class_install_action (widget_class, "reports.save-excel", NULL, save_excel_action);
  gtk_widget_class_install_action (widget_class, "reports.export-json", NULL, export_json_action);
  gtk_widget_class_install_action (widget_class, "reports.print", NULL, print_action);
}

static void
vd_reports_page_init (VdReportsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->retired_docs = g_ptr_array_new_with_free_func ((GDestroyNotify)vd_doc_free);
  set_document (self, NULL, NULL);
}

int
vd_reports_page_get_year (VdReportsPage *self)
{
  guint selected;

  g_return_val_if_fail (VD_IS_REPORTS_PAGE (self), 0);
  selected = gtk_drop_down_get_selected (self->year_dropdown);
  if (self->last_year == 0 || selected == GTK_INVALID_LIST_POSITION)
    return 0;
  return self->last_year - (int)selected;
}

void
vd_reports_page_set_year (VdReportsPage *self,
                          int            year)
{
  g_return_if_fail (VD_IS_REPORTS_PAGE (self));
  if (year >= self->first_year && year <= self->last_year)
    gtk_drop_down_set_selected (self->year_dropdown, (guint)(self->last_year - year));
}

VdDoc *
vd_reports_page_get_document (VdReportsPage *self)
{
  g_return_val_if_fail (VD_IS_REPORTS_PAGE (self), NULL);
  if (self->stale && gtk_widget_get_mapped (GTK_WIDGET (self)))
    refresh (self);
  return self->doc;
}

guint
vd_reports_page_get_n_previews (VdReportsPage *self)
{
  g_return_val_if_fail (VD_IS_REPORTS_PAGE (self), 0);
  return self->n_previews;
}
