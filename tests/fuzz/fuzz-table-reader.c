/* fuzz-table-reader.c — libFuzzer target: any bytes through the table reader, CSV or
 * (when they start with "PK\3\4") XLSX, every row to the end
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "vd-table-reader.h"
#include "fuzz-common.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_init_logging ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(VdTableReader) reader = NULL;
  const char * const *fields = NULL;
  guint n_fields = 0;
  guint rows = 0;
  double progress;

  reader = vd_table_reader_new_from_bytes (bytes, &error);
  if (reader == NULL)
    {
      FUZZ_CHECK (error != NULL);
      return 0;
    }
  FUZZ_CHECK (error == NULL);
  FUZZ_CHECK (vd_table_reader_get_format (reader) != NULL);

  while (vd_table_reader_next (reader, &fields, &n_fields, &error))
    {
      FUZZ_CHECK (fields != NULL);
      FUZZ_CHECK (g_strv_length ((char **) fields) == n_fields);
      for (guint i = 0; i < n_fields; i++)
        FUZZ_CHECK (g_utf8_validate (fields[i], -1, NULL));
      FUZZ_CHECK (vd_table_reader_get_row_number (reader) > 0);
      progress = vd_table_reader_get_progress (reader);
      FUZZ_CHECK (progress >= 0 && progress <= 1);
      rows++;
    }

  /* After the end or a failure, the reader says so again. */
  if (error != NULL)
    {
      g_autoptr(GError) again = NULL;

      FUZZ_CHECK (!vd_table_reader_next (reader, &fields, &n_fields, &again));
      FUZZ_CHECK (again != NULL);
      FUZZ_CHECK (again->domain == error->domain && again->code == error->code);
    }
  vd_table_reader_get_row_number (reader);
  vd_table_reader_get_format (reader);
  (void) rows;

  return 0;
}
