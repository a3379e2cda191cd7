/* lds-cli.c: dispatching `lodestar VERB`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lds-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lds-cli.h"

typedef struct
{
  const char  *name;
  int        (*run) (int argc, char **argv);
  const char  *summary;
} Verb;

static const Verb verbs[] = {
  { "check", lds_cli_check, N_("Verify an organisation file and show what it holds") },
  { "coach", lds_cli_coach, N_("List what the OKR coach finds, with how to fix it") },
  { "demo", lds_cli_demo, N_("Write a sample organisation to a new file") },
  { "export", lds_cli_export, N_("Write an organisation, or part of it, in another format") },
  { "import", lds_cli_import, N_("Bring OKRs from a CSV spreadsheet or a JSON export into a file") },
};

static int
print_help (void)
{
  g_print ("%s\n  lodestar [%s]\n  lodestar %s …\n\n%s\n", _("Usage:"), _("FILE"), _("VERB"),
           _("Verbs:"));
  for (guint i = 0; i < G_N_ELEMENTS (verbs); i++)
    g_print ("  %-10s %s\n", verbs[i].name, _(verbs[i].summary));
  g_print ("\n%s\n", _("Run “lodestar VERB --help” for the options of a verb."));
  return LDS_CLI_OK;
}

gboolean
lds_cli_is_verb (const char *word)
{
  if (word == NULL)
    return FALSE;
  if (g_str_equal (word, "help"))
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (verbs); i++)
    if (g_str_equal (word, verbs[i].name))
      return TRUE;
  return FALSE;
}

int
lds_cli_run (int    argc,
             char **argv)
{
  g_return_val_if_fail (argc > 1, LDS_CLI_USAGE);

  g_set_prgname ("lodestar");
  if (g_str_equal (argv[1], "help"))
    return print_help ();

  for (guint i = 0; i < G_N_ELEMENTS (verbs); i++)
    if (g_str_equal (argv[1], verbs[i].name))
      return verbs[i].run (argc - 1, argv + 1);

  return print_help ();
}

void
lds_cli_error (const char *format,
               ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_printerr ("lodestar: %s\n", message);
}

/* Parses the options of a verb; on a mistake, says what was wrong and how
 * to get help. Returns LDS_CLI_OK or LDS_CLI_USAGE. */
int
lds_cli_parse (GOptionContext   *context,
               int              *argc,
               char           ***argv)
{
  g_autoptr(GError) error = NULL;

  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, argc, argv, &error))
    {
      lds_cli_error ("%s", error->message);
      g_printerr ("%s\n", _("Add --help to see the options."));
      return LDS_CLI_USAGE;
    }
  return LDS_CLI_OK;
}

LdsStore *
lds_cli_open_store (const char        *path,
                    LdsStoreOpenFlags  flags)
{
  g_autoptr(GError) error = NULL;
  LdsStore *store = lds_store_open (path, flags, &error);

  if (store == NULL)
    lds_cli_error ("%s", error->message);
  return store;
}

/* Terminal columns a string takes: CJK characters take two. */
static guint
display_width (const char *text)
{
  guint width = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      width += g_unichar_iswide (c) ? 2 : g_unichar_iszerowidth (c) ? 0 : 1;
    }
  return width;
}

/* Prints "label   value" rows with the values lined up, in any language. */
void
lds_cli_print_rows (const char * const *labels,
                    const char * const *values,
                    guint               n_rows)
{
  guint widest = 0;

  for (guint i = 0; i < n_rows; i++)
    widest = MAX (widest, display_width (labels[i]));

  for (guint i = 0; i < n_rows; i++)
    {
      guint pad = widest - display_width (labels[i]) + 2;
      g_print ("  %s%*s%s\n", labels[i], (int) pad, "", values[i]);
    }
}
