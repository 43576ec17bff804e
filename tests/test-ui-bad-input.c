/* test-ui-bad-input.c — the bad-input sweep under Xvfb: one table of invalid values
 * for every form of the app. Each case opens the real form, types good values into
 * the other fields and the bad one into its field, tries to save, then checks that
 * the message sits next to that field, that the database (the audit log included)
 * is exactly as before and that the rest of the typing is kept.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <sqlite3.h>
#include <string.h>

#include "vd-certificate-dialog.h"
#include "vd-event-detail.h"
#include "vd-event-dialog.h"
#include "vd-exchange-dialog.h"
#include "vd-exchange-item-dialog.h"
#include "vd-form-window.h"
#include "vd-ledger-print.h"
#include "vd-points.h"
#include "vd-preferences-window.h"
#include "vd-station-dialog.h"
#include "vd-stations.h"
#include "vd-team-dialog.h"
#include "vd-training.h"
#include "vd-training-dialog.h"
#include "vd-volunteer-dialog.h"
#include "vd-volunteer-form.h"
#include "vd-walk-in-dialog.h"
#include "vd-wish-dialog.h"

#include "vd-test-events.h"
#include "vd-ui-test-utils.h"

/* One database for the whole table: every case must leave it as it found it. */
static VdTestFixture fixture;
static gint64 training_id;
static gint64 item_id;
static gint64 hours_event_id;
/* the window a small form was opened from; closed with it */
static GtkWidget *behind;

/* The forms */

typedef GtkWidget *(*OpenFunc) (void);

typedef struct
{
  const char  *name;
  OpenFunc     open;
  GType      (*get_type) (void);
  /* the template child holding the fields, and its type (the volunteer form) */
  const char  *inner;
  GType      (*get_inner_type) (void);
  /* "action:NAME", "button:CHILD", or NULL: press below, or none for the
   * preferences, which save by themselves */
  const char  *save;
  /* field, value pairs typed before the bad value; NULL-terminated */
  const char  *good[12];
  /* for a form built in code: its widget of that name, or NULL */
  GObject   *(*find) (GtkWidget *window, const char *name);
  /* a VdFormWindow's rows, in order: NAME_row, NAME_spin, NAME_error find them */
  const char  *rows[6];
  /* for a form whose accept button is not a template child: what it runs */
  void       (*press) (GtkWidget *window);
  /* for a form that checks in the background: TRUE once it has judged the typing */
  VdTestCondition ready;
} Form;

static GtkWidget *
open_volunteer (void)
{
  return vd_volunteer_dialog_new (NULL, fixture.db, NULL);
}

static GtkWidget *
open_team (void)
{
  return vd_team_dialog_new (NULL, fixture.db, NULL);
}

static GtkWidget *
open_station (void)
{
  return vd_station_dialog_new (NULL, fixture.db, NULL);
}

static GtkWidget *
open_event (void)
{
  return GTK_WIDGET (vd_event_dialog_new (NULL, fixture.db, NULL));
}

static GtkWidget *
open_training (void)
{
  return GTK_WIDGET (vd_training_dialog_new (NULL, fixture.db, NULL));
}

static GtkWidget *
open_walk_in (void)
{
  return GTK_WIDGET (vd_walk_in_dialog_new (NULL, fixture.db, training_id));
}

static GtkWidget *
open_wish (void)
{
  return vd_wish_dialog_new (NULL, fixture.db, 0);
}

static GtkWidget *
open_item (void)
{
  return vd_exchange_item_dialog_new (NULL, fixture.db, 0);
}

static GtkWidget *
open_exchange (void)
{
  GtkWidget *dialog = vd_exchange_dialog_new (NULL, fixture.db, item_id);

  vd_exchange_dialog_set_volunteer (VD_EXCHANGE_DIALOG (dialog), 1);
  return dialog;
}

static GtkWidget *
open_exchange_nobody (void)
{
  return vd_exchange_dialog_new (NULL, fixture.db, item_id);
}

static GtkWidget *
open_certificate (void)
{
  static const gint64 ids[] = { 1, 2 };

  return vd_certificate_dialog_new (NULL, fixture.db, ids, G_N_ELEMENTS (ids),
                                    "2 volunteers", "");
}

typedef struct
{
  GType      type;
  GtkWidget *found;
} Toplevel;

