/* vd-search.h — full-text search of the register: a one-character tokenizer for
 * Chinese names, pinyin keys, trigram substrings of digits
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <sqlite3.h>

#include "vd-database.h"

G_BEGIN_DECLS

/* Registers the "vd_cjk" FTS5 tokenizer on a connection. FTS5's trigram tokenizer
 * finds nothing for 1–2 character Chinese queries (design.md §7); vd_cjk makes every
 * CJK character a token, so 张, 伟 and 张伟 (a phrase) all match, and keeps runs of
 * ASCII letters and digits as lower-case words (pinyin keys, Latin names). Every
 * connection that writes the volunteers table needs it. */
int vd_search_register_tokenizer (sqlite3 *db);

/* New volunteers are indexed for search by their writer: vd_search_index_from
 * indexes every row with an id ≥ first_id in one statement (bulk writers call it once
 * at the end of their transaction). Updates and deletes are kept in step by triggers. */
gboolean vd_search_index_from (VdDatabase  *db,
                               gint64       first_id,
                               GError     **error);

/* One user query split into what each index can answer. Fields are NULL when the
 * query has no part of that kind; all parts must match (AND). */
typedef struct
{
  char *name_match;    /* FTS5 MATCH for volunteer_text: phrases of CJK characters */
  char *pinyin_match;  /* FTS5 MATCH for volunteer_text: prefix of a pinyin key */
  char *digits_match;  /* FTS5 MATCH for volunteer_digits (trigram): ≥ 3 digits */
} VdSearchQuery;

VdSearchQuery *vd_search_query_parse (const char *text);
gboolean       vd_search_query_is_empty (const VdSearchQuery *self);
void           vd_search_query_free  (VdSearchQuery *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VdSearchQuery, vd_search_query_free)

G_END_DECLS
