/* lds-import-actions.c: app.import, app.export, app.print-report
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Both act on the active window's organisation. Import asks for a CSV or
 * JSON file and shows LdsImportDialog; Export asks where to write, in which
 * of the export registry's formats (lds-export.h), and which part: the whole
 * organisation or the unit selected in the window, every cycle or the one
 * shown. Print Report prints the cycle report of the cycle the window shows,
 * for the unit selected in it.
 */

#define G_LOG_DOMAIN "lds-import-actions"

#include "config.h"

#include <glib/gi18n.h>

#include "lds-dialogs.h"
#include "lds-export.h"
#include "lds-import-actions.h"
#include "lds-import-dialog.h"
#include "lds-report-print.h"
#include "lds-window.h"

static LdsWindow *
active_window (GtkApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (app);

  while (window != NULL && !LDS_IS_WINDOW (window))
    window = gtk_window_get_transient_for (window);
  return window != NULL ? LDS_WINDOW (window) : NULL;
}

/* Import */

static void
import_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    LdsWindow       *window)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;

      if (path != NULL)
        gtk_window_present (GTK_WINDOW (lds_import_dialog_new (GTK_WINDOW (window),
                                                               lds_window_get_store (window),
                                                               path)));
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  g_object_unref (window);
}

static void
import_activated (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  LdsWindow *window = active_window (user_data);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) csv = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) json = gtk_file_filter_new ();

  if (window == NULL)
    return;

  gtk_file_filter_set_name (all, _("Spreadsheets and Lodestar exports"));
  gtk_file_filter_add_suffix (all, "csv");
  gtk_file_filter_add_suffix (all, "tsv");
  gtk_file_filter_add_suffix (all, "json");
  gtk_file_filter_set_name (csv, _("CSV spreadsheets"));
  gtk_file_filter_add_suffix (csv, "csv");
  gtk_file_filter_add_suffix (csv, "tsv");
  gtk_file_filter_set_name (json, _("Lodestar JSON exports"));
  gtk_file_filter_add_suffix (json, "json");

  chooser = gtk_file_chooser_native_new (_("Import OKRs"), GTK_WINDOW (window),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), csv);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), json);
  g_signal_connect (chooser, "response", G_CALLBACK (import_response_cb), g_object_ref (window));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Export */

static LdsId
selected_unit (LdsWindow *window)
{
  LdsContext *context = lds_window_get_context (window);
  LdsId id = lds_context_get_owner_id (context);

  if (id == 0)
    return 0;
  if (lds_context_get_owner_type (context) == LDS_RECORD_PERSON)
    {
      g_autoptr(LdsPerson) person = lds_store_get (lds_window_get_store (window),
                                                   LDS_RECORD_PERSON, id, NULL);
      return person != NULL ? person->unit_id : 0;
    }
  return lds_context_get_owner_type (context) == LDS_RECORD_UNIT ? id : 0;
}

static void
export_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    LdsWindow       *window)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *chosen = file != NULL ? g_file_get_path (file) : NULL;
      const char *format = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), "format");
      const char *part = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), "part");
      const char *cycles = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), "cycles");
      const LdsExportFormat *f = format != NULL ? lds_export_find_format (format) : NULL;
      LdsExportOptions options = { 0 };
      g_autoptr(GError) error = NULL;
      g_autofree char *path = NULL;

      if (chosen != NULL && f != NULL)
        {
          g_autofree char *suffix = g_strconcat (".", f->extension, NULL);
          path = g_str_has_suffix (chosen, suffix) ? g_strdup (chosen)
                                                   : g_strconcat (chosen, suffix, NULL);
          if (g_strcmp0 (part, "unit") == 0)
            options.unit_id = selected_unit (window);
          if (g_strcmp0 (cycles, "shown") == 0)
            options.cycle_id = lds_window_get_cycle_id (window);
          if (f->uses_page)
            options.page = LDS_EXPORT_PAGE_A4;
          if (!lds_export (lds_window_get_store (window), f->name, &options, path, &error))
            lds_show_error (gtk_window_get_application (GTK_WINDOW (window)), GTK_WINDOW (window),
                            _("Could not export the organisation"), error);
        }
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  g_object_unref (window);
}

