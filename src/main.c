/* main.c — the entry point of Volunteer Desk
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "vd-application.h"
#include "vd-core.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(VdApplication) app = NULL;
  const char *localedir;

  /* An uninstalled build points this at its own compiled catalogs. */
  localedir = g_getenv ("VOLUNTEER_DESK_LOCALEDIR");
  if (localedir == NULL || localedir[0] == '\0')
    localedir = LOCALEDIR;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  vd_core_init_i18n (localedir);

  /* With the software renderer chosen, GTK 4.8 on X11 still brings up EGL when it opens
   * the display (only to pick a visual): Mesa's llvmpipe and libLLVM then cost about
   * 60 MB of resident memory that no frame ever uses. The user's own GDK_DEBUG wins. */
  if (g_strcmp0 (g_getenv ("GSK_RENDERER"), "cairo") == 0 && g_getenv ("GDK_DEBUG") == NULL)
    g_setenv ("GDK_DEBUG", "gl-disable", FALSE);

  app = vd_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
