/* vd-wish-card.c — one micro-wish on the board, with the actions its status allows
 *
 * The phone number is masked: the board is seen by whoever stands at the desk.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vd-wish-card"

#include "config.h"

#include <glib/gi18n.h>

#include "vd-identity.h"
#include "vd-record-item.h"
#include "vd-wish-card.h"

struct _VdWishCard
{
  AdwBin     parent_instance;

  gint64     id;

  GtkLabel  *content_label;
  GtkLabel  *requester_label;
  GtkLabel  *community_label;
  GtkLabel  *dates_label;
  GtkLabel  *claim_label;
  GtkLabel  *reason_label;
  GtkBox    *actions_box;
};

G_DEFINE_FINAL_TYPE (VdWishCard, vd_wish_card, ADW_TYPE_BIN)

static const char * const action_names[VD_N_WISH_ACTIONS] = {
  "wishes.approve", "wishes.reject", "wishes.publish", "wishes.claim", "wishes.release",
  "wishes.fulfil",
};

const char *
vd_wish_action_get_name (VdWishAction action)
{
  g_return_val_if_fail (action < VD_N_WISH_ACTIONS, NULL);
  return action_names[action];
}

const char *
vd_wish_action_get_label (VdWishAction action)
{
  switch (action)
    {
    case VD_WISH_ACTION_APPROVE:
      return _("_Approve");
    case VD_WISH_ACTION_REJECT:
      return _("_Reject…");
    case VD_WISH_ACTION_PUBLISH:
      return _("_Publish");
    case VD_WISH_ACTION_CLAIM:
      return _("_Claim…");
    case VD_WISH_ACTION_RELEASE:
      return _("R_elease…");
    case VD_WISH_ACTION_FULFIL:
      return _("_Fulfilled…");
    case VD_N_WISH_ACTIONS:
    default:
      g_return_val_if_reached (NULL);
    }
}

char *
vd_wish_format_dates (const VdWish *wish)
{
  g_autoptr(GString) dates = g_string_new (NULL);

  /* Translators: the dates of a micro-wish's steps, joined */
  g_string_append_printf (dates, _("Collected %s"), wish->collected_on);
  if (wish->status == VD_WISH_REJECTED && wish->reviewed_on != NULL)
    g_string_append_printf (dates, _(" · rejected %s"), wish->reviewed_on);
  else if (wish->reviewed_on != NULL)
    g_string_append_printf (dates, _(" · approved %s"), wish->reviewed_on);
  if (wish->published_on != NULL)
    g_string_append_printf (dates, _(" · published %s"), wish->published_on);
  if (wish->claimed_on != NULL)
    g_string_append_printf (dates, _(" · claimed %s"), wish->claimed_on);
  if (wish->fulfilled_on != NULL)
    g_string_append_printf (dates, _(" · fulfilled %s"), wish->fulfilled_on);
  return g_string_free (g_steal_pointer (&dates), FALSE);
}

char *
vd_wish_format_claimant (const VdWish *wish)
{
  if (wish->claimed_by_name == NULL)
    return g_strdup ("");
  if (wish->claimed_by_team_id != 0)
    return wish->party_claim
           /* Translators: who claimed a micro-wish; %s is a team */
           ? g_strdup_printf (_("%s (team, party members)"), wish->claimed_by_name)
           : g_strdup_printf (_("%s (team)"), wish->claimed_by_name);
  return wish->party_claim
         /* Translators: who claimed a micro-wish; %s is a volunteer */
         ? g_strdup_printf (_("%s (party member)"), wish->claimed_by_name)
         : g_strdup (wish->claimed_by_name);
}

static void
set_text (GtkLabel   *label,
          const char *text)
{
  gtk_label_set_label (label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL && *text != '\0');
}

static void
vd_wish_card_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), VD_TYPE_WISH_CARD);

  G_OBJECT_CLASS (vd_wish_card_parent_class)->dispose (object);
}

static void
vd_wish_card_class_init (VdWishCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vd_wish_card_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/vd-wish-card.ui");
  gtk_widget_class_bind_template_child (widget_class, VdWishCard, actions_box);
  gtk_widget_class_bind_template_child (widget_class, VdWishCard, claim_label);
  gtk_widget_class_bind_template_child (widget_class, VdWishCard, community_label);
  gtk_widget_class_bind_template_child (widget_class, VdWishCard, content_label);
  gtk_widget_class_bind_template_child (widget_class, VdWishCard, dates_label);
  gtk_widget_class_bind_template_child (widget_class, VdWishCard, reason_label);
  gtk_widget_class_bind_template_child (widget_class, VdWishCard, requester_label);
}

