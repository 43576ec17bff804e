/* vd-volunteer.c — one volunteer of the register
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <time.h>

#include "vd-identity.h"
#include "vd-volunteer.h"

G_DEFINE_FINAL_TYPE (VdVolunteer, vd_volunteer, G_TYPE_OBJECT)

static guint changed_signal;

static const struct {
  const char *code;
  const char *label;
  const char *aliases;   /* what spreadsheets write, '|'-separated */
} politicals[VD_N_POLITICAL] = {
  { "party_member", N_("Party member"), "中共党员|党员|中国共产党党员|共产党员|cpc member" },
  { "probationary", N_("Probationary party member"), "中共预备党员|预备党员" },
  { "league_member", N_("Communist Youth League member"), "共青团员|团员|league member" },
  { "democratic_party", N_("Democratic party member"), "民主党派|民主党派成员|无党派人士|无党派" },
  { "masses", N_("Ordinary citizen"), "群众|普通群众|masses|none|无" },
};

const char *
vd_political_to_code (VdPolitical value)
{
  g_return_val_if_fail (value < VD_N_POLITICAL, "masses");

  return politicals[value].code;
}

gboolean
vd_political_from_code (const char  *code,
                        VdPolitical *out)
{
  for (guint i = 0; i < VD_N_POLITICAL; i++)
    if (g_strcmp0 (code, politicals[i].code) == 0)
      {
        *out = i;
        return TRUE;
      }
  return FALSE;
}

const char *
vd_political_get_label (VdPolitical value)
{
  g_return_val_if_fail (value < VD_N_POLITICAL, "");

  return g_dgettext (GETTEXT_PACKAGE, politicals[value].label);
}

/* Built once: the importer asks for every row. */
static GHashTable *
political_names (void)
{
  static GHashTable *names = NULL;

  if (g_once_init_enter (&names))
    {
      GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

      for (guint i = 0; i < VD_N_POLITICAL; i++)
        {
          g_auto(GStrv) aliases = g_strsplit (politicals[i].aliases, "|", -1);

          for (guint k = 0; aliases[k] != NULL; k++)
            g_hash_table_insert (table, g_utf8_casefold (aliases[k], -1), GUINT_TO_POINTER (i));
          g_hash_table_insert (table, g_strdup (politicals[i].code), GUINT_TO_POINTER (i));
          g_hash_table_insert (table, g_utf8_casefold (politicals[i].label, -1), GUINT_TO_POINTER (i));
          g_hash_table_insert (table, g_utf8_casefold (vd_political_get_label (i), -1),
                               GUINT_TO_POINTER (i));
        }
      g_once_init_leave (&names, table);
    }
  return names;
}

gboolean
vd_political_from_label (const char  *text,
                         VdPolitical *out)
{
  g_autofree char *stripped = NULL;
  g_autofree char *wanted = NULL;
  gpointer value;

  /* g_utf8_casefold () reads past the end of a truncated sequence */
  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return FALSE;
  stripped = g_strstrip (g_strdup (text));
  wanted = g_utf8_casefold (stripped, -1);
  if (wanted[0] == '\0' ||
      !g_hash_table_lookup_extended (political_names (), wanted, NULL, &value))
    return FALSE;
  *out = GPOINTER_TO_UINT (value);
  return TRUE;
}

static void
vd_volunteer_finalize (GObject *object)
{
  VdVolunteer *self = (VdVolunteer *)object;

  g_free (self->volunteer_no);
  g_free (self->name);
  g_free (self->id_type);
  g_free (self->id_number);
  g_free (self->gender);
  g_free (self->birth_date);
  g_free (self->phone);
  g_free (self->education);
  g_free (self->employer);
  g_free (self->skills);
  g_free (self->registered_on);
  g_free (self->platform_no);
  g_free (self->emergency_contact);
  g_free (self->emergency_phone);
  g_free (self->notes);
  g_free (self->station_name);
  g_free (self->community_name);
  g_free (self->teams);

  G_OBJECT_CLASS (vd_volunteer_parent_class)->finalize (object);
}

static void
vd_volunteer_class_init (VdVolunteerClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = vd_volunteer_finalize;

  /**
   * VdVolunteer::changed:
   *
   * The fields were overwritten in place (vd_volunteer_assign()): a list reuses the
   * record it handed out for a position when its result changes, so that views keep
   * their rows and only show them again.
   */
  changed_signal = g_signal_new ("changed",
                                 G_TYPE_FROM_CLASS (klass),
                                 G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL,
                                 G_TYPE_NONE, 0);
}

