/* vd-record-item.h — a list item holding one plain record, and text columns over it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The short lists of the points and micro-wish pages (a catalogue, exchanges, a ledger,
 * wishes) hold core structs; a GListStore needs GObjects, so each struct rides in one
 * of these.
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define VD_TYPE_RECORD_ITEM (vd_record_item_get_type ())

G_DECLARE_FINAL_TYPE (VdRecordItem, vd_record_item, VD, RECORD_ITEM, GObject)

/* Takes record, freed with free_func with the item. */
VdRecordItem *vd_record_item_new  (gpointer        record,
                                   GDestroyNotify  free_func);
gpointer      vd_record_item_get  (VdRecordItem   *self);

/* A GListStore of VdRecordItem from a GPtrArray of records, which gives them up (the
 * array keeps no free function); free_func frees one record. */
GListStore   *vd_record_store_new_take (GPtrArray      *records,
                                        GDestroyNotify  free_func);

/* The text of a cell for a record; newly allocated. */
typedef char *(*VdCellTextFunc) (gconstpointer record);
/* Compares two records for a column's sorter. */
typedef int   (*VdCellCompareFunc) (gconstpointer a,
                                    gconstpointer b);

/* Appends a column of labels; compare (or NULL) makes it sortable by a click on its
 * header. numeric aligns right with tabular digits. */
GtkColumnViewColumn *vd_column_view_add_text (GtkColumnView     *view,
                                              const char        *title,
                                              VdCellTextFunc     text,
                                              VdCellCompareFunc  compare,
                                              gboolean           expand,
                                              gboolean           numeric);

/* The view's model: a single selection over a sort model over store, sorted by the
 * view's sorter. */
GtkSingleSelection  *vd_column_view_set_store (GtkColumnView *view,
                                               GListModel    *store);

/* The record of the selected row, or NULL. */
gpointer             vd_column_view_get_selected (GtkColumnView *view);

/* A drop-down of a GtkStringList whose button shows at most max_chars characters
 * (ellipsized), so that a long entry does not widen the window; the popup shows
 * entries in full. */
void                 vd_drop_down_set_ellipsized (GtkDropDown *drop_down,
                                                  int          max_chars);

G_END_DECLS