static void
vd_wish_card_init (VdWishCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
vd_wish_card_new (const VdWish *wish)
{
  VdWishCard *self = g_object_new (VD_TYPE_WISH_CARD, NULL);
  g_autofree char *phone = vd_mask_phone (wish->requester_phone);
  g_autofree char *requester = NULL;
  g_autofree char *dates = vd_wish_format_dates (wish);
  g_autofree char *claimant = vd_wish_format_claimant (wish);
  g_autofree char *claim = NULL;
  g_autofree char *reason = NULL;
  GtkWidget *edit;

  self->id = wish->id;
  requester = *phone != '\0' ? g_strdup_printf ("%s · %s", wish->requester_name, phone)
                             : g_strdup (wish->requester_name);
  if (*claimant != '\0')
    /* Translators: %s is who claimed the wish */
    claim = g_strdup_printf (_("Claimed by %s"), claimant);
  if (wish->reject_reason != NULL)
    /* Translators: %s is why a wish was rejected */
    reason = g_strdup_printf (_("Reason: %s"), wish->reject_reason);

  set_text (self->content_label, wish->content);
  set_text (self->requester_label, requester);
  set_text (self->community_label, wish->community_name);
  set_text (self->dates_label, dates);
  set_text (self->claim_label, claim);
  set_text (self->reason_label, reason);

  for (VdWishAction a = 0; a < VD_N_WISH_ACTIONS; a++)
    {
      GtkWidget *button;

      if (!vd_wish_action_allowed (wish->status, a))
        continue;
      button = gtk_button_new_with_mnemonic (vd_wish_action_get_label (a));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_names[a]);
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x", wish->id);
      gtk_widget_add_css_class (button, "small");
      if (a == VD_WISH_ACTION_APPROVE || a == VD_WISH_ACTION_PUBLISH || a == VD_WISH_ACTION_CLAIM ||
          a == VD_WISH_ACTION_FULFIL)
        gtk_widget_add_css_class (button, "suggested-action");
      gtk_box_append (self->actions_box, button);
    }
  edit = gtk_button_new_from_icon_name ("document-edit-symbolic");
  gtk_widget_set_tooltip_text (edit, _("Edit the wish"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (edit), "wishes.edit");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (edit), "x", wish->id);
  gtk_widget_add_css_class (edit, "flat");
  gtk_widget_set_hexpand (edit, TRUE);
  gtk_widget_set_halign (edit, GTK_ALIGN_END);
  gtk_box_append (self->actions_box, edit);
  return GTK_WIDGET (self);
}

gint64
vd_wish_card_get_id (VdWishCard *self)
{
  g_return_val_if_fail (VD_IS_WISH_CARD (self), 0);
  return self->id;
}

/* ---- the list's cells: the same wish as a row --------------------------------- */

static char *
content_text (gconstpointer r)
{
  return g_strdup (((const VdWish *)r)->content);
}

static char *
requester_text (gconstpointer r)
{
  return g_strdup (((const VdWish *)r)->requester_name);
}

static char *
phone_text (gconstpointer r)
{
  return vd_mask_phone (((const VdWish *)r)->requester_phone);
}

static char *
community_text (gconstpointer r)
{
  return g_strdup (((const VdWish *)r)->community_name);
}

static char *
status_text (gconstpointer r)
{
  return g_strdup (vd_wish_status_get_label (((const VdWish *)r)->status));
}

static char *
collected_text (gconstpointer r)
{
  return g_strdup (((const VdWish *)r)->collected_on);
}

static char *
claimant_text (gconstpointer r)
{
  return vd_wish_format_claimant (r);
}

static int
compare_collected (gconstpointer a,
                   gconstpointer b)
{
  return g_strcmp0 (((const VdWish *)a)->collected_on, ((const VdWish *)b)->collected_on);
}

static int
compare_status (gconstpointer a,
                gconstpointer b)
{
  return (int)((const VdWish *)a)->status - (int)((const VdWish *)b)->status;
}

static int
compare_community (gconstpointer a,
                   gconstpointer b)
{
  return g_utf8_collate (((const VdWish *)a)->community_name, ((const VdWish *)b)->community_name);
}

static int
compare_requester (gconstpointer a,
                   gconstpointer b)
{
  return g_utf8_collate (((const VdWish *)a)->requester_name, ((const VdWish *)b)->requester_name);
}

void
vd_wish_list_add_columns (GtkColumnView *view)
{
  g_return_if_fail (GTK_IS_COLUMN_VIEW (view));

  vd_column_view_add_text (view, _("Wish"), content_text, NULL, TRUE, FALSE);
  vd_column_view_add_text (view, _("Requester"), requester_text, compare_requester, FALSE, FALSE);
  vd_column_view_add_text (view, _("Phone"), phone_text, NULL, FALSE, FALSE);
  vd_column_view_add_text (view, _("Community"), community_text, compare_community, FALSE, FALSE);
  vd_column_view_add_text (view, _("Status"), status_text, compare_status, FALSE, FALSE);
  vd_column_view_add_text (view, C_("column", "Collected"), collected_text, compare_collected, FALSE, FALSE);
  vd_column_view_add_text (view, _("Claimed By"), claimant_text, NULL, FALSE, FALSE);
}
