/* vd-volunteer-list.c — the register as a lazy GListModel over SQLite
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "vd-register.h"
#include "vd-search.h"
#include "vd-settings.h"
#include "vd-volunteer-list.h"

#define PAGE_SIZE 64
#define MAX_PAGES 16

static G_DEFINE_QUARK (vd-volunteer-list-position, live_position)

struct _VdVolunteerList
{
  GObject            parent_instance;

  VdDatabase        *db;
  VdVolunteerFilter  filter;
  /* Ids are 32-bit here: half the memory at a million rows (ids come from SQLite's
   * rowid counter and stay far below 2^32). */
  GArray            *ids;          /* guint32, the current result in order */
  GArray            *base;         /* the result of the filters without the search text */
  VdVolunteerFilter  base_filter;  /* what base was computed for (text NULL) */
  gint64             base_max_id;
  GHashTable        *pages;        /* page number → GPtrArray of VdVolunteer */
  GQueue             page_order;   /* page numbers, most recently used first */
  /* position → the VdVolunteer handed out for it, while it lives (weak): the one record
   * per position, kept across results, so that views keep their rows (swap_result). */
  GHashTable        *live;
  sqlite3_stmt      *row_stmt;     /* one volunteer by id */
  gulong             reloaded_id;
  gboolean           same_query;   /* while a result of the same query is swapped in */
};

static void vd_volunteer_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (VdVolunteerList, vd_volunteer_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      vd_volunteer_list_model_init))

