/* vd-xlsx-reader.c — rows of the first worksheet of an .xlsx workbook: libgsf opens
 * the zip and libxml2 parses the parts as they are inflated (design.md §7), so a sheet
 * of a million rows never sits in memory, neither as XML nor as a tree
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <gsf/gsf-infile-zip.h>
#include <gsf/gsf-infile.h>
#include <gsf/gsf-input-memory.h>
#include <gsf/gsf-input-stdio.h>
#include <gsf/gsf-input.h>
#include <gsf/gsf-utils.h>
#include <libxml/parser.h>
#include <libxml/xmlreader.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "vd-table-reader-private.h"

#define MAX_COLUMNS 16384 /* XFD, the last column Excel has */
#define MAX_ROWS 1048576  /* and its last row */

/* Serial numbers from 1900-01-01 up to 9999-12-31, the dates Excel can show. */
#define MAX_DATE_SERIAL 2958466.0

/* g_date_get_julian () of these days. */
#define JULIAN_1899_12_31 693595
#define JULIAN_1904_01_01 695056

/* Big parts are parsed this many inflated bytes at a time. */
#define CHUNK_SIZE (16 * 1024)

/* How a number format shows a number: as a date, a time, or both. */
enum
{
  FORMAT_DATE    = 1 << 0,
  FORMAT_TIME    = 1 << 1,
  FORMAT_SECONDS = 1 << 2,
  FORMAT_ELAPSED = 1 << 3, /* [h]:mm, hours past 24 */
};

typedef enum
{
  CELL_NUMBER,
  CELL_SHARED_STRING,
  CELL_INLINE_STRING,
  CELL_FORMULA_STRING,
  CELL_BOOLEAN,
  CELL_ERROR,
  CELL_ISO_DATE,
} CellType;

/* A cell with a value, in a row parsed but not handed out yet. */
typedef struct
{
  guint    column; /* 1-based */
  gboolean shared; /* start is in the shared strings, not in the rows' text */
  gsize    start;
} Cell;

typedef struct
{
  guint number;
  guint first_cell;
  guint n_cells;
  guint max_column;
} PendingRow;

/* A small part (relationships, workbook, styles), read with xmlTextReader. */
typedef struct
{
  const char       *name;
  GsfInput         *input;
  xmlTextReaderPtr  xml;
  char             *problem;   /* the first fatal error libxml2 reported */
  gboolean          io_failed; /* libgsf could not inflate the data */
} Part;

/* A big part (shared strings, the sheet), pushed through a SAX parser chunk by chunk:
 * xmlTextReader builds and frees a tree node for every element and spends two thirds
 * of the time doing so. */
typedef struct
{
  VdXlsxReader     *owner;
  const char       *name;
  GsfInput         *input;
  xmlSAXHandler     sax;
  xmlParserCtxtPtr  parser;
  char             *problem;
  GError           *stop;     /* why a callback stopped the parser */
  gboolean          finished; /* all of the part has been parsed */
} SaxPart;

/* libxml2 2.12 made the error in error callbacks const. */
#if LIBXML_VERSION >= 21200
typedef const xmlError *ErrorPtr;
#else
typedef xmlError *ErrorPtr;
#endif

typedef struct
{
  char *id;
  char *type;
  char *target; /* resolved to a path in the package */
} Relationship;

struct _VdXlsxReader
{
  GBytes    *bytes; /* what a GsfInputMemory reads, when not a file */
  GsfInfile *zip;
  SaxPart    sheet;
  char      *sheet_name;

  GString   *strings;       /* shared strings, each followed by a NUL */
  GArray    *string_starts; /* gsize */
  guint8    *styles;        /* FORMAT_* flags for each cell format (cellXfs) */
  guint      n_styles;
  gboolean   date1904;

  /* Where the parser is in the sheet. */
  gboolean   in_sheet_data;
  gboolean   in_row;
  gboolean   in_value;      /* collecting the text of <v>, or <t> in <is> or <si> */
  gboolean   in_inline;
  gboolean   in_phonetic;   /* <rPh>: reading aids, not part of the text */
  gboolean   sheet_done;
  guint      row_number;
  guint      row_first_cell;
  gsize      row_text_start;
  guint      last_column;
  guint      max_column;
  CellType   cell_type;
  guint      cell_style;
  guint      cell_column;
  GString   *value;

  /* Rows parsed from the last chunk, handed out one by one. */
  GString   *text;          /* values of their cells, each followed by a NUL */
  GArray    *cells;         /* Cell */
  GArray    *pending;       /* PendingRow */
  guint      next_pending;
  guint      header_width;
  GPtrArray *fields;
  GError    *sheet_error;   /* to report once the rows before it are handed out */
};

static void
relationship_free (gpointer data)
{
  Relationship *rel = data;

  g_free (rel->id);
  g_free (rel->type);
  g_free (rel->target);
  g_free (rel);
}

static void
ensure_initialized (void)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      gsf_init ();
      xmlInitParser ();
      g_once_init_leave (&initialized, 1);
    }
}

static void
set_damaged (GError     **error,
             const char  *part,
             const char  *detail)
{
  g_set_error (error, VD_TABLE_ERROR, VD_TABLE_ERROR_XLSX,
               _("This Excel workbook is damaged (%s: %s). Open it in Excel or WPS and "
                 "save it again."), part, detail);
}

/* Opens the part at path ("xl/workbook.xml"); NULL when there is none. */
static GsfInput *
open_member (GsfInfile  *zip,
             const char *path)
{
  g_auto(GStrv) names = g_strsplit (path, "/", -1);
  GsfInput *input = g_object_ref (GSF_INPUT (zip));

  for (guint i = 0; names[i] != NULL; i++)
    {
      GsfInput *child = NULL;

      if (names[i][0] == '\0')
        continue;
      if (GSF_IS_INFILE (input))
        child = gsf_infile_child_by_name (GSF_INFILE (input), names[i]);
      g_object_unref (input);
      if (child == NULL)
        return NULL;
      input = child;
    }

  /* A folder is not a part. */
  if (GSF_IS_INFILE (input) && gsf_infile_num_children (GSF_INFILE (input)) >= 0)
    g_clear_object (&input);
  return input;
}

