/* lds-revision-dialog.h: asking why a running cycle changes, and showing the history
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * lds_revise_record() is how every editor writes an objective or a key
 * result: a change that is no revision is written at once; a revision (in
 * an active cycle, a new title, target, start value or metric: see
 * lds-store-revision.h) first asks, in a small dialog that lists what
 * changes from what to what, for the reason, then writes the change and
 * its revisions as one action. The reason field carries the CSS class
 * "lds-field-reason".
 *
 * lds_revision_history_dialog_new() shows a record's revisions: what
 * changed, from what to what, when, by whom and why (for an objective,
 * its key results' too).
 */

#pragma once

#include <gtk/gtk.h>

#include "lds-store.h"

G_BEGIN_DECLS

typedef void (*LdsRevisionDone) (gpointer      user_data,
                                 gboolean      written,
                                 const GError *error);

void       lds_revise_record               (GtkWidget        *widget,
                                            LdsStore         *store,
                                            LdsRecordType     type,
                                            gconstpointer     record,
                                            const char       *action_name,
                                            LdsRevisionDone   done,
                                            gpointer          user_data);
GtkWidget *lds_revision_history_dialog_new (GtkWindow        *parent,
                                            LdsStore         *store,
                                            LdsRecordType     type,
                                            LdsId             id);

G_END_DECLS