static gboolean
toplevel_shown (gpointer data)
{
  Toplevel *t = data;
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, t->type) && gtk_widget_get_mapped (GTK_WIDGET (window)))
        {
          t->found = GTK_WIDGET (window);
          return TRUE;
        }
    }
  return FALSE;
}

static void
on_form_destroyed_cb (GtkWidget *form)
{
  if (behind != NULL)
    gtk_window_destroy (GTK_WINDOW (behind));
  behind = NULL;
}

/* The small window opened from behind, once shown; it closes behind with it. */
static GtkWidget *
wait_form (GType type)
{
  Toplevel t = { type, NULL };

  g_assert_true (vd_test_wait_for (toplevel_shown, &t));
  g_signal_connect (t.found, "destroy", G_CALLBACK (on_form_destroyed_cb), NULL);
  return t.found;
}

static gboolean
has_one_item (gpointer model)
{
  return g_list_model_get_n_items (model) == 1;
}

/* A participant's hours, as edited from the event's window. */
static GtkWidget *
open_hours (void)
{
  GtkColumnView *view;

  behind = GTK_WIDGET (vd_event_detail_new (NULL, fixture.db, hours_event_id));
  gtk_window_present (GTK_WINDOW (behind));
  g_assert_true (vd_test_wait_for (vd_test_is_mapped, behind));
  view = vd_test_child_of (behind, VD_TYPE_EVENT_DETAIL, "column_view");
  g_assert_true (vd_test_wait_for (has_one_item, gtk_column_view_get_model (view)));
  gtk_selection_model_select_item (gtk_column_view_get_model (view), 0, TRUE);
  gtk_widget_activate_action (behind, "event.edit-record", NULL);
  return wait_form (VD_TYPE_FORM_WINDOW);
}

/* The period of a station's ledger, asked before it is saved as a PDF. */
static GtkWidget *
open_ledger_period (void)
{
  g_autoptr(VdStation) station = NULL;
  g_autoptr(GError) error = NULL;

  station = vd_stations_get (fixture.db, 1, &error);
  g_assert_no_error (error);
  behind = gtk_window_new ();
  gtk_window_present (GTK_WINDOW (behind));
  vd_ledger_print_ask (behind, fixture.db, station, FALSE);
  return wait_form (VD_TYPE_FORM_WINDOW);
}

/* The attendance PIN, typed twice in a small dialog of the preferences. */
static GtkWidget *
open_pin (void)
{
  behind = GTK_WIDGET (vd_preferences_window_new (fixture.db));
  gtk_window_present (GTK_WINDOW (behind));
  g_assert_true (vd_test_wait_for (vd_test_is_mapped, behind));
  g_signal_emit_by_name (vd_test_child_of (behind, VD_TYPE_PREFERENCES_WINDOW, "pin_set_button"),
                         "clicked");
  return wait_form (ADW_TYPE_MESSAGE_DIALOG);
}

static void
collect_type (GtkWidget *widget,
              GType      type,
              GPtrArray *found)
{
  GtkWidget *child;

  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (found, widget);
  for (child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_type (child, type, found);
}

/* The PIN dialog: its two entries and the message under them. */
static GObject *
find_pin_child (GtkWidget  *window,
                const char *name)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new ();
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  collect_type (window, GTK_TYPE_ENTRY, entries);
  g_assert_cmpuint (entries->len, ==, 2);
  if (g_str_equal (name, "first_entry"))
    return g_ptr_array_index (entries, 0);
  if (g_str_equal (name, "second_entry"))
    return g_ptr_array_index (entries, 1);
  collect_type (window, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (g_str_equal (name, "message") && gtk_widget_has_css_class (g_ptr_array_index (labels, i), "error"))
      return g_ptr_array_index (labels, i);
  return NULL;
}

/* The button is off while the PINs are wrong: pressing it does nothing. */
static void
press_pin_set (GtkWidget *window)
{
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (window), "set"));
}

