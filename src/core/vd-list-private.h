/* vd-list-private.h — what the lists' exporter and importer share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Coded values: the database's code and the file's translated label, by index. */
typedef struct
{
  guint        n;
  const char *(*code)  (guint index);
  const char *(*label) (guint index);
} VdListEnum;

typedef enum
{
  VD_LIST_ENUM_STATION_TYPE,
  VD_LIST_ENUM_EVENT_STATUS,
  VD_LIST_ENUM_RECORD_STATUS,
  VD_LIST_ENUM_ATTENDANCE,
  VD_LIST_ENUM_WISH_STATUS,
  VD_LIST_ENUM_LEDGER_KIND,
  VD_LIST_ENUM_TEAM_ROLE,
  VD_LIST_ENUM_STATE,         /* active / archived */
  VD_N_LIST_ENUMS
} VdListEnumId;

extern const VdListEnum vd_list_enums[VD_N_LIST_ENUMS];

/* An exported column's header, translated in the "column header" context. */
const char *vd_list_header_label (const char *english);

G_END_DECLS
