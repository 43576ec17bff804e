/* vd-station-detail.c — the side pane that shows one service station
 *
 * The pane's header buttons activate the stations page's actions (stations.edit,
 * .ledger, .print, .toggle-active, .delete, .close-detail). What belongs to the
 * station — projects, the 六个一 checklist, equipment, commendations — is edited here,
 * through small forms; after each write the pane emits "changed" so that the page
 * reads the station's figures again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vd-station-detail"

#include "config.h"

#include <glib/gi18n.h>

#include "vd-commendation-list.h"
#include "vd-date.h"
#include "vd-monthly-hours.h"
#include "vd-station-forms.h"
#include "vd-station-detail.h"
#include "vd-volunteer-columns.h"
#include "vd-window.h"

#define FIRST_NAMES 12
#define MAX_EVENTS  30

struct _VdStationDetail
{
  AdwBin               parent_instance;

  VdDatabase          *database;
  VdStation           *station;
  VdMonthlyHours      *hours;
  GPtrArray           *rows;            /* (group, row) pairs added in code */

  GtkLabel            *name_label;
  GtkLabel            *summary_label;
  GtkButton           *active_button;
  AdwPreferencesGroup *projects_group;
  GtkWidget           *projects_warning_row;
  AdwPreferencesGroup *checklist_group;
  AdwPreferencesGroup *equipment_group;
  AdwPreferencesGroup *info_group;
  AdwActionRow        *type_row;
  AdwActionRow        *subdistrict_row;
  AdwActionRow        *community_row;
  AdwActionRow        *established_row;
  AdwActionRow        *status_row;
  AdwActionRow        *address_row;
  AdwActionRow        *contact_row;
  AdwActionRow        *notes_row;
  AdwPreferencesGroup *volunteers_group;
  AdwPreferencesGroup *teams_group;
  AdwPreferencesGroup *events_group;
  VdCommendationList  *commendations;
};

G_DEFINE_FINAL_TYPE (VdStationDetail, vd_station_detail, ADW_TYPE_BIN)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void show_station (VdStationDetail *self);

/* Helpers */

static void
show_error (VdStationDetail *self,
            const GError    *error)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autofree char *escaped = g_markup_escape_text (error->message, -1);

  if (VD_IS_WINDOW (root))
    vd_window_add_toast (VD_WINDOW (root), adw_toast_new (escaped));
  else
    g_warning ("%s", error->message);
}

static char *
today_iso (void)
{
  GDate today;

  vd_date_set_today (&today);
  return vd_date_to_iso (&today);
}

static void
set_value (AdwActionRow *row,
           const char   *value)
{
  gboolean has_value = value != NULL && value[0] != '\0';
  g_autofree char *escaped = has_value ? g_markup_escape_text (value, -1) : NULL;

  adw_action_row_set_subtitle (row, has_value ? escaped : "");
  gtk_widget_set_visible (GTK_WIDGET (row), has_value);
}

static AdwActionRow *
add_row (VdStationDetail     *self,
         AdwPreferencesGroup *group,
         const char          *title,
         const char          *subtitle)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *t = g_markup_escape_text (title, -1);
  g_autofree char *s = subtitle != NULL ? g_markup_escape_text (subtitle, -1) : NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), t);
  if (s != NULL && s[0] != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), s);
  adw_preferences_group_add (group, row);
  g_ptr_array_add (self->rows, group);
  g_ptr_array_add (self->rows, row);
  return ADW_ACTION_ROW (row);
}

static GtkWidget *
add_button (AdwActionRow *row,
            const char   *icon_name,
            const char   *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_add_css_class (button, "flat");
  adw_action_row_add_suffix (row, button);
  return button;
}

static void
clear_rows (VdStationDetail *self)
{
  for (guint i = 0; i + 1 < self->rows->len; i += 2)
    adw_preferences_group_remove (self->rows->pdata[i], self->rows->pdata[i + 1]);
  g_ptr_array_set_size (self->rows, 0);
}

