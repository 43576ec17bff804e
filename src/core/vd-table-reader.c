/* vd-table-reader.c — rows of UTF-8 strings from a CSV/text file or an .xlsx workbook
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "vd-table-reader-private.h"

struct _VdTableReader
{
  VdCsvReader  *csv;   /* exactly one of csv and xlsx */
  VdXlsxReader *xlsx;
  guint         row_number;
  guint         rows_returned;
  gboolean      finished;
  GError       *failure;
};

G_DEFINE_QUARK (vd-table-error-quark, vd_table_error)

static const guint8 zip_magic[] = { 'P', 'K', 3, 4 };

static gboolean
is_zip (const guint8 *data,
        gsize         len)
{
  return len >= sizeof zip_magic && memcmp (data, zip_magic, sizeof zip_magic) == 0;
}

VdTableReader *
vd_table_reader_open (const char  *path,
                      GError     **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) first_block = NULL;
  g_autofree char *display = NULL;
  g_autofree guint8 *block = NULL;
  VdTableReader *self;
  gsize n_read = 0;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  display = g_filename_display_basename (path);
  file = g_file_new_for_path (path);
  stream = g_file_read (file, NULL, &local_error);
  if (stream != NULL)
    info = g_file_input_stream_query_info (stream, G_FILE_ATTRIBUTE_STANDARD_SIZE, NULL,
                                           &local_error);
  if (info != NULL)
    {
      block = g_malloc (VD_TABLE_READER_BLOCK_SIZE);
      g_input_stream_read_all (G_INPUT_STREAM (stream), block, VD_TABLE_READER_BLOCK_SIZE,
                               &n_read, NULL, &local_error);
    }
  if (local_error != NULL)
    {
      g_set_error (error, VD_TABLE_ERROR, VD_TABLE_ERROR_IO,
                   _("Cannot read “%s”: %s"), display, local_error->message);
      return NULL;
    }

  self = g_new0 (VdTableReader, 1);
  if (is_zip (block, n_read))
    {
      /* libgsf reads the zip directory from the end of the file: let it open its own. */
      g_input_stream_close (G_INPUT_STREAM (stream), NULL, NULL);
      self->xlsx = vd_xlsx_reader_new (path, NULL, error);
    }
  else
    {
      first_block = g_bytes_new_take (g_steal_pointer (&block), n_read);
      self->csv = vd_csv_reader_new (G_INPUT_STREAM (stream), NULL, first_block,
                                     g_file_info_get_size (info), error);
    }

  if (self->csv == NULL && self->xlsx == NULL)
    g_clear_pointer (&self, vd_table_reader_free);
  return self;
}

VdTableReader *
vd_table_reader_new_from_bytes (GBytes  *bytes,
                                GError **error)
{
  VdTableReader *self;
  const guint8 *data;
  gsize len;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &len);
  self = g_new0 (VdTableReader, 1);
  if (is_zip (data, len))
    self->xlsx = vd_xlsx_reader_new (NULL, bytes, error);
  else
    self->csv = vd_csv_reader_new (NULL, bytes, NULL, len, error);

  if (self->csv == NULL && self->xlsx == NULL)
    g_clear_pointer (&self, vd_table_reader_free);
  return self;
}

gboolean
vd_table_reader_next (VdTableReader        *self,
                      const char * const  **fields,
                      guint                *n_fields,
                      GError              **error)
{
  g_autoptr(GError) local_error = NULL;
  const char * const *row = NULL;
  guint n = 0;
  guint row_number = 0;
  gboolean ok;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (fields != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->failure != NULL)
    {
      g_propagate_error (error, g_error_copy (self->failure));
      return FALSE;
    }
  if (self->finished)
    return FALSE;

  if (self->csv != NULL)
    ok = vd_csv_reader_next (self->csv, &row, &n, &row_number, &local_error);
  else
    ok = vd_xlsx_reader_next (self->xlsx, &row, &n, &row_number, &local_error);

  if (!ok)
    {
      self->finished = TRUE;
      if (local_error == NULL && self->rows_returned == 0)
        {
          /* Callers get one error for "nothing to import", whatever the format. */
          g_set_error_literal (&local_error, VD_TABLE_ERROR, VD_TABLE_ERROR_EMPTY,
                               self->csv != NULL
                               ? _("The file has no rows.")
                               : _("The first sheet of the workbook has no rows."));
        }
      if (local_error != NULL)
        {
          if (row_number != 0)
            self->row_number = row_number;
          self->failure = g_error_copy (local_error);
          g_propagate_error (error, g_steal_pointer (&local_error));
        }
      return FALSE;
    }

  self->rows_returned++;
  self->row_number = row_number;
  *fields = row;
  if (n_fields != NULL)
    *n_fields = n;
  return TRUE;
}

guint
vd_table_reader_get_row_number (VdTableReader *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->row_number;
}

const char *
vd_table_reader_get_format (VdTableReader *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->csv != NULL ? vd_csv_reader_get_format (self->csv) : "XLSX";
}

double
vd_table_reader_get_progress (VdTableReader *self)
{
  double progress;

  g_return_val_if_fail (self != NULL, 0);

  if (self->finished)
    return 1;
  if (self->csv != NULL)
    progress = vd_csv_reader_get_progress (self->csv);
  else
    progress = vd_xlsx_reader_get_progress (self->xlsx);
  return CLAMP (progress, 0, 1);
}

void
vd_table_reader_free (VdTableReader *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->csv, vd_csv_reader_free);
  g_clear_pointer (&self->xlsx, vd_xlsx_reader_free);
  g_clear_error (&self->failure);
  g_free (self);
}

/* Joins another problem to the reasons a row of an import is refused. */
void
vd_table_add_problem (GString    *reasons,
                      const char *message)
{
  if (reasons->len > 0)
    {
      /* "Bad phone.; Bad date." reads badly: the separator replaces the full stop. */
      if (g_str_has_suffix (reasons->str, "."))
        g_string_truncate (reasons, reasons->len - 1);
      else if (g_str_has_suffix (reasons->str, "。"))
        g_string_truncate (reasons, reasons->len - strlen ("。"));
      /* Translators: separates the problems of one imported row */
      g_string_append (reasons, _("; "));
    }
  g_string_append (reasons, message);
}
