/* vd-approval-queue.c — pending service hours across events, to approve or reject
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vd-approval-queue"

#include "config.h"

#include <glib/gi18n.h>

#include "vd-approval-queue.h"
#include "vd-service-columns.h"
#include "vd-service.h"
#include "vd-window.h"

/* The queue shows the oldest hours first, at most this many at a time. */
#define QUEUE_LIMIT 2000

struct _VdApprovalQueue
{
  AdwBin              parent_instance;

  VdDatabase         *database;
  GListStore         *store;
  guint               total;    /* pending records, shown or not */
  GtkMultiSelection  *selection;

  GtkStack           *stack;
  GtkColumnView      *column_view;
  GtkLabel           *count_label;
  GtkButton          *approve_button;
  GtkButton          *reject_button;
};

G_DEFINE_FINAL_TYPE (VdApprovalQueue, vd_approval_queue, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
show_toast (VdApprovalQueue *self,
            const char      *text)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  if (VD_IS_WINDOW (root))
    vd_window_add_toast (VD_WINDOW (root), adw_toast_new (escaped));
  else
    g_message ("%s", text);
}

static void
update_counts (VdApprovalQueue *self)
{
  g_autoptr(GtkBitset) set = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->store));
  guint selected = gtk_bitset_get_size (set);
  g_autofree char *text = NULL;

  if (self->total > n)
    text = g_strdup_printf (_("The oldest %u of %u records waiting, %u selected"), n, self->total, selected);
  else if (selected > 0)
    text = g_strdup_printf (ngettext ("%u record waiting, %u selected", "%u records waiting, %u selected", n),
                            n, selected);
  else
    text = g_strdup_printf (ngettext ("%u record waiting", "%u records waiting", n), n);
  gtk_label_set_label (self->count_label, text);
  gtk_widget_set_sensitive (GTK_WIDGET (self->approve_button), selected > 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->reject_button), selected > 0);
  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "list" : "empty");
}

static void
on_selection_changed_cb (VdApprovalQueue *self)
{
  update_counts (self);
}

static void
after_change (VdApprovalQueue *self,
              const char      *text)
{
  vd_approval_queue_reload (self);
  show_toast (self, text);
  g_signal_emit (self, signals[CHANGED], 0);
}

gboolean
vd_approval_queue_approve_selected (VdApprovalQueue *self)
{
  g_autoptr(GArray) ids = vd_service_columns_selected_ids (GTK_SELECTION_MODEL (self->selection));
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  if (ids->len == 0)
    return FALSE;
  if (!vd_service_approve (self->database, (const gint64 *)(gpointer)ids->data, ids->len, &error))
    {
      show_toast (self, error->message);
      return FALSE;
    }
  text = g_strdup_printf (ngettext ("Approved %u record", "Approved %u records", ids->len), ids->len);
  after_change (self, text);
  return TRUE;
}

static void
on_approve_clicked_cb (VdApprovalQueue *self)
{
  vd_approval_queue_approve_selected (self);
}

static void
reject_with (const char *reason,
             gpointer    data)
{
  VdApprovalQueue *self = data;
  g_autoptr(GArray) ids = vd_service_columns_selected_ids (GTK_SELECTION_MODEL (self->selection));
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  if (!vd_service_reject (self->database, (const gint64 *)(gpointer)ids->data, ids->len, reason, &error))
    {
      show_toast (self, error->message);
      return;
    }
  text = g_strdup_printf (ngettext ("Rejected %u record", "Rejected %u records", ids->len), ids->len);
  after_change (self, text);
}

static void
on_reject_clicked_cb (VdApprovalQueue *self)
{
  g_autoptr(GtkBitset) set = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  guint n = gtk_bitset_get_size (set);
  g_autofree char *body = g_strdup_printf (ngettext ("The reason is kept with the record and shown to whoever looks it up.",
                                                     "The reason is kept with each of the %u records and shown to whoever looks them up.",
                                                     n), n);

  vd_service_columns_ask_reason (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                 _("Reject Hours?"), body, _("_Reject"), TRUE,
                                 reject_with, g_object_ref (self), g_object_unref);
}

