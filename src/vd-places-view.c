/* vd-places-view.c — sub-districts, communities and the coverage figure
 *
 * Emits "changed" after each write, so that the stations list can follow renames.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vd-places-view"

#include "config.h"

#include <glib/gi18n.h>

#include "vd-date.h"
#include "vd-dialogs.h"
#include "vd-form-window.h"
#include "vd-commendation-list.h"
#include "vd-places-view.h"
#include "vd-places.h"
#include "vd-stations.h"
#include "vd-window.h"

struct _VdPlacesView
{
  AdwBin               parent_instance;

  VdDatabase          *database;
  GPtrArray           *rows;            /* rows added to subdistricts_group */
  GPtrArray           *subdistricts;    /* VdSubdistrict, for the forms */

  AdwActionRow        *coverage_row;
  GtkLabel            *coverage_label;
  AdwActionRow        *types_row;
  AdwActionRow        *new_row;
  AdwActionRow        *short_row;
  AdwPreferencesGroup *subdistricts_group;
  GtkCheckButton      *archived_check;
  GtkBox              *communities_box;
};

G_DEFINE_FINAL_TYPE (VdPlacesView, vd_places_view, ADW_TYPE_BIN)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef enum
{
  PLACE_SUBDISTRICT,
  PLACE_COMMUNITY,
} PlaceKind;

/* Helpers */

static GtkWindow *
get_parent_window (VdPlacesView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
add_toast (VdPlacesView *self,
           const char   *text)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  if (VD_IS_WINDOW (root))
    vd_window_add_toast (VD_WINDOW (root), adw_toast_new (escaped));
}

static void
changed (VdPlacesView *self)
{
  vd_places_view_refresh (self);
  g_signal_emit (self, signals[CHANGED], 0);
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

/* Forms */

typedef struct
{
  VdPlacesView *self;
  PlaceKind     kind;
  gint64        id;               /* 0 adds */
  AdwEntryRow  *name;
  AdwComboRow  *parent;           /* communities: the sub-district */
  GtkSwitch    *rural;            /* township / village */
  GArray       *parent_ids;
} PlaceForm;

static void
place_form_free (gpointer data)
{
  PlaceForm *f = data;

  g_object_unref (f->self);
  g_clear_pointer (&f->parent_ids, g_array_unref);
  g_free (f);
}

static gboolean
accept_place_cb (VdFormWindow  *form,
                 gpointer       user_data,
                 GError       **error)
{
  PlaceForm *f = user_data;
  VdDatabase *db = f->self->database;
  const char *name = vd_form_window_get_text (f->name);
  gboolean rural = gtk_switch_get_active (f->rural);
  gboolean ok;

  if (f->kind == PLACE_SUBDISTRICT)
    ok = f->id == 0 ? vd_places_add_subdistrict (db, name, rural, error) != 0
                    : vd_places_update_subdistrict (db, f->id, name, rural, error);
  else
    {
      guint i = adw_combo_row_get_selected (f->parent);
      gint64 parent = i < f->parent_ids->len ? g_array_index (f->parent_ids, gint64, i) : 0;

      ok = f->id == 0 ? vd_places_add_community (db, parent, name, rural, error) != 0
                      : vd_places_update_community (db, f->id, parent, name, rural, error);
    }
  if (ok)
    changed (f->self);
  return ok;
}

static void
open_place_form (VdPlacesView *self,
                 PlaceKind     kind,
                 gint64        id,
                 const char   *name,
                 gboolean      rural,
                 gint64        parent_id)
{
  const char *title;
  VdFormWindow *form;
  PlaceForm *f = g_new0 (PlaceForm, 1);

  f->self = g_object_ref (self);
  f->kind = kind;
  f->id = id;
  if (kind == PLACE_SUBDISTRICT)
    title = id == 0 ? _("Add Sub-district") : _("Edit Sub-district");
  else
    title = id == 0 ? _("Add Community") : _("Edit Community");
  form = vd_form_window_new (get_parent_window (self), title, id == 0 ? _("_Add") : _("_Save"));
  f->name = vd_form_window_add_entry (form, C_("place", "Name"), name);
  if (kind == PLACE_COMMUNITY)
    {
      g_autoptr(GPtrArray) labels = g_ptr_array_new ();
      guint selected = 0;

      f->parent_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
      for (guint i = 0; i < self->subdistricts->len; i++)
        {
          VdSubdistrict *s = self->subdistricts->pdata[i];

          if (s->archived && s->id != parent_id)
            continue;
          if (s->id == parent_id)
            selected = f->parent_ids->len;
          g_array_append_val (f->parent_ids, s->id);
          g_ptr_array_add (labels, s->name);
        }
      g_ptr_array_add (labels, NULL);
      f->parent = vd_form_window_add_combo (form, _("Sub-district"),
                                            (const char * const *)labels->pdata, selected);
      f->rural = vd_form_window_add_switch (form, _("Village (村)"), rural);
    }
  else
    f->rural = vd_form_window_add_switch (form, _("Township (乡镇)"), rural);
  vd_form_window_set_accept_func (form, accept_place_cb, f, place_form_free);
  gtk_window_present (GTK_WINDOW (form));
}

/* Row buttons */

typedef struct
{
  PlaceKind  kind;
  gint64     id;
  char      *name;
  gboolean   rural;
  gboolean   archived;
  gint64     parent_id;
} Place;

static void
place_free (gpointer data)
{
  Place *p = data;

  g_free (p->name);
  g_free (p);
}

static Place *
place_of (GtkWidget *button)
{
  return g_object_get_data (G_OBJECT (button), "place");
}

static void
attach_place (GtkWidget *button,
              PlaceKind  kind,
              gint64     id,
              const char *name,
              gboolean   rural,
              gboolean   archived,
              gint64     parent_id)
{
  Place *p = g_new0 (Place, 1);

  p->kind = kind;
  p->id = id;
  p->name = g_strdup (name);
  p->rural = rural;
  p->archived = archived;
  p->parent_id = parent_id;
  g_object_set_data_full (G_OBJECT (button), "place", p, place_free);
}

static void
on_edit_clicked_cb (GtkWidget    *button,
                    VdPlacesView *self)
{
  Place *p = place_of (button);

  open_place_form (self, p->kind, p->id, p->name, p->rural, p->parent_id);
}

static gboolean
set_archived (VdPlacesView *self,
              Place        *p,
              gboolean      archived)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gboolean ok;

  if (p->kind == PLACE_SUBDISTRICT)
    ok = vd_places_set_subdistrict_archived (self->database, p->id, archived, &error);
  else
    ok = vd_places_set_community_archived (self->database, p->id, archived, &error);
  if (!ok)
    {
      add_toast (self, error->message);
      return FALSE;
    }
  /* Translators: %s is the name of a sub-district or community */
  text = g_strdup_printf (archived ? _("%s archived") : _("%s restored"), p->name);
  add_toast (self, text);
  changed (self);
  return TRUE;
}

