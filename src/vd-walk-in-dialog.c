/* vd-walk-in-dialog.c — the short form for a walk-in who is not in the register
 *
 * Name, mobile phone and resident ID number, checked by the register's own rules as
 * they are typed; the core then adds, registers and checks in at once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vd-walk-in-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "vd-date.h"
#include "vd-walk-in-dialog.h"

struct _VdWalkInDialog
{
  AdwWindow     parent_instance;

  VdDatabase   *database;
  gint64        training_id;
  gboolean      touched[3];

  GtkButton    *accept_button;
  AdwEntryRow  *name_row;
  GtkLabel     *name_error;
  AdwEntryRow  *phone_row;
  GtkLabel     *phone_error;
  AdwEntryRow  *id_number_row;
  GtkLabel     *id_number_error;
  GtkLabel     *problem_label;
};

G_DEFINE_FINAL_TYPE (VdWalkInDialog, vd_walk_in_dialog, ADW_TYPE_WINDOW)

enum {
  CHECKED_IN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show (AdwEntryRow *row,
      GtkLabel    *label,
      const char  *message)
{
  gtk_label_set_label (label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), message != NULL);
  if (message != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
}

static const char *
text_of (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

/* The register's checks on what is typed; messages only for touched fields. */
static gboolean
validate (VdWalkInDialog *self,
          gboolean        reveal)
{
  g_autoptr(VdVolunteer) v = vd_volunteer_new ();
  VdVolunteerCheck check = { { NULL, }, 0, 0 };
  const char *messages[3];
  gboolean ok;

  g_free (v->name);
  v->name = g_strstrip (g_strdup (text_of (self->name_row)));
  g_free (v->id_number);
  v->id_number = g_strdup (text_of (self->id_number_row));
  v->phone = g_strdup (text_of (self->phone_row));
  {
    GDate today;

    vd_date_set_today (&today);
    g_free (v->registered_on);
    v->registered_on = vd_date_to_iso (&today);
  }
  ok = vd_register_check_full (self->database, v, NULL, VD_CHECK_NO_WARNINGS, &check);
  messages[0] = check.messages[VD_VOLUNTEER_FIELD_NAME];
  messages[1] = check.messages[VD_VOLUNTEER_FIELD_PHONE];
  messages[2] = check.messages[VD_VOLUNTEER_FIELD_ID_NUMBER];
  if (text_of (self->phone_row)[0] == '\0')
    {
      messages[1] = _("Enter a mobile number.");
      ok = FALSE;
    }
  for (guint i = 0; i < 3; i++)
    if (reveal)
      self->touched[i] = TRUE;
  show (self->name_row, self->name_error, self->touched[0] ? messages[0] : NULL);
  show (self->phone_row, self->phone_error, self->touched[1] ? messages[1] : NULL);
  show (self->id_number_row, self->id_number_error, self->touched[2] ? messages[2] : NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "walk-in.accept", ok);
  vd_volunteer_check_clear (&check);
  return ok;
}

static void
on_changed_cb (VdWalkInDialog *self,
               GtkWidget      *row)
{
  if (row == GTK_WIDGET (self->name_row))
    self->touched[0] = TRUE;
  else if (row == GTK_WIDGET (self->phone_row))
    self->touched[1] = TRUE;
  else if (row == GTK_WIDGET (self->id_number_row))
    self->touched[2] = TRUE;
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), FALSE);
  validate (self, FALSE);
}

gboolean
vd_walk_in_dialog_accept (VdWalkInDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VdCheckIn) done = NULL;
  VdVolunteerCheck check = { { NULL, }, 0, 0 };

  g_return_val_if_fail (VD_IS_WALK_IN_DIALOG (self), FALSE);

  if (!validate (self, TRUE))
    return FALSE;
  done = vd_training_check_in_new_person (self->database, self->training_id,
                                          text_of (self->name_row), text_of (self->phone_row),
                                          text_of (self->id_number_row), NULL, &check, &error);
  vd_volunteer_check_clear (&check);
  if (done == NULL)
    {
      gtk_label_set_label (self->problem_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->problem_label), TRUE);
      return FALSE;
    }
  g_object_ref (self);
  g_signal_emit (self, signals[CHECKED_IN], 0, done);
  gtk_window_destroy (GTK_WINDOW (self));
  g_object_unref (self);
  return TRUE;
}

static void
on_activated_cb (VdWalkInDialog *self)
{
  vd_walk_in_dialog_accept (self);
}

static void
accept_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  vd_walk_in_dialog_accept (VD_WALK_IN_DIALOG (widget));
}

static void
vd_walk_in_dialog_dispose (GObject *object)
{
  VdWalkInDialog *self = VD_WALK_IN_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), VD_TYPE_WALK_IN_DIALOG);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (vd_walk_in_dialog_parent_class)->dispose (object);
}

static void
vd_walk_in_dialog_class_init (VdWalkInDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vd_walk_in_dialog_dispose;

  signals[CHECKED_IN] = g_signal_new ("checked-in", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                      0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_POINTER);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/vd-walk-in-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, VdWalkInDialog, accept_button);
  gtk_widget_class_bind_template_child (widget_class, VdWalkInDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, VdWalkInDialog, name_error);
  gtk_widget_class_bind_template_child (widget_class, VdWalkInDialog, phone_row);
  gtk_widget_class_bind_template_child (widget_class, VdWalkInDialog, phone_error);
  gtk_widget_class_bind_template_child (widget_class, VdWalkInDialog, id_number_row);
  gtk_widget_class_bind_template_child (widget_class, VdWalkInDialog, id_number_error);
  gtk_widget_class_bind_template_child (widget_class, VdWalkInDialog, problem_label);
  gtk_widget_class_bind_template_callback (widget_class, on_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_activated_cb);

  gtk_widget_class_install_action (widget_class, "walk-in.accept", NULL, accept_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
vd_walk_in_dialog_init (VdWalkInDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

VdWalkInDialog *
vd_walk_in_dialog_new (GtkWindow  *parent,
                       VdDatabase *database,
                       gint64      training_id)
{
  VdWalkInDialog *self;

  g_return_val_if_fail (VD_IS_DATABASE (database), NULL);

  self = g_object_new (VD_TYPE_WALK_IN_DIALOG, "transient-for", parent, NULL);
  self->database = g_object_ref (database);
  self->training_id = training_id;
  validate (self, FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
  return self;
}

void
vd_walk_in_dialog_set_fields (VdWalkInDialog *self,
                              const char     *name,
                              const char     *phone,
                              const char     *id_number)
{
  g_return_if_fail (VD_IS_WALK_IN_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->name_row), name);
  gtk_editable_set_text (GTK_EDITABLE (self->phone_row), phone);
  gtk_editable_set_text (GTK_EDITABLE (self->id_number_row), id_number);
}
