/* vd-test-utils.h — shared helpers for the core tests: real SQLite files in
 * temporary folders, removed afterwards.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib/gstdio.h>
#include <sys/stat.h>

#include "vd-core.h"

typedef struct
{
  char       *dir;
  char       *path;
  VdDatabase *db;
} VdTestFixture;

static inline void
vd_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    {
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          vd_test_remove_tree (child);
        }
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

static inline void
vd_test_fixture_set_up (VdTestFixture *fx,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fx->dir = g_dir_make_tmp ("vd-test-XXXXXX", &error);
  g_assert_no_error (error);
  fx->path = g_build_filename (fx->dir, "district", "volunteer-desk.db", NULL);
  fx->db = vd_database_open (fx->path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (fx->db);
}

static inline void
vd_test_fixture_tear_down (VdTestFixture *fx,
                           gconstpointer  data)
{
  g_clear_object (&fx->db);
  vd_test_remove_tree (fx->dir);
  g_clear_pointer (&fx->path, g_free);
  g_clear_pointer (&fx->dir, g_free);
}

/* The first column of the first row of sql, as an integer. */
static inline gint64
vd_test_query_int (VdDatabase *db,
                   const char *sql)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = vd_database_prepare (db, sql, &error);
  gint64 value;

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static inline char *
vd_test_query_text (VdDatabase *db,
                    const char *sql)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = vd_database_prepare (db, sql, &error);
  char *value = NULL;

  g_assert_no_error (error);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = g_strdup ((const char *)sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return value;
}

static inline guint
vd_test_file_mode (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_mode & 0777;
}

static inline char *
vd_test_file_checksum (const char *path)
{
  g_autofree char *contents = NULL;
  gsize len = 0;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &contents, &len, &error);
  g_assert_no_error (error);
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *)contents, len);
}
