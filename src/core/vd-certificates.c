/* vd-certificates.c — service record certificates and their numbered register
 *
 * The law asks the office to certify service truthfully (志愿服务条例 Art. 19): a
 * certificate states only approved minutes, its number comes from an append-only
 * register (the table refuses edits and deletes), and the number is derived from the
 * row's AUTOINCREMENT id inside the write transaction, so two processes can never
 * hand out the same one and a number is never reused.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "vd-audit.h"
#include "vd-certificates.h"
#include "vd-date.h"
#include "vd-register.h"

#define MAX_TEXT 100

G_DEFINE_QUARK (vd-certificate-error-quark, vd_certificate_error)

void
vd_certificate_request_clear (VdCertificateRequest *request)
{
  g_clear_pointer (&request->from, g_free);
  g_clear_pointer (&request->to, g_free);
  g_clear_pointer (&request->issuer, g_free);
  g_clear_pointer (&request->responsible_person, g_free);
  g_clear_pointer (&request->handler, g_free);
  g_clear_pointer (&request->contact, g_free);
}

void
vd_certificate_request_init (VdCertificateRequest *request,
                             VdDatabase           *db)
{
  GDate today;
  sqlite3_stmt *stmt;

  memset (request, 0, sizeof *request);
  vd_date_set_today (&today);
  request->from = g_strdup_printf ("%04d-01-01", g_date_get_year (&today));
  request->to = vd_date_to_iso (&today);

  stmt = vd_database_prepare (db,
                              "SELECT issuer, responsible_person, handler, contact "
                              "FROM certificates ORDER BY id DESC LIMIT 1",
                              NULL);
  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      request->issuer = g_strdup ((const char *)sqlite3_column_text (stmt, 0));
      request->responsible_person = g_strdup ((const char *)sqlite3_column_text (stmt, 1));
      request->handler = g_strdup ((const char *)sqlite3_column_text (stmt, 2));
      request->contact = g_strdup ((const char *)sqlite3_column_text (stmt, 3));
    }
  sqlite3_finalize (stmt);

  if (request->issuer == NULL)
    {
      /* First certificate: the office of the district named in the settings. */
      stmt = vd_database_prepare (db, "SELECT district_name FROM settings", NULL);
      if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW &&
          sqlite3_column_bytes (stmt, 0) > 0)
        /* Translators: the issuer of a certificate; %s is the district's name */
        request->issuer = g_strdup_printf (_("%s Civilization Office"),
                                           (const char *)sqlite3_column_text (stmt, 0));
      sqlite3_finalize (stmt);
    }
  if (request->issuer == NULL)
    request->issuer = g_strdup ("");
  if (request->responsible_person == NULL)
    request->responsible_person = g_strdup ("");
  if (request->handler == NULL)
    request->handler = g_strdup ("");
  if (request->contact == NULL)
    request->contact = g_strdup ("");
}

static void
check_text (char       **value,
            const char  *empty_message,
            char       **message)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (*value != NULL ? *value : ""));

  g_free (*value);
  *value = g_strdup (trimmed);
  if (trimmed[0] == '\0')
    *message = g_strdup (empty_message);
  else if (g_utf8_strlen (trimmed, -1) > MAX_TEXT)
    *message = g_strdup_printf (_("At most %d characters."), MAX_TEXT);
}