static int
part_read_cb (void *context,
              char *buffer,
              int   len)
{
  Part *part = context;
  gsf_off_t remaining = gsf_input_remaining (part->input);
  size_t n = (size_t) MIN (remaining, (gsf_off_t) len);

  if (n == 0)
    return 0;
  if (gsf_input_read (part->input, n, (guint8 *) buffer) == NULL)
    {
      part->io_failed = TRUE;
      return -1;
    }
  return (int) n;
}

static int
part_close_cb (void *context)
{
  return 0;
}

/* Keeps the first fatal error: namespace errors and warnings do not stop parsing. */
static void
remember_problem (char     **problem,
                  ErrorPtr   error)
{
  if (*problem != NULL || error == NULL || error->level < XML_ERR_FATAL)
    return;
  *problem = g_strdup_printf (_("line %d: %s"), error->line,
                              error->message != NULL ? error->message : "?");
  g_strchomp (*problem);
}

static void
part_error_cb (void     *user_data,
               ErrorPtr  error)
{
  Part *part = user_data;

  remember_problem (&part->problem, error);
}

static void
part_close (Part *part)
{
  g_clear_pointer (&part->xml, xmlFreeTextReader);
  g_clear_object (&part->input);
  g_clear_pointer (&part->problem, g_free);
}

/* Opens the part name for streaming. FALSE with error unset when the package has no
 * such part. */
static gboolean
part_open (VdXlsxReader  *self,
           Part          *part,
           const char    *name,
           GError       **error)
{
  memset (part, 0, sizeof *part);
  part->name = name;
  part->input = open_member (self->zip, name);
  if (part->input == NULL)
    return FALSE;

  /* No network, no entity expansion. */
  part->xml = xmlReaderForIO (part_read_cb, part_close_cb, part, name, NULL, XML_PARSE_NONET);
  if (part->xml == NULL)
    {
      set_damaged (error, name, _("not an XML document"));
      part_close (part);
      return FALSE;
    }
  xmlTextReaderSetStructuredErrorHandler (part->xml, part_error_cb, part);
  return TRUE;
}

/* Reads the next node: TRUE when there is one, FALSE at the end or on error. */
static gboolean
part_read (Part    *part,
           GError **error)
{
  int ret = xmlTextReaderRead (part->xml);

  if (ret == 1)
    return TRUE;
  if (ret < 0)
    set_damaged (error, part->name,
                 part->problem != NULL ? part->problem
                 : part->io_failed ? _("the compressed data is damaged")
                 : _("the XML cannot be parsed"));
  return FALSE;
}

static gboolean
is_element (Part       *part,
            const char *local_name)
{
  return xmlTextReaderNodeType (part->xml) == XML_READER_TYPE_ELEMENT &&
         strcmp ((const char *) xmlTextReaderConstLocalName (part->xml), local_name) == 0;
}

static gboolean
is_end_element (Part       *part,
                const char *local_name)
{
  return xmlTextReaderNodeType (part->xml) == XML_READER_TYPE_END_ELEMENT &&
         strcmp ((const char *) xmlTextReaderConstLocalName (part->xml), local_name) == 0;
}

/* The attribute with this local name in any namespace, or NULL; the namespace only
 * tells r:id from id, and generators use different prefixes. */
static char *
get_attribute (Part       *part,
               const char *local_name,
               gboolean    namespaced)
{
  char *value = NULL;

  if (xmlTextReaderMoveToFirstAttribute (part->xml) != 1)
    return NULL;
  do
    {
      const char *name = (const char *) xmlTextReaderConstLocalName (part->xml);
      gboolean has_ns = xmlTextReaderConstNamespaceUri (part->xml) != NULL;

      if (strcmp (name, local_name) == 0 && has_ns == namespaced)
        {
          value = g_strdup ((const char *) xmlTextReaderConstValue (part->xml));
          break;
        }
    }
  while (xmlTextReaderMoveToNextAttribute (part->xml) == 1);
  xmlTextReaderMoveToElement (part->xml);
  return value;
}

/* The path of the part a relationship points at: targets are relative to the folder
 * of the part that has them, or absolute from the root of the package. */
static char *
resolve_target (const char *source_part,
                const char *target)
{
  g_autoptr(GPtrArray) segments = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *joined = NULL;
  g_auto(GStrv) names = NULL;

  if (target[0] == '/')
    joined = g_strdup (target);
  else
    {
      g_autofree char *dir = g_path_get_dirname (source_part);

      joined = g_strcmp0 (dir, ".") == 0 ? g_strdup (target)
                                         : g_strconcat (dir, "/", target, NULL);
    }

  names = g_strsplit (joined, "/", -1);
  for (guint i = 0; names[i] != NULL; i++)
    {
      if (names[i][0] == '\0' || strcmp (names[i], ".") == 0)
        continue;
      if (strcmp (names[i], "..") == 0)
        {
          if (segments->len > 0)
            g_ptr_array_remove_index (segments, segments->len - 1);
          continue;
        }
      g_ptr_array_add (segments, g_strdup (names[i]));
    }
  g_ptr_array_add (segments, NULL);
  return g_strjoinv ("/", (char **) segments->pdata);
}

/* The relationships of source_part ("" for the package), from its .rels part. */
static GPtrArray *
load_relationships (VdXlsxReader  *self,
                    const char    *source_part,
                    GError       **error)
{
  g_autoptr(GPtrArray) rels = g_ptr_array_new_with_free_func (relationship_free);
  g_autofree char *rels_name = NULL;
  Part part;

  if (source_part[0] == '\0')
    rels_name = g_strdup ("_rels/.rels");
  else
    {
      g_autofree char *dir = g_path_get_dirname (source_part);
      g_autofree char *base = g_path_get_basename (source_part);

      rels_name = strcmp (dir, ".") == 0 ? g_strdup_printf ("_rels/%s.rels", base)
                                         : g_strdup_printf ("%s/_rels/%s.rels", dir, base);
    }

  if (!part_open (self, &part, rels_name, error))
    return *error != NULL ? NULL : g_steal_pointer (&rels);

  while (part_read (&part, error))
    {
      if (is_element (&part, "Relationship"))
        {
          g_autofree char *mode = get_attribute (&part, "TargetMode", FALSE);
          g_autofree char *target = get_attribute (&part, "Target", FALSE);
          Relationship *rel;

          if (target == NULL || g_strcmp0 (mode, "External") == 0)
            continue;
          rel = g_new0 (Relationship, 1);
          rel->id = get_attribute (&part, "Id", FALSE);
          rel->type = get_attribute (&part, "Type", FALSE);
          rel->target = resolve_target (source_part[0] == '\0' ? "." : source_part, target);
          g_ptr_array_add (rels, rel);
        }
    }
  part_close (&part);
  if (*error != NULL)
    return NULL;
  return g_steal_pointer (&rels);
}

