/* vd-cli.h — what the command-line tool's commands share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vd-core.h"

G_BEGIN_DECLS

enum {
  EXIT_OK = 0,
  EXIT_REJECTED = 1,
  EXIT_USAGE = 2,
  EXIT_DATABASE = 3,
};

VdDatabase *vd_cli_open_database  (void);
/* Parses argv with the command's own entries plus --database; prints the help and
 * returns FALSE on bad usage. */
gboolean    vd_cli_parse_options  (int                 *argc,
                                   char              ***argv,
                                   const char          *parameters,
                                   const char          *summary,
                                   const GOptionEntry  *entries,
                                   int                  n_arguments);

int         vd_cli_certificate    (int    argc,
                                   char **argv);
int         vd_cli_backup         (int    argc,
                                   char **argv);
int         vd_cli_restore        (int    argc,
                                   char **argv);
int         vd_cli_report_annual  (int    argc,
                                   char **argv);
int         vd_cli_check          (int    argc,
                                   char **argv);

G_END_DECLS