static void
collect_rows (GtkWidget *widget,
              GPtrArray *rows)
{
  GtkWidget *child;

  if (ADW_IS_PREFERENCES_ROW (widget))
    {
      g_ptr_array_add (rows, widget);
      return;
    }
  for (child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_rows (child, rows);
}

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  GtkWidget *child;

  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A VdFormWindow's rows by the names of Form.rows; an entry row's message label
 * once it has one. */
static GObject *
find_form_window_child (const char *const *names,
                        GtkWidget          *window,
                        const char         *name)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_auto(GStrv) parts = g_strsplit (name, "_", 2);

  collect_rows (window, rows);
  g_assert_cmpuint (rows->len, ==, g_strv_length ((char **) names));
  for (guint i = 0; names[i] != NULL; i++)
    if (g_str_equal (parts[0], names[i]))
      {
        GtkWidget *row = g_ptr_array_index (rows, i);

        if (g_str_equal (parts[1], "row"))
          return G_OBJECT (row);
        if (g_str_equal (parts[1], "spin"))
          return G_OBJECT (find_descendant (row, GTK_TYPE_SPIN_BUTTON));
        if (g_str_equal (parts[1], "error"))
          return g_object_get_data (G_OBJECT (row), "vd-form-message");
      }
  return NULL;
}

static GtkWidget *
open_preferences (void)
{
  return GTK_WIDGET (vd_preferences_window_new (fixture.db));
}

static gboolean
volunteer_form_ready (gpointer dialog)
{
  return !vd_volunteer_form_is_checking (vd_test_child_of (dialog, VD_TYPE_VOLUNTEER_DIALOG,
                                                           "form"));
}

static const Form volunteer_form = {
  "volunteer", open_volunteer, vd_volunteer_dialog_get_type, "form", vd_volunteer_form_get_type,
  "action:volunteer.save",
  { "name_row", "李华", "id_number_row", "11010519491231002X", "phone_row", "13800138000",
    NULL },
  NULL, { NULL }, NULL, volunteer_form_ready
};
/* What the Save action runs: the action itself is off until the dialog's delayed
 * check has passed. */
static void
press_team_save (GtkWidget *window)
{
  vd_team_dialog_save (VD_TEAM_DIALOG (window));
}

static const Form team_form = {
  "team", open_team, vd_team_dialog_get_type, NULL, NULL, NULL,
  { "name_row", "社区环保服务队", "founded_row", "2020-05-04", NULL },
  NULL, { NULL }, press_team_save
};
static const Form station_form = {
  "station", open_station, vd_station_dialog_get_type, NULL, NULL, "action:station.save",
  { "name_row", "东风社区志愿服务站", "type_row", "#1", "established_row", "2019-03-05",
    "contact_phone_row", "13800138000", NULL }
};
static void
press_event_save (GtkWidget *window)
{
  vd_event_dialog_save (VD_EVENT_DIALOG (window));
}

static const Form event_form = {
  "event", open_event, vd_event_dialog_get_type, NULL, NULL, NULL,
  { "title_row", "环保宣传进社区", "starts_row", "2024-03-05 09:00",
    "ends_row", "2024-03-05 11:30", "place_row", "东风社区广场", NULL },
  NULL, { NULL }, press_event_save
};
static const Form training_form = {
  "training", open_training, vd_training_dialog_get_type, NULL, NULL, "action:training.save",
  { "topic_row", "应急救护培训", "trainer_row", "王医生", "starts_row", "2024-04-10 14:00",
    "ends_row", "2024-04-10 16:00", "place_row", "区红十字会", NULL }
};
static const Form walk_in_form = {
  "walk-in", open_walk_in, vd_walk_in_dialog_get_type, NULL, NULL, "action:walk-in.accept",
  { "name_row", "李娜", "phone_row", "13800001234", "id_number_row", "110105199003071239",
    NULL }
};
static const Form wish_form = {
  "wish", open_wish, vd_wish_dialog_get_type, NULL, NULL, "button:save_button",
  { "content_row", "为独居老人配一台收音机", "requester_row", "刘奶奶",
    "phone_row", "13800001234", "date_row", "2024-05-01", NULL }
};
static const Form item_form = {
  "catalogue-item", open_item, vd_exchange_item_dialog_get_type, NULL, NULL, "button:save_button",
  { "name_row", "环保购物袋", "description_row", "可重复使用", "price_row", "10", NULL }
};
static const Form exchange_form = {
  "exchange", open_exchange, vd_exchange_dialog_get_type, NULL, NULL, "button:exchange_button",
  { NULL }
};
static const Form exchange_nobody_form = {
  "exchange", open_exchange_nobody, vd_exchange_dialog_get_type, NULL, NULL,
  "button:exchange_button", { NULL }
};
static const Form certificate_form = {
  "certificate", open_certificate, vd_certificate_dialog_get_type, NULL, NULL,
  "action:certificate.issue",
  { "from_row", "2024-01-01", "to_row", "2024-12-31", "responsible_row", "王芳",
    "handler_row", "李明", "contact_row", "0371-12345678", NULL }
};
static const Form hours_form = {
  "hours", open_hours, vd_form_window_get_type, NULL, NULL, "action:form.accept",
  { "note_row", "补录说明", NULL }, NULL, { "hours", "date", "backfilled", "note", NULL }
};
static const Form ledger_period_form = {
  "ledger-period", open_ledger_period, vd_form_window_get_type, NULL, NULL, "action:form.accept",
  { "from_row", "2025-01-01", "to_row", "2025-12-31", NULL }, NULL, { "from", "to", NULL }
};
static const Form pin_form = {
  "preferences-pin", open_pin, adw_message_dialog_get_type, NULL, NULL, NULL,
  { "first_entry", "2468", "second_entry", "2468", NULL }, find_pin_child, { NULL }, press_pin_set
};
static const Form preferences_form = {
  "preferences", open_preferences, vd_preferences_window_get_type, NULL, NULL, NULL,
  { "daily_cap_spin", "7.5", NULL }
};

