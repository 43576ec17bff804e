/* vd-points-ledger.c — one volunteer's points ledger, adjustments and its export
 *
 * Rows are never edited: a correction is an adjustment row with its reason. Emits
 * "changed" after an adjustment.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vd-points-ledger"

#include "config.h"

#include <glib/gi18n.h>

#include "vd-dialogs.h"
#include "vd-points.h"
#include "vd-points-ledger.h"
#include "vd-record-item.h"
#include "vd-register.h"
#include "vd-volunteer-picker.h"

struct _VdPointsLedger
{
  AdwBin                parent_instance;

  VdDatabase           *database;
  gint64                volunteer_id;
  char                 *volunteer_name;
  gint64                balance_centi;
  GtkFileChooserNative *chooser;      /* kept alive until its response (GTK 4.8) */

  GtkLabel             *volunteer_label;
  GtkLabel             *balance_label;
  GtkStack             *stack;
  GtkColumnView        *view;
};

G_DEFINE_FINAL_TYPE (VdPointsLedger, vd_points_ledger, ADW_TYPE_BIN)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
date_text (gconstpointer r)
{
  return g_strdup (((const VdLedgerRow *)r)->created_at);
}

static char *
kind_text (gconstpointer r)
{
  return g_strdup (vd_ledger_kind_get_label (((const VdLedgerRow *)r)->kind));
}

static char *
in_text (gconstpointer r)
{
  gint64 amount = ((const VdLedgerRow *)r)->amount_centi;

  return amount > 0 ? vd_points_format (amount) : g_strdup ("");
}

static char *
out_text (gconstpointer r)
{
  gint64 amount = ((const VdLedgerRow *)r)->amount_centi;

  return amount < 0 ? vd_points_format (-amount) : g_strdup ("");
}

static char *
balance_text (gconstpointer r)
{
  return vd_points_format (((const VdLedgerRow *)r)->balance_centi);
}

static char *
reason_text (gconstpointer r)
{
  return g_strdup (((const VdLedgerRow *)r)->reason);
}

static char *
link_text (gconstpointer r)
{
  return g_strdup (((const VdLedgerRow *)r)->link);
}

static int
compare_date (gconstpointer a,
              gconstpointer b)
{
  const VdLedgerRow *x = a, *y = b;

  return x->id < y->id ? -1 : x->id > y->id;
}

static int
compare_kind (gconstpointer a,
              gconstpointer b)
{
  return (int)((const VdLedgerRow *)a)->kind - (int)((const VdLedgerRow *)b)->kind;
}

static GtkWindow *
get_window (VdPointsLedger *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
update_actions (VdPointsLedger *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "ledger.choose", self->database != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "ledger.adjust", self->volunteer_id != 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "ledger.export", self->volunteer_id != 0);
}

static void
on_picked_cb (VdPointsLedger *self,
              GArray         *ids)
{
  if (ids->len > 0)
    vd_points_ledger_set_volunteer (self, g_array_index (ids, gint64, 0));
}

static void
choose_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  VdPointsLedger *self = VD_POINTS_LEDGER (widget);
  VdVolunteerPicker *picker;

  picker = vd_volunteer_picker_new (get_window (self), self->database,
                                    _("Choose Volunteer"), _("C_hoose"));
  g_signal_connect_object (picker, "picked", G_CALLBACK (on_picked_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (picker));
}

/* The adjustment dialog's fields, checked as the user types: the response is offered
 * only when the core would accept them. */
typedef struct
{
  VdPointsLedger *self;
  GtkEntry       *points;
  GtkEntry       *reason;
  GtkLabel       *message;
} Adjust;

