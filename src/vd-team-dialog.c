/* vd-team-dialog.c — the window that adds a team or changes one
 *
 * The core's own check (vd_teams_check) judges the fields shortly after each change;
 * a field shows its message once the user has been there, so that a new, empty form
 * is not red all over. Save checks everything at once and shows what is missing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vd-team-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "vd-date.h"
#include "vd-dialogs.h"
#include "vd-lookup.h"
#include "vd-team-dialog.h"

#define CHECK_DELAY_MS 200

struct _VdTeamDialog
{
  AdwWindow       parent_instance;

  VdDatabase     *database;
  VdTeam         *team;            /* the one edited, NULL for a new one */
  GArray         *category_ids;    /* gint64 per combo position */
  GArray         *station_ids;     /* 0 = none */
  GArray         *parent_ids;      /* 0 = none */
  char           *initial_state;
  guint           check_source;
  gboolean        loading;
  gboolean        discard;
  gboolean        touched[VD_TEAM_N_FIELDS];

  AdwWindowTitle *window_title;
  GtkButton      *save_button;
  AdwEntryRow    *name_row;
  GtkLabel       *name_error;
  AdwComboRow    *category_row;
  AdwEntryRow    *founded_row;
  GtkLabel       *founded_error;
  AdwComboRow    *station_row;
  AdwComboRow    *parent_row;
  GtkTextView    *notes_view;
  GtkLabel       *notes_error;
};

G_DEFINE_FINAL_TYPE (VdTeamDialog, vd_team_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_TEAM,
  N_PROPS
};

enum {
  SAVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Helpers */

static gint64
selected_id (AdwComboRow *row,
             GArray      *ids)
{
  guint selected = adw_combo_row_get_selected (row);

  return selected < ids->len ? g_array_index (ids, gint64, selected) : 0;
}

static void
select_id (AdwComboRow *row,
           GArray      *ids,
           gint64       id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      {
        adw_combo_row_set_selected (row, i);
        return;
      }
  adw_combo_row_set_selected (row, 0);
}

static void
append_choice (GtkStringList *names,
               GArray        *ids,
               gint64         id,
               const char    *name)
{
  gtk_string_list_append (names, name);
  g_array_append_val (ids, id);
}

static char *
notes_text (VdTeamDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  GtkTextIter start;
  GtkTextIter end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* The choices: team categories (archived ones only for the team that has one),
 * stations, and the teams that may be the parent: not this one nor any below it. */
static void
fill_choices (VdTeamDialog *self)
{
  g_autoptr(GtkStringList) categories = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) stations = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) parents = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) category_list = vd_team_categories_list (self->database, TRUE, NULL);
  g_autoptr(GPtrArray) station_list = vd_lookup_list (self->database, VD_LOOKUP_STATIONS, NULL);
  g_autoptr(GPtrArray) team_list = vd_teams_list (self->database, NULL, NULL);
  g_autoptr(GArray) below = NULL;
  gint64 own_category = self->team != NULL ? self->team->category_id : 0;
  gint64 own_station = self->team != NULL ? self->team->station_id : 0;
  gboolean station_listed = own_station == 0;

  if (self->team != NULL)
    below = vd_teams_dup_descendants (self->database, self->team->id, NULL);

  for (guint i = 0; category_list != NULL && i < category_list->len; i++)
    {
      VdTeamCategory *c = g_ptr_array_index (category_list, i);

      if (!c->archived || c->id == own_category)
        append_choice (categories, self->category_ids, c->id, c->name);
    }
  adw_combo_row_set_model (self->category_row, G_LIST_MODEL (categories));

  append_choice (stations, self->station_ids, 0, _("None"));
  for (guint i = 0; station_list != NULL && i < station_list->len; i++)
    {
      VdLookupItem *item = g_ptr_array_index (station_list, i);

      append_choice (stations, self->station_ids, item->id, item->name);
      station_listed = station_listed || item->id == own_station;
    }
  /* An archived station stays choosable for the team based there. */
  if (!station_listed)
    append_choice (stations, self->station_ids, own_station, self->team->station_name);
  adw_combo_row_set_model (self->station_row, G_LIST_MODEL (stations));

  append_choice (parents, self->parent_ids, 0, _("None"));
  for (guint i = 0; team_list != NULL && i < team_list->len; i++)
    {
      VdTeam *t = g_ptr_array_index (team_list, i);
      gboolean skip = FALSE;

      for (guint k = 0; below != NULL && k < below->len; k++)
        skip = skip || g_array_index (below, gint64, k) == t->id;
      if (!skip && (!t->archived || (self->team != NULL && t->id == self->team->parent_id)))
        append_choice (parents, self->parent_ids, t->id, t->name);
    }
  adw_combo_row_set_model (self->parent_row, G_LIST_MODEL (parents));
}

