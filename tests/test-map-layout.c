/* test-map-layout.c: the tidy tree's promises, on random trees of many shapes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * No two nodes overlap; a child lies below (right of) its parent; a parent
 * is centred over its children; the same model lays out the same; what is
 * collapsed or outside the focus is hidden; hit tests and area queries
 * find exactly the right nodes at any zoom.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "lds-demo.h"
#include "lds-export-map.h"
#include "lds-map-layout.h"
#include "lds-map-render.h"
#include "lds-map-render-private.h"
#include "lds-test-utils.h"

typedef enum
{
  SHAPE_RANDOM,       /* any parent, any number of children */
  SHAPE_CHAIN,        /* one long line */
  SHAPE_STAR,         /* one parent, every other node under it */
  SHAPE_BINARY,       /* two children each */
  SHAPE_FOREST,       /* many roots */
  SHAPE_LEAFY,        /* few parents with many leaves (stacks) */
  SHAPE_ORGANISATION, /* levels with fan-outs, as a company */
  N_SHAPES
} Shape;

static const char * const titles[] = {
  "Win the east",
  "让客户爱上我们的产品，并且愿意把它推荐给身边的每一位朋友和同事",
  "Make onboarding a joy for every new merchant in every region we serve, even on weak Wi-Fi",
  "Grow",
  "降低客户流失率",
  "Become the partner of choice for independent cafés and restaurants across the country",
};

static LdsMapText *text;
static guint n_folded;     /* blocks with children inside folded groups, seen by check_invariants() */

static LdsMapModel *
random_model (GRand *rand,
              Shape  shape,
              guint  n)
{
  LdsMapModel *model = lds_map_model_new (text);

  for (guint v = 0; v < n; v++)
    {
      guint node = lds_map_model_add_node (model, v + 1, titles[g_rand_int_range (rand, 0, G_N_ELEMENTS (titles))],
                                           "Owner", g_rand_int_range (rand, 0, 4),
                                           g_rand_boolean (rand) ? LDS_MAP_NODE_ASPIRATIONAL : 0);
      guint n_krs = g_rand_int_range (rand, 0, 5);

      for (guint k = 0; k < n_krs; k++)
        {
          LdsKeyResult kr = { 0 };

          kr.id = (LdsId) (v + 1) * 10 + k;
          kr.title = (char *) titles[g_rand_int_range (rand, 0, G_N_ELEMENTS (titles))];
          kr.unit_label = (char *) "";
          kr.start_value = 0;
          kr.target_value = 10;
          kr.current_value = g_rand_int_range (rand, 0, 11);
          kr.score = NAN;
          kr.weight = 1;
          kr.confidence = -1;
          lds_map_model_add_key_result (model, node, &kr);
        }
    }

  for (guint v = 1; v < n; v++)
    {
      guint parent = LDS_MAP_NONE;

      switch (shape)
        {
        case SHAPE_RANDOM:
          parent = g_rand_int_range (rand, 0, 10) == 0 ? LDS_MAP_NONE : (guint) g_rand_int_range (rand, 0, v);
          break;
        case SHAPE_CHAIN:
          parent = v - 1;
          break;
        case SHAPE_STAR:
          parent = 0;
          break;
        case SHAPE_BINARY:
          parent = (v - 1) / 2;
          break;
        case SHAPE_FOREST:
          parent = g_rand_int_range (rand, 0, 3) == 0 ? LDS_MAP_NONE : (guint) g_rand_int_range (rand, 0, v);
          break;
        case SHAPE_LEAFY:
          parent = v < 4 ? (v == 0 ? LDS_MAP_NONE : 0) : (guint) g_rand_int_range (rand, 0, 4);
          break;
        case SHAPE_ORGANISATION:
        default:
          /* 1, 4, 16, … per level, each under one of the level above */
          {
            guint level = 0, start = 0, size = 1;

            while (v >= start + size)
              {
                start += size;
                size *= 4;
                level++;
              }
            parent = g_rand_int_range (rand, start - size / 4, start);
          }
          break;
        }
      if (parent != LDS_MAP_NONE)
        {
          const LdsMapNode *p = lds_map_model_get_node (model, parent);

          lds_map_model_set_parent (model, v, parent,
                                    p->n_krs > 0 ? g_rand_int_range (rand, -1, p->n_krs) : -1,
                                    g_rand_int_range (rand, 0, 8) == 0 ? LDS_MAP_PARENT_PLACED
                                                                       : LDS_MAP_PARENT_ALIGNS);
        }
    }
  lds_map_model_finish (model);
  return model;
}

static gboolean
overlap (const LdsMapRect *a,
         const LdsMapRect *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width &&
         a->y < b->y + b->height && b->y < a->y + a->height;
}

static double
breadth_centre (LdsMapOrientation  orientation,
                const LdsMapRect  *r)
{
  return orientation == LDS_MAP_TOP_DOWN ? r->x + r->width / 2 : r->y + r->height / 2;
}

/* The right of @v and everything shown below it */
static double
block_right (LdsMapModel  *model,
             LdsMapLayout *layout,
             guint         v)
{
  const LdsMapRect *box = lds_map_layout_get_box (layout, v);
  double right = box->x + box->width;

  for (guint c = lds_map_model_get_node (model, v)->first_child; c != LDS_MAP_NONE;
       c = lds_map_model_get_node (model, c)->next_sibling)
    if (lds_map_layout_is_visible (layout, c))
      right = MAX (right, block_right (model, layout, c));
  return right;
}