/* The first relationship of a type (by the end of its URI, which differs between
 * transitional and strict files), or the one with this id. */
static const char *
find_target (GPtrArray  *rels,
             const char *type_suffix,
             const char *id)
{
  for (guint i = 0; i < rels->len; i++)
    {
      Relationship *rel = g_ptr_array_index (rels, i);

      if (rel->type == NULL || !g_str_has_suffix (rel->type, type_suffix))
        continue;
      if (id == NULL || g_strcmp0 (rel->id, id) == 0)
        return rel->target;
    }
  return NULL;
}

/* Excel escapes characters XML cannot hold as _xHHHH_ (a CR is _x000D_), and a
 * literal "_x" as _x005F_x. */
static void
append_unescaped (GString    *out,
                  const char *text,
                  gsize       len)
{
  const char *p = text;
  const char *end = text + len;

  while (p < end)
    {
      const char *u = memchr (p, '_', end - p);
      gunichar c = 0;

      if (u == NULL)
        {
          g_string_append_len (out, p, end - p);
          break;
        }
      g_string_append_len (out, p, u - p);
      if (end - u >= 7 && u[1] == 'x' && u[6] == '_' &&
          g_ascii_isxdigit (u[2]) && g_ascii_isxdigit (u[3]) &&
          g_ascii_isxdigit (u[4]) && g_ascii_isxdigit (u[5]))
        {
          for (guint i = 2; i < 6; i++)
            c = c * 16 + g_ascii_xdigit_value (u[i]);
          if (c != 0 && g_unichar_validate (c))
            g_string_append_unichar (out, c);
          else if (c != 0)
            g_string_append_len (out, u, 7);
          p = u + 7;
        }
      else
        {
          g_string_append_c (out, '_');
          p = u + 1;
        }
    }
}

/* The relationship ids of the workbook's sheets: the visible ones in tab order, then
 * the hidden ones (the office means the first tab it sees). */
static GPtrArray *
load_workbook (VdXlsxReader  *self,
               const char    *workbook_name,
               GError       **error)
{
  g_autoptr(GPtrArray) visible = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) hidden = g_ptr_array_new_with_free_func (g_free);
  Part part;

  if (!part_open (self, &part, workbook_name, error))
    {
      if (*error == NULL)
        g_set_error_literal (error, VD_TABLE_ERROR, VD_TABLE_ERROR_XLSX,
                             _("This file is a zip archive but not an Excel workbook (.xlsx)."));
      return NULL;
    }

  while (part_read (&part, error))
    {
      if (is_element (&part, "workbookPr"))
        {
          g_autofree char *date1904 = get_attribute (&part, "date1904", FALSE);

          self->date1904 = g_strcmp0 (date1904, "1") == 0 || g_strcmp0 (date1904, "true") == 0;
        }
      else if (is_element (&part, "sheet"))
        {
          g_autofree char *id = get_attribute (&part, "id", TRUE);
          g_autofree char *state = get_attribute (&part, "state", FALSE);

          if (id == NULL)
            continue;
          if (g_strcmp0 (state, "hidden") == 0 || g_strcmp0 (state, "veryHidden") == 0)
            g_ptr_array_add (hidden, g_steal_pointer (&id));
          else
            g_ptr_array_add (visible, g_steal_pointer (&id));
        }
    }
  part_close (&part);
  if (*error != NULL)
    return NULL;

  for (guint i = 0; i < hidden->len; i++)
    g_ptr_array_add (visible, g_strdup (g_ptr_array_index (hidden, i)));
  return g_steal_pointer (&visible);
}

static void
sax_error_cb (void     *user_data,
              ErrorPtr  error)
{
  SaxPart *part = user_data;

  remember_problem (&part->problem, error);
}

/* Stops the parser from inside a callback; sax_part_feed () reports why. */
static void
sax_part_stop (SaxPart *part,
               GError  *error)
{
  if (part->stop == NULL)
    part->stop = error;
  else
    g_error_free (error);
  xmlStopParser (part->parser);
}

static void
sax_part_close (SaxPart *part)
{
  g_clear_pointer (&part->parser, xmlFreeParserCtxt);
  g_clear_object (&part->input);
  g_clear_pointer (&part->problem, g_free);
  g_clear_error (&part->stop);
}

static void
sax_characters_cb (void          *ctx,
                   const xmlChar *text,
                   int            len)
{
  VdXlsxReader *self = ((SaxPart *) ctx)->owner;

  if (self->in_value)
    g_string_append_len (self->value, (const char *) text, len);
}

/* FALSE with error unset when the package has no such part. */
static gboolean
sax_part_open (VdXlsxReader            *self,
               SaxPart                 *part,
               const char              *name,
               startElementNsSAX2Func   start,
               endElementNsSAX2Func     end,
               GError                 **error)
{
  memset (part, 0, sizeof *part);
  part->owner = self;
  part->name = name;
  part->input = open_member (self->zip, name);
  if (part->input == NULL)
    return FALSE;

  /* Only elements and text: no DTD, no entities beyond XML's own, no network. */
  part->sax.initialized = XML_SAX2_MAGIC;
  part->sax.startElementNs = start;
  part->sax.endElementNs = end;
  part->sax.characters = sax_characters_cb;
  part->sax.ignorableWhitespace = sax_characters_cb;
  part->sax.cdataBlock = sax_characters_cb;
  part->sax.serror = sax_error_cb;
  part->parser = xmlCreatePushParserCtxt (&part->sax, part, NULL, 0, name);
  if (part->parser == NULL)
    {
      set_damaged (error, name, _("the XML cannot be parsed"));
      sax_part_close (part);
      return FALSE;
    }
  xmlCtxtUseOptions (part->parser, XML_PARSE_NONET);
  return TRUE;
}

