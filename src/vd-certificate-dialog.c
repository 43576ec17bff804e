/* vd-certificate-dialog.c — issuing service record certificates, then saving or
 * printing them
 *
 * A certificate takes its number when it is issued, so the dialog issues first and
 * then offers the PDF and the printer for as long as it is open.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "vd-certificate-dialog.h"
#include "vd-certificate-document.h"
#include "vd-dialogs.h"
#include "vd-doc-print.h"

struct _VdCertificateDialog
{
  AdwWindow     parent_instance;

  VdDatabase   *database;
  GArray       *ids;           /* gint64 volunteers */
  GPtrArray    *issued;        /* VdCertificate */
  VdDoc        *doc;
  gboolean      touched[VD_CERTIFICATE_N_FIELDS];
  gboolean      filling;

  GtkStack     *stack;
  AdwActionRow *who_row;
  AdwEntryRow  *rows[VD_CERTIFICATE_N_FIELDS];
  GtkLabel     *errors[VD_CERTIFICATE_N_FIELDS];
  GtkSwitch    *full_ids_switch;
  AdwStatusPage *done_page;
  GtkButton    *close_button;
  GtkButton    *issue_button;
};

G_DEFINE_FINAL_TYPE (VdCertificateDialog, vd_certificate_dialog, ADW_TYPE_WINDOW)

static void
read_request (VdCertificateDialog  *self,
              VdCertificateRequest *request)
{
  char **fields[VD_CERTIFICATE_N_FIELDS] = {
    &request->from, &request->to, &request->issuer, &request->responsible_person,
    &request->handler, &request->contact,
  };

  memset (request, 0, sizeof *request);
  for (guint i = 0; i < VD_CERTIFICATE_N_FIELDS; i++)
    *fields[i] = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->rows[i])));
}

/* Messages next to the fields the user has touched (all of them after an attempt). */
static gboolean
validate (VdCertificateDialog *self,
          gboolean             all)
{
  g_auto(VdCertificateRequest) request = { 0, };
  char *messages[VD_CERTIFICATE_N_FIELDS];
  gboolean ok;

  read_request (self, &request);
  ok = vd_certificate_request_validate (&request, NULL, messages);
  for (guint i = 0; i < VD_CERTIFICATE_N_FIELDS; i++)
    {
      gboolean show = messages[i] != NULL && (all || self->touched[i]);

      gtk_label_set_label (self->errors[i], show ? messages[i] : "");
      gtk_widget_set_visible (GTK_WIDGET (self->errors[i]), show);
      if (show)
        gtk_widget_add_css_class (GTK_WIDGET (self->rows[i]), "error");
      else
        gtk_widget_remove_css_class (GTK_WIDGET (self->rows[i]), "error");
      g_free (messages[i]);
    }
  return ok;
}

static void
on_changed_cb (VdCertificateDialog *self,
               GtkEditable         *row)
{
  if (self->filling)
    return;
  for (guint i = 0; i < VD_CERTIFICATE_N_FIELDS; i++)
    if (GTK_EDITABLE (self->rows[i]) == row)
      self->touched[i] = TRUE;
  validate (self, FALSE);
}

static void
show_done (VdCertificateDialog *self,
           guint                skipped)
{
  g_autofree char *title = NULL;
  g_autoptr(GString) description = g_string_new (NULL);
  VdCertificate *first = g_ptr_array_index (self->issued, 0);

  if (self->issued->len == 1)
    {
      title = g_strdup_printf (_("Certificate %s Issued"), first->number);
      g_string_append_printf (description, _("%s: %.1f approved hours from %s to %s."),
                              first->name, first->total_minutes / 60.0,
                              first->period_from, first->period_to);
    }
  else
    {
      VdCertificate *last = g_ptr_array_index (self->issued, self->issued->len - 1);

      title = g_strdup_printf (ngettext ("%u Certificate Issued", "%u Certificates Issued",
                                         self->issued->len),
                               self->issued->len);
      g_string_append_printf (description, _("Numbers %s to %s."), first->number, last->number);
    }
  if (skipped > 0)
    {
      g_string_append_c (description, '\n');
      g_string_append_printf (description,
                              ngettext ("%u volunteer without approved hours in the period was left out.",
                                        "%u volunteers without approved hours in the period were left out.",
                                        skipped),
                              skipped);
    }
  adw_status_page_set_title (self->done_page, title);
  adw_status_page_set_description (self->done_page, description->str);
  gtk_stack_set_visible_child_name (self->stack, "done");
  gtk_widget_set_visible (GTK_WIDGET (self->issue_button), FALSE);
  gtk_button_set_label (self->close_button, _("_Close"));
}