static void
on_archive_clicked_cb (GtkWidget    *button,
                       VdPlacesView *self)
{
  Place *p = place_of (button);

  set_archived (self, p, !p->archived);
}

static void
on_archive_instead_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       VdPlacesView     *self)
{
  set_archived (self, g_object_get_data (G_OBJECT (dialog), "place"), TRUE);
}

static void
on_delete_confirmed_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        VdPlacesView     *self)
{
  Place *p = g_object_get_data (G_OBJECT (dialog), "place");
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gboolean ok;

  if (p->kind == PLACE_SUBDISTRICT)
    ok = vd_places_delete_subdistrict (self->database, p->id, &error);
  else
    ok = vd_places_delete_community (self->database, p->id, &error);
  if (!ok)
    {
      if (g_error_matches (error, VD_PLACES_ERROR, VD_PLACES_ERROR_HAS_DEPENDENTS) && !p->archived)
        {
          GtkWidget *question = vd_dialogs_new_question (get_parent_window (self),
                                                         _("Cannot Remove"), error->message,
                                                         "cancel", _("_Cancel"),
                                                         "archive", _("_Archive"),
                                                         ADW_RESPONSE_SUGGESTED);
          Place *copy = g_new0 (Place, 1);

          *copy = *p;
          copy->name = g_strdup (p->name);
          g_object_set_data_full (G_OBJECT (question), "place", copy, place_free);
          g_signal_connect_object (question, "response::archive",
                                   G_CALLBACK (on_archive_instead_cb), self, 0);
          gtk_window_present (GTK_WINDOW (question));
        }
      else
        add_toast (self, error->message);
      return;
    }
  /* Translators: %s is the name of a sub-district or community */
  text = g_strdup_printf (_("Removed %s"), p->name);
  add_toast (self, text);
  changed (self);
}

