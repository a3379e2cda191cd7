/* lds-report-print.h: printing the cycle report
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lds-store.h"

G_BEGIN_DECLS

GtkPrintOperationResult lds_report_print (GtkWindow                *parent,
                                          LdsStore                 *store,
                                          LdsId                     cycle_id,
                                          LdsId                     unit_id,
                                          GtkPrintOperationAction   action,
                                          const char               *export_path,
                                          GError                  **error);

G_END_DECLS
