/* test-table-reader.c — rows from CSV/text in every encoding Excel and WPS write, and
 * from .xlsx workbooks built here with libgsf's zip writer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <gsf/gsf-outfile-zip.h>
#include <gsf/gsf-outfile.h>
#include <gsf/gsf-output-memory.h>
#include <gsf/gsf-output.h>
#include <gsf/gsf-utils.h>
#include <string.h>

#include "vd-table-reader.h"
#include "vd-test-utils.h"

typedef struct
{
  char *dir;
} Fixture;

/* Everything a reader gave, to compare at once. */
typedef struct
{
  GPtrArray *rows;        /* GStrv */
  GArray    *row_numbers; /* guint */
  char      *format;
  GError    *error;       /* how reading stopped, or NULL at a clean end */
  guint      error_line;
} Result;

static void
result_free (Result *result)
{
  g_ptr_array_unref (result->rows);
  g_array_unref (result->row_numbers);
  g_free (result->format);
  g_clear_error (&result->error);
  g_free (result);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Result, result_free)

static void
fixture_set_up (Fixture       *fx,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fx->dir = g_dir_make_tmp ("vd-table-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fx,
                   gconstpointer  data)
{
  vd_test_remove_tree (fx->dir);
  g_clear_pointer (&fx->dir, g_free);
}

static char *
write_file (Fixture    *fx,
            const char *name,
            GBytes     *bytes)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (fx->dir, name, NULL);
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);

  g_file_set_contents (path, data != NULL ? data : "", len, &error);
  g_assert_no_error (error);
  return path;
}

/* Reads to the end or to the first error, checking the contract on the way. */
static Result *
read_all (VdTableReader *reader)
{
  Result *result = g_new0 (Result, 1);
  const char * const *fields;
  guint n_fields;
  double progress = 0;

  result->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  result->row_numbers = g_array_new (FALSE, FALSE, sizeof (guint));
  g_assert_cmpfloat (vd_table_reader_get_progress (reader), >=, 0);

  while (vd_table_reader_next (reader, &fields, &n_fields, &result->error))
    {
      guint row_number = vd_table_reader_get_row_number (reader);
      double now = vd_table_reader_get_progress (reader);

      g_assert_cmpuint (g_strv_length ((char **) fields), ==, n_fields);
      for (guint i = 0; i < n_fields; i++)
        g_assert_true (g_utf8_validate (fields[i], -1, NULL));
      g_assert_cmpfloat (now, >=, progress);
      g_assert_cmpfloat (now, <=, 1);
      progress = now;
      g_ptr_array_add (result->rows, g_strdupv ((char **) fields));
      g_array_append_val (result->row_numbers, row_number);
    }

  result->format = g_strdup (vd_table_reader_get_format (reader));
  if (result->error != NULL)
    {
      g_autoptr(GError) again = NULL;

      result->error_line = vd_table_reader_get_row_number (reader);
      /* A failed reader keeps failing the same way. */
      g_assert_false (vd_table_reader_next (reader, &fields, &n_fields, &again));
      g_assert_error (again, result->error->domain, result->error->code);
    }
  else
    {
      g_assert_false (vd_table_reader_next (reader, &fields, &n_fields, NULL));
      g_assert_cmpfloat (vd_table_reader_get_progress (reader), ==, 1);
    }
  return result;
}

static Result *
read_bytes (GBytes *bytes)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VdTableReader) reader = vd_table_reader_new_from_bytes (bytes, &error);

  g_assert_no_error (error);
  g_assert_nonnull (reader);
  return read_all (reader);
}

static Result *
read_path (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VdTableReader) reader = vd_table_reader_open (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (reader);
  return read_all (reader);
}

static void
assert_row (Result             *result,
            guint               index,
            const char * const *expected)
{
  char **row;

  g_assert_cmpuint (index, <, result->rows->len);
  row = g_ptr_array_index (result->rows, index);
  for (guint i = 0; expected[i] != NULL || row[i] != NULL; i++)
    {
      if (expected[i] == NULL || row[i] == NULL)
        g_error ("row %u: %u fields, expected %u", index, g_strv_length (row),
                 g_strv_length ((char **) expected));
      g_assert_cmpstr (row[i], ==, expected[i]);
    }
}

static void
assert_row_numbers (Result      *result,
                    const guint *expected,
                    guint        n)
{
  g_assert_cmpuint (result->row_numbers->len, ==, n);
  for (guint i = 0; i < n; i++)
    g_assert_cmpuint (g_array_index (result->row_numbers, guint, i), ==, expected[i]);
}

static GBytes *
bytes_from_string (const char *text)
{
  return g_bytes_new (text, strlen (text));
}

static GBytes *
encode (const char   *utf8,
        const char   *charset,
        const guint8 *bom,
        gsize         bom_len)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *converted = NULL;
  gsize len = 0;
  GByteArray *out = g_byte_array_new ();

  converted = g_convert (utf8, -1, charset, "UTF-8", NULL, &len, &error);
  g_assert_no_error (error);
  if (bom_len > 0)
    g_byte_array_append (out, bom, bom_len);
  g_byte_array_append (out, (const guint8 *) converted, len);
  return g_byte_array_free_to_bytes (out);
}

/* Reading an invalid source fails at once (open or new) with this code. */
static void
assert_refused (GBytes  *bytes,
                GQuark   domain,
                int      code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VdTableReader) reader = vd_table_reader_new_from_bytes (bytes, &error);

  g_assert_null (reader);
  g_assert_error (error, domain, code);
  g_assert_nonnull (error->message);
}

/* libgsf warns when a member of a damaged zip does not open, and cannot be asked not
 * to (with a damaged date, GLib complains too); the reader reports an error instead,
 * which is what the tests check. Only tests that feed damaged zips allow it. */
static gboolean damaged_zips_expected;

static gboolean
is_damaged_zip_noise (const char *log_domain,
                      const char *message)
{
  return damaged_zips_expected &&
         (g_str_has_prefix (message, "Unable to get child") ||
          strstr (message, "g_date_time_unref") != NULL ||
          (log_domain != NULL && g_str_has_prefix (log_domain, "libgsf")));
}

static void
on_log (const char     *log_domain,
        GLogLevelFlags  log_level,
        const char     *message,
        gpointer        user_data)
{
  if (!is_damaged_zip_noise (log_domain, message))
    g_log_default_handler (log_domain, log_level, message, user_data);
}

static gboolean
on_fatal_log (const char     *log_domain,
              GLogLevelFlags  log_level,
              const char     *message,
              gpointer        user_data)
{
  return !is_damaged_zip_noise (log_domain, message);
}

static void
expect_damaged_zips (gboolean expected)
{
  damaged_zips_expected = expected;
  /* The test framework resets this handler with each test. */
  g_test_log_set_fatal_handler (on_fatal_log, NULL);
}

/* ---- Text ------------------------------------------------------------------------ */

#define N_SAMPLE_FIELDS 5

static const char * const sample[][N_SAMPLE_FIELDS + 1] = {
  { "姓名", "性别", "身份证号", "手机号", "备注", NULL },
  { "张伟", "男", "11010519491231002X", "13800138000", "组长", NULL },
  { "欧阳娜娜", "女", "110105199001011234", "13900139000", "北京市朝阳区, 望京街道", NULL },
  { "李\"小\"明", "男", "440301198506150011", "13700137000", "", NULL },
  { "王芳", "女", "310101197707070022", "13600136000", "第一行\n第二行", NULL },
  { " 赵六 ", "男", "0012", "01087654321", "“中文引号”；全角", NULL },
};

/* The header, a blank line, then one line per row; 王芳's note takes two lines. */
static const guint sample_row_numbers[] = { 1, 3, 4, 5, 6, 8 };

static gboolean
has_leading_zero (const char *field)
{
  return field[0] == '0' && field[strspn (field, "0123456789")] == '\0';
}

/* The sample as Excel writes it: quotes where needed, ="0012" for digits that must
 * keep their leading zeros. */
