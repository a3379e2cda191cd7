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
 * The findings are the OKR coach's (lds_coach_check_store()) for the same
 * cycle and unit.
 */

#pragma once

#include "lds-export.h"
#include "lds-paged-doc.h"

G_BEGIN_DECLS

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
