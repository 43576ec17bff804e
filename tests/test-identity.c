/* test-identity.c — ID numbers (GB 11643-1999 and the other documents), mobile
 * numbers, masking, import labels and ages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <locale.h>

#include "vd-date.h"
#include "vd-identity.h"
#include "vd-search.h"
#include "vd-volunteer.h"
#include "vd-volunteer-columns.h"

/* Every case is judged on this day, so that the tests do not age. */
#define TODAY_Y 2024
#define TODAY_M 6
#define TODAY_D 15

static GDate
make_date (int year,
           int month,
           int day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return date;
}

static GDate
fixed_today (void)
{
  return make_date (TODAY_Y, TODAY_M, TODAY_D);
}

typedef struct
{
  const char *input;
  const char *normalized;
  VdGender    gender;
  int         year, month, day;
} ResidentCase;

/* Check characters computed by hand: Σ digit × weight mod 11 → 1 0 X 9 8 7 6 5 4 3 2. */
static const ResidentCase valid_residents[] = {
  /* The example of GB 11643-1999 itself. */
  { "11010519491231002X", "11010519491231002X", VD_GENDER_FEMALE, 1949, 12, 31 },
  { "440308199901010012", "440308199901010012", VD_GENDER_MALE, 1999, 1, 1 },
  { "110105198001010016", "110105198001010016", VD_GENDER_MALE, 1980, 1, 1 },
  { "51010420000229002X", "51010420000229002X", VD_GENDER_FEMALE, 2000, 2, 29 },
  { "31011520121020003X", "31011520121020003X", VD_GENDER_MALE, 2012, 10, 20 },
  { "650102199503150466", "650102199503150466", VD_GENDER_FEMALE, 1995, 3, 15 },
  /* Residence permits of Hong Kong and Taiwan residents use 81 and 83. */
  { "810000199001010019", "810000199001010019", VD_GENDER_MALE, 1990, 1, 1 },
  { "830000198511110027", "830000198511110027", VD_GENDER_FEMALE, 1985, 11, 11 },
  /* Born today is not in the future. */
  { "110105202406150016", "110105202406150016", VD_GENDER_MALE, 2024, 6, 15 },
  /* Typed the way people type. */
  { "11010519491231002x", "11010519491231002X", VD_GENDER_FEMALE, 1949, 12, 31 },
  { " 110105 19491231 002x ", "11010519491231002X", VD_GENDER_FEMALE, 1949, 12, 31 },
  { "１１０１０５１９４９１２３１００２Ｘ", "11010519491231002X", VD_GENDER_FEMALE, 1949, 12, 31 },
  { "１１０１０５１９４９１２３１００２ｘ", "11010519491231002X", VD_GENDER_FEMALE, 1949, 12, 31 },
  { "110105\u300019491231\u3000002X", "11010519491231002X", VD_GENDER_FEMALE, 1949, 12, 31 },
  { "\u200b\t11010519491231002X\n", "11010519491231002X", VD_GENDER_FEMALE, 1949, 12, 31 },
  /* 15-digit numbers: "19" goes in after the area code, then a check character. */
  { "110105491231002", "11010519491231002X", VD_GENDER_FEMALE, 1949, 12, 31 },
  { "130503670401001", "130503196704010016", VD_GENDER_MALE, 1967, 4, 1 },
  { "330106800515183", "330106198005151833", VD_GENDER_MALE, 1980, 5, 15 },
  { "１３０５０３６７０４０１００１", "130503196704010016", VD_GENDER_MALE, 1967, 4, 1 },
};

