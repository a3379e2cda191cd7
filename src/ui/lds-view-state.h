/* lds-view-state.h: helpers for views that keep their place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A window is built again when the interface language changes (and a view
 * rebuilds its rows when the file changes). What the person had on screen
 * comes back through these: a scroll position that can be reached only
 * once the content has been laid out, and text typed into an entry or a
 * text view but not given yet.
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void       lds_adjustment_restore   (GtkAdjustment *adjustment,
                                     double         value);

GVariant  *lds_editable_save        (GtkWidget     *widget);
void       lds_editable_restore     (GtkWidget     *widget,
                                     GVariant      *state);
gboolean   lds_widget_has_focus_within (GtkWidget  *widget);

G_END_DECLS
