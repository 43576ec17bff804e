/* vd-volunteer-picker.c — choosing volunteers with the register's search
 *
 * The result is the register's lazy list, so the picker is as quick at a million
 * volunteers as the Volunteers page. Rows show only what tells people apart (name,
 * volunteer number, masked phone, station): pickers are used in front of others.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "vd-identity.h"
#include "vd-volunteer-list.h"
#include "vd-volunteer-picker.h"

struct _VdVolunteerPicker
{
  AdwWindow        parent_instance;

  VdDatabase      *database;
  VdVolunteerList *list;
  GtkSingleSelection *selection;
  char            *accept_label;
  GHashTable      *ticked;     /* set of owned gint64 ids, for lookups */
  GArray          *order;      /* gint64 ids in the order they were ticked */
  GHashTable      *excluded;   /* set of owned gint64 ids */
  GPtrArray       *rows;       /* bound row widgets, to update their ticks */

  GtkSearchEntry  *search_entry;
  GtkLabel        *count_label;
  GtkStack        *stack;
  GtkListView     *list_view;
  GtkButton       *accept_button;
};

G_DEFINE_FINAL_TYPE (VdVolunteerPicker, vd_volunteer_picker, ADW_TYPE_WINDOW)

enum {
  PICKED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
is_in (GHashTable *set,
       gint64      id)
{
  return set != NULL && g_hash_table_contains (set, &id);
}

static void
update_accept (VdVolunteerPicker *self)
{
  g_autofree char *label = NULL;

  /* The count on the button says what Enter is about to do. */
  if (self->order->len > 0)
    label = g_strdup_printf ("%s (%u)", self->accept_label, self->order->len);
  else
    label = g_strdup (self->accept_label);
  gtk_button_set_label (self->accept_button, label);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "picker.accept", self->order->len > 0);
}

static void
fill_row (VdVolunteerPicker *self,
          GtkWidget         *row,
          VdVolunteer       *v)
{
  GtkCheckButton *check = g_object_get_data (G_OBJECT (row), "check");
  GtkLabel *name = g_object_get_data (G_OBJECT (row), "name");
  GtkLabel *details = g_object_get_data (G_OBJECT (row), "details");
  g_autofree char *phone = vd_mask_phone (v->phone);
  g_autoptr(GString) text = g_string_new (v->volunteer_no);
  gboolean excluded = is_in (self->excluded, v->id);

  if (phone != NULL && phone[0] != '\0')
    g_string_append_printf (text, " · %s", phone);
  if (v->station_name != NULL && v->station_name[0] != '\0')
    g_string_append_printf (text, " · %s", v->station_name);
  if (excluded)
    g_string_append_printf (text, " · %s", _("already added"));

  gtk_label_set_text (name, v->name);
  gtk_label_set_text (details, text->str);
  gtk_check_button_set_active (check, excluded || is_in (self->ticked, v->id));
  gtk_widget_set_sensitive (GTK_WIDGET (check), !excluded);
  g_object_set_data (G_OBJECT (row), "id", GSIZE_TO_POINTER ((gsize)v->id));
}

/* The list wrote another volunteer into this record (a new search result). */
static void
on_item_changed_cb (VdVolunteer *v,
                    GtkWidget   *row)
{
  fill_row (g_object_get_data (G_OBJECT (row), "picker"), row, v);
}

static void
on_setup_cb (GtkListItemFactory *factory,
             GtkListItem        *item,
             VdVolunteerPicker  *self)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *details = gtk_label_new (NULL);

  /* The row, not the box, takes clicks and keys: one way to tick. */
  gtk_widget_set_can_target (check, FALSE);
  gtk_widget_set_can_focus (check, FALSE);
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_xalign (GTK_LABEL (details), 0);
  gtk_label_set_ellipsize (GTK_LABEL (details), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (name, "heading");
  gtk_widget_add_css_class (details, "caption");
  gtk_widget_add_css_class (details, "dim-label");
  gtk_widget_add_css_class (details, "numeric");
  gtk_box_append (GTK_BOX (texts), name);
  gtk_box_append (GTK_BOX (texts), details);
  gtk_box_append (GTK_BOX (row), check);
  gtk_box_append (GTK_BOX (row), texts);
  gtk_widget_set_margin_top (row, 3);
  gtk_widget_set_margin_bottom (row, 3);

  g_object_set_data (G_OBJECT (row), "check", check);
  g_object_set_data (G_OBJECT (row), "name", name);
  g_object_set_data (G_OBJECT (row), "details", details);
  g_object_set_data (G_OBJECT (row), "picker", self);
  gtk_list_item_set_child (item, row);
}