/* After a write: the page reads the station again and hands it back. */
static void
changed (VdStationDetail *self)
{
  g_autoptr(VdStation) fresh = NULL;

  fresh = vd_stations_get (self->database, self->station->id, NULL);
  if (fresh != NULL)
    g_set_object (&self->station, fresh);
  show_station (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

/* Projects */

static void
on_form_done (GtkWidget *owner)
{
  changed (VD_STATION_DETAIL (owner));
}

static void
on_edit_project_cb (GtkButton       *button,
                    VdStationDetail *self)
{
  vd_station_forms_edit_project (GTK_WIDGET (self), self->database, self->station,
                                 g_object_get_data (G_OBJECT (button), "project"), on_form_done);
}

static void
on_end_project_cb (GtkButton       *button,
                   VdStationDetail *self)
{
  vd_station_forms_end_project (GTK_WIDGET (self), self->database, self->station,
                                g_object_get_data (G_OBJECT (button), "project"), on_form_done);
}

static void
on_resume_project_cb (GtkButton       *button,
                      VdStationDetail *self)
{
  VdStationProject *p = g_object_get_data (G_OBJECT (button), "project");
  g_autoptr(GError) error = NULL;
  VdStationProject copy = *p;

  /* Ended by mistake: running again from its old start. */
  copy.name = g_strdup (p->name);
  copy.description = g_strdup (p->description);
  copy.started_on = g_strdup (p->started_on);
  copy.ended_on = NULL;
  if (!vd_stations_update_project (self->database, &copy, &error))
    show_error (self, error);
  g_free (copy.name);
  g_free (copy.description);
  g_free (copy.started_on);
  if (error == NULL)
    changed (self);
}

static void
show_projects (VdStationDetail *self)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *projects;
  guint running = 0;

  projects = vd_stations_list_projects (self->database, self->station->id, &error);
  if (projects == NULL)
    {
      show_error (self, error);
      return;
    }
  for (guint i = 0; i < projects->len; i++)
    {
      VdStationProject *p = projects->pdata[i];
      g_autofree char *subtitle = NULL;
      AdwActionRow *row;
      GtkWidget *button;

      if (p->ended_on == NULL)
        {
          running++;
          /* Translators: a running project's start date, then its description */
          subtitle = g_strdup_printf (_("Since %s  %s"), p->started_on, p->description);
        }
      else
        /* Translators: an ended project: start, end, description */
        subtitle = g_strdup_printf (_("%s to %s, ended  %s"), p->started_on, p->ended_on,
                                    p->description);
      row = add_row (self, self->projects_group, p->name, g_strstrip (subtitle));
      if (p->ended_on != NULL)
        gtk_widget_add_css_class (GTK_WIDGET (row), "dim-label");
      button = add_button (row, "document-edit-symbolic", _("Edit Project"));
      g_object_set_data (G_OBJECT (button), "project", p);
      g_signal_connect (button, "clicked", G_CALLBACK (on_edit_project_cb), self);
      if (p->ended_on == NULL)
        {
          button = add_button (row, "media-playback-stop-symbolic", _("End Project"));
          g_object_set_data (G_OBJECT (button), "project", p);
          g_signal_connect (button, "clicked", G_CALLBACK (on_end_project_cb), self);
        }
      else
        {
          button = add_button (row, "media-playback-start-symbolic", _("Resume Project"));
          g_object_set_data (G_OBJECT (button), "project", p);
          g_signal_connect (button, "clicked", G_CALLBACK (on_resume_project_cb), self);
        }
    }
  /* The rows' buttons point into the list: it lives as long as the rows. */
  g_object_set_data_full (G_OBJECT (self->projects_group), "projects", projects,
                          (GDestroyNotify)g_ptr_array_unref);

  gtk_widget_set_visible (self->projects_warning_row,
                          self->station->active && running < VD_STATION_MIN_PROJECTS);
  {
    g_autofree char *description =
      g_strdup_printf (ngettext ("%u running", "%u running", running), running);
    adw_preferences_group_set_description (self->projects_group, description);
  }
}

/* The 六个一 checklist */

static void
on_edit_checklist_cb (GtkButton       *button,
                      VdStationDetail *self)
{
  vd_station_forms_edit_checklist (GTK_WIDGET (self), self->database, self->station,
                                   g_object_get_data (G_OBJECT (button), "entry"), on_form_done);
}

static void
on_checklist_toggled_cb (GtkCheckButton  *check,
                         VdStationDetail *self)
{
  VdChecklistEntry *e = g_object_get_data (G_OBJECT (check), "entry");
  gboolean done = gtk_check_button_get_active (check);
  g_autofree char *today = today_iso ();
  g_autoptr(GError) error = NULL;

  /* Ticking an item checks it today; unticking keeps when it was last checked. */
  if (!vd_stations_set_checklist (self->database, self->station->id, e->item, done,
                                  done ? today : e->checked_on, e->note, &error))
    {
      show_error (self, error);
      /* The box shows what is stored, not what was clicked. */
      show_station (self);
      return;
    }
  changed (self);
}

static void
show_checklist (VdStationDetail *self)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *items;
  guint done = 0;

  items = vd_stations_get_checklist (self->database, self->station->id, &error);
  if (items == NULL)
    {
      show_error (self, error);
      return;
    }
  for (guint i = 0; i < items->len; i++)
    {
      VdChecklistEntry *e = items->pdata[i];
      g_autofree char *subtitle = NULL;
      AdwActionRow *row;
      GtkWidget *check;
      GtkWidget *button;

      if (e->checked_on != NULL)
        /* Translators: when a checklist item was checked, then the note */
        subtitle = g_strdup_printf (_("Checked on %s  %s"), e->checked_on, e->note);
      else
        subtitle = g_strdup (e->note);
      row = add_row (self, self->checklist_group, vd_checklist_item_get_label (e->item),
                     g_strstrip (subtitle));
      check = gtk_check_button_new ();
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), e->done);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      g_object_set_data (G_OBJECT (check), "entry", e);
      g_signal_connect (check, "toggled", G_CALLBACK (on_checklist_toggled_cb), self);
      adw_action_row_add_prefix (row, check);
      adw_action_row_set_activatable_widget (row, check);
      button = add_button (row, "document-edit-symbolic", _("Date and Note…"));
      g_object_set_data (G_OBJECT (button), "entry", e);
      g_signal_connect (button, "clicked", G_CALLBACK (on_edit_checklist_cb), self);
      done += e->done;
    }
  g_object_set_data_full (G_OBJECT (self->checklist_group), "items", items,
                          (GDestroyNotify)g_ptr_array_unref);
  {
    /* Translators: how many of the six checklist items are in place, e.g. 5/6 */
    g_autofree char *description = g_strdup_printf (_("%u/%u in place"), done,
                                                    (guint)VD_N_CHECKLIST_ITEMS);
    adw_preferences_group_set_description (self->checklist_group, description);
  }
}