static char *
sample_text (char        delimiter,
             const char *newline)
{
  GString *text = g_string_new (NULL);

  for (guint r = 0; r < G_N_ELEMENTS (sample); r++)
    {
      for (guint f = 0; f < N_SAMPLE_FIELDS; f++)
        {
          const char *field = sample[r][f];

          if (f > 0)
            g_string_append_c (text, delimiter);
          if (has_leading_zero (field))
            g_string_append_printf (text, "=\"%s\"", field);
          else if (strchr (field, delimiter) != NULL || strpbrk (field, "\"\n") != NULL)
            {
              g_string_append_c (text, '"');
              for (const char *p = field; *p != '\0'; p++)
                {
                  if (*p == '"')
                    g_string_append (text, "\"\"");
                  else if (*p == '\n')
                    g_string_append (text, newline);
                  else
                    g_string_append_c (text, *p);
                }
              g_string_append_c (text, '"');
            }
          else
            g_string_append (text, field);
        }
      g_string_append (text, newline);
      if (r == 0)
        g_string_append (text, newline);
    }
  return g_string_free (text, FALSE);
}

static const guint8 bom_utf8[] = { 0xEF, 0xBB, 0xBF };
static const guint8 bom_utf16le[] = { 0xFF, 0xFE };
static const guint8 bom_utf16be[] = { 0xFE, 0xFF };

typedef struct
{
  const char   *charset;
  const guint8 *bom;
  gsize         bom_len;
  char          delimiter;
  const char   *newline;
  const char   *format;
} Encoding;

static const Encoding encodings[] = {
  { "UTF-8", NULL, 0, ',', "\n", "UTF-8" },
  { "UTF-8", bom_utf8, sizeof bom_utf8, ',', "\r\n", "UTF-8 with BOM" },
  { "GB18030", NULL, 0, ',', "\r\n", "GB18030" },
  { "GBK", NULL, 0, '\t', "\n", "GB18030" },
  { "UTF-16LE", bom_utf16le, sizeof bom_utf16le, '\t', "\r\n", "UTF-16LE" },
  { "UTF-16BE", bom_utf16be, sizeof bom_utf16be, ',', "\n", "UTF-16BE" },
  { "UTF-8", NULL, 0, ';', "\r", "UTF-8" },
  { "GB18030", NULL, 0, ';', "\r", "GB18030" },
};

static void
test_text_encodings (Fixture       *fx,
                     gconstpointer  data)
{
  for (guint e = 0; e < G_N_ELEMENTS (encodings); e++)
    {
      const Encoding *enc = &encodings[e];
      g_autofree char *text = sample_text (enc->delimiter, enc->newline);
      g_autoptr(GBytes) bytes = encode (text, enc->charset, enc->bom, enc->bom_len);
      g_autofree char *name = g_strdup_printf ("list-%u.csv", e);
      g_autofree char *path = write_file (fx, name, bytes);
      Result *results[2];

      g_test_message ("%s, delimiter %d, newline %d", enc->charset, enc->delimiter,
                      enc->newline[0]);
      results[0] = read_bytes (bytes);
      results[1] = read_path (path);
      for (guint k = 0; k < G_N_ELEMENTS (results); k++)
        {
          g_autoptr(Result) result = results[k];

          g_assert_no_error (result->error);
          g_assert_cmpstr (result->format, ==, enc->format);
          g_assert_cmpuint (result->rows->len, ==, G_N_ELEMENTS (sample));
          for (guint r = 0; r < G_N_ELEMENTS (sample); r++)
            assert_row (result, r, sample[r]);
          assert_row_numbers (result, sample_row_numbers, G_N_ELEMENTS (sample_row_numbers));
        }
    }
}

static void
test_text_line_endings (void)
{
  static const char * const row1[] = { "a", "b", NULL };
  static const char * const row2[] = { "c", "d", NULL };
  static const char * const row3[] = { "e", "多\n行\n字段", NULL };
  static const char * const row4[] = { "g", "h", NULL };
  static const char * const row5[] = { "i", "", NULL };
  static const guint lines[] = { 1, 2, 4, 7, 8 };
  /* CRLF, lone CR and LF mixed; line breaks in quotes become LF and still count. */
  g_autoptr(GBytes) bytes =
    bytes_from_string ("a,b\r\nc,d\r\r\ne,\"多\r\n行\r字段\"\ng,h\ni,");
  g_autoptr(Result) result = read_bytes (bytes);

  g_assert_no_error (result->error);
  g_assert_cmpuint (result->rows->len, ==, 5);
  assert_row (result, 0, row1);
  assert_row (result, 1, row2);
  assert_row (result, 2, row3);
  assert_row (result, 3, row4);
  assert_row (result, 4, row5);
  assert_row_numbers (result, lines, G_N_ELEMENTS (lines));
}

static void
test_text_quoting (void)
{
  static const char * const row1[] = {
    "a\"b", "ab\"c", "x,y", "abcdef", "=SUM(1)", "0012", "", "", " 空格 ", NULL
  };
  static const char * const row2[] = { "1", "2", "", NULL };
  static const char * const row3[] = { "5\"3", "\"", "=", NULL };
  g_autoptr(GBytes) bytes =
    bytes_from_string ("\"a\"\"b\",ab\"c,\"x,y\",\"abc\"def,=SUM(1),=\"0012\",=\"\",\"\", 空格 \n"
                       "1,2,\n"
                       ",,,\n"
                       "5\"3,\"\"\"\",=");
  g_autoptr(Result) result = read_bytes (bytes);

  g_assert_no_error (result->error);
  g_assert_cmpuint (result->rows->len, ==, 3);
  assert_row (result, 0, row1);
  assert_row (result, 1, row2);
  /* ",,," is an empty row inside Excel's used range: skipped like a blank line. */
  assert_row (result, 2, row3);
  g_assert_cmpuint (g_array_index (result->row_numbers, guint, 2), ==, 4);
}

static void
test_text_delimiters (void)
{
  static const char * const semi[] = { "姓名,别名", "性别", "手机号", NULL };
  static const char * const semi_row[] = { "张伟", "男", "13800138000,13900139000", NULL };
  static const char * const tab[] = { "姓名", "备注", NULL };
  static const char * const tab_row[] = { "张伟", "a,b,c;d", NULL };
  static const char * const single[] = { "姓名", NULL };
  g_autoptr(GBytes) semicolons =
    bytes_from_string ("\"姓名,别名\";性别;手机号\n张伟;男;13800138000,13900139000\n");
  g_autoptr(GBytes) tabs = bytes_from_string ("\n\n姓名\t备注\n张伟\ta,b,c;d\n");
  g_autoptr(GBytes) one_column = bytes_from_string ("姓名\n张伟\n");
  g_autoptr(Result) r1 = read_bytes (semicolons);
  g_autoptr(Result) r2 = read_bytes (tabs);
  g_autoptr(Result) r3 = read_bytes (one_column);

  /* Commas inside quotes in the header do not count. */
  g_assert_no_error (r1->error);
  assert_row (r1, 0, semi);
  assert_row (r1, 1, semi_row);
  /* Blank lines before the header are skipped, and still counted. */
  g_assert_no_error (r2->error);
  assert_row (r2, 0, tab);
  assert_row (r2, 1, tab_row);
  g_assert_cmpuint (g_array_index (r2->row_numbers, guint, 0), ==, 3);
  g_assert_no_error (r3->error);
  assert_row (r3, 0, single);
  g_assert_cmpuint (r3->rows->len, ==, 2);
}

static void
test_text_ragged_rows (void)
{
  static const char * const row1[] = { "姓名", "性别", "手机号", NULL };
  static const char * const row2[] = { "张伟", "男", NULL };
  static const char * const row3[] = { "王芳", "女", "13600136000", "多余", NULL };
  g_autoptr(GBytes) bytes =
    bytes_from_string ("姓名,性别,手机号\n张伟,男\n王芳,女,13600136000,多余\n");
  g_autoptr(Result) result = read_bytes (bytes);

  g_assert_no_error (result->error);
  g_assert_cmpuint (result->rows->len, ==, 3);
  assert_row (result, 0, row1);
  assert_row (result, 1, row2);
  assert_row (result, 2, row3);
}