/* Inflates and parses the next chunk of the part; the last one finishes it. */
static gboolean
sax_part_feed (SaxPart  *part,
               GError  **error)
{
  guint8 buffer[CHUNK_SIZE];
  gsf_off_t remaining = gsf_input_remaining (part->input);
  size_t n = (size_t) CLAMP (remaining, 0, CHUNK_SIZE);
  gboolean last = (gsf_off_t) n >= remaining;

  if (n > 0 && gsf_input_read (part->input, n, buffer) == NULL)
    {
      set_damaged (error, part->name, _("the compressed data is damaged"));
      return FALSE;
    }
  xmlParseChunk (part->parser, (const char *) buffer, (int) n, last);
  if (part->stop != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&part->stop));
      return FALSE;
    }
  if (part->problem != NULL)
    {
      set_damaged (error, part->name, part->problem);
      return FALSE;
    }
  part->finished = last;
  return TRUE;
}

/* A SAX attribute is five pointers: local name, prefix, URI, value and its end. The
 * value, copied into buffer to end with a NUL; NULL if it does not fit. */
static const char *
attribute_value (const xmlChar **attribute,
                 char           *buffer,
                 gsize           size)
{
  gsize len = attribute[4] - attribute[3];

  if (len >= size)
    return NULL;
  memcpy (buffer, attribute[3], len);
  buffer[len] = '\0';
  return buffer;
}

static gboolean
is_name (const xmlChar *name,
         const char    *literal)
{
  return strcmp ((const char *) name, literal) == 0;
}

/* Shared strings: each <si> is a <t>, or rich text runs <r><t> to join; <rPh> holds
 * reading aids that are not part of the text. */
static void
strings_start_cb (void           *ctx,
                  const xmlChar  *local_name,
                  const xmlChar  *prefix,
                  const xmlChar  *uri,
                  int             n_namespaces,
                  const xmlChar **namespaces,
                  int             n_attributes,
                  int             n_defaulted,
                  const xmlChar **attributes)
{
  VdXlsxReader *self = ((SaxPart *) ctx)->owner;

  if (is_name (local_name, "si"))
    {
      g_string_truncate (self->value, 0);
      self->in_inline = TRUE;
      self->in_phonetic = FALSE;
    }
  else if (is_name (local_name, "t"))
    self->in_value = self->in_inline && !self->in_phonetic;
  else if (is_name (local_name, "rPh"))
    self->in_phonetic = TRUE;
}

static void
strings_end_cb (void          *ctx,
                const xmlChar *local_name,
                const xmlChar *prefix,
                const xmlChar *uri)
{
  VdXlsxReader *self = ((SaxPart *) ctx)->owner;

  if (is_name (local_name, "si"))
    {
      gsize start = self->strings->len;

      append_unescaped (self->strings, self->value->str, self->value->len);
      g_string_append_c (self->strings, '\0');
      g_array_append_val (self->string_starts, start);
      self->in_inline = self->in_value = FALSE;
    }
  else if (is_name (local_name, "t"))
    self->in_value = FALSE;
  else if (is_name (local_name, "rPh"))
    self->in_phonetic = FALSE;
}

static gboolean
load_shared_strings (VdXlsxReader  *self,
                     const char    *name,
                     GError       **error)
{
  SaxPart part;
  gboolean ok = TRUE;

  if (!sax_part_open (self, &part, name, strings_start_cb, strings_end_cb, error))
    return *error == NULL;
  while (ok && !part.finished)
    ok = sax_part_feed (&part, error);
  sax_part_close (&part);
  self->in_value = self->in_inline = self->in_phonetic = FALSE;
  return ok;
}

/* Which of the built-in formats show dates or times: 14–22 and 45–47 everywhere, and
 * in Chinese Excel also 27–36 and 50–58 (年月日 and 时分秒 forms). */
static guint
builtin_format_flags (guint id)
{
  switch (id)
    {
    case 14: case 15: case 16: case 17:
    case 27: case 28: case 29: case 30: case 31: case 36:
    case 50: case 51: case 52: case 53: case 54: case 57: case 58:
      return FORMAT_DATE;
    case 22:
      return FORMAT_DATE | FORMAT_TIME;
    case 18: case 20: case 32: case 34: case 55:
      return FORMAT_TIME;
    case 19: case 21: case 33: case 35: case 45: case 47: case 56:
      return FORMAT_TIME | FORMAT_SECONDS;
    case 46:
      return FORMAT_TIME | FORMAT_SECONDS | FORMAT_ELAPSED;
    default:
      return 0;
    }
}

/* Reads a format code such as yyyy"年"m"月"d"日" or [$-804]h:mm:ss. Only the first
 * section counts (the one for positive numbers); quoted text, escaped characters and
 * [brackets] (colours, locales) are not letters of the format, except [h] [m] [s],
 * elapsed time. An m with h or s is minutes, otherwise month. */
static guint
custom_format_flags (const char *code)
{
  gboolean year = FALSE, month = FALSE, day = FALSE, hour = FALSE, second = FALSE;
  gboolean elapsed = FALSE;
  guint flags = 0;

  for (const char *p = code; *p != '\0' && *p != ';'; p++)
    {
      switch (*p)
        {
        case '"':
          p = strchr (p + 1, '"');
          if (p == NULL)
            return 0;
          break;
        case '\\': case '_': case '*':
          if (p[1] == '\0')
            return 0;
          p++;
          break;
        case '[':
          {
            const char *close = strchr (p, ']');
            gsize len;

            if (close == NULL)
              return 0;
            len = close - p - 1;
            if (len > 0 && strspn (p + 1, "hHmMsS") == len)
              {
                elapsed = hour = TRUE;
                second = second || g_ascii_tolower (p[1]) == 's';
              }
            p = close;
          }
          break;
        case 'y': case 'Y':
          year = TRUE;
          break;
        case 'd': case 'D':
          day = TRUE;
          break;
        case 'm': case 'M':
          month = TRUE;
          break;
        case 'h': case 'H':
          hour = TRUE;
          break;
        case 's': case 'S':
          second = TRUE;
          break;
        default:
          break;
        }
    }

  if (year || day || (month && !hour && !second))
    flags |= FORMAT_DATE;
  if (hour || second)
    flags |= FORMAT_TIME;
  if (second)
    flags |= FORMAT_SECONDS;
  if (elapsed && !(flags & FORMAT_DATE))
    flags |= FORMAT_ELAPSED;
  return flags;
}

