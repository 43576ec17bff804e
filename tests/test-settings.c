/* test-settings.c — the district's settings: defaults, validation, saving
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <math.h>

#include "vd-test-utils.h"

static void
test_defaults_match_schema (VdTestFixture *fx,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VdSettings) loaded = vd_settings_load (fx->db, &error);
  g_autoptr(VdSettings) defaults = vd_settings_new_default ();

  g_assert_no_error (error);
  g_assert_true (vd_settings_equal (loaded, defaults));
  g_assert_true (vd_settings_validate (defaults, NULL, NULL));
}

static void
test_round_trip (VdTestFixture *fx,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VdSettings) s = vd_settings_new_default ();
  g_autoptr(VdSettings) loaded = NULL;
  g_autoptr(VdDatabase) again = NULL;

  g_free (s->district_name);
  s->district_name = g_strdup ("示范区");
  s->population = 293750;
  s->party_member_total = 12000;
  s->target_volunteer_share = 16.5;
  s->daily_cap_minutes = 10 * 60;
  s->rounding_minutes = 15;
  s->training_counts = TRUE;
  s->star_hours[4] = 2000;
  s->points_per_hour_centi = 150;
  g_assert_true (vd_settings_save (fx->db, s, &error));
  g_assert_no_error (error);

  g_clear_object (&fx->db);
  again = vd_database_open (fx->path, &error);
  g_assert_no_error (error);
  loaded = vd_settings_load (again, &error);
  g_assert_no_error (error);
  g_assert_true (vd_settings_equal (s, loaded));

  /* The change is in the audit log with both images. */
  g_assert_cmpint (vd_test_query_int (again,
                   "SELECT count(*) FROM audit_log WHERE entity = 'settings' AND action = 'update' "
                   "AND before_json ->> '$.population' = 0 "
                   "AND after_json ->> '$.population' = 293750"), ==, 1);
}

typedef struct {
  const char      *what;
  void           (*spoil) (VdSettings *s);
  VdSettingsField  field;
} BadCase;

static void spoil_name (VdSettings *s) { g_free (s->district_name); s->district_name = g_strnfill (65, 'x'); }
static void spoil_name_spaces (VdSettings *s) { g_free (s->district_name); s->district_name = g_strdup (" 示范区"); }
static void spoil_population (VdSettings *s) { s->population = -1; }
static void spoil_party_total (VdSettings *s) { s->population = 1000; s->party_member_total = 1001; }
static void spoil_share (VdSettings *s) { s->target_volunteer_share = 120; }
static void spoil_share_nan (VdSettings *s) { s->target_volunteer_share = NAN; }
static void spoil_party_registered (VdSettings *s) { s->target_party_registered = -1; }
static void spoil_party_hours (VdSettings *s) { s->target_party_hours = 9000; }
static void spoil_party_community (VdSettings *s) { s->target_party_community = 100.5; }
static void spoil_cap_low (VdSettings *s) { s->daily_cap_minutes = 0; }
static void spoil_cap_high (VdSettings *s) { s->daily_cap_minutes = 25 * 60; }
static void spoil_cap_step (VdSettings *s) { s->daily_cap_minutes = 8 * 60 + 10; }
static void spoil_rounding (VdSettings *s) { s->rounding_minutes = 7; }
static void spoil_star_order (VdSettings *s) { s->star_hours[1] = s->star_hours[0]; }
static void spoil_star_zero (VdSettings *s) { s->star_hours[0] = 0; }
static void spoil_star_top (VdSettings *s) { s->star_hours[4] = s->star_hours[3] - 1; }
static void spoil_points (VdSettings *s) { s->points_per_hour_centi = -100; }

static const BadCase bad_cases[] = {
  { "name too long", spoil_name, VD_SETTINGS_FIELD_DISTRICT_NAME },
  { "name with spaces", spoil_name_spaces, VD_SETTINGS_FIELD_DISTRICT_NAME },
  { "negative population", spoil_population, VD_SETTINGS_FIELD_POPULATION },
  { "more party members than residents", spoil_party_total, VD_SETTINGS_FIELD_PARTY_MEMBER_TOTAL },
  { "share over 100 %", spoil_share, VD_SETTINGS_FIELD_TARGET_VOLUNTEER_SHARE },
  { "share not a number", spoil_share_nan, VD_SETTINGS_FIELD_TARGET_VOLUNTEER_SHARE },
  { "negative party target", spoil_party_registered, VD_SETTINGS_FIELD_TARGET_PARTY_REGISTERED },
  { "party hours over a year", spoil_party_hours, VD_SETTINGS_FIELD_TARGET_PARTY_HOURS },
  { "community share over 100 %", spoil_party_community, VD_SETTINGS_FIELD_TARGET_PARTY_COMMUNITY },
  { "no daily cap", spoil_cap_low, VD_SETTINGS_FIELD_DAILY_CAP },
  { "daily cap over 24 h", spoil_cap_high, VD_SETTINGS_FIELD_DAILY_CAP },
  { "daily cap off the half hour", spoil_cap_step, VD_SETTINGS_FIELD_DAILY_CAP },
  { "rounding of 7 minutes", spoil_rounding, VD_SETTINGS_FIELD_ROUNDING },
  { "two stars need no more than one", spoil_star_order, VD_SETTINGS_FIELD_STAR_2 },
  { "one star for nothing", spoil_star_zero, VD_SETTINGS_FIELD_STAR_1 },
  { "five stars below four", spoil_star_top, VD_SETTINGS_FIELD_STAR_5 },
  { "negative points", spoil_points, VD_SETTINGS_FIELD_POINTS_RATE },
};

static void
test_invalid_values_refused (VdTestFixture *fx,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VdSettings) stored = vd_settings_load (fx->db, &error);

  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_autoptr(VdSettings) s = vd_settings_copy (stored);
      g_autoptr(VdSettings) after = NULL;
      g_autoptr(GError) save_error = NULL;
      char *messages[VD_SETTINGS_N_FIELDS];

      bad_cases[i].spoil (s);
      g_assert_false (vd_settings_validate (s, messages, NULL));
      for (guint f = 0; f < VD_SETTINGS_N_FIELDS; f++)
        {
          if (f == bad_cases[i].field && messages[f] == NULL)
            g_error ("%s: no message next to the field", bad_cases[i].what);
          if (f != bad_cases[i].field && messages[f] != NULL)
            g_error ("%s: unexpected message on field %u: %s", bad_cases[i].what, f, messages[f]);
          g_free (messages[f]);
        }

      g_assert_false (vd_settings_save (fx->db, s, &save_error));
      g_assert_error (save_error, VD_DATABASE_ERROR, VD_DATABASE_ERROR_CONSTRAINT);
      after = vd_settings_load (fx->db, &error);
      g_assert_true (vd_settings_equal (after, stored));
    }
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count(*) FROM audit_log"), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add (name, VdTestFixture, NULL, vd_test_fixture_set_up, func, vd_test_fixture_tear_down)

  ADD ("/settings/defaults", test_defaults_match_schema);
  ADD ("/settings/round-trip", test_round_trip);
  ADD ("/settings/invalid-refused", test_invalid_values_refused);

  return g_test_run ();
}
