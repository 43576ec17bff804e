/* vd-wishes.c — micro-wishes and their state machine
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "vd-audit.h"
#include "vd-date.h"
#include "vd-identity.h"
#include "vd-wishes.h"

G_DEFINE_QUARK (vd-wishes-error-quark, vd_wishes_error)

static const char * const status_codes[VD_N_WISH_STATUS] = {
  "collected", "approved", "rejected", "published", "claimed", "fulfilled",
};

static const char * const status_labels[VD_N_WISH_STATUS] = {
  N_("Collected"), N_("Approved"), N_("Rejected"), N_("Published"), N_("Claimed"), N_("Fulfilled"),
};

/* The state machine, the same as the trigger wishes_legal_transition. */
static const struct {
  VdWishStatus from;
  VdWishStatus to;
} transitions[VD_N_WISH_ACTIONS] = {
  [VD_WISH_ACTION_APPROVE] = { VD_WISH_COLLECTED, VD_WISH_APPROVED },
  [VD_WISH_ACTION_REJECT]  = { VD_WISH_COLLECTED, VD_WISH_REJECTED },
  [VD_WISH_ACTION_PUBLISH] = { VD_WISH_APPROVED, VD_WISH_PUBLISHED },
  [VD_WISH_ACTION_CLAIM]   = { VD_WISH_PUBLISHED, VD_WISH_CLAIMED },
  [VD_WISH_ACTION_RELEASE] = { VD_WISH_CLAIMED, VD_WISH_PUBLISHED },
  [VD_WISH_ACTION_FULFIL]  = { VD_WISH_CLAIMED, VD_WISH_FULFILLED },
};

/* Who may claim for the party figures: see VdWishStats in the header. */
#define PARTY_CLAIM_SQL \
  "(coalesce ((SELECT political_status = 'party_member' OR political_status = 'probationary' " \
  "            FROM volunteers WHERE id = w.claimed_by_volunteer_id), 0) " \
  " OR coalesce ((SELECT c.party FROM teams t JOIN categories c ON c.id = t.category_id " \
  "               WHERE t.id = w.claimed_by_team_id), 0))"

const char *
vd_wish_status_to_code (VdWishStatus status)
{
  g_return_val_if_fail (status < VD_N_WISH_STATUS, NULL);
  return status_codes[status];
}

gboolean
vd_wish_status_from_code (const char   *code,
                          VdWishStatus *out)
{
  for (guint i = 0; code != NULL && i < VD_N_WISH_STATUS; i++)
    if (strcmp (code, status_codes[i]) == 0)
      {
        *out = i;
        return TRUE;
      }
  return FALSE;
}

const char *
vd_wish_status_get_label (VdWishStatus status)
{
  g_return_val_if_fail (status < VD_N_WISH_STATUS, NULL);
  return g_dgettext (GETTEXT_PACKAGE, status_labels[status]);
}

gboolean
vd_wish_action_allowed (VdWishStatus status,
                        VdWishAction action)
{
  g_return_val_if_fail (action < VD_N_WISH_ACTIONS, FALSE);
  return transitions[action].from == status;
}

VdWishStatus
vd_wish_action_target (VdWishAction action)
{
  g_return_val_if_fail (action < VD_N_WISH_ACTIONS, VD_WISH_COLLECTED);
  return transitions[action].to;
}

VdWish *
vd_wish_new (void)
{
  VdWish *wish = g_new0 (VdWish, 1);
  GDate today;

  wish->content = g_strdup ("");
  wish->requester_name = g_strdup ("");
  wish->requester_phone = g_strdup ("");
  wish->community_name = g_strdup ("");
  vd_date_set_today (&today);
  wish->collected_on = vd_date_to_iso (&today);
  return wish;
}

void
vd_wish_free (VdWish *wish)
{
  if (wish == NULL)
    return;
  g_free (wish->content);
  g_free (wish->requester_name);
  g_free (wish->requester_phone);
  g_free (wish->community_name);
  g_free (wish->collected_on);
  g_free (wish->reviewed_on);
  g_free (wish->published_on);
  g_free (wish->claimed_on);
  g_free (wish->fulfilled_on);
  g_free (wish->reject_reason);
  g_free (wish->claimed_by_name);
  g_free (wish);
}

static char *
column_text_or_null (sqlite3_stmt *stmt,
                     int           column)
{
  if (sqlite3_column_type (stmt, column) == SQLITE_NULL)
    return NULL;
  return g_strdup ((const char *)sqlite3_column_text (stmt, column));
}

