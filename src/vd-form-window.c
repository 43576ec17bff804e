/* vd-form-window.c — a small modal form: a few rows, Cancel and an accept button
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vd-form-window"

#include "config.h"

#include "vd-form-window.h"

struct _VdFormWindow
{
  AdwWindow            parent_instance;

  VdFormAcceptFunc     func;
  gpointer             user_data;
  GDestroyNotify       destroy;

  AdwWindowTitle      *window_title;
  GtkButton           *accept_button;
  AdwPreferencesGroup *group;
  GtkLabel            *message_label;
  GPtrArray           *marked_rows;   /* rows showing a message; owned by the group */
};

G_DEFINE_FINAL_TYPE (VdFormWindow, vd_form_window, ADW_TYPE_WINDOW)

static void
on_entry_activated_cb (VdFormWindow *self)
{
  vd_form_window_accept (self);
}

static void
accept_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  vd_form_window_accept (VD_FORM_WINDOW (widget));
}

static void
vd_form_window_dispose (GObject *object)
{
  VdFormWindow *self = VD_FORM_WINDOW (object);

  if (self->destroy != NULL)
    g_clear_pointer (&self->user_data, self->destroy);
  self->func = NULL;
  g_clear_pointer (&self->marked_rows, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), VD_TYPE_FORM_WINDOW);

  G_OBJECT_CLASS (vd_form_window_parent_class)->dispose (object);
}

static void
vd_form_window_class_init (VdFormWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vd_form_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/vd-form-window.ui");
  gtk_widget_class_bind_template_child (widget_class, VdFormWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, VdFormWindow, accept_button);
  gtk_widget_class_bind_template_child (widget_class, VdFormWindow, group);
  gtk_widget_class_bind_template_child (widget_class, VdFormWindow, message_label);

  gtk_widget_class_install_action (widget_class, "form.accept", NULL, accept_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
vd_form_window_init (VdFormWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->marked_rows = g_ptr_array_new ();
}

VdFormWindow *
vd_form_window_new (GtkWindow  *parent,
                    const char *title,
                    const char *accept_label)
{
  VdFormWindow *self = g_object_new (VD_TYPE_FORM_WINDOW,
                                     "transient-for", parent,
                                     "title", title,
                                     NULL);

  adw_window_title_set_title (self->window_title, title);
  gtk_button_set_label (self->accept_button, accept_label);
  return self;
}

void
vd_form_window_set_accept_func (VdFormWindow     *self,
                                VdFormAcceptFunc  func,
                                gpointer          user_data,
                                GDestroyNotify    destroy)
{
  g_return_if_fail (VD_IS_FORM_WINDOW (self));

  if (self->destroy != NULL)
    g_clear_pointer (&self->user_data, self->destroy);
  self->func = func;
  self->user_data = user_data;
  self->destroy = destroy;
}

void
vd_form_window_set_description (VdFormWindow *self,
                                const char   *description)
{
  g_return_if_fail (VD_IS_FORM_WINDOW (self));

  adw_preferences_group_set_description (self->group, description);
}

AdwEntryRow *
vd_form_window_add_entry (VdFormWindow *self,
                          const char   *title,
                          const char   *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  g_signal_connect_swapped (row, "entry-activated", G_CALLBACK (on_entry_activated_cb), self);
  adw_preferences_group_add (self->group, row);
  return ADW_ENTRY_ROW (row);
}

AdwComboRow *
vd_form_window_add_combo (VdFormWindow       *self,
                          const char         *title,
                          const char * const *labels,
                          guint               selected)
{
  GtkWidget *row = adw_combo_row_new ();
  g_autoptr(GtkStringList) model = gtk_string_list_new (labels);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (model));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), selected);
  adw_preferences_group_add (self->group, row);
  return ADW_COMBO_ROW (row);
}

GtkSwitch *
vd_form_window_add_switch (VdFormWindow *self,
                           const char   *title,
                           gboolean      active)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *sw = gtk_switch_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_switch_set_active (GTK_SWITCH (sw), active);
  gtk_widget_set_valign (sw, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), sw);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), sw);
  adw_preferences_group_add (self->group, row);
  return GTK_SWITCH (sw);
}

GtkSpinButton *
vd_form_window_add_spin (VdFormWindow *self,
                         const char   *title,
                         double        min,
                         double        max,
                         double        value)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (min, max, 1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), value);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  adw_preferences_group_add (self->group, row);
  return GTK_SPIN_BUTTON (spin);
}

/* An entry row has no subtitle: its message is a label at its end, as in the
 * templated forms. */
static GtkLabel *
entry_row_message_label (AdwEntryRow *row)
{
  GtkWidget *label = g_object_get_data (G_OBJECT (row), "vd-form-message");

  if (label == NULL)
    {
      label = gtk_label_new (NULL);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 1);
      gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_RIGHT);
      gtk_label_set_width_chars (GTK_LABEL (label), 16);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 28);
      gtk_widget_add_css_class (label, "error");
      gtk_widget_add_css_class (label, "caption");
      adw_entry_row_add_suffix (row, label);
      g_object_set_data (G_OBJECT (row), "vd-form-message", label);
    }
  return GTK_LABEL (label);
}

void
vd_form_window_set_row_message (VdFormWindow *self,
                                GtkWidget    *row,
                                const char   *message)
{
  g_return_if_fail (VD_IS_FORM_WINDOW (self));
  g_return_if_fail (ADW_IS_PREFERENCES_ROW (row));

  if (ADW_IS_ENTRY_ROW (row))
    {
      GtkLabel *label = entry_row_message_label (ADW_ENTRY_ROW (row));

      gtk_label_set_label (label, message != NULL ? message : "");
      gtk_widget_set_visible (GTK_WIDGET (label), message != NULL);
    }
  else if (ADW_IS_ACTION_ROW (row))
    {
      g_autofree char *escaped = message != NULL ? g_markup_escape_text (message, -1) : NULL;

      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped != NULL ? escaped : "");
    }

  if (message != NULL)
    {
      gtk_widget_add_css_class (row, "error");
      if (!g_ptr_array_find (self->marked_rows, row, NULL))
        g_ptr_array_add (self->marked_rows, row);
    }
  else
    gtk_widget_remove_css_class (row, "error");
}

gboolean
vd_form_window_accept (VdFormWindow *self)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (VD_IS_FORM_WINDOW (self), FALSE);

  for (guint i = 0; i < self->marked_rows->len; i++)
    vd_form_window_set_row_message (self, g_ptr_array_index (self->marked_rows, i), NULL);
  g_ptr_array_set_size (self->marked_rows, 0);

  if (self->func != NULL && !self->func (self, self->user_data, &error))
    {
      gtk_label_set_label (self->message_label, error != NULL ? error->message : "");
      gtk_widget_set_visible (GTK_WIDGET (self->message_label), error != NULL);
      return FALSE;
    }
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

const char *
vd_form_window_get_text (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}
