/* lds-cli-import.c: `lodestar import FILE IN.csv|IN.json [--check]`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reads IN, checks all of it against FILE (created when it does not exist
 * yet), reports every problem with its line and column or JSON path, and
 * only when there is none writes everything as one action. A merge whose
 * records were changed on both sides stops and lists them, unless the
 * command line says which side wins.
 */

#define G_LOG_DOMAIN "lds-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "lds-cli.h"
#include "lds-import.h"

static void
print_problems (LdsImport *import)
{
  GPtrArray *problems = lds_import_get_problems (import);

  for (guint i = 0; problems != NULL && i < problems->len; i++)
    {
      g_autofree char *text = lds_import_format_problem (import, problems->pdata[i]);
      g_printerr ("%s: %s\n", lds_import_get_name (import), text);
    }
}

static void
print_plan (LdsImport *import)
{
  const char *labels[LDS_N_RECORD_TYPES];
  char *values[LDS_N_RECORD_TYPES];
  guint n = 0;

  for (guint t = 0; t < LDS_N_RECORD_TYPES; t++)
    {
      guint created = lds_import_count (import, t, LDS_IMPORT_OP_CREATE);
      guint updated = lds_import_count (import, t, LDS_IMPORT_OP_UPDATE);
      guint same = lds_import_count (import, t, LDS_IMPORT_OP_SAME);
      guint conflicts = lds_import_count (import, t, LDS_IMPORT_OP_CONFLICT);

      if (created + updated + same + conflicts == 0)
        continue;
      labels[n] = lds_import_type_label (t);
      /* Translators: numbers of records: new ones, changed ones, unchanged ones, conflicts */
      values[n] = g_strdup_printf (_("%1$u new, %2$u changed, %3$u unchanged, %4$u in conflict"),
                                   created, updated, same, conflicts);
      n++;
    }
  lds_cli_print_rows (labels, (const char * const *) values, n);
  for (guint i = 0; i < n; i++)
    g_free (values[i]);
}

static void
print_conflicts (LdsImport *import)
{
  for (guint i = 0; i < lds_import_get_n_conflicts (import); i++)
    {
      g_autoptr(GPtrArray) differences = lds_import_get_differences (import, i);
      LdsImportEntry entry;

      lds_import_get_conflict (import, i, &entry);
      /* Translators: %1$s is a record's title, %2$s where it is in the file */
      g_printerr (_("Changed on both sides: “%1$s” (%2$s)\n"), entry.title,
                  entry.where != NULL ? entry.where : "");
      for (guint d = 0; d < differences->len; d++)
        {
          LdsImportDifference *diff = differences->pdata[d];
          /* Translators: %1$s is a field, %2$s its value in this file, %3$s in the imported one */
          g_printerr (_("  %1$s: here “%2$s”, imported “%3$s”\n"),
                      lds_import_field_label (entry.type, diff->field), diff->mine, diff->theirs);
        }
    }
}

/* Whether @store holds no record at all */
static gboolean
holds_nothing (LdsStore *store)
{
  for (guint t = 0; t < LDS_N_RECORD_TYPES; t++)
    if (lds_store_count (store, t) != 0)
      return FALSE;
  return TRUE;
}

/* Writes the plan into a new file. This process is the file's only
 * history and ends here, with nothing to undo: the import goes in as one
 * bulk action, which records no undo (for a large file, a copy of every
 * record held in memory) and indexes the records for search at once. */
static gboolean
apply_in_bulk (LdsImport  *import,
               LdsStore   *store,
               GError    **error)
{
  if (!lds_store_begin (store, NULL, error))
    return FALSE;
  if (lds_import_apply (import, store, error) && lds_store_commit (store, error))
    return TRUE;
  if (lds_store_in_action (store))
    lds_store_rollback (store);
  return FALSE;
}

