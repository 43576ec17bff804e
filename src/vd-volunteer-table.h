/* vd-volunteer-table.h — the register as a table: a column view straight over the
 * lazy VdVolunteerList, sorted in SQL, keeping its selection across queries
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vd-settings.h"
#include "vd-volunteer-list.h"

G_BEGIN_DECLS

#define VD_TYPE_VOLUNTEER_TABLE (vd_volunteer_table_get_type ())

G_DECLARE_FINAL_TYPE (VdVolunteerTable, vd_volunteer_table, VD, VOLUNTEER_TABLE, AdwBin)

VdVolunteerList *vd_volunteer_table_get_list       (VdVolunteerTable *self);
void             vd_volunteer_table_set_list       (VdVolunteerTable *self,
                                                    VdVolunteerList  *list);
/* For the Stars column; copied. */
void             vd_volunteer_table_set_settings   (VdVolunteerTable *self,
                                                    const VdSettings *settings);

/* The order the user chose with the column headers ("sort-changed" tells when); the
 * owner of the list runs the query. */
void             vd_volunteer_table_get_sort       (VdVolunteerTable *self,
                                                    VdVolunteerSort  *sort,
                                                    gboolean         *descending);

/* The selected volunteer (the "volunteer" property), or NULL. */
VdVolunteer     *vd_volunteer_table_get_volunteer  (VdVolunteerTable *self);
/* Selects and shows the volunteer; FALSE when the list does not hold them. */
gboolean         vd_volunteer_table_select         (VdVolunteerTable *self,
                                                    gint64            id);
void             vd_volunteer_table_unselect       (VdVolunteerTable *self);

/* Call after each query of the list: selects the same volunteer again if the new
 * result holds them (a query drops the selection). */
void             vd_volunteer_table_restore_selection (VdVolunteerTable *self);
/* The selected volunteer is leaving the list: after the next query, select the row
 * that takes their place, for removing one after another. */
void             vd_volunteer_table_select_next_later (VdVolunteerTable *self);

G_END_DECLS