static void
on_delete_clicked_cb (GtkWidget    *button,
                      VdPlacesView *self)
{
  Place *p = place_of (button);
  g_autofree char *heading = NULL;
  GtkWidget *dialog;
  Place *copy;

  /* Translators: %s is the name of a sub-district or community */
  heading = g_strdup_printf (_("Delete %s?"), p->name);
  dialog = vd_dialogs_new_question (get_parent_window (self), heading,
                                    _("Only a place nothing refers to can be deleted; "
                                      "anything else can be archived."),
                                    "cancel", _("_Cancel"), "delete", _("_Delete"),
                                    ADW_RESPONSE_DESTRUCTIVE);
  copy = g_new0 (Place, 1);
  *copy = *p;
  copy->name = g_strdup (p->name);
  g_object_set_data_full (G_OBJECT (dialog), "place", copy, place_free);
  g_signal_connect_object (dialog, "response::delete", G_CALLBACK (on_delete_confirmed_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_row_buttons (VdPlacesView *self,
                 AdwActionRow *row,
                 PlaceKind     kind,
                 gint64        id,
                 const char   *name,
                 gboolean      rural,
                 gboolean      archived,
                 gint64        parent_id)
{
  GtkWidget *buttons[3];

  buttons[0] = add_button (row, "document-edit-symbolic", _("Edit"));
  g_signal_connect (buttons[0], "clicked", G_CALLBACK (on_edit_clicked_cb), self);
  buttons[1] = add_button (row, archived ? "edit-undo-symbolic" : "folder-symbolic",
                           archived ? _("Restore") : _("Archive"));
  g_signal_connect (buttons[1], "clicked", G_CALLBACK (on_archive_clicked_cb), self);
  buttons[2] = add_button (row, "user-trash-symbolic", _("Delete"));
  g_signal_connect (buttons[2], "clicked", G_CALLBACK (on_delete_clicked_cb), self);
  for (guint i = 0; i < G_N_ELEMENTS (buttons); i++)
    attach_place (buttons[i], kind, id, name, rural, archived, parent_id);
}

/* A community has no pane of its own: its commendations (e.g. 省示范性志愿服务社区) open
 * in a small window, edited as in the station and team panes. */
static void
on_commendations_clicked_cb (GtkWidget    *button,
                             VdPlacesView *self)
{
  Place *p = place_of (button);
  GtkWidget *window = adw_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *list = vd_commendation_list_new ();
  GtkWidget *header = adw_header_bar_new ();
  g_autofree char *title = NULL;

  /* Translators: %s is a community's name */
  title = g_strdup_printf (_("Commendations of %s"), p->name);
  gtk_window_set_title (GTK_WINDOW (window), title);
  gtk_window_set_transient_for (GTK_WINDOW (window),
                                GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (window), 520, 420);
  gtk_box_append (GTK_BOX (box), header);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (list));
  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (box), page);
  adw_window_set_content (ADW_WINDOW (window), box);
  vd_commendation_list_set_owner (VD_COMMENDATION_LIST (list), self->database, VD_OWNER_COMMUNITY,
                                  p->id);
  gtk_window_present (GTK_WINDOW (window));
}

static void
on_add_community_cb (GtkWidget    *button,
                     VdPlacesView *self)
{
  gint64 parent = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "subdistrict"));

  open_place_form (self, PLACE_COMMUNITY, 0, "", FALSE, parent);
}

/* Showing */

