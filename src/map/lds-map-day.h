/* lds-map-day.h: the alignment map as it stood on one day
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A map is built for one day (LdsMapFilter.at; 0: today): the objectives
 * and key results that existed then, with the values of their latest
 * check-ins, the targets before any later revision, and the overdue marks
 * of that day (lds_key_result_is_overdue(), the coach's own rule).
 *
 * Every model made by lds_map_model_new_from_store() carries an LdsMapDay:
 * what it takes to show the same map on another day without building it
 * again. lds_map_day_move() puts another day's values into the model,
 * reading the history of its cycles from the store the first time; when
 * objectives or key results were added between the two days, the map of
 * the other day has another shape, and the caller builds it anew.
 */

#pragma once

#include "lds-map-model.h"
#include "lds-store.h"

G_BEGIN_DECLS

typedef struct _LdsMapDay LdsMapDay;

typedef enum
{
  LDS_MAP_DAY_VALUES,     /* only values and scores changed: draw again */
  LDS_MAP_DAY_RESHAPED,   /* an overdue mark changed a node's height: lay out again */
  LDS_MAP_DAY_REBUILD,    /* other objectives or key results existed: build the map anew */
} LdsMapDayChange;

LdsMapDay       *lds_map_day_get_for_model (LdsMapModel  *model);
gint64           lds_map_day_get_at        (LdsMapDay    *day);
gboolean         lds_map_day_load_history  (LdsMapDay    *day,
                                            LdsStore     *store,
                                            GError      **error);
LdsMapDayChange  lds_map_day_move          (LdsMapDay    *day,
                                            LdsStore     *store,
                                            gint64        at,
                                            GError      **error);

G_END_DECLS
