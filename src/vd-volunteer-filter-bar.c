/* vd-volunteer-filter-bar.c — the drop-downs that narrow the register: station, team,
 * political status, status and star level
 *
 * Each drop-down starts with "All …". The stations and teams come from the database
 * (vd_lookup_list) and can be searched by typing, as a district has dozens of them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vd-volunteer-filter-bar"

#include "config.h"

#include <glib/gi18n.h>

#include "vd-lookup.h"
#include "vd-settings.h"
#include "vd-volunteer-filter-bar.h"

struct _VdVolunteerFilterBar
{
  AdwBin       parent_instance;

  VdDatabase  *database;
  GArray      *station_ids;   /* gint64 per entry of station_filter; 0 = all */
  GArray      *team_ids;
  gboolean     quiet;         /* the drop-downs are being filled or reset */

  GtkDropDown *station_filter;
  GtkDropDown *team_filter;
  GtkDropDown *political_filter;
  GtkDropDown *status_filter;
  GtkDropDown *star_filter;
};

G_DEFINE_FINAL_TYPE (VdVolunteerFilterBar, vd_volunteer_filter_bar, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The entries of the status drop-down. */
enum { STATUS_ANY, STATUS_ACTIVE, STATUS_INACTIVE };

static gint64
selected_id (GtkDropDown *drop_down,
             GArray      *ids)
{
  guint selected = gtk_drop_down_get_selected (drop_down);

  if (selected == GTK_INVALID_LIST_POSITION || selected >= ids->len)
    return 0;
  return g_array_index (ids, gint64, selected);
}

static void
fill_lookup (VdVolunteerFilterBar *self,
             GtkDropDown          *drop_down,
             GArray               *ids,
             VdLookupKind          kind,
             const char           *all_label)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;
  gint64 current = selected_id (drop_down, ids);
  guint keep = 0;
  gint64 all = 0;
  guint i;

  if (self->database != NULL)
    {
      items = vd_lookup_list (self->database, kind, &error);
      if (items == NULL)
        g_warning ("Cannot list the choices of a filter: %s", error->message);
    }

  g_array_set_size (ids, 0);
  g_array_append_val (ids, all);
  gtk_string_list_append (names, all_label);
  for (i = 0; items != NULL && i < items->len; i++)
    {
      VdLookupItem *item = g_ptr_array_index (items, i);

      if (item->id == current)
        keep = ids->len;
      g_array_append_val (ids, item->id);
      gtk_string_list_append (names, item->name);
    }

  gtk_drop_down_set_model (drop_down, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (drop_down, keep);
}

static void
fill_fixed (VdVolunteerFilterBar *self)
{
  g_autoptr(GtkStringList) political = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) status = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) stars = gtk_string_list_new (NULL);
  guint i;

  gtk_string_list_append (political, _("All Political Statuses"));
  for (i = 0; i < VD_N_POLITICAL; i++)
    gtk_string_list_append (political, vd_political_get_label (i));
  gtk_drop_down_set_model (self->political_filter, G_LIST_MODEL (political));

  gtk_string_list_append (status, _("All Statuses"));
  gtk_string_list_append (status, _("Active"));
  gtk_string_list_append (status, _("Inactive"));
  gtk_drop_down_set_model (self->status_filter, G_LIST_MODEL (status));

  gtk_string_list_append (stars, _("All Star Levels"));
  gtk_string_list_append (stars, _("No Star"));
  for (i = 1; i <= VD_STAR_LEVELS; i++)
    {
      g_autofree char *label = g_strdup_printf (ngettext ("%u Star", "%u Stars", i), i);

      gtk_string_list_append (stars, label);
    }
  gtk_drop_down_set_model (self->star_filter, G_LIST_MODEL (stars));
}

static void
on_filter_changed_cb (VdVolunteerFilterBar *self)
{
  if (!self->quiet)
    g_signal_emit (self, signals[CHANGED], 0);
}

static void
vd_volunteer_filter_bar_dispose (GObject *object)
{
  VdVolunteerFilterBar *self = VD_VOLUNTEER_FILTER_BAR (object);

  self->quiet = TRUE;
  gtk_widget_dispose_template (GTK_WIDGET (self), VD_TYPE_VOLUNTEER_FILTER_BAR);
  g_clear_object (&self->database);
  g_clear_pointer (&self->station_ids, g_array_unref);
  g_clear_pointer (&self->team_ids, g_array_unref);

  G_OBJECT_CLASS (vd_volunteer_filter_bar_parent_class)->dispose (object);
}