static void
issue_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  VdCertificateDialog *self = VD_CERTIFICATE_DIALOG (widget);
  g_auto(VdCertificateRequest) request = { 0, };
  g_autoptr(GError) error = NULL;
  guint skipped = 0;

  if (!validate (self, TRUE))
    return;

  read_request (self, &request);
  if (self->ids->len == 1)
    {
      VdCertificate *c = vd_certificate_issue (self->database,
                                               g_array_index (self->ids, gint64, 0),
                                               &request, &error);
      if (c != NULL)
        {
          self->issued = g_ptr_array_new_with_free_func ((GDestroyNotify)vd_certificate_free);
          g_ptr_array_add (self->issued, c);
        }
    }
  else
    self->issued = vd_certificate_issue_batch (self->database, (gint64 *)(gpointer)self->ids->data,
                                               self->ids->len, &request, &skipped, &error);
  if (self->issued == NULL)
    {
      vd_dialogs_show_message (GTK_WINDOW (self), _("No Certificate Issued"), error->message);
      return;
    }

  self->doc = vd_certificate_document_new (self->issued,
                                           gtk_switch_get_active (self->full_ids_switch));
  gtk_widget_action_set_enabled (widget, "certificate.issue", FALSE);
  gtk_widget_action_set_enabled (widget, "certificate.save", TRUE);
  gtk_widget_action_set_enabled (widget, "certificate.print", TRUE);
  show_done (self, skipped);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  VdCertificateDialog *self = VD_CERTIFICATE_DIALOG (widget);
  VdCertificate *first = g_ptr_array_index (self->issued, 0);
  g_autofree char *name = NULL;

  /* Translators: a file name; %s is the certificate number */
  name = g_strdup_printf (_("certificate-%s.pdf"), first->number);
  vd_doc_save (self->doc, GTK_WINDOW (self), name, NULL, NULL);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  VdCertificateDialog *self = VD_CERTIFICATE_DIALOG (widget);

  vd_doc_print (self->doc, GTK_WINDOW (self));
}

static void
vd_certificate_dialog_dispose (GObject *object)
{
  VdCertificateDialog *self = VD_CERTIFICATE_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), VD_TYPE_CERTIFICATE_DIALOG);
  g_clear_object (&self->database);
  g_clear_pointer (&self->doc, vd_doc_free);
  g_clear_pointer (&self->issued, g_ptr_array_unref);
  g_clear_pointer (&self->ids, g_array_unref);

  G_OBJECT_CLASS (vd_certificate_dialog_parent_class)->dispose (object);
}

