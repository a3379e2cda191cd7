/* lds-alignment-picker.h: choosing what an objective serves or depends on
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lds-store.h"

G_BEGIN_DECLS

#define LDS_TYPE_ALIGNMENT_PICKER (lds_alignment_picker_get_type ())

G_DECLARE_FINAL_TYPE (LdsAlignmentPicker, lds_alignment_picker, LDS, ALIGNMENT_PICKER, GtkWindow)

GtkWidget *lds_alignment_picker_new        (GtkWindow          *parent,
                                            LdsStore           *store,
                                            LdsId               objective_id,
                                            LdsLinkKind         kind);
void       lds_alignment_picker_search     (LdsAlignmentPicker *self,
                                            const char         *text);
guint      lds_alignment_picker_get_n_shown (LdsAlignmentPicker *self);
gboolean   lds_alignment_picker_select     (LdsAlignmentPicker *self,
                                            LdsRecordType       type,
                                            LdsId               id);

G_END_DECLS
