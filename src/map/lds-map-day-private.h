/* lds-map-day-private.h: how the builder fills a map's day
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "lds-map-day.h"

G_BEGIN_DECLS

LdsMapDay *_lds_map_day_new             (LdsMapModel         *model,
                                         gint64               at);
void       _lds_map_day_add_node        (LdsMapDay           *day,
                                         guint                node,
                                         gint64               created_at,
                                         LdsObjectiveStatus   status,
                                         LdsId                cycle_id);
void       _lds_map_day_add_key_result  (LdsMapDay           *day,
                                         const LdsKeyResult  *kr);
void       _lds_map_day_left_out        (LdsMapDay           *day,
                                         gint64               created_at);
gboolean   _lds_map_day_load            (LdsMapDay           *day,
                                         LdsStore            *store,
                                         GError             **error);
gboolean   _lds_map_day_apply           (LdsMapDay           *day);

G_END_DECLS
