/* vd-station-forms.c — the small forms of a station's pane: service projects, the end
 * of a project, a checklist item's date and note, equipment issued
 *
 * Each form writes through the core and, once written, calls done with its owner.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vd-station-forms"

#include "config.h"

#include <glib/gi18n.h>

#include "vd-date.h"
#include "vd-form-window.h"
#include "vd-station-forms.h"

/* What every form writes for, and whom it tells. */
typedef struct
{
  GtkWidget          *owner;
  VdDatabase         *database;
  VdStation          *station;
  VdStationFormsDone  done;
} Target;

static void
target_init (Target             *t,
             GtkWidget          *owner,
             VdDatabase         *database,
             VdStation          *station,
             VdStationFormsDone  done)
{
  t->owner = g_object_ref (owner);
  t->database = g_object_ref (database);
  t->station = g_object_ref (station);
  t->done = done;
}

static void
target_clear (Target *t)
{
  g_clear_object (&t->owner);
  g_clear_object (&t->database);
  g_clear_object (&t->station);
}

static void
target_done (Target *t)
{
  if (t->done != NULL)
    t->done (t->owner);
}

static GtkWindow *
get_parent_window (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static char *
today_iso (void)
{
  GDate today;

  vd_date_set_today (&today);
  return vd_date_to_iso (&today);
}

typedef struct
{
  Target            t;
  VdStationProject *project;    /* a copy; id 0 for a new one */
  AdwEntryRow      *name;
  AdwEntryRow      *description;
  AdwEntryRow      *started_on;
} ProjectForm;

static void
project_form_free (gpointer data)
{
  ProjectForm *f = data;

  target_clear (&f->t);
  vd_station_project_free (f->project);
  g_free (f);
}

static gboolean
accept_project_cb (VdFormWindow  *form,
                   gpointer       user_data,
                   GError       **error)
{
  ProjectForm *f = user_data;
  VdStationProject *p = f->project;
  gboolean ok;

  g_free (p->name);
  p->name = g_strdup (vd_form_window_get_text (f->name));
  g_free (p->description);
  p->description = g_strdup (vd_form_window_get_text (f->description));
  g_free (p->started_on);
  p->started_on = g_strdup (vd_form_window_get_text (f->started_on));
  if (p->id == 0)
    ok = vd_stations_add_project (f->t.database, p, error);
  else
    ok = vd_stations_update_project (f->t.database, p, error);
  if (ok)
    target_done (&f->t);
  return ok;
}


typedef struct
{
  Target           t;
  gint64           id;
  AdwEntryRow     *ended_on;
} EndForm;

static void
end_form_free (gpointer data)
{
  EndForm *f = data;

  target_clear (&f->t);
  g_free (f);
}

static gboolean
accept_end_cb (VdFormWindow  *form,
               gpointer       user_data,
               GError       **error)
{
  EndForm *f = user_data;

  if (!vd_stations_end_project (f->t.database, f->id, vd_form_window_get_text (f->ended_on),
                                error))
    return FALSE;
  target_done (&f->t);
  return TRUE;
}


typedef struct
{
  Target           t;
  VdChecklistItem  item;
  GtkSwitch       *done;
  AdwEntryRow     *checked_on;
  AdwEntryRow     *note;
} ChecklistForm;

static void
checklist_form_free (gpointer data)
{
  ChecklistForm *f = data;

  target_clear (&f->t);
  g_free (f);
}

static gboolean
accept_checklist_cb (VdFormWindow  *form,
                     gpointer       user_data,
                     GError       **error)
{
  ChecklistForm *f = user_data;

  if (!vd_stations_set_checklist (f->t.database, f->t.station->id, f->item,
                                  gtk_switch_get_active (f->done),
                                  vd_form_window_get_text (f->checked_on),
                                  vd_form_window_get_text (f->note), error))
    return FALSE;
  target_done (&f->t);
  return TRUE;
}


typedef struct
{
  Target           t;
  AdwComboRow     *kind;
  AdwEntryRow     *description;
  GtkSpinButton   *quantity;
  AdwEntryRow     *issued_on;
} EquipmentForm;

static void
equipment_form_free (gpointer data)
{
  EquipmentForm *f = data;

  target_clear (&f->t);
  g_free (f);
}

static gboolean
accept_equipment_cb (VdFormWindow  *form,
                     gpointer       user_data,
                     GError       **error)
{
  EquipmentForm *f = user_data;
  g_autoptr(VdEquipmentIssue) e = g_new0 (VdEquipmentIssue, 1);

  gtk_spin_button_update (f->quantity);
  e->station_id = f->t.station->id;
  e->kind = adw_combo_row_get_selected (f->kind);
  e->description = g_strdup (vd_form_window_get_text (f->description));
  e->quantity = gtk_spin_button_get_value_as_int (f->quantity);
  e->issued_on = g_strdup (vd_form_window_get_text (f->issued_on));
  if (!vd_stations_add_equipment (f->t.database, e, error))
    return FALSE;
  target_done (&f->t);
  return TRUE;
}

/* Public */

void
vd_station_forms_edit_project (GtkWidget              *owner,
                               VdDatabase             *database,
                               VdStation              *station,
                               const VdStationProject *project,
                               VdStationFormsDone      done)
{
  VdFormWindow *form;
  ProjectForm *f = g_new0 (ProjectForm, 1);

  target_init (&f->t, owner, database, station, done);
  f->project = g_new0 (VdStationProject, 1);
  f->project->station_id = station->id;
  if (project != NULL)
    {
      f->project->id = project->id;
      f->project->name = g_strdup (project->name);
      f->project->description = g_strdup (project->description);
      f->project->started_on = g_strdup (project->started_on);
      f->project->ended_on = g_strdup (project->ended_on);
    }
  else
    {
      f->project->name = g_strdup ("");
      f->project->description = g_strdup ("");
      f->project->started_on = today_iso ();
    }

  form = vd_form_window_new (get_parent_window (owner),
                             project != NULL ? _("Edit Service Project") : _("Add Service Project"),
                             project != NULL ? _("_Save") : _("_Add"));
  vd_form_window_set_description (form, station->name);
  f->name = vd_form_window_add_entry (form, _("Project name"), f->project->name);
  f->description = vd_form_window_add_entry (form, _("Description"), f->project->description);
  f->started_on = vd_form_window_add_entry (form, _("Started on"), f->project->started_on);
  vd_form_window_set_accept_func (form, accept_project_cb, f, project_form_free);
  gtk_window_present (GTK_WINDOW (form));
}

void
vd_station_forms_end_project (GtkWidget              *owner,
                              VdDatabase             *database,
                              VdStation              *station,
                              const VdStationProject *project,
                              VdStationFormsDone      done)
{
  g_autofree char *today = today_iso ();
  VdFormWindow *form;
  EndForm *f = g_new0 (EndForm, 1);

  target_init (&f->t, owner, database, station, done);
  f->id = project->id;
  form = vd_form_window_new (get_parent_window (owner), _("End Service Project"), _("_End Project"));
  vd_form_window_set_description (form, project->name);
  f->ended_on = vd_form_window_add_entry (form, _("Ended on"), today);
  vd_form_window_set_accept_func (form, accept_end_cb, f, end_form_free);
  gtk_window_present (GTK_WINDOW (form));
}

void
vd_station_forms_edit_checklist (GtkWidget              *owner,
                                 VdDatabase             *database,
                                 VdStation              *station,
                                 const VdChecklistEntry *entry,
                                 VdStationFormsDone      done)
{
  g_autofree char *today = today_iso ();
  VdFormWindow *form;
  ChecklistForm *f = g_new0 (ChecklistForm, 1);

  target_init (&f->t, owner, database, station, done);
  f->item = entry->item;
  form = vd_form_window_new (get_parent_window (owner), vd_checklist_item_get_label (entry->item),
                             _("_Save"));
  vd_form_window_set_description (form, station->name);
  f->done = vd_form_window_add_switch (form, _("In place"), entry->done);
  f->checked_on = vd_form_window_add_entry (form, _("Checked on"),
                                            entry->checked_on != NULL ? entry->checked_on : today);
  f->note = vd_form_window_add_entry (form, _("Note"), entry->note);
  vd_form_window_set_accept_func (form, accept_checklist_cb, f, checklist_form_free);
  gtk_window_present (GTK_WINDOW (form));
}

void
vd_station_forms_add_equipment (GtkWidget          *owner,
                                VdDatabase         *database,
                                VdStation          *station,
                                VdStationFormsDone  done)
{
  const char *kinds[VD_N_EQUIPMENT_KINDS + 1] = { NULL };
  g_autofree char *today = today_iso ();
  VdFormWindow *form;
  EquipmentForm *f;

  for (guint k = 0; k < VD_N_EQUIPMENT_KINDS; k++)
    kinds[k] = vd_equipment_kind_get_label (k);
  f = g_new0 (EquipmentForm, 1);
  target_init (&f->t, owner, database, station, done);
  form = vd_form_window_new (get_parent_window (owner), _("Record Equipment Issued"), _("_Add"));
  vd_form_window_set_description (form, station->name);
  f->kind = vd_form_window_add_combo (form, _("Kind"), kinds, VD_EQUIPMENT_RED_VEST);
  f->description = vd_form_window_add_entry (form, _("Description"), "");
  f->quantity = vd_form_window_add_spin (form, _("Quantity"), 1, 100000, 10);
  f->issued_on = vd_form_window_add_entry (form, _("Issued on"), today);
  vd_form_window_set_accept_func (form, accept_equipment_cb, f, equipment_form_free);
  gtk_window_present (GTK_WINDOW (form));
}
