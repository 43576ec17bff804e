/* vd-csv-reader.c — records from CSV or tab-separated text, in any encoding Excel and
 * WPS write (design.md §7), streamed block by block
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "vd-table-reader-private.h"

#define BLOCK_SIZE VD_TABLE_READER_BLOCK_SIZE

/* A partial character carried from one block to the next is at most 3 bytes (GB18030
 * and UTF-8 characters and UTF-16 surrogate pairs are at most 4). */
#define MAX_CARRY 8

/* Excel cells hold at most 32,767 characters: a quoted field far longer than that is a
 * quote that never closes, and there is no point reading the rest of a big file into
 * it before saying so. */
#define MAX_QUOTED_FIELD (1024 * 1024)

typedef enum
{
  DECODE_PENDING,  /* plain ASCII so far: UTF-8 or GB18030, decided by the first
                    * block with other bytes */
  DECODE_UTF8,     /* validated in place */
  DECODE_ICONV,    /* GB18030, UTF-16LE or UTF-16BE */
} Decoding;

typedef enum
{
  STATE_RECORD_START,   /* before a record; blank lines are skipped here */
  STATE_FIELD_START,    /* a field begins at the next character */
  STATE_EQUALS,         /* a field began with '=': perhaps Excel's ="0012" */
  STATE_UNQUOTED,
  STATE_QUOTED,
  STATE_QUOTE_IN_QUOTED /* a quote inside quotes: doubled, or the closing one */
} ParseState;

struct _VdCsvReader
{
  /* The source: a stream, or bytes in memory. */
  GInputStream *stream;
  GBytes       *bytes;
  GBytes       *first_block;  /* already read from the stream, not yet decoded */
  guint64       size;
  guint64       offset;       /* bytes taken from the source so far */
  gboolean      source_done;

  /* Bytes from the source not decoded yet: a partial character from the previous
   * block followed by the current block. */
  guint8       *raw;
  gsize         raw_len;
  gsize         raw_consumed;
  gsize         bom_len;      /* still to skip at the start */

  const char   *format;
  Decoding      decoding;
  GIConv        conv;
  gboolean      is_gb18030;
  char         *converted;
  gsize         converted_size;

  /* The decoded text the parser reads: inside raw (UTF-8) or converted. */
  const char   *text;
  gsize         text_len;
  gsize         text_pos;
  gboolean      decode_failed; /* the text stops before bytes that do not decode */

  char          delimiter;
  guint8        unquoted_special[256];
  guint8        quoted_special[256];
  ParseState    state;
  gboolean      skip_lf;      /* a CR ended the last text: a LF next is part of it */
  gboolean      started;
  guint         line;
  guint         record_line;
  guint         quote_line;
  gsize         field_start;

  GString      *row;          /* the record's fields, each followed by a NUL */
  GArray       *starts;       /* gsize: where each field begins in row */
  GPtrArray    *fields;
};

static const guint8 bom_utf8[] = { 0xEF, 0xBB, 0xBF };
static const guint8 bom_utf16le[] = { 0xFF, 0xFE };
static const guint8 bom_utf16be[] = { 0xFE, 0xFF };
static const guint8 ole2_magic[] = { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 };

static gboolean
has_prefix (const guint8 *data,
            gsize         len,
            const guint8 *prefix,
            gsize         prefix_len)
{
  return len >= prefix_len && memcmp (data, prefix, prefix_len) == 0;
}

/* Text from Excel or WPS has no NUL and hardly any control characters; images,
 * programs, archives and old .xls files have plenty. */
static gboolean
looks_binary (const guint8 *data,
              gsize         len)
{
  gsize controls = 0;

  for (gsize i = 0; i < len; i++)
    {
      guint8 c = data[i];

      if (c == 0)
        return TRUE;
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v')
        controls++;
    }
  return controls * 32 > len;
}

static gboolean
open_converter (VdCsvReader  *self,
                const char   *charset,
                GError      **error)
{
  self->conv = g_iconv_open ("UTF-8", charset);
  if (self->conv == (GIConv) -1)
    {
      g_set_error (error, VD_TABLE_ERROR, VD_TABLE_ERROR_ENCODING,
                   _("This system cannot convert text from %s."), charset);
      return FALSE;
    }
  self->decoding = DECODE_ICONV;
  self->format = charset;
  self->is_gb18030 = strcmp (charset, "GB18030") == 0;
  return TRUE;
}