static gboolean
blank (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

static void
on_adjust_changed_cb (AdwMessageDialog *dialog)
{
  Adjust *adjust = g_object_get_data (G_OBJECT (dialog), "vd-adjust");
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  const char *reason = gtk_editable_get_text (GTK_EDITABLE (adjust->reason));
  gint64 centi = 0;
  gboolean ok;

  ok = vd_points_parse (gtk_editable_get_text (GTK_EDITABLE (adjust->points)), TRUE, &centi, &error);
  if (ok && centi == 0)
    {
      ok = FALSE;
      text = g_strdup (_("Enter the points to add, or a negative number to deduct."));
    }
  else if (ok && adjust->self->balance_centi + centi < 0)
    {
      g_autofree char *has = vd_points_format (adjust->self->balance_centi);
      g_autofree char *asked = vd_points_format (-centi);

      ok = FALSE;
      text = g_strdup_printf (_("The balance is %s points: %s points cannot be deducted."), has, asked);
    }
  else if (!ok && *gtk_editable_get_text (GTK_EDITABLE (adjust->points)) != '\0')
    text = g_strdup (error->message);
  else if (ok && blank (reason))
    {
      ok = FALSE;
      text = g_strdup (_("Give the reason for the adjustment."));
    }
  gtk_label_set_label (adjust->message, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (adjust->message), text != NULL);
  adw_message_dialog_set_response_enabled (dialog, "adjust", ok);
}

static void
on_adjust_response_cb (AdwMessageDialog *dialog,
                       const char       *response)
{
  Adjust *adjust = g_object_get_data (G_OBJECT (dialog), "vd-adjust");
  VdPointsLedger *self = adjust->self;
  g_autoptr(GError) error = NULL;
  gint64 centi = 0;

  if (g_strcmp0 (response, "adjust") != 0)
    return;
  if (!vd_points_parse (gtk_editable_get_text (GTK_EDITABLE (adjust->points)), TRUE, &centi, &error) ||
      vd_points_adjust (self->database, self->volunteer_id, centi,
                        gtk_editable_get_text (GTK_EDITABLE (adjust->reason)), &error) == 0)
    vd_dialogs_show_message (get_window (self), _("Cannot Adjust the Points"), error->message);
  vd_points_ledger_refresh (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
adjust_free (gpointer data)
{
  Adjust *adjust = data;

  g_object_unref (adjust->self);
  g_free (adjust);
}

static void
adjust_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  VdPointsLedger *self = VD_POINTS_LEDGER (widget);
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  g_autofree char *balance = NULL;
  Adjust *adjust;
  GtkWidget *dialog;
  GtkWidget *box;

  if (self->volunteer_id == 0)
    return;
  balance = vd_points_format (self->balance_centi);
  /* Translators: %s is a volunteer's name */
  heading = g_strdup_printf (_("Adjust the Points of %s"), self->volunteer_name);
  /* Translators: %s is a number of points */
  body = g_strdup_printf (_("The balance is %s points. A negative number deducts points. "
                            "The ledger keeps the row and its reason for good."), balance);
  dialog = vd_dialogs_new_question (get_window (self), heading, body, "cancel", _("_Cancel"),
                                    "adjust", _("_Adjust"), ADW_RESPONSE_SUGGESTED);
  adjust = g_new0 (Adjust, 1);
  adjust->self = g_object_ref (self);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  adjust->points = GTK_ENTRY (gtk_entry_new ());
  gtk_entry_set_placeholder_text (adjust->points, _("Points, e.g. 5 or -2.5"));
  gtk_entry_set_input_purpose (adjust->points, GTK_INPUT_PURPOSE_NUMBER);
  adjust->reason = GTK_ENTRY (gtk_entry_new ());
  gtk_entry_set_placeholder_text (adjust->reason, _("Reason"));
  gtk_entry_set_max_length (adjust->reason, 200);
  adjust->message = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (adjust->message, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (adjust->message), "error");
  gtk_widget_set_visible (GTK_WIDGET (adjust->message), FALSE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (adjust->points));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (adjust->reason));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (adjust->message));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  g_object_set_data_full (G_OBJECT (dialog), "vd-adjust", adjust, adjust_free);
  g_signal_connect_swapped (adjust->points, "changed", G_CALLBACK (on_adjust_changed_cb), dialog);
  g_signal_connect_swapped (adjust->reason, "changed", G_CALLBACK (on_adjust_changed_cb), dialog);
  g_signal_connect (dialog, "response", G_CALLBACK (on_adjust_response_cb), NULL);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "adjust", FALSE);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (GTK_WIDGET (adjust->points));
}

static void
on_chooser_response_cb (GtkNativeDialog *chooser,
                        int              response,
                        VdPointsLedger  *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);
  if (file == NULL || (path = g_file_get_path (file)) == NULL || self->database == NULL)
    return;
  if (!g_str_has_suffix (path, ".csv") && !g_str_has_suffix (path, ".xlsx"))
    {
      char *with_extension = g_strconcat (path, ".csv", NULL);

      g_free (path);
      path = with_extension;
    }
  if (!vd_points_export_ledger (self->database, self->volunteer_id, path, &error))
    vd_dialogs_show_message (get_window (self), _("Cannot Export"), error->message);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  VdPointsLedger *self = VD_POINTS_LEDGER (widget);
  g_autoptr(GtkFileFilter) csv = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) xlsx = gtk_file_filter_new ();
  g_autofree char *name = NULL;

  if (self->volunteer_id == 0 || self->chooser != NULL)
    return;
  self->chooser = gtk_file_chooser_native_new (_("Export Points Ledger"), get_window (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_filter_set_name (csv, _("CSV (UTF-8)"));
  gtk_file_filter_add_pattern (csv, "*.csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), csv);
  gtk_file_filter_set_name (xlsx, _("Excel Workbook (.xlsx)"));
  gtk_file_filter_add_pattern (xlsx, "*.xlsx");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), xlsx);
  /* Translators: the suggested file name; %s is the volunteer's name */
  name = g_strdup_printf (_("points-%s.csv"), self->volunteer_name);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
vd_points_ledger_dispose (GObject *object)
{
  VdPointsLedger *self = VD_POINTS_LEDGER (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), VD_TYPE_POINTS_LEDGER);
  if (self->chooser != NULL)
    g_signal_handlers_disconnect_by_data (self->chooser, self);
  g_clear_object (&self->chooser);
  g_clear_object (&self->database);
  g_clear_pointer (&self->volunteer_name, g_free);

  G_OBJECT_CLASS (vd_points_ledger_parent_class)->dispose (object);
}