static void
check_invariants (LdsMapModel         *model,
                  LdsMapLayout        *layout,
                  LdsMapLayoutOptions *options)
{
  guint n = lds_map_model_get_n_nodes (model);
  LdsMapOrientation o = options->orientation;

  for (guint v = 0; v < n; v++)
    {
      const LdsMapNode *node = lds_map_model_get_node (model, v);
      const LdsMapRect *box = lds_map_layout_get_box (layout, v);
      double first = G_MAXDOUBLE, last = -G_MAXDOUBLE;
      guint n_visible_children = 0;
      gboolean stacked = FALSE;
      gboolean in_block = lds_map_layout_is_stacked (layout, v);

      if (box == NULL)
        continue;
      g_assert_true (isfinite (box->x) && isfinite (box->y));
      g_assert_cmpfloat (box->height, ==, node->height);

      /* Nothing overlaps. */
      for (guint w = v + 1; w < n; w++)
        {
          const LdsMapRect *other = lds_map_layout_get_box (layout, w);

          if (other != NULL && overlap (box, other))
            g_error ("Nodes %u and %u overlap: (%g, %g, %g, %g) and (%g, %g, %g, %g)", v, w, box->x,
                     box->y, box->width, box->height, other->x, other->y, other->width, other->height);
        }

      /* Below the parent, which is centred over the children. */
      for (guint c = node->first_child; c != LDS_MAP_NONE; c = lds_map_model_get_node (model, c)->next_sibling)
        {
          const LdsMapRect *child = lds_map_layout_get_box (layout, c);

          if (child == NULL)
            continue;
          n_visible_children++;
          stacked = lds_map_layout_is_stacked (layout, c);
          if (in_block)
            {
              /* Inside a folded block: indented under its parent, below it */
              g_assert_true (stacked);
              g_assert_cmpfloat (child->x, ==, box->x + LDS_MAP_OUTLINE_INDENT);
              g_assert_cmpfloat (child->y, >=, box->y + box->height + LDS_MAP_OUTLINE_GAP - 0.001);
              continue;
            }
          if (o == LDS_MAP_TOP_DOWN)
            g_assert_cmpfloat (child->y, >=, box->y + box->height + LDS_MAP_LEVEL_GAP - 0.001);
          else
            g_assert_cmpfloat (child->x, >=, box->x + box->width + LDS_MAP_LEVEL_GAP - 0.001);
          if (stacked)
            {
              /* A group is columns of trunk and blocks: its centre is the
               * middle of the first trunk and the right of the blocks. */
              first = MIN (first, child->x - LDS_MAP_STACK_INDENT);
              last = MAX (last, block_right (model, layout, c));
            }
          else
            {
              first = MIN (first, breadth_centre (o, child));
              last = MAX (last, breadth_centre (o, child));
            }
        }
      if (n_visible_children > 0 && in_block)
        n_folded++;
      if (n_visible_children > 0 && !in_block)
        g_assert_cmpfloat (fabs (breadth_centre (o, box) - (first + last) / 2), <=, 1.0);
      if (options->collapsed != NULL && options->collapsed[v])
        g_assert_cmpuint (n_visible_children, ==, 0);
    }
}

static void
check_visibility (LdsMapModel         *model,
                  LdsMapLayout        *layout,
                  LdsMapLayoutOptions *options)
{
  guint n = lds_map_model_get_n_nodes (model);

  for (guint v = 0; v < n; v++)
    {
      gboolean expected = TRUE;

      /* Hidden under a collapsed ancestor */
      for (guint a = lds_map_model_get_node (model, v)->parent; a != LDS_MAP_NONE;
           a = lds_map_model_get_node (model, a)->parent)
        if (options->collapsed != NULL && options->collapsed[a] &&
            !(options->focus != LDS_MAP_NONE && a != options->focus &&
              lds_map_model_is_ancestor (model, a, options->focus)))
          expected = FALSE;
      /* Focus: the line of one objective only */
      if (options->focus != LDS_MAP_NONE && !lds_map_model_is_ancestor (model, v, options->focus) &&
          !lds_map_model_is_ancestor (model, options->focus, v))
        expected = FALSE;
      g_assert_cmpint (lds_map_layout_is_visible (layout, v), ==, expected);
    }
}

/* Every node found where it is, at several zooms; nothing found in gaps. */
static void
check_hits (GRand        *rand,
            LdsMapModel  *model,
            LdsMapLayout *layout)
{
  static const double zooms[] = { 0.05, 0.3, 1.0, 2.5 };
  guint n = lds_map_model_get_n_nodes (model);
  const LdsMapRect *bounds = lds_map_layout_get_bounds (layout);

  for (guint z = 0; z < G_N_ELEMENTS (zooms); z++)
    {
      /* A view of this zoom, its top left somewhere: screen = (model − origin) × zoom */
      double zoom = zooms[z], ox = bounds->x - 50, oy = bounds->y - 30;

      for (guint v = 0; v < n; v++)
        {
          const LdsMapRect *box = lds_map_layout_get_box (layout, v);
          double sx, sy, mx, my;

          if (box == NULL)
            continue;
          /* A pixel inside the node, back through the view's transform */
          sx = floor ((box->x + g_rand_double_range (rand, 0.1, 0.9) * box->width - ox) * zoom) + 0.5;
          sy = floor ((box->y + g_rand_double_range (rand, 0.1, 0.9) * box->height - oy) * zoom) + 0.5;
          mx = ox + sx / zoom;
          my = oy + sy / zoom;
          if (lds_map_rect_contains (box, mx, my))
            g_assert_cmpuint (lds_map_layout_node_at (layout, mx, my), ==, v);

          /* Its key results' rows */
          for (guint k = 0; k < lds_map_model_get_node (model, v)->n_krs; k++)
            {
              double top, height;

              lds_map_model_kr_row (model, v, k, &top, &height);
              g_assert_cmpint (lds_map_layout_key_result_at (layout, v, box->x + 30,
                                                             box->y + top + height / 2), ==, k);
            }
        }
    }

  /* Random points: a node exactly where a box contains them */
  for (guint i = 0; i < 400; i++)
    {
      double x = g_rand_double_range (rand, bounds->x - 100, bounds->x + bounds->width + 100);
      double y = g_rand_double_range (rand, bounds->y - 100, bounds->y + bounds->height + 100);
      guint expected = LDS_MAP_NONE;

      for (guint v = 0; v < n; v++)
        {
          const LdsMapRect *box = lds_map_layout_get_box (layout, v);

          if (box != NULL && lds_map_rect_contains (box, x, y))
            expected = v;
        }
      g_assert_cmpuint (lds_map_layout_node_at (layout, x, y), ==, expected);
    }
}

/* What lds_map_layout_query() finds is exactly what touches the area. */
static void
check_queries (GRand        *rand,
               LdsMapModel  *model,
               LdsMapLayout *layout)
{
  const LdsMapRect *bounds = lds_map_layout_get_bounds (layout);
  guint n = lds_map_model_get_n_nodes (model), n_edges;
  const LdsMapEdge *edges = lds_map_layout_get_edges (layout, &n_edges);

  for (guint i = 0; i < 30; i++)
    {
      g_autoptr(GArray) nodes = g_array_new (FALSE, FALSE, sizeof (guint));
      g_autoptr(GArray) found_edges = g_array_new (FALSE, FALSE, sizeof (guint));
      g_autofree guint8 *seen = g_new0 (guint8, MAX (n, 1));
      g_autofree guint8 *seen_edges = g_new0 (guint8, MAX (n_edges, 1));
      LdsMapRect area;

      area.width = g_rand_double_range (rand, 10, MAX (bounds->width / 2, 20));
      area.height = g_rand_double_range (rand, 10, MAX (bounds->height / 2, 20));
      area.x = g_rand_double_range (rand, bounds->x - area.width, bounds->x + bounds->width);
      area.y = g_rand_double_range (rand, bounds->y - area.height, bounds->y + bounds->height);
      lds_map_layout_query (layout, &area, nodes, found_edges);

      for (guint k = 0; k < nodes->len; k++)
        {
          guint v = g_array_index (nodes, guint, k);

          g_assert_false (seen[v]);
          seen[v] = 1;
        }
      for (guint v = 0; v < n; v++)
        {
          const LdsMapRect *box = lds_map_layout_get_box (layout, v);

          g_assert_cmpint (seen[v], ==, box != NULL && lds_map_rect_intersects (box, &area));
        }
      for (guint k = 0; k < found_edges->len; k++)
        seen_edges[g_array_index (found_edges, guint, k)] = 1;
      for (guint e = 0; e < n_edges; e++)
        g_assert_cmpint (seen_edges[e], ==, lds_map_rect_intersects (&edges[e].bounds, &area));
    }
}

