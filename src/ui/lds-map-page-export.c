/* lds-map-page-export.c: exporting and printing the map the window shows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Exports write the map as it is on screen (its filter, orientation,
 * collapsed and focused parts) through the same io functions as
 * `lodestar export`, in a worker thread; printing pages it the way PDF
 * export does.
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

/* Exporting in another thread
 *
 * A large map takes seconds to write (twelve for 100,000 objectives), so
 * it is written from a copy of the model in a worker thread, with fonts of
 * its own, while the window goes on answering; edits made meanwhile do not
 * reach the file. The application is held until the file is written, so
 * closing the window does not lose it. */

struct _LdsMapPageExport
{
  GWeakRef             page;
  LdsMapModel         *model;       /* the copy, laid out and drawn in the thread */
  LdsMapLayoutOptions  layout_options;
  guint8              *collapsed;
  char                *path;
  char                *format;
  LdsExportOptions     options;     /* its cancellable is the job's own */
  GApplication        *application; /* nullable */
  gint                 done;        /* per mille, set by the thread */
  gint64               started;
  guint                tick;
};

/* How long an export runs before the page shows its progress */
#define EXPORT_BAR_DELAY_US (250 * G_TIME_SPAN_MILLISECOND)

static void
export_free (LdsMapPageExport *job)
{
  g_weak_ref_clear (&job->page);
  g_clear_object (&job->model);
  g_free (job->collapsed);
  g_free (job->path);
  g_free (job->format);
  g_clear_object (&job->options.cancellable);
  g_clear_object (&job->application);
  g_free (job);
}

static void
export_progress (double   done,
                 gpointer data)
{
  LdsMapPageExport *job = data;

  g_atomic_int_set (&job->done, (int) (CLAMP (done, 0, 1) * 1000));
}