static void
show_figures (VdPlacesView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) short_list = NULL;
  g_autofree char *coverage = NULL;
  g_autofree char *types = NULL;
  g_autofree char *fresh = NULL;
  g_autoptr(GString) names = g_string_new (NULL);
  guint counts[VD_N_STATION_TYPES];
  guint covered = 0, total = 0, n_new = 0;
  GDate today;

  vd_date_set_today (&today);
  if (!vd_stations_coverage (self->database, &covered, &total, &error)
      || !vd_stations_count_by_type (self->database, counts, &error)
      || !vd_stations_count_new_in_year (self->database, g_date_get_year (&today), &n_new, &error)
      || (short_list = vd_stations_list_short_of_projects (self->database, &error)) == NULL)
    {
      add_toast (self, error->message);
      return;
    }

  coverage = total > 0 ? g_strdup_printf ("%.1f%%", 100.0 * covered / total) : g_strdup ("—");
  gtk_label_set_label (self->coverage_label, coverage);
  {
    /* Translators: communities with an active community station, of all communities */
    g_autofree char *subtitle = g_strdup_printf (_("%u of %u communities have an active community station"),
                                                 covered, total);
    adw_action_row_set_subtitle (self->coverage_row, subtitle);
  }
  /* Translators: active stations by type: community, service window, public place */
  types = g_strdup_printf (_("%u community · %u service window · %u public place"),
                           counts[VD_STATION_COMMUNITY], counts[VD_STATION_WINDOW],
                           counts[VD_STATION_PUBLIC]);
  adw_action_row_set_subtitle (self->types_row, types);
  fresh = g_strdup_printf (ngettext ("%u station established in %d", "%u stations established in %d",
                                     n_new), n_new, g_date_get_year (&today));
  adw_action_row_set_subtitle (self->new_row, fresh);

  for (guint i = 0; i < short_list->len; i++)
    {
      VdStation *s = short_list->pdata[i];

      if (i > 0)
        g_string_append (names, "、");
      g_string_append_printf (names, "%s (%u)", s->name, s->n_running_projects);
    }
  if (short_list->len == 0)
    g_string_append (names, _("None: every active station runs at least 3"));
  {
    g_autofree char *escaped = g_markup_escape_text (names->str, -1);
    adw_action_row_set_subtitle (self->short_row, escaped);
  }
}

static void
clear (VdPlacesView *self)
{
  GtkWidget *child;

  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (self->subdistricts_group, self->rows->pdata[i]);
  g_ptr_array_set_size (self->rows, 0);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->communities_box))) != NULL)
    gtk_box_remove (self->communities_box, child);
}

void
vd_places_view_refresh (VdPlacesView *self)
{
  gboolean archived = gtk_check_button_get_active (self->archived_check);
  g_autoptr(GPtrArray) communities = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (VD_IS_PLACES_VIEW (self));

  clear (self);
  if (self->database == NULL)
    return;

  g_clear_pointer (&self->subdistricts, g_ptr_array_unref);
  self->subdistricts = vd_places_list_subdistricts (self->database, TRUE, &error);
  communities = self->subdistricts != NULL
                ? vd_places_list_communities (self->database, 0, archived, &error) : NULL;
  if (communities == NULL)
    {
      add_toast (self, error->message);
      return;
    }
  show_figures (self);

  for (guint i = 0; i < self->subdistricts->len; i++)
    {
      VdSubdistrict *s = self->subdistricts->pdata[i];
      g_autofree char *title = g_markup_escape_text (s->name, -1);
      g_autofree char *subtitle = NULL;
      GtkWidget *group, *add, *row;
      guint n = 0, covered = 0;

      if (s->archived && !archived)
        continue;
      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      subtitle = g_strdup_printf (ngettext ("%s · %u community", "%s · %u communities",
                                            s->n_communities),
                                  s->township ? _("Township") : C_("place kind", "Sub-district"),
                                  s->n_communities);
      if (s->archived)
        {
          g_autofree char *with = g_strdup_printf ("%s · %s", subtitle, _("Archived"));
          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), with);
          gtk_widget_add_css_class (row, "dim-label");
        }
      else
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      add_row_buttons (self, ADW_ACTION_ROW (row), PLACE_SUBDISTRICT, s->id, s->name, s->township,
                       s->archived, 0);
      adw_preferences_group_add (self->subdistricts_group, row);
      g_ptr_array_add (self->rows, row);

      /* Its communities, in a group of their own. */
      group = adw_preferences_group_new ();
      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
      add = gtk_button_new ();
      gtk_button_set_child (GTK_BUTTON (add), adw_button_content_new ());
      adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (gtk_button_get_child (GTK_BUTTON (add))),
                                        "list-add-symbolic");
      adw_button_content_set_label (ADW_BUTTON_CONTENT (gtk_button_get_child (GTK_BUTTON (add))),
                                    _("Add Community…"));
      gtk_widget_add_css_class (add, "flat");
      gtk_widget_set_valign (add, GTK_ALIGN_CENTER);
      gtk_widget_set_sensitive (add, !s->archived);
      g_object_set_data (G_OBJECT (add), "subdistrict", GSIZE_TO_POINTER ((gsize)s->id));
      g_signal_connect (add, "clicked", G_CALLBACK (on_add_community_cb), self);
      adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), add);

      for (guint j = 0; j < communities->len; j++)
        {
          VdCommunity *c = communities->pdata[j];
          g_autofree char *name = NULL;
          GtkWidget *crow, *icon;

          if (c->subdistrict_id != s->id)
            continue;
          n++;
          covered += c->covered && !c->archived;
          crow = adw_action_row_new ();
          name = g_markup_escape_text (c->name, -1);
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (crow), name);
          if (c->archived)
            adw_action_row_set_subtitle (ADW_ACTION_ROW (crow), _("Archived: not counted"));
          else
            adw_action_row_set_subtitle (ADW_ACTION_ROW (crow),
                                         c->covered ? _("Covered by a community station")
                                                    : _("No active community station"));
          icon = gtk_image_new_from_icon_name (c->covered ? "emblem-ok-symbolic"
                                                          : "dialog-warning-symbolic");
          gtk_widget_add_css_class (icon, c->covered ? "success" : "warning");
          if (c->archived)
            gtk_widget_add_css_class (crow, "dim-label");
          adw_action_row_add_prefix (ADW_ACTION_ROW (crow), icon);
          add_row_buttons (self, ADW_ACTION_ROW (crow), PLACE_COMMUNITY, c->id, c->name, c->village,
                           c->archived, c->subdistrict_id);
          {
            GtkWidget *button = add_button (ADW_ACTION_ROW (crow), "starred-symbolic",
                                            _("Commendations…"));

            attach_place (button, PLACE_COMMUNITY, c->id, c->name, c->village, c->archived,
                          c->subdistrict_id);
            g_signal_connect (button, "clicked", G_CALLBACK (on_commendations_clicked_cb), self);
          }
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), crow);
        }
      {
        /* Translators: communities of a sub-district, and how many are covered */
        g_autofree char *description = g_strdup_printf (_("%u covered of %u"), covered, n);
        adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
      }
      gtk_box_append (self->communities_box, group);
    }
}

