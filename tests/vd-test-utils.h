/* vd-test-utils.h — shared helpers for the core tests: real SQLite files in
 * temporary folders, removed afterwards.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib/gstdio.h>
#include <string.h>
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

/* The text of a one-value query equals expected (the text is freed). */
#define vd_test_assert_query_text(db, sql, expected) \
  G_STMT_START { \
    g_autofree char *vd_text_ = vd_test_query_text ((db), (sql)); \
    g_assert_cmpstr (vd_text_, ==, (expected)); \
  } G_STMT_END

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

/* A valid resident ID from its first 17 digits, with the check character computed
 * here (GB 11643-1999) rather than by the code under test. */
static inline char *
vd_test_make_id (const char *first17)
{
  static const int weights[17] = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
  static const char checks[] = "10X98765432";
  int sum = 0;
  int i;

  g_assert_cmpuint (strlen (first17), ==, 17);
  for (i = 0; i < 17; i++)
    sum += (first17[i] - '0') * weights[i];
  return g_strdup_printf ("%s%c", first17, checks[sum % 11]);
}

/* A volunteer with a valid resident ID from its first 17 digits, not yet in the
 * register. */
static inline VdVolunteer *
vd_test_new_volunteer (const char *name,
                       const char *first17,
                       const char *phone)
{
  VdVolunteer *v = vd_volunteer_new ();

  g_free (v->name);
  v->name = g_strdup (name);
  g_free (v->id_number);
  v->id_number = vd_test_make_id (first17);
  v->phone = g_strdup (phone);
  g_free (v->registered_on);
  v->registered_on = g_strdup ("2025-06-01");
  return v;
}

/* Adds that volunteer to the register; returns their id. */
static inline gint64
vd_test_add_volunteer (VdDatabase *db,
                       const char *name,
                       const char *first17,
                       const char *phone)
{
  g_autoptr(VdVolunteer) v = vd_test_new_volunteer (name, first17, phone);
  g_autoptr(GError) error = NULL;

  g_assert_true (vd_register_insert (db, v, &error));
  g_assert_no_error (error);
  return v->id;
}

/* Six volunteers, ids 1–6; sorted by pinyin: 安然 欧阳娜娜 单丽 曾志强 张伟 张小伟. */
static inline void
vd_test_add_six_volunteers (VdDatabase *db)
{
  vd_test_add_volunteer (db, "张伟", "41010519850307123", "13800138000");
  vd_test_add_volunteer (db, "张小伟", "41010519900101002", "13912345678");
  vd_test_add_volunteer (db, "曾志强", "41010519800202003", "13700001111");
  vd_test_add_volunteer (db, "单丽", "41010519750505004", NULL);
  vd_test_add_volunteer (db, "欧阳娜娜", "41010520000808006", "15011112222");
  vd_test_add_volunteer (db, "安然", "41010519991212007", "18612345678");
}
