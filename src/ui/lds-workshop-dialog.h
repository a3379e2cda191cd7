/* lds-workshop-dialog.h: starting a co-creation workshop, or resuming one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Lists the workshops not confirmed yet, to resume where they stopped, and
 * starts a new one for the teams and the cycle chosen.
 */

#pragma once

#include <gtk/gtk.h>

#include "lds-store.h"

G_BEGIN_DECLS

#define LDS_TYPE_WORKSHOP_DIALOG (lds_workshop_dialog_get_type ())

G_DECLARE_FINAL_TYPE (LdsWorkshopDialog, lds_workshop_dialog, LDS, WORKSHOP_DIALOG, GtkWindow)

GtkWindow *lds_workshop_dialog_new        (GtkWindow          *parent,
                                           LdsStore           *store,
                                           LdsId               cycle_id,
                                           LdsId               unit_id);
gboolean   lds_workshop_dialog_start      (LdsWorkshopDialog  *self);
gboolean   lds_workshop_dialog_resume     (LdsWorkshopDialog  *self,
                                           LdsId               workshop_id);
void       lds_workshop_dialog_set_team   (LdsWorkshopDialog  *self,
                                           LdsId               unit_id,
                                           gboolean            taking_part);

G_END_DECLS