/* Whether the len bytes at p (fewer than a whole character) can begin a valid UTF-8
 * character that the next block completes. */
static gboolean
is_utf8_prefix (const guint8 *p,
                gsize         len)
{
  gsize need;

  if (len == 0)
    return TRUE;
  if (p[0] >= 0xC2 && p[0] <= 0xDF)
    need = 2;
  else if (p[0] >= 0xE0 && p[0] <= 0xEF)
    need = 3;
  else if (p[0] >= 0xF0 && p[0] <= 0xF4)
    need = 4;
  else
    return FALSE;
  if (len >= need)
    return FALSE;
  for (gsize i = 1; i < len; i++)
    if ((p[i] & 0xC0) != 0x80)
      return FALSE;
  return TRUE;
}

static void
decode_utf8 (VdCsvReader  *self,
             const guint8 *in,
             gsize         len,
             gboolean      last,
             gsize        *consumed)
{
  const char *end;
  gsize valid;

  self->text = (const char *) in;
  if (g_utf8_validate_len ((const char *) in, len, &end))
    {
      self->text_len = len;
      *consumed = len;
      return;
    }

  valid = (const guint8 *) end - in;
  self->text_len = valid;
  if (!last && is_utf8_prefix ((const guint8 *) end, len - valid))
    *consumed = valid;
  else
    {
      self->decode_failed = TRUE;
      *consumed = len;
    }
}

static void
decode_iconv (VdCsvReader  *self,
              const guint8 *in,
              gsize         len,
              gboolean      last,
              gsize        *consumed)
{
  gchar *inbuf = (gchar *) in;
  gsize inleft = len;
  gchar *outbuf;
  gsize outleft;
  const char *nul;

  /* UTF-8 takes at most 3 bytes for 2 bytes of GB18030 or UTF-16, 4 for 4. */
  if (self->converted_size < 2 * len + 16)
    {
      self->converted_size = 2 * len + 16;
      g_free (self->converted);
      self->converted = g_malloc (self->converted_size);
    }
  outbuf = self->converted;
  outleft = self->converted_size;

  while (inleft > 0)
    {
      if (g_iconv (self->conv, &inbuf, &inleft, &outbuf, &outleft) != (gsize) -1)
        break;
      if (errno == EINVAL && !last)
        break; /* a character continues in the next block */
      if (errno == EILSEQ && self->is_gb18030 && (guint8) *inbuf == 0x80 && outleft >= 3)
        {
          /* Windows code page 936 (what Excel calls GBK) puts the euro sign where
           * GB18030 has nothing. */
          memcpy (outbuf, "\xE2\x82\xAC", 3);
          outbuf += 3;
          outleft -= 3;
          inbuf++;
          inleft--;
          continue;
        }
      self->decode_failed = TRUE;
      break;
    }

  self->text = self->converted;
  self->text_len = outbuf - self->converted;
  *consumed = self->decode_failed ? len : len - inleft;

  /* NUL would cut a field short; a text file has none. */
  nul = memchr (self->text, '\0', self->text_len);
  if (nul != NULL)
    {
      self->text_len = nul - self->text;
      self->decode_failed = TRUE;
    }
}

/* Plain ASCII reads the same as UTF-8 or GB18030, so the choice waits for the first
 * block with other bytes. A file that is valid UTF-8 there is UTF-8. A UTF-8 file
 * damaged in that block is still UTF-8 when many valid multibyte characters come
 * before the damage (GBK text hardly ever forms them): better an error on the
 * damaged line than names silently decoded as the wrong script. */
static gboolean
decide_encoding (VdCsvReader   *self,
                 const guint8  *in,
                 gsize          len,
                 gboolean       last,
                 GError       **error)
{
  const char *end;
  gsize valid;
  guint multibyte = 0;

  if (g_utf8_validate_len ((const char *) in, len, &end))
    {
      self->decoding = DECODE_UTF8;
      return TRUE;
    }
  valid = (const guint8 *) end - in;
  if (!last && is_utf8_prefix ((const guint8 *) end, len - valid))
    {
      self->decoding = DECODE_UTF8;
      return TRUE;
    }
  for (gsize i = 0; i < valid; i++)
    if (in[i] >= 0xC0)
      multibyte++;
  if (multibyte >= 16)
    {
      self->decoding = DECODE_UTF8;
      return TRUE;
    }
  return open_converter (self, "GB18030", error);
}