static void
check_neighbours (LdsMapModel  *model,
                  LdsMapLayout *layout)
{
  guint n = lds_map_model_get_n_nodes (model);

  for (guint v = 0; v < n; v++)
    {
      guint next, child;

      if (!lds_map_layout_is_visible (layout, v))
        {
          g_assert_cmpuint (lds_map_layout_neighbour (layout, v, LDS_MAP_TOWARDS_NEXT), ==, LDS_MAP_NONE);
          continue;
        }
      /* Next and previous undo each other (outside stacks, which they skip). */
      next = lds_map_layout_neighbour (layout, v, LDS_MAP_TOWARDS_NEXT);
      if (next != LDS_MAP_NONE && !lds_map_layout_is_stacked (layout, v) &&
          !lds_map_layout_is_stacked (layout, next))
        g_assert_cmpuint (lds_map_layout_neighbour (layout, next, LDS_MAP_TOWARDS_PREVIOUS), ==, v);
      if (next != LDS_MAP_NONE)
        g_assert_cmpuint (lds_map_model_get_node (model, next)->depth, ==,
                          lds_map_model_get_node (model, v)->depth);
      /* Down goes to a child, and up comes back. */
      child = lds_map_layout_neighbour (layout, v, LDS_MAP_TOWARDS_CHILD);
      /* In a folded group, down from a block with children is its first child. */
      if (lds_map_layout_is_stacked (layout, v) && child != LDS_MAP_NONE &&
          lds_map_layout_is_visible (layout, lds_map_model_get_node (model, v)->first_child))
        g_assert_cmpuint (lds_map_model_get_node (model, child)->parent, ==, v);
      if (child != LDS_MAP_NONE && !lds_map_layout_is_stacked (layout, v))
        {
          g_assert_cmpuint (lds_map_model_get_node (model, child)->parent, ==, v);
          if (!lds_map_layout_is_stacked (layout, child) ||
              lds_map_layout_neighbour (layout, child, LDS_MAP_TOWARDS_PARENT) == v)
            g_assert_cmpuint (lds_map_layout_neighbour (layout, child, LDS_MAP_TOWARDS_PARENT), ==, v);
        }
    }
}

static void
test_layout_invariants (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261122);
  guint runs = 0;

  for (Shape shape = 0; shape < N_SHAPES; shape++)
    for (guint trial = 0; trial < 6; trial++)
      {
        guint n = g_rand_int_range (rand, 1, trial < 3 ? 40 : 160);
        g_autoptr(LdsMapModel) model = random_model (rand, shape, n);

        for (int variant = 0; variant < 4; variant++)
          {
            LdsMapLayoutOptions options = LDS_MAP_LAYOUT_OPTIONS_DEFAULT;
            g_autofree guint8 *collapsed = NULL;
            g_autoptr(LdsMapLayout) layout = NULL;

            options.orientation = variant % 2 ? LDS_MAP_LEFT_RIGHT : LDS_MAP_TOP_DOWN;
            options.stack_leaves = variant != 2;
            if (variant == 3)
              {
                collapsed = g_new0 (guint8, n);
                for (guint v = 0; v < n; v++)
                  collapsed[v] = g_rand_int_range (rand, 0, 6) == 0;
                options.collapsed = collapsed;
              }
            if (variant == 2 && n > 1)
              options.focus = g_rand_int_range (rand, 0, n);

            layout = lds_map_layout_new (model, &options);
            check_visibility (model, layout, &options);
            check_invariants (model, layout, &options);
            check_hits (rand, model, layout);
            check_queries (rand, model, layout);
            check_neighbours (model, layout);
            runs++;
          }
      }
  g_assert_cmpuint (runs, ==, N_SHAPES * 6 * 4);
  /* Some of the random maps were wide enough to fold. */
  g_assert_cmpuint (n_folded, >, 0);
}

/* The same model lays out the same, to the bit. */
static void
test_layout_deterministic (void)
{
  for (Shape shape = 0; shape < N_SHAPES; shape++)
    {
      g_autoptr(GRand) rand1 = g_rand_new_with_seed (7 + shape);
      g_autoptr(GRand) rand2 = g_rand_new_with_seed (7 + shape);
      g_autoptr(LdsMapModel) a = random_model (rand1, shape, 120);
      g_autoptr(LdsMapModel) b = random_model (rand2, shape, 120);
      g_autoptr(LdsMapLayout) la = lds_map_layout_new (a, NULL);
      g_autoptr(LdsMapLayout) lb = lds_map_layout_new (b, NULL);
      g_autoptr(LdsMapLayout) lc = lds_map_layout_new (a, NULL);
      guint na, nb;
      const LdsMapEdge *ea = lds_map_layout_get_edges (la, &na);
      const LdsMapEdge *eb = lds_map_layout_get_edges (lb, &nb);

      for (guint v = 0; v < 120; v++)
        {
          const LdsMapRect *ra = lds_map_layout_get_box (la, v);
          const LdsMapRect *rb = lds_map_layout_get_box (lb, v);
          const LdsMapRect *rc = lds_map_layout_get_box (lc, v);

          g_assert_nonnull (ra);
          g_assert_cmpmem (ra, sizeof *ra, rb, sizeof *rb);
          g_assert_cmpmem (ra, sizeof *ra, rc, sizeof *rc);
        }
      g_assert_cmpuint (na, ==, nb);
      for (guint e = 0; e < na; e++)
        g_assert_cmpmem (ea[e].p, sizeof ea[e].p, eb[e].p, sizeof eb[e].p);
    }
}

