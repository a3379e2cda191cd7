/* lds-report-print.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The report is laid out (lds-paged-doc.h) once the printer's paper is
 * known, in points on the whole sheet, and each page drawn as for a PDF
 * file: what is printed is what is exported.
 */

#define G_LOG_DOMAIN "lds-report-print"

#include "config.h"

#include <glib/gi18n.h>

#include "lds-report-print.h"
#include "lds-report.h"

typedef struct
{
  LdsStore         *store;
  LdsExportOptions  options;
  LdsPagedDoc      *doc;
  GError           *error;
} Job;

static void
job_free (gpointer data)
{
  Job *job = data;

  g_clear_object (&job->store);
  g_clear_pointer (&job->doc, lds_paged_doc_free);
  g_clear_error (&job->error);
  g_free (job);
}

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                Job               *job)
{
  g_clear_pointer (&job->doc, lds_paged_doc_free);
  job->doc = lds_report_to_paged_doc (job->store, &job->options,
                                      gtk_print_context_get_width (context),
                                      gtk_print_context_get_height (context), &job->error);
  if (job->doc == NULL)
    {
      gtk_print_operation_cancel (operation);
      return;
    }
  gtk_print_operation_set_n_pages (operation, (int) lds_paged_doc_paginate (job->doc));
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              Job               *job)
{
  if (job->doc != NULL)
    lds_paged_doc_render_page (job->doc, gtk_print_context_get_cairo_context (context),
                               (guint) page);
}

/**
 * lds_report_print:
 * @cycle_id: the cycle, or 0 for the current one
 * @unit_id: a unit, or 0 for the whole organisation
 * @action: %GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG to ask the user, or
 *   %GTK_PRINT_OPERATION_ACTION_EXPORT to write @export_path (tests)
 *
 * Prints the cycle report.
 */
GtkPrintOperationResult
lds_report_print (GtkWindow                *parent,
                  LdsStore                 *store,
                  LdsId                     cycle_id,
                  LdsId                     unit_id,
                  GtkPrintOperationAction   action,
                  const char               *export_path,
                  GError                  **error)
{
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  GtkPrintOperationResult result;
  Job *job = g_new0 (Job, 1);

  g_return_val_if_fail (LDS_IS_STORE (store), GTK_PRINT_OPERATION_RESULT_ERROR);

  job->store = g_object_ref (store);
  job->options.cycle_id = cycle_id;
  job->options.unit_id = unit_id;
  g_object_set_data_full (G_OBJECT (operation), "lds-job", job, job_free);

  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_job_name (operation, _("OKR report"));
  if (export_path != NULL)
    gtk_print_operation_set_export_filename (operation, export_path);
  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), job);

  result = gtk_print_operation_run (operation, action, parent, error);
  if (job->error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&job->error));
      return GTK_PRINT_OPERATION_RESULT_ERROR;
    }
  return result;
}
