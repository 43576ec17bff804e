/* vd-certificate-dialog.h — issuing service record certificates, then saving or
 * printing them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vd-certificates.h"

G_BEGIN_DECLS

#define VD_TYPE_CERTIFICATE_DIALOG (vd_certificate_dialog_get_type ())

G_DECLARE_FINAL_TYPE (VdCertificateDialog, vd_certificate_dialog, VD, CERTIFICATE_DIALOG, AdwWindow)

/* For one volunteer or a batch (one PDF, a page each); who and who_detail describe
 * them at the top. The fields start from the last certificate issued. */
GtkWidget *vd_certificate_dialog_new        (GtkWindow           *parent,
                                             VdDatabase          *db,
                                             const gint64        *volunteer_ids,
                                             guint                n_ids,
                                             const char          *who,
                                             const char          *who_detail);
/* Types text into a field, as the user would (for tests). */
void       vd_certificate_dialog_fill       (VdCertificateDialog *self,
                                             VdCertificateField   field,
                                             const char          *text);
/* The certificates issued by this dialog (VdCertificate), or NULL before. */
GPtrArray *vd_certificate_dialog_get_issued (VdCertificateDialog *self);

G_END_DECLS