/* A hand-made tree, with known answers. */
static void
test_layout_known (void)
{
  g_autoptr(LdsMapModel) model = lds_map_model_new (text);
  g_autoptr(LdsMapLayout) layout = NULL;
  LdsMapLayoutOptions options = LDS_MAP_LAYOUT_OPTIONS_DEFAULT;
  const LdsMapRect *root, *a, *b;
  guint r, x, y, z;

  r = lds_map_model_add_node (model, 1, "Root", "Company", LDS_MAP_LEVEL_COMPANY, 0);
  x = lds_map_model_add_node (model, 2, "Left", "Sales", LDS_MAP_LEVEL_DEPARTMENT, 0);
  y = lds_map_model_add_node (model, 3, "Right", "Product", LDS_MAP_LEVEL_DEPARTMENT, 0);
  z = lds_map_model_add_node (model, 4, "Under left", "Team", LDS_MAP_LEVEL_TEAM, 0);
  lds_map_model_set_parent (model, x, r, -1, LDS_MAP_PARENT_ALIGNS);
  lds_map_model_set_parent (model, y, r, -1, LDS_MAP_PARENT_ALIGNS);
  lds_map_model_set_parent (model, z, x, -1, LDS_MAP_PARENT_ALIGNS);
  lds_map_model_finish (model);

  layout = lds_map_layout_new (model, &options);
  root = lds_map_layout_get_box (layout, r);
  a = lds_map_layout_get_box (layout, x);
  b = lds_map_layout_get_box (layout, y);
  /* Two siblings, a sibling gap apart, the root centred above */
  g_assert_cmpfloat (b->x - (a->x + a->width), ==, LDS_MAP_SIBLING_GAP);
  g_assert_cmpfloat (root->x + root->width / 2, ==, (a->x + b->x + b->width) / 2);
  g_assert_cmpfloat (a->y, ==, root->y + root->height + LDS_MAP_LEVEL_GAP);
  g_assert_cmpfloat (a->y, ==, b->y);
  /* A single child right below its parent */
  g_assert_cmpfloat (lds_map_layout_get_box (layout, z)->x, ==, a->x);
  g_assert_cmpuint (lds_map_layout_node_at (layout, a->x + 1, a->y + 1), ==, x);
  g_assert_cmpuint (lds_map_layout_node_at (layout, a->x + a->width + 1, a->y + 1), ==, LDS_MAP_NONE);

  /* Collapsed, the left one hides what is under it and keeps its place
   * in the tree. */
  {
    guint8 collapsed[4] = { 0, 1, 0, 0 };
    g_autoptr(LdsMapLayout) folded = NULL;

    options.collapsed = collapsed;
    folded = lds_map_layout_new (model, &options);
    g_assert_false (lds_map_layout_is_visible (folded, z));
    g_assert_true (lds_map_layout_is_collapsed (folded, x));
    g_assert_cmpuint (lds_map_layout_get_n_visible (folded), ==, 3);
  }
}

/* Long titles wrap and make their node taller, in Chinese as in English. */
static void
test_layout_measured (void)
{
  g_autoptr(LdsMapModel) model = lds_map_model_new (text);
  guint short_en, long_en, short_zh, long_zh;
  double line = lds_map_text_line_height (text, LDS_MAP_FONT_TITLE);

  short_en = lds_map_model_add_node (model, 1, "Grow", "A", LDS_MAP_LEVEL_TEAM, 0);
  long_en = lds_map_model_add_node (model, 2, "Make onboarding a joy for every new merchant in every "
                                    "region we serve", "A", LDS_MAP_LEVEL_TEAM, 0);
  short_zh = lds_map_model_add_node (model, 3, "增长", "A", LDS_MAP_LEVEL_TEAM, 0);
  long_zh = lds_map_model_add_node (model, 4, "让客户爱上我们的产品，并且愿意把它推荐给身边的每一位朋友",
                                    "A", LDS_MAP_LEVEL_TEAM, 0);
  lds_map_model_finish (model);

  g_assert_cmpfloat (lds_map_model_get_node (model, short_en)->title_height, ==, line);
  g_assert_cmpfloat (lds_map_model_get_node (model, short_zh)->title_height, ==, line);
  g_assert_cmpfloat (lds_map_model_get_node (model, long_en)->title_height, >=, 2 * line);
  g_assert_cmpfloat (lds_map_model_get_node (model, long_zh)->title_height, >=, 2 * line);
  g_assert_cmpfloat (lds_map_model_get_node (model, long_zh)->height, >,
                     lds_map_model_get_node (model, short_zh)->height);

  /* What the cheap bound says is what Pango says. */
  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    for (double width = 60; width < 400; width += 23)
      {
        g_autoptr(PangoLayout) layout = lds_map_text_layout (text, LDS_MAP_FONT_TITLE, titles[i], width, 4);
        int lines = lds_map_text_measure_lines (text, LDS_MAP_FONT_TITLE, titles[i], width, 4);

        g_assert_cmpint (lines, ==, pango_layout_get_line_count (layout));
      }
}

/* The glyphs a layout draws, each as "glyph x,y" in Pango units */
static char *
drawn_glyphs (PangoLayout *layout)
{
  GString *out = g_string_new (NULL);
  PangoLayoutIter *iter = pango_layout_get_iter (layout);

  do
    {
      PangoGlyphItem *run = pango_layout_iter_get_run_readonly (iter);
      PangoRectangle logical;
      int x, baseline = pango_layout_iter_get_baseline (iter);

      if (run == NULL)
        continue;
      pango_layout_iter_get_run_extents (iter, NULL, &logical);
      x = logical.x;
      for (int g = 0; g < run->glyphs->num_glyphs; g++)
        {
          PangoGlyphInfo *info = &run->glyphs->glyphs[g];

          if (info->glyph != PANGO_GLYPH_EMPTY)
            g_string_append_printf (out, "%u %d,%d ", info->glyph, x + info->geometry.x_offset,
                                    baseline + info->geometry.y_offset);
          x += info->geometry.width;
        }
    }
  while (pango_layout_iter_next_run (iter));
  pango_layout_iter_free (iter);
  return g_string_free (out, FALSE);
}

/* A text that takes two lines is laid out as two paragraphs, shaped once:
 * what it draws is what Pango's own wrapping draws. */
