/* vd-commendation-list.c — the commendations of one owner, with Add and Remove
 *
 * Emits "changed" after each write, so that the pane around it can refresh.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vd-commendation-list"

#include "config.h"

#include <glib/gi18n.h>

#include "vd-commendation-list.h"
#include "vd-date.h"
#include "vd-form-window.h"
#include "vd-window.h"

struct _VdCommendationList
{
  AdwPreferencesGroup  parent_instance;

  VdDatabase          *database;
  VdOwnerKind          kind;
  gint64               owner_id;
  GPtrArray           *rows;

  GtkWidget           *empty_row;
};

G_DEFINE_FINAL_TYPE (VdCommendationList, vd_commendation_list, ADW_TYPE_PREFERENCES_GROUP)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
add_toast (VdCommendationList *self,
           AdwToast           *toast)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (VD_IS_WINDOW (root))
    vd_window_add_toast (VD_WINDOW (root), toast);
  else
    g_object_unref (toast);
}

static AdwToast *
new_toast (const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  return adw_toast_new (escaped);
}

static GtkWindow *
get_parent_window (VdCommendationList *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
on_undo_clicked_cb (AdwToast           *toast,
                    VdCommendationList *self)
{
  VdCommendation *removed = g_object_get_data (G_OBJECT (toast), "removed");
  g_autoptr(GError) error = NULL;

  if (removed == NULL || self->database == NULL)
    return;
  if (!vd_commendations_add (self->database, removed, &error))
    {
      add_toast (self, new_toast (error->message));
      return;
    }
  g_object_set_data (G_OBJECT (toast), "removed", NULL);
  vd_commendation_list_reload (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_remove_clicked_cb (GtkButton          *button,
                      VdCommendationList *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "id"));
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  VdCommendation *removed;
  AdwToast *toast;

  removed = vd_commendations_remove (self->database, id, &error);
  if (removed == NULL)
    {
      add_toast (self, new_toast (error->message));
      return;
    }
  /* Translators: %s is the title of a commendation */
  text = g_strdup_printf (_("Removed “%s”"), removed->title);
  toast = new_toast (text);
  adw_toast_set_button_label (toast, _("_Undo"));
  g_object_set_data_full (G_OBJECT (toast), "removed", removed,
                          (GDestroyNotify)vd_commendation_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_undo_clicked_cb), self, 0);
  add_toast (self, toast);
  vd_commendation_list_reload (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

typedef struct
{
  VdCommendationList *self;
  AdwEntryRow        *title;
  AdwComboRow        *level;
  AdwEntryRow        *date;
  AdwEntryRow        *issuer;
  AdwEntryRow        *notes;
} AddForm;

static gboolean
accept_add_cb (VdFormWindow  *form,
               gpointer       user_data,
               GError       **error)
{
  AddForm *f = user_data;
  g_autoptr(VdCommendation) c = vd_commendation_new ();

  g_free (c->title);
  c->title = g_strdup (vd_form_window_get_text (f->title));
  c->level = adw_combo_row_get_selected (f->level);
  c->awarded_on = g_strdup (vd_form_window_get_text (f->date));
  g_free (c->issuer);
  c->issuer = g_strdup (vd_form_window_get_text (f->issuer));
  g_free (c->notes);
  c->notes = g_strdup (vd_form_window_get_text (f->notes));
  c->owner_kind = f->self->kind;
  c->owner_id = f->self->owner_id;
  if (!vd_commendations_add (f->self->database, c, error))
    return FALSE;
  vd_commendation_list_reload (f->self);
  g_signal_emit (f->self, signals[CHANGED], 0);
  return TRUE;
}

static void
add_form_free (gpointer data)
{
  AddForm *f = data;

  g_object_unref (f->self);
  g_free (f);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  VdCommendationList *self = VD_COMMENDATION_LIST (widget);
  const char *levels[VD_N_LEVELS + 1] = { NULL };
  g_autofree char *today_text = NULL;
  VdFormWindow *form;
  AddForm *f;
  GDate today;

  if (self->database == NULL || self->owner_id == 0)
    return;
  for (guint i = 0; i < VD_N_LEVELS; i++)
    levels[i] = vd_commendation_level_get_label (i);
  vd_date_set_today (&today);
  today_text = vd_date_to_iso (&today);

  form = vd_form_window_new (get_parent_window (self), _("Add Commendation"), _("_Add"));
  f = g_new0 (AddForm, 1);
  f->self = g_object_ref (self);
  f->title = vd_form_window_add_entry (form, _("Title"), "");
  f->level = vd_form_window_add_combo (form, _("Level"), levels, VD_LEVEL_DISTRICT);
  f->date = vd_form_window_add_entry (form, _("Awarded on"), today_text);
  f->issuer = vd_form_window_add_entry (form, _("Issued by"), "");
  f->notes = vd_form_window_add_entry (form, _("Note"), "");
  vd_form_window_set_accept_func (form, accept_add_cb, f, add_form_free);
  gtk_window_present (GTK_WINDOW (form));
}

static void
vd_commendation_list_dispose (GObject *object)
{
  VdCommendationList *self = VD_COMMENDATION_LIST (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), VD_TYPE_COMMENDATION_LIST);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (vd_commendation_list_parent_class)->dispose (object);
}

