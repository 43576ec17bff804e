/* vd-station-columns.c — the columns of the stations list: what each cell shows and
 * how each header sorts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vd-station-columns"

#include "config.h"

#include <glib/gi18n.h>

#include "vd-station-columns.h"

static char *
column_text (VdStation       *s,
             VdStationColumn column)
{
  switch (column)
    {
    case VD_STATION_COLUMN_NAME:
      return g_strdup (s->name);
    case VD_STATION_COLUMN_TYPE:
      return g_strdup (vd_station_type_get_label (s->type));
    case VD_STATION_COLUMN_SUBDISTRICT:
      return g_strdup (s->subdistrict_name);
    case VD_STATION_COLUMN_COMMUNITY:
      return g_strdup (s->community_name);
    case VD_STATION_COLUMN_ESTABLISHED:
      return g_strdup (s->established_on);
    case VD_STATION_COLUMN_STATUS:
      return g_strdup (s->active ? C_("station status", "Active") : C_("station status", "Archived"));
    case VD_STATION_COLUMN_PROJECTS:
      return g_strdup_printf ("%u", s->n_running_projects);
    case VD_STATION_COLUMN_CHECKLIST:
      return g_strdup_printf ("%u/%u", s->n_checklist_done, (guint)VD_N_CHECKLIST_ITEMS);
    case VD_STATION_COLUMN_EQUIPMENT:
      return vd_station_dup_equipment_summary (s);
    case VD_STATION_N_COLUMNS:
    default:
      return g_strdup ("");
    }
}

/* Columns */

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  data)
{
  VdStationColumn column = GPOINTER_TO_UINT (data);
  VdStation *s = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);
  g_autofree char *text = column_text (s, column);

  gtk_label_set_label (GTK_LABEL (label), text);
  gtk_widget_set_tooltip_text (label, column == VD_STATION_COLUMN_EQUIPMENT || column == VD_STATION_COLUMN_NAME ? text : NULL);
  /* Fewer running projects than expected stand out. */
  if (column == VD_STATION_COLUMN_PROJECTS && s->active && s->n_running_projects < VD_STATION_MIN_PROJECTS)
    gtk_widget_add_css_class (label, "warning");
  else
    gtk_widget_remove_css_class (label, "warning");
  if (!s->active)
    gtk_widget_add_css_class (label, "dim-label");
  else
    gtk_widget_remove_css_class (label, "dim-label");
}

static int
compare_cb (gconstpointer a,
            gconstpointer b,
            gpointer      data)
{
  VdStation *x = (VdStation *)a;
  VdStation *y = (VdStation *)b;
  VdStationColumn column = GPOINTER_TO_UINT (data);
  int result = 0;

  switch (column)
    {
    case VD_STATION_COLUMN_PROJECTS:
      result = (int)x->n_running_projects - (int)y->n_running_projects;
      break;
    case VD_STATION_COLUMN_CHECKLIST:
      result = (int)x->n_checklist_done - (int)y->n_checklist_done;
      break;
    case VD_STATION_COLUMN_EQUIPMENT:
      {
        gint64 ex = 0, ey = 0;

        for (guint k = 0; k < VD_N_EQUIPMENT_KINDS; k++)
          {
            ex += x->equipment[k];
            ey += y->equipment[k];
          }
        result = ex < ey ? -1 : ex > ey;
      }
      break;
    case VD_STATION_COLUMN_TYPE:
      result = (int)x->type - (int)y->type;
      break;
    case VD_STATION_COLUMN_STATUS:
      result = (int)y->active - (int)x->active;
      break;
    default:
      {
        g_autofree char *tx = column_text (x, column);
        g_autofree char *ty = column_text (y, column);

        /* Collation keys sort Chinese names the way the locale does. */
        result = g_utf8_collate (tx, ty);
      }
    }
  if (result == 0)
    result = g_utf8_collate (x->name, y->name);
  return result < 0 ? GTK_ORDERING_SMALLER : result > 0 ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

void
vd_station_columns_add (GtkColumnView *view)
{
  static const char * const titles[VD_STATION_N_COLUMNS] = {
    N_("Station name"), N_("Type"), N_("Sub-district"), N_("Community"), N_("Established"),
    N_("Status"), N_("Projects"), N_("Six Ones"), N_("Equipment"),
  };
  static const int widths[VD_STATION_N_COLUMNS] = { 220, 110, 110, 110, 96, 70, 76, 64, 200 };

  for (guint c = 0; c < VD_STATION_N_COLUMNS; c++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) column = NULL;
      GtkSorter *sorter;

      g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), NULL);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), GUINT_TO_POINTER (c));
      column = gtk_column_view_column_new (_(titles[c]), factory);
      sorter = GTK_SORTER (gtk_custom_sorter_new (compare_cb, GUINT_TO_POINTER (c), NULL));
      gtk_column_view_column_set_sorter (column, sorter);
      g_object_unref (sorter);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_column_set_fixed_width (column, widths[c]);
      if (c == VD_STATION_COLUMN_NAME || c == VD_STATION_COLUMN_EQUIPMENT)
        gtk_column_view_column_set_expand (column, TRUE);
      gtk_column_view_append_column (view, column);
    }
}