static void
test_resident_valid (void)
{
  GDate today = fixed_today ();

  for (guint i = 0; i < G_N_ELEMENTS (valid_residents); i++)
    {
      const ResidentCase *c = &valid_residents[i];
      g_autoptr(GError) error = NULL;
      g_autofree char *normalized = NULL;
      VdGender gender = VD_GENDER_UNKNOWN;
      GDate birth;
      GDate expected = make_date (c->year, c->month, c->day);

      g_test_message ("%s", c->input);
      g_assert_true (vd_id_number_parse (VD_ID_TYPE_RESIDENT, c->input, &today,
                                         &normalized, &gender, &birth, &error));
      g_assert_no_error (error);
      g_assert_cmpstr (normalized, ==, c->normalized);
      g_assert_cmpint (gender, ==, c->gender);
      g_assert_true (g_date_valid (&birth));
      g_assert_cmpint (g_date_compare (&birth, &expected), ==, 0);

      /* The normalized number is accepted as it is, with the same result. */
      g_clear_pointer (&normalized, g_free);
      g_assert_true (vd_id_number_parse (VD_ID_TYPE_RESIDENT, c->normalized, &today,
                                         &normalized, NULL, NULL, NULL));
      g_assert_cmpstr (normalized, ==, c->normalized);
    }
}

typedef struct
{
  const char     *input;
  VdIdentityError code;
  const char     *message;  /* exact, in the C locale; NULL: only the code is checked */
} BadCase;

static const BadCase invalid_residents[] = {
  { "", VD_IDENTITY_ERROR_EMPTY, NULL },
  { "  \u3000 ", VD_IDENTITY_ERROR_EMPTY, NULL },
  { "1101051949123100", VD_IDENTITY_ERROR_LENGTH,
    "A resident ID number has 18 characters (or 15 for an old one); this one has 16." },
  { "1101051949123102X", VD_IDENTITY_ERROR_LENGTH,
    "A resident ID number has 18 characters (or 15 for an old one); this one has 17." },
  { "1101051949123100211", VD_IDENTITY_ERROR_LENGTH,
    "A resident ID number has 18 characters (or 15 for an old one); this one has 19." },
  { "11010519491231002Y", VD_IDENTITY_ERROR_CHARACTERS,
    "An ID number cannot contain “Y”: only digits, and X as the last character." },
  { "110105-19491231-002X", VD_IDENTITY_ERROR_CHARACTERS,
    "An ID number cannot contain “-”: only digits, and X as the last character." },
  { "11010519491231002号", VD_IDENTITY_ERROR_CHARACTERS,
    "An ID number cannot contain “号”: only digits, and X as the last character." },
  { "11010X19491231002X", VD_IDENTITY_ERROR_CHARACTERS, NULL },
  { "11010549123100X", VD_IDENTITY_ERROR_CHARACTERS,
    "An old 15-digit ID number has digits only." },
  { "\xff\xfe" "11010519491231002X", VD_IDENTITY_ERROR_CHARACTERS, NULL },
  { "990105199001010014", VD_IDENTITY_ERROR_AREA,
    "The number starts with 99, which is not a province code." },
  { "91010519900101001X", VD_IDENTITY_ERROR_AREA,
    "The number starts with 91, which is not a province code." },
  { "000105199001010010", VD_IDENTITY_ERROR_AREA, NULL },
  { "11010519900230001X", VD_IDENTITY_ERROR_BIRTH_DATE,
    "The birth date 19900230 in the number is not a real date." },
  { "110105194913310021", VD_IDENTITY_ERROR_BIRTH_DATE,
    "The birth date 19491331 in the number is not a real date." },
  /* 1900 was not a leap year. */
  { "110105190002290017", VD_IDENTITY_ERROR_BIRTH_DATE,
    "The birth date 19000229 in the number is not a real date." },
  { "110105189912310015", VD_IDENTITY_ERROR_BIRTH_DATE,
    "The birth date 18991231 in the number is before 1900." },
  { "110105490230001", VD_IDENTITY_ERROR_BIRTH_DATE,
    "The birth date 19490230 in the number is not a real date." },
  { "110105202406160011", VD_IDENTITY_ERROR_FUTURE_BIRTH,
    "The birth date in the number is in the future." },
  { "110105299901010014", VD_IDENTITY_ERROR_FUTURE_BIRTH, NULL },
  { "110105194912310023", VD_IDENTITY_ERROR_CHECK_CHARACTER,
    "The check character should be X, not 3." },
  { "110105198001010011", VD_IDENTITY_ERROR_CHECK_CHARACTER,
    "The check character should be 6, not 1." },
  { "440308199901010013", VD_IDENTITY_ERROR_CHECK_CHARACTER,
    "The check character should be 2, not 3." },
  { "11010519491231002", VD_IDENTITY_ERROR_LENGTH, NULL },
};