enum {
  PROP_0,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  RESULT_CHANGING,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

void
vd_volunteer_filter_init (VdVolunteerFilter *filter)
{
  memset (filter, 0, sizeof *filter);
  filter->political = -1;
  filter->active = -1;
  filter->star_level = -1;
  filter->sort = VD_VOLUNTEER_SORT_NAME;
}

void
vd_volunteer_filter_clear (VdVolunteerFilter *filter)
{
  g_clear_pointer (&filter->text, g_free);
}

void
vd_volunteer_filter_copy (VdVolunteerFilter       *dest,
                          const VdVolunteerFilter *src)
{
  char *text = g_strdup (src->text);

  vd_volunteer_filter_clear (dest);
  *dest = *src;
  dest->text = text;
}

static gboolean
filter_equal (const VdVolunteerFilter *a,
              const VdVolunteerFilter *b)
{
  return g_strcmp0 (a->text, b->text) == 0 && a->station_id == b->station_id &&
         a->team_id == b->team_id && a->political == b->political &&
         a->active == b->active && a->star_level == b->star_level && a->sort == b->sort &&
         !a->descending == !b->descending;
}

static void
drop_pages (VdVolunteerList *self)
{
  g_hash_table_remove_all (self->pages);
  g_queue_clear (&self->page_order);
}

static VdVolunteer *
read_row (VdVolunteerList *self,
          gint64           id)
{
  VdVolunteer *v = NULL;

  if (self->row_stmt == NULL)
    self->row_stmt = vd_database_prepare (self->db,
                                          "SELECT " VD_VOLUNTEER_COLUMNS " FROM " VD_VOLUNTEER_FROM
                                          " WHERE v.id = ?1", NULL);
  if (self->row_stmt != NULL)
    {
      sqlite3_bind_int64 (self->row_stmt, 1, id);
      if (sqlite3_step (self->row_stmt) == SQLITE_ROW)
        v = vd_volunteer_new_from_row (self->row_stmt);
      sqlite3_reset (self->row_stmt);
    }

  /* Removed since the query ran: an empty row until the next reload. */
  if (v == NULL)
    {
      v = vd_volunteer_new ();
      v->id = id;
    }
  return v;
}

static void
on_live_finalized (gpointer  data,
                   GObject  *where_the_object_was)
{
  VdVolunteerList *self = data;
  gpointer position = g_object_get_qdata (where_the_object_was, live_position_quark ());

  if (g_hash_table_lookup (self->live, position) == (gpointer)where_the_object_was)
    g_hash_table_remove (self->live, position);
}

static void
forget_live (VdVolunteerList *self,
             guint            position,
             VdVolunteer     *v)
{
  g_object_weak_unref (G_OBJECT (v), on_live_finalized, self);
  g_hash_table_remove (self->live, GUINT_TO_POINTER (position));
}

/* The record for a position: the one still alive from before, else a new one. */
static VdVolunteer *
get_row (VdVolunteerList *self,
         guint            position)
{
  VdVolunteer *v = g_hash_table_lookup (self->live, GUINT_TO_POINTER (position));

  if (v != NULL)
    return g_object_ref (v);

  v = read_row (self, g_array_index (self->ids, guint32, position));
  g_object_set_qdata (G_OBJECT (v), live_position_quark (), GUINT_TO_POINTER (position));
  g_object_weak_ref (G_OBJECT (v), on_live_finalized, self);
  g_hash_table_insert (self->live, GUINT_TO_POINTER (position), v);
  return v;
}

static GPtrArray *
get_page (VdVolunteerList *self,
          guint            page)
{
  GPtrArray *rows = g_hash_table_lookup (self->pages, GUINT_TO_POINTER (page));
  guint first = page * PAGE_SIZE;
  guint last = MIN (first + PAGE_SIZE, self->ids->len);

  if (rows != NULL)
    {
      g_queue_remove (&self->page_order, GUINT_TO_POINTER (page));
      g_queue_push_head (&self->page_order, GUINT_TO_POINTER (page));
      return rows;
    }

  rows = g_ptr_array_new_full (last - first, g_object_unref);
  for (guint i = first; i < last; i++)
    g_ptr_array_add (rows, get_row (self, i));

  g_hash_table_insert (self->pages, GUINT_TO_POINTER (page), rows);
  g_queue_push_head (&self->page_order, GUINT_TO_POINTER (page));
  if (g_queue_get_length (&self->page_order) > MAX_PAGES)
    g_hash_table_remove (self->pages, g_queue_pop_tail (&self->page_order));
  return rows;
}

static GType
vd_volunteer_list_get_item_type (GListModel *model)
{
  return VD_TYPE_VOLUNTEER;
}

static guint
vd_volunteer_list_get_n_items (GListModel *model)
{
  return VD_VOLUNTEER_LIST (model)->ids->len;
}

static gpointer
vd_volunteer_list_get_item (GListModel *model,
                            guint       position)
{
  VdVolunteerList *self = VD_VOLUNTEER_LIST (model);
  GPtrArray *rows;

  if (position >= self->ids->len)
    return NULL;
  rows = get_page (self, position / PAGE_SIZE);
  return g_object_ref (g_ptr_array_index (rows, position % PAGE_SIZE));
}

static void
vd_volunteer_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = vd_volunteer_list_get_item_type;
  iface->get_n_items = vd_volunteer_list_get_n_items;
  iface->get_item = vd_volunteer_list_get_item;
}

static void
on_database_reloaded (VdVolunteerList *self)
{
  g_autoptr(GError) error = NULL;

  if (!vd_volunteer_list_reload (self, &error))
    g_warning ("Cannot reload the register: %s", error->message);
}

static void
vd_volunteer_list_dispose (GObject *object)
{
  VdVolunteerList *self = (VdVolunteerList *)object;

  drop_pages (self);
  if (self->live != NULL)
    {
      GHashTableIter iter;
      gpointer v;

      g_hash_table_iter_init (&iter, self->live);
      while (g_hash_table_iter_next (&iter, NULL, &v))
        {
          g_object_weak_unref (v, on_live_finalized, self);
          g_hash_table_iter_remove (&iter);
        }
    }
  g_clear_pointer (&self->row_stmt, sqlite3_finalize);
  g_clear_signal_handler (&self->reloaded_id, self->db);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (vd_volunteer_list_parent_class)->dispose (object);
}

static void
vd_volunteer_list_finalize (GObject *object)
{
  VdVolunteerList *self = (VdVolunteerList *)object;

  vd_volunteer_filter_clear (&self->filter);
  g_clear_pointer (&self->ids, g_array_unref);
  g_clear_pointer (&self->base, g_array_unref);
  g_clear_pointer (&self->pages, g_hash_table_unref);
  g_clear_pointer (&self->live, g_hash_table_unref);
  g_queue_clear (&self->page_order);

  G_OBJECT_CLASS (vd_volunteer_list_parent_class)->finalize (object);
}

