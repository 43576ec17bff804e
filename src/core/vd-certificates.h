/* vd-certificates.h — service record certificates (志愿服务记录证明) and their
 * numbered register
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vd-database.h"

G_BEGIN_DECLS

#define VD_CERTIFICATE_ERROR (vd_certificate_error_quark ())

typedef enum
{
  VD_CERTIFICATE_ERROR_INVALID,   /* a field of the request is wrong: see its messages */
  VD_CERTIFICATE_ERROR_NO_HOURS,  /* no approved service in the period */
  VD_CERTIFICATE_ERROR_NOT_FOUND, /* no such volunteer or certificate */
} VdCertificateError;

GQuark vd_certificate_error_quark (void);

typedef enum
{
  VD_CERTIFICATE_FIELD_FROM,
  VD_CERTIFICATE_FIELD_TO,
  VD_CERTIFICATE_FIELD_ISSUER,
  VD_CERTIFICATE_FIELD_RESPONSIBLE,
  VD_CERTIFICATE_FIELD_HANDLER,
  VD_CERTIFICATE_FIELD_CONTACT,
  VD_CERTIFICATE_N_FIELDS
} VdCertificateField;

/* What the office fills in; dates as the user typed them (vd_date_parse forms). */
typedef struct
{
  char *from;
  char *to;
  char *issuer;              /* 出具单位 */
  char *responsible_person;  /* 负责人 */
  char *handler;             /* 经办人 */
  char *contact;             /* 联系方式 */
} VdCertificateRequest;

void     vd_certificate_request_clear    (VdCertificateRequest       *request);
/* The issuer, responsible person, handler and contact of the last certificate issued,
 * as defaults for the next; the period is the current year up to today. */
void     vd_certificate_request_init     (VdCertificateRequest       *request,
                                          VdDatabase                 *db);
/* Fills messages[i] (g_free them) for each wrong field; TRUE when there is none. The
 * dates are rewritten as YYYY-MM-DD when they parse. */
gboolean vd_certificate_request_validate (VdCertificateRequest       *request,
                                          const GDate                *today,
                                          char                       *messages[VD_CERTIFICATE_N_FIELDS]);

typedef struct
{
  char   *date;        /* YYYY-MM-DD */
  char   *content;     /* the event's title, the training's topic, or the record's note */
  char   *category;
  gint64  minutes;
} VdCertificateLine;

typedef struct
{
  gint64     id;
  char      *number;
  gint64     volunteer_id;
  char      *name;
  char      *id_type;          /* code, vd_id_type_from_code () */
  char      *id_number;        /* full: mask it unless the user asked for the full value */
  char      *volunteer_no;
  char      *period_from;
  char      *period_to;
  gint64     total_minutes;    /* approved minutes in the period, when issued */
  char      *issuer;
  char      *responsible_person;
  char      *handler;
  char      *contact;
  char      *issued_on;
  char      *issued_by;
  GPtrArray *lines;            /* VdCertificateLine, by date */
} VdCertificate;

void           vd_certificate_free        (VdCertificate              *certificate);

/* Issues one certificate: validates, counts the approved minutes of the period,
 * takes the next number of the register and records it, all in one transaction
 * with its audit entry. Refused when the volunteer served no approved hours then. */
VdCertificate *vd_certificate_issue       (VdDatabase                 *db,
                                           gint64                      volunteer_id,
                                           VdCertificateRequest       *request,
                                           GError                    **error);
/* One certificate per volunteer, all or none; volunteers without approved hours in
 * the period are left out and counted in *n_skipped. Refused if none has hours. */
GPtrArray     *vd_certificate_issue_batch (VdDatabase                 *db,
                                           const gint64               *volunteer_ids,
                                           guint                       n_ids,
                                           VdCertificateRequest       *request,
                                           guint                      *n_skipped,
                                           GError                    **error);
/* An issued certificate again (to print a copy), by its number. */
VdCertificate *vd_certificate_get         (VdDatabase                 *db,
                                           const char                 *number,
                                           GError                    **error);
/* The register: every certificate issued, newest first; volunteer_id 0 for all. */
GPtrArray     *vd_certificate_list        (VdDatabase                 *db,
                                           gint64                      volunteer_id,
                                           GError                    **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VdCertificate, vd_certificate_free)
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (VdCertificateRequest, vd_certificate_request_clear)

G_END_DECLS