static void
test_layout_two_lines (void)
{
  static const char * const more[] = {
    "Grow recurring revenue sustainably (3117)", "Make the product effortless to adopt (4652)",
    "Win the mid-market (3136)", "Yes To Your AVATAR Tower, WAVE and LTA", "x.(y) z affluent office",
    "Co-operate with partners on every continent", "100% of teams ship weekly by the end of Q4",
    "L’équipe gagne des clients fidèles dans chaque région", "Monthly recurring revenue (k€)",
    "Cut  double  spaces and a trailing one ", "Ship with confidence every week",
  };
  const LdsMapFont fonts[] = { LDS_MAP_FONT_TITLE, LDS_MAP_FONT_KR, LDS_MAP_FONT_SUMMARY };
  PangoContext *context = lds_map_text_get_context (text);
  guint two_paragraphs = 0;

  for (guint f = 0; f < G_N_ELEMENTS (fonts); f++)
    for (guint i = 0; i < G_N_ELEMENTS (titles) + G_N_ELEMENTS (more); i++)
      for (double width = 60; width < 520; width += 3)
        for (int max_lines = 2; max_lines <= 3; max_lines++)
          {
            const char *words = i < G_N_ELEMENTS (titles) ? titles[i] : more[i - G_N_ELEMENTS (titles)];
            g_autoptr(PangoLayout) ours = lds_map_text_layout (text, fonts[f], words, width, max_lines);
            g_autoptr(PangoLayout) pango = pango_layout_new (context);
            g_autofree char *expected = NULL, *drawn = NULL;

            /* Pango's own, as lds_map_text_layout() would set it up */
            pango_layout_set_font_description (pango, pango_layout_get_font_description (ours));
            pango_layout_set_attributes (pango, pango_layout_get_attributes (ours));
            pango_layout_set_width (pango, (int) (width * PANGO_SCALE));
            pango_layout_set_wrap (pango, PANGO_WRAP_WORD_CHAR);
            pango_layout_set_ellipsize (pango, PANGO_ELLIPSIZE_END);
            pango_layout_set_height (pango, -max_lines);
            pango_layout_set_text (pango, words, -1);

            expected = drawn_glyphs (pango);
            drawn = drawn_glyphs (ours);
            if (g_strcmp0 (expected, drawn) != 0)
              g_error ("“%s” at %g wide, %d lines: %s instead of %s", words, width, max_lines, drawn,
                       expected);
            g_assert_cmpint (pango_layout_get_line_count (ours), ==, pango_layout_get_line_count (pango));
            if (strchr (pango_layout_get_text (ours), '\n') != NULL)
              two_paragraphs++;
          }
  /* Most texts that take two lines take the short way. */
  g_test_message ("%u texts laid out as two paragraphs", two_paragraphs);
  g_assert_cmpuint (two_paragraphs, >, 500);
}

static double
aspect (LdsMapLayout *layout)
{
  const LdsMapRect *bounds = lds_map_layout_get_bounds (layout);

  return bounds->width / bounds->height;
}

/* The synthetic organisation of 10,000 objectives at fit-all: folded
 * from a 150:1 strip to a picture a screen can show, without overlaps;
 * left to right, a plain tidy tree still. */
#define SYNTHETIC_MAX_ASPECT 8.0

static void
test_layout_fold_synthetic (void)
{
  g_autoptr(LdsStore) store = lds_test_new_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(LdsMapLayout) layout = NULL;
  g_autoptr(LdsMapLayout) sideways = NULL;
  LdsExportOptions export = { 0 };
  LdsMapLayoutOptions options = LDS_MAP_LAYOUT_OPTIONS_DEFAULT;
  LdsMapModel *model;
  guint n;

  g_assert_true (lds_demo_write_synthetic (store, 10000, 1, &error));
  g_assert_no_error (error);
  layout = lds_export_map_layout (store, &export, &error);
  g_assert_no_error (error);
  model = lds_map_layout_get_model (layout);
  n = lds_map_model_get_n_nodes (model);
  g_assert_cmpuint (n, ==, 10000);
  g_assert_cmpuint (lds_map_layout_get_n_visible (layout), ==, n);

  g_test_message ("10,000 objectives, top-down: %.0f x %.0f pt, %.2f:1",
                  lds_map_layout_get_bounds (layout)->width, lds_map_layout_get_bounds (layout)->height,
                  aspect (layout));
  g_assert_cmpfloat (aspect (layout), <=, SYNTHETIC_MAX_ASPECT);
  g_assert_cmpfloat (aspect (layout), >=, 1.0);
  n_folded = 0;
  check_invariants (model, layout, &options);
  g_assert_cmpuint (n_folded, >, 0);

  options.orientation = LDS_MAP_LEFT_RIGHT;
  sideways = lds_map_layout_new (model, &options);
  check_invariants (model, sideways, &options);
  for (guint v = 0; v < n; v++)
    g_assert_false (lds_map_layout_is_stacked (sideways, v));
}

/* The sample company is small enough to stay a plain tidy tree. */
static void
test_layout_fold_sample (void)
{
  g_autoptr(LdsStore) store = lds_test_new_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(LdsMapLayout) layout = NULL;
  LdsExportOptions export = { 0 };
  LdsMapLayoutOptions options = LDS_MAP_LAYOUT_OPTIONS_DEFAULT;
  LdsMapModel *model;

  g_assert_true (lds_demo_write_sample (store, "en", LDS_DEMO_DEFAULT, &error));
  g_assert_no_error (error);
  layout = lds_export_map_layout (store, &export, &error);
  g_assert_no_error (error);
  model = lds_map_layout_get_model (layout);
  g_assert_cmpfloat (aspect (layout), <=, LDS_MAP_FOLD_ASPECT);
  n_folded = 0;
  check_invariants (model, layout, &options);
  g_assert_cmpuint (n_folded, ==, 0);
}

/* A page of a large map draws the links that leave it, but not the arrow
 * heads at their far ends: those would be written into the page (a PDF)
 * far outside anything it shows. Thirty objectives one under another,
 * the first depending on the last; the first one's rectangle drawn. */
