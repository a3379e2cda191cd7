/* lds-coach-model.h: the coach's findings, shared by a window's views
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One LdsCoachModel per window (per LdsContext): it checks the whole
 * organisation in the context's cycle with the coach's rules, again after
 * every change to the file or a change of cycle, and emits ::changed once
 * the findings are new. Everything in the window that shows findings reads
 * them here, so that it is checked once, and all places agree:
 *
 *   - the coach view lists the findings of the chosen unit or person;
 *   - the organisation tree shows each unit's health;
 *   - list rows and map nodes draw a badge with
 *     lds_coach_model_count_for_record() (a row of one objective or key
 *     result) or lds_coach_model_count_for_objective() (a node holding an
 *     objective and its key results), and redraw on ::changed.
 */

#pragma once

#include <glib-object.h>

#include "lds-coach.h"
#include "lds-context.h"

G_BEGIN_DECLS

#define LDS_TYPE_COACH_MODEL (lds_coach_model_get_type ())

G_DECLARE_FINAL_TYPE (LdsCoachModel, lds_coach_model, LDS, COACH_MODEL, GObject)

#define LDS_TYPE_COACH_ITEM (lds_coach_item_get_type ())

G_DECLARE_FINAL_TYPE (LdsCoachItem, lds_coach_item, LDS, COACH_ITEM, GObject)

LdsCoachModel         *lds_coach_model_get_for_context     (LdsContext          *context);
LdsContext            *lds_coach_model_get_context         (LdsCoachModel       *self);
GPtrArray             *lds_coach_model_get_findings        (LdsCoachModel       *self);
GPtrArray             *lds_coach_model_list                (LdsCoachModel       *self,
                                                            LdsRecordType        owner_type,
                                                            LdsId                owner_id);
void                   lds_coach_model_get_health          (LdsCoachModel       *self,
                                                            LdsRecordType        owner_type,
                                                            LdsId                owner_id,
                                                            LdsCoachHealth      *health);
guint                  lds_coach_model_count_for_record    (LdsCoachModel       *self,
                                                            LdsRecordType        type,
                                                            LdsId                id);
guint                  lds_coach_model_count_for_objective (LdsCoachModel       *self,
                                                            LdsId                objective_id);
gboolean               lds_coach_model_is_ready            (LdsCoachModel       *self);
void                   lds_coach_model_queue_check         (LdsCoachModel       *self);
void                   lds_coach_model_set_background      (LdsCoachModel       *self,
                                                            gboolean             background);
gboolean               lds_coach_model_is_checking         (LdsCoachModel       *self);

LdsCoachItem          *lds_coach_item_new                  (const LdsCoachFinding *finding);
const LdsCoachFinding *lds_coach_item_get_finding          (LdsCoachItem        *self);

G_END_DECLS
