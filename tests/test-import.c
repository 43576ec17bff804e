/* test-import.c — spreadsheets in, spreadsheets out: encodings, header mapping,
 * rejected rows, all-or-nothing, masking
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "vd-test-utils.h"

static const char *good_rows =
  "张伟,11010519491231002X,13800138000,中共党员\n"
  "欧阳娜娜,410105198503071231,+86 139-1234-5678,群众\n"
  "曾志强,410105198002020030,,共青团员\n";

static char *
write_file (VdTestFixture *fx,
            const char    *name,
            const char    *bytes,
            gssize         len)
{
  char *path = g_build_filename (fx->dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, bytes, len, &error);
  g_assert_no_error (error);
  return path;
}

static char *
write_encoded (VdTestFixture *fx,
               const char    *name,
               const char    *utf8,
               const char    *charset,
               const char    *bom,
               gsize          bom_len)
{
  g_autoptr(GError) error = NULL;
  gsize len = 0;
  g_autofree char *converted = g_convert (utf8, -1, charset, "UTF-8", NULL, &len, &error);
  g_autoptr(GString) bytes = g_string_new_len (bom, bom_len);

  g_assert_no_error (error);
  g_string_append_len (bytes, converted, len);
  return write_file (fx, name, bytes->str, bytes->len);
}

static VdImportResult *
import_path (VdTestFixture  *fx,
             const char     *path,
             gboolean        strict,
             VdDuplicates    duplicates,
             GError        **error)
{
  g_autoptr(VdImport) import = vd_import_open (path, error);
  VdImportResult *result = NULL;

  if (import == NULL)
    return NULL;
  vd_import_run (import, fx->db, strict, duplicates, NULL, NULL, NULL, &result, error);
  return result;
}

static gint64
count (VdTestFixture *fx,
       const char    *sql)
{
  return vd_test_query_int (fx->db, sql);
}

static void
test_encodings (VdTestFixture *fx,
                gconstpointer  data)
{
  g_autofree char *csv = g_strconcat ("姓名,身份证号码,手机号码,政治面貌\n", good_rows, NULL);
  g_autofree char *tsv = NULL;
  struct {
    const char *name;
    const char *charset;
    const char *bom;
    gsize       bom_len;
    gboolean    tabs;
    const char *format;
  } files[] = {
    { "utf8.csv", "UTF-8", "", 0, FALSE, "UTF-8" },
    { "bom.csv", "UTF-8", "\xEF\xBB\xBF", 3, FALSE, "UTF-8 with BOM" },
    { "gbk.csv", "GB18030", "", 0, FALSE, "GB18030" },
    { "unicode.txt", "UTF-16LE", "\xFF\xFE", 2, TRUE, "UTF-16LE" },
  };

  tsv = g_strdelimit (g_strdup (csv), ",", '\t');
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *path = write_encoded (fx, files[i].name, files[i].tabs ? tsv : csv,
                                             files[i].charset, files[i].bom, files[i].bom_len);
      g_autoptr(VdImport) import = vd_import_open (path, &error);
      g_autoptr(VdImportResult) result = NULL;

      g_assert_no_error (error);
      g_assert_cmpstr (vd_import_get_format (import), ==, files[i].format);
      g_assert_true (vd_import_run (import, fx->db, FALSE, VD_DUPLICATES_SKIP, NULL, NULL, NULL,
                                    &result, &error));
      g_assert_no_error (error);
      /* the first file imports three; the others find them registered already */
      g_assert_cmpuint (result->read, ==, 3);
      g_assert_cmpuint (result->imported + result->skipped, ==, 3);
      g_assert_cmpuint (result->rejected, ==, 0);
    }
  g_assert_cmpint (count (fx, "SELECT count(*) FROM volunteers"), ==, 3);
  g_assert_cmpint (count (fx, "SELECT count(*) FROM volunteers WHERE name = '欧阳娜娜' "
                              "AND phone = '13912345678' AND political_status = 'masses'"), ==, 1);
  g_assert_cmpint (count (fx, "SELECT count(*) FROM volunteers WHERE name = '张伟' "
                              "AND political_status = 'party_member' AND gender = 'female'"), ==, 1);
  /* one audit entry per import, not one per row */
  g_assert_cmpint (count (fx, "SELECT count(*) FROM audit_log WHERE action = 'import'"), ==, 4);
  g_assert_cmpint (count (fx, "SELECT count(*) FROM audit_log WHERE action = 'insert'"), ==, 0);
}

