/* vd-certificate-document.h — the printed service record certificate
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vd-certificates.h"
#include "vd-doc.h"

G_BEGIN_DECLS

/* One certificate per page (or more for a long list of service), in the order
 * given; ID numbers masked unless full_ids. */
VdDoc *vd_certificate_document_new (GPtrArray *certificates,
                                    gboolean   full_ids);

G_END_DECLS