static guint
parse_uint (const char *text,
            guint       fallback)
{
  guint64 value = 0;

  if (text == NULL || !g_ascii_isdigit (text[0]))
    return fallback;
  for (; g_ascii_isdigit (*text); text++)
    {
      value = value * 10 + (*text - '0');
      if (value > G_MAXUINT)
        return fallback;
    }
  return *text == '\0' ? (guint) value : fallback;
}

static gboolean
load_styles (VdXlsxReader  *self,
             const char    *name,
             GError       **error)
{
  g_autoptr(GHashTable) custom = g_hash_table_new (NULL, NULL);
  g_autoptr(GArray) xf_formats = g_array_new (FALSE, FALSE, sizeof (guint));
  gboolean in_num_fmts = FALSE;
  gboolean in_cell_xfs = FALSE;
  Part part;

  if (!part_open (self, &part, name, error))
    return *error == NULL;

  while (part_read (&part, error))
    {
      if (is_element (&part, "numFmts"))
        in_num_fmts = !xmlTextReaderIsEmptyElement (part.xml);
      else if (is_end_element (&part, "numFmts"))
        in_num_fmts = FALSE;
      else if (is_element (&part, "cellXfs"))
        in_cell_xfs = !xmlTextReaderIsEmptyElement (part.xml);
      else if (is_end_element (&part, "cellXfs"))
        in_cell_xfs = FALSE;
      else if (in_num_fmts && is_element (&part, "numFmt"))
        {
          g_autofree char *id = get_attribute (&part, "numFmtId", FALSE);
          g_autofree char *code = get_attribute (&part, "formatCode", FALSE);
          guint n = parse_uint (id, G_MAXUINT);

          if (n != G_MAXUINT && code != NULL)
            g_hash_table_insert (custom, GUINT_TO_POINTER (n),
                                 GUINT_TO_POINTER (custom_format_flags (code)));
        }
      else if (in_cell_xfs && is_element (&part, "xf"))
        {
          g_autofree char *id = get_attribute (&part, "numFmtId", FALSE);
          guint n = parse_uint (id, 0);

          g_array_append_val (xf_formats, n);
        }
    }
  part_close (&part);
  if (*error != NULL)
    return FALSE;

  self->n_styles = xf_formats->len;
  self->styles = g_new0 (guint8, MAX (self->n_styles, 1));
  for (guint i = 0; i < xf_formats->len; i++)
    {
      guint id = g_array_index (xf_formats, guint, i);
      gpointer flags;

      if (g_hash_table_lookup_extended (custom, GUINT_TO_POINTER (id), NULL, &flags))
        self->styles[i] = GPOINTER_TO_UINT (flags);
      else
        self->styles[i] = builtin_format_flags (id);
    }
  return TRUE;
}

/* printf is a tenth of the time spent on a sheet: digits by hand. At least
 * min_digits, with leading zeros. */
static void
append_integer (GString *out,
                gint64   value,
                guint    min_digits)
{
  char digits[24];
  guint n = 0;
  guint64 magnitude = value < 0 ? -(guint64) value : (guint64) value;

  do
    {
      digits[n++] = '0' + magnitude % 10;
      magnitude /= 10;
    }
  while (magnitude > 0 || n < min_digits);
  if (value < 0)
    g_string_append_c (out, '-');
  while (n > 0)
    g_string_append_c (out, digits[--n]);
}

/* Whether Excel wrote the number the way it is to be shown: at most 15 significant
 * digits, no exponent, no superfluous zeros. Most numbers are, and are copied. */
static gboolean
is_plain_number (const char *text)
{
  const char *p = text;
  guint significant = 0;

  if (*p == '-')
    p++;
  if (!g_ascii_isdigit (*p) || (p[0] == '0' && g_ascii_isdigit (p[1])))
    return FALSE;
  for (; g_ascii_isdigit (*p); p++)
    if (significant > 0 || *p != '0')
      significant++;
  if (*p == '.')
    {
      if (!g_ascii_isdigit (p[1]))
        return FALSE;
      for (p++; g_ascii_isdigit (*p); p++)
        if (significant > 0 || *p != '0')
          significant++;
      if (p[-1] == '0')
        return FALSE;
    }
  /* "-0" is "0". */
  return *p == '\0' && significant <= 15 && significant > 0;
}

/* Numbers as Excel's General format shows them, but without rounding to the column
 * width: 15 significant digits at most, integers in full (13800138000, not
 * 1.38E+10), an exponent only beyond 10^21 or below 10^-9. */
static void
append_number (GString *out,
               double   value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  char digits[16];
  const char *e;
  guint n = 0;
  int exponent;

  if (value == floor (value) && fabs (value) < 1e15)
    {
      append_integer (out, (gint64) value, 1);
      return;
    }

  /* "-d.ddddddddddddddde+XX": 15 significant digits, rounded. */
  g_ascii_formatd (buf, sizeof buf, "%.14e", value);
  e = strchr (buf, 'e');
  if (e == NULL)
    {
      g_string_append (out, buf);
      return;
    }
  for (const char *p = buf; p < e; p++)
    if (g_ascii_isdigit (*p) && n < sizeof digits - 1)
      digits[n++] = *p;
  while (n > 1 && digits[n - 1] == '0')
    n--;
  digits[n] = '\0';
  exponent = atoi (e + 1);

  if (buf[0] == '-')
    g_string_append_c (out, '-');
  if (exponent >= 21 || exponent < -9)
    {
      g_string_append_c (out, digits[0]);
      if (n > 1)
        g_string_append_printf (out, ".%s", digits + 1);
      g_string_append_printf (out, "E%c%02d", exponent < 0 ? '-' : '+', ABS (exponent));
    }
  else if (exponent >= (int) n - 1)
    {
      g_string_append (out, digits);
      for (int i = 0; i < exponent - ((int) n - 1); i++)
        g_string_append_c (out, '0');
    }
  else if (exponent >= 0)
    {
      g_string_append_len (out, digits, exponent + 1);
      g_string_append_c (out, '.');
      g_string_append (out, digits + exponent + 1);
    }
  else
    {
      g_string_append (out, "0.");
      for (int i = 0; i < -exponent - 1; i++)
        g_string_append_c (out, '0');
      g_string_append (out, digits);
    }
}

