/* vd-import-report.c — the last step of an import: what happened to each row
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vd-import-report"

#include "config.h"

#include <glib/gi18n.h>

#include "vd-identity.h"
#include "vd-import-report.h"

struct _VdImportReport
{
  AdwBin          parent_instance;

  GPtrArray      *rejects;       /* VdImportReject, shared with the result */
  int             name_column;   /* file columns, or -1 */
  int             id_column;

  AdwStatusPage  *status_page;
  GtkImage       *status_icon;
  GtkLabel       *title_label;
  GtkLabel       *description_label;
  GtkLabel       *read_count;
  GtkLabel       *imported_count;
  GtkLabel       *updated_count;
  GtkLabel       *skipped_count;
  GtkLabel       *rejected_count;
  GtkWidget      *rejects_box;
  GtkLabel       *rejects_title;
  GtkColumnView  *rejects_view;
};

G_DEFINE_FINAL_TYPE (VdImportReport, vd_import_report, ADW_TYPE_BIN)

typedef enum
{
  CELL_ROW,
  CELL_REASON,
  CELL_NAME,
  CELL_ID_NUMBER,
} CellKind;

/* The list's items are only positions: the rows live in self->rejects. */
static VdImportReject *
reject_at (VdImportReport *self,
           GtkListItem    *item)
{
  guint position = gtk_list_item_get_position (item);

  if (self->rejects == NULL || position >= self->rejects->len)
    return NULL;
  return g_ptr_array_index (self->rejects, position);
}

static const char *
field_of (VdImportReject *reject,
          int             column)
{
  if (column < 0 || (guint) column >= g_strv_length (reject->fields))
    return "";
  return reject->fields[column];
}

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  data)
{
  CellKind kind = GPOINTER_TO_INT (data);
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  /* Short cells line up with the first line of a long reason. */
  gtk_widget_set_valign (label, GTK_ALIGN_START);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  if (kind == CELL_REASON)
    {
      /* Reasons are sentences; they wrap instead of widening the table. */
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_width_chars (GTK_LABEL (label), 30);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 60);
    }
  else
    {
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_widget_add_css_class (label, "numeric");
    }
  if (kind == CELL_ROW)
    gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_list_item_set_child (item, label);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  data)
{
  CellKind kind = GPOINTER_TO_INT (data);
  VdImportReport *self = g_object_get_data (G_OBJECT (factory), "report");
  GtkLabel *label = GTK_LABEL (gtk_list_item_get_child (item));
  VdImportReject *reject = reject_at (self, item);
  g_autofree char *text = NULL;
  g_autofree char *id_number = NULL;

  gtk_widget_remove_css_class (GTK_WIDGET (label), "dim-label");
  if (reject == NULL)
    {
      gtk_label_set_label (label, "");
      return;
    }

  switch (kind)
    {
    case CELL_ROW:
      text = g_strdup_printf ("%u", reject->row);
      break;

    case CELL_REASON:
      text = g_strdup (reject->reason);
      /* Skipped rows are fine, only not needed: they step back behind the rejected. */
      if (reject->skipped)
        gtk_widget_add_css_class (GTK_WIDGET (label), "dim-label");
      break;

    case CELL_NAME:
      text = g_strdup (field_of (reject, self->name_column));
      break;

    case CELL_ID_NUMBER:
    default:
      /* Privacy first, as in every list (design.md §2). */
      id_number = g_strstrip (g_strdup (field_of (reject, self->id_column)));
      text = vd_mask_id_number (id_number);
      break;
    }

  gtk_label_set_label (label, text);
}

static void
add_column (VdImportReport *self,
            const char     *title,
            CellKind        kind,
            gboolean        expand)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *column;

  g_object_set_data (G_OBJECT (factory), "report", self);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), GINT_TO_POINTER (kind));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), GINT_TO_POINTER (kind));

  column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_expand (column, expand);
  gtk_column_view_append_column (self->rejects_view, column);
  g_object_unref (column);
}

static void
set_count (GtkLabel *label,
           guint     count)
{
  g_autofree char *text = g_strdup_printf ("%u", count);

  gtk_label_set_label (label, text);
}

