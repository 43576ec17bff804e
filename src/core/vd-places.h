/* vd-places.h — the district's sub-districts (办事处/乡镇) and communities (社区/村)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vd-database.h"

G_BEGIN_DECLS

/* One error domain for places, stations and commendations. */
#define VD_PLACES_ERROR (vd_places_error_quark ())

typedef enum
{
  VD_PLACES_ERROR_INVALID,         /* a field is wrong: the message says which */
  VD_PLACES_ERROR_DUPLICATE,       /* the name is taken */
  VD_PLACES_ERROR_HAS_DEPENDENTS,  /* other rows refer to it: archive instead */
  VD_PLACES_ERROR_NOT_FOUND,
} VdPlacesError;

GQuark vd_places_error_quark (void);

typedef struct
{
  gint64    id;
  char     *name;
  gboolean  township;          /* 乡镇 rather than 办事处 */
  gboolean  archived;
  guint     n_communities;     /* communities not archived */
} VdSubdistrict;

typedef struct
{
  gint64    id;
  gint64    subdistrict_id;
  char     *subdistrict_name;
  char     *name;
  gboolean  village;           /* 村 rather than 社区 */
  gboolean  archived;
  gboolean  covered;           /* has an active community-type station */
} VdCommunity;

void       vd_subdistrict_free              (VdSubdistrict *s);
void       vd_community_free                (VdCommunity   *c);

/* Sorted by name in the locale's order; archived ones only when asked, last. */
GPtrArray *vd_places_list_subdistricts      (VdDatabase  *db,
                                             gboolean     include_archived,
                                             GError     **error);
/* Of one sub-district, or of all when subdistrict_id is 0; by sub-district, then name. */
GPtrArray *vd_places_list_communities       (VdDatabase  *db,
                                             gint64       subdistrict_id,
                                             gboolean     include_archived,
                                             GError     **error);

/* Each write checks its input (VD_PLACES_ERROR_INVALID / _DUPLICATE with a translated
 * message) and is audited. */
gint64     vd_places_add_subdistrict        (VdDatabase  *db,
                                             const char  *name,
                                             gboolean     township,
                                             GError     **error);
gboolean   vd_places_update_subdistrict     (VdDatabase  *db,
                                             gint64       id,
                                             const char  *name,
                                             gboolean     township,
                                             GError     **error);
gboolean   vd_places_set_subdistrict_archived (VdDatabase *db,
                                             gint64       id,
                                             gboolean     archived,
                                             GError     **error);
/* Refused with _HAS_DEPENDENTS when communities or stations belong to it. */
gboolean   vd_places_delete_subdistrict     (VdDatabase  *db,
                                             gint64       id,
                                             GError     **error);

gint64     vd_places_add_community          (VdDatabase  *db,
                                             gint64       subdistrict_id,
                                             const char  *name,
                                             gboolean     village,
                                             GError     **error);
gboolean   vd_places_update_community       (VdDatabase  *db,
                                             gint64       id,
                                             gint64       subdistrict_id,
                                             const char  *name,
                                             gboolean     village,
                                             GError     **error);
gboolean   vd_places_set_community_archived (VdDatabase  *db,
                                             gint64       id,
                                             gboolean     archived,
                                             GError     **error);
/* Refused with _HAS_DEPENDENTS when stations, volunteers, micro-wishes, transfers or
 * commendations refer to it. */
gboolean   vd_places_delete_community       (VdDatabase  *db,
                                             gint64       id,
                                             GError     **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VdSubdistrict, vd_subdistrict_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VdCommunity, vd_community_free)

G_END_DECLS
