/* lds-workshop-audience.h: the workshop on the projector
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A window for the room, full screen: the stage, and at its foot the words
 * being typed, as large as the rest. Every step of the workshop has its key
 * here, so that on one screen the facilitator needs nothing else.
 */

#pragma once

#include <gtk/gtk.h>

#include "lds-workshop-session.h"

G_BEGIN_DECLS

#define LDS_TYPE_WORKSHOP_AUDIENCE (lds_workshop_audience_get_type ())

G_DECLARE_FINAL_TYPE (LdsWorkshopAudience, lds_workshop_audience, LDS, WORKSHOP_AUDIENCE, GtkWindow)

GtkWindow *lds_workshop_audience_new       (LdsWorkshopSession  *session);
GtkWidget *lds_workshop_audience_get_stage (LdsWorkshopAudience *self);
GtkWidget *lds_workshop_audience_get_entry (LdsWorkshopAudience *self);

G_END_DECLS
