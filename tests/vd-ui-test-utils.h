/* vd-ui-test-utils.h — shared helpers for the UI tests under Xvfb: the GTK set-up,
 * main-loop iteration, template children and the main window on a test database.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vd-window.h"

#include "vd-test-utils.h"

/* How long vd_test_wait_for() waits; a test program may define a longer time before
 * including this file. */
#ifndef VD_TEST_WAIT_SECONDS
# define VD_TEST_WAIT_SECONDS 10
#endif

/* Adds a test that runs on a VdTestFixture: a real database in a temporary folder. */
#define VD_TEST_ADD(path, func) \
  g_test_add (path, VdTestFixture, NULL, vd_test_fixture_set_up, func, vd_test_fixture_tear_down)

typedef gboolean (*VdTestCondition) (gpointer data);

/* GTK and libadwaita for tests, and the app's translations. */
static inline void
vd_test_ui_init (int    *argc,
                 char ***argv)
{
  gtk_test_init (argc, argv, NULL);
  adw_init ();
  vd_core_init_i18n (g_getenv ("VOLUNTEER_DESK_LOCALEDIR"));
}

/* Runs the main loop until cond holds; FALSE on time-out. */
static inline gboolean
vd_test_wait_for (VdTestCondition cond,
                  gpointer        data)
{
  gint64 deadline = g_get_monotonic_time () + VD_TEST_WAIT_SECONDS * G_USEC_PER_SEC;

  while (!cond (data))
    {
      if (g_get_monotonic_time () > deadline)
        return FALSE;
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
    }
  return TRUE;
}

/* Runs the main loop for ms milliseconds, e.g. past a pending save or a check delay. */
static inline void
vd_test_run_for (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
}

static inline gboolean
vd_test_is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (widget);
}

/* The template child name of widget's type; it must exist. */
static inline gpointer
vd_test_child_of (gpointer    widget,
                  GType       type,
                  const char *name)
{
  GObject *child = gtk_widget_get_template_child (widget, type, name);

  g_assert_nonnull (child);
  return child;
}

/* The visible message dialog, if any. */
static inline AdwMessageDialog *
vd_test_find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint i;

  for (i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

/* A main window on db, shown at the given size. */
static inline VdWindow *
vd_test_show_window (VdDatabase *db,
                     int         width,
                     int         height)
{
  VdWindow *window = vd_window_new (NULL, db);

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (vd_test_wait_for (vd_test_is_mapped, window));
  return window;
}
