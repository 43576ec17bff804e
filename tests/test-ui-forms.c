/* test-ui-forms.c — the volunteer form and the import assistant under Xvfb, each
 * with a real database in a temporary folder.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "vd-import-columns.h"
#include "vd-import-dialog.h"
#include "vd-import-report.h"
#include "vd-volunteer-dialog.h"
#include "vd-volunteer-form.h"

/* Imports of many rows run here: wait longer than the other UI tests. */
#define VD_TEST_WAIT_SECONDS 30

#include "vd-ui-test-utils.h"

static gboolean
is_sensitive (gpointer widget)
{
  return gtk_widget_is_sensitive (widget);
}

static gboolean
is_null (gpointer pointer_to_pointer)
{
  return *(gpointer *) pointer_to_pointer == NULL;
}

/* A widget of the form inside the dialog. */
static gpointer
form_child (GtkWidget  *dialog,
            const char *name)
{
  return vd_test_child_of (vd_test_child_of (dialog, VD_TYPE_VOLUNTEER_DIALOG, "form"),
                           VD_TYPE_VOLUNTEER_FORM, name);
}

static gboolean
form_settled (gpointer dialog)
{
  return !vd_volunteer_form_is_checking (vd_test_child_of (dialog, VD_TYPE_VOLUNTEER_DIALOG, "form"));
}

/* Until the form has checked what was typed, however slow the machine. */
static void
wait_checked (GtkWidget *dialog)
{
  vd_test_run_for (50);
  g_assert_true (vd_test_wait_for (form_settled, dialog));
  vd_test_run_for (20);
}

/* A widget of the columns step of the import dialog. */
static gpointer
columns_child (GtkWidget  *dialog,
               const char *name)
{
  return vd_test_child_of (vd_test_child_of (dialog, VD_TYPE_IMPORT_DIALOG, "columns"),
                           VD_TYPE_IMPORT_COLUMNS, name);
}

static void
set_field (GtkWidget  *dialog,
           const char *row,
           const char *text)
{
  gtk_editable_set_text (form_child (dialog, row), text);
}

/* The same number with a wrong check character. */
static char *
make_bad_id (const char *first17)
{
  g_autofree char *good = vd_test_make_id (first17);

  good[17] = good[17] == '0' ? '1' : '0';
  return g_steal_pointer (&good);
}

static gint64
count_volunteers (VdDatabase *db)
{
  return vd_test_query_int (db, "SELECT count(*) FROM volunteers");
}

static gint64
insert_volunteer (VdDatabase *db,
                  const char *name,
                  const char *id_number,
                  const char *phone)
{
  g_autoptr(VdVolunteer) v = vd_volunteer_new ();
  g_autoptr(GError) error = NULL;

  g_free (v->name);
  v->name = g_strdup (name);
  g_free (v->id_number);
  v->id_number = g_strdup (id_number);
  g_free (v->phone);
  v->phone = g_strdup (phone);
  g_free (v->registered_on);
  v->registered_on = g_strdup ("2024-03-01");
  vd_register_insert (db, v, &error);
  g_assert_no_error (error);
  return v->id;
}

static gboolean
list_finds (VdDatabase *db,
            const char *text,
            gint64      id)
{
  g_autoptr(VdVolunteerList) list = vd_volunteer_list_new (db);
  g_autoptr(GError) error = NULL;
  VdVolunteerFilter filter;
  gboolean ok;

  vd_volunteer_filter_init (&filter);
  filter.text = g_strdup (text);
  ok = vd_volunteer_list_set_filter (list, &filter, &error);
  vd_volunteer_filter_clear (&filter);
  g_assert_no_error (error);
  g_assert_true (ok);
  return vd_volunteer_list_find (list, id) != G_MAXUINT;
}

