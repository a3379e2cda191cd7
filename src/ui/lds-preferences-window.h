/* lds-preferences-window.h: the person's preferences, and the organisation's settings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lds-store.h"

G_BEGIN_DECLS

#define LDS_TYPE_PREFERENCES_WINDOW (lds_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (LdsPreferencesWindow, lds_preferences_window, LDS, PREFERENCES_WINDOW, GtkWindow)

LdsPreferencesWindow *lds_preferences_window_new           (GtkApplication       *application,
                                                            GtkWindow            *parent,
                                                            LdsStore             *store);
LdsStore             *lds_preferences_window_get_store     (LdsPreferencesWindow *self);
GVariant             *lds_preferences_window_save_state    (LdsPreferencesWindow *self);
void                  lds_preferences_window_restore_state (LdsPreferencesWindow *self,
                                                            GVariant             *state);

G_END_DECLS
