/* vd-volunteer-table.c — the register as a table: a column view straight over the
 * lazy VdVolunteerList, sorted in SQL, keeping its selection across queries
 *
 * No GtkSortListModel or GtkFilterListModel sits between the view and the list: at a
 * million rows they would hold a million objects. Cells are made once per visible row
 * and filled on bind, so fast scrolling stays fast. The headers only tell which order
 * the user wants; the owner of the list asks SQL for it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vd-volunteer-table"

#include "config.h"

#include <glib/gi18n.h>

#include "vd-volunteer-columns.h"
#include "vd-volunteer-table.h"

struct _VdVolunteerTable
{
  AdwBin              parent_instance;

  VdVolunteerList    *list;
  VdSettings         *settings;
  GObject            *probe[2];          /* marker items for reading the view's sort */
  gint64              selected_id;
  VdVolunteer        *selected;          /* a copy: the list reuses its records */
  gboolean            select_next;       /* select the row in place of the one removed */
  guint               selected_position;
  gboolean            list_changing;     /* inside the list's items-changed */

  GtkColumnView      *column_view;
  GtkSingleSelection *selection;
};

G_DEFINE_FINAL_TYPE (VdVolunteerTable, vd_volunteer_table, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_LIST,
  PROP_VOLUNTEER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SORT_CHANGED,
  VOLUNTEER_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef enum
{
  COLUMN_NAME,
  COLUMN_GENDER,
  COLUMN_AGE,
  COLUMN_NUMBER,
  COLUMN_ID_NUMBER,
  COLUMN_PHONE,
  COLUMN_POLITICAL,
  COLUMN_STATION,
  COLUMN_TEAMS,
  COLUMN_REGISTERED,
  COLUMN_HOURS,
  COLUMN_STARS,
  COLUMN_STATUS,
  N_COLUMNS
} Column;

static const struct {
  const char *title;
  int         sort;       /* a VdVolunteerSort, or -1: SQL has no order for this column */
  int         nat_chars;  /* in Latin characters; a Chinese character counts two */
  float       xalign;
  gboolean    shrinks;    /* may be narrower than nat_chars, ellipsized */
} columns[N_COLUMNS] = {
  [COLUMN_NAME]       = { N_("Name"), VD_VOLUNTEER_SORT_NAME, 8, 0, FALSE },
  [COLUMN_GENDER]     = { N_("Gender"), VD_VOLUNTEER_SORT_GENDER, 4, 0, FALSE },
  [COLUMN_AGE]        = { N_("Age"), VD_VOLUNTEER_SORT_AGE, 3, 1, FALSE },
  [COLUMN_NUMBER]     = { N_("Volunteer No."), VD_VOLUNTEER_SORT_NUMBER, 10, 0, FALSE },
  [COLUMN_ID_NUMBER]  = { N_("ID Number"), -1, 18, 0, FALSE },
  [COLUMN_PHONE]      = { N_("Phone"), -1, 11, 0, FALSE },
  [COLUMN_POLITICAL]  = { N_("Political Status"), VD_VOLUNTEER_SORT_POLITICAL, 10, 0, TRUE },
  [COLUMN_STATION]    = { N_("Station"), VD_VOLUNTEER_SORT_STATION, 12, 0, TRUE },
  [COLUMN_TEAMS]      = { N_("Teams"), -1, 14, 0, TRUE },
  [COLUMN_REGISTERED] = { N_("Registered"), VD_VOLUNTEER_SORT_REGISTERED, 10, 0, FALSE },
  [COLUMN_HOURS]      = { N_("Hours"), VD_VOLUNTEER_SORT_HOURS, 6, 1, FALSE },
  [COLUMN_STARS]      = { N_("Stars"), VD_VOLUNTEER_SORT_HOURS, 5, 0, FALSE },
  [COLUMN_STATUS]     = { N_("Status"), VD_VOLUNTEER_SORT_STATUS, 6, 0, FALSE },
};

static G_DEFINE_QUARK (vd-volunteer-table-sort-probe, sort_probe)
static G_DEFINE_QUARK (vd-volunteer-table-cell-column, cell_column)
static G_DEFINE_QUARK (vd-volunteer-table-cell-table, cell_table)
static G_DEFINE_QUARK (vd-volunteer-table-cell-handler, cell_handler)

/* Cells */

static char *
format_stars (int level)
{
  g_autoptr(GString) stars = g_string_new (NULL);
  int i;

  if (level <= 0)
    return g_strdup ("—");
  for (i = 0; i < level; i++)
    g_string_append (stars, "★");
  return g_string_free (g_steal_pointer (&stars), FALSE);
}

static char *
format_cell (VdVolunteerTable *self,
             VdVolunteer      *v,
             Column            column)
{
  int age;

  switch (column)
    {
    case COLUMN_NAME:       return g_strdup (v->name);
    case COLUMN_GENDER:     return g_strdup (vd_gender_get_label (v->gender));
    case COLUMN_AGE:
      age = vd_volunteer_get_age (v, NULL);
      return age >= 0 ? g_strdup_printf ("%d", age) : g_strdup ("");
    case COLUMN_NUMBER:     return g_strdup (v->volunteer_no);
    case COLUMN_ID_NUMBER:  return vd_volunteer_dup_id_display (v, FALSE);
    case COLUMN_PHONE:      return vd_volunteer_dup_phone_display (v, FALSE);
    case COLUMN_POLITICAL:  return g_strdup (vd_political_get_label (v->political));
    case COLUMN_STATION:    return g_strdup (v->station_name);
    case COLUMN_TEAMS:      return g_strdup (v->teams);
    case COLUMN_REGISTERED: return g_strdup (v->registered_on);
    case COLUMN_HOURS:      return vd_format_hours (v->approved_minutes);
    case COLUMN_STARS:
      return format_stars (self->settings != NULL
                           ? vd_settings_star_level (self->settings, v->approved_minutes) : 0);
    case COLUMN_STATUS:     return g_strdup (v->active ? _("Active") : _("Inactive"));
    case N_COLUMNS:
    default:                break;
    }
  g_return_val_if_reached (g_strdup (""));
}

static void
on_cell_setup_cb (GtkListItemFactory *factory,
                  GtkListItem        *item,
                  VdVolunteerTable   *self)
{
  Column column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "column"));
  GtkWidget *cell = gtk_inscription_new (NULL);

  g_object_set_qdata (G_OBJECT (cell), cell_column_quark (), GINT_TO_POINTER (column));
  g_object_set_qdata (G_OBJECT (cell), cell_table_quark (), self);

  gtk_inscription_set_nat_chars (GTK_INSCRIPTION (cell), columns[column].nat_chars);
  /* Numbers and names must be read whole; the long texts may shorten. */
  gtk_inscription_set_min_chars (GTK_INSCRIPTION (cell),
                                 columns[column].shrinks ? 4 : columns[column].nat_chars);
  gtk_inscription_set_xalign (GTK_INSCRIPTION (cell), columns[column].xalign);
  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (cell),
                                     GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  if (column == COLUMN_AGE || column == COLUMN_HOURS || column == COLUMN_NUMBER ||
      column == COLUMN_ID_NUMBER || column == COLUMN_PHONE || column == COLUMN_REGISTERED)
    gtk_widget_add_css_class (cell, "numeric");
  gtk_list_item_set_child (item, cell);
}