static GtkWidget *
show_form (VdDatabase  *db,
           VdVolunteer *volunteer)
{
  GtkWidget *dialog = vd_volunteer_dialog_new (NULL, db, volunteer);

  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

static void
on_id_cb (GtkWidget *dialog,
          gint64     id,
          gint64    *out)
{
  *out = id;
}

/* The volunteer form */

static void
test_form_add (VdTestFixture *fx,
               gconstpointer  data)
{
  g_autoptr(VdVolunteer) saved = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *today = NULL;
  GtkWidget *dialog = show_form (fx->db, NULL);
  GtkWidget *save_button = vd_test_child_of (dialog, VD_TYPE_VOLUNTEER_DIALOG, "save_button");
  GtkWidget *watch = dialog;
  gint64 saved_id = 0;
  GDate date;

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &watch);
  g_signal_connect (dialog, "saved", G_CALLBACK (on_id_cb), &saved_id);

  /* An empty form is not red, but cannot be saved. */
  wait_checked (dialog);
  g_assert_false (gtk_widget_is_sensitive (save_button));
  g_assert_false (gtk_widget_get_visible (form_child (dialog, "name_error")));
  g_assert_false (gtk_widget_get_visible (form_child (dialog, "id_number_error")));
  g_assert_false (gtk_widget_has_css_class (form_child (dialog, "name_row"), "error"));

  set_field (dialog, "name_row", "张伟");
  set_field (dialog, "id_number_row", "11010519491231002X");
  set_field (dialog, "phone_row", "+86 138 0013 8000");
  g_assert_true (vd_test_wait_for (is_sensitive, save_button));

  /* Gender and birth date come from the number; the typing stays as typed. */
  g_assert_true (gtk_widget_get_visible (form_child (dialog, "derived_row")));
  g_assert_nonnull (strstr (adw_preferences_row_get_title (form_child (dialog, "derived_row")),
                            "1949-12-31"));
  g_assert_cmpstr (gtk_editable_get_text (form_child (dialog, "phone_row")), ==,
                   "+86 138 0013 8000");
  g_assert_false (gtk_widget_get_visible (form_child (dialog, "phone_error")));

  g_signal_emit_by_name (save_button, "clicked");
  g_assert_cmpint (saved_id, >, 0);
  g_assert_true (vd_test_wait_for (is_null, &watch));

  saved = vd_register_get (fx->db, saved_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (saved->name, ==, "张伟");
  g_assert_cmpstr (saved->id_number, ==, "11010519491231002X");
  g_assert_cmpstr (saved->phone, ==, "13800138000");
  g_assert_cmpstr (saved->gender, ==, "female");
  g_assert_cmpstr (saved->birth_date, ==, "1949-12-31");
  g_assert_cmpstr (saved->volunteer_no, !=, "");
  g_date_clear (&date, 1);
  vd_date_set_today (&date);
  today = vd_date_to_iso (&date);
  g_assert_cmpstr (saved->registered_on, ==, today);

  g_assert_true (list_finds (fx->db, "zw", saved_id));
  g_assert_true (list_finds (fx->db, "张伟", saved_id));
}

static void
test_form_invalid (VdTestFixture *fx,
                   gconstpointer  data)
{
  g_autoptr(GError) parse_error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) tomorrow = g_date_time_add_days (now, 1);
  g_autofree char *bad_id = make_bad_id ("11010519491231002");
  g_autofree char *future = g_date_time_format (tomorrow, "%Y/%m/%d");
  GtkWidget *dialog = show_form (fx->db, NULL);
  GtkWidget *save_button = vd_test_child_of (dialog, VD_TYPE_VOLUNTEER_DIALOG, "save_button");
  GtkLabel *id_error = form_child (dialog, "id_number_error");
  GtkLabel *date_error = form_child (dialog, "registered_on_error");
  gint64 saved_id = 0;

  g_signal_connect (dialog, "saved", G_CALLBACK (on_id_cb), &saved_id);
  g_assert_false (vd_id_number_parse (VD_ID_TYPE_RESIDENT, bad_id, NULL, NULL, NULL, NULL,
                                      &parse_error));
  g_assert_error (parse_error, VD_IDENTITY_ERROR, VD_IDENTITY_ERROR_CHECK_CHARACTER);

  /* The check character is wrong: the register's message sits at the ID field. */
  set_field (dialog, "name_row", "张伟");
  set_field (dialog, "id_number_row", bad_id);
  wait_checked (dialog);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (id_error)));
  g_assert_cmpstr (gtk_label_get_label (id_error), ==, parse_error->message);
  g_assert_true (gtk_widget_has_css_class (form_child (dialog, "id_number_row"), "error"));
  g_assert_false (gtk_widget_get_visible (form_child (dialog, "derived_row")));
  g_assert_false (gtk_widget_is_sensitive (save_button));
  /* Neither the action nor Enter saves it. */
  gtk_widget_activate_action (dialog, "volunteer.save", NULL);
  g_signal_emit_by_name (form_child (dialog, "name_row"), "entry-activated");
  g_assert_cmpint (saved_id, ==, 0);
  g_assert_cmpint (count_volunteers (fx->db), ==, 0);
  /* Fields not visited stay quiet. */
  g_assert_false (gtk_widget_get_visible (form_child (dialog, "phone_error")));

  /* Fixed, and the date is tomorrow: now the date is what is wrong. */
  set_field (dialog, "id_number_row", "11010519491231002x");
  set_field (dialog, "registered_on_row", future);
  wait_checked (dialog);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (id_error)));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (date_error)));
  g_assert_cmpstr (gtk_label_get_label (date_error), !=, "");
  g_assert_true (gtk_widget_has_css_class (form_child (dialog, "registered_on_row"), "error"));
  g_assert_false (gtk_widget_is_sensitive (save_button));
  g_signal_emit_by_name (save_button, "clicked");
  g_assert_cmpint (count_volunteers (fx->db), ==, 0);

  /* Another way of writing a date is fine; it is stored as YYYY-MM-DD. */
  set_field (dialog, "registered_on_row", "2024年3月5日");
  g_assert_true (vd_test_wait_for (is_sensitive, save_button));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (date_error)));
  g_signal_emit_by_name (save_button, "clicked");
  g_assert_cmpint (saved_id, >, 0);
  g_assert_cmpint (count_volunteers (fx->db), ==, 1);
  g_assert_cmpint (vd_test_query_int (fx->db, "SELECT count(*) FROM volunteers "
                                              "WHERE registered_on = '2024-03-05' "
                                              "AND id_number = '11010519491231002X'"), ==, 1);
}

