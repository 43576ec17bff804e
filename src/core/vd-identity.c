/* vd-identity.c — identity documents, mobile numbers, masking and ages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>
#include <time.h>

#include "vd-identity.h"

G_DEFINE_QUARK (vd-identity-error-quark, vd_identity_error)

static const char * const id_type_codes[VD_N_ID_TYPES] = {
  "resident",
  "hk_macao",
  "taiwan",
  "passport",
  "foreign_permanent",
};

static const char * const id_type_labels[VD_N_ID_TYPES] = {
  N_("Resident identity card"),
  N_("Mainland travel permit for Hong Kong and Macao residents"),
  N_("Mainland travel permit for Taiwan residents"),
  N_("Passport"),
  N_("Foreign permanent resident ID card"),
};

/* What people write in the 证件类型 column of a spreadsheet, besides the codes and the
 * labels. Compared after fold_label (), so spacing and case do not matter here. */
static const struct
{
  VdIdType    type;
  const char *alias;
} id_type_aliases[] = {
  { VD_ID_TYPE_RESIDENT, "居民身份证" },
  { VD_ID_TYPE_RESIDENT, "身份证" },
  { VD_ID_TYPE_RESIDENT, "二代身份证" },
  { VD_ID_TYPE_RESIDENT, "第二代居民身份证" },
  { VD_ID_TYPE_RESIDENT, "二代证" },
  { VD_ID_TYPE_RESIDENT, "中华人民共和国居民身份证" },
  { VD_ID_TYPE_RESIDENT, "居民身份證" },
  { VD_ID_TYPE_RESIDENT, "身份證" },
  { VD_ID_TYPE_RESIDENT, "ID card" },
  { VD_ID_TYPE_RESIDENT, "Identity card" },
  { VD_ID_TYPE_RESIDENT, "Resident ID card" },
  { VD_ID_TYPE_HK_MACAO, "港澳居民来往内地通行证" },
  { VD_ID_TYPE_HK_MACAO, "香港居民来往内地通行证" },
  { VD_ID_TYPE_HK_MACAO, "澳门居民来往内地通行证" },
  { VD_ID_TYPE_HK_MACAO, "港澳通行证" },
  { VD_ID_TYPE_HK_MACAO, "港澳居民通行证" },
  { VD_ID_TYPE_HK_MACAO, "回乡证" },
  { VD_ID_TYPE_HK_MACAO, "港澳回乡证" },
  { VD_ID_TYPE_HK_MACAO, "港澳居民來往內地通行證" },
  { VD_ID_TYPE_HK_MACAO, "回鄉證" },
  { VD_ID_TYPE_HK_MACAO, "Home return permit" },
  { VD_ID_TYPE_TAIWAN, "台湾居民来往大陆通行证" },
  { VD_ID_TYPE_TAIWAN, "台胞证" },
  { VD_ID_TYPE_TAIWAN, "台湾通行证" },
  { VD_ID_TYPE_TAIWAN, "台湾居民通行证" },
  { VD_ID_TYPE_TAIWAN, "臺灣居民來往大陸通行證" },
  { VD_ID_TYPE_TAIWAN, "台胞證" },
  { VD_ID_TYPE_TAIWAN, "臺胞證" },
  { VD_ID_TYPE_TAIWAN, "Taiwan compatriot permit" },
  { VD_ID_TYPE_PASSPORT, "护照" },
  { VD_ID_TYPE_PASSPORT, "外国护照" },
  { VD_ID_TYPE_PASSPORT, "外国人护照" },
  { VD_ID_TYPE_PASSPORT, "護照" },
  { VD_ID_TYPE_FOREIGN_PERMANENT, "外国人永久居留身份证" },
  { VD_ID_TYPE_FOREIGN_PERMANENT, "外国人永久居留证" },
  { VD_ID_TYPE_FOREIGN_PERMANENT, "永久居留身份证" },
  { VD_ID_TYPE_FOREIGN_PERMANENT, "永久居留证" },
  { VD_ID_TYPE_FOREIGN_PERMANENT, "永居证" },
  { VD_ID_TYPE_FOREIGN_PERMANENT, "外国人永居证" },
  { VD_ID_TYPE_FOREIGN_PERMANENT, "外國人永久居留身份證" },
  { VD_ID_TYPE_FOREIGN_PERMANENT, "Foreign permanent resident card" },
  { VD_ID_TYPE_FOREIGN_PERMANENT, "Permanent residence ID card" },
};

