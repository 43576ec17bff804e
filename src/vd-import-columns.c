/* vd-import-columns.c — the second step of an import: where each column goes
 *
 * One row per column of the file, with its header, a sample value and its target;
 * the first rows as the file has them; and the options of the import. The mapping
 * itself is the core's (VdImport): this widget shows it and changes it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vd-import-columns"

#include "config.h"

#include <glib/gi18n.h>

#include "vd-import-columns.h"

/* How long a sample value may be in a column's row before it is cut. */
#define SAMPLE_CHARS 40

/* How long a cell of the preview may be before it is cut (its tooltip has it all). */
#define CELL_CHARS 24

struct _VdImportColumns
{
  AdwBin               parent_instance;

  VdImport            *import;          /* the caller's */
  GtkStringList       *targets_model;   /* "Ignore", then the importable columns */
  GArray              *targets;         /* int per model position: a VdColumn or -1 */
  GPtrArray           *column_rows;     /* AdwComboRow per file column */
  GPtrArray           *preview_targets; /* GtkLabel per file column, under its header */
  char                *problem;
  gboolean             refreshing;      /* the rows are being set from the mapping */

  AdwPreferencesGroup *file_group;
  GtkLabel            *mapping_error;
  AdwPreferencesGroup *columns_group;
  GtkScrolledWindow   *preview_scroller;
  GtkSwitch           *strict_switch;
  AdwComboRow         *duplicates_row;
};

G_DEFINE_FINAL_TYPE (VdImportColumns, vd_import_columns, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_READY,
  PROP_PROBLEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
column_title (VdImport *import,
              guint     column)
{
  g_autofree char *header = g_strstrip (g_strdup (vd_import_get_header (import, column)));

  if (header[0] != '\0')
    return g_steal_pointer (&header);
  /* Translators: a column of the file without a name; %u counts from 1 */
  return g_strdup_printf (_("Column %u"), column + 1);
}

/* The first value of the column in the preview rows, shortened for a subtitle. */
static char *
column_sample (VdImport *import,
               guint     column)
{
  guint i;

  for (i = 0; i < vd_import_get_n_preview (import); i++)
    {
      guint n_fields = 0;
      const char * const *row = vd_import_get_preview_row (import, i, &n_fields);
      g_autofree char *value = NULL;

      if (column >= n_fields)
        continue;
      value = g_strstrip (g_strdup (row[column]));
      if (value[0] == '\0')
        continue;
      if (g_utf8_strlen (value, -1) > SAMPLE_CHARS)
        {
          g_autofree char *cut = g_utf8_substring (value, 0, SAMPLE_CHARS);

          return g_strconcat (cut, "…", NULL);
        }
      return g_steal_pointer (&value);
    }
  return g_strdup (_("Empty in the first rows"));
}

static guint
target_position (VdImportColumns *self,
                 int              target)
{
  guint i;

  for (i = 0; i < self->targets->len; i++)
    if (g_array_index (self->targets, int, i) == target)
      return i;
  return 0;
}

static void
set_problem (VdImportColumns *self,
             const char      *problem)
{
  gboolean was_ready = self->problem == NULL;

  if (g_strcmp0 (self->problem, problem) == 0)
    return;

  g_free (self->problem);
  self->problem = g_strdup (problem);
  gtk_label_set_label (self->mapping_error, problem != NULL ? problem : "");
  gtk_widget_set_visible (GTK_WIDGET (self->mapping_error), problem != NULL);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROBLEM]);
  if (was_ready != (problem == NULL))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READY]);
}

/* Shows the mapping the core holds, and whether it is enough to import. */
static void
refresh_mapping (VdImportColumns *self)
{
  g_autoptr(GError) error = NULL;
  guint i;

  self->refreshing = TRUE;
  for (i = 0; i < self->column_rows->len; i++)
    {
      int target = vd_import_get_mapping (self->import, i);
      GtkLabel *label = g_ptr_array_index (self->preview_targets, i);

      adw_combo_row_set_selected (g_ptr_array_index (self->column_rows, i),
                                  target_position (self, target));
      gtk_label_set_label (label, target >= 0 ? vd_column_get_label (target) : _("Ignored"));
      if (target >= 0)
        gtk_widget_remove_css_class (GTK_WIDGET (label), "dim-label");
      else
        gtk_widget_add_css_class (GTK_WIDGET (label), "dim-label");
    }
  self->refreshing = FALSE;

  if (vd_import_check_mapping (self->import, &error))
    set_problem (self, NULL);
  else
    set_problem (self, error->message);
}