static void
export_activated (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  LdsWindow *window = active_window (user_data);
  GtkFileChooserNative *chooser;
  guint n = 0;
  const LdsExportFormat *formats = lds_export_get_formats (&n);
  g_autofree const char **ids = g_new0 (const char *, n + 1);
  g_autofree const char **labels = g_new0 (const char *, n + 1);
  g_autofree char *unit_label = NULL, *cycle_label = NULL;
  g_autoptr(LdsUnit) unit = NULL;
  g_autoptr(LdsCycle) cycle = NULL;
  LdsStore *store;

  if (window == NULL || n == 0)
    return;
  store = lds_window_get_store (window);

  for (guint i = 0; i < n; i++)
    {
      ids[i] = formats[i].name;
      labels[i] = _(formats[i].description);
    }

  chooser = gtk_file_chooser_native_new (_("Export Organisation"), GTK_WINDOW (window),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (chooser), "format", _("Format"), ids, labels);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (chooser), "format", ids[0]);

  if (selected_unit (window) != 0)
    unit = lds_store_get (store, LDS_RECORD_UNIT, selected_unit (window), NULL);
  if (unit != NULL)
    {
      const char *part_ids[] = { "whole", "unit", NULL };
      const char *part_labels[] = { _("The whole organisation"), NULL, NULL };

      /* Translators: %s is a unit's name */
      unit_label = g_strdup_printf (_("%s and the units below it"), unit->name);
      part_labels[1] = unit_label;
      gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (chooser), "part", _("Part"), part_ids,
                                   part_labels);
      gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (chooser), "part", "whole");
    }

  if (lds_window_get_cycle_id (window) != 0)
    cycle = lds_store_get (store, LDS_RECORD_CYCLE, lds_window_get_cycle_id (window), NULL);
  if (cycle != NULL)
    {
      const char *cycle_ids[] = { "all", "shown", NULL };
      const char *cycle_labels[] = { _("Every cycle"), NULL, NULL };

      /* Translators: %s is a cycle's name, such as "2027 Q1" */
      cycle_label = g_strdup_printf (_("Only %s"), cycle->name);
      cycle_labels[1] = cycle_label;
      gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (chooser), "cycles", _("Cycles"), cycle_ids,
                                   cycle_labels);
      gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (chooser), "cycles", "all");
    }

  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser),
                                     /* Translators: the suggested name of an export, without its extension */
                                     _("Organisation"));
  g_signal_connect (chooser, "response", G_CALLBACK (export_response_cb), g_object_ref (window));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Printing */

static void
print_report_activated (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  LdsWindow *window = active_window (user_data);
  g_autoptr(GError) error = NULL;

  if (window == NULL)
    return;
  if (lds_report_print (GTK_WINDOW (window), lds_window_get_store (window),
                        lds_window_get_cycle_id (window), selected_unit (window),
                        GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, NULL, &error)
      == GTK_PRINT_OPERATION_RESULT_ERROR)
    lds_show_error (gtk_window_get_application (GTK_WINDOW (window)), GTK_WINDOW (window),
                    _("Could not print the report"), error);
}

static const GActionEntry actions[] = {
  { "import", import_activated },
  { "export", export_activated },
  { "print-report", print_report_activated },
};

/**
 * lds_import_actions_add:
 *
 * Adds app.import (Ctrl+I), app.export (Ctrl+E) and app.print-report
 * (Ctrl+P) to @app.
 */
void
lds_import_actions_add (GtkApplication *app)
{
  static const struct { const char *action; const char *accels[2]; } accels[] = {
    { "app.import", { "<Control>i", NULL } },
    { "app.export", { "<Control>e", NULL } },
    { "app.print-report", { "<Control>p", NULL } },
  };

  g_return_if_fail (GTK_IS_APPLICATION (app));

  g_action_map_add_action_entries (G_ACTION_MAP (app), actions, G_N_ELEMENTS (actions), app);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (app, accels[i].action, accels[i].accels);
}
