/* fuzz-xlsx.c — libFuzzer target: the parts of a workbook, zipped, through the XLSX
 * reader to the last row
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Random bytes rarely get past the zip directory (fuzz-table-reader covers that), so
 * here the input holds the XML parts a workbook's rows depend on, separated by lines
 * of "=====": xl/workbook.xml, xl/_rels/workbook.xml.rels, xl/styles.xml,
 * xl/sharedStrings.xml and xl/worksheets/sheet1.xml. Missing parts are left out of the
 * archive (the reader must cope). The target zips them as Excel would, with libgsf.
 */

#include <gsf/gsf-output-memory.h>
#include <gsf/gsf-outfile-zip.h>
#include <gsf/gsf-utils.h>

#include "vd-table-reader.h"
#include "fuzz-common.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

#define SEPARATOR "\n=====\n"

static const char content_types[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
  "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
  "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
  "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>";

static const char package_rels[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
  "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
  "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
  "relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>";

static const char * const part_names[] = {
  "workbook.xml", "_rels/workbook.xml.rels", "styles.xml", "sharedStrings.xml",
  "worksheets/sheet1.xml",
};

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_init_logging ();
  gsf_init ();
  return 0;
}

static void
add_member (GsfOutfile *dir,
            const char *name,
            const char *content,
            gsize       len)
{
  GsfOutput *member = gsf_outfile_new_child (dir, name, FALSE);

  FUZZ_CHECK (member != NULL);
  FUZZ_CHECK (gsf_output_write (member, len, (const guint8 *) content));
  FUZZ_CHECK (gsf_output_close (member));
  g_object_unref (member);
}

static GBytes *
make_workbook (const char * const *parts,
               const gsize        *lengths)
{
  GsfOutput *sink = gsf_output_memory_new ();
  GsfOutfile *zip = gsf_outfile_zip_new (sink, NULL);
  GsfOutfile *rels;
  GsfOutfile *xl;
  GsfOutfile *xl_rels = NULL;
  GsfOutfile *sheets = NULL;
  GBytes *bytes;

  FUZZ_CHECK (zip != NULL);
  add_member (zip, "[Content_Types].xml", content_types, strlen (content_types));
  rels = GSF_OUTFILE (gsf_outfile_new_child (zip, "_rels", TRUE));
  add_member (rels, ".rels", package_rels, strlen (package_rels));
  gsf_output_close (GSF_OUTPUT (rels));
  g_object_unref (rels);

  xl = GSF_OUTFILE (gsf_outfile_new_child (zip, "xl", TRUE));
  for (guint i = 0; i < G_N_ELEMENTS (part_names); i++)
    {
      if (parts[i] == NULL)
        continue;
      if (g_str_has_prefix (part_names[i], "_rels/"))
        {
          xl_rels = GSF_OUTFILE (gsf_outfile_new_child (xl, "_rels", TRUE));
          add_member (xl_rels, part_names[i] + strlen ("_rels/"), parts[i], lengths[i]);
          gsf_output_close (GSF_OUTPUT (xl_rels));
          g_clear_object (&xl_rels);
        }
      else if (g_str_has_prefix (part_names[i], "worksheets/"))
        {
          sheets = GSF_OUTFILE (gsf_outfile_new_child (xl, "worksheets", TRUE));
          add_member (sheets, part_names[i] + strlen ("worksheets/"), parts[i], lengths[i]);
          gsf_output_close (GSF_OUTPUT (sheets));
          g_clear_object (&sheets);
        }
      else
        add_member (xl, part_names[i], parts[i], lengths[i]);
    }
  gsf_output_close (GSF_OUTPUT (xl));
  g_object_unref (xl);

  FUZZ_CHECK (gsf_output_close (GSF_OUTPUT (zip)));
  g_object_unref (zip);
  FUZZ_CHECK (gsf_output_close (sink));
  bytes = g_bytes_new (gsf_output_memory_get_bytes (GSF_OUTPUT_MEMORY (sink)),
                       gsf_output_size (sink));
  g_object_unref (sink);
  return bytes;
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  const char *parts[G_N_ELEMENTS (part_names)] = { NULL, };
  gsize lengths[G_N_ELEMENTS (part_names)] = { 0, };
  const char *p = (const char *) data;
  const char *end = p + size;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VdTableReader) reader = NULL;
  const char * const *fields = NULL;
  guint n_fields = 0;

  /* Split at each separator; an empty part is a missing one. */
  for (guint i = 0; i < G_N_ELEMENTS (part_names) && p <= end; i++)
    {
      const char *sep = g_strstr_len (p, end - p, SEPARATOR);
      const char *part_end = sep != NULL ? sep : end;

      if (part_end > p)
        {
          parts[i] = p;
          lengths[i] = part_end - p;
        }
      if (sep == NULL)
        break;
      p = sep + strlen (SEPARATOR);
    }

  bytes = make_workbook (parts, lengths);
  reader = vd_table_reader_new_from_bytes (bytes, &error);
  if (reader == NULL)
    {
      FUZZ_CHECK (error != NULL);
      return 0;
    }
  FUZZ_CHECK (strcmp (vd_table_reader_get_format (reader), "XLSX") == 0);
  while (vd_table_reader_next (reader, &fields, &n_fields, &error))
    {
      FUZZ_CHECK (g_strv_length ((char **) fields) == n_fields);
      for (guint i = 0; i < n_fields; i++)
        FUZZ_CHECK (g_utf8_validate (fields[i], -1, NULL));
      FUZZ_CHECK (vd_table_reader_get_row_number (reader) > 0);
      FUZZ_CHECK (vd_table_reader_get_progress (reader) >= 0
                  && vd_table_reader_get_progress (reader) <= 1);
    }
  return 0;
}