/* Equipment */

static void
add_equipment_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  VdStationDetail *self = VD_STATION_DETAIL (widget);

  if (self->station != NULL)
    vd_station_forms_add_equipment (widget, self->database, self->station, on_form_done);
}

static void
on_delete_equipment_cb (GtkButton       *button,
                        VdStationDetail *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "id"));
  g_autoptr(GError) error = NULL;

  if (!vd_stations_delete_equipment (self->database, id, &error))
    {
      show_error (self, error);
      return;
    }
  changed (self);
}

static void
show_equipment (VdStationDetail *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) issues = NULL;
  g_autofree char *summary = vd_station_dup_equipment_summary (self->station);

  adw_preferences_group_set_description (self->equipment_group,
                                         summary[0] != '\0' ? summary : _("Nothing issued yet"));
  issues = vd_stations_list_equipment (self->database, self->station->id, &error);
  if (issues == NULL)
    {
      show_error (self, error);
      return;
    }
  for (guint i = 0; i < issues->len; i++)
    {
      VdEquipmentIssue *e = issues->pdata[i];
      g_autofree char *title = NULL;
      g_autofree char *subtitle = NULL;
      AdwActionRow *row;
      GtkWidget *button;

      /* Translators: kind of equipment × quantity, e.g. 红马甲 × 30 */
      title = g_strdup_printf (_("%s × %d"), vd_equipment_kind_get_label (e->kind), e->quantity);
      subtitle = g_strdup_printf ("%s  %s", e->issued_on, e->description);
      row = add_row (self, self->equipment_group, title, g_strstrip (subtitle));
      button = add_button (row, "user-trash-symbolic", _("Delete Record"));
      g_object_set_data (G_OBJECT (button), "id", GSIZE_TO_POINTER ((gsize)e->id));
      g_signal_connect (button, "clicked", G_CALLBACK (on_delete_equipment_cb), self);
    }
}