static void
set_rejects (VdImportReport *self,
             GPtrArray      *rejects)
{
  g_autoptr(GtkStringList) rows = gtk_string_list_new (NULL);
  g_autoptr(GtkNoSelection) selection = NULL;
  guint i;

  g_clear_pointer (&self->rejects, g_ptr_array_unref);
  if (rejects != NULL)
    self->rejects = g_ptr_array_ref (rejects);

  /* One item per row; the cells read their row by position. */
  for (i = 0; rejects != NULL && i < rejects->len; i++)
    {
      VdImportReject *reject = g_ptr_array_index (rejects, i);
      char number[16];

      g_snprintf (number, sizeof number, "%u", reject->row);
      gtk_string_list_append (rows, number);
    }
  selection = gtk_no_selection_new (G_LIST_MODEL (g_steal_pointer (&rows)));
  gtk_column_view_set_model (self->rejects_view, GTK_SELECTION_MODEL (selection));
}

static void
find_columns (VdImportReport *self,
              VdImport       *import)
{
  guint i;

  self->name_column = -1;
  self->id_column = -1;
  for (i = 0; import != NULL && i < vd_import_get_n_columns (import); i++)
    {
      int target = vd_import_get_mapping (import, i);

      if (target == VD_COLUMN_NAME)
        self->name_column = i;
      else if (target == VD_COLUMN_ID_NUMBER)
        self->id_column = i;
    }
}

static void
set_heading (VdImportReport *self,
             const char     *icon_name,
             const char     *style,
             const char     *title,
             const char     *description)
{
  gtk_image_set_from_icon_name (self->status_icon, icon_name);
  gtk_widget_remove_css_class (GTK_WIDGET (self->status_icon), "success");
  gtk_widget_remove_css_class (GTK_WIDGET (self->status_icon), "warning");
  gtk_widget_remove_css_class (GTK_WIDGET (self->status_icon), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->status_icon), "dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (self->status_icon), style);
  gtk_label_set_label (self->title_label, title);
  gtk_label_set_label (self->description_label, description != NULL ? description : "");
  gtk_widget_set_visible (GTK_WIDGET (self->description_label),
                          description != NULL && description[0] != '\0');
}

/* The stack is the bin's own child: not a template child, or disposing the template
 * would unparent it behind AdwBin's back. */
static void
set_page (VdImportReport *self,
          const char     *name)
{
  gtk_stack_set_visible_child_name (GTK_STACK (adw_bin_get_child (ADW_BIN (self))), name);
}

/* Without figures (cancelled, or the file or the database failed) there is only a
 * sentence to show, centred like any empty state. */
static void
show_status (VdImportReport *self,
             const char     *icon_name,
             const char     *title,
             const char     *description)
{
  g_autofree char *escaped = description != NULL ? g_markup_escape_text (description, -1) : NULL;

  adw_status_page_set_icon_name (self->status_page, icon_name);
  adw_status_page_set_title (self->status_page, title);
  adw_status_page_set_description (self->status_page, escaped);
  set_page (self, "status");
}

/**
 * vd_import_report_show:
 *
 * Three outcomes: committed (error %NULL), refused as a whole (a strict import with
 * rejected rows: result and error set), or stopped (cancelled or failed: result may
 * be %NULL). Nothing was imported in the last two.
 */
