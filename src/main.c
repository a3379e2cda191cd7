/* main.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `lodestar VERB …` runs a command-line verb (no display needed);
 * anything else starts the application.
 */

#include "config.h"

#include "lds-application.h"
#include "lds-cli.h"
#include "lds-i18n.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(LdsApplication) app = NULL;

  lds_i18n_init ();

  if (argc > 1 && lds_cli_is_verb (argv[1]))
    return lds_cli_run (argc, argv);

  app = lds_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