static void
test_resident_invalid (void)
{
  GDate today = fixed_today ();

  for (guint i = 0; i < G_N_ELEMENTS (invalid_residents); i++)
    {
      const BadCase *c = &invalid_residents[i];
      g_autoptr(GError) error = NULL;
      char *normalized = NULL;
      VdGender gender = VD_GENDER_MALE;
      GDate birth = make_date (2000, 1, 1);

      g_test_message ("%s", c->input);
      g_assert_false (vd_id_number_parse (VD_ID_TYPE_RESIDENT, c->input, &today,
                                          &normalized, &gender, &birth, &error));
      g_assert_error (error, VD_IDENTITY_ERROR, (int) c->code);
      if (c->message != NULL)
        g_assert_cmpstr (error->message, ==, c->message);
      g_assert_cmpstr (error->message, !=, "");

      /* Nothing half-known is left behind. */
      g_assert_null (normalized);
      g_assert_cmpint (gender, ==, VD_GENDER_UNKNOWN);
      g_assert_false (g_date_valid (&birth));
    }
}

static void
test_resident_null_input (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (vd_id_number_parse (VD_ID_TYPE_RESIDENT, NULL, NULL, NULL, NULL, NULL, &error));
  g_assert_error (error, VD_IDENTITY_ERROR, VD_IDENTITY_ERROR_EMPTY);
}

/* MOD 11-2 catches every single wrong digit and every swap of two different adjacent
 * digits. The sequence digits change neither the area nor the date, so each such typo
 * there must be reported as a wrong check character. */
static void
test_resident_typos_caught (void)
{
  const char *valid = "11010519491231002X";
  const char *swappable = "110105194912310126";
  GDate today = fixed_today ();
  guint caught = 0;

  for (guint pos = 14; pos < 17; pos++)
    for (char digit = '0'; digit <= '9'; digit++)
      {
        g_autofree char *typo = g_strdup (valid);
        g_autoptr(GError) error = NULL;

        if (typo[pos] == digit)
          continue;
        typo[pos] = digit;
        g_assert_false (vd_id_number_parse (VD_ID_TYPE_RESIDENT, typo, &today,
                                            NULL, NULL, NULL, &error));
        g_assert_error (error, VD_IDENTITY_ERROR, VD_IDENTITY_ERROR_CHECK_CHARACTER);
        caught++;
      }
  g_assert_cmpuint (caught, ==, 27);

  g_assert_true (vd_id_number_parse (VD_ID_TYPE_RESIDENT, swappable, &today,
                                     NULL, NULL, NULL, NULL));

  for (guint pos = 14; pos < 16; pos++)
    {
      g_autofree char *typo = g_strdup (swappable);
      g_autoptr(GError) error = NULL;
      char tmp = typo[pos];

      typo[pos] = typo[pos + 1];
      typo[pos + 1] = tmp;
      g_assert_false (vd_id_number_parse (VD_ID_TYPE_RESIDENT, typo, &today,
                                          NULL, NULL, NULL, &error));
      g_assert_error (error, VD_IDENTITY_ERROR, VD_IDENTITY_ERROR_CHECK_CHARACTER);
    }
}