/* Callbacks and actions */

static void
on_archived_toggled_cb (VdPlacesView *self)
{
  vd_places_view_refresh (self);
}

static void
add_subdistrict_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  VdPlacesView *self = VD_PLACES_VIEW (widget);

  if (self->database != NULL)
    open_place_form (self, PLACE_SUBDISTRICT, 0, "", FALSE, 0);
}

/* GObject */

static void
vd_places_view_dispose (GObject *object)
{
  VdPlacesView *self = VD_PLACES_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), VD_TYPE_PLACES_VIEW);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->subdistricts, g_ptr_array_unref);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (vd_places_view_parent_class)->dispose (object);
}

static void
vd_places_view_class_init (VdPlacesViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vd_places_view_dispose;

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/vd-places-view.ui");
  gtk_widget_class_bind_template_child (widget_class, VdPlacesView, coverage_row);
  gtk_widget_class_bind_template_child (widget_class, VdPlacesView, coverage_label);
  gtk_widget_class_bind_template_child (widget_class, VdPlacesView, types_row);
  gtk_widget_class_bind_template_child (widget_class, VdPlacesView, new_row);
  gtk_widget_class_bind_template_child (widget_class, VdPlacesView, short_row);
  gtk_widget_class_bind_template_child (widget_class, VdPlacesView, subdistricts_group);
  gtk_widget_class_bind_template_child (widget_class, VdPlacesView, archived_check);
  gtk_widget_class_bind_template_child (widget_class, VdPlacesView, communities_box);
  gtk_widget_class_bind_template_callback (widget_class, on_archived_toggled_cb);

  gtk_widget_class_install_action (widget_class, "places.add-subdistrict", NULL,
                                   add_subdistrict_action);
}

static void
vd_places_view_init (VdPlacesView *self)
{
  self->rows = g_ptr_array_new ();
  self->subdistricts = g_ptr_array_new_with_free_func ((GDestroyNotify)vd_subdistrict_free);
  gtk_widget_init_template (GTK_WIDGET (self));
}

void
vd_places_view_set_database (VdPlacesView *self,
                             VdDatabase   *database)
{
  g_return_if_fail (VD_IS_PLACES_VIEW (self));

  if (g_set_object (&self->database, database))
    vd_places_view_refresh (self);
}
