/* lds-map-edit.h: what the alignment map changes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Dragging an objective onto a key result on the map aligns it there: one
 * undoable action of the store, refused with a message that says why when
 * it would make no sense.
 */

#pragma once

#include "lds-store.h"

G_BEGIN_DECLS

gboolean lds_map_align_objective (LdsStore  *store,
                                  LdsId      objective_id,
                                  LdsId      key_result_id,
                                  GError   **error);

G_END_DECLS
