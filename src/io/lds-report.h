/* lds-report.h: the cycle report, in Markdown, HTML and PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One cycle of an organisation (or of one unit and those below it): a
 * summary of the scores, the OKR coach's findings, then the OKRs unit by
 * unit with their scores, their key results' progress and what each
 * objective aligns to. The same content is written as Markdown, as a
 * standalone HTML page, or laid out on pages (lds-paged-doc.h) for a PDF
 * file or a printer.
 *
 * The coach's findings come from a function set with
 * lds_report_set_findings_func(), so that this layer does not depend on
 * how the coach is built; without one, the report says that the findings
 * are not available.
 */

#pragma once

#include "lds-export.h"
#include "lds-paged-doc.h"

G_BEGIN_DECLS

typedef enum
{
  LDS_REPORT_SEVERITY_ERROR,
  LDS_REPORT_SEVERITY_WARNING,
  LDS_REPORT_SEVERITY_HINT,
} LdsReportSeverity;

/* One coach finding as the report shows it; every text translated. */
typedef struct
{
  LdsReportSeverity  severity;
  char              *severity_label;   /* "Error", "Warning", "Hint" */
  char              *rule;             /* the rule's name */
  char              *owner;            /* a unit's path or a person's name */
  char              *title;            /* the objective's or key result's title */
  char              *message;          /* what is wrong, and how to fix it */
} LdsReportFinding;

/* Returns (transfer full) an array of LdsReportFinding, freed with
 * lds_report_finding_free(), for one cycle (and one unit and below, or 0
 * for the whole organisation); NULL with an error when it cannot. */
typedef GPtrArray *(*LdsReportFindingsFunc) (LdsStore  *store,
                                             LdsId      cycle_id,
                                             LdsId      unit_id,
                                             GError   **error);

void          lds_report_set_findings_func (LdsReportFindingsFunc    func);
void          lds_report_finding_free      (LdsReportFinding        *finding);

char         *lds_report_to_markdown       (LdsStore                *store,
                                            const LdsExportOptions  *options,
                                            GError                 **error);
char         *lds_report_to_html           (LdsStore                *store,
                                            const LdsExportOptions  *options,
                                            GError                 **error);
LdsPagedDoc  *lds_report_to_paged_doc      (LdsStore                *store,
                                            const LdsExportOptions  *options,
                                            double                   page_width,
                                            double                   page_height,
                                            GError                 **error);

/* Rows of the export table */
gboolean      lds_export_report_markdown   (LdsStore                *store,
                                            const LdsExportOptions  *options,
                                            const char              *path,
                                            GError                 **error);
gboolean      lds_export_report_html       (LdsStore                *store,
                                            const LdsExportOptions  *options,
                                            const char              *path,
                                            GError                 **error);
gboolean      lds_export_report_pdf        (LdsStore                *store,
                                            const LdsExportOptions  *options,
                                            const char              *path,
                                            GError                 **error);

G_END_DECLS