static VdTeam *
read_fields (VdTeamDialog *self)
{
  VdTeam *team = self->team != NULL ? vd_team_copy (self->team) : vd_team_new ();
  const char *founded = gtk_editable_get_text (GTK_EDITABLE (self->founded_row));
  g_autofree char *trimmed = g_strstrip (g_strdup (founded));
  GDate date;

  g_free (team->name);
  team->name = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row)));
  team->category_id = selected_id (self->category_row, self->category_ids);
  team->station_id = selected_id (self->station_row, self->station_ids);
  team->parent_id = selected_id (self->parent_row, self->parent_ids);
  g_free (team->notes);
  team->notes = notes_text (self);

  /* Any date vd_date_parse reads is fine (2023/5/4, 2023年5月4日); stored as ISO. */
  g_clear_pointer (&team->founded_on, g_free);
  g_date_clear (&date, 1);
  if (trimmed[0] == '\0')
    team->founded_on = NULL;
  else if (vd_date_parse (trimmed, &date))
    team->founded_on = vd_date_to_iso (&date);
  else
    team->founded_on = g_strdup (trimmed);
  return team;
}

static char *
form_state (VdTeamDialog *self)
{
  g_autofree char *notes = notes_text (self);
  g_autofree char *choices = g_strdup_printf ("%u:%u:%u",
                                              adw_combo_row_get_selected (self->category_row),
                                              adw_combo_row_get_selected (self->station_row),
                                              adw_combo_row_get_selected (self->parent_row));

  return g_strjoin ("\x1f", gtk_editable_get_text (GTK_EDITABLE (self->name_row)),
                    gtk_editable_get_text (GTK_EDITABLE (self->founded_row)),
                    choices, notes, NULL);
}

/* Messages */

static void
show_label_message (GtkLabel   *label,
                    GtkWidget  *row,
                    const char *message)
{
  gtk_label_set_label (label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), message != NULL);
  if (row == NULL)
    return;
  if (message != NULL)
    gtk_widget_add_css_class (row, "error");
  else
    gtk_widget_remove_css_class (row, "error");
}

static void
show_combo_message (AdwComboRow *row,
                    const char  *message)
{
  g_autofree char *escaped = message != NULL ? g_markup_escape_text (message, -1) : NULL;

  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped);
  if (message != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (row), "invalid");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (row), "invalid");
}

/* Judges the fields; shows the messages of those touched. TRUE when all is right. */
static gboolean
check_fields (VdTeamDialog *self)
{
  g_autoptr(VdTeam) team = read_fields (self);
  const char *hint = NULL;
  const char *shown[VD_TEAM_N_FIELDS];
  VdTeamCheck check;
  gboolean ok;

  g_clear_handle_id (&self->check_source, g_source_remove);
  ok = vd_teams_check (self->database, team, NULL, &check);
  for (guint i = 0; i < VD_TEAM_N_FIELDS; i++)
    {
      shown[i] = self->touched[i] ? check.messages[i] : NULL;
      if (hint == NULL && check.messages[i] != NULL)
        hint = check.messages[i];
    }

  show_label_message (self->name_error, GTK_WIDGET (self->name_row), shown[VD_TEAM_FIELD_NAME]);
  show_combo_message (self->category_row, shown[VD_TEAM_FIELD_CATEGORY]);
  show_label_message (self->founded_error, GTK_WIDGET (self->founded_row), shown[VD_TEAM_FIELD_FOUNDED_ON]);
  show_combo_message (self->station_row, shown[VD_TEAM_FIELD_STATION]);
  show_combo_message (self->parent_row, shown[VD_TEAM_FIELD_PARENT]);
  show_label_message (self->notes_error, NULL, shown[VD_TEAM_FIELD_NOTES]);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "team.save", ok);
  /* The button says why it cannot save yet, even for fields not visited. */
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->save_button), hint);
  vd_team_check_clear (&check);
  return ok;
}

static gboolean
check_timeout_cb (gpointer user_data)
{
  VdTeamDialog *self = user_data;

  self->check_source = 0;
  check_fields (self);
  return G_SOURCE_REMOVE;
}