static void
test_form_duplicate (VdTestFixture *fx,
                     gconstpointer  data)
{
  gint64 existing = insert_volunteer (fx->db, "张伟", "11010519491231002X", "13800138000");
  g_autofree char *other_id = vd_test_make_id ("41010519850312124");
  GtkWidget *dialog = show_form (fx->db, NULL);
  GtkWidget *save_button = vd_test_child_of (dialog, VD_TYPE_VOLUNTEER_DIALOG, "save_button");
  GtkWidget *open_button = form_child (dialog, "open_duplicate_button");
  GtkLabel *phone_label = form_child (dialog, "phone_error");
  GtkWidget *watch = dialog;
  gint64 opened = 0;

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &watch);
  g_signal_connect (dialog, "open-volunteer", G_CALLBACK (on_id_cb), &opened);

  /* The same phone as someone else: a warning that does not stop saving. */
  set_field (dialog, "name_row", "王芳");
  set_field (dialog, "id_number_row", other_id);
  set_field (dialog, "phone_row", "138-0013-8000");
  g_assert_true (vd_test_wait_for (is_sensitive, save_button));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (phone_label)));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (phone_label), "warning"));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (phone_label), "error"));
  g_assert_false (gtk_widget_has_css_class (form_child (dialog, "phone_row"), "error"));
  g_assert_false (gtk_widget_get_visible (open_button));

  /* The same ID number (lower-case x): refused, with a way to the volunteer. */
  set_field (dialog, "id_number_row", "11010519491231002x");
  wait_checked (dialog);
  g_assert_false (gtk_widget_is_sensitive (save_button));
  g_assert_true (gtk_widget_get_visible (form_child (dialog, "id_number_error")));
  g_assert_true (gtk_widget_get_visible (open_button));

  g_signal_emit_by_name (open_button, "clicked");
  g_assert_cmpint (opened, ==, existing);
  g_assert_true (vd_test_wait_for (is_null, &watch));
  g_assert_null (vd_test_find_message_dialog ());
  g_assert_cmpint (count_volunteers (fx->db), ==, 1);
}