#define WISH_QUERY \
  "SELECT w.id, w.content, w.requester_name, w.requester_phone, w.community_id, " \
  "       coalesce (s.name || ' · ' || c.name, ''), w.status, w.collected_on, w.reviewed_on, " \
  "       w.published_on, w.claimed_on, w.fulfilled_on, w.reject_reason, " \
  "       coalesce (w.claimed_by_volunteer_id, 0), coalesce (w.claimed_by_team_id, 0), " \
  "       coalesce ((SELECT name FROM volunteers WHERE id = w.claimed_by_volunteer_id), " \
  "                 (SELECT name FROM teams WHERE id = w.claimed_by_team_id)), " \
  "       " PARTY_CLAIM_SQL " " \
  "FROM wishes w LEFT JOIN communities c ON c.id = w.community_id " \
  "LEFT JOIN subdistricts s ON s.id = c.subdistrict_id "

static VdWish *
wish_from_row (sqlite3_stmt *stmt)
{
  VdWish *wish = g_new0 (VdWish, 1);

  wish->id = sqlite3_column_int64 (stmt, 0);
  wish->content = g_strdup ((const char *)sqlite3_column_text (stmt, 1));
  wish->requester_name = g_strdup ((const char *)sqlite3_column_text (stmt, 2));
  wish->requester_phone = g_strdup ((const char *)sqlite3_column_text (stmt, 3));
  wish->community_id = sqlite3_column_int64 (stmt, 4);
  wish->community_name = g_strdup ((const char *)sqlite3_column_text (stmt, 5));
  if (!vd_wish_status_from_code ((const char *)sqlite3_column_text (stmt, 6), &wish->status))
    wish->status = VD_WISH_COLLECTED;
  wish->collected_on = g_strdup ((const char *)sqlite3_column_text (stmt, 7));
  wish->reviewed_on = column_text_or_null (stmt, 8);
  wish->published_on = column_text_or_null (stmt, 9);
  wish->claimed_on = column_text_or_null (stmt, 10);
  wish->fulfilled_on = column_text_or_null (stmt, 11);
  wish->reject_reason = column_text_or_null (stmt, 12);
  wish->claimed_by_volunteer_id = sqlite3_column_int64 (stmt, 13);
  wish->claimed_by_team_id = sqlite3_column_int64 (stmt, 14);
  wish->claimed_by_name = column_text_or_null (stmt, 15);
  wish->party_claim = sqlite3_column_int (stmt, 16) != 0;
  return wish;
}

VdWish *
vd_wishes_get (VdDatabase  *db,
               gint64       id,
               GError     **error)
{
  VdWish *wish = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);

  stmt = vd_database_prepare (db, WISH_QUERY "WHERE w.id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    wish = wish_from_row (stmt);
  sqlite3_finalize (stmt);
  if (rc == SQLITE_DONE)
    g_set_error (error, VD_WISHES_ERROR, VD_WISHES_ERROR_NOT_FOUND,
                 _("The micro-wish is no longer recorded."));
  else if (rc != SQLITE_ROW)
    vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
  return wish;
}

GPtrArray *
vd_wishes_list (VdDatabase          *db,
                const VdWishFilter  *filter,
                GError             **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify)vd_wish_free);
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);

  stmt = vd_database_prepare (db, WISH_QUERY
                              "WHERE (?1 IS NULL OR w.status = ?1) "
                              "  AND (?2 = 0 OR w.community_id = ?2) "
                              "  AND (?3 IS NULL OR (w.collected_on >= ?3 AND w.collected_on < ?4)) "
                              "  AND (?5 IS NULL OR instr (w.content, ?5) > 0 "
                              "       OR instr (w.requester_name, ?5) > 0 OR instr (w.requester_phone, ?5) > 0) "
                              "ORDER BY w.collected_on DESC, w.id DESC",
                              error);
  if (stmt == NULL)
    return NULL;
  if (filter != NULL && filter->status >= 0 && filter->status < VD_N_WISH_STATUS)
    sqlite3_bind_text (stmt, 1, status_codes[filter->status], -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, filter != NULL ? filter->community_id : 0);
  if (filter != NULL && filter->year > 0)
    {
      from = g_strdup_printf ("%04d-01-01", filter->year);
      to = g_strdup_printf ("%04d-01-01", filter->year + 1);
      sqlite3_bind_text (stmt, 3, from, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 4, to, -1, SQLITE_STATIC);
    }
  if (filter != NULL && filter->text != NULL && *filter->text != '\0')
    sqlite3_bind_text (stmt, 5, filter->text, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (list, wish_from_row (stmt));
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
      return NULL;
    }
  return g_steal_pointer (&list);
}

