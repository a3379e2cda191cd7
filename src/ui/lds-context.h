/* lds-context.h: what one window is looking at
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "lds-store.h"

G_BEGIN_DECLS

#define LDS_TYPE_CONTEXT (lds_context_get_type ())

G_DECLARE_FINAL_TYPE (LdsContext, lds_context, LDS, CONTEXT, GObject)

LdsContext    *lds_context_new               (LdsStore      *store);
LdsStore      *lds_context_get_store         (LdsContext    *self);
LdsId          lds_context_get_cycle_id      (LdsContext    *self);
void           lds_context_set_cycle_id      (LdsContext    *self,
                                              LdsId          cycle_id);
LdsRecordType  lds_context_get_owner_type    (LdsContext    *self);
LdsId          lds_context_get_owner_id      (LdsContext    *self);
void           lds_context_set_owner         (LdsContext    *self,
                                              LdsRecordType  type,
                                              LdsId          id);
LdsId          lds_context_get_objective_id  (LdsContext    *self);
void           lds_context_set_objective_id  (LdsContext    *self,
                                              LdsId          objective_id);
gint64         lds_context_get_at            (LdsContext    *self);
void           lds_context_set_at            (LdsContext    *self,
                                              gint64         at);
void           lds_context_open_record       (LdsContext    *self,
                                              LdsRecordType  type,
                                              LdsId          id);
gboolean       lds_context_show_objective    (LdsContext    *self,
                                              LdsId          objective_id);

G_END_DECLS
