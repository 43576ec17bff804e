/* fuzz-identity.c — libFuzzer target: any string as an ID number of every type, a
 * phone number, a value to mask and a date
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "vd-date.h"
#include "vd-identity.h"
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
  g_autofree char *masked_id = NULL;
  g_autofree char *masked_phone = NULL;
  gboolean valid = g_utf8_validate (text, -1, NULL);
  GDate today;
  GDate date;

  /* A fixed day, so that a crash reproduces on any day. */
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 15, G_DATE_JUNE, 2024);

  for (VdIdType type = 0; type < VD_N_ID_TYPES; type++)
    {
      g_autofree char *normalized = NULL;
      g_autoptr(GError) error = NULL;
      VdGender gender = VD_GENDER_UNKNOWN;
      GDate birth;

      g_date_clear (&birth, 1);
      if (vd_id_number_parse (type, text, &today, &normalized, &gender, &birth, &error))
        {
          g_autofree char *masked = NULL;

          FUZZ_CHECK (error == NULL);
          FUZZ_CHECK (normalized != NULL);
          FUZZ_CHECK (!valid || g_utf8_validate (normalized, -1, NULL));
          masked = vd_mask_id_number (normalized);
          FUZZ_CHECK (masked != NULL);
        }
      else
        {
          FUZZ_CHECK (error != NULL);
          FUZZ_CHECK (normalized == NULL);
          FUZZ_CHECK (gender == VD_GENDER_UNKNOWN);
          FUZZ_CHECK (!g_date_valid (&birth));
        }
    }

  {
    g_autofree char *normalized = NULL;
    g_autoptr(GError) error = NULL;

    if (vd_phone_normalize (text, &normalized, &error))
      {
        FUZZ_CHECK (normalized != NULL && strlen (normalized) == 11);
        masked_phone = vd_mask_phone (normalized);
        g_clear_pointer (&masked_phone, g_free);
      }
    else
      FUZZ_CHECK (error != NULL);
  }

  masked_id = vd_mask_id_number (text);
  masked_phone = vd_mask_phone (text);
  FUZZ_CHECK (masked_id != NULL && masked_phone != NULL);

  g_date_clear (&date, 1);
  if (vd_date_parse (text, &date))
    {
      g_autofree char *iso = NULL;

      FUZZ_CHECK (g_date_valid (&date));
      iso = vd_date_to_iso (&date);
      FUZZ_CHECK (iso != NULL);
    }

  return 0;
}