gboolean
vd_certificate_request_validate (VdCertificateRequest *request,
                                 const GDate          *today,
                                 char                 *messages[VD_CERTIFICATE_N_FIELDS])
{
  GDate from, to, now;
  gboolean from_ok, to_ok;

  memset (messages, 0, sizeof (char *) * VD_CERTIFICATE_N_FIELDS);
  if (today == NULL)
    {
      vd_date_set_today (&now);
      today = &now;
    }

  from_ok = request->from != NULL && vd_date_parse (request->from, &from);
  to_ok = request->to != NULL && vd_date_parse (request->to, &to);
  if (!from_ok)
    messages[VD_CERTIFICATE_FIELD_FROM] =
      g_strdup (_("Enter the first day of the period as YYYY-MM-DD, e.g. 2026-01-01."));
  else
    {
      g_free (request->from);
      request->from = vd_date_to_iso (&from);
    }
  if (!to_ok)
    messages[VD_CERTIFICATE_FIELD_TO] =
      g_strdup (_("Enter the last day of the period as YYYY-MM-DD, e.g. 2026-12-31."));
  else
    {
      g_free (request->to);
      request->to = vd_date_to_iso (&to);
      if (g_date_compare (&to, today) > 0)
        messages[VD_CERTIFICATE_FIELD_TO] =
          g_strdup (_("A certificate can only cover service up to today."));
      else if (from_ok && g_date_compare (&to, &from) < 0)
        messages[VD_CERTIFICATE_FIELD_TO] =
          g_strdup (_("The period ends before it starts."));
    }

  check_text (&request->issuer, _("Enter the organization that issues the certificate."),
              &messages[VD_CERTIFICATE_FIELD_ISSUER]);
  check_text (&request->responsible_person, _("Enter the person responsible."),
              &messages[VD_CERTIFICATE_FIELD_RESPONSIBLE]);
  check_text (&request->handler, _("Enter who handles the certificate."),
              &messages[VD_CERTIFICATE_FIELD_HANDLER]);
  check_text (&request->contact, _("Enter a phone number or address to contact."),
              &messages[VD_CERTIFICATE_FIELD_CONTACT]);

  for (guint i = 0; i < VD_CERTIFICATE_N_FIELDS; i++)
    if (messages[i] != NULL)
      return FALSE;
  return TRUE;
}

static void
line_free (gpointer data)
{
  VdCertificateLine *line = data;

  g_free (line->date);
  g_free (line->content);
  g_free (line->category);
  g_free (line);
}

void
vd_certificate_free (VdCertificate *certificate)
{
  if (certificate == NULL)
    return;
  g_free (certificate->number);
  g_free (certificate->name);
  g_free (certificate->id_type);
  g_free (certificate->id_number);
  g_free (certificate->volunteer_no);
  g_free (certificate->period_from);
  g_free (certificate->period_to);
  g_free (certificate->issuer);
  g_free (certificate->responsible_person);
  g_free (certificate->handler);
  g_free (certificate->contact);
  g_free (certificate->issued_on);
  g_free (certificate->issued_by);
  g_clear_pointer (&certificate->lines, g_ptr_array_unref);
  g_free (certificate);
}

static char *
column_dup (sqlite3_stmt *stmt,
            int           column)
{
  return g_strdup ((const char *)sqlite3_column_text (stmt, column));
}

/* The approved service of the period, as the certificate lists it. */
static gboolean
load_lines (VdDatabase     *db,
            VdCertificate  *c,
            GError        **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = vd_database_prepare_cached (db,
    "SELECT r.service_date, coalesce (e.title, t.topic, nullif (r.note, ''), ?4), "
    "       coalesce (ce.name, ct.name, ''), r.minutes "
    "FROM service_records r "
    "LEFT JOIN events e ON e.id = r.event_id "
    "LEFT JOIN categories ce ON ce.id = e.category_id "
    "LEFT JOIN trainings t ON t.id = r.training_id "
    "LEFT JOIN categories ct ON ct.id = t.category_id "
    "WHERE r.volunteer_id = ?1 AND r.status = 'approved' "
    "  AND r.service_date BETWEEN ?2 AND ?3 "
    "ORDER BY r.service_date, r.id",
    error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, c->volunteer_id);
  sqlite3_bind_text (stmt, 2, c->period_from, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, c->period_to, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, _("Volunteer service"), -1, SQLITE_TRANSIENT);

  c->lines = g_ptr_array_new_with_free_func (line_free);
  c->total_minutes = 0;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      VdCertificateLine *line = g_new0 (VdCertificateLine, 1);

      line->date = column_dup (stmt, 0);
      line->content = column_dup (stmt, 1);
      line->category = column_dup (stmt, 2);
      line->minutes = sqlite3_column_int64 (stmt, 3);
      c->total_minutes += line->minutes;
      g_ptr_array_add (c->lines, line);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
  return TRUE;
}

static gboolean
request_or_error (VdCertificateRequest  *request,
                  GError               **error)
{
  char *messages[VD_CERTIFICATE_N_FIELDS];
  gboolean ok = vd_certificate_request_validate (request, NULL, messages);

  if (!ok)
    for (guint i = 0; i < VD_CERTIFICATE_N_FIELDS; i++)
      if (messages[i] != NULL)
        {
          g_set_error_literal (error, VD_CERTIFICATE_ERROR, VD_CERTIFICATE_ERROR_INVALID,
                               messages[i]);
          break;
        }
  for (guint i = 0; i < VD_CERTIFICATE_N_FIELDS; i++)
    g_free (messages[i]);
  return ok;
}

