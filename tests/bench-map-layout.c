/* bench-map-layout.c: laying out 25,000 to 200,000 objectives
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Maps shaped like the synthetic organisation (a company, departments,
 * divisions, teams, their people; three key results each; some
 * self-driven), built in memory, so that only the layout is timed:
 * measuring every title and key result with Pango, then the tidy tree.
 * Fails unless 100,000 objectives lay out in under a second, and doubling
 * the objectives roughly doubles the time (each ratio under 2.6). Prints
 * each map's width over its height too (how far folding brought it).
 */

#include "config.h"

#include <math.h>
#include <stdio.h>

#include "lds-map-layout.h"

static const char * const aims[] = {
  "Delight customers in every region", "Make the product effortless to adopt",
  "Build a platform teams love to extend", "Grow recurring revenue sustainably",
  "Ship with confidence every week", "Become the partner of choice",
  "让每一位客户都愿意把我们推荐给朋友", "Run operations without surprises",
  "Grow leaders from within", "Win the mid-market",
};

static const char * const measures[] = {
  "Net promoter score", "Weekly active teams", "Monthly recurring revenue (k€)",
  "Median response time (h)", "Releases without rollback", "Signed partners",
  "Activation rate (%)", "Open incidents", "Internal promotions", "华东地区新签约客户数",
};

typedef struct
{
  guint first;    /* a unit's objectives are first … first + count */
  guint count;
} Unit;

static guint
add_objective (LdsMapModel *model,
               GRand       *rand,
               guint        serial,
               LdsMapLevel  level,
               const Unit  *parent)
{
  g_autofree char *title = g_strdup_printf ("%s (%u)", aims[g_rand_int_range (rand, 0, G_N_ELEMENTS (aims))],
                                            serial);
  guint node = lds_map_model_add_node (model, serial, title, "Owner", level, 0);

  for (int k = 0; k < 3; k++)
    {
      LdsKeyResult kr = { 0 };

      kr.id = (LdsId) serial * 4 + k;
      kr.title = (char *) measures[g_rand_int_range (rand, 0, G_N_ELEMENTS (measures))];
      kr.unit_label = (char *) "";
      kr.start_value = 0;
      kr.target_value = 100;
      kr.current_value = g_rand_int_range (rand, 0, 120);
      kr.score = NAN;
      kr.weight = 1;
      kr.confidence = 5;
      lds_map_model_add_key_result (model, node, &kr);
    }
  if (parent != NULL && parent->count > 0)
    {
      guint to = parent->first + g_rand_int_range (rand, 0, parent->count);

      if (g_rand_int_range (rand, 0, 100) < 8)
        lds_map_model_set_parent (model, node, to, -1, LDS_MAP_PARENT_PLACED);
      else
        lds_map_model_set_parent (model, node, to, g_rand_int_range (rand, 0, 3), LDS_MAP_PARENT_ALIGNS);
    }
  return node;
}

/* An organisation of about @wanted objectives, as lds-demo-synthetic.c
 * grows one: breadth first, 3–5 objectives a unit, 1–2 a person. */