/* A serial date: days since 1900-01-00, where Excel (copying Lotus 1-2-3) counts a
 * 1900-02-29 that never was as day 60; or days since 1904-01-01 in workbooks saved
 * with the 1904 date system. */
static void
append_date (VdXlsxReader *self,
             GString      *out,
             double        value,
             guint         flags)
{
  gint64 days = (gint64) floor (value);
  gint64 seconds = (gint64) llround ((value - (double) days) * 86400.0);

  if (seconds >= 86400)
    {
      days++;
      seconds -= 86400;
    }

  if (flags & FORMAT_DATE)
    {
      if (!self->date1904 && days == 60)
        g_string_append (out, "1900-02-29");
      else if (!self->date1904 && days == 0)
        g_string_append (out, "1900-01-00");
      else
        {
          GDate date;

          /* Julian days count from 0001-01-01 as day 1. */
          g_date_clear (&date, 1);
          if (self->date1904)
            g_date_set_julian (&date, (guint32) (JULIAN_1904_01_01 + days));
          else if (days < 60)
            g_date_set_julian (&date, (guint32) (JULIAN_1899_12_31 + days));
          else
            g_date_set_julian (&date, (guint32) (JULIAN_1899_12_31 - 1 + days));
          append_integer (out, g_date_get_year (&date), 4);
          g_string_append_c (out, '-');
          append_integer (out, g_date_get_month (&date), 2);
          g_string_append_c (out, '-');
          append_integer (out, g_date_get_day (&date), 2);
        }
    }

  if (flags & FORMAT_TIME)
    {
      gint64 hours = seconds / 3600;

      if (flags & FORMAT_DATE)
        g_string_append_c (out, ' ');
      else if (flags & FORMAT_ELAPSED)
        hours += days * 24;
      append_integer (out, hours, 2);
      g_string_append_c (out, ':');
      append_integer (out, seconds / 60 % 60, 2);
      if (flags & FORMAT_SECONDS)
        {
          g_string_append_c (out, ':');
          append_integer (out, seconds % 60, 2);
        }
    }
}

/* "A1" → column 1. */
static gboolean
parse_cell_column (const char *ref,
                   guint      *column)
{
  guint n = 0;
  const char *p;

  for (p = ref; g_ascii_isalpha (*p); p++)
    {
      n = n * 26 + (g_ascii_toupper (*p) - 'A' + 1);
      if (n > MAX_COLUMNS)
        return FALSE;
    }
  if (p == ref || !g_ascii_isdigit (*p))
    return FALSE;
  *column = n;
  return TRUE;
}

static void
append_iso_date (GString    *out,
                 const char *text)
{
  gsize len = strlen (text);

  if (len < 10 || text[4] != '-' || text[7] != '-')
    {
      g_string_append (out, text);
      return;
    }
  g_string_append_len (out, text, 10);
  if (len >= 19 && text[10] == 'T' && strncmp (text + 11, "00:00:00", 8) != 0)
    {
      g_string_append_c (out, ' ');
      g_string_append_len (out, text + 11, 8);
    }
}

static void
stop_damaged (VdXlsxReader *self,
              const char   *detail)
{
  GError *error = NULL;

  set_damaged (&error, self->sheet_name, detail);
  sax_part_stop (&self->sheet, error);
}

static void
start_row (VdXlsxReader   *self,
           int             n_attributes,
           const xmlChar **attributes)
{
  guint number = self->row_number + 1;
  char buffer[32];

  for (int i = 0; i < n_attributes; i++)
    if (is_name (attributes[5 * i], "r") && attributes[5 * i + 1] == NULL)
      number = parse_uint (attribute_value (attributes + 5 * i, buffer, sizeof buffer), 0);

  /* Rows come in order, numbered from 1 (Excel refuses anything else). The importer
   * skips rows numbered at or above its header, so a row numbered 0 or out of order
   * would be dropped silently: refuse the sheet instead (found by fuzz-xlsx). */
  if (number <= self->row_number || number > MAX_ROWS)
    {
      g_autofree char *detail =
        g_strdup_printf (_("row %u is numbered out of order"), self->row_number + 1);

      stop_damaged (self, detail);
      return;
    }

  self->in_row = TRUE;
  self->row_number = number;
  self->row_first_cell = self->cells->len;
  self->row_text_start = self->text->len;
  self->last_column = 0;
  self->max_column = 0;
}

static void
finish_row (VdXlsxReader *self)
{
  PendingRow row = {
    self->row_number, self->row_first_cell, self->cells->len - self->row_first_cell,
    self->max_column
  };

  self->in_row = FALSE;
  /* Only cells with a value are kept: a row without any is left out. */
  if (row.n_cells > 0)
    g_array_append_val (self->pending, row);
}

static void
start_cell (VdXlsxReader   *self,
            int             n_attributes,
            const xmlChar **attributes)
{
  char buffer[32];

  self->cell_column = self->last_column + 1;
  self->cell_type = CELL_NUMBER;
  self->cell_style = 0;
  self->in_value = self->in_inline = self->in_phonetic = FALSE;
  g_string_truncate (self->value, 0);

  for (int i = 0; i < n_attributes; i++)
    {
      const xmlChar **attribute = attributes + 5 * i;
      const char *name = (const char *) attribute[0];
      const char *value;

      if (attribute[1] != NULL || name[0] == '\0' || name[1] != '\0')
        continue; /* r, t and s are all there is to know */
      value = attribute_value (attribute, buffer, sizeof buffer);
      if (name[0] == 'r')
        {
          if (value == NULL || !parse_cell_column (value, &self->cell_column))
            {
              g_autofree char *detail =
                g_strdup_printf (_("row %u has a cell outside the sheet"), self->row_number);

              stop_damaged (self, detail);
              return;
            }
        }
      else if (name[0] == 't' && value != NULL)
        {
          if (strcmp (value, "s") == 0)
            self->cell_type = CELL_SHARED_STRING;
          else if (strcmp (value, "inlineStr") == 0)
            self->cell_type = CELL_INLINE_STRING;
          else if (strcmp (value, "str") == 0)
            self->cell_type = CELL_FORMULA_STRING;
          else if (strcmp (value, "b") == 0)
            self->cell_type = CELL_BOOLEAN;
          else if (strcmp (value, "e") == 0)
            self->cell_type = CELL_ERROR;
          else if (strcmp (value, "d") == 0)
            self->cell_type = CELL_ISO_DATE;
        }
      else if (name[0] == 's')
        self->cell_style = parse_uint (value, 0);
    }

  if (self->cell_column > MAX_COLUMNS)
    stop_damaged (self, _("a row has more than 16,384 cells"));
}