/* Province-level codes of GB/T 2260, plus 83: the residence permits of Taiwan residents
 * carry GB 11643 numbers starting with 830000 (Hong Kong and Macao ones use 81 and 82,
 * which GB/T 2260 has). 91 is not a province; 9 starts the new foreign permanent
 * resident card. Only this prefix is checked, not the whole 6-digit area code: the
 * county list changes every year and a number keeps the code of the county that
 * issued it, so real numbers from merged or renamed counties would be refused. */
static const guint8 province_codes[] = {
  11, 12, 13, 14, 15,
  21, 22, 23,
  31, 32, 33, 34, 35, 36, 37,
  41, 42, 43, 44, 45, 46,
  50, 51, 52, 53, 54,
  61, 62, 63, 64, 65,
  71,
  81, 82, 83,
};

static const guint8 check_weights[17] = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
static const char check_characters[11] = { '1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2' };

/* Turns full-width ASCII forms (０-９, Ｘ, ｘ …) into ASCII and drops every space,
 * including the zero-width ones that pasting from the web or chat apps brings. With
 * separators, also drops the - _ ( ) . / people put between groups of digits or words.
 * NULL when text is not valid UTF-8. */
static char *
fold_width (const char *text,
            gboolean    separators)
{
  GString *out;
  const char *p;

  if (!g_utf8_validate (text, -1, NULL))
    return NULL;

  out = g_string_sized_new (strlen (text));
  for (p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= 0xFF01 && c <= 0xFF5E)
        c -= 0xFEE0;
      if (g_unichar_isspace (c) || c == 0x200B || c == 0xFEFF)
        continue;
      if (separators &&
          ((c < 0x80 && strchr ("-_()./", (int) c) != NULL) || (c >= 0x2010 && c <= 0x2015)))
        continue;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static char *
fold_label (const char *text)
{
  g_autofree char *folded = fold_width (text, TRUE);

  return folded != NULL ? g_utf8_casefold (folded, -1) : NULL;
}

/* Folded codes, English labels, translated labels and aliases → type + 1. Built once,
 * on first use, which comes after the app has bound its translations. */
static GHashTable *
get_label_table (void)
{
  static GHashTable *table = NULL;

  if (g_once_init_enter (&table))
    {
      GHashTable *built = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

      for (guint i = 0; i < VD_N_ID_TYPES; i++)
        {
          g_hash_table_replace (built, fold_label (id_type_codes[i]), GUINT_TO_POINTER (i + 1));
          g_hash_table_replace (built, fold_label (id_type_labels[i]), GUINT_TO_POINTER (i + 1));
        }
      for (guint i = 0; i < G_N_ELEMENTS (id_type_aliases); i++)
        g_hash_table_replace (built, fold_label (id_type_aliases[i].alias),
                              GUINT_TO_POINTER (id_type_aliases[i].type + 1));
      /* Translations last: they must not be shadowed by an English word. */
      for (guint i = 0; i < VD_N_ID_TYPES; i++)
        g_hash_table_replace (built, fold_label (_(id_type_labels[i])), GUINT_TO_POINTER (i + 1));
      g_once_init_leave (&table, built);
    }
  return table;
}

static gboolean
all_digits (const char *text,
            gsize       length)
{
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isdigit (text[i]))
      return FALSE;
  return TRUE;
}

static gboolean
all_alnum (const char *text)
{
  for (; *text != '\0'; text++)
    if (!g_ascii_isalnum (*text))
      return FALSE;
  return TRUE;
}

static int
digits_value (const char *text,
              guint       length)
{
  int value = 0;

  for (guint i = 0; i < length; i++)
    value = value * 10 + (text[i] - '0');
  return value;
}

/* GB 11643-1999 MOD 11-2 over the first 17 digits. */
static char
check_character (const char *digits)
{
  guint sum = 0;

  for (guint i = 0; i < 17; i++)
    sum += (guint) (digits[i] - '0') * check_weights[i];
  return check_characters[sum % 11];
}

static gboolean
is_province_code (int code)
{
  for (guint i = 0; i < G_N_ELEMENTS (province_codes); i++)
    if (province_codes[i] == code)
      return TRUE;
  return FALSE;
}

