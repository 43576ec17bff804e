/* vd-volunteer-form.c — the fields of a volunteer, judged by the register as typed
 *
 * The register's own check (vd_register_check) judges the form shortly after each
 * change, on a copy: what the user types stays as typed, and is normalized only on
 * the way into the database. A field shows its message once the user has been
 * there, so that a new, empty form is not red all over.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vd-volunteer-form"

#include "config.h"

#include <glib/gi18n.h>

#include "vd-date.h"
#include "vd-identity.h"
#include "vd-lookup.h"
#include "vd-register.h"
#include "vd-volunteer-columns.h"
#include "vd-volunteer-form.h"

/* Long enough not to judge every keystroke, short enough to feel immediate. */
#define CHECK_DELAY_MS 200

/* The register's length limits for the one-line texts (vd-register.c): the entry
 * refuses more, so that its message never has to point at one of several rows. */
#define MAX_TEXT_CHARS 500
#define MAX_CONTACT_CHARS 64

struct _VdVolunteerForm
{
  AdwPreferencesPage  parent_instance;

  VdDatabase         *database;
  VdVolunteer        *volunteer;       /* the one edited, NULL for a new one */
  GArray             *community_ids;   /* gint64 per combo position; 0 = none */
  GArray             *station_ids;
  char               *initial_state;   /* form_state () after loading */
  char               *hint;
  guint               check_source;
  gint64              duplicate_id;
  gboolean            loading;
  gboolean            valid;
  gboolean            touched[VD_VOLUNTEER_N_FIELDS];

  /* Per field: the row marked as wrong, and the label that carries its message
   * (NULL where the message replaces the row's subtitle). */
  GtkWidget          *message_rows[VD_VOLUNTEER_N_FIELDS];
  GtkLabel           *message_labels[VD_VOLUNTEER_N_FIELDS];

  AdwEntryRow        *name_row;
  GtkLabel           *name_error;
  AdwComboRow        *id_type_row;
  AdwEntryRow        *id_number_row;
  GtkLabel           *id_number_error;
  GtkButton          *open_duplicate_button;
  AdwActionRow       *derived_row;
  AdwEntryRow        *phone_row;
  GtkLabel           *phone_error;
  AdwEntryRow        *emergency_contact_row;
  AdwEntryRow        *emergency_phone_row;
  GtkLabel           *emergency_phone_error;
  AdwComboRow        *political_row;
  AdwEntryRow        *education_row;
  AdwEntryRow        *employer_row;
  AdwEntryRow        *skills_row;
  AdwComboRow        *community_row;
  AdwComboRow        *station_row;
  AdwEntryRow        *registered_on_row;
  GtkLabel           *registered_on_error;
  AdwEntryRow        *platform_no_row;
  GtkLabel           *platform_no_error;
  GtkTextView        *notes_view;
  GtkLabel           *notes_error;
};

G_DEFINE_FINAL_TYPE (VdVolunteerForm, vd_volunteer_form, ADW_TYPE_PREFERENCES_PAGE)

enum {
  PROP_0,
  PROP_VALID,
  PROP_HINT,
  N_PROPS
};

