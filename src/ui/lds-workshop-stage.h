/* lds-workshop-stage.h: what the room sees of a workshop
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The stage draws a running workshop for a projector, in large type sized
 * to the widget (no text smaller than a fortieth of its height) and in high
 * contrast: the phase and the countdown at the top, the parent OKRs the
 * team aligns to ("up"), the team's cards, the neighbouring teams' OKRs
 * beside them ("left and right"), the coach's hint on the card in focus,
 * and, when asked, every key of the phase. The facilitator's window shows
 * a small one too.
 */

#pragma once

#include <gtk/gtk.h>

#include "lds-workshop-session.h"

G_BEGIN_DECLS

#define LDS_TYPE_WORKSHOP_STAGE (lds_workshop_stage_get_type ())

G_DECLARE_FINAL_TYPE (LdsWorkshopStage, lds_workshop_stage, LDS, WORKSHOP_STAGE, GtkWidget)

GtkWidget *lds_workshop_stage_new                (LdsWorkshopSession *session,
                                                  gboolean            audience);
void       lds_workshop_stage_render             (LdsWorkshopStage   *self,
                                                  cairo_t            *cr,
                                                  int                 width,
                                                  int                 height);
double     lds_workshop_stage_get_unit           (LdsWorkshopStage   *self);
double     lds_workshop_stage_get_footer_height  (LdsWorkshopStage   *self);
double     lds_workshop_stage_get_smallest_text  (LdsWorkshopStage   *self);
double     lds_workshop_stage_get_lowest_contrast (LdsWorkshopStage  *self);
guint      lds_workshop_stage_get_n_cards_shown  (LdsWorkshopStage   *self);
const GPtrArray *lds_workshop_stage_get_texts    (LdsWorkshopStage   *self);
const GPtrArray *lds_workshop_stage_get_cut_texts (LdsWorkshopStage  *self);

G_END_DECLS
