/* vd-team-export.h — exporting a team's member list: the privacy question, the file
 * chooser, and the writing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "vd-teams.h"

G_BEGIN_DECLS

/* Asks whether to include full ID and phone numbers, then where to save (CSV or
 * .xlsx), then writes the members of team. Finishes with the number written, or
 * G_IO_ERROR_CANCELLED when the user changed their mind. */
void     vd_team_export_run        (GtkWindow            *parent,
                                    VdDatabase           *db,
                                    VdTeam               *team,
                                    GAsyncReadyCallback   callback,
                                    gpointer              user_data);
gboolean vd_team_export_run_finish (GAsyncResult         *result,
                                    guint                *n_written,
                                    GError              **error);

G_END_DECLS