static void
test_header_mapping (VdTestFixture *fx,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = write_file (fx, "mapped.csv",
    "幸福社区志愿者花名册,,,,,\n"
    "序号,* 姓名,性别,公民身份号码（必填）,联系电话,注册日期\n"
    "1,张伟,女,11010519491231002X,13800138000,2024/3/5\n", -1);
  g_autoptr(VdImport) import = vd_import_open (path, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (vd_import_get_header_row (import), ==, 2);
  g_assert_cmpint (vd_import_get_mapping (import, 0), ==, -1);
  g_assert_cmpint (vd_import_get_mapping (import, 1), ==, VD_COLUMN_NAME);
  g_assert_cmpint (vd_import_get_mapping (import, 2), ==, VD_COLUMN_GENDER);
  g_assert_cmpint (vd_import_get_mapping (import, 3), ==, VD_COLUMN_ID_NUMBER);
  g_assert_cmpint (vd_import_get_mapping (import, 4), ==, VD_COLUMN_PHONE);
  g_assert_cmpint (vd_import_get_mapping (import, 5), ==, VD_COLUMN_REGISTERED_ON);
  g_assert_cmpuint (vd_import_get_n_preview (import), ==, 1);

  /* a target moved to another column leaves the first */
  vd_import_set_mapping (import, 0, VD_COLUMN_NAME);
  g_assert_cmpint (vd_import_get_mapping (import, 1), ==, -1);
  /* without a name column nothing can be imported */
  vd_import_set_mapping (import, 0, -1);
  g_assert_false (vd_import_check_mapping (import, &error));
  g_assert_error (error, VD_IMPORT_ERROR, VD_IMPORT_ERROR_MAPPING);
  g_clear_error (&error);
  vd_import_set_mapping (import, 1, VD_COLUMN_NAME);

  {
    g_autoptr(VdImportResult) result = NULL;
    g_assert_true (vd_import_run (import, fx->db, FALSE, VD_DUPLICATES_SKIP, NULL, NULL, NULL,
                                  &result, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (result->imported, ==, 1);
  }
  g_assert_cmpint (count (fx, "SELECT count(*) FROM volunteers WHERE registered_on = '2024-03-05'"), ==, 1);
}

static void
test_rejected_rows (VdTestFixture *fx,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = write_file (fx, "mixed.csv",
    "姓名,身份证号码,手机号码,所属站点,政治面貌\n"
    "张伟,11010519491231002X,13800138000,,中共党员\n"        /* 2: good */
    "李四,110105194912310021,,,\n"                            /* 3: bad check character */
    ",410105198503071231,,,\n"                                /* 4: no name */
    "王五,410105198002020030,12345,,\n"                       /* 5: bad phone */
    "赵六,11010519491231002X,,,\n"                            /* 6: same ID as row 2 */
    "钱七,410105199001010011,,火星站,\n"                      /* 7: unknown station */
    "孙八,410105199502300017,,,\n"                            /* 8: 30 February */
    "周九,410105198808080016,,,保皇党\n"                      /* 9: unknown status */
    "吴十,410105197001010012,,\n", -1);                       /* 10: 4 cells */
  g_autoptr(VdImportResult) result = import_path (fx, path, FALSE, VD_DUPLICATES_SKIP, &error);
  const guint expected_rows[] = { 3, 4, 5, 6, 7, 8, 9, 10 };
  g_autofree char *saved = g_build_filename (fx->dir, "rejected.csv", NULL);
  g_autofree char *contents = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (result->read, ==, 9);
  g_assert_cmpuint (result->imported, ==, 1);
  g_assert_cmpuint (result->rejected, ==, G_N_ELEMENTS (expected_rows));
  g_assert_true (result->committed);
  for (guint i = 0; i < G_N_ELEMENTS (expected_rows); i++)
    {
      VdImportReject *reject = g_ptr_array_index (result->rejects, i);

      g_assert_cmpuint (reject->row, ==, expected_rows[i]);
      g_assert_true (reject->reason != NULL && reject->reason[0] != '\0');
    }
  {
    VdImportReject *same = g_ptr_array_index (result->rejects, 3);
    VdImportReject *station = g_ptr_array_index (result->rejects, 4);

    g_assert_nonnull (strstr (same->reason, "2"));
    g_assert_nonnull (strstr (station->reason, "火星站"));
  }
  g_assert_cmpint (count (fx, "SELECT count(*) FROM volunteers"), ==, 1);

  /* the report can be saved, fixed and imported again */
  {
    g_autoptr(VdImport) import = vd_import_open (path, &error);
    g_assert_true (vd_import_save_rejects (import, result, saved, &error));
    g_assert_no_error (error);
  }
  g_assert_true (g_file_get_contents (saved, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "\xEF\xBB\xBF"));
  g_assert_nonnull (strstr (contents, "火星站"));
  g_assert_null (strstr (contents, "张伟"));
}

static void
test_strict_and_cancel (VdTestFixture *fx,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = write_file (fx, "one-bad.csv",
    "姓名,身份证号码\n张伟,11010519491231002X\n李四,110105194912310021\n", -1);
  g_autoptr(VdImportResult) result = import_path (fx, path, TRUE, VD_DUPLICATES_SKIP, &error);
  g_autoptr(VdImport) import = NULL;
  g_autoptr(VdImportResult) cancelled = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();

  g_assert_error (error, VD_IMPORT_ERROR, VD_IMPORT_ERROR_REJECTED);
  g_assert_nonnull (result);
  g_assert_false (result->committed);
  g_assert_cmpuint (result->rejected, ==, 1);
  g_assert_cmpint (count (fx, "SELECT count(*) FROM volunteers"), ==, 0);
  g_assert_cmpint (count (fx, "SELECT count(*) FROM audit_log"), ==, 0);
  g_clear_error (&error);

  import = vd_import_open (path, &error);
  g_cancellable_cancel (cancellable);
  g_assert_false (vd_import_run (import, fx->db, FALSE, VD_DUPLICATES_SKIP, cancellable,
                                 NULL, NULL, &cancelled, &error));
  g_assert_error (error, VD_IMPORT_ERROR, VD_IMPORT_ERROR_CANCELLED);
  g_assert_cmpint (count (fx, "SELECT count(*) FROM volunteers"), ==, 0);
  g_assert_cmpint (count (fx, "SELECT value FROM counters WHERE name = 'volunteer_no'"), ==, 0);
}

static void
test_duplicates_update (VdTestFixture *fx,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *first = write_file (fx, "first.csv",
    "姓名,身份证号码,手机号码,工作单位\n张伟,11010519491231002X,13800138000,区医院\n", -1);
  g_autofree char *second = write_file (fx, "second.csv",
    "姓名,身份证号码,手机号码\n张伟,11010519491231002X,13900139000\n", -1);
  g_autoptr(VdImportResult) a = import_path (fx, first, FALSE, VD_DUPLICATES_SKIP, &error);
  g_autoptr(VdImportResult) b = import_path (fx, second, FALSE, VD_DUPLICATES_SKIP, &error);
  g_autoptr(VdImportResult) c = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (a);
  g_assert_nonnull (b);
  g_assert_cmpuint (a->imported, ==, 1);
  g_assert_cmpuint (b->skipped, ==, 1);
  g_assert_cmpint (count (fx, "SELECT count(*) FROM volunteers WHERE phone = '13800138000'"), ==, 1);

  c = import_path (fx, second, FALSE, VD_DUPLICATES_UPDATE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (c->updated, ==, 1);
  /* the phone changes; the employer, not in the file, stays */
  g_assert_cmpint (count (fx, "SELECT count(*) FROM volunteers WHERE phone = '13900139000' "
                              "AND employer = '区医院'"), ==, 1);
  g_assert_cmpint (count (fx, "SELECT count(*) FROM audit_log WHERE action = 'update'"), ==, 1);
}

/* GB 11643: the check character of the first 17 digits. */
static char
check_character (const char *digits)
{
  static const int weights[] = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
  int sum = 0;

  for (guint i = 0; i < 17; i++)
    sum += (digits[i] - '0') * weights[i];
  return "10X98765432"[sum % 11];
}

/* A valid ID number of its own for each row number below 9,000 (born on the 1st to
 * the 9th of January 1980, by thousands of rows). */
static void
row_id (char  *id,
        guint  row)
{
  g_snprintf (id, 19, "410105198001%02u%03u", 1 + row / 1000, row % 1000);
  id[17] = check_character (id);
  id[18] = '\0';
}

/* New rows are written many at a time (vd-import-rows.c). With a trigger on the
 * table SQLite reads an INSERT's rows before it writes any, so a statement takes one
 * batch of rows: a row the schema refuses in the middle of a batch, with the rows before it kept (RAISE (FAIL)) or undone
 * (RAISE (ABORT)), is reported in its place and costs no other row; a given number
 * that a waiting row took is refused as one already written would be. */
static void
test_refused_in_batch (VdTestFixture *fx,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) csv = g_string_new ("姓名,身份证号码,志愿者编号\n");
  g_autofree char *path = NULL;
  g_autoptr(VdImportResult) result = NULL;
  const guint expected_rows[] = { 5, 6, 10, 300, 400 };
  const guint n_rows = 600;

  g_assert_true (vd_database_exec (fx->db,
    "CREATE TRIGGER test_refuse_fail BEFORE INSERT ON volunteers WHEN NEW.name = '李四' "
    "BEGIN SELECT RAISE (FAIL, 'no Li Si'); END;"
    "CREATE TRIGGER test_refuse_abort BEFORE INSERT ON volunteers WHEN NEW.name = '王五' "
    "BEGIN SELECT RAISE (ABORT, 'no Wang Wu'); END;", &error));
  g_assert_no_error (error);

  for (guint row = 2; row < n_rows + 2; row++)
    {
      char id[19];

      row_id (id, row);
      if (row == 6)
        id[17] = id[17] == '1' ? '2' : '1';      /* a bad check character */
      if (row == 400)
        g_string_append_printf (csv, "缺列,%s\n", id);
      else
        g_string_append_printf (csv, "%s,%s,%s\n",
                                row == 5 ? "李四" : row == 300 ? "王五" : "张伟",
                                id, row == 10 ? "V00000003" : "");
    }
  path = write_file (fx, "batches.csv", csv->str, csv->len);
  result = import_path (fx, path, FALSE, VD_DUPLICATES_SKIP, &error);

  g_assert_no_error (error);
  g_assert_true (result->committed);
  g_assert_cmpuint (result->read, ==, n_rows);
  g_assert_cmpuint (result->rejected, ==, G_N_ELEMENTS (expected_rows));
  g_assert_cmpuint (result->imported, ==, n_rows - G_N_ELEMENTS (expected_rows));
  for (guint i = 0; i < G_N_ELEMENTS (expected_rows); i++)
    {
      VdImportReject *reject = g_ptr_array_index (result->rejects, i);

      g_assert_cmpuint (reject->row, ==, expected_rows[i]);
    }
  g_assert_nonnull (strstr (((VdImportReject *)g_ptr_array_index (result->rejects, 0))->reason,
                            "no Li Si"));
  g_assert_nonnull (strstr (((VdImportReject *)g_ptr_array_index (result->rejects, 2))->reason,
                            "V00000003"));
  g_assert_nonnull (strstr (((VdImportReject *)g_ptr_array_index (result->rejects, 3))->reason,
                            "no Wang Wu"));

  /* every other row is there once, with ids and numbers as row-by-row writes gave */
  g_assert_cmpint (count (fx, "SELECT count(*) FROM volunteers"), ==, n_rows - 5);
  g_assert_cmpint (count (fx, "SELECT max(id) FROM volunteers"), ==, n_rows - 5);
  g_assert_cmpint (count (fx, "SELECT count(*) FROM volunteers WHERE name <> '张伟'"), ==, 0);
  /* row 5 took V00000004 before it was refused; row 6 was refused before numbering */
  g_assert_cmpint (count (fx, "SELECT count(*) FROM volunteers WHERE volunteer_no = 'V00000004'"),
                   ==, 0);
  g_assert_cmpint (count (fx, "SELECT count(*) FROM volunteers WHERE volunteer_no = 'V00000005' "
                              "AND id_number LIKE '%007_'"), ==, 1);
  g_assert_cmpint (count (fx, "SELECT count(*) FROM volunteer_text WHERE volunteer_text MATCH '张伟'"),
                   ==, n_rows - 5);
  /* the import turned the foreign keys off for its writes only */
  g_assert_cmpint (count (fx, "PRAGMA foreign_keys"), ==, 1);
}

/* Without triggers one INSERT takes the new rows of the whole file, across the
 * reading thread's batches: a row the schema refuses stops it, is reported in its
 * place, and the rows after it go on in the next statement. */
/* A name of its own for each row number below 1,600. */
static void
stream_name (char  *name,
             guint  row)
{
  static const char *chars[] = {
    "赵", "钱", "孙", "李", "周", "吴", "郑", "王", "冯", "陈", "褚", "卫", "蒋", "沈",
    "韩", "杨", "朱", "秦", "尤", "许", "何", "吕", "施", "张", "孔", "曹", "严", "华",
    "金", "魏", "陶", "姜", "戚", "谢", "邹", "喻", "柏", "水", "窦", "章",
  };

  g_snprintf (name, 32, "%s%s明", chars[row / 40 % 40], chars[row % 40]);
}

static void
test_refused_in_stream (VdTestFixture *fx,
                        gconstpointer  data)
{
  char name[32];
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) csv = g_string_new ("姓名,身份证号码\n");
  g_autofree char *path = NULL;
  g_autoptr(VdImportResult) result = NULL;
  const guint refused[] = { 3, 700, 1201 };   /* each repeats the name of row 2 */
  const guint n_rows = 1200;

  /* an index, not a trigger: the rows still go through one statement at a time */
  g_assert_true (vd_database_exec (fx->db,
    "CREATE UNIQUE INDEX test_unique_name ON volunteers (name)", &error));
  g_assert_no_error (error);

  for (guint row = 2; row < n_rows + 2; row++)
    {
      char id[19];
      gboolean repeat = row == refused[0] || row == refused[1] || row == refused[2];

      row_id (id, row);
      stream_name (name, repeat ? 2 : row);
      g_string_append_printf (csv, "%s,%s\n", name, id);
    }
  path = write_file (fx, "stream.csv", csv->str, csv->len);
  result = import_path (fx, path, FALSE, VD_DUPLICATES_SKIP, &error);

  g_assert_no_error (error);
  g_assert_true (result->committed);
  g_assert_cmpuint (result->read, ==, n_rows);
  g_assert_cmpuint (result->rejected, ==, G_N_ELEMENTS (refused));
  g_assert_cmpuint (result->imported, ==, n_rows - G_N_ELEMENTS (refused));
  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      VdImportReject *reject = g_ptr_array_index (result->rejects, i);

      g_assert_cmpuint (reject->row, ==, refused[i]);
      g_assert_nonnull (strstr (reject->reason, "volunteers.name"));
    }
  g_assert_cmpint (count (fx, "SELECT count(*) FROM volunteers"), ==, n_rows - 3);
  /* the rows around each refused one are in, each once */
  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    for (guint row = refused[i] - 1; row <= refused[i] + 1; row += 2)
      {
        g_autofree char *sql = NULL;

        if (row > n_rows + 1)
          continue;
        stream_name (name, row);
        sql = g_strdup_printf ("SELECT count(*) FROM volunteers WHERE name = '%s'", name);
        g_assert_cmpint (count (fx, sql), ==, 1);
      }
  g_assert_cmpint (count (fx, "SELECT count(*) FROM volunteer_text WHERE volunteer_text MATCH '明'"),
                   ==, n_rows - 3);
}

/* Cancelled from its progress callback, as the dialog's Cancel does while rows are
 * being written (inside the INSERT that takes them): nothing stays. */
static void
cancel_on_progress (double   fraction,
                    guint    rows_read,
                    gpointer user_data)
{
  g_cancellable_cancel (user_data);
}

static void
test_cancel_midway (VdTestFixture *fx,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) csv = g_string_new ("姓名,身份证号码\n");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(VdImport) import = NULL;
  g_autoptr(VdImportResult) result = NULL;
  g_autofree char *path = NULL;

  for (guint row = 2; row < 1202; row++)
    {
      char id[19];
      char name[32];

      row_id (id, row);
      stream_name (name, row);
      g_string_append_printf (csv, "%s,%s\n", name, id);
    }
  path = write_file (fx, "cancel.csv", csv->str, csv->len);
  import = vd_import_open (path, &error);
  g_assert_no_error (error);

  g_assert_false (vd_import_run (import, fx->db, FALSE, VD_DUPLICATES_SKIP, cancellable,
                                 cancel_on_progress, cancellable, &result, &error));
  g_assert_error (error, VD_IMPORT_ERROR, VD_IMPORT_ERROR_CANCELLED);
  g_assert_cmpint (count (fx, "SELECT count(*) FROM volunteers"), ==, 0);
  g_assert_cmpint (count (fx, "SELECT count(*) FROM volunteer_text"), ==, 0);
  g_assert_cmpint (count (fx, "SELECT value FROM counters WHERE name = 'volunteer_no'"), ==, 0);
  g_assert_cmpint (count (fx, "SELECT count(*) FROM audit_log"), ==, 0);
}

