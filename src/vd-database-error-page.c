/* vd-database-error-page.c — why the database cannot be opened, and what to do
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vd-database-error-page"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "vd-database-error-page.h"

struct _VdDatabaseErrorPage
{
  AdwBin          parent_instance;

  char           *path;
  GError         *error;

  AdwStatusPage  *status_page;
  GtkLabel       *advice_label;
  GtkExpander    *detail_expander;
  GtkLabel       *detail_label;
  GtkLabel       *path_label;
  GtkButton      *retry_button;
};

G_DEFINE_FINAL_TYPE (VdDatabaseErrorPage, vd_database_error_page, ADW_TYPE_BIN)

enum {
  DATABASE_OPENED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Where the core keeps the backups of the file at path (see vd_backup_get_dir). */
static char *
backup_dir_for (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  return g_build_filename (dir, "backups", NULL);
}

static char *
advice_for (const GError *error,
            const char   *path)
{
  g_autofree char *backups = backup_dir_for (path);

  if (error->domain == VD_DATABASE_ERROR)
    switch ((VdDatabaseError) error->code)
      {
      case VD_DATABASE_ERROR_TOO_NEW:
        return g_strdup (_("This file was written by a newer version of Volunteer Desk. "
                           "Install the newer version; the file was not changed."));

      case VD_DATABASE_ERROR_READ_ONLY:
        return g_strdup (_("Check the file permissions: you must be allowed to write to the "
                           "file and to its folder."));

      case VD_DATABASE_ERROR_FULL:
        return g_strdup (_("Free some disk space, then try again."));

      case VD_DATABASE_ERROR_BUSY:
        return g_strdup (_("Another program is using the file. Close it, then try again."));

      case VD_DATABASE_ERROR_OPEN:
        return g_strdup (_("Check that the folder exists and that you are allowed to write "
                           "to it."));

      case VD_DATABASE_ERROR_NOT_DATABASE:
        return g_strdup_printf (_("The file is damaged or is not a Volunteer Desk database. "
                                  "Daily backups are kept in the folder “%s”: quit, move the "
                                  "damaged file away, copy the newest backup in its place under "
                                  "the same name, and try again."),
                                backups);

      case VD_DATABASE_ERROR_MIGRATION:
        return g_strdup (_("Upgrading the file to this version failed, and the file was not "
                           "changed. Keep using the previous version of Volunteer Desk and "
                           "report the problem."));

      case VD_DATABASE_ERROR_CONSTRAINT:
      case VD_DATABASE_ERROR_BACKUP:
      case VD_DATABASE_ERROR_FAILED:
      default:
        break;
      }

  return g_strdup_printf (_("Try again. If the problem remains, restore a backup from the "
                            "folder “%s”."),
                          backups);
}

static void
on_retry_clicked_cb (VdDatabaseErrorPage *self)
{
  g_autoptr(VdDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  GtkWidget *overlay;

  if (self->path == NULL)
    return;

  path = g_strdup (self->path);
  database = vd_database_open (path, &error);
  if (database != NULL)
    {
      g_signal_emit (self, signals[DATABASE_OPENED], 0, database);
      return;
    }

  vd_database_error_page_set_error (self, path, error);

  /* The page may look the same as before, so say that the attempt was made. */
  overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay),
                                 adw_toast_new (_("The database still cannot be opened")));
}

static void
vd_database_error_page_dispose (GObject *object)
{
  VdDatabaseErrorPage *self = VD_DATABASE_ERROR_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), VD_TYPE_DATABASE_ERROR_PAGE);
  g_clear_pointer (&self->path, g_free);
  g_clear_error (&self->error);

  G_OBJECT_CLASS (vd_database_error_page_parent_class)->dispose (object);
}

static void
vd_database_error_page_class_init (VdDatabaseErrorPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vd_database_error_page_dispose;

  /**
   * VdDatabaseErrorPage::database-opened:
   * @database: the database, opened by "Try Again"
   */
  signals[DATABASE_OPENED] =
    g_signal_new ("database-opened",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, VD_TYPE_DATABASE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/vd-database-error-page.ui");
  gtk_widget_class_bind_template_child (widget_class, VdDatabaseErrorPage, advice_label);
  gtk_widget_class_bind_template_child (widget_class, VdDatabaseErrorPage, detail_expander);
  gtk_widget_class_bind_template_child (widget_class, VdDatabaseErrorPage, detail_label);
  gtk_widget_class_bind_template_child (widget_class, VdDatabaseErrorPage, path_label);
  gtk_widget_class_bind_template_child (widget_class, VdDatabaseErrorPage, retry_button);
  gtk_widget_class_bind_template_child (widget_class, VdDatabaseErrorPage, status_page);
  gtk_widget_class_bind_template_callback (widget_class, on_retry_clicked_cb);
}

static void
vd_database_error_page_init (VdDatabaseErrorPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
vd_database_error_page_new (void)
{
  return g_object_new (VD_TYPE_DATABASE_ERROR_PAGE, NULL);
}

void
vd_database_error_page_set_error (VdDatabaseErrorPage *self,
                                  const char          *path,
                                  const GError        *error)
{
  g_autofree char *description = NULL;
  g_autofree char *advice = NULL;
  const char *detail_start;

  g_return_if_fail (VD_IS_DATABASE_ERROR_PAGE (self));
  g_return_if_fail (path != NULL);
  g_return_if_fail (error != NULL);

  if (path != self->path)
    {
      g_free (self->path);
      self->path = g_strdup (path);
    }
  g_clear_error (&self->error);
  self->error = g_error_copy (error);

  /* The status page reads its description as markup. */
  /* The core's messages end with SQLite's own English words in parentheses, kept for
   * whoever helps the office: tucked away under "Technical Details". */
  detail_start = g_str_has_suffix (error->message, ")") ? g_strrstr (error->message, " (") : NULL;
  if (detail_start != NULL)
    {
      g_autofree char *sentence = g_strndup (error->message, detail_start - error->message);
      g_autofree char *detail = g_strndup (detail_start + 2, strlen (detail_start + 2) - 1);

      description = g_markup_escape_text (sentence, -1);
      gtk_label_set_label (self->detail_label, detail);
    }
  else
    description = g_markup_escape_text (error->message, -1);
  gtk_widget_set_visible (GTK_WIDGET (self->detail_expander), detail_start != NULL);
  advice = advice_for (error, path);
  adw_status_page_set_description (self->status_page, description);
  gtk_label_set_label (self->advice_label, advice);
  gtk_label_set_label (self->path_label, path);

  /* Otherwise the selectable path takes the focus and shows up selected. */
  gtk_widget_grab_focus (GTK_WIDGET (self->retry_button));
}

const char *
vd_database_error_page_get_path (VdDatabaseErrorPage *self)
{
  g_return_val_if_fail (VD_IS_DATABASE_ERROR_PAGE (self), NULL);

  return self->path;
}

const GError *
vd_database_error_page_get_error (VdDatabaseErrorPage *self)
{
  g_return_val_if_fail (VD_IS_DATABASE_ERROR_PAGE (self), NULL);

  return self->error;
}