/* What is based there */

static void
show_based_there (VdStationDetail *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) volunteers = NULL;
  g_autoptr(GPtrArray) teams = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *title = NULL;
  g_autofree char *description = NULL;
  g_autoptr(GString) names = g_string_new (NULL);
  guint total = 0;
  GDate today;

  volunteers = vd_stations_list_volunteers (self->database, self->station->id, FIRST_NAMES, &total,
                                            &error);
  if (volunteers == NULL)
    {
      show_error (self, error);
      return;
    }
  for (guint i = 0; i < volunteers->len; i++)
    {
      if (i > 0)
        g_string_append (names, "、");
      g_string_append (names, ((VdVolunteer *)volunteers->pdata[i])->name);
    }
  if (total > volunteers->len)
    g_string_append (names, "…");
  title = g_strdup_printf (ngettext ("%'u active volunteer", "%'u active volunteers", total), total);
  add_row (self, self->volunteers_group, title, names->str);

  teams = vd_stations_list_teams (self->database, self->station->id, &error);
  if (teams == NULL)
    {
      show_error (self, error);
      return;
    }
  for (guint i = 0; i < teams->len; i++)
    {
      VdStationTeam *t = teams->pdata[i];
      g_autofree char *subtitle = NULL;

      /* Translators: a team's category and its number of members */
      subtitle = g_strdup_printf (ngettext ("%s · %u member", "%s · %u members", t->n_members),
                                  t->category, t->n_members);
      add_row (self, self->teams_group, t->name, subtitle);
    }
  if (teams->len == 0)
    add_row (self, self->teams_group, _("None yet"), NULL);

  vd_date_set_today (&today);
  from = g_strdup_printf ("%04d-01-01", g_date_get_year (&today));
  to = g_strdup_printf ("%04d-12-31", g_date_get_year (&today));
  events = vd_stations_list_events (self->database, self->station->id, from, to, &error);
  if (events == NULL)
    {
      show_error (self, error);
      return;
    }
  /* Translators: %d is a year */
  description = g_strdup_printf (ngettext ("%u event in %d", "%u events in %d", events->len),
                                 events->len, g_date_get_year (&today));
  adw_preferences_group_set_description (self->events_group, description);
  if (events->len == 0)
    add_row (self, self->events_group, _("None yet"), NULL);
  for (guint i = 0; i < events->len && i < MAX_EVENTS; i++)
    {
      VdStationEvent *e = events->pdata[i];
      g_autofree char *date = g_strndup (e->starts_at, 10);
      g_autofree char *hours = vd_format_hours (e->approved_minutes);
      g_autofree char *subtitle = NULL;

      /* Translators: an event's date, approved hours and people served */
      subtitle = g_strdup_printf (_("%s · %s hours · %u served"), date, hours, e->people_served);
      add_row (self, self->events_group, e->title, subtitle);
    }
}

static void
show_station (VdStationDetail *self)
{
  VdStation *s = self->station;
  g_autofree char *summary = NULL;
  g_autofree char *contact = NULL;

  clear_rows (self);
  if (s == NULL || self->database == NULL)
    {
      vd_commendation_list_set_owner (self->commendations, NULL, VD_OWNER_STATION, 0);
      vd_monthly_hours_show (self->hours, NULL, VD_STATS_STATION, 0, NULL);
      return;
    }

  gtk_label_set_label (self->name_label, s->name);
  summary = g_strdup_printf ("%s%s%s", vd_station_type_get_label (s->type),
                             s->subdistrict_name[0] != '\0' ? " · " : "", s->subdistrict_name);
  gtk_label_set_label (self->summary_label, summary);
  gtk_button_set_label (self->active_button, s->active ? _("_Archive") : _("_Restore"));

  set_value (self->type_row, vd_station_type_get_label (s->type));
  set_value (self->subdistrict_row, s->subdistrict_name);
  set_value (self->community_row, s->community_name);
  set_value (self->established_row, s->established_on);
  if (s->active)
    set_value (self->status_row, C_("station status", "Active"));
  else
    {
      /* Translators: %s is the date a station was archived */
      g_autofree char *status = g_strdup_printf (_("Archived on %s"), s->archived_on);
      set_value (self->status_row, status);
    }
  set_value (self->address_row, s->address);
  contact = g_strstrip (g_strdup_printf ("%s %s", s->contact_name, s->contact_phone));
  set_value (self->contact_row, contact);
  set_value (self->notes_row, s->notes);

  show_projects (self);
  show_checklist (self);
  show_equipment (self);
  show_based_there (self);
  vd_monthly_hours_show (self->hours, self->database, VD_STATS_STATION, s->id, s->name);
  vd_commendation_list_set_owner (self->commendations, self->database, VD_OWNER_STATION, s->id);
}

