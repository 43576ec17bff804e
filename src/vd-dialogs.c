/* vd-dialogs.c — the message dialogs the windows share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vd-dialogs"

#include "config.h"

#include <glib/gi18n.h>

#include "vd-dialogs.h"

/**
 * vd_dialogs_show_message:
 * @parent: (nullable): the window the dialog belongs to
 * @heading: what happened, e.g. "Cannot Back Up"
 * @body: the details, e.g. an error's message
 *
 * Shows a message with a single "Close" response.
 */
void
vd_dialogs_show_message (GtkWindow  *parent,
                         const char *heading,
                         const char *body)
{
  GtkWidget *dialog;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));

  dialog = adw_message_dialog_new (parent, heading, body);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * vd_dialogs_new_question:
 * @parent: (nullable): the window the dialog belongs to
 * @heading: the question
 * @body: (nullable): what the answer leads to
 * @safe_id: the response that leaves things as they are; Escape gives it too
 * @safe_label: its label
 * @action_id: the response that goes ahead
 * @action_label: its label
 * @appearance: how the action looks: %ADW_RESPONSE_SUGGESTED or
 *   %ADW_RESPONSE_DESTRUCTIVE
 *
 * Creates a question with two answers, the safe one first. Enter takes the action
 * when it is suggested, and the safe answer when the action is destructive.
 *
 * The caller connects to #AdwMessageDialog::response and presents the dialog.
 *
 * Returns: (transfer none): a new #AdwMessageDialog
 */
GtkWidget *
vd_dialogs_new_question (GtkWindow             *parent,
                         const char            *heading,
                         const char            *body,
                         const char            *safe_id,
                         const char            *safe_label,
                         const char            *action_id,
                         const char            *action_label,
                         AdwResponseAppearance  appearance)
{
  AdwMessageDialog *dialog;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (safe_id != NULL && action_id != NULL, NULL);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, heading, body));
  adw_message_dialog_add_responses (dialog,
                                    safe_id, safe_label,
                                    action_id, action_label,
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, action_id, appearance);
  adw_message_dialog_set_default_response (dialog,
                                           appearance == ADW_RESPONSE_DESTRUCTIVE
                                           ? safe_id : action_id);
  adw_message_dialog_set_close_response (dialog, safe_id);

  return GTK_WIDGET (dialog);
}

GtkWidget *
vd_dialogs_new_privacy_choice (GtkCheckButton **check)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *tick = gtk_check_button_new_with_mnemonic (_("Include _full ID numbers and phone numbers"));
  GtkWidget *note = gtk_label_new (_("Otherwise they are masked, as in 410105********1234 and 138****5678. "
                                     "A file with full numbers can be opened only by your user account."));

  g_return_val_if_fail (check != NULL, NULL);

  gtk_label_set_wrap (GTK_LABEL (note), TRUE);
  gtk_label_set_xalign (GTK_LABEL (note), 0);
  gtk_widget_set_margin_start (note, 6);
  gtk_widget_add_css_class (note, "dim-label");
  gtk_widget_add_css_class (note, "caption");
  gtk_box_append (GTK_BOX (box), tick);
  gtk_box_append (GTK_BOX (box), note);
  *check = GTK_CHECK_BUTTON (tick);
  return box;
}

GtkFileChooserNative *
vd_dialogs_new_table_chooser (GtkWindow      *parent,
                              const char     *title,
                              GtkFileFilter **xlsx_filter)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) csv = gtk_file_filter_new ();
  GtkFileFilter *xlsx = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (title, parent, GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  gtk_file_filter_set_name (csv, _("CSV (UTF-8)"));
  gtk_file_filter_add_pattern (csv, "*.csv");
  gtk_file_filter_add_mime_type (csv, "text/csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), csv);

  gtk_file_filter_set_name (xlsx, _("Excel Workbook (.xlsx)"));
  gtk_file_filter_add_pattern (xlsx, "*.xlsx");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), xlsx);
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (chooser), csv);

  *xlsx_filter = xlsx;
  return chooser;
}