static void
vd_volunteer_list_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  VdVolunteerList *self = VD_VOLUNTEER_LIST (object);

  switch (prop_id)
    {
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->ids->len);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vd_volunteer_list_class_init (VdVolunteerListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = vd_volunteer_list_dispose;
  object_class->finalize = vd_volunteer_list_finalize;
  object_class->get_property = vd_volunteer_list_get_property;

  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * VdVolunteerList::result-changing:
   *
   * A new result is about to replace the current one. The records handed out for
   * the positions that stay may then show other volunteers: each emits "changed".
   */
  signals[RESULT_CHANGING] =
    g_signal_new ("result-changing",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
vd_volunteer_list_init (VdVolunteerList *self)
{
  vd_volunteer_filter_init (&self->filter);
  vd_volunteer_filter_init (&self->base_filter);
  self->ids = g_array_new (FALSE, FALSE, sizeof (guint32));
  self->pages = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify)g_ptr_array_unref);
  g_queue_init (&self->page_order);
  self->live = g_hash_table_new (NULL, NULL);
}

VdVolunteerList *
vd_volunteer_list_new (VdDatabase *db)
{
  VdVolunteerList *self;

  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);

  self = g_object_new (VD_TYPE_VOLUNTEER_LIST, NULL);
  self->db = g_object_ref (db);
  self->reloaded_id = g_signal_connect_swapped (db, "reloaded",
                                                G_CALLBACK (on_database_reloaded), self);
  return self;
}

static const char *
order_by (VdVolunteerSort sort)
{
  switch (sort)
    {
    case VD_VOLUNTEER_SORT_GENDER:     return "v.gender";
    case VD_VOLUNTEER_SORT_AGE:        return "v.birth_date";
    case VD_VOLUNTEER_SORT_NUMBER:     return "v.volunteer_no";
    case VD_VOLUNTEER_SORT_POLITICAL:  return "v.political_status";
    case VD_VOLUNTEER_SORT_STATION:    return "(SELECT name FROM stations WHERE id = v.station_id)";
    case VD_VOLUNTEER_SORT_REGISTERED: return "v.registered_on";
    case VD_VOLUNTEER_SORT_HOURS:      return "v.approved_minutes";
    case VD_VOLUNTEER_SORT_STATUS:     return "v.status";
    case VD_VOLUNTEER_SORT_NAME:
    case VD_VOLUNTEER_N_SORTS:
    default:                           return "v.name_sort";
    }
}

/* The star level k spans [threshold k, threshold k+1) of approved minutes. */
static void
star_range (VdDatabase *db,
            int         level,
            gint64     *low,
            gint64     *high)
{
  g_autoptr(VdSettings) settings = vd_settings_load (db, NULL);
  g_autoptr(VdSettings) defaults = vd_settings_new_default ();
  const int *hours = settings != NULL ? settings->star_hours : defaults->star_hours;

  level = CLAMP (level, 0, VD_STAR_LEVELS);
  *low = level == 0 ? 0 : (gint64)hours[level - 1] * 60;
  *high = level == VD_STAR_LEVELS ? G_MAXINT64 : (gint64)hours[level] * 60;
}

static gboolean
same_base (const VdVolunteerFilter *a,
           const VdVolunteerFilter *b)
{
  return a->station_id == b->station_id && a->team_id == b->team_id &&
         a->political == b->political && a->active == b->active &&
         a->star_level == b->star_level && a->sort == b->sort &&
         a->descending == b->descending;
}

/* The filters and the order, without the search text: one SQL query over the
 * indexes. A search then only picks from this list, so that a keystroke never sorts
 * a hundred thousand matches in SQL (that took 0.2–0.8 s at a million rows). */
