/* fuzz-csv.c — libFuzzer target: text in one encoding the CSV reader supports, read
 * twice, as plain UTF-8 and as FUZZ_ENCODING, and the rows must be the same
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Built once per encoding (tests/fuzz/run.sh): fuzz-csv-utf8, fuzz-csv-utf8-bom,
 * fuzz-csv-utf16le, fuzz-csv-utf16be, fuzz-csv-gb18030. The input is made valid
 * UTF-8 text, then written in the target's encoding, so the fuzzer explores that
 * decoder (blocks, partial characters, separators, quotes) instead of spending its
 * time on bytes the encoding sniffer refuses. fuzz-table-reader feeds raw bytes.
 */

#include "vd-table-reader.h"
#include "fuzz-common.h"

#ifndef FUZZ_ENCODING
#error "build with -DFUZZ_ENCODING=\"UTF-8\" (or UTF-8-BOM, UTF-16LE, UTF-16BE, GB18030)"
#endif

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_init_logging ();
  return 0;
}

/* The input as text the reader can take in every encoding: valid UTF-8 without NUL
 * and without a leading U+FEFF (which a BOM would swallow in one form and not in the
 * other). */
static char *
make_text (const guint8 *data,
           size_t        size)
{
  g_autofree char *raw = fuzz_strndup (data, size);
  char *text = g_utf8_make_valid (raw, -1);
  gsize len = strlen (text);

  while (g_str_has_prefix (text, "\xEF\xBB\xBF"))
    {
      memmove (text, text + 3, len - 2);
      len -= 3;
    }
  return text;
}

static GBytes *
encode (const char *text)
{
  const char *encoding = FUZZ_ENCODING;
  g_autoptr(GByteArray) out = g_byte_array_new ();
  g_autofree char *converted = NULL;
  gsize converted_len = 0;

  if (strcmp (encoding, "UTF-8") == 0)
    return g_bytes_new (text, strlen (text));
  if (strcmp (encoding, "UTF-8-BOM") == 0)
    {
      g_byte_array_append (out, (const guint8 *) "\xEF\xBB\xBF", 3);
      g_byte_array_append (out, (const guint8 *) text, strlen (text));
      return g_byte_array_free_to_bytes (g_steal_pointer (&out));
    }

  converted = g_convert (text, -1, encoding, "UTF-8", NULL, &converted_len, NULL);
  if (converted == NULL)
    return NULL;  /* a character GB18030 or UTF-16 cannot hold: none, in practice */
  if (strcmp (encoding, "UTF-16LE") == 0)
    g_byte_array_append (out, (const guint8 *) "\xFF\xFE", 2);
  else if (strcmp (encoding, "UTF-16BE") == 0)
    g_byte_array_append (out, (const guint8 *) "\xFE\xFF", 2);
  g_byte_array_append (out, (const guint8 *) converted, converted_len);
  return g_byte_array_free_to_bytes (g_steal_pointer (&out));
}

typedef struct
{
  GPtrArray *rows;    /* GStrv */
  GError    *error;   /* the open or read error, or NULL */
  char      *format;
} Reading;

static void
reading_clear (Reading *r)
{
  g_clear_pointer (&r->rows, g_ptr_array_unref);
  g_clear_error (&r->error);
  g_clear_pointer (&r->format, g_free);
}

static void
read_all (GBytes  *bytes,
          Reading *r)
{
  g_autoptr(VdTableReader) reader = NULL;
  const char * const *fields = NULL;
  guint n_fields = 0;

  r->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  reader = vd_table_reader_new_from_bytes (bytes, &r->error);
  if (reader == NULL)
    {
      FUZZ_CHECK (r->error != NULL);
      return;
    }
  r->format = g_strdup (vd_table_reader_get_format (reader));
  while (vd_table_reader_next (reader, &fields, &n_fields, &r->error))
    {
      FUZZ_CHECK (g_strv_length ((char **) fields) == n_fields);
      for (guint i = 0; i < n_fields; i++)
        FUZZ_CHECK (g_utf8_validate (fields[i], -1, NULL));
      g_ptr_array_add (r->rows, g_strdupv ((char **) fields));
    }
}

/* Whether a comma, tab or semicolon stands outside quotes in the first record, as
 * the reader's separator sniffing sees it; without one, UTF-16 text is read as
 * tab-separated (Excel's "Unicode text") and UTF-8 text as comma-separated. */