enum {
  ACTIVATE,
  OPEN_VOLUNTEER,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const char *
entry_text (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static void
set_entry_text (AdwEntryRow *row,
                const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

static char *
notes_text (VdVolunteerForm *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  GtkTextIter start;
  GtkTextIter end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
replace_string (char       **field,
                const char  *value)
{
  char *copy = g_strdup (value);

  g_free (*field);
  *field = copy;
}

static gint64
selected_id (AdwComboRow *row,
             GArray      *ids)
{
  guint selected = adw_combo_row_get_selected (row);

  if (selected >= ids->len)
    return 0;
  return g_array_index (ids, gint64, selected);
}

static void
select_id (AdwComboRow *row,
           GArray      *ids,
           gint64       id)
{
  guint i;

  for (i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      {
        adw_combo_row_set_selected (row, i);
        return;
      }
  adw_combo_row_set_selected (row, 0);
}

/* Lookups: "None", then the stations or communities; one that is no longer listed
 * (an archived community) stays choosable for the volunteer who has it. */
static void
fill_lookup (VdVolunteerForm *self,
             AdwComboRow     *row,
             VdLookupKind     kind,
             GArray          *ids,
             gint64           current_id,
             const char      *current_name)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;
  gint64 none = 0;
  gboolean found = current_id == 0;
  guint i;

  g_array_set_size (ids, 0);
  gtk_string_list_append (names, _("None"));
  g_array_append_val (ids, none);

  items = vd_lookup_list (self->database, kind, &error);
  if (items == NULL)
    {
      g_warning ("Cannot list the choices of “%s”: %s",
                 adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), error->message);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), error->message);
    }
  for (i = 0; items != NULL && i < items->len; i++)
    {
      VdLookupItem *item = g_ptr_array_index (items, i);

      gtk_string_list_append (names, item->name);
      g_array_append_val (ids, item->id);
      found = found || item->id == current_id;
    }
  if (!found)
    {
      gtk_string_list_append (names, current_name != NULL && current_name[0] != '\0'
                                     ? current_name : _("Unknown"));
      g_array_append_val (ids, current_id);
    }

  adw_combo_row_set_model (row, G_LIST_MODEL (names));
}

static void
write_fields (VdVolunteerForm *self,
              VdVolunteer     *v)
{
  VdIdType id_type = VD_ID_TYPE_RESIDENT;

  self->loading = TRUE;

  set_entry_text (self->name_row, v->name);
  vd_id_type_from_code (v->id_type, &id_type);
  adw_combo_row_set_selected (self->id_type_row, id_type);
  set_entry_text (self->id_number_row, v->id_number);
  set_entry_text (self->phone_row, v->phone);
  adw_combo_row_set_selected (self->political_row, v->political);
  set_entry_text (self->education_row, v->education);
  set_entry_text (self->employer_row, v->employer);
  set_entry_text (self->skills_row, v->skills);
  select_id (self->community_row, self->community_ids, v->community_id);
  select_id (self->station_row, self->station_ids, v->station_id);
  set_entry_text (self->registered_on_row, v->registered_on);
  set_entry_text (self->platform_no_row, v->platform_no);
  set_entry_text (self->emergency_contact_row, v->emergency_contact);
  set_entry_text (self->emergency_phone_row, v->emergency_phone);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view),
                            v->notes != NULL ? v->notes : "", -1);

  self->loading = FALSE;
}

/* Everything the user can change, to tell whether closing loses anything. */
static char *
form_state (VdVolunteerForm *self)
{
  g_autofree char *notes = notes_text (self);
  g_autofree char *places =
    g_strdup_printf ("%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT,
                     selected_id (self->community_row, self->community_ids),
                     selected_id (self->station_row, self->station_ids));
  g_autofree char *choices =
    g_strdup_printf ("%u:%u", adw_combo_row_get_selected (self->id_type_row),
                     adw_combo_row_get_selected (self->political_row));

  return g_strjoin ("\x1f",
                    entry_text (self->name_row),
                    choices,
                    entry_text (self->id_number_row),
                    entry_text (self->phone_row),
                    entry_text (self->education_row),
                    entry_text (self->employer_row),
                    entry_text (self->skills_row),
                    places,
                    entry_text (self->registered_on_row),
                    entry_text (self->platform_no_row),
                    entry_text (self->emergency_contact_row),
                    entry_text (self->emergency_phone_row),
                    notes,
                    NULL);
}

/* Messages */

static void
show_message (VdVolunteerForm  *self,
              VdVolunteerField  field,
              const char       *message)
{
  GtkWidget *row = self->message_rows[field];
  GtkLabel *label = self->message_labels[field];

  if (label != NULL)
    {
      gtk_label_set_label (label, message != NULL ? message : "");
      gtk_widget_set_visible (GTK_WIDGET (label), message != NULL);
      gtk_widget_remove_css_class (GTK_WIDGET (label), "warning");
      gtk_widget_add_css_class (GTK_WIDGET (label), "error");
      if (row == NULL)
        return;
      if (message != NULL)
        gtk_widget_add_css_class (row, "error");
      else
        gtk_widget_remove_css_class (row, "error");
      return;
    }

  /* A combo row has a subtitle for it, as in the preferences. */
  if (message != NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (message, -1);

      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped);
      gtk_widget_add_css_class (row, "invalid");
    }
  else if (gtk_widget_has_css_class (row, "invalid"))
    {
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), NULL);
      gtk_widget_remove_css_class (row, "invalid");
    }
}