static void
on_bind_cb (GtkListItemFactory *factory,
            GtkListItem        *item,
            VdVolunteerPicker  *self)
{
  GtkWidget *row = gtk_list_item_get_child (item);
  VdVolunteer *v = gtk_list_item_get_item (item);
  gulong id = g_signal_connect_object (v, "changed", G_CALLBACK (on_item_changed_cb), row, 0);

  g_object_set_data (G_OBJECT (row), "handler", GSIZE_TO_POINTER (id));
  g_ptr_array_add (self->rows, row);
  fill_row (self, row, v);
}

static void
on_unbind_cb (GtkListItemFactory *factory,
              GtkListItem        *item,
              VdVolunteerPicker  *self)
{
  GtkWidget *row = gtk_list_item_get_child (item);
  VdVolunteer *v = gtk_list_item_get_item (item);
  gulong id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "handler"));

  if (v != NULL && id != 0)
    g_signal_handler_disconnect (v, id);
  g_object_set_data (G_OBJECT (row), "handler", NULL);
  g_ptr_array_remove_fast (self->rows, row);
}

static void
run_search (VdVolunteerPicker *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *count = NULL;
  VdVolunteerFilter filter;
  guint n;

  vd_volunteer_filter_init (&filter);
  filter.text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))));
  filter.active = 1;
  if (!vd_volunteer_list_set_filter (self->list, &filter, &error))
    {
      vd_volunteer_filter_clear (&filter);
      gtk_label_set_text (self->count_label, error->message);
      return;
    }
  vd_volunteer_filter_clear (&filter);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->list));
  count = g_strdup_printf (ngettext ("%'u volunteer", "%'u volunteers", n), n);
  gtk_label_set_text (self->count_label, count);
  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "list" : "empty");
  if (n > 0)
    gtk_single_selection_set_selected (self->selection, 0);
}

static void
on_search_changed_cb (VdVolunteerPicker *self)
{
  run_search (self);
}

/* Enter in the search ticks the highlighted match, so that a name, Enter, the next
 * name, Enter… picks several people without touching the mouse. */
static void
on_search_activate_cb (VdVolunteerPicker *self)
{
  guint position = gtk_single_selection_get_selected (self->selection);

  if (position != GTK_INVALID_LIST_POSITION)
    vd_volunteer_picker_toggle (self, position);
}

static void
on_list_activate_cb (VdVolunteerPicker *self,
                     guint              position)
{
  vd_volunteer_picker_toggle (self, position);
}

static void
move_highlight (VdVolunteerPicker *self,
                int                delta)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->list));
  guint position = gtk_single_selection_get_selected (self->selection);

  if (n == 0)
    return;
  if (position == GTK_INVALID_LIST_POSITION)
    position = 0;
  else if (delta < 0 && position > 0)
    position--;
  else if (delta > 0 && position + 1 < n)
    position++;
  gtk_single_selection_set_selected (self->selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
}

static gboolean
on_search_key_pressed_cb (GtkEventControllerKey *controller,
                          guint                  keyval,
                          guint                  keycode,
                          GdkModifierType        state,
                          VdVolunteerPicker     *self)
{
  switch (keyval)
    {
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      move_highlight (self, 1);
      return TRUE;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      move_highlight (self, -1);
      return TRUE;
    default:
      return FALSE;
    }
}

static void
accept_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  vd_volunteer_picker_accept (VD_VOLUNTEER_PICKER (widget));
}

static void
vd_volunteer_picker_dispose (GObject *object)
{
  VdVolunteerPicker *self = VD_VOLUNTEER_PICKER (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), VD_TYPE_VOLUNTEER_PICKER);
  g_clear_object (&self->selection);
  g_clear_object (&self->list);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (vd_volunteer_picker_parent_class)->dispose (object);
}