static void
vd_volunteer_filter_bar_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  VdVolunteerFilterBar *self = VD_VOLUNTEER_FILTER_BAR (object);

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
vd_volunteer_filter_bar_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  VdVolunteerFilterBar *self = VD_VOLUNTEER_FILTER_BAR (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      vd_volunteer_filter_bar_set_database (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vd_volunteer_filter_bar_class_init (VdVolunteerFilterBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vd_volunteer_filter_bar_dispose;
  object_class->get_property = vd_volunteer_filter_bar_get_property;
  object_class->set_property = vd_volunteer_filter_bar_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         VD_TYPE_DATABASE,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * VdVolunteerFilterBar::changed:
   *
   * The user chose another entry in one of the drop-downs.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/vd-volunteer-filter-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, VdVolunteerFilterBar, political_filter);
  gtk_widget_class_bind_template_child (widget_class, VdVolunteerFilterBar, star_filter);
  gtk_widget_class_bind_template_child (widget_class, VdVolunteerFilterBar, station_filter);
  gtk_widget_class_bind_template_child (widget_class, VdVolunteerFilterBar, status_filter);
  gtk_widget_class_bind_template_child (widget_class, VdVolunteerFilterBar, team_filter);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
}

static void
vd_volunteer_filter_bar_init (VdVolunteerFilterBar *self)
{
  g_autoptr(GtkExpression) name_expression = NULL;
  GtkWidget *child;

  self->quiet = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));

  self->station_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->team_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  fill_fixed (self);
  fill_lookup (self, self->station_filter, self->station_ids, VD_LOOKUP_STATIONS,
               _("All Stations"));
  fill_lookup (self, self->team_filter, self->team_ids, VD_LOOKUP_TEAMS, _("All Teams"));

  /* Districts have dozens of stations and teams: let the user type one's name. */
  name_expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
  gtk_drop_down_set_expression (self->station_filter, name_expression);
  gtk_drop_down_set_enable_search (self->station_filter, TRUE);
  gtk_drop_down_set_expression (self->team_filter, name_expression);
  gtk_drop_down_set_enable_search (self->team_filter, TRUE);

  /* The drop-downs are controls, not items to select: only they take the focus. The flow
   * box is not a bound template child: AdwBin unparents its child itself. */
  for (child = gtk_widget_get_first_child (adw_bin_get_child (ADW_BIN (self)));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_widget_set_focusable (child, FALSE);

  self->quiet = FALSE;
}

VdDatabase *
vd_volunteer_filter_bar_get_database (VdVolunteerFilterBar *self)
{
  g_return_val_if_fail (VD_IS_VOLUNTEER_FILTER_BAR (self), NULL);

  return self->database;
}

void
vd_volunteer_filter_bar_set_database (VdVolunteerFilterBar *self,
                                      VdDatabase           *database)
{
  g_return_if_fail (VD_IS_VOLUNTEER_FILTER_BAR (self));
  g_return_if_fail (database == NULL || VD_IS_DATABASE (database));

  if (g_set_object (&self->database, database))
    {
      vd_volunteer_filter_bar_refresh (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE]);
    }
}

void
vd_volunteer_filter_bar_refresh (VdVolunteerFilterBar *self)
{
  g_return_if_fail (VD_IS_VOLUNTEER_FILTER_BAR (self));

  self->quiet = TRUE;
  fill_lookup (self, self->station_filter, self->station_ids, VD_LOOKUP_STATIONS,
               _("All Stations"));
  fill_lookup (self, self->team_filter, self->team_ids, VD_LOOKUP_TEAMS, _("All Teams"));
  self->quiet = FALSE;
}

void
vd_volunteer_filter_bar_apply (VdVolunteerFilterBar *self,
                               VdVolunteerFilter    *filter)
{
  guint political;
  guint status;
  guint star;

  g_return_if_fail (VD_IS_VOLUNTEER_FILTER_BAR (self));
  g_return_if_fail (filter != NULL);

  political = gtk_drop_down_get_selected (self->political_filter);
  status = gtk_drop_down_get_selected (self->status_filter);
  star = gtk_drop_down_get_selected (self->star_filter);

  filter->station_id = selected_id (self->station_filter, self->station_ids);
  filter->team_id = selected_id (self->team_filter, self->team_ids);
  /* The first entry of each is "All …". */
  filter->political = political > 0 && political <= VD_N_POLITICAL ? (int) political - 1 : -1;
  filter->active = status == STATUS_ACTIVE ? 1 : status == STATUS_INACTIVE ? 0 : -1;
  filter->star_level = star > 0 && star <= VD_STAR_LEVELS + 1 ? (int) star - 1 : -1;
}

gboolean
vd_volunteer_filter_bar_is_active (VdVolunteerFilterBar *self)
{
  g_return_val_if_fail (VD_IS_VOLUNTEER_FILTER_BAR (self), FALSE);

  return selected_id (self->station_filter, self->station_ids) != 0 ||
         selected_id (self->team_filter, self->team_ids) != 0 ||
         gtk_drop_down_get_selected (self->political_filter) > 0 ||
         gtk_drop_down_get_selected (self->status_filter) > 0 ||
         gtk_drop_down_get_selected (self->star_filter) > 0;
}

void
vd_volunteer_filter_bar_clear (VdVolunteerFilterBar *self)
{
  g_return_if_fail (VD_IS_VOLUNTEER_FILTER_BAR (self));

  self->quiet = TRUE;
  gtk_drop_down_set_selected (self->station_filter, 0);
  gtk_drop_down_set_selected (self->team_filter, 0);
  gtk_drop_down_set_selected (self->political_filter, 0);
  gtk_drop_down_set_selected (self->status_filter, 0);
  gtk_drop_down_set_selected (self->star_filter, 0);
  self->quiet = FALSE;
}
