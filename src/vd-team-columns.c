/* vd-team-columns.c — the columns of the team list: cells, and sorting in pinyin order
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vd-team-columns"

#include "config.h"

#include <glib/gi18n.h>

#include "vd-team-columns.h"

typedef enum
{
  COLUMN_NAME,
  COLUMN_CATEGORY,
  COLUMN_LEADER,
  COLUMN_MEMBERS,
  COLUMN_FOUNDED,
  COLUMN_STATION,
  COLUMN_PARENT,
  COLUMN_STATUS,
  N_COLUMNS
} Column;

/* Only the name takes the room left; the others keep to their width and shorten with
 * an ellipsis when the side pane is open. */
static const struct {
  const char *title;
  int         nat_chars;
  int         min_chars;
  gboolean    expand;
} columns[N_COLUMNS] = {
  [COLUMN_NAME] = { N_("Team Name"), 18, 8, TRUE },
  [COLUMN_CATEGORY] = { N_("Category"), 8, 4, FALSE },
  [COLUMN_LEADER] = { N_("Leader"), 5, 4, FALSE },
  [COLUMN_MEMBERS] = { N_("Members"), 4, 4, FALSE },
  [COLUMN_FOUNDED] = { N_("Founded"), 10, 10, FALSE },
  [COLUMN_STATION] = { N_("Home Station"), 14, 4, FALSE },
  [COLUMN_PARENT] = { N_("Parent Team"), 12, 4, FALSE },
  [COLUMN_STATUS] = { N_("Status"), 4, 4, FALSE },
};

static const char *
cell_text (VdTeam *team,
           Column  column,
           char  **owned)
{
  switch (column)
    {
    case COLUMN_NAME:     return team->name;
    case COLUMN_CATEGORY: return team->category_name;
    case COLUMN_LEADER:   return team->leader_name;
    case COLUMN_MEMBERS:  return *owned = g_strdup_printf ("%u", team->member_count);
    case COLUMN_FOUNDED:  return team->founded_on != NULL ? team->founded_on : "";
    case COLUMN_STATION:  return team->station_name;
    case COLUMN_PARENT:   return team->parent_name;
    case COLUMN_STATUS:   return team->archived ? C_("team", "Archived") : C_("team", "Active");
    case N_COLUMNS:
    default:              break;
    }
  g_return_val_if_reached ("");
}

/* Sorting: text in pinyin order, kept on the row so that it is computed once. */
static const char *
sort_key (VdTeam *team,
          Column  column)
{
  static GQuark quarks[N_COLUMNS];
  g_autofree char *owned = NULL;
  const char *key;

  if (quarks[column] == 0)
    {
      g_autofree char *name = g_strdup_printf ("vd-sort-key-%d", column);
      quarks[column] = g_quark_from_string (name);
    }
  key = g_object_get_qdata (G_OBJECT (team), quarks[column]);
  if (key == NULL)
    {
      char *made = vd_teams_sort_key (cell_text (team, column, &owned));

      g_object_set_qdata_full (G_OBJECT (team), quarks[column], made, g_free);
      key = made;
    }
  return key;
}

static int
compare_teams (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  Column column = GPOINTER_TO_INT (user_data);
  VdTeam *ta = (VdTeam *)a;
  VdTeam *tb = (VdTeam *)b;
  int result;

  if (column == COLUMN_MEMBERS)
    result = (ta->member_count > tb->member_count) - (ta->member_count < tb->member_count);
  else
    result = g_strcmp0 (sort_key (ta, column), sort_key (tb, column));
  /* Empty cells last, then by name: a stable, readable order. */
  if (result == 0 && column != COLUMN_NAME)
    result = g_strcmp0 (sort_key (ta, COLUMN_NAME), sort_key (tb, COLUMN_NAME));
  return result < 0 ? GTK_ORDERING_SMALLER : result > 0 ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

static void
on_cell_setup_cb (GtkListItemFactory *factory,
                  GtkListItem        *item,
                  gpointer            user_data)
{
  Column column = GPOINTER_TO_INT (user_data);
  GtkWidget *cell = gtk_inscription_new (NULL);

  gtk_inscription_set_nat_chars (GTK_INSCRIPTION (cell), columns[column].nat_chars);
  gtk_inscription_set_min_chars (GTK_INSCRIPTION (cell), columns[column].min_chars);
  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (cell), GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  if (column == COLUMN_MEMBERS)
    gtk_inscription_set_xalign (GTK_INSCRIPTION (cell), 1);
  if (column == COLUMN_MEMBERS || column == COLUMN_FOUNDED)
    gtk_widget_add_css_class (cell, "numeric");
  gtk_list_item_set_child (item, cell);
}

static void
on_cell_bind_cb (GtkListItemFactory *factory,
                 GtkListItem        *item,
                 gpointer            user_data)
{
  VdTeam *team = gtk_list_item_get_item (item);
  GtkWidget *cell = gtk_list_item_get_child (item);
  g_autofree char *owned = NULL;

  gtk_inscription_set_text (GTK_INSCRIPTION (cell), cell_text (team, GPOINTER_TO_INT (user_data), &owned));
  /* Archived teams stay listed for the record, a step back from the active ones. */
  if (team->archived)
    gtk_widget_add_css_class (cell, "dim-label");
  else
    gtk_widget_remove_css_class (cell, "dim-label");
}

void
vd_team_columns_add (GtkColumnView *view)
{
  GtkColumnViewColumn *name_column = NULL;

  for (guint i = 0; i < N_COLUMNS; i++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkSorter) sorter = GTK_SORTER (gtk_custom_sorter_new (compare_teams, GINT_TO_POINTER (i), NULL));
      GtkColumnViewColumn *column;

      g_signal_connect (factory, "setup", G_CALLBACK (on_cell_setup_cb), GINT_TO_POINTER (i));
      g_signal_connect (factory, "bind", G_CALLBACK (on_cell_bind_cb), GINT_TO_POINTER (i));
      column = gtk_column_view_column_new (_(columns[i].title), factory);
      gtk_column_view_column_set_expand (column, columns[i].expand);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_column_set_sorter (column, sorter);
      gtk_column_view_append_column (view, column);
      if (i == COLUMN_NAME)
        name_column = column;
      g_object_unref (column);
    }
  gtk_column_view_sort_by_column (view, name_column, GTK_SORT_ASCENDING);
}

void
vd_team_columns_set_compact (GtkColumnView *view,
                             gboolean       compact)
{
  GListModel *columns_model = gtk_column_view_get_columns (view);

  for (guint i = COLUMN_FOUNDED; i < N_COLUMNS && i < g_list_model_get_n_items (columns_model); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns_model, i);
      gtk_column_view_column_set_visible (column, !compact);
    }
}
