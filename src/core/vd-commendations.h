/* vd-commendations.h — 褒奖: commendations of a volunteer, team, station or community
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vd-database.h"
#include "vd-places.h"

G_BEGIN_DECLS

typedef enum
{
  VD_OWNER_VOLUNTEER,
  VD_OWNER_TEAM,
  VD_OWNER_STATION,
  VD_OWNER_COMMUNITY,
  VD_N_OWNER_KINDS
} VdOwnerKind;

typedef enum
{
  VD_LEVEL_DISTRICT,
  VD_LEVEL_CITY,
  VD_LEVEL_PROVINCE,
  VD_LEVEL_NATIONAL,
  VD_N_LEVELS
} VdCommendationLevel;

const char *vd_commendation_level_get_label (VdCommendationLevel level);
const char *vd_owner_kind_get_label         (VdOwnerKind         kind);

typedef struct
{
  gint64               id;            /* 0 until saved */
  char                *title;         /* e.g. 省示范性志愿服务社区 */
  VdCommendationLevel  level;
  char                *awarded_on;    /* YYYY-MM-DD */
  char                *issuer;        /* the issuing body */
  char                *notes;
  VdOwnerKind          owner_kind;
  gint64               owner_id;
  char                *owner_name;    /* read-only */
} VdCommendation;

VdCommendation *vd_commendation_new  (void);
VdCommendation *vd_commendation_copy (const VdCommendation *c);
void            vd_commendation_free (VdCommendation       *c);

/* Checks (title, date not in the future, issuer and note lengths, the owner exists)
 * and records it, audited; sets c->id. When c->id is set already (Undo of a removal)
 * the commendation comes back under that id. */
gboolean   vd_commendations_add      (VdDatabase      *db,
                                      VdCommendation  *c,
                                      GError         **error);
gboolean   vd_commendations_update   (VdDatabase      *db,
                                      VdCommendation  *c,
                                      GError         **error);
/* Returns what was removed, for Undo, or NULL on error. */
VdCommendation *vd_commendations_remove (VdDatabase   *db,
                                      gint64           id,
                                      GError         **error);
/* Newest first. */
GPtrArray *vd_commendations_list_for (VdDatabase      *db,
                                      VdOwnerKind      kind,
                                      gint64           owner_id,
                                      GError         **error);
/* Those awarded in year, by date, with their owners' names: for the annual report. */
GPtrArray *vd_commendations_list_year (VdDatabase     *db,
                                      int              year,
                                      GError         **error);

typedef struct
{
  int   year;
  guint count;
  guint by_level[VD_N_LEVELS];
} VdCommendationYear;

/* Per year, newest first. */
GArray    *vd_commendations_count_by_year (VdDatabase *db,
                                      GError         **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VdCommendation, vd_commendation_free)

G_END_DECLS
