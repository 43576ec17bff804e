/* vd-events-page.h — service events and service hours
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vd-page.h"

G_BEGIN_DECLS

#define VD_TYPE_EVENTS_PAGE (vd_events_page_get_type ())

G_DECLARE_FINAL_TYPE (VdEventsPage, vd_events_page, VD, EVENTS_PAGE, VdPage)

G_END_DECLS