/* ---- checks ----------------------------------------------------------------- */

static void
replace (char **field,
         char  *value)
{
  g_free (*field);
  *field = value;
}

/* A landline: 0 and a 2–3 digit area code, then 7–8 digits; stored as 0371-66668888. */
static char *
normalize_landline (const char *input)
{
  g_autofree char *folded = g_utf8_normalize (input, -1, G_NORMALIZE_ALL_COMPOSE);
  g_autoptr(GString) digits = g_string_new (NULL);
  guint area;

  for (const char *p = folded; p != NULL && *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        g_string_append_c (digits, *p);
      else if (*p != ' ' && *p != '-' && *p != '(' && *p != ')')
        return NULL;
    }
  if (digits->len < 10 || digits->len > 12 || digits->str[0] != '0' || digits->str[1] == '0')
    return NULL;
  /* 010 and 02x are the three-digit codes (Beijing, Shanghai, Guangzhou …) */
  area = (digits->str[1] == '1' || digits->str[1] == '2') ? 3 : 4;
  if (digits->len - area < 7 || digits->len - area > 8)
    return NULL;
  return g_strdup_printf ("%.*s-%s", (int)area, digits->str, digits->str + area);
}

static gboolean
check_date (const char   *text,
            const GDate  *today,
            const char   *not_before,
            char        **iso,
            GError      **error)
{
  GDate date;
  GDate now;

  if (today == NULL)
    {
      vd_date_set_today (&now);
      today = &now;
    }
  if (text == NULL)
    date = *today;
  else if (!vd_date_parse (text, &date))
    {
      g_set_error (error, VD_WISHES_ERROR, VD_WISHES_ERROR_DATE,
                   _("“%s” is not a date; write it as 2026-03-05."), text);
      return FALSE;
    }
  if (g_date_compare (&date, today) > 0)
    {
      g_set_error (error, VD_WISHES_ERROR, VD_WISHES_ERROR_DATE,
                   _("The date is in the future."));
      return FALSE;
    }
  *iso = vd_date_to_iso (&date);
  if (not_before != NULL && strcmp (*iso, not_before) < 0)
    {
      g_set_error (error, VD_WISHES_ERROR, VD_WISHES_ERROR_DATE,
                   _("The date is before the micro-wish’s previous step (%s)."), not_before);
      g_clear_pointer (iso, g_free);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_wish (VdDatabase    *db,
            VdWish        *wish,
            const GDate   *today,
            GError       **error)
{
  g_autofree char *collected = NULL;
  sqlite3_stmt *stmt;
  int rc;
  gboolean known = FALSE;
  gboolean archived = FALSE;

  replace (&wish->content, g_strstrip (g_strdup (wish->content != NULL ? wish->content : "")));
  replace (&wish->requester_name,
           g_strstrip (g_strdup (wish->requester_name != NULL ? wish->requester_name : "")));
  replace (&wish->requester_phone,
           g_strstrip (g_strdup (wish->requester_phone != NULL ? wish->requester_phone : "")));

  if (*wish->content == '\0' || g_utf8_strlen (wish->content, -1) > 500)
    {
      g_set_error (error, VD_WISHES_ERROR, VD_WISHES_ERROR_CONTENT,
                   *wish->content == '\0' ? _("Write what the wish is.")
                                          : _("The wish is longer than 500 characters."));
      return FALSE;
    }
  if (*wish->requester_name == '\0' || g_utf8_strlen (wish->requester_name, -1) > 64)
    {
      g_set_error (error, VD_WISHES_ERROR, VD_WISHES_ERROR_REQUESTER,
                   *wish->requester_name == '\0' ? _("Enter who made the wish.")
                                                 : _("The name is longer than 64 characters."));
      return FALSE;
    }
  if (*wish->requester_phone != '\0')
    {
      g_autofree char *phone = NULL;

      if (!vd_phone_normalize (wish->requester_phone, &phone, NULL))
        phone = normalize_landline (wish->requester_phone);
      if (phone == NULL)
        {
          g_set_error (error, VD_WISHES_ERROR, VD_WISHES_ERROR_PHONE,
                       _("Enter a mobile number (11 digits) or a landline with its area code, "
                         "such as 0371-66668888."));
          return FALSE;
        }
      replace (&wish->requester_phone, g_steal_pointer (&phone));
    }

  stmt = vd_database_prepare (db, "SELECT archived FROM communities WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, wish->community_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      known = TRUE;
      archived = sqlite3_column_int (stmt, 0) != 0;
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
  if (!known || archived)
    {
      g_set_error (error, VD_WISHES_ERROR, VD_WISHES_ERROR_COMMUNITY,
                   known ? _("The community is archived; choose a current one.")
                         : _("Choose the community the wish comes from."));
      return FALSE;
    }

  if (wish->collected_on == NULL || *wish->collected_on == '\0')
    {
      g_set_error (error, VD_WISHES_ERROR, VD_WISHES_ERROR_DATE,
                   _("Enter the date the wish was collected."));
      return FALSE;
    }
  if (!check_date (wish->collected_on, today, NULL, &collected, error))
    return FALSE;
  if (wish->reviewed_on != NULL && strcmp (collected, wish->reviewed_on) > 0)
    {
      g_set_error (error, VD_WISHES_ERROR, VD_WISHES_ERROR_DATE,
                   _("The wish was reviewed on %s: it cannot be collected later."), wish->reviewed_on);
      return FALSE;
    }
  replace (&wish->collected_on, g_steal_pointer (&collected));
  return TRUE;
}

/* ---- writes ----------------------------------------------------------------- */

gboolean
vd_wishes_save (VdDatabase   *db,
                VdWish       *wish,
                const GDate  *today,
                GError      **error)
{
  g_autoptr(VdAuditRow) audit = NULL;
  g_autoptr(VdWish) stored = NULL;
  sqlite3_stmt *stmt;
  gint64 id;
  int rc;

  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (wish != NULL, FALSE);

  if (!vd_database_begin (db, error))
    return FALSE;
  if (wish->id != 0)
    {
      /* the review date that bounds the collected date is the stored one */
      stored = vd_wishes_get (db, wish->id, error);
      if (stored == NULL)
        goto fail;
      replace (&wish->reviewed_on, g_strdup (stored->reviewed_on));
    }
  if (!check_wish (db, wish, today, error))
    goto fail;
  audit = vd_audit_row_begin (db, "wishes", wish->id, error);
  if (audit == NULL)
    goto fail;
  if (wish->id == 0)
    stmt = vd_database_prepare (db, "INSERT INTO wishes (content, requester_name, requester_phone, "
                                    "  community_id, collected_on) VALUES (?2, ?3, ?4, ?5, ?6)", error);
  else
    stmt = vd_database_prepare (db, "UPDATE wishes SET content = ?2, requester_name = ?3, "
                                    "requester_phone = ?4, community_id = ?5, collected_on = ?6 "
                                    "WHERE id = ?1", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, wish->id);
  sqlite3_bind_text (stmt, 2, wish->content, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, wish->requester_name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, wish->requester_phone, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 5, wish->community_id);
  sqlite3_bind_text (stmt, 6, wish->collected_on, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
      goto fail;
    }
  id = wish->id != 0 ? wish->id : sqlite3_last_insert_rowid (vd_database_get_handle (db));
  if (!vd_audit_row_finish (audit, wish->id != 0 ? "update" : "insert", id, error))
    goto fail;
  if (!vd_database_commit (db, error))
    return FALSE;
  if (wish->id == 0)
    wish->status = VD_WISH_COLLECTED;
  wish->id = id;
  return TRUE;

fail:
  vd_database_rollback (db);
  return FALSE;
}

static void
set_refusal (GError       **error,
             VdWishAction   action,
             VdWishStatus   status)
{
  const char *now = vd_wish_status_get_label (status);
  const int code = VD_WISHES_ERROR_TRANSITION;

  switch (action)
    {
    case VD_WISH_ACTION_APPROVE:
      g_set_error (error, VD_WISHES_ERROR, code,
                   _("Only a collected micro-wish can be approved; this one is “%s”."), now);
      break;
    case VD_WISH_ACTION_REJECT:
      g_set_error (error, VD_WISHES_ERROR, code,
                   _("Only a collected micro-wish can be rejected; this one is “%s”."), now);
      break;
    case VD_WISH_ACTION_PUBLISH:
      g_set_error (error, VD_WISHES_ERROR, code,
                   _("Only an approved micro-wish can be published; this one is “%s”."), now);
      break;
    case VD_WISH_ACTION_CLAIM:
      g_set_error (error, VD_WISHES_ERROR, code,
                   _("Only a published micro-wish can be claimed; this one is “%s”."), now);
      break;
    case VD_WISH_ACTION_RELEASE:
      g_set_error (error, VD_WISHES_ERROR, code,
                   _("Only a claimed micro-wish can be released; this one is “%s”."), now);
      break;
    case VD_WISH_ACTION_FULFIL:
      g_set_error (error, VD_WISHES_ERROR, code,
                   _("Only a claimed micro-wish can be fulfilled; this one is “%s”."), now);
      break;
    case VD_N_WISH_ACTIONS:
    default:
      g_assert_not_reached ();
    }
}

/* The date a step is bounded by: the date of the step that led to from. */
static const char *
previous_date (const VdWish *wish)
{
  switch (wish->status)
    {
    case VD_WISH_COLLECTED:
      return wish->collected_on;
    case VD_WISH_APPROVED:
    case VD_WISH_REJECTED:
      return wish->reviewed_on;
    case VD_WISH_PUBLISHED:
      return wish->published_on;
    case VD_WISH_CLAIMED:
    case VD_WISH_FULFILLED:
      return wish->claimed_on;
    case VD_N_WISH_STATUS:
    default:
      return NULL;
    }
}

static gboolean
check_claimant (VdDatabase  *db,
                gint64       volunteer_id,
                gint64       team_id,
                GError     **error)
{
  sqlite3_stmt *stmt;
  gboolean active;

  if ((volunteer_id != 0) == (team_id != 0))
    {
      g_set_error (error, VD_WISHES_ERROR, VD_WISHES_ERROR_CLAIMANT,
                   _("Choose the volunteer or the team that claims the wish."));
      return FALSE;
    }
  stmt = vd_database_prepare (db, volunteer_id != 0
                                    ? "SELECT status = 'active' FROM volunteers WHERE id = ?1"
                                    : "SELECT status = 'active' FROM teams WHERE id = ?1",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, volunteer_id != 0 ? volunteer_id : team_id);
  active = sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_int (stmt, 0) != 0;
  sqlite3_finalize (stmt);
  if (!active)
    {
      g_set_error (error, VD_WISHES_ERROR, VD_WISHES_ERROR_CLAIMANT,
                   volunteer_id != 0 ? _("Only an active volunteer of the register can claim a wish.")
                                     : _("Only an active team can claim a wish."));
      return FALSE;
    }
  return TRUE;
}

/* One step of the state machine: checks it is legal and the date, then runs sql with
 * ?1 the id, ?2 the date, ?3 text (reason), ?4 and ?5 the claimant; audited. */
static gboolean
transition (VdDatabase    *db,
            gint64         id,
            VdWishAction   action,
            const char    *on,
            const char    *text,
            gint64         volunteer_id,
            gint64         team_id,
            const char    *sql,
            GError       **error)
{
  g_autoptr(VdWish) wish = NULL;
  g_autoptr(VdAuditRow) audit = NULL;
  g_autofree char *date = NULL;
  static const char * const actions[VD_N_WISH_ACTIONS] = {
    "approve", "reject", "publish", "claim", "release", "fulfil",
  };
  sqlite3_stmt *stmt;
  int rc;

  if (!vd_database_begin (db, error))
    return FALSE;
  wish = vd_wishes_get (db, id, error);
  if (wish == NULL)
    goto fail;
  if (!vd_wish_action_allowed (wish->status, action))
    {
      set_refusal (error, action, wish->status);
      goto fail;
    }
  if (action != VD_WISH_ACTION_RELEASE &&
      !check_date (on, NULL, previous_date (wish), &date, error))
    goto fail;
  if (action == VD_WISH_ACTION_CLAIM && !check_claimant (db, volunteer_id, team_id, error))
    goto fail;

  audit = vd_audit_row_begin (db, "wishes", id, error);
  if (audit == NULL)
    goto fail;
  stmt = vd_database_prepare (db, sql, error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, date, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, text, -1, SQLITE_STATIC);
  if (volunteer_id != 0)
    sqlite3_bind_int64 (stmt, 4, volunteer_id);
  if (team_id != 0)
    sqlite3_bind_int64 (stmt, 5, team_id);
  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
      goto fail;
    }
  if (!vd_audit_row_finish (audit, actions[action], id, error))
    goto fail;
  return vd_database_commit (db, error);

fail:
  vd_database_rollback (db);
  return FALSE;
}

gboolean
vd_wishes_approve (VdDatabase  *db,
                   gint64       id,
                   const char  *on,
                   GError     **error)
{
  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);
  return transition (db, id, VD_WISH_ACTION_APPROVE, on, NULL, 0, 0,
                     "UPDATE wishes SET status = 'approved', reviewed_on = ?2 WHERE id = ?1", error);
}

gboolean
vd_wishes_reject (VdDatabase  *db,
                  gint64       id,
                  const char  *reason,
                  const char  *on,
                  GError     **error)
{
  g_autofree char *clean = g_strstrip (g_strdup (reason != NULL ? reason : ""));

  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);

  if (*clean == '\0' || g_utf8_strlen (clean, -1) > 200)
    {
      g_set_error (error, VD_WISHES_ERROR, VD_WISHES_ERROR_REASON,
                   *clean == '\0' ? _("Give the reason for rejecting the wish.")
                                  : _("The reason is longer than 200 characters."));
      return FALSE;
    }
  return transition (db, id, VD_WISH_ACTION_REJECT, on, clean, 0, 0,
                     "UPDATE wishes SET status = 'rejected', reviewed_on = ?2, reject_reason = ?3 "
                     "WHERE id = ?1", error);
}