/* The table */

typedef struct
{
  const Form *form;
  const char *field;   /* where the bad value is typed */
  const char *value;   /* "=NAME" for a value made at run time (see make_value) */
  const char *row;     /* the row that turns red */
  const char *label;   /* its message label, or NULL for the row's subtitle */
} BadCase;

#define LONG_NAME "张三李四王五赵六钱七孙八周九吴十郑十一王十二冯十三陈十四褚十五卫十六蒋十七"
#define LONG_TEXT_65 "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五"

static const BadCase cases[] = {
  /* the register's volunteer form */
  { &volunteer_form, "id_number_row", "=bad-check", "id_number_row", "id_number_error" },
  { &volunteer_form, "id_number_row", "=unknown-area", "id_number_row", "id_number_error" },
  { &volunteer_form, "id_number_row", "=future-birth", "id_number_row", "id_number_error" },
  { &volunteer_form, "id_number_row", "410105851332123", "id_number_row", "id_number_error" },
  { &volunteer_form, "id_number_row", "4101058503071", "id_number_row", "id_number_error" },
  { &volunteer_form, "id_number_row", "=duplicate-id", "id_number_row", "id_number_error" },
  { &volunteer_form, "phone_row", "12345", "phone_row", "phone_error" },
  { &volunteer_form, "phone_row", "2380013800a", "phone_row", "phone_error" },
  { &volunteer_form, "emergency_phone_row", "电话", "emergency_phone_row", "emergency_phone_error" },
  { &volunteer_form, "registered_on_row", "=tomorrow", "registered_on_row", "registered_on_error" },
  { &volunteer_form, "registered_on_row", "2023-02-30", "registered_on_row", "registered_on_error" },
  { &volunteer_form, "name_row", LONG_NAME LONG_NAME, "name_row", "name_error" },
  { &volunteer_form, "name_row", "张3", "name_row", "name_error" },
  { &volunteer_form, "platform_no_row", "=duplicate-platform", "platform_no_row", "platform_no_error" },
  { &volunteer_form, "platform_no_row", "ZY4101050001000100010001000100010", "platform_no_row",
    "platform_no_error" },

  /* teams */
  { &team_form, "founded_row", "=tomorrow", "founded_row", "founded_error" },
  { &team_form, "founded_row", "2021-13-01", "founded_row", "founded_error" },
  { &team_form, "name_row", "", "name_row", "name_error" },
  { &team_form, "name_row", "党员先锋队", "name_row", "name_error" },
  { &team_form, "name_row", LONG_TEXT_65 LONG_TEXT_65, "name_row", "name_error" },

  /* stations */
  { &station_form, "established_row", "=tomorrow", "established_row", "established_error" },
  { &station_form, "established_row", "去年", "established_row", "established_error" },
  { &station_form, "contact_phone_row", "12345", "contact_phone_row", "contact_phone_error" },
  { &station_form, "name_row", "", "name_row", "name_error" },
  { &station_form, "name_row", LONG_TEXT_65 LONG_TEXT_65, "name_row", "name_error" },

  /* events */
  { &event_form, "ends_row", "2024-03-05 08:00", "ends_row", "ends_error" },
  { &event_form, "starts_row", "三月五日", "starts_row", "starts_error" },
  { &event_form, "ends_row", "2024-02-30 11:00", "ends_row", "ends_error" },
  { &event_form, "title_row", "", "title_row", "title_error" },
  { &event_form, "title_row", LONG_TEXT_65 LONG_TEXT_65 LONG_TEXT_65 LONG_TEXT_65, "title_row", "title_error" },

  /* training sessions */
  { &training_form, "ends_row", "2024-04-10 13:00", "ends_row", "ends_error" },
  { &training_form, "starts_row", "下午两点", "starts_row", "starts_error" },
  { &training_form, "topic_row", "", "topic_row", "topic_error" },
  { &training_form, "minutes_spin", "600", "minutes_row", NULL },
  { &training_form, "topic_row", LONG_TEXT_65 LONG_TEXT_65 LONG_TEXT_65 LONG_TEXT_65, "topic_row", "topic_error" },

  /* the walk-in short form of attendance mode */
  { &walk_in_form, "id_number_row", "110105199003071230", "id_number_row", "id_number_error" },
  { &walk_in_form, "phone_row", "1380000", "phone_row", "phone_error" },
  { &walk_in_form, "name_row", "", "name_row", "name_error" },
  { &walk_in_form, "name_row", "李娜2", "name_row", "name_error" },

  /* micro-wishes */
  { &wish_form, "phone_row", "12345", "phone_row", "phone_error" },
  { &wish_form, "content_row", "", "content_row", "content_error" },
  { &wish_form, "requester_row", "", "requester_row", "requester_error" },
  { &wish_form, "date_row", "=tomorrow", "date_row", "date_error" },
  { &wish_form, "date_row", "五月一日", "date_row", "date_error" },

  /* points: the catalogue and exchanges */
  { &item_form, "price_row", "0", "price_row", "price_error" },
  { &item_form, "price_row", "-5", "price_row", "price_error" },
  { &item_form, "price_row", "十分", "price_row", "price_error" },
  { &item_form, "name_row", "", "name_row", "name_error" },
  { &exchange_form, "quantity_spin", "3", "quantity_row", NULL },
  { &exchange_form, "quantity_spin", "2", "total_row", NULL },
  { &exchange_nobody_form, "quantity_spin", "1", "volunteer_row", NULL },

  /* certificates */
  { &certificate_form, "to_row", "2023-12-31", "to_row", "to_error" },
  { &certificate_form, "handler_row", "", "handler_row", "handler_error" },
  { &certificate_form, "from_row", "2024-02-30", "from_row", "from_error" },
  { &certificate_form, "issuer_row", "", "issuer_row", "issuer_error" },

  /* a participant's hours (3.5 h event; 6 h already on another event that day; cap 8 h) */
  { &hours_form, "hours_spin", "3", "hours_row", NULL },
  { &hours_form, "hours_spin", "4", "backfilled_row", NULL },
  { &hours_form, "date_row", "2024-03-06", "backfilled_row", NULL },
  { &hours_form, "date_row", "三月五日", "date_row", "date_error" },
  { &hours_form, "date_row", "2024-02-30", "date_row", "date_error" },

  /* the period of a station's ledger */
  { &ledger_period_form, "from_row", "2025-13-01", "from_row", "from_error" },
  { &ledger_period_form, "to_row", "明年", "to_row", "to_error" },
  { &ledger_period_form, "to_row", "2024-12-31", "to_row", "to_error" },

  /* the attendance PIN of the preferences */
  { &pin_form, "second_entry", "2469", "message", "message" },
  { &pin_form, "first_entry", "12", "message", "message" },
  { &pin_form, "first_entry", "12ab", "message", "message" },

  /* preferences, which save by themselves */
  { &preferences_form, "district_name_row", "东城区 ", "district_name_row", "district_name_error" },
  { &preferences_form, "district_name_row", LONG_TEXT_65 "区", "district_name_row", "district_name_error" },
  { &preferences_form, "star_2_spin", "1", "star_2_row", NULL },
  { &preferences_form, "star_5_spin", "50", "star_5_row", NULL },
  { &preferences_form, "party_total_spin", "=more-than-population", "party_total_row", NULL },
  { &preferences_form, "rounding_row", "#5", "rounding_row", NULL },
};

