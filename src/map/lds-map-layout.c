/* lds-map-layout.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The tidy tree works on "items": one per visible node outside groups,
 * one per group (a stack of leaves, or folded blocks, laid out as a single
 * tall leaf), and a virtual root above the real roots, so that a forest is
 * laid out as one tree. Coordinates are
 * computed along two axes, breadth (where siblings spread) and depth
 * (where levels follow each other), and turned into x and y at the end.
 *
 * Buchheim's first walk is recursive; here it runs over the items in
 * reverse breadth-first order (children before parents) with the
 * sibling-dependent part of each item done by its parent, in order, which
 * is the same computation without recursion (a chain of 100,000 objectives
 * must not overflow the stack).
 */

#define G_LOG_DOMAIN "lds-map"

#include "config.h"

#include <math.h>
#include <string.h>

#include "lds-map-layout.h"
#include "lds-map-model-private.h"

#define NONE LDS_MAP_NONE
#define BUCKET_SIZE 1024.0

typedef struct
{
  guint   node;           /* NONE for a stack or the virtual root */
  guint   parent;
  guint   first_child;
  guint   last_child;
  guint   next_sibling;
  guint   prev_sibling;
  guint   number;         /* among its siblings */
  guint   level;          /* the virtual root is 0 */
  guint   group;          /* a group: the node whose children it holds, else NONE */
  guint   rows;           /* a group: blocks per column */
  double  breadth;
  double  dsize;
  double  prelim;
  double  mod;
  double  shift;
  double  change;
  double  midpoint;
  guint   thread;
  guint   ancestor;
} Item;

struct _LdsMapLayout
{
  GObject              parent_instance;

  LdsMapModel         *model;
  LdsMapLayoutOptions  options;
  guint8              *collapsed;      /* a copy of options.collapsed */
  guint                n_nodes;
  guint                n_visible;
  guint8              *visible;
  guint8              *stacked;
  LdsMapRect          *boxes;
  guint               *parent_edge;
  GArray              *edges;          /* LdsMapEdge */
  LdsMapRect           bounds;

  guint                n_levels;
  guint               *level_start;    /* n_levels + 1 */
  guint               *level_nodes;    /* visible nodes, level by level, in breadth order */
  guint               *level_index;    /* per node: its place in level_nodes */

  double               origin;         /* the spatial index: buckets along the breadth axis */
  guint                n_buckets;
  guint               *node_start;
  guint               *node_items;
  guint               *edge_start;
  guint               *edge_items;
  guint               *node_stamp;
  guint               *edge_stamp;
  guint                stamp;
};