static void
vd_volunteer_init (VdVolunteer *self)
{
  self->volunteer_no = g_strdup ("");
  self->name = g_strdup ("");
  self->id_type = g_strdup ("resident");
  self->id_number = g_strdup ("");
  self->gender = g_strdup ("unknown");
  self->political = VD_POLITICAL_MASSES;
  self->education = g_strdup ("");
  self->employer = g_strdup ("");
  self->skills = g_strdup ("");
  self->registered_on = g_strdup ("");
  self->emergency_contact = g_strdup ("");
  self->emergency_phone = g_strdup ("");
  self->notes = g_strdup ("");
  self->active = TRUE;
  self->station_name = g_strdup ("");
  self->community_name = g_strdup ("");
  self->teams = g_strdup ("");
}

VdVolunteer *
vd_volunteer_new (void)
{
  return g_object_new (VD_TYPE_VOLUNTEER, NULL);
}

VdVolunteer *
vd_volunteer_copy (VdVolunteer *self)
{
  VdVolunteer *copy;

  g_return_val_if_fail (VD_IS_VOLUNTEER (self), NULL);

  copy = vd_volunteer_new ();
  vd_volunteer_assign (copy, self);
  return copy;
}

void
vd_volunteer_assign (VdVolunteer *self,
                     VdVolunteer *src)
{
  g_return_if_fail (VD_IS_VOLUNTEER (self));
  g_return_if_fail (VD_IS_VOLUNTEER (src));

  if (self == src)
    return;
#define COPY_STR(f) do { char *tmp = g_strdup (src->f); g_free (self->f); self->f = tmp; } while (0)
  self->id = src->id;
  COPY_STR (volunteer_no);
  COPY_STR (name);
  COPY_STR (id_type);
  COPY_STR (id_number);
  COPY_STR (gender);
  COPY_STR (birth_date);
  COPY_STR (phone);
  self->political = src->political;
  COPY_STR (education);
  COPY_STR (employer);
  COPY_STR (skills);
  self->community_id = src->community_id;
  self->station_id = src->station_id;
  COPY_STR (registered_on);
  COPY_STR (platform_no);
  COPY_STR (emergency_contact);
  COPY_STR (emergency_phone);
  COPY_STR (notes);
  self->active = src->active;
  COPY_STR (station_name);
  COPY_STR (community_name);
  COPY_STR (teams);
  self->approved_minutes = src->approved_minutes;
#undef COPY_STR
}

void
vd_volunteer_emit_changed (VdVolunteer *self)
{
  g_return_if_fail (VD_IS_VOLUNTEER (self));

  g_signal_emit (self, changed_signal, 0);
}

gboolean
vd_volunteer_is_party_member (VdVolunteer *self)
{
  g_return_val_if_fail (VD_IS_VOLUNTEER (self), FALSE);

  return self->political == VD_POLITICAL_PARTY_MEMBER ||
         self->political == VD_POLITICAL_PROBATIONARY;
}

char *
vd_volunteer_dup_id_display (VdVolunteer *self,
                             gboolean     full)
{
  g_return_val_if_fail (VD_IS_VOLUNTEER (self), NULL);

  return full ? g_strdup (self->id_number) : vd_mask_id_number (self->id_number);
}

char *
vd_volunteer_dup_phone_display (VdVolunteer *self,
                                gboolean     full)
{
  g_return_val_if_fail (VD_IS_VOLUNTEER (self), NULL);

  if (self->phone == NULL)
    return g_strdup ("");
  return full ? g_strdup (self->phone) : vd_mask_phone (self->phone);
}

int
vd_volunteer_get_age (VdVolunteer *self,
                      GDate       *day)
{
  GDate birth;
  GDate today;
  int y, m, d;

  g_return_val_if_fail (VD_IS_VOLUNTEER (self), -1);

  if (self->birth_date == NULL ||
      sscanf (self->birth_date, "%4d-%2d-%2d", &y, &m, &d) != 3 ||
      !g_date_valid_dmy (d, m, y))
    return -1;
  g_date_clear (&birth, 1);
  g_date_set_dmy (&birth, d, m, y);
  if (day == NULL)
    {
      g_date_clear (&today, 1);
      g_date_set_time_t (&today, time (NULL));
      day = &today;
    }
  return vd_age_on (&birth, day);
}