static void
test_text_empty (Fixture       *fx,
                 gconstpointer  data)
{
  static const guint8 utf8_bom_only[] = { 0xEF, 0xBB, 0xBF };
  static const guint8 utf16_bom_only[] = { 0xFF, 0xFE };
  g_autoptr(GBytes) nothing = g_bytes_new (NULL, 0);
  g_autoptr(GBytes) bom = g_bytes_new_static (utf8_bom_only, sizeof utf8_bom_only);
  g_autoptr(GBytes) bom16 = g_bytes_new_static (utf16_bom_only, sizeof utf16_bom_only);
  g_autofree char *empty_path = write_file (fx, "empty.csv", nothing);
  g_autofree char *bom_path = write_file (fx, "bom.csv", bom);
  const char *blank_files[] = { "\r\n\r\n", "\n", ",,,\n,,\n", "\xEF\xBB\xBF\r\n" };
  g_autoptr(GError) error = NULL;
  g_autoptr(VdTableReader) reader = NULL;

  assert_refused (nothing, VD_TABLE_ERROR, VD_TABLE_ERROR_EMPTY);
  assert_refused (bom, VD_TABLE_ERROR, VD_TABLE_ERROR_EMPTY);
  assert_refused (bom16, VD_TABLE_ERROR, VD_TABLE_ERROR_EMPTY);

  reader = vd_table_reader_open (empty_path, &error);
  g_assert_null (reader);
  g_assert_error (error, VD_TABLE_ERROR, VD_TABLE_ERROR_EMPTY);
  g_clear_error (&error);
  reader = vd_table_reader_open (bom_path, &error);
  g_assert_null (reader);
  g_assert_error (error, VD_TABLE_ERROR, VD_TABLE_ERROR_EMPTY);
  g_clear_error (&error);

  /* Only blank lines: the file opens, and the first row is the error. */
  for (guint i = 0; i < G_N_ELEMENTS (blank_files); i++)
    {
      g_autoptr(GBytes) bytes = bytes_from_string (blank_files[i]);
      g_autoptr(Result) result = read_bytes (bytes);

      g_assert_error (result->error, VD_TABLE_ERROR, VD_TABLE_ERROR_EMPTY);
      g_assert_cmpuint (result->rows->len, ==, 0);
    }

  /* A missing file or a folder is an I/O error. */
  {
    g_autofree char *missing = g_build_filename (fx->dir, "missing.csv", NULL);

    reader = vd_table_reader_open (missing, &error);
    g_assert_null (reader);
    g_assert_error (error, VD_TABLE_ERROR, VD_TABLE_ERROR_IO);
    g_clear_error (&error);
    reader = vd_table_reader_open (fx->dir, &error);
    g_assert_null (reader);
    g_assert_error (error, VD_TABLE_ERROR, VD_TABLE_ERROR_IO);
  }
}

static void
test_text_binary (void)
{
  static const guint8 png[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n',
                                0, 0, 0, 13, 'I', 'H', 'D', 'R' };
  static const guint8 elf[] = { 0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                                2, 0, 0x3E, 0 };
  static const guint8 xls[] = { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0 };
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  GByteArray *image = g_byte_array_new ();
  GByteArray *controls = g_byte_array_new ();
  g_autoptr(GBytes) image_bytes = NULL;
  g_autoptr(GBytes) elf_bytes = g_bytes_new_static (elf, sizeof elf);
  g_autoptr(GBytes) xls_bytes = g_bytes_new_static (xls, sizeof xls);
  g_autoptr(GBytes) control_bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VdTableReader) reader = NULL;
  expect_damaged_zips (TRUE);

  g_byte_array_append (image, png, sizeof png);
  for (guint i = 0; i < 5000; i++)
    {
      guint8 b = g_rand_int_range (rand, 0, 256);

      g_byte_array_append (image, &b, 1);
    }
  image_bytes = g_byte_array_free_to_bytes (image);
  assert_refused (image_bytes, VD_TABLE_ERROR, VD_TABLE_ERROR_BINARY);
  assert_refused (elf_bytes, VD_TABLE_ERROR, VD_TABLE_ERROR_BINARY);
  assert_refused (xls_bytes, VD_TABLE_ERROR, VD_TABLE_ERROR_BINARY);

  /* No NUL, but control characters everywhere. */
  for (guint i = 0; i < 400; i++)
    {
      guint8 b = i % 3 == 0 ? 1 + i % 8 : 'a';

      g_byte_array_append (controls, &b, 1);
    }
  control_bytes = g_byte_array_free_to_bytes (controls);
  assert_refused (control_bytes, VD_TABLE_ERROR, VD_TABLE_ERROR_BINARY);

  /* A zip that is not a workbook (here, not even a zip) is refused as a workbook. */
  {
    g_autoptr(GBytes) zip = bytes_from_string ("PK\003\004garbage");

    reader = vd_table_reader_new_from_bytes (zip, &error);
    g_assert_null (reader);
    g_assert_error (error, VD_TABLE_ERROR, VD_TABLE_ERROR_XLSX);
  }
  expect_damaged_zips (FALSE);
}

static void
test_text_unterminated_quote (void)
{
  static const char * const row1[] = { "姓名", "备注", NULL };
  static const char * const row2[] = { "张伟", "好", NULL };
  g_autoptr(GBytes) bytes =
    bytes_from_string ("姓名,备注\n张伟,好\n\n李四,\"没有结束\n第五行\n第六行,\n");
  g_autoptr(GBytes) gbk = encode ("姓名,备注\r\n张伟,好\r\n\"李四,没有结束\r\n", "GB18030",
                                  NULL, 0);
  g_autoptr(Result) result = read_bytes (bytes);
  g_autoptr(Result) gbk_result = read_bytes (gbk);

  g_assert_cmpuint (result->rows->len, ==, 2);
  assert_row (result, 0, row1);
  assert_row (result, 1, row2);
  g_assert_error (result->error, VD_TABLE_ERROR, VD_TABLE_ERROR_UNTERMINATED_QUOTE);
  g_assert_cmpuint (result->error_line, ==, 4);
  g_assert_nonnull (strstr (result->error->message, "4"));

  g_assert_error (gbk_result->error, VD_TABLE_ERROR, VD_TABLE_ERROR_UNTERMINATED_QUOTE);
  g_assert_cmpuint (gbk_result->error_line, ==, 3);
  g_assert_cmpstr (gbk_result->format, ==, "GB18030");
}

/* A quote that never closes in a big file is reported without reading the rest. */
static void
test_text_runaway_quote (void)
{
  GString *text = g_string_new ("姓名,备注\n张伟,\"");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(Result) result = NULL;

  while (text->len < 3 * 1024 * 1024)
    g_string_append (text, "没有结束的备注，一行又一行\n");
  bytes = g_string_free_to_bytes (text);
  result = read_bytes (bytes);
  g_assert_error (result->error, VD_TABLE_ERROR, VD_TABLE_ERROR_UNTERMINATED_QUOTE);
  g_assert_cmpuint (result->error_line, ==, 2);
}