static void
vd_volunteer_picker_finalize (GObject *object)
{
  VdVolunteerPicker *self = VD_VOLUNTEER_PICKER (object);

  g_clear_pointer (&self->accept_label, g_free);
  g_clear_pointer (&self->ticked, g_hash_table_unref);
  g_clear_pointer (&self->excluded, g_hash_table_unref);
  g_clear_pointer (&self->order, g_array_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (vd_volunteer_picker_parent_class)->finalize (object);
}

static void
vd_volunteer_picker_class_init (VdVolunteerPickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vd_volunteer_picker_dispose;
  object_class->finalize = vd_volunteer_picker_finalize;

  /**
   * VdVolunteerPicker::picked:
   * @ids: a GArray of gint64 volunteer ids, in the order they were ticked
   */
  signals[PICKED] =
    g_signal_new ("picked",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_ARRAY);

  gtk_widget_class_install_action (widget_class, "picker.accept", NULL, accept_action);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/vd-volunteer-picker.ui");
  gtk_widget_class_bind_template_child (widget_class, VdVolunteerPicker, search_entry);
  gtk_widget_class_bind_template_child (widget_class, VdVolunteerPicker, count_label);
  gtk_widget_class_bind_template_child (widget_class, VdVolunteerPicker, stack);
  gtk_widget_class_bind_template_child (widget_class, VdVolunteerPicker, list_view);
  gtk_widget_class_bind_template_child (widget_class, VdVolunteerPicker, accept_button);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_list_activate_cb);
}

static void
vd_volunteer_picker_init (VdVolunteerPicker *self)
{
  GtkListItemFactory *factory;
  GtkEventController *keys;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->ticked = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->order = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->rows = g_ptr_array_new ();

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (on_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (on_bind_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (on_unbind_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);

  keys = gtk_event_controller_key_new ();
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_search_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys);
}

VdVolunteerPicker *
vd_volunteer_picker_new (GtkWindow  *parent,
                         VdDatabase *db,
                         const char *title,
                         const char *accept_label)
{
  VdVolunteerPicker *self;

  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (accept_label != NULL, NULL);

  self = g_object_new (VD_TYPE_VOLUNTEER_PICKER,
                       "transient-for", parent,
                       "title", title,
                       NULL);
  self->database = g_object_ref (db);
  self->accept_label = g_strdup (accept_label);
  self->list = vd_volunteer_list_new (db);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->list)));
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  update_accept (self);
  run_search (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  return self;
}

void
vd_volunteer_picker_set_excluded (VdVolunteerPicker *self,
                                  const gint64      *ids,
                                  guint              n_ids)
{
  g_return_if_fail (VD_IS_VOLUNTEER_PICKER (self));

  g_clear_pointer (&self->excluded, g_hash_table_unref);
  self->excluded = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  for (guint i = 0; i < n_ids; i++)
    {
      gint64 *id = g_memdup2 (&ids[i], sizeof ids[i]);

      g_hash_table_add (self->excluded, id);
    }
  /* Drop ticks that are now excluded, and show the new state. */
  for (guint i = self->order->len; i > 0; i--)
    if (is_in (self->excluded, g_array_index (self->order, gint64, i - 1)))
      {
        g_hash_table_remove (self->ticked, &g_array_index (self->order, gint64, i - 1));
        g_array_remove_index (self->order, i - 1);
      }
  run_search (self);
  update_accept (self);
}

void
vd_volunteer_picker_set_search (VdVolunteerPicker *self,
                                const char        *text)
{
  g_return_if_fail (VD_IS_VOLUNTEER_PICKER (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text != NULL ? text : "");
  /* Now rather than after the entry's delay. */
  run_search (self);
}

void
vd_volunteer_picker_toggle (VdVolunteerPicker *self,
                            guint              position)
{
  gint64 id;

  g_return_if_fail (VD_IS_VOLUNTEER_PICKER (self));

  id = vd_volunteer_list_get_id (self->list, position);
  if (id <= 0 || is_in (self->excluded, id))
    return;

  if (is_in (self->ticked, id))
    {
      for (guint i = 0; i < self->order->len; i++)
        if (g_array_index (self->order, gint64, i) == id)
          {
            g_hash_table_remove (self->ticked, &id);
            g_array_remove_index (self->order, i);
            break;
          }
    }
  else
    {
      g_array_append_val (self->order, id);
      g_hash_table_add (self->ticked, g_memdup2 (&id, sizeof id));
    }

  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i);
      gint64 row_id = (gint64)GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "id"));

      if (row_id == id)
        gtk_check_button_set_active (g_object_get_data (G_OBJECT (row), "check"),
                                     is_in (self->ticked, id));
    }
  update_accept (self);
}

GArray *
vd_volunteer_picker_get_picked (VdVolunteerPicker *self)
{
  g_return_val_if_fail (VD_IS_VOLUNTEER_PICKER (self), NULL);

  return self->order;
}

void
vd_volunteer_picker_accept (VdVolunteerPicker *self)
{
  g_return_if_fail (VD_IS_VOLUNTEER_PICKER (self));

  if (self->order->len == 0)
    return;
  g_object_ref (self);
  g_signal_emit (self, signals[PICKED], 0, self->order);
  gtk_window_close (GTK_WINDOW (self));
  g_object_unref (self);
}