/* The certificate's content from the register and the records, not yet numbered. */
static VdCertificate *
prepare (VdDatabase            *db,
         gint64                 volunteer_id,
         VdCertificateRequest  *request,
         GError               **error)
{
  g_autoptr(VdCertificate) c = g_new0 (VdCertificate, 1);
  g_autoptr(VdVolunteer) v = NULL;
  g_autoptr(GError) local_error = NULL;
  GDate today;

  v = vd_register_get (db, volunteer_id, &local_error);
  if (v == NULL)
    {
      if (local_error != NULL && local_error->domain == VD_DATABASE_ERROR)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error_literal (error, VD_CERTIFICATE_ERROR, VD_CERTIFICATE_ERROR_NOT_FOUND,
                             _("This volunteer is not in the register."));
      return NULL;
    }

  vd_date_set_today (&today);
  c->volunteer_id = volunteer_id;
  c->name = g_strdup (v->name);
  c->id_type = g_strdup (v->id_type);
  c->id_number = g_strdup (v->id_number);
  c->volunteer_no = g_strdup (v->volunteer_no);
  c->period_from = g_strdup (request->from);
  c->period_to = g_strdup (request->to);
  c->issuer = g_strdup (request->issuer);
  c->responsible_person = g_strdup (request->responsible_person);
  c->handler = g_strdup (request->handler);
  c->contact = g_strdup (request->contact);
  c->issued_on = vd_date_to_iso (&today);
  c->issued_by = g_strdup (g_get_user_name ());
  if (!load_lines (db, c, error))
    return NULL;
  return g_steal_pointer (&c);
}

/* Numbers the certificate and writes it to the register; inside a transaction. */
static gboolean
record (VdDatabase     *db,
        VdCertificate  *c,
        GError        **error)
{
  g_autofree char *after = NULL;
  sqlite3_stmt *stmt;
  gint64 next = 0;
  int rc;

  stmt = vd_database_prepare_cached (db,
                                     "SELECT coalesce ((SELECT seq FROM sqlite_sequence "
                                     "WHERE name = 'certificates'), 0) + 1",
                                     error);
  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    next = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    return vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
  c->id = next;
  /* Year of issue, then the register's running number: 2026-000123. */
  c->number = g_strdup_printf ("%.4s-%06" G_GINT64_FORMAT, c->issued_on, next);

  stmt = vd_database_prepare_cached (db,
    "INSERT INTO certificates (id, number, volunteer_id, period_from, period_to, "
    "  total_minutes, issuer, responsible_person, handler, contact, issued_on, issued_by) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
    error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, c->id);
  sqlite3_bind_text (stmt, 2, c->number, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, c->volunteer_id);
  sqlite3_bind_text (stmt, 4, c->period_from, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, c->period_to, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 6, c->total_minutes);
  sqlite3_bind_text (stmt, 7, c->issuer, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 8, c->responsible_person, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 9, c->handler, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 10, c->contact, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 11, c->issued_on, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 12, c->issued_by, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);

  after = vd_audit_row_json (db, "certificates", c->id, error);
  if (after == NULL)
    return FALSE;
  return vd_audit_log (db, "certificates", c->id, "issue", NULL, after, error);
}

static void
set_no_hours (GError               **error,
              VdCertificateRequest  *request)
{
  g_set_error (error, VD_CERTIFICATE_ERROR, VD_CERTIFICATE_ERROR_NO_HOURS,
               _("No approved service hours from %s to %s: there is nothing to certify."),
               request->from, request->to);
}

VdCertificate *
vd_certificate_issue (VdDatabase            *db,
                      gint64                 volunteer_id,
                      VdCertificateRequest  *request,
                      GError               **error)
{
  g_autoptr(VdCertificate) c = NULL;

  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (request != NULL, NULL);

  if (!request_or_error (request, error))
    return NULL;
  /* The write lock first, so the hours counted are the hours certified. */
  if (!vd_database_begin (db, error))
    return NULL;
  c = prepare (db, volunteer_id, request, error);
  if (c != NULL && c->total_minutes == 0)
    {
      set_no_hours (error, request);
      g_clear_pointer (&c, vd_certificate_free);
    }
  if (c == NULL || !record (db, c, error) || !vd_database_commit (db, error))
    {
      vd_database_rollback (db);
      return NULL;
    }
  return g_steal_pointer (&c);
}

