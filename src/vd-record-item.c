/* vd-record-item.c — a list item holding one plain record, and text columns over it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vd-record-item"

#include "config.h"

#include "vd-record-item.h"

struct _VdRecordItem
{
  GObject         parent_instance;

  gpointer        record;
  GDestroyNotify  free_func;
};

G_DEFINE_FINAL_TYPE (VdRecordItem, vd_record_item, G_TYPE_OBJECT)

typedef struct
{
  VdCellTextFunc    text;
  VdCellCompareFunc compare;
  gboolean          numeric;
} Column;

static void
on_setup_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             Column                   *column)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), column->numeric ? 1.0 : 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (column->numeric)
    gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (list_item, label);
}

static void
on_bind_cb (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item,
            Column                   *column)
{
  VdRecordItem *item = gtk_list_item_get_item (list_item);
  g_autofree char *text = column->text (item->record);

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (list_item)), text);
  gtk_widget_set_tooltip_text (gtk_list_item_get_child (list_item), text);
}

static int
compare_items (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  Column *column = user_data;

  return column->compare (VD_RECORD_ITEM ((gpointer)a)->record,
                          VD_RECORD_ITEM ((gpointer)b)->record);
}

static void
vd_record_item_finalize (GObject *object)
{
  VdRecordItem *self = VD_RECORD_ITEM (object);

  if (self->free_func != NULL)
    g_clear_pointer (&self->record, self->free_func);

  G_OBJECT_CLASS (vd_record_item_parent_class)->finalize (object);
}

static void
vd_record_item_class_init (VdRecordItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = vd_record_item_finalize;
}

static void
vd_record_item_init (VdRecordItem *self)
{
}

VdRecordItem *
vd_record_item_new (gpointer       record,
                    GDestroyNotify free_func)
{
  VdRecordItem *self = g_object_new (VD_TYPE_RECORD_ITEM, NULL);

  self->record = record;
  self->free_func = free_func;
  return self;
}

gpointer
vd_record_item_get (VdRecordItem *self)
{
  g_return_val_if_fail (VD_IS_RECORD_ITEM (self), NULL);
  return self->record;
}

GListStore *
vd_record_store_new_take (GPtrArray      *records,
                          GDestroyNotify  free_func)
{
  GListStore *store = g_list_store_new (VD_TYPE_RECORD_ITEM);
  g_autoptr(GPtrArray) items = NULL;

  if (records == NULL)
    return store;
  /* the store frees each record from now on */
  g_ptr_array_set_free_func (records, NULL);
  items = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < records->len; i++)
    g_ptr_array_add (items, vd_record_item_new (records->pdata[i], free_func));
  g_list_store_splice (store, 0, 0, items->pdata, items->len);
  return store;
}

GtkColumnViewColumn *
vd_column_view_add_text (GtkColumnView     *view,
                         const char        *title,
                         VdCellTextFunc     text,
                         VdCellCompareFunc  compare,
                         gboolean           expand,
                         gboolean           numeric)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *column;
  Column *data = g_new0 (Column, 1);

  data->text = text;
  data->compare = compare;
  data->numeric = numeric;
  g_signal_connect (factory, "setup", G_CALLBACK (on_setup_cb), data);
  g_signal_connect (factory, "bind", G_CALLBACK (on_bind_cb), data);
  column = gtk_column_view_column_new (title, factory);
  g_object_set_data_full (G_OBJECT (column), "vd-column", data, g_free);
  gtk_column_view_column_set_expand (column, expand);
  gtk_column_view_column_set_resizable (column, TRUE);
  if (compare != NULL)
    {
      g_autoptr(GtkSorter) sorter = GTK_SORTER (gtk_custom_sorter_new (compare_items, data, NULL));
      gtk_column_view_column_set_sorter (column, sorter);
    }
  gtk_column_view_append_column (view, column);
  g_object_unref (column);
  return column;
}

GtkSingleSelection *
vd_column_view_set_store (GtkColumnView *view,
                          GListModel    *store)
{
  GtkSorter *sorter = gtk_column_view_get_sorter (view);
  GtkSortListModel *sorted;
  GtkSingleSelection *selection;

  sorted = gtk_sort_list_model_new (g_object_ref (store), sorter != NULL ? g_object_ref (sorter) : NULL);
  selection = gtk_single_selection_new (G_LIST_MODEL (sorted));
  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_single_selection_set_can_unselect (selection, TRUE);
  gtk_column_view_set_model (view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);
  return selection;
}

gpointer
vd_column_view_get_selected (GtkColumnView *view)
{
  GtkSelectionModel *model = gtk_column_view_get_model (view);
  gpointer item;

  if (!GTK_IS_SINGLE_SELECTION (model))
    return NULL;
  item = gtk_single_selection_get_selected_item (GTK_SINGLE_SELECTION (model));
  return item != NULL ? VD_RECORD_ITEM (item)->record : NULL;
}

static void
on_drop_down_setup_cb (GtkSignalListItemFactory *factory,
                       GtkListItem              *list_item,
                       gpointer                  max_chars)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (GPOINTER_TO_INT (max_chars) > 0)
    {
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (label), GPOINTER_TO_INT (max_chars));
    }
  gtk_list_item_set_child (list_item, label);
}

static void
on_drop_down_bind_cb (GtkSignalListItemFactory *factory,
                      GtkListItem              *list_item,
                      gpointer                  max_chars)
{
  GtkStringObject *item = gtk_list_item_get_item (list_item);
  const char *text = gtk_string_object_get_string (item);

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (list_item)), text);
}

static GtkListItemFactory *
drop_down_factory (int max_chars)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (on_drop_down_setup_cb), GINT_TO_POINTER (max_chars));
  g_signal_connect (factory, "bind", G_CALLBACK (on_drop_down_bind_cb), GINT_TO_POINTER (max_chars));
  return factory;
}

void
vd_drop_down_set_ellipsized (GtkDropDown *drop_down,
                             int          max_chars)
{
  g_autoptr(GtkListItemFactory) button = drop_down_factory (max_chars);
  g_autoptr(GtkListItemFactory) list = drop_down_factory (0);

  g_return_if_fail (GTK_IS_DROP_DOWN (drop_down));

  gtk_drop_down_set_factory (drop_down, button);
  gtk_drop_down_set_list_factory (drop_down, list);
}
