/* lds-note-editor.h: a few lines of text, saved as they are typed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define LDS_TYPE_NOTE_EDITOR (lds_note_editor_get_type ())

G_DECLARE_FINAL_TYPE (LdsNoteEditor, lds_note_editor, LDS, NOTE_EDITOR, GtkWidget)

GtkWidget *lds_note_editor_new       (const char    *accessible_label);
char      *lds_note_editor_get_text  (LdsNoteEditor *self);
void       lds_note_editor_set_text  (LdsNoteEditor *self,
                                      const char    *text);
gboolean   lds_note_editor_is_dirty  (LdsNoteEditor *self);
void       lds_note_editor_flush     (LdsNoteEditor *self);
GtkWidget *lds_note_editor_get_view  (LdsNoteEditor *self);

G_END_DECLS
