/* lds-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lds-application.h"
#include "lds-context.h"
#include "lds-store.h"

G_BEGIN_DECLS

#define LDS_TYPE_WINDOW (lds_window_get_type ())

G_DECLARE_FINAL_TYPE (LdsWindow, lds_window, LDS, WINDOW, GtkApplicationWindow)

LdsWindow *lds_window_new             (LdsApplication *application,
                                       LdsStore       *store);
LdsStore   *lds_window_get_store      (LdsWindow      *self);
LdsContext *lds_window_get_context    (LdsWindow      *self);
void        lds_window_show_view      (LdsWindow      *self,
                                       const char     *name);
LdsId      lds_window_get_cycle_id    (LdsWindow      *self);
gboolean   lds_window_select_owner    (LdsWindow      *self,
                                       LdsRecordType   type,
                                       LdsId           id);
void       lds_window_show_result     (LdsWindow      *self,
                                       LdsRecordType   type,
                                       LdsId           id);

/* lds-window-state.c */
GVariant  *lds_window_save_state      (LdsWindow      *self);
void       lds_window_restore_state   (LdsWindow      *self,
                                       GVariant       *state);

G_END_DECLS
