/* lds-map-page-export.c: exporting and printing the map the window shows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Exports write the map as it is on screen (its filter, orientation,
 * collapsed and focused parts) through the same io functions as
 * `lodestar export`; printing pages it the way PDF export does.
 */

#define G_LOG_DOMAIN "lds-map-page"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lds-dialogs.h"
#include "lds-export-dot.h"
#include "lds-export-map.h"
#include "lds-map-page-private.h"
#include "lds-map-paper.h"

static const struct
{
  const char *format;
  const char *name;     /* translated where shown */
  const char *mime;
} formats[] = {
  { "pdf", N_("PDF Document"), "application/pdf" },
  { "svg", N_("SVG Picture"), "image/svg+xml" },
  { "png", N_("PNG Picture"), "image/png" },
  { "dot", N_("Graphviz Graph"), "text/vnd.graphviz" },
};

static const char * const page_ids[] = { "none", "a4", "a3", "a2", "a1", "a0" };

static void
show_error (LdsMapPage   *self,
            const char   *primary,
            const GError *error)
{
  lds_show_error_over (GTK_WIDGET (self), primary, error);
}

static const char *
format_for_path (const char *path)
{
  const char *dot = strrchr (path, '.');

  if (dot == NULL || strchr (dot, '/') != NULL)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (g_ascii_strcasecmp (dot + 1, formats[i].format) == 0)
      return formats[i].format;
  return NULL;
}

/**
 * _lds_map_page_export_to:
 * @format: "pdf", "svg", "png" or "dot"
 * @page: 0 for the map's own size, 1 (A4) … 5 (A0)
 *
 * Writes the map as the page shows it.
 */
gboolean
_lds_map_page_export_to (LdsMapPage  *self,
                         const char  *path,
                         const char  *format,
                         int          page,
                         gboolean     landscape,
                         double       scale,
                         GError     **error)
{
  LdsMapLayout *layout = lds_map_view_get_layout (self->view);
  LdsExportOptions options = { 0 };

  if (layout == NULL)
    {
      g_set_error_literal (error, LDS_EXPORT_ERROR, LDS_EXPORT_ERROR_INVALID,
                           _("There is no map to export."));
      return FALSE;
    }
  if (g_strcmp0 (format, "dot") == 0)
    return lds_export_dot_write (layout, path, error);
  options.page = CLAMP (page, LDS_EXPORT_PAGE_NONE, LDS_EXPORT_PAGE_A0);
  options.landscape = landscape;
  options.scale = scale;
  return lds_export_map_write (layout, format, &options, path, error);
}

static void
export_file_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  LdsMapPage *self = LDS_MAP_PAGE (widget);
  const char *path = g_variant_get_string (parameter, NULL);
  const char *format = format_for_path (path);
  g_autoptr(GError) error = NULL;

  if (format == NULL)
    {
      g_autofree char *name = g_filename_display_basename (path);

      g_set_error (&error, LDS_EXPORT_ERROR, LDS_EXPORT_ERROR_UNKNOWN_FORMAT,
                   /* Translators: %s is a file name */
                   _("“%s” does not end in .pdf, .svg, .png or .dot, so Lodestar cannot tell which "
                     "format to write."), name);
    }
  if (error != NULL || !_lds_map_page_export_to (self, path, format, 0, FALSE, 1.0, &error))
    show_error (self, _("Could not export the map"), error);
}

static void
chooser_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     LdsMapPage      *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  const char *format, *choice;
  GtkFileFilter *filter;
  int page = 0;
  gboolean landscape;
  double scale = 1;

  if (response != GTK_RESPONSE_ACCEPT)
    goto out;
  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  path = file != NULL ? g_file_get_path (file) : NULL;
  if (path == NULL)
    goto out;

  /* The format: by the name's ending, else the filter chosen (and the
   * ending added). */
  format = format_for_path (path);
  filter = gtk_file_chooser_get_filter (GTK_FILE_CHOOSER (dialog));
  if (format == NULL)
    {
      format = filter != NULL ? g_object_get_data (G_OBJECT (filter), "lds-format") : NULL;
      if (format == NULL)
        format = "pdf";
      g_free (g_steal_pointer (&path));
      path = g_strdup_printf ("%s.%s", g_file_peek_path (file), format);
    }

  choice = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (dialog), "page");
  for (guint i = 0; choice != NULL && i < G_N_ELEMENTS (page_ids); i++)
    if (g_str_equal (choice, page_ids[i]))
      page = i;
  landscape = g_strcmp0 (gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (dialog), "landscape"), "true") == 0;
  choice = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (dialog), "scale");
  if (choice != NULL)
    scale = g_ascii_strtod (choice, NULL);

  if (!_lds_map_page_export_to (self, path, format, page, landscape, scale, &error))
    show_error (self, _("Could not export the map"), error);

