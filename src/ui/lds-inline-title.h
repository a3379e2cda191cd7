/* lds-inline-title.h: a title that can be edited where it is shown
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A wrapping label that turns into an entry on a double click or with
 * lds_inline_title_start_editing() (F2 in the workspace). Enter or leaving
 * the entry emits ::commit with the new text when it changed; Escape puts
 * the old text back.
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define LDS_TYPE_INLINE_TITLE (lds_inline_title_get_type ())

G_DECLARE_FINAL_TYPE (LdsInlineTitle, lds_inline_title, LDS, INLINE_TITLE, GtkWidget)

GtkWidget  *lds_inline_title_new           (const char     *text);
const char *lds_inline_title_get_text      (LdsInlineTitle *self);
GtkWidget  *lds_inline_title_get_label     (LdsInlineTitle *self);
void        lds_inline_title_start_editing (LdsInlineTitle *self);
gboolean    lds_inline_title_get_editing   (LdsInlineTitle *self);
GtkWidget  *lds_inline_title_get_entry     (LdsInlineTitle *self);
void        lds_inline_title_set_editing_text (LdsInlineTitle *self,
                                               const char     *text);
void        lds_inline_title_stop_editing  (LdsInlineTitle *self,
                                            gboolean        commit);

G_END_DECLS