GPtrArray *
vd_certificate_issue_batch (VdDatabase            *db,
                            const gint64          *volunteer_ids,
                            guint                  n_ids,
                            VdCertificateRequest  *request,
                            guint                 *n_skipped,
                            GError               **error)
{
  g_autoptr(GPtrArray) issued = NULL;
  guint skipped = 0;

  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (request != NULL, NULL);

  if (!request_or_error (request, error))
    return NULL;
  if (!vd_database_begin (db, error))
    return NULL;

  issued = g_ptr_array_new_with_free_func ((GDestroyNotify)vd_certificate_free);
  for (guint i = 0; i < n_ids; i++)
    {
      g_autoptr(VdCertificate) c = prepare (db, volunteer_ids[i], request, error);

      if (c == NULL)
        goto fail;
      if (c->total_minutes == 0)
        {
          skipped++;
          continue;
        }
      if (!record (db, c, error))
        goto fail;
      g_ptr_array_add (issued, g_steal_pointer (&c));
    }
  if (issued->len == 0)
    {
      set_no_hours (error, request);
      goto fail;
    }
  if (!vd_database_commit (db, error))
    goto fail;
  if (n_skipped != NULL)
    *n_skipped = skipped;
  return g_steal_pointer (&issued);

fail:
  vd_database_rollback (db);
  return NULL;
}

static VdCertificate *
from_row (sqlite3_stmt *stmt)
{
  VdCertificate *c = g_new0 (VdCertificate, 1);

  c->id = sqlite3_column_int64 (stmt, 0);
  c->number = column_dup (stmt, 1);
  c->volunteer_id = sqlite3_column_int64 (stmt, 2);
  c->period_from = column_dup (stmt, 3);
  c->period_to = column_dup (stmt, 4);
  c->total_minutes = sqlite3_column_int64 (stmt, 5);
  c->issuer = column_dup (stmt, 6);
  c->responsible_person = column_dup (stmt, 7);
  c->handler = column_dup (stmt, 8);
  c->contact = column_dup (stmt, 9);
  c->issued_on = column_dup (stmt, 10);
  c->issued_by = column_dup (stmt, 11);
  c->name = column_dup (stmt, 12);
  c->id_type = column_dup (stmt, 13);
  c->id_number = column_dup (stmt, 14);
  c->volunteer_no = column_dup (stmt, 15);
  return c;
}

#define CERTIFICATE_SELECT \
  "SELECT c.id, c.number, c.volunteer_id, c.period_from, c.period_to, c.total_minutes, " \
  "  c.issuer, c.responsible_person, c.handler, c.contact, c.issued_on, c.issued_by, " \
  "  v.name, v.id_type, v.id_number, v.volunteer_no " \
  "FROM certificates c JOIN volunteers v ON v.id = c.volunteer_id "

VdCertificate *
vd_certificate_get (VdDatabase  *db,
                    const char  *number,
                    GError     **error)
{
  g_autoptr(VdCertificate) c = NULL;
  sqlite3_stmt *stmt;
  gint64 stated;
  int rc;

  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (number != NULL, NULL);

  stmt = vd_database_prepare (db, CERTIFICATE_SELECT "WHERE c.number = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, number, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    c = from_row (stmt);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
      return NULL;
    }
  if (c == NULL)
    {
      g_set_error (error, VD_CERTIFICATE_ERROR, VD_CERTIFICATE_ERROR_NOT_FOUND,
                   _("No certificate has the number %s."), number);
      return NULL;
    }

  /* A copy states what was certified then; the lines are the records as they are. */
  stated = c->total_minutes;
  if (!load_lines (db, c, error))
    return NULL;
  c->total_minutes = stated;
  return g_steal_pointer (&c);
}

GPtrArray *
vd_certificate_list (VdDatabase  *db,
                     gint64       volunteer_id,
                     GError     **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify)vd_certificate_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);

  stmt = vd_database_prepare (db,
                              CERTIFICATE_SELECT "WHERE ?1 = 0 OR c.volunteer_id = ?1 "
                              "ORDER BY c.id DESC",
                              error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, volunteer_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (list, from_row (stmt));
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
      return NULL;
    }
  return g_steal_pointer (&list);
}