static void
finish_cell (VdXlsxReader *self)
{
  GString *out = self->text;
  gsize start = out->len;
  const char *value = self->value->str;
  Cell cell = { self->cell_column, FALSE, start };

  self->in_value = self->in_inline = self->in_phonetic = FALSE;
  self->last_column = self->cell_column;

  switch (self->cell_type)
    {
    case CELL_SHARED_STRING:
      {
        guint index = parse_uint (value, G_MAXUINT);

        if (value[0] == '\0')
          break;
        if (index >= self->string_starts->len)
          {
            g_autofree char *detail =
              g_strdup_printf (_("row %u refers to text that is not in the workbook"),
                               self->row_number);

            stop_damaged (self, detail);
            return;
          }
        /* Shared text is not copied; the field points at it. */
        cell.shared = TRUE;
        cell.start = g_array_index (self->string_starts, gsize, index);
        if (self->strings->str[cell.start] != '\0')
          {
            g_array_append_val (self->cells, cell);
            self->max_column = MAX (self->max_column, cell.column);
          }
        return;
      }

    case CELL_INLINE_STRING:
    case CELL_FORMULA_STRING:
      append_unescaped (out, value, self->value->len);
      break;

    case CELL_BOOLEAN:
      if (value[0] != '\0')
        g_string_append (out, strcmp (value, "0") == 0 ? "FALSE" : "TRUE");
      break;

    case CELL_ISO_DATE:
      append_iso_date (out, value);
      break;

    case CELL_ERROR:
      g_string_append (out, value);
      break;

    case CELL_NUMBER:
    default:
      if (value[0] != '\0')
        {
          guint flags = self->cell_style < self->n_styles ? self->styles[self->cell_style] : 0;
          char *end;
          double number;

          if (flags == 0 && is_plain_number (value))
            {
              g_string_append_len (out, value, self->value->len);
              break;
            }
          number = g_ascii_strtod (value, &end);
          if (end == value || *end != '\0' || !isfinite (number))
            g_string_append (out, value);
          else if (flags != 0 && number >= 0 && number < MAX_DATE_SERIAL)
            append_date (self, out, number, flags);
          else
            append_number (out, number);
        }
      break;
    }

  /* Empty cells are the same as missing ones. */
  if (out->len == start)
    return;
  g_string_append_c (out, '\0');
  g_array_append_val (self->cells, cell);
  self->max_column = MAX (self->max_column, cell.column);
}

static void
sheet_start_cb (void           *ctx,
                const xmlChar  *local_name,
                const xmlChar  *prefix,
                const xmlChar  *uri,
                int             n_namespaces,
                const xmlChar **namespaces,
                int             n_attributes,
                int             n_defaulted,
                const xmlChar **attributes)
{
  VdXlsxReader *self = ((SaxPart *) ctx)->owner;

  if (!self->in_sheet_data)
    {
      self->in_sheet_data = is_name (local_name, "sheetData");
      return;
    }

  /* By how often they come. */
  if (is_name (local_name, "c"))
    start_cell (self, n_attributes, attributes);
  else if (is_name (local_name, "v"))
    self->in_value = TRUE;
  else if (is_name (local_name, "row"))
    start_row (self, n_attributes, attributes);
  else if (is_name (local_name, "is"))
    self->in_inline = TRUE;
  else if (is_name (local_name, "t"))
    self->in_value = self->in_inline && !self->in_phonetic;
  else if (is_name (local_name, "rPh"))
    self->in_phonetic = TRUE;
}

static void
sheet_end_cb (void          *ctx,
              const xmlChar *local_name,
              const xmlChar *prefix,
              const xmlChar *uri)
{
  VdXlsxReader *self = ((SaxPart *) ctx)->owner;

  if (!self->in_sheet_data)
    return;

  if (is_name (local_name, "c"))
    finish_cell (self);
  else if (is_name (local_name, "v") || is_name (local_name, "t"))
    self->in_value = FALSE;
  else if (is_name (local_name, "row"))
    finish_row (self);
  else if (is_name (local_name, "is"))
    self->in_inline = FALSE;
  else if (is_name (local_name, "rPh"))
    self->in_phonetic = FALSE;
  else if (is_name (local_name, "sheetData"))
    {
      /* The rest of the sheet (merged cells, print settings) does not matter. */
      self->in_sheet_data = FALSE;
      self->sheet_done = TRUE;
    }
}

/* Forgets the rows handed out, keeping what there is of the row being parsed. */
static void
compact (VdXlsxReader *self)
{
  guint drop_cells = self->in_row ? self->row_first_cell : self->cells->len;
  gsize drop_text = self->in_row ? self->row_text_start : self->text->len;

  for (guint i = drop_cells; i < self->cells->len; i++)
    {
      Cell *cell = &g_array_index (self->cells, Cell, i);

      if (!cell->shared)
        cell->start -= drop_text;
    }
  g_array_remove_range (self->cells, 0, drop_cells);
  g_string_erase (self->text, 0, drop_text);
  self->row_first_cell = 0;
  self->row_text_start = 0;
  g_array_set_size (self->pending, 0);
  self->next_pending = 0;
}