static void
test_form_discard (VdTestFixture *fx,
                   gconstpointer  data)
{
  GtkWidget *dialog = show_form (fx->db, NULL);
  GtkWidget *watch = dialog;
  AdwMessageDialog *question;

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &watch);

  /* Typed something: closing asks, and "Keep Editing" keeps it. */
  set_field (dialog, "name_row", "李娜");
  gtk_window_close (GTK_WINDOW (dialog));
  question = vd_test_find_message_dialog ();
  g_assert_nonnull (question);
  g_assert_true (adw_message_dialog_has_response (question, "keep"));
  g_assert_cmpint (adw_message_dialog_get_response_appearance (question, "discard"), ==,
                   ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_response (question, "keep");
  vd_test_run_for (100);
  g_assert_nonnull (watch);
  g_assert_cmpstr (gtk_editable_get_text (form_child (dialog, "name_row")), ==, "李娜");

  /* Escape asks too; "Discard" closes the form. */
  gtk_widget_activate_action (dialog, "window.close", NULL);
  question = vd_test_find_message_dialog ();
  g_assert_nonnull (question);
  adw_message_dialog_response (question, "discard");
  g_assert_true (vd_test_wait_for (is_null, &watch));
  g_assert_cmpint (count_volunteers (fx->db), ==, 0);

  /* Typing and removing it again is no change: it closes at once. */
  dialog = show_form (fx->db, NULL);
  watch = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &watch);
  set_field (dialog, "name_row", "李娜");
  set_field (dialog, "name_row", "");
  gtk_window_close (GTK_WINDOW (dialog));
  g_assert_true (vd_test_wait_for (is_null, &watch));
  vd_test_run_for (100);
  g_assert_null (vd_test_find_message_dialog ());
}

static void
test_form_edit (VdTestFixture *fx,
                gconstpointer  data)
{
  gint64 id = insert_volunteer (fx->db, "赵磊", "11010519491231002X", NULL);
  g_autoptr(VdVolunteer) before = vd_register_get (fx->db, id, NULL);
  g_autoptr(VdVolunteer) after = NULL;
  GtkWidget *dialog = show_form (fx->db, before);
  GtkWidget *save_button = vd_test_child_of (dialog, VD_TYPE_VOLUNTEER_DIALOG, "save_button");
  gint64 saved_id = 0;

  g_signal_connect (dialog, "saved", G_CALLBACK (on_id_cb), &saved_id);
  g_assert_cmpstr (gtk_editable_get_text (form_child (dialog, "name_row")), ==, "赵磊");
  g_assert_cmpstr (gtk_editable_get_text (form_child (dialog, "registered_on_row")), ==,
                   "2024-03-01");
  g_assert_true (gtk_widget_is_sensitive (save_button));

  /* Its own ID number is no duplicate. */
  set_field (dialog, "employer_row", "市第一人民医院");
  set_field (dialog, "phone_row", "13912345678");
  wait_checked (dialog);
  g_assert_false (gtk_widget_get_visible (form_child (dialog, "id_number_error")));
  g_assert_true (gtk_widget_is_sensitive (save_button));
  g_signal_emit_by_name (save_button, "clicked");
  g_assert_cmpint (saved_id, ==, id);

  after = vd_register_get (fx->db, id, NULL);
  g_assert_cmpstr (after->employer, ==, "市第一人民医院");
  g_assert_cmpstr (after->phone, ==, "13912345678");
  g_assert_cmpstr (after->volunteer_no, ==, before->volunteer_no);
  g_assert_cmpint (count_volunteers (fx->db), ==, 1);
}

/* The import assistant */

typedef struct
{
  char *path;
  char *good_ids[4];
  char *bad_id;
} ImportFile;

/* A sheet as Chinese Excel saves it: GBK, a title row above the header, one row
 * with a wrong check character (file row 5). */