/* Another volunteer with the same phone is allowed (a family's shared phone), but
 * worth a second look. */
static void
show_phone_warning (VdVolunteerForm *self)
{
  gtk_label_set_label (self->phone_error, _("Another volunteer has this phone number"));
  gtk_widget_remove_css_class (GTK_WIDGET (self->phone_error), "error");
  gtk_widget_add_css_class (GTK_WIDGET (self->phone_error), "warning");
  gtk_widget_set_visible (GTK_WIDGET (self->phone_error), TRUE);
}

static void
show_derived (VdVolunteerForm        *self,
              VdVolunteer            *v,
              const VdVolunteerCheck *check)
{
  gboolean number_ok = check->messages[VD_VOLUNTEER_FIELD_ID_NUMBER] == NULL ||
                       check->duplicate_id != 0;
  g_autofree char *text = NULL;

  if (number_ok && v->birth_date != NULL && g_strcmp0 (v->gender, "unknown") != 0 &&
      g_strcmp0 (v->id_type, vd_id_type_to_code (VD_ID_TYPE_RESIDENT)) == 0)
    /* Translators: the gender and the birth date read from an ID number,
     * e.g. "Female · born 1949-12-31" */
    text = g_strdup_printf (_("%s · born %s"), vd_gender_get_label (v->gender), v->birth_date);

  if (text != NULL)
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->derived_row), text);
  gtk_widget_set_visible (GTK_WIDGET (self->derived_row), text != NULL);
}

static void
set_outcome (VdVolunteerForm *self,
             gboolean         valid,
             const char      *hint)
{
  if (self->valid != valid)
    {
      self->valid = valid;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALID]);
    }
  if (g_strcmp0 (self->hint, hint) != 0)
    {
      g_free (self->hint);
      self->hint = g_strdup (hint);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HINT]);
    }
}

gboolean
vd_volunteer_form_check (VdVolunteerForm *self)
{
  g_autoptr(VdVolunteer) v = NULL;
  const char *first_hidden = NULL;
  VdVolunteerCheck check;
  gboolean ok;
  guint i;

  g_return_val_if_fail (VD_IS_VOLUNTEER_FORM (self), FALSE);
  g_return_val_if_fail (self->database != NULL, FALSE);

  g_clear_handle_id (&self->check_source, g_source_remove);

  v = vd_volunteer_form_read (self);
  ok = vd_register_check (self->database, v, NULL, &check);
  for (i = 0; i < VD_VOLUNTEER_N_FIELDS; i++)
    {
      show_message (self, i, self->touched[i] ? check.messages[i] : NULL);
      if (!self->touched[i] && first_hidden == NULL)
        first_hidden = check.messages[i];
    }

  self->duplicate_id = self->touched[VD_VOLUNTEER_FIELD_ID_NUMBER] ? check.duplicate_id : 0;
  gtk_widget_set_visible (GTK_WIDGET (self->open_duplicate_button), self->duplicate_id != 0);

  if (self->touched[VD_VOLUNTEER_FIELD_PHONE] &&
      check.messages[VD_VOLUNTEER_FIELD_PHONE] == NULL && check.same_phone_id != 0)
    show_phone_warning (self);

  show_derived (self, v, &check);
  set_outcome (self, ok, first_hidden);

  vd_volunteer_check_clear (&check);
  return ok;
}

static gboolean
check_timeout_cb (gpointer user_data)
{
  VdVolunteerForm *self = user_data;

  self->check_source = 0;
  vd_volunteer_form_check (self);
  return G_SOURCE_REMOVE;
}

static void
field_changed (VdVolunteerForm  *self,
               VdVolunteerField  field)
{
  if (self->loading || self->database == NULL)
    return;

  self->touched[field] = TRUE;
  g_clear_handle_id (&self->check_source, g_source_remove);
  self->check_source = g_timeout_add (CHECK_DELAY_MS, check_timeout_cb, self);
}