VdXlsxReader *
vd_xlsx_reader_new (const char  *path,
                    GBytes      *bytes,
                    GError     **error)
{
  GsfInput *source = NULL;
  g_autoptr(GError) gsf_error = NULL;
  g_autoptr(GPtrArray) package_rels = NULL;
  g_autoptr(GPtrArray) sheet_ids = NULL;
  g_autoptr(GPtrArray) workbook_rels = NULL;
  g_autofree char *workbook_name = NULL;
  GError *local_error = NULL;
  VdXlsxReader *self;
  const char *target = NULL;

  g_return_val_if_fail ((path == NULL) != (bytes == NULL), NULL);

  ensure_initialized ();

  self = g_new0 (VdXlsxReader, 1);
  self->strings = g_string_new (NULL);
  self->string_starts = g_array_new (FALSE, FALSE, sizeof (gsize));
  self->value = g_string_new (NULL);
  self->text = g_string_sized_new (CHUNK_SIZE);
  self->cells = g_array_sized_new (FALSE, FALSE, sizeof (Cell), 1024);
  self->pending = g_array_sized_new (FALSE, FALSE, sizeof (PendingRow), 128);
  self->fields = g_ptr_array_sized_new (17);

  if (path != NULL)
    {
      source = gsf_input_stdio_new (path, &gsf_error);
      if (source == NULL)
        {
          g_autofree char *display = g_filename_display_basename (path);

          g_set_error (&local_error, VD_TABLE_ERROR, VD_TABLE_ERROR_IO,
                       _("Cannot read “%s”: %s"), display, gsf_error->message);
          goto fail;
        }
    }
  else
    {
      gsize len;
      const guint8 *data = g_bytes_get_data (bytes, &len);

      self->bytes = g_bytes_ref (bytes);
      source = gsf_input_memory_new (data, len, FALSE);
    }

  /* The archive keeps its own reference to the source. */
  self->zip = gsf_infile_zip_new (source, &gsf_error);
  g_clear_object (&source);
  if (self->zip == NULL)
    {
      g_set_error (&local_error, VD_TABLE_ERROR, VD_TABLE_ERROR_XLSX,
                   _("This Excel workbook is damaged and cannot be opened (%s). Open it "
                     "in Excel or WPS and save it again."),
                   gsf_error != NULL ? gsf_error->message : "zip");
      goto fail;
    }

  package_rels = load_relationships (self, "", &local_error);
  if (package_rels == NULL)
    goto fail;
  target = find_target (package_rels, "/officeDocument", NULL);
  workbook_name = g_strdup (target != NULL ? target : "xl/workbook.xml");

  sheet_ids = load_workbook (self, workbook_name, &local_error);
  if (sheet_ids == NULL)
    goto fail;
  workbook_rels = load_relationships (self, workbook_name, &local_error);
  if (workbook_rels == NULL)
    goto fail;

  /* The first sheet that is a worksheet (not a chart), else the usual name. */
  target = NULL;
  for (guint i = 0; i < sheet_ids->len && target == NULL; i++)
    target = find_target (workbook_rels, "/worksheet", g_ptr_array_index (sheet_ids, i));
  self->sheet_name = g_strdup (target != NULL ? target : "xl/worksheets/sheet1.xml");

  target = find_target (workbook_rels, "/sharedStrings", NULL);
  if (!load_shared_strings (self, target != NULL ? target : "xl/sharedStrings.xml",
                            &local_error))
    goto fail;
  target = find_target (workbook_rels, "/styles", NULL);
  if (!load_styles (self, target != NULL ? target : "xl/styles.xml", &local_error))
    goto fail;

  if (!sax_part_open (self, &self->sheet, self->sheet_name, sheet_start_cb, sheet_end_cb,
                      &local_error))
    {
      if (local_error == NULL)
        g_set_error_literal (&local_error, VD_TABLE_ERROR, VD_TABLE_ERROR_XLSX,
                             _("The workbook has no worksheet."));
      goto fail;
    }
  return self;

fail:
  g_propagate_error (error, local_error);
  vd_xlsx_reader_free (self);
  return NULL;
}

gboolean
vd_xlsx_reader_next (VdXlsxReader         *self,
                     const char * const  **fields,
                     guint                *n_fields,
                     guint                *row_number,
                     GError              **error)
{
  PendingRow *row;
  guint width;

  while (self->next_pending >= self->pending->len)
    {
      /* Rows parsed before an error are handed out first. */
      if (self->sheet_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&self->sheet_error));
          return FALSE;
        }
      if (self->sheet_done)
        return FALSE;
      compact (self);
      if (!sax_part_feed (&self->sheet, &self->sheet_error) || self->sheet.finished)
        self->sheet_done = TRUE;
    }

  row = &g_array_index (self->pending, PendingRow, self->next_pending++);

  /* Rows are as wide as the header, so that cells left empty at the end of a row do
   * not make it look short; a value beyond the header still shows. */
  if (self->header_width == 0)
    self->header_width = row->max_column;
  width = MAX (row->max_column, self->header_width);

  g_ptr_array_set_size (self->fields, 0);
  for (guint i = 0; i < width; i++)
    g_ptr_array_add (self->fields, (gpointer) "");
  g_ptr_array_add (self->fields, NULL);
  for (guint i = 0; i < row->n_cells; i++)
    {
      const Cell *cell = &g_array_index (self->cells, Cell, row->first_cell + i);
      const GString *source = cell->shared ? self->strings : self->text;

      self->fields->pdata[cell->column - 1] = source->str + cell->start;
    }

  *fields = (const char * const *) self->fields->pdata;
  *n_fields = width;
  *row_number = row->number;
  return TRUE;
}

double
vd_xlsx_reader_get_progress (VdXlsxReader *self)
{
  gsf_off_t size;

  if (self->sheet.input == NULL)
    return 0;
  size = gsf_input_size (self->sheet.input);
  if (size <= 0)
    return 0;
  return (double) gsf_input_tell (self->sheet.input) / (double) size;
}

void
vd_xlsx_reader_free (VdXlsxReader *self)
{
  if (self == NULL)
    return;
  sax_part_close (&self->sheet);
  g_clear_error (&self->sheet_error);
  g_clear_object (&self->zip);
  g_clear_pointer (&self->bytes, g_bytes_unref);
  g_free (self->sheet_name);
  g_string_free (self->strings, TRUE);
  g_array_unref (self->string_starts);
  g_free (self->styles);
  g_string_free (self->value, TRUE);
  g_string_free (self->text, TRUE);
  g_array_unref (self->cells);
  g_array_unref (self->pending);
  g_ptr_array_unref (self->fields);
  g_free (self);
}
