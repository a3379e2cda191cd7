/* lds-objective-editor.h: every field of an objective, and its alignment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lds-context.h"
#include "lds-form.h"

G_BEGIN_DECLS

#define LDS_TYPE_OBJECTIVE_EDITOR (lds_objective_editor_get_type ())

G_DECLARE_FINAL_TYPE (LdsObjectiveEditor, lds_objective_editor, LDS, OBJECTIVE_EDITOR, GtkWidget)

GtkWidget *lds_objective_editor_new           (LdsContext         *context);
void       lds_objective_editor_set_objective (LdsObjectiveEditor *self,
                                               LdsId               objective_id);
LdsId      lds_objective_editor_get_objective (LdsObjectiveEditor *self);
LdsForm   *lds_objective_editor_get_form      (LdsObjectiveEditor *self);
void       lds_objective_editor_focus         (LdsObjectiveEditor *self);

G_END_DECLS
