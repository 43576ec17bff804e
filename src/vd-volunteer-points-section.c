/* vd-volunteer-points-section.c — the volunteer pane's points: balance, recent rows
 *
 * The whole ledger, adjustments and exchanges are on the points page.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vd-volunteer-points-section"

#include "config.h"

#include <glib/gi18n.h>

#include "vd-points.h"
#include "vd-volunteer-points-section.h"

/* How many of the latest rows the pane shows. */
#define RECENT_ROWS 5

struct _VdVolunteerPointsSection
{
  AdwBin               parent_instance;

  GPtrArray           *rows;   /* rows added to group */

  AdwPreferencesGroup *group;   /* the bin's child */
  AdwActionRow        *balance_row;
};

G_DEFINE_FINAL_TYPE (VdVolunteerPointsSection, vd_volunteer_points_section, ADW_TYPE_BIN)

static void
add_row (VdVolunteerPointsSection *self,
         const char               *title,
         const char               *subtitle,
         const char               *amount)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (amount != NULL)
    {
      GtkWidget *label = gtk_label_new (amount);

      gtk_widget_add_css_class (label, "numeric");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
    }
  adw_preferences_group_add (self->group, row);
  g_ptr_array_add (self->rows, row);
}

static void
vd_volunteer_points_section_dispose (GObject *object)
{
  VdVolunteerPointsSection *self = VD_VOLUNTEER_POINTS_SECTION (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), VD_TYPE_VOLUNTEER_POINTS_SECTION);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (vd_volunteer_points_section_parent_class)->dispose (object);
}

static void
vd_volunteer_points_section_class_init (VdVolunteerPointsSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vd_volunteer_points_section_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/vd-volunteer-points-section.ui");
  gtk_widget_class_bind_template_child (widget_class, VdVolunteerPointsSection, balance_row);
}

static void
vd_volunteer_points_section_init (VdVolunteerPointsSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->group = ADW_PREFERENCES_GROUP (adw_bin_get_child (ADW_BIN (self)));
  self->rows = g_ptr_array_new ();
}

void
vd_volunteer_points_section_show (VdVolunteerPointsSection *self,
                                  VdDatabase               *db,
                                  gint64                    volunteer_id)
{
  g_autoptr(GPtrArray) ledger = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *number = NULL;
  g_autofree char *balance = NULL;
  gint64 centi = 0;

  g_return_if_fail (VD_IS_VOLUNTEER_POINTS_SECTION (self));

  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (self->group, g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);
  if (db == NULL || volunteer_id == 0)
    return;

  if (!vd_points_get_balance (db, volunteer_id, &centi, &error) ||
      (ledger = vd_points_list_ledger (db, volunteer_id, RECENT_ROWS, &error)) == NULL)
    {
      adw_action_row_set_subtitle (self->balance_row, error->message);
      return;
    }
  number = vd_points_format (centi);
  /* Translators: a number of points, e.g. "12.5 points" */
  balance = g_strdup_printf (_("%s points"), number);
  adw_action_row_set_subtitle (self->balance_row, balance);

  for (guint i = 0; i < ledger->len; i++)
    {
      VdLedgerRow *row = g_ptr_array_index (ledger, i);
      g_autofree char *amount = vd_points_format (row->amount_centi);
      g_autofree char *signed_amount = row->amount_centi > 0 ? g_strconcat ("+", amount, NULL)
                                                             : g_strdup (amount);
      g_autofree char *day = g_strndup (row->created_at, 10);
      /* Translators: date · kind of a points row, e.g. 2026-03-12 · Earned */
      g_autofree char *subtitle = g_strdup_printf (_("%s · %s"), day, vd_ledger_kind_get_label (row->kind));

      add_row (self, row->reason, subtitle, signed_amount);
    }
}
