/* vd-identity.h — identity documents, mobile numbers, masking and ages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* 证件类型, in the order the app offers them. */
typedef enum
{
  VD_ID_TYPE_RESIDENT,          /* 居民身份证 */
  VD_ID_TYPE_HK_MACAO,          /* 港澳居民来往内地通行证 */
  VD_ID_TYPE_TAIWAN,            /* 台湾居民来往大陆通行证 */
  VD_ID_TYPE_PASSPORT,          /* 护照 */
  VD_ID_TYPE_FOREIGN_PERMANENT, /* 外国人永久居留身份证 */
  VD_N_ID_TYPES
} VdIdType;

typedef enum
{
  VD_GENDER_UNKNOWN,
  VD_GENDER_MALE,
  VD_GENDER_FEMALE
} VdGender;

#define VD_IDENTITY_ERROR (vd_identity_error_quark ())

/* One code per kind of mistake, so that a form can react to each. */
typedef enum
{
  VD_IDENTITY_ERROR_EMPTY,           /* nothing was entered */
  VD_IDENTITY_ERROR_LENGTH,          /* a resident number of the wrong length */
  VD_IDENTITY_ERROR_CHARACTERS,      /* a resident number with a character other than digits and a final X */
  VD_IDENTITY_ERROR_AREA,            /* a resident number that does not start with a province code */
  VD_IDENTITY_ERROR_BIRTH_DATE,      /* the birth date in the number is not a real date, or before 1900 */
  VD_IDENTITY_ERROR_FUTURE_BIRTH,    /* the birth date in the number is after today */
  VD_IDENTITY_ERROR_CHECK_CHARACTER, /* the last character does not match the others */
  VD_IDENTITY_ERROR_FORMAT,          /* a number of another document type has the wrong shape */
  VD_IDENTITY_ERROR_PHONE,           /* not a mainland mobile number */
} VdIdentityError;

GQuark      vd_identity_error_quark (void);

/* The codes stored in the schema's volunteers.id_type column. */
const char *vd_id_type_to_code      (VdIdType    type);
gboolean    vd_id_type_from_code    (const char *code,
                                     VdIdType   *out);

/* The translated name of the document, for forms, lists and certificates. */
const char *vd_id_type_get_label    (VdIdType    type);

/* For spreadsheet import: accepts the codes, the English and translated labels, the
 * Chinese names and their common short forms (身份证, 回乡证, 台胞证, 永居证 …),
 * ignoring spaces, underscores, hyphens, full-width forms and case. */
gboolean    vd_id_type_from_label   (const char *text,
                                     VdIdType   *out);

/* Checks the number of a document of the given type as a person would type it (spaces
 * and full-width characters allowed; a 15-digit resident number is upgraded to 18).
 * today is the day birth dates are compared with; NULL means the local date now.
 * On success sets normalized (the number to store), gender and birth (known only for
 * resident numbers; birth is cleared when unknown); each output may be NULL. On failure
 * sets error to a VD_IDENTITY_ERROR with a translated message for the field, and sets
 * normalized to NULL, gender to unknown and clears birth. */
gboolean    vd_id_number_parse      (VdIdType     type,
                                     const char  *input,
                                     const GDate *today,
                                     char       **normalized,
                                     VdGender    *gender,
                                     GDate       *birth,
                                     GError     **error);

/* Accepts "+86 138-0013-8000", "0086 13800138000", "(138) 0013 8000", full-width
 * digits …; normalized is the 11 digits. Empty input is VD_IDENTITY_ERROR_EMPTY,
 * anything else that is not a mobile number VD_IDENTITY_ERROR_PHONE. */
gboolean    vd_phone_normalize      (const char  *input,
                                     char       **normalized,
                                     GError     **error);

/* Masks for lists, exports and prints (design.md §2, Privacy). An 18-character ID
 * number keeps its first 6 and last 4 characters (410105********1234), other lengths
 * their first 2 and last 2; an 11-character phone keeps 3 and 4 (138****5678), other
 * lengths 3 and 2. Short values keep fewer, so that at least one character is always
 * starred. NULL or "" gives "". */
char       *vd_mask_id_number       (const char  *id_number);
char       *vd_mask_phone           (const char  *phone);

/* Age in whole years on day (a 29 February birthday counts from 1 March in other
 * years); -1 when either date is not set or day is before birth. */
int         vd_age_on               (const GDate *birth,
                                     const GDate *day);

G_END_DECLS
