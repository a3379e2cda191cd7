/* lds-welcome-window.h: the first start
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define LDS_TYPE_WELCOME_WINDOW (lds_welcome_window_get_type ())

G_DECLARE_FINAL_TYPE (LdsWelcomeWindow, lds_welcome_window, LDS, WELCOME_WINDOW, GtkWindow)

LdsWelcomeWindow *lds_welcome_window_new (GtkApplication *application,
                                          GtkWindow      *parent);

G_END_DECLS