/* Rows that are written on their own (with a team, or with their own number) cut the
 * INSERT that takes the others: every row lands once, in the file's order of numbers,
 * with its team, in a register that already has volunteers (so each row is looked up
 * while the INSERT runs). */
static void
test_mixed_rows (VdTestFixture *fx,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) csv = g_string_new ("姓名,身份证号码,所属服务队,志愿者编号\n");
  g_autoptr(VdImportResult) result = NULL;
  g_autofree char *first = NULL;
  g_autofree char *path = NULL;
  const guint n_rows = 900;
  guint with_team = 0;

  g_assert_true (vd_database_exec (fx->db,
    "INSERT INTO teams (id, name, category_id) VALUES (1, '党员先锋队', 1);", &error));
  g_assert_no_error (error);
  first = write_file (fx, "first.csv", "姓名,身份证号码\n张伟,11010519491231002X\n", -1);
  result = import_path (fx, first, FALSE, VD_DUPLICATES_SKIP, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (result->imported, ==, 1);
  g_clear_pointer (&result, vd_import_result_free);

  for (guint row = 2; row < n_rows + 2; row++)
    {
      char id[19];
      char name[32];
      gboolean team = row % 7 == 0 || (row > 300 && row < 320);
      g_autofree char *number = row % 97 == 0 ? g_strdup_printf ("X%05u", row) : g_strdup ("");

      row_id (id, row);
      stream_name (name, row);
      g_string_append_printf (csv, "%s,%s,%s,%s\n", name, id, team ? "党员先锋队" : "", number);
      if (team)
        with_team++;
    }
  path = write_file (fx, "mixed.csv", csv->str, csv->len);
  result = import_path (fx, path, FALSE, VD_DUPLICATES_SKIP, &error);

  g_assert_no_error (error);
  g_assert_true (result->committed);
  g_assert_cmpuint (result->read, ==, n_rows);
  g_assert_cmpuint (result->rejected, ==, 0);
  g_assert_cmpuint (result->imported, ==, n_rows);
  g_assert_cmpint (count (fx, "SELECT count(*) FROM volunteers"), ==, n_rows + 1);
  g_assert_cmpint (count (fx, "SELECT count(*) FROM team_members WHERE team_id = 1"), ==, with_team);
  g_assert_cmpint (count (fx, "SELECT count(*) FROM volunteers WHERE volunteer_no GLOB 'X*'"), ==, 9);
  /* the rows without a number of their own were numbered in the file's order, after the
   * first import's V00000001, skipping none */
  g_assert_cmpint (count (fx, "SELECT count(*) FROM volunteers AS a JOIN volunteers AS b "
                              "ON b.id > a.id AND b.volunteer_no < a.volunteer_no "
                              "WHERE a.volunteer_no GLOB 'V*' AND b.volunteer_no GLOB 'V*'"), ==, 0);
  g_assert_cmpint (count (fx, "SELECT max(volunteer_no) = printf ('V%08d', count(*)) FROM volunteers "
                              "WHERE volunteer_no GLOB 'V*'"), ==, 1);
  g_assert_cmpint (count (fx, "SELECT count(*) FROM volunteer_text WHERE volunteer_text MATCH '明'"),
                   ==, n_rows);
}

