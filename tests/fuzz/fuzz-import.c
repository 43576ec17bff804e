/* fuzz-import.c — libFuzzer target: any file through the importer: the header search
 * and column mapping, the preview, then every row checked and written
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The database is opened once. Each input's import runs inside an outer transaction
 * that is rolled back afterwards, so every input meets the same, empty register and
 * a crash reproduces from its input alone.
 */

#include <glib/gstdio.h>

#include "vd-core.h"
#include "vd-import.h"
#include "fuzz-common.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

static char *input_path;
static VdDatabase *db;

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *db_path = NULL;

  fuzz_init_logging ();
  dir = g_dir_make_tmp ("vd-fuzz-import-XXXXXX", &error);
  FUZZ_CHECK (dir != NULL);
  input_path = g_build_filename (dir, "input", NULL);
  db_path = g_build_filename (dir, "fuzz.db", NULL);
  db = vd_database_open (db_path, &error);
  FUZZ_CHECK (db != NULL);
  /* One station, so that a station column can match. */
  FUZZ_CHECK (vd_database_exec (db,
                                "INSERT INTO stations (name, type, established_on) "
                                "VALUES ('东城站', 'public', '2020-01-01')",
                                NULL));
  return 0;
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VdImport) import = NULL;
  g_autoptr(VdImportResult) result = NULL;
  gint64 before;

  FUZZ_CHECK (g_file_set_contents (input_path, (const char *) data, size, NULL));
  import = vd_import_open (input_path, &error);
  if (import == NULL)
    {
      FUZZ_CHECK (error != NULL);
      return 0;
    }

  FUZZ_CHECK (vd_import_get_n_columns (import) > 0);
  FUZZ_CHECK (vd_import_get_n_preview (import) > 0);
  for (guint i = 0; i < vd_import_get_n_columns (import); i++)
    {
      int target = vd_import_get_mapping (import, i);

      FUZZ_CHECK (vd_import_get_header (import, i) != NULL);
      FUZZ_CHECK (target >= -1 && target < VD_N_COLUMNS);
    }
  for (guint i = 0; i < vd_import_get_n_preview (import); i++)
    {
      guint n = 0;
      const char * const *row = vd_import_get_preview_row (import, i, &n);

      FUZZ_CHECK (row != NULL);
    }

  if (!vd_import_check_mapping (import, NULL))
    return 0;

  before = vd_database_count_rows (db, "volunteers");
  FUZZ_CHECK (vd_database_begin (db, NULL));
  if (vd_import_run (import, db, FALSE, VD_DUPLICATES_UPDATE, NULL, NULL, NULL,
                     &result, &error))
    {
      FUZZ_CHECK (result != NULL && result->committed);
      FUZZ_CHECK (result->imported + result->updated + result->skipped + result->rejected
                  == result->read);
      FUZZ_CHECK (vd_database_count_rows (db, "volunteers") == before + result->imported);
    }
  else
    FUZZ_CHECK (error != NULL);
  vd_database_rollback (db);
  FUZZ_CHECK (vd_database_count_rows (db, "volunteers") == before);
  return 0;
}