static GArray *
run_base_query (VdVolunteerList          *self,
                const VdVolunteerFilter  *filter,
                gint64                   *max_id,
                GError                  **error)
{
  g_autoptr(GString) sql = g_string_new ("SELECT v.id FROM volunteers v WHERE 1");
  g_autoptr(GArray) ids = NULL;
  gint64 low = 0, high = 0;
  gboolean descending;
  sqlite3_stmt *stmt;
  int rc;

  if (filter->station_id != 0)
    g_string_append (sql, " AND v.station_id = :station");
  if (filter->team_id != 0)
    g_string_append (sql, " AND EXISTS (SELECT 1 FROM team_members m "
                          "WHERE m.volunteer_id = v.id AND m.team_id = :team)");
  if (filter->political >= 0 && filter->political < VD_N_POLITICAL)
    g_string_append (sql, " AND v.political_status = :political");
  if (filter->active >= 0)
    g_string_append (sql, " AND v.status = :status");
  if (filter->star_level >= 0)
    {
      star_range (self->db, filter->star_level, &low, &high);
      g_string_append (sql, " AND v.approved_minutes >= :low AND v.approved_minutes < :high");
    }
  /* Ascending age is descending birth date. */
  descending = filter->descending != (filter->sort == VD_VOLUNTEER_SORT_AGE);
  g_string_append_printf (sql, " ORDER BY %s%s, v.id%s", order_by (filter->sort),
                          descending ? " DESC" : "", descending ? " DESC" : "");

  stmt = vd_database_prepare (self->db, sql->str, error);
  if (stmt == NULL)
    return NULL;

#define BIND_TEXT(name, value) \
  sqlite3_bind_text (stmt, sqlite3_bind_parameter_index (stmt, name), value, -1, SQLITE_STATIC)
#define BIND_INT(name, value) \
  sqlite3_bind_int64 (stmt, sqlite3_bind_parameter_index (stmt, name), value)
  BIND_INT (":station", filter->station_id);
  BIND_INT (":team", filter->team_id);
  if (filter->political >= 0 && filter->political < VD_N_POLITICAL)
    BIND_TEXT (":political", vd_political_to_code (filter->political));
  BIND_TEXT (":status", filter->active ? "active" : "inactive");
  BIND_INT (":low", low);
  BIND_INT (":high", high);
#undef BIND_TEXT
#undef BIND_INT

  *max_id = 0;
  ids = g_array_new (FALSE, FALSE, sizeof (guint32));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      guint32 small = (guint32)id;

      if (id <= 0 || id > G_MAXUINT32)
        continue;   /* not a rowid SQLite hands out; nothing the register writes */
      g_array_append_val (ids, small);
      *max_id = MAX (*max_id, id);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      vd_database_set_error (error, vd_database_get_handle (self->db), rc, NULL);
      return NULL;
    }

  /* The array grew by doubling: at a million rows up to 8 MB of it is spare. */
  if (ids->len > 4096)
    {
      GArray *exact = g_array_sized_new (FALSE, FALSE, sizeof (guint32), ids->len);

      g_array_append_vals (exact, ids->data, ids->len);
      g_array_unref (ids);
      ids = exact;
    }
  return g_steal_pointer (&ids);
}

/* Marks in a bitmap of ids every row a full-text query matches; with several
 * queries, only rows all of them match stay marked. */
