/* lds-export-data.h: the organisation's data as JSON and CSV
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Rows of the export table (lds-export.c). JSON holds every record of the
 * chosen part with its UUID, and is what merging reads back; CSV holds the
 * OKRs, one row per key result, in the spreadsheet format that
 * lds-import-csv.c reads. Both formats are described in README.md.
 */

#pragma once

#include "lds-export.h"

G_BEGIN_DECLS

gboolean  lds_export_json            (LdsStore                *store,
                                      const LdsExportOptions  *options,
                                      const char              *path,
                                      GError                 **error);
char     *lds_export_json_to_data    (LdsStore                *store,
                                      const LdsExportOptions  *options,
                                      gsize                   *length,
                                      GError                 **error);
gboolean  lds_export_csv             (LdsStore                *store,
                                      const LdsExportOptions  *options,
                                      const char              *path,
                                      GError                 **error);
char     *lds_export_csv_to_data     (LdsStore                *store,
                                      const LdsExportOptions  *options,
                                      gsize                   *length,
                                      GError                 **error);

G_END_DECLS