static gboolean
read_block (VdCsvReader  *self,
            GError      **error)
{
  guint8 *dest = self->raw + self->raw_len;
  gsize n = 0;

  if (self->first_block != NULL)
    {
      const guint8 *data = g_bytes_get_data (self->first_block, &n);

      memcpy (dest, data, n);
      g_clear_pointer (&self->first_block, g_bytes_unref);
      self->source_done = n < BLOCK_SIZE;
    }
  else if (self->bytes != NULL)
    {
      gsize total;
      const guint8 *data = g_bytes_get_data (self->bytes, &total);

      n = MIN (BLOCK_SIZE, total - self->offset);
      memcpy (dest, data + self->offset, n);
      self->source_done = self->offset + n == total;
    }
  else
    {
      g_autoptr(GError) local_error = NULL;

      if (!g_input_stream_read_all (self->stream, dest, BLOCK_SIZE, &n, NULL, &local_error))
        {
          g_set_error (error, VD_TABLE_ERROR, VD_TABLE_ERROR_IO,
                       _("Cannot read the file: %s"), local_error->message);
          return FALSE;
        }
      self->source_done = n < BLOCK_SIZE;
    }

  self->offset += n;
  self->raw_len += n;
  return TRUE;
}

/* Makes the next piece of decoded text available. FALSE at the end of the input, when
 * the text stops at bytes that do not decode (decode_failed), or on error. */
static gboolean
fill_text (VdCsvReader  *self,
           GError      **error)
{
  self->text_len = self->text_pos = 0;

  while (!self->decode_failed)
    {
      gsize start = self->bom_len;
      gsize consumed = 0;
      const guint8 *in;
      gsize len;

      /* Keep the partial character the last block ended with. */
      memmove (self->raw, self->raw + self->raw_consumed, self->raw_len - self->raw_consumed);
      self->raw_len -= self->raw_consumed;
      self->raw_consumed = 0;

      /* Cannot happen (iconv keeps at most 3 bytes back), but the next block must
       * fit behind what is kept. */
      if (self->raw_len > MAX_CARRY)
        {
          self->decode_failed = TRUE;
          break;
        }
      if (self->source_done && self->raw_len == 0)
        return FALSE;
      if (!self->source_done && !read_block (self, error))
        return FALSE;

      self->bom_len = 0;
      in = self->raw + start;
      len = self->raw_len - start;

      if (self->decoding == DECODE_PENDING)
        {
          gboolean ascii = TRUE;

          for (gsize i = 0; i < len && ascii; i++)
            ascii = in[i] < 0x80;
          if (ascii)
            {
              /* As UTF-8, which also rejects NUL. */
              decode_utf8 (self, in, len, self->source_done, &consumed);
            }
          else if (!decide_encoding (self, in, len, self->source_done, error))
            return FALSE;
        }
      if (self->decoding == DECODE_UTF8)
        decode_utf8 (self, in, len, self->source_done, &consumed);
      else if (self->decoding == DECODE_ICONV)
        decode_iconv (self, in, len, self->source_done, &consumed);
      self->raw_consumed = start + consumed;

      if (self->text_len > 0)
        return TRUE;
      if (self->source_done && consumed == 0 && !self->decode_failed)
        self->decode_failed = TRUE; /* cannot happen: a partial character at the end */
    }
  return FALSE;
}

/* The header decides: whichever of comma, tab and semicolon appears most outside
 * quotes in the first record. Excel's "Unicode text" is tab-separated UTF-16. */