static VdVolunteerField
field_of (VdVolunteerForm *self,
          gpointer         widget)
{
  if (widget == self->name_row)
    return VD_VOLUNTEER_FIELD_NAME;
  if (widget == self->id_type_row)
    return VD_VOLUNTEER_FIELD_ID_TYPE;
  if (widget == self->id_number_row)
    return VD_VOLUNTEER_FIELD_ID_NUMBER;
  if (widget == self->phone_row)
    return VD_VOLUNTEER_FIELD_PHONE;
  if (widget == self->political_row)
    return VD_VOLUNTEER_FIELD_POLITICAL;
  if (widget == self->community_row)
    return VD_VOLUNTEER_FIELD_COMMUNITY;
  if (widget == self->station_row)
    return VD_VOLUNTEER_FIELD_STATION;
  if (widget == self->registered_on_row)
    return VD_VOLUNTEER_FIELD_REGISTERED_ON;
  if (widget == self->platform_no_row)
    return VD_VOLUNTEER_FIELD_PLATFORM_NO;
  if (widget == self->emergency_phone_row)
    return VD_VOLUNTEER_FIELD_EMERGENCY_PHONE;
  return VD_VOLUNTEER_FIELD_TEXT;
}

static void
on_entry_changed_cb (GtkEditable     *editable,
                     VdVolunteerForm *self)
{
  field_changed (self, field_of (self, editable));
}

static void
on_combo_changed_cb (AdwComboRow     *row,
                     GParamSpec      *pspec,
                     VdVolunteerForm *self)
{
  VdVolunteerField field = field_of (self, row);

  /* Another document type judges the number anew. */
  if (field == VD_VOLUNTEER_FIELD_ID_TYPE && entry_text (self->id_number_row)[0] != '\0')
    field_changed (self, VD_VOLUNTEER_FIELD_ID_NUMBER);
  field_changed (self, field);
}

static void
on_notes_changed_cb (VdVolunteerForm *self)
{
  field_changed (self, VD_VOLUNTEER_FIELD_TEXT);
}

static void
on_entry_activated_cb (VdVolunteerForm *self)
{
  g_signal_emit (self, signals[ACTIVATE], 0);
}

static void
on_open_duplicate_clicked_cb (VdVolunteerForm *self)
{
  if (self->duplicate_id != 0)
    g_signal_emit (self, signals[OPEN_VOLUNTEER], 0, self->duplicate_id);
}

/* Public */

void
vd_volunteer_form_load (VdVolunteerForm *self,
                        VdDatabase      *db,
                        VdVolunteer     *volunteer)
{
  g_autoptr(VdVolunteer) fresh = NULL;
  VdVolunteer *shown;
  guint i;

  g_return_if_fail (VD_IS_VOLUNTEER_FORM (self));
  g_return_if_fail (VD_IS_DATABASE (db));
  g_return_if_fail (volunteer == NULL || VD_IS_VOLUNTEER (volunteer));

  g_set_object (&self->database, db);
  /* A copy: the caller's object may be a list's cached row. */
  g_clear_object (&self->volunteer);
  if (volunteer != NULL)
    self->volunteer = vd_volunteer_copy (volunteer);

  if (self->volunteer != NULL)
    shown = self->volunteer;
  else
    {
      GDate today;

      fresh = vd_volunteer_new ();
      g_date_clear (&today, 1);
      vd_date_set_today (&today);
      g_free (fresh->registered_on);
      fresh->registered_on = vd_date_to_iso (&today);
      shown = fresh;
    }

  self->loading = TRUE;
  fill_lookup (self, self->community_row, VD_LOOKUP_COMMUNITIES, self->community_ids,
               shown->community_id, shown->community_name);
  fill_lookup (self, self->station_row, VD_LOOKUP_STATIONS, self->station_ids,
               shown->station_id, shown->station_name);
  write_fields (self, shown);
  g_free (self->initial_state);
  self->initial_state = form_state (self);

  /* A saved volunteer should already be right: any problem is worth showing now. */
  for (i = 0; i < VD_VOLUNTEER_N_FIELDS; i++)
    self->touched[i] = self->volunteer != NULL;
  vd_volunteer_form_check (self);
}

