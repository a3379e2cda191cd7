/* lds-cli.h: the command-line verbs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `lodestar VERB [OPTIONS] …` runs headless: no display is needed. Each verb
 * lives in its own lds-cli-VERB.c and returns the process exit status:
 * 0 when it did its work, 1 when the work failed (a bad file, a bad import),
 * 2 when the command line itself was wrong.
 */

#pragma once

#include "lds-store.h"

G_BEGIN_DECLS

#define LDS_CLI_OK     0
#define LDS_CLI_FAILED 1
#define LDS_CLI_USAGE  2

gboolean  lds_cli_is_verb     (const char  *word);
int       lds_cli_run         (int          argc,
                               char       **argv);

/* For the verbs */
int       lds_cli_check       (int          argc,
                               char       **argv);
int       lds_cli_coach       (int          argc,
                               char       **argv);
int       lds_cli_demo        (int          argc,
                               char       **argv);
int       lds_cli_export      (int          argc,
                               char       **argv);
int       lds_cli_import      (int          argc,
                               char       **argv);

void      lds_cli_error       (const char  *format,
                               ...) G_GNUC_PRINTF (1, 2);
int       lds_cli_parse       (GOptionContext *context,
                               int          *argc,
                               char       ***argv);
LdsStore *lds_cli_open_store  (const char  *path,
                               LdsStoreOpenFlags flags);
void      lds_cli_print_rows  (const char * const *labels,
                               const char * const *values,
                               guint        n_rows);

G_END_DECLS