static void
test_resident_default_today (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *normalized = NULL;
  GDate birth;

  /* Without a day given, the real date is used: 1949 is in the past, 2999 not yet. */
  g_assert_true (vd_id_number_parse (VD_ID_TYPE_RESIDENT, "11010519491231002X", NULL,
                                     &normalized, NULL, &birth, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (normalized, ==, "11010519491231002X");
  g_assert_cmpint (g_date_get_year (&birth), ==, 1949);

  g_assert_false (vd_id_number_parse (VD_ID_TYPE_RESIDENT, "110105299901010014", NULL,
                                      NULL, NULL, NULL, &error));
  g_assert_error (error, VD_IDENTITY_ERROR, VD_IDENTITY_ERROR_FUTURE_BIRTH);
}

typedef struct
{
  VdIdType    type;
  const char *input;
  const char *normalized;  /* NULL: refused */
  VdIdentityError code;
} OtherCase;

static const OtherCase other_cases[] = {
  { VD_ID_TYPE_HK_MACAO, "H12345678", "H12345678", 0 },
  { VD_ID_TYPE_HK_MACAO, "m 1234 5678", "M12345678", 0 },
  { VD_ID_TYPE_HK_MACAO, "Ｈ１２３４５６７８", "H12345678", 0 },
  { VD_ID_TYPE_HK_MACAO, "H1234567801", "H1234567801", 0 },
  { VD_ID_TYPE_HK_MACAO, "H1234567", NULL, VD_IDENTITY_ERROR_FORMAT },
  { VD_ID_TYPE_HK_MACAO, "H123456789", NULL, VD_IDENTITY_ERROR_FORMAT },
  { VD_ID_TYPE_HK_MACAO, "X12345678", NULL, VD_IDENTITY_ERROR_FORMAT },
  { VD_ID_TYPE_HK_MACAO, "12345678", NULL, VD_IDENTITY_ERROR_FORMAT },
  { VD_ID_TYPE_HK_MACAO, "", NULL, VD_IDENTITY_ERROR_EMPTY },
  { VD_ID_TYPE_TAIWAN, "12345678", "12345678", 0 },
  { VD_ID_TYPE_TAIWAN, "1234 5678", "12345678", 0 },
  { VD_ID_TYPE_TAIWAN, "1234567", NULL, VD_IDENTITY_ERROR_FORMAT },
  { VD_ID_TYPE_TAIWAN, "123456789", NULL, VD_IDENTITY_ERROR_FORMAT },
  { VD_ID_TYPE_TAIWAN, "1234567A", NULL, VD_IDENTITY_ERROR_FORMAT },
  { VD_ID_TYPE_PASSPORT, "e12345678", "E12345678", 0 },
  { VD_ID_TYPE_PASSPORT, "G1234", "G1234", 0 },
  { VD_ID_TYPE_PASSPORT, "ＰＡ１２３４５６７", "PA1234567", 0 },
  { VD_ID_TYPE_PASSPORT, "12345678901234567", "12345678901234567", 0 },
  { VD_ID_TYPE_PASSPORT, "AB12", NULL, VD_IDENTITY_ERROR_FORMAT },
  { VD_ID_TYPE_PASSPORT, "123456789012345678", NULL, VD_IDENTITY_ERROR_FORMAT },
  { VD_ID_TYPE_PASSPORT, "E1234-5678", NULL, VD_IDENTITY_ERROR_FORMAT },
  { VD_ID_TYPE_PASSPORT, "E1234护照", NULL, VD_IDENTITY_ERROR_FORMAT },
  { VD_ID_TYPE_FOREIGN_PERMANENT, "usa123456789012", "USA123456789012", 0 },
  { VD_ID_TYPE_FOREIGN_PERMANENT, "91567819900101001x", "91567819900101001X", 0 },
  { VD_ID_TYPE_FOREIGN_PERMANENT, "920840198503210040", "920840198503210040", 0 },
  { VD_ID_TYPE_FOREIGN_PERMANENT, "915678199001010012", NULL, VD_IDENTITY_ERROR_CHECK_CHARACTER },
  { VD_ID_TYPE_FOREIGN_PERMANENT, "US1234567890123", NULL, VD_IDENTITY_ERROR_FORMAT },
  { VD_ID_TYPE_FOREIGN_PERMANENT, "11010519491231002X", NULL, VD_IDENTITY_ERROR_FORMAT },
  { VD_ID_TYPE_FOREIGN_PERMANENT, "9156781990010100", NULL, VD_IDENTITY_ERROR_FORMAT },
};

static void
test_other_documents (void)
{
  GDate today = fixed_today ();

  for (guint i = 0; i < G_N_ELEMENTS (other_cases); i++)
    {
      const OtherCase *c = &other_cases[i];
      g_autoptr(GError) error = NULL;
      g_autofree char *normalized = NULL;
      VdGender gender = VD_GENDER_FEMALE;
      GDate birth = make_date (2000, 1, 1);
      gboolean ok;

      g_test_message ("%s %s", vd_id_type_to_code (c->type), c->input);
      ok = vd_id_number_parse (c->type, c->input, &today, &normalized, &gender, &birth, &error);
      if (c->normalized != NULL)
        {
          g_assert_no_error (error);
          g_assert_true (ok);
          g_assert_cmpstr (normalized, ==, c->normalized);
        }
      else
        {
          g_assert_false (ok);
          g_assert_error (error, VD_IDENTITY_ERROR, (int) c->code);
          g_assert_null (normalized);
        }
      /* These documents never tell gender or birth date here. */
      g_assert_cmpint (gender, ==, VD_GENDER_UNKNOWN);
      g_assert_false (g_date_valid (&birth));
    }
}

static void
test_other_messages (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (vd_id_number_parse (VD_ID_TYPE_FOREIGN_PERMANENT, "915678199001010012", NULL,
                                      NULL, NULL, NULL, &error));
  g_assert_cmpstr (error->message, ==, "The check character should be X, not 2.");
  g_clear_error (&error);

  g_assert_false (vd_id_number_parse (VD_ID_TYPE_TAIWAN, "1234567", NULL, NULL, NULL, NULL, &error));
  g_assert_cmpstr (error->message, ==, "A permit number for Taiwan residents has 8 digits.");
}

typedef struct
{
  const char *input;
  const char *normalized;  /* NULL: refused */
} PhoneCase;

static const PhoneCase phone_cases[] = {
  { "13800138000", "13800138000" },
  { "+86 138-0013-8000", "13800138000" },
  { "0086 13800138000", "13800138000" },
  { "86-13800138000", "13800138000" },
  { "8613800138000", "13800138000" },
  { "138 0013 8000", "13800138000" },
  { "(+86) 139 1234 5678", "13912345678" },
  { "（＋８６）１３９１２３４５６７８", "13912345678" },
  { "１３８００１３８０００", "13800138000" },
  { "138.0013.8000", "13800138000" },
  { "+86\u2014138\u20140013\u20148000", "13800138000" },
  { "\u3000199 1234 5678\u3000", "19912345678" },
  { "16612345678", "16612345678" },
  { "12800138000", NULL },       /* 12 is not a mobile prefix */
  { "23800138000", NULL },
  { "1380013800", NULL },        /* 10 digits */
  { "138001380001", NULL },      /* 12 digits */
  { "010-12345678", NULL },      /* a landline */
  { "+1 138 0013 8000", NULL },
  { "86138001380", NULL },       /* 11 digits that are not a mobile number */
  { "+86 1380013800", NULL },
  { "138OO138000", NULL },
  { "13800138000x", NULL },
  { "1380013+8000", NULL },
  { "\xff" "13800138000", NULL },
};

static void
test_phone (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (phone_cases); i++)
    {
      const PhoneCase *c = &phone_cases[i];
      g_autoptr(GError) error = NULL;
      g_autofree char *normalized = NULL;
      gboolean ok;

      g_test_message ("%s", c->input);
      ok = vd_phone_normalize (c->input, &normalized, &error);
      if (c->normalized != NULL)
        {
          g_assert_no_error (error);
          g_assert_true (ok);
          g_assert_cmpstr (normalized, ==, c->normalized);
        }
      else
        {
          g_assert_false (ok);
          g_assert_error (error, VD_IDENTITY_ERROR, VD_IDENTITY_ERROR_PHONE);
          g_assert_cmpstr (error->message, ==, "A mobile number has 11 digits and starts with 13–19.");
          g_assert_null (normalized);
        }
    }
}

static void
test_phone_empty (void)
{
  const char *empties[] = { NULL, "", "   ", "\u3000", " - " };

  for (guint i = 0; i < G_N_ELEMENTS (empties); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (vd_phone_normalize (empties[i], NULL, &error));
      g_assert_error (error, VD_IDENTITY_ERROR, VD_IDENTITY_ERROR_EMPTY);
    }
}

static void
test_masking (void)
{
  static const struct { const char *input, *masked; } ids[] = {
    { "410105199001011234", "410105********1234" },
    { "11010519491231002X", "110105********002X" },
    { "USA123456789012", "US***********12" },
    { "H12345678", "H1*****78" },
    { "G1234", "G1*34" },
    { "ABCD", "A*CD" },
    { "ABC", "A*C" },
    { "AB", "*B" },
    { "A", "*" },
    { "", "" },
    { NULL, "" },
    { "张三丰", "张*丰" },
  };
  static const struct { const char *input, *masked; } phones[] = {
    { "13812345678", "138****5678" },
    { "13800138000", "138****8000" },
    { "1381234567", "138*****67" },
    { "138123456789", "138*******89" },
    { "123456", "123*56" },
    { "12345", "12*45" },
    { "1", "*" },
    { "", "" },
    { NULL, "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autofree char *masked = vd_mask_id_number (ids[i].input);

      g_assert_cmpstr (masked, ==, ids[i].masked);
    }
  for (guint i = 0; i < G_N_ELEMENTS (phones); i++)
    {
      g_autofree char *masked = vd_mask_phone (phones[i].input);

      g_assert_cmpstr (masked, ==, phones[i].masked);
    }
}

static void
test_codes (void)
{
  static const char *codes[] = { "resident", "hk_macao", "taiwan", "passport", "foreign_permanent" };
  VdIdType type;

  G_STATIC_ASSERT (G_N_ELEMENTS (codes) == VD_N_ID_TYPES);
  for (guint i = 0; i < VD_N_ID_TYPES; i++)
    {
      g_assert_cmpstr (vd_id_type_to_code ((VdIdType) i), ==, codes[i]);
      type = VD_N_ID_TYPES;
      g_assert_true (vd_id_type_from_code (codes[i], &type));
      g_assert_cmpint (type, ==, i);
    }
  g_assert_true (vd_id_type_from_code ("taiwan", NULL));
  g_assert_false (vd_id_type_from_code ("Resident", &type));
  g_assert_false (vd_id_type_from_code ("", &type));
  g_assert_false (vd_id_type_from_code (NULL, &type));
  g_assert_false (vd_id_type_from_code ("id_card", &type));
}

static void
test_labels (void)
{
  static const struct { const char *text; VdIdType type; } known[] = {
    { "身份证", VD_ID_TYPE_RESIDENT },
    { "居民身份证", VD_ID_TYPE_RESIDENT },
    { "二代身份证", VD_ID_TYPE_RESIDENT },
    { " 居民 身份证 ", VD_ID_TYPE_RESIDENT },
    { "resident", VD_ID_TYPE_RESIDENT },
    { "Resident identity card", VD_ID_TYPE_RESIDENT },
    { "RESIDENT  IDENTITY CARD", VD_ID_TYPE_RESIDENT },
    { "港澳居民来往内地通行证", VD_ID_TYPE_HK_MACAO },
    { "港澳通行证", VD_ID_TYPE_HK_MACAO },
    { "回乡证", VD_ID_TYPE_HK_MACAO },
    { "hk_macao", VD_ID_TYPE_HK_MACAO },
    { "HK Macao", VD_ID_TYPE_HK_MACAO },
    { "Mainland travel permit for Hong Kong and Macao residents", VD_ID_TYPE_HK_MACAO },
    { "台湾居民来往大陆通行证", VD_ID_TYPE_TAIWAN },
    { "台胞证", VD_ID_TYPE_TAIWAN },
    { "台湾通行证", VD_ID_TYPE_TAIWAN },
    { "Taiwan", VD_ID_TYPE_TAIWAN },
    { "mainland travel permit for taiwan residents", VD_ID_TYPE_TAIWAN },
    { "护照", VD_ID_TYPE_PASSPORT },
    { "Passport", VD_ID_TYPE_PASSPORT },
    { "ＰＡＳＳＰＯＲＴ", VD_ID_TYPE_PASSPORT },
    { "外国人永久居留身份证", VD_ID_TYPE_FOREIGN_PERMANENT },
    { "外国人永久居留证", VD_ID_TYPE_FOREIGN_PERMANENT },
    { "永居证", VD_ID_TYPE_FOREIGN_PERMANENT },
    { "foreign_permanent", VD_ID_TYPE_FOREIGN_PERMANENT },
    { "Foreign permanent resident ID card", VD_ID_TYPE_FOREIGN_PERMANENT },
  };
  static const char *unknown[] = { NULL, "", "  ", "驾驶证", "军官证", "身份证号码", "ID", "护照 号" };

  for (guint i = 0; i < G_N_ELEMENTS (known); i++)
    {
      VdIdType type = VD_N_ID_TYPES;

      g_test_message ("%s", known[i].text);
      g_assert_true (vd_id_type_from_label (known[i].text, &type));
      g_assert_cmpint (type, ==, known[i].type);
    }
  for (guint i = 0; i < G_N_ELEMENTS (unknown); i++)
    {
      VdIdType type = VD_N_ID_TYPES;

      g_assert_false (vd_id_type_from_label (unknown[i], &type));
      g_assert_cmpint (type, ==, VD_N_ID_TYPES);
    }

  /* Whatever the app shows, or stores, reads back as the same type. */
  for (guint i = 0; i < VD_N_ID_TYPES; i++)
    {
      VdIdType type = VD_N_ID_TYPES;

      g_assert_true (vd_id_type_from_label (vd_id_type_get_label ((VdIdType) i), &type));
      g_assert_cmpint (type, ==, i);
      g_assert_true (vd_id_type_from_label (vd_id_type_to_code ((VdIdType) i), &type));
      g_assert_cmpint (type, ==, i);
    }

  g_assert_cmpstr (vd_id_type_get_label (VD_ID_TYPE_RESIDENT), ==, "Resident identity card");
  g_assert_cmpstr (vd_id_type_get_label (VD_ID_TYPE_FOREIGN_PERMANENT), ==,
                   "Foreign permanent resident ID card");
}

static void
test_age (void)
{
  static const struct { int by, bm, bd, y, m, d, age; } cases[] = {
    { 1949, 12, 31, 2024, 6, 15, 74 },
    { 1949, 12, 31, 2024, 12, 30, 74 },
    { 1949, 12, 31, 2024, 12, 31, 75 },
    { 2000, 2, 29, 2023, 2, 28, 22 },   /* no 29 February in 2023: a year older on 1 March */
    { 2000, 2, 29, 2023, 3, 1, 23 },
    { 2000, 2, 29, 2024, 2, 28, 23 },
    { 2000, 2, 29, 2024, 2, 29, 24 },
    { 2010, 5, 1, 2010, 5, 1, 0 },
    { 2010, 5, 1, 2011, 4, 30, 0 },
    { 2010, 5, 1, 2011, 5, 1, 1 },
    { 2010, 5, 1, 2010, 4, 30, -1 },   /* before birth */
  };
  GDate unset;
  GDate day = fixed_today ();
  GDate birth;
  GDate today = fixed_today ();

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GDate b = make_date (cases[i].by, cases[i].bm, cases[i].bd);
      GDate d = make_date (cases[i].y, cases[i].m, cases[i].d);

      g_assert_cmpint (vd_age_on (&b, &d), ==, cases[i].age);
    }

  g_date_clear (&unset, 1);
  g_assert_cmpint (vd_age_on (&unset, &day), ==, -1);
  g_assert_cmpint (vd_age_on (&day, &unset), ==, -1);
  g_assert_cmpint (vd_age_on (NULL, &day), ==, -1);

  /* The age of the standard's example on the fixed day. */
  g_assert_true (vd_id_number_parse (VD_ID_TYPE_RESIDENT, "11010519491231002X", &today,
                                     NULL, NULL, &birth, NULL));
  g_assert_cmpint (vd_age_on (&birth, &today), ==, 74);
}

/* Found by tests/fuzz: a string that ends inside a multibyte sequence made
 * g_utf8_normalize () and g_utf8_casefold () read past its end. Such text is
 * refused, not read. */
static void
test_truncated_utf8 (void)
{
  /* The crashing input is the first (U+FC40 cut after 2 of its 3 bytes). */
  static const char * const inputs[] = {
    "\xef\xb1",
    "2026-03-05\xe5",
    "\xe5\xb9\xb4" "2026\xf0\x9f",
    "\xe8\xba\xab\xe4\xbb\xbd\xe8\xaf\x81\xe5",
  };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr(VdSearchQuery) query = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *normalized = NULL;
      const char *gender = NULL;
      VdPolitical political;
      VdIdType type;
      GDate date;

      g_date_clear (&date, 1);
      g_assert_false (vd_date_parse (inputs[i], &date));
      g_assert_false (g_date_valid (&date));
      g_assert_false (vd_phone_normalize (inputs[i], &normalized, &error));
      g_assert_null (normalized);
      g_assert_nonnull (error);
      g_assert_cmpint (vd_column_from_header (inputs[i]), ==, -1);
      g_assert_false (vd_political_from_label (inputs[i], &political));
      g_assert_false (vd_gender_from_label (inputs[i], &gender));
      g_assert_false (vd_id_type_from_label (inputs[i], &type));
      query = vd_search_query_parse (inputs[i]);
      g_assert_true (vd_search_query_is_empty (query));
    }
}

int
main (int    argc,
      char **argv)
{
  /* Messages are compared in English. */
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/identity/resident/valid", test_resident_valid);
  g_test_add_func ("/identity/resident/invalid", test_resident_invalid);
  g_test_add_func ("/identity/resident/null", test_resident_null_input);
  g_test_add_func ("/identity/resident/typos", test_resident_typos_caught);
  g_test_add_func ("/identity/resident/default-today", test_resident_default_today);
  g_test_add_func ("/identity/other/numbers", test_other_documents);
  g_test_add_func ("/identity/other/messages", test_other_messages);
  g_test_add_func ("/identity/phone/normalize", test_phone);
  g_test_add_func ("/identity/phone/empty", test_phone_empty);
  g_test_add_func ("/identity/masking", test_masking);
  g_test_add_func ("/identity/type/codes", test_codes);
  g_test_add_func ("/identity/type/labels", test_labels);
  g_test_add_func ("/identity/age", test_age);
  g_test_add_func ("/identity/truncated-utf8", test_truncated_utf8);

  return g_test_run ();
}