static void
vd_certificate_dialog_class_init (VdCertificateDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vd_certificate_dialog_dispose;

  gtk_widget_class_install_action (widget_class, "certificate.issue", NULL, issue_action);
  gtk_widget_class_install_action (widget_class, "certificate.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "certificate.print", NULL, print_action);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/vd-certificate-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, VdCertificateDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, VdCertificateDialog, who_row);
  gtk_widget_class_bind_template_child (widget_class, VdCertificateDialog, full_ids_switch);
  gtk_widget_class_bind_template_child (widget_class, VdCertificateDialog, done_page);
  gtk_widget_class_bind_template_child (widget_class, VdCertificateDialog, close_button);
  gtk_widget_class_bind_template_child (widget_class, VdCertificateDialog, issue_button);
  gtk_widget_class_bind_template_child_full (widget_class, "from_row", FALSE,
    G_STRUCT_OFFSET (VdCertificateDialog, rows[VD_CERTIFICATE_FIELD_FROM]));
  gtk_widget_class_bind_template_child_full (widget_class, "to_row", FALSE,
    G_STRUCT_OFFSET (VdCertificateDialog, rows[VD_CERTIFICATE_FIELD_TO]));
  gtk_widget_class_bind_template_child_full (widget_class, "issuer_row", FALSE,
    G_STRUCT_OFFSET (VdCertificateDialog, rows[VD_CERTIFICATE_FIELD_ISSUER]));
  gtk_widget_class_bind_template_child_full (widget_class, "responsible_row", FALSE,
    G_STRUCT_OFFSET (VdCertificateDialog, rows[VD_CERTIFICATE_FIELD_RESPONSIBLE]));
  gtk_widget_class_bind_template_child_full (widget_class, "handler_row", FALSE,
    G_STRUCT_OFFSET (VdCertificateDialog, rows[VD_CERTIFICATE_FIELD_HANDLER]));
  gtk_widget_class_bind_template_child_full (widget_class, "contact_row", FALSE,
    G_STRUCT_OFFSET (VdCertificateDialog, rows[VD_CERTIFICATE_FIELD_CONTACT]));
  gtk_widget_class_bind_template_child_full (widget_class, "from_error", FALSE,
    G_STRUCT_OFFSET (VdCertificateDialog, errors[VD_CERTIFICATE_FIELD_FROM]));
  gtk_widget_class_bind_template_child_full (widget_class, "to_error", FALSE,
    G_STRUCT_OFFSET (VdCertificateDialog, errors[VD_CERTIFICATE_FIELD_TO]));
  gtk_widget_class_bind_template_child_full (widget_class, "issuer_error", FALSE,
    G_STRUCT_OFFSET (VdCertificateDialog, errors[VD_CERTIFICATE_FIELD_ISSUER]));
  gtk_widget_class_bind_template_child_full (widget_class, "responsible_error", FALSE,
    G_STRUCT_OFFSET (VdCertificateDialog, errors[VD_CERTIFICATE_FIELD_RESPONSIBLE]));
  gtk_widget_class_bind_template_child_full (widget_class, "handler_error", FALSE,
    G_STRUCT_OFFSET (VdCertificateDialog, errors[VD_CERTIFICATE_FIELD_HANDLER]));
  gtk_widget_class_bind_template_child_full (widget_class, "contact_error", FALSE,
    G_STRUCT_OFFSET (VdCertificateDialog, errors[VD_CERTIFICATE_FIELD_CONTACT]));
  gtk_widget_class_bind_template_callback (widget_class, on_changed_cb);
}

static void
vd_certificate_dialog_init (VdCertificateDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "certificate.save", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "certificate.print", FALSE);
}

GtkWidget *
vd_certificate_dialog_new (GtkWindow    *parent,
                           VdDatabase   *db,
                           const gint64 *volunteer_ids,
                           guint         n_ids,
                           const char   *who,
                           const char   *who_detail)
{
  VdCertificateDialog *self;
  g_auto(VdCertificateRequest) request = { 0, };
  const char *values[VD_CERTIFICATE_N_FIELDS];

  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (n_ids > 0, NULL);

  self = g_object_new (VD_TYPE_CERTIFICATE_DIALOG, "transient-for", parent, NULL);
  self->database = g_object_ref (db);
  self->ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n_ids);
  g_array_append_vals (self->ids, volunteer_ids, n_ids);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->who_row), who);
  adw_action_row_set_subtitle (self->who_row, who_detail);

  vd_certificate_request_init (&request, db);
  values[VD_CERTIFICATE_FIELD_FROM] = request.from;
  values[VD_CERTIFICATE_FIELD_TO] = request.to;
  values[VD_CERTIFICATE_FIELD_ISSUER] = request.issuer;
  values[VD_CERTIFICATE_FIELD_RESPONSIBLE] = request.responsible_person;
  values[VD_CERTIFICATE_FIELD_HANDLER] = request.handler;
  values[VD_CERTIFICATE_FIELD_CONTACT] = request.contact;
  self->filling = TRUE;
  for (guint i = 0; i < VD_CERTIFICATE_N_FIELDS; i++)
    gtk_editable_set_text (GTK_EDITABLE (self->rows[i]), values[i]);
  self->filling = FALSE;
  return GTK_WIDGET (self);
}

void
vd_certificate_dialog_fill (VdCertificateDialog *self,
                            VdCertificateField   field,
                            const char          *text)
{
  g_return_if_fail (VD_IS_CERTIFICATE_DIALOG (self));
  g_return_if_fail (field < VD_CERTIFICATE_N_FIELDS);

  gtk_editable_set_text (GTK_EDITABLE (self->rows[field]), text);
}

GPtrArray *
vd_certificate_dialog_get_issued (VdCertificateDialog *self)
{
  g_return_val_if_fail (VD_IS_CERTIFICATE_DIALOG (self), NULL);

  return self->issued;
}
