/* vd-volunteer-dialog.c — the window that adds a volunteer or changes one
 *
 * The fields and their messages are VdVolunteerForm's; this window saves what the
 * form holds, and keeps the user from losing what they typed by closing it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vd-volunteer-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "vd-dialogs.h"
#include "vd-register.h"
#include "vd-volunteer-dialog.h"
#include "vd-volunteer-form.h"

struct _VdVolunteerDialog
{
  AdwWindow          parent_instance;

  VdDatabase        *database;
  VdVolunteer       *volunteer;       /* the one edited, NULL for a new one */
  AdwMessageDialog  *discard_dialog;
  gboolean           discard;         /* closing needs no question any more */

  AdwWindowTitle    *window_title;
  GtkButton         *save_button;
  VdVolunteerForm   *form;
};

G_DEFINE_FINAL_TYPE (VdVolunteerDialog, vd_volunteer_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_VOLUNTEER,
  N_PROPS
};

enum {
  SAVED,
  OPEN_VOLUNTEER,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
on_form_valid_cb (VdVolunteerDialog *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "volunteer.save",
                                 vd_volunteer_form_get_valid (self->form));
  /* The button says why it cannot save yet, even for fields not visited. */
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->save_button),
                               vd_volunteer_form_get_hint (self->form));
}

/* Closes for good after emitting signal_id with id: the form is either saved or
 * about someone else, so there is nothing left to ask about. */
static void
finish (VdVolunteerDialog *self,
        guint              signal_id,
        gint64             id)
{
  g_object_ref (self);
  self->discard = TRUE;
  g_signal_emit (self, signals[signal_id], 0, id);
  gtk_window_destroy (GTK_WINDOW (self));
  g_object_unref (self);
}

static void
save (VdVolunteerDialog *self)
{
  g_autoptr(VdVolunteer) v = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  /* What was typed in the last moments counts too. */
  if (!vd_volunteer_form_check (self->form))
    {
      vd_volunteer_form_reveal_messages (self->form);
      return;
    }

  v = vd_volunteer_form_read (self->form);
  if (self->volunteer == NULL)
    ok = vd_register_insert (self->database, v, &error);
  else
    ok = vd_register_update (self->database, v, &error);

  if (!ok)
    {
      /* Everything typed stays; a rule broken in the meantime shows at its field. */
      vd_dialogs_show_message (GTK_WINDOW (self), _("Cannot Save the Volunteer"),
                               error->message);
      vd_volunteer_form_reveal_messages (self->form);
      return;
    }

  finish (self, SAVED, v->id);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  save (VD_VOLUNTEER_DIALOG (widget));
}

static void
on_form_activate_cb (VdVolunteerDialog *self)
{
  /* Enter saves a finished form, and points at what is missing otherwise. */
  save (self);
}

static void
on_open_volunteer_cb (VdVolunteerDialog *self,
                      gint64             id)
{
  finish (self, OPEN_VOLUNTEER, id);
}

/* Closing */

static gboolean
close_idle_cb (gpointer user_data)
{
  gtk_window_close (GTK_WINDOW (user_data));
  return G_SOURCE_REMOVE;
}

static void
on_discard_response_cb (AdwMessageDialog  *dialog,
                        const char        *response,
                        VdVolunteerDialog *self)
{
  if (g_strcmp0 (response, "discard") != 0)
    return;

  /* Not from inside the message dialog's own signal: it is transient for self, and
   * must be gone before its parent goes. */
  self->discard = TRUE;
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, close_idle_cb, g_object_ref (self), g_object_unref);
}

