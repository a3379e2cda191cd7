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

#define LDS_MAP_ERROR (lds_map_error_quark ())

typedef enum
{
  LDS_MAP_ERROR_ITSELF,    /* an objective aligned to its own key result */
  LDS_MAP_ERROR_CIRCLE,    /* the alignment would go round in a circle */
  LDS_MAP_ERROR_EXISTS,    /* it aligns there already */
} LdsMapError;

GQuark   lds_map_error_quark      (void);
gboolean lds_map_align_objective  (LdsStore  *store,
                                   LdsId      objective_id,
                                   LdsId      key_result_id,
                                   GError   **error);

G_END_DECLS