static void
export_thread (GTask        *task,
               gpointer      source,
               gpointer      data,
               GCancellable *cancellable)
{
  LdsMapPageExport *job = data;
  g_autoptr(LdsMapLayout) layout = lds_map_layout_new (job->model, &job->layout_options);
  GError *error = NULL;
  gboolean ok;

  if (g_str_equal (job->format, "dot"))
    ok = lds_export_dot_write (layout, job->path, &error);
  else
    ok = lds_export_map_write (layout, job->format, &job->options, job->path, &error);
  /* The copy's fonts were made in this thread: let them go here, with the
   * thread's font map (the pool keeps the thread for other work). */
  g_clear_object (&layout);
  g_clear_object (&job->model);
  pango_cairo_font_map_set_default (NULL);
  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static gboolean
export_tick_cb (gpointer data)
{
  LdsMapPageExport *job = data;
  g_autoptr(LdsMapPage) self = g_weak_ref_get (&job->page);

  if (self == NULL || g_get_monotonic_time () - job->started < EXPORT_BAR_DELAY_US)
    return G_SOURCE_CONTINUE;
  /* Until the first page (or the drawing) is done, only that it runs */
  if (g_atomic_int_get (&job->done) == 0)
    gtk_progress_bar_pulse (self->export_progress);
  else
    gtk_progress_bar_set_fraction (self->export_progress, g_atomic_int_get (&job->done) / 1000.0);
  gtk_revealer_set_reveal_child (self->export_bar, TRUE);
  return G_SOURCE_CONTINUE;
}

/* The page no longer shows @job (it ended, or the page went away). */
static void
export_detach (LdsMapPage       *self,
               LdsMapPageExport *job)
{
  g_clear_handle_id (&job->tick, g_source_remove);
  g_weak_ref_set (&job->page, NULL);
  self->export = NULL;
  if (self->export_bar != NULL)
    gtk_revealer_set_reveal_child (self->export_bar, FALSE);
  _lds_map_page_update_actions (self);
}

static void
export_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      data)
{
  LdsMapPageExport *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(LdsMapPage) self = g_weak_ref_get (&job->page);
  g_autoptr(GError) error = NULL;

  /* The page's end detached the job already (and stopped its tick). */
  if (self != NULL)
    export_detach (self, job);
  if (!g_task_propagate_boolean (G_TASK (result), &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      if (self != NULL)
        show_error (self, _("Could not export the map"), error);
      else
        lds_show_error (job->application != NULL ? GTK_APPLICATION (job->application) : NULL, NULL,
                        _("Could not export the map"), error);
    }
  /* The task may end in the worker thread: leave it nothing of GTK's. */
  if (job->application != NULL)
    g_application_release (job->application);
  g_clear_object (&job->application);
}

/**
 * _lds_map_page_export_to:
 * @format: "pdf", "svg", "png" or "dot"
 * @page: 0 for the map's own size, 1 (A4) … 5 (A0)
 *
 * Starts writing the map as the page shows it; a message tells if it
 * fails. lds_map_page_is_exporting() says when it has ended.
 */
void
_lds_map_page_export_to (LdsMapPage  *self,
                         const char  *path,
                         const char  *format,
                         int          page,
                         gboolean     landscape,
                         double       scale)
{
  LdsMapLayout *layout = lds_map_view_get_layout (self->view);
  GtkWindow *window = lds_widget_get_window (GTK_WIDGET (self));
  g_autoptr(GTask) task = NULL;
  g_autofree char *name = NULL, *label = NULL;
  LdsMapModel *model;
  LdsMapPageExport *job;

  if (self->export != NULL)
    return;
  if (layout == NULL)
    {
      g_autoptr(GError) error = NULL;

      g_set_error_literal (&error, LDS_EXPORT_ERROR, LDS_EXPORT_ERROR_INVALID,
                           _("There is no map to export."));
      show_error (self, _("Could not export the map"), error);
      return;
    }

  model = lds_map_layout_get_model (layout);
  job = g_new0 (LdsMapPageExport, 1);
  g_weak_ref_init (&job->page, self);
  job->model = lds_map_model_copy (model, NULL);
  job->layout_options = *lds_map_layout_get_options (layout);
  if (job->layout_options.collapsed != NULL)
    job->collapsed = g_memdup2 (job->layout_options.collapsed, lds_map_model_get_n_nodes (model));
  job->layout_options.collapsed = job->collapsed;
  job->path = g_strdup (path);
  job->format = g_strdup (format);
  job->options.page = CLAMP (page, LDS_EXPORT_PAGE_NONE, LDS_EXPORT_PAGE_A0);
  job->options.landscape = landscape;
  job->options.scale = scale;
  job->options.cancellable = g_cancellable_new ();
  job->options.progress = export_progress;
  job->options.progress_data = job;
  if (window != NULL && gtk_window_get_application (window) != NULL)
    {
      job->application = g_object_ref (G_APPLICATION (gtk_window_get_application (window)));
      g_application_hold (job->application);
    }
  job->started = g_get_monotonic_time ();
  job->tick = g_timeout_add (100, export_tick_cb, job);

  self->export = job;
  name = g_filename_display_basename (path);
  /* Translators: %s is a file name */
  label = g_strdup_printf (_("Exporting “%s”…"), name);
  gtk_label_set_text (self->export_label, label);
  gtk_progress_bar_set_fraction (self->export_progress, 0);
  _lds_map_page_update_actions (self);

  task = g_task_new (NULL, job->options.cancellable, export_done_cb, NULL);
  /* What the thread did decides: a Cancel that comes once the file is
   * written changes nothing, and must not say otherwise. */
  g_task_set_check_cancellable (task, FALSE);
  g_task_set_source_tag (task, _lds_map_page_export_to);
  g_task_set_task_data (task, job, (GDestroyNotify) export_free);
  g_task_run_in_thread (task, export_thread);
}

/* The page goes away: the export goes on, and tells its end without it. */
void
_lds_map_page_dispose_export (LdsMapPage *self)
{
  if (self->export != NULL)
    export_detach (self, self->export);
}

static void
cancel_export_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  LdsMapPage *self = LDS_MAP_PAGE (widget);

  if (self->export != NULL)
    g_cancellable_cancel (self->export->options.cancellable);
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
  if (error != NULL)
    show_error (self, _("Could not export the map"), error);
  else
    _lds_map_page_export_to (self, path, format, 0, FALSE, 1.0);
}

static void
chooser_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     LdsMapPage      *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
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

  _lds_map_page_export_to (self, path, format, page, landscape, scale);

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
  /* GTK draws the pages one at a time from the main loop, which goes on
   * meanwhile: print a copy, which a day chosen or the coach's findings
   * arriving meanwhile do not change halfway through. */
  {
    LdsMapModel *model = lds_map_layout_get_model (layout);
    g_autoptr(LdsMapModel) copy = lds_map_model_copy (model, lds_map_model_get_text (model));

    print->layout = lds_map_layout_new (copy, lds_map_layout_get_options (layout));
  }

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
  gtk_widget_class_install_action (widget_class, "map-page.cancel-export", NULL, cancel_export_action);
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
