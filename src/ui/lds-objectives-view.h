/* lds-objectives-view.h: the editing workspace
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lds-view.h"

G_BEGIN_DECLS

#define LDS_TYPE_OBJECTIVES_VIEW (lds_objectives_view_get_type ())

G_DECLARE_FINAL_TYPE (LdsObjectivesView, lds_objectives_view, LDS, OBJECTIVES_VIEW, GtkWidget)

GtkWidget *lds_objectives_view_new          (LdsContext        *context);
void       lds_objectives_view_show_record  (LdsObjectivesView *self,
                                             LdsRecordType      type,
                                             LdsId              id,
                                             gboolean           edit);
void       lds_objectives_view_new_objective (LdsObjectivesView *self);
GtkWidget *lds_objectives_view_get_editor   (LdsObjectivesView *self);

G_END_DECLS