static void
sniff_delimiter (VdCsvReader *self)
{
  static const char candidates[] = { ',', '\t', ';' };
  guint counts[G_N_ELEMENTS (candidates)] = { 0, };
  const char *p = self->text + self->text_pos;
  const char *end = self->text + self->text_len;
  gboolean in_quotes = FALSE;
  gboolean seen_text = FALSE;
  guint best = 0;

  for (; p < end; p++)
    {
      if (*p == '"')
        in_quotes = !in_quotes;
      else if (!in_quotes && (*p == '\n' || *p == '\r'))
        {
          if (seen_text)
            break;
          continue;
        }
      else if (!in_quotes)
        for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
          if (*p == candidates[i])
            counts[i]++;
      seen_text = TRUE;
    }

  for (guint i = 1; i < G_N_ELEMENTS (candidates); i++)
    if (counts[i] > counts[best])
      best = i;
  if (counts[best] == 0 && g_str_has_prefix (self->format, "UTF-16"))
    best = 1;
  self->delimiter = candidates[best];

  memset (self->unquoted_special, 0, sizeof self->unquoted_special);
  self->unquoted_special[(guint8) self->delimiter] = 1;
  self->unquoted_special['\r'] = 1;
  self->unquoted_special['\n'] = 1;
  memset (self->quoted_special, 0, sizeof self->quoted_special);
  self->quoted_special['"'] = 1;
  self->quoted_special['\r'] = 1;
  self->quoted_special['\n'] = 1;
}

/* Counts the line break at p (LF, CR or CRLF) and returns the position after it. */
static inline const char *
line_break (VdCsvReader *self,
            const char  *p,
            const char  *end)
{
  self->line++;
  if (*p++ == '\r')
    {
      if (p == end)
        self->skip_lf = TRUE;
      else if (*p == '\n')
        p++;
    }
  return p;
}

static inline void
begin_field (VdCsvReader *self)
{
  self->field_start = self->row->len;
  g_array_append_val (self->starts, self->field_start);
}

static inline void
end_field (VdCsvReader *self)
{
  g_string_append_c (self->row, '\0');
}

/* TRUE when the record has something in it; empty records are skipped like blank
 * lines (Excel writes ",,,," for empty rows inside the used range). */
static gboolean
record_has_content (VdCsvReader *self)
{
  return self->row->len > self->starts->len;
}

/* Parses the text until a record with content is complete (TRUE), or the text runs
 * out (FALSE); the state carries over to the next piece of text. */
static gboolean
parse (VdCsvReader *self)
{
  const char *p = self->text + self->text_pos;
  const char *end = self->text + self->text_len;
  const guint8 *unquoted_special = self->unquoted_special;
  const guint8 *quoted_special = self->quoted_special;
  GString *row = self->row;

  if (self->skip_lf && p < end)
    {
      self->skip_lf = FALSE;
      if (*p == '\n')
        p++;
    }

  while (p < end)
    {
      const char *run;

      switch (self->state)
        {
        case STATE_RECORD_START:
          if (*p == '\n' || *p == '\r')
            {
              p = line_break (self, p, end);
              break;
            }
          self->record_line = self->line;
          g_string_truncate (row, 0);
          g_array_set_size (self->starts, 0);
          self->state = STATE_FIELD_START;
          G_GNUC_FALLTHROUGH;

        case STATE_FIELD_START:
          begin_field (self);
          if (*p == '"')
            {
              self->quote_line = self->line;
              self->state = STATE_QUOTED;
              p++;
            }
          else if (*p == '=')
            {
              self->state = STATE_EQUALS;
              p++;
            }
          else
            self->state = STATE_UNQUOTED;
          break;

        case STATE_EQUALS:
          if (*p == '"')
            {
              /* ="0012": Excel's way to keep leading zeros; the field is 0012. */
              self->quote_line = self->line;
              self->state = STATE_QUOTED;
              p++;
            }
          else
            {
              g_string_append_c (row, '=');
              self->state = STATE_UNQUOTED;
            }
          break;

        case STATE_UNQUOTED:
          /* A quote here is kept as it is: 5"3 is five inches three. */
          run = p;
          while (p < end && !unquoted_special[(guint8) *p])
            p++;
          g_string_append_len (row, run, p - run);
          if (p == end)
            break;
          end_field (self);
          if (*p == self->delimiter)
            {
              self->state = STATE_FIELD_START;
              p++;
              break;
            }
          p = line_break (self, p, end);
          self->state = STATE_RECORD_START;
          if (record_has_content (self))
            {
              self->text_pos = p - self->text;
              return TRUE;
            }
          break;

        case STATE_QUOTED:
          run = p;
          while (p < end && !quoted_special[(guint8) *p])
            p++;
          g_string_append_len (row, run, p - run);
          if (p == end)
            break;
          if (*p == '"')
            {
              self->state = STATE_QUOTE_IN_QUOTED;
              p++;
            }
          else
            {
              /* Line breaks inside a field become LF, whatever the file used. */
              g_string_append_c (row, '\n');
              p = line_break (self, p, end);
            }
          break;

        case STATE_QUOTE_IN_QUOTED:
          if (*p == '"')
            {
              g_string_append_c (row, '"');
              self->state = STATE_QUOTED;
              p++;
            }
          else
            {
              /* The closing quote. What follows up to the delimiter is kept as it
               * is, as Excel does: "abc"def is abcdef. */
              self->state = STATE_UNQUOTED;
            }
          break;

        default:
          g_assert_not_reached ();
        }
    }

  self->text_pos = self->text_len;
  return FALSE;
}

