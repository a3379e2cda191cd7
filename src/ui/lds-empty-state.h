/* lds-empty-state.h: what a view shows when it has nothing to show
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define LDS_TYPE_EMPTY_STATE (lds_empty_state_get_type ())

G_DECLARE_FINAL_TYPE (LdsEmptyState, lds_empty_state, LDS, EMPTY_STATE, GtkWidget)

GtkWidget *lds_empty_state_new            (void);
void       lds_empty_state_set            (LdsEmptyState *self,
                                           const char    *icon_name,
                                           const char    *title,
                                           const char    *description);
void       lds_empty_state_set_button     (LdsEmptyState *self,
                                           const char    *label,
                                           const char    *action_name,
                                           GVariant      *target);
void       lds_empty_state_no_cycles      (LdsEmptyState *self);
void       lds_empty_state_no_objectives  (LdsEmptyState *self,
                                           const char    *description);

G_END_DECLS
