/* lds-key-result-tracking.h: a key result's progress, in its editor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Under the fields of the key result editor: Check In…, the history chart
 * (value against the line from start to target, confidence marked), the
 * latest check-ins (each can be deleted), the action plan's steps (tick
 * them off, add, delete; they never count toward the score) and the
 * revision history. Follows the store's changes.
 */

#pragma once

#include <gtk/gtk.h>

#include "lds-context.h"

G_BEGIN_DECLS

#define LDS_TYPE_KEY_RESULT_TRACKING (lds_key_result_tracking_get_type ())

G_DECLARE_FINAL_TYPE (LdsKeyResultTracking, lds_key_result_tracking, LDS, KEY_RESULT_TRACKING,
                      GtkWidget)

GtkWidget *lds_key_result_tracking_new            (LdsContext           *context);
void       lds_key_result_tracking_set_key_result (LdsKeyResultTracking *self,
                                                   LdsId                 key_result_id);

G_END_DECLS