int
lds_cli_import (int    argc,
                char **argv)
{
  gboolean check = FALSE, keep_mine = FALSE, take_theirs = FALSE;
  const GOptionEntry entries[] = {
    { "check", 0, 0, G_OPTION_ARG_NONE, &check,
      N_("Only check the file and say what the import would do; change nothing"), NULL },
    { "keep-mine", 0, 0, G_OPTION_ARG_NONE, &keep_mine,
      N_("Where a record was changed on both sides, keep this file’s version"), NULL },
    { "take-theirs", 0, 0, G_OPTION_ARG_NONE, &take_theirs,
      N_("Where a record was changed on both sides, take the imported version"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(LdsImport) import = lds_import_new ();
  g_autoptr(LdsStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *display = NULL;
  gboolean exists;
  int status;

  context = g_option_context_new (_("FILE IN.csv|IN.json — bring OKRs into an organisation"));
  g_option_context_set_summary (context,
                                _("Imports a spreadsheet of OKRs (CSV, one row per key result) or "
                                  "a JSON export into FILE, which is created when it does not "
                                  "exist. The whole file goes in, or nothing does: every problem "
                                  "is listed with its line and column. A JSON export of a part "
                                  "of the organisation is merged: records changed on both sides "
                                  "since the export are reported for you to choose."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  status = lds_cli_parse (context, &argc, &argv);
  if (status != LDS_CLI_OK)
    return status;
  if (argc != 3)
    {
      lds_cli_error ("%s", _("Name the organisation file and the file to import."));
      return LDS_CLI_USAGE;
    }
  if (keep_mine && take_theirs)
    {
      lds_cli_error ("%s", _("Choose either --keep-mine or --take-theirs, not both."));
      return LDS_CLI_USAGE;
    }

  if (!lds_import_load_file (import, argv[2], &error))
    {
      g_autofree char *base = g_path_get_basename (argv[2]);
      g_autofree char *name = g_filename_display_name (base);
      g_printerr ("%s: %s\n", name, error->message);
      lds_cli_error ("%s", _("Nothing was imported."));
      return LDS_CLI_FAILED;
    }

  /* A file that does not exist yet is planned against an empty organisation,
   * and made only when the plan holds. */
  exists = g_file_test (argv[1], G_FILE_TEST_EXISTS);
  if (exists)
    store = lds_cli_open_store (argv[1], check ? LDS_STORE_OPEN_READ_ONLY : LDS_STORE_OPEN_DEFAULT);
  else
    store = lds_store_new_in_memory (&error);
  if (store == NULL)
    {
      if (error != NULL)
        lds_cli_error ("%s", error->message);
      return LDS_CLI_FAILED;
    }

  if (!lds_import_prepare (import, store, &error))
    {
      guint n = lds_import_get_problems (import) != NULL ? lds_import_get_problems (import)->len : 0;
      print_problems (import);
      if (n == 0)
        g_printerr ("%s: %s\n", lds_import_get_name (import), error->message);
      lds_cli_error (g_dngettext (GETTEXT_PACKAGE, "Nothing was imported: %u problem to correct.",
                                  "Nothing was imported: %u problems to correct.", MAX (n, 1)),
                     MAX (n, 1));
      return LDS_CLI_FAILED;
    }

  if (keep_mine)
    lds_import_resolve_all (import, LDS_IMPORT_KEEP_MINE);
  else if (take_theirs)
    lds_import_resolve_all (import, LDS_IMPORT_TAKE_THEIRS);

  display = g_filename_display_name (argv[1]);
  {
    g_autofree char *source = lds_import_describe_source (import);
    if (source != NULL)
      g_print ("%s\n", source);
  }

  if (lds_import_get_n_undecided (import) > 0)
    {
      guint n = lds_import_get_n_undecided (import);
      print_plan (import);
      print_conflicts (import);
      lds_cli_error (g_dngettext (GETTEXT_PACKAGE,
                                  "%u record was changed both in “%s” and in the imported file "
                                  "since the export. Nothing was imported: choose with "
                                  "--keep-mine or --take-theirs, or import in Lodestar’s window "
                                  "to choose one by one.",
                                  "%u records were changed both in “%s” and in the imported "
                                  "file since the export. Nothing was imported: choose with "
                                  "--keep-mine or --take-theirs, or import in Lodestar’s window "
                                  "to choose one by one.", n), n, display);
      return LDS_CLI_FAILED;
    }

  if (check)
    {
      /* Translators: %s is a file name */
      g_print (_("The file can be imported into “%s”; nothing was changed:\n"), display);
      print_plan (import);
      return LDS_CLI_OK;
    }

  if (!exists)
    {
      g_clear_object (&store);
      store = lds_cli_open_store (argv[1], LDS_STORE_OPEN_CREATE);
      if (store == NULL)
        return LDS_CLI_FAILED;
      /* The plan was made against an empty organisation, and holds for the
       * new file as it is: planning a large file again would take as long
       * as the first time. Only a file that something else filled in the
       * meantime is planned again. */
      if ((!holds_nothing (store) && !lds_import_prepare (import, store, &error)) ||
          !apply_in_bulk (import, store, &error))
        {
          g_clear_object (&store);
          g_unlink (argv[1]);
          lds_cli_error ("%s", error->message);
          return LDS_CLI_FAILED;
        }
    }
  else if (!lds_import_apply (import, store, &error))
    {
      lds_cli_error ("%s", error->message);
      return LDS_CLI_FAILED;
    }

  /* Translators: %s is a file name */
  g_print (_("Imported into “%s”:\n"), display);
  print_plan (import);
  return LDS_CLI_OK;
}
