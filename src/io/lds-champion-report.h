/* lds-champion-report.h: the report a champion takes to a coaching session
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For one team (a unit and everything below it, with its people) or the
 * whole organisation, in one cycle: the coach's health score, the OKRs with
 * their progress, scores and latest check-ins, the check-in streak, the key
 * results whose check-in is overdue, and the coach's findings. Written as
 * a printable PDF (A4) or as Markdown; `lodestar export --format
 * champion-pdf|champion-md [--unit PATH] [--cycle NAME]` and the coach
 * view's Export Report menu write it.
 */

#pragma once

#include "lds-export.h"
#include "lds-store.h"

G_BEGIN_DECLS

typedef enum
{
  LDS_CHAMPION_REPORT_PDF,
  LDS_CHAMPION_REPORT_MARKDOWN,
} LdsChampionReportFormat;

char     *lds_champion_report_markdown      (LdsStore                 *store,
                                             LdsId                     cycle_id,
                                             LdsId                     unit_id,
                                             GError                  **error);
gboolean  lds_champion_report_write         (LdsStore                 *store,
                                             LdsId                     cycle_id,
                                             LdsId                     unit_id,
                                             LdsChampionReportFormat   format,
                                             const char               *path,
                                             GError                  **error);
char     *lds_champion_report_default_name  (LdsStore                 *store,
                                             LdsId                     cycle_id,
                                             LdsId                     unit_id,
                                             LdsChampionReportFormat   format);

/* For the export registry (lds-export.c) */
gboolean  lds_champion_report_export_pdf      (LdsStore                *store,
                                               const LdsExportOptions  *options,
                                               const char              *path,
                                               GError                 **error);
gboolean  lds_champion_report_export_markdown (LdsStore                *store,
                                               const LdsExportOptions  *options,
                                               const char              *path,
                                               GError                 **error);

G_END_DECLS