static void
fill_cell (VdVolunteerTable *self,
           GtkWidget        *cell,
           VdVolunteer      *v)
{
  Column column = GPOINTER_TO_INT (g_object_get_qdata (G_OBJECT (cell), cell_column_quark ()));
  g_autofree char *text = format_cell (self, v, column);

  gtk_inscription_set_text (GTK_INSCRIPTION (cell), text);
  /* Inactive volunteers stay in the register, a step back from the active ones. */
  if (v->active)
    gtk_widget_remove_css_class (cell, "dim-label");
  else
    gtk_widget_add_css_class (cell, "dim-label");
}

/* The list wrote another row into the record in place (a new result): the row
 * widget stays, its text changes. */
static void
on_item_changed_cb (VdVolunteer *v,
                    GtkWidget   *cell)
{
  VdVolunteerTable *self = g_object_get_qdata (G_OBJECT (cell), cell_table_quark ());

  fill_cell (self, cell, v);
}

static void
on_cell_bind_cb (GtkListItemFactory *factory,
                 GtkListItem        *item,
                 VdVolunteerTable   *self)
{
  GtkWidget *cell = gtk_list_item_get_child (item);
  VdVolunteer *v = gtk_list_item_get_item (item);
  gulong id = g_signal_connect_object (v, "changed", G_CALLBACK (on_item_changed_cb), cell, 0);

  g_object_set_qdata (G_OBJECT (cell), cell_handler_quark (), GSIZE_TO_POINTER (id));
  fill_cell (self, cell, v);
}