static void
test_text_bad_bytes (void)
{
  g_autoptr(GBytes) gbk_head = encode ("姓名,性别\r\n张伟,男\r\n", "GB18030", NULL, 0);
  GByteArray *bad = g_byte_array_new ();
  g_autoptr(GBytes) bad_bytes = NULL;
  g_autoptr(Result) result = NULL;
  GString *utf8 = g_string_new ("姓名,性别,备注\n");
  g_autoptr(GBytes) utf8_bytes = NULL;
  g_autoptr(Result) utf8_result = NULL;
  static const guint8 surrogate[] = { 0xFF, 0xFE, 'a', 0, '\n', 0, 'b', 0, 0x00, 0xDC, 'c', 0 };
  g_autoptr(GBytes) utf16_bytes = g_bytes_new_static (surrogate, sizeof surrogate);
  g_autoptr(Result) utf16_result = NULL;
  GString *nul = g_string_new (NULL);
  g_autoptr(GBytes) nul_bytes = NULL;
  g_autoptr(Result) nul_result = NULL;

  /* GBK rows, then bytes that are neither UTF-8 nor GB18030 on line 3. */
  g_byte_array_append (bad, g_bytes_get_data (gbk_head, NULL), g_bytes_get_size (gbk_head));
  g_byte_array_append (bad, (const guint8 *) "\xFF\xFF,\x81\x20\r\n", 7);
  bad_bytes = g_byte_array_free_to_bytes (bad);
  result = read_bytes (bad_bytes);
  g_assert_cmpstr (result->format, ==, "GB18030");
  g_assert_cmpuint (result->rows->len, ==, 2);
  g_assert_cmpstr (((char **) g_ptr_array_index (result->rows, 1))[0], ==, "张伟");
  g_assert_error (result->error, VD_TABLE_ERROR, VD_TABLE_ERROR_ENCODING);
  g_assert_cmpuint (result->error_line, ==, 3);
  g_assert_nonnull (strstr (result->error->message, "3"));

  /* Clearly UTF-8, damaged on line 4: an error there, not a switch to GB18030. */
  g_string_append (utf8, "张伟,男,北京市朝阳区望京街道\n欧阳娜娜,女,上海市浦东新区\n");
  g_string_append (utf8, "王芳,\xE5\xA5,坏了\n");
  utf8_bytes = g_string_free_to_bytes (utf8);
  utf8_result = read_bytes (utf8_bytes);
  g_assert_cmpstr (utf8_result->format, ==, "UTF-8");
  g_assert_cmpuint (utf8_result->rows->len, ==, 3);
  g_assert_error (utf8_result->error, VD_TABLE_ERROR, VD_TABLE_ERROR_ENCODING);
  g_assert_cmpuint (utf8_result->error_line, ==, 4);

  /* Code page 936 has a euro sign where GB18030 has nothing. */
  {
    g_autoptr(GBytes) euro = encode ("价格,备注\n100,", "GB18030", NULL, 0);
    GByteArray *with_euro = g_byte_array_new ();
    g_autoptr(GBytes) euro_bytes = NULL;
    g_autoptr(Result) euro_result = NULL;

    g_byte_array_append (with_euro, g_bytes_get_data (euro, NULL), g_bytes_get_size (euro));
    g_byte_array_append (with_euro, (const guint8 *) "\x80\n", 2);
    euro_bytes = g_byte_array_free_to_bytes (with_euro);
    euro_result = read_bytes (euro_bytes);
    g_assert_no_error (euro_result->error);
    g_assert_cmpstr (((char **) g_ptr_array_index (euro_result->rows, 1))[1], ==, "€");
  }

  /* A lone UTF-16 surrogate on line 2. */
  utf16_result = read_bytes (utf16_bytes);
  g_assert_cmpstr (utf16_result->format, ==, "UTF-16LE");
  g_assert_error (utf16_result->error, VD_TABLE_ERROR, VD_TABLE_ERROR_ENCODING);
  g_assert_cmpuint (utf16_result->error_line, ==, 2);

  /* A NUL after the first block, where the binary check does not look. */
  for (guint i = 1; nul->len < VD_TABLE_READER_BLOCK_SIZE + 100; i++)
    g_string_append_printf (nul, "%u,abc\n", i);
  g_string_append_len (nul, "x,\0y\n", 5);
  {
    guint lines = 0;

    for (gsize i = 0; i < nul->len; i++)
      lines += nul->str[i] == '\n';
    nul_bytes = g_string_free_to_bytes (nul);
    nul_result = read_bytes (nul_bytes);
    g_assert_error (nul_result->error, VD_TABLE_ERROR, VD_TABLE_ERROR_ENCODING);
    g_assert_cmpuint (nul_result->error_line, ==, lines);
  }
}

/* ---- Block boundaries ------------------------------------------------------------ */

typedef enum
{
  SPLIT_CHARACTER, /* a multibyte character split at `cut` bytes */
  SPLIT_CRLF,      /* CR ends one block, LF begins the next */
  SPLIT_QUOTES,    /* a doubled quote split between two blocks */
} SplitKind;

typedef struct
{
  SplitKind   kind;
  const char *character; /* for SPLIT_CHARACTER */
  guint       cut;       /* bytes of it before the boundary */
} Split;

typedef struct
{
  const char *charset;
  const guint8 *bom;
  gsize bom_len;
  guint unit;            /* bytes of one ASCII character */
  const char *format;
  const Split *splits;
  guint n_splits;
} BoundaryCase;

static const Split gb18030_splits[] = {
  { SPLIT_CHARACTER, "张", 1 },
  { SPLIT_CHARACTER, "𠀀", 1 }, /* four bytes in GB18030 too */
  { SPLIT_CHARACTER, "𠀀", 2 },
  { SPLIT_CHARACTER, "𠀀", 3 },
  { SPLIT_CRLF, NULL, 1 },
  { SPLIT_QUOTES, NULL, 1 },
  { SPLIT_CHARACTER, "€", 1 },
};

static const Split utf8_splits[] = {
  { SPLIT_CHARACTER, "张", 1 },
  { SPLIT_CHARACTER, "张", 2 },
  { SPLIT_CHARACTER, "𠀀", 1 },
  { SPLIT_CHARACTER, "𠀀", 3 },
  { SPLIT_CRLF, NULL, 1 },
  { SPLIT_QUOTES, NULL, 1 },
};

static const Split utf16_splits[] = {
  { SPLIT_CHARACTER, "𠀀", 2 },
  { SPLIT_CRLF, NULL, 2 },
  { SPLIT_QUOTES, NULL, 2 },
};

static const BoundaryCase boundary_cases[] = {
  { "GB18030", NULL, 0, 1, "GB18030", gb18030_splits, G_N_ELEMENTS (gb18030_splits) },
  { "UTF-8", NULL, 0, 1, "UTF-8", utf8_splits, G_N_ELEMENTS (utf8_splits) },
  { "UTF-16LE", bom_utf16le, sizeof bom_utf16le, 2, "UTF-16LE", utf16_splits,
    G_N_ELEMENTS (utf16_splits) },
};

static gsize
encoded_length (const char *utf8,
                const char *charset)
{
  g_autoptr(GBytes) bytes = encode (utf8, charset, NULL, 0);

  return g_bytes_get_size (bytes);
}

/* Rows of Chinese text, with one row at each multiple of the block size arranged so
 * that the boundary falls inside a character, a CRLF or a doubled quote. */