void
vd_import_report_show (VdImportReport       *self,
                       VdImport             *import,
                       const VdImportResult *result,
                       const GError         *error)
{
  guint not_imported;

  g_return_if_fail (VD_IS_IMPORT_REPORT (self));

  /* After a cancel, counts would only describe the part of the file that was read. */
  if (g_error_matches (error, VD_IMPORT_ERROR, VD_IMPORT_ERROR_CANCELLED))
    {
      show_status (self, "process-stop-symbolic", _("Cancelled — nothing was imported"),
                   _("The register is as it was before the import."));
      return;
    }
  if (result == NULL)
    {
      show_status (self, "dialog-error-symbolic", _("Nothing Was Imported"),
                   error != NULL ? error->message : NULL);
      return;
    }

  if (error == NULL)
    {
      g_autofree char *description = NULL;

      if (result->rejected > 0)
        description = g_strdup_printf (ngettext ("%u row had problems and was not imported; "
                                                 "it is listed below.",
                                                 "%u rows had problems and were not imported; "
                                                 "they are listed below.",
                                                 result->rejected),
                                       result->rejected);
      else if (result->skipped > 0 && result->imported + result->updated == 0)
        description = g_strdup (_("Everyone in the file is already registered."));

      /* A file that changed nothing should not look like a success. */
      if (result->imported + result->updated > 0)
        set_heading (self, "emblem-ok-symbolic", "success", _("Import Finished"), description);
      else
        set_heading (self, "dialog-warning-symbolic", "warning", _("Nothing Was Imported"),
                     description);
    }
  else if (g_error_matches (error, VD_IMPORT_ERROR, VD_IMPORT_ERROR_REJECTED))
    set_heading (self, "dialog-warning-symbolic", "warning", _("Nothing Was Imported"),
                 error->message);
  else
    set_heading (self, "dialog-error-symbolic", "error", _("Nothing Was Imported"),
                 error->message);

  set_count (self->read_count, result->read);
  set_count (self->imported_count, result->imported);
  set_count (self->updated_count, result->updated);
  set_count (self->skipped_count, result->skipped);
  set_count (self->rejected_count, result->rejected);
  if (result->rejected > 0)
    gtk_widget_add_css_class (GTK_WIDGET (self->rejected_count), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->rejected_count), "error");

  find_columns (self, import);
  not_imported = result->rejects->len;
  set_rejects (self, not_imported > 0 ? result->rejects : NULL);
  gtk_widget_set_visible (self->rejects_box, not_imported > 0);
  if (not_imported > 0)
    {
      g_autofree char *title = g_strdup_printf (ngettext ("%u Row Not Imported",
                                                          "%u Rows Not Imported",
                                                          not_imported),
                                                not_imported);

      gtk_label_set_label (self->rejects_title, title);
    }
  set_page (self, "details");
}

static void
vd_import_report_dispose (GObject *object)
{
  VdImportReport *self = VD_IMPORT_REPORT (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), VD_TYPE_IMPORT_REPORT);
  g_clear_pointer (&self->rejects, g_ptr_array_unref);

  G_OBJECT_CLASS (vd_import_report_parent_class)->dispose (object);
}

static void
vd_import_report_class_init (VdImportReportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vd_import_report_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/vd-import-report.ui");
  gtk_widget_class_bind_template_child (widget_class, VdImportReport, description_label);
  gtk_widget_class_bind_template_child (widget_class, VdImportReport, imported_count);
  gtk_widget_class_bind_template_child (widget_class, VdImportReport, read_count);
  gtk_widget_class_bind_template_child (widget_class, VdImportReport, rejected_count);
  gtk_widget_class_bind_template_child (widget_class, VdImportReport, rejects_box);
  gtk_widget_class_bind_template_child (widget_class, VdImportReport, rejects_title);
  gtk_widget_class_bind_template_child (widget_class, VdImportReport, rejects_view);
  gtk_widget_class_bind_template_child (widget_class, VdImportReport, skipped_count);
  gtk_widget_class_bind_template_child (widget_class, VdImportReport, status_icon);
  gtk_widget_class_bind_template_child (widget_class, VdImportReport, status_page);
  gtk_widget_class_bind_template_child (widget_class, VdImportReport, title_label);
  gtk_widget_class_bind_template_child (widget_class, VdImportReport, updated_count);
}

static void
vd_import_report_init (VdImportReport *self)
{
  self->name_column = -1;
  self->id_column = -1;

  gtk_widget_init_template (GTK_WIDGET (self));

  add_column (self, _("Row"), CELL_ROW, FALSE);
  add_column (self, _("Reason"), CELL_REASON, TRUE);
  add_column (self, _("Name"), CELL_NAME, FALSE);
  add_column (self, _("ID Number"), CELL_ID_NUMBER, FALSE);
}

GtkWidget *
vd_import_report_new (void)
{
  return g_object_new (VD_TYPE_IMPORT_REPORT, NULL);
}