void
vd_approval_queue_select_all (VdApprovalQueue *self)
{
  g_return_if_fail (VD_IS_APPROVAL_QUEUE (self));
  gtk_selection_model_select_all (GTK_SELECTION_MODEL (self->selection));
}

void
vd_approval_queue_reload (VdApprovalQueue *self)
{
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (VD_IS_APPROVAL_QUEUE (self));

  self->total = 0;
  if (self->database != NULL)
    {
      records = vd_service_list_pending (self->database, QUEUE_LIMIT, &error);
      self->total = (guint)vd_service_count_pending (self->database);
    }
  if (error != NULL)
    show_toast (self, error->message);
  g_list_store_splice (self->store, 0, g_list_model_get_n_items (G_LIST_MODEL (self->store)),
                       records != NULL ? records->pdata : NULL, records != NULL ? records->len : 0);
  update_counts (self);
}

static void
vd_approval_queue_dispose (GObject *object)
{
  VdApprovalQueue *self = VD_APPROVAL_QUEUE (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), VD_TYPE_APPROVAL_QUEUE);
  g_clear_object (&self->database);
  g_clear_object (&self->selection);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (vd_approval_queue_parent_class)->dispose (object);
}

static void
vd_approval_queue_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  VdApprovalQueue *self = VD_APPROVAL_QUEUE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vd_approval_queue_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  VdApprovalQueue *self = VD_APPROVAL_QUEUE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      vd_approval_queue_set_database (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vd_approval_queue_class_init (VdApprovalQueueClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vd_approval_queue_dispose;
  object_class->get_property = vd_approval_queue_get_property;
  object_class->set_property = vd_approval_queue_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL, VD_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Records were approved or rejected here. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/vd-approval-queue.ui");
  gtk_widget_class_bind_template_child (widget_class, VdApprovalQueue, stack);
  gtk_widget_class_bind_template_child (widget_class, VdApprovalQueue, column_view);
  gtk_widget_class_bind_template_child (widget_class, VdApprovalQueue, count_label);
  gtk_widget_class_bind_template_child (widget_class, VdApprovalQueue, approve_button);
  gtk_widget_class_bind_template_child (widget_class, VdApprovalQueue, reject_button);
  gtk_widget_class_bind_template_callback (widget_class, on_approve_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_reject_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, vd_approval_queue_select_all);
}

static void
vd_approval_queue_init (VdApprovalQueue *self)
{
  static const VdRecordColumn columns[] = {
    VD_RECORD_COLUMN_DATE, VD_RECORD_COLUMN_EVENT, VD_RECORD_COLUMN_VOLUNTEER,
    VD_RECORD_COLUMN_NUMBER, VD_RECORD_COLUMN_HOURS, VD_RECORD_COLUMN_BACKFILLED,
    VD_RECORD_COLUMN_NOTE,
  };
  GtkSortListModel *sorted;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->store = g_list_store_new (VD_TYPE_SERVICE_RECORD);
  vd_service_columns_add (self->column_view, columns, G_N_ELEMENTS (columns));
  sorted = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->store)),
                                    g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  self->selection = gtk_multi_selection_new (G_LIST_MODEL (sorted));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_object (self->selection, "selection-changed",
                           G_CALLBACK (on_selection_changed_cb), self, G_CONNECT_SWAPPED);
  update_counts (self);
}

VdDatabase *
vd_approval_queue_get_database (VdApprovalQueue *self)
{
  g_return_val_if_fail (VD_IS_APPROVAL_QUEUE (self), NULL);
  return self->database;
}

void
vd_approval_queue_set_database (VdApprovalQueue *self,
                                VdDatabase      *database)
{
  g_return_if_fail (VD_IS_APPROVAL_QUEUE (self));

  if (g_set_object (&self->database, database))
    {
      vd_approval_queue_reload (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE]);
    }
}

guint
vd_approval_queue_get_n_pending (VdApprovalQueue *self)
{
  g_return_val_if_fail (VD_IS_APPROVAL_QUEUE (self), 0);
  return self->total;
}
