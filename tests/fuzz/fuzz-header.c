/* fuzz-header.c — libFuzzer target: any string as a spreadsheet header, an import
 * label and a search query
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "vd-identity.h"
#include "vd-search.h"
#include "vd-volunteer.h"
#include "vd-volunteer-columns.h"
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
  g_autofree char *text = fuzz_strndup (data, size);
  g_autoptr(VdSearchQuery) query = NULL;
  VdPolitical political;
  VdIdType id_type;
  const char *gender = NULL;
  gboolean valid = g_utf8_validate (text, -1, NULL);
  int column;

  column = vd_column_from_header (text);
  FUZZ_CHECK (column >= -1 && column < VD_N_COLUMNS);
  if (column >= 0)
    vd_column_get_label (column);

  if (vd_political_from_label (text, &political))
    FUZZ_CHECK (political < VD_N_POLITICAL);
  if (vd_gender_from_label (text, &gender))
    FUZZ_CHECK (gender != NULL);
  if (vd_id_type_from_label (text, &id_type))
    FUZZ_CHECK (id_type < VD_N_ID_TYPES);

  query = vd_search_query_parse (text);
  if (query != NULL && valid)
    {
      vd_search_query_is_empty (query);
      FUZZ_CHECK (query->name_match == NULL || g_utf8_validate (query->name_match, -1, NULL));
      FUZZ_CHECK (query->pinyin_match == NULL || g_utf8_validate (query->pinyin_match, -1, NULL));
      FUZZ_CHECK (query->digits_match == NULL || g_utf8_validate (query->digits_match, -1, NULL));
    }

  return 0;
}
