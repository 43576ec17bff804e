/* vd-table-writer.c — writing a table as CSV (UTF-8 with BOM) or .xlsx
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include "vd-database.h"
#include "vd-table-writer.h"

struct _VdTableWriter
{
  VdTableFormat  format;
  char          *path;
  char          *part;
  gboolean       finished;

  /* CSV */
  FILE          *file;
  GString       *line;

  /* XLSX */
  lxw_workbook  *workbook;
  lxw_worksheet *sheet;
  lxw_format    *text_format;
  guint          row;
};

VdTableFormat
vd_table_format_for_path (const char *path)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  return g_str_has_suffix (lower, ".xlsx") ? VD_TABLE_FORMAT_XLSX : VD_TABLE_FORMAT_CSV;
}

static gboolean
io_error (GError     **error,
          int          saved_errno,
          const char  *path)
{
  g_set_error (error, VD_DATABASE_ERROR,
               saved_errno == ENOSPC ? VD_DATABASE_ERROR_FULL : VD_DATABASE_ERROR_FAILED,
               _("Cannot write “%s”: %s"), path, g_strerror (saved_errno));
  return FALSE;
}

VdTableWriter *
vd_table_writer_new (const char     *path,
                     VdTableFormat   format,
                     const char     *sheet_name,
                     gboolean        private,
                     GError        **error)
{
  g_autoptr(VdTableWriter) self = g_new0 (VdTableWriter, 1);
  int fd;

  self->format = format;
  self->path = g_strdup (path);
  self->part = g_strconcat (path, ".part", NULL);

  g_unlink (self->part);
  fd = g_open (self->part, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, private ? 0600 : 0644);
  if (fd < 0)
    {
      io_error (error, errno, path);
      return NULL;
    }

  if (format == VD_TABLE_FORMAT_CSV)
    {
      self->file = fdopen (fd, "w");
      self->line = g_string_sized_new (256);
      /* Excel reads UTF-8 only with its BOM (design.md §7). */
      if (self->file == NULL || fputs ("\xEF\xBB\xBF", self->file) < 0)
        {
          io_error (error, errno, path);
          return NULL;
        }
    }
  else
    {
      lxw_workbook_options options = { .constant_memory = LXW_TRUE, .tmpdir = NULL };
      g_autofree char *dir = g_path_get_dirname (path);

      close (fd);
      options.tmpdir = dir;
      self->workbook = workbook_new_opt (self->part, &options);
      if (self->workbook == NULL)
        {
          io_error (error, errno != 0 ? errno : EIO, path);
          return NULL;
        }
      self->sheet = workbook_add_worksheet (self->workbook, sheet_name);
      /* Text cells: an 18-digit ID must not become 1.10105E+17. */
      self->text_format = workbook_add_format (self->workbook);
      format_set_num_format (self->text_format, "@");
    }
  return g_steal_pointer (&self);
}

/* Long digit strings are written ="…" so that Excel keeps every digit (it reads
 * numbers with 15 significant digits); our reader reads that form back. A cell that
 * starts like a formula is prefixed with ' so that no spreadsheet runs it. */
static void
append_csv_cell (GString    *line,
                 const char *cell)
{
  gsize len = strlen (cell);
  gboolean digits = len > 15;

  for (gsize i = 0; digits && i < len; i++)
    digits = g_ascii_isdigit (cell[i]) || (i == len - 1 && cell[i] == 'X');
  if (digits)
    {
      g_string_append_printf (line, "=\"%s\"", cell);
      return;
    }

  if (strchr ("=+-@", cell[0]) != NULL && cell[0] != '\0')
    {
      g_string_append (line, "\"'");
      for (const char *p = cell; *p != '\0'; p++)
        {
          if (*p == '"')
            g_string_append_c (line, '"');
          g_string_append_c (line, *p);
        }
      g_string_append_c (line, '"');
      return;
    }

  if (strpbrk (cell, ",\"\r\n") == NULL)
    {
      g_string_append (line, cell);
      return;
    }
  g_string_append_c (line, '"');
  for (const char *p = cell; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (line, '"');
      g_string_append_c (line, *p);
    }
  g_string_append_c (line, '"');
}

gboolean
vd_table_writer_add_row (VdTableWriter       *self,
                         const char * const  *cells,
                         guint                n_cells,
                         GError             **error)
{
  g_return_val_if_fail (self != NULL && !self->finished, FALSE);

  if (self->format == VD_TABLE_FORMAT_CSV)
    {
      g_string_truncate (self->line, 0);
      for (guint i = 0; i < n_cells; i++)
        {
          if (i > 0)
            g_string_append_c (self->line, ',');
          append_csv_cell (self->line, cells[i] != NULL ? cells[i] : "");
        }
      g_string_append (self->line, "\r\n");
      if (fwrite (self->line->str, 1, self->line->len, self->file) != self->line->len)
        return io_error (error, errno, self->path);
      return TRUE;
    }

  if (self->row >= LXW_ROW_MAX)
    {
      g_set_error (error, VD_DATABASE_ERROR, VD_DATABASE_ERROR_FAILED,
                   _("An Excel sheet holds at most %d rows; export to CSV instead."), LXW_ROW_MAX);
      return FALSE;
    }
  for (guint i = 0; i < n_cells; i++)
    {
      lxw_error rc = worksheet_write_string (self->sheet, self->row, i,
                                             cells[i] != NULL ? cells[i] : "", self->text_format);
      if (rc != LXW_NO_ERROR)
        {
          g_set_error (error, VD_DATABASE_ERROR, VD_DATABASE_ERROR_FAILED,
                       _("Cannot write “%s”: %s"), self->path, lxw_strerror (rc));
          return FALSE;
        }
    }
  self->row++;
  return TRUE;
}

gboolean
vd_table_writer_finish (VdTableWriter  *self,
                        GError        **error)
{
  g_return_val_if_fail (self != NULL && !self->finished, FALSE);

  if (self->format == VD_TABLE_FORMAT_CSV)
    {
      int rc = fflush (self->file);

      if (rc == 0)
        rc = fsync (fileno (self->file));
      if (fclose (self->file) != 0 || rc != 0)
        {
          self->file = NULL;
          return io_error (error, errno, self->path);
        }
      self->file = NULL;
    }
  else
    {
      lxw_error rc = workbook_close (self->workbook);

      self->workbook = NULL;
      if (rc != LXW_NO_ERROR)
        {
          g_set_error (error, VD_DATABASE_ERROR, VD_DATABASE_ERROR_FAILED,
                       _("Cannot write “%s”: %s"), self->path, lxw_strerror (rc));
          return FALSE;
        }
    }

  if (g_rename (self->part, self->path) != 0)
    return io_error (error, errno, self->path);
  self->finished = TRUE;
  return TRUE;
}

void
vd_table_writer_free (VdTableWriter *self)
{
  if (self == NULL)
    return;
  if (self->file != NULL)
    fclose (self->file);
  if (self->workbook != NULL)
    workbook_close (self->workbook);
  if (!self->finished && self->part != NULL)
    g_unlink (self->part);
  if (self->line != NULL)
    g_string_free (self->line, TRUE);
  g_free (self->path);
  g_free (self->part);
  g_free (self);
}
