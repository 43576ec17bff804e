/* vd-volunteer-columns.c — the columns of the register in spreadsheets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "vd-identity.h"
#include "vd-volunteer-columns.h"

static const struct {
  const char *label;
  gboolean    importable;
  const char *aliases;   /* normalized (see normalize_header), '|'-separated */
} columns[VD_N_COLUMNS] = {
  [VD_COLUMN_VOLUNTEER_NO] = { NC_("column header", "Volunteer number"), TRUE,
    "志愿者编号|编号|志愿者号|volunteerno|volunteernumber" },
  [VD_COLUMN_NAME] = { NC_("column header", "Name"), TRUE, "姓名|名字|志愿者姓名|真实姓名|name|fullname" },
  [VD_COLUMN_GENDER] = { NC_("column header", "Gender"), TRUE, "性别|gender|sex" },
  [VD_COLUMN_BIRTH_DATE] = { NC_("column header", "Birth date"), TRUE,
    "出生日期|出生年月|出生年月日|生日|birthdate|dateofbirth|birthday" },
  [VD_COLUMN_AGE] = { NC_("column header", "Age"), FALSE, "年龄|age" },
  [VD_COLUMN_ID_TYPE] = { NC_("column header", "ID type"), TRUE, "证件类型|证件种类|idtype|documenttype" },
  [VD_COLUMN_ID_NUMBER] = { NC_("column header", "ID number"), TRUE,
    "身份证号|身份证号码|身份证|证件号码|证件号|公民身份号码|身份证件号码|idnumber|idno|id" },
  [VD_COLUMN_PHONE] = { NC_("column header", "Mobile phone"), TRUE,
    "手机|手机号|手机号码|联系电话|电话|联系方式|移动电话|phone|mobile|mobilephone|tel" },
  [VD_COLUMN_POLITICAL] = { NC_("column header", "Political status"), TRUE, "政治面貌|politicalstatus|political" },
  [VD_COLUMN_EDUCATION] = { NC_("column header", "Education"), TRUE, "学历|文化程度|最高学历|education" },
  [VD_COLUMN_EMPLOYER] = { NC_("column header", "Employer"), TRUE, "工作单位|单位|所在单位|employer|workplace" },
  [VD_COLUMN_SKILLS] = { NC_("column header", "Skills"), TRUE, "技能特长|特长|专业特长|技能|skills" },
  [VD_COLUMN_COMMUNITY] = { NC_("column header", "Community"), TRUE,
    "所属社区|社区|社区/村|所在社区|居住社区|community" },
  [VD_COLUMN_STATION] = { NC_("column header", "Station"), TRUE,
    "所属站点|站点|服务站点|志愿服务站|所属服务站|station" },
  [VD_COLUMN_TEAMS] = { NC_("column header", "Teams"), TRUE,
    "所属服务队|服务队|志愿服务队|所属队伍|队伍|所属团队|teams|team" },
  [VD_COLUMN_REGISTERED_ON] = { NC_("column header", "Registration date"), TRUE,
    "注册时间|注册日期|加入时间|登记日期|入队时间|registeredon|registrationdate|registered" },
  [VD_COLUMN_PLATFORM_NO] = { NC_("column header", "Platform number"), TRUE,
    "平台编号|平台注册号|系统编号|全国志愿服务信息系统编号|platformno|platformnumber" },
  [VD_COLUMN_EMERGENCY_CONTACT] = { NC_("column header", "Emergency contact"), TRUE,
    "紧急联系人|emergencycontact" },
  [VD_COLUMN_EMERGENCY_PHONE] = { NC_("column header", "Emergency phone"), TRUE,
    "紧急联系电话|紧急联系人电话|紧急联系方式|emergencyphone" },
  [VD_COLUMN_HOURS] = { NC_("column header", "Approved hours"), FALSE,
    "累计服务时长|服务时长|累计时长|approvedhours|hours" },
  [VD_COLUMN_STARS] = { NC_("column header", "Star level"), FALSE, "星级|starlevel|stars" },
  [VD_COLUMN_STATUS] = { NC_("column header", "Status"), TRUE, "状态|status" },
  [VD_COLUMN_NOTES] = { NC_("column header", "Notes"), TRUE, "备注|说明|notes|remarks|note" },
};

const char *
vd_column_get_label (VdColumn column)
{
  g_return_val_if_fail (column < VD_N_COLUMNS, "");

  /* Headers are read back on import: their own context keeps them apart from the
   * same words elsewhere ("Teams" the column, 所属服务队, vs the section, 志愿服务队). */
  return g_dpgettext2 (GETTEXT_PACKAGE, "column header", columns[column].label);
}

gboolean
vd_column_is_importable (VdColumn column)
{
  g_return_val_if_fail (column < VD_N_COLUMNS, FALSE);

  return columns[column].importable;
}

/* "* 身份证号码（必填）" → "身份证号码"; "Phone Number" → "phonenumber". */
char *
vd_column_normalize_header (const char *header)
{
  g_autofree char *folded = NULL;
  GString *out = g_string_new (NULL);
  int depth = 0;

  /* g_utf8_normalize () reads past the end of a truncated sequence */
  if (g_utf8_validate (header, -1, NULL))
    folded = g_utf8_normalize (header, -1, G_NORMALIZE_ALL_COMPOSE);
  if (folded == NULL)
    return g_string_free (out, FALSE);

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '(' || c == '[' || c == 0x3010 /* 【 */)
        depth++;
      else if ((c == ')' || c == ']' || c == 0x3011) && depth > 0)
        depth--;
      else if (depth == 0 && !g_unichar_isspace (c) && c != '*' && c != '_' && c != '-' &&
               c != ':' && c != 0xfeff)
        g_string_append_unichar (out, c < 0x80 ? (gunichar)g_ascii_tolower ((char)c) : c);
    }
  return g_string_free (out, FALSE);
}

