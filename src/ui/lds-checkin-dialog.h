/* lds-checkin-dialog.h: one check-in of a key result, or one update of a KPI
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A small dialog: the new value (for a milestone, done or not), the
 * confidence on a 0–10 scale, a note on what happened and what is in the
 * way, and the day (today, or a day missed). "Check In" writes it as one
 * action (lds_store_check_in()); a refused value shows its message at its
 * field and nothing is written. A KPI's update has a value, a note and a
 * day. The fields carry the CSS classes "lds-field-value",
 * "lds-field-confidence", "lds-field-note" and "lds-field-date".
 */

#pragma once

#include <gtk/gtk.h>

#include "lds-store.h"

G_BEGIN_DECLS

GtkWidget *lds_checkin_dialog_new     (GtkWindow *parent,
                                       LdsStore  *store,
                                       LdsId      key_result_id);
GtkWidget *lds_kpi_checkin_dialog_new (GtkWindow *parent,
                                       LdsStore  *store,
                                       LdsId      kpi_id);
gboolean   lds_checkin_read_day       (const char  *text,
                                       gint64      *at,
                                       GError     **error);

G_END_DECLS