/* Callbacks */

static void
on_field_changed_cb (VdTeamDialog *self,
                     gpointer      widget)
{
  VdTeamField field;

  if (self->loading)
    return;
  if (widget == self->name_row)
    field = VD_TEAM_FIELD_NAME;
  else if (widget == self->category_row)
    field = VD_TEAM_FIELD_CATEGORY;
  else if (widget == self->founded_row)
    field = VD_TEAM_FIELD_FOUNDED_ON;
  else if (widget == self->station_row)
    field = VD_TEAM_FIELD_STATION;
  else if (widget == self->parent_row)
    field = VD_TEAM_FIELD_PARENT;
  else
    field = VD_TEAM_FIELD_NOTES;

  self->touched[field] = TRUE;
  g_clear_handle_id (&self->check_source, g_source_remove);
  self->check_source = g_timeout_add (CHECK_DELAY_MS, check_timeout_cb, self);
}

static void
on_combo_changed_cb (VdTeamDialog *self,
                     GParamSpec   *pspec,
                     AdwComboRow  *row)
{
  on_field_changed_cb (self, row);
}

static void
on_notes_changed_cb (VdTeamDialog *self)
{
  on_field_changed_cb (self, self->notes_view);
}

static void
on_entry_activated_cb (VdTeamDialog *self)
{
  vd_team_dialog_save (self);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  vd_team_dialog_save (VD_TEAM_DIALOG (widget));
}

/* Closing */

static gboolean
close_idle_cb (gpointer user_data)
{
  gtk_window_close (GTK_WINDOW (user_data));
  return G_SOURCE_REMOVE;
}

static void
on_discard_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        VdTeamDialog     *self)
{
  if (g_strcmp0 (response, "discard") != 0)
    return;
  /* After the message dialog, which is transient for self, has gone. */
  self->discard = TRUE;
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, close_idle_cb, g_object_ref (self), g_object_unref);
}

static gboolean
vd_team_dialog_close_request (GtkWindow *window)
{
  VdTeamDialog *self = VD_TEAM_DIALOG (window);
  g_autofree char *state = form_state (self);

  if (!self->discard && g_strcmp0 (state, self->initial_state) != 0)
    {
      GtkWidget *dialog = vd_dialogs_new_question (window, _("Discard Changes?"),
                                                   self->team == NULL
                                                   ? _("The new team has not been saved.")
                                                   : _("The changes to this team have not been saved."),
                                                   "keep", _("_Keep Editing"),
                                                   "discard", _("_Discard"),
                                                   ADW_RESPONSE_DESTRUCTIVE);
      g_signal_connect_object (dialog, "response", G_CALLBACK (on_discard_response_cb), self, 0);
      gtk_window_present (GTK_WINDOW (dialog));
      return TRUE;
    }
  return GTK_WINDOW_CLASS (vd_team_dialog_parent_class)->close_request (window);
}

/* GObject */

static void
vd_team_dialog_constructed (GObject *object)
{
  VdTeamDialog *self = VD_TEAM_DIALOG (object);
  VdTeam *team = self->team;

  G_OBJECT_CLASS (vd_team_dialog_parent_class)->constructed (object);

  g_return_if_fail (self->database != NULL);

  gtk_window_set_title (GTK_WINDOW (self), team != NULL ? _("Edit Team") : _("New Team"));
  adw_window_title_set_title (self->window_title, gtk_window_get_title (GTK_WINDOW (self)));
  if (team != NULL)
    adw_window_title_set_subtitle (self->window_title, team->name);

  self->loading = TRUE;
  fill_choices (self);
  if (team != NULL)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->name_row), team->name);
      select_id (self->category_row, self->category_ids, team->category_id);
      gtk_editable_set_text (GTK_EDITABLE (self->founded_row),
                             team->founded_on != NULL ? team->founded_on : "");
      select_id (self->station_row, self->station_ids, team->station_id);
      select_id (self->parent_row, self->parent_ids, team->parent_id);
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view), team->notes, -1);
    }
  self->loading = FALSE;
  self->initial_state = form_state (self);

  /* A saved team should already be right: any problem is worth showing now. */
  for (guint i = 0; i < VD_TEAM_N_FIELDS; i++)
    self->touched[i] = team != NULL;
  check_fields (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

static void
vd_team_dialog_dispose (GObject *object)
{
  VdTeamDialog *self = VD_TEAM_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), VD_TYPE_TEAM_DIALOG);
  g_clear_handle_id (&self->check_source, g_source_remove);
  g_clear_pointer (&self->category_ids, g_array_unref);
  g_clear_pointer (&self->station_ids, g_array_unref);
  g_clear_pointer (&self->parent_ids, g_array_unref);
  g_clear_pointer (&self->initial_state, g_free);
  g_clear_object (&self->team);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (vd_team_dialog_parent_class)->dispose (object);
}

