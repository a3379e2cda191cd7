/* lds-cycle-dialog.h: the organisation's cycles, nested, with their dates and states
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lds-form.h"
#include "lds-store.h"

G_BEGIN_DECLS

#define LDS_TYPE_CYCLE_DIALOG (lds_cycle_dialog_get_type ())

G_DECLARE_FINAL_TYPE (LdsCycleDialog, lds_cycle_dialog, LDS, CYCLE_DIALOG, GtkWindow)

GtkWidget *lds_cycle_dialog_new        (GtkWindow      *parent,
                                        LdsStore       *store,
                                        LdsId           cycle_id);
LdsId      lds_cycle_dialog_get_cycle  (LdsCycleDialog *self);
void       lds_cycle_dialog_select     (LdsCycleDialog *self,
                                        LdsId           cycle_id);
LdsForm   *lds_cycle_dialog_get_form   (LdsCycleDialog *self);
const char *lds_cycle_dialog_get_status (LdsCycleDialog *self);

G_END_DECLS
