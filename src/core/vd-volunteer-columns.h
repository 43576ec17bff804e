/* vd-volunteer-columns.h — the columns of the register in spreadsheets: their
 * headers for export and the many ways offices name them, for import
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vd-settings.h"
#include "vd-volunteer.h"

G_BEGIN_DECLS

typedef enum
{
  VD_COLUMN_VOLUNTEER_NO,
  VD_COLUMN_NAME,
  VD_COLUMN_GENDER,
  VD_COLUMN_BIRTH_DATE,
  VD_COLUMN_AGE,
  VD_COLUMN_ID_TYPE,
  VD_COLUMN_ID_NUMBER,
  VD_COLUMN_PHONE,
  VD_COLUMN_POLITICAL,
  VD_COLUMN_EDUCATION,
  VD_COLUMN_EMPLOYER,
  VD_COLUMN_SKILLS,
  VD_COLUMN_COMMUNITY,
  VD_COLUMN_STATION,
  VD_COLUMN_TEAMS,
  VD_COLUMN_REGISTERED_ON,
  VD_COLUMN_PLATFORM_NO,
  VD_COLUMN_EMERGENCY_CONTACT,
  VD_COLUMN_EMERGENCY_PHONE,
  VD_COLUMN_HOURS,
  VD_COLUMN_STARS,
  VD_COLUMN_STATUS,
  VD_COLUMN_NOTES,
  VD_N_COLUMNS
} VdColumn;

/* The header written in exports (translated). */
const char *vd_column_get_label      (VdColumn    column);
/* FALSE for figures the register computes (age, hours, stars). */
gboolean    vd_column_is_importable  (VdColumn    column);
/* The column a spreadsheet header means, or -1: 身份证号码, 手机号, 所属站点,
 * "Phone", id_number … Spaces, full-width forms, case, "*" and bracketed notes such
 * as （必填） are ignored. */
int         vd_column_from_header    (const char *header);
/* The header as vd_column_from_header compares it: "* 身份证号码（必填）" →
 * "身份证号码", "Phone Number" → "phonenumber" (for the other lists' importers). */
char       *vd_column_normalize_header (const char *header);
/* The cell of an export: masked ID number and phone unless full. */
char       *vd_column_format         (VdColumn          column,
                                      VdVolunteer      *v,
                                      const VdSettings *settings,
                                      gboolean          full);

/* "12.5" — approved minutes as hours, one decimal at most. */
char       *vd_format_hours          (gint64            minutes);

const char *vd_gender_get_label      (const char       *gender_code);
gboolean    vd_gender_from_label     (const char       *text,
                                      const char      **code);

G_END_DECLS