G_DEFINE_FINAL_TYPE (LdsMapLayout, lds_map_layout, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (LdsMapOrientation, lds_map_orientation,
                    G_DEFINE_ENUM_VALUE (LDS_MAP_TOP_DOWN, "top-down"),
                    G_DEFINE_ENUM_VALUE (LDS_MAP_LEFT_RIGHT, "left-right"))

typedef struct
{
  LdsMapLayout      *self;
  const LdsMapNode  *nodes;
  GArray            *items;      /* Item */
  gboolean           top_down;
  guint             *order;      /* visible nodes, each after its parent, children together */
  guint              n_order;
  guint             *place;      /* per node: its place in order */
  guint             *kids;       /* by place: the place of the first child shown */
  guint             *n_kids;     /* by place: how many children are shown */
  guint8            *height;     /* by place: levels of visible nodes below it */
  double            *block_width;  /* by place: its subtree as an indented block */
  double            *block_depth;
  guint              fold_height;  /* subtrees this high or lower fold into groups */
  guint              fold_rows;    /* blocks per column of a group, at most */
  guint              n_levels;   /* item levels: 0 is the virtual root */
  double            *level_pos;  /* where each level starts along the depth axis */
  double            *level_size;
} Walk;

static inline Item *
item (Walk  *w,
      guint  i)
{
  return &g_array_index (w->items, Item, i);
}

/* Breadth and depth to x and y */

static inline gboolean
is_top_down (LdsMapLayout *self)
{
  return self->options.orientation == LDS_MAP_TOP_DOWN;
}

static inline LdsMapPoint
point_at (LdsMapLayout *self,
          double        b,
          double        d)
{
  return is_top_down (self) ? (LdsMapPoint) { b, d } : (LdsMapPoint) { d, b };
}

static inline double
breadth_start (LdsMapLayout     *self,
               const LdsMapRect *r)
{
  return is_top_down (self) ? r->x : r->y;
}

static inline double
breadth_size (LdsMapLayout     *self,
              const LdsMapRect *r)
{
  return is_top_down (self) ? r->width : r->height;
}

static inline double
depth_start (LdsMapLayout     *self,
             const LdsMapRect *r)
{
  return is_top_down (self) ? r->y : r->x;
}

/* Visibility */

/* @queue: (out): the visible nodes, each after its parent */
static void
compute_visible (LdsMapLayout *self,
                 GArray       *queue)
{
  const LdsMapNode *nodes = _lds_map_model_nodes (self->model);
  guint focus = self->options.focus, start = 0;

  if (focus != NONE && focus < self->n_nodes)
    {
      /* The ancestors, root first, then the focus and all below it */
      for (guint a = nodes[focus].parent; a != NONE; a = nodes[a].parent)
        {
          self->visible[a] = 1;
          g_array_append_val (queue, a);
        }
      start = queue->len;
      for (guint i = 0; i < start / 2; i++)
        {
          guint t = g_array_index (queue, guint, i);

          g_array_index (queue, guint, i) = g_array_index (queue, guint, start - 1 - i);
          g_array_index (queue, guint, start - 1 - i) = t;
        }
      g_array_append_val (queue, focus);
    }
  else
    {
      guint n_roots;
      const guint *roots = lds_map_model_get_roots (self->model, &n_roots);

      g_array_append_vals (queue, roots, n_roots);
    }

  for (guint i = start; i < queue->len; i++)
    {
      guint v = g_array_index (queue, guint, i);

      self->visible[v] = 1;
      if (self->collapsed != NULL && self->collapsed[v])
        continue;
      for (guint c = nodes[v].first_child; c != NONE; c = nodes[c].next_sibling)
        g_array_append_val (queue, c);
    }

  self->n_visible = 0;
  for (guint v = 0; v < self->n_nodes; v++)
    self->n_visible += self->visible[v];
}

/* The items */

static guint
add_item (Walk   *w,
          guint   parent,
          guint   node,
          double  breadth,
          double  dsize)
{
  Item it = { 0 };
  guint index = w->items->len;

  it.node = node;
  it.parent = parent;
  it.first_child = it.last_child = it.next_sibling = it.prev_sibling = NONE;
  it.thread = NONE;
  it.ancestor = index;
  it.group = NONE;
  it.breadth = breadth;
  it.dsize = dsize;
  if (parent != NONE)
    {
      Item *p = item (w, parent);

      it.level = p->level + 1;
      if (p->last_child != NONE)
        {
          it.prev_sibling = p->last_child;
          it.number = item (w, p->last_child)->number + 1;
        }
    }
  g_array_append_val (w->items, it);

  if (parent != NONE)
    {
      Item *p = item (w, parent);

      if (p->last_child != NONE)
        item (w, p->last_child)->next_sibling = index;
      else
        p->first_child = index;
      p->last_child = index;
    }
  return index;
}

static void
node_size (Walk   *w,
           guint   v,
           double *breadth,
           double *dsize)
{
  double height = w->nodes[v].height;

  *breadth = w->top_down ? LDS_MAP_NODE_WIDTH : height;
  *dsize = w->top_down ? height : LDS_MAP_NODE_WIDTH;
}

/* Folding
 *
 * A tidy tree of an organisation is as wide as its bottom rows: thousands
 * of small subtrees side by side. So, top-down, the children of a node that
 * are all small subtrees (at most fold_height levels high) fold into a
 * group: each child an indented block (a node, its children indented under
 * it, and so on, as an outline), the blocks in columns of at most
 * fold_rows under the parent. Leaves under one parent (fold_height 0) are a
 * single column. The group is one tall item to the tidy tree. How much to
 * fold is chosen for the whole map, as little as keeps it at most
 * LDS_MAP_FOLD_ASPECT times wider than high, from an estimate that takes
 * linear time.
 *
 * This works on the visible nodes by their place in w->order, where the
 * children of a node follow each other: arrays read in order are fast. */

typedef struct
{
  guint fold_height;
  guint fold_rows;
} Fold;

static const Fold folds[] = {
  { 0, G_MAXUINT },
  { 1, G_MAXUINT },
  { 2, 2 }, { 2, 3 }, { 2, 4 }, { 2, G_MAXUINT },
  { 3, 2 }, { 3, 3 }, { 3, G_MAXUINT },
};

static inline guint
place_of (Walk  *w,
          guint  v)
{
  return w->place[v];
}

/* Whether the node at place @p has children shown */
static inline gboolean
shows_children_at (Walk  *w,
                   guint  p)
{
  return w->n_kids[p] > 0;
}

static inline gboolean
shows_children (Walk  *w,
                guint  v)
{
  return shows_children_at (w, place_of (w, v));
}

/* Between a block and the next below it: wider after one with children,
 * so that the next does not seem to be one of them. */
static inline double
block_gap_at (Walk  *w,
              guint  above)
{
  return shows_children_at (w, above) ? 2 * LDS_MAP_STACK_GAP : LDS_MAP_STACK_GAP;
}

/* Where each visible node's children are in the order, how high its
 * subtree is, and how wide and deep as an indented block; children first. */
static void
measure_blocks (Walk *w)
{
  const LdsMapNode *nodes = w->nodes;
  guint n = w->n_order;

  for (guint p = 0; p < n; p++)
    w->place[w->order[p]] = p;
  for (guint p = 1; p < n; p++)
    {
      guint parent = nodes[w->order[p]].parent;

      /* Only the children of a node shown with its children follow it. */
      if (parent != NONE && w->self->visible[parent])
        {
          guint q = w->place[parent];

          if (w->n_kids[q]++ == 0)
            w->kids[q] = p;
        }
    }

  for (guint p = n; p-- > 0;)
    {
      double width = LDS_MAP_NODE_WIDTH, depth = nodes[w->order[p]].height;
      guint8 height = 0;

      for (guint c = w->kids[p], end = c + w->n_kids[p]; c < end; c++)
        {
          height = MAX (height, MIN (w->height[c] + 1, 255));
          width = MAX (width, LDS_MAP_OUTLINE_INDENT + w->block_width[c]);
          depth += (c == w->kids[p] ? LDS_MAP_OUTLINE_GAP : block_gap_at (w, c - 1)) + w->block_depth[c];
        }
      w->height[p] = height;
      w->block_width[p] = width;
      w->block_depth[p] = depth;
    }
}

/* How the children of the node at place @p are grouped: 0 if laid out
 * as a tree, else the blocks per column. */
static guint
group_rows_at (Walk  *w,
               guint  p)
{
  guint n_shown = w->n_kids[p];

  if (!w->top_down || !w->self->options.stack_leaves || n_shown == 0)
    return 0;
  if (w->height[p] == 1)
    return n_shown >= LDS_MAP_STACK_MIN ? n_shown : 0;
  if (n_shown < 2 || w->height[p] > w->fold_height + 1)
    return 0;
  if (w->fold_rows >= n_shown)
    return n_shown;
  /* Columns as even as can be */
  return (n_shown + (n_shown + w->fold_rows - 1) / w->fold_rows - 1) /
         ((n_shown + w->fold_rows - 1) / w->fold_rows);
}

static guint
group_rows (Walk  *w,
            guint  v)
{
  return group_rows_at (w, place_of (w, v));
}

/* Calls @func on each column of the group under the node at place @p:
 * the place of its first block, how many, its width and depth. */
typedef void (*ColumnFunc) (Walk *w, guint first, guint count, double width, double depth, gpointer data);

static void
group_columns (Walk       *w,
               guint       p,
               guint       rows,
               ColumnFunc  func,
               gpointer    data)
{
  guint start = w->kids[p], end = start + w->n_kids[p];

  for (guint first = start; first < end; first += rows)
    {
      guint last = MIN (first + rows, end);
      double width = 0, depth = 0;

      for (guint c = first; c < last; c++)
        {
          width = MAX (width, LDS_MAP_STACK_INDENT + w->block_width[c]);
          depth += (c > first ? block_gap_at (w, c - 1) : 0) + w->block_depth[c];
        }
      func (w, first, last - first, width, depth, data);
    }
}

static void
add_column_size (Walk    *w,
                 guint    first,
                 guint    count,
                 double   width,
                 double   depth,
                 gpointer data)
{
  double *size = data;

  size[0] += (size[0] > 0 ? LDS_MAP_SIBLING_GAP : 0) + width;
  size[1] = MAX (size[1], depth);
}

/* The breadth and depth of the group under the node at place @p */
static void
group_size (Walk   *w,
            guint   p,
            guint   rows,
            double *breadth,
            double *dsize)
{
  double size[2] = { 0, 0 };

  group_columns (w, p, rows, add_column_size, size);
  *breadth = size[0];
  *dsize = size[1];
}

/* Width over height of the map folded as @w says; at least as wide as
 * the tidy tree, which packs subtrees closer. @width and @depth: by place */
static double
estimate_aspect (Walk   *w,
                 double *width,
                 double *depth)
{
  const LdsMapNode *nodes = w->nodes;
  double total_width = 0, total_depth = 0;

  for (guint p = w->n_order; p-- > 0;)
    {
      guint v = w->order[p];
      guint rows = group_rows_at (w, p);
      double b = 0, d = 0;

      if (rows > 0)
        group_size (w, p, rows, &b, &d);
      else
        for (guint c = w->kids[p], end = c + w->n_kids[p]; c < end; c++)
          {
            b += (b > 0 ? LDS_MAP_SIBLING_GAP : 0) + width[c];
            d = MAX (d, depth[c]);
          }
      width[p] = MAX (LDS_MAP_NODE_WIDTH, b);
      depth[p] = nodes[v].height + (d > 0 ? LDS_MAP_LEVEL_GAP + d : 0);
      if (nodes[v].parent == NONE || !w->self->visible[nodes[v].parent])
        {
          total_width += (total_width > 0 ? LDS_MAP_SUBTREE_GAP : 0) + width[p];
          total_depth = MAX (total_depth, depth[p]);
        }
    }
  return total_depth > 0 ? total_width / total_depth : 1;
}

static void
choose_fold (Walk *w)
{
  g_autofree double *width = NULL, *depth = NULL;
  double best = G_MAXDOUBLE;
  guint chosen = 0;

  w->fold_height = 0;
  w->fold_rows = G_MAXUINT;
  if (!w->top_down || !w->self->options.stack_leaves || w->n_order == 0)
    return;
  width = g_new (double, w->n_order);
  depth = g_new (double, w->n_order);
  for (guint f = 0; f < G_N_ELEMENTS (folds); f++)
    {
      double aspect, badness;

      w->fold_height = folds[f].fold_height;
      w->fold_rows = folds[f].fold_rows;
      aspect = estimate_aspect (w, width, depth);
      /* Too wide, or too tall for a screen */
      badness = MAX (aspect / LDS_MAP_FOLD_ASPECT, 1 / aspect);
      if (badness < best - 1e-9)
        {
          best = badness;
          chosen = f;
        }
      if (aspect <= LDS_MAP_FOLD_ASPECT)
        break;
    }
  w->fold_height = folds[chosen].fold_height;
  w->fold_rows = folds[chosen].fold_rows;
}

static void
build_items (Walk *w)
{
  LdsMapLayout *self = w->self;
  const LdsMapNode *nodes = w->nodes;
  guint n_roots;
  const guint *roots = lds_map_model_get_roots (self->model, &n_roots);

  add_item (w, NONE, NONE, 0, 0);
  for (guint i = 0; i < n_roots; i++)
    if (self->visible[roots[i]])
      {
        double b, d;

        node_size (w, roots[i], &b, &d);
        add_item (w, 0, roots[i], b, d);
      }

  /* Breadth first: items are numbered so that children follow parents. */
  for (guint i = 1; i < w->items->len; i++)
    {
      guint v = item (w, i)->node;
      guint rows;

      if (v == NONE || !shows_children (w, v))
        continue;

      rows = group_rows (w, v);
      if (rows > 0)
        {
          double breadth, dsize;
          guint group;

          group_size (w, place_of (w, v), rows, &breadth, &dsize);
          group = add_item (w, i, NONE, breadth, dsize);
          item (w, group)->group = v;
          item (w, group)->rows = rows;
          continue;
        }

      for (guint c = nodes[v].first_child; c != NONE; c = nodes[c].next_sibling)
        if (self->visible[c])
          {
            double b, d;

            node_size (w, c, &b, &d);
            add_item (w, i, c, b, d);
          }
    }
}

/* Buchheim–Walker */

static inline double
distance (Walk  *w,
          guint  a,
          guint  b)
{
  Item *x = item (w, a), *y = item (w, b);

  return (x->breadth + y->breadth) / 2 +
         (x->parent == y->parent && x->parent != 0 ? LDS_MAP_SIBLING_GAP : LDS_MAP_SUBTREE_GAP);
}

static inline guint
next_left (Walk  *w,
           guint  v)
{
  Item *it = item (w, v);

  return it->first_child != NONE ? it->first_child : it->thread;
}

static inline guint
next_right (Walk  *w,
            guint  v)
{
  Item *it = item (w, v);

  return it->last_child != NONE ? it->last_child : it->thread;
}

static void
move_subtree (Walk   *w,
              guint   wm,
              guint   wp,
              double  shift)
{
  Item *m = item (w, wm), *p = item (w, wp);
  double subtrees = (double) p->number - (double) m->number;

  p->change -= shift / subtrees;
  p->shift += shift;
  m->change += shift / subtrees;
  p->prelim += shift;
  p->mod += shift;
}

static guint
apportion (Walk  *w,
           guint  v,
           guint  default_ancestor)
{
  guint left = item (w, v)->prev_sibling;
  guint vip, vop, vim, vom;
  double sip, sop, sim, som;

  if (left == NONE)
    return default_ancestor;

  vip = vop = v;
  vim = left;
  vom = item (w, item (w, v)->parent)->first_child;
  sip = item (w, vip)->mod;
  sop = item (w, vop)->mod;
  sim = item (w, vim)->mod;
  som = item (w, vom)->mod;

  while (next_right (w, vim) != NONE && next_left (w, vip) != NONE)
    {
      double shift;

      vim = next_right (w, vim);
      vip = next_left (w, vip);
      vom = next_left (w, vom);
      vop = next_right (w, vop);
      item (w, vop)->ancestor = v;
      shift = (item (w, vim)->prelim + sim) - (item (w, vip)->prelim + sip) + distance (w, vim, vip);
      if (shift > 0)
        {
          guint a = item (w, vim)->ancestor;

          /* The ancestor of vim that is a sibling of v, else the default. */
          if (item (w, a)->parent != item (w, v)->parent)
            a = default_ancestor;
          move_subtree (w, a, v, shift);
          sip += shift;
          sop += shift;
        }
      sim += item (w, vim)->mod;
      sip += item (w, vip)->mod;
      som += item (w, vom)->mod;
      sop += item (w, vop)->mod;
    }
  if (next_right (w, vim) != NONE && next_right (w, vop) == NONE)
    {
      item (w, vop)->thread = next_right (w, vim);
      item (w, vop)->mod += sim - sop;
    }
  if (next_left (w, vip) != NONE && next_left (w, vom) == NONE)
    {
      item (w, vom)->thread = next_left (w, vip);
      item (w, vom)->mod += sip - som;
      default_ancestor = v;
    }
  return default_ancestor;
}

static void
execute_shifts (Walk  *w,
                guint  v)
{
  double shift = 0, change = 0;

  for (guint c = item (w, v)->last_child; c != NONE; c = item (w, c)->prev_sibling)
    {
      Item *it = item (w, c);

      it->prelim += shift;
      it->mod += shift;
      change += it->change;
      shift += it->shift + change;
    }
}

/* The part of Walker's first walk that depends on the left sibling. */
static void
place (Walk  *w,
       guint  v)
{
  Item *it = item (w, v);
  guint left = it->prev_sibling;

  if (it->first_child == NONE)
    it->prelim = left != NONE ? item (w, left)->prelim + distance (w, left, v) : 0;
  else if (left != NONE)
    {
      it->prelim = item (w, left)->prelim + distance (w, left, v);
      it->mod = it->prelim - it->midpoint;
    }
  else
    it->prelim = it->midpoint;
}

static void
first_walk (Walk *w)
{
  for (guint v = w->items->len; v-- > 0;)
    {
      Item *it = item (w, v);
      guint default_ancestor;

      if (it->first_child == NONE)
        continue;
      default_ancestor = it->first_child;
      for (guint c = it->first_child; c != NONE; c = item (w, c)->next_sibling)
        {
          place (w, c);
          default_ancestor = apportion (w, c, default_ancestor);
        }
      execute_shifts (w, v);
      it = item (w, v);
      it->midpoint = (item (w, it->first_child)->prelim + item (w, it->last_child)->prelim) / 2;
    }
  place (w, 0);
}

/* Levels */

static guint
first_shown (Walk  *w,
             guint  v)
{
  guint c = w->nodes[v].first_child;

  while (c != NONE && !w->self->visible[c])
    c = w->nodes[c].next_sibling;
  return c;
}

/* A level is as deep as its deepest node. A group counts only its first
 * block's node: the rest hangs below, past the levels that follow, which
 * add_fillers() keeps clear. */
static void
compute_levels (Walk *w)
{
  guint n_items = w->items->len;

  w->n_levels = 0;
  for (guint v = 0; v < n_items; v++)
    w->n_levels = MAX (w->n_levels, item (w, v)->level + 1);
  w->level_size = g_new0 (double, w->n_levels + 1);
  w->level_pos = g_new0 (double, w->n_levels + 1);
  for (guint v = 1; v < n_items; v++)
    {
      Item *it = item (w, v);
      double d = it->dsize;

      if (it->group != NONE)
        d = w->nodes[first_shown (w, it->group)].height;
      w->level_size[it->level] = MAX (w->level_size[it->level], d);
    }
  /* Level 0 is the virtual root, which takes no room. */
  for (guint l = 2; l < w->n_levels; l++)
    w->level_pos[l] = w->level_pos[l - 1] + w->level_size[l - 1] + LDS_MAP_LEVEL_GAP;
}

/* Under each group, a chain of empty items as wide as the stack, one per
 * level its leaves reach into, so that the tidy tree keeps the nodes of
 * those levels out of the column. */
static void
add_fillers (Walk *w)
{
  guint n_items = w->items->len;

  for (guint v = 1; v < n_items; v++)
    {
      Item *it = item (w, v);
      double bottom, breadth;
      guint parent = v;

      if (it->group == NONE)
        continue;
      bottom = w->level_pos[it->level] + it->dsize + LDS_MAP_STACK_GAP;
      breadth = it->breadth;
      for (guint l = it->level + 1; l < w->n_levels && w->level_pos[l] < bottom; l++)
        parent = add_item (w, parent, NONE, breadth, 0);
    }
}

/* Positions */

/* @v's block with its top left at @x, @y; returns the depth below it. */
static double
place_block (Walk   *w,
             guint   v,
             double  x,
             double  y)
{
  const LdsMapNode *nodes = w->nodes;
  double bottom = y + nodes[v].height;

  w->self->boxes[v] = (LdsMapRect) { x, y, LDS_MAP_NODE_WIDTH, nodes[v].height };
  w->self->stacked[v] = 1;
  if (!shows_children (w, v))
    return bottom;
  for (guint p = place_of (w, v), c = w->kids[p], end = c + w->n_kids[p]; c < end; c++)
    {
      bottom += c == w->kids[p] ? LDS_MAP_OUTLINE_GAP : block_gap_at (w, c - 1);
      /* As deep as fold_height: no deeper than a few levels */
      bottom = place_block (w, w->order[c], x + LDS_MAP_OUTLINE_INDENT, bottom);
    }
  return bottom;
}

typedef struct
{
  double left;
  double top;
} PlaceColumn;

static void
place_column (Walk    *w,
              guint    first,
              guint    count,
              double   width,
              double   depth,
              gpointer data)
{
  PlaceColumn *place = data;
  double y = place->top;

  for (guint c = first; c < first + count; c++)
    y = place_block (w, w->order[c], place->left + LDS_MAP_STACK_INDENT,
                     y + (c > first ? block_gap_at (w, c - 1) : 0));
  place->left += width + LDS_MAP_SIBLING_GAP;
}

static void
position_nodes (Walk *w)
{
  LdsMapLayout *self = w->self;
  const LdsMapNode *nodes = w->nodes;
  guint n_items = w->items->len;
  g_autofree double *acc = g_new0 (double, n_items);

  /* Walker's second walk, top down. */
  for (guint v = 1; v < n_items; v++)
    {
      Item *it = item (w, v);
      double centre, d = w->level_pos[it->level];

      acc[v] = acc[it->parent] + item (w, it->parent)->mod;
      /* On whole points: gaps are far wider than the rounding. */
      centre = round (it->prelim + acc[v]);

      if (it->node != NONE)
        {
          LdsMapRect *box = &self->boxes[it->node];
          double height = nodes[it->node].height;

          if (w->top_down)
            *box = (LdsMapRect) { centre - LDS_MAP_NODE_WIDTH / 2, d, LDS_MAP_NODE_WIDTH, height };
          else
            *box = (LdsMapRect) { d, centre - height / 2, LDS_MAP_NODE_WIDTH, height };
        }
      else if (it->group != NONE)
        {
          PlaceColumn place = { centre - it->breadth / 2, d };

          group_columns (w, place_of (w, it->group), it->rows, place_column, &place);
        }
    }
}

/* Edges */

/**
 * lds_map_layout_port:
 * @kr: the key result's index, or -1 for the objective itself
 * @point: (out): where an edge to @node's children leaves it
 *
 * Top-down, ports spread along the node's bottom edge, one per key
 * result, and one more at the right for the objective itself; left to
 * right, an edge leaves from the right end of its key result's row.
 */
void
lds_map_layout_port (LdsMapLayout *self,
                     guint         node,
                     int           kr,
                     LdsMapPoint  *point)
{
  const LdsMapNode *n;
  const LdsMapRect *box;

  g_return_if_fail (LDS_IS_MAP_LAYOUT (self));
  g_return_if_fail (node < self->n_nodes && point != NULL);

  n = lds_map_model_get_node (self->model, node);
  box = &self->boxes[node];
  if (kr >= (int) n->n_krs)
    kr = -1;
  if (is_top_down (self))
    {
      guint slot = kr >= 0 ? (guint) kr : n->n_krs;

      point->x = n->n_krs == 0 ? box->x + box->width / 2
                               : box->x + box->width * (slot + 1) / (n->n_krs + 2);
      point->y = box->y + box->height;
    }
  else
    {
      LdsMapNodeGeometry geometry;
      double y, h;

      point->x = box->x + box->width;
      if (kr >= 0)
        {
          lds_map_model_kr_row (self->model, node, kr, &y, &h);
          point->y = box->y + y + h / 2;
        }
      else
        {
          lds_map_model_node_geometry (self->model, node, &geometry);
          point->y = box->y + geometry.title_y + n->title_height / 2;
        }
    }
}

static void
edge_bounds (LdsMapEdge *edge)
{
  guint n = edge->shape == LDS_MAP_SHAPE_ELBOW ? 5 : 4;
  double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;

  for (guint i = 0; i < n; i++)
    {
      x0 = MIN (x0, edge->p[i].x);
      y0 = MIN (y0, edge->p[i].y);
      x1 = MAX (x1, edge->p[i].x);
      y1 = MAX (y1, edge->p[i].y);
    }
  /* Room for the line's width and arrow heads. */
  edge->bounds = (LdsMapRect) { x0 - 6, y0 - 6, x1 - x0 + 12, y1 - y0 + 12 };
}

/* A curve leaving and arriving along the depth axis. */
static void
depth_curve (LdsMapLayout *self,
             LdsMapEdge   *edge,
             LdsMapPoint   from,
             LdsMapPoint   to,
             double        bend)
{
  edge->shape = LDS_MAP_SHAPE_CURVE;
  edge->p[0] = from;
  edge->p[3] = to;
  if (is_top_down (self))
    {
      edge->p[1] = (LdsMapPoint) { from.x, from.y + bend };
      edge->p[2] = (LdsMapPoint) { to.x, to.y - bend };
    }
  else
    {
      edge->p[1] = (LdsMapPoint) { from.x + bend, from.y };
      edge->p[2] = (LdsMapPoint) { to.x - bend, to.y };
    }
}

static LdsMapPoint
entry_point (LdsMapLayout *self,
             guint         node)
{
  const LdsMapRect *box = &self->boxes[node];

  if (is_top_down (self))
    return (LdsMapPoint) { box->x + box->width / 2, box->y };
  return (LdsMapPoint) { box->x, box->y + box->height / 2 };
}

/* @level_pos: where each level starts along the depth axis, by node depth */
static void
add_tree_edges (LdsMapLayout *self,
                const double *level_pos)
{
  const LdsMapNode *nodes = _lds_map_model_nodes (self->model);
  guint previous_stacked = NONE;

  /* In the order of the children, so that a stacked leaf follows the one above it */
  for (guint i = 0; i < self->n_visible; i++)
    {
      guint v = self->level_nodes[i];
      const LdsMapNode *n = &nodes[v];
      LdsMapEdge edge = { 0 };
      LdsMapPoint port, entry;

      if (n->parent == NONE || !self->visible[n->parent])
        continue;

      edge.kind = n->parent_kind == LDS_MAP_PARENT_PLACED ? LDS_MAP_EDGE_PLACED
                                                          : LDS_MAP_EDGE_ALIGNS;
      edge.from = n->parent;
      edge.to = v;
      edge.kr = n->parent_kr;
      lds_map_layout_port (self, n->parent, n->parent_kr, &port);

      if (self->stacked[v])
        {
          const LdsMapRect *box = &self->boxes[v];
          double trunk = box->x - (self->stacked[n->parent] ? LDS_MAP_OUTLINE_INDENT : LDS_MAP_STACK_INDENT) / 2;
          /* The turn lies in the gap above the group's level, or, inside
           * a block, in the gap under the parent. */
          double middle = self->stacked[n->parent]
                            ? self->boxes[n->parent].y + self->boxes[n->parent].height + LDS_MAP_OUTLINE_GAP / 2
                            : level_pos[n->depth] - LDS_MAP_LEVEL_GAP * 0.45;

          edge.shape = LDS_MAP_SHAPE_ELBOW;
          edge.p[0] = port;
          edge.p[1] = (LdsMapPoint) { port.x, middle };
          edge.p[2] = (LdsMapPoint) { trunk, middle };
          edge.p[3] = (LdsMapPoint) { trunk, box->y + MIN (box->height / 2, 40.0) };
          edge.p[4] = (LdsMapPoint) { box->x, edge.p[3].y };
          /* Leaves under the same port share the way down to the one above. */
          edge.trunk_from = middle;
          if (previous_stacked != NONE && nodes[previous_stacked].parent == n->parent &&
              nodes[previous_stacked].parent_kr == n->parent_kr &&
              nodes[previous_stacked].parent_kind == n->parent_kind &&
              self->boxes[previous_stacked].x == box->x)
            {
              LdsMapEdge *above = &g_array_index (self->edges, LdsMapEdge,
                                                  self->parent_edge[previous_stacked]);

              edge.trunk_from = above->p[3].y;
              above->trunk_goes_on = TRUE;
            }
          previous_stacked = v;
        }
      else
        {
          entry = entry_point (self, v);
          depth_curve (self, &edge, port, entry,
                       (is_top_down (self) ? entry.y - port.y : entry.x - port.x) / 2);
        }
      edge_bounds (&edge);
      self->parent_edge[v] = self->edges->len;
      g_array_append_val (self->edges, edge);
    }
}

static void
add_link_edges (LdsMapLayout *self)
{
  guint n_links;
  const LdsMapLink *links = lds_map_model_get_links (self->model, &n_links);

  for (guint i = 0; i < n_links; i++)
    {
      const LdsMapLink *link = &links[i];
      LdsMapEdge edge = { 0 };

      if (!self->visible[link->from] || !self->visible[link->to])
        continue;

      if (link->kind == LDS_MAP_LINK_ALIGNS)
        {
          LdsMapPoint port, entry;
          double bend;

          edge.kind = LDS_MAP_EDGE_EXTRA;
          edge.from = link->to;       /* the further parent */
          edge.to = link->from;       /* the child */
          edge.kr = link->to_kr;
          lds_map_layout_port (self, edge.from, edge.kr, &port);
          entry = entry_point (self, edge.to);
          bend = is_top_down (self) ? fabs (entry.y - port.y) : fabs (entry.x - port.x);
          depth_curve (self, &edge, port, entry, MAX (bend / 2, 60.0));
        }
      else
        {
          const LdsMapRect *a = &self->boxes[link->from], *b = &self->boxes[link->to];
          double ab0 = breadth_start (self, a), ab1 = ab0 + breadth_size (self, a);
          double bb0 = breadth_start (self, b), bb1 = bb0 + breadth_size (self, b);
          double ia = MIN (40.0, breadth_size (self, a) / 3);
          double ib = MIN (40.0, breadth_size (self, b) / 3);
          double from_b, to_b, lift;

          edge.kind = LDS_MAP_EDGE_DEPENDS;
          edge.shape = LDS_MAP_SHAPE_CURVE;
          edge.from = link->from;
          edge.to = link->to;
          edge.kr = link->to_kr;
          /* From the side of one facing the other, over the parents' side. */
          if (bb0 >= ab0)
            {
              from_b = ab1 - ia;
              to_b = bb0 + ib;
            }
          else
            {
              from_b = ab0 + ia;
              to_b = bb1 - ib;
            }
          /* Further apart, higher: long links do not lie on each other. */
          lift = LDS_MAP_LEVEL_GAP * (0.3 + 0.55 * MIN (1.0, fabs (to_b - from_b) / 40000.0));
          edge.p[0] = point_at (self, from_b, depth_start (self, a));
          edge.p[1] = point_at (self, from_b, depth_start (self, a) - lift);
          edge.p[2] = point_at (self, to_b, depth_start (self, b) - lift);
          edge.p[3] = point_at (self, to_b, depth_start (self, b));
        }
      edge_bounds (&edge);
      g_array_append_val (self->edges, edge);
    }
}

/* Levels, for moving between neighbours: depth first, so that each level
 * comes out in breadth order (a tidy tree keeps the order of the tree). */
static void
build_levels (LdsMapLayout *self)
{
  const LdsMapNode *nodes = _lds_map_model_nodes (self->model);
  g_autoptr(GArray) stack = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree guint *fill = NULL;
  guint n_roots;
  const guint *roots = lds_map_model_get_roots (self->model, &n_roots);

  self->n_levels = 0;
  for (guint v = 0; v < self->n_nodes; v++)
    if (self->visible[v])
      self->n_levels = MAX (self->n_levels, nodes[v].depth + 1);
  self->level_start = g_new0 (guint, self->n_levels + 1);
  self->level_nodes = g_new (guint, MAX (self->n_visible, 1));
  self->level_index = g_new (guint, MAX (self->n_nodes, 1));
  for (guint v = 0; v < self->n_nodes; v++)
    if (self->visible[v])
      self->level_start[nodes[v].depth + 1]++;
  for (guint l = 0; l < self->n_levels; l++)
    self->level_start[l + 1] += self->level_start[l];
  fill = g_memdup2 (self->level_start, sizeof (guint) * (self->n_levels + 1));

  for (guint i = n_roots; i-- > 0;)
    if (self->visible[roots[i]])
      g_array_append_val (stack, roots[i]);
  while (stack->len > 0)
    {
      guint v = g_array_index (stack, guint, stack->len - 1);
      guint first = stack->len - 1;

      g_array_set_size (stack, first);
      self->level_index[v] = fill[nodes[v].depth];
      self->level_nodes[fill[nodes[v].depth]++] = v;
      /* Push the visible children so that the first comes off first. */
      for (guint c = nodes[v].first_child; c != NONE; c = nodes[c].next_sibling)
        if (self->visible[c])
          g_array_append_val (stack, c);
      for (guint a = first, b = stack->len; b > a + 1; a++, b--)
        {
          guint t = g_array_index (stack, guint, a);
          g_array_index (stack, guint, a) = g_array_index (stack, guint, b - 1);
          g_array_index (stack, guint, b - 1) = t;
        }
    }
}

/* The spatial index: items in buckets along the breadth axis. */
static void
fill_buckets (LdsMapLayout      *self,
              guint              n,
              const LdsMapRect *(*rect_of) (LdsMapLayout *, guint),
              guint            **start_out,
              guint            **items_out)
{
  guint *start = g_new0 (guint, self->n_buckets + 1);
  guint *items = NULL, *fill = NULL;

  for (int pass = 0; pass < 2; pass++)
    {
      for (guint i = 0; i < n; i++)
        {
          const LdsMapRect *r = rect_of (self, i);
          double b0, b1;
          guint first, last;

          if (r == NULL)
            continue;
          b0 = breadth_start (self, r) - self->origin;
          b1 = b0 + breadth_size (self, r);
          first = (guint) CLAMP (floor (b0 / BUCKET_SIZE), 0, self->n_buckets - 1);
          last = (guint) CLAMP (floor (b1 / BUCKET_SIZE), 0, self->n_buckets - 1);
          for (guint k = first; k <= last; k++)
            {
              if (pass == 0)
                start[k + 1]++;
              else
                items[fill[k]++] = i;
            }
        }
      if (pass == 0)
        {
          for (guint k = 0; k < self->n_buckets; k++)
            start[k + 1] += start[k];
          items = g_new (guint, MAX (start[self->n_buckets], 1));
          fill = g_memdup2 (start, sizeof (guint) * (self->n_buckets + 1));
        }
    }
  g_free (fill);
  *start_out = start;
  *items_out = items;
}

static const LdsMapRect *
node_rect (LdsMapLayout *self,
           guint         i)
{
  return self->visible[i] ? &self->boxes[i] : NULL;
}

static const LdsMapRect *
edge_rect (LdsMapLayout *self,
           guint         i)
{
  return &g_array_index (self->edges, LdsMapEdge, i).bounds;
}

static void
build_index (LdsMapLayout *self)
{
  double span = breadth_size (self, &self->bounds);

  self->origin = breadth_start (self, &self->bounds);
  self->n_buckets = (guint) MIN (ceil (MAX (span, 1) / BUCKET_SIZE) + 1, 1 << 22);
  fill_buckets (self, self->n_nodes, node_rect, &self->node_start, &self->node_items);
  fill_buckets (self, self->edges->len, edge_rect, &self->edge_start, &self->edge_items);
  self->node_stamp = g_new0 (guint, MAX (self->n_nodes, 1));
  self->edge_stamp = g_new0 (guint, MAX (self->edges->len, 1));
}

static void
compute_bounds (LdsMapLayout *self)
{
  double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;

  for (guint v = 0; v < self->n_nodes; v++)
    if (self->visible[v])
      {
        const LdsMapRect *r = &self->boxes[v];

        x0 = MIN (x0, r->x);
        y0 = MIN (y0, r->y);
        x1 = MAX (x1, r->x + r->width);
        y1 = MAX (y1, r->y + r->height);
      }
  for (guint i = 0; i < self->edges->len; i++)
    {
      const LdsMapRect *r = &g_array_index (self->edges, LdsMapEdge, i).bounds;

      x0 = MIN (x0, r->x);
      y0 = MIN (y0, r->y);
      x1 = MAX (x1, r->x + r->width);
      y1 = MAX (y1, r->y + r->height);
    }
  if (x0 > x1)
    self->bounds = (LdsMapRect) { 0, 0, 0, 0 };
  else
    self->bounds = (LdsMapRect) { x0, y0, x1 - x0, y1 - y0 };
}

/* GObject */

static void
lds_map_layout_finalize (GObject *object)
{
  LdsMapLayout *self = LDS_MAP_LAYOUT (object);

  g_clear_object (&self->model);
  g_free (self->collapsed);
  g_free (self->visible);
  g_free (self->stacked);
  g_free (self->boxes);
  g_free (self->parent_edge);
  g_clear_pointer (&self->edges, g_array_unref);
  g_free (self->level_start);
  g_free (self->level_nodes);
  g_free (self->level_index);
  g_free (self->node_start);
  g_free (self->node_items);
  g_free (self->edge_start);
  g_free (self->edge_items);
  g_free (self->node_stamp);
  g_free (self->edge_stamp);

  G_OBJECT_CLASS (lds_map_layout_parent_class)->finalize (object);
}

static void
lds_map_layout_class_init (LdsMapLayoutClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = lds_map_layout_finalize;
}

static void
lds_map_layout_init (LdsMapLayout *self)
{
}

/**
 * lds_map_layout_new:
 * @options: (nullable): orientation, collapsed nodes, focus; %NULL for
 *   top-down with everything shown
 *
 * Lays @model out, in time linear in the number of its nodes.
 *
 * Returns: (transfer full): the layout
 */
LdsMapLayout *
lds_map_layout_new (LdsMapModel               *model,
                    const LdsMapLayoutOptions *options)
{
  LdsMapLayout *self;
  Walk w = { 0 };
  g_autoptr(GArray) order = NULL;

  g_return_val_if_fail (LDS_IS_MAP_MODEL (model), NULL);

  self = g_object_new (LDS_TYPE_MAP_LAYOUT, NULL);
  self->model = g_object_ref (model);
  self->options = options != NULL ? *options : LDS_MAP_LAYOUT_OPTIONS_DEFAULT;
  self->n_nodes = lds_map_model_get_n_nodes (model);
  if (self->options.collapsed != NULL)
    self->collapsed = g_memdup2 (self->options.collapsed, MAX (self->n_nodes, 1));
  self->options.collapsed = self->collapsed;
  if (self->options.focus >= self->n_nodes)
    self->options.focus = NONE;

  self->visible = g_new0 (guint8, MAX (self->n_nodes, 1));
  self->stacked = g_new0 (guint8, MAX (self->n_nodes, 1));
  self->boxes = g_new0 (LdsMapRect, MAX (self->n_nodes, 1));
  self->parent_edge = g_new (guint, MAX (self->n_nodes, 1));
  memset (self->parent_edge, 0xff, sizeof (guint) * MAX (self->n_nodes, 1));
  self->edges = g_array_new (FALSE, FALSE, sizeof (LdsMapEdge));

  order = g_array_new (FALSE, FALSE, sizeof (guint));
  compute_visible (self, order);

  w.self = self;
  w.nodes = _lds_map_model_nodes (model);
  w.items = g_array_sized_new (FALSE, FALSE, sizeof (Item), self->n_visible + 1);
  w.top_down = is_top_down (self);
  w.order = (guint *) order->data;
  w.n_order = order->len;
  w.place = g_new (guint, MAX (self->n_nodes, 1));
  w.kids = g_new0 (guint, MAX (w.n_order, 1));
  w.n_kids = g_new0 (guint, MAX (w.n_order, 1));
  w.height = g_new0 (guint8, MAX (w.n_order, 1));
  w.block_width = g_new0 (double, MAX (w.n_order, 1));
  w.block_depth = g_new0 (double, MAX (w.n_order, 1));
  measure_blocks (&w);
  choose_fold (&w);
  build_items (&w);
  compute_levels (&w);
  add_fillers (&w);
  first_walk (&w);
  position_nodes (&w);

  /* Item levels are node depths + 1. */
  build_levels (self);
  add_tree_edges (self, w.level_pos + 1);
  g_array_unref (w.items);
  g_free (w.place);
  g_free (w.kids);
  g_free (w.n_kids);
  g_free (w.height);
  g_free (w.block_width);
  g_free (w.block_depth);
  g_free (w.level_pos);
  g_free (w.level_size);
  add_link_edges (self);
  compute_bounds (self);
  build_index (self);
  return self;
}

/**
 * lds_map_layout_get_model:
 *
 * Returns: (transfer none): the model laid out
 */
LdsMapModel *
lds_map_layout_get_model (LdsMapLayout *self)
{
  g_return_val_if_fail (LDS_IS_MAP_LAYOUT (self), NULL);

  return self->model;
}

const LdsMapLayoutOptions *
lds_map_layout_get_options (LdsMapLayout *self)
{
  g_return_val_if_fail (LDS_IS_MAP_LAYOUT (self), NULL);

  return &self->options;
}

LdsMapOrientation
lds_map_layout_get_orientation (LdsMapLayout *self)
{
  g_return_val_if_fail (LDS_IS_MAP_LAYOUT (self), LDS_MAP_TOP_DOWN);

  return self->options.orientation;
}

/* The rectangle around every node and edge shown. */
const LdsMapRect *
lds_map_layout_get_bounds (LdsMapLayout *self)
{
  g_return_val_if_fail (LDS_IS_MAP_LAYOUT (self), NULL);

  return &self->bounds;
}

guint
lds_map_layout_get_n_visible (LdsMapLayout *self)
{
  g_return_val_if_fail (LDS_IS_MAP_LAYOUT (self), 0);

  return self->n_visible;
}

gboolean
lds_map_layout_is_visible (LdsMapLayout *self,
                           guint         node)
{
  g_return_val_if_fail (LDS_IS_MAP_LAYOUT (self), FALSE);

  return node < self->n_nodes && self->visible[node];
}

/**
 * lds_map_layout_get_box:
 *
 * Returns: (nullable): where @node lies, or %NULL when it is not shown
 */
const LdsMapRect *
lds_map_layout_get_box (LdsMapLayout *self,
                        guint         node)
{
  g_return_val_if_fail (LDS_IS_MAP_LAYOUT (self), NULL);

  if (node >= self->n_nodes || !self->visible[node])
    return NULL;
  return &self->boxes[node];
}

/* Whether @node is shown with its children hidden. */
gboolean
lds_map_layout_is_collapsed (LdsMapLayout *self,
                             guint         node)
{
  g_return_val_if_fail (LDS_IS_MAP_LAYOUT (self), FALSE);

  return node < self->n_nodes && self->collapsed != NULL && self->collapsed[node] &&
         lds_map_model_get_node (self->model, node)->n_children > 0;
}

/* Whether @node lies in a folded group under its parent: a leaf in a
 * stack, or a block (with its descendants, also in the group). */
gboolean
lds_map_layout_is_stacked (LdsMapLayout *self,
                           guint         node)
{
  g_return_val_if_fail (LDS_IS_MAP_LAYOUT (self), FALSE);

  return node < self->n_nodes && self->stacked[node];
}

/**
 * lds_map_layout_get_edges:
 *
 * Returns: (array length=n_edges): every edge shown
 */
const LdsMapEdge *
lds_map_layout_get_edges (LdsMapLayout *self,
                          guint        *n_edges)
{
  g_return_val_if_fail (LDS_IS_MAP_LAYOUT (self), NULL);

  if (n_edges != NULL)
    *n_edges = self->edges->len;
  return (const LdsMapEdge *) (gpointer) self->edges->data;
}

/**
 * lds_map_layout_get_parent_edge:
 *
 * Returns: (nullable): the edge from @node's parent to it
 */
const LdsMapEdge *
lds_map_layout_get_parent_edge (LdsMapLayout *self,
                                guint         node)
{
  g_return_val_if_fail (LDS_IS_MAP_LAYOUT (self), NULL);

  if (node >= self->n_nodes || self->parent_edge[node] == NONE)
    return NULL;
  return &g_array_index (self->edges, LdsMapEdge, self->parent_edge[node]);
}

gboolean
lds_map_rect_intersects (const LdsMapRect *a,
                         const LdsMapRect *b)
{
  return a->x <= b->x + b->width && b->x <= a->x + a->width &&
         a->y <= b->y + b->height && b->y <= a->y + a->height;
}

gboolean
lds_map_rect_contains (const LdsMapRect *rect,
                       double            x,
                       double            y)
{
  return x >= rect->x && x < rect->x + rect->width && y >= rect->y && y < rect->y + rect->height;
}

static void
bucket_range (LdsMapLayout *self,
              double        b0,
              double        b1,
              guint        *first,
              guint        *last)
{
  *first = (guint) CLAMP (floor ((b0 - self->origin) / BUCKET_SIZE), 0, self->n_buckets - 1);
  *last = (guint) CLAMP (floor ((b1 - self->origin) / BUCKET_SIZE), 0, self->n_buckets - 1);
}

/**
 * lds_map_layout_node_at:
 *
 * Returns: the node shown at the point (model units), or %LDS_MAP_NONE
 */
guint
lds_map_layout_node_at (LdsMapLayout *self,
                        double        x,
                        double        y)
{
  guint first, last;
  double b = is_top_down (self) ? x : y;

  g_return_val_if_fail (LDS_IS_MAP_LAYOUT (self), NONE);

  if (self->n_visible == 0)
    return NONE;
  bucket_range (self, b, b, &first, &last);
  for (guint i = self->node_start[first]; i < self->node_start[first + 1]; i++)
    {
      guint v = self->node_items[i];

      if (lds_map_rect_contains (&self->boxes[v], x, y))
        return v;
    }
  return NONE;
}

/**
 * lds_map_layout_key_result_at:
 *
 * Returns: the index of @node's key result whose row is at the point, or -1
 */
int
lds_map_layout_key_result_at (LdsMapLayout *self,
                              guint         node,
                              double        x,
                              double        y)
{
  const LdsMapRect *box;
  const LdsMapNode *n;

  g_return_val_if_fail (LDS_IS_MAP_LAYOUT (self), -1);

  box = lds_map_layout_get_box (self, node);
  if (box == NULL || !lds_map_rect_contains (box, x, y))
    return -1;
  n = lds_map_model_get_node (self->model, node);
  for (guint i = 0; i < n->n_krs; i++)
    {
      double top, height;

      lds_map_model_kr_row (self->model, node, i, &top, &height);
      /* Half of the gap above and below belongs to the row. */
      if (y >= box->y + top - LDS_MAP_KR_GAP / 2 && y < box->y + top + height + LDS_MAP_KR_GAP / 2)
        return i;
    }
  return -1;
}

/**
 * lds_map_layout_query:
 * @area: a rectangle in model units
 * @nodes: (element-type guint) (nullable): receives the nodes that touch it
 * @edges: (element-type guint) (nullable): receives the indexes of the edges
 *   that may cross it
 *
 * Finds what to draw in @area, looking only at what lies near it.
 */
void
lds_map_layout_query (LdsMapLayout     *self,
                      const LdsMapRect *area,
                      GArray           *nodes,
                      GArray           *edges)
{
  guint first, last;
  double b0;

  g_return_if_fail (LDS_IS_MAP_LAYOUT (self));
  g_return_if_fail (area != NULL);

  if (self->n_visible == 0)
    return;
  b0 = breadth_start (self, area);
  bucket_range (self, b0, b0 + breadth_size (self, area), &first, &last);
  if (++self->stamp == 0)
    {
      memset (self->node_stamp, 0, sizeof (guint) * MAX (self->n_nodes, 1));
      memset (self->edge_stamp, 0, sizeof (guint) * MAX (self->edges->len, 1));
      self->stamp = 1;
    }

  for (guint k = first; k <= last; k++)
    {
      for (guint i = self->node_start[k]; nodes != NULL && i < self->node_start[k + 1]; i++)
        {
          guint v = self->node_items[i];

          if (self->node_stamp[v] == self->stamp)
            continue;
          self->node_stamp[v] = self->stamp;
          if (lds_map_rect_intersects (&self->boxes[v], area))
            g_array_append_val (nodes, v);
        }
      for (guint i = self->edge_start[k]; edges != NULL && i < self->edge_start[k + 1]; i++)
        {
          guint e = self->edge_items[i];

          if (self->edge_stamp[e] == self->stamp)
            continue;
          self->edge_stamp[e] = self->stamp;
          if (lds_map_rect_intersects (&g_array_index (self->edges, LdsMapEdge, e).bounds, area))
            g_array_append_val (edges, e);
        }
    }
}

static gboolean
shown_children (LdsMapLayout *self,
                guint         v)
{
  const LdsMapNode *nodes = _lds_map_model_nodes (self->model);

  if (self->collapsed != NULL && self->collapsed[v])
    return FALSE;
  for (guint c = nodes[v].first_child; c != NONE; c = nodes[c].next_sibling)
    if (self->visible[c])
      return TRUE;
  return FALSE;
}

/* A leaf in a column, which up and down move along */
static inline gboolean
in_stack (LdsMapLayout *self,
          guint         v)
{
  return self->stacked[v] && !shown_children (self, v);
}

/**
 * lds_map_layout_neighbour:
 *
 * The node the arrow keys lead to from @node: its parent, its first child,
 * or the neighbours on its level. In a stack, towards the parent and the
 * child are the leaves above and below; from a block with children in a
 * folded group, towards the child is its first child.
 *
 * Returns: a visible node, or %LDS_MAP_NONE
 */
guint
lds_map_layout_neighbour (LdsMapLayout    *self,
                          guint            node,
                          LdsMapDirection  direction)
{
  const LdsMapNode *nodes;
  guint level, index;

  g_return_val_if_fail (LDS_IS_MAP_LAYOUT (self), NONE);

  if (node >= self->n_nodes || !self->visible[node])
    return NONE;
  nodes = _lds_map_model_nodes (self->model);
  level = nodes[node].depth;
  index = self->level_index[node];

  switch (direction)
    {
    case LDS_MAP_TOWARDS_PARENT:
      if (self->stacked[node] && index > self->level_start[level])
        {
          guint above = self->level_nodes[index - 1];
          if (self->stacked[above] && nodes[above].parent == nodes[node].parent)
            return above;
        }
      return nodes[node].parent != NONE && self->visible[nodes[node].parent] ? nodes[node].parent
                                                                             : NONE;

    case LDS_MAP_TOWARDS_CHILD:
      if (self->stacked[node] && !shown_children (self, node))
        {
          if (index + 1 < self->level_start[level + 1])
            {
              guint below = self->level_nodes[index + 1];
              if (self->stacked[below] && nodes[below].parent == nodes[node].parent)
                return below;
            }
          return NONE;
        }
      for (guint c = nodes[node].first_child; c != NONE; c = nodes[c].next_sibling)
        if (self->visible[c])
          return c;
      return NONE;

    case LDS_MAP_TOWARDS_PREVIOUS:
      while (index > self->level_start[level])
        {
          guint other = self->level_nodes[--index];
          /* Past the rest of the node's own stack (not past blocks with
           * children in a group, which up and down do not reach). */
          if (!(in_stack (self, node) && in_stack (self, other) &&
                nodes[other].parent == nodes[node].parent))
            return other;
        }
      return NONE;

    case LDS_MAP_TOWARDS_NEXT:
      while (index + 1 < self->level_start[level + 1])
        {
          guint other = self->level_nodes[++index];
          if (!(in_stack (self, node) && in_stack (self, other) &&
                nodes[other].parent == nodes[node].parent))
            return other;
        }
      return NONE;

    default:
      g_return_val_if_reached (NONE);
    }
}