gboolean
vd_wishes_publish (VdDatabase  *db,
                   gint64       id,
                   const char  *on,
                   GError     **error)
{
  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);
  return transition (db, id, VD_WISH_ACTION_PUBLISH, on, NULL, 0, 0,
                     "UPDATE wishes SET status = 'published', published_on = ?2 WHERE id = ?1", error);
}

gboolean
vd_wishes_claim (VdDatabase  *db,
                 gint64       id,
                 gint64       volunteer_id,
                 gint64       team_id,
                 const char  *on,
                 GError     **error)
{
  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);
  return transition (db, id, VD_WISH_ACTION_CLAIM, on, NULL, volunteer_id, team_id,
                     "UPDATE wishes SET status = 'claimed', claimed_on = ?2, "
                     "claimed_by_volunteer_id = ?4, claimed_by_team_id = ?5 WHERE id = ?1", error);
}

gboolean
vd_wishes_release (VdDatabase  *db,
                   gint64       id,
                   GError     **error)
{
  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);
  return transition (db, id, VD_WISH_ACTION_RELEASE, NULL, NULL, 0, 0,
                     "UPDATE wishes SET status = 'published', claimed_on = NULL, "
                     "claimed_by_volunteer_id = NULL, claimed_by_team_id = NULL WHERE id = ?1", error);
}