static void
test_block_boundaries (Fixture       *fx,
                       gconstpointer  data)
{
  for (guint c = 0; c < G_N_ELEMENTS (boundary_cases); c++)
    {
      const BoundaryCase *bc = &boundary_cases[c];
      GByteArray *raw = g_byte_array_new ();
      g_autoptr(GPtrArray) expected = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
      g_autoptr(GBytes) bytes = NULL;
      g_autofree char *path = NULL;
      Result *results[2];
      guint next_split = 0;
      guint n = 0;

      g_test_message ("block boundaries in %s", bc->charset);
      if (bc->bom_len > 0)
        g_byte_array_append (raw, bc->bom, bc->bom_len);

      while (next_split < bc->n_splits)
        {
          gsize boundary = (gsize) (next_split + 1) * VD_TABLE_READER_BLOCK_SIZE;
          g_autofree char *line = NULL;
          g_autofree char *first = g_strdup_printf ("%u", ++n);
          g_autofree char *second = NULL;

          if (raw->len + 600 < boundary)
            {
              second = g_strdup_printf ("张伟欧阳娜娜%u号北京市朝阳区", n);
              line = g_strdup_printf ("%s,%s\n", first, second);
            }
          else
            {
              const Split *split = &bc->splits[next_split];
              g_autofree char *prefix = g_strdup_printf (split->kind == SPLIT_QUOTES ? "%s,\""
                                                                                     : "%s,",
                                                         first);
              gsize at = raw->len + encoded_length (prefix, bc->charset);
              gsize target = boundary - split->cut;
              g_autofree char *pad = NULL;

              g_assert_cmpuint (target, >=, at);
              g_assert_cmpuint ((target - at) % bc->unit, ==, 0);
              pad = g_strnfill ((target - at) / bc->unit, 'x');
              switch (split->kind)
                {
                case SPLIT_CHARACTER:
                  second = g_strconcat (pad, split->character, "尾", NULL);
                  line = g_strdup_printf ("%s%s\n", prefix, second);
                  break;
                case SPLIT_CRLF:
                  second = g_strdup (pad);
                  line = g_strdup_printf ("%s%s\r\n", prefix, second);
                  break;
                case SPLIT_QUOTES:
                default:
                  second = g_strconcat (pad, "\"尾", NULL);
                  line = g_strdup_printf ("%s%s\"\"尾\"\n", prefix, pad);
                  break;
                }
              next_split++;
            }

          {
            g_autoptr(GBytes) encoded = encode (line, bc->charset, NULL, 0);
            char *fields[] = { g_strdup (first), g_strdup (second), NULL };

            g_byte_array_append (raw, g_bytes_get_data (encoded, NULL),
                                 g_bytes_get_size (encoded));
            g_ptr_array_add (expected, g_memdup2 (fields, sizeof fields));
          }
        }
      /* Some more rows after the last boundary. */
      for (guint i = 0; i < 10; i++)
        {
          g_autofree char *line = g_strdup_printf ("%u,结尾\n", ++n);
          g_autoptr(GBytes) encoded = encode (line, bc->charset, NULL, 0);
          char *fields[] = { g_strdup_printf ("%u", n), g_strdup ("结尾"), NULL };

          g_byte_array_append (raw, g_bytes_get_data (encoded, NULL), g_bytes_get_size (encoded));
          g_ptr_array_add (expected, g_memdup2 (fields, sizeof fields));
        }

      bytes = g_byte_array_free_to_bytes (raw);
      path = write_file (fx, "boundaries.csv", bytes);
      results[0] = read_bytes (bytes);
      results[1] = read_path (path);
      for (guint k = 0; k < G_N_ELEMENTS (results); k++)
        {
          g_autoptr(Result) result = results[k];

          g_assert_no_error (result->error);
          g_assert_cmpstr (result->format, ==, bc->format);
          g_assert_cmpuint (result->rows->len, ==, expected->len);
          for (guint r = 0; r < expected->len; r++)
            {
              assert_row (result, r, g_ptr_array_index (expected, r));
              /* One line per row: a CRLF split in two would count two. */
              g_assert_cmpuint (g_array_index (result->row_numbers, guint, r), ==, r + 1);
            }
        }
    }
}

/* ---- Workbooks ------------------------------------------------------------------- */

typedef struct
{
  const char *name;
  const char *content;
} ZipEntry;

/* A zip archive of these parts, in this order, as Excel would deflate them. */
static GBytes *
make_zip (const ZipEntry *entries,
          guint           n_entries)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) folders = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) opened = g_ptr_array_new ();
  GsfOutput *sink;
  GsfOutfile *zip;
  GBytes *bytes;

  gsf_init ();
  sink = gsf_output_memory_new ();
  zip = gsf_outfile_zip_new (sink, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < n_entries; i++)
    {
      g_auto(GStrv) names = g_strsplit (entries[i].name, "/", -1);
      GsfOutfile *parent = zip;
      GString *folder = g_string_new (NULL);
      GsfOutput *member;
      guint j;

      for (j = 0; names[j + 1] != NULL; j++)
        {
          GsfOutfile *dir;

          g_string_append_printf (folder, "%s/", names[j]);
          dir = g_hash_table_lookup (folders, folder->str);
          if (dir == NULL)
            {
              dir = GSF_OUTFILE (gsf_outfile_new_child (parent, names[j], TRUE));
              g_hash_table_insert (folders, g_strdup (folder->str), dir);
              g_ptr_array_add (opened, dir);
            }
          parent = dir;
        }
      g_string_free (folder, TRUE);

      member = gsf_outfile_new_child (parent, names[j], FALSE);
      g_assert_true (gsf_output_write (member, strlen (entries[i].content),
                                       (const guint8 *) entries[i].content));
      g_assert_true (gsf_output_close (member));
      g_object_unref (member);
    }

  /* Folders close innermost first, then the archive writes its directory. */
  for (guint i = opened->len; i > 0; i--)
    {
      gsf_output_close (g_ptr_array_index (opened, i - 1));
      g_object_unref (g_ptr_array_index (opened, i - 1));
    }
  g_assert_true (gsf_output_close (GSF_OUTPUT (zip)));
  g_object_unref (zip);
  g_assert_true (gsf_output_close (sink));
  bytes = g_bytes_new (gsf_output_memory_get_bytes (GSF_OUTPUT_MEMORY (sink)),
                       gsf_output_size (sink));
  g_object_unref (sink);
  return bytes;
}

#define NS_MAIN "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
#define NS_R "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
#define REL_TYPE "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