/* number has been through fold_width () and has x upper-cased. */
static gboolean
parse_resident (const char   *number,
                const GDate  *today,
                char        **normalized,
                VdGender     *gender,
                GDate        *birth,
                GError      **error)
{
  char full[19];
  const char *p;
  gsize length;
  int year, month, day;
  GDate date;
  char expected;

  /* Characters first: a stray letter or dash explains a wrong length better than the
   * length does. */
  for (p = number; *p != '\0'; p = g_utf8_next_char (p))
    {
      g_autofree char *bad = NULL;

      if (g_ascii_isdigit (*p) || (*p == 'X' && p[1] == '\0'))
        continue;
      bad = g_strndup (p, (gsize) (g_utf8_next_char (p) - p));
      g_set_error (error, VD_IDENTITY_ERROR, VD_IDENTITY_ERROR_CHARACTERS,
                   _("An ID number cannot contain “%s”: only digits, and X as the last character."),
                   bad);
      return FALSE;
    }

  /* Only ASCII is left, so bytes are characters. */
  length = strlen (number);
  if (length != 18 && length != 15)
    {
      g_set_error (error, VD_IDENTITY_ERROR, VD_IDENTITY_ERROR_LENGTH,
                   g_dngettext (GETTEXT_PACKAGE,
                                "A resident ID number has 18 characters (or 15 for an old one); this one has %u.",
                                "A resident ID number has 18 characters (or 15 for an old one); this one has %u.",
                                length),
                   (guint) length);
      return FALSE;
    }

  if (length == 15)
    {
      if (number[14] == 'X')
        {
          g_set_error_literal (error, VD_IDENTITY_ERROR, VD_IDENTITY_ERROR_CHARACTERS,
                               _("An old 15-digit ID number has digits only."));
          return FALSE;
        }
      /* Old numbers have a 2-digit year of the 1900s and no check character. */
      memcpy (full, number, 6);
      memcpy (full + 6, "19", 2);
      memcpy (full + 8, number + 6, 9);
      full[17] = check_character (full);
    }
  else
    memcpy (full, number, 18);
  full[18] = '\0';

  if (!is_province_code (digits_value (full, 2)))
    {
      g_set_error (error, VD_IDENTITY_ERROR, VD_IDENTITY_ERROR_AREA,
                   _("The number starts with %.2s, which is not a province code."), full);
      return FALSE;
    }

  year = digits_value (full + 6, 4);
  month = digits_value (full + 10, 2);
  day = digits_value (full + 12, 2);
  if (!g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    {
      g_set_error (error, VD_IDENTITY_ERROR, VD_IDENTITY_ERROR_BIRTH_DATE,
                   _("The birth date %.8s in the number is not a real date."), full + 6);
      return FALSE;
    }
  if (year < 1900)
    {
      g_set_error (error, VD_IDENTITY_ERROR, VD_IDENTITY_ERROR_BIRTH_DATE,
                   _("The birth date %.8s in the number is before 1900."), full + 6);
      return FALSE;
    }
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  if (g_date_compare (&date, today) > 0)
    {
      g_set_error_literal (error, VD_IDENTITY_ERROR, VD_IDENTITY_ERROR_FUTURE_BIRTH,
                           _("The birth date in the number is in the future."));
      return FALSE;
    }

  expected = check_character (full);
  if (full[17] != expected)
    {
      g_set_error (error, VD_IDENTITY_ERROR, VD_IDENTITY_ERROR_CHECK_CHARACTER,
                   _("The check character should be %c, not %c."), expected, full[17]);
      return FALSE;
    }

  if (normalized != NULL)
    *normalized = g_strdup (full);
  if (gender != NULL)
    *gender = (full[16] - '0') % 2 == 1 ? VD_GENDER_MALE : VD_GENDER_FEMALE;
  if (birth != NULL)
    *birth = date;
  return TRUE;
}

/* number has been through fold_width () and upper-cased. Only the shape is known for
 * these documents; none of them gives the gender or birth date for sure. */
static gboolean
parse_other (VdIdType     type,
             const char  *number,
             char       **normalized,
             GError     **error)
{
  gsize length = strlen (number);
  const char *message = NULL;

  switch (type)
    {
    case VD_ID_TYPE_HK_MACAO:
      /* Cards: H or M and the 8-digit lifetime number; older booklets add 2 digits. */
      if (!((number[0] == 'H' || number[0] == 'M') &&
            (length == 9 || length == 11) && all_digits (number + 1, length - 1)))
        message = _("A permit number for Hong Kong and Macao residents is H or M followed by 8 or 10 digits.");
      break;

    case VD_ID_TYPE_TAIWAN:
      if (!(length == 8 && all_digits (number, 8)))
        message = _("A permit number for Taiwan residents has 8 digits.");
      break;

    case VD_ID_TYPE_PASSPORT:
      if (!(length >= 5 && length <= 17 && all_alnum (number)))
        message = _("A passport number has 5 to 17 letters and digits.");
      break;

    case VD_ID_TYPE_FOREIGN_PERMANENT:
      /* The 2017 card: 3-letter nationality code and 12 digits. The 2023 card: 9, then
       * 16 digits and a GB 11643 check character. */
      if (length == 15 && g_ascii_isalpha (number[0]) && g_ascii_isalpha (number[1]) &&
          g_ascii_isalpha (number[2]) && all_digits (number + 3, 12))
        break;
      if (length == 18 && number[0] == '9' && all_digits (number, 17) &&
          (g_ascii_isdigit (number[17]) || number[17] == 'X'))
        {
          char expected = check_character (number);

          if (number[17] != expected)
            {
              g_set_error (error, VD_IDENTITY_ERROR, VD_IDENTITY_ERROR_CHECK_CHARACTER,
                           _("The check character should be %c, not %c."), expected, number[17]);
              return FALSE;
            }
          break;
        }
      message = _("A permanent residence ID number has 18 digits starting with 9, or 3 letters and 12 digits.");
      break;

    case VD_ID_TYPE_RESIDENT:
    case VD_N_ID_TYPES:
    default:
      g_assert_not_reached ();
    }

  if (message != NULL)
    {
      g_set_error_literal (error, VD_IDENTITY_ERROR, VD_IDENTITY_ERROR_FORMAT, message);
      return FALSE;
    }
  if (normalized != NULL)
    *normalized = g_strdup (number);
  return TRUE;
}

static gboolean
is_mobile (const char *digits)
{
  return strlen (digits) == 11 && all_digits (digits, 11) &&
         digits[0] == '1' && digits[1] >= '3' && digits[1] <= '9';
}

/* Stars the middle of text: a value of usual_length characters keeps usual_front and
 * usual_back of them, any other value front and back, fewer when it is too short to
 * star at least one. */
static char *
mask_middle (const char *text,
             guint       usual_length,
             guint       usual_front,
             guint       usual_back,
             guint       front,
             guint       back)
{
  g_autofree char *valid = NULL;
  GString *out;
  guint length;

  if (text == NULL || *text == '\0')
    return g_strdup ("");

  valid = g_utf8_make_valid (text, -1);
  length = (guint) g_utf8_strlen (valid, -1);
  if (length == usual_length)
    {
      front = usual_front;
      back = usual_back;
    }
  while (front + back >= length)
    {
      if (front >= back && front > 0)
        front--;
      else
        back--;
    }

  out = g_string_sized_new (strlen (valid));
  g_string_append_len (out, valid, g_utf8_offset_to_pointer (valid, front) - valid);
  for (guint i = front + back; i < length; i++)
    g_string_append_c (out, '*');
  g_string_append (out, g_utf8_offset_to_pointer (valid, length - back));
  return g_string_free (out, FALSE);
}

const char *
vd_id_type_to_code (VdIdType type)
{
  g_return_val_if_fail ((guint) type < VD_N_ID_TYPES, NULL);

  return id_type_codes[type];
}

gboolean
vd_id_type_from_code (const char *code,
                      VdIdType   *out)
{
  if (code == NULL)
    return FALSE;

  for (guint i = 0; i < VD_N_ID_TYPES; i++)
    if (strcmp (code, id_type_codes[i]) == 0)
      {
        if (out != NULL)
          *out = (VdIdType) i;
        return TRUE;
      }
  return FALSE;
}

const char *
vd_id_type_get_label (VdIdType type)
{
  g_return_val_if_fail ((guint) type < VD_N_ID_TYPES, NULL);

  return _(id_type_labels[type]);
}

gboolean
vd_id_type_from_label (const char *text,
                       VdIdType   *out)
{
  g_autofree char *key = NULL;
  gpointer found;

  if (text == NULL)
    return FALSE;

  key = fold_label (text);
  if (key == NULL || *key == '\0')
    return FALSE;

  found = g_hash_table_lookup (get_label_table (), key);
  if (found == NULL)
    return FALSE;
  if (out != NULL)
    *out = (VdIdType) (GPOINTER_TO_UINT (found) - 1);
  return TRUE;
}

gboolean
vd_id_number_parse (VdIdType      type,
                    const char   *input,
                    const GDate  *today,
                    char        **normalized,
                    VdGender     *gender,
                    GDate        *birth,
                    GError      **error)
{
  g_autofree char *number = NULL;
  GDate now;

  g_return_val_if_fail ((guint) type < VD_N_ID_TYPES, FALSE);
  g_return_val_if_fail (today == NULL || g_date_valid (today), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (normalized != NULL)
    *normalized = NULL;
  if (gender != NULL)
    *gender = VD_GENDER_UNKNOWN;
  if (birth != NULL)
    g_date_clear (birth, 1);

  number = fold_width (input != NULL ? input : "", FALSE);
  if (number == NULL)
    {
      g_set_error_literal (error, VD_IDENTITY_ERROR, VD_IDENTITY_ERROR_CHARACTERS,
                           _("The number is not valid text."));
      return FALSE;
    }
  if (*number == '\0')
    {
      g_set_error_literal (error, VD_IDENTITY_ERROR, VD_IDENTITY_ERROR_EMPTY,
                           _("Enter the number of the document."));
      return FALSE;
    }

  if (type != VD_ID_TYPE_RESIDENT)
    {
      /* Only ASCII letters change; anything else is refused as it is. */
      for (char *p = number; *p != '\0'; p++)
        *p = g_ascii_toupper (*p);
      return parse_other (type, number, normalized, error);
    }

  for (char *p = number; *p != '\0'; p++)
    if (*p == 'x')
      *p = 'X';

  if (today == NULL)
    {
      g_date_clear (&now, 1);
      g_date_set_time_t (&now, time (NULL));
      today = &now;
    }
  return parse_resident (number, today, normalized, gender, birth, error);
}

gboolean
vd_phone_normalize (const char  *input,
                    char       **normalized,
                    GError     **error)
{
  g_autofree char *folded = NULL;
  const char *digits;

  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (normalized != NULL)
    *normalized = NULL;

  folded = fold_width (input != NULL ? input : "", TRUE);
  if (folded != NULL && *folded == '\0')
    {
      g_set_error_literal (error, VD_IDENTITY_ERROR, VD_IDENTITY_ERROR_EMPTY,
                           _("Enter the mobile number."));
      return FALSE;
    }

  digits = folded;
  if (digits != NULL)
    {
      /* The country code, as written in China: +86, 0086 or a bare 86. */
      if (g_str_has_prefix (digits, "+86"))
        digits += 3;
      else if (g_str_has_prefix (digits, "0086"))
        digits += 4;
      else if (strlen (digits) == 13 && g_str_has_prefix (digits, "86"))
        digits += 2;
    }

  if (digits == NULL || !is_mobile (digits))
    {
      g_set_error_literal (error, VD_IDENTITY_ERROR, VD_IDENTITY_ERROR_PHONE,
                           _("A mobile number has 11 digits and starts with 13–19."));
      return FALSE;
    }
  if (normalized != NULL)
    *normalized = g_strdup (digits);
  return TRUE;
}

char *
vd_mask_id_number (const char *id_number)
{
  return mask_middle (id_number, 18, 6, 4, 2, 2);
}

char *
vd_mask_phone (const char *phone)
{
  return mask_middle (phone, 11, 3, 4, 3, 2);
}

int
vd_age_on (const GDate *birth,
           const GDate *day)
{
  int years;

  if (birth == NULL || day == NULL || !g_date_valid (birth) || !g_date_valid (day) ||
      g_date_compare (day, birth) < 0)
    return -1;

  years = g_date_get_year (day) - g_date_get_year (birth);
  if (g_date_get_month (day) < g_date_get_month (birth) ||
      (g_date_get_month (day) == g_date_get_month (birth) &&
       g_date_get_day (day) < g_date_get_day (birth)))
    years--;
  return years;
}