int
vd_column_from_header (const char *header)
{
  g_autofree char *wanted = NULL;

  if (header == NULL)
    return -1;
  wanted = vd_column_normalize_header (header);
  if (wanted[0] == '\0')
    return -1;

  for (guint i = 0; i < VD_N_COLUMNS; i++)
    {
      g_auto(GStrv) aliases = g_strsplit (columns[i].aliases, "|", -1);
      g_autofree char *english = vd_column_normalize_header (columns[i].label);
      g_autofree char *translated = vd_column_normalize_header (vd_column_get_label (i));

      if (g_str_equal (wanted, english) || g_str_equal (wanted, translated) ||
          g_strv_contains ((const char * const *)aliases, wanted))
        return i;
    }
  return -1;
}

char *
vd_format_hours (gint64 minutes)
{
  /* one decimal, and none for whole hours: 12, 12.5 */
  if (minutes % 60 == 0)
    return g_strdup_printf ("%" G_GINT64_FORMAT, minutes / 60);
  return g_strdup_printf ("%" G_GINT64_FORMAT ".%d", minutes / 60, (int)((minutes % 60) * 10 / 60));
}

static const struct {
  const char *code;
  const char *label;
  const char *aliases;
} genders[] = {
  { "male", N_("Male"), "男|男性|m|male" },
  { "female", N_("Female"), "女|女性|f|female" },
  { "unknown", N_("Unknown"), "未知|unknown" },
};

const char *
vd_gender_get_label (const char *gender_code)
{
  for (guint i = 0; i < G_N_ELEMENTS (genders); i++)
    if (g_strcmp0 (gender_code, genders[i].code) == 0)
      return g_dgettext (GETTEXT_PACKAGE, genders[i].label);
  return "";
}

/* Built once: the importer asks for every row. */
static GHashTable *
gender_names (void)
{
  static GHashTable *names = NULL;

  if (g_once_init_enter (&names))
    {
      GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

      for (guint i = 0; i < G_N_ELEMENTS (genders); i++)
        {
          g_auto(GStrv) aliases = g_strsplit (genders[i].aliases, "|", -1);

          for (guint k = 0; aliases[k] != NULL; k++)
            g_hash_table_insert (table, g_strdup (aliases[k]), (gpointer)genders[i].code);
          g_hash_table_insert (table, vd_column_normalize_header (g_dgettext (GETTEXT_PACKAGE, genders[i].label)),
                               (gpointer)genders[i].code);
        }
      g_once_init_leave (&names, table);
    }
  return names;
}

gboolean
vd_gender_from_label (const char  *text,
                      const char **code)
{
  g_autofree char *wanted = vd_column_normalize_header (text != NULL ? text : "");
  const char *found = g_hash_table_lookup (gender_names (), wanted);

  if (found == NULL)
    return FALSE;
  *code = found;
  return TRUE;
}

char *
vd_column_format (VdColumn          column,
                  VdVolunteer      *v,
                  const VdSettings *settings,
                  gboolean          full)
{
  VdIdType type;

  switch (column)
    {
    case VD_COLUMN_VOLUNTEER_NO:      return g_strdup (v->volunteer_no);
    case VD_COLUMN_NAME:              return g_strdup (v->name);
    case VD_COLUMN_GENDER:            return g_strdup (vd_gender_get_label (v->gender));
    case VD_COLUMN_BIRTH_DATE:        return g_strdup (v->birth_date != NULL ? v->birth_date : "");
    case VD_COLUMN_AGE:
      {
        int age = vd_volunteer_get_age (v, NULL);
        return age >= 0 ? g_strdup_printf ("%d", age) : g_strdup ("");
      }
    case VD_COLUMN_ID_TYPE:
      return g_strdup (vd_id_type_from_code (v->id_type, &type) ? vd_id_type_get_label (type) : "");
    case VD_COLUMN_ID_NUMBER:         return vd_volunteer_dup_id_display (v, full);
    case VD_COLUMN_PHONE:             return vd_volunteer_dup_phone_display (v, full);
    case VD_COLUMN_POLITICAL:         return g_strdup (vd_political_get_label (v->political));
    case VD_COLUMN_EDUCATION:         return g_strdup (v->education);
    case VD_COLUMN_EMPLOYER:          return g_strdup (v->employer);
    case VD_COLUMN_SKILLS:            return g_strdup (v->skills);
    case VD_COLUMN_COMMUNITY:         return g_strdup (v->community_name);
    case VD_COLUMN_STATION:           return g_strdup (v->station_name);
    case VD_COLUMN_TEAMS:             return g_strdup (v->teams);
    case VD_COLUMN_REGISTERED_ON:     return g_strdup (v->registered_on);
    case VD_COLUMN_PLATFORM_NO:       return g_strdup (v->platform_no != NULL ? v->platform_no : "");
    case VD_COLUMN_EMERGENCY_CONTACT: return g_strdup (v->emergency_contact);
    case VD_COLUMN_EMERGENCY_PHONE:
      return full ? g_strdup (v->emergency_phone) : vd_mask_phone (v->emergency_phone);
    case VD_COLUMN_HOURS:             return vd_format_hours (v->approved_minutes);
    case VD_COLUMN_STARS:
      return g_strdup_printf ("%d", vd_settings_star_level (settings, v->approved_minutes));
    case VD_COLUMN_STATUS:
      return g_strdup (v->active ? _("Active") : _("Inactive"));
    case VD_COLUMN_NOTES:             return g_strdup (v->notes);
    case VD_N_COLUMNS:
    default:
      g_return_val_if_reached (g_strdup (""));
    }
}
