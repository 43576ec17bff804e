/* vd-monthly-hours.h — approved hours per month of one volunteer, team or station, as
 * a small bar chart with a year switcher, for the detail panes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vd-chart-card.h"
#include "vd-stats.h"

G_BEGIN_DECLS

#define VD_TYPE_MONTHLY_HOURS (vd_monthly_hours_get_type ())

G_DECLARE_FINAL_TYPE (VdMonthlyHours, vd_monthly_hours, VD, MONTHLY_HOURS, AdwBin)

GtkWidget   *vd_monthly_hours_new       (void);
/* Shows the hours of owner id in the latest year it has any (the current year when
 * none); name titles exports ("张伟"). database NULL or id 0 clears. */
void         vd_monthly_hours_show      (VdMonthlyHours *self,
                                         VdDatabase     *database,
                                         VdStatsOwner    owner,
                                         gint64          id,
                                         const char     *name);
/* Reads the figures of the year shown again (after records changed). */
void         vd_monthly_hours_reload    (VdMonthlyHours *self);
int          vd_monthly_hours_get_year  (VdMonthlyHours *self);
void         vd_monthly_hours_set_year  (VdMonthlyHours *self,
                                         int             year);
/* Whether the owner shown has approved hours in any year up to now. */
gboolean     vd_monthly_hours_get_served (VdMonthlyHours *self);
VdChartCard *vd_monthly_hours_get_card  (VdMonthlyHours *self);

G_END_DECLS