static void
on_cell_unbind_cb (GtkListItemFactory *factory,
                   GtkListItem        *item,
                   VdVolunteerTable   *self)
{
  GtkWidget *cell = gtk_list_item_get_child (item);
  VdVolunteer *v = gtk_list_item_get_item (item);
  gulong id = GPOINTER_TO_SIZE (g_object_get_qdata (G_OBJECT (cell), cell_handler_quark ()));

  if (v != NULL && id != 0)
    g_signal_handler_disconnect (v, id);
  g_object_set_qdata (G_OBJECT (cell), cell_handler_quark (), NULL);
}

/* Sorting */

/* Never asked about real rows, since no GTK model sorts this list. The view's sorter
 * asks its primary column first: the column's sorter records itself on the marker,
 * and says "a before b" so that the view's answer tells the direction. */
static int
probe_compare (gconstpointer a,
               gconstpointer b,
               gpointer      sort)
{
  g_object_set_qdata ((GObject *) a, sort_probe_quark (), sort);
  return GTK_ORDERING_SMALLER;
}

static void
add_columns (VdVolunteerTable *self)
{
  guint i;

  for (i = 0; i < N_COLUMNS; i++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      GtkColumnViewColumn *column;

      g_object_set_data (G_OBJECT (factory), "column", GINT_TO_POINTER (i));
      g_signal_connect (factory, "setup", G_CALLBACK (on_cell_setup_cb), self);
      g_signal_connect (factory, "bind", G_CALLBACK (on_cell_bind_cb), self);
      g_signal_connect (factory, "unbind", G_CALLBACK (on_cell_unbind_cb), self);

      column = gtk_column_view_column_new (_(columns[i].title), factory);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_column_set_expand (column, columns[i].shrinks);
      if (columns[i].sort >= 0)
        {
          GtkCustomSorter *sorter =
            gtk_custom_sorter_new (probe_compare, GINT_TO_POINTER (columns[i].sort + 1), NULL);

          gtk_column_view_column_set_sorter (column, GTK_SORTER (sorter));
          g_object_unref (sorter);
        }
      gtk_column_view_append_column (self->column_view, column);
      g_object_unref (column);
    }
}

/* Selection */

static void
scroll_to (VdVolunteerTable *self,
           guint             position)
{
  GtkWidget *child;

  /* GTK 4.8 has no gtk_column_view_scroll_to: its inner list view has the action. */
  for (child = gtk_widget_get_first_child (GTK_WIDGET (self->column_view));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      {
        gtk_widget_activate_action (child, "list.scroll-to-item", "u", position);
        return;
      }
}

static void
select_position (VdVolunteerTable *self,
                 guint             position)
{
  gtk_single_selection_set_selected (self->selection, position);
  scroll_to (self, position);
}

/* Callbacks */

static void
on_sorter_changed_cb (VdVolunteerTable *self)
{
  g_signal_emit (self, signals[SORT_CHANGED], 0);
}

/* A new result comes as (0, old, 0) then (0, 0, new) (design.md §7), which drops the
 * selection: these two bracket the selection model's handling, so that the loss is
 * not taken for the user's, and restore_selection () finds the volunteer again. */
/* The list reuses the records of the rows it keeps (vd-volunteer-list.c): the
 * selected position may then hold someone else. Dropped here the way a two-signal
 * result drops it, restore_selection () finds the volunteer again. A new result also
 * starts at its top, as it did when every row was replaced; the same query run again
 * (a change made here or by another program) keeps the rows where they were. */
static void
on_list_result_changing_cb (VdVolunteerTable *self)
{
  GtkAdjustment *vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->column_view));

  if (gtk_single_selection_get_selected (self->selection) != GTK_INVALID_LIST_POSITION)
    {
      self->list_changing = TRUE;
      gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
      self->list_changing = FALSE;
    }
  if (vadjustment != NULL && !vd_volunteer_list_is_same_query (self->list) &&
      gtk_adjustment_get_value (vadjustment) > gtk_adjustment_get_lower (vadjustment))
    gtk_adjustment_set_value (vadjustment, gtk_adjustment_get_lower (vadjustment));
}

static void
on_list_items_changed_cb (VdVolunteerTable *self)
{
  self->list_changing = TRUE;
}

static void
on_list_items_changed_after_cb (VdVolunteerTable *self)
{
  self->list_changing = FALSE;
}