static void
import_file_init (ImportFile *file,
                  const char *dir)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *gbk = NULL;
  gsize length = 0;

  file->good_ids[0] = vd_test_make_id ("41010519850312124");
  file->good_ids[1] = vd_test_make_id ("41010519900701226");
  file->good_ids[2] = vd_test_make_id ("41010519780203442");
  file->good_ids[3] = vd_test_make_id ("41010519921111015");
  file->bad_id = make_bad_id ("41010520010915031");
  text = g_strdup_printf ("和平社区志愿者名单（2024年）,,,\r\n"
                          "姓名,身份证号码,手机号码,政治面貌\r\n"
                          "王芳,%s,13912345678,中共党员\r\n"
                          "李娜,%s,+86 158 1234 5678,群众\r\n"
                          "刘洋,%s,13700001111,共青团员\r\n"
                          "陈静,%s,13600002222,预备党员\r\n"
                          "赵磊,%s,13500003333,群众\r\n",
                          file->good_ids[0], file->good_ids[1], file->bad_id,
                          file->good_ids[2], file->good_ids[3]);
  gbk = g_convert (text, -1, "GB18030", "UTF-8", NULL, &length, &error);
  g_assert_no_error (error);
  file->path = g_build_filename (dir, "名单.csv", NULL);
  g_file_set_contents (file->path, gbk, length, &error);
  g_assert_no_error (error);
}

static void
import_file_clear (ImportFile *file)
{
  guint i;

  g_free (file->path);
  for (i = 0; i < G_N_ELEMENTS (file->good_ids); i++)
    g_free (file->good_ids[i]);
  g_free (file->bad_id);
}

