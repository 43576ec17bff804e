/* vd-form-window.h — a small modal form: a few rows, Cancel and an accept button
 *
 * The accept function writes through the core; when it fails, its message shows
 * next to the field it names (vd_form_window_set_row_message) or under the rows,
 * and the window stays open with what the user typed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define VD_TYPE_FORM_WINDOW (vd_form_window_get_type ())

G_DECLARE_FINAL_TYPE (VdFormWindow, vd_form_window, VD, FORM_WINDOW, AdwWindow)

typedef gboolean (*VdFormAcceptFunc) (VdFormWindow  *form,
                                      gpointer       user_data,
                                      GError       **error);

VdFormWindow *vd_form_window_new          (GtkWindow        *parent,
                                           const char       *title,
                                           const char       *accept_label);
void          vd_form_window_set_accept_func (VdFormWindow  *self,
                                           VdFormAcceptFunc  func,
                                           gpointer          user_data,
                                           GDestroyNotify    destroy);
void          vd_form_window_set_description (VdFormWindow *self,
                                           const char       *description);
/* Rows, in order; Enter in an entry accepts. */
AdwEntryRow  *vd_form_window_add_entry    (VdFormWindow     *self,
                                           const char       *title,
                                           const char       *text);
/* labels is NULL-terminated. */
AdwComboRow  *vd_form_window_add_combo    (VdFormWindow     *self,
                                           const char       *title,
                                           const char * const *labels,
                                           guint             selected);
GtkSwitch    *vd_form_window_add_switch   (VdFormWindow     *self,
                                           const char       *title,
                                           gboolean          active);
GtkSpinButton *vd_form_window_add_spin    (VdFormWindow     *self,
                                           const char       *title,
                                           double            min,
                                           double            max,
                                           double            value);
/* Shows message next to row (one of the rows above; NULL clears it): an accept
 * function that knows which field is wrong calls this and fails without a GError,
 * so the message is not repeated under the rows. Cleared on the next accept. */
void          vd_form_window_set_row_message (VdFormWindow  *self,
                                           GtkWidget        *row,
                                           const char       *message);
/* Runs the accept function as the button does. */
gboolean      vd_form_window_accept       (VdFormWindow     *self);

const char   *vd_form_window_get_text     (AdwEntryRow      *row);

G_END_DECLS