static void
on_selection_changed_cb (VdVolunteerTable *self)
{
  guint position = gtk_single_selection_get_selected (self->selection);
  VdVolunteer *item = gtk_single_selection_get_selected_item (self->selection);

  g_clear_object (&self->selected);
  if (item != NULL)
    self->selected = vd_volunteer_copy (item);

  if (position == GTK_INVALID_LIST_POSITION)
    {
      if (self->list_changing)
        return;
      self->selected_id = 0;
    }
  else
    {
      self->selected_id = vd_volunteer_list_get_id (self->list, position);
      self->selected_position = position;
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VOLUNTEER]);
}

static void
on_row_activated_cb (VdVolunteerTable *self,
                     guint             position)
{
  gtk_single_selection_set_selected (self->selection, position);
  g_signal_emit (self, signals[VOLUNTEER_ACTIVATED], 0, vd_volunteer_table_get_volunteer (self));
}

/* GObject */

static void
vd_volunteer_table_dispose (GObject *object)
{
  VdVolunteerTable *self = VD_VOLUNTEER_TABLE (object);

  /* Disposing the view removes its columns, which changes its sorter. */
  if (self->column_view != NULL)
    g_signal_handlers_disconnect_by_data (gtk_column_view_get_sorter (self->column_view), self);
  if (self->list != NULL)
    g_signal_handlers_disconnect_by_data (self->list, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), VD_TYPE_VOLUNTEER_TABLE);
  g_clear_object (&self->list);
  g_clear_object (&self->probe[0]);
  g_clear_object (&self->probe[1]);
  g_clear_object (&self->selected);
  g_clear_pointer (&self->settings, vd_settings_free);

  G_OBJECT_CLASS (vd_volunteer_table_parent_class)->dispose (object);
}

