/* vd-event-list.c — the events as a lazy GListModel over SQLite
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A city holds about 100,000 events: the query keeps only their ids (filtered and
 * sorted in SQL), and rows are read by primary key when a view asks for them. Read
 * rows are cached by id until the next reload.
 */

#include "config.h"

#include <string.h>

#include "vd-events-private.h"

#define CACHE_MAX 512

struct _VdEventList
{
  GObject        parent_instance;

  VdDatabase    *db;
  VdEventFilter  filter;
  GArray        *ids;      /* gint64, in the order of the result */
  GHashTable    *cache;    /* id → VdEvent */
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (VdEventList, vd_event_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

void
vd_event_filter_init (VdEventFilter *filter)
{
  memset (filter, 0, sizeof *filter);
  filter->sort = VD_EVENT_SORT_STARTS;
  filter->descending = TRUE;
}

void
vd_event_filter_clear (VdEventFilter *filter)
{
  g_clear_pointer (&filter->text, g_free);
  g_clear_pointer (&filter->from, g_free);
  g_clear_pointer (&filter->to, g_free);
}

void
vd_event_filter_copy (VdEventFilter       *dest,
                      const VdEventFilter *src)
{
  if (dest == src)
    return;
  vd_event_filter_clear (dest);
  *dest = *src;
  dest->text = g_strdup (src->text);
  dest->from = g_strdup (src->from);
  dest->to = g_strdup (src->to);
}

static GType
get_item_type (GListModel *model)
{
  return VD_TYPE_EVENT;
}

static guint
get_n_items (GListModel *model)
{
  return VD_EVENT_LIST (model)->ids->len;
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  VdEventList *self = VD_EVENT_LIST (model);
  g_autoptr(GError) error = NULL;
  VdEvent *event;
  sqlite3_stmt *stmt;
  gint64 id;

  if (position >= self->ids->len)
    return NULL;
  id = g_array_index (self->ids, gint64, position);
  event = g_hash_table_lookup (self->cache, &id);
  if (event != NULL)
    return g_object_ref (event);

  event = vd_event_new ();
  event->id = id;
  stmt = vd_database_prepare_cached (self->db, vd_events_select_sql (), &error);
  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        vd_event_read_row (event, stmt);
      sqlite3_reset (stmt);
    }
  else
    g_warning ("Cannot read event %" G_GINT64_FORMAT ": %s", id, error->message);

  if (g_hash_table_size (self->cache) >= CACHE_MAX)
    g_hash_table_remove_all (self->cache);
  g_hash_table_insert (self->cache, g_memdup2 (&id, sizeof id), g_object_ref (event));
  return event;
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

static void
vd_event_list_finalize (GObject *object)
{
  VdEventList *self = VD_EVENT_LIST (object);

  g_clear_object (&self->db);
  vd_event_filter_clear (&self->filter);
  g_clear_pointer (&self->ids, g_array_unref);
  g_clear_pointer (&self->cache, g_hash_table_unref);

  G_OBJECT_CLASS (vd_event_list_parent_class)->finalize (object);
}

static void
vd_event_list_class_init (VdEventListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = vd_event_list_finalize;
}

static void
vd_event_list_init (VdEventList *self)
{
  vd_event_filter_init (&self->filter);
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->cache = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
}

static const char *
order_column (VdEventSort sort)
{
  switch (sort)
    {
    case VD_EVENT_SORT_TITLE:        return "e.title";
    case VD_EVENT_SORT_CATEGORY:     return "c.sort_order";
    case VD_EVENT_SORT_STATION:      return "coalesce (s.name, e.place)";
    case VD_EVENT_SORT_TEAM:         return "coalesce (t.name, '')";
    case VD_EVENT_SORT_PARTICIPANTS: return "e.participant_count";
    case VD_EVENT_SORT_HOURS:        return "e.approved_minutes";
    case VD_EVENT_SORT_PEOPLE:       return "e.people_served";
    case VD_EVENT_SORT_STATUS:       return "e.status";
    case VD_EVENT_SORT_STARTS:
    case VD_EVENT_N_SORTS:
    default:                         return "e.starts_at";
    }
}

static GArray *
run_query (VdEventList  *self,
           GError      **error)
{
  g_autoptr(GString) sql = g_string_new ("SELECT e.id FROM events e "
                                         "LEFT JOIN categories c ON c.id = e.category_id "
                                         "LEFT JOIN stations s ON s.id = e.station_id "
                                         "LEFT JOIN teams t ON t.id = e.team_id WHERE 1");
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  const VdEventFilter *f = &self->filter;
  g_autofree char *pattern = NULL;
  g_autofree char *to_end = NULL;
  sqlite3_stmt *stmt;
  int rc;

  if (f->text != NULL && f->text[0] != '\0')
    {
      g_autofree char *t = g_strstrip (g_strdup (f->text));

      pattern = g_strdup_printf ("%%%s%%", t);
      g_string_append (sql, " AND (e.title LIKE :text OR e.place LIKE :text OR s.name LIKE :text)");
    }
  if (f->from != NULL && f->from[0] != '\0')
    g_string_append (sql, " AND e.starts_at >= :from");
  if (f->to != NULL && f->to[0] != '\0')
    {
      to_end = g_strdup_printf ("%s 24", f->to);
      g_string_append (sql, " AND e.starts_at < :to");
    }
  if (f->category_id > 0)
    g_string_append (sql, " AND e.category_id = :category");
  if (f->station_id > 0)
    g_string_append (sql, " AND e.station_id = :station");
  if (f->team_id > 0)
    g_string_append (sql, " AND e.team_id = :team");
  g_string_append_printf (sql, " ORDER BY %s %s, e.starts_at DESC, e.id DESC",
                          order_column (f->sort), f->descending ? "DESC" : "ASC");

  stmt = vd_database_prepare (self->db, sql->str, error);
  if (stmt == NULL)
    return NULL;
#define BIND_TEXT(name, value) \
  if (sqlite3_bind_parameter_index (stmt, name) > 0) \
    sqlite3_bind_text (stmt, sqlite3_bind_parameter_index (stmt, name), value, -1, SQLITE_STATIC)
#define BIND_INT(name, value) \
  if (sqlite3_bind_parameter_index (stmt, name) > 0) \
    sqlite3_bind_int64 (stmt, sqlite3_bind_parameter_index (stmt, name), value)
  BIND_TEXT (":text", pattern);
  BIND_TEXT (":from", f->from);
  BIND_TEXT (":to", to_end);
  BIND_INT (":category", f->category_id);
  BIND_INT (":station", f->station_id);
  BIND_INT (":team", f->team_id);
#undef BIND_TEXT
#undef BIND_INT
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      vd_database_set_error (error, vd_database_get_handle (self->db), rc, NULL);
      return NULL;
    }
  return g_steal_pointer (&ids);
}

VdEventList *
vd_event_list_new (VdDatabase *db)
{
  VdEventList *self;

  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);