out:
  gtk_native_dialog_destroy (dialog);
  g_clear_object (&self->chooser);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LdsMapPage *self = LDS_MAP_PAGE (widget);
  GtkFileChooserNative *chooser;
  LdsMapModel *model = lds_map_view_get_model (self->view);
  g_autofree char *name = NULL;
  const char *page_labels[] = { _("As Large as the Map"), "A4", "A3", "A2", "A1", "A0", NULL };
  const char *scale_ids[] = { "1", "2", "3", NULL };
  const char *scale_labels[] = { _("1× (screen)"), _("2× (sharp)"), _("3× (print)"), NULL };

  if (self->chooser != NULL || model == NULL)
    return;
  chooser = gtk_file_chooser_native_new (_("Export Map"), lds_widget_get_window (GTK_WIDGET (self)),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      GtkFileFilter *filter = gtk_file_filter_new ();

      gtk_file_filter_set_name (filter, _(formats[i].name));
      gtk_file_filter_add_mime_type (filter, formats[i].mime);
      g_object_set_data (G_OBJECT (filter), "lds-format", (gpointer) formats[i].format);
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
      g_object_unref (filter);
    }
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (chooser), "page", _("Page size (PDF, SVG)"),
                               (const char **) page_ids, page_labels);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (chooser), "page", "none");
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (chooser), "landscape", _("Landscape"), NULL, NULL);
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (chooser), "scale", _("Picture scale (PNG)"),
                               scale_ids, scale_labels);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (chooser), "scale", "1");

  /* A name that says what it is: "Northwind · 2026 Q4.pdf" */
  name = g_strdup_printf ("%s.pdf", lds_map_model_get_title (model));
  g_strdelimit (name, "/\\", '-');
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);

  self->chooser = GTK_NATIVE_DIALOG (chooser);
  g_signal_connect (chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Printing */

typedef struct
{
  LdsMapLayout *layout;
  LdsMapPaper   paper;
} Print;

static void
print_free (gpointer data)
{
  Print *print = data;

  g_object_unref (print->layout);
  g_free (print);
}

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                Print             *print)
{
  lds_map_paper_plan (print->layout, gtk_print_context_get_width (context),
                      gtk_print_context_get_height (context), TRUE, &print->paper);
  gtk_print_operation_set_n_pages (operation, lds_map_paper_n_pages (&print->paper));
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              Print             *print)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);

  lds_map_paper_render_page (print->layout, &print->paper, page, cr, NULL, NULL);
}

static void
print_map (LdsMapPage *self,
           const char *export_path)
{
  LdsMapLayout *layout = lds_map_view_get_layout (self->view);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GtkPageSetup) setup = NULL;
  g_autoptr(GError) error = NULL;
  Print *print;
  GtkPrintOperationResult result;

  if (layout == NULL)
    return;
  print = g_new0 (Print, 1);
  print->layout = g_object_ref (layout);

  operation = gtk_print_operation_new ();
  g_object_set_data_full (G_OBJECT (operation), "lds-print", print, print_free);
  gtk_print_operation_set_job_name (operation,
                                    lds_map_model_get_title (lds_map_layout_get_model (layout)));
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  /* Maps are wide: landscape unless the person chooses otherwise. */
  setup = gtk_page_setup_new ();
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
  gtk_print_operation_set_default_page_setup (operation, setup);
  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), print);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), print);

  if (export_path != NULL)
    gtk_print_operation_set_export_filename (operation, export_path);
  result = gtk_print_operation_run (operation,
                                    export_path != NULL ? GTK_PRINT_OPERATION_ACTION_EXPORT
                                                        : GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    lds_widget_get_window (GTK_WIDGET (self)), &error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    show_error (self, _("Could not print the map"), error);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  print_map (LDS_MAP_PAGE (widget), NULL);
}

/* Printing into a PDF file, without the dialog */
static void
print_file_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  print_map (LDS_MAP_PAGE (widget), g_variant_get_string (parameter, NULL));
}

void
_lds_map_page_class_init_export (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "map-page.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "map-page.export-file", "s", export_file_action);
  gtk_widget_class_install_action (widget_class, "map-page.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "map-page.print-file", "s", print_file_action);

  /* Ctrl+E and Ctrl+P are the application's (the organisation's export, the
   * cycle report), caught before any view sees them; Shift adds "this view's",
   * as the coach does for its champion report. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_E, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "map-page.export", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_P, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "map-page.print", NULL);
}