static const Form *const saving_forms[] = {
  &volunteer_form, &team_form, &station_form, &event_form, &training_form, &walk_in_form,
  &wish_form, &item_form, &exchange_form, &certificate_form, &hours_form, &preferences_form,
};

/* Values made at run time */

static char *
make_bad_check (const char *first17)
{
  g_autofree char *good = vd_test_make_id (first17);

  good[17] = good[17] == '0' ? '1' : '0';
  return g_steal_pointer (&good);
}

static char *
make_value (const char *value)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) tomorrow = g_date_time_add_days (now, 1);

  if (value[0] != '=')
    return g_strdup (value);
  value++;
  if (g_str_equal (value, "bad-check"))
    return make_bad_check ("11010519491231002");
  if (g_str_equal (value, "unknown-area"))
    return vd_test_make_id ("99010519850307123");
  if (g_str_equal (value, "future-birth"))
    {
      g_autoptr(GDateTime) later = g_date_time_add_years (now, 2);
      g_autofree char *first17 = g_date_time_format (later, "110105%Y%m%d123");

      return vd_test_make_id (first17);
    }
  if (g_str_equal (value, "duplicate-id"))
    return vd_test_make_id ("41010519850307123");
  if (g_str_equal (value, "duplicate-platform"))
    return g_strdup ("ZY4101050001");
  if (g_str_equal (value, "tomorrow"))
    return g_date_time_format (tomorrow, "%Y-%m-%d");
  if (g_str_equal (value, "more-than-population"))
    return g_strdup ("5000");
  g_assert_not_reached ();
}