/* Callbacks and actions */

static void
on_commendations_changed_cb (VdStationDetail *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
add_project_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  VdStationDetail *self = VD_STATION_DETAIL (widget);

  if (self->station != NULL)
    vd_station_forms_edit_project (widget, self->database, self->station, NULL, on_form_done);
}

/* GObject */

static void
vd_station_detail_dispose (GObject *object)
{
  VdStationDetail *self = VD_STATION_DETAIL (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), VD_TYPE_STATION_DETAIL);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_object (&self->station);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (vd_station_detail_parent_class)->dispose (object);
}

static void
vd_station_detail_class_init (VdStationDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vd_station_detail_dispose;

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (VD_TYPE_COMMENDATION_LIST);
  g_type_ensure (VD_TYPE_MONTHLY_HOURS);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/vd-station-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, VdStationDetail, name_label);
  gtk_widget_class_bind_template_child (widget_class, VdStationDetail, summary_label);
  gtk_widget_class_bind_template_child (widget_class, VdStationDetail, active_button);
  gtk_widget_class_bind_template_child (widget_class, VdStationDetail, projects_group);
  gtk_widget_class_bind_template_child (widget_class, VdStationDetail, projects_warning_row);
  gtk_widget_class_bind_template_child (widget_class, VdStationDetail, checklist_group);
  gtk_widget_class_bind_template_child (widget_class, VdStationDetail, equipment_group);
  gtk_widget_class_bind_template_child (widget_class, VdStationDetail, info_group);
  gtk_widget_class_bind_template_child (widget_class, VdStationDetail, type_row);
  gtk_widget_class_bind_template_child (widget_class, VdStationDetail, subdistrict_row);
  gtk_widget_class_bind_template_child (widget_class, VdStationDetail, community_row);
  gtk_widget_class_bind_template_child (widget_class, VdStationDetail, established_row);
  gtk_widget_class_bind_template_child (widget_class, VdStationDetail, status_row);
  gtk_widget_class_bind_template_child (widget_class, VdStationDetail, address_row);
  gtk_widget_class_bind_template_child (widget_class, VdStationDetail, contact_row);
  gtk_widget_class_bind_template_child (widget_class, VdStationDetail, notes_row);
  gtk_widget_class_bind_template_child (widget_class, VdStationDetail, volunteers_group);
  gtk_widget_class_bind_template_child (widget_class, VdStationDetail, teams_group);
  gtk_widget_class_bind_template_child (widget_class, VdStationDetail, events_group);
  gtk_widget_class_bind_template_child (widget_class, VdStationDetail, commendations);
  gtk_widget_class_bind_template_child (widget_class, VdStationDetail, hours);
  gtk_widget_class_bind_template_callback (widget_class, on_commendations_changed_cb);

  gtk_widget_class_install_action (widget_class, "station.add-project", NULL, add_project_action);
  gtk_widget_class_install_action (widget_class, "station.add-equipment", NULL,
                                   add_equipment_action);
}

static void
vd_station_detail_init (VdStationDetail *self)
{
  self->rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

void
vd_station_detail_set_database (VdStationDetail *self,
                                VdDatabase      *database)
{
  g_return_if_fail (VD_IS_STATION_DETAIL (self));

  if (g_set_object (&self->database, database))
    show_station (self);
}

void
vd_station_detail_set_station (VdStationDetail *self,
                               VdStation       *station)
{
  g_return_if_fail (VD_IS_STATION_DETAIL (self));

  g_set_object (&self->station, station);
  show_station (self);
}

VdStation *
vd_station_detail_get_station (VdStationDetail *self)
{
  g_return_val_if_fail (VD_IS_STATION_DETAIL (self), NULL);

  return self->station;
}