static void
test_bad_files (VdTestFixture *fx,
                gconstpointer  data)
{
  static const guchar png[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13,
                                'I', 'H', 'D', 'R', 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0 };
  struct {
    const char *name;
    const char *bytes;
    gssize      len;
    GQuark      domain;
    int         code;
  } files[] = {
    { "empty.csv", "", 0, VD_TABLE_ERROR, VD_TABLE_ERROR_EMPTY },
    { "bom.csv", "\xEF\xBB\xBF", 3, VD_TABLE_ERROR, VD_TABLE_ERROR_EMPTY },
    { "binary.csv", (const char *)png, sizeof png, VD_TABLE_ERROR, VD_TABLE_ERROR_BINARY },
    { "quote.csv", "姓名,身份证号码\n\"张伟,11010519491231002X\n", -1,
      VD_TABLE_ERROR, VD_TABLE_ERROR_UNTERMINATED_QUOTE },
    { "header.csv", "姓名,身份证号码,手机号码\n", -1, VD_IMPORT_ERROR, VD_IMPORT_ERROR_NO_DATA },
    { "zip.xlsx", "PK\003\004 not really a workbook", -1, VD_TABLE_ERROR, VD_TABLE_ERROR_XLSX },
  };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *path = write_file (fx, files[i].name, files[i].bytes, files[i].len);
      g_autoptr(VdImport) import = vd_import_open (path, &error);

      if (import != NULL)
        {
          g_autoptr(VdImportResult) result = NULL;
          vd_import_run (import, fx->db, FALSE, VD_DUPLICATES_SKIP, NULL, NULL, NULL, &result, &error);
        }
      g_test_message ("%s: %s", files[i].name, error != NULL ? error->message : "no error");
      g_assert_error (error, files[i].domain, files[i].code);
      g_assert_cmpstr (error->message, !=, "");
    }
  g_assert_cmpint (count (fx, "SELECT count(*) FROM volunteers"), ==, 0);
}

