/* vd-dialogs.h — the message dialogs the windows share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void       vd_dialogs_show_message (GtkWindow             *parent,
                                    const char            *heading,
                                    const char            *body);
GtkWidget *vd_dialogs_new_question (GtkWindow             *parent,
                                    const char            *heading,
                                    const char            *body,
                                    const char            *safe_id,
                                    const char            *safe_label,
                                    const char            *action_id,
                                    const char            *action_label,
                                    AdwResponseAppearance  appearance);

/* The extra child of an export's question: "Include full ID numbers and phone
 * numbers", unticked, with a note on masking and on the private file. *check is
 * the tick box (owned by the returned box). */
GtkWidget *vd_dialogs_new_privacy_choice (GtkCheckButton **check);

/* A modal save dialog for a table, offering CSV (UTF-8, chosen first) and Excel
 * workbooks. *xlsx_filter (a new reference) is the Excel filter, to tell after the
 * response which one the user chose. */
GtkFileChooserNative *vd_dialogs_new_table_chooser (GtkWindow      *parent,
                                                    const char     *title,
                                                    GtkFileFilter **xlsx_filter);

G_END_DECLS