static void
collect_combo_rows (GtkWidget *widget,
                    GPtrArray *rows)
{
  GtkWidget *child;

  if (ADW_IS_COMBO_ROW (widget))
    g_ptr_array_add (rows, widget);
  for (child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_combo_rows (child, rows);
}

/* The column rows of the second step, in file order. */
static GPtrArray *
column_rows (GtkWidget *dialog)
{
  GPtrArray *rows = g_ptr_array_new ();

  collect_combo_rows (columns_child (dialog, "columns_group"), rows);
  return rows;
}

static const char *
selected_label (AdwComboRow *row)
{
  return gtk_string_object_get_string (adw_combo_row_get_selected_item (row));
}

static guint
position_of (AdwComboRow *row,
             const char  *label)
{
  GListModel *model = adw_combo_row_get_model (row);
  guint i;

  for (i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (model, i);

      if (g_strcmp0 (gtk_string_object_get_string (item), label) == 0)
        return i;
    }
  g_assert_not_reached ();
  return 0;
}

static gboolean
shows_report (gpointer dialog)
{
  GtkStack *stack = vd_test_child_of (dialog, VD_TYPE_IMPORT_DIALOG, "stack");

  return g_strcmp0 (gtk_stack_get_visible_child_name (stack), "report") == 0;
}

static const char *
visible_step (GtkWidget *dialog)
{
  return gtk_stack_get_visible_child_name (vd_test_child_of (dialog, VD_TYPE_IMPORT_DIALOG,
                                                             "stack"));
}

static void
on_reloaded_cb (VdDatabase *db,
                guint      *count)
{
  (*count)++;
}

static void
test_import_csv (VdTestFixture *fx,
                 gconstpointer  data)
{
  ImportFile file = { NULL, };
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(VdVolunteer) li_na = NULL;
  const VdImportResult *result;
  VdImportReject *reject;
  GtkWidget *dialog;
  GtkWidget *report;
  guint reloaded = 0;
  guint i;

  import_file_init (&file, fx->dir);
  g_signal_connect (fx->db, "reloaded", G_CALLBACK (on_reloaded_cb), &reloaded);

  dialog = vd_import_dialog_new (NULL, fx->db);
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_cmpstr (visible_step (dialog), ==, "file");
  g_assert_true (vd_import_dialog_open_file (VD_IMPORT_DIALOG (dialog), file.path));
  g_assert_cmpstr (visible_step (dialog), ==, "columns");

  /* The header under the title row is recognized, column by column. */
  rows = column_rows (dialog);
  g_assert_cmpuint (rows->len, ==, 4);
  g_assert_cmpstr (selected_label (rows->pdata[0]), ==, vd_column_get_label (VD_COLUMN_NAME));
  g_assert_cmpstr (selected_label (rows->pdata[1]), ==, vd_column_get_label (VD_COLUMN_ID_NUMBER));
  g_assert_cmpstr (selected_label (rows->pdata[2]), ==, vd_column_get_label (VD_COLUMN_PHONE));
  g_assert_cmpstr (selected_label (rows->pdata[3]), ==, vd_column_get_label (VD_COLUMN_POLITICAL));
  g_assert_cmpstr (adw_preferences_row_get_title (rows->pdata[1]), ==, "身份证号码");
  g_assert_cmpstr (adw_action_row_get_subtitle (rows->pdata[1]), ==, file.good_ids[0]);
  g_assert_true (gtk_widget_is_sensitive (vd_test_child_of (dialog, VD_TYPE_IMPORT_DIALOG,
                                                            "import_button")));

  /* Without a name column the import cannot start, and says why. */
  adw_combo_row_set_selected (rows->pdata[0], 0);
  g_assert_true (gtk_widget_get_visible (columns_child (dialog, "mapping_error")));
  g_assert_false (gtk_widget_is_sensitive (vd_test_child_of (dialog, VD_TYPE_IMPORT_DIALOG,
                                                             "import_button")));

  /* A target taken by another column leaves the one that had it. */
  adw_combo_row_set_selected (rows->pdata[3], position_of (rows->pdata[3],
                                                           vd_column_get_label (VD_COLUMN_NAME)));
  adw_combo_row_set_selected (rows->pdata[0], position_of (rows->pdata[0],
                                                           vd_column_get_label (VD_COLUMN_NAME)));
  g_assert_cmpuint (adw_combo_row_get_selected (rows->pdata[3]), ==, 0);
  adw_combo_row_set_selected (rows->pdata[3],
                              position_of (rows->pdata[3],
                                           vd_column_get_label (VD_COLUMN_POLITICAL)));
  g_assert_false (gtk_widget_get_visible (columns_child (dialog, "mapping_error")));

  gtk_widget_activate_action (dialog, "import.start", NULL);
  g_assert_cmpstr (visible_step (dialog), ==, "importing");
  g_assert_true (vd_test_wait_for (shows_report, dialog));

  result = vd_import_dialog_get_result (VD_IMPORT_DIALOG (dialog));
  g_assert_nonnull (result);
  g_assert_true (result->committed);
  g_assert_cmpuint (result->read, ==, 5);
  g_assert_cmpuint (result->imported, ==, 4);
  g_assert_cmpuint (result->rejected, ==, 1);
  g_assert_cmpuint (result->skipped, ==, 0);
  g_assert_cmpuint (result->rejects->len, ==, 1);
  reject = g_ptr_array_index (result->rejects, 0);
  g_assert_cmpuint (reject->row, ==, 5);

  report = vd_test_child_of (dialog, VD_TYPE_IMPORT_DIALOG, "report");
  g_assert_cmpstr (gtk_label_get_label (vd_test_child_of (report, VD_TYPE_IMPORT_REPORT,
                                                          "imported_count")),
                   ==, "4");
  g_assert_cmpstr (gtk_label_get_label (vd_test_child_of (report, VD_TYPE_IMPORT_REPORT,
                                                          "rejected_count")),
                   ==, "1");
  g_assert_true (gtk_widget_get_visible (vd_test_child_of (report, VD_TYPE_IMPORT_REPORT,
                                                           "rejects_box")));
  g_assert_true (gtk_widget_get_visible (vd_test_child_of (dialog, VD_TYPE_IMPORT_DIALOG,
                                                           "done_button")));

  /* The good rows are in the register, normalized; every list was told. */
  g_assert_cmpint (reloaded, ==, 1);
  g_assert_cmpint (count_volunteers (fx->db), ==, 4);
  for (i = 0; i < G_N_ELEMENTS (file.good_ids); i++)
    g_assert_cmpint (vd_register_find_id_number (fx->db, "resident", file.good_ids[i]), !=, 0);
  g_assert_cmpint (vd_register_find_id_number (fx->db, "resident", file.bad_id), ==, 0);
  li_na = vd_register_get (fx->db, vd_register_find_id_number (fx->db, "resident",
                                                               file.good_ids[1]), NULL);
  g_assert_cmpstr (li_na->name, ==, "李娜");
  g_assert_cmpstr (li_na->phone, ==, "15812345678");

  gtk_window_close (GTK_WINDOW (dialog));
  vd_test_run_for (100);
  g_signal_handlers_disconnect_by_func (fx->db, on_reloaded_cb, &reloaded);
  import_file_clear (&file);
}

static void
test_import_strict (VdTestFixture *fx,
                    gconstpointer  data)
{
  ImportFile file = { NULL, };
  const VdImportResult *result;
  GtkWidget *dialog;
  GtkWidget *report;
  guint reloaded = 0;

  import_file_init (&file, fx->dir);
  g_signal_connect (fx->db, "reloaded", G_CALLBACK (on_reloaded_cb), &reloaded);

  dialog = vd_import_dialog_new (NULL, fx->db);
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_true (vd_import_dialog_open_file (VD_IMPORT_DIALOG (dialog), file.path));
  gtk_switch_set_active (columns_child (dialog, "strict_switch"), TRUE);
  gtk_widget_activate_action (dialog, "import.start", NULL);
  g_assert_true (vd_test_wait_for (shows_report, dialog));

  /* One bad row: nothing is imported, and the row is listed. */
  result = vd_import_dialog_get_result (VD_IMPORT_DIALOG (dialog));
  g_assert_nonnull (result);
  g_assert_false (result->committed);
  g_assert_cmpuint (result->imported, ==, 0);
  g_assert_cmpuint (result->rejected, ==, 1);
  g_assert_cmpuint (((VdImportReject *) g_ptr_array_index (result->rejects, 0))->row, ==, 5);
  report = vd_test_child_of (dialog, VD_TYPE_IMPORT_DIALOG, "report");
  g_assert_cmpstr (gtk_label_get_label (vd_test_child_of (report, VD_TYPE_IMPORT_REPORT,
                                                          "title_label")),
                   ==, g_dgettext (GETTEXT_PACKAGE, "Nothing Was Imported"));
  g_assert_true (gtk_widget_get_visible (vd_test_child_of (report, VD_TYPE_IMPORT_REPORT,
                                                           "rejects_box")));
  g_assert_cmpint (count_volunteers (fx->db), ==, 0);
  g_assert_cmpint (reloaded, ==, 0);

  gtk_window_close (GTK_WINDOW (dialog));
  vd_test_run_for (100);
  g_signal_handlers_disconnect_by_func (fx->db, on_reloaded_cb, &reloaded);
  import_file_clear (&file);
}

static void
test_import_bad_file (VdTestFixture *fx,
                      gconstpointer  data)
{
  g_autofree char *broken = g_build_filename (fx->dir, "broken.csv", NULL);
  g_autofree char *empty = g_build_filename (fx->dir, "empty.csv", NULL);
  ImportFile file = { NULL, };
  GtkWidget *dialog;
  GtkLabel *message;

  g_file_set_contents (broken, "姓名,身份证号码\n\"张三,110105194912310021\n李四,1\n", -1, NULL);
  g_file_set_contents (empty, "", 0, NULL);
  import_file_init (&file, fx->dir);

  dialog = vd_import_dialog_new (NULL, fx->db);
  gtk_window_present (GTK_WINDOW (dialog));
  message = vd_test_child_of (dialog, VD_TYPE_IMPORT_DIALOG, "file_error");

  /* The quote that never closes is found on line 2; the user can pick again. */
  g_assert_false (vd_import_dialog_open_file (VD_IMPORT_DIALOG (dialog), broken));
  g_assert_cmpstr (visible_step (dialog), ==, "file");
  g_assert_true (gtk_widget_get_visible (vd_test_child_of (dialog, VD_TYPE_IMPORT_DIALOG,
                                                           "file_error_box")));
  g_assert_nonnull (strstr (gtk_label_get_label (message), "2"));

  g_assert_false (vd_import_dialog_open_file (VD_IMPORT_DIALOG (dialog), empty));
  g_assert_cmpstr (gtk_label_get_label (message), !=, "");

  /* A good file clears the message; going back to a bad one clears the columns. */
  g_assert_true (vd_import_dialog_open_file (VD_IMPORT_DIALOG (dialog), file.path));
  g_assert_cmpstr (visible_step (dialog), ==, "columns");
  g_assert_false (gtk_widget_get_visible (vd_test_child_of (dialog, VD_TYPE_IMPORT_DIALOG,
                                                            "file_error_box")));
  g_assert_false (vd_import_dialog_open_file (VD_IMPORT_DIALOG (dialog), broken));
  g_assert_cmpstr (visible_step (dialog), ==, "file");
  g_assert_false (gtk_widget_is_sensitive (vd_test_child_of (dialog, VD_TYPE_IMPORT_DIALOG,
                                                             "import_button")));

  gtk_window_close (GTK_WINDOW (dialog));
  vd_test_run_for (100);
  import_file_clear (&file);
}

static void
test_import_close_while_running (VdTestFixture *fx,
                                 gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fx->dir, "many.csv", NULL);
  g_autoptr(GString) text = g_string_new ("姓名,身份证号码,手机号码\n");
  AdwMessageDialog *question;
  GtkWidget *dialog;
  GtkWidget *watch;
  guint reloaded = 0;
  guint i;

  /* Long enough that the import is still running when the window is closed. */
  for (i = 0; i < 40000; i++)
    {
      char first17[18];
      g_autofree char *id = NULL;

      g_snprintf (first17, sizeof first17, "410105198001%02u%03u", 1 + i / 1000 % 28, i % 1000);
      id = vd_test_make_id (first17);
      g_string_append_printf (text, "志愿者,%s,\n", id);
    }
  g_file_set_contents (path, text->str, text->len, NULL);
  g_signal_connect (fx->db, "reloaded", G_CALLBACK (on_reloaded_cb), &reloaded);

  dialog = vd_import_dialog_new (NULL, fx->db);
  watch = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &watch);
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_true (vd_import_dialog_open_file (VD_IMPORT_DIALOG (dialog), path));
  gtk_widget_activate_action (dialog, "import.start", NULL);

  /* Escape asks first; "Continue" goes on, "Cancel Import" rolls back and closes. */
  gtk_widget_activate_action (dialog, "window.close", NULL);
  question = vd_test_find_message_dialog ();
  g_assert_nonnull (question);
  adw_message_dialog_response (question, "continue");
  g_assert_nonnull (watch);
  g_assert_cmpstr (visible_step (dialog), ==, "importing");

  gtk_window_close (GTK_WINDOW (dialog));
  question = vd_test_find_message_dialog ();
  g_assert_nonnull (question);
  adw_message_dialog_response (question, "stop");
  g_assert_true (vd_test_wait_for (is_null, &watch));

  g_assert_cmpint (count_volunteers (fx->db), ==, 0);
  g_assert_cmpint (reloaded, ==, 0);
  g_signal_handlers_disconnect_by_func (fx->db, on_reloaded_cb, &reloaded);
}

int
main (int   argc,
      char *argv[])
{
  vd_test_ui_init (&argc, &argv);

  VD_TEST_ADD ("/ui/forms/volunteer/add", test_form_add);
  VD_TEST_ADD ("/ui/forms/volunteer/invalid", test_form_invalid);
  VD_TEST_ADD ("/ui/forms/volunteer/duplicate", test_form_duplicate);
  VD_TEST_ADD ("/ui/forms/volunteer/discard", test_form_discard);
  VD_TEST_ADD ("/ui/forms/volunteer/edit", test_form_edit);
  VD_TEST_ADD ("/ui/forms/import/csv", test_import_csv);
  VD_TEST_ADD ("/ui/forms/import/strict", test_import_strict);
  VD_TEST_ADD ("/ui/forms/import/bad-file", test_import_bad_file);
  VD_TEST_ADD ("/ui/forms/import/close-while-running", test_import_close_while_running);

  return g_test_run ();
}
