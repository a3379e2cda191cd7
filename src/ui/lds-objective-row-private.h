/* lds-objective-row-private.h: what the row's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "lds-objective-row.h"

G_BEGIN_DECLS

#define DRAG_OBJECTIVE   "lodestar-objective:"
#define DRAG_KEY_RESULT  "lodestar-key-result:"
#define MAX_SERVED_SHOWN 3

/* A key result's row keeps its id. */
#define KR_ID(row) ((LdsId) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "lds-id")))

/* lds-objective-row-parts.c */
GtkWidget *_lds_row_handle_new    (const char                *what);
void       _lds_row_drop_zone     (GtkWidget                 *widget,
                                   const char                *what);
GtkWidget *_lds_row_links_box     (const LdsObjectiveRowData *data);
GtkWidget *_lds_row_served_badge  (const LdsObjectiveRowData *data,
                                   LdsId                      kr_id);
GtkWidget *_lds_row_kr_marks      (const LdsObjectiveRowData *data,
                                   const LdsKeyResult        *kr);

G_END_DECLS