static void
test_render_far_arrow_heads (void)
{
  g_autoptr(LdsMapModel) model = lds_map_model_new (text);
  g_autoptr(LdsMapLayout) layout = NULL;
  LdsMapLayoutOptions options = LDS_MAP_LAYOUT_OPTIONS_DEFAULT;
  LdsMapRenderOptions render;
  const LdsMapEdge *edges, *link = NULL;
  LdsMapRect area;
  LdsMapPoint tip;
  cairo_surface_t *surface;
  cairo_t *cr;
  double x, y, w, h;
  guint n_edges, first = 0, last = 0;

  for (guint i = 0; i < 30; i++)
    {
      g_autofree char *title = g_strdup_printf ("Objective %u", i + 1);

      last = lds_map_model_add_node (model, i + 1, title, "Team", LDS_MAP_LEVEL_TEAM, LDS_MAP_NODE_SELF_DRIVEN);
      if (i == 0)
        first = last;
    }
  lds_map_model_add_link (model, LDS_MAP_LINK_DEPENDS, first, last, -1);
  lds_map_model_finish (model);
  options.orientation = LDS_MAP_LEFT_RIGHT;
  layout = lds_map_layout_new (model, &options);

  edges = lds_map_layout_get_edges (layout, &n_edges);
  for (guint i = 0; i < n_edges; i++)
    if (edges[i].kind == LDS_MAP_EDGE_DEPENDS)
      link = &edges[i];
  g_assert_nonnull (link);
  tip = link->shape == LDS_MAP_SHAPE_CURVE ? link->p[3] : link->p[4];

  /* The rectangle of the end without the head, far from the head */
  area = *lds_map_layout_get_box (layout, first);
  if (hypot (tip.x - (area.x + area.width / 2), tip.y - (area.y + area.height / 2)) <
      hypot (area.width, area.height))
    area = *lds_map_layout_get_box (layout, last);
  g_assert_cmpfloat (fabs (tip.y - (area.y + area.height / 2)), >, 10 * area.height);

  surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cr = cairo_create (surface);
  lds_map_render_options_init (&render, &area);
  render.full_detail = TRUE;
  lds_map_render (layout, cr, &render);
  cairo_destroy (cr);
  cairo_recording_surface_ink_extents (surface, &x, &y, &w, &h);
  cairo_surface_destroy (surface);

  /* The link's start and the node are drawn, */
  g_assert_cmpfloat (x, <=, area.x);
  g_assert_cmpfloat (x + w, >=, area.x + area.width);
  /* but nothing near its far end */
  g_assert_false (tip.x >= x - 1 && tip.x <= x + w + 1 && tip.y >= y - 1 && tip.y <= y + h + 1);
}

/* Titles seen from afar */

typedef struct
{
  LdsMapLayout *layout;
  double        scale;
  guint8       *titled;   /* per node */
} Afar;

static void
afar_text_cb (PangoLayout  *title,
              double        x,
              double        y,
              const double  rgba[4],
              gpointer      data)
{
  Afar *afar = data;
  const PangoFontDescription *font = pango_layout_get_font_description (title);
  PangoRectangle logical;
  guint v = lds_map_layout_node_at (afar->layout, x + 1, y + 1);
  const LdsMapRect *box;

  g_assert_cmpuint (v, !=, LDS_MAP_NONE);
  box = lds_map_layout_get_box (afar->layout, v);
  g_assert_nonnull (font);
  pango_layout_get_extents (title, NULL, &logical);
  /* The title, once, inside its node … */
  g_assert_cmpuint (afar->titled[v], ==, 0);
  afar->titled[v] = 1;
  g_assert_cmpfloat (x, >=, box->x);
  g_assert_cmpfloat (y, >=, box->y);
  g_assert_cmpfloat (x + logical.width / (double) PANGO_SCALE, <=, box->x + box->width + 0.01);
  g_assert_cmpfloat (y + logical.height / (double) PANGO_SCALE, <=, box->y + box->height + 0.01);
  /* … large enough to read on the screen, where its node leaves room for
   * a line of it that large */
  if (box->height >= 120)
    g_assert_cmpfloat (pango_font_description_get_size (font) / (double) PANGO_SCALE * afar->scale, >=,
                       LDS_MAP_TITLE_MIN_PX);
}

/* From the furthest zoom that shows titles to where every key result
 * shows, every node of the sample company has its title, inside it, at
 * least LDS_MAP_TITLE_MIN_PX on screen. That furthest zoom shows the
 * sample company whole on a projector (see /map/view/fit-projector). */
static void
test_render_titles_from_afar (gconstpointer data)
{
  g_autoptr(LdsStore) store = lds_test_new_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(LdsMapLayout) layout = NULL;
  LdsExportOptions export = { 0 };
  double furthest = lds_map_render_detail_scale (LDS_MAP_DETAIL_TITLES), scales[5];

  g_assert_true (lds_demo_write_sample (store, data, LDS_DEMO_DEFAULT, &error));
  g_assert_no_error (error);
  layout = lds_export_map_layout (store, &export, &error);
  g_assert_no_error (error);

  g_assert_cmpint (lds_map_render_detail_for (furthest), ==, LDS_MAP_DETAIL_TITLES);
  g_assert_cmpint (lds_map_render_detail_for (furthest - 0.001), <, LDS_MAP_DETAIL_TITLES);
  g_assert_cmpfloat (furthest, <=, 0.19);
  scales[0] = furthest;
  scales[1] = 0.2;
  scales[2] = 0.25;
  scales[3] = 0.33;
  scales[4] = 0.47;
  for (guint i = 0; i < G_N_ELEMENTS (scales); i++)
    {
      guint n = lds_map_model_get_n_nodes (lds_map_layout_get_model (layout));
      g_autofree guint8 *titled = g_new0 (guint8, n);
      Afar afar = { layout, scales[i], titled };
      const LdsMapRect *bounds = lds_map_layout_get_bounds (layout);
      LdsMapRenderOptions options;
      cairo_surface_t *surface;
      cairo_t *cr;

      g_assert_cmpint (lds_map_render_detail_for (scales[i]), ==, LDS_MAP_DETAIL_TITLES);
      surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, ceil (bounds->width * scales[i]),
                                            ceil (bounds->height * scales[i]));
      cr = cairo_create (surface);
      cairo_scale (cr, scales[i], scales[i]);
      cairo_translate (cr, -bounds->x, -bounds->y);
      lds_map_render_options_init (&options, bounds);
      options.text_func = afar_text_cb;
      options.text_data = &afar;
      lds_map_render (layout, cr, &options);
      cairo_destroy (cr);
      cairo_surface_destroy (surface);

      for (guint v = 0; v < n; v++)
        if (lds_map_layout_is_visible (layout, v))
          g_assert_cmpuint (titled[v], ==, 1);
    }
}

/* The light canvas, as a pixel of a CAIRO_FORMAT_RGB24 surface */
static guint32
canvas_pixel (void)
{
  double canvas[4];

  lds_map_canvas_color (FALSE, canvas);
  return ((guint32) round (canvas[0] * 255) << 16) | ((guint32) round (canvas[1] * 255) << 8) |
         (guint32) round (canvas[2] * 255);
}

/* On a screen, from afar, a link a pixel wide is a pixel wide: on whole
 * pixels, not smeared over two (which costs cairo far more, too). */