VdVolunteer *
vd_volunteer_form_read (VdVolunteerForm *self)
{
  VdVolunteer *v;
  g_autofree char *notes = NULL;
  const char *date_text;
  guint selected;
  GDate date;

  g_return_val_if_fail (VD_IS_VOLUNTEER_FORM (self), NULL);

  v = self->volunteer != NULL ? vd_volunteer_copy (self->volunteer) : vd_volunteer_new ();
  notes = notes_text (self);

  replace_string (&v->name, entry_text (self->name_row));
  selected = adw_combo_row_get_selected (self->id_type_row);
  replace_string (&v->id_type, vd_id_type_to_code (selected < VD_N_ID_TYPES
                                                   ? (VdIdType) selected
                                                   : VD_ID_TYPE_RESIDENT));
  replace_string (&v->id_number, entry_text (self->id_number_row));
  replace_string (&v->phone, entry_text (self->phone_row));
  selected = adw_combo_row_get_selected (self->political_row);
  if (selected < VD_N_POLITICAL)
    v->political = selected;
  replace_string (&v->education, entry_text (self->education_row));
  replace_string (&v->employer, entry_text (self->employer_row));
  replace_string (&v->skills, entry_text (self->skills_row));
  v->community_id = selected_id (self->community_row, self->community_ids);
  v->station_id = selected_id (self->station_row, self->station_ids);

  /* Any date vd_date_parse reads is fine; the register stores it as YYYY-MM-DD. */
  date_text = entry_text (self->registered_on_row);
  g_date_clear (&date, 1);
  if (vd_date_parse (date_text, &date))
    {
      g_free (v->registered_on);
      v->registered_on = vd_date_to_iso (&date);
    }
  else
    replace_string (&v->registered_on, date_text);

  replace_string (&v->platform_no, entry_text (self->platform_no_row));
  replace_string (&v->emergency_contact, entry_text (self->emergency_contact_row));
  replace_string (&v->emergency_phone, entry_text (self->emergency_phone_row));
  replace_string (&v->notes, notes);

  return v;
}

void
vd_volunteer_form_reveal_messages (VdVolunteerForm *self)
{
  guint i;

  g_return_if_fail (VD_IS_VOLUNTEER_FORM (self));

  for (i = 0; i < VD_VOLUNTEER_N_FIELDS; i++)
    self->touched[i] = TRUE;
  vd_volunteer_form_check (self);

  for (i = 0; i < VD_VOLUNTEER_N_FIELDS; i++)
    {
      GtkLabel *label = self->message_labels[i];
      GtkWidget *row = self->message_rows[i];

      if ((label != NULL && gtk_widget_get_visible (GTK_WIDGET (label))) ||
          (label == NULL && row != NULL && gtk_widget_has_css_class (row, "invalid")))
        {
          gtk_widget_grab_focus (row != NULL ? row : GTK_WIDGET (self->notes_view));
          return;
        }
    }
}

gboolean
vd_volunteer_form_is_checking (VdVolunteerForm *self)
{
  g_return_val_if_fail (VD_IS_VOLUNTEER_FORM (self), FALSE);

  return self->check_source != 0;
}

gboolean
vd_volunteer_form_get_valid (VdVolunteerForm *self)
{
  g_return_val_if_fail (VD_IS_VOLUNTEER_FORM (self), FALSE);

  return self->valid;
}

const char *
vd_volunteer_form_get_hint (VdVolunteerForm *self)
{
  g_return_val_if_fail (VD_IS_VOLUNTEER_FORM (self), NULL);

  return self->hint;
}

gboolean
vd_volunteer_form_has_changes (VdVolunteerForm *self)
{
  g_autofree char *state = NULL;

  g_return_val_if_fail (VD_IS_VOLUNTEER_FORM (self), FALSE);

  state = form_state (self);
  return g_strcmp0 (state, self->initial_state) != 0;
}

/* GObject */