gboolean
vd_wishes_fulfil (VdDatabase  *db,
                  gint64       id,
                  const char  *on,
                  GError     **error)
{
  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);
  return transition (db, id, VD_WISH_ACTION_FULFIL, on, NULL, 0, 0,
                     "UPDATE wishes SET status = 'fulfilled', fulfilled_on = ?2 WHERE id = ?1", error);
}

/* ---- statistics ------------------------------------------------------------- */

gboolean
vd_wishes_get_stats (VdDatabase   *db,
                     int           year,
                     VdWishStats  *stats,
                     GError      **error)
{
  g_autofree char *from = g_strdup_printf ("%04d-01-01", year);
  g_autofree char *to = g_strdup_printf ("%04d-01-01", year + 1);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (VD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (stats != NULL, FALSE);

  memset (stats, 0, sizeof *stats);

  /* wishes_collected_on and wishes_fulfilled_on keep both ranges indexed */
  stmt = vd_database_prepare (db, "SELECT status, count (*) FROM wishes "
                                  "WHERE collected_on >= ?1 AND collected_on < ?2 GROUP BY status",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, from, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, to, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      VdWishStatus status;

      if (vd_wish_status_from_code ((const char *)sqlite3_column_text (stmt, 0), &status))
        {
          stats->by_status[status] = sqlite3_column_int (stmt, 1);
          stats->collected += stats->by_status[status];
        }
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);

  stmt = vd_database_prepare (db, "SELECT count (*), coalesce (sum (" PARTY_CLAIM_SQL "), 0) "
                                  "FROM wishes w "
                                  "WHERE fulfilled_on >= ?1 AND fulfilled_on < ?2",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, from, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, to, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      stats->fulfilled = sqlite3_column_int (stmt, 0);
      stats->fulfilled_by_party = sqlite3_column_int (stmt, 1);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_ROW)
    return vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
  return TRUE;
}