static void
test_render_sharp_from_afar (void)
{
  g_autoptr(LdsMapModel) model = lds_map_model_new (text);
  g_autoptr(LdsMapLayout) layout = NULL;
  LdsMapRenderOptions options;
  const LdsMapEdge *edge;
  const LdsMapRect *top, *under;
  LdsMapRect area;
  double scale = 0.2;
  guint r, x, n_edges;

  r = lds_map_model_add_node (model, 1, "Root", "Company", LDS_MAP_LEVEL_COMPANY, 0);
  x = lds_map_model_add_node (model, 2, "Under", "Sales", LDS_MAP_LEVEL_DEPARTMENT, 0);
  lds_map_model_set_parent (model, x, r, -1, LDS_MAP_PARENT_ALIGNS);
  lds_map_model_finish (model);
  layout = lds_map_layout_new (model, NULL);
  edge = lds_map_layout_get_edges (layout, &n_edges);
  g_assert_cmpuint (n_edges, ==, 1);
  top = lds_map_layout_get_box (layout, r);
  under = lds_map_layout_get_box (layout, x);

  /* At several fractions of a pixel from the grid */
  for (int shift = 0; shift < 4; shift++)
    {
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 200, 200);
      cairo_t *cr = cairo_create (surface);
      /* A quarter of the way down from the parent (half-way, the link
       * turns aside, if only by a pixel) */
      double gap_y = top->y + top->height + (under->y - top->y - top->height) / 4;
      int row, run = 0, first = -1;
      const guint32 *pixels;
      guint32 background = canvas_pixel ();

      area.x = edge->p[0].x - (100 + shift * 0.3) / scale;
      area.y = gap_y - (100 + shift * 0.3) / scale;
      area.width = area.height = 200 / scale;
      cairo_scale (cr, scale, scale);
      cairo_translate (cr, -area.x, -area.y);
      lds_map_render_options_init (&options, &area);
      options.scale = scale;
      options.background = TRUE;
      lds_map_render (layout, cr, &options);
      cairo_destroy (cr);
      cairo_surface_flush (surface);

      /* That row crosses the link once, a pixel wide. */
      row = 100;
      pixels = (const guint32 *) (cairo_image_surface_get_data (surface) +
                                  row * cairo_image_surface_get_stride (surface));
      for (int col = 0; col < 200; col++)
        if ((pixels[col] & 0xffffff) != background)
          {
            if (first < 0)
              first = col;
            run++;
          }
      g_assert_cmpint (first, >=, 95);
      g_assert_cmpint (first, <=, 101);
      g_assert_cmpint (run, ==, 1);
      cairo_surface_destroy (surface);
    }
}

/* From afar (boxes only), links from parents are an organisation chart's
 * connectors, along the axes on whole pixels, and dependencies are lines
 * on whole pixels too: no pixel between the boxes is a blend, which a
 * diagonal line smoothed by cairo (many times slower) would leave. */
static void
test_render_links_from_afar (void)
{
  g_autoptr(LdsMapModel) model = lds_map_model_new (text);
  g_autoptr(LdsMapLayout) layout = NULL;
  LdsMapRenderOptions options;
  const LdsMapEdge *edges;
  const LdsMapRect *bounds, *top, *left, *middle, *right;
  g_autoptr(GHashTable) colours = g_hash_table_new (NULL, NULL);
  cairo_surface_t *surface;
  cairo_t *cr;
  double scale = 0.1, bus;
  guint32 background;
  const guint8 *data;
  guint root, child[3], grandchild[3], n_edges, curves = 0;
  int width, height, stride, row, run = 0;

  root = lds_map_model_add_node (model, 1, "Root", "Company", LDS_MAP_LEVEL_COMPANY, 0);
  for (guint i = 0; i < G_N_ELEMENTS (child); i++)
    {
      child[i] = lds_map_model_add_node (model, 10 + i, "Department", "Department",
                                         LDS_MAP_LEVEL_DEPARTMENT, 0);
      lds_map_model_set_parent (model, child[i], root, -1, LDS_MAP_PARENT_ALIGNS);
      grandchild[i] = lds_map_model_add_node (model, 20 + i, "Team", "Team", LDS_MAP_LEVEL_TEAM, 0);
      lds_map_model_set_parent (model, grandchild[i], child[i], -1, LDS_MAP_PARENT_ALIGNS);
    }
  /* Across and down a level: aslant; across one level: above it */
  lds_map_model_add_link (model, LDS_MAP_LINK_DEPENDS, child[0], grandchild[2], -1);
  lds_map_model_add_link (model, LDS_MAP_LINK_DEPENDS, child[0], child[2], -1);
  lds_map_model_finish (model);
  layout = lds_map_layout_new (model, NULL);
  g_assert_cmpint (lds_map_render_detail_for (scale), ==, LDS_MAP_DETAIL_BOXES);

  /* The outer departments hang from curves, sideways from the root */
  edges = lds_map_layout_get_edges (layout, &n_edges);
  for (guint i = 0; i < n_edges; i++)
    if (edges[i].kind == LDS_MAP_EDGE_ALIGNS && edges[i].from == root)
      {
        g_assert_cmpint (edges[i].shape, ==, LDS_MAP_SHAPE_CURVE);
        curves += fabs (edges[i].p[0].x - edges[i].p[3].x) * scale > 10;
      }
  g_assert_cmpuint (curves, ==, 2);

  bounds = lds_map_layout_get_bounds (layout);
  width = (int) ceil (bounds->width * scale) + 20;
  height = (int) ceil (bounds->height * scale) + 20;
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cr = cairo_create (surface);
  cairo_translate (cr, 10.3, 10.6);
  cairo_scale (cr, scale, scale);
  cairo_translate (cr, -bounds->x, -bounds->y);
  lds_map_render_options_init (&options, NULL);
  options.scale = scale;
  options.background = TRUE;
  lds_map_render (layout, cr, &options);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  background = canvas_pixel ();
  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);

  /* Between the boxes, two colours at most besides the canvas: links and
   * dependencies */
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        double mx = (x + 0.5 - 10.3) / scale + bounds->x, my = (y + 0.5 - 10.6) / scale + bounds->y;
        guint32 pixel = ((const guint32 *) (gconstpointer) (data + y * stride))[x] & 0xffffff;
        gboolean in_box = FALSE;

        for (guint v = 0; v < lds_map_model_get_n_nodes (model) && !in_box; v++)
          {
            const LdsMapRect *box = lds_map_layout_get_box (layout, v);

            in_box = mx > box->x - 2 / scale && mx < box->x + box->width + 2 / scale &&
                     my > box->y - 2 / scale && my < box->y + box->height + 2 / scale;
          }
        if (!in_box && pixel != background)
          g_hash_table_add (colours, GUINT_TO_POINTER (pixel));
      }
  g_assert_cmpuint (g_hash_table_size (colours), >=, 1);
  g_assert_cmpuint (g_hash_table_size (colours), <=, 2);

  /* Halfway down to the departments, one line joins the outer two */
  top = lds_map_layout_get_box (layout, root);
  left = lds_map_layout_get_box (layout, child[0]);
  right = lds_map_layout_get_box (layout, child[2]);
  bus = (top->y + top->height + left->y) / 2;
  for (int dy = -1; dy <= 1; dy++)
    {
      int count = 0;

      row = (int) floor ((bus - bounds->y) * scale + 10.6) + dy;
      for (int x = 0; x < width; x++)
        count += (((const guint32 *) (gconstpointer) (data + row * stride))[x] & 0xffffff) != background;
      run = MAX (run, count);
    }
  g_assert_cmpint (run, >=, (int) ((right->x - left->x) * scale) - 2);

  /* Nothing runs along the departments' tops, between them */
  middle = lds_map_layout_get_box (layout, child[1]);
  row = (int) floor ((left->y - bounds->y) * scale + 10.6);
  for (int x = (int) ceil ((left->x + left->width - bounds->x) * scale + 10.3) + 2;
       x < (int) floor ((right->x - bounds->x) * scale + 10.3) - 2; x++)
    if (x < (middle->x - bounds->x) * scale + 10.3 - 2 ||
        x > (middle->x + middle->width - bounds->x) * scale + 10.3 + 2)
      g_assert_cmphex (((const guint32 *) (gconstpointer) (data + row * stride))[x] & 0xffffff, ==,
                       background);
  cairo_surface_destroy (surface);
}