static void
vd_volunteer_table_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  VdVolunteerTable *self = VD_VOLUNTEER_TABLE (object);

  switch (prop_id)
    {
    case PROP_LIST:
      g_value_set_object (value, self->list);
      break;

    case PROP_VOLUNTEER:
      g_value_set_object (value, vd_volunteer_table_get_volunteer (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vd_volunteer_table_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  VdVolunteerTable *self = VD_VOLUNTEER_TABLE (object);

  switch (prop_id)
    {
    case PROP_LIST:
      vd_volunteer_table_set_list (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vd_volunteer_table_class_init (VdVolunteerTableClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vd_volunteer_table_dispose;
  object_class->get_property = vd_volunteer_table_get_property;
  object_class->set_property = vd_volunteer_table_set_property;

  properties[PROP_LIST] =
    g_param_spec_object ("list", NULL, NULL,
                         VD_TYPE_VOLUNTEER_LIST,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_VOLUNTEER] =
    g_param_spec_object ("volunteer", NULL, NULL,
                         VD_TYPE_VOLUNTEER,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * VdVolunteerTable::sort-changed:
   *
   * The user chose another order; vd_volunteer_table_get_sort() tells which.
   */
  signals[SORT_CHANGED] =
    g_signal_new ("sort-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  /**
   * VdVolunteerTable::volunteer-activated:
   * @volunteer: the volunteer of the row
   *
   * A row was activated: Enter or a double click.
   */
  signals[VOLUNTEER_ACTIVATED] =
    g_signal_new ("volunteer-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, VD_TYPE_VOLUNTEER);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/vd-volunteer-table.ui");
  gtk_widget_class_bind_template_child (widget_class, VdVolunteerTable, column_view);
  gtk_widget_class_bind_template_child (widget_class, VdVolunteerTable, selection);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_selection_changed_cb);
}

static void
vd_volunteer_table_init (VdVolunteerTable *self)
{
  g_autoptr(GtkColumnViewColumn) name_column = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->probe[0] = g_object_new (G_TYPE_OBJECT, NULL);
  self->probe[1] = g_object_new (G_TYPE_OBJECT, NULL);

  add_columns (self);
  /* The register's own order, shown on its header. */
  name_column = g_list_model_get_item (gtk_column_view_get_columns (self->column_view),
                                       COLUMN_NAME);
  gtk_column_view_sort_by_column (self->column_view, name_column, GTK_SORT_ASCENDING);
  g_signal_connect_object (gtk_column_view_get_sorter (self->column_view), "changed",
                           G_CALLBACK (on_sorter_changed_cb), self, G_CONNECT_SWAPPED);
}

VdVolunteerList *
vd_volunteer_table_get_list (VdVolunteerTable *self)
{
  g_return_val_if_fail (VD_IS_VOLUNTEER_TABLE (self), NULL);

  return self->list;
}

void
vd_volunteer_table_set_list (VdVolunteerTable *self,
                             VdVolunteerList  *list)
{
  g_return_if_fail (VD_IS_VOLUNTEER_TABLE (self));
  g_return_if_fail (list == NULL || VD_IS_VOLUNTEER_LIST (list));

  if (self->list == list)
    return;

  gtk_single_selection_set_model (self->selection, NULL);
  if (self->list != NULL)
    g_signal_handlers_disconnect_by_data (self->list, self);
  g_set_object (&self->list, list);
  self->selected_id = 0;
  self->select_next = FALSE;

  if (list != NULL)
    {
      /* Connected before the selection model connects its own handler. */
      g_signal_connect_swapped (list, "result-changing",
                                G_CALLBACK (on_list_result_changing_cb), self);
      g_signal_connect_swapped (list, "items-changed",
                                G_CALLBACK (on_list_items_changed_cb), self);
      g_signal_connect_data (list, "items-changed",
                             G_CALLBACK (on_list_items_changed_after_cb), self,
                             NULL, G_CONNECT_SWAPPED | G_CONNECT_AFTER);
      gtk_single_selection_set_model (self->selection, G_LIST_MODEL (list));
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LIST]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VOLUNTEER]);
}

void
vd_volunteer_table_set_settings (VdVolunteerTable *self,
                                 const VdSettings *settings)
{
  g_return_if_fail (VD_IS_VOLUNTEER_TABLE (self));

  g_clear_pointer (&self->settings, vd_settings_free);
  if (settings != NULL)
    self->settings = vd_settings_copy (settings);
}

void
vd_volunteer_table_get_sort (VdVolunteerTable *self,
                             VdVolunteerSort  *sort,
                             gboolean         *descending)
{
  GtkOrdering order;
  int asked;

  g_return_if_fail (VD_IS_VOLUNTEER_TABLE (self));

  g_object_set_qdata (self->probe[0], sort_probe_quark (), NULL);
  order = gtk_sorter_compare (gtk_column_view_get_sorter (self->column_view),
                              self->probe[0], self->probe[1]);
  asked = GPOINTER_TO_INT (g_object_get_qdata (self->probe[0], sort_probe_quark ())) - 1;

  /* No column chosen: the register's own order. */
  *sort = asked >= 0 && order != GTK_ORDERING_EQUAL ? asked : VD_VOLUNTEER_SORT_NAME;
  *descending = asked >= 0 && order == GTK_ORDERING_LARGER;
}

VdVolunteer *
vd_volunteer_table_get_volunteer (VdVolunteerTable *self)
{
  g_return_val_if_fail (VD_IS_VOLUNTEER_TABLE (self), NULL);

  return self->selected;
}

gboolean
vd_volunteer_table_select (VdVolunteerTable *self,
                           gint64            id)
{
  guint position;

  g_return_val_if_fail (VD_IS_VOLUNTEER_TABLE (self), FALSE);

  if (self->list == NULL)
    return FALSE;
  position = vd_volunteer_list_find (self->list, id);
  if (position == G_MAXUINT)
    return FALSE;
  select_position (self, position);
  return TRUE;
}

void
vd_volunteer_table_unselect (VdVolunteerTable *self)
{
  g_return_if_fail (VD_IS_VOLUNTEER_TABLE (self));

  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
}

void
vd_volunteer_table_restore_selection (VdVolunteerTable *self)
{
  guint n;
  guint position = G_MAXUINT;

  g_return_if_fail (VD_IS_VOLUNTEER_TABLE (self));

  if (self->list == NULL ||
      gtk_single_selection_get_selected (self->selection) != GTK_INVALID_LIST_POSITION)
    return;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->list));
  if (self->select_next && n > 0)
    position = MIN (self->selected_position, n - 1);
  else if (self->selected_id != 0)
    position = vd_volunteer_list_find (self->list, self->selected_id);
  self->select_next = FALSE;

  if (position != G_MAXUINT)
    select_position (self, position);
  else if (self->selected_id != 0)
    {
      self->selected_id = 0;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VOLUNTEER]);
    }
}

void
vd_volunteer_table_select_next_later (VdVolunteerTable *self)
{
  g_return_if_fail (VD_IS_VOLUNTEER_TABLE (self));

  self->select_next = vd_volunteer_table_get_volunteer (self) != NULL;
}
