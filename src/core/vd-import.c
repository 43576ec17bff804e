/* vd-import.c — bringing the office's spreadsheets of volunteers into the register
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vd-import-private.h"
#include "vd-table-writer.h"

G_DEFINE_QUARK (vd-import-error-quark, vd_import_error)

#define PREVIEW_ROWS 20
#define HEADER_SEARCH_ROWS 10


void
vd_import_free (VdImport *self)
{
  if (self == NULL)
    return;
  g_free (self->path);
  g_free (self->format);
  g_strfreev (self->headers);
  g_free (self->mapping);
  g_clear_pointer (&self->preview, g_ptr_array_unref);
  g_free (self);
}

static guint
count_known (const char * const *fields)
{
  guint known = 0;

  for (guint i = 0; fields[i] != NULL; i++)
    if (vd_column_from_header (fields[i]) >= 0)
      known++;
  return known;
}

static void
map_from_headers (VdImport *self)
{
  self->mapping = g_new (int, self->n_columns);
  for (guint i = 0; i < self->n_columns; i++)
    {
      int target = vd_column_from_header (self->headers[i]);

      self->mapping[i] = -1;
      /* computed figures (age, hours) are not read back; first column wins */
      if (target >= 0 && vd_column_is_importable (target))
        vd_import_set_mapping (self, i, target);
    }
}

VdImport *
vd_import_open (const char *path,
                GError    **error)
{
  g_autoptr(VdImport) self = g_new0 (VdImport, 1);
  g_autoptr(VdTableReader) reader = NULL;
  g_autoptr(GPtrArray) first_rows = g_ptr_array_new_with_free_func ((GDestroyNotify)g_strfreev);
  g_autoptr(GArray) row_numbers = g_array_new (FALSE, FALSE, sizeof (guint));
  const char * const *fields;
  guint header = 0;
  GError *local_error = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  reader = vd_table_reader_open (path, error);
  if (reader == NULL)
    return NULL;
  self->path = g_strdup (path);

  /* Offices put a title row ("XX社区志愿者名单") above the header: take the first of
   * the first rows that names two known columns. */
  while (first_rows->len < HEADER_SEARCH_ROWS &&
         vd_table_reader_next (reader, &fields, NULL, &local_error))
    {
      guint row = vd_table_reader_get_row_number (reader);

      g_ptr_array_add (first_rows, g_strdupv ((char **)fields));
      g_array_append_val (row_numbers, row);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }
  for (guint i = 0; i < first_rows->len; i++)
    if (count_known (g_ptr_array_index (first_rows, i)) >= 2)
      {
        header = i;
        break;
      }

  self->headers = g_strdupv (g_ptr_array_index (first_rows, header));
  self->n_columns = g_strv_length (self->headers);
  self->header_row = g_array_index (row_numbers, guint, header);
  self->format = g_strdup (vd_table_reader_get_format (reader));
  map_from_headers (self);

  self->preview = g_ptr_array_new_with_free_func ((GDestroyNotify)g_strfreev);
  for (guint i = header + 1; i < first_rows->len; i++)
    g_ptr_array_add (self->preview, g_strdupv (g_ptr_array_index (first_rows, i)));
  while (self->preview->len < PREVIEW_ROWS &&
         vd_table_reader_next (reader, &fields, NULL, &local_error))
    g_ptr_array_add (self->preview, g_strdupv ((char **)fields));
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }

  if (self->preview->len == 0)
    {
      g_set_error (error, VD_IMPORT_ERROR, VD_IMPORT_ERROR_NO_DATA,
                   _("The file has a header row but no volunteers under it."));
      return NULL;
    }
  return g_steal_pointer (&self);
}

const char *
vd_import_get_path (VdImport *self)
{
  return self->path;
}

const char *
vd_import_get_format (VdImport *self)
{
  return self->format;
}

guint
vd_import_get_header_row (VdImport *self)
{
  return self->header_row;
}

guint
vd_import_get_n_columns (VdImport *self)
{
  return self->n_columns;
}

const char *
vd_import_get_header (VdImport *self,
                      guint     column)
{
  g_return_val_if_fail (column < self->n_columns, NULL);

  return self->headers[column];
}