/* The window's widgets */

static GObject *
try_child (GtkWidget  *window,
           const Form *form,
           const char *name)
{
  GObject *child;

  if (form->find != NULL)
    return form->find (window, name);
  if (form->rows[0] != NULL)
    return find_form_window_child (form->rows, window, name);
  child = gtk_widget_get_template_child (window, form->get_type (), name);
  if (child == NULL && form->inner != NULL)
    {
      GtkWidget *inner = vd_test_child_of (window, form->get_type (), form->inner);

      child = gtk_widget_get_template_child (inner, form->get_inner_type (), name);
    }
  return child;
}

static GObject *
find_child (GtkWidget  *window,
            const Form *form,
            const char *name)
{
  GObject *child = try_child (window, form, name);

  if (child == NULL)
    g_error ("no widget “%s” in the %s form", name, form->name);
  return child;
}

static void
type_into (GObject    *widget,
           const char *text)
{
  if (GTK_IS_SPIN_BUTTON (widget))
    gtk_spin_button_set_value (GTK_SPIN_BUTTON (widget), g_ascii_strtod (text, NULL));
  else if (ADW_IS_COMBO_ROW (widget))
    {
      g_assert_true (text[0] == '#');
      adw_combo_row_set_selected (ADW_COMBO_ROW (widget), (guint) atoi (text + 1));
    }
  else
    gtk_editable_set_text (GTK_EDITABLE (widget), text);
}

typedef struct
{
  GtkWidget  *window;   /* NULL once the form has closed */
  const Form *form;
  const char *row;
  const char *label;
} Shown;

static gboolean
message_shown (gpointer data)
{
  Shown *shown = data;
  GtkWidget *row;
  const char *text;

  if (shown->window == NULL)
    return TRUE;
  row = GTK_WIDGET (find_child (shown->window, shown->form, shown->row));

  if (!gtk_widget_has_css_class (row, "error") && !gtk_widget_has_css_class (row, "invalid"))
    return FALSE;
  if (shown->label != NULL)
    {
      GtkWidget *label = GTK_WIDGET (try_child (shown->window, shown->form, shown->label));

      if (label == NULL || !gtk_widget_get_visible (label))
        return FALSE;
      text = gtk_label_get_label (GTK_LABEL (label));
    }
  else
    text = adw_action_row_get_subtitle (ADW_ACTION_ROW (row));
  return text != NULL && text[0] != '\0';
}

