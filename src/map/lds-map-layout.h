/* lds-map-layout.h: where every node of an alignment map goes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A tidy tree (Walker's algorithm in the linear-time form of Buchheim,
 * Jünger and Leipert): nodes never overlap, a child lies a level below its
 * parent, a parent is centred over its children, subtrees are packed as
 * closely as their contours allow, and the same input gives the same
 * picture. Levels are bands along the depth axis, as deep as their
 * deepest node; nodes vary in size along both axes.
 *
 * Top-down, the leaves under one parent are stacked in a column instead of
 * a row (as organisation charts do). Where that is not enough to keep a
 * large map from growing thousands of nodes wide, small subtrees fold too:
 * the children of a node that are all subtrees of a few levels become a
 * group of indented blocks (each child with its descendants indented
 * under it), in columns under the parent. The whole map folds as little as
 * keeps it at most LDS_MAP_FOLD_ASPECT times wider than high; small maps
 * stay a plain tidy tree. Left-to-right, depth runs rightwards and key
 * results face their children directly.
 *
 * Coordinates are model units (points). A layout is computed once for a
 * model and a set of options (orientation, collapsed nodes, focus) and
 * answers hit tests and "what lies in this rectangle" in time that does
 * not grow with the map.
 */

#pragma once

#include "lds-map-model.h"

G_BEGIN_DECLS

typedef struct
{
  double x, y, width, height;
} LdsMapRect;

typedef enum
{
  LDS_MAP_TOP_DOWN,
  LDS_MAP_LEFT_RIGHT,
} LdsMapOrientation;

typedef struct
{
  LdsMapOrientation  orientation;
  gboolean           stack_leaves;   /* top-down only: stack leaves, fold wide maps */
  const guint8      *collapsed;      /* per node, nonzero: its children are hidden; nullable */
  guint              focus;          /* a node: show only its ancestors and descendants */
} LdsMapLayoutOptions;

#define LDS_MAP_LAYOUT_OPTIONS_DEFAULT \
  ((LdsMapLayoutOptions) { LDS_MAP_TOP_DOWN, TRUE, NULL, LDS_MAP_NONE })

typedef enum
{
  LDS_MAP_EDGE_ALIGNS,     /* a child under what it aligns to */
  LDS_MAP_EDGE_PLACED,     /* a child that aligns to nothing, placed under its unit */
  LDS_MAP_EDGE_EXTRA,      /* a further parent of a child drawn elsewhere */
  LDS_MAP_EDGE_DEPENDS,    /* from depends on to */
} LdsMapEdgeKind;

typedef enum
{
  LDS_MAP_SHAPE_CURVE,     /* a cubic Bézier: p[0], p[1], p[2], p[3] */
  LDS_MAP_SHAPE_ELBOW,     /* lines with rounded corners: p[0] … p[4] (stacks and folded groups) */
} LdsMapEdgeShape;

typedef struct
{
  double x, y;
} LdsMapPoint;

typedef struct
{
  LdsMapEdgeKind   kind;
  LdsMapEdgeShape  shape;
  guint            from;     /* the parent (aligns, placed, extra) or the dependent */
  guint            to;       /* the child, or what is depended on */
  int              kr;       /* the key result at the parent's end, or at to's for depends; -1 */
  LdsMapPoint      p[5];
  double           trunk_from;   /* ELBOW: where the stack's trunk starts being this edge's own, below
                                  * the edge of the leaf above with the same port; else p[2].y */
  gboolean         trunk_goes_on; /* ELBOW: the edge of a leaf below with the same port takes the
                                   * trunk on past this edge's turn */
  LdsMapRect       bounds;
} LdsMapEdge;

typedef enum
{
  LDS_MAP_TOWARDS_PARENT,
  LDS_MAP_TOWARDS_CHILD,
  LDS_MAP_TOWARDS_PREVIOUS,   /* the neighbour before, on the same level */
  LDS_MAP_TOWARDS_NEXT,
} LdsMapDirection;

#define LDS_TYPE_MAP_ORIENTATION (lds_map_orientation_get_type ())
GType lds_map_orientation_get_type (void) G_GNUC_CONST;

#define LDS_TYPE_MAP_LAYOUT (lds_map_layout_get_type ())

G_DECLARE_FINAL_TYPE (LdsMapLayout, lds_map_layout, LDS, MAP_LAYOUT, GObject)

/* Spacing, in points */
#define LDS_MAP_SIBLING_GAP      28.0
#define LDS_MAP_SUBTREE_GAP      56.0
#define LDS_MAP_LEVEL_GAP        80.0
#define LDS_MAP_STACK_INDENT     32.0
#define LDS_MAP_STACK_GAP        18.0
#define LDS_MAP_STACK_MIN         3     /* leaves under one parent stack from this many */
#define LDS_MAP_OUTLINE_GAP      28.0   /* in a folded group, between a node and its first child */
#define LDS_MAP_OUTLINE_INDENT   60.0   /* in a folded group, how far children are indented */
#define LDS_MAP_FOLD_ASPECT       6.0   /* top-down maps fold until at most this wide for their height */

LdsMapLayout          *lds_map_layout_new          (LdsMapModel                *model,
                                                    const LdsMapLayoutOptions  *options);
LdsMapModel           *lds_map_layout_get_model    (LdsMapLayout               *self);
const LdsMapLayoutOptions *lds_map_layout_get_options (LdsMapLayout            *self);
LdsMapOrientation      lds_map_layout_get_orientation (LdsMapLayout            *self);
const LdsMapRect      *lds_map_layout_get_bounds   (LdsMapLayout               *self);
guint                  lds_map_layout_get_n_visible (LdsMapLayout              *self);
gboolean               lds_map_layout_is_visible   (LdsMapLayout               *self,
                                                    guint                       node);
const LdsMapRect      *lds_map_layout_get_box      (LdsMapLayout               *self,
                                                    guint                       node);
gboolean               lds_map_layout_is_collapsed (LdsMapLayout               *self,
                                                    guint                       node);
gboolean               lds_map_layout_is_stacked   (LdsMapLayout               *self,
                                                    guint                       node);
const LdsMapEdge      *lds_map_layout_get_edges    (LdsMapLayout               *self,
                                                    guint                      *n_edges);
const LdsMapEdge      *lds_map_layout_get_parent_edge (LdsMapLayout            *self,
                                                       guint                    node);
guint                  lds_map_layout_node_at      (LdsMapLayout               *self,
                                                    double                      x,
                                                    double                      y);
int                    lds_map_layout_key_result_at (LdsMapLayout              *self,
                                                     guint                      node,
                                                     double                     x,
                                                     double                     y);
void                   lds_map_layout_query        (LdsMapLayout               *self,
                                                    const LdsMapRect           *area,
                                                    GArray                     *nodes,
                                                    GArray                     *edges);
guint                  lds_map_layout_neighbour    (LdsMapLayout               *self,
                                                    guint                       node,
                                                    LdsMapDirection             direction);
void                   lds_map_layout_port         (LdsMapLayout               *self,
                                                    guint                       node,
                                                    int                         kr,
                                                    LdsMapPoint                *point);

gboolean               lds_map_rect_intersects     (const LdsMapRect           *a,
                                                    const LdsMapRect           *b);
gboolean               lds_map_rect_contains       (const LdsMapRect           *rect,
                                                    double                      x,
                                                    double                      y);

G_END_DECLS