static gboolean
vd_volunteer_form_grab_focus (GtkWidget *widget)
{
  VdVolunteerForm *self = VD_VOLUNTEER_FORM (widget);

  /* The name comes first, in a new form as in a changed one. */
  return gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

static void
vd_volunteer_form_dispose (GObject *object)
{
  VdVolunteerForm *self = VD_VOLUNTEER_FORM (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), VD_TYPE_VOLUNTEER_FORM);
  g_clear_handle_id (&self->check_source, g_source_remove);
  g_clear_pointer (&self->community_ids, g_array_unref);
  g_clear_pointer (&self->station_ids, g_array_unref);
  g_clear_pointer (&self->initial_state, g_free);
  g_clear_pointer (&self->hint, g_free);
  g_clear_object (&self->volunteer);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (vd_volunteer_form_parent_class)->dispose (object);
}

static void
vd_volunteer_form_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  VdVolunteerForm *self = VD_VOLUNTEER_FORM (object);

  switch (prop_id)
    {
    case PROP_VALID:
      g_value_set_boolean (value, self->valid);
      break;

    case PROP_HINT:
      g_value_set_string (value, self->hint);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vd_volunteer_form_class_init (VdVolunteerFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vd_volunteer_form_dispose;
  object_class->get_property = vd_volunteer_form_get_property;

  widget_class->grab_focus = vd_volunteer_form_grab_focus;

  properties[PROP_VALID] =
    g_param_spec_boolean ("valid", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE |
                           G_PARAM_EXPLICIT_NOTIFY |
                           G_PARAM_STATIC_STRINGS));

  properties[PROP_HINT] =
    g_param_spec_string ("hint", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * VdVolunteerForm::activate:
   *
   * Enter was pressed in one of the fields.
   */
  signals[ACTIVATE] =
    g_signal_new ("activate",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  /**
   * VdVolunteerForm::open-volunteer:
   * @id: the volunteer who already has the ID number typed
   */
  signals[OPEN_VOLUNTEER] =
    g_signal_new ("open-volunteer",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/vd-volunteer-form.ui");
  gtk_widget_class_bind_template_child (widget_class, VdVolunteerForm, community_row);
  gtk_widget_class_bind_template_child (widget_class, VdVolunteerForm, derived_row);
  gtk_widget_class_bind_template_child (widget_class, VdVolunteerForm, education_row);
  gtk_widget_class_bind_template_child (widget_class, VdVolunteerForm, emergency_contact_row);
  gtk_widget_class_bind_template_child (widget_class, VdVolunteerForm, emergency_phone_error);
  gtk_widget_class_bind_template_child (widget_class, VdVolunteerForm, emergency_phone_row);
  gtk_widget_class_bind_template_child (widget_class, VdVolunteerForm, employer_row);
  gtk_widget_class_bind_template_child (widget_class, VdVolunteerForm, id_number_error);
  gtk_widget_class_bind_template_child (widget_class, VdVolunteerForm, id_number_row);
  gtk_widget_class_bind_template_child (widget_class, VdVolunteerForm, id_type_row);
  gtk_widget_class_bind_template_child (widget_class, VdVolunteerForm, name_error);
  gtk_widget_class_bind_template_child (widget_class, VdVolunteerForm, name_row);
  gtk_widget_class_bind_template_child (widget_class, VdVolunteerForm, notes_error);
  gtk_widget_class_bind_template_child (widget_class, VdVolunteerForm, notes_view);
  gtk_widget_class_bind_template_child (widget_class, VdVolunteerForm, open_duplicate_button);
  gtk_widget_class_bind_template_child (widget_class, VdVolunteerForm, phone_error);
  gtk_widget_class_bind_template_child (widget_class, VdVolunteerForm, phone_row);
  gtk_widget_class_bind_template_child (widget_class, VdVolunteerForm, platform_no_error);
  gtk_widget_class_bind_template_child (widget_class, VdVolunteerForm, platform_no_row);
  gtk_widget_class_bind_template_child (widget_class, VdVolunteerForm, political_row);
  gtk_widget_class_bind_template_child (widget_class, VdVolunteerForm, registered_on_error);
  gtk_widget_class_bind_template_child (widget_class, VdVolunteerForm, registered_on_row);
  gtk_widget_class_bind_template_child (widget_class, VdVolunteerForm, skills_row);
  gtk_widget_class_bind_template_child (widget_class, VdVolunteerForm, station_row);
  gtk_widget_class_bind_template_callback (widget_class, on_combo_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_open_duplicate_clicked_cb);
}

static void
limit_length (AdwEntryRow *row,
              int          max_chars)
{
  GtkEditable *delegate = gtk_editable_get_delegate (GTK_EDITABLE (row));

  if (GTK_IS_TEXT (delegate))
    gtk_text_set_max_length (GTK_TEXT (delegate), max_chars);
}

static void
vd_volunteer_form_init (VdVolunteerForm *self)
{
  g_autoptr(GtkStringList) id_types = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) politicals = gtk_string_list_new (NULL);
  guint i;

  /* Nothing reacts to the widgets until a volunteer is loaded. */
  self->loading = TRUE;
  self->community_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->station_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  gtk_widget_init_template (GTK_WIDGET (self));

  for (i = 0; i < VD_N_ID_TYPES; i++)
    gtk_string_list_append (id_types, vd_id_type_get_label (i));
  adw_combo_row_set_model (self->id_type_row, G_LIST_MODEL (id_types));
  for (i = 0; i < VD_N_POLITICAL; i++)
    gtk_string_list_append (politicals, vd_political_get_label (i));
  adw_combo_row_set_model (self->political_row, G_LIST_MODEL (politicals));

  limit_length (self->education_row, MAX_TEXT_CHARS);
  limit_length (self->employer_row, MAX_TEXT_CHARS);
  limit_length (self->skills_row, MAX_TEXT_CHARS);
  limit_length (self->emergency_contact_row, MAX_CONTACT_CHARS);

  self->message_rows[VD_VOLUNTEER_FIELD_NAME] = GTK_WIDGET (self->name_row);
  self->message_labels[VD_VOLUNTEER_FIELD_NAME] = self->name_error;
  self->message_rows[VD_VOLUNTEER_FIELD_ID_TYPE] = GTK_WIDGET (self->id_type_row);
  self->message_rows[VD_VOLUNTEER_FIELD_ID_NUMBER] = GTK_WIDGET (self->id_number_row);
  self->message_labels[VD_VOLUNTEER_FIELD_ID_NUMBER] = self->id_number_error;
  self->message_rows[VD_VOLUNTEER_FIELD_PHONE] = GTK_WIDGET (self->phone_row);
  self->message_labels[VD_VOLUNTEER_FIELD_PHONE] = self->phone_error;
  self->message_rows[VD_VOLUNTEER_FIELD_POLITICAL] = GTK_WIDGET (self->political_row);
  self->message_rows[VD_VOLUNTEER_FIELD_COMMUNITY] = GTK_WIDGET (self->community_row);
  self->message_rows[VD_VOLUNTEER_FIELD_STATION] = GTK_WIDGET (self->station_row);
  self->message_rows[VD_VOLUNTEER_FIELD_REGISTERED_ON] = GTK_WIDGET (self->registered_on_row);
  self->message_labels[VD_VOLUNTEER_FIELD_REGISTERED_ON] = self->registered_on_error;
  self->message_rows[VD_VOLUNTEER_FIELD_PLATFORM_NO] = GTK_WIDGET (self->platform_no_row);
  self->message_labels[VD_VOLUNTEER_FIELD_PLATFORM_NO] = self->platform_no_error;
  self->message_rows[VD_VOLUNTEER_FIELD_EMERGENCY_PHONE] = GTK_WIDGET (self->emergency_phone_row);
  self->message_labels[VD_VOLUNTEER_FIELD_EMERGENCY_PHONE] = self->emergency_phone_error;
  self->message_labels[VD_VOLUNTEER_FIELD_TEXT] = self->notes_error;

  g_signal_connect_object (gtk_text_view_get_buffer (self->notes_view), "changed",
                           G_CALLBACK (on_notes_changed_cb), self, G_CONNECT_SWAPPED);
}