/* The whole database as one checksum: every row of every table. */
static char *
database_checksum (VdDatabase *db)
{
  sqlite3 *handle = vd_database_get_handle (db);
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (handle,
                                       "SELECT name FROM sqlite_schema WHERE type = 'table' "
                                       "AND name NOT LIKE 'sqlite_%' ORDER BY name",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (tables, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);

  for (guint i = 0; i < tables->len; i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM \"%s\"",
                                              (char *) g_ptr_array_index (tables, i));
      int rc;

      g_checksum_update (sum, g_ptr_array_index (tables, i), -1);
      g_assert_cmpint (sqlite3_prepare_v2 (handle, sql, -1, &stmt, NULL), ==, SQLITE_OK);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        for (int c = 0; c < sqlite3_column_count (stmt); c++)
          {
            const guchar *text = sqlite3_column_text (stmt, c);

            g_checksum_update (sum, text != NULL ? text : (const guchar *) "\x01NULL", -1);
            g_checksum_update (sum, (const guchar *) "\x02", 1);
          }
      g_assert_cmpint (rc, ==, SQLITE_DONE);
      sqlite3_finalize (stmt);
    }
  return g_strdup (g_checksum_get_string (sum));
}

static void
try_to_save (GtkWidget  *window,
             const Form *form)
{
  if (form->ready != NULL)
    g_assert_true (vd_test_wait_for (form->ready, window));
  if (form->press != NULL)
    form->press (window);
  else if (form->save == NULL)
    /* what the save delay would write, at once: as when the window closes */
    g_assert_true (vd_preferences_window_save_pending (VD_PREFERENCES_WINDOW (window)));
  else if (g_str_has_prefix (form->save, "action:"))
    gtk_widget_activate_action (window, form->save + strlen ("action:"), NULL);
  else if (g_str_has_prefix (form->save, "button:"))
    g_signal_emit_by_name (find_child (window, form, form->save + strlen ("button:")), "clicked");
  else
    g_assert_not_reached ();
}

static void
test_bad_input (gconstpointer data)
{
  const BadCase *c = data;
  const Form *form = c->form;
  g_autofree char *before = database_checksum (fixture.db);
  g_autofree char *after = NULL;
  g_autofree char *value = make_value (c->value);
  gint64 audit = vd_test_query_int (fixture.db, "SELECT count(*) FROM audit_log");
  GtkWidget *window = form->open ();
  Shown shown = { window, form, c->row, c->label };
  guint i;

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &shown.window);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (vd_test_wait_for (vd_test_is_mapped, window));

  for (i = 0; form->good[i] != NULL; i += 2)
    if (!g_str_equal (form->good[i], c->field))
      type_into (find_child (window, form, form->good[i]), form->good[i + 1]);
  /* an empty value is typed and then erased, as a user does */
  if (value[0] == '\0')
    type_into (find_child (window, form, c->field), "甲");
  type_into (find_child (window, form, c->field), value);
  try_to_save (window, form);

  if (!vd_test_wait_for (message_shown, &shown) || shown.window == NULL)
    g_error ("%s form, %s = “%s”: no message at %s", form->name, c->field, value, c->row);
  /* a late save would show up here */
  vd_test_run_for (50);
  g_assert_nonnull (shown.window);
  g_object_remove_weak_pointer (G_OBJECT (window), (gpointer *) &shown.window);

  after = database_checksum (fixture.db);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (vd_test_query_int (fixture.db, "SELECT count(*) FROM audit_log"), ==, audit);

  /* the rest of what the user typed is still there */
  for (i = 0; form->good[i] != NULL; i += 2)
    {
      GObject *widget = find_child (window, form, form->good[i]);

      if (!g_str_equal (form->good[i], c->field) && GTK_IS_EDITABLE (widget) &&
          !GTK_IS_SPIN_BUTTON (widget))
        g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (widget)), ==, form->good[i + 1]);
    }

  gtk_window_destroy (GTK_WINDOW (window));
  vd_test_run_for (10);
}

static gboolean
database_changed (gpointer before)
{
  g_autofree char *now = database_checksum (fixture.db);

  return g_strcmp0 (now, before) != 0;
}

/* The other side of each form: its good values alone are saved, so the way the
 * sweep tries to save does save. Runs after the sweep. */
static void
test_good_input_saves (gconstpointer data)
{
  const Form *form = data;
  g_autofree char *before = database_checksum (fixture.db);
  GtkWidget *window = form->open ();
  GtkWidget *watch = window;

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &watch);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (vd_test_wait_for (vd_test_is_mapped, window));
  for (guint i = 0; form->good[i] != NULL; i += 2)
    type_into (find_child (window, form, form->good[i]), form->good[i + 1]);
  try_to_save (window, form);
  if (!vd_test_wait_for (database_changed, before))
    g_error ("%s form: good values were not saved", form->name);
  if (watch != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (window), (gpointer *) &watch);
      gtk_window_destroy (GTK_WINDOW (window));
    }
  vd_test_run_for (10);
}