static void
ask_discard (VdVolunteerDialog *self)
{
  GtkWidget *dialog;

  if (self->discard_dialog != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->discard_dialog));
      return;
    }

  dialog = vd_dialogs_new_question (GTK_WINDOW (self), _("Discard Changes?"),
                                    self->volunteer == NULL
                                    ? _("The new volunteer has not been saved.")
                                    : _("The changes to this volunteer have not been saved."),
                                    "keep", _("_Keep Editing"),
                                    "discard", _("_Discard"),
                                    ADW_RESPONSE_DESTRUCTIVE);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_discard_response_cb), self, 0);

  self->discard_dialog = ADW_MESSAGE_DIALOG (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &self->discard_dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
vd_volunteer_dialog_close_request (GtkWindow *window)
{
  VdVolunteerDialog *self = VD_VOLUNTEER_DIALOG (window);

  if (!self->discard && vd_volunteer_form_has_changes (self->form))
    {
      ask_discard (self);
      return TRUE;
    }

  return GTK_WINDOW_CLASS (vd_volunteer_dialog_parent_class)->close_request (window);
}

/* GObject */

static void
vd_volunteer_dialog_constructed (GObject *object)
{
  VdVolunteerDialog *self = VD_VOLUNTEER_DIALOG (object);

  G_OBJECT_CLASS (vd_volunteer_dialog_parent_class)->constructed (object);

  g_return_if_fail (self->database != NULL);

  if (self->volunteer != NULL)
    {
      g_autofree char *number = g_strdup_printf (_("Volunteer No. %s"),
                                                 self->volunteer->volunteer_no);

      gtk_window_set_title (GTK_WINDOW (self), _("Edit Volunteer"));
      adw_window_title_set_subtitle (self->window_title, number);
    }
  else
    gtk_window_set_title (GTK_WINDOW (self), _("New Volunteer"));
  adw_window_title_set_title (self->window_title, gtk_window_get_title (GTK_WINDOW (self)));

  vd_volunteer_form_load (self->form, self->database, self->volunteer);
  on_form_valid_cb (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->form));
}

static void
vd_volunteer_dialog_dispose (GObject *object)
{
  VdVolunteerDialog *self = VD_VOLUNTEER_DIALOG (object);

  if (self->discard_dialog != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (self->discard_dialog),
                                    (gpointer *) &self->discard_dialog);
      gtk_window_destroy (GTK_WINDOW (self->discard_dialog));
      self->discard_dialog = NULL;
    }

  gtk_widget_dispose_template (GTK_WIDGET (self), VD_TYPE_VOLUNTEER_DIALOG);
  g_clear_object (&self->volunteer);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (vd_volunteer_dialog_parent_class)->dispose (object);
}

static void
vd_volunteer_dialog_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  VdVolunteerDialog *self = VD_VOLUNTEER_DIALOG (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;

    case PROP_VOLUNTEER:
      g_value_set_object (value, self->volunteer);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vd_volunteer_dialog_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  VdVolunteerDialog *self = VD_VOLUNTEER_DIALOG (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->database = g_value_dup_object (value);
      break;

    case PROP_VOLUNTEER:
      self->volunteer = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vd_volunteer_dialog_class_init (VdVolunteerDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = vd_volunteer_dialog_constructed;
  object_class->dispose = vd_volunteer_dialog_dispose;
  object_class->get_property = vd_volunteer_dialog_get_property;
  object_class->set_property = vd_volunteer_dialog_set_property;

  window_class->close_request = vd_volunteer_dialog_close_request;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         VD_TYPE_DATABASE,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_VOLUNTEER] =
    g_param_spec_object ("volunteer", NULL, NULL,
                         VD_TYPE_VOLUNTEER,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * VdVolunteerDialog::saved:
   * @id: the volunteer's id in the register
   *
   * The register took the form; the dialog closes next.
   */
  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  /**
   * VdVolunteerDialog::open-volunteer:
   * @id: the volunteer who already has the ID number typed
   *
   * The user asked to see that volunteer instead; the dialog closes next.
   */
  signals[OPEN_VOLUNTEER] =
    g_signal_new ("open-volunteer",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  g_type_ensure (VD_TYPE_VOLUNTEER_FORM);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/vd-volunteer-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, VdVolunteerDialog, form);
  gtk_widget_class_bind_template_child (widget_class, VdVolunteerDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, VdVolunteerDialog, window_title);
  gtk_widget_class_bind_template_callback (widget_class, on_form_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_form_valid_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_open_volunteer_cb);

  gtk_widget_class_install_action (widget_class, "volunteer.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "volunteer.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
vd_volunteer_dialog_init (VdVolunteerDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "volunteer.save", FALSE);
}

GtkWidget *
vd_volunteer_dialog_new (GtkWindow   *parent,
                         VdDatabase  *db,
                         VdVolunteer *volunteer)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (volunteer == NULL || VD_IS_VOLUNTEER (volunteer), NULL);

  return g_object_new (VD_TYPE_VOLUNTEER_DIALOG,
                       "transient-for", parent,
                       "database", db,
                       "volunteer", volunteer,
                       NULL);
}

VdDatabase *
vd_volunteer_dialog_get_database (VdVolunteerDialog *self)
{
  g_return_val_if_fail (VD_IS_VOLUNTEER_DIALOG (self), NULL);

  return self->database;
}

VdVolunteer *
vd_volunteer_dialog_get_volunteer (VdVolunteerDialog *self)
{
  g_return_val_if_fail (VD_IS_VOLUNTEER_DIALOG (self), NULL);

  return self->volunteer;
}
