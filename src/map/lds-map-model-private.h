/* lds-map-model-private.h: what the map's own files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "lds-map-model.h"

G_BEGIN_DECLS

/* Ids to indexes, without a hash table's allocation per entry. */
typedef struct
{
  LdsId  *keys;        /* 0: empty */
  guint  *values;
  guint   capacity;    /* a power of two */
  guint   size;
} LdsIdMap;

void         _lds_id_map_insert      (LdsIdMap       *map,
                                      LdsId           id,
                                      guint           value);
guint        _lds_id_map_lookup      (const LdsIdMap *map,
                                      LdsId           id);
void         _lds_id_map_clear       (LdsIdMap       *map);

const char  *_lds_map_model_intern   (LdsMapModel    *self,
                                      const char     *text,
                                      gboolean        shared);
LdsMapNode  *_lds_map_model_node     (LdsMapModel    *self,
                                      guint           node);
const LdsMapNode *_lds_map_model_nodes (LdsMapModel *self);

G_END_DECLS
