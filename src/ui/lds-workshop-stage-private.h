/* lds-workshop-stage-private.h: what the stage's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "lds-workshop-stage.h"

G_BEGIN_DECLS

typedef struct
{
  LdsId            id;
  graphene_rect_t  rect;
} LdsStageCardRect;

struct _LdsWorkshopStage
{
  GtkWidget            parent_instance;

  LdsWorkshopSession  *session;
  gboolean             audience;      /* the projector's, rather than the preview */
  double               unit;          /* a fortieth of the height: the smallest text */
  double               footer;        /* the band at the bottom, where words are typed */
  double               smallest;      /* the smallest text drawn last time, in pixels */
  double               lowest_contrast; /* of words against their ground, drawn into an image */
  double               scroll;        /* how far the cards are scrolled, in pixels */
  GArray              *rects;         /* LdsStageCardRect, as drawn last */
  GPtrArray           *texts;         /* the words drawn last, in order (for tests) */
  GPtrArray           *cut;           /* those of them cut short with "…" (for tests) */
  guint                n_cards;
};

/* lds-workshop-stage-draw.c */
void _lds_workshop_stage_draw (LdsWorkshopStage *self,
                               cairo_t          *cr,
                               double            width,
                               double            height);

G_END_DECLS
