/* vd-page.h — the base of the window's section pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vd-database.h"

G_BEGIN_DECLS

#define VD_TYPE_PAGE (vd_page_get_type ())

G_DECLARE_DERIVABLE_TYPE (VdPage, vd_page, VD, PAGE, AdwBin)

struct _VdPageClass
{
  AdwBinClass parent_class;

  /* Called when the page's database has changed, before the property's notify;
   * @previous is the database the page showed until then, or %NULL. */
  void (*database_changed) (VdPage     *self,
                            VdDatabase *previous);

  /*< private >*/
  gpointer _reserved[8];
};

VdDatabase *vd_page_get_database (VdPage     *self);
void        vd_page_set_database (VdPage     *self,
                                  VdDatabase *database);

G_END_DECLS