int
vd_import_get_mapping (VdImport *self,
                       guint     column)
{
  g_return_val_if_fail (column < self->n_columns, -1);

  return self->mapping[column];
}

void
vd_import_set_mapping (VdImport *self,
                       guint     column,
                       int       target)
{
  g_return_if_fail (column < self->n_columns);
  g_return_if_fail (target < VD_N_COLUMNS);

  if (target >= 0)
    for (guint i = 0; i < self->n_columns; i++)
      if (self->mapping[i] == target)
        self->mapping[i] = -1;
  self->mapping[column] = target;
}

static int
column_of (VdImport *self,
           VdColumn  target)
{
  for (guint i = 0; i < self->n_columns; i++)
    if (self->mapping[i] == (int)target)
      return i;
  return -1;
}

gboolean
vd_import_check_mapping (VdImport *self,
                         GError  **error)
{
  if (column_of (self, VD_COLUMN_NAME) < 0 || column_of (self, VD_COLUMN_ID_NUMBER) < 0)
    {
      g_set_error (error, VD_IMPORT_ERROR, VD_IMPORT_ERROR_MAPPING,
                   _("Choose the columns that hold the name and the ID number."));
      return FALSE;
    }
  return TRUE;
}

guint
vd_import_get_n_preview (VdImport *self)
{
  return self->preview->len;
}

const char * const *
vd_import_get_preview_row (VdImport *self,
                           guint     index,
                           guint    *n_fields)
{
  const char * const *row;

  g_return_val_if_fail (index < self->preview->len, NULL);

  row = g_ptr_array_index (self->preview, index);
  if (n_fields != NULL)
    *n_fields = g_strv_length ((char **)row);
  return row;
}

static void
reject_free (gpointer data)
{
  VdImportReject *reject = data;

  g_free (reject->reason);
  g_strfreev (reject->fields);
  g_free (reject);
}

VdImportResult *
vd_import_result_new (void)
{
  VdImportResult *result = g_new0 (VdImportResult, 1);

  result->rejects = g_ptr_array_new_with_free_func (reject_free);
  return result;
}

void
vd_import_result_add_reject (VdImportResult     *result,
                             guint               row,
                             const char         *reason,
                             const char * const *fields,
                             gboolean            skipped)
{
  VdImportReject *reject = g_new0 (VdImportReject, 1);
  guint at = result->rejects->len;

  reject->row = row;
  reject->reason = g_strdup (reason);
  reject->fields = g_strdupv ((char **)fields);
  reject->skipped = skipped;
  while (at > 0 && ((VdImportReject *)g_ptr_array_index (result->rejects, at - 1))->row > row)
    at--;
  g_ptr_array_insert (result->rejects, at, reject);
}

void
vd_import_result_free (VdImportResult *result)
{
  if (result == NULL)
    return;
  g_clear_pointer (&result->rejects, g_ptr_array_unref);
  g_free (result);
}

gboolean
vd_import_save_rejects (VdImport       *self,
                        VdImportResult *result,
                        const char     *path,
                        GError        **error)
{
  g_autoptr(VdTableWriter) writer = NULL;
  g_autoptr(GPtrArray) header = g_ptr_array_new ();

  writer = vd_table_writer_new (path, vd_table_format_for_path (path), _("Rejected rows"),
                                TRUE, error);
  if (writer == NULL)
    return FALSE;

  g_ptr_array_add (header, (gpointer)_("Row"));
  g_ptr_array_add (header, (gpointer)_("Reason"));
  for (guint i = 0; i < self->n_columns; i++)
    g_ptr_array_add (header, self->headers[i]);
  if (!vd_table_writer_add_row (writer, (const char * const *)header->pdata, header->len, error))
    return FALSE;

  for (guint i = 0; i < result->rejects->len; i++)
    {
      VdImportReject *reject = g_ptr_array_index (result->rejects, i);
      g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);

      g_ptr_array_add (cells, g_strdup_printf ("%u", reject->row));
      g_ptr_array_add (cells, g_strdup (reject->reason));
      for (guint k = 0; reject->fields[k] != NULL; k++)
        g_ptr_array_add (cells, g_strdup (reject->fields[k]));
      if (!vd_table_writer_add_row (writer, (const char * const *)cells->pdata, cells->len, error))
        return FALSE;
    }
  return vd_table_writer_finish (writer, error);
}