static void
vd_team_dialog_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  VdTeamDialog *self = VD_TEAM_DIALOG (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;

    case PROP_TEAM:
      g_value_set_object (value, self->team);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vd_team_dialog_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  VdTeamDialog *self = VD_TEAM_DIALOG (object);
  VdTeam *team;

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->database = g_value_dup_object (value);
      break;

    case PROP_TEAM:
      /* A copy: the caller's object is a row of its list. */
      team = g_value_get_object (value);
      self->team = team != NULL ? vd_team_copy (team) : NULL;
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vd_team_dialog_class_init (VdTeamDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = vd_team_dialog_constructed;
  object_class->dispose = vd_team_dialog_dispose;
  object_class->get_property = vd_team_dialog_get_property;
  object_class->set_property = vd_team_dialog_set_property;

  window_class->close_request = vd_team_dialog_close_request;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         VD_TYPE_DATABASE,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_TEAM] =
    g_param_spec_object ("team", NULL, NULL,
                         VD_TYPE_TEAM,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * VdTeamDialog::saved:
   * @id: the team's id
   */
  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/vd-team-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, VdTeamDialog, category_row);
  gtk_widget_class_bind_template_child (widget_class, VdTeamDialog, founded_error);
  gtk_widget_class_bind_template_child (widget_class, VdTeamDialog, founded_row);
  gtk_widget_class_bind_template_child (widget_class, VdTeamDialog, name_error);
  gtk_widget_class_bind_template_child (widget_class, VdTeamDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, VdTeamDialog, notes_error);
  gtk_widget_class_bind_template_child (widget_class, VdTeamDialog, notes_view);
  gtk_widget_class_bind_template_child (widget_class, VdTeamDialog, parent_row);
  gtk_widget_class_bind_template_child (widget_class, VdTeamDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, VdTeamDialog, station_row);
  gtk_widget_class_bind_template_child (widget_class, VdTeamDialog, window_title);
  gtk_widget_class_bind_template_callback (widget_class, on_combo_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed_cb);

  gtk_widget_class_install_action (widget_class, "team.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "team.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
vd_team_dialog_init (VdTeamDialog *self)
{
  self->loading = TRUE;
  self->category_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->station_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->parent_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (gtk_text_view_get_buffer (self->notes_view), "changed",
                           G_CALLBACK (on_notes_changed_cb), self, G_CONNECT_SWAPPED);
}

/* Public */

GtkWidget *
vd_team_dialog_new (GtkWindow  *parent,
                    VdDatabase *db,
                    VdTeam     *team)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (team == NULL || VD_IS_TEAM (team), NULL);

  return g_object_new (VD_TYPE_TEAM_DIALOG,
                       "transient-for", parent,
                       "database", db,
                       "team", team,
                       NULL);
}

void
vd_team_dialog_save (VdTeamDialog *self)
{
  g_autoptr(VdTeam) team = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  g_return_if_fail (VD_IS_TEAM_DIALOG (self));

  /* Everything typed counts, and every message shows. */
  for (guint i = 0; i < VD_TEAM_N_FIELDS; i++)
    self->touched[i] = TRUE;
  if (!check_fields (self))
    {
      if (gtk_widget_get_visible (GTK_WIDGET (self->name_error)))
        gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
      else if (gtk_widget_get_visible (GTK_WIDGET (self->founded_error)))
        gtk_widget_grab_focus (GTK_WIDGET (self->founded_row));
      return;
    }

  team = read_fields (self);
  ok = self->team == NULL ? vd_teams_insert (self->database, team, &error)
                          : vd_teams_update (self->database, team, &error);
  if (!ok)
    {
      vd_dialogs_show_message (GTK_WINDOW (self), _("Cannot Save the Team"), error->message);
      check_fields (self);
      return;
    }

  g_object_ref (self);
  self->discard = TRUE;
  g_signal_emit (self, signals[SAVED], 0, team->id);
  gtk_window_destroy (GTK_WINDOW (self));
  g_object_unref (self);
}
