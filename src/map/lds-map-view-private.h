/* lds-map-view-private.h: what the view's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * lds-map-view.c: the object, its transform, drawing and public API;
 * lds-map-view-input.c: mouse, touch and keyboard.
 */

#pragma once

#include "lds-map-render.h"
#include "lds-map-view.h"

G_BEGIN_DECLS

struct _LdsMapView
{
  GtkWidget           parent_instance;

  LdsMapModel        *model;
  LdsMapLayout       *layout;
  LdsMapOrientation   orientation;
  GHashTable         *collapsed;        /* objective ids (gint64 *) */
  gboolean            focus_mode;
  gboolean            highlight_unaligned;
  gboolean            show_depends;
  gboolean            dark;

  /* The transform: widget = (model − origin) × scale */
  double              scale;
  double              origin_x;
  double              origin_y;
  gboolean            placed;           /* the transform was chosen for a model */
  gboolean            center_pending;   /* a center asked for before the view had a size */
  double              pending_x;
  double              pending_y;

  guint               selected;         /* node, or LDS_MAP_NONE */
  guint               hovered;
  guint8             *marks;            /* per node, LdsMapMark */
  GArray             *path;             /* nodes marked as the selection's path */
  GArray             *matches;          /* nodes found, in reading order */
  guint               match;            /* index into matches, or G_MAXUINT */
  char               *search;

  LdsMapRenderCache  *cache;
  GskRenderNode      *base;             /* the picture without hover and selection */
  double              base_key[5];      /* scale, origin, width, height it was drawn for */
  GskRenderNode      *overview;         /* the minimap's picture */
  graphene_rect_t     overview_rect;    /* where the minimap is, in the widget */

  /* Input */
  double              pointer_x;
  double              pointer_y;
  gboolean            pointer_inside;
  double              drag_origin_x;    /* the transform when a pan began */
  double              drag_origin_y;
  guint               drag_node;        /* an objective being dragged, or LDS_MAP_NONE */
  gboolean            dragging;         /* the drag went past the threshold */
  gboolean            panning;
  gboolean            on_overview;
  guint               drop_node;
  int                 drop_kr;
  gboolean            drop_refused;
  double              zoom_begin_scale;
  GtkWidget          *menu;
};

/* lds-map-view.c */
void      _lds_map_view_to_model        (LdsMapView *self,
                                         double      x,
                                         double      y,
                                         double     *mx,
                                         double     *my);
guint     _lds_map_view_node_at         (LdsMapView *self,
                                         double      x,
                                         double      y);
void      _lds_map_view_select_node     (LdsMapView *self,
                                         guint       node,
                                         gboolean    reveal);
void      _lds_map_view_set_origin      (LdsMapView *self,
                                         double      origin_x,
                                         double      origin_y);
void      _lds_map_view_toggle_collapsed (LdsMapView *self,
                                          guint      node);
void      _lds_map_view_invalidate      (LdsMapView *self,
                                         gboolean    base);
gboolean  _lds_map_view_badge_at        (LdsMapView *self,
                                         guint       node,
                                         double      x,
                                         double      y);
void      _lds_map_view_emit_activate   (LdsMapView *self,
                                         guint       node);
guint     _lds_map_view_coach_badge_at  (LdsMapView *self,
                                        double      x,
                                        double      y);
void      _lds_map_view_emit_coach_badge (LdsMapView *self,
                                         guint       node);
void      _lds_map_view_emit_align      (LdsMapView *self,
                                         guint       node,
                                         guint       target,
                                         int         kr);

/* lds-map-view-input.c */
void      _lds_map_view_init_input      (LdsMapView      *self);
void      _lds_map_view_class_init_input (GtkWidgetClass *widget_class);
void      _lds_map_view_update_drop     (LdsMapView *self,
                                         double      x,
                                         double      y);

G_END_DECLS
