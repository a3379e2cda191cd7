/* lds-workshop-controls.h: the facilitator's controls of a workshop
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * On the laptop while the projector shows the audience view: a picture of
 * what the room sees, the words being typed, the phase, the countdown, the
 * card in focus with a button for each step, and the coach's hint. Every
 * button has the same key as on the audience view.
 */

#pragma once

#include <gtk/gtk.h>

#include "lds-workshop-session.h"

G_BEGIN_DECLS

#define LDS_TYPE_WORKSHOP_CONTROLS (lds_workshop_controls_get_type ())

G_DECLARE_FINAL_TYPE (LdsWorkshopControls, lds_workshop_controls, LDS, WORKSHOP_CONTROLS, GtkWindow)

GtkWindow *lds_workshop_controls_new       (LdsWorkshopSession  *session);
GtkWidget *lds_workshop_controls_get_entry (LdsWorkshopControls *self);

G_END_DECLS