  self = g_object_new (VD_TYPE_EVENT_LIST, NULL);
  self->db = g_object_ref (db);
  return self;
}

gboolean
vd_event_list_reload (VdEventList  *self,
                      GError      **error)
{
  g_autoptr(GArray) ids = NULL;
  guint old;

  g_return_val_if_fail (VD_IS_EVENT_LIST (self), FALSE);

  ids = run_query (self, error);
  if (ids == NULL)
    return FALSE;
  old = self->ids->len;
  g_hash_table_remove_all (self->cache);
  /* Two signals, not one (0, old, new): see HACKING.md, GTK 4.8 pitfalls. */
  g_array_set_size (self->ids, 0);
  if (old > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, old, 0);
  g_array_append_vals (self->ids, ids->data, ids->len);
  if (ids->len > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, 0, ids->len);
  return TRUE;
}

gboolean
vd_event_list_set_filter (VdEventList          *self,
                          const VdEventFilter  *filter,
                          GError              **error)
{
  g_return_val_if_fail (VD_IS_EVENT_LIST (self), FALSE);

  vd_event_filter_copy (&self->filter, filter);
  return vd_event_list_reload (self, error);
}

const VdEventFilter *
vd_event_list_get_filter (VdEventList *self)
{
  g_return_val_if_fail (VD_IS_EVENT_LIST (self), NULL);
  return &self->filter;
}

guint
vd_event_list_find (VdEventList *self,
                    gint64       id)
{
  g_return_val_if_fail (VD_IS_EVENT_LIST (self), G_MAXUINT);

  for (guint i = 0; i < self->ids->len; i++)
    if (g_array_index (self->ids, gint64, i) == id)
      return i;
  return G_MAXUINT;
}

GArray *
vd_event_list_dup_ids (VdEventList *self)
{
  GArray *ids;

  g_return_val_if_fail (VD_IS_EVENT_LIST (self), NULL);

  ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), self->ids->len);
  g_array_append_vals (ids, self->ids->data, self->ids->len);
  return ids;
}