static void
vd_commendation_list_class_init (VdCommendationListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vd_commendation_list_dispose;

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/vd-commendation-list.ui");
  gtk_widget_class_bind_template_child (widget_class, VdCommendationList, empty_row);

  gtk_widget_class_install_action (widget_class, "commendations.add", NULL, add_action);
}

static void
vd_commendation_list_init (VdCommendationList *self)
{
  self->rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "commendations.add", FALSE);
}

GtkWidget *
vd_commendation_list_new (void)
{
  return g_object_new (VD_TYPE_COMMENDATION_LIST, NULL);
}

void
vd_commendation_list_set_owner (VdCommendationList *self,
                                VdDatabase         *database,
                                VdOwnerKind         kind,
                                gint64              owner_id)
{
  g_return_if_fail (VD_IS_COMMENDATION_LIST (self));

  g_set_object (&self->database, database);
  self->kind = kind;
  self->owner_id = owner_id;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "commendations.add",
                                 database != NULL && owner_id != 0);
  vd_commendation_list_reload (self);
}

void
vd_commendation_list_reload (VdCommendationList *self)
{
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (VD_IS_COMMENDATION_LIST (self));

  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), self->rows->pdata[i]);
  g_ptr_array_set_size (self->rows, 0);

  if (self->database != NULL && self->owner_id != 0)
    {
      list = vd_commendations_list_for (self->database, self->kind, self->owner_id, &error);
      if (list == NULL)
        g_warning ("Cannot list commendations: %s", error->message);
    }
  for (guint i = 0; list != NULL && i < list->len; i++)
    {
      VdCommendation *c = list->pdata[i];
      g_autofree char *title = g_markup_escape_text (c->title, -1);
      g_autofree char *subtitle = NULL;
      g_autofree char *escaped = NULL;
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

      if (c->issuer[0] != '\0')
        /* Translators: level · date · issuing body of a commendation */
        subtitle = g_strdup_printf (_("%s · %s · %s"), vd_commendation_level_get_label (c->level),
                                    c->awarded_on, c->issuer);
      else
        subtitle = g_strdup_printf ("%s · %s", vd_commendation_level_get_label (c->level),
                                    c->awarded_on);
      escaped = g_markup_escape_text (subtitle, -1);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("starred-symbolic"));
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (remove, _("Remove Commendation"));
      gtk_widget_add_css_class (remove, "flat");
      g_object_set_data (G_OBJECT (remove), "id", GSIZE_TO_POINTER ((gsize)c->id));
      g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_clicked_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
      g_ptr_array_add (self->rows, row);
    }
  gtk_widget_set_visible (self->empty_row, self->rows->len == 0);
}

guint
vd_commendation_list_get_count (VdCommendationList *self)
{
  g_return_val_if_fail (VD_IS_COMMENDATION_LIST (self), 0);

  return self->rows->len;
}