/* Close up, every bar of a node is as long, whatever the width of the
 * value beside it ("5 / 9" or "2,870 / 3,200 merchants"): the values
 * right-aligned, the bars in the room the widest leaves. */
static void
test_render_bars_alike (void)
{
  g_autoptr(LdsMapModel) model = lds_map_model_new (text);
  g_autoptr(LdsMapLayout) layout = NULL;
  const char *units[] = { "", "merchants", "k€" };
  const double targets[] = { 9, 3200, 900 };
  const LdsMapRect *box;
  LdsMapRenderOptions options;
  Palette palette;
  cairo_surface_t *surface;
  cairo_t *cr;
  guint32 track;
  int ends[8], n_ends = 0, last_row = -10, stride;
  const guint8 *data;
  guint v;

  v = lds_map_model_add_node (model, 1, "Make subscriptions the heart of our revenue", "Company",
                              LDS_MAP_LEVEL_COMPANY, 0);
  for (guint k = 0; k < G_N_ELEMENTS (units); k++)
    {
      LdsKeyResult kr = { 0 };

      kr.id = 10 + k;
      kr.title = (char *) "Revenue";
      kr.unit_label = (char *) units[k];
      kr.target_value = targets[k];
      kr.current_value = targets[k] / 10;
      kr.score = NAN;
      kr.weight = 1;
      kr.confidence = -1;
      lds_map_model_add_key_result (model, v, &kr);
    }
  lds_map_model_finish (model);
  layout = lds_map_layout_new (model, NULL);
  box = lds_map_layout_get_box (layout, v);

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) box->width + 20,
                                        (int) box->height + 20);
  cr = cairo_create (surface);
  cairo_translate (cr, 10 - box->x, 10 - box->y);
  lds_map_render_options_init (&options, NULL);
  options.scale = 1;
  options.background = TRUE;
  lds_map_render (layout, cr, &options);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  /* Where each bar's track ends: the right-most pixel of its colour */
  _lds_map_make_palette (&palette, FALSE);
  track = ((guint32) round (palette.track[0] * 255) << 16) |
          ((guint32) round (palette.track[1] * 255) << 8) | (guint32) round (palette.track[2] * 255);
  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  for (int y = 0; y < cairo_image_surface_get_height (surface); y++)
    {
      const guint32 *row = (const guint32 *) (gconstpointer) (data + y * stride);
      int end = -1;

      for (int x = cairo_image_surface_get_width (surface) / 3; x < cairo_image_surface_get_width (surface); x++)
        if ((row[x] & 0xffffff) == track)
          end = x;
      if (end < 0)
        continue;
      if (y > last_row + 1)
        {
          g_assert_cmpint (n_ends, <, (int) G_N_ELEMENTS (ends));
          ends[n_ends++] = end;
        }
      last_row = y;
    }
  cairo_surface_destroy (surface);

  g_assert_cmpint (n_ends, ==, 3);
  for (int i = 1; i < n_ends; i++)
    g_assert_cmpint (ABS (ends[i] - ends[0]), <=, 1);
}

/* WCAG's relative luminance of an sRGB colour */
static double
luminance (const double rgba[4])
{
  double l[3];

  for (int i = 0; i < 3; i++)
    l[i] = rgba[i] <= 0.04045 ? rgba[i] / 12.92 : pow ((rgba[i] + 0.055) / 1.055, 2.4);
  return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
}

/* The marks on a node (aspirational, self-driven, overdue…) read on their
 * chips as body text must: 4.5:1 at least, light and dark. */
static void
test_render_chips_legible (void)
{
  for (int dark = 0; dark < 2; dark++)
    {
      Palette palette;

      _lds_map_make_palette (&palette, dark);
      for (int k = 0; k < N_CHIP_KINDS; k++)
        {
          double a = luminance (palette.chip_ink[k]), b = luminance (palette.chip_fill[k]);
          double ratio = (MAX (a, b) + 0.05) / (MIN (a, b) + 0.05);

          if (ratio < 4.5)
            g_error ("chip %d (%s): %.2f:1", k, dark ? "dark" : "light", ratio);
        }
    }
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  text = lds_map_text_new ();

  g_test_add_func ("/map/layout/invariants", test_layout_invariants);
  g_test_add_func ("/map/layout/deterministic", test_layout_deterministic);
  g_test_add_func ("/map/layout/known", test_layout_known);
  g_test_add_func ("/map/layout/measured", test_layout_measured);
  g_test_add_func ("/map/layout/two-lines", test_layout_two_lines);
  g_test_add_func ("/map/layout/fold-synthetic", test_layout_fold_synthetic);
  g_test_add_func ("/map/layout/fold-sample", test_layout_fold_sample);
  g_test_add_func ("/map/render/far-arrow-heads", test_render_far_arrow_heads);
  g_test_add_data_func ("/map/render/titles-from-afar", "en", test_render_titles_from_afar);
  g_test_add_data_func ("/map/render/titles-from-afar/chinese", "zh_CN", test_render_titles_from_afar);
  g_test_add_func ("/map/render/sharp-from-afar", test_render_sharp_from_afar);
  g_test_add_func ("/map/render/links-from-afar", test_render_links_from_afar);
  g_test_add_func ("/map/render/chips-legible", test_render_chips_legible);
  g_test_add_func ("/map/render/bars-alike", test_render_bars_alike);

  status = g_test_run ();
  lds_map_text_unref (text);
  return status;
}