static gboolean
mark_matches (VdVolunteerList  *self,
              const char       *sql,
              const char       *match,
              guint8           *marks,
              gint64            max_id,
              guint8            bit,
              GError          **error)
{
  sqlite3_stmt *stmt = vd_database_prepare (self->db, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, match, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      if (id >= 0 && id <= max_id)
        marks[id] |= bit;
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return vd_database_set_error (error, vd_database_get_handle (self->db), rc, NULL);
  return TRUE;
}

static GArray *
run_query (VdVolunteerList          *self,
           const VdVolunteerFilter  *filter,
           GError                  **error)
{
  g_autoptr(VdSearchQuery) query = vd_search_query_parse (filter->text);
  g_autoptr(GString) text_match = g_string_new (NULL);
  g_autofree guint8 *marks = NULL;
  GArray *ids;
  guint8 wanted = 0;

  if (self->base == NULL || !same_base (&self->base_filter, filter))
    {
      GArray *base = run_base_query (self, filter, &self->base_max_id, error);

      if (base == NULL)
        return NULL;
      g_clear_pointer (&self->base, g_array_unref);
      self->base = base;
      vd_volunteer_filter_copy (&self->base_filter, filter);
      g_clear_pointer (&self->base_filter.text, g_free);
    }

  if (vd_search_query_is_empty (query))
    return g_array_ref (self->base);

  if (query->name_match != NULL)
    g_string_append (text_match, query->name_match);
  if (query->pinyin_match != NULL)
    g_string_append_printf (text_match, "%s%s", text_match->len > 0 ? " AND " : "",
                            query->pinyin_match);

  /* One byte per id: a million volunteers cost a megabyte for the time of a query. */
  marks = g_malloc0 (self->base_max_id + 1);
  if (text_match->len > 0)
    {
      wanted |= 1;
      if (!mark_matches (self, "SELECT rowid FROM volunteer_text WHERE volunteer_text MATCH ?1",
                         text_match->str, marks, self->base_max_id, 1, error))
        return NULL;
    }
  if (query->digits_match != NULL)
    {
      wanted |= 2;
      if (!mark_matches (self, "SELECT rowid FROM volunteer_digits WHERE volunteer_digits MATCH ?1",
                         query->digits_match, marks, self->base_max_id, 2, error))
        return NULL;
    }

  ids = g_array_new (FALSE, FALSE, sizeof (guint32));
  for (guint i = 0; i < self->base->len; i++)
    {
      guint32 id = g_array_index (self->base, guint32, i);

      if ((marks[id] & wanted) == wanted)
        g_array_append_val (ids, id);
    }
  return ids;
}

/* The records someone still holds for positions the new result keeps: overwritten
 * with the new rows there. The others leave the list's care. */
static GPtrArray *
reuse_live_rows (VdVolunteerList *self)
{
  g_autoptr(GArray) positions = g_array_new (FALSE, FALSE, sizeof (guint));
  GPtrArray *changed = g_ptr_array_new_with_free_func (g_object_unref);
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, self->live);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      guint position = GPOINTER_TO_UINT (key);

      g_array_append_val (positions, position);
    }

  for (guint i = 0; i < positions->len; i++)
    {
      guint position = g_array_index (positions, guint, i);
      VdVolunteer *v = g_hash_table_lookup (self->live, GUINT_TO_POINTER (position));

      if (position < self->ids->len)
        {
          g_autoptr(VdVolunteer) row =
            read_row (self, g_array_index (self->ids, guint32, position));

          vd_volunteer_assign (v, row);
          g_ptr_array_add (changed, g_object_ref (v));
        }
      else
        forget_live (self, position, v);
    }
  return changed;
}