static void
set_encoding_error (VdCsvReader  *self,
                    GError      **error)
{
  if (self->is_gb18030)
    g_set_error (error, VD_TABLE_ERROR, VD_TABLE_ERROR_ENCODING,
                 _("Line %u has bytes that are neither UTF-8 nor GBK text. "
                   "Save the file again as “CSV UTF-8” in Excel or WPS."), self->line);
  else
    g_set_error (error, VD_TABLE_ERROR, VD_TABLE_ERROR_ENCODING,
                 _("Line %u is damaged: it has bytes that are not valid %s text."),
                 self->line, self->format);
}

static void
set_unterminated_error (VdCsvReader  *self,
                        GError      **error)
{
  g_set_error (error, VD_TABLE_ERROR, VD_TABLE_ERROR_UNTERMINATED_QUOTE,
               _("The quotation mark that opens a field on line %u is never closed."),
               self->quote_line);
}

VdCsvReader *
vd_csv_reader_new (GInputStream  *stream,
                   GBytes        *bytes,
                   GBytes        *first_block,
                   guint64        size,
                   GError       **error)
{
  VdCsvReader *self;
  const guint8 *peek;
  gsize peek_len;
  gboolean peek_is_all;

  g_return_val_if_fail ((stream != NULL && first_block != NULL) || bytes != NULL, NULL);

  peek = g_bytes_get_data (first_block != NULL ? first_block : bytes, &peek_len);
  peek_is_all = first_block == NULL || peek_len < BLOCK_SIZE;
  peek_len = MIN (peek_len, BLOCK_SIZE);

  if (peek_len == 0)
    {
      g_set_error_literal (error, VD_TABLE_ERROR, VD_TABLE_ERROR_EMPTY,
                           _("The file is empty."));
      return NULL;
    }

  self = g_new0 (VdCsvReader, 1);
  self->conv = (GIConv) -1;
  self->line = 1;
  self->state = STATE_RECORD_START;

  if (has_prefix (peek, peek_len, bom_utf8, sizeof bom_utf8))
    {
      self->bom_len = sizeof bom_utf8;
      self->decoding = DECODE_UTF8;
      self->format = "UTF-8 with BOM";
    }
  else if (has_prefix (peek, peek_len, bom_utf16le, sizeof bom_utf16le))
    {
      self->bom_len = sizeof bom_utf16le;
      if (!open_converter (self, "UTF-16LE", error))
        goto fail;
    }
  else if (has_prefix (peek, peek_len, bom_utf16be, sizeof bom_utf16be))
    {
      self->bom_len = sizeof bom_utf16be;
      if (!open_converter (self, "UTF-16BE", error))
        goto fail;
    }
  else if (has_prefix (peek, peek_len, ole2_magic, sizeof ole2_magic))
    {
      g_set_error_literal (error, VD_TABLE_ERROR, VD_TABLE_ERROR_BINARY,
                           _("This is an old Excel workbook (.xls). Open it in Excel or "
                             "WPS and save it as .xlsx or as “CSV UTF-8”."));
      goto fail;
    }
  else if (looks_binary (peek, peek_len))
    {
      g_set_error_literal (error, VD_TABLE_ERROR, VD_TABLE_ERROR_BINARY,
                           _("This file is neither a table saved as CSV or text nor an "
                             "Excel workbook (.xlsx)."));
      goto fail;
    }
  else
    {
      self->decoding = DECODE_PENDING;
      self->format = "UTF-8";
    }

  if (peek_is_all && peek_len == self->bom_len)
    {
      g_set_error_literal (error, VD_TABLE_ERROR, VD_TABLE_ERROR_EMPTY,
                           _("The file is empty."));
      goto fail;
    }

  self->stream = stream != NULL ? g_object_ref (stream) : NULL;
  self->bytes = bytes != NULL ? g_bytes_ref (bytes) : NULL;
  self->first_block = first_block != NULL ? g_bytes_ref (first_block) : NULL;
  self->size = size;
  self->raw = g_malloc (BLOCK_SIZE + MAX_CARRY);
  self->row = g_string_sized_new (256);
  self->starts = g_array_sized_new (FALSE, FALSE, sizeof (gsize), 16);
  self->fields = g_ptr_array_sized_new (17);
  return self;

fail:
  vd_csv_reader_free (self);
  return NULL;
}

