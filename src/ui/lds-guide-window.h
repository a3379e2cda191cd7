/* lds-guide-window.h: the guide to the method, from the help menu
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define LDS_TYPE_GUIDE_WINDOW (lds_guide_window_get_type ())

G_DECLARE_FINAL_TYPE (LdsGuideWindow, lds_guide_window, LDS, GUIDE_WINDOW, GtkWindow)

LdsGuideWindow *lds_guide_window_new           (GtkApplication *application,
                                                GtkWindow      *parent);
char           *lds_guide_window_get_text      (LdsGuideWindow *self);
guint           lds_guide_window_get_n_sections (LdsGuideWindow *self);
void            lds_guide_window_show_section  (LdsGuideWindow *self,
                                                guint           section);
GVariant       *lds_guide_window_save_state    (LdsGuideWindow *self);
void            lds_guide_window_restore_state (LdsGuideWindow *self,
                                                GVariant       *state);

G_END_DECLS
