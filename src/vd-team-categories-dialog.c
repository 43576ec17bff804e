/* vd-team-categories-dialog.c — the editable list of team categories
 *
 * Each category is an entry row: edit the name and press the row's apply button (or
 * Enter) to rename it. A row's button archives or restores it. Nothing is deleted:
 * teams and the year's figures refer to the categories.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vd-team-categories-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "vd-team-categories-dialog.h"
#include "vd-teams.h"

struct _VdTeamCategoriesDialog
{
  AdwWindow             parent_instance;

  VdDatabase           *database;
  GPtrArray            *rows;          /* the rows in list_group */

  AdwToastOverlay      *toast_overlay;
  AdwEntryRow          *new_row;
  AdwPreferencesGroup  *list_group;
};

G_DEFINE_FINAL_TYPE (VdTeamCategoriesDialog, vd_team_categories_dialog, ADW_TYPE_WINDOW)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void fill_list (VdTeamCategoriesDialog *self);

static void
show_text (VdTeamCategoriesDialog *self,
           const char             *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
}

static gboolean
refill_idle_cb (gpointer user_data)
{
  fill_list (user_data);
  return G_SOURCE_REMOVE;
}

/* The rows are rebuilt after the signal of the row that changed has run its course. */
static void
changed (VdTeamCategoriesDialog *self)
{
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, refill_idle_cb, g_object_ref (self), g_object_unref);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_rename_cb (AdwEntryRow            *row,
              VdTeamCategoriesDialog *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "category-id"));
  const char *old_name = g_object_get_data (G_OBJECT (row), "category-name");
  const char *name = gtk_editable_get_text (GTK_EDITABLE (row));
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *trimmed = g_strstrip (g_strdup (name));

  if (g_strcmp0 (trimmed, old_name) == 0)
    return;
  if (!vd_team_categories_rename (self->database, id, name, &error))
    {
      show_text (self, error->message);
      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      return;
    }
  /* Translators: the old and the new name of a category */
  text = g_strdup_printf (_("“%s” renamed to “%s”"), old_name, trimmed);
  show_text (self, text);
  changed (self);
}

static void
on_archive_clicked_cb (GtkButton              *button,
                       VdTeamCategoriesDialog *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "category-id"));
  gboolean archived = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "archived"));
  g_autoptr(GError) error = NULL;

  if (!vd_team_categories_set_archived (self->database, id, !archived, &error))
    {
      show_text (self, error->message);
      return;
    }
  changed (self);
}

static void
on_add_cb (VdTeamCategoriesDialog *self)
{
  g_autoptr(GError) error = NULL;
  const char *name = gtk_editable_get_text (GTK_EDITABLE (self->new_row));

  if (vd_team_categories_add (self->database, name, &error) == 0)
    {
      show_text (self, error->message);
      gtk_widget_add_css_class (GTK_WIDGET (self->new_row), "error");
      return;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (self->new_row), "error");
  gtk_editable_set_text (GTK_EDITABLE (self->new_row), "");
  changed (self);
}

static GtkWidget *
new_category_row (VdTeamCategoriesDialog *self,
                  VdTeamCategory         *category)
{
  GtkWidget *row = adw_entry_row_new ();
  GtkWidget *button;
  g_autofree char *title = NULL;

  /* Translators: above a category's name: how many teams are in it */
  title = g_strdup_printf (ngettext ("%u team", "%u teams", category->n_teams), category->n_teams);
  if (category->archived)
    {
      g_autofree char *plain = g_steal_pointer (&title);
      /* Translators: "Archived · 3 teams" */
      title = g_strdup_printf (_("Archived · %s"), plain);
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), category->name);
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
  g_object_set_data (G_OBJECT (row), "category-id", GSIZE_TO_POINTER (category->id));
  g_object_set_data_full (G_OBJECT (row), "category-name", g_strdup (category->name), g_free);
  g_signal_connect_object (row, "apply", G_CALLBACK (on_rename_cb), self, 0);
  g_signal_connect_object (row, "entry-activated", G_CALLBACK (on_rename_cb), self, 0);
  if (category->archived)
    gtk_widget_add_css_class (row, "dim-label");

  button = gtk_button_new_with_mnemonic (category->archived ? _("_Restore") : _("_Archive"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  g_object_set_data (G_OBJECT (button), "category-id", GSIZE_TO_POINTER (category->id));
  g_object_set_data (G_OBJECT (button), "archived", GINT_TO_POINTER (category->archived));
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_archive_clicked_cb), self, 0);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), button);
  return row;
}

static void
fill_list (VdTeamCategoriesDialog *self)
{
  g_autoptr(GPtrArray) categories = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (self->list_group, g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);

  categories = vd_team_categories_list (self->database, TRUE, &error);
  if (categories == NULL)
    {
      show_text (self, error->message);
      return;
    }
  for (guint i = 0; i < categories->len; i++)
    {
      GtkWidget *row = new_category_row (self, g_ptr_array_index (categories, i));

      adw_preferences_group_add (self->list_group, row);
      g_ptr_array_add (self->rows, row);
    }
}

static void
vd_team_categories_dialog_dispose (GObject *object)
{
  VdTeamCategoriesDialog *self = VD_TEAM_CATEGORIES_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), VD_TYPE_TEAM_CATEGORIES_DIALOG);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (vd_team_categories_dialog_parent_class)->dispose (object);
}

static void
vd_team_categories_dialog_class_init (VdTeamCategoriesDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vd_team_categories_dialog_dispose;

  /**
   * VdTeamCategoriesDialog::changed:
   *
   * A category was added, renamed, archived or restored.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/vd-team-categories-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, VdTeamCategoriesDialog, list_group);
  gtk_widget_class_bind_template_child (widget_class, VdTeamCategoriesDialog, new_row);
  gtk_widget_class_bind_template_child (widget_class, VdTeamCategoriesDialog, toast_overlay);
  gtk_widget_class_bind_template_callback (widget_class, on_add_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
vd_team_categories_dialog_init (VdTeamCategoriesDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->rows = g_ptr_array_new ();
}

GtkWidget *
vd_team_categories_dialog_new (GtkWindow  *parent,
                               VdDatabase *db)
{
  VdTeamCategoriesDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);

  self = g_object_new (VD_TYPE_TEAM_CATEGORIES_DIALOG, "transient-for", parent, NULL);
  self->database = g_object_ref (db);
  fill_list (self);
  return GTK_WIDGET (self);
}
