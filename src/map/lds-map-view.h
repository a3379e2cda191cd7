/* lds-map-view.h: the alignment map on screen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A widget that shows a map model through lds_map_render(): pan by
 * dragging or scrolling, zoom around the pointer (Ctrl+scroll, pinch, keys),
 * fit, select with the mouse or the arrow keys, open with Enter or a double
 * click, collapse and expand subtrees, focus on one objective's line, find
 * objectives, and drag an objective onto a key result to align it there.
 * The selected objective is exposed to assistive technologies with its
 * title and score.
 *
 * The view keeps one transform: a scale and the model point at its top
 * left corner. Only what is visible is drawn.
 */

#pragma once

#include <gtk/gtk.h>

#include "lds-map-layout.h"

G_BEGIN_DECLS

#define LDS_TYPE_MAP_VIEW (lds_map_view_get_type ())

G_DECLARE_FINAL_TYPE (LdsMapView, lds_map_view, LDS, MAP_VIEW, GtkWidget)

#define LDS_MAP_VIEW_MIN_SCALE 0.0002
#define LDS_MAP_VIEW_MAX_SCALE 4.0

GtkWidget         *lds_map_view_new                 (void);
void               lds_map_view_set_model           (LdsMapView        *self,
                                                     LdsMapModel       *model);
LdsMapModel       *lds_map_view_get_model           (LdsMapView        *self);
void               lds_map_view_values_changed      (LdsMapView        *self,
                                                     gboolean           reshaped);
LdsMapLayout      *lds_map_view_get_layout          (LdsMapView        *self);
void               lds_map_view_set_orientation     (LdsMapView        *self,
                                                     LdsMapOrientation  orientation);
LdsMapOrientation  lds_map_view_get_orientation     (LdsMapView        *self);

/* Selection */
LdsId              lds_map_view_get_selected        (LdsMapView        *self);
gboolean           lds_map_view_select              (LdsMapView        *self,
                                                     LdsId              objective_id);
void               lds_map_view_reveal              (LdsMapView        *self,
                                                     LdsId              objective_id);

/* Zoom and position */
double             lds_map_view_get_scale           (LdsMapView        *self);
void               lds_map_view_set_scale           (LdsMapView        *self,
                                                     double             scale);
void               lds_map_view_zoom_at             (LdsMapView        *self,
                                                     double             factor,
                                                     double             x,
                                                     double             y);
void               lds_map_view_zoom_to_fit         (LdsMapView        *self);
void               lds_map_view_zoom_to_selection   (LdsMapView        *self);
void               lds_map_view_center_on           (LdsMapView        *self,
                                                     double             model_x,
                                                     double             model_y);
void               lds_map_view_get_center          (LdsMapView        *self,
                                                     double            *model_x,
                                                     double            *model_y);
LdsId              lds_map_view_objective_at        (LdsMapView        *self,
                                                     double             x,
                                                     double             y);
gboolean           lds_map_view_get_node_position   (LdsMapView        *self,
                                                     LdsId              objective_id,
                                                     double            *x,
                                                     double            *y);
gboolean           lds_map_view_get_key_result_position (LdsMapView    *self,
                                                         LdsId          key_result_id,
                                                         double        *x,
                                                         double        *y);

/* What is shown */
void               lds_map_view_set_collapsed       (LdsMapView        *self,
                                                     LdsId              objective_id,
                                                     gboolean           collapsed);
gboolean           lds_map_view_get_collapsed       (LdsMapView        *self,
                                                     LdsId              objective_id);
void               lds_map_view_expand_all          (LdsMapView        *self);
void               lds_map_view_set_focus_mode      (LdsMapView        *self,
                                                     gboolean           focus_mode);
gboolean           lds_map_view_get_focus_mode      (LdsMapView        *self);
void               lds_map_view_set_highlight_unaligned (LdsMapView    *self,
                                                         gboolean       highlight);
gboolean           lds_map_view_get_highlight_unaligned (LdsMapView    *self);
void               lds_map_view_set_show_depends    (LdsMapView        *self,
                                                     gboolean           show);
gboolean           lds_map_view_get_show_depends    (LdsMapView        *self);

/* Search */
guint              lds_map_view_set_search          (LdsMapView        *self,
                                                     const char        *text);
guint              lds_map_view_get_n_matches       (LdsMapView        *self);
guint              lds_map_view_get_match           (LdsMapView        *self);
gboolean           lds_map_view_next_match          (LdsMapView        *self,
                                                     gboolean           forward);

/* Dragging an objective onto a key result, without a mouse (tests) */
void               lds_map_view_drop                (LdsMapView        *self,
                                                     LdsId              objective_id,
                                                     double             x,
                                                     double             y);

G_END_DECLS
