/* lds-dialogs.h: messages to the user
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GtkWindow *lds_show_error      (GtkApplication *app,
                                GtkWindow      *parent,
                                const char     *primary,
                                const GError   *error);
GtkWindow *lds_show_error_over (GtkWidget      *widget,
                                const char     *primary,
                                const GError   *error);
GtkWindow *lds_widget_get_window (GtkWidget    *widget);

G_END_DECLS
