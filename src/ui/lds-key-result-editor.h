/* lds-key-result-editor.h: every field of a key result
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lds-context.h"
#include "lds-form.h"

G_BEGIN_DECLS

#define LDS_TYPE_KEY_RESULT_EDITOR (lds_key_result_editor_get_type ())

G_DECLARE_FINAL_TYPE (LdsKeyResultEditor, lds_key_result_editor, LDS, KEY_RESULT_EDITOR, GtkWidget)

GtkWidget *lds_key_result_editor_new            (LdsContext         *context);
void       lds_key_result_editor_set_key_result (LdsKeyResultEditor *self,
                                                 LdsId               key_result_id);
LdsId      lds_key_result_editor_get_key_result (LdsKeyResultEditor *self);
LdsForm   *lds_key_result_editor_get_form       (LdsKeyResultEditor *self);
void       lds_key_result_editor_focus          (LdsKeyResultEditor *self);

G_END_DECLS