static void
swap_result (VdVolunteerList *self,
             GArray          *ids)
{
  GArray *old_ids = self->ids;
  guint old = old_ids->len;
  guint new = ids->len;
  g_autoptr(GPtrArray) changed = NULL;

  g_signal_emit (self, signals[RESULT_CHANGING], 0);
  /* Only the records someone holds stay alive: the rows a view shows. */
  drop_pages (self);

  if (old > 0 && new > 0 && g_hash_table_size (self->live) > 0)
    {
      /* A view holds rows: it keeps them if the records at their positions stay the
       * same objects. They show the new rows in place ("changed"), and the list
       * only says that its tail grew or shrank. Replacing every item instead made
       * GTK 4.8 destroy and make again every visible row: 0.2–0.4 s a keystroke. */
      self->ids = ids;
      changed = reuse_live_rows (self);
      g_array_unref (old_ids);
      for (guint i = 0; i < changed->len; i++)
        vd_volunteer_emit_changed (g_ptr_array_index (changed, i));
      if (new < old)
        g_list_model_items_changed (G_LIST_MODEL (self), new, old - new, 0);
      else if (new > old)
        g_list_model_items_changed (G_LIST_MODEL (self), old, 0, new - old);
    }
  else
    {
      /* Two signals, not one: a single (0, old, new) makes GTK 4.8 fetch every new
       * item while looking for old ones, which froze it for seconds at a million
       * rows (design.md §7). Between them the list is empty, as the first one says:
       * GTK's list views read the count while handling it and abort on an item they
       * cannot get. (The arrays are swapped, not emptied: the result may share the
       * base list.) */
      self->ids = g_array_new (FALSE, FALSE, sizeof (guint32));
      if (old > 0)
        {
          GHashTableIter iter;
          gpointer key, v;

          /* Every position is gone: no record stands for one any more. */
          g_hash_table_iter_init (&iter, self->live);
          while (g_hash_table_iter_next (&iter, &key, &v))
            {
              g_object_weak_unref (v, on_live_finalized, self);
              g_hash_table_iter_remove (&iter);
            }
          g_list_model_items_changed (G_LIST_MODEL (self), 0, old, 0);
        }
      g_array_unref (old_ids);
      g_array_unref (self->ids);
      self->ids = ids;
      if (new > 0)
        g_list_model_items_changed (G_LIST_MODEL (self), 0, 0, new);
    }
  if (old != new)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

gboolean
vd_volunteer_list_set_filter (VdVolunteerList          *self,
                              const VdVolunteerFilter  *filter,
                              GError                  **error)
{
  GArray *ids;

  g_return_val_if_fail (VD_IS_VOLUNTEER_LIST (self), FALSE);
  g_return_val_if_fail (filter != NULL, FALSE);

  ids = run_query (self, filter, error);
  if (ids == NULL)
    return FALSE;
  self->same_query = filter_equal (filter, &self->filter);
  if (filter != &self->filter)
    vd_volunteer_filter_copy (&self->filter, filter);
  swap_result (self, ids);
  self->same_query = FALSE;
  return TRUE;
}

const VdVolunteerFilter *
vd_volunteer_list_get_filter (VdVolunteerList *self)
{
  g_return_val_if_fail (VD_IS_VOLUNTEER_LIST (self), NULL);

  return &self->filter;
}

gboolean
vd_volunteer_list_reload (VdVolunteerList  *self,
                          GError          **error)
{
  g_return_val_if_fail (VD_IS_VOLUNTEER_LIST (self), FALSE);

  /* Statements prepared before a restore may refer to the old schema; the rows
   * themselves may have changed. */
  g_clear_pointer (&self->row_stmt, sqlite3_finalize);
  g_clear_pointer (&self->base, g_array_unref);
  return vd_volunteer_list_set_filter (self, &self->filter, error);
}

gboolean
vd_volunteer_list_is_same_query (VdVolunteerList *self)
{
  g_return_val_if_fail (VD_IS_VOLUNTEER_LIST (self), FALSE);

  return self->same_query;
}

gint64
vd_volunteer_list_get_id (VdVolunteerList *self,
                          guint            position)
{
  g_return_val_if_fail (VD_IS_VOLUNTEER_LIST (self), 0);

  if (position >= self->ids->len)
    return 0;
  return g_array_index (self->ids, guint32, position);
}

guint
vd_volunteer_list_find (VdVolunteerList *self,
                        gint64           id)
{
  const guint32 *ids;

  g_return_val_if_fail (VD_IS_VOLUNTEER_LIST (self), G_MAXUINT);

  ids = (const guint32 *)(gpointer)self->ids->data;
  for (guint i = 0; i < self->ids->len; i++)
    if (ids[i] == id)
      return i;
  return G_MAXUINT;
}

gint64 *
vd_volunteer_list_dup_ids (VdVolunteerList *self,
                           guint           *n_ids)
{
  gint64 *copy;

  g_return_val_if_fail (VD_IS_VOLUNTEER_LIST (self), NULL);

  *n_ids = self->ids->len;
  copy = g_new (gint64, MAX (self->ids->len, 1));
  for (guint i = 0; i < self->ids->len; i++)
    copy[i] = g_array_index (self->ids, guint32, i);
  return copy;
}

VdDatabase *
vd_volunteer_list_get_database (VdVolunteerList *self)
{
  g_return_val_if_fail (VD_IS_VOLUNTEER_LIST (self), NULL);

  return self->db;
}