static gboolean
first_record_has_separator (const char *text)
{
  gboolean in_quotes = FALSE;
  gboolean seen_text = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        in_quotes = !in_quotes;
      else if (!in_quotes && (*p == '\n' || *p == '\r'))
        {
          if (seen_text)
            break;
          continue;
        }
      else if (!in_quotes && (*p == ',' || *p == '\t' || *p == ';'))
        return TRUE;
      seen_text = TRUE;
    }
  return FALSE;
}

/* FUZZ_VERBOSE=1 when replaying an input shows what both readings gave. */
static void
print_reading (const char *label,
               Reading    *r)
{
  if (g_getenv ("FUZZ_VERBOSE") == NULL)
    return;
  fprintf (stderr, "%s: format %s, error %s\n", label, r->format ? r->format : "-",
           r->error ? r->error->message : "none");
  for (guint i = 0; i < r->rows->len; i++)
    {
      g_autofree char *joined = g_strjoinv ("|", g_ptr_array_index (r->rows, i));

      fprintf (stderr, "  [%s]\n", joined);
    }
}

static gboolean
same_rows (Reading *a,
           Reading *b)
{
  if (a->rows->len != b->rows->len)
    return FALSE;
  for (guint i = 0; i < a->rows->len; i++)
    if (!g_strv_equal (g_ptr_array_index (a->rows, i), g_ptr_array_index (b->rows, i)))
      return FALSE;
  return TRUE;
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autofree char *text = make_text (data, size);
  g_autoptr(GBytes) plain = g_bytes_new (text, strlen (text));
  g_autoptr(GBytes) encoded = encode (text);
  gsize encoded_len = 0;
  const char *encoded_data;
  Reading ref = { 0, };
  Reading got = { 0, };

  if (encoded == NULL)
    return 0;

  read_all (plain, &ref);
  read_all (encoded, &got);
  encoded_data = g_bytes_get_data (encoded, &encoded_len);
  print_reading ("UTF-8", &ref);
  print_reading (FUZZ_ENCODING, &got);

  /* The reference decides what the text is; the encoded copy must read the same,
   * except where the encodings cannot agree by nature:
   *  - GB18030 bytes that happen to be valid UTF-8 are read as UTF-8, by design (or
 *    as damaged UTF-8, see below);
   *  - control characters can make one form look binary and not the other,
 *    and UTF-8 text that starts with "PK\3\4" is taken for a workbook;
   *  - when the first record has no comma, tab or semicolon, UTF-16 splits at tabs
   *    (Excel's "Unicode text") and UTF-8 at commas: such a first row has one field. */
  if (strcmp (FUZZ_ENCODING, "GB18030") == 0
      && g_utf8_validate_len (encoded_data, encoded_len, NULL)
      && encoded_len > 0
      && (encoded_len != strlen (text) || memcmp (encoded_data, text, encoded_len) != 0))
    goto out;
  /* The same when the GB18030 bytes begin with 16 or more that also form UTF-8
   * characters (专 is D7 A8 in both): the reader then takes the file for damaged
   * UTF-8 on purpose (decide_encoding () in vd-csv-reader.c), which real GBK text,
   * whose common characters break UTF-8 at once, never triggers. */
  if (strcmp (FUZZ_ENCODING, "GB18030") == 0 && g_strcmp0 (got.format, "UTF-8") == 0
      && g_error_matches (got.error, VD_TABLE_ERROR, VD_TABLE_ERROR_ENCODING))
    goto out;
  if (g_error_matches (ref.error, VD_TABLE_ERROR, VD_TABLE_ERROR_BINARY)
      || g_error_matches (ref.error, VD_TABLE_ERROR, VD_TABLE_ERROR_XLSX))
    goto out;
  if (g_error_matches (got.error, VD_TABLE_ERROR, VD_TABLE_ERROR_BINARY))
    {
      /* Text with a BOM is never taken for binary; GB18030 is shorter than UTF-8,
       * so the same control characters weigh more in it. */
      FUZZ_CHECK (strcmp (FUZZ_ENCODING, "GB18030") == 0);
      goto out;
    }

  if (g_str_has_prefix (FUZZ_ENCODING, "UTF-16") && !first_record_has_separator (text))
    goto out;

  FUZZ_CHECK ((ref.error == NULL) == (got.error == NULL));
  if (ref.error != NULL)
    FUZZ_CHECK (ref.error->domain == got.error->domain && ref.error->code == got.error->code);
  FUZZ_CHECK (same_rows (&ref, &got));

out:
  reading_clear (&ref);
  reading_clear (&got);
  return 0;
}