static void
vd_points_ledger_class_init (VdPointsLedgerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vd_points_ledger_dispose;

  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/vd-points-ledger.ui");
  gtk_widget_class_bind_template_child (widget_class, VdPointsLedger, balance_label);
  gtk_widget_class_bind_template_child (widget_class, VdPointsLedger, stack);
  gtk_widget_class_bind_template_child (widget_class, VdPointsLedger, view);
  gtk_widget_class_bind_template_child (widget_class, VdPointsLedger, volunteer_label);

  gtk_widget_class_install_action (widget_class, "ledger.choose", NULL, choose_action);
  gtk_widget_class_install_action (widget_class, "ledger.adjust", NULL, adjust_action);
  gtk_widget_class_install_action (widget_class, "ledger.export", NULL, export_action);
}

static void
vd_points_ledger_init (VdPointsLedger *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  vd_column_view_add_text (self->view, _("Date"), date_text, compare_date, FALSE, FALSE);
  vd_column_view_add_text (self->view, _("Kind"), kind_text, compare_kind, FALSE, FALSE);
  vd_column_view_add_text (self->view, _("Points in"), in_text, NULL, FALSE, TRUE);
  vd_column_view_add_text (self->view, _("Points out"), out_text, NULL, FALSE, TRUE);
  vd_column_view_add_text (self->view, _("Balance"), balance_text, NULL, FALSE, TRUE);
  vd_column_view_add_text (self->view, _("Reason"), reason_text, NULL, TRUE, FALSE);
  vd_column_view_add_text (self->view, _("Linked to"), link_text, NULL, TRUE, FALSE);
  vd_points_ledger_refresh (self);
}

void
vd_points_ledger_set_database (VdPointsLedger *self,
                               VdDatabase     *database)
{
  g_return_if_fail (VD_IS_POINTS_LEDGER (self));

  if (g_set_object (&self->database, database))
    {
      self->volunteer_id = 0;
      vd_points_ledger_refresh (self);
    }
}

void
vd_points_ledger_set_volunteer (VdPointsLedger *self,
                                gint64          volunteer_id)
{
  g_return_if_fail (VD_IS_POINTS_LEDGER (self));

  self->volunteer_id = volunteer_id;
  vd_points_ledger_refresh (self);
}

gint64
vd_points_ledger_get_volunteer (VdPointsLedger *self)
{
  g_return_val_if_fail (VD_IS_POINTS_LEDGER (self), 0);
  return self->volunteer_id;
}

void
vd_points_ledger_refresh (VdPointsLedger *self)
{
  g_autoptr(VdVolunteer) v = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GListStore) store = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (VD_IS_POINTS_LEDGER (self));

  if (self->database != NULL && self->volunteer_id != 0)
    v = vd_register_get (self->database, self->volunteer_id, NULL);
  if (v == NULL)
    self->volunteer_id = 0;
  g_clear_pointer (&self->volunteer_name, g_free);
  self->balance_centi = 0;
  if (v != NULL)
    {
      g_autofree char *label = g_strdup_printf (_("%s (%s)"), v->name, v->volunteer_no);
      g_autofree char *balance = NULL;
      g_autofree char *text = NULL;

      self->volunteer_name = g_strdup (v->name);
      if (!vd_points_get_balance (self->database, v->id, &self->balance_centi, &error))
        g_warning ("Cannot read the balance: %s", error->message);
      balance = vd_points_format (self->balance_centi);
      /* Translators: %s is a number of points */
      text = g_strdup_printf (_("Balance: %s points"), balance);
      gtk_label_set_label (self->volunteer_label, label);
      gtk_label_set_label (self->balance_label, text);
      rows = vd_points_list_ledger (self->database, v->id, 0, &error);
      if (rows == NULL)
        g_warning ("Cannot read the ledger: %s", error->message);
    }
  else
    {
      gtk_label_set_label (self->volunteer_label, "");
      gtk_label_set_label (self->balance_label, "");
    }
  store = vd_record_store_new_take (rows, (GDestroyNotify)vd_ledger_row_free);
  vd_column_view_set_store (self->view, G_LIST_MODEL (store));
  if (v != NULL && g_list_model_get_n_items (G_LIST_MODEL (store)) == 0)
    g_object_set (gtk_stack_get_child_by_name (self->stack, "none"), "title", _("No Points Yet"),
                  "description", _("Points appear when service hours are approved."), NULL);
  else
    g_object_set (gtk_stack_get_child_by_name (self->stack, "none"), "title", _("Choose a Volunteer"),
                  "description", _("Find a volunteer by name, pinyin, phone or number to see every "
                                   "points row with its reason, and their balance."), NULL);
  gtk_stack_set_visible_child_name (self->stack, g_list_model_get_n_items (G_LIST_MODEL (store)) > 0
                                                   ? "list" : "none");
  update_actions (self);
}