gboolean
vd_csv_reader_next (VdCsvReader          *self,
                    const char * const  **fields,
                    guint                *n_fields,
                    guint                *row_number,
                    GError              **error)
{
  g_autoptr(GError) local_error = NULL;
  gboolean complete = FALSE;

  while (!complete)
    {
      if (self->text_pos == self->text_len)
        {
          if (!fill_text (self, &local_error))
            break;
          if (!self->started)
            {
              sniff_delimiter (self);
              self->started = TRUE;
            }
        }
      complete = parse (self);
      if (!complete && self->state == STATE_QUOTED &&
          self->row->len - self->field_start > MAX_QUOTED_FIELD)
        {
          *row_number = self->quote_line;
          set_unterminated_error (self, error);
          return FALSE;
        }
    }

  if (!complete)
    {
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      if (self->decode_failed)
        {
          *row_number = self->line;
          set_encoding_error (self, error);
          return FALSE;
        }

      /* The end of the input also ends the last record. */
      switch (self->state)
        {
        case STATE_RECORD_START:
          return FALSE;
        case STATE_QUOTED:
          *row_number = self->quote_line;
          set_unterminated_error (self, error);
          return FALSE;
        case STATE_FIELD_START:
          begin_field (self);
          break;
        case STATE_EQUALS:
          g_string_append_c (self->row, '=');
          break;
        case STATE_UNQUOTED:
        case STATE_QUOTE_IN_QUOTED:
        default:
          break;
        }
      end_field (self);
      self->state = STATE_RECORD_START;
      if (!record_has_content (self))
        return FALSE;
    }

  g_ptr_array_set_size (self->fields, 0);
  for (guint i = 0; i < self->starts->len; i++)
    g_ptr_array_add (self->fields, self->row->str + g_array_index (self->starts, gsize, i));
  g_ptr_array_add (self->fields, NULL);

  *fields = (const char * const *) self->fields->pdata;
  *n_fields = self->starts->len;
  *row_number = self->record_line;
  return TRUE;
}

const char *
vd_csv_reader_get_format (VdCsvReader *self)
{
  return self->format;
}

double
vd_csv_reader_get_progress (VdCsvReader *self)
{
  if (self->size == 0)
    return 0;
  return (double) self->offset / (double) self->size;
}

void
vd_csv_reader_free (VdCsvReader *self)
{
  if (self == NULL)
    return;
  if (self->conv != (GIConv) -1)
    g_iconv_close (self->conv);
  g_clear_object (&self->stream);
  g_clear_pointer (&self->bytes, g_bytes_unref);
  g_clear_pointer (&self->first_block, g_bytes_unref);
  g_free (self->raw);
  g_free (self->converted);
  if (self->row != NULL)
    g_string_free (self->row, TRUE);
  g_clear_pointer (&self->starts, g_array_unref);
  g_clear_pointer (&self->fields, g_ptr_array_unref);
  g_free (self);
}