static void
on_target_selected_cb (AdwComboRow     *row,
                       GParamSpec      *pspec,
                       VdImportColumns *self)
{
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "column"));
  guint selected = adw_combo_row_get_selected (row);

  if (self->refreshing || self->import == NULL || selected >= self->targets->len)
    return;

  /* The core takes the target away from any other column; the others follow. */
  vd_import_set_mapping (self->import, column, g_array_index (self->targets, int, selected));
  refresh_mapping (self);
}

/* A row per file column: its header, a sample value, and where it goes. */
static GtkWidget *
create_column_row (VdImportColumns *self,
                   guint            column)
{
  g_autofree char *title = column_title (self->import, column);
  g_autofree char *sample = column_sample (self->import, column);
  GtkWidget *row;

  row = adw_combo_row_new ();
  /* The file's text is shown as it is, never as markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), sample);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 1);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (self->targets_model));
  g_object_set_data (G_OBJECT (row), "column", GUINT_TO_POINTER (column));
  g_signal_connect_object (row, "notify::selected", G_CALLBACK (on_target_selected_cb), self, 0);

  return row;
}

static GtkWidget *
create_cell (const char *text,
             const char *style)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), CELL_CHARS);
  if (g_utf8_strlen (text, -1) > CELL_CHARS)
    gtk_widget_set_tooltip_text (label, text);
  if (style != NULL)
    gtk_widget_add_css_class (label, style);
  return label;
}

/* The first rows as the file has them, each column headed by where it goes. */
static GtkWidget *
create_preview (VdImportColumns *self)
{
  guint n_columns = vd_import_get_n_columns (self->import);
  GtkWidget *grid = gtk_grid_new ();
  guint row;
  guint i;

  gtk_grid_set_column_spacing (GTK_GRID (grid), 24);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_widget_set_margin_top (grid, 12);
  gtk_widget_set_margin_bottom (grid, 12);
  gtk_widget_set_margin_start (grid, 12);
  gtk_widget_set_margin_end (grid, 12);

  for (i = 0; i < n_columns; i++)
    {
      g_autofree char *title = column_title (self->import, i);
      GtkWidget *target = create_cell ("", "caption");

      gtk_grid_attach (GTK_GRID (grid), create_cell (title, "heading"), i, 0, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), target, i, 1, 1, 1);
      gtk_widget_set_margin_bottom (target, 6);
      g_ptr_array_add (self->preview_targets, target);
    }

  for (row = 0; row < vd_import_get_n_preview (self->import); row++)
    {
      guint n_fields = 0;
      const char * const *fields = vd_import_get_preview_row (self->import, row, &n_fields);

      for (i = 0; i < n_fields; i++)
        gtk_grid_attach (GTK_GRID (grid), create_cell (fields[i], NULL), i, row + 2, 1, 1);
    }

  return grid;
}

static void
clear_columns (VdImportColumns *self)
{
  guint i;

  for (i = 0; i < self->column_rows->len; i++)
    adw_preferences_group_remove (self->columns_group, g_ptr_array_index (self->column_rows, i));
  g_ptr_array_set_size (self->column_rows, 0);
  g_ptr_array_set_size (self->preview_targets, 0);
  gtk_scrolled_window_set_child (self->preview_scroller, NULL);
}

void
vd_import_columns_set_import (VdImportColumns *self,
                              VdImport        *import)
{
  g_autofree char *name = NULL;
  g_autofree char *description = NULL;
  guint i;

  g_return_if_fail (VD_IS_IMPORT_COLUMNS (self));

  clear_columns (self);
  self->import = import;
  if (import == NULL)
    {
      set_problem (self, _("Choose a file first."));
      return;
    }

  name = g_filename_display_basename (vd_import_get_path (import));
  adw_preferences_group_set_title (self->file_group, name);
  /* Translators: the encoding or kind of a file, then the row of its column names */
  description = g_strdup_printf (_("%s · column names on row %u"),
                                 vd_import_get_format (import),
                                 vd_import_get_header_row (import));
  adw_preferences_group_set_description (self->file_group, description);

  for (i = 0; i < vd_import_get_n_columns (import); i++)
    {
      GtkWidget *row = create_column_row (self, i);

      g_ptr_array_add (self->column_rows, row);
      adw_preferences_group_add (self->columns_group, row);
    }
  gtk_scrolled_window_set_child (self->preview_scroller, create_preview (self));

  refresh_mapping (self);
}