static void
test_export_masks_and_round_trips (VdTestFixture *fx,
                                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *source = write_file (fx, "source.csv",
    "姓名,身份证号码,手机号码,技能特长\n张伟,11010519491231002X,13800138000,\"急救, 驾驶\"\n", -1);
  g_autoptr(VdImportResult) first = import_path (fx, source, FALSE, VD_DUPLICATES_SKIP, &error);
  g_autofree char *masked_csv = g_build_filename (fx->dir, "masked.csv", NULL);
  g_autofree char *full_xlsx = g_build_filename (fx->dir, "full.xlsx", NULL);
  g_autofree char *contents = NULL;
  gint64 id = count (fx, "SELECT id FROM volunteers");

  g_assert_true (vd_export_volunteers (fx->db, &id, 1, masked_csv, FALSE, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (masked_csv, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "\xEF\xBB\xBF"));
  g_assert_nonnull (strstr (contents, "110105********002X"));
  g_assert_nonnull (strstr (contents, "138****8000"));
  g_assert_null (strstr (contents, "11010519491231002X"));
  g_assert_null (strstr (contents, "13800138000"));
  g_assert_nonnull (strstr (contents, "\"急救, 驾驶\""));

  g_assert_true (vd_export_volunteers (fx->db, &id, 1, full_xlsx, TRUE, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (vd_test_file_mode (full_xlsx), ==, 0600);
  g_assert_cmpint (count (fx, "SELECT count(*) FROM audit_log WHERE action = 'export-full-ids' "
                              "AND after_json ->> '$.full_ids' = 'yes'"), ==, 1);

  /* the full export reads back into an empty register as the same volunteer */
  g_assert_true (vd_database_exec (fx->db, "DELETE FROM volunteers", &error));
  {
    g_autoptr(VdImportResult) again = import_path (fx, full_xlsx, TRUE, VD_DUPLICATES_SKIP, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (again->imported, ==, 1);
  }
  g_assert_cmpint (count (fx, "SELECT count(*) FROM volunteers WHERE name = '张伟' "
                              "AND id_number = '11010519491231002X' AND phone = '13800138000' "
                              "AND skills = '急救, 驾驶' AND volunteer_no = 'V00000001'"), ==, 1);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add (name, VdTestFixture, NULL, vd_test_fixture_set_up, func, vd_test_fixture_tear_down)

  ADD ("/import/encodings", test_encodings);
  ADD ("/import/header-mapping", test_header_mapping);
  ADD ("/import/rejected-rows", test_rejected_rows);
  ADD ("/import/strict-and-cancel", test_strict_and_cancel);
  ADD ("/import/duplicates-update", test_duplicates_update);
  ADD ("/import/refused-in-batch", test_refused_in_batch);
  ADD ("/import/refused-in-stream", test_refused_in_stream);
  ADD ("/import/cancel-midway", test_cancel_midway);
  ADD ("/import/mixed-rows", test_mixed_rows);
  ADD ("/import/bad-files", test_bad_files);
  ADD ("/export/masks-and-round-trips", test_export_masks_and_round_trips);

  return g_test_run ();
}