static const char content_types[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
  "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
  "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
  "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>";

static const char package_rels[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
  "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
  "<Relationship Id=\"rId1\" Type=\"" REL_TYPE "officeDocument\" Target=\"xl/workbook.xml\"/>"
  "</Relationships>";

/* The first tab is "志愿者", stored as worksheets/list.xml; the second tab is in
 * sheet1.xml, the name a reader would guess. */
static const char workbook[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
  "<workbook " NS_MAIN " " NS_R "><workbookPr defaultThemeVersion=\"124226\"/>"
  "<sheets><sheet name=\"志愿者\" sheetId=\"2\" r:id=\"rId3\"/>"
  "<sheet name=\"其他\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";

static const char workbook_rels[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
  "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
  "<Relationship Id=\"rId1\" Type=\"" REL_TYPE "worksheet\" Target=\"worksheets/sheet1.xml\"/>"
  "<Relationship Id=\"rId2\" Type=\"" REL_TYPE "styles\" Target=\"styles.xml\"/>"
  "<Relationship Id=\"rId3\" Type=\"" REL_TYPE "worksheet\" Target=\"/xl/worksheets/list.xml\"/>"
  "<Relationship Id=\"rId4\" Type=\"" REL_TYPE "sharedStrings\" Target=\"sharedStrings.xml\"/>"
  "<Relationship Id=\"rId5\" Type=\"" REL_TYPE "hyperlink\" Target=\"https://example.org/\" TargetMode=\"External\"/>"
  "</Relationships>";

/* cellStyleXfs come first and must not shift the indexes of cellXfs:
 * 0 General, 1 built-in date 14, 2 custom 年月日, 3 text, 4 date and time,
 * 5 elapsed hours, 6 money (no date). A dxf format must not count either. */
static const char styles[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
  "<styleSheet " NS_MAIN "><numFmts count=\"3\">"
  "<numFmt numFmtId=\"176\" formatCode=\"yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;;@\"/>"
  "<numFmt numFmtId=\"177\" formatCode=\"[h]:mm\"/>"
  "<numFmt numFmtId=\"178\" formatCode=\"#,##0.00&quot;元&quot;;[Red]\\-#,##0.00&quot;元&quot;\"/>"
  "</numFmts><fonts count=\"1\"><font><sz val=\"11\"/><name val=\"宋体\"/></font></fonts>"
  "<cellStyleXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellStyleXfs>"
  "<cellXfs count=\"7\"><xf numFmtId=\"0\" xfId=\"0\"/><xf numFmtId=\"14\" xfId=\"0\" applyNumberFormat=\"1\"/>"
  "<xf numFmtId=\"176\" xfId=\"0\"/><xf numFmtId=\"49\" xfId=\"0\"/><xf numFmtId=\"22\" xfId=\"0\"/>"
  "<xf numFmtId=\"177\" xfId=\"0\"/><xf numFmtId=\"178\" xfId=\"0\"/></cellXfs>"
  "<dxfs count=\"1\"><dxf><numFmt numFmtId=\"178\" formatCode=\"yyyy-mm-dd\"/></dxf></dxfs>"
  "</styleSheet>";

static const char shared_strings[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
  "<sst " NS_MAIN " count=\"12\" uniqueCount=\"11\">"
  "<si><t>姓名</t></si>"                                                       /* 0 */
  "<si><t>性别</t></si>"                                                       /* 1 */
  "<si><t>身份证号</t></si>"                                                   /* 2 */
  "<si><r><t>手机</t></r><r><rPr><b/><sz val=\"11\"/></rPr><t>号</t></r></si>" /* 3 */
  "<si><t>出生日期</t></si>"                                                   /* 4 */
  "<si><t>张伟</t></si>"                                                       /* 5 */
  "<si><t>男</t></si>"                                                         /* 6 */
  "<si><t>11010519491231002X</t></si>"                                         /* 7 */
  "<si><t>欧阳娜娜</t><rPh sb=\"0\" eb=\"4\"><t>ouyang nana</t></rPh><phoneticPr fontId=\"1\"/></si>" /* 8 */
  "<si><t xml:space=\"preserve\">  带空格  </t></si>"                          /* 9 */
  "<si><t>第一行_x000D_\n第二行_x005F_x0041_</t></si>"                          /* 10 */
  "<si/>"                                                                       /* 11 */
  "</sst>";

static const char list_sheet[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
  "<worksheet " NS_MAIN " " NS_R "><dimension ref=\"A1:H10\"/>"
  "<sheetViews><sheetView workbookViewId=\"0\"/></sheetViews><sheetData>"
  "<row r=\"1\" spans=\"1:6\">"
  "<c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
  "<c r=\"C1\" t=\"inlineStr\"><is><t>身份证号</t></is></c><c r=\"D1\" t=\"s\"><v>3</v></c>"
  "<c r=\"E1\" t=\"s\"><v>4</v></c><c r=\"F1\" t=\"inlineStr\"><is><t>时长</t></is></c></row>"
  "<row r=\"2\">"
  "<c r=\"A2\" t=\"s\"><v>5</v></c><c r=\"B2\" t=\"s\"><v>6</v></c>"
  "<c r=\"C2\" s=\"3\" t=\"s\"><v>7</v></c><c r=\"D2\"><v>13800138000</v></c>"
  "<c r=\"E2\" s=\"1\"><v>46093</v></c><c r=\"F2\" s=\"5\"><v>1.5</v></c></row>"
  "<row r=\"3\"><c r=\"A3\" s=\"1\"/><c r=\"B3\" s=\"2\"><v></v></c><c r=\"C3\" t=\"s\"><v>11</v></c></row>"
  "<row r=\"4\"/>"
  "<row r=\"5\">"
  "<c r=\"A5\" t=\"s\"><v>8</v></c>"
  "<c r=\"C5\" t=\"inlineStr\"><is><r><t>1101</t></r><r><t>05199001011234</t></r></is></c>"
  "<c r=\"E5\" s=\"2\"><v>46093</v></c></row>"
  "<row r=\"6\">"
  "<c r=\"A6\" t=\"str\"><f>A2&amp;\"!\"</f><v>张伟!</v></c><c r=\"B6\" t=\"b\"><v>1</v></c>"
  "<c r=\"C6\"><v>0.30000000000000004</v></c><c r=\"D6\"><v>1.5E+17</v></c>"
  "<c r=\"E6\" s=\"4\"><v>46093.5</v></c><c r=\"F6\" s=\"6\"><v>-12.75</v></c></row>"
  "<row r=\"7\">"
  "<c r=\"A7\" t=\"s\"><v>9</v></c><c r=\"B7\" t=\"s\"><v>10</v></c>"
  "<c r=\"C7\" s=\"6\"><v>8</v></c><c r=\"D7\" t=\"e\"><v>#N/A</v></c>"
  "<c r=\"E7\" s=\"1\"><v>60</v></c><c r=\"F7\"><f>SUM(1)</f></c></row>"
  "<row r=\"8\"><c r=\"A8\"><v>1</v></c><c r=\"H8\"><v>2</v></c></row>"
  "<row r=\"9\"><c r=\"A9\" t=\"inlineStr\"><is><t>x</t></is></c>"
  "<c t=\"inlineStr\"><is><t>no reference</t></is></c></row>"
  "<row r=\"10\"><c r=\"A10\" s=\"1\"><v>59</v></c><c r=\"B10\" s=\"1\"><v>61</v></c>"
  "<c r=\"C10\" s=\"1\"><v>1</v></c><c r=\"D10\"><v>0.000123</v></c>"
  "<c r=\"E10\"><v>123456789012345678901234</v></c><c r=\"F10\"><v>1.0000000000000002</v></c></row>"
  "</sheetData><mergeCells count=\"1\"><mergeCell ref=\"A1:B1\"/></mergeCells></worksheet>";

static const char other_sheet[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
  "<worksheet " NS_MAIN "><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>wrong "
  "sheet</t></is></c></row></sheetData></worksheet>";

static GBytes *
make_workbook (void)
{
  const ZipEntry entries[] = {
    { "[Content_Types].xml", content_types },
    { "_rels/.rels", package_rels },
    { "xl/workbook.xml", workbook },
    { "xl/_rels/workbook.xml.rels", workbook_rels },
    { "xl/styles.xml", styles },
    { "xl/sharedStrings.xml", shared_strings },
    { "xl/worksheets/sheet1.xml", other_sheet },
    { "xl/worksheets/list.xml", list_sheet },
  };

  return make_zip (entries, G_N_ELEMENTS (entries));
}

static void
test_xlsx_cells (Fixture       *fx,
                 gconstpointer  data)
{
  static const char * const rows[][9] = {
    { "姓名", "性别", "身份证号", "手机号", "出生日期", "时长", NULL },
    { "张伟", "男", "11010519491231002X", "13800138000", "2026-03-12", "36:00", NULL },
    { "欧阳娜娜", "", "110105199001011234", "", "2026-03-12", "", NULL },
    { "张伟!", "TRUE", "0.3", "150000000000000000", "2026-03-12 12:00", "-12.75", NULL },
    { "  带空格  ", "第一行\r\n第二行_x0041_", "8", "#N/A", "1900-02-29", "", NULL },
    { "1", "", "", "", "", "", "", "2", NULL },
    { "x", "no reference", "", "", "", "", NULL },
    { "1900-02-28", "1900-03-01", "1900-01-01", "0.000123", "1.23456789012346E+23",
      "1", NULL },
  };
  static const guint row_numbers[] = { 1, 2, 5, 6, 7, 8, 9, 10 };
  g_autoptr(GBytes) bytes = make_workbook ();
  /* The content decides, not the name. */
  g_autofree char *path = write_file (fx, "志愿者名单.csv", bytes);
  Result *results[2];

  results[0] = read_bytes (bytes);
  results[1] = read_path (path);
  for (guint k = 0; k < G_N_ELEMENTS (results); k++)
    {
      g_autoptr(Result) result = results[k];

      g_assert_no_error (result->error);
      g_assert_cmpstr (result->format, ==, "XLSX");
      g_assert_cmpuint (result->rows->len, ==, G_N_ELEMENTS (rows));
      for (guint r = 0; r < G_N_ELEMENTS (rows); r++)
        assert_row (result, r, rows[r]);
      assert_row_numbers (result, row_numbers, G_N_ELEMENTS (row_numbers));
    }
}

static GBytes *
make_small_workbook (const char *workbook_xml,
                     const char *sheet_xml)
{
  const ZipEntry entries[] = {
    { "[Content_Types].xml", content_types },
    { "xl/workbook.xml", workbook_xml },
    { "xl/styles.xml", styles },
    { "xl/worksheets/sheet1.xml", sheet_xml },
  };

  return make_zip (entries, G_N_ELEMENTS (entries));
}

/* Without any .rels parts, the usual names; with date1904, days count from 1904. */
static void
test_xlsx_date1904 (void)
{
  static const char * const row[] = { "2026-03-12", "2026-03-12", "44631", NULL };
  g_autoptr(GBytes) bytes = make_small_workbook (
    "<workbook " NS_MAIN "><workbookPr date1904=\"1\"/><sheets/></workbook>",
    "<worksheet " NS_MAIN "><sheetData><row><c s=\"1\"><v>44631</v></c>"
    "<c s=\"2\"><v>44631</v></c><c><v>44631</v></c></row></sheetData></worksheet>");
  g_autoptr(Result) result = read_bytes (bytes);

  g_assert_no_error (result->error);
  g_assert_cmpuint (result->rows->len, ==, 1);
  assert_row (result, 0, row);
  g_assert_cmpuint (g_array_index (result->row_numbers, guint, 0), ==, 1);
}

static void
test_xlsx_empty_sheet (void)
{
  g_autoptr(GBytes) bytes = make_small_workbook (
    "<workbook " NS_MAIN "><sheets/></workbook>",
    "<worksheet " NS_MAIN "><sheetData><row r=\"1\"><c r=\"A1\" s=\"1\"/></row>"
    "</sheetData></worksheet>");
  g_autoptr(GBytes) no_data = make_small_workbook (
    "<workbook " NS_MAIN "><sheets/></workbook>",
    "<worksheet " NS_MAIN "><sheetData/></worksheet>");
  g_autoptr(Result) result = read_bytes (bytes);
  g_autoptr(Result) no_data_result = read_bytes (no_data);

  g_assert_error (result->error, VD_TABLE_ERROR, VD_TABLE_ERROR_EMPTY);
  g_assert_error (no_data_result->error, VD_TABLE_ERROR, VD_TABLE_ERROR_EMPTY);
}

static void
test_xlsx_broken (Fixture       *fx,
                  gconstpointer  data)
{
  g_autoptr(GBytes) good = make_workbook ();
  g_autoptr(GBytes) truncated = g_bytes_new_from_bytes (good, 0, g_bytes_get_size (good) / 2);
  g_autofree char *truncated_path = write_file (fx, "truncated.xlsx", truncated);
  const ZipEntry not_a_workbook[] = { { "word/document.xml", "<document/>" } };
  g_autoptr(GBytes) docx = make_zip (not_a_workbook, G_N_ELEMENTS (not_a_workbook));
  g_autoptr(GBytes) malformed = make_small_workbook (
    "<workbook " NS_MAIN "><sheets/></workbook>",
    "<worksheet " NS_MAIN "><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></row>"
    "</sheetData></worksheet>");
  g_autoptr(GBytes) missing_string = make_small_workbook (
    "<workbook " NS_MAIN "><sheets/></workbook>",
    "<worksheet " NS_MAIN "><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"
    "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>7</v></c></row></sheetData></worksheet>");
  g_autoptr(GBytes) bad_reference = make_small_workbook (
    "<workbook " NS_MAIN "><sheets/></workbook>",
    "<worksheet " NS_MAIN "><sheetData><row r=\"1\"><c r=\"ZZZZ1\"><v>1</v></c></row>"
    "</sheetData></worksheet>");
  const ZipEntry no_sheet_entries[] = {
    { "xl/workbook.xml", workbook },
    { "xl/_rels/workbook.xml.rels", workbook_rels },
  };
  g_autoptr(GBytes) no_sheet = make_zip (no_sheet_entries, G_N_ELEMENTS (no_sheet_entries));
  g_autoptr(GError) error = NULL;
  g_autoptr(VdTableReader) reader = NULL;
  expect_damaged_zips (TRUE);

  assert_refused (truncated, VD_TABLE_ERROR, VD_TABLE_ERROR_XLSX);
  reader = vd_table_reader_open (truncated_path, &error);
  g_assert_null (reader);
  g_assert_error (error, VD_TABLE_ERROR, VD_TABLE_ERROR_XLSX);

  assert_refused (docx, VD_TABLE_ERROR, VD_TABLE_ERROR_XLSX);
  assert_refused (no_sheet, VD_TABLE_ERROR, VD_TABLE_ERROR_XLSX);

  {
    g_autoptr(Result) result = read_bytes (malformed);

    g_assert_error (result->error, VD_TABLE_ERROR, VD_TABLE_ERROR_XLSX);
    g_assert_nonnull (strstr (result->error->message, "sheet1.xml"));
  }
  {
    g_autoptr(Result) result = read_bytes (missing_string);

    g_assert_cmpuint (result->rows->len, ==, 1);
    g_assert_error (result->error, VD_TABLE_ERROR, VD_TABLE_ERROR_XLSX);
  }
  {
    g_autoptr(Result) result = read_bytes (bad_reference);

    g_assert_error (result->error, VD_TABLE_ERROR, VD_TABLE_ERROR_XLSX);
  }
  expect_damaged_zips (FALSE);
}

/* Found by tests/fuzz/fuzz-xlsx: a row numbered 0, or lower than the row before it,
 * came out with that number, and the importer (which skips rows up to its header
 * row) would have dropped it without a word. Such a sheet is damaged. */
static void
test_xlsx_row_order (void)
{
  static const char * const sheets[] = {
    "<worksheet " NS_MAIN "><sheetData><row r=\"0\"><c r=\"A1\"><v>1</v></c></row>"
    "</sheetData></worksheet>",
    "<worksheet " NS_MAIN "><sheetData><row r=\"3\"><c r=\"A3\"><v>1</v></c></row>"
    "<row r=\"2\"><c r=\"A2\"><v>2</v></c></row></sheetData></worksheet>",
    "<worksheet " NS_MAIN "><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"
    "<row r=\"1\"><c r=\"B1\"><v>2</v></c></row></sheetData></worksheet>",
    "<worksheet " NS_MAIN "><sheetData><row r=\"1048577\"><c r=\"A1\"><v>1</v></c></row>"
    "</sheetData></worksheet>",
  };

  for (guint i = 0; i < G_N_ELEMENTS (sheets); i++)
    {
      g_autoptr(GBytes) bytes = make_small_workbook ("<workbook " NS_MAIN "><sheets/></workbook>",
                                                     sheets[i]);
      g_autoptr(Result) result = read_bytes (bytes);

      g_assert_error (result->error, VD_TABLE_ERROR, VD_TABLE_ERROR_XLSX);
      g_assert_nonnull (strstr (result->error->message, "sheet1.xml"));
    }

  /* Rows without a number follow the one before; gaps are fine. */
  {
    g_autoptr(GBytes) bytes = make_small_workbook (
      "<workbook " NS_MAIN "><sheets/></workbook>",
      "<worksheet " NS_MAIN "><sheetData><row><c><v>1</v></c></row>"
      "<row r=\"5\"><c r=\"A5\"><v>2</v></c></row><row><c><v>3</v></c></row>"
      "</sheetData></worksheet>");
    g_autoptr(Result) result = read_bytes (bytes);

    g_assert_no_error (result->error);
    g_assert_cmpuint (result->rows->len, ==, 3);
  }
}

/* Damaged copies of good files fail cleanly or read; they never crash (the sanitizer
 * build checks the memory side). */
static void
test_damaged_inputs (void)
{
  g_autoptr(GBytes) workbook_bytes = make_workbook ();
  g_autofree char *text = sample_text (',', "\r\n");
  g_autoptr(GBytes) gbk = encode (text, "GB18030", NULL, 0);
  g_autoptr(GBytes) utf16 = encode (text, "UTF-16LE", bom_utf16le, sizeof bom_utf16le);
  GBytes *originals[] = { workbook_bytes, gbk, utf16 };
  g_autoptr(GRand) rand = g_rand_new_with_seed (20260312);
  expect_damaged_zips (TRUE);

  for (guint o = 0; o < G_N_ELEMENTS (originals); o++)
    for (guint i = 0; i < 300; i++)
      {
        gsize len;
        const guint8 *data = g_bytes_get_data (originals[o], &len);
        guint8 *copy = g_memdup2 (data, len);
        g_autoptr(GBytes) bytes = NULL;
        g_autoptr(GError) error = NULL;
        g_autoptr(VdTableReader) reader = NULL;
        guint changes = g_rand_int_range (rand, 1, 8);

        for (guint c = 0; c < changes; c++)
          copy[g_rand_int_range (rand, 0, len)] = g_rand_int_range (rand, 0, 256);
        if (g_rand_boolean (rand))
          len = g_rand_int_range (rand, 0, len);
        bytes = g_bytes_new_take (copy, len);
        reader = vd_table_reader_new_from_bytes (bytes, &error);
        if (reader != NULL)
          {
            g_autoptr(Result) result = read_all (reader);

            if (result->error != NULL)
              g_assert_true (result->error->domain == VD_TABLE_ERROR);
          }
        else
          g_assert_true (error->domain == VD_TABLE_ERROR);
      }
  expect_damaged_zips (FALSE);
}

/* ---- Speed ----------------------------------------------------------------------- */

#define SPEED_ROWS 100000

static char *
speed_text (void)
{
  GString *text = g_string_new ("姓名,性别,身份证号,手机号,出生日期,政治面貌,服务队,时长,社区,备注\r\n");

  for (guint i = 0; i < SPEED_ROWS; i++)
    g_string_append_printf (text,
                            "张伟%u,男,1101051990%08u,138%08u,1990-01-01,党员,"
                            "青年志愿者服务队,12.5,望京街道花家地社区,\"备注,%u\"\r\n",
                            i, i, i, i);
  return g_string_free (text, FALSE);
}

static void
time_reading (const char *what,
              GBytes     *bytes,
              guint       expected_rows)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GTimer) timer = g_timer_new ();
  g_autoptr(VdTableReader) reader = vd_table_reader_new_from_bytes (bytes, &error);
  const char * const *fields;
  guint n_fields;
  guint rows = 0;
  double seconds;

  g_assert_no_error (error);
  while (vd_table_reader_next (reader, &fields, &n_fields, &error))
    {
      g_assert_cmpuint (n_fields, ==, 10);
      rows++;
    }
  seconds = g_timer_elapsed (timer, NULL);
  g_assert_no_error (error);
  g_assert_cmpuint (rows, ==, expected_rows);
  g_test_message ("%s: %u rows of 10 fields (%.1f MB) in %.3f s: %.0f rows/s", what, rows,
                  g_bytes_get_size (bytes) / 1e6, seconds, rows / MAX (seconds, 1e-6));
}

static void
test_speed_text (void)
{
  g_autofree char *text = speed_text ();
  g_autoptr(GBytes) utf8 = bytes_from_string (text);
  g_autoptr(GBytes) gbk = encode (text, "GB18030", NULL, 0);
  g_autoptr(GBytes) utf16 = encode (text, "UTF-16LE", bom_utf16le, sizeof bom_utf16le);

  time_reading ("CSV UTF-8", utf8, SPEED_ROWS + 1);
  time_reading ("CSV GB18030", gbk, SPEED_ROWS + 1);
  time_reading ("CSV UTF-16LE", utf16, SPEED_ROWS + 1);
}

static void
test_speed_xlsx (void)
{
  GString *sheet = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                                 "<worksheet " NS_MAIN "><sheetData>");
  GString *strings = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                                   "<sst " NS_MAIN ">");
  g_autofree char *sheet_xml = NULL;
  g_autofree char *strings_xml = NULL;
  g_autoptr(GBytes) bytes = NULL;

  for (guint i = 0; i < 10; i++)
    g_string_append_printf (strings, "<si><t>列%u</t></si>", i);
  g_string_append (strings, "<si><t>男</t></si><si><t>党员</t></si>");
  g_string_append (sheet, "<row r=\"1\">");
  for (guint i = 0; i < 10; i++)
    g_string_append_printf (sheet, "<c r=\"%c1\" t=\"s\"><v>%u</v></c>", 'A' + i, i);
  g_string_append (sheet, "</row>");
  for (guint i = 0; i < SPEED_ROWS; i++)
    {
      guint r = i + 2;

      g_string_append_printf (strings, "<si><t>张伟%u</t></si>", i);
      g_string_append_printf (sheet,
                              "<row r=\"%u\" spans=\"1:10\">"
                              "<c r=\"A%u\" t=\"s\"><v>%u</v></c><c r=\"B%u\" t=\"s\"><v>10</v></c>"
                              "<c r=\"C%u\" t=\"s\"><v>11</v></c><c r=\"D%u\"><v>138%08u</v></c>"
                              "<c r=\"E%u\" s=\"1\"><v>%u</v></c><c r=\"F%u\"><v>12.5</v></c>"
                              "<c r=\"G%u\" t=\"inlineStr\"><is><t>青年志愿者服务队</t></is></c>"
                              "<c r=\"H%u\"><v>%u</v></c><c r=\"I%u\" t=\"str\"><v>望京街道</v></c>"
                              "<c r=\"J%u\" t=\"inlineStr\"><is><t>备注%u</t></is></c></row>",
                              r, r, 12 + i, r, r, r, i, r, 30000 + i % 10000, r, r, r, i, r, r, i);
    }
  g_string_append (sheet, "</sheetData></worksheet>");
  g_string_append (strings, "</sst>");
  sheet_xml = g_string_free (sheet, FALSE);
  strings_xml = g_string_free (strings, FALSE);

  {
    const ZipEntry entries[] = {
      { "[Content_Types].xml", content_types },
      { "xl/workbook.xml", "<workbook " NS_MAIN "><sheets/></workbook>" },
      { "xl/styles.xml", styles },
      { "xl/sharedStrings.xml", strings_xml },
      { "xl/worksheets/sheet1.xml", sheet_xml },
    };

    bytes = make_zip (entries, G_N_ELEMENTS (entries));
  }
  time_reading ("XLSX", bytes, SPEED_ROWS + 1);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_log_set_default_handler (on_log, NULL);

#define ADD(name, func) \
  g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/table-reader/text/encodings", test_text_encodings);
  g_test_add_func ("/table-reader/text/line-endings", test_text_line_endings);
  g_test_add_func ("/table-reader/text/quoting", test_text_quoting);
  g_test_add_func ("/table-reader/text/delimiters", test_text_delimiters);
  g_test_add_func ("/table-reader/text/ragged-rows", test_text_ragged_rows);
  ADD ("/table-reader/text/empty", test_text_empty);
  g_test_add_func ("/table-reader/text/binary", test_text_binary);
  g_test_add_func ("/table-reader/text/unterminated-quote", test_text_unterminated_quote);
  g_test_add_func ("/table-reader/text/runaway-quote", test_text_runaway_quote);
  g_test_add_func ("/table-reader/text/bad-bytes", test_text_bad_bytes);
  ADD ("/table-reader/text/block-boundaries", test_block_boundaries);
  ADD ("/table-reader/xlsx/cells", test_xlsx_cells);
  g_test_add_func ("/table-reader/xlsx/date1904", test_xlsx_date1904);
  g_test_add_func ("/table-reader/xlsx/empty-sheet", test_xlsx_empty_sheet);
  g_test_add_func ("/table-reader/xlsx/row-order", test_xlsx_row_order);
  ADD ("/table-reader/xlsx/broken", test_xlsx_broken);
  g_test_add_func ("/table-reader/damaged-inputs", test_damaged_inputs);
  g_test_add_func ("/table-reader/speed/text", test_speed_text);
  g_test_add_func ("/table-reader/speed/xlsx", test_speed_xlsx);

  return g_test_run ();
}