gboolean
vd_import_columns_get_ready (VdImportColumns *self)
{
  g_return_val_if_fail (VD_IS_IMPORT_COLUMNS (self), FALSE);

  return self->problem == NULL;
}

const char *
vd_import_columns_get_problem (VdImportColumns *self)
{
  g_return_val_if_fail (VD_IS_IMPORT_COLUMNS (self), NULL);

  return self->problem;
}

gboolean
vd_import_columns_get_strict (VdImportColumns *self)
{
  g_return_val_if_fail (VD_IS_IMPORT_COLUMNS (self), FALSE);

  return gtk_switch_get_active (self->strict_switch);
}

VdDuplicates
vd_import_columns_get_duplicates (VdImportColumns *self)
{
  g_return_val_if_fail (VD_IS_IMPORT_COLUMNS (self), VD_DUPLICATES_SKIP);

  /* In the order of the combo row's items. */
  return adw_combo_row_get_selected (self->duplicates_row) == 1
         ? VD_DUPLICATES_UPDATE : VD_DUPLICATES_SKIP;
}

/* GObject */

static void
vd_import_columns_dispose (GObject *object)
{
  VdImportColumns *self = VD_IMPORT_COLUMNS (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), VD_TYPE_IMPORT_COLUMNS);
  self->import = NULL;
  g_clear_pointer (&self->column_rows, g_ptr_array_unref);
  g_clear_pointer (&self->preview_targets, g_ptr_array_unref);
  g_clear_pointer (&self->targets, g_array_unref);
  g_clear_pointer (&self->problem, g_free);
  g_clear_object (&self->targets_model);

  G_OBJECT_CLASS (vd_import_columns_parent_class)->dispose (object);
}

static void
vd_import_columns_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  VdImportColumns *self = VD_IMPORT_COLUMNS (object);

  switch (prop_id)
    {
    case PROP_READY:
      g_value_set_boolean (value, vd_import_columns_get_ready (self));
      break;

    case PROP_PROBLEM:
      g_value_set_string (value, self->problem);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vd_import_columns_class_init (VdImportColumnsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vd_import_columns_dispose;
  object_class->get_property = vd_import_columns_get_property;

  properties[PROP_READY] =
    g_param_spec_boolean ("ready", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE |
                           G_PARAM_EXPLICIT_NOTIFY |
                           G_PARAM_STATIC_STRINGS));

  properties[PROP_PROBLEM] =
    g_param_spec_string ("problem", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/vd-import-columns.ui");
  gtk_widget_class_bind_template_child (widget_class, VdImportColumns, columns_group);
  gtk_widget_class_bind_template_child (widget_class, VdImportColumns, duplicates_row);
  gtk_widget_class_bind_template_child (widget_class, VdImportColumns, file_group);
  gtk_widget_class_bind_template_child (widget_class, VdImportColumns, mapping_error);
  gtk_widget_class_bind_template_child (widget_class, VdImportColumns, preview_scroller);
  gtk_widget_class_bind_template_child (widget_class, VdImportColumns, strict_switch);
}

static void
vd_import_columns_init (VdImportColumns *self)
{
  int ignore = -1;
  int i;

  self->column_rows = g_ptr_array_new ();
  self->preview_targets = g_ptr_array_new ();
  self->targets_model = gtk_string_list_new (NULL);
  self->targets = g_array_new (FALSE, FALSE, sizeof (int));
  self->problem = g_strdup (_("Choose a file first."));

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_string_list_append (self->targets_model, _("Ignore"));
  g_array_append_val (self->targets, ignore);
  for (i = 0; i < VD_N_COLUMNS; i++)
    if (vd_column_is_importable (i))
      {
        gtk_string_list_append (self->targets_model, vd_column_get_label (i));
        g_array_append_val (self->targets, i);
      }
}