/* The district the forms work on */

static void
set_up_district (VdDatabase *db)
{
  g_autoptr(VdTraining) t = vd_training_new ();
  g_autoptr(VdExchangeItem) item = vd_exchange_item_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) start = g_date_time_add_minutes (now, -5);
  g_autoptr(GDateTime) end = g_date_time_add_hours (now, 2);
  g_autofree char *sql = NULL;
  gint64 other_event;

  vd_test_add_six_volunteers (db);
  vd_test_add_places (db);
  hours_event_id = vd_test_add_event (db, "社区敬老", vd_test_event_category (db, 0),
                                      "2024-03-05 08:30", "2024-03-05 12:00", 1, 0, 20);
  other_event = vd_test_add_event (db, "环保宣传", vd_test_event_category (db, 0),
                                   "2024-03-05 13:00", "2024-03-05 19:00", 1, 0, 50);
  sql = g_strdup_printf (
    "UPDATE settings SET district_name = '东城区', population = 1000, daily_cap_minutes = 480;"
    "UPDATE volunteers SET platform_no = 'ZY4101050001' WHERE id = 1;"
    "INSERT INTO service_records (volunteer_id, event_id, service_date, minutes) "
    "VALUES (3, %" G_GINT64_FORMAT ", '2024-03-05', 60);"
    "INSERT INTO service_records (volunteer_id, event_id, service_date, minutes, status, reviewed_at) "
    "VALUES (3, %" G_GINT64_FORMAT ", '2024-03-05', 360, 'approved', '2024-03-06 10:00:00');",
    hours_event_id, other_event);
  g_assert_true (vd_database_exec (db, sql, &error));
  g_assert_no_error (error);
  g_assert_true (vd_database_exec (db,
    "INSERT INTO service_records (volunteer_id, service_date, minutes, status, reviewed_at, note) "
    "VALUES (1, '2024-03-05', 150, 'approved', '2024-03-06 10:00:00', '社区敬老'),"
    "       (2, '2024-03-05', 60, 'approved', '2024-03-06 10:00:00', '社区敬老')",
    &error));
  g_assert_no_error (error);

  g_free (t->topic);
  t->topic = g_strdup ("应急救护培训");
  t->category_id = vd_test_query_int (db, "SELECT id FROM categories WHERE domain = 'training' LIMIT 1");
  g_free (t->starts_at);
  t->starts_at = g_date_time_format (start, "%Y-%m-%d %H:%M:%S");
  g_free (t->ends_at);
  t->ends_at = g_date_time_format (end, "%Y-%m-%d %H:%M:%S");
  g_assert_true (vd_training_insert (db, t, &error));
  g_assert_no_error (error);
  training_id = t->id;

  /* 50 points to spend; the item costs 30 and two are left */
  g_assert_cmpint (vd_points_adjust (db, 1, 5000, "年度积分", &error), >, 0);
  g_free (item->name);
  item->name = g_strdup ("保温杯");
  item->price_centi = 3000;
  item->stock = 2;
  g_assert_true (vd_points_save_item (db, item, &error));
  g_assert_no_error (error);
  item_id = item->id;
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* Under Xvfb, GL is drawn in software and takes most of the time of so many
   * windows; what the forms do does not depend on the renderer. */
  g_setenv ("GSK_RENDERER", "cairo", FALSE);
  vd_test_ui_init (&argc, &argv);
  vd_test_fixture_set_up (&fixture, NULL);
  set_up_district (fixture.db);

  g_assert_cmpuint (G_N_ELEMENTS (cases), >=, 50);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/ui/bad-input/%s/%02u-%s", cases[i].form->name,
                                               i, cases[i].field);

      g_test_add_data_func (path, &cases[i], test_bad_input);
    }

  /* the ledger period writes nothing and the PIN dialog saves with the preferences */
  for (guint i = 0; i < G_N_ELEMENTS (saving_forms); i++)
    {
      g_autofree char *path = g_strdup_printf ("/ui/bad-input/good-input-saves/%s",
                                               saving_forms[i]->name);

      g_test_add_data_func (path, saving_forms[i], test_good_input_saves);
    }

  status = g_test_run ();
  vd_test_fixture_tear_down (&fixture, NULL);
  return status;
}