static LdsMapModel *
organisation (guint       wanted,
              LdsMapText *text)
{
  LdsMapModel *model = lds_map_model_new (text);
  g_autoptr(GRand) rand = g_rand_new_with_seed (20270101 ^ wanted);
  g_autoptr(GArray) level = g_array_new (FALSE, FALSE, sizeof (Unit));
  g_autoptr(GArray) next = g_array_new (FALSE, FALSE, sizeof (Unit));
  int fanout[4];
  guint made = 0;

  /* Fan-outs that hold the objectives wanted, as the synthetic generator
   * chooses them */
  for (double m = 0.3;; m *= 1.05)
    {
      static const int base[4] = { 6, 5, 5, 7 };
      double units = 1, capacity = 5;

      for (int d = 0; d < 4; d++)
        fanout[d] = MAX (2, (int) round (base[d] * m));
      for (int d = 0; d < 3; d++)
        {
          units *= fanout[d];
          capacity += units * 4;
        }
      if (capacity + units * fanout[3] * 1.5 >= wanted * 1.1)
        break;
    }
  Unit company = { 0, 0 };

  company.first = 0;
  for (int i = 0; i < 5; i++)
    add_objective (model, rand, ++made, LDS_MAP_LEVEL_COMPANY, NULL);
  company.count = 5;
  g_array_append_val (level, company);

  for (int depth = 0; depth < 4 && made < wanted; depth++)
    {
      g_array_set_size (next, 0);
      for (guint u = 0; u < level->len && made < wanted; u++)
        {
          Unit parent = g_array_index (level, Unit, u);

          for (int c = 0; c < fanout[depth] && made < wanted; c++)
            {
              Unit unit = { lds_map_model_get_n_nodes (model), 0 };
              guint n = depth < 3 ? (guint) g_rand_int_range (rand, 3, 6)
                                  : (guint) g_rand_int_range (rand, 1, 3);

              for (guint i = 0; i < n && made < wanted; i++, unit.count++)
                add_objective (model, rand, ++made,
                               depth < 3 ? LDS_MAP_LEVEL_DEPARTMENT + (depth >= 2) : LDS_MAP_LEVEL_PERSON,
                               &parent);
              g_array_append_val (next, unit);
            }
        }
      g_array_remove_range (level, 0, level->len);
      g_array_append_vals (level, next->data, next->len);
    }
  return model;
}

static double
median (double *values,
        guint   n)
{
  for (guint i = 0; i < n; i++)
    for (guint j = i + 1; j < n; j++)
      if (values[j] < values[i])
        {
          double t = values[i];
          values[i] = values[j];
          values[j] = t;
        }
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

int
main (int    argc,
      char **argv)
{
  static const guint sizes[] = { 25000, 50000, 100000, 200000 };
  g_autoptr(LdsMapText) text = lds_map_text_new ();
  double total[G_N_ELEMENTS (sizes)], tree[G_N_ELEMENTS (sizes)], aspect[G_N_ELEMENTS (sizes)];
  gboolean ok = TRUE;

  printf ("%10s %12s %12s %12s %10s %8s\n", "objectives", "measure ms", "tree ms", "layout ms", "× previous",
          "aspect");
  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      double measures_ms[5], trees_ms[5];

      for (int run = 0; run < 5; run++)
        {
          g_autoptr(LdsMapModel) model = organisation (sizes[s], text);
          g_autoptr(LdsMapLayout) layout = NULL;
          gint64 t0, t1, t2;

          t0 = g_get_monotonic_time ();
          lds_map_model_finish (model);           /* order, depths, Pango measures */
          t1 = g_get_monotonic_time ();
          layout = lds_map_layout_new (model, NULL);   /* the tidy tree, edges, index */
          t2 = g_get_monotonic_time ();
          g_assert_cmpuint (lds_map_layout_get_n_visible (layout), ==, sizes[s]);
          aspect[s] = lds_map_layout_get_bounds (layout)->width / lds_map_layout_get_bounds (layout)->height;
          measures_ms[run] = (t1 - t0) / 1000.0;
          trees_ms[run] = (t2 - t1) / 1000.0;
        }
      tree[s] = median (trees_ms, 5);
      total[s] = median (measures_ms, 5) + tree[s];
      if (s == 0)
        printf ("%10u %12.1f %12.1f %12.1f %10s %6.1f:1\n", sizes[s], total[s] - tree[s], tree[s], total[s], "",
                aspect[s]);
      else
        printf ("%10u %12.1f %12.1f %12.1f %10.2f %6.1f:1\n", sizes[s], total[s] - tree[s], tree[s], total[s],
                total[s] / total[s - 1], aspect[s]);
      if (s > 0 && total[s] / total[s - 1] > 2.6)
        ok = FALSE;
      if (sizes[s] == 100000 && total[s] >= 1000)
        ok = FALSE;
    }
  printf ("100,000 objectives: %.0f ms, %.1f times under the second allowed; "
          "doubling multiplies the time by %.2f, %.2f, %.2f\n",
          total[2], 1000 / total[2], total[1] / total[0], total[2] / total[1], total[3] / total[2]);
  if (!ok)
    printf ("FAILED: the layout is slower than a second at 100,000, or grows faster than linearly\n");
  return ok ? 0 : 1;
}
